//! Operations: their inputs, outputs, errors, pagination and client facts.

use std::collections::BTreeSet;

use codegen_rt::host::HostPart;

use super::*;
use crate::load::typed::{Matcher, StaticParam};
use crate::load::{short_name, Kind, Shape};
use crate::naming;
use crate::Error;

/// The operation's waiters as the client generates them.
fn waiters(op: &Shape) -> Vec<WaiterIr> {
    op.t.waiters
        .iter()
        .map(|w| WaiterIr {
            method: naming::field(&format!(
                "wait_until_{}",
                heck::ToSnakeCase::to_snake_case(w.name.as_str())
            )),
            name: w.name.clone(),
            docs: w.docs.clone(),
            deprecated: w.deprecated,
            min_delay: w.min_delay,
            max_delay: w.max_delay,
            acceptors: w
                .acceptors
                .iter()
                .map(|a| AcceptorIr {
                    state: a.state,
                    matcher: match &a.matcher {
                        Matcher::Success(b) => MatcherIr::Success(*b),
                        Matcher::ErrorType(e) => MatcherIr::ErrorType(e.clone()),
                        Matcher::Path {
                            input_output,
                            path,
                            expected,
                            comparator,
                        } => MatcherIr::Path {
                            input_output: *input_output,
                            path: path.clone(),
                            expected: expected.clone(),
                            comparator,
                        },
                    },
                })
                .collect(),
        })
        .collect()
}

