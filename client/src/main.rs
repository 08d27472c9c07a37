//! `ecr`: the `aws ecr` commands of our model on the generated client, with
//! the AWS CLI's options, configuration, output formats and error lines, plus
//! `download-layer` and `upload-layer`.

mod cli;
mod config;
mod error;
mod output;
mod params;
mod transfer;

use std::io::{IsTerminal, Write};

use clap::ArgMatches;
use codegen_rt::client::{is_retryable, DispatchKind, SdkError};
use codegen_rt::error::Unhandled;
use codegen_rt::schema::{Operation, Type};
use ecr_client_sdk::Client;
use serde_json::{Map, Value};

use crate::cli::Globals;
use crate::config::{Overrides, ProcessEnv, Settings};
use crate::error::CliError;
use crate::output::{Color, Format};
use crate::params::BinaryFormat;

fn main() {
    let matches = cli::command().get_matches();
    let code = match run(&matches) {
        Ok(()) => 0,
        Err(e) => {
            let _ = std::io::stderr().write_all(e.stderr().as_bytes());
            e.exit_code()
        }
    };
    std::process::exit(code);
}

/// What every command needs besides its own arguments.
pub struct Context {
    pub globals: Globals,
    pub settings: Settings,
    pub format: Format,
    pub color: Color,
    pub binary: BinaryFormat,
}

impl Context {
    pub fn client(&self) -> Result<Client, CliError> {
        Ok(Client::new(self.settings.client_config()?))
    }

    /// The CLI's error for a failed call of `operation`.
    pub fn call_error(&self, operation: &str, e: SdkError<Unhandled>) -> CliError {
        let endpoint = self.settings.endpoint_for_messages();
        match e {
            SdkError::Validation(v) => {
                CliError::ParamValidation(v.list.iter().map(|v| v.parameter_message()).collect())
            }
            SdkError::Construction(c) => CliError::Failure(c.to_string()),
            SdkError::Unsupported(m) => CliError::Failure(m),
            SdkError::Endpoint(e) => CliError::Failure(e.to_string()),
            SdkError::Dispatch(d) => {
                tracing::debug!(error = %d, "request failed");
                CliError::Failure(match d.kind() {
                    DispatchKind::ConnectTimeout => {
                        format!("Connect timeout on endpoint URL: \"{endpoint}\"")
                    }
                    DispatchKind::ReadTimeout => {
                        format!("Read timeout on endpoint URL: \"{endpoint}\"")
                    }
                    DispatchKind::Connect => {
                        format!("Could not connect to the endpoint URL: \"{endpoint}\"")
                    }
                    _ => format!(
                        "Connection was closed before we received a valid response from endpoint URL: \"{endpoint}\"."
                    ),
                })
            }
            SdkError::Response(r) => CliError::Failure(format!(
                "An error occurred ({}) when calling the {operation} operation: {}",
                r.status(),
                r.message()
            )),
            SdkError::Service(u) => CliError::Service {
                retries: is_retryable(u.status(), u.code())
                    .then(|| self.settings.retries.max_attempts - 1),
                code: u.code().to_owned(),
                operation: operation.to_owned(),
                message: u.message().map(str::to_owned),
            },
            other => CliError::Failure(other.to_string()),
        }
    }

    /// Applies `--query` and prints `value` in the chosen format.
    pub fn print(&self, title: &str, value: &Value) -> Result<(), CliError> {
        let value = self.query(value)?;
        self.emit(&output::render(&value, self.format, title, self.color))
    }

    fn query(&self, value: &Value) -> Result<Value, CliError> {
        let Some(q) = &self.globals.query else {
            return Ok(value.clone());
        };
        let expr = jmespath::compile(q)
            .map_err(|e| CliError::Failure(format!("Bad value for --query {q}: {e}")))?;
        let found = expr
            .search(value)
            .map_err(|e| CliError::Failure(format!("Bad value for --query {q}: {e}")))?;
        let mut found =
            serde_json::to_value(&*found).map_err(|e| CliError::Failure(e.to_string()))?;
        let mut orders = std::collections::HashMap::new();
        key_orders(value, &mut orders);
        restore_order(&mut found, &orders);
        Ok(found)
    }

