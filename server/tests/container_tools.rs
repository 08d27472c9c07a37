//! The container tools people push and pull with, against the real server
//! binary: the docker CLI with its own Docker Engine (dockerd on a socket
//! and data root of the test's own, stopped at the end) and podman. Each
//! logs in with `aws ecr get-login-password`, as ECR's documentation says.
//! A missing tool skips its test with a printed reason, except under
//! `CI=true`, where it fails.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::*;

/// Runs `cmd` with `stdin` fed in; its output.
fn run(mut cmd: Command, stdin: Option<&str>) -> Output {
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("the tool runs");
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
    }
    child.wait_with_output().unwrap()
}

fn ok(step: &str, out: Output) -> String {
    assert!(
        out.status.success(),
        "{step}: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A build context: a Containerfile from scratch with two files, so two layers.
fn context(dir: &Path, a: &str, b: &str) -> PathBuf {
    let ctx = dir.join("ctx");
    std::fs::create_dir_all(&ctx).unwrap();
    std::fs::write(ctx.join("a"), a).unwrap();
    std::fs::write(ctx.join("b"), b).unwrap();
    std::fs::write(
        ctx.join("Dockerfile"),
        "FROM scratch\nCOPY a /a\nCOPY b /b\n",
    )
    .unwrap();
    ctx
}

/// A Docker Engine of the test's own: its socket, data and exec roots in a
/// temporary directory; stopped (SIGTERM, then waited for) when dropped.
struct Dockerd {
    child: Child,
    socket: PathBuf,
    config: PathBuf,
}

impl Dockerd {
    fn start(dir: &Path) -> Self {
        let socket = dir.join("docker.sock");
        let log = std::fs::File::create(dir.join("dockerd.log")).unwrap();
        let child = Command::new("dockerd")
            .arg("--host")
            .arg(format!("unix://{}", socket.display()))
            .arg("--data-root")
            .arg(dir.join("data"))
            .arg("--exec-root")
            .arg(dir.join("exec"))
            .arg("--pidfile")
            .arg(dir.join("docker.pid"))
            .args(["--iptables=false", "--bridge=none"])
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("dockerd starts");
        let d = Dockerd {
            child,
            socket,
            config: dir.join("config"),
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        while !d.docker(&["info"]).status.success() {
            assert!(
                Instant::now() < deadline,
                "dockerd did not come up: {}",
                std::fs::read_to_string(dir.join("dockerd.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(200));
        }
        d
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new("timeout");
        cmd.arg("180")
            .arg("docker")
            .arg("--host")
            .arg(format!("unix://{}", self.socket.display()))
            .arg("--config")
            .arg(&self.config)
            .args(args)
            // The classic builder: no BuildKit plugin is needed for FROM scratch.
            .env("DOCKER_BUILDKIT", "0");
        cmd
    }

    fn docker(&self, args: &[&str]) -> Output {
        run(self.command(args), None)
    }
}

impl Drop for Dockerd {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

#[test]
fn docker_logs_in_pushes_and_pulls() {
    if !have("aws", &["--version"])
        || !have("docker", &["--version"])
        || !have("dockerd", &["--version"])
    {
        return;
    }
    if !is_root() {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("CI=true but the tests do not run as root, which dockerd needs");
        }
        eprintln!("skipping: dockerd needs root");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let s = start(&tmp.path().join("data"), &[]);
    let host = s.url.trim_start_matches("http://").to_owned();
    let engine = tmp.path().join("engine");
    std::fs::create_dir_all(&engine).unwrap();
    let d = Dockerd::start(&engine);
    aws_ok(&s, &["create-repository", "--repository-name", "team/app"]);
    let image = format!("{host}/team/app:v1");

    let step = "docker login with aws ecr get-login-password";
    let out = run(
        d.command(&["login", "--username", "AWS", "--password-stdin", &host]),
        Some(&password(&s)),
    );
    assert!(ok(step, out).contains("Login Succeeded"), "{step}");

    let step = "build an image of two layers and push it";
    let ctx = context(tmp.path(), "first layer\n", "second layer\n");
    ok(
        step,
        d.docker(&["build", "-t", &image, ctx.to_str().unwrap()]),
    );
    let pushed = ok(step, d.docker(&["push", &image]));
    let digest = pushed
        .split_whitespace()
        .find(|w| w.starts_with("sha256:"))
        .unwrap_or_else(|| panic!("{step}: no digest in {pushed}"))
        .to_owned();

    let step = "the AWS CLI sees what docker pushed";
    let described = aws_ok(&s, &["describe-images", "--repository-name", "team/app"]);
    let detail = &described["imageDetails"][0];
    assert_eq!(detail["imageDigest"], digest.as_str(), "{step}");
    assert_eq!(detail["imageTags"], serde_json::json!(["v1"]), "{step}");
    assert_eq!(
        detail["imageManifestMediaType"], "application/vnd.docker.distribution.manifest.v2+json",
        "{step}"
    );

    let step = "docker manifest inspect";
    let manifest: serde_json::Value = serde_json::from_str(&ok(
        step,
        d.docker(&["manifest", "inspect", "--insecure", &image]),
    ))
    .unwrap();
    assert_eq!(
        manifest["layers"].as_array().map(Vec::len),
        Some(2),
        "{step}: {manifest}"
    );

    let step = "remove the local image and pull it back";
    ok(step, d.docker(&["rmi", &image]));
    ok(step, d.docker(&["pull", &image]));
    let id = ok(
        step,
        d.docker(&[
            "image",
            "inspect",
            "--format",
            "{{index .RepoDigests 0}}",
            &image,
        ]),
    );
    assert_eq!(id.trim(), format!("{host}/team/app@{digest}"), "{step}");

    let step = "an image from a tarball (docker import), pushed by another tag";
    let rootfs = tmp.path().join("rootfs.tar");
    let mut b = tar::Builder::new(std::fs::File::create(&rootfs).unwrap());
    let mut h = tar::Header::new_gnu();
    h.set_size(6);
    h.set_mode(0o644);
    h.set_cksum();
    b.append_data(&mut h, "etc/motd", &b"hello\n"[..]).unwrap();
    b.finish().unwrap();
    drop(b);
    let imported = format!("{host}/team/app:imported");
    ok(
        step,
        d.docker(&["import", rootfs.to_str().unwrap(), &imported]),
    );
    ok(step, d.docker(&["push", &imported]));
    let listed = aws_ok(&s, &["list-images", "--repository-name", "team/app"]);
    assert_eq!(
        listed["imageIds"].as_array().map(Vec::len),
        Some(2),
        "{step}: {listed}"
    );

    let step = "a repository that is not there, and no credentials";
    let out = d.docker(&["tag", &image, &format!("{host}/nowhere:v1")]);
    ok(step, out);
    let out = d.docker(&["push", &format!("{host}/nowhere:v1")]);
    assert!(!out.status.success(), "{step}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("name unknown"),
        "{step}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    ok(step, d.docker(&["logout", &host]));
    ok(step, d.docker(&["rmi", &image]));
    let out = d.docker(&["pull", &image]);
    assert!(
        !out.status.success(),
        "{step}: a pull without credentials must fail"
    );
}

#[test]
fn podman_logs_in_pushes_both_formats_searches_and_pulls() {
    if !have("aws", &["--version"]) || !have("podman", &["--version"]) {
        return;
    }
    if !is_root() {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("CI=true but the tests do not run as root, which these podman runs need");
        }
        eprintln!("skipping: podman here runs as root");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let s = start(&tmp.path().join("data"), &[]);
    let host = s.url.trim_start_matches("http://").to_owned();
    let auth = tmp.path().join("auth.json");
    let podman = |args: &[&str]| {
        let mut cmd = Command::new("timeout");
        cmd.arg("180")
            .arg("podman")
            .arg("--root")
            .arg(tmp.path().join("root"))
            .arg("--runroot")
            .arg(tmp.path().join("run"))
            .args(["--storage-driver", "vfs"])
            .args(args)
            .env("REGISTRY_AUTH_FILE", &auth);
        cmd
    };
    aws_ok(&s, &["create-repository", "--repository-name", "pods/web"]);
    aws_ok(&s, &["create-repository", "--repository-name", "pods/db"]);
    let image = format!("{host}/pods/web:v2s2");
    let oci = format!("{host}/pods/web:oci");

    let step = "podman login";
    let out = run(
        podman(&[
            "login",
            "--tls-verify=false",
            "--username",
            "AWS",
            "--password-stdin",
            &host,
        ]),
        Some(&password(&s)),
    );
    assert!(ok(step, out).contains("Login Succeeded"), "{step}");

    let step = "build, push as Docker v2 schema 2 and as OCI";
    let ctx = context(tmp.path(), "one\n", "two\n");
    ok(
        step,
        run(
            podman(&[
                "build",
                "-q",
                "-t",
                &image,
                "-f",
                ctx.join("Dockerfile").to_str().unwrap(),
                ctx.to_str().unwrap(),
            ]),
            None,
        ),
    );
    ok(
        step,
        run(
            podman(&["push", "--tls-verify=false", "--format", "v2s2", &image]),
            None,
        ),
    );
    ok(
        step,
        run(
            podman(&[
                "push",
                "--tls-verify=false",
                "--format",
                "oci",
                &image,
                &oci,
            ]),
            None,
        ),
    );
    let described = aws_ok(&s, &["describe-images", "--repository-name", "pods/web"]);
    let mut types: Vec<String> = described["imageDetails"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["imageManifestMediaType"].as_str().unwrap().to_owned())
        .collect();
    types.sort();
    assert_eq!(
        types,
        [
            "application/vnd.docker.distribution.manifest.v2+json",
            "application/vnd.oci.image.manifest.v1+json"
        ],
        "{step}"
    );

    let step = "podman search: repositories and tags";
    let found = ok(
        step,
        run(
            podman(&["search", "--tls-verify=false", &format!("{host}/")]),
            None,
        ),
    );
    for repo in ["pods/web", "pods/db"] {
        assert!(found.contains(&format!("{host}/{repo}")), "{step}: {found}");
    }
    let tags = ok(
        step,
        run(
            podman(&[
                "search",
                "--tls-verify=false",
                "--list-tags",
                &format!("{host}/pods/web"),
            ]),
            None,
        ),
    );
    assert!(
        tags.contains("oci") && tags.contains("v2s2"),
        "{step}: {tags}"
    );

    let step = "remove everything local and pull both back";
    ok(step, run(podman(&["rmi", "-a", "-f"]), None));
    ok(
        step,
        run(podman(&["pull", "--tls-verify=false", &oci]), None),
    );
    ok(
        step,
        run(podman(&["pull", "--tls-verify=false", &image]), None),
    );
    let listed = ok(
        step,
        run(
            podman(&["images", "--format", "{{.Repository}}:{{.Tag}}"]),
            None,
        ),
    );
    assert!(
        listed.contains(&oci) && listed.contains(&image),
        "{step}: {listed}"
    );
}

/// oras-py (PyPI `oras`), an OCI 1.1 client: push a file artifact in
/// chunks, push a second one whose `subject` is the first, pull it back.
const ORAS: &str = r#"
import hashlib, json, os, sys
import oras.client, oras.oci
host, password, workdir = sys.argv[1:4]
os.chdir(workdir)
# ECR answers Basic challenges: the basic backend (the default wants Bearer tokens).
c = oras.client.OrasClient(hostname=host, insecure=True, auth_backend="basic")
c.login(hostname=host, username="AWS", password=password)
data = os.urandom(300000)
open("data.bin", "wb").write(data)
r = c.push(target=f"{host}/arts/app:v1", files=["data.bin"], do_chunked=True, chunk_size=65536, quiet=True)
assert r.status_code == 201, r.status_code
raw = c.do_request(f"http://{host}/v2/arts/app/manifests/v1", "GET",
                   headers={"Accept": "application/vnd.oci.image.manifest.v1+json"}).content
subject = oras.oci.Subject(mediaType="application/vnd.oci.image.manifest.v1+json",
                           digest="sha256:" + hashlib.sha256(raw).hexdigest(), size=len(raw))
open("sbom.json", "w").write('{"packages": []}')
r = c.push(target=f"{host}/arts/app:sbom", files=["sbom.json"], subject=subject,
           manifest_annotations={"kind": "sbom"}, quiet=True)
assert r.status_code == 201, r.status_code
os.makedirs("out")
c.pull(target=f"{host}/arts/app:v1", outdir="out")
assert open("out/data.bin", "rb").read() == data, "the pulled file differs"
print(subject.digest)
"#;

#[test]
fn oras_pushes_artifacts_with_a_subject() {
    if !have("aws", &["--version"]) || !have("python3", &["-c", "import oras.client"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let s = start(&tmp.path().join("data"), &[]);
    let host = s.url.trim_start_matches("http://").to_owned();
    aws_ok(&s, &["create-repository", "--repository-name", "arts/app"]);
    let work = tmp.path().join("work");
    std::fs::create_dir_all(&work).unwrap();

    let step = "oras pushes a file in chunks, an SBOM referring to it, and pulls the file back";
    let out = Command::new("timeout")
        .args(["120", "python3", "-c", ORAS, &host, &password(&s)])
        .arg(&work)
        .output()
        .unwrap();
    let subject = ok(step, out).trim().to_owned();

    let step = "the registry lists the SBOM as a referrer of the file's manifest";
    let listed = aws_ok(
        &s,
        &[
            "list-image-referrers",
            "--repository-name",
            "arts/app",
            "--subject-id",
            &format!("imageDigest={subject}"),
        ],
    );
    let referrers = listed["referrers"].as_array().unwrap();
    assert_eq!(referrers.len(), 1, "{step}: {listed}");
    assert_eq!(referrers[0]["annotations"]["kind"], "sbom", "{step}");
    let described = aws_ok(
        &s,
        &[
            "describe-images",
            "--repository-name",
            "arts/app",
            "--image-ids",
            "imageTag=sbom",
        ],
    );
    assert_eq!(
        described["imageDetails"][0]["subjectManifestDigest"],
        subject.as_str(),
        "{step}"
    );
}
