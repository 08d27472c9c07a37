//! The real server binary on 127.0.0.1, driven by real clients: the AWS CLI,
//! curl, boto3 and our generated client. A missing tool skips its test with a
//! printed reason, except under `CI=true`, where it fails.

use std::process::Command;
use std::time::Duration;

mod common;
use common::*;

#[test]
fn aws_cli_push_download_errors_restart() {
    if !have("aws", &["--version"])
        || !have("curl", &["--version"])
        || !have("python3", &["--version"])
    {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut s = start(&data, &[]);
    let repo = "team/web";
    let created = aws_ok(&s, &["create-repository", "--repository-name", repo]);
    assert_eq!(
        created["repository"]["repositoryUri"],
        format!("{}/{repo}", s.url.trim_start_matches("http://")).as_str()
    );
    aws_err(
        &s,
        &["create-repository", "--repository-name", repo],
        "RepositoryAlreadyExistsException",
        "CreateRepository",
    );

    // Upload a layer in three parts, and a config blob.
    let layer = random(150_000);
    let digest = cli_upload(&s, tmp.path(), repo, &layer, 64 * 1024);
    let config = cli_upload(&s, tmp.path(), repo, b"{}", 64);

    // Before an image references it, the layer cannot be downloaded.
    let get = [
        "get-download-url-for-layer",
        "--repository-name",
        repo,
        "--layer-digest",
        &digest,
    ];
    aws_err(
        &s,
        &get,
        "LayerInaccessibleException",
        "GetDownloadUrlForLayer",
    );

    let m = manifest(&config, &[(&digest, layer.len())]);
    let mfile = tmp.path().join("manifest.json");
    std::fs::write(&mfile, &m).unwrap();
    let mref = format!("file://{}", mfile.display());
    let put = aws_ok(
        &s,
        &[
            "put-image",
            "--repository-name",
            repo,
            "--image-tag",
            "v1",
            "--image-manifest",
            &mref,
        ],
    );
    assert_eq!(
        put["image"]["imageId"]["imageDigest"],
        sha256(m.as_bytes()).as_str()
    );
    aws_err(
        &s,
        &[
            "put-image",
            "--repository-name",
            repo,
            "--image-tag",
            "v1",
            "--image-manifest",
            &mref,
        ],
        "ImageAlreadyExistsException",
        "PutImage",
    );

    // The URL works with plain curl, and the bytes hash to the digest.
    let url = aws_ok(&s, &get)["downloadUrl"].as_str().unwrap().to_owned();
    let body = curl(&[&url]).stdout;
    assert_eq!(sha256(&body), digest);
    let ranged = curl(&["-D", "-", "-o", "/dev/null", "-r", "10-19", &url]);
    let headers = String::from_utf8_lossy(&ranged.stdout).to_lowercase();
    assert!(headers.starts_with("http/1.1 206"), "{headers}");
    assert!(
        headers.contains(&format!("content-range: bytes 10-19/{}", layer.len())),
        "{headers}"
    );
    assert!(
        headers.contains(&format!("etag: \"{digest}\"")),
        "{headers}"
    );

    // A tampered URL is refused with an S3-style XML error.
    let tampered = url.replace("X-Amz-Expires=3600", "X-Amz-Expires=9999");
    let refused = curl(&["-w", "%{http_code}", &tampered]);
    let text = String::from_utf8_lossy(&refused.stdout);
    assert!(
        text.contains("<Code>SignatureDoesNotMatch</Code>") && text.ends_with("403"),
        "{text}"
    );

    // Every GetDownloadUrlForLayer error that can arise here, as the CLI shows it.
    aws_err(
        &s,
        &[
            "get-download-url-for-layer",
            "--repository-name",
            "no/such",
            "--layer-digest",
            &digest,
        ],
        "RepositoryNotFoundException",
        "GetDownloadUrlForLayer",
    );
    let unknown = sha256(b"never uploaded");
    aws_err(
        &s,
        &[
            "get-download-url-for-layer",
            "--repository-name",
            repo,
            "--layer-digest",
            &unknown,
        ],
        "LayersNotFoundException",
        "GetDownloadUrlForLayer",
    );
    let e = aws_err(
        &s,
        &[
            "get-download-url-for-layer",
            "--repository-name",
            "UPPER",
            "--layer-digest",
            "nope",
        ],
        "InvalidParameterException",
        "GetDownloadUrlForLayer",
    );
    assert!(e.contains("2 validation errors detected"), "{e}");
    assert!(e.contains("Value at 'layerDigest' failed to satisfy constraint: Member must satisfy regular expression pattern"), "{e}");

    // Upload protocol errors.
    let up = aws_ok(&s, &["initiate-layer-upload", "--repository-name", repo]);
    let id = up["uploadId"].as_str().unwrap();
    let part = tmp.path().join("p");
    std::fs::write(&part, b"abc").unwrap();
    let blob = format!("fileb://{}", part.display());
    aws_err(
        &s,
        &[
            "upload-layer-part",
            "--repository-name",
            repo,
            "--upload-id",
            id,
            "--part-first-byte",
            "5",
            "--part-last-byte",
            "7",
            "--layer-part-blob",
            &blob,
        ],
        "InvalidLayerPartException",
        "UploadLayerPart",
    );
    aws_err(
        &s,
        &[
            "complete-layer-upload",
            "--repository-name",
            repo,
            "--upload-id",
            id,
            "--layer-digests",
            &digest,
        ],
        "EmptyUploadException",
        "CompleteLayerUpload",
    );
    aws_ok(
        &s,
        &[
            "upload-layer-part",
            "--repository-name",
            repo,
            "--upload-id",
            id,
            "--part-first-byte",
            "0",
            "--part-last-byte",
            "2",
            "--layer-part-blob",
            &blob,
        ],
    );
    aws_err(
        &s,
        &[
            "complete-layer-upload",
            "--repository-name",
            repo,
            "--upload-id",
            id,
            "--layer-digests",
            &digest,
        ],
        "InvalidLayerException",
        "CompleteLayerUpload",
    );

    // Authentication: unsigned, unknown key, wrong secret.
    aws_err(
        &s,
        &["describe-repositories", "--no-sign-request"],
        "MissingAuthenticationTokenException",
        "DescribeRepositories",
    );
    let mut cmd = Command::new("aws");
    let out = aws_env(&mut cmd, &s)
        .env("AWS_SECRET_ACCESS_KEY", "wrong")
        .args(["ecr", "describe-repositories", "--endpoint-url", &s.url])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("(InvalidSignatureException)"));
    let mut cmd = Command::new("aws");
    let out = aws_env(&mut cmd, &s)
        .env("AWS_ACCESS_KEY_ID", "AKIAUNKNOWN")
        .args(["ecr", "describe-repositories", "--endpoint-url", &s.url])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("(UnrecognizedClientException)"));
    // Signed for another region than the server's.
    let mut cmd = Command::new("aws");
    let out = aws_env(&mut cmd, &s)
        .args(["ecr", "describe-repositories", "--region", "eu-west-1"])
        .args(["--endpoint-url", &s.url])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("(InvalidSignatureException)") && err.contains("eu-west-1"),
        "{err}"
    );
    // Unsigned: the missing token, also for an operation that does not exist
    // (no hint about which operations exist).
    for op in ["DescribeRepositories", "NoSuchOperation"] {
        let text = post_raw(&s, op, &[]);
        assert!(
            text.contains("\"__type\":\"MissingAuthenticationTokenException\"")
                && text.ends_with("403"),
            "{op}: {text}"
        );
    }

    // A signature over headers without `host` (SigV4 requires it signed): a
    // typed 403, not a dropped connection (aws-sigv4 panicked on it).
    let now = Command::new("date")
        .args(["-u", "+%Y%m%dT%H%M%SZ"])
        .output()
        .unwrap();
    let now = String::from_utf8_lossy(&now.stdout).trim().to_owned();
    let authorization = format!(
        "authorization: AWS4-HMAC-SHA256 Credential={}/{}/us-west-2/ecr/aws4_request, \
         SignedHeaders=x-amz-date;x-amz-target, Signature={}",
        s.akid,
        &now[..8],
        "0".repeat(64)
    );
    let text = post_raw(
        &s,
        "DescribeRepositories",
        &[&format!("x-amz-date: {now}"), &authorization],
    );
    assert!(
        text.contains("\"__type\":\"IncompleteSignatureException\"")
            && text.contains("'Host'")
            && text.ends_with("403"),
        "{text}"
    );

    // Kill -9 and restart: everything acknowledged is still there.
    let _ = s.child.kill();
    let _ = s.child.wait();
    s = start(&data, &[]);
    let url = aws_ok(&s, &get)["downloadUrl"].as_str().unwrap().to_owned();
    assert_eq!(sha256(&curl(&[&url]).stdout), digest);
    let listed = aws_ok(&s, &["list-images", "--repository-name", repo]);
    assert_eq!(listed["imageIds"][0]["imageTag"], "v1");

    // A storage failure (the schema damaged behind the server's back) is a
    // ServerException, not a crash.
    let db = s.data.join("registry.db");
    let py = format!("import sqlite3; c = sqlite3.connect({:?}); c.execute('ALTER TABLE image_layers RENAME TO broken'); c.commit()", db.display().to_string());
    assert!(Command::new("python3")
        .args(["-c", &py])
        .status()
        .unwrap()
        .success());
    let e = aws_err(&s, &get, "ServerException", "GetDownloadUrlForLayer");
    assert!(e.contains("(reached max retries: 0)"), "{e}");
}

