//! Generates each official awsJson compliance suite (server, client and test
//! crates) into `target/protocol-tests/ws`, runs the generated tests there with
//! the skip list `protocol-tests/skip.txt`, and prints one line per suite:
//! `awsJson1_1: P passed, F failed, S skipped`.
//!
//! The models are read in place from `../shared/protocol-tests/`. Without them
//! the suites are skipped with a message, except under `CI=true`, where that
//! is a failure.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const SUITES: &[&str] = &[
    "awsJson1_1",
    "awsJson1_1-machinelearning",
    "awsJson1_0",
    "restJson1",
    "restJson1-validation",
];

fn main() -> ExitCode {
    let root = codegen::workspace_dir();
    let models = root.join("../shared/protocol-tests");
    if !models.is_dir() {
        if std::env::var("CI").as_deref() == Ok("true") {
            println!("CI=true but {} is missing", models.display());
            return ExitCode::FAILURE;
        }
        println!(
            "skipping the protocol suites: {} not found",
            models.display()
        );
        return ExitCode::SUCCESS;
    }
    let work = root.join("target/protocol-tests");
    let ws = work.join("ws");
    match generate(&models, &ws, &root) {
        Ok(()) => {}
        Err(e) => {
            println!("could not generate the suites: {e}");
            return ExitCode::FAILURE;
        }
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["test", "--workspace", "--no-fail-fast", "--quiet"])
        .current_dir(&ws)
        .env("CARGO_TARGET_DIR", work.join("target"))
        .env("PROTOCOL_TESTS_SKIP", root.join("protocol-tests/skip.txt"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let known = match known_failures(&root.join("protocol-tests/known-failures.txt")) {
        Ok(k) => k,
        Err(e) => {
            println!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let mut ok = true;
    let mut failed: Vec<(String, String, String)> = Vec::new();
    for line in stdout.lines() {
        if let Some(f) = failure(line) {
            if !known.contains(&f) {
                println!("{line}");
                ok = false;
            }
            failed.push(f);
        } else if line.contains("the skip list") {
            println!("{line}");
        }
    }
    for k in &known {
        if !failed.contains(k) {
            println!(
                "known-failures.txt lists {} {} {}, which did not fail: remove the line",
                k.0, k.1, k.2
            );
            ok = false;
        }
    }
    for suite in SUITES {
        let prefix = format!("{suite}: ");
        match stdout
            .lines()
            .find(|l| l.starts_with(&prefix) && l.contains(" passed, "))
        {
            Some(line) => {
                let listed = known.iter().filter(|k| k.0 == *suite).count();
                if listed > 0 {
                    println!("{line} ({listed} of the failures are known: protocol-tests/known-failures.txt)");
                } else {
                    println!("{line}");
                }
            }
            None => {
                println!("{suite}: did not run");
                ok = false;
            }
        }
    }
    if !out.status.success() && !stderr.contains("test failed") {
        ok = false;
        // Build errors and the like.
        let tail: Vec<&str> = stderr.lines().rev().take(60).collect();
        for line in tail.into_iter().rev() {
            println!("{line}");
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `(suite, case id, side/kind)` of a `FAILED suite id (side/kind): ...` line.
fn failure(line: &str) -> Option<(String, String, String)> {
    let rest = line.strip_prefix("FAILED ")?;
    let mut words = rest.split_whitespace();
    let suite = words.next()?.to_owned();
    let id = words.next()?.to_owned();
    let side = words.next()?.trim_start_matches('(');
    let side = side.split(')').next()?.to_owned();
    Some((suite, id, side))
}

/// The cases that are run and known to fail:
/// `suite case-id side/kind reason`, one per line, `#` comments.
fn known_failures(path: &Path) -> Result<Vec<(String, String, String)>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let w: Vec<&str> = line.splitn(4, ' ').collect();
        if w.len() < 4 {
            return Err(format!("known-failures.txt: '{line}' gives no reason"));
        }
        out.push((w[0].to_owned(), w[1].to_owned(), w[2].to_owned()));
    }
    Ok(out)
}

/// Writes every suite's crates under `ws` (only changed files), and the
/// workspace around them.
fn generate(models: &Path, ws: &Path, root: &Path) -> Result<(), String> {
    let options = codegen::Options {
        service: None,
        runtime_path: None,
        partitions: None,
    };
    let mut members = Vec::new();
    for suite in SUITES {
        let model: PathBuf = models.join(format!("{suite}.json"));
        let out = ws.join(suite);
        let files =
            codegen::generate(&model, &out, &options).map_err(|e| format!("{suite}: {e}"))?;
        codegen::write::write(&out, &files).map_err(|e| format!("{suite}: {e}"))?;
        for f in files.keys().filter(|f| f.ends_with("Cargo.toml")) {
            let dir = f
                .parent()
                .map(Path::display)
                .map(|d| d.to_string())
                .unwrap_or_default();
            members.push(format!("\"{suite}/{dir}\""));
        }
    }
    let manifest = format!(
        "# Generated by protocol-tests/tests/suites.rs.\n[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
        members.join(", ")
    );
    write_if_changed(&ws.join("Cargo.toml"), &manifest)?;
    // The same dependency versions as the project.
    let lock = ws.join("Cargo.lock");
    if !lock.exists() {
        std::fs::copy(root.join("Cargo.lock"), &lock).map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn write_if_changed(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}
