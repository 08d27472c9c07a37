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
