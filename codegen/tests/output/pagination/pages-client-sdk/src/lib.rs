// Generated from models/pagination.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Pages.
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
pub use pages_types;
use pages_types::error::*;
use pages_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "Pages",
    signing_name: "pages",
    auth: &[],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "pages",
    protocols: &[rt::Protocol::AwsJson1_1],
    user_agent: "pages-client-sdk/0.1.0",
    operations: &[],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: pages_types::http::ERROR_HEADERS,
    endpoint_rules: None,
};
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
    /// Labels, a page at a time: the items are a map's entries, as in API Gateway's `GetUsage`.
    pub fn list_labels(&self) -> ListLabelsFluentBuilder {
        ListLabelsFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ListLabelsInput::builder(),
        }
    }
    /// Shelves, a page at a time; the token and the items are inside the output's `shelfList`, as in CloudFront's `ListDistributions`.
    pub fn list_shelves(&self) -> ListShelvesFluentBuilder {
        ListShelvesFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ListShelvesInput::builder(),
        }
    }
    pub fn list_things(&self) -> ListThingsFluentBuilder {
        ListThingsFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ListThingsInput::builder(),
        }
    }
    /// Scans things; the continuation token is a key (a map), as DynamoDB's Scan and Query have it.
    pub fn scan_things(&self) -> ScanThingsFluentBuilder {
        ScanThingsFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ScanThingsInput::builder(),
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
            "ListLabels" => {
                self.handle
                    .call_json::<ListLabelsInput, ListLabelsOutput, ListLabelsError>(
                        &crate::pages_types::http::LIST_LABELS,
                        input,
                    )
                    .await
            }
            "ListShelves" => {
                self.handle
                    .call_json::<ListShelvesInput, ListShelvesOutput, ListShelvesError>(
                        &crate::pages_types::http::LIST_SHELVES,
                        input,
                    )
                    .await
            }
            "ListThings" => {
                self.handle
                    .call_json::<ListThingsInput, ListThingsOutput, ListThingsError>(
                        &crate::pages_types::http::LIST_THINGS,
                        input,
                    )
                    .await
            }
            "ScanThings" => {
                self.handle
                    .call_json::<ScanThingsInput, ScanThingsOutput, ScanThingsError>(
                        &crate::pages_types::http::SCAN_THINGS,
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
        "ListLabels" => rt::client::validate::<ListLabelsInput, rt::Unhandled>(input),
        "ListShelves" => rt::client::validate::<ListShelvesInput, rt::Unhandled>(input),
        "ListThings" => rt::client::validate::<ListThingsInput, rt::Unhandled>(input),
        "ScanThings" => rt::client::validate::<ScanThingsInput, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `ListLabels` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ListLabelsFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ListLabelsInputBuilder,
}
impl ::std::convert::From<ListLabelsFluentBuilder> for ListLabelsInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ListLabelsFluentBuilder) -> Self {
        fluent.input
    }
}
impl ListLabelsFluentBuilder {
    /// Sets [`ListLabelsInput::next_token`](ListLabelsInput::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.next_token(value);
        self
    }
    /// Sets or clears [`ListLabelsInput::next_token`](ListLabelsInput::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_next_token(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ListLabelsInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ListLabelsInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<ListLabelsOutput, SdkError<ListLabelsError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&pages_types::http::LIST_LABELS, &input, stream)
            .await
    }
}
impl ListLabelsFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> ListLabelsPaginator {
        ListLabelsPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `ListLabels`, following `NextToken`.
#[derive(Debug)]
pub struct ListLabelsPaginator {
    call: ListLabelsFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl ListLabelsPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<rt::Result<ListLabelsOutput, SdkError<ListLabelsError>>> {
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
    ) -> impl rt::client::Stream<Item = rt::Result<ListLabelsOutput, SdkError<ListLabelsError>>>
    {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `Labels` of every page, in order.
    pub async fn items(
        mut self,
    ) -> rt::Result<rt::Vec<(rt::String, rt::String)>, SdkError<ListLabelsError>> {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.labels.unwrap_or_default());
        }
        Ok(all)
    }
    /// Every `Labels` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<(rt::String, rt::String), SdkError<ListLabelsError>>>
    {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => buffer.extend(page.labels.unwrap_or_default()),
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
/// A `ListShelves` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ListShelvesFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ListShelvesInputBuilder,
}
impl ::std::convert::From<ListShelvesFluentBuilder> for ListShelvesInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ListShelvesFluentBuilder) -> Self {
        fluent.input
    }
}
impl ListShelvesFluentBuilder {
    /// Sets [`ListShelvesInput::marker`](ListShelvesInput::marker).
    pub fn marker(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.marker(value);
        self
    }
    /// Sets or clears [`ListShelvesInput::marker`](ListShelvesInput::marker).
    pub fn set_marker(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_marker(value);
        self
    }
    /// Sets [`ListShelvesInput::max_items`](ListShelvesInput::max_items).
    pub fn max_items(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.max_items(value);
        self
    }
    /// Sets or clears [`ListShelvesInput::max_items`](ListShelvesInput::max_items).
    pub fn set_max_items(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_max_items(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ListShelvesInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ListShelvesInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<ListShelvesOutput, SdkError<ListShelvesError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&pages_types::http::LIST_SHELVES, &input, stream)
            .await
    }
}
impl ListShelvesFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> ListShelvesPaginator {
        ListShelvesPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `ListShelves`, following `shelfList.nextMarker`.
#[derive(Debug)]
pub struct ListShelvesPaginator {
    call: ListShelvesFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl ListShelvesPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<rt::Result<ListShelvesOutput, SdkError<ListShelvesError>>> {
        if self.done {
            return None;
        }
        let mut call = self.call.clone();
        if let Some(token) = &self.token {
            call.input.marker = Some(token.clone());
        }
        let page = call.send().await;
        let next = page
            .as_ref()
            .ok()
            .and_then(|p| p.shelf_list.next_marker.clone());
        self.done = next.is_none() || next == self.token;
        self.token = next;
        Some(page)
    }
    /// The pages as a stream; an error ends it.
    pub fn into_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<ListShelvesOutput, SdkError<ListShelvesError>>>
    {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `shelfList.items` of every page, in order.
    pub async fn items(mut self) -> rt::Result<rt::Vec<rt::String>, SdkError<ListShelvesError>> {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.shelf_list.items.unwrap_or_default());
        }
        Ok(all)
    }
    /// Every `shelfList.items` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<rt::String, SdkError<ListShelvesError>>> {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => buffer.extend(page.shelf_list.items.unwrap_or_default()),
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
/// A `ListThings` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ListThingsFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ListThingsInputBuilder,
}
impl ::std::convert::From<ListThingsFluentBuilder> for ListThingsInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ListThingsFluentBuilder) -> Self {
        fluent.input
    }
}
impl ListThingsFluentBuilder {
    /// Sets [`ListThingsInput::next_token`](ListThingsInput::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.next_token(value);
        self
    }
    /// Sets or clears [`ListThingsInput::next_token`](ListThingsInput::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_next_token(value);
        self
    }
    /// Sets [`ListThingsInput::max_results`](ListThingsInput::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.max_results(value);
        self
    }
    /// Sets or clears [`ListThingsInput::max_results`](ListThingsInput::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_max_results(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ListThingsInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ListThingsInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<ListThingsOutput, SdkError<ListThingsError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&pages_types::http::LIST_THINGS, &input, stream)
            .await
    }
}
impl ListThingsFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> ListThingsPaginator {
        ListThingsPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `ListThings`, following `nextToken`.
#[derive(Debug)]
pub struct ListThingsPaginator {
    call: ListThingsFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl ListThingsPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<rt::Result<ListThingsOutput, SdkError<ListThingsError>>> {
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
    ) -> impl rt::client::Stream<Item = rt::Result<ListThingsOutput, SdkError<ListThingsError>>>
    {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `things` of every page, in order.
    pub async fn items(mut self) -> rt::Result<rt::Vec<rt::String>, SdkError<ListThingsError>> {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.things);
        }
        Ok(all)
    }
    /// Every `things` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<rt::String, SdkError<ListThingsError>>> {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => buffer.extend(page.things),
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
/// A `ScanThings` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ScanThingsFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ScanThingsInputBuilder,
}
impl ::std::convert::From<ScanThingsFluentBuilder> for ScanThingsInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ScanThingsFluentBuilder) -> Self {
        fluent.input
    }
}
impl ScanThingsFluentBuilder {
    /// Inserts one entry into [`ScanThingsInput::exclusive_start_key`](ScanThingsInput::exclusive_start_key).
    pub fn exclusive_start_key(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.input = self.input.exclusive_start_key(key, value);
        self
    }
    /// Sets or clears [`ScanThingsInput::exclusive_start_key`](ScanThingsInput::exclusive_start_key).
    pub fn set_exclusive_start_key(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.input = self.input.set_exclusive_start_key(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ScanThingsInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ScanThingsInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<ScanThingsOutput, SdkError<ScanThingsError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&pages_types::http::SCAN_THINGS, &input, stream)
            .await
    }
}
impl ScanThingsFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> ScanThingsPaginator {
        ScanThingsPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `ScanThings`, following `lastEvaluatedKey`.
#[derive(Debug)]
pub struct ScanThingsPaginator {
    call: ScanThingsFluentBuilder,
    token: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    done: bool,
}
impl ScanThingsPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<rt::Result<ScanThingsOutput, SdkError<ScanThingsError>>> {
        if self.done {
            return None;
        }
        let mut call = self.call.clone();
        if let Some(token) = &self.token {
            call.input.exclusive_start_key = Some(token.clone());
        }
        let page = call.send().await;
        let next = page
            .as_ref()
            .ok()
            .and_then(|p| p.last_evaluated_key.clone());
        self.done = next.is_none() || next == self.token;
        self.token = next;
        Some(page)
    }
    /// The pages as a stream; an error ends it.
    pub fn into_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<ScanThingsOutput, SdkError<ScanThingsError>>>
    {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `things` of every page, in order.
    pub async fn items(mut self) -> rt::Result<rt::Vec<rt::String>, SdkError<ScanThingsError>> {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.things.unwrap_or_default());
        }
        Ok(all)
    }
    /// Every `things` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<rt::String, SdkError<ScanThingsError>>> {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => buffer.extend(page.things.unwrap_or_default()),
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
