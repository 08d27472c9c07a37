//! Fails when the checked-in `generated/` is not what `model/ecr.smithy` produces.

/// Generated crates checked in, and the models they come from.
const CHECKED_IN: &[(&str, &str, &str)] =
    &[("model/ecr.smithy", "generated", "cargo run -p codegen")];

#[test]
fn generated_code_is_up_to_date() {
    let ws = codegen::workspace_dir();
    for (model, out, command) in CHECKED_IN {
        let out = ws.join(out);
        let files = codegen::generate(
            &ws.join(model),
            &out,
            &codegen::Options {
                service: None,
                runtime_path: None,
                partitions: None,
                suite: None,
            },
        )
        .unwrap_or_else(|e| panic!("{model} generates: {e}"));
        let stale = codegen::write::check(&out, &files);
        assert!(
            stale.is_empty(),
            "{} is stale ({} files):\n{}\nregenerate with: {command}",
            out.display(),
            stale.len(),
            stale
                .iter()
                .map(|s| format!("  {s}"))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

#[test]
fn check_and_write_detect_hand_edits_and_strays() {
    let dir = tempfile::tempdir().unwrap();
    let model = codegen::workspace_dir().join("codegen/tests/models/errors.json");
    let options = codegen::Options {
        service: None,
        runtime_path: Some("/nonexistent/runtime".into()),
        partitions: None,
        suite: None,
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

#[test]
fn traits_table_is_up_to_date() {
    let path = codegen::workspace_dir().join("codegen").join("TRAITS.md");
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == codegen::traits::markdown(),
        "codegen/TRAITS.md is stale: cargo run -p codegen -- traits > codegen/TRAITS.md"
    );
}

#[test]
fn customizations_table_is_up_to_date() {
    let path = codegen::workspace_dir()
        .join("docs")
        .join("customizations.md");
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == codegen::lower::customize::markdown(),
        "docs/customizations.md is stale: cargo run -p codegen -- customizations > docs/customizations.md"
    );
}

/// Every trait the sample AWS models use is in the table (or a metadata
/// namespace): none is refused merely for being unknown.
#[test]
fn every_trait_in_the_sample_models_is_known() {
    let dir = codegen::workspace_dir().join("../shared/models/aws");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true but {} is missing",
            dir.display()
        );
        eprintln!("skipping: {} not found", dir.display());
        return;
    };
    let mut unknown = std::collections::BTreeSet::new();
    for e in entries.flatten() {
        let model = codegen::load::load_file(&e.path()).expect("sample model loads");
        for shape in model.shapes.values() {
            let traits = shape
                .traits
                .keys()
                .chain(shape.members.iter().flat_map(|m| m.traits.keys()));
            for t in traits {
                if let codegen::traits::Handling::Refused(why) =
                    codegen::traits::handling(t, &model)
                {
                    if why.contains("unknown") {
                        unknown.insert(t.clone());
                    }
                }
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "traits missing from codegen/src/traits.rs: {unknown:?}"
    );
}

/// The format cache reuses only what it wrote: a hand edit is formatted anew
/// (and so reported), an untouched file is reused as is.
#[test]
fn format_cache_never_keeps_hand_edits() {
    let ws = codegen::workspace_dir();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    let options = codegen::Options {
        service: None,
        runtime_path: None,
        partitions: None,
        suite: None,
    };
    let model = ws.join("model").join("ecr.smithy");
    let first = codegen::generate_full(std::slice::from_ref(&model), out, &options).unwrap();
    codegen::write::write(out, &first.files).unwrap();
    first.cache.save(out);
    let rel = std::path::Path::new("ecr-types/src/model.rs");
    let again = codegen::generate_full(std::slice::from_ref(&model), out, &options).unwrap();
    assert_eq!(
        again.files, first.files,
        "a warm run produces the same files"
    );
    let edited = format!("{}// hand edit\n", first.files[rel]);
    std::fs::write(out.join(rel), &edited).unwrap();
    let after_edit = codegen::generate_full(std::slice::from_ref(&model), out, &options).unwrap();
    assert_eq!(after_edit.files[rel], first.files[rel]);
    assert_eq!(codegen::write::check(out, &after_edit.files).len(), 1);
}
