//! `cargo run -p codegen`: regenerate `generated/` from `model/ecr.json`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;

/// Generate Rust server and client crates from a Smithy 2.0 JSON AST model.
#[derive(Parser, Debug)]
#[command(version)]
struct Args {
    /// The model (default: model/ecr.json in this workspace).
    #[arg(long)]
    model: Option<PathBuf>,
    /// Where the crates go (default: generated/ in this workspace).
    #[arg(long)]
    out: Option<PathBuf>,
    /// The service shape to generate when the model has several.
    #[arg(long)]
    service: Option<String>,
    /// Path generated Cargo.toml files use for the runtime crate
    /// (default: relative inside this workspace, absolute outside).
    #[arg(long)]
    runtime_path: Option<String>,
    /// Write nothing; exit 1 listing the files that differ from what the model produces.
    #[arg(long)]
    check: bool,
    /// Print nothing but errors.
    #[arg(long, short)]
    quiet: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let ws = codegen::workspace_dir();
    let model = args
        .model
        .unwrap_or_else(|| ws.join("model").join("ecr.json"));
    let out = args.out.unwrap_or_else(|| ws.join("generated"));
    let started = Instant::now();
    let options = codegen::Options {
        service: args.service,
        runtime_path: args.runtime_path,
    };
    let files = match codegen::generate(&model, &out, &options) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("codegen: {e}");
            return ExitCode::from(2);
        }
    };
    if args.check {
        let stale = codegen::write::check(&out, &files);
        if stale.is_empty() {
            if !args.quiet {
                println!("{} is up to date with {}", out.display(), model.display());
            }
            return ExitCode::SUCCESS;
        }
        eprintln!(
            "{} is stale ({} files differ from what {} produces):",
            out.display(),
            stale.len(),
            model.display()
        );
        for s in &stale {
            eprintln!("  {s}");
        }
        eprintln!("regenerate with: cargo run -p codegen");
        return ExitCode::FAILURE;
    }
    match codegen::write::write(&out, &files) {
        Ok(report) => {
            if !args.quiet {
                println!(
                    "generated {} files into {} in {:.1} ms: {} written, {} unchanged, {} removed",
                    files.len(),
                    out.display(),
                    started.elapsed().as_secs_f64() * 1000.0,
                    report.written.len(),
                    report.unchanged,
                    report.removed.len()
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("codegen: {e}");
            ExitCode::from(2)
        }
    }
}
