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
use emit::Artifact;

/// Everything that can go wrong, each naming what it is about.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Error {
    /// Reading or writing files.
    #[error("{0}")]
    Io(String),
    /// The model as a whole.
    #[error("invalid model: {0}")]
    Model(String),
    /// One shape.
    #[error("shape `{id}` {problem}")]
    Shape { id: String, problem: String },
    /// A bug in the generator.
    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    /// A problem with shape `id`.
    pub fn shape(id: &str, problem: impl Into<String>) -> Self {
        Error::Shape {
            id: id.to_owned(),
            problem: problem.into(),
        }
    }

    /// Adds the model file to a model-level error.
    pub fn in_file(self, path: &Path) -> Self {
        match self {
            Error::Model(m) => Error::Model(format!("{}: {m}", path.display())),
            other => other,
        }
    }
}

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

/// The generated crates' names.
struct CrateNames {
    types: String,
    server: String,
    client: String,
    tests: String,
}

/// The files of the types, server and client crates. Each file is emitted and
/// formatted on its own thread (token streams are not `Send`, so emission
/// happens there too).
fn crate_artifacts<'a>(
    ir: &'a lower::Ir,
    n: &'a CrateNames,
    rt: &'a RuntimeDep<'a>,
    header: &'a str,
) -> Vec<(String, Render<'a>)> {
    let (types, server, client) = (&n.types, &n.server, &n.client);
    let title = &ir.service.title;
    let types_ident = types.replace('-', "_");
    let types_ident2 = types_ident.clone();
    let then = |(tokens, tail)| Artifact::RustThen(tokens, tail);
    let mut rest: Vec<(String, Render<'a>)> = Vec::new();
    rest.push((
        format!("{types}/src/http.rs"),
        Box::new(|| Artifact::Rust(emit::http::module(ir))),
    ));
    // Largest first: `format_all` hands files to its workers in this order.
    let mut files: Vec<(String, Render<'a>)> = vec![
        (
            format!("{types}/src/json.rs"),
            Box::new(|| Artifact::Rust(emit::types::json(ir))),
        ),
        (
            format!("{types}/src/model.rs"),
            Box::new(move || then(emit::types::model(ir))),
        ),
        (
            format!("{types}/Cargo.toml"),
            Box::new(move || {
                let features = emit::cargo::pattern_features(ir);
                Artifact::Text(emit::cargo::types(types, title, rt, header, &features))
            }),
        ),
        (
            format!("{types}/src/lib.rs"),
            Box::new(|| Artifact::Rust(emit::types::lib(ir))),
        ),
        (
            format!("{types}/src/error.rs"),
            Box::new(move || then(emit::types::errors(ir))),
        ),
        (
            format!("{server}/Cargo.toml"),
            Box::new(move || Artifact::Text(emit::cargo::server(server, types, title, rt, header))),
        ),
        (
            format!("{server}/src/lib.rs"),
            Box::new(move || Artifact::Rust(emit::server::lib(ir, &types_ident))),
        ),
        (
            format!("{client}/Cargo.toml"),
            Box::new(move || {
                let features = emit::cargo::client_features(ir);
                Artifact::Text(emit::cargo::client(
                    client, types, title, rt, header, &features,
                ))
            }),
        ),
        (
            format!("{client}/src/lib.rs"),
            Box::new(move || Artifact::Rust(emit::client::lib(ir, &types_ident2, client))),
        ),
        (
            format!("{client}/src/schema.rs"),
            Box::new(move || then(emit::client::schema(ir))),
        ),
    ];
    files.extend(rest);
    files
}

/// The protocol compliance test crate's files.
fn protocol_test_artifacts<'a>(
    ir: &'a lower::Ir,
    n: &'a CrateNames,
    rt: &'a RuntimeDep<'a>,
    header: &'a str,
    suite: &str,
) -> Result<Vec<(String, Render<'a>)>, Error> {
    let (types, server, client, tests) = (&n.types, &n.server, &n.client, &n.tests);
    let title = &ir.service.title;
    let crates = emit::protocol_tests::Crates {
        types,
        server,
        client,
    };
    let test_file = emit::protocol_tests::tests(ir, &crates, suite)
        .map_err(|e| Error::Internal(format!("protocol tests: {e}")))?;
    let test_file = std::sync::Mutex::new(Some(test_file.to_string()));
    let lib_text =
        format!("{header}\n//! Protocol compliance tests for the {title} API: `cargo test`.\n");
    Ok(vec![
        (
            format!("{tests}/Cargo.toml"),
            Box::new(move || {
                let deps: [&str; 3] = [types, server, client];
                Artifact::Text(emit::cargo::protocol_tests(tests, &deps, title, rt, header))
            }),
        ),
        (
            format!("{tests}/src/lib.rs"),
            Box::new(move || Artifact::Text(lib_text.clone())),
        ),
        (
            format!("{tests}/tests/protocol.rs"),
            Box::new(move || {
                let text = test_file
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .take()
                    .unwrap_or_default();
                // Token streams are not `Send`: the text crosses threads and
                // is parsed back here; a failure is an error, not an empty file.
                match text.parse() {
                    Ok(tokens) => Artifact::Rust(tokens),
                    Err(e) => Artifact::Failed(format!("protocol tests do not parse: {e}")),
                }
            }),
        ),
    ])
}

