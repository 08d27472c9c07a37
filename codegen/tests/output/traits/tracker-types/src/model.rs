// Generated from models/traits.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
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
    pub scale: BigDecimal,
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
    /// [`PutItemInput::scale`](PutItemInput::scale), if set.
    pub scale: Option<BigDecimal>,
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
    /// Sets [`PutItemInput::scale`](PutItemInput::scale).
    pub fn scale(mut self, value: impl Into<BigDecimal>) -> Self {
        self.scale = Some(value.into());
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
            scale: self
                .scale
                .unwrap_or_else(|| "1.5".parse().unwrap_or_default()),
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
            .field("Scale", &self.scale)
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
            .field("Scale", &self.scale)
            .field("Tag", &self.tag)
            .finish()
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
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Events {
    Changed(Changed),
    /// A member this version of the model does not know (its name).
    Unknown(String),
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