    /// Writes to stdout, through the pager when one is configured and stdout
    /// is a terminal (and `--no-cli-pager` is absent).
    pub fn emit(&self, text: &str) -> Result<(), CliError> {
        if text.is_empty() {
            return Ok(());
        }
        let pager = self
            .settings
            .pager
            .as_deref()
            .filter(|_| !self.globals.no_cli_pager && std::io::stdout().is_terminal());
        if let Some(pager) = pager {
            let child = std::process::Command::new("sh")
                .args(["-c", pager])
                .stdin(std::process::Stdio::piped())
                .spawn();
            if let Ok(mut child) = child {
                if let Some(mut stdin) = child.stdin.take() {
                    let _ = stdin.write_all(text.as_bytes());
                }
                let _ = child.wait();
                return Ok(());
            }
        }
        let mut out = std::io::stdout().lock();
        match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
            // A closed pipe (`ecr ... | head`) is not an error.
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::Failure(
                format!("Could not write the output: {e}"),
            )),
            _ => Ok(()),
        }
    }
}

fn run(matches: &ArgMatches) -> Result<(), CliError> {
    let globals = Globals::from(matches);
    if globals.version {
        println!(
            "ecr/{} ecr-client-sdk ({} operations)",
            env!("CARGO_PKG_VERSION"),
            ecr_client_sdk::schema::OPERATIONS.len()
        );
        return Ok(());
    }
    if globals.debug {
        tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .with_ansi(std::io::stderr().is_terminal())
            .with_env_filter(tracing_subscriber::EnvFilter::new("debug"))
            .init();
    }
    let Some((name, sub)) = matches.subcommand() else {
        let _ = cli::command().print_help();
        return Err(CliError::Usage(
            "the following arguments are required: command".to_owned(),
        ));
    };
    let overrides = Overrides {
        profile: globals.profile.clone(),
        region: globals.region.clone(),
        endpoint_url: globals.endpoint_url.clone(),
        no_sign_request: globals.no_sign_request,
        no_verify_ssl: globals.no_verify_ssl,
        ca_bundle: globals.ca_bundle.clone().map(Into::into),
        read_timeout: globals.cli_read_timeout,
        connect_timeout: globals.cli_connect_timeout,
    };
    let settings = Settings::resolve(&overrides, &ProcessEnv)?;
    tracing::debug!(?settings, "configuration");
    let format_name = globals
        .output
        .clone()
        .or_else(|| settings.output.clone())
        .unwrap_or_else(|| "json".to_owned());
    let format = Format::parse(&format_name).ok_or_else(|| {
        CliError::Failure(format!(
            "Invalid output format {format_name}: valid choices are json, text, table, yaml, yaml-stream"
        ))
    })?;
    let color = match globals.color.as_str() {
        "on" => Color::On,
        "auto" if std::io::stdout().is_terminal() => Color::On,
        _ => Color::Off,
    };
    let binary = match globals.cli_binary_format.as_deref() {
        Some("raw-in-base64-out") => BinaryFormat::RawInBase64Out,
        _ => BinaryFormat::Base64,
    };
    let cx = Context {
        globals,
        settings,
        format,
        color,
        binary,
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::Failure(format!("Could not start: {e}")))?;
    runtime.block_on(async {
        match name {
            "download-layer" => transfer::download(&cx, sub).await,
            "upload-layer" => transfer::upload(&cx, sub).await,
            other => {
                let op = cli::operation(other)
                    .ok_or_else(|| CliError::Usage(format!("invalid choice: '{other}'")))?;
                operation(&cx, op, sub).await
            }
        }
    })
}

