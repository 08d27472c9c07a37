// Generated from models/objects.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Objects.
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
pub use objects_types;
use objects_types::error::*;
use objects_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "Objects",
    signing_name: "objects",
    auth: &[rt::auth::AuthScheme::SigV4],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "objects",
    protocols: &[rt::Protocol::RestJson1],
    user_agent: "objects-client-sdk/0.1.0",
    operations: &[],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: objects_types::http::ERROR_HEADERS,
    endpoint_rules: None,
};
/// A small object store over restJson1: buckets hold objects under keys that may contain slashes; objects are streamed in and out.
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
    /// Deletes an object.
    pub fn delete_object(&self) -> DeleteObjectFluentBuilder {
        DeleteObjectFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DeleteObjectInput::builder(),
        }
    }
    /// Streams an object's body back.
    pub fn get_object(&self) -> GetObjectFluentBuilder {
        GetObjectFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetObjectInput::builder(),
        }
    }
    /// Lists a bucket's objects, filtered by key prefix and tags.
    pub fn list_objects(&self) -> ListObjectsFluentBuilder {
        ListObjectsFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ListObjectsInput::builder(),
        }
    }
    /// Stores an object, streaming its body.
    pub fn put_object(&self) -> PutObjectFluentBuilder {
        PutObjectFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: PutObjectInput::builder(),
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
            "DeleteObject" => {
                self.handle
                    .call_json::<DeleteObjectInput, DeleteObjectOutput, DeleteObjectError>(
                        &crate::objects_types::http::DELETE_OBJECT,
                        input,
                    )
                    .await
            }
            "GetObject" => {
                self.handle
                    .call_json::<GetObjectInput, GetObjectOutput, GetObjectError>(
                        &crate::objects_types::http::GET_OBJECT,
                        input,
                    )
                    .await
            }
            "ListObjects" => {
                self.handle
                    .call_json::<ListObjectsInput, ListObjectsOutput, ListObjectsError>(
                        &crate::objects_types::http::LIST_OBJECTS,
                        input,
                    )
                    .await
            }
            "PutObject" => {
                self.handle
                    .call_json::<PutObjectInput, PutObjectOutput, PutObjectError>(
                        &crate::objects_types::http::PUT_OBJECT,
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
        "DeleteObject" => rt::client::validate::<DeleteObjectInput, rt::Unhandled>(input),
        "GetObject" => rt::client::validate::<GetObjectInput, rt::Unhandled>(input),
        "ListObjects" => rt::client::validate::<ListObjectsInput, rt::Unhandled>(input),
        "PutObject" => rt::client::validate::<PutObjectInput, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `DeleteObject` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DeleteObjectFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DeleteObjectInputBuilder,
}
impl ::std::convert::From<DeleteObjectFluentBuilder> for DeleteObjectInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DeleteObjectFluentBuilder) -> Self {
        fluent.input
    }
}
impl DeleteObjectFluentBuilder {
    /// Sets [`DeleteObjectInput::bucket`](DeleteObjectInput::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.bucket(value);
        self
    }
    /// Sets or clears [`DeleteObjectInput::bucket`](DeleteObjectInput::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_bucket(value);
        self
    }
    /// Sets [`DeleteObjectInput::key`](DeleteObjectInput::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.key(value);
        self
    }
    /// Sets or clears [`DeleteObjectInput::key`](DeleteObjectInput::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_key(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DeleteObjectInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DeleteObjectInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<DeleteObjectOutput, SdkError<DeleteObjectError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&objects_types::http::DELETE_OBJECT, &input, stream)
            .await
    }
}
/// A `GetObject` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetObjectFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetObjectInputBuilder,
}
impl ::std::convert::From<GetObjectFluentBuilder> for GetObjectInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetObjectFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetObjectFluentBuilder {
    /// Sets [`GetObjectInput::bucket`](GetObjectInput::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.bucket(value);
        self
    }
    /// Sets or clears [`GetObjectInput::bucket`](GetObjectInput::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_bucket(value);
        self
    }
    /// Sets [`GetObjectInput::key`](GetObjectInput::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.key(value);
        self
    }
    /// Sets or clears [`GetObjectInput::key`](GetObjectInput::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_key(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GetObjectInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetObjectInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<GetObjectOutput, SdkError<GetObjectError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&objects_types::http::GET_OBJECT, &input, stream)
            .await
    }
}
/// A `ListObjects` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ListObjectsFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ListObjectsInputBuilder,
}
impl ::std::convert::From<ListObjectsFluentBuilder> for ListObjectsInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ListObjectsFluentBuilder) -> Self {
        fluent.input
    }
}
impl ListObjectsFluentBuilder {
    /// Sets [`ListObjectsInput::bucket`](ListObjectsInput::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.bucket(value);
        self
    }
    /// Sets or clears [`ListObjectsInput::bucket`](ListObjectsInput::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_bucket(value);
        self
    }
    /// Sets [`ListObjectsInput::prefix`](ListObjectsInput::prefix).
    pub fn prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.prefix(value);
        self
    }
    /// Sets or clears [`ListObjectsInput::prefix`](ListObjectsInput::prefix).
    pub fn set_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_prefix(value);
        self
    }
    /// Appends one element to [`ListObjectsInput::tags`](ListObjectsInput::tags).
    pub fn tags(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.tags(value);
        self
    }
    /// Sets or clears [`ListObjectsInput::tags`](ListObjectsInput::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_tags(value);
        self
    }
    /// Sets [`ListObjectsInput::max_keys`](ListObjectsInput::max_keys).
    pub fn max_keys(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.max_keys(value);
        self
    }
    /// Sets or clears [`ListObjectsInput::max_keys`](ListObjectsInput::max_keys).
    pub fn set_max_keys(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_max_keys(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ListObjectsInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ListObjectsInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<ListObjectsOutput, SdkError<ListObjectsError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&objects_types::http::LIST_OBJECTS, &input, stream)
            .await
    }
}
/// A `PutObject` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct PutObjectFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: PutObjectInputBuilder,
}
impl ::std::convert::From<PutObjectFluentBuilder> for PutObjectInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: PutObjectFluentBuilder) -> Self {
        fluent.input
    }
}
impl PutObjectFluentBuilder {
    /// Sets [`PutObjectInput::bucket`](PutObjectInput::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.bucket(value);
        self
    }
    /// Sets or clears [`PutObjectInput::bucket`](PutObjectInput::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_bucket(value);
        self
    }
    /// Sets [`PutObjectInput::key`](PutObjectInput::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.key(value);
        self
    }
    /// Sets or clears [`PutObjectInput::key`](PutObjectInput::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_key(value);
        self
    }
    /// Appends one element to [`PutObjectInput::tags`](PutObjectInput::tags).
    pub fn tags(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.tags(value);
        self
    }
    /// Sets or clears [`PutObjectInput::tags`](PutObjectInput::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_tags(value);
        self
    }
    /// Sets [`PutObjectInput::storage_class`](PutObjectInput::storage_class).
    pub fn storage_class(mut self, value: impl rt::Into<StorageClass>) -> Self {
        self.input = self.input.storage_class(value);
        self
    }
    /// Sets or clears [`PutObjectInput::storage_class`](PutObjectInput::storage_class).
    pub fn set_storage_class(mut self, value: rt::Option<StorageClass>) -> Self {
        self.input = self.input.set_storage_class(value);
        self
    }
    /// Inserts one entry into [`PutObjectInput::metadata`](PutObjectInput::metadata).
    pub fn metadata(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.input = self.input.metadata(key, value);
        self
    }
    /// Sets or clears [`PutObjectInput::metadata`](PutObjectInput::metadata).
    pub fn set_metadata(mut self, value: rt::Option<rt::BTreeMap<rt::String, rt::String>>) -> Self {
        self.input = self.input.set_metadata(value);
        self
    }
    /// Sets [`PutObjectInput::body`](PutObjectInput::body).
    pub fn body(mut self, value: impl rt::Into<rt::ByteStream>) -> Self {
        self.input = self.input.body(value);
        self
    }
    /// Sets or clears [`PutObjectInput::body`](PutObjectInput::body).
    pub fn set_body(mut self, value: rt::Option<rt::ByteStream>) -> Self {
        self.input = self.input.set_body(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: PutObjectInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut PutObjectInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<PutObjectOutput, SdkError<PutObjectError>> {
        let mut input = self.input;
        let stream = input.body.take();
        self.handle
            .call(&objects_types::http::PUT_OBJECT, &input, stream)
            .await
    }
}
