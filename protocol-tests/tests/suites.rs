//! Generates each official compliance suite (server, client and test crates)
//! into `target/protocol-tests/ws` with `codegen::conformance` (what
//! `codegen protocol-tests` runs for any model), runs the generated tests
//! there with the skip list `protocol-tests/skip.txt`, and prints one line
//! per suite: `awsJson1_1: P passed, F failed, S skipped`.
//!
//! The models are read in place from `../shared/protocol-tests/`. Without them
//! those suites are skipped with a message, except under `CI=true`, where that
//! is a failure. Smithy's cases for AWS SDK customizations (Glacier, API
//! Gateway) and our own event-stream cases for awsJson1_1 and rpcv2Cbor are
//! kept in `protocol-tests/models/` and always run.

use std::path::Path;
use std::process::ExitCode;

use codegen::conformance::{self, RunOptions, Suite};

/// The suites in JSON AST, one service each: the file's stem names it.
const JSON_SUITES: &[&str] = &[
    "awsJson1_1",
    "awsJson1_1-machinelearning",
    "awsJson1_0",
    "restJson1",
    "restJson1-validation",
    "rpcv2Cbor-query-compatible",
    "rpcv2Cbor-non-query-compatible",
    "awsQuery",
    "ec2Query",
    "restXml",
    "restXml-namespace",
    "restXml-s3",
];

/// Smithy's own rpcv2 suites, as published IDL: the protocol's folder with
/// the shared types and the trait definitions.
const IDL_SUITES: &[&str] = &["rpcv2Cbor", "rpcv2Json"];

/// Smithy's published cases for AWS SDK customizations (restJson1), kept in
/// this repository (`protocol-tests/models/`): they run without `../shared`.
const CUSTOMIZATION_SUITES: &[(&str, &str)] = &[
    ("restJson1-glacier", "glacier.smithy"),
    ("restJson1-apigateway", "apigateway.smithy"),
];

/// Our own cases, where the official suites have none: event streams over
/// awsJson1_1 and rpcv2Cbor (`protocol-tests/models/rpc-eventstreams.json`
/// applies them to the service of `codegen/tests/models/events-rpc.smithy`).
const OWN_SUITES: &[(&str, &[&str])] = &[(
    "awsJson1_1-rpcv2Cbor",
    &[
        "codegen/tests/models/events-rpc.smithy",
        "protocol-tests/models/rpc-eventstreams.json",
    ],
)];

fn customization_suites(root: &Path) -> Vec<Suite> {
    let customizations = CUSTOMIZATION_SUITES.iter().map(|(name, file)| Suite {
        name: (*name).to_owned(),
        models: vec![root.join("protocol-tests/models").join(file)],
        service: None,
    });
    let own = OWN_SUITES.iter().map(|(name, files)| Suite {
        name: (*name).to_owned(),
        models: files.iter().map(|f| root.join(f)).collect(),
        service: None,
    });
    customizations.chain(own).collect()
}

fn suites(models: &Path) -> Vec<Suite> {
    let json = JSON_SUITES.iter().map(|name| Suite {
        name: (*name).to_owned(),
        models: vec![models.join(format!("{name}.json"))],
        service: None,
    });
    let rpcv2 = models.join("rpcv2");
    let idl = IDL_SUITES.iter().map(|name| Suite {
        name: (*name).to_owned(),
        models: vec![
            rpcv2.join(name),
            rpcv2.join("shared-types.smithy"),
            rpcv2.join("traits"),
        ],
        service: None,
    });
    json.chain(idl).collect()
}

fn main() -> ExitCode {
    let root = codegen::workspace_dir();
    let models = root.join("../shared/protocol-tests");
    let mut suites = customization_suites(&root);
    if models.is_dir() {
        suites.extend(self::suites(&models));
    } else if std::env::var("CI").as_deref() == Ok("true") {
        println!("CI=true but {} is missing", models.display());
        return ExitCode::FAILURE;
    } else {
        println!(
            "skipping the official protocol suites: {} not found (the customization suites in protocol-tests/models run)",
            models.display()
        );
    }
    let work = root.join("target/protocol-tests");
    let options = RunOptions {
        workspace: work.join("ws"),
        target_dir: work.join("target"),
        skip: Some(root.join("protocol-tests/skip.txt")),
        partitions: None,
    };
    let out = match conformance::run(&suites, &options) {
        Ok(out) => out,
        Err(e) => {
            println!("could not generate the suites: {e}");
            return ExitCode::FAILURE;
        }
    };
    let known = match known_failures(&root.join("protocol-tests/known-failures.txt")) {
        Ok(k) => k,
        Err(e) => {
            println!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let mut ok = true;
    let failed = out.failures();
    for (f, line) in &failed {
        if !known.contains(f) {
            println!("{line}");
            ok = false;
        }
    }
    for line in out.stdout.lines().filter(|l| l.contains("the skip list")) {
        println!("{line}");
    }
    for k in &known {
        if !failed.iter().any(|(f, _)| f == k) {
            println!(
                "known-failures.txt lists {} {} {}, which did not fail: remove the line",
                k.0, k.1, k.2
            );
            ok = false;
        }
    }
    for suite in &suites {
        let events = out.summary(&format!("{}-eventstreams", suite.name));
        match out.summary(&suite.name) {
            // A suite of event-stream cases only prints their line.
            Some(line) if events.is_some() && line.ends_with(": 0 passed, 0 failed, 0 skipped") => {
            }
            Some(line) => {
                let listed = known.iter().filter(|k| k.0 == suite.name).count();
                if listed > 0 {
                    println!("{line} ({listed} of the failures are known: protocol-tests/known-failures.txt)");
                } else {
                    println!("{line}");
                }
            }
            None => {
                println!("{}: did not run", suite.name);
                ok = false;
            }
        }
        // A suite with eventStreamTests prints them as a line of their own.
        if let Some(line) = events {
            println!("{line}");
        }
    }
    if out.build_failed() {
        ok = false;
        // Build errors and the like.
        let tail: Vec<&str> = out.stderr.lines().rev().take(60).collect();
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
