//! Protocol compliance cases (`smithy.test#httpRequestTests`,
//! `httpResponseTests` and `httpMalformedRequestTests`), parsed once into
//! typed values as the model writes them; a malformed-request case expands
//! into one request per set of its `testParameters`.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

use crate::Error;

/// The cases of one trait, typed; `owner` names the shape in the error.
pub fn parse<T: serde::de::DeserializeOwned>(
    owner: &str,
    name: &str,
    v: &Value,
) -> Result<Vec<T>, Error> {
    Vec::<T>::deserialize(v)
        .map_err(|e| Error::shape(owner, format!("has a malformed @{name}: {e}")))
}

/// One `httpRequestTests` / `httpResponseTests` case, as the model writes it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct HttpCase {
    pub id: String,
    pub protocol: String,
    pub method: Option<String>,
    pub uri: Option<String>,
    pub host: Option<String>,
    pub resolved_host: Option<String>,
    pub headers: BTreeMap<String, String>,
    pub query_params: Vec<String>,
    pub forbid_query_params: Vec<String>,
    pub require_query_params: Vec<String>,
    pub forbid_headers: Vec<String>,
    pub require_headers: Vec<String>,
    pub body: Option<String>,
    pub body_media_type: Option<String>,
    /// The input, output or error members, as node values (data by nature).
    pub params: Option<Value>,
    /// Response status.
    pub code: Option<u16>,
    pub applies_to: Option<String>,
    /// The client settings the case runs with (`aws.protocoltests.config#AwsConfig`).
    pub vendor_params: VendorParams,
}

/// A case's `vendorParams`: the AWS configuration of the client
/// (`aws.protocoltests.config#AwsConfig`), for the client and for the
/// one operation.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct VendorParams {
    pub scoped_config: ScopedConfig,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ScopedConfig {
    pub client: AwsConfig,
    pub operation: AwsConfig,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AwsConfig {
    pub region: Option<String>,
    pub s3: S3Config,
}

/// `aws.protocoltests.config#S3Config`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct S3Config {
    /// `virtual`, `path` or `auto`.
    pub addressing_style: Option<String>,
    pub use_accelerate_endpoint: Option<bool>,
    pub use_dualstack_endpoint: Option<bool>,
}

/// What a server must answer to a malformed request.
#[derive(Debug, Clone, PartialEq)]
pub struct MalformedExpect {
    pub code: u16,
    pub headers: BTreeMap<String, String>,
    /// The body's media type and what it must be.
    pub body: Option<(String, BodyAssertion)>,
}

/// A malformed-request case's assertion on the response body.
#[derive(Debug, Clone, PartialEq)]
pub enum BodyAssertion {
    /// The body equals this (compared as its media type).
    Contents(String),
    /// The body's `message` matches this regular expression.
    MessageRegex(String),
}

