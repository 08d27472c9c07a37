//! Snapshots of what the generator emits for the small models in
//! `codegen/tests/models/`, one per feature, as real crates under
//! `codegen/tests/output/<model>/`: the files a reviewer reads in a diff are
//! the files `tests/compiles.rs` runs clippy on (that directory is a Cargo
//! workspace of its own).
//!
//! A change in the generator's output fails here, listing the files; after an
//! intended change, rewrite them with
//! `UPDATE_SNAPSHOTS=1 cargo test -p codegen --test snapshots` and read the diff.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

/// The test models (JSON AST or IDL), by name.
fn models() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("models"))
        .expect("tests/models")
        .filter_map(|e| {
            let p = e.ok()?.path();
            let stem = p.file_stem()?.to_string_lossy().into_owned();
            matches!(p.extension()?.to_str()?, "json" | "smithy").then_some(stem)
        })
        .collect();
    names.sort();
    names
}

/// The model file of `name`.
fn model_file(name: &str) -> PathBuf {
    let json = root().join("models").join(format!("{name}.json"));
    if json.exists() {
        json
    } else {
        root().join("models").join(format!("{name}.smithy"))
    }
}

fn generate(name: &str) -> std::collections::BTreeMap<PathBuf, String> {
    let model = model_file(name);
    let out = root().join("output").join(name);
    let options = codegen::Options {
        service: None,
        runtime_path: None,
        partitions: None,
        suite: None,
    };
    codegen::generate(&model, &out, &options).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The output workspace's manifest: every generated crate a member.
fn workspace_manifest(members: &[String]) -> String {
    let list: String = members.iter().map(|m| format!("    \"{m}\",\n")).collect();
    format!(
        "# Written by codegen/tests/snapshots.rs: the snapshot crates, compiled by\n\
         # codegen/tests/compiles.rs.\n[workspace]\nresolver = \"2\"\nmembers = [\n{list}]\n"
    )
}

#[test]
fn snapshots_are_up_to_date() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let output = root().join("output");
    let mut stale = Vec::new();
    let mut members = Vec::new();
    for name in models() {
        let out = output.join(&name);
        let files = generate(&name);
        members.extend(
            codegen::write::crate_dirs(&files)
                .iter()
                .map(|d| format!("{name}/{}", d.display())),
        );
        if update {
            codegen::write::write(&out, &files).unwrap();
        } else {
            stale.extend(
                codegen::write::check(&out, &files)
                    .into_iter()
                    .map(|s| format!("  {name}: {s}")),
            );
        }
    }
    let manifest = workspace_manifest(&members);
    let manifest_path = output.join("Cargo.toml");
    if update {
        std::fs::write(&manifest_path, &manifest).unwrap();
    } else if std::fs::read_to_string(&manifest_path).ok().as_deref() != Some(&manifest) {
        stale.push("  Cargo.toml (the snapshot workspace)".into());
    }
    assert!(
        stale.is_empty(),
        "the generator's output changed:\n{}\nreview, then rewrite with: \
         UPDATE_SNAPSHOTS=1 cargo test -p codegen --test snapshots",
        stale.join("\n")
    );
}

#[test]
fn generation_is_deterministic() {
    assert_eq!(generate("constraints"), generate("constraints"));
}