/// One file to produce: its path, and how to emit it (run on its own thread).
type Render<'a> = Box<dyn Fn() -> Artifact + Send + Sync + 'a>;

/// Emits and formats every artifact: one worker per core emits and runs
/// prettyplease over the files in the order given (the largest first), then
/// one rustfmt per core formats a share of them balanced by size.
/// `CODEGEN_TIMINGS=1` prints where the time goes.
fn format_all(
    artifacts: Vec<(String, Render<'_>)>,
    header: &str,
    cached: Option<(&Path, &format::Cache)>,
) -> Result<(BTreeMap<PathBuf, String>, format::Cache), Error> {
    let timings = std::env::var_os("CODEGEN_TIMINGS").is_some();
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut results = Vec::new();
    let mut pending = Vec::new();
    for r in render_all(artifacts, header, cached, workers, timings) {
        match r? {
            Rendered::Done(file) => results.push(file),
            Rendered::Pending(pretty, hash) => pending.push((pretty, hash)),
        }
    }
    results.extend(rustfmt_all(pending, workers, timings)?);
    let mut files = BTreeMap::new();
    let mut cache = format::Cache::default();
    for (path, text, pretty) in results {
        if let Some(pretty) = pretty {
            cache.insert(&path, pretty, &text);
        }
        files.insert(PathBuf::from(path), text);
    }
    Ok((files, cache))
}

/// A final file: its path, text, and the hash of its prettyplease text
/// (for the cache; `None` for files that are not Rust).
type Formatted = (String, String, Option<u64>);

fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Emits each artifact and runs prettyplease over it, `workers` at a time;
/// a file whose prettyplease text produced what is on disk is reused.
fn render_all(
    artifacts: Vec<(String, Render<'_>)>,
    header: &str,
    cached: Option<(&Path, &format::Cache)>,
    workers: usize,
    timings: bool,
) -> Vec<Result<Rendered, Error>> {
    let render = |path: String, artifact: Render<'_>| -> Result<Rendered, Error> {
        let started = std::time::Instant::now();
        let artifact = artifact();
        let emitted = started.elapsed();
        let (tokens, tail) = match artifact {
            Artifact::Text(t) => return Ok(Rendered::Done((path, t, None))),
            Artifact::Failed(e) => return Err(Error::Internal(format!("{path}: {e}"))),
            Artifact::Rust(tokens) => (tokens, String::new()),
            Artifact::RustThen(tokens, tail) => (tokens, tail),
        };
        let pretty = format::format(&path, tokens, header, &tail)?;
        if timings {
            let (emit, total) = (ms(emitted), ms(started.elapsed()));
            eprintln!(
                "codegen: {path}: emit {emit:.1} ms, prettyplease {:.1} ms",
                total - emit
            );
        }
        let hash = format::stable_hash(&pretty.text);
        Ok(
            match cached.and_then(|(out, cache)| cache.lookup(out, &path, hash)) {
                Some(text) => Rendered::Done((path, text, Some(hash))),
                None => Rendered::Pending(pretty, hash),
            },
        )
    };
    let jobs = std::sync::Mutex::new(artifacts.into_iter());
    let next = || jobs.lock().unwrap_or_else(|p| p.into_inner()).next();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    std::iter::from_fn(|| next().map(|(path, a)| render(path, a)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        join_all(handles)
    })
}

/// Runs rustfmt over the files prettyplease produced: large files cut into
/// pieces, the pieces in `workers` balanced batches (one process each), then
/// joined back in order.
fn rustfmt_all(
    pending: Vec<(format::Pretty, u64)>,
    workers: usize,
    timings: bool,
) -> Result<Vec<Formatted>, Error> {
    let hashes: BTreeMap<String, u64> = pending.iter().map(|(p, h)| (p.path.clone(), *h)).collect();
    // Pieces of about a quarter of each rustfmt's share balance the batches.
    let total: usize = pending.iter().map(|(p, _)| p.text.len()).sum();
    let size = (total / (4 * workers)).max(64 * 1024);
    let pieces = pending
        .into_iter()
        .flat_map(|(p, _)| p.split(size))
        .collect();
    let formatted: Vec<Result<(format::Pretty, String), Error>> = std::thread::scope(|scope| {
        let handles: Vec<_> = balanced(pieces, workers)
            .into_iter()
            .map(|batch| {
                scope.spawn(move || {
                    let started = std::time::Instant::now();
                    let names: Vec<String> = batch
                        .iter()
                        .map(|p| format!("{}#{}", p.path, p.piece))
                        .collect();
                    let files = match format::rustfmt_many(batch) {
                        Ok(files) => files,
                        Err(e) => return vec![Err(e)],
                    };
                    if timings {
                        let took = ms(started.elapsed());
                        eprintln!("codegen: rustfmt {took:.1} ms: {}", names.join(", "));
                    }
                    files.into_iter().map(Ok).collect::<Vec<_>>()
                })
            })
            .collect();
        join_all(handles)
    });
    let mut joined: BTreeMap<String, BTreeMap<usize, String>> = BTreeMap::new();
    for r in formatted {
        let (pretty, text) = r?;
        joined
            .entry(pretty.path)
            .or_default()
            .insert(pretty.piece, text);
    }
    Ok(joined
        .into_iter()
        .map(|(path, pieces)| {
            let hash = hashes.get(&path).copied();
            (path, pieces.into_values().collect(), hash)
        })
        .collect())
}

/// A file after prettyplease: final (text files, cache hits) or waiting for rustfmt.
enum Rendered {
    Done(Formatted),
    Pending(format::Pretty, u64),
}

/// Joins scoped workers that each return a list, a panic as an error.
fn join_all<T>(
    handles: Vec<std::thread::ScopedJoinHandle<'_, Vec<Result<T, Error>>>>,
) -> Vec<Result<T, Error>>
where
    Vec<Result<T, Error>>: Send,
{
    handles
        .into_iter()
        .flat_map(|h| {
            h.join().unwrap_or_else(|_| {
                vec![Err(Error::Internal("a formatting thread panicked".into()))]
            })
        })
        .collect()
}

/// Splits pieces into at most `n` batches of about equal size (largest
/// first, each to the lightest batch so far).
fn balanced(mut pieces: Vec<format::Pretty>, n: usize) -> Vec<Vec<format::Pretty>> {
    let key = |p: &format::Pretty| (std::cmp::Reverse(p.text.len()), p.path.clone(), p.piece);
    pieces.sort_by_cached_key(key);
    let mut batches: Vec<(usize, Vec<_>)> =
        (0..n.min(pieces.len())).map(|_| (0, Vec::new())).collect();
    for p in pieces {
        if let Some(lightest) = batches.iter_mut().min_by_key(|(size, _)| *size) {
            lightest.0 += p.text.len();
            lightest.1.push(p);
        }
    }
    batches.into_iter().map(|(_, b)| b).collect()
}