/// POSTs `{}` to operation `op` with curl, with `headers` besides its target
/// and content type: the response body, then the status on a line of its own.
fn post_raw(s: &Server, op: &str, headers: &[&str]) -> String {
    let target = format!("x-amz-target: AmazonEC2ContainerRegistry_V20150921.{op}");
    let mut args = vec!["-w", "\n%{http_code}", "-X", "POST", "-H", &target];
    args.extend(["-H", "content-type: application/x-amz-json-1.1"]);
    for header in headers {
        args.extend(["-H", header]);
    }
    args.extend(["-d", "{}", &s.url]);
    String::from_utf8_lossy(&curl(&args).stdout).into_owned()
}

/// The registry's plugins on the generated server: a read-only key may list,
/// describe and pull (ECR API and `/v2/`) but not write; `/metrics` counts
/// every operation's responses by status class.
#[test]
fn read_only_keys_and_per_operation_metrics() {
    if !have("aws", &["--version"]) || !have("curl", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let s = start(
        &tmp.path().join("data"),
        &["--read-only-key", "AKIAREADONLY:readonlysecret"],
    );
    aws_ok(&s, &["create-repository", "--repository-name", "web"]);
    let digest = cli_upload(&s, tmp.path(), "web", b"a layer", 1 << 20);
    let reader = Server {
        child: Command::new("true").spawn().unwrap(),
        url: s.url.clone(),
        akid: "AKIAREADONLY".into(),
        secret: "readonlysecret".into(),
        data: s.data.clone(),
    };
    // Reads pass, writes are refused before the handler runs.
    let repos = aws_ok(&reader, &["describe-repositories"]);
    assert_eq!(repos["repositories"][0]["repositoryName"], "web");
    let err = aws_err(
        &reader,
        &["create-repository", "--repository-name", "other"],
        "AccessDeniedException",
        "CreateRepository",
    );
    assert!(
        err.contains("ecr:CreateRepository") && err.contains("AKIAREADONLY"),
        "{err}"
    );
    aws_err(
        &reader,
        &["initiate-layer-upload", "--repository-name", "web"],
        "AccessDeniedException",
        "InitiateLayerUpload",
    );
    let names = aws_ok(&s, &["describe-repositories"]);
    assert_eq!(names["repositories"].as_array().unwrap().len(), 1);
    // The read-only key's registry password pulls but cannot push.
    let token = aws_ok(&reader, &["get-authorization-token"]);
    let token = token["authorizationData"][0]["authorizationToken"]
        .as_str()
        .unwrap()
        .to_owned();
    let auth = format!("Authorization: Basic {token}");
    let blob = format!("{}/v2/web/blobs/{digest}", s.url);
    let got = curl(&["-H", &auth, &blob]);
    assert_eq!(got.stdout, b"a layer");
    let push = curl(&[
        "-w",
        "\n%{http_code}",
        "-X",
        "POST",
        "-H",
        &auth,
        &format!("{}/v2/web/blobs/uploads/", s.url),
    ]);
    let text = String::from_utf8_lossy(&push.stdout);
    assert!(
        text.contains("\"DENIED\"") && text.ends_with("403"),
        "{text}"
    );
    // The read-write key's password still pushes.
    let rw = aws_ok(&s, &["get-authorization-token"]);
    let rw = rw["authorizationData"][0]["authorizationToken"]
        .as_str()
        .unwrap()
        .to_owned();
    let push = curl(&[
        "-w",
        "%{http_code}",
        "-o",
        "/dev/null",
        "-X",
        "POST",
        "-H",
        &format!("Authorization: Basic {rw}"),
        &format!("{}/v2/web/blobs/uploads/", s.url),
    ]);
    assert_eq!(String::from_utf8_lossy(&push.stdout), "202");
    // A forged pre-signed download is refused.
    let forged = curl(&[
        "-w",
        "%{http_code}",
        "-o",
        "/dev/null",
        &format!("{blob}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=00"),
    ]);
    assert_eq!(String::from_utf8_lossy(&forged.stdout), "403");
    // Metrics: per operation, by status class.
    let metrics = curl(&[&format!("{}/metrics", s.url)]);
    let text = String::from_utf8_lossy(&metrics.stdout);
    for line in [
        "ecr_requests_total{operation=\"CreateRepository\",status=\"2xx\"} 1",
        "ecr_requests_total{operation=\"CreateRepository\",status=\"4xx\"} 1",
        "ecr_requests_total{operation=\"InitiateLayerUpload\",status=\"2xx\"} 1",
        "ecr_requests_total{operation=\"InitiateLayerUpload\",status=\"4xx\"} 1",
        "ecr_requests_total{operation=\"DescribeRepositories\",status=\"2xx\"} 2",
        "ecr_requests_total{operation=\"GetAuthorizationToken\",status=\"2xx\"} 2",
        "ecr_request_duration_seconds_count{operation=\"DescribeRepositories\"} 2",
        // The /v2/ API and pre-signed downloads, by route and method.
        "registry_http_requests_total{route=\"blobs\",method=\"GET\",status=\"2xx\"} 1",
        "registry_http_requests_total{route=\"uploads\",method=\"POST\",status=\"2xx\"} 1",
        "registry_http_requests_total{route=\"uploads\",method=\"POST\",status=\"4xx\"} 1",
        "registry_http_requests_total{route=\"download\",method=\"GET\",status=\"4xx\"} 1",
        "registry_http_request_duration_seconds_count{route=\"uploads\",method=\"POST\"} 2",
    ] {
        assert!(
            text.lines().any(|l| l == line),
            "{line} missing in:\n{text}"
        );
    }
    assert!(!text.contains("PutImage"), "{text}");
}

#[test]
fn expired_urls_are_refused() {
    if !have("curl", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    // The URL's X-Amz-Date has whole seconds, so a URL lives between
    // expiry - 1 and expiry seconds: 5 leaves room for a loaded machine.
    let s = start(&tmp.path().join("data"), &["--url-expiry", "5"]);
    let rt = tokio::runtime::Runtime::new().unwrap();
    let url = rt.block_on(push_with_client(&s, b"short-lived layer"));
    assert_eq!(curl(&[&url]).stdout, b"short-lived layer");
    std::thread::sleep(Duration::from_millis(6100));
    let out = curl(&["-w", "%{http_code}", &url]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("<Code>AccessDenied</Code>")
            && text.contains("Request has expired")
            && text.ends_with("403"),
        "{text}"
    );
}

fn client(s: &Server) -> ecr_client_sdk::Client {
    use ecr_client_sdk::{Config, Credentials};
    ecr_client_sdk::Client::new(
        Config::new()
            .region("us-west-2")
            .endpoint_url(&s.url)
            .credentials_provider(Credentials::new(&s.akid, &s.secret, None, None, "test"))
            .max_attempts(1),
    )
}

/// Creates `web`, uploads `layer` and a config, puts an image; returns the layer's URL.
async fn push_with_client(s: &Server, layer: &[u8]) -> String {
    let c = client(s);
    c.create_repository()
        .repository_name("web")
        .send()
        .await
        .unwrap();
    let mut digests = Vec::new();
    for data in [layer, b"{}".as_slice()] {
        let up = c
            .initiate_layer_upload()
            .repository_name("web")
            .send()
            .await
            .unwrap();
        let id = up.upload_id.unwrap();
        c.upload_layer_part()
            .repository_name("web")
            .upload_id(&id)
            .part_first_byte(0)
            .part_last_byte(data.len() as i64 - 1)
            .layer_part_blob(codegen_rt::Blob::new(data.to_vec()))
            .send()
            .await
            .unwrap();
        let d = sha256(data);
        c.complete_layer_upload()
            .repository_name("web")
            .upload_id(&id)
            .layer_digests(d.clone())
            .send()
            .await
            .unwrap();
        digests.push(d);
    }
    c.put_image()
        .repository_name("web")
        .image_tag("latest")
        .image_manifest(manifest(&digests[1], &[(&digests[0], layer.len())]))
        .send()
        .await
        .unwrap();
    c.get_download_url_for_layer()
        .repository_name("web")
        .layer_digest(&digests[0])
        .send()
        .await
        .unwrap()
        .download_url
        .unwrap()
}

#[tokio::test]
async fn generated_client_against_the_server() {
    use ecr_client_sdk::ecr_types::error::GetDownloadUrlForLayerError as E;
    let tmp = tempfile::tempdir().unwrap();
    let s = start(&tmp.path().join("data"), &[]);
    let url = push_with_client(&s, b"layer bytes").await;
    let got = reqwest::get(&url).await.unwrap();
    assert_eq!(got.status(), 200);
    assert_eq!(got.bytes().await.unwrap().as_ref(), b"layer bytes");

    let c = client(&s);
    let err =
        |r: Result<_, ecr_client_sdk::SdkError<E>>| r.unwrap_err().into_service_error().unwrap();
    let missing = c
        .get_download_url_for_layer()
        .repository_name("nope")
        .layer_digest(sha256(b"x"))
        .send()
        .await;
    assert!(matches!(err(missing), E::RepositoryNotFoundException(_)));
    let unknown = c
        .get_download_url_for_layer()
        .repository_name("web")
        .layer_digest(sha256(b"x"))
        .send()
        .await;
    assert!(matches!(err(unknown), E::LayersNotFoundException(_)));
    let unchecked = ecr_client_sdk::Client::new(client(&s).config().clone().validate_input(false));
    let invalid = unchecked
        .get_download_url_for_layer()
        .repository_name("x")
        .layer_digest("y")
        .send()
        .await;
    assert!(matches!(err(invalid), E::InvalidParameterException(_)));

    // An unsigned request is refused with the error real clients understand.
    let resp = reqwest::Client::new()
        .post(&s.url)
        .header(
            "x-amz-target",
            "AmazonEC2ContainerRegistry_V20150921.DescribeRepositories",
        )
        .header("content-type", "application/x-amz-json-1.1")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 403);
    let v: serde_json::Value = serde_json::from_slice(&resp.bytes().await.unwrap()).unwrap();
    assert_eq!(v["__type"], "MissingAuthenticationTokenException");
}

#[test]
fn boto3_push_and_download() {
    if !have("python3", &["-c", "import boto3"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let s = start(&tmp.path().join("data"), &[]);
    let script = r#"
import hashlib, json, os, sys, urllib.request
import boto3, botocore
ecr = boto3.client("ecr", endpoint_url=sys.argv[1], region_name="us-west-2",
                   aws_access_key_id=sys.argv[2], aws_secret_access_key=sys.argv[3],
                   config=botocore.config.Config(retries={"max_attempts": 1}))
ecr.create_repository(repositoryName="py/app")
def upload(data):
    up = ecr.initiate_layer_upload(repositoryName="py/app")
    ecr.upload_layer_part(repositoryName="py/app", uploadId=up["uploadId"], partFirstByte=0,
                          partLastByte=len(data) - 1, layerPartBlob=data)
    d = "sha256:" + hashlib.sha256(data).hexdigest()
    ecr.complete_layer_upload(repositoryName="py/app", uploadId=up["uploadId"], layerDigests=[d])
    return d
layer = os.urandom(70000)
ld, cd = upload(layer), upload(b"{}")
manifest = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
    "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "size": 2, "digest": cd},
    "layers": [{"mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip", "size": len(layer), "digest": ld}]})
ecr.put_image(repositoryName="py/app", imageManifest=manifest, imageTag="v1")
assert ecr.batch_check_layer_availability(repositoryName="py/app", layerDigests=[ld])["layers"][0]["layerAvailability"] == "AVAILABLE"
url = ecr.get_download_url_for_layer(repositoryName="py/app", layerDigest=ld)["downloadUrl"]
body = urllib.request.urlopen(url, timeout=20).read()
assert "sha256:" + hashlib.sha256(body).hexdigest() == ld
try:
    ecr.get_download_url_for_layer(repositoryName="py/none", layerDigest=ld)
    raise SystemExit("expected an error")
except ecr.exceptions.RepositoryNotFoundException as e:
    assert e.response["Error"]["Code"] == "RepositoryNotFoundException"
try:
    ecr.get_download_url_for_layer(repositoryName="py/app", layerDigest="sha256:" + "0" * 64)
    raise SystemExit("expected an error")
except ecr.exceptions.LayersNotFoundException:
    pass
print("ok")
"#;
    let out = Command::new("python3")
        .args(["-c", script, &s.url, &s.akid, &s.secret])
        .env("AWS_CONFIG_FILE", "/dev/null")
        .env("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
        .output()
        .unwrap();
    assert!(
        out.status.success() && out.stdout == b"ok\n",
        "boto3 flow failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn sigterm_shuts_down_gracefully() {
    let tmp = tempfile::tempdir().unwrap();
    let mut s = start(&tmp.path().join("data"), &[]);
    let pid = s.child.id().to_string();
    assert!(Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap()
        .success());
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(status) = s.child.try_wait().unwrap() {
            assert!(status.success(), "exit status after SIGTERM: {status}");
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "server still running 10 s after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[tokio::test]
async fn paginators_follow_next_token() {
    let tmp = tempfile::tempdir().unwrap();
    let s = start(&tmp.path().join("data"), &[]);
    let c = client(&s);
    for name in ["a1", "b2", "c3", "d4", "e5"] {
        c.create_repository()
            .repository_name(name)
            .send()
            .await
            .unwrap();
    }
    let mut pages = c.describe_repositories().max_results(2).into_paginator();
    let mut sizes = Vec::new();
    while let Some(page) = pages.next_page().await {
        sizes.push(page.unwrap().repositories.unwrap_or_default().len());
    }
    assert_eq!(sizes, [2, 2, 1]);
    let names: Vec<String> = c
        .describe_repositories()
        .max_results(2)
        .into_paginator()
        .items()
        .await
        .unwrap()
        .into_iter()
        .filter_map(|r| r.repository_name)
        .collect();
    assert_eq!(names, ["a1", "b2", "c3", "d4", "e5"]);
    // The same as streams of pages and of items.
    use futures_util::StreamExt as _;
    let pages: Vec<_> = c
        .describe_repositories()
        .max_results(2)
        .into_paginator()
        .into_stream()
        .collect()
        .await;
    assert_eq!(pages.len(), 3);
    let streamed: Vec<String> = c
        .describe_repositories()
        .max_results(2)
        .into_paginator()
        .into_item_stream()
        .map(|r| r.unwrap().repository_name.unwrap_or_default())
        .collect()
        .await;
    assert_eq!(streamed, names);
    // A failing page ends the stream with its error.
    let failed: Vec<_> = c
        .list_images()
        .repository_name("no-such-repo")
        .into_paginator()
        .into_item_stream()
        .collect()
        .await;
    assert_eq!(failed.len(), 1);
    assert!(failed[0].is_err());
    // One page only, as `--no-paginate` would.
    let one = c
        .describe_repositories()
        .max_results(2)
        .send()
        .await
        .unwrap();
    assert_eq!(one.repositories.unwrap().len(), 2);
    assert!(one.next_token.is_some());
}
