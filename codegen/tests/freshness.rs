//! Fails when the checked-in `generated/` is not what `model/ecr.json` produces.

#[test]
fn generated_code_is_up_to_date() {
    let ws = codegen::workspace_dir();
    let out = ws.join("generated");
    let files = codegen::generate(
        &ws.join("model").join("ecr.json"),
        &out,
        &codegen::Options {
            service: None,
            runtime_path: None,
        },
    )
    .expect("model/ecr.json generates");
    let stale = codegen::write::check(&out, &files);
    assert!(
        stale.is_empty(),
        "generated/ is stale ({} files):\n{}\nregenerate with: cargo run -p codegen",
        stale.len(),
        stale
            .iter()
            .map(|s| format!("  {s}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn check_and_write_detect_hand_edits_and_strays() {
    let dir = tempfile::tempdir().unwrap();
    let model = codegen::workspace_dir().join("codegen/tests/models/errors.json");
    let options = codegen::Options {
        service: None,
        runtime_path: Some("/nonexistent/runtime".into()),
    };
    let files = codegen::generate(&model, dir.path(), &options).unwrap();
    assert!(
        !codegen::write::check(dir.path(), &files).is_empty(),
        "empty dir is stale"
    );
    let report = codegen::write::write(dir.path(), &files).unwrap();
    assert_eq!(report.written.len(), files.len() + 1, "files plus manifest");
    assert!(codegen::write::check(dir.path(), &files).is_empty());

    // A second write touches nothing.
    let again = codegen::write::write(dir.path(), &files).unwrap();
    assert!(again.written.is_empty());

    // A hand edit and a stray file are both reported, then repaired.
    let lib = dir.path().join("errors-types/src/lib.rs");
    std::fs::write(&lib, "// edited\n").unwrap();
    std::fs::write(dir.path().join("errors-types/src/extra.rs"), "").unwrap();
    let stale: Vec<String> = codegen::write::check(dir.path(), &files)
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(stale.len(), 2, "{stale:?}");
    let fixed = codegen::write::write(dir.path(), &files).unwrap();
    assert_eq!(fixed.written.len(), 1);
    assert_eq!(fixed.removed.len(), 1);
    assert!(codegen::write::check(dir.path(), &files).is_empty());
}
