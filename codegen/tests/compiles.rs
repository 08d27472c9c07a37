//! Does it compile? The snapshot crates under `codegen/tests/output/` (the very
//! files `tests/snapshots.rs` compares), the full official ECR model from
//! `../shared/models/ecr.json`, and every AWS model in `../shared/models/aws/`
//! with an event stream (read in place, generated into a temporary
//! workspace) must pass `cargo clippy --all-targets -- -D warnings`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn official_model() -> Option<PathBuf> {
    let p = codegen::workspace_dir().join("../shared/models/ecr.json");
    if p.exists() {
        return Some(p);
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!(
            "CI=true but {} is missing: the full-model test cannot run",
            p.display()
        );
    }
    eprintln!("skipping the full ECR model: {} not found", p.display());
    None
}

/// `cargo clippy --workspace --all-targets -- -D warnings` in `dir`, with a
/// target dir beside the workspace's (dependencies reused between runs, the
/// outer cargo's lock not contended) and the workspace's lock file.
fn clippy(dir: &Path) {
    let ws = codegen::workspace_dir();
    let lock = dir.join("Cargo.lock");
    if !lock.exists() {
        std::fs::copy(ws.join("Cargo.lock"), &lock).unwrap();
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args(["clippy", "--quiet", "--workspace", "--all-targets"])
        .args(["--", "-D", "warnings"])
        .current_dir(dir)
        .env(
            "CARGO_TARGET_DIR",
            ws.join("target").join("generated-compile-check"),
        )
        .status()
        .expect("cargo runs");
    assert!(
        status.success(),
        "{}: generated crates do not pass clippy -D warnings (see above)",
        dir.display()
    );
}

#[test]
fn snapshot_crates_pass_clippy() {
    clippy(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/output"));
}

#[test]
fn full_official_model_passes_clippy() {
    let Some(model) = official_model() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    let options = codegen::Options {
        service: None,
        runtime_path: None,
        partitions: None,
        suite: None,
    };
    let files = codegen::generate(&model, out, &options).unwrap_or_else(|e| panic!("{e}"));
    codegen::write::write(out, &files).unwrap();
    let lines: usize = files
        .iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "rs"))
        .map(|(_, t)| t.lines().count())
        .sum();
    eprintln!(
        "full ECR model: {} files, {lines} lines of Rust",
        files.len()
    );
    let members: Vec<String> = codegen::write::crate_dirs(&files)
        .iter()
        .map(|d| format!("\"{}\"", d.display()))
        .collect();
    std::fs::write(
        out.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )
    .unwrap();
    clippy(out);
}

/// Every model in `../shared/models/aws/` that has a `@streaming` union
/// (Bedrock Agent Runtime, IoT SiteWise, SageMaker Runtime, S3, Transcribe
/// Streaming): generated with its event streams (no "not supported"
/// warning), and clippy-clean.
#[test]
fn event_stream_models_pass_clippy() {
    let dir = codegen::workspace_dir().join("../shared/models/aws");
    if !dir.is_dir() {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("CI=true but {} is missing", dir.display());
        }
        eprintln!(
            "skipping the AWS event-stream models: {} not found",
            dir.display()
        );
        return;
    }
    let mut models: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter(|p| {
            let v: serde_json::Value = serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap();
            v["shapes"]
                .as_object()
                .unwrap()
                .values()
                .any(|s| s["type"] == "union" && s["traits"].get("smithy.api#streaming").is_some())
        })
        .collect();
    models.sort();
    assert!(models.len() >= 5, "{models:?}");
    let work = tempfile::tempdir().unwrap();
    let mut members = Vec::new();
    for model in &models {
        let stem = model.file_stem().unwrap().to_string_lossy().into_owned();
        let out = work.path().join(&stem);
        let options = codegen::Options {
            service: None,
            runtime_path: None,
            partitions: None,
            suite: None,
        };
        let generated = codegen::generate_full(std::slice::from_ref(model), &out, &options)
            .unwrap_or_else(|e| panic!("{stem}: {e}"));
        let refused: Vec<&String> = generated
            .warnings
            .iter()
            .filter(|w| w.contains("streams events"))
            .collect();
        assert!(refused.is_empty(), "{stem}: {refused:?}");
        codegen::write::write(&out, &generated.files).unwrap();
        members.extend(
            codegen::write::crate_dirs(&generated.files)
                .iter()
                .map(|d| format!("\"{stem}/{}\"", d.display())),
        );
    }
    eprintln!("event-stream models: {models:?}");
    std::fs::write(
        work.path().join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )
    .unwrap();
    clippy(work.path());
}
