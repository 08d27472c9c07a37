//! The registry's `/v2/` API (OCI Distribution) on the real server binary,
//! with real clients: skopeo pushes and pulls, the AWS CLI sees what skopeo
//! pushed and the other way round, buildah builds, pushes and pulls, pull-through cache rules fetch from a
//! second server on loopback, and kill -9 loses nothing acknowledged.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

mod common;
use common::*;

fn skopeo(args: &[&str]) -> Output {
    Command::new("timeout")
        .arg("120")
        .arg("skopeo")
        .args([
            "--insecure-policy",
            "--override-os",
            "linux",
            "--override-arch",
            "amd64",
        ])
        .args(args)
        .output()
        .expect("skopeo runs")
}

fn skopeo_ok(args: &[&str]) -> String {
    let out = skopeo(args);
    assert!(
        out.status.success(),
        "skopeo {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `host:port` of a server.
fn host(s: &Server) -> String {
    s.url.trim_start_matches("http://").to_owned()
}

/// `AWS:<password>` from `aws ecr get-login-password`.
fn login(s: &Server) -> String {
    format!("AWS:{}", password(s))
}

/// Writes an OCI image layout at `dir` holding one image tagged `tag` with
/// layers of the given sizes; returns (manifest digest, blob digests).
fn oci_layout(dir: &Path, tag: &str, sizes: &[usize]) -> (String, Vec<String>) {
    let blobs = dir.join("blobs/sha256");
    std::fs::create_dir_all(&blobs).unwrap();
    let put = |data: &[u8]| {
        let d = sha256(data);
        std::fs::write(blobs.join(d.trim_start_matches("sha256:")), data).unwrap();
        d
    };
    let mut layers = Vec::new();
    let mut digests = Vec::new();
    for n in sizes {
        let data = random(*n);
        let d = put(&data);
        layers.push(
            json!({"mediaType": "application/vnd.oci.image.layer.v1.tar", "digest": d, "size": n}),
        );
        digests.push(d.clone());
    }
    let config = serde_json::to_vec(&json!({
        "architecture": "amd64", "os": "linux",
        "rootfs": {"type": "layers", "diff_ids": digests},
    }))
    .unwrap();
    let cd = put(&config);
    digests.push(cd.clone());
    let manifest = serde_json::to_vec(&json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": cd, "size": config.len()},
        "layers": layers,
    }))
    .unwrap();
    let md = put(&manifest);
    std::fs::write(
        dir.join("index.json"),
        serde_json::to_vec(&json!({"schemaVersion": 2, "manifests": [{
            "mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": md,
            "size": manifest.len(), "annotations": {"org.opencontainers.image.ref.name": tag}}]}))
        .unwrap(),
    )
    .unwrap();
    std::fs::write(dir.join("oci-layout"), br#"{"imageLayoutVersion":"1.0.0"}"#).unwrap();
    (md, digests)
}

/// Every file of a `dir:` copy is named by its digest's hex (plus manifest.json).
fn dir_blobs(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .filter(|(n, _)| n.len() == 64)
        .collect();
    v.sort();
    v
}

fn http(
    method: &str,
    url: &str,
    auth: Option<&str>,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, Vec<(String, String)>, Vec<u8>) {
    let mut args: Vec<String> = vec![
        "-s".into(),
        "--max-time".into(),
        "30".into(),
        "-D".into(),
        "-".into(),
        "-X".into(),
        method.into(),
    ];
    if method == "HEAD" {
        args = vec![
            "-s".into(),
            "--max-time".into(),
            "30".into(),
            "-D".into(),
            "-".into(),
            "-I".into(),
        ];
    }
    if let Some(a) = auth {
        args.push("-u".into());
        args.push(a.into());
    }
    for (k, v) in headers {
        args.push("-H".into());
        args.push(format!("{k}: {v}"));
    }
    let tmp = tempfile::NamedTempFile::new().unwrap();
    if !body.is_empty() || method == "PUT" || method == "PATCH" || method == "POST" {
        std::fs::write(tmp.path(), body).unwrap();
        args.push("--data-binary".into());
        args.push(format!("@{}", tmp.path().display()));
        if !headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case("content-type"))
        {
            args.push("-H".into());
            args.push("Content-Type: application/octet-stream".into());
        }
    }
    args.push(url.into());
    let out = Command::new("curl")
        .args(&args)
        .output()
        .expect("curl runs");
    let mut raw = out.stdout;
    // Interim responses (100 Continue) come first.
    while raw.starts_with(b"HTTP/1.1 1") {
        let end = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .map_or(raw.len(), |p| p + 4);
        raw.drain(..end);
    }
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or(raw.len(), |p| p + 4);
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let hs = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_lowercase(), v.trim().to_owned()))
        .collect();
    (status, hs, raw[split..].to_vec())
}

fn header<'a>(h: &'a [(String, String)], k: &str) -> Option<&'a str> {
    h.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str())
}

fn error_code(body: &[u8]) -> String {
    let v: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    v["errors"][0]["code"].as_str().unwrap_or("").to_owned()
}

