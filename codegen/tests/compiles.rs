//! Does it compile? Every test model, and the full official ECR model from
//! `../shared/models/ecr.json` (read in place), are generated into a temporary
//! workspace that must pass `cargo clippy --all-targets -- -D warnings`.

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

#[test]
fn generated_crates_pass_clippy() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    let options = codegen::Options {
        service: None,
        runtime_path: None,
    };
    let mut models: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/models"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
    models.sort();
    let full = official_model();
    let mut members = Vec::new();
    for (i, model) in models.iter().chain(full.iter()).enumerate() {
        // Each model into its own folder: the official model and ours share crate names.
        let sub = out.join(format!("m{i}"));
        let files = codegen::generate(model, &sub, &options)
            .unwrap_or_else(|e| panic!("{}: {e}", model.display()));
        codegen::write::write(&sub, &files).unwrap();
        for f in files.keys().filter(|f| f.ends_with("Cargo.toml")) {
            members.push(format!("\"m{i}/{}\"", f.parent().unwrap().display()));
        }
        if Some(model) == full.as_ref() {
            let lines: usize = files
                .iter()
                .filter(|(p, _)| p.extension().is_some_and(|e| e == "rs"))
                .map(|(_, t)| t.lines().count())
                .sum();
            eprintln!(
                "full ECR model: {} files, {lines} lines of Rust",
                files.len()
            );
        }
    }
    std::fs::write(
        out.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )
    .unwrap();
    // A target dir of its own beside the workspace's, so dependencies are
    // reused between runs and the outer cargo's lock is not contended.
    let target = codegen::workspace_dir()
        .join("target")
        .join("generated-compile-check");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args([
            "clippy",
            "--quiet",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ])
        .current_dir(out)
        .env("CARGO_TARGET_DIR", target)
        .status()
        .expect("cargo runs");
    assert!(
        status.success(),
        "generated crates do not pass clippy -D warnings (see above)"
    );
}
