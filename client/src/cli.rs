//! The command line, built from the generated client's schema: one subcommand
//! per operation (named as the AWS CLI names them), one flag per input member,
//! the AWS CLI's global options, and the two transfer commands.

use clap::{value_parser, Arg, ArgAction, ArgMatches, Command};
use codegen_rt::schema::{Member, Operation, Type};
use ecr_client_sdk::schema::OPERATIONS;

use crate::params::flag_name;

/// The global options, as given.
#[derive(Debug, Default)]
pub struct Globals {
    pub debug: bool,
    pub endpoint_url: Option<String>,
    pub no_verify_ssl: bool,
    pub no_paginate: bool,
    pub output: Option<String>,
    pub query: Option<String>,
    pub profile: Option<String>,
    pub region: Option<String>,
    pub version: bool,
    pub color: String,
    pub no_sign_request: bool,
    pub ca_bundle: Option<String>,
    pub cli_read_timeout: Option<u64>,
    pub cli_connect_timeout: Option<u64>,
    pub cli_binary_format: Option<String>,
    pub no_cli_pager: bool,
}

fn flag(id: &'static str, help: &'static str) -> Arg {
    Arg::new(id)
        .long(id)
        .action(ArgAction::SetTrue)
        .global(true)
        .help(help)
}

fn option(id: &'static str, help: &'static str) -> Arg {
    Arg::new(id).long(id).num_args(1).global(true).help(help)
}

fn global_args() -> Vec<Arg> {
    vec![
        flag("debug", "Turn on debug logging."),
        option(
            "endpoint-url",
            "Override the command's default URL with the given URL.",
        ),
        flag("no-verify-ssl", "Do not verify TLS certificates."),
        flag(
            "no-paginate",
            "Disable automatic pagination: only make one call, for the first page of results.",
        ),
        option("output", "The formatting style for command output.").value_parser([
            "json",
            "text",
            "table",
            "yaml",
            "yaml-stream",
        ]),
        option(
            "query",
            "A JMESPath query to use in filtering the response data.",
        ),
        option(
            "profile",
            "Use a specific profile from your credential file.",
        ),
        option(
            "region",
            "The region to use. Overrides config/env settings.",
        ),
        flag("version", "Display the version of this tool."),
        option("color", "Turn on/off color output.")
            .value_parser(["on", "off", "auto"])
            .default_value("auto"),
        flag(
            "no-sign-request",
            "Do not sign requests. Credentials will not be loaded if this argument is provided.",
        ),
        option(
            "ca-bundle",
            "The CA certificate bundle to use when verifying SSL certificates.",
        ),
        option(
            "cli-read-timeout",
            "The maximum socket read time in seconds (0: no timeout; default 60).",
        )
        .value_parser(value_parser!(u64)),
        option(
            "cli-connect-timeout",
            "The maximum socket connect time in seconds (0: no timeout; default 60).",
        )
        .value_parser(value_parser!(u64)),
        option(
            "cli-binary-format",
            "The formatting style for binary blobs: base64 (default) or raw-in-base64-out.",
        )
        .value_parser(["base64", "raw-in-base64-out"]),
        flag("no-cli-pager", "Disable the pager for output."),
    ]
}

impl Globals {
    pub fn from(m: &ArgMatches) -> Self {
        let s = |id: &str| m.get_one::<String>(id).cloned();
        Self {
            debug: m.get_flag("debug"),
            endpoint_url: s("endpoint-url"),
            no_verify_ssl: m.get_flag("no-verify-ssl"),
            no_paginate: m.get_flag("no-paginate"),
            output: s("output"),
            query: s("query"),
            profile: s("profile"),
            region: s("region"),
            version: m.get_flag("version"),
            color: s("color").unwrap_or_else(|| "auto".to_owned()),
            no_sign_request: m.get_flag("no-sign-request"),
            ca_bundle: s("ca-bundle"),
            cli_read_timeout: m.get_one::<u64>("cli-read-timeout").copied(),
            cli_connect_timeout: m.get_one::<u64>("cli-connect-timeout").copied(),
            cli_binary_format: s("cli-binary-format"),
            no_cli_pager: m.get_flag("no-cli-pager"),
        }
    }
}

fn type_name(ty: &Type) -> &'static str {
    match ty {
        Type::String | Type::Enum(_) => "string",
        Type::Integer | Type::IntEnum(_) => "integer",
        Type::Float => "double",
        Type::Boolean => "boolean",
        Type::Timestamp => "timestamp",
        Type::Blob => "blob",
        Type::Document => "document",
        Type::List(_) => "list",
        Type::Map(_) => "map",
        Type::Structure(_) => "structure",
    }
}

/// The id under which `--no-<member>` is stored.
pub fn negated(member: &str) -> String {
    format!("no-{member}")
}

