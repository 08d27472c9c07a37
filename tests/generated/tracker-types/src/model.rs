// Generated from models/traits.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
use codegen_rt::prelude::*;
#[derive(Clone, Debug, PartialEq)]
pub struct Changed {
    pub at: Option<DateTime>,
}
impl Changed {
    /// A builder for this structure.
    pub fn builder() -> ChangedBuilder {
        ChangedBuilder::default()
    }
}
/// Builds a [`Changed`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChangedBuilder {
    /// [`Changed::at`](Changed::at), if set.
    pub at: Option<DateTime>,
}
impl ChangedBuilder {
    /// Sets [`Changed::at`](Changed::at).
    pub fn at(mut self, value: impl Into<DateTime>) -> Self {
        self.at = Some(value.into());
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<Changed, BuildError> {
        Ok(Changed { at: self.at })
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
/// The (empty) input of `OldOp`.
#[derive(Clone, Debug, PartialEq)]
pub struct OldOpInput {}
impl OldOpInput {
    /// A builder for this structure.
    pub fn builder() -> OldOpInputBuilder {
        OldOpInputBuilder::default()
    }
}
/// Builds a [`OldOpInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OldOpInputBuilder {}
impl OldOpInputBuilder {
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<OldOpInput, BuildError> {
        Ok(OldOpInput {})
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
/// The (empty) output of `OldOp`.
#[derive(Clone, Debug, PartialEq)]
pub struct OldOpOutput {}
impl OldOpOutput {
    /// A builder for this structure.
    pub fn builder() -> OldOpOutputBuilder {
        OldOpOutputBuilder::default()
    }
}
/// Builds a [`OldOpOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OldOpOutputBuilder {}
impl OldOpOutputBuilder {
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<OldOpOutput, BuildError> {
        Ok(OldOpOutput {})
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
/// A data type that takes the operation error enum's name.
#[derive(Clone, Debug, PartialEq)]
pub struct PutItemError {
    pub reason: Option<String>,
}
impl PutItemError {
    /// A builder for this structure.
    pub fn builder() -> PutItemErrorBuilder {
        PutItemErrorBuilder::default()
    }
}
/// Builds a [`PutItemError`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutItemErrorBuilder {
    /// [`PutItemError::reason`](PutItemError::reason), if set.
    pub reason: Option<String>,
}
impl PutItemErrorBuilder {
    /// Sets [`PutItemError::reason`](PutItemError::reason).
    pub fn reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<PutItemError, BuildError> {
        Ok(PutItemError {
            reason: self.reason,
        })
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
#[derive(Clone, PartialEq)]
pub struct PutItemInput {
    pub shard: String,
    pub token: Option<String>,
    pub secret: Option<String>,
    pub choice: Option<Choice>,
    pub level: Option<Level>,
    /// **Deprecated** (since 2024). use Shard
    #[deprecated(note = "deprecated in the model (since 2024). use Shard")]
    pub old: Option<String>,
    pub detail: Option<PutItemError>,
    pub mood: Option<Mood>,
    pub priority: Option<Priority>,
    pub count: Option<BigInteger>,
    pub ratio: Option<BigDecimal>,
    pub tag: Option<String>,
}
impl PutItemInput {
    /// A builder for this structure.
    pub fn builder() -> PutItemInputBuilder {
        PutItemInputBuilder::default()
    }
}
/// Builds a [`PutItemInput`].
#[derive(Clone, Default, PartialEq)]
pub struct PutItemInputBuilder {
    /// [`PutItemInput::shard`](PutItemInput::shard), if set.
    pub shard: Option<String>,
    /// [`PutItemInput::token`](PutItemInput::token), if set.
    pub token: Option<String>,
    /// [`PutItemInput::secret`](PutItemInput::secret), if set.
    pub secret: Option<String>,
    /// [`PutItemInput::choice`](PutItemInput::choice), if set.
    pub choice: Option<Choice>,
    /// [`PutItemInput::level`](PutItemInput::level), if set.
    pub level: Option<Level>,
    /// [`PutItemInput::old`](PutItemInput::old), if set.
    pub old: Option<String>,
    /// [`PutItemInput::detail`](PutItemInput::detail), if set.
    pub detail: Option<PutItemError>,
    /// [`PutItemInput::mood`](PutItemInput::mood), if set.
    pub mood: Option<Mood>,
    /// [`PutItemInput::priority`](PutItemInput::priority), if set.
    pub priority: Option<Priority>,
    /// [`PutItemInput::count`](PutItemInput::count), if set.
    pub count: Option<BigInteger>,
    /// [`PutItemInput::ratio`](PutItemInput::ratio), if set.
    pub ratio: Option<BigDecimal>,
    /// [`PutItemInput::tag`](PutItemInput::tag), if set.
    pub tag: Option<String>,
}
impl PutItemInputBuilder {
    /// Sets [`PutItemInput::shard`](PutItemInput::shard).
    pub fn shard(mut self, value: impl Into<String>) -> Self {
        self.shard = Some(value.into());
        self
    }
    /// Sets [`PutItemInput::token`](PutItemInput::token).
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.token = Some(value.into());
        self
    }
    /// Sets [`PutItemInput::secret`](PutItemInput::secret).
    pub fn secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self
    }
    /// Sets [`PutItemInput::choice`](PutItemInput::choice).
    pub fn choice(mut self, value: impl Into<Choice>) -> Self {
        self.choice = Some(value.into());
        self
    }
    /// Sets [`PutItemInput::level`](PutItemInput::level).
    pub fn level(mut self, value: impl Into<Level>) -> Self {
        self.level = Some(value.into());
        self
    }
    /// Sets [`PutItemInput::old`](PutItemInput::old).
    pub fn old(mut self, value: impl Into<String>) -> Self {
        self.old = Some(value.into());
        self
    }
    /// Sets [`PutItemInput::detail`](PutItemInput::detail).
    pub fn detail(mut self, value: impl Into<PutItemError>) -> Self {
        self.detail = Some(value.into());
        self
    }
    /// Sets [`PutItemInput::mood`](PutItemInput::mood).
    pub fn mood(mut self, value: impl Into<Mood>) -> Self {
        self.mood = Some(value.into());
        self
    }
    /// Sets [`PutItemInput::priority`](PutItemInput::priority).
    pub fn priority(mut self, value: impl Into<Priority>) -> Self {
        self.priority = Some(value.into());
        self
    }
    /// Sets [`PutItemInput::count`](PutItemInput::count).
    pub fn count(mut self, value: impl Into<BigInteger>) -> Self {
        self.count = Some(value.into());
        self
    }
    /// Sets [`PutItemInput::ratio`](PutItemInput::ratio).
    pub fn ratio(mut self, value: impl Into<BigDecimal>) -> Self {
        self.ratio = Some(value.into());
        self
    }
    /// Sets [`PutItemInput::tag`](PutItemInput::tag).
    pub fn tag(mut self, value: impl Into<String>) -> Self {
        self.tag = Some(value.into());
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<PutItemInput, BuildError> {
        Ok(PutItemInput {
            shard: self.shard.ok_or(BuildError {
                shape: "PutItemInput",
                member: "Shard",
            })?,
            token: self.token,
            secret: self.secret,
            choice: self.choice,
            level: self.level,
            old: self.old,
            detail: self.detail,
            mood: self.mood,
            priority: self.priority,
            count: self.count,
            ratio: self.ratio,
            tag: self.tag,
        })
    }
}
impl std::fmt::Debug for PutItemInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PutItemInput")
            .field("Shard", &self.shard)
            .field("Token", &self.token)
            .field("Secret", &"*** Sensitive Data Redacted ***")
            .field("Choice", &self.choice)
            .field("Level", &self.level)
            .field("Old", &self.old)
            .field("Detail", &self.detail)
            .field("Mood", &"*** Sensitive Data Redacted ***")
            .field("Priority", &self.priority)
            .field("Count", &self.count)
            .field("Ratio", &self.ratio)
            .field("Tag", &self.tag)
            .finish()
    }
}
impl std::fmt::Debug for PutItemInputBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PutItemInputBuilder")
            .field("Shard", &self.shard)
            .field("Token", &self.token)
            .field("Secret", &"*** Sensitive Data Redacted ***")
            .field("Choice", &self.choice)
            .field("Level", &self.level)
            .field("Old", &self.old)
            .field("Detail", &self.detail)
            .field("Mood", &"*** Sensitive Data Redacted ***")
            .field("Priority", &self.priority)
            .field("Count", &self.count)
            .field("Ratio", &self.ratio)
            .field("Tag", &self.tag)
            .finish()
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
            tag: m_tag,
        })
    }
}
/// The (empty) output of `PutItem`.
#[derive(Clone, Debug, PartialEq)]
pub struct PutItemOutput {}
impl PutItemOutput {
    /// A builder for this structure.
    pub fn builder() -> PutItemOutputBuilder {
        PutItemOutputBuilder::default()
    }
}
/// Builds a [`PutItemOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutItemOutputBuilder {}
impl PutItemOutputBuilder {
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<PutItemOutput, BuildError> {
        Ok(PutItemOutput {})
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
#[derive(Clone, Debug, PartialEq)]
pub struct WatchInput {}
impl WatchInput {
    /// A builder for this structure.
    pub fn builder() -> WatchInputBuilder {
        WatchInputBuilder::default()
    }
}
/// Builds a [`WatchInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WatchInputBuilder {}
impl WatchInputBuilder {
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<WatchInput, BuildError> {
        Ok(WatchInput {})
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
#[derive(Clone, Debug, PartialEq)]
pub struct WatchOutput {
    pub events: Events,
}
impl WatchOutput {
    /// A builder for this structure.
    pub fn builder() -> WatchOutputBuilder {
        WatchOutputBuilder::default()
    }
}
/// Builds a [`WatchOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WatchOutputBuilder {
    /// [`WatchOutput::events`](WatchOutput::events), if set.
    pub events: Option<Events>,
}
impl WatchOutputBuilder {
    /// Sets [`WatchOutput::events`](WatchOutput::events).
    pub fn events(mut self, value: impl Into<Events>) -> Self {
        self.events = Some(value.into());
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<WatchOutput, BuildError> {
        Ok(WatchOutput {
            events: self.events.ok_or(BuildError {
                shape: "WatchOutput",
                member: "events",
            })?,
        })
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
#[allow(clippy::large_enum_variant)]
#[derive(Clone, PartialEq)]
pub enum Choice {
    Plain(String),
    Hidden(String),
    /// A member this version of the model does not know (its name).
    Unknown(String),
}
impl std::fmt::Debug for Choice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Plain(x) => f.debug_tuple("Plain").field(x).finish(),
            Self::Hidden(_) => f
                .debug_tuple("Hidden")
                .field(&"*** Sensitive Data Redacted ***")
                .finish(),
            Self::Unknown(x) => f.debug_tuple("Unknown").field(x).finish(),
        }
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
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Events {
    Changed(Changed),
    /// A member this version of the model does not know (its name).
    Unknown(String),
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

::codegen_rt::string_enum! {
    pub enum Level {
        Low = "low",
        /// **Deprecated**.
        #[deprecated(note = "deprecated in the model.")]
        Legacy = "legacy",
    }
}

::codegen_rt::string_enum! {
    sensitive;
    pub enum Mood {
        Glad = "glad",
        Sad = "sad",
    }
}

::codegen_rt::int_enum! {
    pub enum Priority {
        Low = -1,
        High = 2,
    }
}
