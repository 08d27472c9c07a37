// Generated from models/traits.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use codegen_rt::prelude::*;
impl ToJson for Busy {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for Busy {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for Changed {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        if let Some(v) = &self.at {
            obj.insert(
                "at".to_owned(),
                rt::json::timestamp_to_json(v, TimestampFormat::EpochSeconds),
            );
        }
        JsonValue::Object(obj)
    }
}
impl FromJson for Changed {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_at = rt::json::get_with(obj, "at", path, cx, |v, p, _cx| {
            rt::json::timestamp_from_json(v, p, TimestampFormat::EpochSeconds)
        })?;
        Ok(Self { at: m_at })
    }
}
impl ToJson for OldOpInput {
    fn to_json(&self) -> JsonValue {
        JsonValue::Object(JsonMap::new())
    }
}
impl ToJson for OldOpInputBuilder {
    fn to_json(&self) -> JsonValue {
        JsonValue::Object(JsonMap::new())
    }
}
impl FromJson for OldOpInput {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, _cx: &mut JsonCtx) -> Result<Self, DeError> {
        rt::json::object(v, path)?;
        Ok(Self {})
    }
}
impl ToJson for OldOpOutput {
    fn to_json(&self) -> JsonValue {
        JsonValue::Object(JsonMap::new())
    }
}
impl FromJson for OldOpOutput {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, _cx: &mut JsonCtx) -> Result<Self, DeError> {
        rt::json::object(v, path)?;
        Ok(Self {})
    }
}
impl ToJson for PutItemError {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "reason", &self.reason);
        JsonValue::Object(obj)
    }
}
impl FromJson for PutItemError {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_reason = rt::json::get(obj, "reason", path, cx)?;
        Ok(Self { reason: m_reason })
    }
}
impl ToJson for PutItemInput {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        obj.insert("Shard".to_owned(), self.shard.to_json());
        rt::json::put(&mut obj, "Token", &self.token);
        rt::json::put(&mut obj, "Secret", &self.secret);
        rt::json::put(&mut obj, "Choice", &self.choice);
        rt::json::put(&mut obj, "Level", &self.level);
        rt::json::put(&mut obj, "Old", &self.old);
        rt::json::put(&mut obj, "Detail", &self.detail);
        rt::json::put(&mut obj, "Mood", &self.mood);
        rt::json::put(&mut obj, "Priority", &self.priority);
        rt::json::put(&mut obj, "Count", &self.count);
        rt::json::put(&mut obj, "Ratio", &self.ratio);
        obj.insert("Scale".to_owned(), self.scale.to_json());
        rt::json::put(&mut obj, "Tag", &self.tag);
        JsonValue::Object(obj)
    }
}
impl ToJson for PutItemInputBuilder {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "Shard", &self.shard);
        rt::json::put(&mut obj, "Token", &self.token);
        rt::json::put(&mut obj, "Secret", &self.secret);
        rt::json::put(&mut obj, "Choice", &self.choice);
        rt::json::put(&mut obj, "Level", &self.level);
        rt::json::put(&mut obj, "Old", &self.old);
        rt::json::put(&mut obj, "Detail", &self.detail);
        rt::json::put(&mut obj, "Mood", &self.mood);
        rt::json::put(&mut obj, "Priority", &self.priority);
        rt::json::put(&mut obj, "Count", &self.count);
        rt::json::put(&mut obj, "Ratio", &self.ratio);
        rt::json::put(&mut obj, "Scale", &self.scale);
        rt::json::put(&mut obj, "Tag", &self.tag);
        JsonValue::Object(obj)
    }
}
impl FromJson for PutItemInput {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_shard = rt::json::get(obj, "Shard", path, cx)?;
        let m_token = rt::json::get(obj, "Token", path, cx)?;
        let m_secret = rt::json::get(obj, "Secret", path, cx)?;
        let m_choice = rt::json::get(obj, "Choice", path, cx)?;
        let m_level = rt::json::get_with(obj, "Level", path, cx, |v, p, cx| {
            let x = <Level>::from_json(v, p, cx)?;
            cx.length(p, x.as_str().chars().count(), Some(3), Some(6));
            Ok(x)
        })?;
        let m_old = rt::json::get(obj, "Old", path, cx)?;
        let m_detail = rt::json::get(obj, "Detail", path, cx)?;
        let m_mood = rt::json::get(obj, "Mood", path, cx)?;
        let m_priority = rt::json::get(obj, "Priority", path, cx)?;
        let m_count = rt::json::get_with(obj, "Count", path, cx, |v, p, cx| {
            let x = <BigInteger>::from_json(v, p, cx)?;
            cx.range(
                p,
                x.as_ref().parse::<f64>().unwrap_or(f64::NAN),
                Some(0.0),
                None,
            );
            Ok(x)
        })?;
        let m_ratio = rt::json::get(obj, "Ratio", path, cx)?;
        let m_scale = rt::json::get(obj, "Scale", path, cx)?;
        let m_tag = rt::json::get_with(obj, "Tag", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_0);
            Ok(x)
        })?;
        Ok(Self {
            shard: rt::json::required(m_shard, &path.field("Shard"), cx),
            token: m_token,
            secret: m_secret,
            choice: m_choice,
            level: m_level,
            old: m_old,
            detail: m_detail,
            mood: m_mood,
            priority: m_priority,
            count: m_count,
            ratio: m_ratio,
            scale: m_scale.unwrap_or_else(|| "1.5".parse().unwrap_or_default()),
            tag: m_tag,
        })
    }
}
impl ToJson for PutItemOutput {
    fn to_json(&self) -> JsonValue {
        JsonValue::Object(JsonMap::new())
    }
}
impl FromJson for PutItemOutput {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, _cx: &mut JsonCtx) -> Result<Self, DeError> {
        rt::json::object(v, path)?;
        Ok(Self {})
    }
}
impl ToJson for WatchInput {
    fn to_json(&self) -> JsonValue {
        JsonValue::Object(JsonMap::new())
    }
}
impl ToJson for WatchInputBuilder {
    fn to_json(&self) -> JsonValue {
        JsonValue::Object(JsonMap::new())
    }
}
impl FromJson for WatchInput {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, _cx: &mut JsonCtx) -> Result<Self, DeError> {
        rt::json::object(v, path)?;
        Ok(Self {})
    }
}
impl ToJson for WatchOutput {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        obj.insert("events".to_owned(), self.events.to_json());
        JsonValue::Object(obj)
    }
}
impl FromJson for WatchOutput {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_events = rt::json::get(obj, "events", path, cx)?;
        Ok(Self {
            events: rt::json::required(m_events, &path.field("events"), cx),
        })
    }
}
impl ToJson for Choice {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        match self {
            Self::Plain(x) => {
                obj.insert("plain".to_owned(), x.to_json());
            }
            Self::Hidden(x) => {
                obj.insert("hidden".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        JsonValue::Object(obj)
    }
}
impl FromJson for Choice {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let mut set = rt::json::union_members(obj);
        let (name, v) = set
            .next()
            .ok_or_else(|| DeError::at(path, "a union must have exactly one member set"))?;
        if set.next().is_some() {
            return Err(DeError::at(
                path,
                "a union must have exactly one member set",
            ));
        }
        let p = path.field(name);
        Ok(match name.as_str() {
            "plain" => {
                let x = <String>::from_json(v, &p, cx)?;
                Self::Plain(x)
            }
            "hidden" => {
                let x = <String>::from_json(v, &p, cx)?;
                Self::Hidden(x)
            }
            other => {
                if cx.is_strict() {
                    return Err(DeError::at(&p, "is not a member of this union"));
                }
                Self::Unknown(other.to_owned())
            }
        })
    }
}
impl Fallback for Choice {
    fn fallback() -> Self {
        Self::Unknown(String::new())
    }
}
impl ToJson for Events {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        match self {
            Self::Changed(x) => {
                obj.insert("changed".to_owned(), x.to_json());
            }
            Self::Unknown(_) => {}
        }
        JsonValue::Object(obj)
    }
}
impl FromJson for Events {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let mut set = rt::json::union_members(obj);
        let (name, v) = set
            .next()
            .ok_or_else(|| DeError::at(path, "a union must have exactly one member set"))?;
        if set.next().is_some() {
            return Err(DeError::at(
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
                    return Err(DeError::at(&p, "is not a member of this union"));
                }
                Self::Unknown(other.to_owned())
            }
        })
    }
}
impl Fallback for Events {
    fn fallback() -> Self {
        Self::Unknown(String::new())
    }
}
/// Runs as `^(?!aws:)[[\p{L}][\p{Z}][\p{N}]_\.:/=\+\-@[!-/:-@\[-`\{-\~]\x{20}-\x{D7FF}\x{E000}-\x{FFFD}\x{10000}-\x{10FFFF}]*$`.
pub(crate) static PATTERN_0: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::compiled(
        "^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@\\p{Punct}\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF]*$",
        "^(?!aws:)[[\\p{L}][\\p{Z}][\\p{N}]_\\.:/=\\+\\-@[!-/:-@\\[-`\\{-\\~]\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]*$",
        PatternEngine::Backtracking,
    )
});
