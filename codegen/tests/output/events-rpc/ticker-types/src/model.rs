// Generated from models/events-rpc.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
#[derive(Clone, Debug, PartialEq)]
pub struct EchoInput {
    /// Prefixed to every answer.
    pub label: rt::Option<rt::String>,
    /// The trades to echo.
    pub trades: rt::EventStream<TradeStream>,
}
impl EchoInput {
    /// A builder for this structure.
    pub fn builder() -> EchoInputBuilder {
        EchoInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl EchoInput {
    /// [`label`](Self::label).
    pub fn label(&self) -> rt::Option<&str> {
        self.label.as_deref()
    }
}
/// Builds a [`EchoInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EchoInputBuilder {
    /// [`EchoInput::label`](EchoInput::label), if set.
    pub label: rt::Option<rt::String>,
    /// [`EchoInput::trades`](EchoInput::trades), if set.
    pub trades: rt::Option<rt::EventStream<TradeStream>>,
}
impl EchoInputBuilder {
    /// Sets [`EchoInput::label`](EchoInput::label).
    pub fn label(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.label = Some(value.into());
        self
    }
    /// Sets or clears [`EchoInput::label`](EchoInput::label).
    pub fn set_label(mut self, value: rt::Option<rt::String>) -> Self {
        self.label = value;
        self
    }
    /// Sets [`EchoInput::trades`](EchoInput::trades).
    pub fn trades(mut self, value: impl rt::Into<rt::EventStream<TradeStream>>) -> Self {
        self.trades = Some(value.into());
        self
    }
    /// Sets or clears [`EchoInput::trades`](EchoInput::trades).
    pub fn set_trades(mut self, value: rt::Option<rt::EventStream<TradeStream>>) -> Self {
        self.trades = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> EchoInput {
        EchoInput {
            label: self.label,
            trades: self.trades.unwrap_or_default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct EchoOutput {
    /// The label, as the input said.
    pub label: rt::Option<rt::String>,
    /// The answers.
    pub trades: rt::EventStream<TradeStream>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for EchoOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for EchoOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl EchoOutput {
    /// A builder for this structure.
    pub fn builder() -> EchoOutputBuilder {
        EchoOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl EchoOutput {
    /// [`label`](Self::label).
    pub fn label(&self) -> rt::Option<&str> {
        self.label.as_deref()
    }
}
/// Builds a [`EchoOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EchoOutputBuilder {
    /// [`EchoOutput::label`](EchoOutput::label), if set.
    pub label: rt::Option<rt::String>,
    /// [`EchoOutput::trades`](EchoOutput::trades), if set.
    pub trades: rt::Option<rt::EventStream<TradeStream>>,
}
impl EchoOutputBuilder {
    /// Sets [`EchoOutput::label`](EchoOutput::label).
    pub fn label(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.label = Some(value.into());
        self
    }
    /// Sets or clears [`EchoOutput::label`](EchoOutput::label).
    pub fn set_label(mut self, value: rt::Option<rt::String>) -> Self {
        self.label = value;
        self
    }
    /// Sets [`EchoOutput::trades`](EchoOutput::trades).
    pub fn trades(mut self, value: impl rt::Into<rt::EventStream<TradeStream>>) -> Self {
        self.trades = Some(value.into());
        self
    }
    /// Sets or clears [`EchoOutput::trades`](EchoOutput::trades).
    pub fn set_trades(mut self, value: rt::Option<rt::EventStream<TradeStream>>) -> Self {
        self.trades = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> EchoOutput {
        EchoOutput {
            label: self.label,
            trades: self.trades.unwrap_or_default(),
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PublishInput {
    /// The feed the trades belong to.
    pub feed: rt::String,
    /// When the batch was opened.
    pub opened_at: rt::Option<rt::DateTime>,
    /// The trades.
    pub trades: rt::EventStream<TradeStream>,
}
impl PublishInput {
    /// A builder for this structure.
    pub fn builder() -> PublishInputBuilder {
        PublishInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PublishInput {
    /// [`feed`](Self::feed).
    pub fn feed(&self) -> &str {
        &self.feed
    }
    /// [`opened_at`](Self::opened_at).
    pub fn opened_at(&self) -> rt::Option<&rt::DateTime> {
        self.opened_at.as_ref()
    }
}
/// Builds a [`PublishInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PublishInputBuilder {
    /// [`PublishInput::feed`](PublishInput::feed), if set.
    pub feed: rt::Option<rt::String>,
    /// [`PublishInput::opened_at`](PublishInput::opened_at), if set.
    pub opened_at: rt::Option<rt::DateTime>,
    /// [`PublishInput::trades`](PublishInput::trades), if set.
    pub trades: rt::Option<rt::EventStream<TradeStream>>,
}
impl PublishInputBuilder {
    /// Sets [`PublishInput::feed`](PublishInput::feed).
    pub fn feed(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.feed = Some(value.into());
        self
    }
    /// Sets or clears [`PublishInput::feed`](PublishInput::feed).
    pub fn set_feed(mut self, value: rt::Option<rt::String>) -> Self {
        self.feed = value;
        self
    }
    /// Sets [`PublishInput::opened_at`](PublishInput::opened_at).
    pub fn opened_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.opened_at = Some(value.into());
        self
    }
    /// Sets or clears [`PublishInput::opened_at`](PublishInput::opened_at).
    pub fn set_opened_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.opened_at = value;
        self
    }
    /// Sets [`PublishInput::trades`](PublishInput::trades).
    pub fn trades(mut self, value: impl rt::Into<rt::EventStream<TradeStream>>) -> Self {
        self.trades = Some(value.into());
        self
    }
    /// Sets or clears [`PublishInput::trades`](PublishInput::trades).
    pub fn set_trades(mut self, value: rt::Option<rt::EventStream<TradeStream>>) -> Self {
        self.trades = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<PublishInput, rt::BuildError> {
        Ok(PublishInput {
            feed: self.feed.ok_or(rt::BuildError {
                shape: "PublishInput",
                member: "feed",
            })?,
            opened_at: self.opened_at,
            trades: self.trades.unwrap_or_default(),
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PublishOutput {
    /// The feed, as the trades named it.
    pub feed: rt::Option<rt::String>,
    /// When the batch was opened, as the caller said.
    pub opened_at: rt::Option<rt::DateTime>,
    /// How many trades arrived.
    pub count: rt::Option<i32>,
    /// Their total volume.
    pub volume: rt::Option<i64>,
    /// Their notes, concatenated.
    pub notes: rt::Option<rt::Blob>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PublishOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PublishOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PublishOutput {
    /// A builder for this structure.
    pub fn builder() -> PublishOutputBuilder {
        PublishOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PublishOutput {
    /// [`feed`](Self::feed).
    pub fn feed(&self) -> rt::Option<&str> {
        self.feed.as_deref()
    }
    /// [`opened_at`](Self::opened_at).
    pub fn opened_at(&self) -> rt::Option<&rt::DateTime> {
        self.opened_at.as_ref()
    }
    /// [`count`](Self::count).
    pub fn count(&self) -> rt::Option<i32> {
        self.count
    }
    /// [`volume`](Self::volume).
    pub fn volume(&self) -> rt::Option<i64> {
        self.volume
    }
    /// [`notes`](Self::notes).
    pub fn notes(&self) -> rt::Option<&rt::Blob> {
        self.notes.as_ref()
    }
}
/// Builds a [`PublishOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PublishOutputBuilder {
    /// [`PublishOutput::feed`](PublishOutput::feed), if set.
    pub feed: rt::Option<rt::String>,
    /// [`PublishOutput::opened_at`](PublishOutput::opened_at), if set.
    pub opened_at: rt::Option<rt::DateTime>,
    /// [`PublishOutput::count`](PublishOutput::count), if set.
    pub count: rt::Option<i32>,
    /// [`PublishOutput::volume`](PublishOutput::volume), if set.
    pub volume: rt::Option<i64>,
    /// [`PublishOutput::notes`](PublishOutput::notes), if set.
    pub notes: rt::Option<rt::Blob>,
}
impl PublishOutputBuilder {
    /// Sets [`PublishOutput::feed`](PublishOutput::feed).
    pub fn feed(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.feed = Some(value.into());
        self
    }
    /// Sets or clears [`PublishOutput::feed`](PublishOutput::feed).
    pub fn set_feed(mut self, value: rt::Option<rt::String>) -> Self {
        self.feed = value;
        self
    }
    /// Sets [`PublishOutput::opened_at`](PublishOutput::opened_at).
    pub fn opened_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.opened_at = Some(value.into());
        self
    }
    /// Sets or clears [`PublishOutput::opened_at`](PublishOutput::opened_at).
    pub fn set_opened_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.opened_at = value;
        self
    }
    /// Sets [`PublishOutput::count`](PublishOutput::count).
    pub fn count(mut self, value: impl rt::Into<i32>) -> Self {
        self.count = Some(value.into());
        self
    }
    /// Sets or clears [`PublishOutput::count`](PublishOutput::count).
    pub fn set_count(mut self, value: rt::Option<i32>) -> Self {
        self.count = value;
        self
    }
    /// Sets [`PublishOutput::volume`](PublishOutput::volume).
    pub fn volume(mut self, value: impl rt::Into<i64>) -> Self {
        self.volume = Some(value.into());
        self
    }
    /// Sets or clears [`PublishOutput::volume`](PublishOutput::volume).
    pub fn set_volume(mut self, value: rt::Option<i64>) -> Self {
        self.volume = value;
        self
    }
    /// Sets [`PublishOutput::notes`](PublishOutput::notes).
    pub fn notes(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.notes = Some(value.into());
        self
    }
    /// Sets or clears [`PublishOutput::notes`](PublishOutput::notes).
    pub fn set_notes(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.notes = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PublishOutput {
        PublishOutput {
            feed: self.feed,
            opened_at: self.opened_at,
            count: self.count,
            volume: self.volume,
            notes: self.notes,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// One price.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The symbol quoted.
    pub symbol: rt::Option<rt::String>,
    /// The price.
    pub price: rt::Option<f64>,
    /// When the price was set.
    pub at: rt::Option<rt::DateTime>,
    /// The exchange's own record of it.
    pub raw: rt::Option<rt::Blob>,
}
impl Quote {
    /// A builder for this structure.
    pub fn builder() -> QuoteBuilder {
        QuoteBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Quote {
    /// [`symbol`](Self::symbol).
    pub fn symbol(&self) -> rt::Option<&str> {
        self.symbol.as_deref()
    }
    /// [`price`](Self::price).
    pub fn price(&self) -> rt::Option<f64> {
        self.price
    }
    /// [`at`](Self::at).
    pub fn at(&self) -> rt::Option<&rt::DateTime> {
        self.at.as_ref()
    }
    /// [`raw`](Self::raw).
    pub fn raw(&self) -> rt::Option<&rt::Blob> {
        self.raw.as_ref()
    }
}
/// Builds a [`Quote`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuoteBuilder {
    /// [`Quote::symbol`](Quote::symbol), if set.
    pub symbol: rt::Option<rt::String>,
    /// [`Quote::price`](Quote::price), if set.
    pub price: rt::Option<f64>,
    /// [`Quote::at`](Quote::at), if set.
    pub at: rt::Option<rt::DateTime>,
    /// [`Quote::raw`](Quote::raw), if set.
    pub raw: rt::Option<rt::Blob>,
}
impl QuoteBuilder {
    /// Sets [`Quote::symbol`](Quote::symbol).
    pub fn symbol(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.symbol = Some(value.into());
        self
    }
    /// Sets or clears [`Quote::symbol`](Quote::symbol).
    pub fn set_symbol(mut self, value: rt::Option<rt::String>) -> Self {
        self.symbol = value;
        self
    }
    /// Sets [`Quote::price`](Quote::price).
    pub fn price(mut self, value: impl rt::Into<f64>) -> Self {
        self.price = Some(value.into());
        self
    }
    /// Sets or clears [`Quote::price`](Quote::price).
    pub fn set_price(mut self, value: rt::Option<f64>) -> Self {
        self.price = value;
        self
    }
    /// Sets [`Quote::at`](Quote::at).
    pub fn at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.at = Some(value.into());
        self
    }
    /// Sets or clears [`Quote::at`](Quote::at).
    pub fn set_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.at = value;
        self
    }
    /// Sets [`Quote::raw`](Quote::raw).
    pub fn raw(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.raw = Some(value.into());
        self
    }
    /// Sets or clears [`Quote::raw`](Quote::raw).
    pub fn set_raw(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.raw = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Quote {
        Quote {
            symbol: self.symbol,
            price: self.price,
            at: self.at,
            raw: self.raw,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct SubscribeInput {
    /// The symbol to follow.
    pub symbol: rt::String,
    /// How many quotes to send (all of them when unset).
    pub limit: rt::Option<i32>,
}
impl SubscribeInput {
    /// A builder for this structure.
    pub fn builder() -> SubscribeInputBuilder {
        SubscribeInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl SubscribeInput {
    /// [`symbol`](Self::symbol).
    pub fn symbol(&self) -> &str {
        &self.symbol
    }
    /// [`limit`](Self::limit).
    pub fn limit(&self) -> rt::Option<i32> {
        self.limit
    }
}
/// Builds a [`SubscribeInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SubscribeInputBuilder {
    /// [`SubscribeInput::symbol`](SubscribeInput::symbol), if set.
    pub symbol: rt::Option<rt::String>,
    /// [`SubscribeInput::limit`](SubscribeInput::limit), if set.
    pub limit: rt::Option<i32>,
}
impl SubscribeInputBuilder {
    /// Sets [`SubscribeInput::symbol`](SubscribeInput::symbol).
    pub fn symbol(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.symbol = Some(value.into());
        self
    }
    /// Sets or clears [`SubscribeInput::symbol`](SubscribeInput::symbol).
    pub fn set_symbol(mut self, value: rt::Option<rt::String>) -> Self {
        self.symbol = value;
        self
    }
    /// Sets [`SubscribeInput::limit`](SubscribeInput::limit).
    pub fn limit(mut self, value: impl rt::Into<i32>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets or clears [`SubscribeInput::limit`](SubscribeInput::limit).
    pub fn set_limit(mut self, value: rt::Option<i32>) -> Self {
        self.limit = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<SubscribeInput, rt::BuildError> {
        Ok(SubscribeInput {
            symbol: self.symbol.ok_or(rt::BuildError {
                shape: "SubscribeInput",
                member: "symbol",
            })?,
            limit: self.limit,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct SubscribeOutput {
    /// The subscription, named before the first quote.
    pub subscription_id: rt::Option<rt::String>,
    /// When the subscription started.
    pub started_at: rt::Option<rt::DateTime>,
    /// The quotes.
    pub quotes: rt::EventStream<QuoteStream>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for SubscribeOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for SubscribeOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl SubscribeOutput {
    /// A builder for this structure.
    pub fn builder() -> SubscribeOutputBuilder {
        SubscribeOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl SubscribeOutput {
    /// [`subscription_id`](Self::subscription_id).
    pub fn subscription_id(&self) -> rt::Option<&str> {
        self.subscription_id.as_deref()
    }
    /// [`started_at`](Self::started_at).
    pub fn started_at(&self) -> rt::Option<&rt::DateTime> {
        self.started_at.as_ref()
    }
}
/// Builds a [`SubscribeOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SubscribeOutputBuilder {
    /// [`SubscribeOutput::subscription_id`](SubscribeOutput::subscription_id), if set.
    pub subscription_id: rt::Option<rt::String>,
    /// [`SubscribeOutput::started_at`](SubscribeOutput::started_at), if set.
    pub started_at: rt::Option<rt::DateTime>,
    /// [`SubscribeOutput::quotes`](SubscribeOutput::quotes), if set.
    pub quotes: rt::Option<rt::EventStream<QuoteStream>>,
}
impl SubscribeOutputBuilder {
    /// Sets [`SubscribeOutput::subscription_id`](SubscribeOutput::subscription_id).
    pub fn subscription_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.subscription_id = Some(value.into());
        self
    }
    /// Sets or clears [`SubscribeOutput::subscription_id`](SubscribeOutput::subscription_id).
    pub fn set_subscription_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.subscription_id = value;
        self
    }
    /// Sets [`SubscribeOutput::started_at`](SubscribeOutput::started_at).
    pub fn started_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.started_at = Some(value.into());
        self
    }
    /// Sets or clears [`SubscribeOutput::started_at`](SubscribeOutput::started_at).
    pub fn set_started_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.started_at = value;
        self
    }
    /// Sets [`SubscribeOutput::quotes`](SubscribeOutput::quotes).
    pub fn quotes(mut self, value: impl rt::Into<rt::EventStream<QuoteStream>>) -> Self {
        self.quotes = Some(value.into());
        self
    }
    /// Sets or clears [`SubscribeOutput::quotes`](SubscribeOutput::quotes).
    pub fn set_quotes(mut self, value: rt::Option<rt::EventStream<QuoteStream>>) -> Self {
        self.quotes = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> SubscribeOutput {
        SubscribeOutput {
            subscription_id: self.subscription_id,
            started_at: self.started_at,
            quotes: self.quotes.unwrap_or_default(),
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// One trade.
#[derive(Clone, Debug, PartialEq)]
pub struct Trade {
    /// The trade's place in the batch.
    pub seq: rt::Option<i64>,
    /// How many shares changed hands.
    pub volume: rt::Option<i64>,
    /// When it happened.
    pub at: rt::Option<rt::DateTime>,
    /// A note, as bytes.
    pub note: rt::Option<rt::Blob>,
}
impl Trade {
    /// A builder for this structure.
    pub fn builder() -> TradeBuilder {
        TradeBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Trade {
    /// [`seq`](Self::seq).
    pub fn seq(&self) -> rt::Option<i64> {
        self.seq
    }
    /// [`volume`](Self::volume).
    pub fn volume(&self) -> rt::Option<i64> {
        self.volume
    }
    /// [`at`](Self::at).
    pub fn at(&self) -> rt::Option<&rt::DateTime> {
        self.at.as_ref()
    }
    /// [`note`](Self::note).
    pub fn note(&self) -> rt::Option<&rt::Blob> {
        self.note.as_ref()
    }
}
/// Builds a [`Trade`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TradeBuilder {
    /// [`Trade::seq`](Trade::seq), if set.
    pub seq: rt::Option<i64>,
    /// [`Trade::volume`](Trade::volume), if set.
    pub volume: rt::Option<i64>,
    /// [`Trade::at`](Trade::at), if set.
    pub at: rt::Option<rt::DateTime>,
    /// [`Trade::note`](Trade::note), if set.
    pub note: rt::Option<rt::Blob>,
}
impl TradeBuilder {
    /// Sets [`Trade::seq`](Trade::seq).
    pub fn seq(mut self, value: impl rt::Into<i64>) -> Self {
        self.seq = Some(value.into());
        self
    }
    /// Sets or clears [`Trade::seq`](Trade::seq).
    pub fn set_seq(mut self, value: rt::Option<i64>) -> Self {
        self.seq = value;
        self
    }
    /// Sets [`Trade::volume`](Trade::volume).
    pub fn volume(mut self, value: impl rt::Into<i64>) -> Self {
        self.volume = Some(value.into());
        self
    }
    /// Sets or clears [`Trade::volume`](Trade::volume).
    pub fn set_volume(mut self, value: rt::Option<i64>) -> Self {
        self.volume = value;
        self
    }
    /// Sets [`Trade::at`](Trade::at).
    pub fn at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.at = Some(value.into());
        self
    }
    /// Sets or clears [`Trade::at`](Trade::at).
    pub fn set_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.at = value;
        self
    }
    /// Sets [`Trade::note`](Trade::note).
    pub fn note(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.note = Some(value.into());
        self
    }
    /// Sets or clears [`Trade::note`](Trade::note).
    pub fn set_note(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.note = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Trade {
        Trade {
            seq: self.seq,
            volume: self.volume,
            at: self.at,
            note: self.note,
        }
    }
}
/// The events of a subscription.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum QuoteStream {
    /// A new price.
    Quote(Quote),
    /// Trading stopped: the stream ends here.
    Halted(TradingHalted),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
/// The events of a batch of trades.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum TradeStream {
    /// One trade.
    Trade(Trade),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
