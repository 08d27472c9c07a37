//! `smithy.waiters#waitable`, parsed once into typed waiters.

use serde_json::Value;

use super::short_name;
use crate::Error;

/// One waiter of an operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Waiter {
    /// Its model name (`ImageScanComplete`).
    pub name: String,
    /// Its documentation, as rustdoc lines.
    pub docs: Vec<String>,
    pub deprecated: bool,
    /// Seconds.
    pub min_delay: u64,
    /// Seconds.
    pub max_delay: u64,
    pub acceptors: Vec<Acceptor>,
}

/// One acceptor of a waiter.
#[derive(Debug, Clone, PartialEq)]
pub struct Acceptor {
    /// `Success`, `Failure` or `Retry`.
    pub state: &'static str,
    pub matcher: Matcher,
}

/// When an acceptor matches.
#[derive(Debug, Clone, PartialEq)]
pub enum Matcher {
    /// `output` (`input_output: false`) or `inputOutput`: a JMESPath path
    /// (it compiles), the expected value and the comparator
    /// (`StringEquals`, `BooleanEquals`, `AllStringEquals`, `AnyStringEquals`).
    Path {
        input_output: bool,
        path: String,
        expected: String,
        comparator: &'static str,
    },
    /// `success`: the call succeeded (`true`) or failed (`false`).
    Success(bool),
    /// `errorType`: the error's shape name.
    ErrorType(String),
}

/// `smithy.waiters#waitable` on operation `owner`, checked: known states
/// and comparators, JMESPath expressions that compile.
pub fn parse(owner: &str, v: &Value) -> Result<Vec<Waiter>, Error> {
    let Value::Object(map) = v else {
        return Err(Error::shape(owner, "has a @waitable that is not an object"));
    };
    let bad = |w: &str, what: String| Error::shape(owner, format!("waiter `{w}`: {what}"));
    let mut out = Vec::new();
    for (name, w) in map {
        let secs = |k: &str, default: u64| -> Result<u64, Error> {
            match w.get(k) {
                None => Ok(default),
                Some(v) => v
                    .as_u64()
                    .ok_or_else(|| bad(name, format!("`{k}` is not a whole number of seconds"))),
            }
        };
        let (min_delay, max_delay) = (secs("minDelay", 2)?, secs("maxDelay", 120)?);
        if min_delay == 0 || max_delay < min_delay {
            return Err(bad(
                name,
                format!("minDelay {min_delay} and maxDelay {max_delay} are not 0 < min <= max"),
            ));
        }
        let mut acceptors = Vec::new();
        for a in w
            .get("acceptors")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let state = match a.get("state").and_then(Value::as_str) {
                Some("success") => "Success",
                Some("failure") => "Failure",
                Some("retry") => "Retry",
                other => return Err(bad(name, format!("unknown acceptor state {other:?}"))),
            };
            let m = a
                .get("matcher")
                .and_then(Value::as_object)
                .ok_or_else(|| bad(name, "an acceptor has no matcher".into()))?;
            let matcher = if let Some(b) = m.get("success") {
                Matcher::Success(
                    b.as_bool()
                        .ok_or_else(|| bad(name, "`success` is not a boolean".into()))?,
                )
            } else if let Some(e) = m.get("errorType") {
                let e = e
                    .as_str()
                    .ok_or_else(|| bad(name, "`errorType` is not a string".into()))?;
                Matcher::ErrorType(short_name(e).to_owned())
            } else if let Some((key, p)) = m
                .get("output")
                .map(|p| ("output", p))
                .or_else(|| m.get("inputOutput").map(|p| ("inputOutput", p)))
            {
                let field = |k: &str| {
                    p.get(k)
                        .and_then(Value::as_str)
                        .map(str::to_owned)
                        .ok_or_else(|| bad(name, format!("`{key}` has no `{k}`")))
                };
                let path = field("path")?;
                jmespath::compile(&path)
                    .map_err(|e| bad(name, format!("JMESPath `{path}`: {e}")))?;
                let comparator = match field("comparator")?.as_str() {
                    "stringEquals" => "StringEquals",
                    "booleanEquals" => "BooleanEquals",
                    "allStringEquals" => "AllStringEquals",
                    "anyStringEquals" => "AnyStringEquals",
                    other => return Err(bad(name, format!("unknown comparator `{other}`"))),
                };
                Matcher::Path {
                    input_output: key == "inputOutput",
                    path,
                    expected: field("expected")?,
                    comparator,
                }
            } else {
                return Err(bad(
                    name,
                    "an acceptor's matcher is not output, inputOutput, success or errorType".into(),
                ));
            };
            acceptors.push(Acceptor { state, matcher });
        }
        if acceptors.is_empty() {
            return Err(bad(name, "has no acceptors".into()));
        }
        let docs = w
            .get("documentation")
            .and_then(Value::as_str)
            .map(crate::docs::to_rustdoc)
            .unwrap_or_default();
        out.push(Waiter {
            name: name.clone(),
            docs,
            deprecated: w
                .get("deprecated")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            min_delay,
            max_delay,
            acceptors,
        });
    }
    Ok(out)
}