impl<'m> Lowerer<'_, 'm> {
    /// The endpoint rule parameters operation `op` sets: its
    /// `@staticContextParams`, and its input members' `@contextParam`s.
    fn endpoint_params(&self, op: &Shape) -> Result<Vec<(String, EndpointParamIr)>, Error> {
        let mut out: Vec<(String, EndpointParamIr)> =
            op.t.static_context_params
                .iter()
                .map(|(name, v)| {
                    let v = match v {
                        StaticParam::Bool(b) => EndpointParamIr::Bool(*b),
                        StaticParam::Str(s) => EndpointParamIr::Str(s.clone()),
                    };
                    (name.clone(), v)
                })
                .collect();
        for m in op.input.iter().flat_map(|i| &self.shape(i).members) {
            if let Some(name) = &m.t.context_param {
                out.push((name.clone(), EndpointParamIr::Member(m.name.clone())));
            }
        }
        Ok(out)
    }

    pub(super) fn operation(&mut self, op: &Shape) -> Result<(OperationIr, Vec<StructIr>), Error> {
        let mut synthetic = Vec::new();
        let input = self.op_io(op, op.input.as_ref(), "Input", &mut synthetic);
        let output = self.op_io(op, op.output.as_ref(), "Output", &mut synthetic);
        let (error_enum, fluent, paginator) = self.op_names[&op.id].clone();
        let errors = self.op_errors(op)?;
        let validation = self.validation_error(&errors);
        let host_labels = match &op.t.host_prefix {
            Some(p) => codegen_rt::host::template(p)
                .map_err(|e| Error::shape(&op.id, format!("has an @endpoint whose {e}")))?
                .into_iter()
                .filter_map(|part| match part {
                    HostPart::Label(l) => Some(l.to_owned()),
                    HostPart::Literal(_) => None,
                })
                .collect(),
            None => Vec::new(),
        };
        Ok((
            OperationIr {
                method: naming::field(short_name(&op.id)),
                docs: docs_of(&op.t),
                error_enum,
                fluent,
                paginator,
                name: op.name().to_owned(),
                input,
                output,
                errors,
                validation,
                pagination: self.pagination(op)?,
                unit_output: op.output.is_none(),
                host_prefix: op.t.host_prefix.clone(),
                host_labels,
                idempotency_tokens: op
                    .input
                    .iter()
                    .flat_map(|i| &self.shape(i).members)
                    .filter(|m| m.t.idempotency_token)
                    .map(|m| m.name.clone())
                    .collect(),
                auth: self.operation_auth(op)?,
                discovered_endpoint: op.t.discovered_endpoint,
                discovery_ids: op
                    .input
                    .iter()
                    .flat_map(|i| &self.shape(i).members)
                    .filter(|m| m.t.endpoint_discovery_id)
                    .map(|m| self.wire_name(m))
                    .collect(),
                event_stream: self.is_event_stream(op) && !self.streams_events_over_http(op),
                deprecated: deprecation(&op.t),
                sensitive_input: op
                    .input
                    .as_ref()
                    .is_some_and(|i| self.carries_sensitive(i, &mut BTreeSet::new())),
                gzip: op.t.request_compression.iter().any(|e| e == "gzip"),
                binding: if self.is_rest() {
                    self.http(op)?
                } else {
                    self.rpc_binding(op)
                },
                checksum_required: op.t.checksum_required,
                flexible_checksum: op.t.http_checksum.clone(),
                unsigned_payload: op.t.unsigned_payload,
                readonly: op.t.readonly,
                endpoint_params: self.endpoint_params(op)?,
                waiters: waiters(op),
            },
            synthetic,
        ))
    }

    /// The type of an operation's input or output; a `Unit` one becomes an
    /// empty structure of the name the names table gave it.
    fn op_io(
        &self,
        op: &Shape,
        shape: Option<&String>,
        suffix: &'static str,
        synthetic: &mut Vec<StructIr>,
    ) -> TypeRef {
        if let Some(id) = shape {
            return self.type_ref(id);
        }
        let n = self.unit_io[&(op.id.clone(), suffix)].clone();
        synthetic.push(StructIr {
            validation_error: false,
            builder: self.builders[&n].clone(),
            name: n.clone(),
            docs: vec![format!(
                "The (empty) {} of `{}`.",
                suffix.to_lowercase(),
                op.name()
            )],
            members: Vec::new(),
            error: None,
            sensitive: false,
            needs_fallback: false,
            is_input: suffix == "Input",
            response_meta: suffix != "Input",
            deprecated: None,
        });
        self.type_ref_named(&n)
    }

    /// The operation's errors and the service's, once each, by name.
    fn op_errors(&self, op: &Shape) -> Result<Vec<OpErrorIr>, Error> {
        let mut errors: Vec<OpErrorIr> = Vec::new();
        // The enum's own variant for unmodeled errors comes first.
        let mut variants = NameTable::new(&["Unhandled"]);
        for e in op.errors.iter().chain(&self.cx.service.errors) {
            let shape = self.shape(e);
            let (code, status) = self.wire_error(shape)?;
            if errors.iter().any(|x| x.code == code) {
                continue;
            }
            let ty = self.type_ref(&shape.id);
            let variant = variants.claim(
                &shape.id,
                &[ty.name.clone(), format!("{}Error", ty.name)],
                "",
            );
            errors.push(OpErrorIr {
                ty,
                variant,
                code,
                shape_id: shape.id.clone(),
                status,
                docs: docs_of(&shape.t),
            });
        }
        errors.sort_by(|a, b| a.variant.cmp(&b.variant));
        Ok(errors)
    }

    /// The error constraint violations become: the operation's
    /// `InvalidParameterException` or `ValidationException`, when it can be
    /// built from a message alone.
    fn validation_error(&self, errors: &[OpErrorIr]) -> Option<usize> {
        let is_message = |m: &crate::load::Member| matches!(m.name.as_str(), "message" | "Message");
        ["InvalidParameterException", "ValidationException"]
            .iter()
            .find_map(|code| {
                let i = errors.iter().position(|e| e.code == *code)?;
                let shape = self.shape(&errors[i].shape_id);
                let only_message = shape.members.iter().all(|m| !m.t.required || is_message(m));
                let has_message = shape.members.iter().any(is_message);
                (only_message && has_message).then_some(i)
            })
    }

    /// `@paginated`, with the service's defaults filled in.
    fn pagination(&self, op: &Shape) -> Result<Option<PaginationIr>, Error> {
        let Some(p) = &op.t.paginated else {
            return Ok(None);
        };
        let service = self.cx.service.t.paginated.clone().unwrap_or_default();
        let merged =
            |own: &Option<String>, default: &Option<String>| own.clone().or(default.clone());
        let input_token = merged(&p.input_token, &service.input_token);
        let output_token = merged(&p.output_token, &service.output_token);
        match (input_token, output_token) {
            (Some(input_token), Some(output_token)) => Ok(Some(PaginationIr {
                input_token,
                output_token,
                items: merged(&p.items, &service.items),
                page_size: merged(&p.page_size, &service.page_size),
                // Resolved once the structures are lowered (`paginators`).
                paginator: None,
            })),
            _ => Err(Error::shape(
                &op.id,
                "is @paginated without inputToken and outputToken",
            )),
        }
    }

    /// Whether every event stream of the operation is a body of frames
    /// that is generated: an `@httpPayload` in restJson1 and restXml, or the
    /// body of an RPC protocol (awsJson, rpcv2), whose other members travel
    /// in the stream's initial message.
    fn streams_events_over_http(&self, op: &Shape) -> bool {
        if !self.is_rest() {
            // The query protocols have no event streams.
            return !self.is_xml();
        }
        op.input.iter().chain(&op.output).all(|io| {
            self.shape(io).members.iter().all(|m| {
                let t = self.shape(&m.target);
                !(t.kind == Kind::Union && t.t.streaming)
                    || matches!(
                        m.t.http_binding,
                        Some(crate::load::typed::HttpBinding::Payload)
                    )
            })
        })
    }

    /// Whether the input or output has a `@streaming` union member.
    fn is_event_stream(&self, op: &Shape) -> bool {
        op.input.iter().chain(&op.output).any(|io| {
            self.shape(io).members.iter().any(|m| {
                let t = self.shape(&m.target);
                t.kind == Kind::Union && t.t.streaming
            })
        })
    }
}

