//! `cargo run -p ecr-server`: an ECR-compatible registry on 127.0.0.1:5000.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use codegen_rt::sigv4::Keys;
use ecr_server::app::{self, App, Config};
use tracing_subscriber::EnvFilter;

// The request path allocates many small strings (SigV4 canonical requests,
// JSON); mimalloc serves them faster than the system allocator
// (`cargo bench -p ecr-server` measures with it too).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// An ECR-compatible registry server: repositories, layer uploads, images and
/// pre-signed layer downloads, with SigV4 authentication.
#[derive(Parser, Debug)]
#[command(version)]
struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:5000")]
    listen: String,
    /// Where repositories, images and layers are kept.
    #[arg(long, default_value = "ecr-data")]
    data_dir: PathBuf,
    /// The region clients sign for (and URLs are signed for).
    #[arg(long, default_value = "us-east-1", env = "ECR_SERVER_REGION")]
    region: String,
    /// The registry's 12-digit account id.
    #[arg(long, default_value = "000000000000", env = "ECR_SERVER_ACCOUNT_ID")]
    account_id: String,
    /// Access key id clients sign with (default: one generated and stored in the data dir).
    #[arg(long, env = "ECR_SERVER_ACCESS_KEY_ID", requires = "secret_access_key")]
    access_key_id: Option<String>,
    /// Secret access key for --access-key-id.
    #[arg(
        long,
        env = "ECR_SERVER_SECRET_ACCESS_KEY",
        requires = "access_key_id",
        hide_env_values = true
    )]
    secret_access_key: Option<String>,
    /// A key pair, `ACCESS_KEY_ID:SECRET`, that may only read (pull, list,
    /// describe); may be given several times.
    #[arg(long, value_name = "ACCESS_KEY_ID:SECRET")]
    read_only_key: Vec<String>,
    /// Another key pair, `ACCESS_KEY_ID:SECRET`, that may read and write;
    /// may be given several times (one per user, with --principal).
    #[arg(long, value_name = "ACCESS_KEY_ID:SECRET")]
    key: Vec<String>,
    /// The IAM principal an access key stands for in repository and
    /// registry policies, `ACCESS_KEY_ID=arn:aws:iam::ACCOUNT:user/NAME` (or
    /// `:role/NAME`, `:root`); a principal of another account is allowed
    /// only what a policy allows it. Keys not named are the account's root.
    #[arg(long, value_name = "ACCESS_KEY_ID=ARN")]
    principal: Vec<String>,
    /// A directory of vulnerability entries in OSV's JSON format (one file
    /// each, as osv.dev exports them; subdirectories read too) that image
    /// scans match installed packages against. Nothing is downloaded;
    /// without it, scans fail saying so.
    #[arg(long, value_name = "DIR")]
    vuln_db: Option<PathBuf>,
    /// A JSON file saying where the registries that PutReplicationConfiguration
    /// names are, and how to sign for them: `{"REGION/ACCOUNT": {"endpoint":
    /// "http://host:port", "accessKeyId": "...", "secretAccessKey": "...",
    /// "signingRegion": "..." (default REGION)}}`.
    #[arg(long, value_name = "FILE")]
    replication_endpoints: Option<PathBuf>,
    /// A JSON file of the keys the signing profiles that
    /// PutSigningConfiguration names sign with: `{"PROFILE_ARN": {"key":
    /// "key.pem" (PKCS#8 P-256), "certificates": "chain.pem" (leaf first)}}`,
    /// paths relative to the file.
    #[arg(long, value_name = "FILE")]
    signing_keys: Option<PathBuf>,
    /// Accept requests without checking their SigV4 signature (for experiments only).
    #[arg(long)]
    no_auth: bool,
    /// Seconds a pre-signed download URL stays valid.
    #[arg(long, default_value_t = 3600)]
    url_expiry: u64,
    /// Largest request body accepted, in bytes.
    #[arg(long, default_value_t = 64 * 1024 * 1024)]
    body_limit: usize,
    /// Seconds after which a pull by tag from a pull-through cache repository
    /// asks the upstream again whether the tag now names another image.
    #[arg(long, default_value_t = 24 * 60 * 60, value_name = "SECS")]
    upstream_refresh: u64,
    /// A JSON file of credentials for upstream registries that need them, by
    /// the secret ARN a pull-through cache rule's --credential-arn names:
    /// `{"arn:aws:secretsmanager:REGION:ACCOUNT:secret:ecr-pullthroughcache/NAME":
    /// {"username": "...", "accessToken": "..."}}`.
    #[arg(long, value_name = "FILE")]
    upstream_secrets: Option<PathBuf>,
    /// Seconds between applications of the repositories' lifecycle policies
    /// (0: never; previews still work).
    #[arg(long, default_value_t = 3600, value_name = "SECS")]
    lifecycle_interval: u64,
    /// Seconds between garbage collections while serving (0: only at start):
    /// layers no image references, stale uploads and blobs no repository has
    /// are removed, without pausing the registry.
    #[arg(long, default_value = "3600", value_name = "SECS", value_parser = seconds)]
    gc_interval: Duration,
    /// Seconds an unreferenced layer or an untouched upload is kept: the
    /// time a push has between uploading its layers and sending its manifest.
    #[arg(long, default_value = "86400", value_name = "SECS", value_parser = seconds)]
    gc_grace: Duration,
}

