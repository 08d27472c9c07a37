//! Structures, unions and enums.

use super::*;
use crate::docs::to_rustdoc;
use crate::load::typed::{EnumValue, ErrorFault};
use crate::load::{Kind, Member, Shape};
use crate::naming;
use crate::Error;

/// The HTTP status of an `@error` structure (`@httpError`, else 400 for client
/// and 500 for server errors).
pub(super) fn error_status(shape: &Shape) -> Result<u16, Error> {
    match (shape.t.http_error, shape.t.error) {
        (Some(s), _) => Ok(s),
        (None, Some(ErrorFault::Client)) => Ok(400),
        (None, Some(ErrorFault::Server)) => Ok(500),
        (None, None) => Err(Error::shape(
            &shape.id,
            "is used as an error but has no @error",
        )),
    }
}

impl<'m> Lowerer<'_, 'm> {
    /// An error's code and status on the wire: its name and `@httpError`
    /// status, except that the query protocols name it by its
    /// `@awsQueryError` code and answer it with that trait's status.
    pub(super) fn wire_error(&self, shape: &Shape) -> Result<(String, u16), Error> {
        use crate::load::typed::ProtocolTrait;
        let ps = &self.cx.service.t.protocols;
        let query = ps.contains(&ProtocolTrait::AwsQuery) || ps.contains(&ProtocolTrait::Ec2Query);
        let status = match shape.t.aws_query_error_status {
            Some(s) if query => s,
            _ => error_status(shape)?,
        };
        let code = match &shape.t.aws_query_error {
            Some(c) if query => c.clone(),
            _ => shape.name().to_owned(),
        };
        Ok((code, status))
    }

    pub(super) fn member(&mut self, shape: &Shape, m: &Member) -> Result<MemberIr, Error> {
        let id = member_id(shape, m);
        let ty = self.ty(&m.target, &m.t, &id)?;
        let target = self.shape(&m.target);
        // A member's `@default(null)` removes its target's default.
        let default = match (&m.t.default, m.t.default_null) {
            (Some(v), _) => Some(v),
            (None, true) => None,
            (None, false) => target.t.default.as_ref(),
        };
        // @clientOptional: clients may not rely on the default, so the
        // member stays optional (our types serve clients and servers alike).
        let default = default.filter(|_| !m.t.client_optional);
        // A stream is never absent: no bytes is an empty stream.
        let presence = if matches!(ty, Ty::Stream | Ty::Events(_)) {
            Presence::Default(DefaultValue::EmptyBlob)
        } else if let Some(v) = default {
            Presence::Default(self.default_value(&ty, v, &id)?)
        } else if m.t.required {
            Presence::Required
        } else {
            Presence::Optional
        };
        let mut docs = docs_of(&m.t);
        if docs.is_empty()
            && !matches!(
                target.kind,
                Kind::Structure | Kind::Union | Kind::Enum | Kind::IntEnum
            )
        {
            docs = docs_of(&target.t);
        }
        Ok(MemberIr {
            name: m.name.clone(),
            wire: self.wire_name(m),
            field: naming::field(&m.name),
            docs,
            checks: self.checks(&m.target, &m.t, &id)?,
            sensitive: self.sensitive(&m.target, &m.t),
            deprecated: deprecation(&m.t),
            ty,
            presence,
        })
    }

    /// Members with their field names claimed from a per-structure table
    /// (see `names`).
    pub(super) fn members(&mut self, shape: &Shape) -> Result<Vec<MemberIr>, Error> {
        let mut table = NameTable::new(MEMBER_RESERVED);
        let mut out: Vec<MemberIr> = Vec::new();
        for m in &shape.members {
            let mut ir = self.member(shape, m)?;
            let bare = naming::bare(&ir.field).to_owned();
            let candidates = if MEMBER_RESERVED.contains(&bare.as_str()) {
                vec![naming::field(&format!("{bare}_member"))]
            } else {
                vec![ir.field.clone()]
            };
            ir.field = table.claim(&member_id(shape, m), &candidates, "_");
            out.push(ir);
        }
        Ok(out)
    }

    pub(super) fn structure(
        &mut self,
        shape: &Shape,
        is_input: bool,
        is_output: bool,
    ) -> Result<StructIr, Error> {
        let members = self.members(shape)?;
        let error = match shape.t.error {
            None => None,
            Some(_) => {
                let (code, status) = self.wire_error(shape)?;
                let message = members
                    .iter()
                    .find(|m| {
                        matches!(m.wire.as_str(), "message" | "Message" | "errorMessage")
                            && m.ty == Ty::String
                    })
                    .map(|m| (m.field.clone(), m.presence != Presence::Optional));
                let query_compatible = self.cx.service.t.aws_query_compatible;
                let query_error = query_compatible.then(|| {
                    let code = shape.t.aws_query_error.as_deref().unwrap_or(shape.name());
                    let fault = if status < 500 { "Sender" } else { "Receiver" };
                    format!("{code};{fault}")
                });
                let headers = if self.is_rest() {
                    self.message(shape, super::http::Side::Error)?.bindings
                } else {
                    Vec::new()
                };
                Some(ErrorIr {
                    headers,
                    code,
                    shape_id: shape.id.clone(),
                    status,
                    message,
                    query_error,
                    // Set once the XML descriptions are named (`lower`).
                    xml: None,
                })
            }
        };
        let name = self.type_names[&shape.id].clone();
        let response_meta = is_output || error.is_some();
        Ok(StructIr {
            validation_error: false,
            builder: self.builders[&name].clone(),
            name,
            docs: docs_of(&shape.t),
            members,
            error,
            sensitive: shape.t.sensitive,
            needs_fallback: false,
            is_input,
            response_meta,
            deprecated: deprecation(&shape.t),
        })
    }

    pub(super) fn union(&mut self, shape: &Shape) -> Result<UnionIr, Error> {
        let mut variants: Vec<UnionVariantIr> = Vec::new();
        let mut table = NameTable::new(&["Unknown"]);
        for m in &shape.members {
            let id = member_id(shape, m);
            let v = UnionVariantIr {
                name: m.name.clone(),
                wire: self.wire_name(m),
                variant: table.claim(&id, &[naming::variant(&m.name)], ""),
                docs: docs_of(&m.t),
                ty: self.ty(&m.target, &m.t, &id)?,
                checks: self.checks(&m.target, &m.t, &id)?,
                deprecated: deprecation(&m.t),
                sensitive: self.sensitive(&m.target, &m.t),
            };
            variants.push(v);
        }
        if variants.is_empty() {
            return Err(Error::shape(&shape.id, "is a union without members"));
        }
        let events = if shape.t.streaming {
            Some(self.events(shape)?)
        } else {
            None
        };
        Ok(UnionIr {
            name: self.type_names[&shape.id].clone(),
            docs: docs_of(&shape.t),
            variants,
            sensitive: shape.t.sensitive,
            deprecated: deprecation(&shape.t),
            events,
        })
    }

    /// How each member of a `@streaming` union travels as an event: its
    /// `@eventHeader` members as typed headers, its `@eventPayload` member
    /// (or the others, the implicit payload) as the payload.
    fn events(&mut self, shape: &Shape) -> Result<Vec<EventIr>, Error> {
        let mut events = Vec::new();
        for m in &shape.members {
            let id = member_id(shape, m);
            let target = self.shape(&m.target).clone();
            if target.kind != Kind::Structure {
                return Err(Error::shape(
                    &id,
                    format!(
                        "is a member of a @streaming union that targets a {}, not a structure",
                        target.kind.name()
                    ),
                ));
            }
            let mut headers = Vec::new();
            let mut payload = EventPayloadIr::Implicit;
            let mut payload_shape = Some(m.target.clone());
            for em in &target.members {
                let eid = member_id(&target, em);
                let et = self.shape(&em.target);
                let key = self.wire_name(em);
                if em.t.event_header {
                    let kind = match et.kind {
                        Kind::Boolean => EventHeaderKind::Bool,
                        Kind::Byte => EventHeaderKind::Byte,
                        Kind::Short => EventHeaderKind::Short,
                        Kind::Integer | Kind::IntEnum => EventHeaderKind::Integer,
                        Kind::Long => EventHeaderKind::Long,
                        Kind::Blob => EventHeaderKind::Blob,
                        Kind::String | Kind::Enum => EventHeaderKind::String,
                        Kind::Timestamp => match self.ty(&em.target, &em.t, &eid)? {
                            Ty::Timestamp(f) => EventHeaderKind::Timestamp(f),
                            _ => EventHeaderKind::Timestamp(TsFormat::EpochSeconds),
                        },
                        other => {
                            return Err(Error::shape(
                                &eid,
                                format!("is an @eventHeader of a {}", other.name()),
                            ))
                        }
                    };
                    headers.push(EventHeaderIr {
                        name: em.name.clone(),
                        key,
                        kind,
                    });
                } else if em.t.event_payload {
                    payload_shape =
                        matches!(et.kind, Kind::Structure | Kind::Union).then(|| em.target.clone());
                    payload = match et.kind {
                        Kind::Blob => EventPayloadIr::Blob(key),
                        Kind::String | Kind::Enum => EventPayloadIr::Text(key),
                        Kind::Structure | Kind::Union | Kind::Document => {
                            EventPayloadIr::Structure(key)
                        }
                        other => {
                            return Err(Error::shape(
                                &eid,
                                format!("is an @eventPayload of a {}", other.name()),
                            ))
                        }
                    };
                }
            }
            events.push(EventIr {
                name: m.name.clone(),
                key: self.wire_name(m),
                error: target.t.error.is_some(),
                headers,
                payload,
                payload_shape,
                xml: None,
            });
        }
        Ok(events)
    }

    pub(super) fn enumeration(&mut self, shape: &Shape) -> Result<EnumIr, Error> {
        let mut values: Vec<EnumValueIr> = Vec::new();
        let int = shape.kind == Kind::IntEnum;
        if shape.kind == Kind::String {
            // Smithy 1.0 `@enum` trait.
            for d in shape.t.enum_definitions.iter().flatten() {
                values.push(EnumValueIr {
                    variant: naming::variant(d.name.as_deref().unwrap_or(&d.value)),
                    value: EnumLit::Str(d.value.clone()),
                    docs: d
                        .documentation
                        .as_deref()
                        .map(to_rustdoc)
                        .unwrap_or_default(),
                    deprecated: d.deprecated.then(|| "deprecated in the model".to_owned()),
                    internal: d.internal,
                });
            }
        } else {
            for m in &shape.members {
                let id = member_id(shape, m);
                let lit = match (&m.t.enum_value, int) {
                    (Some(EnumValue::Str(s)), false) => EnumLit::Str(s.clone()),
                    (None, false) => EnumLit::Str(m.name.clone()),
                    (Some(EnumValue::Int(i)), true) => EnumLit::Int(
                        Some(*i)
                            .filter(|i| i32::try_from(*i).is_ok())
                            .ok_or_else(|| Error::shape(&id, "has an intEnum value outside i32"))?,
                    ),
                    _ => return Err(Error::shape(&id, "has an @enumValue of the wrong type")),
                };
                values.push(EnumValueIr {
                    variant: naming::variant(&m.name),
                    value: lit,
                    docs: docs_of(&m.t),
                    deprecated: deprecation(&m.t),
                    internal: m.t.internal,
                });
            }
        }
        let mut table = NameTable::new(&["Unknown"]);
        for v in &mut values {
            v.variant = table.claim(&shape.id, std::slice::from_ref(&v.variant), "");
        }
        if values.is_empty() {
            return Err(Error::shape(&shape.id, "is an enum without values"));
        }
        Ok(EnumIr {
            name: self.type_names[&shape.id].clone(),
            docs: docs_of(&shape.t),
            values,
            int,
            sensitive: shape.t.sensitive,
            deprecated: deprecation(&shape.t),
        })
    }
}
