//! Structures, unions and enums.

use serde_json::Value;

use super::*;
use crate::docs::to_rustdoc;
use crate::load::{Kind, Member, Shape};
use crate::naming;
use crate::Error;

/// The HTTP status of an `@error` structure (`@httpError`, else 400 for client
/// and 500 for server errors).
pub(super) fn error_status(shape: &Shape) -> Result<u16, Error> {
    let kind = shape
        .get_trait("error")
        .and_then(Value::as_str)
        .unwrap_or_default();
    match shape.get_trait("httpError").and_then(Value::as_u64) {
        Some(s) if (400..600).contains(&s) => Ok(s as u16),
        Some(s) => Err(Error::shape(
            &shape.id,
            format!("has @httpError {s}, outside 400..599"),
        )),
        None if kind == "client" => Ok(400),
        None if kind == "server" => Ok(500),
        None => Err(Error::shape(
            &shape.id,
            format!("has @error `{kind}`; expected client or server"),
        )),
    }
}

impl<'m> Lowerer<'_, 'm> {
    pub(super) fn member(&mut self, shape: &Shape, m: &Member) -> Result<MemberIr, Error> {
        let id = member_id(shape, m);
        let ty = self.ty(&m.target, &m.traits, &id)?;
        let target = self.shape(&m.target);
        let default = match m.traits.get("smithy.api#default") {
            Some(Value::Null) => None,
            Some(v) => Some(v),
            None => target.get_trait("default").filter(|v| !v.is_null()),
        };
        // @clientOptional: clients may not rely on the default, so the
        // member stays optional (our types serve clients and servers alike).
        let default = default.filter(|_| !m.traits.contains_key("smithy.api#clientOptional"));
        let presence = if let Some(v) = default {
            Presence::Default(self.default_value(&ty, v, &id)?)
        } else if m.traits.contains_key("smithy.api#required") {
            Presence::Required
        } else {
            Presence::Optional
        };
        let mut docs = docs_of(&m.traits);
        if docs.is_empty()
            && !matches!(
                target.kind,
                Kind::Structure | Kind::Union | Kind::Enum | Kind::IntEnum
            )
        {
            docs = docs_of(&target.traits);
        }
        Ok(MemberIr {
            wire: m.name.clone(),
            field: naming::field(&m.name),
            docs,
            checks: self.checks(&m.target, &m.traits, &id)?,
            sensitive: self.sensitive(&m.target, &m.traits),
            idempotency_token: m.traits.contains_key("smithy.api#idempotencyToken"),
            deprecated: deprecation(&m.traits),
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

    pub(super) fn structure(&mut self, shape: &Shape, is_input: bool) -> Result<StructIr, Error> {
        let members = self.members(shape)?;
        let error = match shape.get_trait("error") {
            None => None,
            Some(_) => {
                let status = error_status(shape)?;
                let message = members
                    .iter()
                    .find(|m| {
                        matches!(m.wire.as_str(), "message" | "Message" | "errorMessage")
                            && m.ty == Ty::String
                    })
                    .map(|m| (m.field.clone(), m.presence != Presence::Optional));
                let query_compatible = self
                    .cx
                    .service
                    .has_trait("aws.protocols#awsQueryCompatible");
                let query_error = query_compatible.then(|| {
                    let code = shape
                        .get_trait("aws.protocols#awsQueryError")
                        .and_then(|q| q.get("code"))
                        .and_then(Value::as_str)
                        .unwrap_or(shape.name());
                    let fault = if status < 500 { "Sender" } else { "Receiver" };
                    format!("{code};{fault}")
                });
                Some(ErrorIr {
                    code: shape.name().to_owned(),
                    shape_id: shape.id.clone(),
                    status,
                    message,
                    retryable: shape
                        .get_trait("retryable")
                        .map(|r| r.get("throttling").and_then(Value::as_bool) == Some(true)),
                    query_error,
                })
            }
        };
        let name = self.type_names[&shape.id].clone();
        Ok(StructIr {
            validation_error: false,
            builder: self.builders[&name].clone(),
            name,
            docs: docs_of(&shape.traits),
            members,
            error,
            sensitive: shape.has_trait("sensitive"),
            needs_fallback: false,
            is_input,
            deprecated: deprecation(&shape.traits),
        })
    }

    pub(super) fn union(&mut self, shape: &Shape) -> Result<UnionIr, Error> {
        let mut variants: Vec<UnionVariantIr> = Vec::new();
        let mut table = NameTable::new(&["Unknown"]);
        for m in &shape.members {
            let id = member_id(shape, m);
            let v = UnionVariantIr {
                wire: m.name.clone(),
                variant: table.claim(&id, &[naming::variant(&m.name)], ""),
                docs: docs_of(&m.traits),
                ty: self.ty(&m.target, &m.traits, &id)?,
                checks: self.checks(&m.target, &m.traits, &id)?,
                deprecated: deprecation(&m.traits),
                sensitive: self.sensitive(&m.target, &m.traits),
            };
            variants.push(v);
        }
        if variants.is_empty() {
            return Err(Error::shape(&shape.id, "is a union without members"));
        }
        Ok(UnionIr {
            name: self.type_names[&shape.id].clone(),
            docs: docs_of(&shape.traits),
            variants,
            sensitive: shape.has_trait("sensitive"),
            deprecated: deprecation(&shape.traits),
        })
    }

    pub(super) fn enumeration(&mut self, shape: &Shape) -> Result<EnumIr, Error> {
        let mut values: Vec<EnumValueIr> = Vec::new();
        let int = shape.kind == Kind::IntEnum;
        if shape.kind == Kind::String {
            // Smithy 1.0 `@enum` trait.
            let defs = shape
                .get_trait("enum")
                .and_then(Value::as_array)
                .ok_or_else(|| Error::shape(&shape.id, "has an @enum trait that is not a list"))?;
            for d in defs {
                let value = d
                    .get("value")
                    .and_then(Value::as_str)
                    .ok_or_else(|| Error::shape(&shape.id, "has an @enum entry without a value"))?;
                let name = d.get("name").and_then(Value::as_str).unwrap_or(value);
                let docs = d
                    .get("documentation")
                    .and_then(Value::as_str)
                    .map(to_rustdoc)
                    .unwrap_or_default();
                let deprecated = d
                    .get("deprecated")
                    .and_then(Value::as_bool)
                    .filter(|d| *d)
                    .map(|_| "deprecated in the model".to_owned());
                values.push(EnumValueIr {
                    variant: naming::variant(name),
                    value: EnumLit::Str(value.to_owned()),
                    docs,
                    deprecated,
                });
            }
        } else {
            for m in &shape.members {
                let id = member_id(shape, m);
                let lit = match (m.traits.get("smithy.api#enumValue"), int) {
                    (Some(Value::String(s)), false) => EnumLit::Str(s.clone()),
                    (None, false) => EnumLit::Str(m.name.clone()),
                    (Some(Value::Number(n)), true) => EnumLit::Int(
                        n.as_i64()
                            .filter(|i| i32::try_from(*i).is_ok())
                            .ok_or_else(|| Error::shape(&id, "has an intEnum value outside i32"))?,
                    ),
                    _ => return Err(Error::shape(&id, "has an @enumValue of the wrong type")),
                };
                values.push(EnumValueIr {
                    variant: naming::variant(&m.name),
                    value: lit,
                    docs: docs_of(&m.traits),
                    deprecated: deprecation(&m.traits),
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
            docs: docs_of(&shape.traits),
            values,
            int,
            sensitive: shape.has_trait("sensitive"),
            deprecated: deprecation(&shape.traits),
        })
    }
}
