//! The client's request hot path: checking an input's constraints and
//! writing its body. `typed` is what `send()` does (the generated
//! `Validate` on the typed builder, then one write with `ToJson::write_json`);
//! `via JSON value` is what it did before, measured in the same run as the
//! baseline (the builder turned into a `serde_json::Value`, parsed back
//! strictly to check it, the value written out).
//!
//!   cargo bench -p e2e-tests --bench hot_path

use std::hint::black_box;
use std::time::Duration;

use e2e_tests::per_call;

use codegen_rt::json::{self, parse_strict};
use codegen_rt::ToJson;
use ecr_types::model::*;

const DIGEST: &str = "sha256:6171c7451a50945f8ddd72f7732cc04d7a0d1f48138a426b2e64387fdeb834ed";

fn compare<B, I>(name: &str, builder: &B)
where
    B: ToJson + codegen_rt::Validate,
    I: codegen_rt::FromJson,
{
    let budget = Duration::from_millis(400);
    let typed = per_call(budget, || {
        json::validate(black_box(builder)).unwrap();
        black_box(json::to_vec(builder).unwrap());
    });
    let baseline = per_call(budget, || {
        let v = black_box(builder).to_json();
        parse_strict::<I>(&v).unwrap();
        black_box(serde_json::to_vec(&v).unwrap());
    });
    // Same bytes either way (key order aside): the JSON values agree.
    let a: serde_json::Value = serde_json::from_slice(&json::to_vec(builder).unwrap()).unwrap();
    assert_eq!(
        a,
        builder.to_json(),
        "{name}: the two paths write different JSON"
    );
    println!(
        "{name:<34} typed {typed:>9.0} ns   via JSON value {baseline:>9.0} ns   ratio {:.2}x",
        typed / baseline
    );
}

fn main() {
    let small = GetDownloadUrlForLayerRequest::builder()
        .repository_name("team/service")
        .layer_digest(DIGEST);
    compare::<_, GetDownloadUrlForLayerRequest>("GetDownloadUrlForLayer", &small);

    let ids: Vec<ImageIdentifier> = (0..100)
        .map(|i| {
            ImageIdentifier::builder()
                .image_tag(format!("v1.{i}"))
                .image_digest(DIGEST)
                .build()
        })
        .collect();
    let batch = BatchGetImageRequest::builder()
        .repository_name("team/service")
        .set_image_ids(Some(ids));
    compare::<_, BatchGetImageRequest>("BatchGetImage (100 image ids)", &batch);

    let manifest = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
        "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "size": 7023, "digest": DIGEST},
        "layers": (0..30).map(|i| serde_json::json!({
            "mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip",
            "size": 32654 + i,
            "digest": DIGEST,
        })).collect::<Vec<_>>(),
    })
    .to_string();
    let put = PutImageRequest::builder()
        .repository_name("team/service")
        .image_manifest(manifest)
        .image_tag("latest");
    compare::<_, PutImageRequest>("PutImage (30-layer manifest)", &put);
}