#[test]
fn skopeo_and_the_aws_cli_share_images() {
    if !have("aws", &["--version"])
        || !have("skopeo", &["--version"])
        || !have("curl", &["--version"])
    {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let s = start(&tmp.path().join("data"), &[]);
    let h = host(&s);
    aws_ok(&s, &["create-repository", "--repository-name", "team/app"]);
    let creds = login(&s);

    // Without credentials: 401 with a Basic challenge.
    let (status, hs, body) = http("GET", &format!("{}/v2/", s.url), None, &[], b"");
    assert_eq!(status, 401);
    assert!(header(&hs, "www-authenticate")
        .unwrap()
        .starts_with("Basic realm="));
    assert_eq!(error_code(&body), "UNAUTHORIZED");
    let (status, ..) = http(
        "GET",
        &format!("{}/v2/", s.url),
        Some("AWS:forged"),
        &[],
        b"",
    );
    assert_eq!(status, 401);
    let (status, hs, _) = http("GET", &format!("{}/v2/", s.url), Some(&creds), &[], b"");
    assert_eq!(status, 200);
    assert_eq!(
        header(&hs, "docker-distribution-api-version"),
        Some("registry/2.0")
    );

    // skopeo pushes a three-layer image (one layer of 3 MB) into the repository.
    let layout = tmp.path().join("layout");
    let (mdigest, blobs) = oci_layout(&layout, "v1", &[3_000_000, 70_000, 1]);
    let dest = format!("docker://{h}/team/app:v1");
    let src = format!("oci:{}:v1", layout.display());
    skopeo_ok(&[
        "copy",
        "--preserve-digests",
        "--dest-tls-verify=false",
        "--dest-creds",
        &creds,
        &src,
        &dest,
    ]);

    // The AWS CLI sees it: the image, its manifest, and every layer's bytes.
    let listed = aws_ok(&s, &["list-images", "--repository-name", "team/app"]);
    assert_eq!(listed["imageIds"][0]["imageDigest"], mdigest.as_str());
    assert_eq!(listed["imageIds"][0]["imageTag"], "v1");
    let got = aws_ok(
        &s,
        &[
            "batch-get-image",
            "--repository-name",
            "team/app",
            "--image-ids",
            "imageTag=v1",
        ],
    );
    let pushed = got["images"][0]["imageManifest"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(sha256(pushed.as_bytes()), mdigest);
    for d in &blobs {
        let url = layer_url(&s, "team/app", d);
        assert_eq!(&sha256(&curl(&[&url]).stdout), d);
    }

    // skopeo reads it back: the same manifest bytes, the same blobs.
    let raw = skopeo_ok(&[
        "inspect",
        "--raw",
        "--tls-verify=false",
        "--creds",
        &creds,
        &dest,
    ]);
    assert_eq!(raw, pushed);
    let out = tmp.path().join("out");
    skopeo_ok(&[
        "copy",
        "--src-tls-verify=false",
        "--src-creds",
        &creds,
        &dest,
        &format!("dir:{}", out.display()),
    ]);
    let pulled = dir_blobs(&out);
    assert_eq!(pulled.len(), blobs.len());
    for (name, data) in &pulled {
        assert_eq!(sha256(data), format!("sha256:{name}"));
        assert!(blobs.contains(&format!("sha256:{name}")));
    }

    // The AWS CLI pushes an image; skopeo pulls it and lists both tags.
    let layer = random(200_000);
    let ld = cli_upload(&s, tmp.path(), "team/app", &layer, 100_000);
    let cd = cli_upload(&s, tmp.path(), "team/app", b"{}", 64);
    let m = manifest(&cd, &[(&ld, layer.len())]);
    let mfile = tmp.path().join("cli-manifest.json");
    std::fs::write(&mfile, &m).unwrap();
    aws_ok(
        &s,
        &[
            "put-image",
            "--repository-name",
            "team/app",
            "--image-tag",
            "cli",
            "--image-manifest",
            &format!("file://{}", mfile.display()),
        ],
    );
    let out2 = tmp.path().join("out2");
    skopeo_ok(&[
        "copy",
        "--src-tls-verify=false",
        "--src-creds",
        &creds,
        &format!("docker://{h}/team/app:cli"),
        &format!("dir:{}", out2.display()),
    ]);
    assert_eq!(
        std::fs::read_to_string(out2.join("manifest.json")).unwrap(),
        m
    );
    let pulled: Vec<String> = dir_blobs(&out2)
        .iter()
        .map(|(n, d)| {
            assert_eq!(sha256(d), format!("sha256:{n}"));
            format!("sha256:{n}")
        })
        .collect();
    assert!(pulled.contains(&ld) && pulled.contains(&cd), "{pulled:?}");
    let tags: Value = serde_json::from_str(&skopeo_ok(&[
        "list-tags",
        "--tls-verify=false",
        "--creds",
        &creds,
        &format!("docker://{h}/team/app"),
    ]))
    .unwrap();
    assert_eq!(tags["Tags"], json!(["cli", "v1"]));

    // Copy between repositories of the registry (skopeo mounts what it can);
    // the copy is whole.
    aws_ok(&s, &["create-repository", "--repository-name", "team/copy"]);
    skopeo_ok(&[
        "copy",
        "--src-tls-verify=false",
        "--dest-tls-verify=false",
        "--src-creds",
        &creds,
        "--dest-creds",
        &creds,
        &dest,
        &format!("docker://{h}/team/copy:v1"),
    ]);
    let copied = aws_ok(&s, &["list-images", "--repository-name", "team/copy"]);
    assert_eq!(copied["imageIds"][0]["imageDigest"], mdigest.as_str());

    // skopeo deletes the CLI's image; the AWS CLI no longer lists it.
    skopeo_ok(&[
        "delete",
        "--tls-verify=false",
        "--creds",
        &creds,
        &format!("docker://{h}/team/app:cli"),
    ]);
    let listed = aws_ok(&s, &["list-images", "--repository-name", "team/app"]);
    assert_eq!(listed["imageIds"].as_array().unwrap().len(), 1, "{listed}");

    // A repository nobody created: NAME_UNKNOWN, which skopeo reports.
    let out = skopeo(&[
        "copy",
        "--dest-tls-verify=false",
        "--dest-creds",
        &creds,
        &src,
        &format!("docker://{h}/nobody/here:v1"),
    ]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("name unknown"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// buildah with its own storage under `root` (vfs: no mounts, no privileges).
fn buildah(root: &Path, args: &[&str]) -> Output {
    Command::new("timeout")
        .arg("120")
        .arg("buildah")
        .arg("--root")
        .arg(root.join("root"))
        .arg("--runroot")
        .arg(root.join("run"))
        .args(["--storage-driver", "vfs"])
        .args(args)
        .output()
        .expect("buildah runs")
}

fn buildah_ok(root: &Path, args: &[&str]) -> String {
    let out = buildah(root, args);
    assert!(
        out.status.success(),
        "buildah {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// A second real OCI client: buildah builds a two-layer image (no container
/// runtime needed: `from scratch`, `copy`, `commit`), pushes it in the Docker
/// and the OCI format; the AWS CLI lists both and downloads every layer by
/// GetDownloadUrlForLayer with the right digest; buildah pulls them back into
/// fresh storage and copies them out whole.
#[test]
fn buildah_builds_pushes_and_pulls() {
    if !have("aws", &["--version"])
        || !have("buildah", &["--version"])
        || !have("curl", &["--version"])
    {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let s = start(&tmp.path().join("data"), &[]);
    let h = host(&s);
    let creds = login(&s);
    aws_ok(&s, &["create-repository", "--repository-name", "built/app"]);
    let store = tmp.path().join("buildah");
    let (a, b) = (tmp.path().join("a.bin"), tmp.path().join("b.bin"));
    std::fs::write(&a, random(300_000)).unwrap();
    std::fs::write(&b, random(2_000_000)).unwrap();
    let c = buildah_ok(&store, &["from", "scratch"]);
    buildah_ok(&store, &["copy", &c, a.to_str().unwrap(), "/a.bin"]);
    buildah_ok(&store, &["commit", &c, "localhost/base:1"]);
    let c = buildah_ok(&store, &["from", "localhost/base:1"]);
    buildah_ok(&store, &["copy", &c, b.to_str().unwrap(), "/b.bin"]);
    buildah_ok(&store, &["config", "--entrypoint", "[\"/a.bin\"]", &c]);
    buildah_ok(&store, &["commit", &c, "localhost/app:1"]);
    for (tag, format) in [("docker", "docker"), ("oci", "oci")] {
        buildah_ok(
            &store,
            &[
                "push",
                "--tls-verify=false",
                "--creds",
                &creds,
                "--format",
                format,
                "localhost/app:1",
                &format!("docker://{h}/built/app:{tag}"),
            ],
        );
    }
    // The AWS CLI sees both, and every layer downloads with its digest.
    let listed = aws_ok(&s, &["list-images", "--repository-name", "built/app"]);
    let mut tags: Vec<&str> = listed["imageIds"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["imageTag"].as_str())
        .collect();
    tags.sort();
    assert_eq!(tags, ["docker", "oci"]);
    for (tag, media_type) in [
        (
            "docker",
            "application/vnd.docker.distribution.manifest.v2+json",
        ),
        ("oci", "application/vnd.oci.image.manifest.v1+json"),
    ] {
        let got = aws_ok(
            &s,
            &[
                "batch-get-image",
                "--repository-name",
                "built/app",
                "--image-ids",
                &format!("imageTag={tag}"),
            ],
        );
        let image = &got["images"][0];
        assert_eq!(image["imageManifestMediaType"], media_type, "{got}");
        let manifest: Value =
            serde_json::from_str(image["imageManifest"].as_str().unwrap()).unwrap();
        let layers = manifest["layers"].as_array().unwrap();
        assert_eq!(layers.len(), 2, "{manifest}");
        for layer in layers {
            let digest = layer["digest"].as_str().unwrap();
            let body = curl(&[&layer_url(&s, "built/app", digest)]).stdout;
            assert_eq!(sha256(&body), digest);
            assert_eq!(body.len() as u64, layer["size"].as_u64().unwrap());
        }
    }
    // Pulled back into empty storage, and out again, whole.
    let fresh = tmp.path().join("buildah2");
    for tag in ["docker", "oci"] {
        buildah_ok(
            &fresh,
            &[
                "pull",
                "--tls-verify=false",
                "--creds",
                &creds,
                &format!("docker://{h}/built/app:{tag}"),
            ],
        );
        let out = tmp.path().join(format!("out-{tag}"));
        buildah_ok(
            &fresh,
            &[
                "push",
                &format!("{h}/built/app:{tag}"),
                &format!("dir:{}", out.display()),
            ],
        );
        let blobs = dir_blobs(&out);
        assert_eq!(blobs.len(), 3, "config and two layers");
        for (name, data) in &blobs {
            assert_eq!(sha256(data), format!("sha256:{name}"));
        }
    }
    let inspect: Value = serde_json::from_str(&buildah_ok(
        &fresh,
        &[
            "inspect",
            "--type",
            "image",
            &format!("{h}/built/app:docker"),
        ],
    ))
    .unwrap();
    assert_eq!(inspect["OCIv1"]["config"]["Entrypoint"], json!(["/a.bin"]));
    // A wrong password is refused (into storage that has nothing yet).
    let out = buildah(
        &tmp.path().join("buildah3"),
        &[
            "pull",
            "--tls-verify=false",
            "--creds",
            "AWS:wrong",
            &format!("docker://{h}/built/app:oci"),
        ],
    );
    let err = String::from_utf8_lossy(&out.stderr).to_lowercase();
    assert!(
        !out.status.success() && (err.contains("unauthorized") || err.contains("401")),
        "{err}"
    );
}

#[test]
fn the_distribution_api_by_hand() {
    if !have("aws", &["--version"]) || !have("curl", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let s = start(&tmp.path().join("data"), &[]);
    let c = login(&s);
    let auth = Some(c.as_str());
    for r in ["a/one", "a/two", "bb"] {
        aws_ok(&s, &["create-repository", "--repository-name", r]);
    }
    let v2 = format!("{}/v2", s.url);

    // Chunked upload: POST, two PATCHes with Content-Range, PUT with the digest.
    let data = random(300_000);
    let digest = sha256(&data);
    let (st, hs, _) = http(
        "POST",
        &format!("{v2}/a/one/blobs/uploads/"),
        auth,
        &[],
        b"",
    );
    assert_eq!(st, 202);
    let loc = header(&hs, "location").unwrap().to_owned();
    assert_eq!(header(&hs, "range"), Some("0-0"));
    let (st, hs, _) = http(
        "PATCH",
        &format!("{}{loc}", s.url),
        auth,
        &[("Content-Range", "0-99999")],
        &data[..100_000],
    );
    assert_eq!(st, 202);
    assert_eq!(header(&hs, "range"), Some("0-99999"));
    // Out of order: 416, and the upload is unchanged.
    let (st, _, body) = http(
        "PATCH",
        &format!("{}{loc}", s.url),
        auth,
        &[("Content-Range", "5-10")],
        b"xxxxxx",
    );
    assert_eq!(
        (st, error_code(&body).as_str()),
        (416, "BLOB_UPLOAD_INVALID")
    );
    let (st, hs, _) = http("GET", &format!("{}{loc}", s.url), auth, &[], b"");
    assert_eq!((st, header(&hs, "range")), (204, Some("0-99999")));
    let (st, _, _) = http(
        "PATCH",
        &format!("{}{loc}", s.url),
        auth,
        &[("Content-Range", "100000-299999")],
        &data[100_000..],
    );
    assert_eq!(st, 202);
    let wrong = sha256(b"other");
    let (st, _, body) = http(
        "PUT",
        &format!("{}{loc}?digest={wrong}", s.url),
        auth,
        &[],
        b"",
    );
    assert_eq!((st, error_code(&body).as_str()), (400, "DIGEST_INVALID"));
    let (st, hs, _) = http(
        "PUT",
        &format!("{}{loc}?digest={digest}", s.url),
        auth,
        &[],
        b"",
    );
    assert_eq!(st, 201);
    assert_eq!(header(&hs, "docker-content-digest"), Some(digest.as_str()));

    // Blob GET, HEAD and Range.
    let blob = format!("{v2}/a/one/blobs/{digest}");
    let (st, hs, body) = http("GET", &blob, auth, &[], b"");
    assert_eq!((st, sha256(&body)), (200, digest.clone()));
    assert_eq!(header(&hs, "docker-content-digest"), Some(digest.as_str()));
    let (st, hs, _) = http("HEAD", &blob, auth, &[], b"");
    assert_eq!((st, header(&hs, "content-length")), (200, Some("300000")));
    let (st, hs, body) = http("GET", &blob, auth, &[("Range", "bytes=10-19")], b"");
    assert_eq!((st, body.as_slice()), (206, &data[10..20]));
    assert_eq!(header(&hs, "content-range"), Some("bytes 10-19/300000"));
    let (st, hs, _) = http("GET", &blob, auth, &[("Range", "bytes=400000-")], b"");
    assert_eq!(
        (st, header(&hs, "content-range")),
        (416, Some("bytes */300000"))
    );
    let (st, _, body) = http("GET", &format!("{v2}/a/two/blobs/{digest}"), auth, &[], b"");
    assert_eq!((st, error_code(&body).as_str()), (404, "BLOB_UNKNOWN"));
    let (st, _, body) = http(
        "GET",
        &format!("{v2}/a/one/blobs/sha256:zz"),
        auth,
        &[],
        b"",
    );
    assert_eq!((st, error_code(&body).as_str()), (400, "DIGEST_INVALID"));

    // Cross-repository mount, then a monolithic upload of the config.
    let (st, hs, _) = http(
        "POST",
        &format!("{v2}/a/two/blobs/uploads/?mount={digest}&from=a/one"),
        auth,
        &[],
        b"",
    );
    assert_eq!(
        (st, header(&hs, "location")),
        (201, Some(format!("/v2/a/two/blobs/{digest}").as_str()))
    );
    let config = br#"{"os":"linux"}"#;
    let cd = sha256(config);
    let (st, _, _) = http(
        "POST",
        &format!("{v2}/a/two/blobs/uploads/?digest={cd}"),
        auth,
        &[],
        config,
    );
    assert_eq!(st, 201);

    // Manifests: a push naming a missing blob is refused; then by tag, by digest.
    let missing = sha256(b"missing");
    let bad = manifest(&cd, &[(&missing, 7)]);
    let mt = (
        "Content-Type",
        "application/vnd.docker.distribution.manifest.v2+json",
    );
    let (st, _, body) = http(
        "PUT",
        &format!("{v2}/a/two/manifests/v1"),
        auth,
        &[mt],
        bad.as_bytes(),
    );
    assert_eq!(
        (st, error_code(&body).as_str()),
        (400, "MANIFEST_BLOB_UNKNOWN")
    );
    let (st, _, body) = http(
        "PUT",
        &format!("{v2}/a/two/manifests/v1"),
        auth,
        &[mt],
        b"{not json",
    );
    assert_eq!((st, error_code(&body).as_str()), (400, "MANIFEST_INVALID"));
    let m = manifest(&cd, &[(&digest, data.len())]);
    let md = sha256(m.as_bytes());
    for tag in ["v1", "v2", "v3"] {
        let (st, hs, _) = http(
            "PUT",
            &format!("{v2}/a/two/manifests/{tag}"),
            auth,
            &[mt],
            m.as_bytes(),
        );
        assert_eq!(
            (st, header(&hs, "docker-content-digest")),
            (201, Some(md.as_str()))
        );
    }
    let (st, hs, body) = http("GET", &format!("{v2}/a/two/manifests/v2"), auth, &[], b"");
    assert_eq!((st, body.as_slice()), (200, m.as_bytes()));
    assert_eq!(header(&hs, "content-type"), Some(mt.1));
    let (st, hs, _) = http(
        "HEAD",
        &format!("{v2}/a/two/manifests/{md}"),
        auth,
        &[],
        b"",
    );
    assert_eq!(
        (st, header(&hs, "docker-content-digest")),
        (200, Some(md.as_str()))
    );
    // An index over it (pushed by digest reference).
    let index = json!({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json",
        "manifests": [{"mediaType": mt.1, "digest": md, "size": m.len(), "platform": {"architecture": "amd64", "os": "linux"}}]}).to_string();
    let id = sha256(index.as_bytes());
    let it = ("Content-Type", "application/vnd.oci.image.index.v1+json");
    let (st, _, _) = http(
        "PUT",
        &format!("{v2}/a/two/manifests/{id}"),
        auth,
        &[it],
        index.as_bytes(),
    );
    assert_eq!(st, 201);
    let (st, _, body) = http(
        "PUT",
        &format!("{v2}/a/two/manifests/{}", sha256(b"x")),
        auth,
        &[it],
        index.as_bytes(),
    );
    assert_eq!((st, error_code(&body).as_str()), (400, "DIGEST_INVALID"));
    let orphan = json!({"schemaVersion": 2, "mediaType": it.1, "manifests": [{"mediaType": mt.1, "digest": missing, "size": 1}]}).to_string();
    let (st, _, body) = http(
        "PUT",
        &format!("{v2}/a/two/manifests/idx"),
        auth,
        &[it],
        orphan.as_bytes(),
    );
    assert_eq!(
        (st, error_code(&body).as_str()),
        (400, "MANIFEST_BLOB_UNKNOWN")
    );
    // The ECR API sees the index.
    let got = aws_ok(
        &s,
        &[
            "batch-get-image",
            "--repository-name",
            "a/two",
            "--image-ids",
            &format!("imageDigest={id}"),
        ],
    );
    assert_eq!(got["images"][0]["imageManifestMediaType"], it.1);

    // tags/list and _catalog paginate with Link.
    let (st, hs, body) = http("GET", &format!("{v2}/a/two/tags/list?n=2"), auth, &[], b"");
    assert_eq!(st, 200);
    assert_eq!(
        serde_json::from_slice::<Value>(&body).unwrap(),
        json!({"name": "a/two", "tags": ["v1", "v2"]})
    );
    assert_eq!(
        header(&hs, "link"),
        Some("</v2/a/two/tags/list?n=2&last=v2>; rel=\"next\"")
    );
    let (_, hs, body) = http(
        "GET",
        &format!("{v2}/a/two/tags/list?n=2&last=v2"),
        auth,
        &[],
        b"",
    );
    assert_eq!(
        serde_json::from_slice::<Value>(&body).unwrap()["tags"],
        json!(["v3"])
    );
    assert_eq!(header(&hs, "link"), None);
    let (_, hs, body) = http("GET", &format!("{v2}/_catalog?n=2"), auth, &[], b"");
    assert_eq!(
        serde_json::from_slice::<Value>(&body).unwrap(),
        json!({"repositories": ["a/one", "a/two"]})
    );
    assert!(header(&hs, "link").unwrap().contains("last=a%2Ftwo"));
    let (_, _, body) = http(
        "GET",
        &format!("{v2}/_catalog?last=a%2Ftwo"),
        auth,
        &[],
        b"",
    );
    assert_eq!(
        serde_json::from_slice::<Value>(&body).unwrap(),
        json!({"repositories": ["bb"]})
    );

    // Content negotiation by tag: an index to a client that accepts it, its
    // linux/amd64 image to one that accepts only single images, and
    // MANIFEST_UNKNOWN when the type is not accepted; by digest, what is stored.
    let (st, _, _) = http(
        "PUT",
        &format!("{v2}/a/two/manifests/multi"),
        auth,
        &[it],
        index.as_bytes(),
    );
    assert_eq!(st, 201);
    let oci_image = "application/vnd.oci.image.manifest.v1+json";
    for (method, reference, accept, want) in [
        ("GET", "multi", it.1.to_owned(), Some((id.as_str(), it.1))),
        ("GET", "multi", "*/*".to_owned(), Some((id.as_str(), it.1))),
        (
            "GET",
            "multi",
            format!("{oci_image}, {}", mt.1),
            Some((md.as_str(), mt.1)),
        ),
        ("HEAD", "multi", mt.1.to_owned(), Some((md.as_str(), mt.1))),
        ("GET", "multi", oci_image.to_owned(), None),
        ("GET", "v2", oci_image.to_owned(), None),
        ("HEAD", "v2", it.1.to_owned(), None),
        (
            "GET",
            id.as_str(),
            mt.1.to_owned(),
            Some((id.as_str(), it.1)),
        ),
        (
            "GET",
            md.as_str(),
            it.1.to_owned(),
            Some((md.as_str(), mt.1)),
        ),
    ] {
        let url = format!("{v2}/a/two/manifests/{reference}");
        let (st, hs, body) = http(method, &url, auth, &[("Accept", &accept)], b"");
        let got = (
            st,
            header(&hs, "docker-content-digest"),
            header(&hs, "content-type"),
        );
        let case = format!("{method} {reference} Accept: {accept}");
        match want {
            Some((digest, media_type)) => {
                assert_eq!(got, (200, Some(digest), Some(media_type)), "{case}");
                if method == "GET" {
                    assert_eq!(sha256(&body), digest, "{case}");
                }
            }
            None if method == "HEAD" => assert_eq!(st, 404, "{case}"),
            None => {
                assert_eq!(
                    (st, error_code(&body).as_str()),
                    (404, "MANIFEST_UNKNOWN"),
                    "{case}"
                );
                let v: Value = serde_json::from_slice(&body).unwrap();
                let message = v["errors"][0]["message"].as_str().unwrap();
                assert!(message.contains(oci_image), "{case}: {message}");
            }
        }
    }

    // Deletes: a tag, then the image by digest; ECR's view follows.
    let (st, _, _) = http(
        "DELETE",
        &format!("{v2}/a/two/manifests/v3"),
        auth,
        &[],
        b"",
    );
    assert_eq!(st, 202);
    let (st, _, body) = http("GET", &format!("{v2}/a/two/manifests/v3"), auth, &[], b"");
    assert_eq!((st, error_code(&body).as_str()), (404, "MANIFEST_UNKNOWN"));
    let (st, _, _) = http(
        "DELETE",
        &format!("{v2}/a/two/manifests/{id}"),
        auth,
        &[],
        b"",
    );
    assert_eq!(st, 202);
    let (st, _, _) = http(
        "DELETE",
        &format!("{v2}/a/two/manifests/{md}"),
        auth,
        &[],
        b"",
    );
    assert_eq!(st, 202);
    let listed = aws_ok(&s, &["list-images", "--repository-name", "a/two"]);
    assert_eq!(listed["imageIds"], json!([]));

    // Names, methods and unknown uploads.
    let (st, _, body) = http("GET", &format!("{v2}/Bad_Name/tags/list"), auth, &[], b"");
    assert_eq!((st, error_code(&body).as_str()), (400, "NAME_INVALID"));
    let (st, _, body) = http("GET", &format!("{v2}/nope/tags/list"), auth, &[], b"");
    assert_eq!((st, error_code(&body).as_str()), (404, "NAME_UNKNOWN"));
    // A method the route does not have (blob DELETE has its own test).
    let (st, _, body) = http(
        "PATCH",
        &format!("{v2}/a/one/manifests/v1"),
        auth,
        &[],
        b"x",
    );
    assert_eq!((st, error_code(&body).as_str()), (405, "UNSUPPORTED"));
    let (st, _, body) = http(
        "PATCH",
        &format!("{v2}/a/one/blobs/uploads/nope"),
        auth,
        &[],
        b"x",
    );
    assert_eq!(
        (st, error_code(&body).as_str()),
        (404, "BLOB_UPLOAD_UNKNOWN")
    );
}

/// Sends the head of a PATCH and half its body, then leaves the connection open.
fn half_patch(url: &str, path: &str, auth: &str, data: &[u8]) -> std::net::TcpStream {
    use aws_smithy_types::base64;
    let hostport = url.trim_start_matches("http://");
    let mut t = std::net::TcpStream::connect(hostport).unwrap();
    let head = format!(
        "PATCH {path} HTTP/1.1\r\nHost: {hostport}\r\nAuthorization: Basic {}\r\nContent-Length: {}\r\n\r\n",
        base64::encode(auth),
        data.len()
    );
    t.write_all(head.as_bytes()).unwrap();
    t.write_all(&data[..data.len() / 2]).unwrap();
    t.flush().unwrap();
    t
}

fn wait_for(what: &str, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !f() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            if e.path().is_dir() {
                out.extend(files_under(&e.path()));
            } else {
                out.push(e.path());
            }
        }
    }
    out
}

#[test]
fn kill_9_during_a_chunked_upload() {
    if !have("aws", &["--version"]) || !have("curl", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let data_dir = tmp.path().join("data");
    let mut s = start(&data_dir, &[]);
    aws_ok(&s, &["create-repository", "--repository-name", "rr"]);
    let c = login(&s);
    let auth = Some(c.as_str());
    let data = random(4_000_000);
    let digest = sha256(&data);
    let (_, hs, _) = http(
        "POST",
        &format!("{}/v2/rr/blobs/uploads/", s.url),
        auth,
        &[],
        b"",
    );
    let loc = header(&hs, "location").unwrap().to_owned();
    let (st, _, _) = http(
        "PATCH",
        &format!("{}{loc}", s.url),
        auth,
        &[],
        &data[..1_000_000],
    );
    assert_eq!(st, 202, "the first chunk is acknowledged");

    // The second chunk is half sent when the server is killed.
    let mut conn = half_patch(&s.url, &loc, &c, &data[1_000_000..]);
    let upload_file = files_under(&data_dir.join("uploads"));
    assert_eq!(upload_file.len(), 1);
    wait_for("the second chunk to reach the disk", || {
        std::fs::metadata(&upload_file[0]).is_ok_and(|m| m.len() > 1_000_000)
    });
    let _ = s.child.kill();
    let _ = s.child.wait();
    let mut rest = Vec::new();
    let _ = conn.read_to_end(&mut rest);

    // After a restart: the acknowledged chunk is there, the torn one is not,
    // and no blob is visible.
    s = start(&data_dir, &[]);
    let c = login(&s);
    let auth = Some(c.as_str());
    let (st, hs, _) = http("GET", &format!("{}{loc}", s.url), auth, &[], b"");
    assert_eq!((st, header(&hs, "range")), (204, Some("0-999999")));
    let (st, _, _) = http(
        "HEAD",
        &format!("{}/v2/rr/blobs/{digest}", s.url),
        auth,
        &[],
        b"",
    );
    assert_eq!(st, 404);
    assert!(files_under(&data_dir.join("blobs")).is_empty());
    // The upload resumes where the acknowledged bytes end.
    let (st, _, _) = http(
        "PATCH",
        &format!("{}{loc}", s.url),
        auth,
        &[("Content-Range", "1000000-3999999")],
        &data[1_000_000..],
    );
    assert_eq!(st, 202);
    let (st, _, _) = http(
        "PUT",
        &format!("{}{loc}?digest={digest}", s.url),
        auth,
        &[],
        b"",
    );
    assert_eq!(st, 201);
    let (_, _, body) = http(
        "GET",
        &format!("{}/v2/rr/blobs/{digest}", s.url),
        auth,
        &[],
        b"",
    );
    assert_eq!(sha256(&body), digest);
}

/// Pushes a one-layer image into `repo` of `s` with the AWS CLI; returns (manifest digest, layer digest).
/// The AWS CLI arguments that create a pull-through cache rule.
fn rule_args(prefix: &str, upstream: &str, arn: Option<&str>) -> Vec<String> {
    let mut a = [
        "create-pull-through-cache-rule",
        "--ecr-repository-prefix",
        prefix,
        "--upstream-registry-url",
        upstream,
    ]
    .map(str::to_owned)
    .to_vec();
    if let Some(arn) = arn {
        a.extend(["--credential-arn".to_owned(), arn.to_owned()]);
    }
    a
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// The download URL GetDownloadUrlForLayer gives for layer `digest` of `repo`.
fn layer_url(s: &Server, repo: &str, digest: &str) -> String {
    aws_ok(
        s,
        &[
            "get-download-url-for-layer",
            "--repository-name",
            repo,
            "--layer-digest",
            digest,
        ],
    )["downloadUrl"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn push_with_cli(s: &Server, dir: &Path, repo: &str, tag: &str, layer: &[u8]) -> (String, String) {
    let ld = cli_upload(s, dir, repo, layer, 8 << 20);
    // Distinct per image, so a tag can be pushed again with another layer.
    let config = format!("{{\"tag\":\"{tag}\",\"layer\":\"{ld}\"}}");
    let cd = cli_upload(s, dir, repo, config.as_bytes(), 64);
    let m = json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
        "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "size": config.len(), "digest": cd},
        "layers": [{"mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip", "size": layer.len(), "digest": ld}],
    })
    .to_string();
    let f = dir.join(format!("{tag}.json"));
    std::fs::write(&f, &m).unwrap();
    aws_ok(
        s,
        &[
            "put-image",
            "--repository-name",
            repo,
            "--image-tag",
            tag,
            "--image-manifest",
            &format!("file://{}", f.display()),
        ],
    );
    (sha256(m.as_bytes()), ld)
}

#[test]
fn pull_through_cache() {
    if !have("aws", &["--version"]) || !have("curl", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let up_dir = tmp.path().join("upstream");
    let mut up = start(&up_dir, &["--no-auth"]);
    let s = start(&tmp.path().join("data"), &[]);
    aws_ok(
        &up,
        &["create-repository", "--repository-name", "library/app"],
    );
    let small = random(100_000);
    let (md, small_d) = push_with_cli(&up, tmp.path(), "library/app", "v1", &small);
    let big = random(8_000_000);
    let (_, big_d) = push_with_cli(&up, tmp.path(), "library/app", "v2", &big);
    let other = random(50_000);
    let (_, other_d) = push_with_cli(&up, tmp.path(), "library/app", "v3", &other);

    // The rule, with the AWS CLI.
    let rule = rule_args("hub", &up.url, None);
    let rule = strs(&rule);
    let created = aws_ok(&s, &rule);
    assert_eq!(created["ecrRepositoryPrefix"], "hub");
    assert_eq!(created["upstreamRegistryUrl"], up.url.as_str());
    aws_err(
        &s,
        &rule,
        "PullThroughCacheRuleAlreadyExistsException",
        "CreatePullThroughCacheRule",
    );
    let described = aws_ok(&s, &["describe-pull-through-cache-rules"]);
    assert_eq!(
        described["pullThroughCacheRules"][0]["ecrRepositoryPrefix"],
        "hub"
    );
    aws_err(
        &s,
        &[
            "describe-pull-through-cache-rules",
            "--ecr-repository-prefixes",
            "nope",
        ],
        "PullThroughCacheRuleNotFoundException",
        "DescribePullThroughCacheRules",
    );
    aws_err(
        &s,
        &strs(&rule_args("x1", "http://", None)),
        "InvalidParameterException",
        "CreatePullThroughCacheRule",
    );

    // GetDownloadUrlForLayer on hub/library/app fetches the layer, verifies it, keeps it.
    let get = |d: &str| {
        [
            "get-download-url-for-layer",
            "--repository-name",
            "hub/library/app",
            "--layer-digest",
            d,
        ]
        .map(str::to_owned)
    };
    let url = layer_url(&s, "hub/library/app", &small_d);
    assert_eq!(sha256(&curl(&[&url]).stdout), small_d);
    let repos = aws_ok(
        &s,
        &[
            "describe-repositories",
            "--repository-names",
            "hub/library/app",
        ],
    );
    assert_eq!(
        repos["repositories"][0]["repositoryName"],
        "hub/library/app"
    );
    // A /v2/ pull of the manifest and the big layer goes through the cache too.
    let c = login(&s);
    let auth = Some(c.as_str());
    let v2 = format!("{}/v2/hub/library/app", s.url);
    let (st, hs, _) = http("GET", &format!("{v2}/manifests/v1"), auth, &[], b"");
    assert_eq!(
        (st, header(&hs, "docker-content-digest")),
        (200, Some(md.as_str()))
    );
    let (st, _, body) = http("GET", &format!("{v2}/blobs/{big_d}"), auth, &[], b"");
    assert_eq!((st, sha256(&body)), (200, big_d.clone()));
    let listed = aws_ok(&s, &["list-images", "--repository-name", "hub/library/app"]);
    assert_eq!(listed["imageIds"][0]["imageTag"], "v1");
    // Unknown upstream: LayersNotFoundException / BLOB_UNKNOWN.
    let unknown = sha256(b"nowhere");
    let args = get(&unknown);
    let args = strs(&args);
    aws_err(
        &s,
        &args,
        "LayersNotFoundException",
        "GetDownloadUrlForLayer",
    );

    // The upstream sends bytes that do not match the digest: nothing is stored.
    let victim = up_dir
        .join("blobs/sha256")
        .join(other_d.trim_start_matches("sha256:"));
    std::fs::write(&victim, random(50_000)).unwrap();
    let args = get(&other_d);
    let args = strs(&args);
    let e = aws_err(
        &s,
        &args,
        "UnableToGetUpstreamLayerException",
        "GetDownloadUrlForLayer",
    );
    assert!(e.contains("digest"), "{e}");
    let (st, _, body) = http("GET", &format!("{v2}/blobs/{other_d}"), auth, &[], b"");
    assert_eq!((st, error_code(&body).as_str()), (502, "UNKNOWN"));

    // The upstream is down: what is cached still serves, the rest is 502 /
    // UnableToGetUpstreamLayerException.
    let _ = up.child.kill();
    let _ = up.child.wait();
    let (st, _, body) = http("GET", &format!("{v2}/blobs/{small_d}"), auth, &[], b"");
    assert_eq!((st, sha256(&body)), (200, small_d.clone()));
    let e = aws_err(
        &s,
        &args,
        "UnableToGetUpstreamLayerException",
        "GetDownloadUrlForLayer",
    );
    assert!(e.contains("cannot be reached"), "{e}");
    let (st, _, _) = http("GET", &format!("{v2}/blobs/{other_d}"), auth, &[], b"");
    assert_eq!(st, 502);
    assert!(!files_under(&tmp.path().join("data/blobs"))
        .iter()
        .any(|p| p.ends_with(other_d.trim_start_matches("sha256:"))));

    aws_ok(
        &s,
        &[
            "delete-pull-through-cache-rule",
            "--ecr-repository-prefix",
            "hub",
        ],
    );
    aws_err(
        &s,
        &[
            "delete-pull-through-cache-rule",
            "--ecr-repository-prefix",
            "hub",
        ],
        "PullThroughCacheRuleNotFoundException",
        "DeletePullThroughCacheRule",
    );
    // Without the rule the repository is an ordinary one: the cached image stays.
    let listed = aws_ok(&s, &["list-images", "--repository-name", "hub/library/app"]);
    assert_eq!(listed["imageIds"][0]["imageDigest"], md.as_str());
}

/// A cached tag follows the upstream's once per `--upstream-refresh` (as ECR
/// does once a day), and a cached image still serves when the upstream is down.
#[test]
fn pull_through_tags_follow_the_upstream() {
    if !have("aws", &["--version"]) || !have("curl", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let mut up = start(&tmp.path().join("upstream"), &["--no-auth"]);
    // One cache compares its tags with the upstream on every pull, one daily (the default).
    let eager = start(&tmp.path().join("eager"), &["--upstream-refresh", "0"]);
    let daily = start(&tmp.path().join("daily"), &[]);
    aws_ok(&up, &["create-repository", "--repository-name", "app"]);
    let (first, _) = push_with_cli(&up, tmp.path(), "app", "latest", &random(10_000));
    let manifest = |s: &Server, method: &str| {
        let c = login(s);
        let url = format!("{}/v2/hub/app/manifests/latest", s.url);
        let (st, hs, _) = http(method, &url, Some(&c), &[], b"");
        assert_eq!(st, 200, "{method} {url}");
        header(&hs, "docker-content-digest").unwrap().to_owned()
    };
    for s in [&eager, &daily] {
        aws_ok(s, &strs(&rule_args("hub", &up.url, None)));
        assert_eq!(manifest(s, "GET"), first);
    }

    // The upstream moves the tag.
    let (second, second_layer) = push_with_cli(&up, tmp.path(), "app", "latest", &random(20_000));
    assert_ne!(first, second);
    assert_eq!(manifest(&eager, "HEAD"), second, "HEAD is how docker asks");
    assert_eq!(manifest(&eager, "GET"), second);
    assert_eq!(
        manifest(&daily, "GET"),
        first,
        "checked less than a day ago"
    );
    // The old image stays, untagged, as in ECR; the new one's layer pulls through.
    let listed = aws_ok(&eager, &["list-images", "--repository-name", "hub/app"]);
    let mut ids: Vec<(String, Option<String>)> = listed["imageIds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["imageDigest"].as_str().unwrap().to_owned(),
                i["imageTag"].as_str().map(str::to_owned),
            )
        })
        .collect();
    ids.sort();
    let mut want = vec![
        (first.clone(), None),
        (second.clone(), Some("latest".into())),
    ];
    want.sort();
    assert_eq!(ids, want);
    let url = layer_url(&eager, "hub/app", &second_layer);
    assert_eq!(sha256(&curl(&[&url]).stdout), second_layer);

    // The upstream is down: pulls by tag still get the cached image.
    let _ = up.child.kill();
    let _ = up.child.wait();
    assert_eq!(manifest(&eager, "GET"), second);
    let got = aws_ok(
        &eager,
        &[
            "batch-get-image",
            "--repository-name",
            "hub/app",
            "--image-ids",
            "imageTag=latest",
        ],
    );
    assert_eq!(got["images"][0]["imageId"]["imageDigest"], second.as_str());
    assert_eq!(got["failures"], json!([]));
}

/// An upstream that wants credentials: a rule names them by secret ARN
/// (`--credential-arn`), the registry holds them (`--upstream-secrets`).
#[test]
fn pull_through_with_upstream_credentials() {
    if !have("aws", &["--version"]) || !have("curl", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    // The upstream checks signatures and /v2/ passwords.
    let up = start(&tmp.path().join("upstream"), &[]);
    aws_ok(&up, &["create-repository", "--repository-name", "team/app"]);
    let layer = random(30_000);
    let (md, ld) = push_with_cli(&up, tmp.path(), "team/app", "v1", &layer);
    let password = login(&up).trim_start_matches("AWS:").to_owned();
    let arn = "arn:aws:secretsmanager:us-west-2:123456789012:secret:ecr-pullthroughcache/team";
    let secrets = tmp.path().join("secrets.json");
    std::fs::write(
        &secrets,
        json!({ arn: { "username": "AWS", "accessToken": password } }).to_string(),
    )
    .unwrap();

    // A secrets file the registry cannot use stops it at once, saying why.
    let bad = tmp.path().join("bad.json");
    std::fs::write(
        &bad,
        r#"{"arn:aws:s3:::bucket": {"username": "u", "accessToken": "t"}}"#,
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ecr-server"))
        .args(["--listen", "127.0.0.1:0", "--upstream-secrets"])
        .arg(&bad)
        .arg("--data-dir")
        .arg(tmp.path().join("never"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("ecr-pullthroughcache"));

    let secrets_arg = secrets.to_str().unwrap();
    let s = start(
        &tmp.path().join("data"),
        &["--upstream-secrets", secrets_arg],
    );
    let other = arn.replace("/team", "/other");
    aws_err(
        &s,
        &strs(&rule_args("nope", &up.url, Some(&other))),
        "SecretNotFoundException",
        "CreatePullThroughCacheRule",
    );
    for (prefix, arn) in [("anon", None), ("team", Some(arn))] {
        aws_ok(&s, &strs(&rule_args(prefix, &up.url, arn)));
    }
    let described = aws_ok(
        &s,
        &[
            "describe-pull-through-cache-rules",
            "--ecr-repository-prefixes",
            "team",
        ],
    );
    assert_eq!(described["pullThroughCacheRules"][0]["credentialArn"], arn);

    // Without credentials the upstream refuses: 502 on /v2/, UnableToGetUpstreamImageException.
    let c = login(&s);
    let (st, _, _) = http(
        "GET",
        &format!("{}/v2/anon/team/app/manifests/v1", s.url),
        Some(&c),
        &[],
        b"",
    );
    assert_eq!(st, 502);
    let e = aws_err(
        &s,
        &[
            "batch-get-image",
            "--repository-name",
            "anon/team/app",
            "--image-ids",
            "imageTag=v1",
        ],
        "UnableToGetUpstreamImageException",
        "BatchGetImage",
    );
    assert!(e.contains("401"), "{e}");
    // With them, the image and its layer pull through.
    let (st, hs, _) = http(
        "GET",
        &format!("{}/v2/team/team/app/manifests/v1", s.url),
        Some(&c),
        &[],
        b"",
    );
    assert_eq!(
        (st, header(&hs, "docker-content-digest")),
        (200, Some(md.as_str()))
    );
    let url = layer_url(&s, "team/team/app", &ld);
    assert_eq!(sha256(&curl(&[&url]).stdout), ld);
}

/// Many pulls at once of what is not cached yet cost the upstream one
/// download of each part (counted by the upstream's own `/metrics`).
#[test]
fn a_crowd_pulls_through_once() {
    if !have("aws", &["--version"]) || !have("curl", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let up = start(&tmp.path().join("upstream"), &["--no-auth"]);
    let s = start(&tmp.path().join("data"), &[]);
    aws_ok(&up, &["create-repository", "--repository-name", "app"]);
    let (md, ld) = push_with_cli(&up, tmp.path(), "app", "v1", &random(4_000_000));
    aws_ok(&s, &strs(&rule_args("hub", &up.url, None)));
    let c = login(&s);
    let v2 = format!("{}/v2/hub/app", s.url);
    std::thread::scope(|scope| {
        let pulls: Vec<_> = (0..8)
            .map(|_| {
                scope.spawn(|| {
                    let (st, hs, _) =
                        http("GET", &format!("{v2}/manifests/v1"), Some(&c), &[], b"");
                    assert_eq!(
                        (st, header(&hs, "docker-content-digest")),
                        (200, Some(md.as_str()))
                    );
                    let (st, _, body) =
                        http("GET", &format!("{v2}/blobs/{ld}"), Some(&c), &[], b"");
                    assert_eq!((st, sha256(&body)), (200, ld.clone()));
                })
            })
            .collect();
        for p in pulls {
            p.join().unwrap();
        }
    });
    let metrics = curl(&[&format!("{}/metrics", up.url)]);
    let text = String::from_utf8_lossy(&metrics.stdout);
    for line in [
        "registry_http_requests_total{route=\"manifests\",method=\"GET\",status=\"2xx\"} 1",
        "registry_http_requests_total{route=\"blobs\",method=\"GET\",status=\"2xx\"} 1",
    ] {
        assert!(
            text.lines().any(|l| l == line),
            "{line} missing in:\n{text}"
        );
    }
}

#[test]
fn kill_9_during_a_pull_through_fetch() {
    if !have("aws", &["--version"]) || !have("curl", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let up = start(&tmp.path().join("upstream"), &["--no-auth"]);
    let data_dir = tmp.path().join("data");
    let mut s = start(&data_dir, &[]);
    aws_ok(&up, &["create-repository", "--repository-name", "big"]);
    let layer = random(48_000_000);
    let (_, ld) = push_with_cli(&up, tmp.path(), "big", "v1", &layer);
    aws_ok(&s, &strs(&rule_args("mirror", &up.url, None)));
    let c = login(&s);
    // A pull starts the fetch; the server dies while the blob is half fetched.
    let url = format!("{}/v2/mirror/big/blobs/{ld}", s.url);
    let mut pull = Command::new("curl")
        .args(["-s", "--max-time", "60", "-o", "/dev/null", "-u", &c, &url])
        .spawn()
        .unwrap();
    wait_for("the fetch to start writing", || {
        files_under(&data_dir.join("tmp"))
            .iter()
            .any(|p| std::fs::metadata(p).is_ok_and(|m| m.len() > 0))
    });
    let _ = s.child.kill();
    let _ = s.child.wait();
    let _ = pull.wait();
    assert!(
        files_under(&data_dir.join("blobs")).is_empty(),
        "no partial blob is visible"
    );

    // After a restart the partial fetch is gone and the layer is fetched whole.
    s = start(&data_dir, &[]);
    assert!(files_under(&data_dir.join("tmp")).is_empty());
    let c = login(&s);
    let url = format!("{}/v2/mirror/big/blobs/{ld}", s.url);
    let (st, _, body) = http("GET", &url, Some(&c), &[], b"");
    assert_eq!((st, sha256(&body)), (200, ld));
}

/// A response: status, headers (lowercase names), body.
type Answer = (u16, Vec<(String, String)>, Vec<u8>);

/// One response read off a raw connection (the body by `Content-Length`, or
/// chunked); `None` when the server closed the connection first.
fn read_response(t: &mut std::net::TcpStream) -> Option<Answer> {
    t.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut raw = Vec::new();
    let mut byte = [0u8; 1];
    while !raw.ends_with(b"\r\n\r\n") {
        match t.read(&mut byte) {
            Ok(0) | Err(_) => return None,
            Ok(_) => raw.push(byte[0]),
        }
    }
    let head = String::from_utf8_lossy(&raw).into_owned();
    let mut lines = head.lines();
    let status = lines.next()?.split_whitespace().nth(1)?.parse().ok()?;
    let hs: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_lowercase(), v.trim().to_owned()))
        .collect();
    let mut body = Vec::new();
    if let Some(n) = header(&hs, "content-length").and_then(|v| v.parse::<usize>().ok()) {
        body.resize(n, 0);
        t.read_exact(&mut body).ok()?;
    } else if header(&hs, "transfer-encoding") == Some("chunked") {
        loop {
            let mut line = Vec::new();
            while !line.ends_with(b"\r\n") {
                t.read_exact(&mut byte).ok()?;
                line.push(byte[0]);
            }
            let n = usize::from_str_radix(String::from_utf8_lossy(&line).trim(), 16).ok()?;
            let mut chunk = vec![0u8; n + 2];
            t.read_exact(&mut chunk).ok()?;
            body.extend_from_slice(&chunk[..n]);
            if n == 0 {
                break;
            }
        }
    }
    Some((status, hs, body))
}

/// An upload answered before its body arrives (a 401: no credentials): the
/// head, a pause, the body, then a second request on the same connection,
/// as Go clients (docker, containerd) send their authenticated retry. A
/// small remainder is read and the connection kept; a large one is not
/// read and the answer says `Connection: close`, never a connection
/// dropped under a client that was not told.
#[test]
fn early_answers_keep_the_connection_or_say_they_close_it() {
    if !have("aws", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let s = start(&tmp.path().join("data"), &[]);
    let hostport = s.url.trim_start_matches("http://").to_owned();
    let auth = aws_smithy_types::base64::encode(login(&s));
    aws_ok(&s, &["create-repository", "--repository-name", "keep"]);
    let upload = |len: usize| {
        let data = random(len);
        format!(
            "POST /v2/keep/blobs/uploads/?digest={} HTTP/1.1\r\nHost: {hostport}\r\nContent-Type: application/octet-stream\r\nContent-Length: {len}\r\n\r\n",
            sha256(&data)
        )
        .into_bytes()
        .into_iter()
        .chain(data)
        .collect::<Vec<u8>>()
    };
    let ping =
        format!("GET /v2/ HTTP/1.1\r\nHost: {hostport}\r\nAuthorization: Basic {auth}\r\n\r\n");

    let step = "a small upload without credentials, its body after a pause";
    let request = upload(4096);
    let split = request.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
    let mut t = std::net::TcpStream::connect(&hostport).unwrap();
    t.write_all(&request[..split]).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    t.write_all(&request[split..]).unwrap();
    let (st, hs, _) = read_response(&mut t).expect(step);
    assert_eq!(st, 401, "{step}");
    assert_eq!(header(&hs, "connection"), None, "{step}: {hs:?}");
    let step = "the authenticated retry on the same connection";
    t.write_all(ping.as_bytes()).unwrap();
    let (st, _, _) = read_response(&mut t).expect(step);
    assert_eq!(st, 200, "{step}");

    let step = "a large upload without credentials";
    let request = upload(4 << 20);
    let mut t = std::net::TcpStream::connect(&hostport).unwrap();
    let mut writer = t.try_clone().unwrap();
    // The body may not be read: written from a thread that may fail.
    let sender = std::thread::spawn(move || {
        let _ = writer.write_all(&request);
    });
    let (st, hs, _) = read_response(&mut t).expect(step);
    assert_eq!(st, 401, "{step}");
    assert_eq!(header(&hs, "connection"), Some("close"), "{step}: {hs:?}");
    let step = "the server closes the connection it said it would";
    let _ = t.write_all(ping.as_bytes());
    assert!(read_response(&mut t).is_none(), "{step}");
    drop(t);
    sender.join().unwrap();
}

/// A reference that is neither a tag nor a digest names no manifest: GET,
/// HEAD and DELETE answer 404 `MANIFEST_UNKNOWN` (the conformance suite's
/// `.INVALID_MANIFEST_NAME`); a push to it is refused as `TAG_INVALID`.
#[test]
fn a_reference_that_is_neither_tag_nor_digest_is_not_found() {
    if !have("aws", &["--version"]) || !have("curl", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let s = start(&tmp.path().join("data"), &[]);
    let c = login(&s);
    aws_ok(&s, &["create-repository", "--repository-name", "refs"]);
    let url = format!("{}/v2/refs/manifests/.INVALID_MANIFEST_NAME", s.url);
    for method in ["GET", "HEAD", "DELETE"] {
        let (st, _, body) = http(method, &url, Some(&c), &[], b"");
        assert_eq!(st, 404, "{method}");
        if method != "HEAD" {
            assert_eq!(error_code(&body), "MANIFEST_UNKNOWN", "{method}");
        }
    }
    let manifest = manifest("sha256:00", &[]);
    let ct = [(
        "Content-Type",
        "application/vnd.docker.distribution.manifest.v2+json",
    )];
    let (st, _, body) = http("PUT", &url, Some(&c), &ct, manifest.as_bytes());
    assert_eq!((st, error_code(&body).as_str()), (400, "TAG_INVALID"));
}

/// OCI 1.1 referrers: artifacts pushed with a `subject` (a signature and an
/// SBOM of an image) answer `OCI-Subject`, and
/// `GET /v2/<name>/referrers/<digest>` lists them as an image index, each
/// with its artifact type and annotations; `?artifactType=` filters and
/// says so; a subject nothing refers to has an empty list (never a 404); a
/// malformed digest is `DIGEST_INVALID`.
#[test]
fn referrers_list_the_artifacts_of_a_subject() {
    if !have("aws", &["--version"]) || !have("curl", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let s = start(&tmp.path().join("data"), &[]);
    let c = login(&s);
    let auth = Some(c.as_str());
    aws_ok(&s, &["create-repository", "--repository-name", "signed"]);
    let v2 = format!("{}/v2/signed", s.url);
    let blob = |data: &[u8]| {
        let d = sha256(data);
        let (st, _, _) = http(
            "POST",
            &format!("{v2}/blobs/uploads/?digest={d}"),
            auth,
            &[],
            data,
        );
        assert_eq!(st, 201, "blob {d}");
        d
    };
    let oci = "application/vnd.oci.image.manifest.v1+json";
    let push = |reference: &str, manifest: &Value| {
        let body = manifest.to_string();
        let (st, hs, _) = http(
            "PUT",
            &format!("{v2}/manifests/{reference}"),
            auth,
            &[("Content-Type", oci)],
            body.as_bytes(),
        );
        assert_eq!(st, 201, "push {reference}");
        (sha256(body.as_bytes()), hs)
    };

    let step = "push an image";
    let config = blob(b"{}");
    let layer = blob(&random(1000));
    let image = json!({
        "schemaVersion": 2, "mediaType": oci,
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "size": 2, "digest": config},
        "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "size": 1000, "digest": layer}],
    });
    let (subject, hs) = push("v1", &image);
    assert_eq!(header(&hs, "oci-subject"), None, "{step}");

    let step = "push a signature and an SBOM that refer to it";
    let empty = blob(b"{}");
    let artifact = |kind: &str, note: &str| {
        json!({
            "schemaVersion": 2, "mediaType": oci, "artifactType": kind,
            "config": {"mediaType": "application/vnd.oci.empty.v1+json", "size": 2, "digest": empty},
            "layers": [{"mediaType": "application/vnd.oci.empty.v1+json", "size": 2, "digest": empty}],
            "subject": {"mediaType": oci, "digest": subject, "size": image.to_string().len()},
            "annotations": {"note": note},
        })
    };
    let sig = artifact("application/vnd.example.signature", "signed");
    let (sig_digest, hs) = push(&sha256(sig.to_string().as_bytes()), &sig);
    assert_eq!(header(&hs, "oci-subject"), Some(subject.as_str()), "{step}");
    let sbom = artifact("application/vnd.example.sbom", "parts");
    let (sbom_digest, _) = push(&sha256(sbom.to_string().as_bytes()), &sbom);

    let step = "list the referrers";
    let (st, hs, body) = http("GET", &format!("{v2}/referrers/{subject}"), auth, &[], b"");
    assert_eq!(st, 200, "{step}");
    assert_eq!(
        header(&hs, "content-type"),
        Some("application/vnd.oci.image.index.v1+json"),
        "{step}"
    );
    assert_eq!(header(&hs, "oci-filters-applied"), None, "{step}");
    let index: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(index["schemaVersion"], 2, "{step}");
    let mut found: Vec<(String, String, String)> = index["manifests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["digest"].as_str().unwrap().to_owned(),
                d["artifactType"].as_str().unwrap().to_owned(),
                d["annotations"]["note"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    found.sort();
    let mut want = vec![
        (
            sig_digest.clone(),
            "application/vnd.example.signature".to_owned(),
            "signed".to_owned(),
        ),
        (
            sbom_digest,
            "application/vnd.example.sbom".to_owned(),
            "parts".to_owned(),
        ),
    ];
    want.sort();
    assert_eq!(found, want, "{step}");

    let step = "filter by artifact type";
    let url = format!("{v2}/referrers/{subject}?artifactType=application/vnd.example.signature");
    let (st, hs, body) = http("GET", &url, auth, &[], b"");
    assert_eq!(st, 200, "{step}");
    assert_eq!(
        header(&hs, "oci-filters-applied"),
        Some("artifactType"),
        "{step}"
    );
    let index: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(index["manifests"].as_array().unwrap().len(), 1, "{step}");
    assert_eq!(
        index["manifests"][0]["digest"],
        sig_digest.as_str(),
        "{step}"
    );

    let step = "a subject nothing refers to, a malformed digest";
    let (st, _, body) = http("GET", &format!("{v2}/referrers/{layer}"), auth, &[], b"");
    assert_eq!(st, 200, "{step}");
    let index: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(index["manifests"], json!([]), "{step}");
    let (st, _, body) = http(
        "GET",
        &format!("{v2}/referrers/sha256:nope"),
        auth,
        &[],
        b"",
    );
    assert_eq!(
        (st, error_code(&body).as_str()),
        (400, "DIGEST_INVALID"),
        "{step}"
    );

    let step = "deleting the subject deletes what refers to it";
    let out = aws_ok(
        &s,
        &[
            "batch-delete-image",
            "--repository-name",
            "signed",
            "--image-ids",
            &format!("imageDigest={subject}"),
        ],
    );
    assert_eq!(
        out["imageIds"].as_array().unwrap().len(),
        1,
        "{step}: {out}"
    );
    for d in [&sig_digest, &subject] {
        let (st, _, body) = http("GET", &format!("{v2}/manifests/{d}"), auth, &[], b"");
        assert_eq!(
            (st, error_code(&body).as_str()),
            (404, "MANIFEST_UNKNOWN"),
            "{step}: {d}"
        );
    }
    let (st, _, body) = http("GET", &format!("{v2}/referrers/{subject}"), auth, &[], b"");
    assert_eq!(st, 200, "{step}");
    let index: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(index["manifests"], json!([]), "{step}");
}

/// `aws ecr describe-images` after pushes: each image's digest, tags, size
/// (its layers), push time and media types; the images named (by digest or
/// tag; one that is not there is `ImageNotFoundException`), tagged or
/// untagged only, page by page; and the last pull, recorded when a
/// manifest is fetched (`/v2/` or BatchGetImage).
#[test]
fn describe_images_tells_what_was_pushed_and_pulled() {
    if !have("aws", &["--version"]) || !have("curl", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let s = start(&tmp.path().join("data"), &[]);
    let dir = tmp.path();
    aws_ok(&s, &["create-repository", "--repository-name", "shelf"]);
    let step = "push two images, the first tagged twice, then untag the second";
    let (one, _) = push_with_cli(&s, dir, "shelf", "v1", &random(3000));
    aws_ok(
        &s,
        &[
            "put-image",
            "--repository-name",
            "shelf",
            "--image-tag",
            "stable",
            "--image-manifest",
            &format!("file://{}", dir.join("v1.json").display()),
        ],
    );
    let (two, _) = push_with_cli(&s, dir, "shelf", "v2", &random(5000));
    aws_ok(
        &s,
        &[
            "batch-delete-image",
            "--repository-name",
            "shelf",
            "--image-ids",
            "imageTag=v2",
        ],
    );
    // Untagging the last tag removed the image as ECR does; push it again untagged.
    let m2 = std::fs::read_to_string(dir.join("v2.json")).unwrap();
    aws_ok(
        &s,
        &[
            "put-image",
            "--repository-name",
            "shelf",
            "--image-manifest",
            &m2,
        ],
    );

    assert_eq!(
        aws_ok(&s, &["list-images", "--repository-name", "shelf"])["imageIds"]
            .as_array()
            .unwrap()
            .len(),
        3,
        "{step}"
    );
    let step2 = "describe them";
    let out = aws_ok(&s, &["describe-images", "--repository-name", "shelf"]);
    let details = out["imageDetails"].as_array().unwrap();
    assert_eq!(details.len(), 2, "{step2}: {out}");
    let d1 = details
        .iter()
        .find(|d| d["imageDigest"] == one.as_str())
        .unwrap();
    assert_eq!(d1["imageTags"], json!(["stable", "v1"]), "{step2}");
    assert_eq!(d1["imageSizeInBytes"], 3000, "{step2}");
    assert_eq!(d1["registryId"], "123456789012", "{step2}");
    assert_eq!(d1["repositoryName"], "shelf", "{step2}");
    assert_eq!(
        d1["imageManifestMediaType"], "application/vnd.docker.distribution.manifest.v2+json",
        "{step2}"
    );
    assert_eq!(
        d1["artifactMediaType"], "application/vnd.docker.container.image.v1+json",
        "{step2}"
    );
    assert!(
        d1["imagePushedAt"].is_number() || d1["imagePushedAt"].is_string(),
        "{step2}: {d1}"
    );
    assert!(
        d1.get("lastRecordedPullTime").is_none(),
        "{step2}: never pulled: {d1}"
    );
    let d2 = details
        .iter()
        .find(|d| d["imageDigest"] == two.as_str())
        .unwrap();
    assert!(d2.get("imageTags").is_none(), "{step2}: {d2}");
    assert_eq!(d2["imageSizeInBytes"], 5000, "{step2}");

    let step = "filters, names and pages";
    let out = aws_ok(
        &s,
        &[
            "describe-images",
            "--repository-name",
            "shelf",
            "--filter",
            "tagStatus=UNTAGGED",
        ],
    );
    assert_eq!(
        out["imageDetails"].as_array().unwrap().len(),
        1,
        "{step}: {out}"
    );
    assert_eq!(
        out["imageDetails"][0]["imageDigest"],
        two.as_str(),
        "{step}"
    );
    let out = aws_ok(
        &s,
        &[
            "describe-images",
            "--repository-name",
            "shelf",
            "--image-ids",
            "imageTag=stable",
        ],
    );
    assert_eq!(
        out["imageDetails"][0]["imageDigest"],
        one.as_str(),
        "{step}"
    );
    let err = aws_err(
        &s,
        &[
            "describe-images",
            "--repository-name",
            "shelf",
            "--image-ids",
            "imageTag=nope",
        ],
        "ImageNotFoundException",
        "DescribeImages",
    );
    assert!(err.contains("nope"), "{step}: {err}");
    let out = aws_ok(
        &s,
        &[
            "describe-images",
            "--repository-name",
            "shelf",
            "--max-items",
            "1",
        ],
    );
    assert_eq!(
        out["imageDetails"].as_array().unwrap().len(),
        1,
        "{step}: {out}"
    );
    assert!(out["NextToken"].is_string(), "{step}: {out}");

    let step = "a pull is recorded";
    let c = login(&s);
    let (st, _, _) = http(
        "GET",
        &format!("{}/v2/shelf/manifests/v1", s.url),
        Some(&c),
        &[(
            "Accept",
            "application/vnd.docker.distribution.manifest.v2+json",
        )],
        b"",
    );
    assert_eq!(st, 200, "{step}");
    let out = aws_ok(
        &s,
        &[
            "describe-images",
            "--repository-name",
            "shelf",
            "--image-ids",
            &format!("imageDigest={one}"),
        ],
    );
    assert!(
        out["imageDetails"][0]["lastRecordedPullTime"].is_number()
            || out["imageDetails"][0]["lastRecordedPullTime"].is_string(),
        "{step}: {out}"
    );
    // A repository that is not there.
    aws_err(
        &s,
        &["describe-images", "--repository-name", "gone"],
        "RepositoryNotFoundException",
        "DescribeImages",
    );
}

/// `put-image-tag-mutability`: once IMMUTABLE, a tag that names an image is
/// not moved to another, on the ECR API (`ImageTagAlreadyExistsException`)
/// nor on `/v2/` (`TAG_INVALID`); MUTABLE again, it moves.
#[test]
fn tag_mutability_can_be_switched() {
    if !have("aws", &["--version"]) || !have("curl", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let s = start(&tmp.path().join("data"), &[]);
    let dir = tmp.path();
    aws_ok(&s, &["create-repository", "--repository-name", "pinned"]);
    push_with_cli(&s, dir, "pinned", "v1", &random(100));
    let (b, _) = push_with_cli(&s, dir, "pinned", "b", &random(200));
    let b_manifest = format!("file://{}", dir.join("b.json").display());

    let step = "make the tags immutable";
    let out = aws_ok(
        &s,
        &[
            "put-image-tag-mutability",
            "--repository-name",
            "pinned",
            "--image-tag-mutability",
            "IMMUTABLE",
        ],
    );
    assert_eq!(out["imageTagMutability"], "IMMUTABLE", "{step}: {out}");
    let out = aws_ok(
        &s,
        &["describe-repositories", "--repository-names", "pinned"],
    );
    assert_eq!(
        out["repositories"][0]["imageTagMutability"], "IMMUTABLE",
        "{step}: {out}"
    );

    let step = "moving v1 to another image is refused";
    aws_err(
        &s,
        &[
            "put-image",
            "--repository-name",
            "pinned",
            "--image-tag",
            "v1",
            "--image-manifest",
            &b_manifest,
        ],
        "ImageTagAlreadyExistsException",
        "PutImage",
    );
    let c = login(&s);
    let body = std::fs::read(dir.join("b.json")).unwrap();
    let (st, _, resp) = http(
        "PUT",
        &format!("{}/v2/pinned/manifests/v1", s.url),
        Some(&c),
        &[(
            "Content-Type",
            "application/vnd.docker.distribution.manifest.v2+json",
        )],
        &body,
    );
    assert_eq!(
        (st, error_code(&resp).as_str()),
        (400, "TAG_INVALID"),
        "{step}"
    );

    let step = "mutable again, it moves";
    aws_ok(
        &s,
        &[
            "put-image-tag-mutability",
            "--repository-name",
            "pinned",
            "--image-tag-mutability",
            "MUTABLE",
        ],
    );
    aws_ok(
        &s,
        &[
            "put-image",
            "--repository-name",
            "pinned",
            "--image-tag",
            "v1",
            "--image-manifest",
            &b_manifest,
        ],
    );
    let out = aws_ok(
        &s,
        &[
            "describe-images",
            "--repository-name",
            "pinned",
            "--image-ids",
            "imageTag=v1",
        ],
    );
    assert_eq!(
        out["imageDetails"][0]["imageDigest"],
        b.as_str(),
        "{step}: {out}"
    );
    aws_err(
        &s,
        &[
            "put-image-tag-mutability",
            "--repository-name",
            "nowhere",
            "--image-tag-mutability",
            "MUTABLE",
        ],
        "RepositoryNotFoundException",
        "PutImageTagMutability",
    );
}

/// Repository tags through the AWS CLI: given at creation, added, changed,
/// listed, removed; a reserved `aws:` key, a 51st tag and an ARN that names
/// no repository refused with ECR's errors.
#[test]
fn repository_tags_round_trip() {
    if !have("aws", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let s = start(&tmp.path().join("data"), &[]);
    let out = aws_ok(
        &s,
        &[
            "create-repository",
            "--repository-name",
            "tagged",
            "--tags",
            "Key=team,Value=web",
        ],
    );
    let arn = out["repository"]["repositoryArn"]
        .as_str()
        .unwrap()
        .to_owned();
    let list = || aws_ok(&s, &["list-tags-for-resource", "--resource-arn", &arn])["tags"].clone();
    assert_eq!(
        list(),
        json!([{"Key": "team", "Value": "web"}]),
        "created with a tag"
    );

    aws_ok(
        &s,
        &[
            "tag-resource",
            "--resource-arn",
            &arn,
            "--tags",
            "Key=team,Value=api",
            "Key=env,Value=prod",
        ],
    );
    assert_eq!(
        list(),
        json!([{"Key": "env", "Value": "prod"}, {"Key": "team", "Value": "api"}]),
        "added and changed"
    );
    aws_ok(
        &s,
        &[
            "untag-resource",
            "--resource-arn",
            &arn,
            "--tag-keys",
            "team",
            "missing",
        ],
    );
    assert_eq!(list(), json!([{"Key": "env", "Value": "prod"}]), "removed");

    aws_err(
        &s,
        &[
            "tag-resource",
            "--resource-arn",
            &arn,
            "--tags",
            "Key=aws:owner,Value=x",
        ],
        "InvalidTagParameterException",
        "TagResource",
    );
    let many: Vec<String> = (0..50).map(|i| format!("Key=k{i},Value=v")).collect();
    let mut args = vec!["tag-resource", "--resource-arn", arn.as_str(), "--tags"];
    args.extend(many.iter().map(String::as_str));
    aws_err(&s, &args, "TooManyTagsException", "TagResource");
    assert_eq!(
        list(),
        json!([{"Key": "env", "Value": "prod"}]),
        "nothing of a refused call"
    );
    aws_err(
        &s,
        &["list-tags-for-resource", "--resource-arn", "not-an-arn"],
        "InvalidParameterException",
        "ListTagsForResource",
    );
    let other = arn.replace("repository/tagged", "repository/absent");
    aws_err(
        &s,
        &["list-tags-for-resource", "--resource-arn", &other],
        "RepositoryNotFoundException",
        "ListTagsForResource",
    );
}

/// Lifecycle policies through the AWS CLI: validated on put; previewed
/// (what would expire, by which rule, and the CLI's
/// `wait lifecycle-policy-preview-complete`); applied on the server's
/// schedule (`--lifecycle-interval`) after a restart on the same data;
/// deleted.
#[test]
fn lifecycle_policies_preview_and_expire() {
    if !have("aws", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let dir = tmp.path();
    let s = start(&data, &["--lifecycle-interval", "0"]);
    aws_ok(&s, &["create-repository", "--repository-name", "aging"]);
    // Three prod images, then two untagged ones.
    let mut pushed = Vec::new();
    for tag in ["prod-1", "prod-2", "prod-3", "tmp-a", "tmp-b"] {
        let (d, _) = push_with_cli(&s, dir, "aging", tag, &random(100));
        pushed.push(d);
        std::thread::sleep(Duration::from_millis(20));
    }
    for tag in ["tmp-a", "tmp-b"] {
        aws_ok(
            &s,
            &[
                "batch-delete-image",
                "--repository-name",
                "aging",
                "--image-ids",
                &format!("imageTag={tag}"),
            ],
        );
        let m = std::fs::read_to_string(dir.join(format!("{tag}.json"))).unwrap();
        aws_ok(
            &s,
            &[
                "put-image",
                "--repository-name",
                "aging",
                "--image-manifest",
                &m,
            ],
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let policy = json!({"rules": [
        {"rulePriority": 1, "description": "keep two prod images",
         "selection": {"tagStatus": "tagged", "tagPrefixList": ["prod"], "countType": "imageCountMoreThan", "countNumber": 2},
         "action": {"type": "expire"}},
        {"rulePriority": 2, "description": "keep one untagged image",
         "selection": {"tagStatus": "untagged", "countType": "imageCountMoreThan", "countNumber": 1},
         "action": {"type": "expire"}}
    ]})
    .to_string();

    let step2 = "an invalid policy is refused";
    let bad = policy.replace("imageCountMoreThan", "imageCountMore");
    let err = aws_err(
        &s,
        &[
            "put-lifecycle-policy",
            "--repository-name",
            "aging",
            "--lifecycle-policy-text",
            &bad,
        ],
        "InvalidParameterException",
        "PutLifecyclePolicy",
    );
    assert!(err.contains("countType"), "{step2}: {err}");
    aws_err(
        &s,
        &["get-lifecycle-policy", "--repository-name", "aging"],
        "LifecyclePolicyNotFoundException",
        "GetLifecyclePolicy",
    );

    let step3 = "put and preview";
    aws_ok(
        &s,
        &[
            "put-lifecycle-policy",
            "--repository-name",
            "aging",
            "--lifecycle-policy-text",
            &policy,
        ],
    );
    let out = aws_ok(&s, &["get-lifecycle-policy", "--repository-name", "aging"]);
    assert_eq!(out["lifecyclePolicyText"], policy.as_str(), "{step3}");
    assert!(out.get("lastEvaluatedAt").is_none(), "{step3}: {out}");
    let out = aws_ok(
        &s,
        &[
            "start-lifecycle-policy-preview",
            "--repository-name",
            "aging",
        ],
    );
    assert_eq!(out["status"], "COMPLETE", "{step3}: {out}");
    let waited = aws(
        &s,
        &[
            "wait",
            "lifecycle-policy-preview-complete",
            "--repository-name",
            "aging",
        ],
    );
    assert!(waited.status.success(), "{step3}: the CLI's waiter");
    let out = aws_ok(
        &s,
        &["get-lifecycle-policy-preview", "--repository-name", "aging"],
    );
    assert_eq!(
        out["summary"]["expiringImageTotalCount"], 2,
        "{step3}: {out}"
    );
    let results: Vec<(String, i64)> = out["previewResults"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            assert_eq!(r["action"]["type"], "EXPIRE");
            (
                r["imageDigest"].as_str().unwrap().to_owned(),
                r["appliedRulePriority"].as_i64().unwrap(),
            )
        })
        .collect();
    // The oldest prod image by rule 1; the older untagged one by rule 2.
    assert_eq!(
        results,
        vec![(pushed[0].clone(), 1), (pushed[3].clone(), 2)],
        "{step3}"
    );
    assert_eq!(
        aws_ok(&s, &["list-images", "--repository-name", "aging"])["imageIds"]
            .as_array()
            .unwrap()
            .len(),
        5,
        "{step3}: a preview expires nothing"
    );

    let step4 = "the schedule applies it";
    drop(s);
    let s = start(&data, &["--lifecycle-interval", "1"]);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let ids = aws_ok(&s, &["list-images", "--repository-name", "aging"])["imageIds"].clone();
        let mut left: Vec<String> = ids
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["imageDigest"].as_str().unwrap().to_owned())
            .collect();
        left.sort();
        left.dedup();
        let mut want = vec![pushed[1].clone(), pushed[2].clone(), pushed[4].clone()];
        want.sort();
        if left == want {
            break;
        }
        assert!(Instant::now() < deadline, "{step4}: still {left:?}");
        std::thread::sleep(Duration::from_millis(300));
    }
    let out = aws_ok(&s, &["get-lifecycle-policy", "--repository-name", "aging"]);
    assert!(out.get("lastEvaluatedAt").is_some(), "{step4}: {out}");

    let step5 = "delete it";
    let out = aws_ok(
        &s,
        &["delete-lifecycle-policy", "--repository-name", "aging"],
    );
    assert_eq!(out["lifecyclePolicyText"], policy.as_str(), "{step5}");
    aws_err(
        &s,
        &["delete-lifecycle-policy", "--repository-name", "aging"],
        "LifecyclePolicyNotFoundException",
        "DeleteLifecyclePolicy",
    );
}

/// Online garbage collection beside concurrent pushes (`--gc-interval 0.05
/// --gc-grace 2`: a collection every 50 ms): every image pushed and kept
/// stays whole; the layers of deleted images, blobs never referenced and
/// abandoned uploads go once the grace period is over; a blob an image
/// references cannot be deleted, one nothing references can.
#[test]
fn garbage_is_collected_while_images_are_pushed() {
    if !have("aws", &["--version"]) || !have("curl", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let s = start(&data, &["--gc-interval", "0.05", "--gc-grace", "2"]);
    let c = login(&s);
    aws_ok(&s, &["create-repository", "--repository-name", "gc"]);
    let v2 = format!("{}/v2/gc", s.url);
    let blob = |data: &[u8]| -> String {
        let d = sha256(data);
        let url = format!("{v2}/blobs/uploads/?digest={d}");
        let (st, _, body) = http("POST", &url, Some(&c), &[], data);
        assert_eq!(st, 201, "blob {d}: {}", String::from_utf8_lossy(&body));
        d
    };
    let docker = "application/vnd.docker.distribution.manifest.v2+json";

    let step = "push from four threads while garbage is collected; delete every third image";
    let config = blob(b"{}");
    let base = random(3000);
    let base_digest = blob(&base);
    let results = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..4)
            .map(|w| {
                let (blob, c, v2, config, base_digest) = (&blob, &c, &v2, &config, &base_digest);
                scope.spawn(move || {
                    let mut kept = Vec::new();
                    let mut gone = Vec::new();
                    for i in 0..12 {
                        let layer = random(2000 + i);
                        let digest = blob(&layer);
                        // A blob nothing will reference.
                        let orphan = blob(&random(500));
                        let m = manifest(config, &[(base_digest, 3000), (&digest, layer.len())]);
                        let tag = format!("w{w}-{i}");
                        let url = format!("{v2}/manifests/{tag}");
                        let (st, _, body) = http(
                            "PUT",
                            &url,
                            Some(c),
                            &[("Content-Type", docker)],
                            m.as_bytes(),
                        );
                        assert_eq!(st, 201, "push {tag}: {}", String::from_utf8_lossy(&body));
                        if i % 3 == 0 {
                            let url = format!("{v2}/manifests/{}", sha256(m.as_bytes()));
                            let (st, _, _) = http("DELETE", &url, Some(c), &[], b"");
                            assert_eq!(st, 202, "delete {tag}");
                            gone.push((digest, orphan));
                        } else {
                            kept.push((tag, m, digest, layer));
                            gone.push((orphan.clone(), orphan));
                        }
                    }
                    (kept, gone)
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("a pushing thread"))
            .collect::<Vec<_>>()
    });
    let kept: Vec<_> = results.iter().flat_map(|(k, _)| k).collect();
    let gone: Vec<&String> = results
        .iter()
        .flat_map(|(_, g)| g)
        .flat_map(|(a, b)| [a, b])
        .collect();
    assert_eq!(kept.len(), 32, "{step}");

    let step = "every kept image is whole, now and after the grace period";
    let check_kept = |step: &str| {
        for (tag, m, digest, layer) in &kept {
            let (st, _, body) = http(
                "GET",
                &format!("{v2}/manifests/{tag}"),
                Some(&c),
                &[("Accept", docker)],
                b"",
            );
            assert_eq!((st, body.as_slice()), (200, m.as_bytes()), "{step}: {tag}");
            let (st, _, body) = http("GET", &format!("{v2}/blobs/{digest}"), Some(&c), &[], b"");
            assert_eq!(st, 200, "{step}: layer of {tag}");
            assert!(body == *layer, "{step}: the bytes of the layer of {tag}");
        }
        let (st, _, body) = http(
            "GET",
            &format!("{v2}/blobs/{base_digest}"),
            Some(&c),
            &[],
            b"",
        );
        assert_eq!((st, body == base), (200, true), "{step}: the shared layer");
    };
    check_kept(step);

    let step = "the layers of deleted images and the orphans go";
    wait_for(step, || {
        gone.iter().all(|d| {
            let (st, _, _) = http("HEAD", &format!("{v2}/blobs/{d}"), Some(&c), &[], b"");
            st == 404
        })
    });
    wait_for("their files to be removed", || {
        // Kept layers, the shared layer and the config: nothing else.
        files_under(&data.join("blobs")).len() == kept.len() + 2
    });
    check_kept(step);

    let step = "a referenced blob cannot be deleted; an unreferenced one can, once";
    let (_, _, digest, _) = kept[0];
    let (st, _, body) = http(
        "DELETE",
        &format!("{v2}/blobs/{digest}"),
        Some(&c),
        &[],
        b"",
    );
    assert_eq!(
        (st, error_code(&body).as_str()),
        (405, "UNSUPPORTED"),
        "{step}"
    );
    let loose = blob(&random(100));
    let url = format!("{v2}/blobs/{loose}");
    let (st, _, _) = http("DELETE", &url, Some(&c), &[], b"");
    assert_eq!(st, 202, "{step}");
    let (st, _, _) = http("HEAD", &url, Some(&c), &[], b"");
    assert_eq!(st, 404, "{step}");
    let (st, _, body) = http("DELETE", &url, Some(&c), &[], b"");
    assert_eq!(
        (st, error_code(&body).as_str()),
        (404, "BLOB_UNKNOWN"),
        "{step}"
    );

    let step = "an upload left alone past the grace period is ended";
    let (st, hs, _) = http("POST", &format!("{v2}/blobs/uploads/"), Some(&c), &[], b"");
    assert_eq!(st, 202, "{step}");
    let location = header(&hs, "location").unwrap().to_owned();
    let url = if location.starts_with("http") {
        location
    } else {
        format!("{}{location}", s.url)
    };
    wait_for(step, || http("GET", &url, Some(&c), &[], b"").0 == 404);
    wait_for("its file to be removed", || {
        files_under(&data.join("uploads")).is_empty()
    });
}
