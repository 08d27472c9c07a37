//! Loading the ECR model from IDL against loading the same model from JSON
//! AST, measured in the same run: `cargo bench -p codegen --bench load`.
//!
//! The JSON is what `codegen ast model/ecr.smithy` prints, so both sides
//! describe the same model. Each round loads both (alternating which goes
//! first) to the typed model the generator uses; the figure is the ratio of
//! the medians. Env: BENCH_ROUNDS (default 200).

use std::time::{Duration, Instant};

use codegen::load::{ast, load_value};

fn main() {
    let ws = codegen::workspace_dir();
    let idl =
        std::fs::read_to_string(ws.join("model").join("ecr.smithy")).expect("model/ecr.smithy");
    let idl_sources = [("ecr.smithy".to_owned(), idl)];
    let json = ast::print(&ast::assemble(&idl_sources).expect("the model loads").doc);
    let json_sources = [("ecr.json".to_owned(), json)];
    let rounds: usize = std::env::var("BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(200);
    let load = |sources: &[(String, String)]| {
        let started = Instant::now();
        let doc = ast::assemble(sources).expect("loads").doc;
        let model = load_value(doc).expect("loads");
        std::hint::black_box(model);
        started.elapsed()
    };
    // Warm up both paths.
    for _ in 0..10 {
        load(&idl_sources);
        load(&json_sources);
    }
    let (mut from_idl, mut from_json) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        if round % 2 == 0 {
            from_idl.push(load(&idl_sources));
            from_json.push(load(&json_sources));
        } else {
            from_json.push(load(&json_sources));
            from_idl.push(load(&idl_sources));
        }
    }
    let median = |v: &mut Vec<Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    let (i, j) = (median(&mut from_idl), median(&mut from_json));
    println!(
        "load ECR model from JSON AST: median {:.2} ms ({rounds} rounds)",
        j.as_secs_f64() * 1e3
    );
    println!(
        "load ECR model from IDL:      median {:.2} ms ({rounds} rounds)",
        i.as_secs_f64() * 1e3
    );
    println!(
        "IDL / JSON load time ratio: {:.2} (target at most 2.0)",
        i.as_secs_f64() / j.as_secs_f64()
    );
}
