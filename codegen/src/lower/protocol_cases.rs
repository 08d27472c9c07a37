//! Protocol compliance cases (`smithy.test#httpRequestTests` and
//! `httpResponseTests`) for the service's protocol, resolved into the IR:
//! each case typed, tied to the operation it runs through (an error
//! structure's cases run through the first operation that names it), once
//! per side it applies to.

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

/// A request or a response case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseKind {
    Request,
    Response,
}

/// A case to generate: the case, its side, and where it runs.
#[derive(Debug, Clone, PartialEq)]
pub struct ProtocolCase {
    pub case: HttpCase,
    pub side: Side,
    pub kind: CaseKind,
    /// Index into `Ir::operations` of the operation the case runs through.
    pub operation: usize,
    /// For an error structure's response case: the error, an index into the
    /// operation's `errors`.
    pub error: Option<usize>,
}

fn protocol_name(p: Protocol) -> &'static str {
    match p {
        Protocol::AwsJson10 => "aws.protocols#awsJson1_0",
        Protocol::AwsJson11 => "aws.protocols#awsJson1_1",
        Protocol::RestJson1 => "aws.protocols#restJson1",
    }
}

fn sides(case: &HttpCase) -> &'static [Side] {
    match case.applies_to.as_deref() {
        Some("client") => &[Side::Client],
        Some("server") => &[Side::Server],
        _ => &[Side::Client, Side::Server],
    }
}

/// The cases of `shape` (an operation or an error structure) under `trait_id`.
fn cases_of(shape: &Shape, trait_id: &str) -> Result<Vec<HttpCase>, Error> {
    match shape.traits.get(trait_id) {
        None => Ok(Vec::new()),
        Some(v) => Vec::<HttpCase>::deserialize(v)
            .map_err(|e| Error::shape(&shape.id, format!("has a malformed @{trait_id}: {e}"))),
    }
}

/// Every case of the closure for `protocol`, sorted by id and side.
pub(super) fn resolve(
    cx: &crate::resolve::Closure<'_>,
    operations: &[OperationIr],
    protocol: Protocol,
) -> Result<Vec<ProtocolCase>, Error> {
    let ours = protocol_name(protocol);
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
            for case in cases_of(shape, trait_id)? {
                if case.protocol != ours {
                    continue;
                }
                for side in sides(&case) {
                    out.push(ProtocolCase {
                        case: case.clone(),
                        side: *side,
                        kind,
                        operation,
                        error,
                    });
                }
            }
        }
    }
    out.sort_by(|a, b| (&a.case.id, a.side).cmp(&(&b.case.id, b.side)));
    Ok(out)
}
