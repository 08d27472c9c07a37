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

/// Runs `rustfmt` over each source, all at once.
pub fn rustfmt(sources: Vec<(String, String)>) -> Result<Vec<(String, String)>, Error> {
    let rustfmt = std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".to_owned());
    let mut running = Vec::new();
    for (name, text) in sources {
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
        let mut stdin = child.stdin.take().expect("stdin is piped");
        // Write from a thread so a large file cannot deadlock against rustfmt's output.
        let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
        running.push((name, child, writer));
    }
    let mut out = Vec::new();
    for (name, child, writer) in running {
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
        let text = String::from_utf8(result.stdout)
            .map_err(|e| Error::Internal(format!("rustfmt output for {name}: {e}")))?;
        out.push((name, text));
    }
    Ok(out)
}
