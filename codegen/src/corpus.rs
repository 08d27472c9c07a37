//! `codegen corpus`: runs the generator over many models and reports, per model,
//! whether it generates (and, with `--compile`, whether the generated crates pass
//! `cargo clippy -- -D warnings`).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::{Error, Options};

/// What happened to one model.
#[derive(Debug)]
pub enum Outcome {
    /// Generated; the crate directories (relative to the corpus workspace).
    Generated { crates: Vec<String>, lines: usize },
    /// The generator refused the model or failed.
    Failed(Error),
}

/// One model's result.
#[derive(Debug)]
pub struct ModelResult {
    pub model: PathBuf,
    /// The folder under the corpus workspace that holds its crates.
    pub folder: String,
    pub outcome: Outcome,
}

/// The `.json` models named by `inputs`: files as given, directories searched
/// (not recursively) for `*.json`, sorted.
pub fn collect(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let entries = std::fs::read_dir(input)
                .map_err(|e| Error::Io(format!("cannot list {}: {e}", input.display())))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .collect();
            found.sort();
            out.extend(found);
        } else if input.exists() {
            out.push(input.clone());
        } else {
            return Err(Error::Io(format!("no such model: {}", input.display())));
        }
    }
    Ok(out)
}

fn folder_name(model: &Path, taken: &mut std::collections::BTreeSet<String>) -> String {
    let stem = model
        .file_stem()
        .map_or_else(|| "model".into(), |s| s.to_string_lossy().into_owned());
    let mut name: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let base = name.clone();
    let mut n = 2;
    while !taken.insert(name.clone()) {
        name = format!("{base}-{n}");
        n += 1;
    }
    name
}

/// Generates every model into `workspace/<folder>/` and writes a Cargo
/// workspace over all generated crates (with `lockfile` copied in, so versions
/// match the generator's own workspace).
pub fn generate_all(
    models: &[PathBuf],
    workspace: &Path,
    lockfile: Option<&Path>,
    mut progress: impl FnMut(&ModelResult),
) -> Result<Vec<ModelResult>, Error> {
    std::fs::create_dir_all(workspace)
        .map_err(|e| Error::Io(format!("cannot create {}: {e}", workspace.display())))?;
    let mut taken = std::collections::BTreeSet::new();
    let mut results = Vec::new();
    let mut members = Vec::new();
    for model in models {
        let folder = folder_name(model, &mut taken);
        let out = workspace.join(&folder);
        let options = Options {
            service: None,
            runtime_path: None,
            partitions: None,
            suite: None,
        };
        let outcome = match crate::generate(model, &out, &options)
            .and_then(|files| crate::write::write(&out, &files).map(|_| files))
        {
            Ok(files) => {
                let crates: Vec<String> = crate::write::crate_dirs(&files)
                    .iter()
                    .map(|d| format!("{folder}/{}", d.display()))
                    .collect();
                let lines = files
                    .iter()
                    .filter(|(p, _)| p.extension().is_some_and(|e| e == "rs"))
                    .map(|(_, t)| t.lines().count())
                    .sum();
                members.extend(crates.iter().cloned());
                Outcome::Generated { crates, lines }
            }
            Err(e) => Outcome::Failed(e),
        };
        let r = ModelResult {
            model: model.clone(),
            folder,
            outcome,
        };
        progress(&r);
        results.push(r);
    }
    let list: Vec<String> = members.iter().map(|m| format!("    \"{m}\",\n")).collect();
    let manifest = format!(
        "# Written by `codegen corpus`.\n[workspace]\nresolver = \"2\"\nmembers = [\n{}]\n",
        list.concat()
    );
    std::fs::write(workspace.join("Cargo.toml"), manifest)
        .map_err(|e| Error::Io(format!("cannot write the corpus workspace: {e}")))?;
    if let Some(lock) = lockfile.filter(|l| l.exists()) {
        let _ = std::fs::copy(lock, workspace.join("Cargo.lock"));
    }
    Ok(results)
}

/// Runs `cargo clippy --all-targets -- -D warnings` over one model's crates in
/// the corpus workspace; the error is clippy's output. Incremental builds are
/// off and the model's own artifacts are removed afterwards (`cargo clean
/// -p`): a corpus of large models would otherwise fill tens of GB with
/// caches nothing reuses; the shared dependencies stay.
pub fn compile(workspace: &Path, target_dir: &Path, crates: &[String]) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let packages: Vec<String> = crates
        .iter()
        .flat_map(|c| {
            let name = Path::new(c)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            ["-p".to_owned(), name]
        })
        .collect();
    let mut cmd = Command::new(&cargo);
    cmd.args(["clippy", "--quiet", "--all-targets"])
        .args(&packages)
        .args(["--", "-D", "warnings"])
        .current_dir(workspace)
        .env("CARGO_TARGET_DIR", target_dir)
        .env("CARGO_INCREMENTAL", "0");
    let started = Instant::now();
    let out = cmd.output().map_err(|e| format!("cannot run cargo: {e}"))?;
    let _ = Command::new(&cargo)
        .args(["clean", "--quiet"])
        .args(&packages)
        .current_dir(workspace)
        .env("CARGO_TARGET_DIR", target_dir)
        .output();
    if out.status.success() {
        Ok(())
    } else {
        let text = String::from_utf8_lossy(&out.stderr);
        // The first error is what a reader needs; the rest is usually its echo.
        let first: Vec<&str> = text.lines().take(40).collect();
        Err(format!(
            "clippy failed after {:.0} s:\n{}",
            started.elapsed().as_secs_f64(),
            first.join("\n")
        ))
    }
}
