// Generated from models/traits.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
#[derive(Clone, Debug, PartialEq)]
pub struct Changed {
    pub at: rt::Option<rt::DateTime>,
}
impl Changed {
    /// A builder for this structure.
    pub fn builder() -> ChangedBuilder {
        ChangedBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Changed {
    /// [`at`](Self::at).
    pub fn at(&self) -> rt::Option<&rt::DateTime> {
        self.at.as_ref()
    }
}
/// Builds a [`Changed`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChangedBuilder {
    /// [`Changed::at`](Changed::at), if set.
    pub at: rt::Option<rt::DateTime>,
}
impl ChangedBuilder {
    /// Sets [`Changed::at`](Changed::at).
    pub fn at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.at = Some(value.into());
        self
    }
    /// Sets or clears [`Changed::at`](Changed::at).
    pub fn set_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.at = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Changed {
        Changed { at: self.at }
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
    /// The structure (nothing in it is required).
    pub fn build(self) -> OldOpInput {
        OldOpInput {}
    }
}
/// The (empty) output of `OldOp`.
#[derive(Clone, Debug, PartialEq)]
pub struct OldOpOutput {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for OldOpOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for OldOpOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
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
    /// The structure (nothing in it is required).
    pub fn build(self) -> OldOpOutput {
        OldOpOutput {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// A data type that takes the operation error enum's name.
#[derive(Clone, Debug, PartialEq)]
pub struct PutItemError {
    pub reason: rt::Option<rt::String>,
}
impl PutItemError {
    /// A builder for this structure.
    pub fn builder() -> PutItemErrorBuilder {
        PutItemErrorBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutItemError {
    /// [`reason`](Self::reason).
    pub fn reason(&self) -> rt::Option<&str> {
        self.reason.as_deref()
    }
}
/// Builds a [`PutItemError`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutItemErrorBuilder {
    /// [`PutItemError::reason`](PutItemError::reason), if set.
    pub reason: rt::Option<rt::String>,
}
impl PutItemErrorBuilder {
    /// Sets [`PutItemError::reason`](PutItemError::reason).
    pub fn reason(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.reason = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemError::reason`](PutItemError::reason).
    pub fn set_reason(mut self, value: rt::Option<rt::String>) -> Self {
        self.reason = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PutItemError {
        PutItemError {
            reason: self.reason,
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct PutItemInput {
    pub shard: rt::String,
    pub token: rt::Option<rt::String>,
    pub secret: rt::Option<rt::String>,
    pub choice: rt::Option<Choice>,
    pub vault: rt::Option<Vault>,
    pub level: rt::Option<Level>,
    /// **Deprecated** (since 2024). use Shard
    #[deprecated(note = "deprecated in the model (since 2024). use Shard")]
    pub old: rt::Option<rt::String>,
    pub detail: rt::Option<PutItemError>,
    pub mood: rt::Option<Mood>,
    pub priority: rt::Option<Priority>,
    pub count: rt::Option<rt::BigInteger>,
    pub ratio: rt::Option<rt::BigDecimal>,
    pub scale: rt::BigDecimal,
    pub tag: rt::Option<rt::String>,
}
impl PutItemInput {
    /// A builder for this structure.
    pub fn builder() -> PutItemInputBuilder {
        PutItemInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutItemInput {
    /// [`shard`](Self::shard).
    pub fn shard(&self) -> &str {
        &self.shard
    }
    /// [`token`](Self::token).
    pub fn token(&self) -> rt::Option<&str> {
        self.token.as_deref()
    }
    /// [`secret`](Self::secret).
    pub fn secret(&self) -> rt::Option<&str> {
        self.secret.as_deref()
    }
    /// [`choice`](Self::choice).
    pub fn choice(&self) -> rt::Option<&Choice> {
        self.choice.as_ref()
    }
    /// [`vault`](Self::vault).
    pub fn vault(&self) -> rt::Option<&Vault> {
        self.vault.as_ref()
    }
    /// [`level`](Self::level).
    pub fn level(&self) -> rt::Option<&Level> {
        self.level.as_ref()
    }
    /// [`old`](Self::old).
    #[deprecated(note = "deprecated in the model (since 2024). use Shard")]
    pub fn old(&self) -> rt::Option<&str> {
        self.old.as_deref()
    }
    /// [`detail`](Self::detail).
    pub fn detail(&self) -> rt::Option<&PutItemError> {
        self.detail.as_ref()
    }
    /// [`mood`](Self::mood).
    pub fn mood(&self) -> rt::Option<&Mood> {
        self.mood.as_ref()
    }
    /// [`priority`](Self::priority).
    pub fn priority(&self) -> rt::Option<&Priority> {
        self.priority.as_ref()
    }
    /// [`count`](Self::count).
    pub fn count(&self) -> rt::Option<&rt::BigInteger> {
        self.count.as_ref()
    }
    /// [`ratio`](Self::ratio).
    pub fn ratio(&self) -> rt::Option<&rt::BigDecimal> {
        self.ratio.as_ref()
    }
    /// [`scale`](Self::scale).
    pub fn scale(&self) -> &rt::BigDecimal {
        &self.scale
    }
    /// [`tag`](Self::tag).
    pub fn tag(&self) -> rt::Option<&str> {
        self.tag.as_deref()
    }
}
/// Builds a [`PutItemInput`].
#[derive(Clone, Default, PartialEq)]
pub struct PutItemInputBuilder {
    /// [`PutItemInput::shard`](PutItemInput::shard), if set.
    pub shard: rt::Option<rt::String>,
    /// [`PutItemInput::token`](PutItemInput::token), if set.
    pub token: rt::Option<rt::String>,
    /// [`PutItemInput::secret`](PutItemInput::secret), if set.
    pub secret: rt::Option<rt::String>,
    /// [`PutItemInput::choice`](PutItemInput::choice), if set.
    pub choice: rt::Option<Choice>,
    /// [`PutItemInput::vault`](PutItemInput::vault), if set.
    pub vault: rt::Option<Vault>,
    /// [`PutItemInput::level`](PutItemInput::level), if set.
    pub level: rt::Option<Level>,
    /// [`PutItemInput::old`](PutItemInput::old), if set.
    pub old: rt::Option<rt::String>,
    /// [`PutItemInput::detail`](PutItemInput::detail), if set.
    pub detail: rt::Option<PutItemError>,
    /// [`PutItemInput::mood`](PutItemInput::mood), if set.
    pub mood: rt::Option<Mood>,
    /// [`PutItemInput::priority`](PutItemInput::priority), if set.
    pub priority: rt::Option<Priority>,
    /// [`PutItemInput::count`](PutItemInput::count), if set.
    pub count: rt::Option<rt::BigInteger>,
    /// [`PutItemInput::ratio`](PutItemInput::ratio), if set.
    pub ratio: rt::Option<rt::BigDecimal>,
    /// [`PutItemInput::scale`](PutItemInput::scale), if set.
    pub scale: rt::Option<rt::BigDecimal>,
    /// [`PutItemInput::tag`](PutItemInput::tag), if set.
    pub tag: rt::Option<rt::String>,
}
impl PutItemInputBuilder {
    /// Sets [`PutItemInput::shard`](PutItemInput::shard).
    pub fn shard(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.shard = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::shard`](PutItemInput::shard).
    pub fn set_shard(mut self, value: rt::Option<rt::String>) -> Self {
        self.shard = value;
        self
    }
    /// Sets [`PutItemInput::token`](PutItemInput::token).
    pub fn token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.token = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::token`](PutItemInput::token).
    pub fn set_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.token = value;
        self
    }
    /// Sets [`PutItemInput::secret`](PutItemInput::secret).
    pub fn secret(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.secret = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::secret`](PutItemInput::secret).
    pub fn set_secret(mut self, value: rt::Option<rt::String>) -> Self {
        self.secret = value;
        self
    }
    /// Sets [`PutItemInput::choice`](PutItemInput::choice).
    pub fn choice(mut self, value: impl rt::Into<Choice>) -> Self {
        self.choice = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::choice`](PutItemInput::choice).
    pub fn set_choice(mut self, value: rt::Option<Choice>) -> Self {
        self.choice = value;
        self
    }
    /// Sets [`PutItemInput::vault`](PutItemInput::vault).
    pub fn vault(mut self, value: impl rt::Into<Vault>) -> Self {
        self.vault = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::vault`](PutItemInput::vault).
    pub fn set_vault(mut self, value: rt::Option<Vault>) -> Self {
        self.vault = value;
        self
    }
    /// Sets [`PutItemInput::level`](PutItemInput::level).
    pub fn level(mut self, value: impl rt::Into<Level>) -> Self {
        self.level = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::level`](PutItemInput::level).
    pub fn set_level(mut self, value: rt::Option<Level>) -> Self {
        self.level = value;
        self
    }
    /// Sets [`PutItemInput::old`](PutItemInput::old).
    pub fn old(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.old = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::old`](PutItemInput::old).
    pub fn set_old(mut self, value: rt::Option<rt::String>) -> Self {
        self.old = value;
        self
    }
    /// Sets [`PutItemInput::detail`](PutItemInput::detail).
    pub fn detail(mut self, value: impl rt::Into<PutItemError>) -> Self {
        self.detail = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::detail`](PutItemInput::detail).
    pub fn set_detail(mut self, value: rt::Option<PutItemError>) -> Self {
        self.detail = value;
        self
    }
    /// Sets [`PutItemInput::mood`](PutItemInput::mood).
    pub fn mood(mut self, value: impl rt::Into<Mood>) -> Self {
        self.mood = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::mood`](PutItemInput::mood).
    pub fn set_mood(mut self, value: rt::Option<Mood>) -> Self {
        self.mood = value;
        self
    }
    /// Sets [`PutItemInput::priority`](PutItemInput::priority).
    pub fn priority(mut self, value: impl rt::Into<Priority>) -> Self {
        self.priority = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::priority`](PutItemInput::priority).
    pub fn set_priority(mut self, value: rt::Option<Priority>) -> Self {
        self.priority = value;
        self
    }
    /// Sets [`PutItemInput::count`](PutItemInput::count).
    pub fn count(mut self, value: impl rt::Into<rt::BigInteger>) -> Self {
        self.count = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::count`](PutItemInput::count).
    pub fn set_count(mut self, value: rt::Option<rt::BigInteger>) -> Self {
        self.count = value;
        self
    }
    /// Sets [`PutItemInput::ratio`](PutItemInput::ratio).
    pub fn ratio(mut self, value: impl rt::Into<rt::BigDecimal>) -> Self {
        self.ratio = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::ratio`](PutItemInput::ratio).
    pub fn set_ratio(mut self, value: rt::Option<rt::BigDecimal>) -> Self {
        self.ratio = value;
        self
    }
    /// Sets [`PutItemInput::scale`](PutItemInput::scale).
    pub fn scale(mut self, value: impl rt::Into<rt::BigDecimal>) -> Self {
        self.scale = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::scale`](PutItemInput::scale).
    pub fn set_scale(mut self, value: rt::Option<rt::BigDecimal>) -> Self {
        self.scale = value;
        self
    }
    /// Sets [`PutItemInput::tag`](PutItemInput::tag).
    pub fn tag(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.tag = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::tag`](PutItemInput::tag).
    pub fn set_tag(mut self, value: rt::Option<rt::String>) -> Self {
        self.tag = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<PutItemInput, rt::BuildError> {
        Ok(PutItemInput {
            shard: self.shard.ok_or(rt::BuildError {
                shape: "PutItemInput",
                member: "Shard",
            })?,
            token: self.token,
            secret: self.secret,
            choice: self.choice,
            vault: self.vault,
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
impl ::std::fmt::Debug for PutItemInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutItemInput")
            .field("Shard", &self.shard)
            .field("Token", &self.token)
            .field("Secret", &"*** Sensitive Data Redacted ***")
            .field("Choice", &self.choice)
            .field("Vault", &"*** Sensitive Data Redacted ***")
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
impl ::std::fmt::Debug for PutItemInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutItemInputBuilder")
            .field("Shard", &self.shard)
            .field("Token", &self.token)
            .field("Secret", &"*** Sensitive Data Redacted ***")
            .field("Choice", &self.choice)
            .field("Vault", &"*** Sensitive Data Redacted ***")
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
pub struct PutItemOutput {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PutItemOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PutItemOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
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
    /// The structure (nothing in it is required).
    pub fn build(self) -> PutItemOutput {
        PutItemOutput {
            _meta: rt::ResponseMeta::default(),
        }
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
    /// The structure (nothing in it is required).
    pub fn build(self) -> WatchInput {
        WatchInput {}
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct WatchOutput {
    pub events: rt::EventStream<Events>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for WatchOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for WatchOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
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
    pub events: rt::Option<rt::EventStream<Events>>,
}
impl WatchOutputBuilder {
    /// Sets [`WatchOutput::events`](WatchOutput::events).
    pub fn events(mut self, value: impl rt::Into<rt::EventStream<Events>>) -> Self {
        self.events = Some(value.into());
        self
    }
    /// Sets or clears [`WatchOutput::events`](WatchOutput::events).
    pub fn set_events(mut self, value: rt::Option<rt::EventStream<Events>>) -> Self {
        self.events = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> WatchOutput {
        WatchOutput {
            events: self.events.unwrap_or_default(),
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, PartialEq)]
pub enum Choice {
    Plain(rt::String),
    Hidden(rt::String),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
impl ::std::fmt::Debug for Choice {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
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
    Unknown(rt::String),
}
/// Sensitive as a whole: `Debug` shows no variant.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, PartialEq)]
pub enum Vault {
    Pin(rt::String),
    Phrase(rt::String),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
impl ::std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str("Vault(*** Sensitive Data Redacted ***)")
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
