// Generated from models/errors.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// The (empty) input of `Fetch`.
#[derive(Clone, Debug, PartialEq)]
pub struct FetchInput {}
impl FetchInput {
    /// A builder for this structure.
    pub fn builder() -> FetchInputBuilder {
        FetchInputBuilder::default()
    }
}
/// Builds a [`FetchInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FetchInputBuilder {}
impl FetchInputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> FetchInput {
        FetchInput {}
    }
}
/// The (empty) output of `Fetch`.
#[derive(Clone, Debug, PartialEq)]
pub struct FetchOutput {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for FetchOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for FetchOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl FetchOutput {
    /// A builder for this structure.
    pub fn builder() -> FetchOutputBuilder {
        FetchOutputBuilder::default()
    }
}
/// Builds a [`FetchOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FetchOutputBuilder {}
impl FetchOutputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> FetchOutput {
        FetchOutput {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
