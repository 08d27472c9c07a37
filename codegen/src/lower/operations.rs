//! Operations: their inputs, outputs, errors, pagination and client facts.

use std::collections::BTreeSet;

use codegen_rt::host::HostPart;

use super::shapes::error_status;
use super::*;
use crate::load::{short_name, Kind, Shape};
use crate::naming;
use crate::Error;

/// The operation's `smithy.waiters#waitable` waiters, checked: known
/// states and comparators, JMESPath expressions that compile.
fn waiters(op: &Shape) -> Result<Vec<WaiterIr>, Error> {
    use serde_json::Value;
    let Some(Value::Object(map)) = op.traits.get("smithy.waiters#waitable") else {
        return Ok(Vec::new());
    };
    let bad = |w: &str, what: String| Error::shape(&op.id, format!("waiter `{w}`: {what}"));
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
                MatcherIr::Success(
                    b.as_bool()
                        .ok_or_else(|| bad(name, "`success` is not a boolean".into()))?,
                )
            } else if let Some(e) = m.get("errorType") {
                let e = e
                    .as_str()
                    .ok_or_else(|| bad(name, "`errorType` is not a string".into()))?;
                MatcherIr::ErrorType(short_name(e).to_owned())
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
                MatcherIr::Path {
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
            acceptors.push(AcceptorIr { state, matcher });
        }
        if acceptors.is_empty() {
            return Err(bad(name, "has no acceptors".into()));
        }
        let docs = w
            .get("documentation")
            .and_then(Value::as_str)
            .map(crate::docs::to_rustdoc)
            .unwrap_or_default();
        out.push(WaiterIr {
            method: naming::field(&format!(
                "wait_until_{}",
                heck::ToSnakeCase::to_snake_case(name.as_str())
            )),
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

impl<'m> Lowerer<'_, 'm> {
    /// The endpoint rule parameters operation `op` sets: its
    /// `@staticContextParams`, and its input members' `@contextParam`s.
    fn endpoint_params(&self, op: &Shape) -> Result<Vec<(String, EndpointParamIr)>, Error> {
        let mut out = Vec::new();
        if let Some(v) = op.traits.get("smithy.rules#staticContextParams") {
            let map = v.as_object().ok_or_else(|| {
                Error::shape(&op.id, "has a @staticContextParams that is not an object")
            })?;
            for (name, p) in map {
                let value = match p.get("value") {
                    Some(serde_json::Value::Bool(b)) => EndpointParamIr::Bool(*b),
                    Some(serde_json::Value::String(s)) => EndpointParamIr::Str(s.clone()),
                    other => {
                        return Err(Error::shape(
                            &op.id,
                            format!("@staticContextParams `{name}` has value {other:?}, not a boolean or string"),
                        ))
                    }
                };
                out.push((name.clone(), value));
            }
        }
        for m in op.input.iter().flat_map(|i| &self.shape(i).members) {
            if let Some(p) = m.traits.get("smithy.rules#contextParam") {
                let name = p
                    .get("name")
                    .and_then(serde_json::Value::as_str)
                    .ok_or_else(|| {
                        Error::shape(
                            &op.id,
                            format!("member `{}` has a @contextParam without a name", m.name),
                        )
                    })?;
                out.push((name.to_owned(), EndpointParamIr::Member(m.name.clone())));
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
                optional_auth: op.t.optional_auth || op.t.auth.as_ref().is_some_and(Vec::is_empty),
                event_stream: self.is_event_stream(op),
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
                unsigned_payload: op.t.unsigned_payload,
                endpoint_params: self.endpoint_params(op)?,
                waiters: waiters(op)?,
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
            if errors.iter().any(|x| x.code == shape.name()) {
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
                code: shape.name().to_owned(),
                shape_id: shape.id.clone(),
                status: error_status(shape)?,
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

/// Resolves each operation's paginator members in the lowered structures;
/// a warning for each `@paginated` operation that gets no paginator.
pub(super) fn paginators(
    structs: &[StructIr],
    operations: &mut [OperationIr],
    warnings: &mut Vec<String>,
) {
    let member = |s: &TypeRef, wire: &str| structs[s.index].members.iter().find(|m| m.wire == wire);
    for op in operations.iter_mut() {
        let (input, output) = (op.input.clone(), op.output.clone());
        let Some(p) = &mut op.pagination else {
            continue;
        };
        let tokens = (
            member(&input, &p.input_token),
            member(&output, &p.output_token),
        );
        let (Some(in_tok), Some(out_tok)) = tokens else {
            warnings.push(format!(
                "operation `{}` is @paginated through `{}`/`{}`, which are not members of its input/output; it gets no paginator",
                op.name, p.input_token, p.output_token
            ));
            continue;
        };
        if in_tok.ty != Ty::String
            || out_tok.ty != Ty::String
            || out_tok.presence != Presence::Optional
        {
            warnings.push(format!(
                "operation `{}` is @paginated with tokens that are not optional strings; it gets no paginator",
                op.name
            ));
            continue;
        }
        let items = p.items.as_deref().and_then(|i| member(&output, i));
        let items = items.and_then(|m| match &m.ty {
            Ty::List {
                elem,
                sparse: false,
                ..
            } => Some(PageItemsIr {
                field: m.field.clone(),
                wire: m.wire.clone(),
                elem: (**elem).clone(),
                optional: m.presence == Presence::Optional,
            }),
            _ => None,
        });
        if p.items.is_some() && items.is_none() {
            warnings.push(format!(
                "operation `{}`: @paginated items `{}` is not a list member of its output; its paginator has no `items()`",
                op.name,
                p.items.as_deref().unwrap_or_default()
            ));
        }
        p.paginator = Some(PaginatorIr {
            input_token: in_tok.field.clone(),
            output_token: out_tok.field.clone(),
            items,
        });
    }
}