/// The input document for `op` from `--cli-input-*` and the flags.
fn input(
    cx: &Context,
    op: &'static Operation,
    sub: &ArgMatches,
) -> Result<Map<String, Value>, CliError> {
    let json = sub.get_one::<String>("cli-input-json");
    let yaml = sub.get_one::<String>("cli-input-yaml");
    let mut input = params::cli_input(json.map(String::as_str), yaml.map(String::as_str))?;
    for m in op.input.members {
        let value = if matches!(m.ty, Type::Boolean) {
            if sub.get_flag(m.name) {
                Some(Value::Bool(true))
            } else if sub.get_flag(&cli::negated(m.name)) {
                Some(Value::Bool(false))
            } else {
                None
            }
        } else {
            match sub.get_many::<String>(m.name) {
                Some(values) => {
                    let values: Vec<String> = values.cloned().collect();
                    Some(params::member_value(m, &values, cx.binary)?)
                }
                None => None,
            }
        };
        if let Some(v) = value {
            input.insert(m.name.to_owned(), v);
        }
    }
    if let Some(p) = op.pagination {
        if let Some(t) = sub.get_one::<String>("starting-token") {
            input.insert(p.input_token.to_owned(), Value::String(t.clone()));
        }
        if let (Some(size), Some(member)) = (sub.get_one::<i64>("page-size"), p.page_size) {
            input.insert(member.to_owned(), Value::from(*size));
        }
    }
    // Without an input document, required members must come as flags
    // (argparse's check in the AWS CLI).
    if json.is_none() && yaml.is_none() {
        let missing: Vec<String> = op
            .input
            .members
            .iter()
            .filter(|m| m.required && !input.contains_key(m.name))
            .map(|m| format!("--{}", params::flag_name(m.name)))
            .collect();
        if !missing.is_empty() {
            return Err(CliError::Usage(format!(
                "the following arguments are required: {}",
                missing.join(", ")
            )));
        }
    }
    let mut errors = Vec::new();
    params::check(
        &Value::Object(input.clone()),
        &Type::Structure(op.input),
        "",
        &mut errors,
    );
    if !errors.is_empty() {
        return Err(CliError::ParamValidation(errors));
    }
    Ok(input)
}

async fn operation(cx: &Context, op: &'static Operation, sub: &ArgMatches) -> Result<(), CliError> {
    let skeleton = sub
        .get_one::<String>("generate-cli-skeleton")
        .map(String::as_str);
    match skeleton {
        Some("input") => {
            let s = params::skeleton(&Type::Structure(op.input), "", false, &mut Vec::new());
            return cx.emit(&output::json(&s));
        }
        Some("yaml-input") => {
            let s = params::skeleton(&Type::Structure(op.input), "", false, &mut Vec::new());
            return cx.emit(&output::render(&s, Format::Yaml, op.name, cx.color));
        }
        _ => {}
    }
    let input = input(cx, op, sub)?;
    if skeleton == Some("output") {
        ecr_client_sdk::validate_json(op.name, &Value::Object(input))
            .map_err(|e| cx.call_error(op.name, e))?;
        let s = params::skeleton(&Type::Structure(op.output), "", true, &mut Vec::new());
        return cx.print(op.name, &s);
    }
    // Like the AWS CLI: follow pages unless told not to, or unless the
    // pagination members were given outright.
    let paginate = op.pagination.filter(|p| {
        !cx.globals.no_paginate
            && ![Some(p.input_token), p.page_size]
                .into_iter()
                .flatten()
                .any(|m| sub.contains_id(m) && sub.value_source(m).is_some())
    });
    let client = cx.client()?;
    let call = |input: Map<String, Value>| {
        let client = client.clone();
        async move {
            client
                .call_json(op.name, Value::Object(input))
                .await
                .map_err(|e| cx.call_error(op.name, e))
        }
    };
    let Some(p) = paginate else {
        let out = call(input).await?;
        return cx.print(op.name, &out);
    };
    let mut request = input;
    let mut pages = Vec::new();
    let mut token: Option<String> = None;
    loop {
        if let Some(t) = &token {
            request.insert(p.input_token.to_owned(), Value::String(t.clone()));
        }
        let page = call(request.clone()).await?;
        let next = page
            .get(p.output_token)
            .and_then(Value::as_str)
            .map(str::to_owned);
        pages.push(page);
        // No token ends the pages; so does a service repeating one.
        if next.is_none() || next == token {
            break;
        }
        token = next;
    }
    if cx.format == Format::YamlStream {
        let mut text = String::new();
        for page in &pages {
            let page = cx.query(page)?;
            text.push_str(&output::render(
                &page,
                Format::YamlStream,
                op.name,
                cx.color,
            ));
        }
        return cx.emit(&text);
    }
    let full = merge_pages(pages, p.output_token, p.items);
    cx.print(op.name, &full)
}

