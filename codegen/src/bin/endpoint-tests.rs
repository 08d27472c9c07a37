//! `cargo run --release --bin endpoint-tests -- MODEL...`: runs every
//! `smithy.rules#endpointTests` case of the given models (any protocol)
//! through the resolver generated clients use (`codegen_rt::endpoint`) and
//! prints `endpoint-tests: P passed, F failed`, with each failure's model,
//! service, documentation line, expected and actual outcome. Exits 1 when a
//! case fails or a model does not load.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use codegen::endpoints;
use codegen::load::{self, Kind};

/// Run the endpoint rule-set test cases of Smithy models.
#[derive(Parser, Debug)]
struct Args {
    /// The AWS partitions data (`partitions.json`) for endpoint rules
    /// (default: $SMITHY_PARTITIONS, else the copy embedded in this binary,
    /// codegen/data/partitions.json).
    #[arg(long)]
    partitions: Option<PathBuf>,
    /// Print every case, not only failures.
    #[arg(long, short)]
    verbose: bool,
    /// Model files (`.json`, `.smithy`) or directories; each is loaded on its own.
    #[arg(required = true)]
    models: Vec<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let partitions = match endpoints::read_partitions(args.partitions.as_deref()) {
        Ok(p) => p.parsed,
        Err(e) => {
            eprintln!("endpoint-tests: {e}");
            return ExitCode::FAILURE;
        }
    };
    let (mut passed, mut failed, mut broken, mut services) = (0usize, 0usize, 0usize, 0usize);
    for path in &args.models {
        let model = match load::load_file(path) {
            Ok(m) => m,
            Err(e) => {
                eprintln!("{}: does not load: {e}", path.display());
                broken += 1;
                continue;
            }
        };
        for service in model.shapes.values().filter(|s| s.kind == Kind::Service) {
            let cases = match endpoints::cases(service) {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("{}: {e}", path.display());
                    broken += 1;
                    continue;
                }
            };
            if cases.is_empty() {
                continue;
            }
            let rules = match endpoints::rules(service) {
                Ok(Some(r)) => r.set,
                Ok(None) => {
                    eprintln!(
                        "{}: {} has endpoint tests but no endpoint rules",
                        path.display(),
                        service.id
                    );
                    broken += 1;
                    continue;
                }
                Err(e) => {
                    eprintln!("{}: {e}", path.display());
                    broken += 1;
                    continue;
                }
            };
            services += 1;
            for case in cases {
                let checked = case.check(&rules, &partitions);
                if checked.is_ok() {
                    passed += 1;
                    if args.verbose {
                        println!(
                            "ok   {} {}: {}",
                            path.display(),
                            service.id,
                            case.documentation
                        );
                    }
                } else if let Err(diff) = checked {
                    failed += 1;
                    println!(
                        "FAIL {} {}: {}\n     {diff}",
                        path.display(),
                        service.id,
                        case.documentation,
                    );
                }
            }
        }
    }
    println!(
        "endpoint-tests: {passed} passed, {failed} failed ({services} services, {} models{})",
        args.models.len(),
        if broken > 0 {
            format!(", {broken} could not be run")
        } else {
            String::new()
        }
    );
    if failed > 0 || broken > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
