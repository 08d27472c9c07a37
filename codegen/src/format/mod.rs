//! Stage 5, format: token streams become source text with `prettyplease`, under
//! the "generated, do not edit" header; then `rustfmt` (the toolchain's, one
//! process per core over a share of the files) settles the layout, so that
//! `cargo fmt` leaves generated code exactly as generated.

pub mod pool;

use std::io::Write;
use std::process::{Command, Stdio};

use proc_macro2::TokenStream;

use crate::Error;

/// A file between prettyplease and rustfmt.
#[derive(Debug)]
pub struct Pretty {
    /// The generated path (for messages and the cache).
    pub path: String,
    /// The prettyplease text, header included.
    pub text: String,
    /// Where the out-of-line modules it declares (`mod x;`) would live,
    /// relative to its directory; `None` when one has a `#[path]`.
    modules: Option<Vec<String>>,
    /// Which piece of the file this is (see [`Pretty::split`]).
    pub piece: usize,
}

impl Pretty {
    /// Cuts a file into pieces of about `size` bytes, each a run of whole
    /// top-level items, so that rustfmt can format a large file on several
    /// cores. A cut goes after a line that is exactly `}` (prettyplease indents
    /// everything nested) and before a line that is neither blank nor
    /// indented: rustfmt formats each item on its own and keeps the imports at
    /// the top, so the pieces format to exactly what the whole file would.
    pub fn split(self, size: usize) -> Vec<Pretty> {
        if self.modules.is_none() || self.text.len() <= size {
            return vec![self];
        }
        let mut pieces = Vec::new();
        let (mut start, mut at, mut closed) = (0, 0, false);
        for line in self.text.split_inclusive('\n') {
            let starts_item = !line.starts_with(|c: char| c.is_whitespace());
            if closed && starts_item && at - start >= size {
                pieces.push(&self.text[start..at]);
                start = at;
            }
            closed = line.trim_end_matches(['\n', '\r']) == "}";
            at += line.len();
        }
        pieces.push(&self.text[start..]);
        pieces
            .into_iter()
            .enumerate()
            .map(|(piece, text)| Pretty {
                path: self.path.clone(),
                text: text.to_owned(),
                modules: self.modules.clone(),
                piece,
            })
            .collect()
    }
}

/// Formats one file with `prettyplease`; `tail` is appended as is.
pub fn format(file: &str, tokens: TokenStream, header: &str, tail: &str) -> Result<Pretty, Error> {
    let parsed: syn::File = syn::parse2(tokens)
        .map_err(|e| Error::Internal(format!("{file}: generated tokens do not parse: {e}")))?;
    let mut modules = Some(Vec::new());
    out_of_line_modules(&parsed.items, "", &mut modules);
    Ok(Pretty {
        path: file.to_owned(),
        text: format!("{header}\n{}{tail}", prettyplease::unparse(&parsed)),
        modules,
        piece: 0,
    })
}

/// Collects the files that `mod x;` items (in inline modules too) refer to.
fn out_of_line_modules(items: &[syn::Item], dir: &str, found: &mut Option<Vec<String>>) {
    for item in items {
        let syn::Item::Mod(m) = item else { continue };
        if m.attrs.iter().any(|a| a.path().is_ident("path")) {
            *found = None;
            return;
        }
        let name = format!("{dir}{}", m.ident);
        match &m.content {
            None => {
                if let Some(found) = found.as_mut() {
                    found.push(format!("{name}.rs"));
                }
            }
            Some((_, inner)) => out_of_line_modules(inner, &format!("{name}/"), found),
        }
    }
}

/// Runs one `rustfmt` over many files (a process start costs as much as
/// formatting a thousand lines). Each file is written to a scratch directory
/// of its own, with empty stand-ins for the modules it declares, formatted in
/// place and read back. Files with `#[path]` modules go through stdin alone.
pub fn rustfmt_many(files: Vec<Pretty>) -> Result<Vec<(Pretty, String)>, Error> {
    let (batch, alone): (Vec<_>, Vec<_>) = files.into_iter().partition(|f| f.modules.is_some());
    let mut done = Vec::new();
    for f in alone {
        let text = rustfmt(&f.path, f.text.clone())?;
        done.push((f, text));
    }
    if batch.is_empty() {
        return Ok(done);
    }
    let io = |e: std::io::Error| Error::Io(format!("rustfmt scratch directory: {e}"));
    let scratch = tempfile::Builder::new()
        .prefix("codegen-rustfmt-")
        .tempdir()
        .map_err(io)?;
    let mut inputs = Vec::new();
    for (i, f) in batch.iter().enumerate() {
        let dir = scratch.path().join(i.to_string());
        for m in f.modules.iter().flatten() {
            let stand_in = dir.join(m);
            if let Some(parent) = stand_in.parent() {
                std::fs::create_dir_all(parent).map_err(io)?;
            }
            std::fs::write(stand_in, "").map_err(io)?;
        }
        std::fs::create_dir_all(&dir).map_err(io)?;
        let input = dir.join("generated.rs");
        std::fs::write(&input, &f.text).map_err(io)?;
        inputs.push(input);
    }
    let (mut command, rustfmt) = rustfmt_command();
    // The configuration rustfmt would find from here, as in stdin mode (the
    // scratch directory has none).
    if let Some(config) = config_from_cwd() {
        command.arg("--config-path").arg(config);
    }
    let result = command
        .args(&inputs)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| cannot_run(&rustfmt, e))?;
    if !result.status.success() {
        let mut message = String::from_utf8_lossy(&result.stderr).into_owned();
        for (input, f) in inputs.iter().zip(&batch) {
            message = message.replace(&input.display().to_string(), &f.path);
        }
        let names: Vec<&str> = batch.iter().map(|f| f.path.as_str()).collect();
        return Err(Error::Internal(format!(
            "rustfmt rejected generated {}: {message}",
            names.join(", ")
        )));
    }
    for (input, f) in inputs.iter().zip(batch) {
        let text = std::fs::read_to_string(input)
            .map_err(|e| Error::Io(format!("rustfmt output for {}: {e}", f.path)))?;
        done.push((f, text));
    }
    Ok(done)
}

