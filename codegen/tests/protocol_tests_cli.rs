//! `codegen protocol-tests` on a model that carries its own protocol tests
//! (`codegen/tests/protocol-models/greetings.smithy`: one service on
//! awsJson1_0 and rpcv2Json, client and server cases): it prints the
//! service's line and exits 0; with one case's expected body made wrong, it
//! prints that case as failed and exits 1. Needs no `../shared`.

use std::process::Command;

fn run(model: &std::path::Path, workspace: &std::path::Path) -> (bool, String) {
    let root = codegen::workspace_dir();
    let out = Command::new(env!("CARGO_BIN_EXE_codegen"))
        .arg("protocol-tests")
        .arg(model)
        .arg("--workspace")
        .arg(workspace)
        .arg("--target-dir")
        .arg(root.join("target/protocol-tests/target"))
        .output()
        .expect("codegen runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    (
        out.status.success(),
        format!("{stdout}\n--- stderr ---\n{stderr}"),
    )
}

#[test]
fn a_models_own_cases_run_and_failures_are_reported() {
    let root = codegen::workspace_dir();
    let model = root.join("codegen/tests/protocol-models/greetings.smithy");
    let work = root.join("target/protocol-tests/cli-test");

    // Step 1: as written, every case passes: 2 request and 2 response
    // cases, each on the client and the server side.
    let (ok, out) = run(&model, &work.join("good"));
    assert!(ok, "{out}");
    assert!(
        out.lines()
            .any(|l| l == "Greetings: 8 passed, 0 failed, 0 skipped"),
        "{out}"
    );

    // Step 2: a wrong body fails that case on both sides (the client reads
    // another greeting than the params; the server writes another body than
    // the case's), and the command exits 1.
    let tmp = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(&model).unwrap();
    // The response case's body only; its params still say "Hello, Ada".
    let broken = text.replace(
        r#"\"greeting\": \"Hello, Ada\""#,
        r#"\"greeting\": \"Hello, Bob\""#,
    );
    assert_ne!(text, broken);
    let broken_model = tmp.path().join("greetings.smithy");
    std::fs::write(&broken_model, broken).unwrap();
    let (ok, out) = run(&broken_model, &work.join("broken"));
    assert!(!ok, "{out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("FAILED Greetings SayHelloAnswerRpcV2Json (server/response)")),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.starts_with("FAILED Greetings SayHelloAnswerRpcV2Json (client/response)")),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l == "Greetings: 6 passed, 2 failed, 0 skipped"),
        "{out}"
    );
}
