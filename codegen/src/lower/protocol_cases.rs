//! Protocol compliance cases (`smithy.test#httpRequestTests`,
//! `httpResponseTests` and `httpMalformedRequestTests`) for the service's
//! protocol, resolved into the IR: each case typed, tied to the operation it
//! runs through (an error structure's cases run through the first operation
//! that names it), once per side it applies to; a malformed-request case once
//! per set of its `testParameters`.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

use super::*;
use crate::load::Shape;
use crate::Error;

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
}

/// Which side of the protocol a case tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Side {
    Client,
    Server,
}

/// A request or a response case, or a malformed request (server side).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseKind {
    Request,
    Response,
    Malformed,
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
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct MalformedCase {
    id: String,
    protocol: String,
    request: MalformedRequest,
    response: MalformedResponse,
    test_parameters: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct MalformedRequest {
    method: String,
    uri: String,
    host: Option<String>,
    query_params: Vec<String>,
    headers: BTreeMap<String, String>,
    body: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct MalformedResponse {
    code: u16,
    headers: BTreeMap<String, String>,
    body: Option<MalformedBody>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct MalformedBody {
    media_type: String,
    assertion: MalformedAssertion,
}

#[derive(Debug, Clone, Default, Deserialize)]
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
    fn expand(&self) -> Result<Vec<(HttpCase, MalformedExpect)>, String> {
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

/// A case to generate: the case, its side, and where it runs.
#[derive(Debug, Clone, PartialEq)]
pub struct ProtocolCase {
    pub case: HttpCase,
    /// The protocol the case is written for (one the service lists).
    pub protocol: Protocol,
    pub side: Side,
    pub kind: CaseKind,
    /// Index into `Ir::operations` of the operation the case runs through.
    pub operation: usize,
    /// For an error structure's response case: the error, an index into the
    /// operation's `errors`.
    pub error: Option<usize>,
    /// For a malformed request: what the server must answer.
    pub expect: Option<MalformedExpect>,
}

fn sides(case: &HttpCase) -> &'static [Side] {
    match case.applies_to.as_deref() {
        Some("client") => &[Side::Client],
        Some("server") => &[Side::Server],
        _ => &[Side::Client, Side::Server],
    }
}

/// The cases of `shape` (an operation or an error structure) under `trait_id`.
fn cases_of<T: serde::de::DeserializeOwned>(
    shape: &Shape,
    trait_id: &str,
) -> Result<Vec<T>, Error> {
    match shape.traits.get(trait_id) {
        None => Ok(Vec::new()),
        Some(v) => Vec::<T>::deserialize(v)
            .map_err(|e| Error::shape(&shape.id, format!("has a malformed @{trait_id}: {e}"))),
    }
}

/// Every case of the closure for one of `protocols`, sorted by id and side.
pub(super) fn resolve(
    cx: &crate::resolve::Closure<'_>,
    operations: &[OperationIr],
    protocols: &[Protocol],
) -> Result<Vec<ProtocolCase>, Error> {
    let ours = |id: &str| protocols.iter().copied().find(|p| p.shape_id() == id);
    let mut out = Vec::new();
    let errors = cx.shapes.values().copied().filter(|s| s.t.error.is_some());
    for shape in cx.operations.iter().copied().chain(errors) {
        let is_op = cx.operations.iter().any(|o| o.id == shape.id);
        // `operations` are lowered from `cx.operations`, in that order.
        let target = if is_op {
            cx.operations
                .iter()
                .position(|o| o.id == shape.id)
                .map(|i| (i, None))
        } else {
            operations.iter().enumerate().find_map(|(i, o)| {
                let e = o.errors.iter().position(|e| e.code == shape.name())?;
                Some((i, Some(e)))
            })
        };
        let Some((operation, error)) = target else {
            continue;
        };
        for (trait_id, kind) in [
            ("smithy.test#httpRequestTests", CaseKind::Request),
            ("smithy.test#httpResponseTests", CaseKind::Response),
        ] {
            for case in cases_of::<HttpCase>(shape, trait_id)? {
                let Some(protocol) = ours(&case.protocol) else {
                    continue;
                };
                for side in sides(&case) {
                    out.push(ProtocolCase {
                        protocol,
                        case: case.clone(),
                        side: *side,
                        kind,
                        operation,
                        error,
                        expect: None,
                    });
                }
            }
        }
        let cases: Vec<MalformedCase> = cases_of(shape, "smithy.test#httpMalformedRequestTests")?;
        for m in cases.iter() {
            let Some(protocol) = ours(&m.protocol) else {
                continue;
            };
            for (case, expect) in m.expand().map_err(|e| Error::shape(&shape.id, e))? {
                out.push(ProtocolCase {
                    protocol,
                    case,
                    side: Side::Server,
                    kind: CaseKind::Malformed,
                    operation,
                    error,
                    expect: Some(expect),
                });
            }
        }
    }
    out.sort_by(|a, b| (&a.case.id, a.side).cmp(&(&b.case.id, b.side)));
    Ok(out)
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
