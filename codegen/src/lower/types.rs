//! Member types, constraints, defaults and sensitivity.

use std::collections::BTreeSet;

use heck::ToSnakeCase;
use serde_json::Value;

use super::*;
use crate::load::typed::Bounds;
use crate::load::{Kind, Shape, Typed};
use crate::Error;

impl<'m> Lowerer<'_, 'm> {
    /// The stem of a list's or map's codec functions (`ser_<stem>`,
    /// `de_<stem>`), claimed once per shape.
    pub(super) fn collection_fn(&mut self, shape: &Shape) -> String {
        match self.collections.get(&shape.id) {
            Some(c) => c.func.clone(),
            None => self
                .fn_names
                .claim(&shape.id, &[shape.name().to_snake_case()], "_"),
        }
    }

    /// Whether a value of shape `id` can hold a `@sensitive` value.
    pub(super) fn carries_sensitive(&self, id: &str, seen: &mut BTreeSet<String>) -> bool {
        if !seen.insert(id.to_owned()) {
            return false;
        }
        let shape = self.shape(id);
        shape.t.sensitive
            || shape
                .members
                .iter()
                .any(|m| m.t.sensitive || self.carries_sensitive(&m.target, seen))
    }

    /// The Rust type of a member targeting `target`, registering collections.
    pub(super) fn ty(
        &mut self,
        target: &str,
        member_traits: &Typed,
        user: &str,
    ) -> Result<Ty, Error> {
        let shape = self.shape(target);
        Ok(match shape.kind {
            Kind::String if shape.t.enum_definitions.is_some() => Ty::Enum(self.type_ref(target)),
            Kind::String => Ty::String,
            Kind::Boolean => Ty::Bool,
            Kind::Byte => Ty::I8,
            Kind::Short => Ty::I16,
            Kind::Integer => Ty::I32,
            Kind::Long => Ty::I64,
            Kind::Float => Ty::F32,
            Kind::Double => Ty::F64,
            Kind::Blob if shape.t.streaming => Ty::Stream,
            Kind::Blob => Ty::Blob,
            Kind::Document => Ty::Document,
            Kind::BigInteger => Ty::BigInteger,
            Kind::BigDecimal => Ty::BigDecimal,
            // The rpcv2 protocols write every timestamp as epoch seconds.
            Kind::Timestamp if self.epoch_timestamps() => Ty::Timestamp(TsFormat::EpochSeconds),
            Kind::Timestamp => Ty::Timestamp(timestamp_format(
                shape,
                member_traits,
                self.body_ts_default(),
            )),
            Kind::Structure if target == "smithy.api#Unit" => Ty::Unit,
            Kind::Structure => Ty::Struct(self.type_ref(target)),
            Kind::Union if shape.t.streaming => Ty::Events(self.type_ref(target)),
            Kind::Union => Ty::Union(self.type_ref(target)),
            Kind::Enum | Kind::IntEnum => Ty::Enum(self.type_ref(target)),
            Kind::List | Kind::Set => self.list_ty(shape)?,
            Kind::Map => self.map_ty(shape)?,
            Kind::Service | Kind::Operation | Kind::Resource => {
                return Err(Error::shape(
                    user,
                    format!("targets a {}, which cannot be a member", shape.kind.name()),
                ))
            }
        })
    }

    /// A list's type; its codec is registered on first sight.
    fn list_ty(&mut self, shape: &'m Shape) -> Result<Ty, Error> {
        let func = self.collection_fn(shape);
        let m = &shape.members[0];
        let elem = self.ty(&m.target, &m.t, &member_id(shape, m))?;
        let sparse = shape.t.sparse;
        if !self.collections.contains_key(&shape.id) {
            let checks = self.checks(&m.target, &m.t, &member_id(shape, m))?;
            let kind = CollectionKind::List {
                elem: elem.clone(),
                checks,
                sparse,
            };
            let ir = CollectionIr {
                func: func.clone(),
                kind,
            };
            self.collections.insert(shape.id.clone(), ir);
        }
        Ok(Ty::List {
            func,
            elem: Box::new(elem),
            sparse,
        })
    }

    /// A map's type; its codec is registered on first sight.
    fn map_ty(&mut self, shape: &'m Shape) -> Result<Ty, Error> {
        let func = self.collection_fn(shape);
        let (k, v) = (&shape.members[0], &shape.members[1]);
        let value = self.ty(&v.target, &v.t, &member_id(shape, v))?;
        let sparse = shape.t.sparse;
        if !self.collections.contains_key(&shape.id) {
            let key_checks = self.checks(&k.target, &k.t, &member_id(shape, k))?;
            let key_enum = match self.ty(&k.target, &k.t, &member_id(shape, k))? {
                Ty::Enum(r) => Some(r),
                _ => None,
            };
            let checks = self.checks(&v.target, &v.t, &member_id(shape, v))?;
            let kind = CollectionKind::Map {
                key_checks,
                key_enum,
                value: value.clone(),
                checks,
                sparse,
            };
            let ir = CollectionIr {
                func: func.clone(),
                kind,
            };
            self.collections.insert(shape.id.clone(), ir);
        }
        Ok(Ty::Map {
            func,
            value: Box::new(value),
            sparse,
        })
    }

    /// Constraints of a member: the target's traits, overridden by the member's.
    pub(super) fn checks(
        &mut self,
        target: &str,
        member_traits: &Typed,
        user: &str,
    ) -> Result<Checks, Error> {
        let shape = self.shape(target);
        let (m, t) = (member_traits, &shape.t);
        let refuse = |t: &str| Error::shape(user, format!("has @{t} on a {}", shape.kind.name()));
        let mut c = Checks::default();
        if let Some(len) = m.length.or(t.length) {
            use Kind::*;
            if !matches!(shape.kind, String | Enum | Blob | List | Set | Map) {
                return Err(refuse("length"));
            }
            c.length = Some(length_bounds(len, user)?);
        }
        if let Some(p) = m.pattern.as_ref().or(t.pattern.as_ref()) {
            if !matches!(shape.kind, Kind::String | Kind::Enum) {
                return Err(refuse("pattern"));
            }
            c.pattern = Some(self.pattern_index(p, user)?);
        }
        if let Some(r) = m.range.or(t.range) {
            use Kind::*;
            let numeric = [
                Byte, Short, Integer, Long, Float, Double, BigInteger, BigDecimal,
            ];
            if !numeric.contains(&shape.kind) {
                return Err(refuse("range"));
            }
            c.range = Some((r.min, r.max));
        }
        c.unique = m.unique_items || t.unique_items;
        Ok(c)
    }

    /// The index of pattern `p` in the IR's table, translated on first sight.
    fn pattern_index(&mut self, p: &str, user: &str) -> Result<usize, Error> {
        if let Some(i) = self.patterns.iter().position(|x| x.source == p) {
            return Ok(i);
        }
        let translated = pattern::translate(p).map_err(|e| {
            Error::shape(
                user,
                format!("has a @pattern {p:?} that cannot be used: {e}"),
            )
        })?;
        self.patterns.push(PatternIr {
            source: p.to_owned(),
            translated,
        });
        Ok(self.patterns.len() - 1)
    }

    pub(super) fn sensitive(&self, target: &str, member_traits: &Typed) -> bool {
        let shape = self.shape(target);
        member_traits.sensitive
            || shape.t.sensitive
            || (matches!(shape.kind, Kind::List | Kind::Set | Kind::Map)
                && shape
                    .members
                    .iter()
                    .any(|m| self.sensitive(&m.target, &m.t)))
    }

    pub(super) fn default_value(
        &self,
        ty: &Ty,
        v: &Value,
        user: &str,
    ) -> Result<DefaultValue, Error> {
        let bad = || {
            Error::shape(
                user,
                format!("has a @default {v} that does not fit its type"),
            )
        };
        Ok(match ty {
            Ty::Bool => DefaultValue::Bool(v.as_bool().ok_or_else(bad)?),
            Ty::I8 | Ty::I16 | Ty::I32 | Ty::I64 => DefaultValue::Int(v.as_i64().ok_or_else(bad)?),
            Ty::F32 | Ty::F64 => DefaultValue::Float(v.as_f64().ok_or_else(bad)?),
            Ty::String => DefaultValue::Str(v.as_str().ok_or_else(bad)?.to_owned()),
            Ty::Enum(name) => match v {
                Value::String(s) => DefaultValue::Enum(name.clone(), s.clone()),
                Value::Number(n) => {
                    DefaultValue::IntEnum(name.clone(), n.as_i64().ok_or_else(bad)?)
                }
                _ => return Err(bad()),
            },
            Ty::List { .. } if v.as_array().is_some_and(Vec::is_empty) => DefaultValue::EmptyList,
            Ty::Map { .. } if v.as_object().is_some_and(|m| m.is_empty()) => DefaultValue::EmptyMap,
            Ty::Blob if v.as_str() == Some("") => DefaultValue::EmptyBlob,
            Ty::Blob => {
                use base64::Engine as _;
                let text = v.as_str().ok_or_else(bad)?;
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(text)
                    .map_err(|_| bad())?;
                DefaultValue::Blob(bytes)
            }
            Ty::Document => DefaultValue::Document(v.to_string()),
            Ty::Timestamp(_) => DefaultValue::Timestamp(v.as_f64().ok_or_else(bad)?),
            Ty::BigInteger | Ty::BigDecimal => {
                let text = match v {
                    Value::Number(n) => n.to_string(),
                    Value::String(s) => s.clone(),
                    _ => return Err(bad()),
                };
                let fits = if *ty == Ty::BigInteger {
                    text.parse::<codegen_rt::BigInteger>().is_ok()
                } else {
                    text.parse::<codegen_rt::BigDecimal>().is_ok()
                };
                if !fits {
                    return Err(bad());
                }
                DefaultValue::Big(text)
            }
            _ => return Err(bad()),
        })
    }
}

/// A timestamp member's format: the member's `@timestampFormat`, else the
/// shape's, else the protocol's default for bodies.
pub(super) fn timestamp_format(
    shape: &Shape,
    member_traits: &Typed,
    default: TsFormat,
) -> TsFormat {
    member_traits
        .timestamp_format
        .or(shape.t.timestamp_format)
        .unwrap_or(default)
}

/// `@length`'s bounds: non-negative integers, min not above max.
fn length_bounds(len: Bounds, user: &str) -> Result<(Option<u64>, Option<u64>), Error> {
    let int = |k: &str, v: Option<f64>| -> Result<Option<u64>, Error> {
        match v {
            None => Ok(None),
            Some(f) if f >= 0.0 && f.fract() == 0.0 => Ok(Some(f as u64)),
            Some(f) => Err(Error::shape(
                user,
                format!("has @length {k} {f}, which is not a non-negative integer"),
            )),
        }
    };
    let (min, max) = (int("min", len.min)?, int("max", len.max)?);
    match (min, max) {
        (Some(a), Some(b)) if a > b => Err(Error::shape(
            user,
            format!("has @length min {a} greater than max {b}"),
        )),
        _ => Ok((min, max)),
    }
}
