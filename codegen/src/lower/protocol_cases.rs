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
) -> Vec<EventCaseIr> {
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
    out
}
