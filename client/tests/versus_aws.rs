//! `ecr` and the real AWS CLI (`aws ecr`) against the same registry server on
//! 127.0.0.1: same stdout, stderr and exit code for the same command, and what
//! `ecr` does beyond it. A missing `aws` skips these tests with a printed
//! reason, except under `CI=true`, where it fails them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use codegen_rt::sigv4::Keys;
use ecr_server::app::{self, App};
use sha2::{Digest, Sha256};

const AKID: &str = "AKIDCLITESTS00000001";
const SECRET: &str = "cli/tests/secret/key/0000000000000000000";

struct Server {
    url: String,
    _data: tempfile::TempDir,
    _stop: tokio::sync::oneshot::Sender<()>,
}

/// A registry server on an ephemeral port, in a thread of this process.
fn start() -> Server {
    let data = tempfile::tempdir().unwrap();
    let mut keys = Keys::default();
    keys.add(AKID, SECRET);
    let config = app::Config {
        region: "us-west-2".into(),
        account_id: "123456789012".into(),
        body_limit: 32 << 20,
        lifecycle_interval: None,
        ..app::Config::new(data.path(), keys)
    };
    let (addr_tx, addr_rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let app = App::open(&config).expect("store opens");
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            addr_tx.send(app::local_addr(&listener)).unwrap();
            app::serve(app, listener, async {
                let _ = stop_rx.await;
            })
            .await
            .unwrap();
        });
    });
    let addr = addr_rx
        .recv_timeout(Duration::from_secs(20))
        .expect("server starts");
    Server {
        url: format!("http://{addr}"),
        _data: data,
        _stop: stop_tx,
    }
}

/// Whether the AWS CLI runs here; under CI=true its absence is a failure.
fn have_aws() -> bool {
    static HAVE: OnceLock<bool> = OnceLock::new();
    *HAVE.get_or_init(|| {
        let ok = Command::new("aws")
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("CI=true but the AWS CLI (`aws`) is not available (.ci/run installs it)");
            }
            eprintln!("skipping: the AWS CLI (`aws`) is not available");
        }
        ok
    })
}

/// The same clean environment for both tools: these credentials, no shared
/// files, one attempt, no pager.
fn env(cmd: &mut Command) -> &mut Command {
    for var in [
        "AWS_PROFILE",
        "AWS_DEFAULT_PROFILE",
        "AWS_REGION",
        "AWS_SESSION_TOKEN",
        "AWS_ENDPOINT_URL",
        "AWS_ENDPOINT_URL_ECR",
        "AWS_DEFAULT_OUTPUT",
        "AWS_RETRY_MODE",
        "AWS_CA_BUNDLE",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("AWS_ACCESS_KEY_ID", AKID)
        .env("AWS_SECRET_ACCESS_KEY", SECRET)
        .env("AWS_DEFAULT_REGION", "us-west-2")
        .env("AWS_CONFIG_FILE", "/dev/null")
        .env("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
        .env("AWS_MAX_ATTEMPTS", "1")
        .env("AWS_PAGER", "")
        .stdin(Stdio::null())
}

fn ecr_cmd(s: &Server, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ecr"));
    // The server's address first, so that a test's own --endpoint-url wins.
    env(&mut cmd).args(["--endpoint-url", &s.url]).args(args);
    cmd
}

fn ecr(s: &Server, args: &[&str]) -> Output {
    ecr_cmd(s, args).output().expect("ecr runs")
}

fn aws_cmd(s: &Server, args: &[&str]) -> Command {
    let mut cmd = Command::new("aws");
    env(&mut cmd)
        .args(["--endpoint-url", &s.url, "ecr"])
        .args(args);
    cmd
}

fn aws(s: &Server, args: &[&str]) -> Output {
    aws_cmd(s, args).output().expect("aws runs")
}

fn ecr_ok(s: &Server, args: &[&str]) -> serde_json::Value {
    let out = ecr(s, args);
    assert!(
        out.status.success(),
        "ecr {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null)
}

/// Pre-signed URLs carry the second they were signed and their signature;
/// both are replaced by same-width placeholders (so table widths still count).
fn normalize(text: &[u8]) -> String {
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"(X-Amz-Date=)\d{8}T\d{6}Z|(X-Amz-Signature=)[0-9a-f]{64}").unwrap()
    });
    let text = String::from_utf8_lossy(text);
    re.replace_all(&text, |c: &regex::Captures<'_>| {
        let whole = &c[0];
        let (prefix, rest) = whole.split_at(whole.find('=').unwrap() + 1);
        format!("{prefix}{}", "x".repeat(rest.len()))
    })
    .into_owned()
}

