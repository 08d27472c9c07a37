// Generated from models/entitlements.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the AWS Marketplace Entitlement Service.
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
pub use marketplaceentitlement_types;
use marketplaceentitlement_types::error::*;
use marketplaceentitlement_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "AWSMPEntitlementService",
    signing_name: "aws-marketplace",
    auth: &[rt::auth::AuthScheme::SigV4],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "entitlement.marketplace",
    protocols: &[
        rt::Protocol::RpcV2Cbor,
        rt::Protocol::RpcV2Json,
        rt::Protocol::AwsJson1_1,
        rt::Protocol::RestJson1,
    ],
    user_agent: "marketplaceentitlement-client-sdk/0.1.0",
    operations: &[],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: marketplaceentitlement_types::http::ERROR_HEADERS,
    endpoint_rules: None,
};
/// Tells which entitlements customers hold for a product.
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
    /// The entitlements of a product, filtered and paginated.
    pub fn get_entitlements(&self) -> GetEntitlementsFluentBuilder {
        GetEntitlementsFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetEntitlementsInput::builder(),
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
            "GetEntitlements" => {
                self.handle
                    .call_json::<GetEntitlementsInput, GetEntitlementsOutput, GetEntitlementsError>(
                        &crate::marketplaceentitlement_types::http::GET_ENTITLEMENTS,
                        input,
                    )
                    .await
            }
            _ => Err(SdkError::construction(format!(
                "the model has no operation `{operation}`"
            ))),
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
        "GetEntitlements" => rt::client::validate::<GetEntitlementsInput, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `GetEntitlements` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetEntitlementsFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetEntitlementsInputBuilder,
}
impl ::std::convert::From<GetEntitlementsFluentBuilder> for GetEntitlementsInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetEntitlementsFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetEntitlementsFluentBuilder {
    /// Sets [`GetEntitlementsInput::product_code`](GetEntitlementsInput::product_code).
    pub fn product_code(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.product_code(value);
        self
    }
    /// Sets or clears [`GetEntitlementsInput::product_code`](GetEntitlementsInput::product_code).
    pub fn set_product_code(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_product_code(value);
        self
    }
    /// Inserts one entry into [`GetEntitlementsInput::filter`](GetEntitlementsInput::filter).
    pub fn filter(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::Vec<rt::String>>,
    ) -> Self {
        self.input = self.input.filter(key, value);
        self
    }
    /// Sets or clears [`GetEntitlementsInput::filter`](GetEntitlementsInput::filter).
    pub fn set_filter(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::Vec<rt::String>>>,
    ) -> Self {
        self.input = self.input.set_filter(value);
        self
    }
    /// Sets [`GetEntitlementsInput::next_token`](GetEntitlementsInput::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.next_token(value);
        self
    }
    /// Sets or clears [`GetEntitlementsInput::next_token`](GetEntitlementsInput::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_next_token(value);
        self
    }
    /// Sets [`GetEntitlementsInput::max_results`](GetEntitlementsInput::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.max_results(value);
        self
    }
    /// Sets or clears [`GetEntitlementsInput::max_results`](GetEntitlementsInput::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_max_results(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GetEntitlementsInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetEntitlementsInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<GetEntitlementsOutput, SdkError<GetEntitlementsError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(
                &marketplaceentitlement_types::http::GET_ENTITLEMENTS,
                &input,
                stream,
            )
            .await
    }
}
impl GetEntitlementsFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> GetEntitlementsPaginator {
        GetEntitlementsPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `GetEntitlements`, following `NextToken`.
#[derive(Debug)]
pub struct GetEntitlementsPaginator {
    call: GetEntitlementsFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl GetEntitlementsPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<rt::Result<GetEntitlementsOutput, SdkError<GetEntitlementsError>>> {
        if self.done {
            return None;
        }
        let mut call = self.call.clone();
        if let Some(token) = &self.token {
            call.input.next_token = Some(token.clone());
        }
        let page = call.send().await;
        let next = page.as_ref().ok().and_then(|p| p.next_token.clone());
        self.done = next.is_none() || next == self.token;
        self.token = next;
        Some(page)
    }
    /// The pages as a stream; an error ends it.
    pub fn into_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<GetEntitlementsOutput, SdkError<GetEntitlementsError>>>
    {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `Entitlements` of every page, in order.
    pub async fn items(
        mut self,
    ) -> rt::Result<rt::Vec<Entitlement>, SdkError<GetEntitlementsError>> {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.entitlements.unwrap_or_default());
        }
        Ok(all)
    }
    /// Every `Entitlements` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<Entitlement, SdkError<GetEntitlementsError>>>
    {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => buffer.extend(page.entitlements.unwrap_or_default()),
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