/// For every object in `v`: its keys in document order, under its sorted keys.
fn key_orders(v: &Value, out: &mut std::collections::HashMap<Vec<String>, Vec<String>>) {
    match v {
        Value::Object(m) => {
            let order: Vec<String> = m.keys().cloned().collect();
            let mut sorted = order.clone();
            sorted.sort();
            out.entry(sorted).or_insert(order);
            m.values().for_each(|v| key_orders(v, out));
        }
        Value::Array(a) => a.iter().for_each(|v| key_orders(v, out)),
        _ => {}
    }
}

/// JMESPath results come back with sorted keys; objects taken from the
/// response get the response's (model) order back, as the AWS CLI shows them.
fn restore_order(v: &mut Value, orders: &std::collections::HashMap<Vec<String>, Vec<String>>) {
    match v {
        Value::Object(m) => {
            let mut sorted: Vec<String> = m.keys().cloned().collect();
            sorted.sort();
            if let Some(order) = orders.get(&sorted) {
                let mut reordered = Map::new();
                for k in order {
                    if let Some(x) = m.remove(k) {
                        reordered.insert(k.clone(), x);
                    }
                }
                *m = reordered;
            }
            m.values_mut().for_each(|v| restore_order(v, orders));
        }
        Value::Array(a) => a.iter_mut().for_each(|v| restore_order(v, orders)),
        _ => {}
    }
}

/// All pages as one result: the first page, with the item lists of the
/// others appended and the continuation token removed.
fn merge_pages(pages: Vec<Value>, output_token: &str, items: Option<&str>) -> Value {
    let mut pages = pages.into_iter();
    let Some(Value::Object(mut full)) = pages.next() else {
        return Value::Object(Map::new());
    };
    full.shift_remove(output_token);
    if let Some(items) = items {
        for page in pages {
            if let Some(Value::Array(more)) = page.get(items).cloned() {
                match full.get_mut(items) {
                    Some(Value::Array(all)) => all.extend(more),
                    _ => {
                        full.insert(items.to_owned(), Value::Array(more));
                    }
                }
            }
        }
    }
    Value::Object(full)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn context(max_attempts: u32) -> Context {
        let mut settings = Settings::resolve(&Overrides::default(), &ProcessEnv).unwrap();
        settings.retries.max_attempts = max_attempts;
        settings.endpoint_url = Some("http://127.0.0.1:1".into());
        Context {
            globals: Globals::default(),
            settings,
            format: Format::Json,
            color: Color::Off,
            binary: BinaryFormat::Base64,
        }
    }

    #[test]
    fn retried_errors_say_how_often_as_the_aws_cli() {
        let unhandled = |status, code: &str| {
            SdkError::Service(Unhandled::new(status, code, "internal failure"))
        };
        let e = context(5).call_error("GetDownloadUrlForLayer", unhandled(500, "ServerException"));
        assert_eq!(
            e.stderr(),
            "\nAn error occurred (ServerException) when calling the GetDownloadUrlForLayer operation (reached max retries: 4): internal failure\n"
        );
        let e = context(1).call_error("Op", unhandled(400, "ThrottlingException"));
        assert!(e.to_string().contains("(reached max retries: 0)"), "{e}");
        let e = context(5).call_error("Op", unhandled(400, "RepositoryNotFoundException"));
        assert!(!e.to_string().contains("retries"), "{e}");
        let e = context(5).call_error(
            "Op",
            SdkError::Dispatch(codegen_rt::client::DispatchFailure::new(
                DispatchKind::Connect,
                "refused".into(),
            )),
        );
        assert_eq!(
            e.stderr(),
            "\nCould not connect to the endpoint URL: \"http://127.0.0.1:1/\"\n"
        );
        assert_eq!(e.exit_code(), 255);
    }

    #[test]
    fn pages_merge_into_one_result() {
        let pages = vec![
            json!({"imageIds": [{"imageTag": "a"}], "nextToken": "t1"}),
            json!({"imageIds": [{"imageTag": "b"}], "nextToken": "t2"}),
            json!({"imageIds": [{"imageTag": "c"}]}),
        ];
        assert_eq!(
            merge_pages(pages, "nextToken", Some("imageIds")),
            json!({"imageIds": [{"imageTag": "a"}, {"imageTag": "b"}, {"imageTag": "c"}]})
        );
    }
}