/// Runs `args` with both tools; asserts the same exit code, stdout and
/// stderr, and returns ecr's output.
fn same(s: &Server, args: &[&str]) -> Output {
    let a = aws(s, args);
    let e = ecr(s, args);
    assert_eq!(
        (a.status.code(), normalize(&a.stdout), normalize(&a.stderr)),
        (e.status.code(), normalize(&e.stdout), normalize(&e.stderr)),
        "aws (left) and ecr (right) differ for {args:?}"
    );
    e
}

fn sha256(data: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(data)))
}

fn random(n: usize, seed: u64) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

/// A repository holding one image with one layer, pushed with `ecr`'s
/// upload-layer and put-image. Returns the layer's digest and bytes.
fn push(s: &Server, dir: &Path, repo: &str, size: usize) -> (String, Vec<u8>) {
    ecr_ok(s, &["create-repository", "--repository-name", repo]);
    let layer = random(size, size as u64);
    let layer_path = dir.join(format!("{repo}.layer"));
    std::fs::write(&layer_path, &layer).unwrap();
    let config_path = dir.join(format!("{repo}.config"));
    std::fs::write(&config_path, b"{}").unwrap();
    for (path, data) in [(&layer_path, &layer[..]), (&config_path, &b"{}"[..])] {
        let up = ecr_ok(
            s,
            &[
                "upload-layer",
                "--repository-name",
                repo,
                "--part-size",
                "700000",
                path.to_str().unwrap(),
            ],
        );
        assert_eq!(up["layerDigest"], sha256(data));
        assert_eq!(up["uploaded"], true);
    }
    let manifest = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
        "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "size": 2, "digest": sha256(b"{}")},
        "layers": [{"mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip", "size": size, "digest": sha256(&layer)}],
    });
    let manifest_path = dir.join(format!("{repo}.manifest"));
    std::fs::write(&manifest_path, manifest.to_string()).unwrap();
    let file_arg = format!("file://{}", manifest_path.display());
    ecr_ok(
        s,
        &[
            "put-image",
            "--repository-name",
            repo,
            "--image-tag",
            "v1",
            "--image-manifest",
            &file_arg,
        ],
    );
    (sha256(&layer), layer)
}

