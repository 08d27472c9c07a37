//! What the tests that drive the real server binary share: starting it on
//! 127.0.0.1, the AWS CLI and curl, tool detection (a missing tool skips
//! locally and fails under `CI=true`), and test data.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use sha2::{Digest, Sha256};

pub struct Server {
    pub child: Child,
    pub url: String,
    pub akid: String,
    pub secret: String,
    pub data: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn start(data: &Path, extra: &[&str]) -> Server {
    start_in("us-west-2", "123456789012", data, extra)
}

/// A server for account `account` in `region`.
pub fn start_in(region: &str, account: &str, data: &Path, extra: &[&str]) -> Server {
    let log = std::fs::File::create(data.with_extension("log")).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_ecr-server"))
        .args([
            "--listen",
            "127.0.0.1:0",
            "--region",
            region,
            "--account-id",
            account,
            "--data-dir",
        ])
        .arg(data)
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(log)
        .spawn()
        .expect("ecr-server starts");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let (mut url, mut akid, mut secret) = (None, None, None);
    while url.is_none() || akid.is_none() || secret.is_none() {
        let line = lines
            .next()
            .expect("server prints its address and keys")
            .unwrap();
        if let Some(rest) = line.strip_prefix("ecr-server listening on ") {
            url = rest.split_whitespace().next().map(str::to_owned);
        } else if let Some(v) = line.trim().strip_prefix("export AWS_ACCESS_KEY_ID=") {
            akid = Some(v.to_owned());
        } else if let Some(v) = line.trim().strip_prefix("export AWS_SECRET_ACCESS_KEY=") {
            secret = Some(v.to_owned());
        }
    }
    // Keep draining stdout so the server never writes into a closed pipe.
    std::thread::spawn(move || for _ in lines {});
    Server {
        child,
        url: url.unwrap(),
        akid: akid.unwrap(),
        secret: secret.unwrap(),
        data: data.to_path_buf(),
    }
}

/// Whether `tool` runs here; under CI=true a missing tool is a failure.
pub fn have(tool: &str, probe: &[&str]) -> bool {
    let ok = Command::new(tool)
        .args(probe)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("CI=true but `{tool}` is not available (.ci/run installs it)");
        }
        eprintln!("skipping: `{tool}` is not available");
    }
    ok
}

pub fn sha256(data: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(data)))
}

/// An AWS CLI config that takes `http://...` parameter values as they are
/// (the CLI v1 would otherwise fetch them, e.g. `--upstream-registry-url`).
fn aws_config() -> PathBuf {
    let path =
        std::env::temp_dir().join(format!("ecr-server-tests-{}.awsconfig", std::process::id()));
    if !path.exists() {
        std::fs::write(&path, "[default]\ncli_follow_urlparam = false\n").unwrap();
    }
    path
}

pub fn aws_env<'a>(cmd: &'a mut Command, s: &Server) -> &'a mut Command {
    cmd.env("AWS_ACCESS_KEY_ID", &s.akid)
        .env("AWS_SECRET_ACCESS_KEY", &s.secret)
        .env("AWS_DEFAULT_REGION", "us-west-2")
        .env("AWS_CONFIG_FILE", aws_config())
        .env("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
        .env("AWS_MAX_ATTEMPTS", "1")
        .env("AWS_PAGER", "")
        .env_remove("AWS_SESSION_TOKEN")
        .env_remove("AWS_PROFILE")
}

pub fn aws(s: &Server, args: &[&str]) -> Output {
    let mut cmd = Command::new("aws");
    aws_env(&mut cmd, s)
        .arg("ecr")
        .args(args)
        .args(["--endpoint-url", &s.url]);
    cmd.output().expect("aws runs")
}

pub fn aws_ok(s: &Server, args: &[&str]) -> serde_json::Value {
    let out = aws(s, args);
    assert!(
        out.status.success(),
        "aws {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null)
}

/// Asserts the AWS CLI's error line and exit code 255.
pub fn aws_err(s: &Server, args: &[&str], code: &str, op: &str) -> String {
    let out = aws(s, args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(255), "aws {args:?}: {stderr}");
    let prefix = format!("\nAn error occurred ({code}) when calling the {op} operation");
    assert!(
        stderr.starts_with(&prefix),
        "expected {prefix:?}, got {stderr:?}"
    );
    stderr
}

/// `aws ecr get-login-password` for `s`.
pub fn password(s: &Server) -> String {
    let out = aws(s, &["get-login-password"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

pub fn curl(args: &[&str]) -> Output {
    Command::new("curl")
        .args(["-s", "--max-time", "20"])
        .args(args)
        .output()
        .expect("curl runs")
}

/// Uploads `data` as a layer of `repo` with the CLI, in parts of `part` bytes.
pub fn cli_upload(s: &Server, dir: &Path, repo: &str, data: &[u8], part: usize) -> String {
    let digest = sha256(data);
    let up = aws_ok(s, &["initiate-layer-upload", "--repository-name", repo]);
    let id = up["uploadId"].as_str().unwrap().to_owned();
    for (i, chunk) in data.chunks(part).enumerate() {
        let file = dir.join(format!("part-{i}"));
        std::fs::write(&file, chunk).unwrap();
        let first = (i * part).to_string();
        let last = (i * part + chunk.len() - 1).to_string();
        let blob = format!("fileb://{}", file.display());
        aws_ok(
            s,
            &[
                "upload-layer-part",
                "--repository-name",
                repo,
                "--upload-id",
                &id,
                "--part-first-byte",
                &first,
                "--part-last-byte",
                &last,
                "--layer-part-blob",
                &blob,
            ],
        );
    }
    let done = aws_ok(
        s,
        &[
            "complete-layer-upload",
            "--repository-name",
            repo,
            "--upload-id",
            &id,
            "--layer-digests",
            &digest,
        ],
    );
    assert_eq!(done["layerDigest"], digest.as_str());
    digest
}

pub fn manifest(config: &str, layers: &[(&str, usize)]) -> String {
    let layers: Vec<_> = layers
        .iter()
        .map(|(d, n)| serde_json::json!({"mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip", "size": n, "digest": d}))
        .collect();
    serde_json::json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
        "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "size": 2, "digest": config},
        "layers": layers,
    })
    .to_string()
}

pub fn random(n: usize) -> Vec<u8> {
    let mut v = vec![0u8; n];
    getrandom::getrandom(&mut v).unwrap();
    v
}
