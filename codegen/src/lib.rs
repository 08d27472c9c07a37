//! `codegen`: Smithy 2.0 JSON AST in, Rust server and client crates out.
//!
//! The pipeline is one module per stage:
//! [`load`] (JSON AST -> typed model) -> [`resolve`] (service closure) ->
//! [`lower`] (Rust IR) -> [`emit`] (`quote!`) -> [`format`] (`prettyplease`) ->
//! [`write`] (only changed files; stale ones removed).

pub mod conformance;
pub mod corpus;
pub mod docs;
pub mod emit;
pub mod endpoints;
mod error;
pub mod format;
pub mod load;
pub mod lower;
pub mod naming;
pub mod resolve;
pub mod traits;
pub mod write;

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use emit::cargo::RuntimeDep;
use emit::crates::{crate_artifacts, protocol_test_artifacts, CrateNames};
pub use error::Error;
use format::pool::format_all;

/// The workspace's `runtime/` crate.
pub fn runtime_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("runtime")
}

/// The workspace root (where `model/` and `generated/` are).
pub fn workspace_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// What to generate.
#[derive(Debug, Clone)]
pub struct Options {
    /// The service to generate when the model has several.
    pub service: Option<String>,
    /// How generated `Cargo.toml`s refer to the runtime; computed from the output
    /// directory when `None`.
    pub runtime_path: Option<String>,
    /// The AWS partitions data for endpoint rules (default: see
    /// [`endpoints::partitions_path`]).
    pub partitions: Option<PathBuf>,
    /// The name the protocol compliance tests print their line under
    /// (`NAME: P passed, F failed, S skipped`); default: the model file's stem.
    pub suite: Option<String>,
}

/// The partitions data when the service of `closure` has endpoint rules.
fn partitions_for(
    closure: &resolve::Closure<'_>,
    path: Option<&Path>,
) -> Result<Option<endpoints::PartitionsData>, Error> {
    if endpoints::rules_trait(closure.service).is_none() {
        return Ok(None);
    }
    endpoints::read_partitions(path).map(Some)
}

fn absolute(p: &Path) -> PathBuf {
    let p = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// `to` relative to `from` when both share the workspace; absolute otherwise.
fn runtime_path_for(out: &Path) -> String {
    let rt = absolute(&runtime_dir());
    let ws = absolute(&workspace_dir());
    let out = absolute(out);
    if !out.starts_with(&ws) {
        return rt.to_string_lossy().into_owned();
    }
    let common = out
        .components()
        .zip(rt.components())
        .take_while(|(a, b)| a == b)
        .count();
    let ups = out.components().count() - common;
    let mut rel = PathBuf::new();
    for _ in 0..ups {
        rel.push("..");
    }
    for c in rt.components().skip(common) {
        rel.push(c);
    }
    rel.to_string_lossy().replace('\\', "/")
}

/// The name a header gives the model: its last two path components.
fn model_label(model: &Path) -> String {
    let parts: Vec<_> = model
        .components()
        .rev()
        .take(2)
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.into_iter().rev().collect::<Vec<_>>().join("/")
}

/// Generates the crates for `model` as they would be written under `out`:
/// relative path -> content.
pub fn generate(
    model: &Path,
    out: &Path,
    options: &Options,
) -> Result<BTreeMap<PathBuf, String>, Error> {
    generate_full(&[model.to_path_buf()], out, options).map(|g| g.files)
}

/// What a generation produced.
#[derive(Debug)]
pub struct Generated {
    /// Relative path -> content.
    pub files: BTreeMap<PathBuf, String>,
    /// Lines for the user: what was generated in a reduced form, and why.
    pub warnings: Vec<String>,
    /// What to save (`format::Cache::save`) once `files` are written, so the
    /// next run into the same directory skips rustfmt for unchanged files.
    pub cache: format::Cache,
}

/// [`generate`], with the warnings.
pub fn generate_full(
    models: &[PathBuf],
    out: &Path,
    options: &Options,
) -> Result<Generated, Error> {
    let loaded = load::load_paths(models)?;
    let label = models
        .iter()
        .map(|m| model_label(m))
        .collect::<Vec<_>>()
        .join(" ");
    let runtime = options
        .runtime_path
        .clone()
        .unwrap_or_else(|| runtime_path_for(out));
    let closure = resolve::resolve(&loaded, options.service.as_deref())?;
    let partitions = partitions_for(&closure, options.partitions.as_deref())?;
    let ir = lower::lower(&closure, partitions.as_ref())?;
    let previous = format::Cache::load(out);
    let (files, cache) = render(
        &ir,
        &label,
        &runtime,
        options.suite.as_deref(),
        Some((out, &previous)),
    )?;
    Ok(Generated {
        files,
        warnings: ir.warnings.clone(),
        cache,
    })
}

/// Generates from a loaded model; `label` names it in headers.
pub fn generate_model(
    model: &load::Model,
    label: &str,
    runtime_path: &str,
    service: Option<&str>,
) -> Result<BTreeMap<PathBuf, String>, Error> {
    let closure = resolve::resolve(model, service)?;
    let partitions = partitions_for(&closure, None)?;
    let ir = lower::lower(&closure, partitions.as_ref())?;
    render(&ir, label, runtime_path, None, None).map(|(files, _)| files)
}

/// Emits and formats every file of `ir`.
fn render(
    ir: &lower::Ir,
    label: &str,
    runtime_path: &str,
    suite: Option<&str>,
    cached: Option<(&Path, &format::Cache)>,
) -> Result<(BTreeMap<PathBuf, String>, format::Cache), Error> {
    let header = emit::header(label);
    let prefix = &ir.service.crate_prefix;
    let names = CrateNames {
        types: format!("{prefix}-types"),
        server: format!("{prefix}-server-sdk"),
        client: format!("{prefix}-client-sdk"),
        tests: format!("{prefix}-protocol-tests"),
    };
    let rt = RuntimeDep { path: runtime_path };
    let mut artifacts = crate_artifacts(ir, &names, &rt, &header);
    // Protocol compliance tests, when the model has cases for its protocol.
    if emit::protocol_tests::has_cases(ir) {
        let suite = suite.map_or_else(
            || {
                Path::new(label)
                    .file_stem()
                    .map_or_else(|| prefix.clone(), |s| s.to_string_lossy().into_owned())
            },
            str::to_owned,
        );
        artifacts.extend(protocol_test_artifacts(ir, &names, &rt, &header, &suite)?);
    }
    format_all(artifacts, &header, cached)
}