#[test]
fn get_download_url_for_layer_prints_what_aws_prints() {
    if !have_aws() {
        return;
    }
    let s = start();
    let dir = tempfile::tempdir().unwrap();
    let (digest, _) = push(&s, dir.path(), "cluster-autoscaler", 1_500_000);
    let base = [
        "get-download-url-for-layer",
        "--repository-name",
        "cluster-autoscaler",
        "--layer-digest",
        &digest,
    ];
    let with = |extra: &[&'static str]| -> Vec<String> {
        base.iter()
            .copied()
            .chain(extra.iter().copied())
            .map(str::to_owned)
            .collect()
    };
    let run = |args: Vec<String>| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        same(&s, &args)
    };

    // Output formats, and --query with each.
    let json = run(with(&["--output", "json"]));
    let text = String::from_utf8(json.stdout).unwrap();
    assert!(
        text.starts_with("{\n    \"downloadUrl\": \"http://127.0.0.1:"),
        "{text}"
    );
    run(with(&[]));
    let t = run(with(&["--output", "text"]));
    assert_eq!(String::from_utf8(t.stdout).unwrap().split('\t').count(), 2);
    let table = run(with(&["--output", "table"]));
    assert!(String::from_utf8(table.stdout)
        .unwrap()
        .contains("GetDownloadUrlForLayer"));
    for output in ["json", "text", "table"] {
        run(with(&["--query", "downloadUrl", "--output", output]));
        run(with(&[
            "--query",
            "[layerDigest, downloadUrl]",
            "--output",
            output,
        ]));
    }
    run(with(&["--color", "off", "--output", "table"]));

    // Modeled errors from the server.
    let e = same(
        &s,
        &[
            "get-download-url-for-layer",
            "--repository-name",
            "nope",
            "--layer-digest",
            &digest,
        ],
    );
    assert_eq!(e.status.code(), Some(255));
    assert!(String::from_utf8_lossy(&e.stderr).starts_with(
        "\nAn error occurred (RepositoryNotFoundException) when calling the GetDownloadUrlForLayer operation: "
    ));
    let missing = format!("sha256:{}", "0".repeat(64));
    let e = same(
        &s,
        &[
            "get-download-url-for-layer",
            "--repository-name",
            "cluster-autoscaler",
            "--layer-digest",
            &missing,
        ],
    );
    assert!(String::from_utf8_lossy(&e.stderr).contains("(LayersNotFoundException)"));
    let e = same(
        &s,
        &with(&["--no-sign-request"])
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    assert_eq!(e.status.code(), Some(255));

    // Client-side validation that botocore does too: the same words.
    let e = same(
        &s,
        &[
            "get-download-url-for-layer",
            "--repository-name",
            "a",
            "--layer-digest",
            &digest,
        ],
    );
    assert_eq!(
        String::from_utf8_lossy(&e.stderr),
        "\nParameter validation failed:\nInvalid length for parameter repositoryName, value: 1, valid min length: 2\n"
    );

    // --cli-input-json: alone, overridden by a flag, missing and unknown keys, bad JSON.
    let doc = format!(r#"{{"repositoryName":"nope","layerDigest":"{digest}"}}"#);
    run(vec![
        "get-download-url-for-layer".into(),
        "--cli-input-json".into(),
        doc.clone(),
    ]);
    let ok = run(vec![
        "get-download-url-for-layer".into(),
        "--cli-input-json".into(),
        doc,
        "--repository-name".into(),
        "cluster-autoscaler".into(),
        "--query".into(),
        "layerDigest".into(),
    ]);
    assert_eq!(ok.status.code(), Some(0));
    let e = same(
        &s,
        &[
            "get-download-url-for-layer",
            "--cli-input-json",
            r#"{"repositoryName":"r1"}"#,
        ],
    );
    assert_eq!(
        String::from_utf8_lossy(&e.stderr),
        "\nParameter validation failed:\nMissing required parameter in input: \"layerDigest\"\n"
    );
    same(
        &s,
        &[
            "get-download-url-for-layer",
            "--cli-input-json",
            r#"{"repositoryName":"r1","layerDigest":"sha256:ab","bogus":1}"#,
        ],
    );
    let e = ecr(
        &s,
        &[
            "get-download-url-for-layer",
            "--cli-input-json",
            "{not json",
        ],
    );
    assert_eq!(e.status.code(), Some(255));
    assert!(String::from_utf8_lossy(&e.stderr)
        .starts_with("\nError parsing parameter 'cli-input-json': Invalid JSON: "));

    // Skeletons.
    same(
        &s,
        &["get-download-url-for-layer", "--generate-cli-skeleton"],
    );
    same(
        &s,
        &[
            "get-download-url-for-layer",
            "--generate-cli-skeleton",
            "input",
        ],
    );
    for output in ["json", "text"] {
        same(
            &s,
            &[
                "get-download-url-for-layer",
                "--repository-name",
                "r1",
                "--layer-digest",
                "sha256:abc",
                "--generate-cli-skeleton",
                "output",
                "--output",
                output,
            ],
        );
    }
    same(
        &s,
        &[
            "get-download-url-for-layer",
            "--repository-name",
            "r",
            "--layer-digest",
            "sha256:abc",
            "--generate-cli-skeleton",
            "output",
        ],
    );

    // Missing required flags: a usage error (exit 2) from both.
    let a = aws(
        &s,
        &["get-download-url-for-layer", "--repository-name", "x1"],
    );
    let e = ecr(
        &s,
        &["get-download-url-for-layer", "--repository-name", "x1"],
    );
    assert_eq!((a.status.code(), e.status.code()), (Some(2), Some(2)));
    assert!(String::from_utf8_lossy(&e.stderr)
        .contains("error: the following arguments are required: --layer-digest"));
}

#[test]
fn unreachable_endpoint_and_shared_config_files() {
    if !have_aws() {
        return;
    }
    let s = start();
    let dir = tempfile::tempdir().unwrap();
    let (digest, _) = push(&s, dir.path(), "shared-config", 1000);

    // Nothing listens on port 1.
    let args = [
        "get-download-url-for-layer",
        "--repository-name",
        "shared-config",
        "--layer-digest",
        &digest,
        "--endpoint-url",
        "http://127.0.0.1:1",
    ];
    let e = same(&s, &args);
    assert_eq!(
        String::from_utf8_lossy(&e.stderr),
        "\nCould not connect to the endpoint URL: \"http://127.0.0.1:1/\"\n"
    );

    // Region and credentials from a named profile; none in the environment.
    let config = dir.path().join("config");
    let credentials = dir.path().join("credentials");
    std::fs::write(&config, "[profile tests]\nregion = us-west-2\noutput = text\n\n[profile wrong]\nregion = us-west-2\n").unwrap();
    std::fs::write(
        &credentials,
        format!("[tests]\naws_access_key_id = {AKID}\naws_secret_access_key = {SECRET}\n\n[wrong]\naws_access_key_id = {AKID}\naws_secret_access_key = not-the-secret\n"),
    )
    .unwrap();
    let both = |profile: &str| {
        let args = [
            "get-download-url-for-layer",
            "--repository-name",
            "shared-config",
            "--layer-digest",
            &digest,
            "--profile",
            profile,
            "--query",
            "layerDigest",
        ];
        let mut outs = Vec::new();
        for mut cmd in [aws_cmd(&s, &args), ecr_cmd(&s, &args)] {
            let out = cmd
                .env("AWS_CONFIG_FILE", &config)
                .env("AWS_SHARED_CREDENTIALS_FILE", &credentials)
                .env_remove("AWS_DEFAULT_REGION")
                .env_remove("AWS_ACCESS_KEY_ID")
                .env_remove("AWS_SECRET_ACCESS_KEY")
                .output()
                .unwrap();
            outs.push((
                out.status.code(),
                normalize(&out.stdout),
                normalize(&out.stderr),
            ));
        }
        assert_eq!(
            outs[0], outs[1],
            "aws (left) and ecr (right) with --profile {profile}"
        );
        outs.pop().unwrap()
    };
    let (code, stdout, _) = both("tests");
    assert_eq!((code, stdout), (Some(0), format!("{digest}\n")));
    let (code, _, stderr) = both("wrong");
    assert_eq!(code, Some(255));
    assert!(stderr.contains("An error occurred ("), "{stderr}");
    std::fs::write(&config, "[profile wrong]\noutput = text\n").unwrap();
    let (code, _, stderr) = both("wrong");
    assert_eq!(code, Some(255));
    assert!(stderr.starts_with("You must specify a region."), "{stderr}");
    let (code, _, stderr) = both("absent");
    assert_eq!(code, Some(255));
    assert!(
        stderr.contains("The config profile (absent) could not be found"),
        "{stderr}"
    );
}

#[test]
fn lists_tables_and_pages_print_what_aws_prints() {
    if !have_aws() {
        return;
    }
    let s = start();
    let dir = tempfile::tempdir().unwrap();
    let (digest, _) = push(&s, dir.path(), "pages-a", 2000);
    push(&s, dir.path(), "pages-b", 3000);
    push(&s, dir.path(), "pages-c", 4000);
    for output in ["json", "text", "table"] {
        same(&s, &["describe-repositories", "--output", output]);
        // Pages of one, followed to the end.
        same(
            &s,
            &[
                "describe-repositories",
                "--page-size",
                "1",
                "--output",
                output,
            ],
        );
        same(
            &s,
            &[
                "batch-check-layer-availability",
                "--repository-name",
                "pages-a",
                "--layer-digests",
                &digest,
                "sha256:0000000000000000000000000000000000000000000000000000000000000000",
                "--output",
                output,
            ],
        );
        same(
            &s,
            &[
                "batch-get-image",
                "--repository-name",
                "pages-b",
                "--image-ids",
                "imageTag=v1",
                "imageTag=nope",
                "--output",
                output,
            ],
        );
        same(
            &s,
            &[
                "list-images",
                "--repository-name",
                "pages-c",
                "--output",
                output,
            ],
        );
    }
    // One page only: the token is shown.
    let e = same(
        &s,
        &[
            "describe-repositories",
            "--max-results",
            "1",
            "--query",
            "nextToken",
        ],
    );
    assert_ne!(String::from_utf8_lossy(&e.stdout).trim(), "null");
    same(
        &s,
        &[
            "describe-repositories",
            "--no-paginate",
            "--max-results",
            "2",
            "--output",
            "text",
        ],
    );
    same(
        &s,
        &[
            "describe-repositories",
            "--query",
            "repositories[].[repositoryName, imageTagMutability]",
            "--output",
            "table",
        ],
    );
}

#[test]
fn beyond_the_aws_cli() {
    let s = start();
    let dir = tempfile::tempdir().unwrap();
    let (digest, layer) = push(&s, dir.path(), "beyond", 2_000_000);
    let base = [
        "get-download-url-for-layer",
        "--repository-name",
        "beyond",
        "--layer-digest",
        digest.as_str(),
    ];

    // YAML output, a YAML stream, YAML input and its skeleton.
    let json = ecr_ok(&s, &base);
    let out = ecr(&s, &[&base[..], &["--output", "yaml"]].concat());
    let yaml: serde_json::Value = serde_yaml::from_slice(&out.stdout).unwrap();
    assert_eq!(yaml["layerDigest"], json["layerDigest"]);
    let out = ecr(
        &s,
        &[
            "list-images",
            "--repository-name",
            "beyond",
            "--output",
            "yaml-stream",
        ],
    );
    let pages: Vec<serde_json::Value> = serde_yaml::from_slice(&out.stdout).unwrap();
    assert_eq!(pages[0]["imageIds"][0]["imageTag"], "v1");
    let skel = ecr(
        &s,
        &[
            "get-download-url-for-layer",
            "--generate-cli-skeleton",
            "yaml-input",
        ],
    );
    assert_eq!(
        String::from_utf8_lossy(&skel.stdout),
        "registryId: ''\nrepositoryName: ''\nlayerDigest: ''\n"
    );
    let input = format!("repositoryName: beyond\nlayerDigest: {digest}\n");
    let out = ecr_ok(
        &s,
        &[
            "get-download-url-for-layer",
            "--cli-input-yaml",
            &input,
            "--query",
            "layerDigest",
        ],
    );
    assert_eq!(out, digest.as_str());

    // Patterns and maximum lengths are checked before anything is sent (the
    // AWS CLI sends these and gets the server's InvalidParameterException).
    let out = ecr(
        &s,
        &[
            "get-download-url-for-layer",
            "--repository-name",
            "Beyond",
            "--layer-digest",
            "notadigest",
            "--registry-id",
            "123",
        ],
    );
    assert_eq!(out.status.code(), Some(255));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("\nParameter validation failed:\n"),
        "{stderr}"
    );
    for param in [
        "registryId, value: 123",
        "repositoryName, value: Beyond",
        "layerDigest, value: notadigest",
    ] {
        assert!(
            stderr.contains(&format!(
                "Invalid value for parameter {param}, valid pattern: "
            )),
            "{stderr}"
        );
    }
    let long = "a".repeat(300);
    let out = ecr(
        &s,
        &[
            "get-download-url-for-layer",
            "--repository-name",
            &long,
            "--layer-digest",
            &digest,
        ],
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains(
        "Invalid length for parameter repositoryName, value: 300, valid max length: 256"
    ));

    // download-layer: whole, then resumed from a partial file, then refused
    // when the partial file holds wrong bytes.
    let file = dir.path().join("layer.out");
    let part = dir.path().join("layer.out.part");
    let file_arg = file.to_str().unwrap();
    let dl = [
        "download-layer",
        "--repository-name",
        "beyond",
        "--layer-digest",
        digest.as_str(),
        "-o",
        file_arg,
    ];
    let r = ecr_ok(&s, &dl);
    assert_eq!(
        (r["size"].as_u64(), r["resumedFrom"].as_u64()),
        (Some(2_000_000), Some(0))
    );
    assert_eq!(std::fs::read(&file).unwrap(), layer);
    std::fs::remove_file(&file).unwrap();
    std::fs::write(&part, &layer[..700_000]).unwrap();
    let out = ecr(&s, &[&dl[..], &["--debug"]].concat());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("resuming download at byte 700000"));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["resumedFrom"].as_u64(), Some(700_000));
    assert_eq!(std::fs::read(&file).unwrap(), layer);
    assert!(!part.exists());
    std::fs::write(&part, vec![0u8; 700_000]).unwrap();
    let out = ecr(&s, &dl);
    assert_eq!(out.status.code(), Some(255));
    assert!(String::from_utf8_lossy(&out.stderr).contains("the partial file was removed"));
    assert!(!part.exists());

    // upload-layer skips a layer the repository already has.
    let layer_path: PathBuf = dir.path().join("beyond.layer");
    let again = ecr_ok(
        &s,
        &[
            "upload-layer",
            "--repository-name",
            "beyond",
            layer_path.to_str().unwrap(),
        ],
    );
    assert_eq!(again["uploaded"], false);
    assert_eq!(again["layerDigest"], digest.as_str());

    // Global options: --version, --color on, timeouts, binary format.
    let v = ecr(&s, &["--version"]);
    assert!(String::from_utf8_lossy(&v.stdout).starts_with("ecr/"));
    let colored = ecr(
        &s,
        &[&base[..], &["--output", "table", "--color", "on"]].concat(),
    );
    assert!(String::from_utf8_lossy(&colored.stdout).contains("\x1b[1m\x1b[34m"));
    let plain = ecr(
        &s,
        &[&base[..], &["--output", "table", "--color", "off"]].concat(),
    );
    assert!(!String::from_utf8_lossy(&plain.stdout).contains('\x1b'));
    let r = ecr(
        &s,
        &[
            &base[..],
            &[
                "--cli-read-timeout",
                "0",
                "--cli-connect-timeout",
                "5",
                "--query",
                "layerDigest",
            ],
        ]
        .concat(),
    );
    assert!(r.status.success());
    // A raw blob part is base64-encoded by the CLI.
    let up = ecr_ok(
        &s,
        &["initiate-layer-upload", "--repository-name", "beyond"],
    );
    let upload_id = up["uploadId"].as_str().unwrap();
    let part = ecr_ok(
        &s,
        &[
            "upload-layer-part",
            "--repository-name",
            "beyond",
            "--upload-id",
            upload_id,
            "--part-first-byte",
            "0",
            "--part-last-byte",
            "4",
            "--layer-part-blob",
            "hello",
            "--cli-binary-format",
            "raw-in-base64-out",
        ],
    );
    assert_eq!(part["lastByteReceived"], 4);
    let done = ecr_ok(
        &s,
        &[
            "complete-layer-upload",
            "--repository-name",
            "beyond",
            "--upload-id",
            upload_id,
            "--layer-digests",
            &sha256(b"hello"),
        ],
    );
    assert_eq!(done["layerDigest"], sha256(b"hello"));
}
