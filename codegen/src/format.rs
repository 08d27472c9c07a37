//! Stage 5, format: token streams become source text with `prettyplease`, under
//! the "generated, do not edit" header; then `rustfmt` (the toolchain's, run
//! once per file in parallel) settles the layout, so that `cargo fmt` leaves
//! generated code exactly as generated.

use std::io::Write;
use std::process::{Command, Stdio};

use proc_macro2::TokenStream;

use crate::Error;

/// Formats one file with `prettyplease`.
pub fn format(file: &str, tokens: TokenStream, header: &str) -> Result<String, Error> {
    let parsed: syn::File = syn::parse2(tokens)
        .map_err(|e| Error::Internal(format!("{file}: generated tokens do not parse: {e}")))?;
    Ok(format!("{header}\n{}", prettyplease::unparse(&parsed)))
}

/// The toolchain's `rustfmt`: `$RUSTFMT`, else the one beside `$CARGO` (set by
/// `cargo run`), else the rustup toolchain's, else `rustfmt` on `PATH`. Going
/// around the rustup proxy saves a process start per file.
fn rustfmt_binary() -> String {
    if let Ok(r) = std::env::var("RUSTFMT") {
        return r;
    }
    let beside_cargo = std::env::var_os("CARGO")
        .map(std::path::PathBuf::from)
        .and_then(|c| c.parent().map(|d| d.join("rustfmt")));
    let toolchain = match (
        std::env::var_os("RUSTUP_HOME"),
        std::env::var_os("RUSTUP_TOOLCHAIN"),
    ) {
        (Some(home), Some(tc)) => Some(
            std::path::Path::new(&home)
                .join("toolchains")
                .join(tc)
                .join("bin")
                .join("rustfmt"),
        ),
        _ => None,
    };
    beside_cargo
        .into_iter()
        .chain(toolchain)
        .find(|p| p.is_file())
        .map_or_else(
            || "rustfmt".to_owned(),
            |p| p.to_string_lossy().into_owned(),
        )
}

/// Runs `rustfmt` over one generated file (`name` is for messages).
pub fn rustfmt(name: &str, text: String) -> Result<String, Error> {
    let rustfmt = rustfmt_binary();
    let mut child = Command::new(&rustfmt)
        .args(["--edition", "2021", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            Error::Io(format!(
                "cannot run `{rustfmt}` ({e}); install it with `rustup component add rustfmt`"
            ))
        })?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| Error::Internal(format!("rustfmt on {name}: no stdin")))?;
    // Write from a thread so a large file cannot deadlock against rustfmt's output.
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let result = child
        .wait_with_output()
        .map_err(|e| Error::Io(format!("rustfmt on {name}: {e}")))?;
    writer
        .join()
        .map_err(|_| Error::Internal(format!("rustfmt on {name}: writer panicked")))?
        .map_err(|e| Error::Io(format!("rustfmt on {name}: {e}")))?;
    if !result.status.success() {
        return Err(Error::Internal(format!(
            "rustfmt rejected generated {name}: {}",
            String::from_utf8_lossy(&result.stderr)
        )));
    }
    String::from_utf8(result.stdout)
        .map_err(|e| Error::Internal(format!("rustfmt output for {name}: {e}")))
}

/// Skips rustfmt for files whose prettyplease output has not changed since the
/// last run into the same directory: `.codegen-cache` there maps each file to
/// the hash of its prettyplease text and the hash of the formatted text that
/// run wrote. A file is reused only when both still hold (so a hand edit on
/// disk is never taken for generated output); anything else is formatted anew.
#[derive(Debug, Default, Clone)]
pub struct Cache {
    entries: std::collections::BTreeMap<String, (u64, u64)>,
}

/// The cache file, beside the generated crates.
pub const CACHE: &str = ".codegen-cache";

/// A hash that is the same on every run of this build of the generator.
pub fn stable_hash(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    // `DefaultHasher::new()` has fixed keys; a different Rust or generator
    // version only turns hits into misses.
    let mut h = std::collections::hash_map::DefaultHasher::new();
    env!("CARGO_PKG_VERSION").hash(&mut h);
    text.hash(&mut h);
    h.finish()
}

impl Cache {
    /// The cache in `out`, empty when there is none or it does not parse.
    pub fn load(out: &std::path::Path) -> Self {
        let text = std::fs::read_to_string(out.join(CACHE)).unwrap_or_default();
        let entries = text
            .lines()
            .filter_map(|l| {
                let mut parts = l.split('\t');
                let path = parts.next()?;
                let pretty = u64::from_str_radix(parts.next()?, 16).ok()?;
                let formatted = u64::from_str_radix(parts.next()?, 16).ok()?;
                Some((path.to_owned(), (pretty, formatted)))
            })
            .collect();
        Cache { entries }
    }

    /// The formatted text of `path` when `pretty` is what produced the file
    /// now in `out`.
    pub fn lookup(&self, out: &std::path::Path, path: &str, pretty: u64) -> Option<String> {
        let (p, f) = self.entries.get(path)?;
        if *p != pretty {
            return None;
        }
        let on_disk = std::fs::read_to_string(out.join(path)).ok()?;
        (stable_hash(&on_disk) == *f).then_some(on_disk)
    }

    /// Records that `pretty` formats to `formatted` for `path`.
    pub fn insert(&mut self, path: &str, pretty: u64, formatted: &str) {
        self.entries
            .insert(path.to_owned(), (pretty, stable_hash(formatted)));
    }

    /// Writes the cache into `out` (best effort: a cache is never required).
    pub fn save(&self, out: &std::path::Path) {
        let text: String = self
            .entries
            .iter()
            .map(|(path, (p, f))| format!("{path}\t{p:016x}\t{f:016x}\n"))
            .collect();
        let _ = std::fs::write(out.join(CACHE), text);
    }
}
