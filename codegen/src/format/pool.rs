//! The render step's thread pool: every file is emitted and run through
//! prettyplease on one worker per core (largest first), then one `rustfmt`
//! process per core formats a share of them, large files cut into runs of
//! whole items so the shares are even.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{Cache, Pretty};
use crate::emit::Artifact;
use crate::Error;

/// One file to produce: its path, and how to emit it (run on its own thread).
pub type Render<'a> = Box<dyn Fn() -> Artifact + Send + Sync + 'a>;

/// Emits and formats every artifact: one worker per core emits and runs
/// prettyplease over the files in the order given (the largest first), then
/// one rustfmt per core formats a share of them balanced by size.
/// `CODEGEN_TIMINGS=1` prints where the time goes.
pub fn format_all(
    artifacts: Vec<(String, Render<'_>)>,
    header: &str,
    cached: Option<(&Path, &Cache)>,
) -> Result<(BTreeMap<PathBuf, String>, Cache), Error> {
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
    let mut cache = Cache::default();
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
    cached: Option<(&Path, &Cache)>,
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
        let pretty = super::format(&path, tokens, header, &tail)?;
        if timings {
            let (emit, total) = (ms(emitted), ms(started.elapsed()));
            eprintln!(
                "codegen: {path}: emit {emit:.1} ms, prettyplease {:.1} ms",
                total - emit
            );
        }
        let hash = super::stable_hash(&pretty.text);
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
    pending: Vec<(Pretty, u64)>,
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
    let formatted: Vec<Result<(Pretty, String), Error>> = std::thread::scope(|scope| {
        let handles: Vec<_> = balanced(pieces, workers)
            .into_iter()
            .map(|batch| {
                scope.spawn(move || {
                    let started = std::time::Instant::now();
                    let names: Vec<String> = batch
                        .iter()
                        .map(|p| format!("{}#{}", p.path, p.piece))
                        .collect();
                    let files = match super::rustfmt_many(batch) {
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
    Pending(Pretty, u64),
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
fn balanced(mut pieces: Vec<Pretty>, n: usize) -> Vec<Vec<Pretty>> {
    let key = |p: &Pretty| (std::cmp::Reverse(p.text.len()), p.path.clone(), p.piece);
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
