// Generated from models/dynamodb-crc32.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeLimitsInput {}
impl DescribeLimitsInput {
    /// A builder for this structure.
    pub fn builder() -> DescribeLimitsInputBuilder {
        DescribeLimitsInputBuilder::default()
    }
}
/// Builds a [`DescribeLimitsInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeLimitsInputBuilder {}
impl DescribeLimitsInputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeLimitsInput {
        DescribeLimitsInput {}
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeLimitsOutput {
    /// The most read capacity units an account may provision.
    pub account_max_read_capacity_units: rt::Option<i64>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DescribeLimitsOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DescribeLimitsOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DescribeLimitsOutput {
    /// A builder for this structure.
    pub fn builder() -> DescribeLimitsOutputBuilder {
        DescribeLimitsOutputBuilder::default()
    }
}
/// Builds a [`DescribeLimitsOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeLimitsOutputBuilder {
    /// [`DescribeLimitsOutput::account_max_read_capacity_units`](DescribeLimitsOutput::account_max_read_capacity_units), if set.
    pub account_max_read_capacity_units: rt::Option<i64>,
}
impl DescribeLimitsOutputBuilder {
    /// Sets [`DescribeLimitsOutput::account_max_read_capacity_units`](DescribeLimitsOutput::account_max_read_capacity_units).
    pub fn account_max_read_capacity_units(mut self, value: impl rt::Into<i64>) -> Self {
        self.account_max_read_capacity_units = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeLimitsOutput::account_max_read_capacity_units`](DescribeLimitsOutput::account_max_read_capacity_units).
    pub fn set_account_max_read_capacity_units(mut self, value: rt::Option<i64>) -> Self {
        self.account_max_read_capacity_units = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeLimitsOutput {
        DescribeLimitsOutput {
            account_max_read_capacity_units: self.account_max_read_capacity_units,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