/// One `httpMalformedRequestTests` case, as the model writes it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct MalformedCase {
    pub id: String,
    /// The protocol trait's shape id.
    pub protocol: String,
    request: MalformedRequest,
    response: MalformedResponse,
    test_parameters: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct MalformedRequest {
    method: String,
    uri: String,
    host: Option<String>,
    query_params: Vec<String>,
    headers: BTreeMap<String, String>,
    body: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct MalformedResponse {
    code: u16,
    headers: BTreeMap<String, String>,
    body: Option<MalformedBody>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct MalformedBody {
    media_type: String,
    assertion: MalformedAssertion,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct MalformedAssertion {
    contents: Option<String>,
    message_regex: Option<String>,
}

/// `text` with each `$name:L` replaced by the parameter's value and each
/// `$name:S` by the value as a quoted string; `$$` is a `$`. Without
/// parameters, `$name:L` stays as it is (a suite case sends `$value:L`
/// literally) and only `$$` is read.
fn interpolate(text: &str, params: &BTreeMap<&str, &str>) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        if let Some(r) = after.strip_prefix('$') {
            out.push('$');
            rest = r;
            continue;
        }
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        let (name, tail) = after.split_at(name_len);
        let format = tail.strip_prefix(':').and_then(|t| t.chars().next());
        match (params.get(name), format) {
            (Some(v), Some('L')) => out.push_str(v),
            (Some(v), Some('S')) => out.push_str(&serde_json::to_string(v).unwrap_or_default()),
            (Some(_), f) => {
                return Err(format!(
                    "uses parameter ${name} with format {f:?}; only :L and :S exist"
                ))
            }
            (None, _) if name.is_empty() || params.is_empty() => {
                out.push('$');
                rest = after;
                continue;
            }
            (None, _) => return Err(format!("uses ${name}, which its testParameters lack")),
        }
        rest = &tail[2..];
    }
    out.push_str(rest);
    Ok(out)
}

impl MalformedCase {
    /// The case once per index of its `testParameters` (whose lists must be
    /// equally long): ids get `[i]` appended when there are parameters.
    pub fn expand(&self) -> Result<Vec<(HttpCase, MalformedExpect)>, String> {
        let n = match self.test_parameters.values().map(Vec::len).max() {
            None => 1,
            Some(n) => {
                if self.test_parameters.values().any(|v| v.len() != n) {
                    return Err(format!(
                        "case {} has testParameters lists of different lengths",
                        self.id
                    ));
                }
                n
            }
        };
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            let params: BTreeMap<&str, &str> = self
                .test_parameters
                .iter()
                .map(|(k, v)| (k.as_str(), v[i].as_str()))
                .collect();
            let s = |t: &str| interpolate(t, &params).map_err(|e| format!("case {} {e}", self.id));
            let map = |m: &BTreeMap<String, String>| -> Result<BTreeMap<String, String>, String> {
                m.iter().map(|(k, v)| Ok((k.clone(), s(v)?))).collect()
            };
            let r = &self.request;
            let id = if self.test_parameters.is_empty() {
                self.id.clone()
            } else {
                format!("{}[{i}]", self.id)
            };
            let case = HttpCase {
                id,
                protocol: self.protocol.clone(),
                method: Some(r.method.clone()),
                uri: Some(s(&r.uri)?),
                host: r.host.clone(),
                headers: map(&r.headers)?,
                query_params: r
                    .query_params
                    .iter()
                    .map(|q| s(q))
                    .collect::<Result<_, _>>()?,
                body: r.body.as_deref().map(s).transpose()?,
                applies_to: Some("server".to_owned()),
                ..HttpCase::default()
            };
            let body = match &self.response.body {
                None => None,
                Some(b) => {
                    let a = match (&b.assertion.contents, &b.assertion.message_regex) {
                        (Some(c), _) => BodyAssertion::Contents(s(c)?),
                        (None, Some(r)) => BodyAssertion::MessageRegex(s(r)?),
                        (None, None) => {
                            return Err(format!(
                                "case {} has a body assertion without contents or messageRegex",
                                self.id
                            ))
                        }
                    };
                    Some((b.media_type.clone(), a))
                }
            };
            let expect = MalformedExpect {
                code: self.response.code,
                headers: map(&self.response.headers)?,
                body,
            };
            out.push((case, expect));
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_interpolated() {
        let params = BTreeMap::from([("value", "a\"b"), ("n", "3")]);
        assert_eq!(
            interpolate("{ \"s\": $value:S, \"n\": $n:L }", &params).unwrap(),
            "{ \"s\": \"a\\\"b\", \"n\": 3 }"
        );
        assert_eq!(
            interpolate("^[a-m]+$$ costs $$5", &params).unwrap(),
            "^[a-m]+$ costs $5"
        );
        assert_eq!(interpolate("ends in $", &params).unwrap(), "ends in $");
        assert!(interpolate("$missing:L", &params).is_err());
        assert!(interpolate("$value:X", &params).is_err());
        // Without parameters only `$$` is read.
        let none = BTreeMap::new();
        assert_eq!(
            interpolate("t=$value:L and ^x$$", &none).unwrap(),
            "t=$value:L and ^x$"
        );
    }

    #[test]
    fn cases_expand_per_parameter_set() {
        let case: MalformedCase = serde_json::from_value(serde_json::json!({
            "id": "Len",
            "protocol": "aws.protocols#restJson1",
            "request": {"method": "POST", "uri": "/x", "body": "{\"s\": $v:S}"},
            "response": {"code": 400, "headers": {"x-amzn-errortype": "ValidationException"},
                "body": {"mediaType": "application/json",
                    "assertion": {"contents": "{\"message\": \"length $n:L\"}"}}},
            "testParameters": {"v": ["a", "abcdefghij"], "n": ["1", "10"]}
        }))
        .unwrap();
        let cases = case.expand().unwrap();
        assert_eq!(cases.len(), 2);
        assert_eq!(cases[1].0.id, "Len[1]");
        assert_eq!(cases[1].0.body.as_deref(), Some("{\"s\": \"abcdefghij\"}"));
        assert_eq!(
            cases[1].1.body,
            Some((
                "application/json".to_owned(),
                BodyAssertion::Contents("{\"message\": \"length 10\"}".to_owned())
            ))
        );
        let mut uneven = case;
        uneven.test_parameters.insert("n".into(), vec!["1".into()]);
        assert!(uneven.expand().is_err());
    }
}

/// One `smithy.test#eventStreamTests` case: the initial request and
/// response around an event stream, the events (each as params and as the
/// frame's bytes), and whether the stream succeeds.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct EventStreamCase {
    pub id: String,
    pub protocol: String,
    /// The input's members outside the stream.
    pub initial_request_params: Option<Value>,
    pub initial_request: Option<InitialMessage>,
    /// The output's members outside the stream.
    pub initial_response_params: Option<Value>,
    pub initial_response: Option<InitialMessage>,
    pub events: Vec<EventCase>,
    pub expectation: Option<Value>,
    pub applies_to: Option<String>,
}

/// The HTTP request or response that opens an event stream.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct InitialMessage {
    pub method: Option<String>,
    pub uri: Option<String>,
    pub code: Option<u16>,
    pub headers: BTreeMap<String, String>,
    pub body: Option<String>,
    pub body_media_type: Option<String>,
}

/// One event of a case: `request` (the input stream's) or `response`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct EventCase {
    #[serde(rename = "type")]
    pub kind: String,
    /// The union's value (none: an event no member describes, such as an
    /// unmodeled error).
    pub params: Option<Value>,
    /// The frame, base64; when absent, the frame of `headers` and `body`.
    pub bytes: Option<String>,
    /// The frame's headers, each a typed value (`{"string": "event"}`).
    pub headers: BTreeMap<String, Value>,
    /// The payload: text, or base64 when `body_media_type` is CBOR.
    pub body: Option<String>,
    pub body_media_type: Option<String>,
}

impl EventStreamCase {
    /// The error the stream (or the call) ends with when the case expects
    /// a failure: `Some(None)` for any error, `Some(Some(id))` for that
    /// shape's.
    pub fn failure(&self) -> Option<Option<String>> {
        let f = self.expectation.as_ref()?.get("failure")?;
        Some(f.get("errorId").and_then(Value::as_str).map(str::to_owned))
    }
}
