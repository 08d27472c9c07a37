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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        if let Some(v) = &self.at {
            obj.insert(
                "at".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        rt::JsonValue::Object(rt::JsonMap::new())
    }
}
impl rt::ToJson for OldOpInputBuilder {
    fn to_json(&self) -> rt::JsonValue {
        rt::JsonValue::Object(rt::JsonMap::new())
    }
}
impl rt::FromJson for OldOpInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for OldOpOutput {
    fn to_json(&self) -> rt::JsonValue {
        rt::JsonValue::Object(rt::JsonMap::new())
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "reason", &self.reason);
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        obj.insert("Shard".to_owned(), self.shard.to_json());
        rt::json::put(&mut obj, "Token", &self.token);
        rt::json::put(&mut obj, "Secret", &self.secret);
        rt::json::put(&mut obj, "Choice", &self.choice);
        rt::json::put(&mut obj, "Vault", &self.vault);
        rt::json::put(&mut obj, "Level", &self.level);
        rt::json::put(&mut obj, "Old", &self.old);
        rt::json::put(&mut obj, "Detail", &self.detail);
        rt::json::put(&mut obj, "Mood", &self.mood);
        rt::json::put(&mut obj, "Priority", &self.priority);
        rt::json::put(&mut obj, "Count", &self.count);
        rt::json::put(&mut obj, "Ratio", &self.ratio);
        obj.insert("Scale".to_owned(), self.scale.to_json());
        rt::json::put(&mut obj, "Tag", &self.tag);
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for PutItemInputBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "Shard", &self.shard);
        rt::json::put(&mut obj, "Token", &self.token);
        rt::json::put(&mut obj, "Secret", &self.secret);
        rt::json::put(&mut obj, "Choice", &self.choice);
        rt::json::put(&mut obj, "Vault", &self.vault);
        rt::json::put(&mut obj, "Level", &self.level);
        rt::json::put(&mut obj, "Old", &self.old);
        rt::json::put(&mut obj, "Detail", &self.detail);
        rt::json::put(&mut obj, "Mood", &self.mood);
        rt::json::put(&mut obj, "Priority", &self.priority);
        rt::json::put(&mut obj, "Count", &self.count);
        rt::json::put(&mut obj, "Ratio", &self.ratio);
        rt::json::put(&mut obj, "Scale", &self.scale);
        rt::json::put(&mut obj, "Tag", &self.tag);
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        rt::JsonValue::Object(rt::JsonMap::new())
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
    fn to_json(&self) -> rt::JsonValue {
        rt::JsonValue::Object(rt::JsonMap::new())
    }
}
impl rt::ToJson for WatchInputBuilder {
    fn to_json(&self) -> rt::JsonValue {
        rt::JsonValue::Object(rt::JsonMap::new())
    }
}
impl rt::FromJson for WatchInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for WatchOutput {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        obj.insert("events".to_owned(), self.events.to_json());
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for WatchOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            events: rt::json::required(
                rt::json::get(obj, "events", p, cx)?,
                &p.field("events"),
                cx,
            ),
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Choice {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Plain(x) => {
                obj.insert("plain".to_owned(), x.to_json());
            }
            Self::Hidden(x) => {
                obj.insert("hidden".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Changed(x) => {
                obj.insert("changed".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        match self {
            Self::Pin(x) => {
                obj.insert("pin".to_owned(), x.to_json());
            }
            Self::Phrase(x) => {
                obj.insert("phrase".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        rt::JsonValue::Object(obj)
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
/// Runs as `^(?!aws:)[[\p{L}][\p{Z}][\p{N}]_\.:/=\+\-@[!-/:-@\[-`\{-\~]\x{20}-\x{D7FF}\x{E000}-\x{FFFD}\x{10000}-\x{10FFFF}]*$`.
pub(crate) static PATTERN_0: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@\\p{Punct}\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF]*$",
        "^(?!aws:)[[\\p{L}][\\p{Z}][\\p{N}]_\\.:/=\\+\\-@[!-/:-@\\[-`\\{-\\~]\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]*$",
        rt::PatternEngine::Backtracking,
    )
});
