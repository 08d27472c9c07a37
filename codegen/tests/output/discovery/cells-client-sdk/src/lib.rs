// Generated from models/discovery.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Cells.
#![allow(deprecated)]
use ::codegen_rt as rt;
pub use rt::auth::{EnvToken, ProvideToken, StaticToken};
pub use rt::client::{AssumeRoleError, AssumeRoleProvider};
pub use rt::client::{Config, Credentials, SdkError};
/// The runtime's types this crate's API names (values, streams, errors),
/// so that users need not depend on the runtime crate themselves
/// (at the root unless a type of the model has the name).
pub use rt::{
    BigDecimal, BigInteger, Blob, BuildError, ByteStream, DateTime, Document, EventStream,
    EventStreamError, ModeledError, OperationError, Protocol, RequestId, ResponseMeta, Unhandled,
};
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// Every runtime type this crate's API names, whatever the model's
/// own types are called.
pub mod primitives {
    use ::codegen_rt as rt;
    pub use rt::auth::{EnvToken, ProvideToken, StaticToken};
    pub use rt::client::{AssumeRoleError, AssumeRoleProvider};
    pub use rt::{
        BigDecimal, BigInteger, Blob, BuildError, ByteStream, DateTime, Document, EventStream,
        EventStreamError, ModeledError, OperationError, Protocol, RequestId, ResponseMeta,
        Unhandled,
    };
}
pub use cells_types;
use cells_types::error::*;
use cells_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "Cells",
    signing_name: "cells",
    auth: &[rt::auth::AuthScheme::SigV4],
    endpoint_discovery: Some(rt::client::EndpointDiscovery {
        operation: &cells_types::http::DESCRIBE_ENDPOINTS,
        error: Some("InvalidEndpointException"),
        required_by_any: true,
    }),
    customizations: &[],
    endpoint_prefix: "cells",
    protocols: &[rt::Protocol::AwsJson1_0],
    user_agent: "cells-client-sdk/0.1.0",
    operations: &[
        rt::client::OperationInfo {
            name: "DescribeTable",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: None,
            discovered_endpoint: Some(true),
            discovery_ids: &["TableName"],
            event_stream: false,
            sensitive: false,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[],
        },
        rt::client::OperationInfo {
            name: "GetItem",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: None,
            discovered_endpoint: Some(true),
            discovery_ids: &[],
            event_stream: false,
            sensitive: false,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[],
        },
        rt::client::OperationInfo {
            name: "ListTables",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: None,
            discovered_endpoint: Some(false),
            discovery_ids: &[],
            event_stream: false,
            sensitive: false,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[],
        },
    ],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: cells_types::http::ERROR_HEADERS,
    endpoint_rules: None,
};
/// A store whose tables live in cells; clients ask which cell to call.
#[derive(Debug, Clone)]
pub struct Client {
    handle: rt::Arc<rt::client::Handle>,
}
impl Client {
    /// A client configured by `config`.
    pub fn new(config: Config) -> Self {
        Self {
            handle: rt::client::Handle::new(config, SERVICE),
        }
    }
    /// The configuration.
    pub fn config(&self) -> &Config {
        self.handle.config()
    }
    /// Names the endpoints to call.
    pub fn describe_endpoints(&self) -> DescribeEndpointsFluentBuilder {
        DescribeEndpointsFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DescribeEndpointsInput::builder(),
        }
    }
    /// Describes a table, at the cell that holds it.
    pub fn describe_table(&self) -> DescribeTableFluentBuilder {
        DescribeTableFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DescribeTableInput::builder(),
        }
    }
    /// Reads an item; only a cell can answer.
    pub fn get_item(&self) -> GetItemFluentBuilder {
        GetItemFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetItemInput::builder(),
        }
    }
    /// Lists tables; any endpoint can answer, a cell faster.
    pub fn list_tables(&self) -> ListTablesFluentBuilder {
        ListTablesFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ListTablesInput::builder(),
        }
    }
}
impl Client {
    /// Calls the operation with this model name on a JSON input and
    /// answers its JSON output, with the error reduced to code, message
    /// and status: one signature for all operations, for tools that
    /// work from [`schema`].
    pub async fn call_json(
        &self,
        operation: &str,
        input: rt::JsonValue,
    ) -> rt::Result<rt::JsonValue, SdkError<rt::Unhandled>> {
        match operation {
            "DescribeEndpoints" => {
                self.handle
                    .call_json::<
                        DescribeEndpointsInput,
                        DescribeEndpointsOutput,
                        DescribeEndpointsError,
                    >(&crate::cells_types::http::DESCRIBE_ENDPOINTS, input)
                    .await
            }
            "DescribeTable" => {
                self.handle
                    .call_json::<
                        DescribeTableInput,
                        Served,
                        DescribeTableError,
                    >(&crate::cells_types::http::DESCRIBE_TABLE, input)
                    .await
            }
            "GetItem" => {
                self.handle
                    .call_json::<
                        GetItemInput,
                        Served,
                        GetItemError,
                    >(&crate::cells_types::http::GET_ITEM, input)
                    .await
            }
            "ListTables" => {
                self.handle
                    .call_json::<
                        ListTablesInput,
                        Served,
                        ListTablesError,
                    >(&crate::cells_types::http::LIST_TABLES, input)
                    .await
            }
            _ => {
                Err(
                    SdkError::construction(
                        format!("the model has no operation `{operation}`"),
                    ),
                )
            }
        }
    }
}
/// Checks a JSON input for the operation with this model name against
/// the model's constraints, as `send` does before sending.
pub fn validate_json(
    operation: &str,
    input: &rt::JsonValue,
) -> rt::Result<(), SdkError<rt::Unhandled>> {
    match operation {
        "DescribeEndpoints" => rt::client::validate::<DescribeEndpointsInput, rt::Unhandled>(input),
        "DescribeTable" => rt::client::validate::<DescribeTableInput, rt::Unhandled>(input),
        "GetItem" => rt::client::validate::<GetItemInput, rt::Unhandled>(input),
        "ListTables" => rt::client::validate::<ListTablesInput, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `DescribeEndpoints` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DescribeEndpointsFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DescribeEndpointsInputBuilder,
}
impl ::std::convert::From<DescribeEndpointsFluentBuilder> for DescribeEndpointsInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DescribeEndpointsFluentBuilder) -> Self {
        fluent.input
    }
}
impl DescribeEndpointsFluentBuilder {
    /// Sets [`DescribeEndpointsInput::operation`](DescribeEndpointsInput::operation).
    pub fn operation(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.operation(value);
        self
    }
    /// Sets or clears [`DescribeEndpointsInput::operation`](DescribeEndpointsInput::operation).
    pub fn set_operation(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_operation(value);
        self
    }
    /// Inserts one entry into [`DescribeEndpointsInput::identifiers`](DescribeEndpointsInput::identifiers).
    pub fn identifiers(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.input = self.input.identifiers(key, value);
        self
    }
    /// Sets or clears [`DescribeEndpointsInput::identifiers`](DescribeEndpointsInput::identifiers).
    pub fn set_identifiers(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.input = self.input.set_identifiers(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DescribeEndpointsInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DescribeEndpointsInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<DescribeEndpointsOutput, SdkError<DescribeEndpointsError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&cells_types::http::DESCRIBE_ENDPOINTS, &input, stream)
            .await
    }
}
/// A `DescribeTable` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DescribeTableFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DescribeTableInputBuilder,
}
impl ::std::convert::From<DescribeTableFluentBuilder> for DescribeTableInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DescribeTableFluentBuilder) -> Self {
        fluent.input
    }
}
impl DescribeTableFluentBuilder {
    /// Sets [`DescribeTableInput::table_name`](DescribeTableInput::table_name).
    pub fn table_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.table_name(value);
        self
    }
    /// Sets or clears [`DescribeTableInput::table_name`](DescribeTableInput::table_name).
    pub fn set_table_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_table_name(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DescribeTableInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DescribeTableInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<Served, SdkError<DescribeTableError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&cells_types::http::DESCRIBE_TABLE, &input, stream)
            .await
    }
}
/// A `GetItem` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetItemFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetItemInputBuilder,
}
impl ::std::convert::From<GetItemFluentBuilder> for GetItemInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetItemFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetItemFluentBuilder {
    /// Sets [`GetItemInput::key`](GetItemInput::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.key(value);
        self
    }
    /// Sets or clears [`GetItemInput::key`](GetItemInput::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_key(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GetItemInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetItemInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<Served, SdkError<GetItemError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&cells_types::http::GET_ITEM, &input, stream)
            .await
    }
}
/// A `ListTables` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ListTablesFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ListTablesInputBuilder,
}
impl ::std::convert::From<ListTablesFluentBuilder> for ListTablesInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ListTablesFluentBuilder) -> Self {
        fluent.input
    }
}
impl ListTablesFluentBuilder {
    /// Replaces the whole input.
    pub fn input(mut self, input: ListTablesInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ListTablesInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<Served, SdkError<ListTablesError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&cells_types::http::LIST_TABLES, &input, stream)
            .await
    }
}