/// The nearest `rustfmt.toml` or `.rustfmt.toml` from the working directory up.
fn config_from_cwd() -> Option<std::path::PathBuf> {
    let cwd = std::env::current_dir().ok()?;
    cwd.ancestors()
        .flat_map(|d| [d.join("rustfmt.toml"), d.join(".rustfmt.toml")])
        .find(|p| p.is_file())
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

/// The toolchain's rustfmt with the options every run uses, and its path for messages.
fn rustfmt_command() -> (Command, String) {
    let rustfmt = rustfmt_binary();
    let mut command = Command::new(&rustfmt);
    command.args(["--edition", "2021", "--quiet"]);
    (command, rustfmt)
}

fn cannot_run(rustfmt: &str, e: std::io::Error) -> Error {
    Error::Io(format!(
        "cannot run `{rustfmt}` ({e}); install it with `rustup component add rustfmt`"
    ))
}

/// Runs `rustfmt` over one generated file through stdin (`name` is for messages).
fn rustfmt(name: &str, text: String) -> Result<String, Error> {
    let (mut command, rustfmt) = rustfmt_command();
    let mut child = command
        .args(["--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| cannot_run(&rustfmt, e))?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    /// A file of `n` items with nested braces, blank lines and a module.
    fn sample(n: usize) -> TokenStream {
        let items = (0..n).map(|i| {
            let s = quote::format_ident!("S{i}");
            let f = quote::format_ident!("f{i}");
            quote! {
                /// Item docs.
                pub struct #s { pub a: u32, pub b: Option<Vec<String>> }
                impl #s {
                    pub fn #f(&self) -> u32 {
                        if self.a > 1 { match self.b { Some(ref v) => v.len() as u32, None => 0 } } else { 2 }
                    }
                }
            }
        });
        quote! {
            //! A module.
            pub mod inner;
            use std::fmt::Debug;
            use std::collections::BTreeMap;
            #(#items)*
        }
    }

    #[test]
    fn pieces_are_whole_items_and_join_to_the_file() {
        let pretty = format("x.rs", sample(40), "// header", "").unwrap();
        let whole = pretty.text.clone();
        let pieces = pretty.split(600);
        assert!(pieces.len() > 5, "{} pieces", pieces.len());
        let joined: String = pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(joined, whole);
        for (i, p) in pieces.iter().enumerate() {
            assert_eq!(p.piece, i);
            if i > 0 {
                assert!(!p.text.starts_with(char::is_whitespace), "{}", p.text);
                let before = &pieces[i - 1].text;
                assert!(before.ends_with("\n}\n"), "{before}");
            }
        }
    }

    #[test]
    fn a_cut_never_goes_before_a_blank_line_or_an_indented_line() {
        let text = "// h\nfn a() {\n}\n\nfn b() {\n}\n    \nfn c() {\n}\nfn d() {\n}\n";
        let p = Pretty {
            path: "x.rs".into(),
            text: text.into(),
            modules: Some(vec![]),
            piece: 0,
        };
        let pieces: Vec<String> = p.split(1).into_iter().map(|p| p.text).collect();
        assert_eq!(
            pieces,
            [
                "// h\nfn a() {\n}\n\nfn b() {\n}\n    \nfn c() {\n}\n",
                "fn d() {\n}\n"
            ]
        );
    }

    #[test]
    fn formatting_in_pieces_equals_formatting_the_whole_file() {
        let pretty = format("x.rs", sample(30), "// header", "").unwrap();
        let whole = rustfmt("x.rs", pretty.text.clone()).unwrap();
        let pieces = pretty.split(2000);
        assert!(pieces.len() > 3);
        let formatted = rustfmt_many(pieces).unwrap();
        let joined: String = formatted.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(joined, whole);
        assert!(formatted.windows(2).all(|w| w[0].0.piece < w[1].0.piece));
    }

    #[test]
    fn files_with_path_modules_are_formatted_whole() {
        let tokens = quote! { #[path = "elsewhere.rs"] mod m; fn a() {} };
        let pretty = format("x.rs", tokens, "// header", "").unwrap();
        assert!(pretty.modules.is_none());
        assert_eq!(pretty.split(1).len(), 1);
        let pretty = format(
            "x.rs",
            quote! { #[path = "elsewhere.rs"] mod m; fn a() {} },
            "//",
            "",
        )
        .unwrap();
        let formatted = rustfmt_many(vec![pretty]).unwrap();
        assert!(formatted[0]
            .1
            .contains("#[path = \"elsewhere.rs\"]\nmod m;"));
    }
}
