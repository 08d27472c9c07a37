// Generated from models/auth.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// The caller's identity, if any.
#[derive(Clone, Debug, PartialEq)]
pub struct Caller {
    /// The identity the service's authenticator returned.
    pub caller: rt::Option<rt::String>,
    /// The `Authorization` header as it arrived, if any.
    pub authorization: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for Caller {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for Caller {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl Caller {
    /// A builder for this structure.
    pub fn builder() -> CallerBuilder {
        CallerBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Caller {
    /// [`caller`](Self::caller).
    pub fn caller(&self) -> rt::Option<&str> {
        self.caller.as_deref()
    }
    /// [`authorization`](Self::authorization).
    pub fn authorization(&self) -> rt::Option<&str> {
        self.authorization.as_deref()
    }
}
/// Builds a [`Caller`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CallerBuilder {
    /// [`Caller::caller`](Caller::caller), if set.
    pub caller: rt::Option<rt::String>,
    /// [`Caller::authorization`](Caller::authorization), if set.
    pub authorization: rt::Option<rt::String>,
}
impl CallerBuilder {
    /// Sets [`Caller::caller`](Caller::caller).
    pub fn caller(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets or clears [`Caller::caller`](Caller::caller).
    pub fn set_caller(mut self, value: rt::Option<rt::String>) -> Self {
        self.caller = value;
        self
    }
    /// Sets [`Caller::authorization`](Caller::authorization).
    pub fn authorization(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.authorization = Some(value.into());
        self
    }
    /// Sets or clears [`Caller::authorization`](Caller::authorization).
    pub fn set_authorization(mut self, value: rt::Option<rt::String>) -> Self {
        self.authorization = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Caller {
        Caller {
            caller: self.caller,
            authorization: self.authorization,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// The (empty) input of `Health`.
#[derive(Clone, Debug, PartialEq)]
pub struct HealthInput {}
impl HealthInput {
    /// A builder for this structure.
    pub fn builder() -> HealthInputBuilder {
        HealthInputBuilder::default()
    }
}
/// Builds a [`HealthInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HealthInputBuilder {}
impl HealthInputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> HealthInput {
        HealthInput {}
    }
}
/// The (empty) input of `KeyOnly`.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyOnlyInput {}
impl KeyOnlyInput {
    /// A builder for this structure.
    pub fn builder() -> KeyOnlyInputBuilder {
        KeyOnlyInputBuilder::default()
    }
}
/// Builds a [`KeyOnlyInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeyOnlyInputBuilder {}
impl KeyOnlyInputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> KeyOnlyInput {
        KeyOnlyInput {}
    }
}
/// The (empty) input of `Ping`.
#[derive(Clone, Debug, PartialEq)]
pub struct PingInput {}
impl PingInput {
    /// A builder for this structure.
    pub fn builder() -> PingInputBuilder {
        PingInputBuilder::default()
    }
}
/// Builds a [`PingInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PingInputBuilder {}
impl PingInputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> PingInput {
        PingInput {}
    }
}
/// The (empty) input of `WhoAmI`.
#[derive(Clone, Debug, PartialEq)]
pub struct WhoAmIInput {}
impl WhoAmIInput {
    /// A builder for this structure.
    pub fn builder() -> WhoAmIInputBuilder {
        WhoAmIInputBuilder::default()
    }
}
/// Builds a [`WhoAmIInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WhoAmIInputBuilder {}
impl WhoAmIInputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> WhoAmIInput {
        WhoAmIInput {}
    }
}
