//! Protocol compliance cases (`smithy.test#httpRequestTests`,
//! `httpResponseTests` and `httpMalformedRequestTests`) for the service's
//! protocol, resolved into the IR: each case typed, tied to the operation it
//! runs through (an error structure's cases run through the first operation
//! that names it), once per side it applies to; a malformed-request case once
//! per set of its `testParameters`.

use super::*;
pub use crate::load::protocol_tests::{BodyAssertion, EventStreamCase, HttpCase, MalformedExpect};
use crate::Error;

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
        for (cases, kind) in [
            (&shape.t.http_request_tests, CaseKind::Request),
            (&shape.t.http_response_tests, CaseKind::Response),
        ] {
            for case in cases {
                let Some(protocol) = ours(&case.protocol) else {
                    continue;
                };
                for side in sides(case) {
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
        for m in &shape.t.http_malformed_request_tests {
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

/// An event-stream case to generate: the case, its side, its operation.
#[derive(Debug, Clone, PartialEq)]
pub struct EventCaseIr {
    pub case: EventStreamCase,
    pub protocol: Protocol,
    pub side: Side,
    /// Index into `Ir::operations`.
    pub operation: usize,
}

/// Every `eventStreamTests` case for one of `protocols` on an operation
/// whose event streams are generated, sorted by id and side.
pub(super) fn resolve_events(
    cx: &crate::resolve::Closure<'_>,
    operations: &[OperationIr],
    protocols: &[Protocol],
) -> Result<Vec<EventCaseIr>, Error> {
    let mut out = Vec::new();
    for (i, shape) in cx.operations.iter().enumerate() {
        let Some(op) = operations.get(i) else {
            continue;
        };
        let streams = op.binding.input.events.is_some() || op.binding.output.events.is_some();
        if op.event_stream || !streams {
            continue;
        }
        for case in &shape.t.event_stream_tests {
            let Some(protocol) = protocols
                .iter()
                .copied()
                .find(|p| p.shape_id() == case.protocol)
            else {
                continue;
            };
            let sides: &[Side] = match case.applies_to.as_deref() {
                Some("client") => &[Side::Client],
                Some("server") => &[Side::Server],
                _ => &[Side::Client, Side::Server],
            };
            let mut case = case.clone();
            for e in &mut case.events {
                if e.bytes.is_none() && !e.headers.is_empty() {
                    let frame = event_frame(e).map_err(|m| {
                        Error::shape(&shape.id, format!("eventStreamTests {}: {m}", case.id))
                    })?;
                    e.bytes = Some(frame);
                }
            }
            for side in sides {
                out.push(EventCaseIr {
                    case: case.clone(),
                    protocol,
                    side: *side,
                    operation: i,
                });
            }
        }
    }
    out.sort_by(|a, b| (&a.case.id, a.side).cmp(&(&b.case.id, b.side)));
    Ok(out)
}

/// The frame (base64) of an event given by its headers and body, as the
/// trait allows when it has no `bytes`: each header a typed value
/// (`{"long": 4}`; a blob in base64, a timestamp as date-time text or epoch
/// seconds), the body text, or base64 for a CBOR body.
fn event_frame(e: &crate::load::protocol_tests::EventCase) -> Result<String, String> {
    use aws_smithy_types::event_stream::{Header, HeaderValue, Message};
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD;
    use serde_json::Value;
    let int = |v: &Value| v.as_i64().ok_or_else(|| format!("{v} is not an integer"));
    let mut headers = Vec::new();
    for (name, typed) in &e.headers {
        let (kind, v) = typed
            .as_object()
            .and_then(|o| o.iter().next())
            .ok_or_else(|| format!("header {name} is not a typed value"))?;
        let bad = || format!("header {name}: {v} is not a {kind}");
        let value = match kind.as_str() {
            "boolean" => HeaderValue::Bool(v.as_bool().ok_or_else(bad)?),
            "byte" => HeaderValue::Byte(i8::try_from(int(v)?).map_err(|_| bad())?),
            "short" => HeaderValue::Int16(i16::try_from(int(v)?).map_err(|_| bad())?),
            "integer" => HeaderValue::Int32(i32::try_from(int(v)?).map_err(|_| bad())?),
            "long" => HeaderValue::Int64(int(v)?),
            "string" => HeaderValue::String(v.as_str().ok_or_else(bad)?.to_owned().into()),
            "blob" => HeaderValue::ByteArray(
                b64.decode(v.as_str().ok_or_else(bad)?)
                    .map_err(|_| bad())?
                    .into(),
            ),
            "timestamp" => HeaderValue::Timestamp(match v {
                Value::String(t) => aws_smithy_types::DateTime::from_str(
                    t,
                    aws_smithy_types::date_time::Format::DateTime,
                )
                .map_err(|_| bad())?,
                _ => aws_smithy_types::DateTime::from_secs(int(v)?),
            }),
            other => return Err(format!("header {name} has the unknown type {other}")),
        };
        headers.push(Header::new(name.clone(), value));
    }
    let body = match (&e.body, e.body_media_type.as_deref()) {
        (Some(b), Some("application/cbor")) => b64
            .decode(b.trim())
            .map_err(|_| "the CBOR body is not base64".to_owned())?,
        (Some(b), _) => b.clone().into_bytes(),
        (None, _) => Vec::new(),
    };
    let mut m = Message::new(body);
    for h in headers {
        m = m.add_header(h);
    }
    let frame = codegen_rt::event_stream::frame(&m)?;
    Ok(b64.encode(frame))
}