/// The member a `@paginated` path (`A.B.C`, member names, whatever their
/// `@jsonName` or `@xmlName`) ends at, from the
/// structure `from`, and the fields on the way there.
fn member_path<'a>(
    structs: &'a [StructIr],
    from: &TypeRef,
    path: &str,
) -> Option<(&'a MemberIr, Vec<PathStep>)> {
    let mut at = from;
    let mut steps = Vec::new();
    let mut segments = path.split('.').peekable();
    while let Some(segment) = segments.next() {
        let m = structs[at.index]
            .members
            .iter()
            .find(|m| m.name == segment)?;
        steps.push(PathStep {
            field: m.field.clone(),
            optional: m.presence == Presence::Optional,
        });
        if segments.peek().is_none() {
            return Some((m, steps));
        }
        at = match &m.ty {
            Ty::Struct(r) => r,
            Ty::Boxed(b) => match &**b {
                Ty::Struct(r) => r,
                _ => return None,
            },
            _ => return None,
        };
    }
    None
}

/// Resolves each operation's paginator members in the lowered structures;
/// a warning for each `@paginated` operation that gets no paginator. The
/// output token and the items may be paths to nested members (CloudFront's
/// `DistributionList.NextMarker`); the input token is a member of the input.
pub(super) fn paginators(
    structs: &[StructIr],
    operations: &mut [OperationIr],
    warnings: &mut Vec<String>,
) {
    for op in operations.iter_mut() {
        let (input, output) = (op.input.clone(), op.output.clone());
        let Some(p) = &mut op.pagination else {
            continue;
        };
        let in_tok = structs[input.index]
            .members
            .iter()
            .find(|m| m.name == p.input_token);
        let out_tok = member_path(structs, &output, &p.output_token);
        let (Some(in_tok), Some((out_tok, out_path))) = (in_tok, out_tok) else {
            warnings.push(format!(
                "operation `{}` is @paginated through `{}`/`{}`, which are not members of its input/output; it gets no paginator",
                op.name, p.input_token, p.output_token
            ));
            continue;
        };
        // Any token type (DynamoDB's are maps of attribute values) whose
        // absence in an output ends the pages.
        if in_tok.ty != out_tok.ty
            || out_tok.presence != Presence::Optional
            || out_tok.ty.is_stream()
        {
            warnings.push(format!(
                "operation `{}` is @paginated with an output token that is not optional or not of the input token's type; it gets no paginator",
                op.name
            ));
            continue;
        }
        let items = p
            .items
            .as_deref()
            .and_then(|i| member_path(structs, &output, i));
        let items = items.and_then(|(m, path)| match &m.ty {
            Ty::List { .. } | Ty::Map { .. } => Some(PageItemsIr {
                path,
                wire: p.items.clone().unwrap_or_default(),
                ty: m.ty.clone(),
            }),
            _ => None,
        });
        if p.items.is_some() && items.is_none() {
            warnings.push(format!(
                "operation `{}`: @paginated items `{}` is not a list or map member of its output; its paginator has no `items()`",
                op.name,
                p.items.as_deref().unwrap_or_default()
            ));
        }
        p.paginator = Some(PaginatorIr {
            input_token: in_tok.field.clone(),
            output_token: out_path,
            token: out_tok.ty.clone(),
            items,
        });
    }
}
