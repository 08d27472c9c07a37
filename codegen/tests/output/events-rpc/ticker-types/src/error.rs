// Generated from models/events-rpc.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Errors: the modeled error structures, and per operation an enum of
//! the errors it can return.
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// Trading in the symbol stopped.
#[derive(Clone, Debug, PartialEq)]
pub struct TradingHalted {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for TradingHalted {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for TradingHalted {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl TradingHalted {
    /// A builder for this structure.
    pub fn builder() -> TradingHaltedBuilder {
        TradingHaltedBuilder::default()
    }
}
/// Builds a [`TradingHalted`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TradingHaltedBuilder {
    /// [`TradingHalted::message`](TradingHalted::message), if set.
    pub message: rt::Option<rt::String>,
}
impl TradingHaltedBuilder {
    /// Sets [`TradingHalted::message`](TradingHalted::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`TradingHalted::message`](TradingHalted::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> TradingHalted {
        TradingHalted {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl TradingHalted {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "TradingHalted";
}
impl rt::ModeledError for TradingHalted {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "example.ticker#TradingHalted"
    }
    fn status(&self) -> u16 {
        500
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for TradingHalted {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for TradingHalted {}
/// No symbol has that name.
#[derive(Clone, Debug, PartialEq)]
pub struct UnknownSymbol {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for UnknownSymbol {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for UnknownSymbol {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl UnknownSymbol {
    /// A builder for this structure.
    pub fn builder() -> UnknownSymbolBuilder {
        UnknownSymbolBuilder::default()
    }
}
/// Builds a [`UnknownSymbol`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UnknownSymbolBuilder {
    /// [`UnknownSymbol::message`](UnknownSymbol::message), if set.
    pub message: rt::Option<rt::String>,
}
impl UnknownSymbolBuilder {
    /// Sets [`UnknownSymbol::message`](UnknownSymbol::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`UnknownSymbol::message`](UnknownSymbol::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> UnknownSymbol {
        UnknownSymbol {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl UnknownSymbol {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "UnknownSymbol";
}
impl rt::ModeledError for UnknownSymbol {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "example.ticker#UnknownSymbol"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for UnknownSymbol {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for UnknownSymbol {}

::codegen_rt::operation_error! {
    /// The errors `Echo` can return.
    pub enum EchoError {
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `Publish` can return.
    pub enum PublishError {
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `Subscribe` can return.
    pub enum SubscribeError {
        /// No symbol has that name.
        UnknownSymbol = "UnknownSymbol",
    }
    validation = unmodeled;
}
