//! `cargo run -p codegen`: regenerate `generated/` from `model/ecr.smithy`;
//! `cargo run -p codegen -- corpus MODELS...`: try the generator on many models.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;

// The generator allocates millions of small token-tree nodes on several threads;
// glibc malloc spends a third of the run growing per-thread arenas.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Generate Rust server and client crates from a Smithy 2.0 JSON AST model.
#[derive(Parser, Debug)]
#[command(version, args_conflicts_with_subcommands = true)]
struct Args {
    #[command(subcommand)]
    command: Option<Cmd>,
    /// The model: `.smithy` and `.json` files and directories, any mix
    /// (default: model/ecr.smithy in this workspace).
    #[arg(long, num_args = 1..)]
    model: Vec<PathBuf>,
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
    /// The AWS partitions data (`partitions.json`) for endpoint rules
    /// (default: $SMITHY_PARTITIONS, else the copy embedded in this binary,
    /// codegen/data/partitions.json).
    #[arg(long)]
    partitions: Option<PathBuf>,
    /// Write nothing; exit 1 listing the files that differ from what the model produces.
    #[arg(long)]
    check: bool,
    /// Print nothing but errors.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(clap::Subcommand, Debug)]
enum Cmd {
    /// Print the table of traits and what the generator does with each
    /// (the content of codegen/TRAITS.md).
    Traits,
    /// Print the table of AWS SDK customizations generated clients make
    /// (the content of docs/customizations.md).
    Customizations,
    /// Print the JSON AST of the loaded model (`.smithy` and `.json` files and
    /// directories): prelude excluded, `apply` merged, keys sorted.
    Ast {
        /// Fold mixins into the shapes that use them and drop the mixins.
        #[arg(long)]
        flatten: bool,
        /// Keep only these operations (names, comma-separated) and the shapes
        /// they reach: a projection of a large model.
        #[arg(long, value_delimiter = ',')]
        operations: Vec<String>,
        /// The model files and directories.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Generate the service(s) of a model together with the protocol test
    /// cases it carries (`@httpRequestTests`, `@httpResponseTests`,
    /// `@httpMalformedRequestTests`, `@eventStreamTests`), run them, and
    /// print one line per service, `NAME: P passed, F failed, S skipped`
    /// (and `NAME-eventstreams: ...` for the event-stream cases), with each
    /// failed case above it; exit 1 on any failure.
    ProtocolTests {
        /// The model: `.smithy` and `.json` files and directories, any mix.
        #[arg(required = true)]
        models: Vec<PathBuf>,
        /// Only this service (shape id or name).
        #[arg(long)]
        service: Option<String>,
        /// The Cargo workspace the crates go into (default:
        /// target/protocol-tests/cli in this workspace; only changed files
        /// are rewritten, so a second run rebuilds little).
        #[arg(long)]
        workspace: Option<PathBuf>,
        /// Cargo target directory (default: target/protocol-tests/target in
        /// this workspace, shared with `cargo test -p protocol-tests`).
        #[arg(long)]
        target_dir: Option<PathBuf>,
        /// Cases not to run: lines `SUITE CASE-ID SIDE/KIND REASON`.
        #[arg(long)]
        skip: Option<PathBuf>,
    },
    /// Generate every model given (files, or directories of `*.json`) into a
    /// temporary workspace and print `generated N/M`, naming each failure.
    Corpus {
        /// Models: `.json` files or directories holding them.
        #[arg(required = true)]
        models: Vec<PathBuf>,
        /// Also run `cargo clippy --all-targets -- -D warnings` over each
        /// model's crates and print `compiled N/M`.
        #[arg(long)]
        compile: bool,
        /// Where the corpus workspace goes (default: a fresh temporary directory).
        #[arg(long)]
        workspace: Option<PathBuf>,
        /// Cargo target directory for `--compile` (default: target/corpus in this
        /// workspace, so dependencies build once and are reused).
        #[arg(long)]
        target_dir: Option<PathBuf>,
    },
}

/// `codegen protocol-tests PATH...`: the model's own protocol test cases,
/// generated and run; one line per service, exit 1 on any failure.
fn protocol_tests(
    models: &[PathBuf],
    service: Option<String>,
    workspace: Option<PathBuf>,
    target_dir: Option<PathBuf>,
    skip: Option<PathBuf>,
) -> ExitCode {
    let mut suites = match codegen::conformance::discover(models) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("codegen: {e}");
            return ExitCode::from(2);
        }
    };
    if let Some(want) = &service {
        suites.retain(|s| s.service.as_deref() == Some(want) || s.name == *want);
    }
    if suites.is_empty() {
        eprintln!("codegen: the model defines no such service");
        return ExitCode::from(2);
    }
    let ws = codegen::workspace_dir();
    let work = ws.join("target").join("protocol-tests");
    let options = codegen::conformance::RunOptions {
        workspace: workspace.unwrap_or_else(|| work.join("cli")),
        target_dir: target_dir.unwrap_or_else(|| work.join("target")),
        skip,
        partitions: None,
    };
    let out = match codegen::conformance::run(&suites, &options) {
        Ok(out) => out,
        Err(e) => {
            eprintln!("codegen: {e}");
            return ExitCode::from(2);
        }
    };
    let failures = out.failures();
    for (_, line) in &failures {
        println!("{line}");
    }
    for line in out.stdout.lines().filter(|l| l.contains("the skip list")) {
        println!("{line}");
    }
    for suite in &suites {
        let events = out.summary(&format!("{}-eventstreams", suite.name));
        match out.summary(&suite.name) {
            // Only event-stream cases: their line says it.
            Some(line) if events.is_some() && line.ends_with(": 0 passed, 0 failed, 0 skipped") => {
            }
            Some(line) => println!("{line}"),
            None if !out.build_failed() => {
                println!(
                    "{}: 0 passed, 0 failed, 0 skipped (no cases for its protocols)",
                    suite.name
                )
            }
            None => println!("{}: did not run", suite.name),
        }
        // eventStreamTests cases have a line of their own.
        if let Some(line) = events {
            println!("{line}");
        }
    }
    if out.build_failed() {
        eprintln!("{}", out.stderr);
        return ExitCode::FAILURE;
    }
    if failures.is_empty() && out.success {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn corpus(
    models: &[PathBuf],
    compile: bool,
    workspace: Option<PathBuf>,
    target_dir: Option<PathBuf>,
) -> ExitCode {
    let models = match codegen::corpus::collect(models) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("codegen: {e}");
            return ExitCode::from(2);
        }
    };
    let tmp;
    let workspace = match workspace {
        Some(w) => w,
        None => match tempfile::Builder::new().prefix("codegen-corpus-").tempdir() {
            Ok(d) => {
                tmp = d;
                tmp.path().to_path_buf()
            }
            Err(e) => {
                eprintln!("codegen: cannot create a temporary directory: {e}");
                return ExitCode::from(2);
            }
        },
    };
    let started = Instant::now();
    let ws = codegen::workspace_dir();
    let results =
        codegen::corpus::generate_all(&models, &workspace, Some(&ws.join("Cargo.lock")), |r| {
            match &r.outcome {
                codegen::corpus::Outcome::Generated { lines, .. } => {
                    println!("ok      {} ({lines} lines)", r.model.display())
                }
                codegen::corpus::Outcome::Failed(e) => {
                    println!("FAILED  {}: {e}", r.model.display())
                }
            }
        });
    let results = match results {
        Ok(r) => r,
        Err(e) => {
            eprintln!("codegen: {e}");
            return ExitCode::from(2);
        }
    };
    let generated: Vec<_> = results
        .iter()
        .filter_map(|r| match &r.outcome {
            codegen::corpus::Outcome::Generated { crates, .. } => Some((r, crates)),
            _ => None,
        })
        .collect();
    println!(
        "generated {}/{} in {:.1} s (workspace {})",
        generated.len(),
        results.len(),
        started.elapsed().as_secs_f64(),
        workspace.display()
    );
    let mut ok = generated.len() == results.len();
    if compile {
        let target = target_dir.unwrap_or_else(|| ws.join("target").join("corpus"));
        ok &= compile_all(&workspace, &target, &generated, results.len()) == results.len();
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `codegen ast [--flatten] FILE...`: the model as JSON AST on stdout.
fn ast(files: &[PathBuf], flatten: bool, operations: &[String]) -> ExitCode {
    let assembled = codegen::load::ast::assemble_files(files).and_then(|mut a| {
        if flatten {
            codegen::load::ast::flatten(&mut a.doc)?;
        }
        if !operations.is_empty() {
            codegen::load::ast::keep_operations(&mut a.doc, operations)?;
        }
        Ok(a)
    });
    match assembled {
        Ok(a) => {
            for w in &a.warnings {
                eprintln!("codegen: warning: {w}");
            }
            use std::io::Write;
            // A closed pipe (`| head`) is not an error worth a panic.
            let _ = std::io::stdout().write_all(codegen::load::ast::print(&a.doc).as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("codegen: {e}");
            ExitCode::FAILURE
        }
    }
}

fn main() -> ExitCode {
    let mut args = Args::parse();
    match args.command.take() {
        Some(Cmd::Traits) => {
            print!("{}", codegen::traits::markdown());
            ExitCode::SUCCESS
        }
        Some(Cmd::Customizations) => {
            print!("{}", codegen::lower::customize::markdown());
            ExitCode::SUCCESS
        }
        Some(Cmd::Ast {
            flatten,
            operations,
            files,
        }) => ast(&files, flatten, &operations),
        Some(Cmd::Corpus {
            models,
            compile,
            workspace,
            target_dir,
        }) => corpus(&models, compile, workspace, target_dir),
        Some(Cmd::ProtocolTests {
            models,
            service,
            workspace,
            target_dir,
            skip,
        }) => protocol_tests(&models, service, workspace, target_dir, skip),
        None => generate(args),
    }
}

/// Generates (or with `--check`, compares) one model's crates.
fn generate(args: Args) -> ExitCode {
    let ws = codegen::workspace_dir();
    let models = if args.model.is_empty() {
        vec![ws.join("model").join("ecr.smithy")]
    } else {
        args.model
    };
    let model = models
        .iter()
        .map(|m| m.display().to_string())
        .collect::<Vec<_>>()
        .join(" ");
    let out = args.out.unwrap_or_else(|| ws.join("generated"));
    let started = Instant::now();
    let options = codegen::Options {
        service: args.service,
        runtime_path: args.runtime_path,
        partitions: args.partitions,
        suite: None,
    };
    let (files, cache) = match codegen::generate_full(&models, &out, &options) {
        Ok(g) => {
            for w in &g.warnings {
                eprintln!("codegen: warning: {w}");
            }
            (g.files, g.cache)
        }
        Err(e) => {
            eprintln!("codegen: {e}");
            return ExitCode::from(2);
        }
    };
    if args.check {
        let stale = codegen::write::check(&out, &files);
        if stale.is_empty() {
            if !args.quiet {
                println!("{} is up to date with {model}", out.display());
            }
            return ExitCode::SUCCESS;
        }
        eprintln!(
            "{} is stale ({} files differ from what {model} produces):",
            out.display(),
            stale.len(),
        );
        for s in &stale {
            eprintln!("  {s}");
        }
        eprintln!("regenerate with: cargo run -p codegen");
        return ExitCode::FAILURE;
    }
    match codegen::write::write(&out, &files) {
        Ok(report) => {
            cache.save(&out);
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

/// Clippy over each generated model's crates; how many of `total` models pass.
fn compile_all(
    workspace: &std::path::Path,
    target: &std::path::Path,
    generated: &[(&codegen::corpus::ModelResult, &Vec<String>)],
    total: usize,
) -> usize {
    let started = Instant::now();
    let mut compiled = 0;
    for (r, crates) in generated {
        match codegen::corpus::compile(workspace, target, crates) {
            Ok(()) => {
                compiled += 1;
                println!("compiled {}", r.model.display());
            }
            Err(e) => println!("FAILED  {}: {e}", r.model.display()),
        }
    }
    println!(
        "compiled {compiled}/{total} in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    compiled
}
