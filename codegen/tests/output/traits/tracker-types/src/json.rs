// Generated from models/traits.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for Busy {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Busy {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Changed {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.at {
            out.serialize_entry("at", &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds))?;
        }
        out.end()
    }
}
impl rt::FromJson for Changed {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            at: rt::json::get_with(obj, "at", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
        })
    }
}
impl rt::ToJson for OldOpInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::ToJson for OldOpInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for OldOpInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for OldOpOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for OldOpOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for PutItemError {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.reason {
            out.serialize_entry("reason", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutItemError {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            reason: rt::json::get(obj, "reason", p, cx)?,
        })
    }
}
impl rt::ToJson for PutItemInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("Shard", &rt::json::Json(&self.shard))?;
        if let Some(v) = &self.token {
            out.serialize_entry("Token", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.secret {
            out.serialize_entry("Secret", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.choice {
            out.serialize_entry("Choice", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.vault {
            out.serialize_entry("Vault", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.level {
            out.serialize_entry("Level", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.old {
            out.serialize_entry("Old", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.detail {
            out.serialize_entry("Detail", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.mood {
            out.serialize_entry("Mood", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.priority {
            out.serialize_entry("Priority", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.count {
            out.serialize_entry("Count", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ratio {
            out.serialize_entry("Ratio", &rt::json::Json(v))?;
        }
        out.serialize_entry("Scale", &rt::json::Json(&self.scale))?;
        if let Some(v) = &self.tag {
            out.serialize_entry("Tag", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for PutItemInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.shard {
            out.serialize_entry("Shard", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.token {
            out.serialize_entry("Token", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.secret {
            out.serialize_entry("Secret", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.choice {
            out.serialize_entry("Choice", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.vault {
            out.serialize_entry("Vault", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.level {
            out.serialize_entry("Level", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.old {
            out.serialize_entry("Old", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.detail {
            out.serialize_entry("Detail", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.mood {
            out.serialize_entry("Mood", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.priority {
            out.serialize_entry("Priority", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.count {
            out.serialize_entry("Count", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ratio {
            out.serialize_entry("Ratio", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.scale {
            out.serialize_entry("Scale", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tag {
            out.serialize_entry("Tag", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutItemInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            shard: rt::json::required(rt::json::get(obj, "Shard", p, cx)?, &p.field("Shard"), cx),
            token: rt::json::get(obj, "Token", p, cx)?,
            secret: rt::json::get(obj, "Secret", p, cx)?,
            choice: rt::json::get(obj, "Choice", p, cx)?,
            vault: rt::json::get(obj, "Vault", p, cx)?,
            level: rt::json::get_with(obj, "Level", p, cx, |v, p, cx| {
                let x = <Level>::from_json(v, p, cx)?;
                cx.length(p, x.as_str().chars().count(), Some(3), Some(6));
                Ok(x)
            })?,
            old: rt::json::get(obj, "Old", p, cx)?,
            detail: rt::json::get(obj, "Detail", p, cx)?,
            mood: rt::json::get(obj, "Mood", p, cx)?,
            priority: rt::json::get(obj, "Priority", p, cx)?,
            count: rt::json::get_with(obj, "Count", p, cx, |v, p, cx| {
                let x = <rt::BigInteger>::from_json(v, p, cx)?;
                cx.range(
                    p,
                    x.as_ref().parse::<f64>().unwrap_or(f64::NAN),
                    Some(0.0),
                    None,
                );
                Ok(x)
            })?,
            ratio: rt::json::get(obj, "Ratio", p, cx)?,
            scale: rt::json::get(obj, "Scale", p, cx)?
                .unwrap_or_else(|| "1.5".parse().unwrap_or_default()),
            tag: rt::json::get_with(obj, "Tag", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for PutItemOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for PutItemOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for WatchInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::ToJson for WatchInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for WatchInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for WatchOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for WatchOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            events: rt::Default::default(),
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Choice {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Plain(x) => out.serialize_entry("plain", &rt::json::Json(x))?,
            Self::Hidden(x) => out.serialize_entry("hidden", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for Choice {
    fn from_json(
        v: &rt::JsonValue,
        path: &rt::JsonPath,
        cx: &mut rt::JsonCtx,
    ) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, path)?;
        let mut set = rt::json::union_members(obj);
        let (name, v) = set
            .next()
            .ok_or_else(|| rt::DeError::at(path, "a union must have exactly one member set"))?;
        if set.next().is_some() {
            return Err(rt::DeError::at(
                path,
                "a union must have exactly one member set",
            ));
        }
        let p = path.field(name);
        Ok(match name.as_str() {
            "plain" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Plain(x)
            }
            "hidden" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Hidden(x)
            }
            other => {
                if cx.is_strict() {
                    return Err(rt::DeError::at(&p, "is not a member of this union"));
                }
                Self::Unknown(other.to_owned())
            }
        })
    }
}
impl rt::Fallback for Choice {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for Events {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Changed(x) => out.serialize_entry("changed", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for Events {
    fn from_json(
        v: &rt::JsonValue,
        path: &rt::JsonPath,
        cx: &mut rt::JsonCtx,
    ) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, path)?;
        let mut set = rt::json::union_members(obj);
        let (name, v) = set
            .next()
            .ok_or_else(|| rt::DeError::at(path, "a union must have exactly one member set"))?;
        if set.next().is_some() {
            return Err(rt::DeError::at(
                path,
                "a union must have exactly one member set",
            ));
        }
        let p = path.field(name);
        Ok(match name.as_str() {
            "changed" => {
                let x = <Changed>::from_json(v, &p, cx)?;
                Self::Changed(x)
            }
            other => {
                if cx.is_strict() {
                    return Err(rt::DeError::at(&p, "is not a member of this union"));
                }
                Self::Unknown(other.to_owned())
            }
        })
    }
}
impl rt::Fallback for Events {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::ToJson for Vault {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::Pin(x) => out.serialize_entry("pin", &rt::json::Json(x))?,
            Self::Phrase(x) => out.serialize_entry("phrase", &rt::json::Json(x))?,
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for Vault {
    fn from_json(
        v: &rt::JsonValue,
        path: &rt::JsonPath,
        cx: &mut rt::JsonCtx,
    ) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, path)?;
        let mut set = rt::json::union_members(obj);
        let (name, v) = set
            .next()
            .ok_or_else(|| rt::DeError::at(path, "a union must have exactly one member set"))?;
        if set.next().is_some() {
            return Err(rt::DeError::at(
                path,
                "a union must have exactly one member set",
            ));
        }
        let p = path.field(name);
        Ok(match name.as_str() {
            "pin" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Pin(x)
            }
            "phrase" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::Phrase(x)
            }
            other => {
                if cx.is_strict() {
                    return Err(rt::DeError::at(&p, "is not a member of this union"));
                }
                Self::Unknown(other.to_owned())
            }
        })
    }
}
impl rt::Fallback for Vault {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
impl rt::Validate for OldOpInputBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for OldOpInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for PutItemInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.shard.is_none() {
            cx.missing(&path.field("Shard"));
        }
        if let Some(x) = &self.choice {
            let p = &path.field("Choice");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.vault {
            let p = &path.field("Vault");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.level {
            let p = &path.field("Level");
            cx.length(p, x.as_str().chars().count(), Some(3), Some(6));
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.mood {
            let p = &path.field("Mood");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.priority {
            let p = &path.field("Priority");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.count {
            let p = &path.field("Count");
            cx.range(
                p,
                x.as_ref().parse::<f64>().unwrap_or(f64::NAN),
                Some(0.0),
                None,
            );
        }
        if let Some(x) = &self.tag {
            let p = &path.field("Tag");
            cx.pattern(p, x, &crate::json::PATTERN_0);
        }
        Ok(())
    }
}
impl rt::json::Input for PutItemInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "Shard" => self.shard.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for WatchInputBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for WatchInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for Choice {
    fn validate(&self, path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match self {
            Self::Plain(_) => {}
            Self::Hidden(_) => {}
            Self::Unknown(name) => {
                return Err(
                    rt::DeError::at(
                        path,
                        format_args!(
                            "`{name}` is a union member this version of the model does not know, so it cannot be sent"
                        ),
                    ),
                );
            }
        }
        Ok(())
    }
}
impl rt::Validate for Vault {
    fn validate(&self, path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match self {
            Self::Pin(_) => {}
            Self::Phrase(_) => {}
            Self::Unknown(name) => {
                return Err(
                    rt::DeError::at(
                        path,
                        format_args!(
                            "`{name}` is a union member this version of the model does not know, so it cannot be sent"
                        ),
                    ),
                );
            }
        }
        Ok(())
    }
}
/// Runs as `^(?!aws:)[[\p{L}][\p{Z}][\p{N}]_\.:/=\+\-@[!-/:-@\[-`\{-\~]\x{20}-\x{D7FF}\x{E000}-\x{FFFD}\x{10000}-\x{10FFFF}]*$`.
pub(crate) static PATTERN_0: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@\\p{Punct}\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF]*$",
        "^(?!aws:)[[\\p{L}][\\p{Z}][\\p{N}]_\\.:/=\\+\\-@[!-/:-@\\[-`\\{-\\~]\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]*$",
        rt::PatternEngine::Backtracking,
    )
});
