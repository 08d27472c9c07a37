// Generated from models/discovery.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeEndpointsInput {
    /// The operation the endpoint is for, when it takes identifiers.
    pub operation: rt::Option<rt::String>,
    /// The identifiers of the operation's call.
    pub identifiers: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
}
impl DescribeEndpointsInput {
    /// A builder for this structure.
    pub fn builder() -> DescribeEndpointsInputBuilder {
        DescribeEndpointsInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeEndpointsInput {
    /// [`operation`](Self::operation).
    pub fn operation(&self) -> rt::Option<&str> {
        self.operation.as_deref()
    }
    /// [`identifiers`](Self::identifiers).
    pub fn identifiers(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.identifiers.as_ref()
    }
}
/// Builds a [`DescribeEndpointsInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeEndpointsInputBuilder {
    /// [`DescribeEndpointsInput::operation`](DescribeEndpointsInput::operation), if set.
    pub operation: rt::Option<rt::String>,
    /// [`DescribeEndpointsInput::identifiers`](DescribeEndpointsInput::identifiers), if set.
    pub identifiers: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
}
impl DescribeEndpointsInputBuilder {
    /// Sets [`DescribeEndpointsInput::operation`](DescribeEndpointsInput::operation).
    pub fn operation(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.operation = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeEndpointsInput::operation`](DescribeEndpointsInput::operation).
    pub fn set_operation(mut self, value: rt::Option<rt::String>) -> Self {
        self.operation = value;
        self
    }
    /// Inserts one entry into [`DescribeEndpointsInput::identifiers`](DescribeEndpointsInput::identifiers).
    pub fn identifiers(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.identifiers
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`DescribeEndpointsInput::identifiers`](DescribeEndpointsInput::identifiers).
    pub fn set_identifiers(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.identifiers = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeEndpointsInput {
        DescribeEndpointsInput {
            operation: self.operation,
            identifiers: self.identifiers,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeEndpointsOutput {
    /// The endpoints, most preferred first.
    pub endpoints: rt::Vec<Endpoint>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DescribeEndpointsOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DescribeEndpointsOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DescribeEndpointsOutput {
    /// A builder for this structure.
    pub fn builder() -> DescribeEndpointsOutputBuilder {
        DescribeEndpointsOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeEndpointsOutput {
    /// [`endpoints`](Self::endpoints).
    pub fn endpoints(&self) -> &[Endpoint] {
        &self.endpoints
    }
}
/// Builds a [`DescribeEndpointsOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeEndpointsOutputBuilder {
    /// [`DescribeEndpointsOutput::endpoints`](DescribeEndpointsOutput::endpoints), if set.
    pub endpoints: rt::Option<rt::Vec<Endpoint>>,
}
impl DescribeEndpointsOutputBuilder {
    /// Appends one element to [`DescribeEndpointsOutput::endpoints`](DescribeEndpointsOutput::endpoints).
    pub fn endpoints(mut self, value: impl rt::Into<Endpoint>) -> Self {
        self.endpoints
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`DescribeEndpointsOutput::endpoints`](DescribeEndpointsOutput::endpoints).
    pub fn set_endpoints(mut self, value: rt::Option<rt::Vec<Endpoint>>) -> Self {
        self.endpoints = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DescribeEndpointsOutput, rt::BuildError> {
        Ok(DescribeEndpointsOutput {
            endpoints: self.endpoints.ok_or(rt::BuildError {
                shape: "DescribeEndpointsOutput",
                member: "Endpoints",
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeTableInput {
    /// The table.
    pub table_name: rt::String,
}
impl DescribeTableInput {
    /// A builder for this structure.
    pub fn builder() -> DescribeTableInputBuilder {
        DescribeTableInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeTableInput {
    /// [`table_name`](Self::table_name).
    pub fn table_name(&self) -> &str {
        &self.table_name
    }
}
/// Builds a [`DescribeTableInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeTableInputBuilder {
    /// [`DescribeTableInput::table_name`](DescribeTableInput::table_name), if set.
    pub table_name: rt::Option<rt::String>,
}
impl DescribeTableInputBuilder {
    /// Sets [`DescribeTableInput::table_name`](DescribeTableInput::table_name).
    pub fn table_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.table_name = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeTableInput::table_name`](DescribeTableInput::table_name).
    pub fn set_table_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.table_name = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DescribeTableInput, rt::BuildError> {
        Ok(DescribeTableInput {
            table_name: self.table_name.ok_or(rt::BuildError {
                shape: "DescribeTableInput",
                member: "TableName",
            })?,
        })
    }
}
/// One endpoint and how long to keep it.
#[derive(Clone, Debug, PartialEq)]
pub struct Endpoint {
    /// The host (or URL) to call.
    pub address: rt::String,
    /// Minutes the endpoint may be cached.
    pub cache_period_in_minutes: i64,
}
impl Endpoint {
    /// A builder for this structure.
    pub fn builder() -> EndpointBuilder {
        EndpointBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Endpoint {
    /// [`address`](Self::address).
    pub fn address(&self) -> &str {
        &self.address
    }
    /// [`cache_period_in_minutes`](Self::cache_period_in_minutes).
    pub fn cache_period_in_minutes(&self) -> i64 {
        self.cache_period_in_minutes
    }
}
/// Builds a [`Endpoint`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EndpointBuilder {
    /// [`Endpoint::address`](Endpoint::address), if set.
    pub address: rt::Option<rt::String>,
    /// [`Endpoint::cache_period_in_minutes`](Endpoint::cache_period_in_minutes), if set.
    pub cache_period_in_minutes: rt::Option<i64>,
}
impl EndpointBuilder {
    /// Sets [`Endpoint::address`](Endpoint::address).
    pub fn address(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets or clears [`Endpoint::address`](Endpoint::address).
    pub fn set_address(mut self, value: rt::Option<rt::String>) -> Self {
        self.address = value;
        self
    }
    /// Sets [`Endpoint::cache_period_in_minutes`](Endpoint::cache_period_in_minutes).
    pub fn cache_period_in_minutes(mut self, value: impl rt::Into<i64>) -> Self {
        self.cache_period_in_minutes = Some(value.into());
        self
    }
    /// Sets or clears [`Endpoint::cache_period_in_minutes`](Endpoint::cache_period_in_minutes).
    pub fn set_cache_period_in_minutes(mut self, value: rt::Option<i64>) -> Self {
        self.cache_period_in_minutes = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<Endpoint, rt::BuildError> {
        Ok(Endpoint {
            address: self.address.ok_or(rt::BuildError {
                shape: "Endpoint",
                member: "Address",
            })?,
            cache_period_in_minutes: self.cache_period_in_minutes.unwrap_or_default(),
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetItemInput {
    /// The item.
    pub key: rt::Option<rt::String>,
}
impl GetItemInput {
    /// A builder for this structure.
    pub fn builder() -> GetItemInputBuilder {
        GetItemInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetItemInput {
    /// [`key`](Self::key).
    pub fn key(&self) -> rt::Option<&str> {
        self.key.as_deref()
    }
}
/// Builds a [`GetItemInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetItemInputBuilder {
    /// [`GetItemInput::key`](GetItemInput::key), if set.
    pub key: rt::Option<rt::String>,
}
impl GetItemInputBuilder {
    /// Sets [`GetItemInput::key`](GetItemInput::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`GetItemInput::key`](GetItemInput::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetItemInput {
        GetItemInput { key: self.key }
    }
}
/// The (empty) input of `ListTables`.
#[derive(Clone, Debug, PartialEq)]
pub struct ListTablesInput {}
impl ListTablesInput {
    /// A builder for this structure.
    pub fn builder() -> ListTablesInputBuilder {
        ListTablesInputBuilder::default()
    }
}
/// Builds a [`ListTablesInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListTablesInputBuilder {}
impl ListTablesInputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListTablesInput {
        ListTablesInput {}
    }
}
/// Who answered.
#[derive(Clone, Debug, PartialEq)]
pub struct Served {
    /// The name of the server that answered.
    pub served_by: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for Served {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for Served {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl Served {
    /// A builder for this structure.
    pub fn builder() -> ServedBuilder {
        ServedBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Served {
    /// [`served_by`](Self::served_by).
    pub fn served_by(&self) -> rt::Option<&str> {
        self.served_by.as_deref()
    }
}
/// Builds a [`Served`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ServedBuilder {
    /// [`Served::served_by`](Served::served_by), if set.
    pub served_by: rt::Option<rt::String>,
}
impl ServedBuilder {
    /// Sets [`Served::served_by`](Served::served_by).
    pub fn served_by(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.served_by = Some(value.into());
        self
    }
    /// Sets or clears [`Served::served_by`](Served::served_by).
    pub fn set_served_by(mut self, value: rt::Option<rt::String>) -> Self {
        self.served_by = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Served {
        Served {
            served_by: self.served_by,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