/// A number of seconds, fractions allowed (`0.5`), never negative.
fn seconds(s: &str) -> Result<Duration, String> {
    let n: f64 = s
        .parse()
        .map_err(|_| format!("'{s}' is not a number of seconds"))?;
    Duration::try_from_secs_f64(n)
        .map_err(|_| format!("'{s}' is not a number of seconds from 0 to 2^64"))
}

/// Resolves at SIGINT or SIGTERM. The handlers are installed when this is
/// called, not when it is first polled, so a signal sent as soon as the
/// banner is out is already caught.
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    let (mut int, mut term) = {
        use tokio::signal::unix::{signal, SignalKind};
        (
            signal(SignalKind::interrupt()).ok(),
            signal(SignalKind::terminate()).ok(),
        )
    };
    async move {
        #[cfg(unix)]
        {
            let int = async {
                match int.as_mut() {
                    Some(s) => {
                        s.recv().await;
                    }
                    None => std::future::pending::<()>().await,
                }
            };
            let term = async {
                match term.as_mut() {
                    Some(s) => {
                        s.recv().await;
                    }
                    None => std::future::pending::<()>().await,
                }
            };
            tokio::select! {
                () = int => {},
                () = term => {},
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
        }
        tracing::info!("shutting down: finishing requests in flight");
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let args = Args::parse();
    if args.account_id.len() != 12 || !args.account_id.bytes().all(|b| b.is_ascii_digit()) {
        eprintln!(
            "ecr-server: --account-id must be 12 digits, got '{}'",
            args.account_id
        );
        return ExitCode::from(2);
    }
    let (akid, secret, generated) = match (args.access_key_id, args.secret_access_key) {
        (Some(a), Some(s)) => (a, s, false),
        _ => match app::stored_keys(&args.data_dir) {
            Ok(((a, s), g)) => (a, s, g),
            Err(e) => {
                eprintln!(
                    "ecr-server: cannot load or create credentials in {}: {e}",
                    args.data_dir.display()
                );
                return ExitCode::FAILURE;
            }
        },
    };
    let mut keys = Keys::default();
    keys.add(akid.clone(), secret.clone());
    let mut read_only = std::collections::BTreeSet::new();
    for pair in &args.read_only_key {
        let Some((a, s)) = pair
            .split_once(':')
            .filter(|(a, s)| !a.is_empty() && !s.is_empty())
        else {
            eprintln!("ecr-server: --read-only-key must be ACCESS_KEY_ID:SECRET");
            return ExitCode::from(2);
        };
        if a == akid {
            eprintln!("ecr-server: --read-only-key {a} is the read-write key");
            return ExitCode::from(2);
        }
        keys.add(a, s);
        read_only.insert(a.to_owned());
    }
    for pair in &args.key {
        let Some((a, s)) = pair
            .split_once(':')
            .filter(|(a, s)| !a.is_empty() && !s.is_empty())
        else {
            eprintln!("ecr-server: --key must be ACCESS_KEY_ID:SECRET");
            return ExitCode::from(2);
        };
        keys.add(a, s);
    }
    let principal_arn =
        regex::Regex::new(r"^arn:aws:iam::[0-9]{12}:(root|(user|role)/[\w+=,.@/-]+)$")
            .expect("principal pattern");
    let mut principals = std::collections::BTreeMap::new();
    for pair in &args.principal {
        let Some((a, arn)) = pair.split_once('=') else {
            eprintln!("ecr-server: --principal must be ACCESS_KEY_ID=ARN");
            return ExitCode::from(2);
        };
        if a != akid
            && !args
                .key
                .iter()
                .chain(&args.read_only_key)
                .any(|k| k.split(':').next() == Some(a))
        {
            eprintln!("ecr-server: --principal {a}: no such access key");
            return ExitCode::from(2);
        }
        if !principal_arn.is_match(arn) {
            eprintln!("ecr-server: --principal {a}: '{arn}' is not an IAM user, role or root ARN");
            return ExitCode::from(2);
        }
        principals.insert(a.to_owned(), arn.to_owned());
    }
    let upstream_secrets = match &args.upstream_secrets {
        None => Default::default(),
        Some(path) => match std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|text| ecr_server::upstream::parse_secrets(&text))
        {
            Ok(s) => s,
            Err(e) => {
                eprintln!("ecr-server: --upstream-secrets {}: {e}", path.display());
                return ExitCode::from(2);
            }
        },
    };
    let replication_endpoints = match &args.replication_endpoints {
        None => Default::default(),
        Some(path) => match std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|text| ecr_server::registry::parse_endpoints(&text))
        {
            Ok(e) => e,
            Err(e) => {
                eprintln!(
                    "ecr-server: --replication-endpoints {}: {e}",
                    path.display()
                );
                return ExitCode::from(2);
            }
        },
    };
    let signing_keys = match &args.signing_keys {
        None => Default::default(),
        Some(path) => match ecr_server::signing::load_keys(path) {
            Ok(k) => k,
            Err(e) => {
                eprintln!("ecr-server: --signing-keys {}: {e}", path.display());
                return ExitCode::from(2);
            }
        },
    };
    let config = Config {
        data_dir: args.data_dir.clone(),
        region: args.region.clone(),
        account_id: args.account_id.clone(),
        keys,
        read_only,
        check_signatures: !args.no_auth,
        url_expiry: Duration::from_secs(args.url_expiry),
        body_limit: args.body_limit,
        upstream_refresh: Duration::from_secs(args.upstream_refresh),
        upstream_secrets,
        lifecycle_interval: (args.lifecycle_interval > 0)
            .then(|| Duration::from_secs(args.lifecycle_interval)),
        gc_interval: (!args.gc_interval.is_zero()).then_some(args.gc_interval),
        gc_grace: args.gc_grace,
        principals,
        vuln_db: args.vuln_db.clone(),
        replication_endpoints,
        signing_keys,
    };
    let app = match App::open(&config) {
        Ok(a) => a,
        Err(e) => {
            eprintln!(
                "ecr-server: cannot open the store in {}: {e}",
                args.data_dir.display()
            );
            return ExitCode::FAILURE;
        }
    };
    let listener = match tokio::net::TcpListener::bind(&args.listen).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("ecr-server: cannot listen on {}: {e}", args.listen);
            return ExitCode::FAILURE;
        }
    };
    let shutdown = shutdown_signal();
    let addr = app::local_addr(&listener);
    let mut banner = format!(
        "ecr-server listening on http://{addr} (data in {})\n",
        args.data_dir.display()
    );
    if generated {
        banner += &format!(
            "generated credentials (stored in {}/credentials.json):\n",
            args.data_dir.display()
        );
    }
    banner += &format!(
        "point the AWS CLI at it:\n  export AWS_ACCESS_KEY_ID={akid}\n  export AWS_SECRET_ACCESS_KEY={secret}\n  \
         export AWS_DEFAULT_REGION={}\n  aws ecr create-repository --repository-name my-repo --endpoint-url http://{addr}\n",
        args.region
    );
    if args.no_auth {
        banner += "warning: --no-auth: signatures are not checked\n";
    }
    // One write, and a closed stdout is no reason to stop serving.
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(banner.as_bytes()).and_then(|()| out.flush());
    drop(out);
    match app::serve(app, listener, shutdown).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ecr-server: {e}");
            ExitCode::FAILURE
        }
    }
}
