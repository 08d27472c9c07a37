//! Conformance with Smithy's own IDL loader tests (`../shared/smithy-idl/`):
//! every `valid/**/X.smithy` loads to the same model as `X.json` (both
//! flattened) and as `X.flattened.smithy`; every `invalid/**/*.smithy` fails,
//! on the line its first-line comment names. Prints
//! `smithy-idl: P passed, F failed, S skipped`.

use std::path::{Path, PathBuf};

use codegen::load::ast;

/// Cases this loader does not take, and why.
const SKIPS: &[(&str, &str)] = &[(
    "valid/traits.smithy",
    "bigDecimal/bigInteger trait values beyond f64 and u64 (1.7976931348623157E+309): \
     model values are serde_json numbers without arbitrary precision",
)];

/// `../shared/smithy-idl`, or `$SMITHY_IDL_DIR` (a directory laid out the
/// same way, such as Smithy's own
/// `smithy-model/src/test/resources/software/amazon/smithy/model/loader`).
fn root() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("SMITHY_IDL_DIR") {
        return Some(PathBuf::from(dir));
    }
    let r = codegen::workspace_dir()
        .join("..")
        .join("shared")
        .join("smithy-idl");
    r.is_dir().then_some(r)
}

fn flattened(paths: &[PathBuf]) -> Result<String, String> {
    let mut a = ast::assemble_files(paths).map_err(|e| e.to_string())?;
    ast::flatten(&mut a.doc).map_err(|e| e.to_string())?;
    Ok(ast::print(&a.doc))
}

/// The files to load with `smithy`: itself, and the shared shapes it uses.
fn with_shared(root: &Path, file: &Path) -> Vec<PathBuf> {
    let text = std::fs::read_to_string(file).unwrap();
    let mut v = vec![file.to_path_buf()];
    if text.contains("foo.example") {
        v.push(root.join("valid").join("__shared.json"));
    }
    v
}

fn valid(root: &Path, file: &Path) -> Result<(), String> {
    let got = flattened(&with_shared(root, file))?;
    let stem = file.with_extension("");
    let json = stem.with_extension("json");
    let flat = PathBuf::from(format!("{}.flattened.smithy", stem.display()));
    let mut compared = 0;
    for other in [json, flat] {
        if other.exists() {
            compared += 1;
            let want = flattened(&with_shared(root, &other))
                .map_err(|e| format!("{} does not load: {e}", other.display()))?;
            if want != got {
                return Err(format!(
                    "differs from {}:\n{}",
                    other.display(),
                    diff(&want, &got)
                ));
            }
        }
    }
    if compared == 0 {
        // Smithy keeps some valid files for other tests: loading is the check.
        println!("LOADS {}: nothing to compare with", file.display());
    }
    Ok(())
}

fn diff(want: &str, got: &str) -> String {
    let (w, g): (Vec<_>, Vec<_>) = (want.lines().collect(), got.lines().collect());
    let first = w
        .iter()
        .zip(&g)
        .position(|(a, b)| a != b)
        .unwrap_or(w.len().min(g.len()));
    let from = first.saturating_sub(3);
    format!(
        "  expected: {}\n  actual:   {}",
        w[from..(first + 4).min(w.len())].join("\n            "),
        g[from..(first + 4).min(g.len())].join("\n            ")
    )
}

/// The line an invalid file's first comment names (`... line 7, ...`).
fn expected_line(text: &str) -> Option<usize> {
    let first = text.lines().next()?;
    let re = regex::Regex::new(r"(?i)\bline (\d+)").unwrap();
    re.captures(first)?[1].parse().ok()
}

fn invalid(file: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(file).unwrap();
    match flattened(&[file.to_path_buf()]) {
        Ok(_) => Err("loads, but must fail".into()),
        Err(e) => match expected_line(&text) {
            None => Ok(()),
            Some(line) => {
                let name = file.display().to_string();
                let at = format!("{name}:{line}:");
                if e.contains(&at) {
                    Ok(())
                } else {
                    Err(format!("fails, but not on line {line}: {e}"))
                }
            }
        },
    }
}

#[test]
fn smithy_idl_conformance() {
    let Some(root) = root() else {
        if std::env::var_os("CI").is_some() {
            panic!("../shared/smithy-idl is missing");
        }
        eprintln!("smithy-idl: skipped (../shared/smithy-idl is missing)");
        return;
    };
    // The loader's own directory walk: every `.smithy` and `.json` file, sorted.
    let all = ast::model_files(std::slice::from_ref(&root)).unwrap();
    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    let mut failures = Vec::new();
    for f in all {
        let rel = f.strip_prefix(&root).unwrap().display().to_string();
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".smithy") || name.ends_with(".flattened.smithy") {
            continue;
        }
        if let Some((_, why)) = SKIPS.iter().find(|(s, _)| *s == rel) {
            println!("SKIP {rel}: {why}");
            skipped += 1;
            continue;
        }
        let result = if rel.starts_with("valid/") {
            valid(&root, &f)
        } else {
            invalid(&f)
        };
        match result {
            Ok(()) => passed += 1,
            Err(e) => {
                failed += 1;
                failures.push(format!("FAIL {rel}: {e}"));
            }
        }
    }
    for f in &failures {
        println!("{f}");
    }
    println!("smithy-idl: {passed} passed, {failed} failed, {skipped} skipped");
    assert_eq!(failed, 0, "smithy-idl conformance failures (see above)");
}