fn member_args(m: &Member, hidden: bool) -> Vec<Arg> {
    let long = flag_name(m.name);
    let mut help = m.summary.to_owned();
    if let Type::Enum(values) = m.ty {
        help.push_str(&format!(" Values: {}.", values.join(", ")));
    }
    if m.required {
        help.push_str(" [required]");
    }
    match m.ty {
        Type::Boolean => vec![
            Arg::new(m.name)
                .long(long.clone())
                .action(ArgAction::SetTrue)
                .overrides_with(negated(m.name))
                .help(help)
                .hide(hidden),
            Arg::new(negated(m.name))
                .long(format!("no-{long}"))
                .action(ArgAction::SetTrue)
                .overrides_with(m.name)
                .hide(true),
        ],
        Type::List(_) => vec![Arg::new(m.name)
            .long(long)
            .num_args(1..)
            .value_name(type_name(&m.ty))
            .help(help)
            .hide(hidden)],
        _ => vec![Arg::new(m.name)
            .long(long)
            .num_args(1)
            .allow_hyphen_values(true)
            .value_name(type_name(&m.ty))
            .help(help)
            .hide(hidden)],
    }
}

fn operation_command(op: &'static Operation) -> Command {
    let mut c = Command::new(flag_name(op.name))
        .about(op.summary)
        .args_override_self(true);
    let paging: Vec<&str> = op
        .pagination
        .iter()
        .flat_map(|p| [Some(p.input_token), p.page_size])
        .flatten()
        .collect();
    for m in op.input.members {
        // As in the AWS CLI, paginated commands take --starting-token and
        // --page-size; the raw token and limit members stay, undocumented.
        c = c.args(member_args(m, paging.contains(&m.name)));
    }
    c = c
        .arg(
            Arg::new("cli-input-json")
                .long("cli-input-json")
                .num_args(1)
                .conflicts_with("cli-input-yaml")
                .help("Reads arguments from the JSON string provided (or file://path); flags override it."),
        )
        .arg(
            Arg::new("cli-input-yaml")
                .long("cli-input-yaml")
                .num_args(1)
                .help("Reads arguments from the YAML string provided (or file://path); flags override it."),
        )
        .arg(
            Arg::new("generate-cli-skeleton")
                .long("generate-cli-skeleton")
                .num_args(0..=1)
                .default_missing_value("input")
                .value_parser(["input", "yaml-input", "output"])
                .help("Prints a sample input (input, yaml-input) or output (output) without sending a request."),
        );
    if let Some(p) = op.pagination {
        c = c.arg(
            Arg::new("starting-token")
                .long("starting-token")
                .num_args(1)
                .help("A token from a previous truncated response, to start paginating from."),
        );
        if p.page_size.is_some() {
            c = c.arg(
                Arg::new("page-size")
                    .long("page-size")
                    .num_args(1)
                    .value_parser(value_parser!(i64))
                    .help("The size of each page to get in the service call (all pages are still fetched)."),
            );
        }
    }
    c
}

fn transfer_commands() -> [Command; 2] {
    let repo = Arg::new("repository-name")
        .long("repository-name")
        .required(true)
        .num_args(1)
        .help("The repository.");
    let registry = Arg::new("registry-id")
        .long("registry-id")
        .num_args(1)
        .help("The registry (account id); the default registry when absent.");
    [
        Command::new("download-layer")
            .args_override_self(true)
            .about("Downloads a layer to a file: gets its URL, shows progress on a terminal, verifies the sha256 digest, and resumes an interrupted download.")
            .arg(repo.clone())
            .arg(registry.clone())
            .arg(
                Arg::new("layer-digest")
                    .long("layer-digest")
                    .required(true)
                    .num_args(1)
                    .help("The digest of the layer."),
            )
            .arg(
                Arg::new("file")
                    .short('o')
                    .long("file")
                    .required(true)
                    .num_args(1)
                    .help("Where to write the layer (FILE.part while downloading)."),
            ),
        Command::new("upload-layer")
            .args_override_self(true)
            .about("Uploads a file as a layer: computes its sha256 digest, skips layers the repository has, else initiates an upload, sends the parts and completes it, with progress on a terminal.")
            .arg(repo)
            .arg(registry)
            .arg(
                Arg::new("part-size")
                    .long("part-size")
                    .num_args(1)
                    .value_parser(value_parser!(u64).range(1..))
                    .help("Bytes per part (default: what the registry suggests)."),
            )
            .arg(
                Arg::new("file")
                    .required(true)
                    .num_args(1)
                    .help("The layer file."),
            ),
    ]
}

/// The whole command line.
pub fn command() -> Command {
    Command::new("ecr")
        .about("Amazon ECR from the command line, on the generated ECR client: the `aws ecr` commands of our model, plus download-layer and upload-layer.")
        .disable_version_flag(true)
        // As argparse: an option given twice takes the last value.
        .args_override_self(true)
        .args(global_args())
        .subcommands(OPERATIONS.iter().map(operation_command))
        .subcommands(transfer_commands())
}

/// The operation a subcommand name stands for.
pub fn operation(subcommand: &str) -> Option<&'static Operation> {
    OPERATIONS.iter().find(|o| flag_name(o.name) == subcommand)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_line_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn names_follow_the_aws_cli() {
        let c = command();
        let op = c
            .find_subcommand("get-download-url-for-layer")
            .expect("subcommand");
        let longs: Vec<_> = op.get_arguments().filter_map(Arg::get_long).collect();
        for l in [
            "registry-id",
            "repository-name",
            "layer-digest",
            "cli-input-json",
        ] {
            assert!(longs.contains(&l), "{l} in {longs:?}");
        }
        assert!(c.find_subcommand("describe-repositories").is_some());
        assert!(operation("batch-check-layer-availability").is_some());
    }
}
