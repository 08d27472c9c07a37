//! Does it compile? The snapshot crates under `codegen/tests/output/` (the very
//! files `tests/snapshots.rs` compares) and the full official ECR model from
//! `../shared/models/ecr.json` (read in place, generated into a temporary
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
