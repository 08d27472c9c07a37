// Generated from model/ecr.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// A named value.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribute {
    /// The name.
    pub key: rt::String,
    /// The value.
    pub value: rt::Option<rt::String>,
}
impl Attribute {
    /// A builder for this structure.
    pub fn builder() -> AttributeBuilder {
        AttributeBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Attribute {
    /// [`key`](Self::key).
    pub fn key(&self) -> &str {
        &self.key
    }
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
}
/// Builds a [`Attribute`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AttributeBuilder {
    /// [`Attribute::key`](Attribute::key), if set.
    pub key: rt::Option<rt::String>,
    /// [`Attribute::value`](Attribute::value), if set.
    pub value: rt::Option<rt::String>,
}
impl AttributeBuilder {
    /// Sets [`Attribute::key`](Attribute::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`Attribute::key`](Attribute::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// Sets [`Attribute::value`](Attribute::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`Attribute::value`](Attribute::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<Attribute, rt::BuildError> {
        Ok(Attribute {
            key: self.key.ok_or(rt::BuildError {
                shape: "Attribute",
                member: "key",
            })?,
            value: self.value,
        })
    }
}
/// A registry credential and where to use it.
#[derive(Clone, Debug, PartialEq)]
pub struct AuthorizationData {
    /// The base64 form of `user:password` for `docker login`.
    pub authorization_token: rt::Option<rt::String>,
    /// When the token stops working.
    pub expires_at: rt::Option<rt::DateTime>,
    /// The registry address to use the token with.
    pub proxy_endpoint: rt::Option<rt::String>,
}
impl AuthorizationData {
    /// A builder for this structure.
    pub fn builder() -> AuthorizationDataBuilder {
        AuthorizationDataBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl AuthorizationData {
    /// [`authorization_token`](Self::authorization_token).
    pub fn authorization_token(&self) -> rt::Option<&str> {
        self.authorization_token.as_deref()
    }
    /// [`expires_at`](Self::expires_at).
    pub fn expires_at(&self) -> rt::Option<&rt::DateTime> {
        self.expires_at.as_ref()
    }
    /// [`proxy_endpoint`](Self::proxy_endpoint).
    pub fn proxy_endpoint(&self) -> rt::Option<&str> {
        self.proxy_endpoint.as_deref()
    }
}
/// Builds a [`AuthorizationData`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AuthorizationDataBuilder {
    /// [`AuthorizationData::authorization_token`](AuthorizationData::authorization_token), if set.
    pub authorization_token: rt::Option<rt::String>,
    /// [`AuthorizationData::expires_at`](AuthorizationData::expires_at), if set.
    pub expires_at: rt::Option<rt::DateTime>,
    /// [`AuthorizationData::proxy_endpoint`](AuthorizationData::proxy_endpoint), if set.
    pub proxy_endpoint: rt::Option<rt::String>,
}
impl AuthorizationDataBuilder {
    /// Sets [`AuthorizationData::authorization_token`](AuthorizationData::authorization_token).
    pub fn authorization_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.authorization_token = Some(value.into());
        self
    }
    /// Sets or clears [`AuthorizationData::authorization_token`](AuthorizationData::authorization_token).
    pub fn set_authorization_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.authorization_token = value;
        self
    }
    /// Sets [`AuthorizationData::expires_at`](AuthorizationData::expires_at).
    pub fn expires_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.expires_at = Some(value.into());
        self
    }
    /// Sets or clears [`AuthorizationData::expires_at`](AuthorizationData::expires_at).
    pub fn set_expires_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.expires_at = value;
        self
    }
    /// Sets [`AuthorizationData::proxy_endpoint`](AuthorizationData::proxy_endpoint).
    pub fn proxy_endpoint(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.proxy_endpoint = Some(value.into());
        self
    }
    /// Sets or clears [`AuthorizationData::proxy_endpoint`](AuthorizationData::proxy_endpoint).
    pub fn set_proxy_endpoint(mut self, value: rt::Option<rt::String>) -> Self {
        self.proxy_endpoint = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> AuthorizationData {
        AuthorizationData {
            authorization_token: self.authorization_token,
            expires_at: self.expires_at,
            proxy_endpoint: self.proxy_endpoint,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct BatchCheckLayerAvailabilityRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// Layer digests.
    pub layer_digests: rt::Vec<rt::String>,
}
impl BatchCheckLayerAvailabilityRequest {
    /// A builder for this structure.
    pub fn builder() -> BatchCheckLayerAvailabilityRequestBuilder {
        BatchCheckLayerAvailabilityRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl BatchCheckLayerAvailabilityRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`layer_digests`](Self::layer_digests).
    pub fn layer_digests(&self) -> &[rt::String] {
        &self.layer_digests
    }
}
/// Builds a [`BatchCheckLayerAvailabilityRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BatchCheckLayerAvailabilityRequestBuilder {
    /// [`BatchCheckLayerAvailabilityRequest::registry_id`](BatchCheckLayerAvailabilityRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`BatchCheckLayerAvailabilityRequest::repository_name`](BatchCheckLayerAvailabilityRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`BatchCheckLayerAvailabilityRequest::layer_digests`](BatchCheckLayerAvailabilityRequest::layer_digests), if set.
    pub layer_digests: rt::Option<rt::Vec<rt::String>>,
}
impl BatchCheckLayerAvailabilityRequestBuilder {
    /// Sets [`BatchCheckLayerAvailabilityRequest::registry_id`](BatchCheckLayerAvailabilityRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`BatchCheckLayerAvailabilityRequest::registry_id`](BatchCheckLayerAvailabilityRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`BatchCheckLayerAvailabilityRequest::repository_name`](BatchCheckLayerAvailabilityRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`BatchCheckLayerAvailabilityRequest::repository_name`](BatchCheckLayerAvailabilityRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Appends one element to [`BatchCheckLayerAvailabilityRequest::layer_digests`](BatchCheckLayerAvailabilityRequest::layer_digests).
    pub fn layer_digests(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.layer_digests
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`BatchCheckLayerAvailabilityRequest::layer_digests`](BatchCheckLayerAvailabilityRequest::layer_digests).
    pub fn set_layer_digests(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.layer_digests = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<BatchCheckLayerAvailabilityRequest, rt::BuildError> {
        Ok(BatchCheckLayerAvailabilityRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "BatchCheckLayerAvailabilityRequest",
                member: "repositoryName",
            })?,
            layer_digests: self.layer_digests.ok_or(rt::BuildError {
                shape: "BatchCheckLayerAvailabilityRequest",
                member: "layerDigests",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct BatchCheckLayerAvailabilityResponse {
    /// The layers found.
    pub layers: rt::Option<rt::Vec<Layer>>,
    /// The entries of the request that could not be processed, and why.
    pub failures: rt::Option<rt::Vec<LayerFailure>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for BatchCheckLayerAvailabilityResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for BatchCheckLayerAvailabilityResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl BatchCheckLayerAvailabilityResponse {
    /// A builder for this structure.
    pub fn builder() -> BatchCheckLayerAvailabilityResponseBuilder {
        BatchCheckLayerAvailabilityResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl BatchCheckLayerAvailabilityResponse {
    /// [`layers`](Self::layers), empty when unset.
    pub fn layers(&self) -> &[Layer] {
        self.layers.as_deref().unwrap_or_default()
    }
    /// [`failures`](Self::failures), empty when unset.
    pub fn failures(&self) -> &[LayerFailure] {
        self.failures.as_deref().unwrap_or_default()
    }
}
/// Builds a [`BatchCheckLayerAvailabilityResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BatchCheckLayerAvailabilityResponseBuilder {
    /// [`BatchCheckLayerAvailabilityResponse::layers`](BatchCheckLayerAvailabilityResponse::layers), if set.
    pub layers: rt::Option<rt::Vec<Layer>>,
    /// [`BatchCheckLayerAvailabilityResponse::failures`](BatchCheckLayerAvailabilityResponse::failures), if set.
    pub failures: rt::Option<rt::Vec<LayerFailure>>,
}
impl BatchCheckLayerAvailabilityResponseBuilder {
    /// Appends one element to [`BatchCheckLayerAvailabilityResponse::layers`](BatchCheckLayerAvailabilityResponse::layers).
    pub fn layers(mut self, value: impl rt::Into<Layer>) -> Self {
        self.layers
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`BatchCheckLayerAvailabilityResponse::layers`](BatchCheckLayerAvailabilityResponse::layers).
    pub fn set_layers(mut self, value: rt::Option<rt::Vec<Layer>>) -> Self {
        self.layers = value;
        self
    }
    /// Appends one element to [`BatchCheckLayerAvailabilityResponse::failures`](BatchCheckLayerAvailabilityResponse::failures).
    pub fn failures(mut self, value: impl rt::Into<LayerFailure>) -> Self {
        self.failures
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`BatchCheckLayerAvailabilityResponse::failures`](BatchCheckLayerAvailabilityResponse::failures).
    pub fn set_failures(mut self, value: rt::Option<rt::Vec<LayerFailure>>) -> Self {
        self.failures = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> BatchCheckLayerAvailabilityResponse {
        BatchCheckLayerAvailabilityResponse {
            layers: self.layers,
            failures: self.failures,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct BatchDeleteImageRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// Image identifiers.
    pub image_ids: rt::Vec<ImageIdentifier>,
}
impl BatchDeleteImageRequest {
    /// A builder for this structure.
    pub fn builder() -> BatchDeleteImageRequestBuilder {
        BatchDeleteImageRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl BatchDeleteImageRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`image_ids`](Self::image_ids).
    pub fn image_ids(&self) -> &[ImageIdentifier] {
        &self.image_ids
    }
}
/// Builds a [`BatchDeleteImageRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BatchDeleteImageRequestBuilder {
    /// [`BatchDeleteImageRequest::registry_id`](BatchDeleteImageRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`BatchDeleteImageRequest::repository_name`](BatchDeleteImageRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`BatchDeleteImageRequest::image_ids`](BatchDeleteImageRequest::image_ids), if set.
    pub image_ids: rt::Option<rt::Vec<ImageIdentifier>>,
}
impl BatchDeleteImageRequestBuilder {
    /// Sets [`BatchDeleteImageRequest::registry_id`](BatchDeleteImageRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`BatchDeleteImageRequest::registry_id`](BatchDeleteImageRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`BatchDeleteImageRequest::repository_name`](BatchDeleteImageRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`BatchDeleteImageRequest::repository_name`](BatchDeleteImageRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Appends one element to [`BatchDeleteImageRequest::image_ids`](BatchDeleteImageRequest::image_ids).
    pub fn image_ids(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.image_ids
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`BatchDeleteImageRequest::image_ids`](BatchDeleteImageRequest::image_ids).
    pub fn set_image_ids(mut self, value: rt::Option<rt::Vec<ImageIdentifier>>) -> Self {
        self.image_ids = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<BatchDeleteImageRequest, rt::BuildError> {
        Ok(BatchDeleteImageRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "BatchDeleteImageRequest",
                member: "repositoryName",
            })?,
            image_ids: self.image_ids.ok_or(rt::BuildError {
                shape: "BatchDeleteImageRequest",
                member: "imageIds",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct BatchDeleteImageResponse {
    /// Image identifiers.
    pub image_ids: rt::Option<rt::Vec<ImageIdentifier>>,
    /// The entries of the request that could not be processed, and why.
    pub failures: rt::Option<rt::Vec<ImageFailure>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for BatchDeleteImageResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for BatchDeleteImageResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl BatchDeleteImageResponse {
    /// A builder for this structure.
    pub fn builder() -> BatchDeleteImageResponseBuilder {
        BatchDeleteImageResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl BatchDeleteImageResponse {
    /// [`image_ids`](Self::image_ids), empty when unset.
    pub fn image_ids(&self) -> &[ImageIdentifier] {
        self.image_ids.as_deref().unwrap_or_default()
    }
    /// [`failures`](Self::failures), empty when unset.
    pub fn failures(&self) -> &[ImageFailure] {
        self.failures.as_deref().unwrap_or_default()
    }
}
/// Builds a [`BatchDeleteImageResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BatchDeleteImageResponseBuilder {
    /// [`BatchDeleteImageResponse::image_ids`](BatchDeleteImageResponse::image_ids), if set.
    pub image_ids: rt::Option<rt::Vec<ImageIdentifier>>,
    /// [`BatchDeleteImageResponse::failures`](BatchDeleteImageResponse::failures), if set.
    pub failures: rt::Option<rt::Vec<ImageFailure>>,
}
impl BatchDeleteImageResponseBuilder {
    /// Appends one element to [`BatchDeleteImageResponse::image_ids`](BatchDeleteImageResponse::image_ids).
    pub fn image_ids(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.image_ids
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`BatchDeleteImageResponse::image_ids`](BatchDeleteImageResponse::image_ids).
    pub fn set_image_ids(mut self, value: rt::Option<rt::Vec<ImageIdentifier>>) -> Self {
        self.image_ids = value;
        self
    }
    /// Appends one element to [`BatchDeleteImageResponse::failures`](BatchDeleteImageResponse::failures).
    pub fn failures(mut self, value: impl rt::Into<ImageFailure>) -> Self {
        self.failures
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`BatchDeleteImageResponse::failures`](BatchDeleteImageResponse::failures).
    pub fn set_failures(mut self, value: rt::Option<rt::Vec<ImageFailure>>) -> Self {
        self.failures = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> BatchDeleteImageResponse {
        BatchDeleteImageResponse {
            image_ids: self.image_ids,
            failures: self.failures,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct BatchGetImageRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// Image identifiers.
    pub image_ids: rt::Vec<ImageIdentifier>,
    /// The manifest media types the caller accepts.
    pub accepted_media_types: rt::Option<rt::Vec<rt::String>>,
}
impl BatchGetImageRequest {
    /// A builder for this structure.
    pub fn builder() -> BatchGetImageRequestBuilder {
        BatchGetImageRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl BatchGetImageRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`image_ids`](Self::image_ids).
    pub fn image_ids(&self) -> &[ImageIdentifier] {
        &self.image_ids
    }
    /// [`accepted_media_types`](Self::accepted_media_types), empty when unset.
    pub fn accepted_media_types(&self) -> &[rt::String] {
        self.accepted_media_types.as_deref().unwrap_or_default()
    }
}
/// Builds a [`BatchGetImageRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BatchGetImageRequestBuilder {
    /// [`BatchGetImageRequest::registry_id`](BatchGetImageRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`BatchGetImageRequest::repository_name`](BatchGetImageRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`BatchGetImageRequest::image_ids`](BatchGetImageRequest::image_ids), if set.
    pub image_ids: rt::Option<rt::Vec<ImageIdentifier>>,
    /// [`BatchGetImageRequest::accepted_media_types`](BatchGetImageRequest::accepted_media_types), if set.
    pub accepted_media_types: rt::Option<rt::Vec<rt::String>>,
}
impl BatchGetImageRequestBuilder {
    /// Sets [`BatchGetImageRequest::registry_id`](BatchGetImageRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`BatchGetImageRequest::registry_id`](BatchGetImageRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`BatchGetImageRequest::repository_name`](BatchGetImageRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`BatchGetImageRequest::repository_name`](BatchGetImageRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Appends one element to [`BatchGetImageRequest::image_ids`](BatchGetImageRequest::image_ids).
    pub fn image_ids(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.image_ids
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`BatchGetImageRequest::image_ids`](BatchGetImageRequest::image_ids).
    pub fn set_image_ids(mut self, value: rt::Option<rt::Vec<ImageIdentifier>>) -> Self {
        self.image_ids = value;
        self
    }
    /// Appends one element to [`BatchGetImageRequest::accepted_media_types`](BatchGetImageRequest::accepted_media_types).
    pub fn accepted_media_types(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.accepted_media_types
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`BatchGetImageRequest::accepted_media_types`](BatchGetImageRequest::accepted_media_types).
    pub fn set_accepted_media_types(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.accepted_media_types = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<BatchGetImageRequest, rt::BuildError> {
        Ok(BatchGetImageRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "BatchGetImageRequest",
                member: "repositoryName",
            })?,
            image_ids: self.image_ids.ok_or(rt::BuildError {
                shape: "BatchGetImageRequest",
                member: "imageIds",
            })?,
            accepted_media_types: self.accepted_media_types,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct BatchGetImageResponse {
    /// The images found.
    pub images: rt::Option<rt::Vec<Image>>,
    /// The entries of the request that could not be processed, and why.
    pub failures: rt::Option<rt::Vec<ImageFailure>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for BatchGetImageResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for BatchGetImageResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl BatchGetImageResponse {
    /// A builder for this structure.
    pub fn builder() -> BatchGetImageResponseBuilder {
        BatchGetImageResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl BatchGetImageResponse {
    /// [`images`](Self::images), empty when unset.
    pub fn images(&self) -> &[Image] {
        self.images.as_deref().unwrap_or_default()
    }
    /// [`failures`](Self::failures), empty when unset.
    pub fn failures(&self) -> &[ImageFailure] {
        self.failures.as_deref().unwrap_or_default()
    }
}
/// Builds a [`BatchGetImageResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BatchGetImageResponseBuilder {
    /// [`BatchGetImageResponse::images`](BatchGetImageResponse::images), if set.
    pub images: rt::Option<rt::Vec<Image>>,
    /// [`BatchGetImageResponse::failures`](BatchGetImageResponse::failures), if set.
    pub failures: rt::Option<rt::Vec<ImageFailure>>,
}
impl BatchGetImageResponseBuilder {
    /// Appends one element to [`BatchGetImageResponse::images`](BatchGetImageResponse::images).
    pub fn images(mut self, value: impl rt::Into<Image>) -> Self {
        self.images
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`BatchGetImageResponse::images`](BatchGetImageResponse::images).
    pub fn set_images(mut self, value: rt::Option<rt::Vec<Image>>) -> Self {
        self.images = value;
        self
    }
    /// Appends one element to [`BatchGetImageResponse::failures`](BatchGetImageResponse::failures).
    pub fn failures(mut self, value: impl rt::Into<ImageFailure>) -> Self {
        self.failures
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`BatchGetImageResponse::failures`](BatchGetImageResponse::failures).
    pub fn set_failures(mut self, value: rt::Option<rt::Vec<ImageFailure>>) -> Self {
        self.failures = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> BatchGetImageResponse {
        BatchGetImageResponse {
            images: self.images,
            failures: self.failures,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct BatchGetRepositoryScanningConfigurationRequest {
    /// The repositories to describe; all of them when omitted.
    pub repository_names: rt::Vec<rt::String>,
}
impl BatchGetRepositoryScanningConfigurationRequest {
    /// A builder for this structure.
    pub fn builder() -> BatchGetRepositoryScanningConfigurationRequestBuilder {
        BatchGetRepositoryScanningConfigurationRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl BatchGetRepositoryScanningConfigurationRequest {
    /// [`repository_names`](Self::repository_names).
    pub fn repository_names(&self) -> &[rt::String] {
        &self.repository_names
    }
}
/// Builds a [`BatchGetRepositoryScanningConfigurationRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BatchGetRepositoryScanningConfigurationRequestBuilder {
    /// [`BatchGetRepositoryScanningConfigurationRequest::repository_names`](BatchGetRepositoryScanningConfigurationRequest::repository_names), if set.
    pub repository_names: rt::Option<rt::Vec<rt::String>>,
}
impl BatchGetRepositoryScanningConfigurationRequestBuilder {
    /// Appends one element to [`BatchGetRepositoryScanningConfigurationRequest::repository_names`](BatchGetRepositoryScanningConfigurationRequest::repository_names).
    pub fn repository_names(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_names
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`BatchGetRepositoryScanningConfigurationRequest::repository_names`](BatchGetRepositoryScanningConfigurationRequest::repository_names).
    pub fn set_repository_names(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.repository_names = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(
        self,
    ) -> rt::Result<BatchGetRepositoryScanningConfigurationRequest, rt::BuildError> {
        Ok(BatchGetRepositoryScanningConfigurationRequest {
            repository_names: self.repository_names.ok_or(rt::BuildError {
                shape: "BatchGetRepositoryScanningConfigurationRequest",
                member: "repositoryNames",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct BatchGetRepositoryScanningConfigurationResponse {
    /// One entry per repository found.
    pub scanning_configurations: rt::Option<rt::Vec<RepositoryScanningConfiguration>>,
    /// The entries of the request that could not be processed, and why.
    pub failures: rt::Option<rt::Vec<RepositoryScanningConfigurationFailure>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for BatchGetRepositoryScanningConfigurationResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for BatchGetRepositoryScanningConfigurationResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl BatchGetRepositoryScanningConfigurationResponse {
    /// A builder for this structure.
    pub fn builder() -> BatchGetRepositoryScanningConfigurationResponseBuilder {
        BatchGetRepositoryScanningConfigurationResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl BatchGetRepositoryScanningConfigurationResponse {
    /// [`scanning_configurations`](Self::scanning_configurations), empty when unset.
    pub fn scanning_configurations(&self) -> &[RepositoryScanningConfiguration] {
        self.scanning_configurations.as_deref().unwrap_or_default()
    }
    /// [`failures`](Self::failures), empty when unset.
    pub fn failures(&self) -> &[RepositoryScanningConfigurationFailure] {
        self.failures.as_deref().unwrap_or_default()
    }
}
/// Builds a [`BatchGetRepositoryScanningConfigurationResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BatchGetRepositoryScanningConfigurationResponseBuilder {
    /// [`BatchGetRepositoryScanningConfigurationResponse::scanning_configurations`](BatchGetRepositoryScanningConfigurationResponse::scanning_configurations), if set.
    pub scanning_configurations: rt::Option<rt::Vec<RepositoryScanningConfiguration>>,
    /// [`BatchGetRepositoryScanningConfigurationResponse::failures`](BatchGetRepositoryScanningConfigurationResponse::failures), if set.
    pub failures: rt::Option<rt::Vec<RepositoryScanningConfigurationFailure>>,
}
impl BatchGetRepositoryScanningConfigurationResponseBuilder {
    /// Appends one element to [`BatchGetRepositoryScanningConfigurationResponse::scanning_configurations`](BatchGetRepositoryScanningConfigurationResponse::scanning_configurations).
    pub fn scanning_configurations(
        mut self,
        value: impl rt::Into<RepositoryScanningConfiguration>,
    ) -> Self {
        self.scanning_configurations
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`BatchGetRepositoryScanningConfigurationResponse::scanning_configurations`](BatchGetRepositoryScanningConfigurationResponse::scanning_configurations).
    pub fn set_scanning_configurations(
        mut self,
        value: rt::Option<rt::Vec<RepositoryScanningConfiguration>>,
    ) -> Self {
        self.scanning_configurations = value;
        self
    }
    /// Appends one element to [`BatchGetRepositoryScanningConfigurationResponse::failures`](BatchGetRepositoryScanningConfigurationResponse::failures).
    pub fn failures(
        mut self,
        value: impl rt::Into<RepositoryScanningConfigurationFailure>,
    ) -> Self {
        self.failures
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`BatchGetRepositoryScanningConfigurationResponse::failures`](BatchGetRepositoryScanningConfigurationResponse::failures).
    pub fn set_failures(
        mut self,
        value: rt::Option<rt::Vec<RepositoryScanningConfigurationFailure>>,
    ) -> Self {
        self.failures = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> BatchGetRepositoryScanningConfigurationResponse {
        BatchGetRepositoryScanningConfigurationResponse {
            scanning_configurations: self.scanning_configurations,
            failures: self.failures,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct CompleteLayerUploadRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// The id of the layer upload, from `InitiateLayerUpload`.
    pub upload_id: rt::String,
    /// Layer digests.
    pub layer_digests: rt::Vec<rt::String>,
}
impl CompleteLayerUploadRequest {
    /// A builder for this structure.
    pub fn builder() -> CompleteLayerUploadRequestBuilder {
        CompleteLayerUploadRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CompleteLayerUploadRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`upload_id`](Self::upload_id).
    pub fn upload_id(&self) -> &str {
        &self.upload_id
    }
    /// [`layer_digests`](Self::layer_digests).
    pub fn layer_digests(&self) -> &[rt::String] {
        &self.layer_digests
    }
}
/// Builds a [`CompleteLayerUploadRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CompleteLayerUploadRequestBuilder {
    /// [`CompleteLayerUploadRequest::registry_id`](CompleteLayerUploadRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`CompleteLayerUploadRequest::repository_name`](CompleteLayerUploadRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`CompleteLayerUploadRequest::upload_id`](CompleteLayerUploadRequest::upload_id), if set.
    pub upload_id: rt::Option<rt::String>,
    /// [`CompleteLayerUploadRequest::layer_digests`](CompleteLayerUploadRequest::layer_digests), if set.
    pub layer_digests: rt::Option<rt::Vec<rt::String>>,
}
impl CompleteLayerUploadRequestBuilder {
    /// Sets [`CompleteLayerUploadRequest::registry_id`](CompleteLayerUploadRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteLayerUploadRequest::registry_id`](CompleteLayerUploadRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`CompleteLayerUploadRequest::repository_name`](CompleteLayerUploadRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteLayerUploadRequest::repository_name`](CompleteLayerUploadRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`CompleteLayerUploadRequest::upload_id`](CompleteLayerUploadRequest::upload_id).
    pub fn upload_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upload_id = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteLayerUploadRequest::upload_id`](CompleteLayerUploadRequest::upload_id).
    pub fn set_upload_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.upload_id = value;
        self
    }
    /// Appends one element to [`CompleteLayerUploadRequest::layer_digests`](CompleteLayerUploadRequest::layer_digests).
    pub fn layer_digests(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.layer_digests
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`CompleteLayerUploadRequest::layer_digests`](CompleteLayerUploadRequest::layer_digests).
    pub fn set_layer_digests(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.layer_digests = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<CompleteLayerUploadRequest, rt::BuildError> {
        Ok(CompleteLayerUploadRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "CompleteLayerUploadRequest",
                member: "repositoryName",
            })?,
            upload_id: self.upload_id.ok_or(rt::BuildError {
                shape: "CompleteLayerUploadRequest",
                member: "uploadId",
            })?,
            layer_digests: self.layer_digests.ok_or(rt::BuildError {
                shape: "CompleteLayerUploadRequest",
                member: "layerDigests",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct CompleteLayerUploadResponse {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::Option<rt::String>,
    /// The id of the layer upload, from `InitiateLayerUpload`.
    pub upload_id: rt::Option<rt::String>,
    /// The digest of the layer's content, such as `sha256:` followed by 64 hex digits.
    pub layer_digest: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for CompleteLayerUploadResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for CompleteLayerUploadResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl CompleteLayerUploadResponse {
    /// A builder for this structure.
    pub fn builder() -> CompleteLayerUploadResponseBuilder {
        CompleteLayerUploadResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CompleteLayerUploadResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`upload_id`](Self::upload_id).
    pub fn upload_id(&self) -> rt::Option<&str> {
        self.upload_id.as_deref()
    }
    /// [`layer_digest`](Self::layer_digest).
    pub fn layer_digest(&self) -> rt::Option<&str> {
        self.layer_digest.as_deref()
    }
}
/// Builds a [`CompleteLayerUploadResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CompleteLayerUploadResponseBuilder {
    /// [`CompleteLayerUploadResponse::registry_id`](CompleteLayerUploadResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`CompleteLayerUploadResponse::repository_name`](CompleteLayerUploadResponse::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`CompleteLayerUploadResponse::upload_id`](CompleteLayerUploadResponse::upload_id), if set.
    pub upload_id: rt::Option<rt::String>,
    /// [`CompleteLayerUploadResponse::layer_digest`](CompleteLayerUploadResponse::layer_digest), if set.
    pub layer_digest: rt::Option<rt::String>,
}
impl CompleteLayerUploadResponseBuilder {
    /// Sets [`CompleteLayerUploadResponse::registry_id`](CompleteLayerUploadResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteLayerUploadResponse::registry_id`](CompleteLayerUploadResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`CompleteLayerUploadResponse::repository_name`](CompleteLayerUploadResponse::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteLayerUploadResponse::repository_name`](CompleteLayerUploadResponse::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`CompleteLayerUploadResponse::upload_id`](CompleteLayerUploadResponse::upload_id).
    pub fn upload_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upload_id = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteLayerUploadResponse::upload_id`](CompleteLayerUploadResponse::upload_id).
    pub fn set_upload_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.upload_id = value;
        self
    }
    /// Sets [`CompleteLayerUploadResponse::layer_digest`](CompleteLayerUploadResponse::layer_digest).
    pub fn layer_digest(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.layer_digest = Some(value.into());
        self
    }
    /// Sets or clears [`CompleteLayerUploadResponse::layer_digest`](CompleteLayerUploadResponse::layer_digest).
    pub fn set_layer_digest(mut self, value: rt::Option<rt::String>) -> Self {
        self.layer_digest = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CompleteLayerUploadResponse {
        CompleteLayerUploadResponse {
            registry_id: self.registry_id,
            repository_name: self.repository_name,
            upload_id: self.upload_id,
            layer_digest: self.layer_digest,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct CreatePullThroughCacheRuleRequest {
    /// The first part of the names of the repositories the rule serves: `PREFIX/NAME` mirrors upstream repository `NAME`.
    pub ecr_repository_prefix: rt::String,
    /// The upstream registry's address, such as `registry-1.docker.io` or `http://127.0.0.1:5001` (HTTPS when no scheme is given).
    pub upstream_registry_url: rt::String,
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// Which kind of registry the upstream is.
    pub upstream_registry: rt::Option<UpstreamRegistry>,
    /// The secret holding credentials for the upstream registry.
    pub credential_arn: rt::Option<rt::String>,
    /// A prefix of the upstream's repository names to put before `NAME`.
    pub upstream_repository_prefix: rt::Option<rt::String>,
}
impl CreatePullThroughCacheRuleRequest {
    /// A builder for this structure.
    pub fn builder() -> CreatePullThroughCacheRuleRequestBuilder {
        CreatePullThroughCacheRuleRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreatePullThroughCacheRuleRequest {
    /// [`ecr_repository_prefix`](Self::ecr_repository_prefix).
    pub fn ecr_repository_prefix(&self) -> &str {
        &self.ecr_repository_prefix
    }
    /// [`upstream_registry_url`](Self::upstream_registry_url).
    pub fn upstream_registry_url(&self) -> &str {
        &self.upstream_registry_url
    }
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`upstream_registry`](Self::upstream_registry).
    pub fn upstream_registry(&self) -> rt::Option<&UpstreamRegistry> {
        self.upstream_registry.as_ref()
    }
    /// [`credential_arn`](Self::credential_arn).
    pub fn credential_arn(&self) -> rt::Option<&str> {
        self.credential_arn.as_deref()
    }
    /// [`upstream_repository_prefix`](Self::upstream_repository_prefix).
    pub fn upstream_repository_prefix(&self) -> rt::Option<&str> {
        self.upstream_repository_prefix.as_deref()
    }
}
/// Builds a [`CreatePullThroughCacheRuleRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreatePullThroughCacheRuleRequestBuilder {
    /// [`CreatePullThroughCacheRuleRequest::ecr_repository_prefix`](CreatePullThroughCacheRuleRequest::ecr_repository_prefix), if set.
    pub ecr_repository_prefix: rt::Option<rt::String>,
    /// [`CreatePullThroughCacheRuleRequest::upstream_registry_url`](CreatePullThroughCacheRuleRequest::upstream_registry_url), if set.
    pub upstream_registry_url: rt::Option<rt::String>,
    /// [`CreatePullThroughCacheRuleRequest::registry_id`](CreatePullThroughCacheRuleRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`CreatePullThroughCacheRuleRequest::upstream_registry`](CreatePullThroughCacheRuleRequest::upstream_registry), if set.
    pub upstream_registry: rt::Option<UpstreamRegistry>,
    /// [`CreatePullThroughCacheRuleRequest::credential_arn`](CreatePullThroughCacheRuleRequest::credential_arn), if set.
    pub credential_arn: rt::Option<rt::String>,
    /// [`CreatePullThroughCacheRuleRequest::upstream_repository_prefix`](CreatePullThroughCacheRuleRequest::upstream_repository_prefix), if set.
    pub upstream_repository_prefix: rt::Option<rt::String>,
}
impl CreatePullThroughCacheRuleRequestBuilder {
    /// Sets [`CreatePullThroughCacheRuleRequest::ecr_repository_prefix`](CreatePullThroughCacheRuleRequest::ecr_repository_prefix).
    pub fn ecr_repository_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ecr_repository_prefix = Some(value.into());
        self
    }
    /// Sets or clears [`CreatePullThroughCacheRuleRequest::ecr_repository_prefix`](CreatePullThroughCacheRuleRequest::ecr_repository_prefix).
    pub fn set_ecr_repository_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.ecr_repository_prefix = value;
        self
    }
    /// Sets [`CreatePullThroughCacheRuleRequest::upstream_registry_url`](CreatePullThroughCacheRuleRequest::upstream_registry_url).
    pub fn upstream_registry_url(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upstream_registry_url = Some(value.into());
        self
    }
    /// Sets or clears [`CreatePullThroughCacheRuleRequest::upstream_registry_url`](CreatePullThroughCacheRuleRequest::upstream_registry_url).
    pub fn set_upstream_registry_url(mut self, value: rt::Option<rt::String>) -> Self {
        self.upstream_registry_url = value;
        self
    }
    /// Sets [`CreatePullThroughCacheRuleRequest::registry_id`](CreatePullThroughCacheRuleRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`CreatePullThroughCacheRuleRequest::registry_id`](CreatePullThroughCacheRuleRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`CreatePullThroughCacheRuleRequest::upstream_registry`](CreatePullThroughCacheRuleRequest::upstream_registry).
    pub fn upstream_registry(mut self, value: impl rt::Into<UpstreamRegistry>) -> Self {
        self.upstream_registry = Some(value.into());
        self
    }
    /// Sets or clears [`CreatePullThroughCacheRuleRequest::upstream_registry`](CreatePullThroughCacheRuleRequest::upstream_registry).
    pub fn set_upstream_registry(mut self, value: rt::Option<UpstreamRegistry>) -> Self {
        self.upstream_registry = value;
        self
    }
    /// Sets [`CreatePullThroughCacheRuleRequest::credential_arn`](CreatePullThroughCacheRuleRequest::credential_arn).
    pub fn credential_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.credential_arn = Some(value.into());
        self
    }
    /// Sets or clears [`CreatePullThroughCacheRuleRequest::credential_arn`](CreatePullThroughCacheRuleRequest::credential_arn).
    pub fn set_credential_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.credential_arn = value;
        self
    }
    /// Sets [`CreatePullThroughCacheRuleRequest::upstream_repository_prefix`](CreatePullThroughCacheRuleRequest::upstream_repository_prefix).
    pub fn upstream_repository_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upstream_repository_prefix = Some(value.into());
        self
    }
    /// Sets or clears [`CreatePullThroughCacheRuleRequest::upstream_repository_prefix`](CreatePullThroughCacheRuleRequest::upstream_repository_prefix).
    pub fn set_upstream_repository_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.upstream_repository_prefix = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<CreatePullThroughCacheRuleRequest, rt::BuildError> {
        Ok(CreatePullThroughCacheRuleRequest {
            ecr_repository_prefix: self.ecr_repository_prefix.ok_or(rt::BuildError {
                shape: "CreatePullThroughCacheRuleRequest",
                member: "ecrRepositoryPrefix",
            })?,
            upstream_registry_url: self.upstream_registry_url.ok_or(rt::BuildError {
                shape: "CreatePullThroughCacheRuleRequest",
                member: "upstreamRegistryUrl",
            })?,
            registry_id: self.registry_id,
            upstream_registry: self.upstream_registry,
            credential_arn: self.credential_arn,
            upstream_repository_prefix: self.upstream_repository_prefix,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct CreatePullThroughCacheRuleResponse {
    /// The rule's repository name prefix.
    pub ecr_repository_prefix: rt::Option<rt::String>,
    /// The upstream registry's address.
    pub upstream_registry_url: rt::Option<rt::String>,
    /// When the rule was created.
    pub created_at: rt::Option<rt::DateTime>,
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// Which kind of registry the upstream is.
    pub upstream_registry: rt::Option<UpstreamRegistry>,
    /// The secret holding credentials for the upstream registry.
    pub credential_arn: rt::Option<rt::String>,
    /// The prefix of the upstream's repository names.
    pub upstream_repository_prefix: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for CreatePullThroughCacheRuleResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for CreatePullThroughCacheRuleResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl CreatePullThroughCacheRuleResponse {
    /// A builder for this structure.
    pub fn builder() -> CreatePullThroughCacheRuleResponseBuilder {
        CreatePullThroughCacheRuleResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreatePullThroughCacheRuleResponse {
    /// [`ecr_repository_prefix`](Self::ecr_repository_prefix).
    pub fn ecr_repository_prefix(&self) -> rt::Option<&str> {
        self.ecr_repository_prefix.as_deref()
    }
    /// [`upstream_registry_url`](Self::upstream_registry_url).
    pub fn upstream_registry_url(&self) -> rt::Option<&str> {
        self.upstream_registry_url.as_deref()
    }
    /// [`created_at`](Self::created_at).
    pub fn created_at(&self) -> rt::Option<&rt::DateTime> {
        self.created_at.as_ref()
    }
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`upstream_registry`](Self::upstream_registry).
    pub fn upstream_registry(&self) -> rt::Option<&UpstreamRegistry> {
        self.upstream_registry.as_ref()
    }
    /// [`credential_arn`](Self::credential_arn).
    pub fn credential_arn(&self) -> rt::Option<&str> {
        self.credential_arn.as_deref()
    }
    /// [`upstream_repository_prefix`](Self::upstream_repository_prefix).
    pub fn upstream_repository_prefix(&self) -> rt::Option<&str> {
        self.upstream_repository_prefix.as_deref()
    }
}
/// Builds a [`CreatePullThroughCacheRuleResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreatePullThroughCacheRuleResponseBuilder {
    /// [`CreatePullThroughCacheRuleResponse::ecr_repository_prefix`](CreatePullThroughCacheRuleResponse::ecr_repository_prefix), if set.
    pub ecr_repository_prefix: rt::Option<rt::String>,
    /// [`CreatePullThroughCacheRuleResponse::upstream_registry_url`](CreatePullThroughCacheRuleResponse::upstream_registry_url), if set.
    pub upstream_registry_url: rt::Option<rt::String>,
    /// [`CreatePullThroughCacheRuleResponse::created_at`](CreatePullThroughCacheRuleResponse::created_at), if set.
    pub created_at: rt::Option<rt::DateTime>,
    /// [`CreatePullThroughCacheRuleResponse::registry_id`](CreatePullThroughCacheRuleResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`CreatePullThroughCacheRuleResponse::upstream_registry`](CreatePullThroughCacheRuleResponse::upstream_registry), if set.
    pub upstream_registry: rt::Option<UpstreamRegistry>,
    /// [`CreatePullThroughCacheRuleResponse::credential_arn`](CreatePullThroughCacheRuleResponse::credential_arn), if set.
    pub credential_arn: rt::Option<rt::String>,
    /// [`CreatePullThroughCacheRuleResponse::upstream_repository_prefix`](CreatePullThroughCacheRuleResponse::upstream_repository_prefix), if set.
    pub upstream_repository_prefix: rt::Option<rt::String>,
}
impl CreatePullThroughCacheRuleResponseBuilder {
    /// Sets [`CreatePullThroughCacheRuleResponse::ecr_repository_prefix`](CreatePullThroughCacheRuleResponse::ecr_repository_prefix).
    pub fn ecr_repository_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ecr_repository_prefix = Some(value.into());
        self
    }
    /// Sets or clears [`CreatePullThroughCacheRuleResponse::ecr_repository_prefix`](CreatePullThroughCacheRuleResponse::ecr_repository_prefix).
    pub fn set_ecr_repository_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.ecr_repository_prefix = value;
        self
    }
    /// Sets [`CreatePullThroughCacheRuleResponse::upstream_registry_url`](CreatePullThroughCacheRuleResponse::upstream_registry_url).
    pub fn upstream_registry_url(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upstream_registry_url = Some(value.into());
        self
    }
    /// Sets or clears [`CreatePullThroughCacheRuleResponse::upstream_registry_url`](CreatePullThroughCacheRuleResponse::upstream_registry_url).
    pub fn set_upstream_registry_url(mut self, value: rt::Option<rt::String>) -> Self {
        self.upstream_registry_url = value;
        self
    }
    /// Sets [`CreatePullThroughCacheRuleResponse::created_at`](CreatePullThroughCacheRuleResponse::created_at).
    pub fn created_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.created_at = Some(value.into());
        self
    }
    /// Sets or clears [`CreatePullThroughCacheRuleResponse::created_at`](CreatePullThroughCacheRuleResponse::created_at).
    pub fn set_created_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.created_at = value;
        self
    }
    /// Sets [`CreatePullThroughCacheRuleResponse::registry_id`](CreatePullThroughCacheRuleResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`CreatePullThroughCacheRuleResponse::registry_id`](CreatePullThroughCacheRuleResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`CreatePullThroughCacheRuleResponse::upstream_registry`](CreatePullThroughCacheRuleResponse::upstream_registry).
    pub fn upstream_registry(mut self, value: impl rt::Into<UpstreamRegistry>) -> Self {
        self.upstream_registry = Some(value.into());
        self
    }
    /// Sets or clears [`CreatePullThroughCacheRuleResponse::upstream_registry`](CreatePullThroughCacheRuleResponse::upstream_registry).
    pub fn set_upstream_registry(mut self, value: rt::Option<UpstreamRegistry>) -> Self {
        self.upstream_registry = value;
        self
    }
    /// Sets [`CreatePullThroughCacheRuleResponse::credential_arn`](CreatePullThroughCacheRuleResponse::credential_arn).
    pub fn credential_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.credential_arn = Some(value.into());
        self
    }
    /// Sets or clears [`CreatePullThroughCacheRuleResponse::credential_arn`](CreatePullThroughCacheRuleResponse::credential_arn).
    pub fn set_credential_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.credential_arn = value;
        self
    }
    /// Sets [`CreatePullThroughCacheRuleResponse::upstream_repository_prefix`](CreatePullThroughCacheRuleResponse::upstream_repository_prefix).
    pub fn upstream_repository_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upstream_repository_prefix = Some(value.into());
        self
    }
    /// Sets or clears [`CreatePullThroughCacheRuleResponse::upstream_repository_prefix`](CreatePullThroughCacheRuleResponse::upstream_repository_prefix).
    pub fn set_upstream_repository_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.upstream_repository_prefix = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CreatePullThroughCacheRuleResponse {
        CreatePullThroughCacheRuleResponse {
            ecr_repository_prefix: self.ecr_repository_prefix,
            upstream_registry_url: self.upstream_registry_url,
            created_at: self.created_at,
            registry_id: self.registry_id,
            upstream_registry: self.upstream_registry,
            credential_arn: self.credential_arn,
            upstream_repository_prefix: self.upstream_repository_prefix,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct CreateRepositoryCreationTemplateRequest {
    /// The repository name prefix the template applies to, or `ROOT` for every repository no other template covers.
    pub prefix: rt::String,
    /// What the template is for.
    pub description: rt::Option<rt::String>,
    /// How images are encrypted at rest; AES-256 when omitted.
    pub encryption_configuration: rt::Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    /// Tags given to each repository created from the template.
    pub resource_tags: rt::Option<rt::Vec<Tag>>,
    /// Whether tags may be moved to other images. Tags are mutable when omitted.
    pub image_tag_mutability: rt::Option<ImageTagMutability>,
    /// The repository policy given to each repository created from the template.
    pub repository_policy: rt::Option<rt::String>,
    /// The lifecycle policy given to each repository created from the template.
    pub lifecycle_policy: rt::Option<rt::String>,
    /// Which ways of creating a repository use the template: `PULL_THROUGH_CACHE`, `REPLICATION`, `CREATE_ON_PUSH`.
    pub applied_for: rt::Vec<RctAppliedFor>,
    /// An IAM role the registry assumes for the work (recorded; this registry does not assume roles).
    pub custom_role_arn: rt::Option<rt::String>,
}
impl CreateRepositoryCreationTemplateRequest {
    /// A builder for this structure.
    pub fn builder() -> CreateRepositoryCreationTemplateRequestBuilder {
        CreateRepositoryCreationTemplateRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateRepositoryCreationTemplateRequest {
    /// [`prefix`](Self::prefix).
    pub fn prefix(&self) -> &str {
        &self.prefix
    }
    /// [`description`](Self::description).
    pub fn description(&self) -> rt::Option<&str> {
        self.description.as_deref()
    }
    /// [`encryption_configuration`](Self::encryption_configuration).
    pub fn encryption_configuration(
        &self,
    ) -> rt::Option<&EncryptionConfigurationForRepositoryCreationTemplate> {
        self.encryption_configuration.as_ref()
    }
    /// [`resource_tags`](Self::resource_tags), empty when unset.
    pub fn resource_tags(&self) -> &[Tag] {
        self.resource_tags.as_deref().unwrap_or_default()
    }
    /// [`image_tag_mutability`](Self::image_tag_mutability).
    pub fn image_tag_mutability(&self) -> rt::Option<&ImageTagMutability> {
        self.image_tag_mutability.as_ref()
    }
    /// [`repository_policy`](Self::repository_policy).
    pub fn repository_policy(&self) -> rt::Option<&str> {
        self.repository_policy.as_deref()
    }
    /// [`lifecycle_policy`](Self::lifecycle_policy).
    pub fn lifecycle_policy(&self) -> rt::Option<&str> {
        self.lifecycle_policy.as_deref()
    }
    /// [`applied_for`](Self::applied_for).
    pub fn applied_for(&self) -> &[RctAppliedFor] {
        &self.applied_for
    }
    /// [`custom_role_arn`](Self::custom_role_arn).
    pub fn custom_role_arn(&self) -> rt::Option<&str> {
        self.custom_role_arn.as_deref()
    }
}
/// Builds a [`CreateRepositoryCreationTemplateRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateRepositoryCreationTemplateRequestBuilder {
    /// [`CreateRepositoryCreationTemplateRequest::prefix`](CreateRepositoryCreationTemplateRequest::prefix), if set.
    pub prefix: rt::Option<rt::String>,
    /// [`CreateRepositoryCreationTemplateRequest::description`](CreateRepositoryCreationTemplateRequest::description), if set.
    pub description: rt::Option<rt::String>,
    /// [`CreateRepositoryCreationTemplateRequest::encryption_configuration`](CreateRepositoryCreationTemplateRequest::encryption_configuration), if set.
    pub encryption_configuration: rt::Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    /// [`CreateRepositoryCreationTemplateRequest::resource_tags`](CreateRepositoryCreationTemplateRequest::resource_tags), if set.
    pub resource_tags: rt::Option<rt::Vec<Tag>>,
    /// [`CreateRepositoryCreationTemplateRequest::image_tag_mutability`](CreateRepositoryCreationTemplateRequest::image_tag_mutability), if set.
    pub image_tag_mutability: rt::Option<ImageTagMutability>,
    /// [`CreateRepositoryCreationTemplateRequest::repository_policy`](CreateRepositoryCreationTemplateRequest::repository_policy), if set.
    pub repository_policy: rt::Option<rt::String>,
    /// [`CreateRepositoryCreationTemplateRequest::lifecycle_policy`](CreateRepositoryCreationTemplateRequest::lifecycle_policy), if set.
    pub lifecycle_policy: rt::Option<rt::String>,
    /// [`CreateRepositoryCreationTemplateRequest::applied_for`](CreateRepositoryCreationTemplateRequest::applied_for), if set.
    pub applied_for: rt::Option<rt::Vec<RctAppliedFor>>,
    /// [`CreateRepositoryCreationTemplateRequest::custom_role_arn`](CreateRepositoryCreationTemplateRequest::custom_role_arn), if set.
    pub custom_role_arn: rt::Option<rt::String>,
}
impl CreateRepositoryCreationTemplateRequestBuilder {
    /// Sets [`CreateRepositoryCreationTemplateRequest::prefix`](CreateRepositoryCreationTemplateRequest::prefix).
    pub fn prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.prefix = Some(value.into());
        self
    }
    /// Sets or clears [`CreateRepositoryCreationTemplateRequest::prefix`](CreateRepositoryCreationTemplateRequest::prefix).
    pub fn set_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.prefix = value;
        self
    }
    /// Sets [`CreateRepositoryCreationTemplateRequest::description`](CreateRepositoryCreationTemplateRequest::description).
    pub fn description(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets or clears [`CreateRepositoryCreationTemplateRequest::description`](CreateRepositoryCreationTemplateRequest::description).
    pub fn set_description(mut self, value: rt::Option<rt::String>) -> Self {
        self.description = value;
        self
    }
    /// Sets [`CreateRepositoryCreationTemplateRequest::encryption_configuration`](CreateRepositoryCreationTemplateRequest::encryption_configuration).
    pub fn encryption_configuration(
        mut self,
        value: impl rt::Into<EncryptionConfigurationForRepositoryCreationTemplate>,
    ) -> Self {
        self.encryption_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`CreateRepositoryCreationTemplateRequest::encryption_configuration`](CreateRepositoryCreationTemplateRequest::encryption_configuration).
    pub fn set_encryption_configuration(
        mut self,
        value: rt::Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    ) -> Self {
        self.encryption_configuration = value;
        self
    }
    /// Appends one element to [`CreateRepositoryCreationTemplateRequest::resource_tags`](CreateRepositoryCreationTemplateRequest::resource_tags).
    pub fn resource_tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.resource_tags
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`CreateRepositoryCreationTemplateRequest::resource_tags`](CreateRepositoryCreationTemplateRequest::resource_tags).
    pub fn set_resource_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.resource_tags = value;
        self
    }
    /// Sets [`CreateRepositoryCreationTemplateRequest::image_tag_mutability`](CreateRepositoryCreationTemplateRequest::image_tag_mutability).
    pub fn image_tag_mutability(mut self, value: impl rt::Into<ImageTagMutability>) -> Self {
        self.image_tag_mutability = Some(value.into());
        self
    }
    /// Sets or clears [`CreateRepositoryCreationTemplateRequest::image_tag_mutability`](CreateRepositoryCreationTemplateRequest::image_tag_mutability).
    pub fn set_image_tag_mutability(mut self, value: rt::Option<ImageTagMutability>) -> Self {
        self.image_tag_mutability = value;
        self
    }
    /// Sets [`CreateRepositoryCreationTemplateRequest::repository_policy`](CreateRepositoryCreationTemplateRequest::repository_policy).
    pub fn repository_policy(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_policy = Some(value.into());
        self
    }
    /// Sets or clears [`CreateRepositoryCreationTemplateRequest::repository_policy`](CreateRepositoryCreationTemplateRequest::repository_policy).
    pub fn set_repository_policy(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_policy = value;
        self
    }
    /// Sets [`CreateRepositoryCreationTemplateRequest::lifecycle_policy`](CreateRepositoryCreationTemplateRequest::lifecycle_policy).
    pub fn lifecycle_policy(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.lifecycle_policy = Some(value.into());
        self
    }
    /// Sets or clears [`CreateRepositoryCreationTemplateRequest::lifecycle_policy`](CreateRepositoryCreationTemplateRequest::lifecycle_policy).
    pub fn set_lifecycle_policy(mut self, value: rt::Option<rt::String>) -> Self {
        self.lifecycle_policy = value;
        self
    }
    /// Appends one element to [`CreateRepositoryCreationTemplateRequest::applied_for`](CreateRepositoryCreationTemplateRequest::applied_for).
    pub fn applied_for(mut self, value: impl rt::Into<RctAppliedFor>) -> Self {
        self.applied_for
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`CreateRepositoryCreationTemplateRequest::applied_for`](CreateRepositoryCreationTemplateRequest::applied_for).
    pub fn set_applied_for(mut self, value: rt::Option<rt::Vec<RctAppliedFor>>) -> Self {
        self.applied_for = value;
        self
    }
    /// Sets [`CreateRepositoryCreationTemplateRequest::custom_role_arn`](CreateRepositoryCreationTemplateRequest::custom_role_arn).
    pub fn custom_role_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.custom_role_arn = Some(value.into());
        self
    }
    /// Sets or clears [`CreateRepositoryCreationTemplateRequest::custom_role_arn`](CreateRepositoryCreationTemplateRequest::custom_role_arn).
    pub fn set_custom_role_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.custom_role_arn = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<CreateRepositoryCreationTemplateRequest, rt::BuildError> {
        Ok(CreateRepositoryCreationTemplateRequest {
            prefix: self.prefix.ok_or(rt::BuildError {
                shape: "CreateRepositoryCreationTemplateRequest",
                member: "prefix",
            })?,
            description: self.description,
            encryption_configuration: self.encryption_configuration,
            resource_tags: self.resource_tags,
            image_tag_mutability: self.image_tag_mutability,
            repository_policy: self.repository_policy,
            lifecycle_policy: self.lifecycle_policy,
            applied_for: self.applied_for.ok_or(rt::BuildError {
                shape: "CreateRepositoryCreationTemplateRequest",
                member: "appliedFor",
            })?,
            custom_role_arn: self.custom_role_arn,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct CreateRepositoryCreationTemplateResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The template.
    pub repository_creation_template: rt::Option<RepositoryCreationTemplate>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for CreateRepositoryCreationTemplateResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for CreateRepositoryCreationTemplateResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl CreateRepositoryCreationTemplateResponse {
    /// A builder for this structure.
    pub fn builder() -> CreateRepositoryCreationTemplateResponseBuilder {
        CreateRepositoryCreationTemplateResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateRepositoryCreationTemplateResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_creation_template`](Self::repository_creation_template).
    pub fn repository_creation_template(&self) -> rt::Option<&RepositoryCreationTemplate> {
        self.repository_creation_template.as_ref()
    }
}
/// Builds a [`CreateRepositoryCreationTemplateResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateRepositoryCreationTemplateResponseBuilder {
    /// [`CreateRepositoryCreationTemplateResponse::registry_id`](CreateRepositoryCreationTemplateResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`CreateRepositoryCreationTemplateResponse::repository_creation_template`](CreateRepositoryCreationTemplateResponse::repository_creation_template), if set.
    pub repository_creation_template: rt::Option<RepositoryCreationTemplate>,
}
impl CreateRepositoryCreationTemplateResponseBuilder {
    /// Sets [`CreateRepositoryCreationTemplateResponse::registry_id`](CreateRepositoryCreationTemplateResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`CreateRepositoryCreationTemplateResponse::registry_id`](CreateRepositoryCreationTemplateResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`CreateRepositoryCreationTemplateResponse::repository_creation_template`](CreateRepositoryCreationTemplateResponse::repository_creation_template).
    pub fn repository_creation_template(
        mut self,
        value: impl rt::Into<RepositoryCreationTemplate>,
    ) -> Self {
        self.repository_creation_template = Some(value.into());
        self
    }
    /// Sets or clears [`CreateRepositoryCreationTemplateResponse::repository_creation_template`](CreateRepositoryCreationTemplateResponse::repository_creation_template).
    pub fn set_repository_creation_template(
        mut self,
        value: rt::Option<RepositoryCreationTemplate>,
    ) -> Self {
        self.repository_creation_template = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CreateRepositoryCreationTemplateResponse {
        CreateRepositoryCreationTemplateResponse {
            registry_id: self.registry_id,
            repository_creation_template: self.repository_creation_template,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct CreateRepositoryRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// Labels for the resource.
    pub tags: rt::Option<rt::Vec<Tag>>,
    /// Whether tags may be moved to other images. Tags are mutable when omitted.
    pub image_tag_mutability: rt::Option<ImageTagMutability>,
    /// Whether images are scanned when pushed.
    pub image_scanning_configuration: rt::Option<ImageScanningConfiguration>,
    /// How images are encrypted at rest; AES-256 when omitted.
    pub encryption_configuration: rt::Option<EncryptionConfiguration>,
}
impl CreateRepositoryRequest {
    /// A builder for this structure.
    pub fn builder() -> CreateRepositoryRequestBuilder {
        CreateRepositoryRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateRepositoryRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`tags`](Self::tags), empty when unset.
    pub fn tags(&self) -> &[Tag] {
        self.tags.as_deref().unwrap_or_default()
    }
    /// [`image_tag_mutability`](Self::image_tag_mutability).
    pub fn image_tag_mutability(&self) -> rt::Option<&ImageTagMutability> {
        self.image_tag_mutability.as_ref()
    }
    /// [`image_scanning_configuration`](Self::image_scanning_configuration).
    pub fn image_scanning_configuration(&self) -> rt::Option<&ImageScanningConfiguration> {
        self.image_scanning_configuration.as_ref()
    }
    /// [`encryption_configuration`](Self::encryption_configuration).
    pub fn encryption_configuration(&self) -> rt::Option<&EncryptionConfiguration> {
        self.encryption_configuration.as_ref()
    }
}
/// Builds a [`CreateRepositoryRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateRepositoryRequestBuilder {
    /// [`CreateRepositoryRequest::registry_id`](CreateRepositoryRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`CreateRepositoryRequest::repository_name`](CreateRepositoryRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`CreateRepositoryRequest::tags`](CreateRepositoryRequest::tags), if set.
    pub tags: rt::Option<rt::Vec<Tag>>,
    /// [`CreateRepositoryRequest::image_tag_mutability`](CreateRepositoryRequest::image_tag_mutability), if set.
    pub image_tag_mutability: rt::Option<ImageTagMutability>,
    /// [`CreateRepositoryRequest::image_scanning_configuration`](CreateRepositoryRequest::image_scanning_configuration), if set.
    pub image_scanning_configuration: rt::Option<ImageScanningConfiguration>,
    /// [`CreateRepositoryRequest::encryption_configuration`](CreateRepositoryRequest::encryption_configuration), if set.
    pub encryption_configuration: rt::Option<EncryptionConfiguration>,
}
impl CreateRepositoryRequestBuilder {
    /// Sets [`CreateRepositoryRequest::registry_id`](CreateRepositoryRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`CreateRepositoryRequest::registry_id`](CreateRepositoryRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`CreateRepositoryRequest::repository_name`](CreateRepositoryRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`CreateRepositoryRequest::repository_name`](CreateRepositoryRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Appends one element to [`CreateRepositoryRequest::tags`](CreateRepositoryRequest::tags).
    pub fn tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.tags
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`CreateRepositoryRequest::tags`](CreateRepositoryRequest::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.tags = value;
        self
    }
    /// Sets [`CreateRepositoryRequest::image_tag_mutability`](CreateRepositoryRequest::image_tag_mutability).
    pub fn image_tag_mutability(mut self, value: impl rt::Into<ImageTagMutability>) -> Self {
        self.image_tag_mutability = Some(value.into());
        self
    }
    /// Sets or clears [`CreateRepositoryRequest::image_tag_mutability`](CreateRepositoryRequest::image_tag_mutability).
    pub fn set_image_tag_mutability(mut self, value: rt::Option<ImageTagMutability>) -> Self {
        self.image_tag_mutability = value;
        self
    }
    /// Sets [`CreateRepositoryRequest::image_scanning_configuration`](CreateRepositoryRequest::image_scanning_configuration).
    pub fn image_scanning_configuration(
        mut self,
        value: impl rt::Into<ImageScanningConfiguration>,
    ) -> Self {
        self.image_scanning_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`CreateRepositoryRequest::image_scanning_configuration`](CreateRepositoryRequest::image_scanning_configuration).
    pub fn set_image_scanning_configuration(
        mut self,
        value: rt::Option<ImageScanningConfiguration>,
    ) -> Self {
        self.image_scanning_configuration = value;
        self
    }
    /// Sets [`CreateRepositoryRequest::encryption_configuration`](CreateRepositoryRequest::encryption_configuration).
    pub fn encryption_configuration(
        mut self,
        value: impl rt::Into<EncryptionConfiguration>,
    ) -> Self {
        self.encryption_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`CreateRepositoryRequest::encryption_configuration`](CreateRepositoryRequest::encryption_configuration).
    pub fn set_encryption_configuration(
        mut self,
        value: rt::Option<EncryptionConfiguration>,
    ) -> Self {
        self.encryption_configuration = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<CreateRepositoryRequest, rt::BuildError> {
        Ok(CreateRepositoryRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "CreateRepositoryRequest",
                member: "repositoryName",
            })?,
            tags: self.tags,
            image_tag_mutability: self.image_tag_mutability,
            image_scanning_configuration: self.image_scanning_configuration,
            encryption_configuration: self.encryption_configuration,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct CreateRepositoryResponse {
    /// The repository.
    pub repository: rt::Option<Repository>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for CreateRepositoryResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for CreateRepositoryResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl CreateRepositoryResponse {
    /// A builder for this structure.
    pub fn builder() -> CreateRepositoryResponseBuilder {
        CreateRepositoryResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateRepositoryResponse {
    /// [`repository`](Self::repository).
    pub fn repository(&self) -> rt::Option<&Repository> {
        self.repository.as_ref()
    }
}
/// Builds a [`CreateRepositoryResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateRepositoryResponseBuilder {
    /// [`CreateRepositoryResponse::repository`](CreateRepositoryResponse::repository), if set.
    pub repository: rt::Option<Repository>,
}
impl CreateRepositoryResponseBuilder {
    /// Sets [`CreateRepositoryResponse::repository`](CreateRepositoryResponse::repository).
    pub fn repository(mut self, value: impl rt::Into<Repository>) -> Self {
        self.repository = Some(value.into());
        self
    }
    /// Sets or clears [`CreateRepositoryResponse::repository`](CreateRepositoryResponse::repository).
    pub fn set_repository(mut self, value: rt::Option<Repository>) -> Self {
        self.repository = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CreateRepositoryResponse {
        CreateRepositoryResponse {
            repository: self.repository,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteLifecyclePolicyRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
}
impl DeleteLifecyclePolicyRequest {
    /// A builder for this structure.
    pub fn builder() -> DeleteLifecyclePolicyRequestBuilder {
        DeleteLifecyclePolicyRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteLifecyclePolicyRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
}
/// Builds a [`DeleteLifecyclePolicyRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteLifecyclePolicyRequestBuilder {
    /// [`DeleteLifecyclePolicyRequest::registry_id`](DeleteLifecyclePolicyRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`DeleteLifecyclePolicyRequest::repository_name`](DeleteLifecyclePolicyRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
}
impl DeleteLifecyclePolicyRequestBuilder {
    /// Sets [`DeleteLifecyclePolicyRequest::registry_id`](DeleteLifecyclePolicyRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteLifecyclePolicyRequest::registry_id`](DeleteLifecyclePolicyRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`DeleteLifecyclePolicyRequest::repository_name`](DeleteLifecyclePolicyRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteLifecyclePolicyRequest::repository_name`](DeleteLifecyclePolicyRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DeleteLifecyclePolicyRequest, rt::BuildError> {
        Ok(DeleteLifecyclePolicyRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "DeleteLifecyclePolicyRequest",
                member: "repositoryName",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteLifecyclePolicyResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The repository.
    pub repository_name: rt::Option<rt::String>,
    /// The policy removed.
    pub lifecycle_policy_text: rt::Option<rt::String>,
    /// When the registry last applied it, if it had.
    pub last_evaluated_at: rt::Option<rt::DateTime>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DeleteLifecyclePolicyResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DeleteLifecyclePolicyResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DeleteLifecyclePolicyResponse {
    /// A builder for this structure.
    pub fn builder() -> DeleteLifecyclePolicyResponseBuilder {
        DeleteLifecyclePolicyResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteLifecyclePolicyResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`lifecycle_policy_text`](Self::lifecycle_policy_text).
    pub fn lifecycle_policy_text(&self) -> rt::Option<&str> {
        self.lifecycle_policy_text.as_deref()
    }
    /// [`last_evaluated_at`](Self::last_evaluated_at).
    pub fn last_evaluated_at(&self) -> rt::Option<&rt::DateTime> {
        self.last_evaluated_at.as_ref()
    }
}
/// Builds a [`DeleteLifecyclePolicyResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteLifecyclePolicyResponseBuilder {
    /// [`DeleteLifecyclePolicyResponse::registry_id`](DeleteLifecyclePolicyResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`DeleteLifecyclePolicyResponse::repository_name`](DeleteLifecyclePolicyResponse::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`DeleteLifecyclePolicyResponse::lifecycle_policy_text`](DeleteLifecyclePolicyResponse::lifecycle_policy_text), if set.
    pub lifecycle_policy_text: rt::Option<rt::String>,
    /// [`DeleteLifecyclePolicyResponse::last_evaluated_at`](DeleteLifecyclePolicyResponse::last_evaluated_at), if set.
    pub last_evaluated_at: rt::Option<rt::DateTime>,
}
impl DeleteLifecyclePolicyResponseBuilder {
    /// Sets [`DeleteLifecyclePolicyResponse::registry_id`](DeleteLifecyclePolicyResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteLifecyclePolicyResponse::registry_id`](DeleteLifecyclePolicyResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`DeleteLifecyclePolicyResponse::repository_name`](DeleteLifecyclePolicyResponse::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteLifecyclePolicyResponse::repository_name`](DeleteLifecyclePolicyResponse::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`DeleteLifecyclePolicyResponse::lifecycle_policy_text`](DeleteLifecyclePolicyResponse::lifecycle_policy_text).
    pub fn lifecycle_policy_text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.lifecycle_policy_text = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteLifecyclePolicyResponse::lifecycle_policy_text`](DeleteLifecyclePolicyResponse::lifecycle_policy_text).
    pub fn set_lifecycle_policy_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.lifecycle_policy_text = value;
        self
    }
    /// Sets [`DeleteLifecyclePolicyResponse::last_evaluated_at`](DeleteLifecyclePolicyResponse::last_evaluated_at).
    pub fn last_evaluated_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.last_evaluated_at = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteLifecyclePolicyResponse::last_evaluated_at`](DeleteLifecyclePolicyResponse::last_evaluated_at).
    pub fn set_last_evaluated_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.last_evaluated_at = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DeleteLifecyclePolicyResponse {
        DeleteLifecyclePolicyResponse {
            registry_id: self.registry_id,
            repository_name: self.repository_name,
            lifecycle_policy_text: self.lifecycle_policy_text,
            last_evaluated_at: self.last_evaluated_at,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeletePullThroughCacheRuleRequest {
    /// The prefix of the rule to delete.
    pub ecr_repository_prefix: rt::String,
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
}
impl DeletePullThroughCacheRuleRequest {
    /// A builder for this structure.
    pub fn builder() -> DeletePullThroughCacheRuleRequestBuilder {
        DeletePullThroughCacheRuleRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeletePullThroughCacheRuleRequest {
    /// [`ecr_repository_prefix`](Self::ecr_repository_prefix).
    pub fn ecr_repository_prefix(&self) -> &str {
        &self.ecr_repository_prefix
    }
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
}
/// Builds a [`DeletePullThroughCacheRuleRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeletePullThroughCacheRuleRequestBuilder {
    /// [`DeletePullThroughCacheRuleRequest::ecr_repository_prefix`](DeletePullThroughCacheRuleRequest::ecr_repository_prefix), if set.
    pub ecr_repository_prefix: rt::Option<rt::String>,
    /// [`DeletePullThroughCacheRuleRequest::registry_id`](DeletePullThroughCacheRuleRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
}
impl DeletePullThroughCacheRuleRequestBuilder {
    /// Sets [`DeletePullThroughCacheRuleRequest::ecr_repository_prefix`](DeletePullThroughCacheRuleRequest::ecr_repository_prefix).
    pub fn ecr_repository_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ecr_repository_prefix = Some(value.into());
        self
    }
    /// Sets or clears [`DeletePullThroughCacheRuleRequest::ecr_repository_prefix`](DeletePullThroughCacheRuleRequest::ecr_repository_prefix).
    pub fn set_ecr_repository_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.ecr_repository_prefix = value;
        self
    }
    /// Sets [`DeletePullThroughCacheRuleRequest::registry_id`](DeletePullThroughCacheRuleRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`DeletePullThroughCacheRuleRequest::registry_id`](DeletePullThroughCacheRuleRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DeletePullThroughCacheRuleRequest, rt::BuildError> {
        Ok(DeletePullThroughCacheRuleRequest {
            ecr_repository_prefix: self.ecr_repository_prefix.ok_or(rt::BuildError {
                shape: "DeletePullThroughCacheRuleRequest",
                member: "ecrRepositoryPrefix",
            })?,
            registry_id: self.registry_id,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeletePullThroughCacheRuleResponse {
    /// The deleted rule's repository name prefix.
    pub ecr_repository_prefix: rt::Option<rt::String>,
    /// The upstream registry the rule mirrored.
    pub upstream_registry_url: rt::Option<rt::String>,
    /// When the rule was created.
    pub created_at: rt::Option<rt::DateTime>,
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The secret the rule used for the upstream registry.
    pub credential_arn: rt::Option<rt::String>,
    /// The prefix of the upstream's repository names.
    pub upstream_repository_prefix: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DeletePullThroughCacheRuleResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DeletePullThroughCacheRuleResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DeletePullThroughCacheRuleResponse {
    /// A builder for this structure.
    pub fn builder() -> DeletePullThroughCacheRuleResponseBuilder {
        DeletePullThroughCacheRuleResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeletePullThroughCacheRuleResponse {
    /// [`ecr_repository_prefix`](Self::ecr_repository_prefix).
    pub fn ecr_repository_prefix(&self) -> rt::Option<&str> {
        self.ecr_repository_prefix.as_deref()
    }
    /// [`upstream_registry_url`](Self::upstream_registry_url).
    pub fn upstream_registry_url(&self) -> rt::Option<&str> {
        self.upstream_registry_url.as_deref()
    }
    /// [`created_at`](Self::created_at).
    pub fn created_at(&self) -> rt::Option<&rt::DateTime> {
        self.created_at.as_ref()
    }
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`credential_arn`](Self::credential_arn).
    pub fn credential_arn(&self) -> rt::Option<&str> {
        self.credential_arn.as_deref()
    }
    /// [`upstream_repository_prefix`](Self::upstream_repository_prefix).
    pub fn upstream_repository_prefix(&self) -> rt::Option<&str> {
        self.upstream_repository_prefix.as_deref()
    }
}
/// Builds a [`DeletePullThroughCacheRuleResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeletePullThroughCacheRuleResponseBuilder {
    /// [`DeletePullThroughCacheRuleResponse::ecr_repository_prefix`](DeletePullThroughCacheRuleResponse::ecr_repository_prefix), if set.
    pub ecr_repository_prefix: rt::Option<rt::String>,
    /// [`DeletePullThroughCacheRuleResponse::upstream_registry_url`](DeletePullThroughCacheRuleResponse::upstream_registry_url), if set.
    pub upstream_registry_url: rt::Option<rt::String>,
    /// [`DeletePullThroughCacheRuleResponse::created_at`](DeletePullThroughCacheRuleResponse::created_at), if set.
    pub created_at: rt::Option<rt::DateTime>,
    /// [`DeletePullThroughCacheRuleResponse::registry_id`](DeletePullThroughCacheRuleResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`DeletePullThroughCacheRuleResponse::credential_arn`](DeletePullThroughCacheRuleResponse::credential_arn), if set.
    pub credential_arn: rt::Option<rt::String>,
    /// [`DeletePullThroughCacheRuleResponse::upstream_repository_prefix`](DeletePullThroughCacheRuleResponse::upstream_repository_prefix), if set.
    pub upstream_repository_prefix: rt::Option<rt::String>,
}
impl DeletePullThroughCacheRuleResponseBuilder {
    /// Sets [`DeletePullThroughCacheRuleResponse::ecr_repository_prefix`](DeletePullThroughCacheRuleResponse::ecr_repository_prefix).
    pub fn ecr_repository_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ecr_repository_prefix = Some(value.into());
        self
    }
    /// Sets or clears [`DeletePullThroughCacheRuleResponse::ecr_repository_prefix`](DeletePullThroughCacheRuleResponse::ecr_repository_prefix).
    pub fn set_ecr_repository_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.ecr_repository_prefix = value;
        self
    }
    /// Sets [`DeletePullThroughCacheRuleResponse::upstream_registry_url`](DeletePullThroughCacheRuleResponse::upstream_registry_url).
    pub fn upstream_registry_url(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upstream_registry_url = Some(value.into());
        self
    }
    /// Sets or clears [`DeletePullThroughCacheRuleResponse::upstream_registry_url`](DeletePullThroughCacheRuleResponse::upstream_registry_url).
    pub fn set_upstream_registry_url(mut self, value: rt::Option<rt::String>) -> Self {
        self.upstream_registry_url = value;
        self
    }
    /// Sets [`DeletePullThroughCacheRuleResponse::created_at`](DeletePullThroughCacheRuleResponse::created_at).
    pub fn created_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.created_at = Some(value.into());
        self
    }
    /// Sets or clears [`DeletePullThroughCacheRuleResponse::created_at`](DeletePullThroughCacheRuleResponse::created_at).
    pub fn set_created_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.created_at = value;
        self
    }
    /// Sets [`DeletePullThroughCacheRuleResponse::registry_id`](DeletePullThroughCacheRuleResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`DeletePullThroughCacheRuleResponse::registry_id`](DeletePullThroughCacheRuleResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`DeletePullThroughCacheRuleResponse::credential_arn`](DeletePullThroughCacheRuleResponse::credential_arn).
    pub fn credential_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.credential_arn = Some(value.into());
        self
    }
    /// Sets or clears [`DeletePullThroughCacheRuleResponse::credential_arn`](DeletePullThroughCacheRuleResponse::credential_arn).
    pub fn set_credential_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.credential_arn = value;
        self
    }
    /// Sets [`DeletePullThroughCacheRuleResponse::upstream_repository_prefix`](DeletePullThroughCacheRuleResponse::upstream_repository_prefix).
    pub fn upstream_repository_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upstream_repository_prefix = Some(value.into());
        self
    }
    /// Sets or clears [`DeletePullThroughCacheRuleResponse::upstream_repository_prefix`](DeletePullThroughCacheRuleResponse::upstream_repository_prefix).
    pub fn set_upstream_repository_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.upstream_repository_prefix = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DeletePullThroughCacheRuleResponse {
        DeletePullThroughCacheRuleResponse {
            ecr_repository_prefix: self.ecr_repository_prefix,
            upstream_registry_url: self.upstream_registry_url,
            created_at: self.created_at,
            registry_id: self.registry_id,
            credential_arn: self.credential_arn,
            upstream_repository_prefix: self.upstream_repository_prefix,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteRegistryPolicyRequest {}
impl DeleteRegistryPolicyRequest {
    /// A builder for this structure.
    pub fn builder() -> DeleteRegistryPolicyRequestBuilder {
        DeleteRegistryPolicyRequestBuilder::default()
    }
}
/// Builds a [`DeleteRegistryPolicyRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteRegistryPolicyRequestBuilder {}
impl DeleteRegistryPolicyRequestBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> DeleteRegistryPolicyRequest {
        DeleteRegistryPolicyRequest {}
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteRegistryPolicyResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The policy: an IAM policy document in JSON.
    pub policy_text: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DeleteRegistryPolicyResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DeleteRegistryPolicyResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DeleteRegistryPolicyResponse {
    /// A builder for this structure.
    pub fn builder() -> DeleteRegistryPolicyResponseBuilder {
        DeleteRegistryPolicyResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteRegistryPolicyResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`policy_text`](Self::policy_text).
    pub fn policy_text(&self) -> rt::Option<&str> {
        self.policy_text.as_deref()
    }
}
/// Builds a [`DeleteRegistryPolicyResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteRegistryPolicyResponseBuilder {
    /// [`DeleteRegistryPolicyResponse::registry_id`](DeleteRegistryPolicyResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`DeleteRegistryPolicyResponse::policy_text`](DeleteRegistryPolicyResponse::policy_text), if set.
    pub policy_text: rt::Option<rt::String>,
}
impl DeleteRegistryPolicyResponseBuilder {
    /// Sets [`DeleteRegistryPolicyResponse::registry_id`](DeleteRegistryPolicyResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteRegistryPolicyResponse::registry_id`](DeleteRegistryPolicyResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`DeleteRegistryPolicyResponse::policy_text`](DeleteRegistryPolicyResponse::policy_text).
    pub fn policy_text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.policy_text = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteRegistryPolicyResponse::policy_text`](DeleteRegistryPolicyResponse::policy_text).
    pub fn set_policy_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.policy_text = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DeleteRegistryPolicyResponse {
        DeleteRegistryPolicyResponse {
            registry_id: self.registry_id,
            policy_text: self.policy_text,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteRepositoryCreationTemplateRequest {
    /// The repository name prefix the template applies to, or `ROOT` for every repository no other template covers.
    pub prefix: rt::String,
}
impl DeleteRepositoryCreationTemplateRequest {
    /// A builder for this structure.
    pub fn builder() -> DeleteRepositoryCreationTemplateRequestBuilder {
        DeleteRepositoryCreationTemplateRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteRepositoryCreationTemplateRequest {
    /// [`prefix`](Self::prefix).
    pub fn prefix(&self) -> &str {
        &self.prefix
    }
}
/// Builds a [`DeleteRepositoryCreationTemplateRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteRepositoryCreationTemplateRequestBuilder {
    /// [`DeleteRepositoryCreationTemplateRequest::prefix`](DeleteRepositoryCreationTemplateRequest::prefix), if set.
    pub prefix: rt::Option<rt::String>,
}
impl DeleteRepositoryCreationTemplateRequestBuilder {
    /// Sets [`DeleteRepositoryCreationTemplateRequest::prefix`](DeleteRepositoryCreationTemplateRequest::prefix).
    pub fn prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.prefix = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteRepositoryCreationTemplateRequest::prefix`](DeleteRepositoryCreationTemplateRequest::prefix).
    pub fn set_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.prefix = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DeleteRepositoryCreationTemplateRequest, rt::BuildError> {
        Ok(DeleteRepositoryCreationTemplateRequest {
            prefix: self.prefix.ok_or(rt::BuildError {
                shape: "DeleteRepositoryCreationTemplateRequest",
                member: "prefix",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteRepositoryCreationTemplateResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The template.
    pub repository_creation_template: rt::Option<RepositoryCreationTemplate>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DeleteRepositoryCreationTemplateResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DeleteRepositoryCreationTemplateResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DeleteRepositoryCreationTemplateResponse {
    /// A builder for this structure.
    pub fn builder() -> DeleteRepositoryCreationTemplateResponseBuilder {
        DeleteRepositoryCreationTemplateResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteRepositoryCreationTemplateResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_creation_template`](Self::repository_creation_template).
    pub fn repository_creation_template(&self) -> rt::Option<&RepositoryCreationTemplate> {
        self.repository_creation_template.as_ref()
    }
}
/// Builds a [`DeleteRepositoryCreationTemplateResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteRepositoryCreationTemplateResponseBuilder {
    /// [`DeleteRepositoryCreationTemplateResponse::registry_id`](DeleteRepositoryCreationTemplateResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`DeleteRepositoryCreationTemplateResponse::repository_creation_template`](DeleteRepositoryCreationTemplateResponse::repository_creation_template), if set.
    pub repository_creation_template: rt::Option<RepositoryCreationTemplate>,
}
impl DeleteRepositoryCreationTemplateResponseBuilder {
    /// Sets [`DeleteRepositoryCreationTemplateResponse::registry_id`](DeleteRepositoryCreationTemplateResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteRepositoryCreationTemplateResponse::registry_id`](DeleteRepositoryCreationTemplateResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`DeleteRepositoryCreationTemplateResponse::repository_creation_template`](DeleteRepositoryCreationTemplateResponse::repository_creation_template).
    pub fn repository_creation_template(
        mut self,
        value: impl rt::Into<RepositoryCreationTemplate>,
    ) -> Self {
        self.repository_creation_template = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteRepositoryCreationTemplateResponse::repository_creation_template`](DeleteRepositoryCreationTemplateResponse::repository_creation_template).
    pub fn set_repository_creation_template(
        mut self,
        value: rt::Option<RepositoryCreationTemplate>,
    ) -> Self {
        self.repository_creation_template = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DeleteRepositoryCreationTemplateResponse {
        DeleteRepositoryCreationTemplateResponse {
            registry_id: self.registry_id,
            repository_creation_template: self.repository_creation_template,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteRepositoryPolicyRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
}
impl DeleteRepositoryPolicyRequest {
    /// A builder for this structure.
    pub fn builder() -> DeleteRepositoryPolicyRequestBuilder {
        DeleteRepositoryPolicyRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteRepositoryPolicyRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
}
/// Builds a [`DeleteRepositoryPolicyRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteRepositoryPolicyRequestBuilder {
    /// [`DeleteRepositoryPolicyRequest::registry_id`](DeleteRepositoryPolicyRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`DeleteRepositoryPolicyRequest::repository_name`](DeleteRepositoryPolicyRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
}
impl DeleteRepositoryPolicyRequestBuilder {
    /// Sets [`DeleteRepositoryPolicyRequest::registry_id`](DeleteRepositoryPolicyRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteRepositoryPolicyRequest::registry_id`](DeleteRepositoryPolicyRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`DeleteRepositoryPolicyRequest::repository_name`](DeleteRepositoryPolicyRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteRepositoryPolicyRequest::repository_name`](DeleteRepositoryPolicyRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DeleteRepositoryPolicyRequest, rt::BuildError> {
        Ok(DeleteRepositoryPolicyRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "DeleteRepositoryPolicyRequest",
                member: "repositoryName",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteRepositoryPolicyResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::Option<rt::String>,
    /// The policy: an IAM policy document in JSON.
    pub policy_text: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DeleteRepositoryPolicyResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DeleteRepositoryPolicyResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DeleteRepositoryPolicyResponse {
    /// A builder for this structure.
    pub fn builder() -> DeleteRepositoryPolicyResponseBuilder {
        DeleteRepositoryPolicyResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteRepositoryPolicyResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`policy_text`](Self::policy_text).
    pub fn policy_text(&self) -> rt::Option<&str> {
        self.policy_text.as_deref()
    }
}
/// Builds a [`DeleteRepositoryPolicyResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteRepositoryPolicyResponseBuilder {
    /// [`DeleteRepositoryPolicyResponse::registry_id`](DeleteRepositoryPolicyResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`DeleteRepositoryPolicyResponse::repository_name`](DeleteRepositoryPolicyResponse::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`DeleteRepositoryPolicyResponse::policy_text`](DeleteRepositoryPolicyResponse::policy_text), if set.
    pub policy_text: rt::Option<rt::String>,
}
impl DeleteRepositoryPolicyResponseBuilder {
    /// Sets [`DeleteRepositoryPolicyResponse::registry_id`](DeleteRepositoryPolicyResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteRepositoryPolicyResponse::registry_id`](DeleteRepositoryPolicyResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`DeleteRepositoryPolicyResponse::repository_name`](DeleteRepositoryPolicyResponse::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteRepositoryPolicyResponse::repository_name`](DeleteRepositoryPolicyResponse::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`DeleteRepositoryPolicyResponse::policy_text`](DeleteRepositoryPolicyResponse::policy_text).
    pub fn policy_text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.policy_text = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteRepositoryPolicyResponse::policy_text`](DeleteRepositoryPolicyResponse::policy_text).
    pub fn set_policy_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.policy_text = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DeleteRepositoryPolicyResponse {
        DeleteRepositoryPolicyResponse {
            registry_id: self.registry_id,
            repository_name: self.repository_name,
            policy_text: self.policy_text,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteRepositoryRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// Delete the repository even if it still holds images, deleting them too.
    pub force: bool,
}
impl DeleteRepositoryRequest {
    /// A builder for this structure.
    pub fn builder() -> DeleteRepositoryRequestBuilder {
        DeleteRepositoryRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteRepositoryRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`force`](Self::force).
    pub fn force(&self) -> bool {
        self.force
    }
}
/// Builds a [`DeleteRepositoryRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteRepositoryRequestBuilder {
    /// [`DeleteRepositoryRequest::registry_id`](DeleteRepositoryRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`DeleteRepositoryRequest::repository_name`](DeleteRepositoryRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`DeleteRepositoryRequest::force`](DeleteRepositoryRequest::force), if set.
    pub force: rt::Option<bool>,
}
impl DeleteRepositoryRequestBuilder {
    /// Sets [`DeleteRepositoryRequest::registry_id`](DeleteRepositoryRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteRepositoryRequest::registry_id`](DeleteRepositoryRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`DeleteRepositoryRequest::repository_name`](DeleteRepositoryRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteRepositoryRequest::repository_name`](DeleteRepositoryRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`DeleteRepositoryRequest::force`](DeleteRepositoryRequest::force).
    pub fn force(mut self, value: impl rt::Into<bool>) -> Self {
        self.force = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteRepositoryRequest::force`](DeleteRepositoryRequest::force).
    pub fn set_force(mut self, value: rt::Option<bool>) -> Self {
        self.force = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DeleteRepositoryRequest, rt::BuildError> {
        Ok(DeleteRepositoryRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "DeleteRepositoryRequest",
                member: "repositoryName",
            })?,
            force: self.force.unwrap_or_default(),
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteRepositoryResponse {
    /// The repository.
    pub repository: rt::Option<Repository>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DeleteRepositoryResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DeleteRepositoryResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DeleteRepositoryResponse {
    /// A builder for this structure.
    pub fn builder() -> DeleteRepositoryResponseBuilder {
        DeleteRepositoryResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteRepositoryResponse {
    /// [`repository`](Self::repository).
    pub fn repository(&self) -> rt::Option<&Repository> {
        self.repository.as_ref()
    }
}
/// Builds a [`DeleteRepositoryResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteRepositoryResponseBuilder {
    /// [`DeleteRepositoryResponse::repository`](DeleteRepositoryResponse::repository), if set.
    pub repository: rt::Option<Repository>,
}
impl DeleteRepositoryResponseBuilder {
    /// Sets [`DeleteRepositoryResponse::repository`](DeleteRepositoryResponse::repository).
    pub fn repository(mut self, value: impl rt::Into<Repository>) -> Self {
        self.repository = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteRepositoryResponse::repository`](DeleteRepositoryResponse::repository).
    pub fn set_repository(mut self, value: rt::Option<Repository>) -> Self {
        self.repository = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DeleteRepositoryResponse {
        DeleteRepositoryResponse {
            repository: self.repository,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteSigningConfigurationRequest {}
impl DeleteSigningConfigurationRequest {
    /// A builder for this structure.
    pub fn builder() -> DeleteSigningConfigurationRequestBuilder {
        DeleteSigningConfigurationRequestBuilder::default()
    }
}
/// Builds a [`DeleteSigningConfigurationRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteSigningConfigurationRequestBuilder {}
impl DeleteSigningConfigurationRequestBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> DeleteSigningConfigurationRequest {
        DeleteSigningConfigurationRequest {}
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteSigningConfigurationResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The signing configuration.
    pub signing_configuration: rt::Option<SigningConfiguration>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DeleteSigningConfigurationResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DeleteSigningConfigurationResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DeleteSigningConfigurationResponse {
    /// A builder for this structure.
    pub fn builder() -> DeleteSigningConfigurationResponseBuilder {
        DeleteSigningConfigurationResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteSigningConfigurationResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`signing_configuration`](Self::signing_configuration).
    pub fn signing_configuration(&self) -> rt::Option<&SigningConfiguration> {
        self.signing_configuration.as_ref()
    }
}
/// Builds a [`DeleteSigningConfigurationResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteSigningConfigurationResponseBuilder {
    /// [`DeleteSigningConfigurationResponse::registry_id`](DeleteSigningConfigurationResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`DeleteSigningConfigurationResponse::signing_configuration`](DeleteSigningConfigurationResponse::signing_configuration), if set.
    pub signing_configuration: rt::Option<SigningConfiguration>,
}
impl DeleteSigningConfigurationResponseBuilder {
    /// Sets [`DeleteSigningConfigurationResponse::registry_id`](DeleteSigningConfigurationResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteSigningConfigurationResponse::registry_id`](DeleteSigningConfigurationResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`DeleteSigningConfigurationResponse::signing_configuration`](DeleteSigningConfigurationResponse::signing_configuration).
    pub fn signing_configuration(mut self, value: impl rt::Into<SigningConfiguration>) -> Self {
        self.signing_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteSigningConfigurationResponse::signing_configuration`](DeleteSigningConfigurationResponse::signing_configuration).
    pub fn set_signing_configuration(mut self, value: rt::Option<SigningConfiguration>) -> Self {
        self.signing_configuration = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DeleteSigningConfigurationResponse {
        DeleteSigningConfigurationResponse {
            registry_id: self.registry_id,
            signing_configuration: self.signing_configuration,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeregisterPullTimeUpdateExclusionRequest {
    /// The IAM user or role.
    pub principal_arn: rt::String,
}
impl DeregisterPullTimeUpdateExclusionRequest {
    /// A builder for this structure.
    pub fn builder() -> DeregisterPullTimeUpdateExclusionRequestBuilder {
        DeregisterPullTimeUpdateExclusionRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeregisterPullTimeUpdateExclusionRequest {
    /// [`principal_arn`](Self::principal_arn).
    pub fn principal_arn(&self) -> &str {
        &self.principal_arn
    }
}
/// Builds a [`DeregisterPullTimeUpdateExclusionRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeregisterPullTimeUpdateExclusionRequestBuilder {
    /// [`DeregisterPullTimeUpdateExclusionRequest::principal_arn`](DeregisterPullTimeUpdateExclusionRequest::principal_arn), if set.
    pub principal_arn: rt::Option<rt::String>,
}
impl DeregisterPullTimeUpdateExclusionRequestBuilder {
    /// Sets [`DeregisterPullTimeUpdateExclusionRequest::principal_arn`](DeregisterPullTimeUpdateExclusionRequest::principal_arn).
    pub fn principal_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.principal_arn = Some(value.into());
        self
    }
    /// Sets or clears [`DeregisterPullTimeUpdateExclusionRequest::principal_arn`](DeregisterPullTimeUpdateExclusionRequest::principal_arn).
    pub fn set_principal_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.principal_arn = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DeregisterPullTimeUpdateExclusionRequest, rt::BuildError> {
        Ok(DeregisterPullTimeUpdateExclusionRequest {
            principal_arn: self.principal_arn.ok_or(rt::BuildError {
                shape: "DeregisterPullTimeUpdateExclusionRequest",
                member: "principalArn",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeregisterPullTimeUpdateExclusionResponse {
    /// The IAM user or role.
    pub principal_arn: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DeregisterPullTimeUpdateExclusionResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DeregisterPullTimeUpdateExclusionResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DeregisterPullTimeUpdateExclusionResponse {
    /// A builder for this structure.
    pub fn builder() -> DeregisterPullTimeUpdateExclusionResponseBuilder {
        DeregisterPullTimeUpdateExclusionResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeregisterPullTimeUpdateExclusionResponse {
    /// [`principal_arn`](Self::principal_arn).
    pub fn principal_arn(&self) -> rt::Option<&str> {
        self.principal_arn.as_deref()
    }
}
/// Builds a [`DeregisterPullTimeUpdateExclusionResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeregisterPullTimeUpdateExclusionResponseBuilder {
    /// [`DeregisterPullTimeUpdateExclusionResponse::principal_arn`](DeregisterPullTimeUpdateExclusionResponse::principal_arn), if set.
    pub principal_arn: rt::Option<rt::String>,
}
impl DeregisterPullTimeUpdateExclusionResponseBuilder {
    /// Sets [`DeregisterPullTimeUpdateExclusionResponse::principal_arn`](DeregisterPullTimeUpdateExclusionResponse::principal_arn).
    pub fn principal_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.principal_arn = Some(value.into());
        self
    }
    /// Sets or clears [`DeregisterPullTimeUpdateExclusionResponse::principal_arn`](DeregisterPullTimeUpdateExclusionResponse::principal_arn).
    pub fn set_principal_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.principal_arn = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DeregisterPullTimeUpdateExclusionResponse {
        DeregisterPullTimeUpdateExclusionResponse {
            principal_arn: self.principal_arn,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeImageReplicationStatusRequest {
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// Which image.
    pub image_id: ImageIdentifier,
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
}
impl DescribeImageReplicationStatusRequest {
    /// A builder for this structure.
    pub fn builder() -> DescribeImageReplicationStatusRequestBuilder {
        DescribeImageReplicationStatusRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeImageReplicationStatusRequest {
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`image_id`](Self::image_id).
    pub fn image_id(&self) -> &ImageIdentifier {
        &self.image_id
    }
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
}
/// Builds a [`DescribeImageReplicationStatusRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeImageReplicationStatusRequestBuilder {
    /// [`DescribeImageReplicationStatusRequest::repository_name`](DescribeImageReplicationStatusRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`DescribeImageReplicationStatusRequest::image_id`](DescribeImageReplicationStatusRequest::image_id), if set.
    pub image_id: rt::Option<ImageIdentifier>,
    /// [`DescribeImageReplicationStatusRequest::registry_id`](DescribeImageReplicationStatusRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
}
impl DescribeImageReplicationStatusRequestBuilder {
    /// Sets [`DescribeImageReplicationStatusRequest::repository_name`](DescribeImageReplicationStatusRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageReplicationStatusRequest::repository_name`](DescribeImageReplicationStatusRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`DescribeImageReplicationStatusRequest::image_id`](DescribeImageReplicationStatusRequest::image_id).
    pub fn image_id(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.image_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageReplicationStatusRequest::image_id`](DescribeImageReplicationStatusRequest::image_id).
    pub fn set_image_id(mut self, value: rt::Option<ImageIdentifier>) -> Self {
        self.image_id = value;
        self
    }
    /// Sets [`DescribeImageReplicationStatusRequest::registry_id`](DescribeImageReplicationStatusRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageReplicationStatusRequest::registry_id`](DescribeImageReplicationStatusRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DescribeImageReplicationStatusRequest, rt::BuildError> {
        Ok(DescribeImageReplicationStatusRequest {
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "DescribeImageReplicationStatusRequest",
                member: "repositoryName",
            })?,
            image_id: self.image_id.ok_or(rt::BuildError {
                shape: "DescribeImageReplicationStatusRequest",
                member: "imageId",
            })?,
            registry_id: self.registry_id,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeImageReplicationStatusResponse {
    /// The repository.
    pub repository_name: rt::Option<rt::String>,
    /// Which image.
    pub image_id: rt::Option<ImageIdentifier>,
    /// One entry per registry the image is copied to.
    pub replication_statuses: rt::Option<rt::Vec<ImageReplicationStatus>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DescribeImageReplicationStatusResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DescribeImageReplicationStatusResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DescribeImageReplicationStatusResponse {
    /// A builder for this structure.
    pub fn builder() -> DescribeImageReplicationStatusResponseBuilder {
        DescribeImageReplicationStatusResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeImageReplicationStatusResponse {
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`image_id`](Self::image_id).
    pub fn image_id(&self) -> rt::Option<&ImageIdentifier> {
        self.image_id.as_ref()
    }
    /// [`replication_statuses`](Self::replication_statuses), empty when unset.
    pub fn replication_statuses(&self) -> &[ImageReplicationStatus] {
        self.replication_statuses.as_deref().unwrap_or_default()
    }
}
/// Builds a [`DescribeImageReplicationStatusResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeImageReplicationStatusResponseBuilder {
    /// [`DescribeImageReplicationStatusResponse::repository_name`](DescribeImageReplicationStatusResponse::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`DescribeImageReplicationStatusResponse::image_id`](DescribeImageReplicationStatusResponse::image_id), if set.
    pub image_id: rt::Option<ImageIdentifier>,
    /// [`DescribeImageReplicationStatusResponse::replication_statuses`](DescribeImageReplicationStatusResponse::replication_statuses), if set.
    pub replication_statuses: rt::Option<rt::Vec<ImageReplicationStatus>>,
}
impl DescribeImageReplicationStatusResponseBuilder {
    /// Sets [`DescribeImageReplicationStatusResponse::repository_name`](DescribeImageReplicationStatusResponse::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageReplicationStatusResponse::repository_name`](DescribeImageReplicationStatusResponse::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`DescribeImageReplicationStatusResponse::image_id`](DescribeImageReplicationStatusResponse::image_id).
    pub fn image_id(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.image_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageReplicationStatusResponse::image_id`](DescribeImageReplicationStatusResponse::image_id).
    pub fn set_image_id(mut self, value: rt::Option<ImageIdentifier>) -> Self {
        self.image_id = value;
        self
    }
    /// Appends one element to [`DescribeImageReplicationStatusResponse::replication_statuses`](DescribeImageReplicationStatusResponse::replication_statuses).
    pub fn replication_statuses(mut self, value: impl rt::Into<ImageReplicationStatus>) -> Self {
        self.replication_statuses
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`DescribeImageReplicationStatusResponse::replication_statuses`](DescribeImageReplicationStatusResponse::replication_statuses).
    pub fn set_replication_statuses(
        mut self,
        value: rt::Option<rt::Vec<ImageReplicationStatus>>,
    ) -> Self {
        self.replication_statuses = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeImageReplicationStatusResponse {
        DescribeImageReplicationStatusResponse {
            repository_name: self.repository_name,
            image_id: self.image_id,
            replication_statuses: self.replication_statuses,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeImageScanFindingsRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// Which image.
    pub image_id: ImageIdentifier,
    /// The token for the next page: pass the `nextToken` of the previous response; absent in the last page.
    pub next_token: rt::Option<rt::String>,
    /// The most results to return in one page.
    pub max_results: rt::Option<i32>,
}
impl DescribeImageScanFindingsRequest {
    /// A builder for this structure.
    pub fn builder() -> DescribeImageScanFindingsRequestBuilder {
        DescribeImageScanFindingsRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeImageScanFindingsRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`image_id`](Self::image_id).
    pub fn image_id(&self) -> &ImageIdentifier {
        &self.image_id
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
    /// [`max_results`](Self::max_results).
    pub fn max_results(&self) -> rt::Option<i32> {
        self.max_results
    }
}
/// Builds a [`DescribeImageScanFindingsRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeImageScanFindingsRequestBuilder {
    /// [`DescribeImageScanFindingsRequest::registry_id`](DescribeImageScanFindingsRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`DescribeImageScanFindingsRequest::repository_name`](DescribeImageScanFindingsRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`DescribeImageScanFindingsRequest::image_id`](DescribeImageScanFindingsRequest::image_id), if set.
    pub image_id: rt::Option<ImageIdentifier>,
    /// [`DescribeImageScanFindingsRequest::next_token`](DescribeImageScanFindingsRequest::next_token), if set.
    pub next_token: rt::Option<rt::String>,
    /// [`DescribeImageScanFindingsRequest::max_results`](DescribeImageScanFindingsRequest::max_results), if set.
    pub max_results: rt::Option<i32>,
}
impl DescribeImageScanFindingsRequestBuilder {
    /// Sets [`DescribeImageScanFindingsRequest::registry_id`](DescribeImageScanFindingsRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageScanFindingsRequest::registry_id`](DescribeImageScanFindingsRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`DescribeImageScanFindingsRequest::repository_name`](DescribeImageScanFindingsRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageScanFindingsRequest::repository_name`](DescribeImageScanFindingsRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`DescribeImageScanFindingsRequest::image_id`](DescribeImageScanFindingsRequest::image_id).
    pub fn image_id(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.image_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageScanFindingsRequest::image_id`](DescribeImageScanFindingsRequest::image_id).
    pub fn set_image_id(mut self, value: rt::Option<ImageIdentifier>) -> Self {
        self.image_id = value;
        self
    }
    /// Sets [`DescribeImageScanFindingsRequest::next_token`](DescribeImageScanFindingsRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageScanFindingsRequest::next_token`](DescribeImageScanFindingsRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// Sets [`DescribeImageScanFindingsRequest::max_results`](DescribeImageScanFindingsRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.max_results = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageScanFindingsRequest::max_results`](DescribeImageScanFindingsRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.max_results = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DescribeImageScanFindingsRequest, rt::BuildError> {
        Ok(DescribeImageScanFindingsRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "DescribeImageScanFindingsRequest",
                member: "repositoryName",
            })?,
            image_id: self.image_id.ok_or(rt::BuildError {
                shape: "DescribeImageScanFindingsRequest",
                member: "imageId",
            })?,
            next_token: self.next_token,
            max_results: self.max_results,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeImageScanFindingsResponse {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::Option<rt::String>,
    /// Which image.
    pub image_id: rt::Option<ImageIdentifier>,
    /// Where the scan stands, and why when it failed.
    pub image_scan_status: rt::Option<ImageScanStatus>,
    /// What the scan found.
    pub image_scan_findings: rt::Option<ImageScanFindings>,
    /// The token for the next page: pass the `nextToken` of the previous response; absent in the last page.
    pub next_token: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DescribeImageScanFindingsResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DescribeImageScanFindingsResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DescribeImageScanFindingsResponse {
    /// A builder for this structure.
    pub fn builder() -> DescribeImageScanFindingsResponseBuilder {
        DescribeImageScanFindingsResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeImageScanFindingsResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`image_id`](Self::image_id).
    pub fn image_id(&self) -> rt::Option<&ImageIdentifier> {
        self.image_id.as_ref()
    }
    /// [`image_scan_status`](Self::image_scan_status).
    pub fn image_scan_status(&self) -> rt::Option<&ImageScanStatus> {
        self.image_scan_status.as_ref()
    }
    /// [`image_scan_findings`](Self::image_scan_findings).
    pub fn image_scan_findings(&self) -> rt::Option<&ImageScanFindings> {
        self.image_scan_findings.as_ref()
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
}
/// Builds a [`DescribeImageScanFindingsResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeImageScanFindingsResponseBuilder {
    /// [`DescribeImageScanFindingsResponse::registry_id`](DescribeImageScanFindingsResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`DescribeImageScanFindingsResponse::repository_name`](DescribeImageScanFindingsResponse::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`DescribeImageScanFindingsResponse::image_id`](DescribeImageScanFindingsResponse::image_id), if set.
    pub image_id: rt::Option<ImageIdentifier>,
    /// [`DescribeImageScanFindingsResponse::image_scan_status`](DescribeImageScanFindingsResponse::image_scan_status), if set.
    pub image_scan_status: rt::Option<ImageScanStatus>,
    /// [`DescribeImageScanFindingsResponse::image_scan_findings`](DescribeImageScanFindingsResponse::image_scan_findings), if set.
    pub image_scan_findings: rt::Option<ImageScanFindings>,
    /// [`DescribeImageScanFindingsResponse::next_token`](DescribeImageScanFindingsResponse::next_token), if set.
    pub next_token: rt::Option<rt::String>,
}
impl DescribeImageScanFindingsResponseBuilder {
    /// Sets [`DescribeImageScanFindingsResponse::registry_id`](DescribeImageScanFindingsResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageScanFindingsResponse::registry_id`](DescribeImageScanFindingsResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`DescribeImageScanFindingsResponse::repository_name`](DescribeImageScanFindingsResponse::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageScanFindingsResponse::repository_name`](DescribeImageScanFindingsResponse::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`DescribeImageScanFindingsResponse::image_id`](DescribeImageScanFindingsResponse::image_id).
    pub fn image_id(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.image_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageScanFindingsResponse::image_id`](DescribeImageScanFindingsResponse::image_id).
    pub fn set_image_id(mut self, value: rt::Option<ImageIdentifier>) -> Self {
        self.image_id = value;
        self
    }
    /// Sets [`DescribeImageScanFindingsResponse::image_scan_status`](DescribeImageScanFindingsResponse::image_scan_status).
    pub fn image_scan_status(mut self, value: impl rt::Into<ImageScanStatus>) -> Self {
        self.image_scan_status = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageScanFindingsResponse::image_scan_status`](DescribeImageScanFindingsResponse::image_scan_status).
    pub fn set_image_scan_status(mut self, value: rt::Option<ImageScanStatus>) -> Self {
        self.image_scan_status = value;
        self
    }
    /// Sets [`DescribeImageScanFindingsResponse::image_scan_findings`](DescribeImageScanFindingsResponse::image_scan_findings).
    pub fn image_scan_findings(mut self, value: impl rt::Into<ImageScanFindings>) -> Self {
        self.image_scan_findings = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageScanFindingsResponse::image_scan_findings`](DescribeImageScanFindingsResponse::image_scan_findings).
    pub fn set_image_scan_findings(mut self, value: rt::Option<ImageScanFindings>) -> Self {
        self.image_scan_findings = value;
        self
    }
    /// Sets [`DescribeImageScanFindingsResponse::next_token`](DescribeImageScanFindingsResponse::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageScanFindingsResponse::next_token`](DescribeImageScanFindingsResponse::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeImageScanFindingsResponse {
        DescribeImageScanFindingsResponse {
            registry_id: self.registry_id,
            repository_name: self.repository_name,
            image_id: self.image_id,
            image_scan_status: self.image_scan_status,
            image_scan_findings: self.image_scan_findings,
            next_token: self.next_token,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeImageSigningStatusRequest {
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// The image, by digest or tag.
    pub image_id: ImageIdentifier,
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
}
impl DescribeImageSigningStatusRequest {
    /// A builder for this structure.
    pub fn builder() -> DescribeImageSigningStatusRequestBuilder {
        DescribeImageSigningStatusRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeImageSigningStatusRequest {
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`image_id`](Self::image_id).
    pub fn image_id(&self) -> &ImageIdentifier {
        &self.image_id
    }
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
}
/// Builds a [`DescribeImageSigningStatusRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeImageSigningStatusRequestBuilder {
    /// [`DescribeImageSigningStatusRequest::repository_name`](DescribeImageSigningStatusRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`DescribeImageSigningStatusRequest::image_id`](DescribeImageSigningStatusRequest::image_id), if set.
    pub image_id: rt::Option<ImageIdentifier>,
    /// [`DescribeImageSigningStatusRequest::registry_id`](DescribeImageSigningStatusRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
}
impl DescribeImageSigningStatusRequestBuilder {
    /// Sets [`DescribeImageSigningStatusRequest::repository_name`](DescribeImageSigningStatusRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageSigningStatusRequest::repository_name`](DescribeImageSigningStatusRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`DescribeImageSigningStatusRequest::image_id`](DescribeImageSigningStatusRequest::image_id).
    pub fn image_id(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.image_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageSigningStatusRequest::image_id`](DescribeImageSigningStatusRequest::image_id).
    pub fn set_image_id(mut self, value: rt::Option<ImageIdentifier>) -> Self {
        self.image_id = value;
        self
    }
    /// Sets [`DescribeImageSigningStatusRequest::registry_id`](DescribeImageSigningStatusRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageSigningStatusRequest::registry_id`](DescribeImageSigningStatusRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DescribeImageSigningStatusRequest, rt::BuildError> {
        Ok(DescribeImageSigningStatusRequest {
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "DescribeImageSigningStatusRequest",
                member: "repositoryName",
            })?,
            image_id: self.image_id.ok_or(rt::BuildError {
                shape: "DescribeImageSigningStatusRequest",
                member: "imageId",
            })?,
            registry_id: self.registry_id,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeImageSigningStatusResponse {
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::Option<rt::String>,
    /// The image, by digest or tag.
    pub image_id: rt::Option<ImageIdentifier>,
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// One entry per signing profile whose rules matched the image.
    pub signing_statuses: rt::Option<rt::Vec<ImageSigningStatus>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DescribeImageSigningStatusResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DescribeImageSigningStatusResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DescribeImageSigningStatusResponse {
    /// A builder for this structure.
    pub fn builder() -> DescribeImageSigningStatusResponseBuilder {
        DescribeImageSigningStatusResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeImageSigningStatusResponse {
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`image_id`](Self::image_id).
    pub fn image_id(&self) -> rt::Option<&ImageIdentifier> {
        self.image_id.as_ref()
    }
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`signing_statuses`](Self::signing_statuses), empty when unset.
    pub fn signing_statuses(&self) -> &[ImageSigningStatus] {
        self.signing_statuses.as_deref().unwrap_or_default()
    }
}
/// Builds a [`DescribeImageSigningStatusResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeImageSigningStatusResponseBuilder {
    /// [`DescribeImageSigningStatusResponse::repository_name`](DescribeImageSigningStatusResponse::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`DescribeImageSigningStatusResponse::image_id`](DescribeImageSigningStatusResponse::image_id), if set.
    pub image_id: rt::Option<ImageIdentifier>,
    /// [`DescribeImageSigningStatusResponse::registry_id`](DescribeImageSigningStatusResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`DescribeImageSigningStatusResponse::signing_statuses`](DescribeImageSigningStatusResponse::signing_statuses), if set.
    pub signing_statuses: rt::Option<rt::Vec<ImageSigningStatus>>,
}
impl DescribeImageSigningStatusResponseBuilder {
    /// Sets [`DescribeImageSigningStatusResponse::repository_name`](DescribeImageSigningStatusResponse::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageSigningStatusResponse::repository_name`](DescribeImageSigningStatusResponse::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`DescribeImageSigningStatusResponse::image_id`](DescribeImageSigningStatusResponse::image_id).
    pub fn image_id(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.image_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageSigningStatusResponse::image_id`](DescribeImageSigningStatusResponse::image_id).
    pub fn set_image_id(mut self, value: rt::Option<ImageIdentifier>) -> Self {
        self.image_id = value;
        self
    }
    /// Sets [`DescribeImageSigningStatusResponse::registry_id`](DescribeImageSigningStatusResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImageSigningStatusResponse::registry_id`](DescribeImageSigningStatusResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Appends one element to [`DescribeImageSigningStatusResponse::signing_statuses`](DescribeImageSigningStatusResponse::signing_statuses).
    pub fn signing_statuses(mut self, value: impl rt::Into<ImageSigningStatus>) -> Self {
        self.signing_statuses
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`DescribeImageSigningStatusResponse::signing_statuses`](DescribeImageSigningStatusResponse::signing_statuses).
    pub fn set_signing_statuses(mut self, value: rt::Option<rt::Vec<ImageSigningStatus>>) -> Self {
        self.signing_statuses = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeImageSigningStatusResponse {
        DescribeImageSigningStatusResponse {
            repository_name: self.repository_name,
            image_id: self.image_id,
            registry_id: self.registry_id,
            signing_statuses: self.signing_statuses,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Narrows the images that `DescribeImages` describes.
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeImagesFilter {
    /// Describe only tagged images, only untagged images, or any.
    pub tag_status: rt::Option<TagStatus>,
    /// Describe only images in this status, or `ANY`. When left out: active images, unless images are named by `imageIds`, which are described whatever their status.
    pub image_status: rt::Option<ImageStatusFilter>,
}
impl DescribeImagesFilter {
    /// A builder for this structure.
    pub fn builder() -> DescribeImagesFilterBuilder {
        DescribeImagesFilterBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeImagesFilter {
    /// [`tag_status`](Self::tag_status).
    pub fn tag_status(&self) -> rt::Option<&TagStatus> {
        self.tag_status.as_ref()
    }
    /// [`image_status`](Self::image_status).
    pub fn image_status(&self) -> rt::Option<&ImageStatusFilter> {
        self.image_status.as_ref()
    }
}
/// Builds a [`DescribeImagesFilter`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeImagesFilterBuilder {
    /// [`DescribeImagesFilter::tag_status`](DescribeImagesFilter::tag_status), if set.
    pub tag_status: rt::Option<TagStatus>,
    /// [`DescribeImagesFilter::image_status`](DescribeImagesFilter::image_status), if set.
    pub image_status: rt::Option<ImageStatusFilter>,
}
impl DescribeImagesFilterBuilder {
    /// Sets [`DescribeImagesFilter::tag_status`](DescribeImagesFilter::tag_status).
    pub fn tag_status(mut self, value: impl rt::Into<TagStatus>) -> Self {
        self.tag_status = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImagesFilter::tag_status`](DescribeImagesFilter::tag_status).
    pub fn set_tag_status(mut self, value: rt::Option<TagStatus>) -> Self {
        self.tag_status = value;
        self
    }
    /// Sets [`DescribeImagesFilter::image_status`](DescribeImagesFilter::image_status).
    pub fn image_status(mut self, value: impl rt::Into<ImageStatusFilter>) -> Self {
        self.image_status = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImagesFilter::image_status`](DescribeImagesFilter::image_status).
    pub fn set_image_status(mut self, value: rt::Option<ImageStatusFilter>) -> Self {
        self.image_status = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeImagesFilter {
        DescribeImagesFilter {
            tag_status: self.tag_status,
            image_status: self.image_status,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeImagesRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// The images to describe, by digest or tag; all of them when omitted. One that is not there fails the call.
    pub image_ids: rt::Option<rt::Vec<ImageIdentifier>>,
    /// The token for the next page: pass the `nextToken` of the previous response; absent in the last page.
    pub next_token: rt::Option<rt::String>,
    /// The most results to return in one page.
    pub max_results: rt::Option<i32>,
    /// Which images to describe.
    pub filter: rt::Option<DescribeImagesFilter>,
}
impl DescribeImagesRequest {
    /// A builder for this structure.
    pub fn builder() -> DescribeImagesRequestBuilder {
        DescribeImagesRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeImagesRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`image_ids`](Self::image_ids), empty when unset.
    pub fn image_ids(&self) -> &[ImageIdentifier] {
        self.image_ids.as_deref().unwrap_or_default()
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
    /// [`max_results`](Self::max_results).
    pub fn max_results(&self) -> rt::Option<i32> {
        self.max_results
    }
    /// [`filter`](Self::filter).
    pub fn filter(&self) -> rt::Option<&DescribeImagesFilter> {
        self.filter.as_ref()
    }
}
/// Builds a [`DescribeImagesRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeImagesRequestBuilder {
    /// [`DescribeImagesRequest::registry_id`](DescribeImagesRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`DescribeImagesRequest::repository_name`](DescribeImagesRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`DescribeImagesRequest::image_ids`](DescribeImagesRequest::image_ids), if set.
    pub image_ids: rt::Option<rt::Vec<ImageIdentifier>>,
    /// [`DescribeImagesRequest::next_token`](DescribeImagesRequest::next_token), if set.
    pub next_token: rt::Option<rt::String>,
    /// [`DescribeImagesRequest::max_results`](DescribeImagesRequest::max_results), if set.
    pub max_results: rt::Option<i32>,
    /// [`DescribeImagesRequest::filter`](DescribeImagesRequest::filter), if set.
    pub filter: rt::Option<DescribeImagesFilter>,
}
impl DescribeImagesRequestBuilder {
    /// Sets [`DescribeImagesRequest::registry_id`](DescribeImagesRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImagesRequest::registry_id`](DescribeImagesRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`DescribeImagesRequest::repository_name`](DescribeImagesRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImagesRequest::repository_name`](DescribeImagesRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Appends one element to [`DescribeImagesRequest::image_ids`](DescribeImagesRequest::image_ids).
    pub fn image_ids(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.image_ids
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`DescribeImagesRequest::image_ids`](DescribeImagesRequest::image_ids).
    pub fn set_image_ids(mut self, value: rt::Option<rt::Vec<ImageIdentifier>>) -> Self {
        self.image_ids = value;
        self
    }
    /// Sets [`DescribeImagesRequest::next_token`](DescribeImagesRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImagesRequest::next_token`](DescribeImagesRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// Sets [`DescribeImagesRequest::max_results`](DescribeImagesRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.max_results = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImagesRequest::max_results`](DescribeImagesRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.max_results = value;
        self
    }
    /// Sets [`DescribeImagesRequest::filter`](DescribeImagesRequest::filter).
    pub fn filter(mut self, value: impl rt::Into<DescribeImagesFilter>) -> Self {
        self.filter = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImagesRequest::filter`](DescribeImagesRequest::filter).
    pub fn set_filter(mut self, value: rt::Option<DescribeImagesFilter>) -> Self {
        self.filter = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DescribeImagesRequest, rt::BuildError> {
        Ok(DescribeImagesRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "DescribeImagesRequest",
                member: "repositoryName",
            })?,
            image_ids: self.image_ids,
            next_token: self.next_token,
            max_results: self.max_results,
            filter: self.filter,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeImagesResponse {
    /// The images, oldest push first.
    pub image_details: rt::Option<rt::Vec<ImageDetail>>,
    /// The token for the next page: pass the `nextToken` of the previous response; absent in the last page.
    pub next_token: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DescribeImagesResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DescribeImagesResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DescribeImagesResponse {
    /// A builder for this structure.
    pub fn builder() -> DescribeImagesResponseBuilder {
        DescribeImagesResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeImagesResponse {
    /// [`image_details`](Self::image_details), empty when unset.
    pub fn image_details(&self) -> &[ImageDetail] {
        self.image_details.as_deref().unwrap_or_default()
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
}
/// Builds a [`DescribeImagesResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeImagesResponseBuilder {
    /// [`DescribeImagesResponse::image_details`](DescribeImagesResponse::image_details), if set.
    pub image_details: rt::Option<rt::Vec<ImageDetail>>,
    /// [`DescribeImagesResponse::next_token`](DescribeImagesResponse::next_token), if set.
    pub next_token: rt::Option<rt::String>,
}
impl DescribeImagesResponseBuilder {
    /// Appends one element to [`DescribeImagesResponse::image_details`](DescribeImagesResponse::image_details).
    pub fn image_details(mut self, value: impl rt::Into<ImageDetail>) -> Self {
        self.image_details
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`DescribeImagesResponse::image_details`](DescribeImagesResponse::image_details).
    pub fn set_image_details(mut self, value: rt::Option<rt::Vec<ImageDetail>>) -> Self {
        self.image_details = value;
        self
    }
    /// Sets [`DescribeImagesResponse::next_token`](DescribeImagesResponse::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeImagesResponse::next_token`](DescribeImagesResponse::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeImagesResponse {
        DescribeImagesResponse {
            image_details: self.image_details,
            next_token: self.next_token,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribePullThroughCacheRulesRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// Only the rules with these prefixes; a prefix without a rule is an error.
    pub ecr_repository_prefixes: rt::Option<rt::Vec<rt::String>>,
    /// The `nextToken` of the previous page.
    pub next_token: rt::Option<rt::String>,
    /// At most this many rules per page.
    pub max_results: rt::Option<i32>,
}
impl DescribePullThroughCacheRulesRequest {
    /// A builder for this structure.
    pub fn builder() -> DescribePullThroughCacheRulesRequestBuilder {
        DescribePullThroughCacheRulesRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribePullThroughCacheRulesRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`ecr_repository_prefixes`](Self::ecr_repository_prefixes), empty when unset.
    pub fn ecr_repository_prefixes(&self) -> &[rt::String] {
        self.ecr_repository_prefixes.as_deref().unwrap_or_default()
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
    /// [`max_results`](Self::max_results).
    pub fn max_results(&self) -> rt::Option<i32> {
        self.max_results
    }
}
/// Builds a [`DescribePullThroughCacheRulesRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribePullThroughCacheRulesRequestBuilder {
    /// [`DescribePullThroughCacheRulesRequest::registry_id`](DescribePullThroughCacheRulesRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`DescribePullThroughCacheRulesRequest::ecr_repository_prefixes`](DescribePullThroughCacheRulesRequest::ecr_repository_prefixes), if set.
    pub ecr_repository_prefixes: rt::Option<rt::Vec<rt::String>>,
    /// [`DescribePullThroughCacheRulesRequest::next_token`](DescribePullThroughCacheRulesRequest::next_token), if set.
    pub next_token: rt::Option<rt::String>,
    /// [`DescribePullThroughCacheRulesRequest::max_results`](DescribePullThroughCacheRulesRequest::max_results), if set.
    pub max_results: rt::Option<i32>,
}
impl DescribePullThroughCacheRulesRequestBuilder {
    /// Sets [`DescribePullThroughCacheRulesRequest::registry_id`](DescribePullThroughCacheRulesRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribePullThroughCacheRulesRequest::registry_id`](DescribePullThroughCacheRulesRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Appends one element to [`DescribePullThroughCacheRulesRequest::ecr_repository_prefixes`](DescribePullThroughCacheRulesRequest::ecr_repository_prefixes).
    pub fn ecr_repository_prefixes(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ecr_repository_prefixes
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`DescribePullThroughCacheRulesRequest::ecr_repository_prefixes`](DescribePullThroughCacheRulesRequest::ecr_repository_prefixes).
    pub fn set_ecr_repository_prefixes(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.ecr_repository_prefixes = value;
        self
    }
    /// Sets [`DescribePullThroughCacheRulesRequest::next_token`](DescribePullThroughCacheRulesRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`DescribePullThroughCacheRulesRequest::next_token`](DescribePullThroughCacheRulesRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// Sets [`DescribePullThroughCacheRulesRequest::max_results`](DescribePullThroughCacheRulesRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.max_results = Some(value.into());
        self
    }
    /// Sets or clears [`DescribePullThroughCacheRulesRequest::max_results`](DescribePullThroughCacheRulesRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.max_results = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribePullThroughCacheRulesRequest {
        DescribePullThroughCacheRulesRequest {
            registry_id: self.registry_id,
            ecr_repository_prefixes: self.ecr_repository_prefixes,
            next_token: self.next_token,
            max_results: self.max_results,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribePullThroughCacheRulesResponse {
    /// The rules.
    pub pull_through_cache_rules: rt::Option<rt::Vec<PullThroughCacheRule>>,
    /// Pass to the next call for the next page; absent on the last page.
    pub next_token: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DescribePullThroughCacheRulesResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DescribePullThroughCacheRulesResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DescribePullThroughCacheRulesResponse {
    /// A builder for this structure.
    pub fn builder() -> DescribePullThroughCacheRulesResponseBuilder {
        DescribePullThroughCacheRulesResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribePullThroughCacheRulesResponse {
    /// [`pull_through_cache_rules`](Self::pull_through_cache_rules), empty when unset.
    pub fn pull_through_cache_rules(&self) -> &[PullThroughCacheRule] {
        self.pull_through_cache_rules.as_deref().unwrap_or_default()
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
}
/// Builds a [`DescribePullThroughCacheRulesResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribePullThroughCacheRulesResponseBuilder {
    /// [`DescribePullThroughCacheRulesResponse::pull_through_cache_rules`](DescribePullThroughCacheRulesResponse::pull_through_cache_rules), if set.
    pub pull_through_cache_rules: rt::Option<rt::Vec<PullThroughCacheRule>>,
    /// [`DescribePullThroughCacheRulesResponse::next_token`](DescribePullThroughCacheRulesResponse::next_token), if set.
    pub next_token: rt::Option<rt::String>,
}
impl DescribePullThroughCacheRulesResponseBuilder {
    /// Appends one element to [`DescribePullThroughCacheRulesResponse::pull_through_cache_rules`](DescribePullThroughCacheRulesResponse::pull_through_cache_rules).
    pub fn pull_through_cache_rules(mut self, value: impl rt::Into<PullThroughCacheRule>) -> Self {
        self.pull_through_cache_rules
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`DescribePullThroughCacheRulesResponse::pull_through_cache_rules`](DescribePullThroughCacheRulesResponse::pull_through_cache_rules).
    pub fn set_pull_through_cache_rules(
        mut self,
        value: rt::Option<rt::Vec<PullThroughCacheRule>>,
    ) -> Self {
        self.pull_through_cache_rules = value;
        self
    }
    /// Sets [`DescribePullThroughCacheRulesResponse::next_token`](DescribePullThroughCacheRulesResponse::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`DescribePullThroughCacheRulesResponse::next_token`](DescribePullThroughCacheRulesResponse::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribePullThroughCacheRulesResponse {
        DescribePullThroughCacheRulesResponse {
            pull_through_cache_rules: self.pull_through_cache_rules,
            next_token: self.next_token,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeRegistryRequest {}
impl DescribeRegistryRequest {
    /// A builder for this structure.
    pub fn builder() -> DescribeRegistryRequestBuilder {
        DescribeRegistryRequestBuilder::default()
    }
}
/// Builds a [`DescribeRegistryRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeRegistryRequestBuilder {}
impl DescribeRegistryRequestBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeRegistryRequest {
        DescribeRegistryRequest {}
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeRegistryResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// Where images pushed to this registry are copied.
    pub replication_configuration: rt::Option<ReplicationConfiguration>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DescribeRegistryResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DescribeRegistryResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DescribeRegistryResponse {
    /// A builder for this structure.
    pub fn builder() -> DescribeRegistryResponseBuilder {
        DescribeRegistryResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeRegistryResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`replication_configuration`](Self::replication_configuration).
    pub fn replication_configuration(&self) -> rt::Option<&ReplicationConfiguration> {
        self.replication_configuration.as_ref()
    }
}
/// Builds a [`DescribeRegistryResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeRegistryResponseBuilder {
    /// [`DescribeRegistryResponse::registry_id`](DescribeRegistryResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`DescribeRegistryResponse::replication_configuration`](DescribeRegistryResponse::replication_configuration), if set.
    pub replication_configuration: rt::Option<ReplicationConfiguration>,
}
impl DescribeRegistryResponseBuilder {
    /// Sets [`DescribeRegistryResponse::registry_id`](DescribeRegistryResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeRegistryResponse::registry_id`](DescribeRegistryResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`DescribeRegistryResponse::replication_configuration`](DescribeRegistryResponse::replication_configuration).
    pub fn replication_configuration(
        mut self,
        value: impl rt::Into<ReplicationConfiguration>,
    ) -> Self {
        self.replication_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeRegistryResponse::replication_configuration`](DescribeRegistryResponse::replication_configuration).
    pub fn set_replication_configuration(
        mut self,
        value: rt::Option<ReplicationConfiguration>,
    ) -> Self {
        self.replication_configuration = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeRegistryResponse {
        DescribeRegistryResponse {
            registry_id: self.registry_id,
            replication_configuration: self.replication_configuration,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeRepositoriesRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The repositories to describe; all of them when omitted.
    pub repository_names: rt::Option<rt::Vec<rt::String>>,
    /// The token for the next page: pass the `nextToken` of the previous response; absent in the last page.
    pub next_token: rt::Option<rt::String>,
    /// The most results to return in one page.
    pub max_results: rt::Option<i32>,
}
impl DescribeRepositoriesRequest {
    /// A builder for this structure.
    pub fn builder() -> DescribeRepositoriesRequestBuilder {
        DescribeRepositoriesRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeRepositoriesRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_names`](Self::repository_names), empty when unset.
    pub fn repository_names(&self) -> &[rt::String] {
        self.repository_names.as_deref().unwrap_or_default()
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
    /// [`max_results`](Self::max_results).
    pub fn max_results(&self) -> rt::Option<i32> {
        self.max_results
    }
}
/// Builds a [`DescribeRepositoriesRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeRepositoriesRequestBuilder {
    /// [`DescribeRepositoriesRequest::registry_id`](DescribeRepositoriesRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`DescribeRepositoriesRequest::repository_names`](DescribeRepositoriesRequest::repository_names), if set.
    pub repository_names: rt::Option<rt::Vec<rt::String>>,
    /// [`DescribeRepositoriesRequest::next_token`](DescribeRepositoriesRequest::next_token), if set.
    pub next_token: rt::Option<rt::String>,
    /// [`DescribeRepositoriesRequest::max_results`](DescribeRepositoriesRequest::max_results), if set.
    pub max_results: rt::Option<i32>,
}
impl DescribeRepositoriesRequestBuilder {
    /// Sets [`DescribeRepositoriesRequest::registry_id`](DescribeRepositoriesRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeRepositoriesRequest::registry_id`](DescribeRepositoriesRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Appends one element to [`DescribeRepositoriesRequest::repository_names`](DescribeRepositoriesRequest::repository_names).
    pub fn repository_names(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_names
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`DescribeRepositoriesRequest::repository_names`](DescribeRepositoriesRequest::repository_names).
    pub fn set_repository_names(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.repository_names = value;
        self
    }
    /// Sets [`DescribeRepositoriesRequest::next_token`](DescribeRepositoriesRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeRepositoriesRequest::next_token`](DescribeRepositoriesRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// Sets [`DescribeRepositoriesRequest::max_results`](DescribeRepositoriesRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.max_results = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeRepositoriesRequest::max_results`](DescribeRepositoriesRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.max_results = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeRepositoriesRequest {
        DescribeRepositoriesRequest {
            registry_id: self.registry_id,
            repository_names: self.repository_names,
            next_token: self.next_token,
            max_results: self.max_results,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeRepositoriesResponse {
    /// The repositories of this page.
    pub repositories: rt::Option<rt::Vec<Repository>>,
    /// The token for the next page: pass the `nextToken` of the previous response; absent in the last page.
    pub next_token: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DescribeRepositoriesResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DescribeRepositoriesResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DescribeRepositoriesResponse {
    /// A builder for this structure.
    pub fn builder() -> DescribeRepositoriesResponseBuilder {
        DescribeRepositoriesResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeRepositoriesResponse {
    /// [`repositories`](Self::repositories), empty when unset.
    pub fn repositories(&self) -> &[Repository] {
        self.repositories.as_deref().unwrap_or_default()
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
}
/// Builds a [`DescribeRepositoriesResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeRepositoriesResponseBuilder {
    /// [`DescribeRepositoriesResponse::repositories`](DescribeRepositoriesResponse::repositories), if set.
    pub repositories: rt::Option<rt::Vec<Repository>>,
    /// [`DescribeRepositoriesResponse::next_token`](DescribeRepositoriesResponse::next_token), if set.
    pub next_token: rt::Option<rt::String>,
}
impl DescribeRepositoriesResponseBuilder {
    /// Appends one element to [`DescribeRepositoriesResponse::repositories`](DescribeRepositoriesResponse::repositories).
    pub fn repositories(mut self, value: impl rt::Into<Repository>) -> Self {
        self.repositories
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`DescribeRepositoriesResponse::repositories`](DescribeRepositoriesResponse::repositories).
    pub fn set_repositories(mut self, value: rt::Option<rt::Vec<Repository>>) -> Self {
        self.repositories = value;
        self
    }
    /// Sets [`DescribeRepositoriesResponse::next_token`](DescribeRepositoriesResponse::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeRepositoriesResponse::next_token`](DescribeRepositoriesResponse::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeRepositoriesResponse {
        DescribeRepositoriesResponse {
            repositories: self.repositories,
            next_token: self.next_token,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeRepositoryCreationTemplatesRequest {
    /// The prefixes whose templates to list; all templates when left out.
    pub prefixes: rt::Option<rt::Vec<rt::String>>,
    /// The token for the next page: pass the `nextToken` of the previous response; absent in the last page.
    pub next_token: rt::Option<rt::String>,
    /// The most results to return in one page.
    pub max_results: rt::Option<i32>,
}
impl DescribeRepositoryCreationTemplatesRequest {
    /// A builder for this structure.
    pub fn builder() -> DescribeRepositoryCreationTemplatesRequestBuilder {
        DescribeRepositoryCreationTemplatesRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeRepositoryCreationTemplatesRequest {
    /// [`prefixes`](Self::prefixes), empty when unset.
    pub fn prefixes(&self) -> &[rt::String] {
        self.prefixes.as_deref().unwrap_or_default()
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
    /// [`max_results`](Self::max_results).
    pub fn max_results(&self) -> rt::Option<i32> {
        self.max_results
    }
}
/// Builds a [`DescribeRepositoryCreationTemplatesRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeRepositoryCreationTemplatesRequestBuilder {
    /// [`DescribeRepositoryCreationTemplatesRequest::prefixes`](DescribeRepositoryCreationTemplatesRequest::prefixes), if set.
    pub prefixes: rt::Option<rt::Vec<rt::String>>,
    /// [`DescribeRepositoryCreationTemplatesRequest::next_token`](DescribeRepositoryCreationTemplatesRequest::next_token), if set.
    pub next_token: rt::Option<rt::String>,
    /// [`DescribeRepositoryCreationTemplatesRequest::max_results`](DescribeRepositoryCreationTemplatesRequest::max_results), if set.
    pub max_results: rt::Option<i32>,
}
impl DescribeRepositoryCreationTemplatesRequestBuilder {
    /// Appends one element to [`DescribeRepositoryCreationTemplatesRequest::prefixes`](DescribeRepositoryCreationTemplatesRequest::prefixes).
    pub fn prefixes(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.prefixes
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`DescribeRepositoryCreationTemplatesRequest::prefixes`](DescribeRepositoryCreationTemplatesRequest::prefixes).
    pub fn set_prefixes(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.prefixes = value;
        self
    }
    /// Sets [`DescribeRepositoryCreationTemplatesRequest::next_token`](DescribeRepositoryCreationTemplatesRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeRepositoryCreationTemplatesRequest::next_token`](DescribeRepositoryCreationTemplatesRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// Sets [`DescribeRepositoryCreationTemplatesRequest::max_results`](DescribeRepositoryCreationTemplatesRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.max_results = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeRepositoryCreationTemplatesRequest::max_results`](DescribeRepositoryCreationTemplatesRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.max_results = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeRepositoryCreationTemplatesRequest {
        DescribeRepositoryCreationTemplatesRequest {
            prefixes: self.prefixes,
            next_token: self.next_token,
            max_results: self.max_results,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeRepositoryCreationTemplatesResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The templates.
    pub repository_creation_templates: rt::Option<rt::Vec<RepositoryCreationTemplate>>,
    /// The token for the next page: pass the `nextToken` of the previous response; absent in the last page.
    pub next_token: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DescribeRepositoryCreationTemplatesResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DescribeRepositoryCreationTemplatesResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DescribeRepositoryCreationTemplatesResponse {
    /// A builder for this structure.
    pub fn builder() -> DescribeRepositoryCreationTemplatesResponseBuilder {
        DescribeRepositoryCreationTemplatesResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeRepositoryCreationTemplatesResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_creation_templates`](Self::repository_creation_templates), empty when unset.
    pub fn repository_creation_templates(&self) -> &[RepositoryCreationTemplate] {
        self.repository_creation_templates
            .as_deref()
            .unwrap_or_default()
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
}
/// Builds a [`DescribeRepositoryCreationTemplatesResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeRepositoryCreationTemplatesResponseBuilder {
    /// [`DescribeRepositoryCreationTemplatesResponse::registry_id`](DescribeRepositoryCreationTemplatesResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`DescribeRepositoryCreationTemplatesResponse::repository_creation_templates`](DescribeRepositoryCreationTemplatesResponse::repository_creation_templates), if set.
    pub repository_creation_templates: rt::Option<rt::Vec<RepositoryCreationTemplate>>,
    /// [`DescribeRepositoryCreationTemplatesResponse::next_token`](DescribeRepositoryCreationTemplatesResponse::next_token), if set.
    pub next_token: rt::Option<rt::String>,
}
impl DescribeRepositoryCreationTemplatesResponseBuilder {
    /// Sets [`DescribeRepositoryCreationTemplatesResponse::registry_id`](DescribeRepositoryCreationTemplatesResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeRepositoryCreationTemplatesResponse::registry_id`](DescribeRepositoryCreationTemplatesResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Appends one element to [`DescribeRepositoryCreationTemplatesResponse::repository_creation_templates`](DescribeRepositoryCreationTemplatesResponse::repository_creation_templates).
    pub fn repository_creation_templates(
        mut self,
        value: impl rt::Into<RepositoryCreationTemplate>,
    ) -> Self {
        self.repository_creation_templates
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`DescribeRepositoryCreationTemplatesResponse::repository_creation_templates`](DescribeRepositoryCreationTemplatesResponse::repository_creation_templates).
    pub fn set_repository_creation_templates(
        mut self,
        value: rt::Option<rt::Vec<RepositoryCreationTemplate>>,
    ) -> Self {
        self.repository_creation_templates = value;
        self
    }
    /// Sets [`DescribeRepositoryCreationTemplatesResponse::next_token`](DescribeRepositoryCreationTemplatesResponse::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeRepositoryCreationTemplatesResponse::next_token`](DescribeRepositoryCreationTemplatesResponse::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeRepositoryCreationTemplatesResponse {
        DescribeRepositoryCreationTemplatesResponse {
            registry_id: self.registry_id,
            repository_creation_templates: self.repository_creation_templates,
            next_token: self.next_token,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// How the images of a repository are encrypted at rest.
#[derive(Clone, Debug, PartialEq)]
pub struct EncryptionConfiguration {
    /// The encryption to use.
    pub encryption_type: EncryptionType,
    /// The key to encrypt with, when the encryption type uses a key management service.
    pub kms_key: rt::Option<rt::String>,
}
impl EncryptionConfiguration {
    /// A builder for this structure.
    pub fn builder() -> EncryptionConfigurationBuilder {
        EncryptionConfigurationBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl EncryptionConfiguration {
    /// [`encryption_type`](Self::encryption_type).
    pub fn encryption_type(&self) -> &EncryptionType {
        &self.encryption_type
    }
    /// [`kms_key`](Self::kms_key).
    pub fn kms_key(&self) -> rt::Option<&str> {
        self.kms_key.as_deref()
    }
}
/// Builds a [`EncryptionConfiguration`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EncryptionConfigurationBuilder {
    /// [`EncryptionConfiguration::encryption_type`](EncryptionConfiguration::encryption_type), if set.
    pub encryption_type: rt::Option<EncryptionType>,
    /// [`EncryptionConfiguration::kms_key`](EncryptionConfiguration::kms_key), if set.
    pub kms_key: rt::Option<rt::String>,
}
impl EncryptionConfigurationBuilder {
    /// Sets [`EncryptionConfiguration::encryption_type`](EncryptionConfiguration::encryption_type).
    pub fn encryption_type(mut self, value: impl rt::Into<EncryptionType>) -> Self {
        self.encryption_type = Some(value.into());
        self
    }
    /// Sets or clears [`EncryptionConfiguration::encryption_type`](EncryptionConfiguration::encryption_type).
    pub fn set_encryption_type(mut self, value: rt::Option<EncryptionType>) -> Self {
        self.encryption_type = value;
        self
    }
    /// Sets [`EncryptionConfiguration::kms_key`](EncryptionConfiguration::kms_key).
    pub fn kms_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.kms_key = Some(value.into());
        self
    }
    /// Sets or clears [`EncryptionConfiguration::kms_key`](EncryptionConfiguration::kms_key).
    pub fn set_kms_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.kms_key = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<EncryptionConfiguration, rt::BuildError> {
        Ok(EncryptionConfiguration {
            encryption_type: self.encryption_type.ok_or(rt::BuildError {
                shape: "EncryptionConfiguration",
                member: "encryptionType",
            })?,
            kms_key: self.kms_key,
        })
    }
}
/// How repositories created from a template encrypt their images.
#[derive(Clone, Debug, PartialEq)]
pub struct EncryptionConfigurationForRepositoryCreationTemplate {
    /// The encryption to use.
    pub encryption_type: EncryptionType,
    /// The key to encrypt with, when the encryption type uses a key management service.
    pub kms_key: rt::Option<rt::String>,
}
impl EncryptionConfigurationForRepositoryCreationTemplate {
    /// A builder for this structure.
    pub fn builder() -> EncryptionConfigurationForRepositoryCreationTemplateBuilder {
        EncryptionConfigurationForRepositoryCreationTemplateBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl EncryptionConfigurationForRepositoryCreationTemplate {
    /// [`encryption_type`](Self::encryption_type).
    pub fn encryption_type(&self) -> &EncryptionType {
        &self.encryption_type
    }
    /// [`kms_key`](Self::kms_key).
    pub fn kms_key(&self) -> rt::Option<&str> {
        self.kms_key.as_deref()
    }
}
/// Builds a [`EncryptionConfigurationForRepositoryCreationTemplate`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EncryptionConfigurationForRepositoryCreationTemplateBuilder {
    /// [`EncryptionConfigurationForRepositoryCreationTemplate::encryption_type`](EncryptionConfigurationForRepositoryCreationTemplate::encryption_type), if set.
    pub encryption_type: rt::Option<EncryptionType>,
    /// [`EncryptionConfigurationForRepositoryCreationTemplate::kms_key`](EncryptionConfigurationForRepositoryCreationTemplate::kms_key), if set.
    pub kms_key: rt::Option<rt::String>,
}
impl EncryptionConfigurationForRepositoryCreationTemplateBuilder {
    /// Sets [`EncryptionConfigurationForRepositoryCreationTemplate::encryption_type`](EncryptionConfigurationForRepositoryCreationTemplate::encryption_type).
    pub fn encryption_type(mut self, value: impl rt::Into<EncryptionType>) -> Self {
        self.encryption_type = Some(value.into());
        self
    }
    /// Sets or clears [`EncryptionConfigurationForRepositoryCreationTemplate::encryption_type`](EncryptionConfigurationForRepositoryCreationTemplate::encryption_type).
    pub fn set_encryption_type(mut self, value: rt::Option<EncryptionType>) -> Self {
        self.encryption_type = value;
        self
    }
    /// Sets [`EncryptionConfigurationForRepositoryCreationTemplate::kms_key`](EncryptionConfigurationForRepositoryCreationTemplate::kms_key).
    pub fn kms_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.kms_key = Some(value.into());
        self
    }
    /// Sets or clears [`EncryptionConfigurationForRepositoryCreationTemplate::kms_key`](EncryptionConfigurationForRepositoryCreationTemplate::kms_key).
    pub fn set_kms_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.kms_key = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(
        self,
    ) -> rt::Result<EncryptionConfigurationForRepositoryCreationTemplate, rt::BuildError> {
        Ok(EncryptionConfigurationForRepositoryCreationTemplate {
            encryption_type: self.encryption_type.ok_or(rt::BuildError {
                shape: "EncryptionConfigurationForRepositoryCreationTemplate",
                member: "encryptionType",
            })?,
            kms_key: self.kms_key,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetAccountSettingRequest {
    /// The setting, `BASIC_SCAN_TYPE_VERSION` or `REGISTRY_POLICY_SCOPE`.
    pub name: rt::String,
}
impl GetAccountSettingRequest {
    /// A builder for this structure.
    pub fn builder() -> GetAccountSettingRequestBuilder {
        GetAccountSettingRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetAccountSettingRequest {
    /// [`name`](Self::name).
    pub fn name(&self) -> &str {
        &self.name
    }
}
/// Builds a [`GetAccountSettingRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetAccountSettingRequestBuilder {
    /// [`GetAccountSettingRequest::name`](GetAccountSettingRequest::name), if set.
    pub name: rt::Option<rt::String>,
}
impl GetAccountSettingRequestBuilder {
    /// Sets [`GetAccountSettingRequest::name`](GetAccountSettingRequest::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears [`GetAccountSettingRequest::name`](GetAccountSettingRequest::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.name = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<GetAccountSettingRequest, rt::BuildError> {
        Ok(GetAccountSettingRequest {
            name: self.name.ok_or(rt::BuildError {
                shape: "GetAccountSettingRequest",
                member: "name",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetAccountSettingResponse {
    /// The setting.
    pub name: rt::Option<rt::String>,
    /// The value in force.
    pub value: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetAccountSettingResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetAccountSettingResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetAccountSettingResponse {
    /// A builder for this structure.
    pub fn builder() -> GetAccountSettingResponseBuilder {
        GetAccountSettingResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetAccountSettingResponse {
    /// [`name`](Self::name).
    pub fn name(&self) -> rt::Option<&str> {
        self.name.as_deref()
    }
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
}
/// Builds a [`GetAccountSettingResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetAccountSettingResponseBuilder {
    /// [`GetAccountSettingResponse::name`](GetAccountSettingResponse::name), if set.
    pub name: rt::Option<rt::String>,
    /// [`GetAccountSettingResponse::value`](GetAccountSettingResponse::value), if set.
    pub value: rt::Option<rt::String>,
}
impl GetAccountSettingResponseBuilder {
    /// Sets [`GetAccountSettingResponse::name`](GetAccountSettingResponse::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears [`GetAccountSettingResponse::name`](GetAccountSettingResponse::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.name = value;
        self
    }
    /// Sets [`GetAccountSettingResponse::value`](GetAccountSettingResponse::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`GetAccountSettingResponse::value`](GetAccountSettingResponse::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetAccountSettingResponse {
        GetAccountSettingResponse {
            name: self.name,
            value: self.value,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetAuthorizationTokenRequest {
    /// The registries to get tokens for; the caller's own when omitted.
    pub registry_ids: rt::Option<rt::Vec<rt::String>>,
}
impl GetAuthorizationTokenRequest {
    /// A builder for this structure.
    pub fn builder() -> GetAuthorizationTokenRequestBuilder {
        GetAuthorizationTokenRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetAuthorizationTokenRequest {
    /// [`registry_ids`](Self::registry_ids), empty when unset.
    pub fn registry_ids(&self) -> &[rt::String] {
        self.registry_ids.as_deref().unwrap_or_default()
    }
}
/// Builds a [`GetAuthorizationTokenRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetAuthorizationTokenRequestBuilder {
    /// [`GetAuthorizationTokenRequest::registry_ids`](GetAuthorizationTokenRequest::registry_ids), if set.
    pub registry_ids: rt::Option<rt::Vec<rt::String>>,
}
impl GetAuthorizationTokenRequestBuilder {
    /// Appends one element to [`GetAuthorizationTokenRequest::registry_ids`](GetAuthorizationTokenRequest::registry_ids).
    pub fn registry_ids(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_ids
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`GetAuthorizationTokenRequest::registry_ids`](GetAuthorizationTokenRequest::registry_ids).
    pub fn set_registry_ids(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.registry_ids = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetAuthorizationTokenRequest {
        GetAuthorizationTokenRequest {
            registry_ids: self.registry_ids,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetAuthorizationTokenResponse {
    /// One credential per requested registry.
    pub authorization_data: rt::Option<rt::Vec<AuthorizationData>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetAuthorizationTokenResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetAuthorizationTokenResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetAuthorizationTokenResponse {
    /// A builder for this structure.
    pub fn builder() -> GetAuthorizationTokenResponseBuilder {
        GetAuthorizationTokenResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetAuthorizationTokenResponse {
    /// [`authorization_data`](Self::authorization_data), empty when unset.
    pub fn authorization_data(&self) -> &[AuthorizationData] {
        self.authorization_data.as_deref().unwrap_or_default()
    }
}
/// Builds a [`GetAuthorizationTokenResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetAuthorizationTokenResponseBuilder {
    /// [`GetAuthorizationTokenResponse::authorization_data`](GetAuthorizationTokenResponse::authorization_data), if set.
    pub authorization_data: rt::Option<rt::Vec<AuthorizationData>>,
}
impl GetAuthorizationTokenResponseBuilder {
    /// Appends one element to [`GetAuthorizationTokenResponse::authorization_data`](GetAuthorizationTokenResponse::authorization_data).
    pub fn authorization_data(mut self, value: impl rt::Into<AuthorizationData>) -> Self {
        self.authorization_data
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`GetAuthorizationTokenResponse::authorization_data`](GetAuthorizationTokenResponse::authorization_data).
    pub fn set_authorization_data(mut self, value: rt::Option<rt::Vec<AuthorizationData>>) -> Self {
        self.authorization_data = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetAuthorizationTokenResponse {
        GetAuthorizationTokenResponse {
            authorization_data: self.authorization_data,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetDownloadUrlForLayerRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// The digest of the layer's content, such as `sha256:` followed by 64 hex digits.
    pub layer_digest: rt::String,
}
impl GetDownloadUrlForLayerRequest {
    /// A builder for this structure.
    pub fn builder() -> GetDownloadUrlForLayerRequestBuilder {
        GetDownloadUrlForLayerRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetDownloadUrlForLayerRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`layer_digest`](Self::layer_digest).
    pub fn layer_digest(&self) -> &str {
        &self.layer_digest
    }
}
/// Builds a [`GetDownloadUrlForLayerRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetDownloadUrlForLayerRequestBuilder {
    /// [`GetDownloadUrlForLayerRequest::registry_id`](GetDownloadUrlForLayerRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`GetDownloadUrlForLayerRequest::repository_name`](GetDownloadUrlForLayerRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`GetDownloadUrlForLayerRequest::layer_digest`](GetDownloadUrlForLayerRequest::layer_digest), if set.
    pub layer_digest: rt::Option<rt::String>,
}
impl GetDownloadUrlForLayerRequestBuilder {
    /// Sets [`GetDownloadUrlForLayerRequest::registry_id`](GetDownloadUrlForLayerRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetDownloadUrlForLayerRequest::registry_id`](GetDownloadUrlForLayerRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`GetDownloadUrlForLayerRequest::repository_name`](GetDownloadUrlForLayerRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`GetDownloadUrlForLayerRequest::repository_name`](GetDownloadUrlForLayerRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`GetDownloadUrlForLayerRequest::layer_digest`](GetDownloadUrlForLayerRequest::layer_digest).
    pub fn layer_digest(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.layer_digest = Some(value.into());
        self
    }
    /// Sets or clears [`GetDownloadUrlForLayerRequest::layer_digest`](GetDownloadUrlForLayerRequest::layer_digest).
    pub fn set_layer_digest(mut self, value: rt::Option<rt::String>) -> Self {
        self.layer_digest = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<GetDownloadUrlForLayerRequest, rt::BuildError> {
        Ok(GetDownloadUrlForLayerRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "GetDownloadUrlForLayerRequest",
                member: "repositoryName",
            })?,
            layer_digest: self.layer_digest.ok_or(rt::BuildError {
                shape: "GetDownloadUrlForLayerRequest",
                member: "layerDigest",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetDownloadUrlForLayerResponse {
    /// A pre-signed URL that serves the layer's content with a plain HTTP GET until it expires.
    pub download_url: rt::Option<rt::String>,
    /// The digest of the layer's content, such as `sha256:` followed by 64 hex digits.
    pub layer_digest: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetDownloadUrlForLayerResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetDownloadUrlForLayerResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetDownloadUrlForLayerResponse {
    /// A builder for this structure.
    pub fn builder() -> GetDownloadUrlForLayerResponseBuilder {
        GetDownloadUrlForLayerResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetDownloadUrlForLayerResponse {
    /// [`download_url`](Self::download_url).
    pub fn download_url(&self) -> rt::Option<&str> {
        self.download_url.as_deref()
    }
    /// [`layer_digest`](Self::layer_digest).
    pub fn layer_digest(&self) -> rt::Option<&str> {
        self.layer_digest.as_deref()
    }
}
/// Builds a [`GetDownloadUrlForLayerResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetDownloadUrlForLayerResponseBuilder {
    /// [`GetDownloadUrlForLayerResponse::download_url`](GetDownloadUrlForLayerResponse::download_url), if set.
    pub download_url: rt::Option<rt::String>,
    /// [`GetDownloadUrlForLayerResponse::layer_digest`](GetDownloadUrlForLayerResponse::layer_digest), if set.
    pub layer_digest: rt::Option<rt::String>,
}
impl GetDownloadUrlForLayerResponseBuilder {
    /// Sets [`GetDownloadUrlForLayerResponse::download_url`](GetDownloadUrlForLayerResponse::download_url).
    pub fn download_url(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.download_url = Some(value.into());
        self
    }
    /// Sets or clears [`GetDownloadUrlForLayerResponse::download_url`](GetDownloadUrlForLayerResponse::download_url).
    pub fn set_download_url(mut self, value: rt::Option<rt::String>) -> Self {
        self.download_url = value;
        self
    }
    /// Sets [`GetDownloadUrlForLayerResponse::layer_digest`](GetDownloadUrlForLayerResponse::layer_digest).
    pub fn layer_digest(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.layer_digest = Some(value.into());
        self
    }
    /// Sets or clears [`GetDownloadUrlForLayerResponse::layer_digest`](GetDownloadUrlForLayerResponse::layer_digest).
    pub fn set_layer_digest(mut self, value: rt::Option<rt::String>) -> Self {
        self.layer_digest = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetDownloadUrlForLayerResponse {
        GetDownloadUrlForLayerResponse {
            download_url: self.download_url,
            layer_digest: self.layer_digest,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetLifecyclePolicyPreviewRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// Only these images, by digest or tag.
    pub image_ids: rt::Option<rt::Vec<ImageIdentifier>>,
    /// The token for the next page: pass the `nextToken` of the previous response; absent in the last page.
    pub next_token: rt::Option<rt::String>,
    /// The most results to return in one page.
    pub max_results: rt::Option<i32>,
    /// Only tagged, or only untagged, images.
    pub filter: rt::Option<LifecyclePolicyPreviewFilter>,
}
impl GetLifecyclePolicyPreviewRequest {
    /// A builder for this structure.
    pub fn builder() -> GetLifecyclePolicyPreviewRequestBuilder {
        GetLifecyclePolicyPreviewRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetLifecyclePolicyPreviewRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`image_ids`](Self::image_ids), empty when unset.
    pub fn image_ids(&self) -> &[ImageIdentifier] {
        self.image_ids.as_deref().unwrap_or_default()
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
    /// [`max_results`](Self::max_results).
    pub fn max_results(&self) -> rt::Option<i32> {
        self.max_results
    }
    /// [`filter`](Self::filter).
    pub fn filter(&self) -> rt::Option<&LifecyclePolicyPreviewFilter> {
        self.filter.as_ref()
    }
}
/// Builds a [`GetLifecyclePolicyPreviewRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetLifecyclePolicyPreviewRequestBuilder {
    /// [`GetLifecyclePolicyPreviewRequest::registry_id`](GetLifecyclePolicyPreviewRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`GetLifecyclePolicyPreviewRequest::repository_name`](GetLifecyclePolicyPreviewRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`GetLifecyclePolicyPreviewRequest::image_ids`](GetLifecyclePolicyPreviewRequest::image_ids), if set.
    pub image_ids: rt::Option<rt::Vec<ImageIdentifier>>,
    /// [`GetLifecyclePolicyPreviewRequest::next_token`](GetLifecyclePolicyPreviewRequest::next_token), if set.
    pub next_token: rt::Option<rt::String>,
    /// [`GetLifecyclePolicyPreviewRequest::max_results`](GetLifecyclePolicyPreviewRequest::max_results), if set.
    pub max_results: rt::Option<i32>,
    /// [`GetLifecyclePolicyPreviewRequest::filter`](GetLifecyclePolicyPreviewRequest::filter), if set.
    pub filter: rt::Option<LifecyclePolicyPreviewFilter>,
}
impl GetLifecyclePolicyPreviewRequestBuilder {
    /// Sets [`GetLifecyclePolicyPreviewRequest::registry_id`](GetLifecyclePolicyPreviewRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetLifecyclePolicyPreviewRequest::registry_id`](GetLifecyclePolicyPreviewRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`GetLifecyclePolicyPreviewRequest::repository_name`](GetLifecyclePolicyPreviewRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`GetLifecyclePolicyPreviewRequest::repository_name`](GetLifecyclePolicyPreviewRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Appends one element to [`GetLifecyclePolicyPreviewRequest::image_ids`](GetLifecyclePolicyPreviewRequest::image_ids).
    pub fn image_ids(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.image_ids
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`GetLifecyclePolicyPreviewRequest::image_ids`](GetLifecyclePolicyPreviewRequest::image_ids).
    pub fn set_image_ids(mut self, value: rt::Option<rt::Vec<ImageIdentifier>>) -> Self {
        self.image_ids = value;
        self
    }
    /// Sets [`GetLifecyclePolicyPreviewRequest::next_token`](GetLifecyclePolicyPreviewRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`GetLifecyclePolicyPreviewRequest::next_token`](GetLifecyclePolicyPreviewRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// Sets [`GetLifecyclePolicyPreviewRequest::max_results`](GetLifecyclePolicyPreviewRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.max_results = Some(value.into());
        self
    }
    /// Sets or clears [`GetLifecyclePolicyPreviewRequest::max_results`](GetLifecyclePolicyPreviewRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.max_results = value;
        self
    }
    /// Sets [`GetLifecyclePolicyPreviewRequest::filter`](GetLifecyclePolicyPreviewRequest::filter).
    pub fn filter(mut self, value: impl rt::Into<LifecyclePolicyPreviewFilter>) -> Self {
        self.filter = Some(value.into());
        self
    }
    /// Sets or clears [`GetLifecyclePolicyPreviewRequest::filter`](GetLifecyclePolicyPreviewRequest::filter).
    pub fn set_filter(mut self, value: rt::Option<LifecyclePolicyPreviewFilter>) -> Self {
        self.filter = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<GetLifecyclePolicyPreviewRequest, rt::BuildError> {
        Ok(GetLifecyclePolicyPreviewRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "GetLifecyclePolicyPreviewRequest",
                member: "repositoryName",
            })?,
            image_ids: self.image_ids,
            next_token: self.next_token,
            max_results: self.max_results,
            filter: self.filter,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetLifecyclePolicyPreviewResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The repository.
    pub repository_name: rt::Option<rt::String>,
    /// The policy tried.
    pub lifecycle_policy_text: rt::Option<rt::String>,
    /// Where the preview stands.
    pub status: rt::Option<LifecyclePolicyPreviewStatus>,
    /// The token for the next page: pass the `nextToken` of the previous response; absent in the last page.
    pub next_token: rt::Option<rt::String>,
    /// The images that would expire.
    pub preview_results: rt::Option<rt::Vec<LifecyclePolicyPreviewResult>>,
    /// How many images would expire.
    pub summary: rt::Option<LifecyclePolicyPreviewSummary>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetLifecyclePolicyPreviewResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetLifecyclePolicyPreviewResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetLifecyclePolicyPreviewResponse {
    /// A builder for this structure.
    pub fn builder() -> GetLifecyclePolicyPreviewResponseBuilder {
        GetLifecyclePolicyPreviewResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetLifecyclePolicyPreviewResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`lifecycle_policy_text`](Self::lifecycle_policy_text).
    pub fn lifecycle_policy_text(&self) -> rt::Option<&str> {
        self.lifecycle_policy_text.as_deref()
    }
    /// [`status`](Self::status).
    pub fn status(&self) -> rt::Option<&LifecyclePolicyPreviewStatus> {
        self.status.as_ref()
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
    /// [`preview_results`](Self::preview_results), empty when unset.
    pub fn preview_results(&self) -> &[LifecyclePolicyPreviewResult] {
        self.preview_results.as_deref().unwrap_or_default()
    }
    /// [`summary`](Self::summary).
    pub fn summary(&self) -> rt::Option<&LifecyclePolicyPreviewSummary> {
        self.summary.as_ref()
    }
}
/// Builds a [`GetLifecyclePolicyPreviewResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetLifecyclePolicyPreviewResponseBuilder {
    /// [`GetLifecyclePolicyPreviewResponse::registry_id`](GetLifecyclePolicyPreviewResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`GetLifecyclePolicyPreviewResponse::repository_name`](GetLifecyclePolicyPreviewResponse::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`GetLifecyclePolicyPreviewResponse::lifecycle_policy_text`](GetLifecyclePolicyPreviewResponse::lifecycle_policy_text), if set.
    pub lifecycle_policy_text: rt::Option<rt::String>,
    /// [`GetLifecyclePolicyPreviewResponse::status`](GetLifecyclePolicyPreviewResponse::status), if set.
    pub status: rt::Option<LifecyclePolicyPreviewStatus>,
    /// [`GetLifecyclePolicyPreviewResponse::next_token`](GetLifecyclePolicyPreviewResponse::next_token), if set.
    pub next_token: rt::Option<rt::String>,
    /// [`GetLifecyclePolicyPreviewResponse::preview_results`](GetLifecyclePolicyPreviewResponse::preview_results), if set.
    pub preview_results: rt::Option<rt::Vec<LifecyclePolicyPreviewResult>>,
    /// [`GetLifecyclePolicyPreviewResponse::summary`](GetLifecyclePolicyPreviewResponse::summary), if set.
    pub summary: rt::Option<LifecyclePolicyPreviewSummary>,
}
impl GetLifecyclePolicyPreviewResponseBuilder {
    /// Sets [`GetLifecyclePolicyPreviewResponse::registry_id`](GetLifecyclePolicyPreviewResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetLifecyclePolicyPreviewResponse::registry_id`](GetLifecyclePolicyPreviewResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`GetLifecyclePolicyPreviewResponse::repository_name`](GetLifecyclePolicyPreviewResponse::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`GetLifecyclePolicyPreviewResponse::repository_name`](GetLifecyclePolicyPreviewResponse::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`GetLifecyclePolicyPreviewResponse::lifecycle_policy_text`](GetLifecyclePolicyPreviewResponse::lifecycle_policy_text).
    pub fn lifecycle_policy_text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.lifecycle_policy_text = Some(value.into());
        self
    }
    /// Sets or clears [`GetLifecyclePolicyPreviewResponse::lifecycle_policy_text`](GetLifecyclePolicyPreviewResponse::lifecycle_policy_text).
    pub fn set_lifecycle_policy_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.lifecycle_policy_text = value;
        self
    }
    /// Sets [`GetLifecyclePolicyPreviewResponse::status`](GetLifecyclePolicyPreviewResponse::status).
    pub fn status(mut self, value: impl rt::Into<LifecyclePolicyPreviewStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets or clears [`GetLifecyclePolicyPreviewResponse::status`](GetLifecyclePolicyPreviewResponse::status).
    pub fn set_status(mut self, value: rt::Option<LifecyclePolicyPreviewStatus>) -> Self {
        self.status = value;
        self
    }
    /// Sets [`GetLifecyclePolicyPreviewResponse::next_token`](GetLifecyclePolicyPreviewResponse::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`GetLifecyclePolicyPreviewResponse::next_token`](GetLifecyclePolicyPreviewResponse::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// Appends one element to [`GetLifecyclePolicyPreviewResponse::preview_results`](GetLifecyclePolicyPreviewResponse::preview_results).
    pub fn preview_results(mut self, value: impl rt::Into<LifecyclePolicyPreviewResult>) -> Self {
        self.preview_results
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`GetLifecyclePolicyPreviewResponse::preview_results`](GetLifecyclePolicyPreviewResponse::preview_results).
    pub fn set_preview_results(
        mut self,
        value: rt::Option<rt::Vec<LifecyclePolicyPreviewResult>>,
    ) -> Self {
        self.preview_results = value;
        self
    }
    /// Sets [`GetLifecyclePolicyPreviewResponse::summary`](GetLifecyclePolicyPreviewResponse::summary).
    pub fn summary(mut self, value: impl rt::Into<LifecyclePolicyPreviewSummary>) -> Self {
        self.summary = Some(value.into());
        self
    }
    /// Sets or clears [`GetLifecyclePolicyPreviewResponse::summary`](GetLifecyclePolicyPreviewResponse::summary).
    pub fn set_summary(mut self, value: rt::Option<LifecyclePolicyPreviewSummary>) -> Self {
        self.summary = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetLifecyclePolicyPreviewResponse {
        GetLifecyclePolicyPreviewResponse {
            registry_id: self.registry_id,
            repository_name: self.repository_name,
            lifecycle_policy_text: self.lifecycle_policy_text,
            status: self.status,
            next_token: self.next_token,
            preview_results: self.preview_results,
            summary: self.summary,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetLifecyclePolicyRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
}
impl GetLifecyclePolicyRequest {
    /// A builder for this structure.
    pub fn builder() -> GetLifecyclePolicyRequestBuilder {
        GetLifecyclePolicyRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetLifecyclePolicyRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
}
/// Builds a [`GetLifecyclePolicyRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetLifecyclePolicyRequestBuilder {
    /// [`GetLifecyclePolicyRequest::registry_id`](GetLifecyclePolicyRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`GetLifecyclePolicyRequest::repository_name`](GetLifecyclePolicyRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
}
impl GetLifecyclePolicyRequestBuilder {
    /// Sets [`GetLifecyclePolicyRequest::registry_id`](GetLifecyclePolicyRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetLifecyclePolicyRequest::registry_id`](GetLifecyclePolicyRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`GetLifecyclePolicyRequest::repository_name`](GetLifecyclePolicyRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`GetLifecyclePolicyRequest::repository_name`](GetLifecyclePolicyRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<GetLifecyclePolicyRequest, rt::BuildError> {
        Ok(GetLifecyclePolicyRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "GetLifecyclePolicyRequest",
                member: "repositoryName",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetLifecyclePolicyResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The repository.
    pub repository_name: rt::Option<rt::String>,
    /// The policy.
    pub lifecycle_policy_text: rt::Option<rt::String>,
    /// When the registry last applied the policy, if it has.
    pub last_evaluated_at: rt::Option<rt::DateTime>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetLifecyclePolicyResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetLifecyclePolicyResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetLifecyclePolicyResponse {
    /// A builder for this structure.
    pub fn builder() -> GetLifecyclePolicyResponseBuilder {
        GetLifecyclePolicyResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetLifecyclePolicyResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`lifecycle_policy_text`](Self::lifecycle_policy_text).
    pub fn lifecycle_policy_text(&self) -> rt::Option<&str> {
        self.lifecycle_policy_text.as_deref()
    }
    /// [`last_evaluated_at`](Self::last_evaluated_at).
    pub fn last_evaluated_at(&self) -> rt::Option<&rt::DateTime> {
        self.last_evaluated_at.as_ref()
    }
}
/// Builds a [`GetLifecyclePolicyResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetLifecyclePolicyResponseBuilder {
    /// [`GetLifecyclePolicyResponse::registry_id`](GetLifecyclePolicyResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`GetLifecyclePolicyResponse::repository_name`](GetLifecyclePolicyResponse::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`GetLifecyclePolicyResponse::lifecycle_policy_text`](GetLifecyclePolicyResponse::lifecycle_policy_text), if set.
    pub lifecycle_policy_text: rt::Option<rt::String>,
    /// [`GetLifecyclePolicyResponse::last_evaluated_at`](GetLifecyclePolicyResponse::last_evaluated_at), if set.
    pub last_evaluated_at: rt::Option<rt::DateTime>,
}
impl GetLifecyclePolicyResponseBuilder {
    /// Sets [`GetLifecyclePolicyResponse::registry_id`](GetLifecyclePolicyResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetLifecyclePolicyResponse::registry_id`](GetLifecyclePolicyResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`GetLifecyclePolicyResponse::repository_name`](GetLifecyclePolicyResponse::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`GetLifecyclePolicyResponse::repository_name`](GetLifecyclePolicyResponse::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`GetLifecyclePolicyResponse::lifecycle_policy_text`](GetLifecyclePolicyResponse::lifecycle_policy_text).
    pub fn lifecycle_policy_text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.lifecycle_policy_text = Some(value.into());
        self
    }
    /// Sets or clears [`GetLifecyclePolicyResponse::lifecycle_policy_text`](GetLifecyclePolicyResponse::lifecycle_policy_text).
    pub fn set_lifecycle_policy_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.lifecycle_policy_text = value;
        self
    }
    /// Sets [`GetLifecyclePolicyResponse::last_evaluated_at`](GetLifecyclePolicyResponse::last_evaluated_at).
    pub fn last_evaluated_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.last_evaluated_at = Some(value.into());
        self
    }
    /// Sets or clears [`GetLifecyclePolicyResponse::last_evaluated_at`](GetLifecyclePolicyResponse::last_evaluated_at).
    pub fn set_last_evaluated_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.last_evaluated_at = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetLifecyclePolicyResponse {
        GetLifecyclePolicyResponse {
            registry_id: self.registry_id,
            repository_name: self.repository_name,
            lifecycle_policy_text: self.lifecycle_policy_text,
            last_evaluated_at: self.last_evaluated_at,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetRegistryPolicyRequest {}
impl GetRegistryPolicyRequest {
    /// A builder for this structure.
    pub fn builder() -> GetRegistryPolicyRequestBuilder {
        GetRegistryPolicyRequestBuilder::default()
    }
}
/// Builds a [`GetRegistryPolicyRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetRegistryPolicyRequestBuilder {}
impl GetRegistryPolicyRequestBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetRegistryPolicyRequest {
        GetRegistryPolicyRequest {}
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetRegistryPolicyResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The policy: an IAM policy document in JSON.
    pub policy_text: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetRegistryPolicyResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetRegistryPolicyResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetRegistryPolicyResponse {
    /// A builder for this structure.
    pub fn builder() -> GetRegistryPolicyResponseBuilder {
        GetRegistryPolicyResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetRegistryPolicyResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`policy_text`](Self::policy_text).
    pub fn policy_text(&self) -> rt::Option<&str> {
        self.policy_text.as_deref()
    }
}
/// Builds a [`GetRegistryPolicyResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetRegistryPolicyResponseBuilder {
    /// [`GetRegistryPolicyResponse::registry_id`](GetRegistryPolicyResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`GetRegistryPolicyResponse::policy_text`](GetRegistryPolicyResponse::policy_text), if set.
    pub policy_text: rt::Option<rt::String>,
}
impl GetRegistryPolicyResponseBuilder {
    /// Sets [`GetRegistryPolicyResponse::registry_id`](GetRegistryPolicyResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetRegistryPolicyResponse::registry_id`](GetRegistryPolicyResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`GetRegistryPolicyResponse::policy_text`](GetRegistryPolicyResponse::policy_text).
    pub fn policy_text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.policy_text = Some(value.into());
        self
    }
    /// Sets or clears [`GetRegistryPolicyResponse::policy_text`](GetRegistryPolicyResponse::policy_text).
    pub fn set_policy_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.policy_text = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetRegistryPolicyResponse {
        GetRegistryPolicyResponse {
            registry_id: self.registry_id,
            policy_text: self.policy_text,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetRegistryScanningConfigurationRequest {}
impl GetRegistryScanningConfigurationRequest {
    /// A builder for this structure.
    pub fn builder() -> GetRegistryScanningConfigurationRequestBuilder {
        GetRegistryScanningConfigurationRequestBuilder::default()
    }
}
/// Builds a [`GetRegistryScanningConfigurationRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetRegistryScanningConfigurationRequestBuilder {}
impl GetRegistryScanningConfigurationRequestBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetRegistryScanningConfigurationRequest {
        GetRegistryScanningConfigurationRequest {}
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetRegistryScanningConfigurationResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The scan type and rules in force.
    pub scanning_configuration: rt::Option<RegistryScanningConfiguration>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetRegistryScanningConfigurationResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetRegistryScanningConfigurationResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetRegistryScanningConfigurationResponse {
    /// A builder for this structure.
    pub fn builder() -> GetRegistryScanningConfigurationResponseBuilder {
        GetRegistryScanningConfigurationResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetRegistryScanningConfigurationResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`scanning_configuration`](Self::scanning_configuration).
    pub fn scanning_configuration(&self) -> rt::Option<&RegistryScanningConfiguration> {
        self.scanning_configuration.as_ref()
    }
}
/// Builds a [`GetRegistryScanningConfigurationResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetRegistryScanningConfigurationResponseBuilder {
    /// [`GetRegistryScanningConfigurationResponse::registry_id`](GetRegistryScanningConfigurationResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`GetRegistryScanningConfigurationResponse::scanning_configuration`](GetRegistryScanningConfigurationResponse::scanning_configuration), if set.
    pub scanning_configuration: rt::Option<RegistryScanningConfiguration>,
}
impl GetRegistryScanningConfigurationResponseBuilder {
    /// Sets [`GetRegistryScanningConfigurationResponse::registry_id`](GetRegistryScanningConfigurationResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetRegistryScanningConfigurationResponse::registry_id`](GetRegistryScanningConfigurationResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`GetRegistryScanningConfigurationResponse::scanning_configuration`](GetRegistryScanningConfigurationResponse::scanning_configuration).
    pub fn scanning_configuration(
        mut self,
        value: impl rt::Into<RegistryScanningConfiguration>,
    ) -> Self {
        self.scanning_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`GetRegistryScanningConfigurationResponse::scanning_configuration`](GetRegistryScanningConfigurationResponse::scanning_configuration).
    pub fn set_scanning_configuration(
        mut self,
        value: rt::Option<RegistryScanningConfiguration>,
    ) -> Self {
        self.scanning_configuration = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetRegistryScanningConfigurationResponse {
        GetRegistryScanningConfigurationResponse {
            registry_id: self.registry_id,
            scanning_configuration: self.scanning_configuration,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetRepositoryPolicyRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
}
impl GetRepositoryPolicyRequest {
    /// A builder for this structure.
    pub fn builder() -> GetRepositoryPolicyRequestBuilder {
        GetRepositoryPolicyRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetRepositoryPolicyRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
}
/// Builds a [`GetRepositoryPolicyRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetRepositoryPolicyRequestBuilder {
    /// [`GetRepositoryPolicyRequest::registry_id`](GetRepositoryPolicyRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`GetRepositoryPolicyRequest::repository_name`](GetRepositoryPolicyRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
}
impl GetRepositoryPolicyRequestBuilder {
    /// Sets [`GetRepositoryPolicyRequest::registry_id`](GetRepositoryPolicyRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetRepositoryPolicyRequest::registry_id`](GetRepositoryPolicyRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`GetRepositoryPolicyRequest::repository_name`](GetRepositoryPolicyRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`GetRepositoryPolicyRequest::repository_name`](GetRepositoryPolicyRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<GetRepositoryPolicyRequest, rt::BuildError> {
        Ok(GetRepositoryPolicyRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "GetRepositoryPolicyRequest",
                member: "repositoryName",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetRepositoryPolicyResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::Option<rt::String>,
    /// The policy: an IAM policy document in JSON.
    pub policy_text: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetRepositoryPolicyResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetRepositoryPolicyResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetRepositoryPolicyResponse {
    /// A builder for this structure.
    pub fn builder() -> GetRepositoryPolicyResponseBuilder {
        GetRepositoryPolicyResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetRepositoryPolicyResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`policy_text`](Self::policy_text).
    pub fn policy_text(&self) -> rt::Option<&str> {
        self.policy_text.as_deref()
    }
}
/// Builds a [`GetRepositoryPolicyResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetRepositoryPolicyResponseBuilder {
    /// [`GetRepositoryPolicyResponse::registry_id`](GetRepositoryPolicyResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`GetRepositoryPolicyResponse::repository_name`](GetRepositoryPolicyResponse::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`GetRepositoryPolicyResponse::policy_text`](GetRepositoryPolicyResponse::policy_text), if set.
    pub policy_text: rt::Option<rt::String>,
}
impl GetRepositoryPolicyResponseBuilder {
    /// Sets [`GetRepositoryPolicyResponse::registry_id`](GetRepositoryPolicyResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetRepositoryPolicyResponse::registry_id`](GetRepositoryPolicyResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`GetRepositoryPolicyResponse::repository_name`](GetRepositoryPolicyResponse::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`GetRepositoryPolicyResponse::repository_name`](GetRepositoryPolicyResponse::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`GetRepositoryPolicyResponse::policy_text`](GetRepositoryPolicyResponse::policy_text).
    pub fn policy_text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.policy_text = Some(value.into());
        self
    }
    /// Sets or clears [`GetRepositoryPolicyResponse::policy_text`](GetRepositoryPolicyResponse::policy_text).
    pub fn set_policy_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.policy_text = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetRepositoryPolicyResponse {
        GetRepositoryPolicyResponse {
            registry_id: self.registry_id,
            repository_name: self.repository_name,
            policy_text: self.policy_text,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetSigningConfigurationRequest {}
impl GetSigningConfigurationRequest {
    /// A builder for this structure.
    pub fn builder() -> GetSigningConfigurationRequestBuilder {
        GetSigningConfigurationRequestBuilder::default()
    }
}
/// Builds a [`GetSigningConfigurationRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetSigningConfigurationRequestBuilder {}
impl GetSigningConfigurationRequestBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetSigningConfigurationRequest {
        GetSigningConfigurationRequest {}
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetSigningConfigurationResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The signing configuration.
    pub signing_configuration: rt::Option<SigningConfiguration>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetSigningConfigurationResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetSigningConfigurationResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetSigningConfigurationResponse {
    /// A builder for this structure.
    pub fn builder() -> GetSigningConfigurationResponseBuilder {
        GetSigningConfigurationResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetSigningConfigurationResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`signing_configuration`](Self::signing_configuration).
    pub fn signing_configuration(&self) -> rt::Option<&SigningConfiguration> {
        self.signing_configuration.as_ref()
    }
}
/// Builds a [`GetSigningConfigurationResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetSigningConfigurationResponseBuilder {
    /// [`GetSigningConfigurationResponse::registry_id`](GetSigningConfigurationResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`GetSigningConfigurationResponse::signing_configuration`](GetSigningConfigurationResponse::signing_configuration), if set.
    pub signing_configuration: rt::Option<SigningConfiguration>,
}
impl GetSigningConfigurationResponseBuilder {
    /// Sets [`GetSigningConfigurationResponse::registry_id`](GetSigningConfigurationResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetSigningConfigurationResponse::registry_id`](GetSigningConfigurationResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`GetSigningConfigurationResponse::signing_configuration`](GetSigningConfigurationResponse::signing_configuration).
    pub fn signing_configuration(mut self, value: impl rt::Into<SigningConfiguration>) -> Self {
        self.signing_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`GetSigningConfigurationResponse::signing_configuration`](GetSigningConfigurationResponse::signing_configuration).
    pub fn set_signing_configuration(mut self, value: rt::Option<SigningConfiguration>) -> Self {
        self.signing_configuration = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetSigningConfigurationResponse {
        GetSigningConfigurationResponse {
            registry_id: self.registry_id,
            signing_configuration: self.signing_configuration,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// An image: its identity and manifest.
#[derive(Clone, Debug, PartialEq)]
pub struct Image {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::Option<rt::String>,
    /// Which image.
    pub image_id: rt::Option<ImageIdentifier>,
    /// The image manifest, as JSON text.
    pub image_manifest: rt::Option<rt::String>,
    /// The media type of the manifest; read from the manifest's `mediaType` when omitted.
    pub image_manifest_media_type: rt::Option<rt::String>,
}
impl Image {
    /// A builder for this structure.
    pub fn builder() -> ImageBuilder {
        ImageBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Image {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`image_id`](Self::image_id).
    pub fn image_id(&self) -> rt::Option<&ImageIdentifier> {
        self.image_id.as_ref()
    }
    /// [`image_manifest`](Self::image_manifest).
    pub fn image_manifest(&self) -> rt::Option<&str> {
        self.image_manifest.as_deref()
    }
    /// [`image_manifest_media_type`](Self::image_manifest_media_type).
    pub fn image_manifest_media_type(&self) -> rt::Option<&str> {
        self.image_manifest_media_type.as_deref()
    }
}
/// Builds a [`Image`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImageBuilder {
    /// [`Image::registry_id`](Image::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`Image::repository_name`](Image::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`Image::image_id`](Image::image_id), if set.
    pub image_id: rt::Option<ImageIdentifier>,
    /// [`Image::image_manifest`](Image::image_manifest), if set.
    pub image_manifest: rt::Option<rt::String>,
    /// [`Image::image_manifest_media_type`](Image::image_manifest_media_type), if set.
    pub image_manifest_media_type: rt::Option<rt::String>,
}
impl ImageBuilder {
    /// Sets [`Image::registry_id`](Image::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`Image::registry_id`](Image::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`Image::repository_name`](Image::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`Image::repository_name`](Image::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`Image::image_id`](Image::image_id).
    pub fn image_id(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.image_id = Some(value.into());
        self
    }
    /// Sets or clears [`Image::image_id`](Image::image_id).
    pub fn set_image_id(mut self, value: rt::Option<ImageIdentifier>) -> Self {
        self.image_id = value;
        self
    }
    /// Sets [`Image::image_manifest`](Image::image_manifest).
    pub fn image_manifest(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.image_manifest = Some(value.into());
        self
    }
    /// Sets or clears [`Image::image_manifest`](Image::image_manifest).
    pub fn set_image_manifest(mut self, value: rt::Option<rt::String>) -> Self {
        self.image_manifest = value;
        self
    }
    /// Sets [`Image::image_manifest_media_type`](Image::image_manifest_media_type).
    pub fn image_manifest_media_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.image_manifest_media_type = Some(value.into());
        self
    }
    /// Sets or clears [`Image::image_manifest_media_type`](Image::image_manifest_media_type).
    pub fn set_image_manifest_media_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.image_manifest_media_type = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Image {
        Image {
            registry_id: self.registry_id,
            repository_name: self.repository_name,
            image_id: self.image_id,
            image_manifest: self.image_manifest,
            image_manifest_media_type: self.image_manifest_media_type,
        }
    }
}
/// What the registry knows of an image.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageDetail {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The repository the image is in.
    pub repository_name: rt::Option<rt::String>,
    /// The digest of the image's manifest.
    pub image_digest: rt::Option<rt::String>,
    /// The tags that name the image.
    pub image_tags: rt::Option<rt::Vec<rt::String>>,
    /// The size of the image's layers, as stored (compressed), in bytes.
    pub image_size_in_bytes: rt::Option<i64>,
    /// When the image was pushed.
    pub image_pushed_at: rt::Option<rt::DateTime>,
    /// The media type of the image's manifest.
    pub image_manifest_media_type: rt::Option<rt::String>,
    /// The media type of the image's configuration (or the artifact's type).
    pub artifact_media_type: rt::Option<rt::String>,
    /// When the image was last pulled (its manifest fetched), if it was.
    pub last_recorded_pull_time: rt::Option<rt::DateTime>,
    /// The digest of the image this one refers to (its OCI 1.1 `subject`), for an artifact such as a signature.
    pub subject_manifest_digest: rt::Option<rt::String>,
    /// Whether the image is active (pullable), archived, or being restored.
    pub image_status: rt::Option<ImageStatus>,
    /// When the image was last archived.
    pub last_archived_at: rt::Option<rt::DateTime>,
    /// When the image was last restored from archival storage.
    pub last_activated_at: rt::Option<rt::DateTime>,
    /// Where the image's last scan stands.
    pub image_scan_status: rt::Option<ImageScanStatus>,
    /// What the image's last scan found, counted by severity.
    pub image_scan_findings_summary: rt::Option<ImageScanFindingsSummary>,
}
impl ImageDetail {
    /// A builder for this structure.
    pub fn builder() -> ImageDetailBuilder {
        ImageDetailBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ImageDetail {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`image_digest`](Self::image_digest).
    pub fn image_digest(&self) -> rt::Option<&str> {
        self.image_digest.as_deref()
    }
    /// [`image_tags`](Self::image_tags), empty when unset.
    pub fn image_tags(&self) -> &[rt::String] {
        self.image_tags.as_deref().unwrap_or_default()
    }
    /// [`image_size_in_bytes`](Self::image_size_in_bytes).
    pub fn image_size_in_bytes(&self) -> rt::Option<i64> {
        self.image_size_in_bytes
    }
    /// [`image_pushed_at`](Self::image_pushed_at).
    pub fn image_pushed_at(&self) -> rt::Option<&rt::DateTime> {
        self.image_pushed_at.as_ref()
    }
    /// [`image_manifest_media_type`](Self::image_manifest_media_type).
    pub fn image_manifest_media_type(&self) -> rt::Option<&str> {
        self.image_manifest_media_type.as_deref()
    }
    /// [`artifact_media_type`](Self::artifact_media_type).
    pub fn artifact_media_type(&self) -> rt::Option<&str> {
        self.artifact_media_type.as_deref()
    }
    /// [`last_recorded_pull_time`](Self::last_recorded_pull_time).
    pub fn last_recorded_pull_time(&self) -> rt::Option<&rt::DateTime> {
        self.last_recorded_pull_time.as_ref()
    }
    /// [`subject_manifest_digest`](Self::subject_manifest_digest).
    pub fn subject_manifest_digest(&self) -> rt::Option<&str> {
        self.subject_manifest_digest.as_deref()
    }
    /// [`image_status`](Self::image_status).
    pub fn image_status(&self) -> rt::Option<&ImageStatus> {
        self.image_status.as_ref()
    }
    /// [`last_archived_at`](Self::last_archived_at).
    pub fn last_archived_at(&self) -> rt::Option<&rt::DateTime> {
        self.last_archived_at.as_ref()
    }
    /// [`last_activated_at`](Self::last_activated_at).
    pub fn last_activated_at(&self) -> rt::Option<&rt::DateTime> {
        self.last_activated_at.as_ref()
    }
    /// [`image_scan_status`](Self::image_scan_status).
    pub fn image_scan_status(&self) -> rt::Option<&ImageScanStatus> {
        self.image_scan_status.as_ref()
    }
    /// [`image_scan_findings_summary`](Self::image_scan_findings_summary).
    pub fn image_scan_findings_summary(&self) -> rt::Option<&ImageScanFindingsSummary> {
        self.image_scan_findings_summary.as_ref()
    }
}
/// Builds a [`ImageDetail`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImageDetailBuilder {
    /// [`ImageDetail::registry_id`](ImageDetail::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`ImageDetail::repository_name`](ImageDetail::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`ImageDetail::image_digest`](ImageDetail::image_digest), if set.
    pub image_digest: rt::Option<rt::String>,
    /// [`ImageDetail::image_tags`](ImageDetail::image_tags), if set.
    pub image_tags: rt::Option<rt::Vec<rt::String>>,
    /// [`ImageDetail::image_size_in_bytes`](ImageDetail::image_size_in_bytes), if set.
    pub image_size_in_bytes: rt::Option<i64>,
    /// [`ImageDetail::image_pushed_at`](ImageDetail::image_pushed_at), if set.
    pub image_pushed_at: rt::Option<rt::DateTime>,
    /// [`ImageDetail::image_manifest_media_type`](ImageDetail::image_manifest_media_type), if set.
    pub image_manifest_media_type: rt::Option<rt::String>,
    /// [`ImageDetail::artifact_media_type`](ImageDetail::artifact_media_type), if set.
    pub artifact_media_type: rt::Option<rt::String>,
    /// [`ImageDetail::last_recorded_pull_time`](ImageDetail::last_recorded_pull_time), if set.
    pub last_recorded_pull_time: rt::Option<rt::DateTime>,
    /// [`ImageDetail::subject_manifest_digest`](ImageDetail::subject_manifest_digest), if set.
    pub subject_manifest_digest: rt::Option<rt::String>,
    /// [`ImageDetail::image_status`](ImageDetail::image_status), if set.
    pub image_status: rt::Option<ImageStatus>,
    /// [`ImageDetail::last_archived_at`](ImageDetail::last_archived_at), if set.
    pub last_archived_at: rt::Option<rt::DateTime>,
    /// [`ImageDetail::last_activated_at`](ImageDetail::last_activated_at), if set.
    pub last_activated_at: rt::Option<rt::DateTime>,
    /// [`ImageDetail::image_scan_status`](ImageDetail::image_scan_status), if set.
    pub image_scan_status: rt::Option<ImageScanStatus>,
    /// [`ImageDetail::image_scan_findings_summary`](ImageDetail::image_scan_findings_summary), if set.
    pub image_scan_findings_summary: rt::Option<ImageScanFindingsSummary>,
}
impl ImageDetailBuilder {
    /// Sets [`ImageDetail::registry_id`](ImageDetail::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`ImageDetail::registry_id`](ImageDetail::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`ImageDetail::repository_name`](ImageDetail::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`ImageDetail::repository_name`](ImageDetail::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`ImageDetail::image_digest`](ImageDetail::image_digest).
    pub fn image_digest(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.image_digest = Some(value.into());
        self
    }
    /// Sets or clears [`ImageDetail::image_digest`](ImageDetail::image_digest).
    pub fn set_image_digest(mut self, value: rt::Option<rt::String>) -> Self {
        self.image_digest = value;
        self
    }
    /// Appends one element to [`ImageDetail::image_tags`](ImageDetail::image_tags).
    pub fn image_tags(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.image_tags
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ImageDetail::image_tags`](ImageDetail::image_tags).
    pub fn set_image_tags(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.image_tags = value;
        self
    }
    /// Sets [`ImageDetail::image_size_in_bytes`](ImageDetail::image_size_in_bytes).
    pub fn image_size_in_bytes(mut self, value: impl rt::Into<i64>) -> Self {
        self.image_size_in_bytes = Some(value.into());
        self
    }
    /// Sets or clears [`ImageDetail::image_size_in_bytes`](ImageDetail::image_size_in_bytes).
    pub fn set_image_size_in_bytes(mut self, value: rt::Option<i64>) -> Self {
        self.image_size_in_bytes = value;
        self
    }
    /// Sets [`ImageDetail::image_pushed_at`](ImageDetail::image_pushed_at).
    pub fn image_pushed_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.image_pushed_at = Some(value.into());
        self
    }
    /// Sets or clears [`ImageDetail::image_pushed_at`](ImageDetail::image_pushed_at).
    pub fn set_image_pushed_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.image_pushed_at = value;
        self
    }
    /// Sets [`ImageDetail::image_manifest_media_type`](ImageDetail::image_manifest_media_type).
    pub fn image_manifest_media_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.image_manifest_media_type = Some(value.into());
        self
    }
    /// Sets or clears [`ImageDetail::image_manifest_media_type`](ImageDetail::image_manifest_media_type).
    pub fn set_image_manifest_media_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.image_manifest_media_type = value;
        self
    }
    /// Sets [`ImageDetail::artifact_media_type`](ImageDetail::artifact_media_type).
    pub fn artifact_media_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.artifact_media_type = Some(value.into());
        self
    }
    /// Sets or clears [`ImageDetail::artifact_media_type`](ImageDetail::artifact_media_type).
    pub fn set_artifact_media_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.artifact_media_type = value;
        self
    }
    /// Sets [`ImageDetail::last_recorded_pull_time`](ImageDetail::last_recorded_pull_time).
    pub fn last_recorded_pull_time(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.last_recorded_pull_time = Some(value.into());
        self
    }
    /// Sets or clears [`ImageDetail::last_recorded_pull_time`](ImageDetail::last_recorded_pull_time).
    pub fn set_last_recorded_pull_time(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.last_recorded_pull_time = value;
        self
    }
    /// Sets [`ImageDetail::subject_manifest_digest`](ImageDetail::subject_manifest_digest).
    pub fn subject_manifest_digest(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.subject_manifest_digest = Some(value.into());
        self
    }
    /// Sets or clears [`ImageDetail::subject_manifest_digest`](ImageDetail::subject_manifest_digest).
    pub fn set_subject_manifest_digest(mut self, value: rt::Option<rt::String>) -> Self {
        self.subject_manifest_digest = value;
        self
    }
    /// Sets [`ImageDetail::image_status`](ImageDetail::image_status).
    pub fn image_status(mut self, value: impl rt::Into<ImageStatus>) -> Self {
        self.image_status = Some(value.into());
        self
    }
    /// Sets or clears [`ImageDetail::image_status`](ImageDetail::image_status).
    pub fn set_image_status(mut self, value: rt::Option<ImageStatus>) -> Self {
        self.image_status = value;
        self
    }
    /// Sets [`ImageDetail::last_archived_at`](ImageDetail::last_archived_at).
    pub fn last_archived_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.last_archived_at = Some(value.into());
        self
    }
    /// Sets or clears [`ImageDetail::last_archived_at`](ImageDetail::last_archived_at).
    pub fn set_last_archived_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.last_archived_at = value;
        self
    }
    /// Sets [`ImageDetail::last_activated_at`](ImageDetail::last_activated_at).
    pub fn last_activated_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.last_activated_at = Some(value.into());
        self
    }
    /// Sets or clears [`ImageDetail::last_activated_at`](ImageDetail::last_activated_at).
    pub fn set_last_activated_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.last_activated_at = value;
        self
    }
    /// Sets [`ImageDetail::image_scan_status`](ImageDetail::image_scan_status).
    pub fn image_scan_status(mut self, value: impl rt::Into<ImageScanStatus>) -> Self {
        self.image_scan_status = Some(value.into());
        self
    }
    /// Sets or clears [`ImageDetail::image_scan_status`](ImageDetail::image_scan_status).
    pub fn set_image_scan_status(mut self, value: rt::Option<ImageScanStatus>) -> Self {
        self.image_scan_status = value;
        self
    }
    /// Sets [`ImageDetail::image_scan_findings_summary`](ImageDetail::image_scan_findings_summary).
    pub fn image_scan_findings_summary(
        mut self,
        value: impl rt::Into<ImageScanFindingsSummary>,
    ) -> Self {
        self.image_scan_findings_summary = Some(value.into());
        self
    }
    /// Sets or clears [`ImageDetail::image_scan_findings_summary`](ImageDetail::image_scan_findings_summary).
    pub fn set_image_scan_findings_summary(
        mut self,
        value: rt::Option<ImageScanFindingsSummary>,
    ) -> Self {
        self.image_scan_findings_summary = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ImageDetail {
        ImageDetail {
            registry_id: self.registry_id,
            repository_name: self.repository_name,
            image_digest: self.image_digest,
            image_tags: self.image_tags,
            image_size_in_bytes: self.image_size_in_bytes,
            image_pushed_at: self.image_pushed_at,
            image_manifest_media_type: self.image_manifest_media_type,
            artifact_media_type: self.artifact_media_type,
            last_recorded_pull_time: self.last_recorded_pull_time,
            subject_manifest_digest: self.subject_manifest_digest,
            image_status: self.image_status,
            last_archived_at: self.last_archived_at,
            last_activated_at: self.last_activated_at,
            image_scan_status: self.image_scan_status,
            image_scan_findings_summary: self.image_scan_findings_summary,
        }
    }
}
/// Why one image of a batch request could not be processed.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageFailure {
    /// Which image.
    pub image_id: rt::Option<ImageIdentifier>,
    /// A code for the failure.
    pub failure_code: rt::Option<ImageFailureCode>,
    /// The failure in words.
    pub failure_reason: rt::Option<rt::String>,
}
impl ImageFailure {
    /// A builder for this structure.
    pub fn builder() -> ImageFailureBuilder {
        ImageFailureBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ImageFailure {
    /// [`image_id`](Self::image_id).
    pub fn image_id(&self) -> rt::Option<&ImageIdentifier> {
        self.image_id.as_ref()
    }
    /// [`failure_code`](Self::failure_code).
    pub fn failure_code(&self) -> rt::Option<&ImageFailureCode> {
        self.failure_code.as_ref()
    }
    /// [`failure_reason`](Self::failure_reason).
    pub fn failure_reason(&self) -> rt::Option<&str> {
        self.failure_reason.as_deref()
    }
}
/// Builds a [`ImageFailure`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImageFailureBuilder {
    /// [`ImageFailure::image_id`](ImageFailure::image_id), if set.
    pub image_id: rt::Option<ImageIdentifier>,
    /// [`ImageFailure::failure_code`](ImageFailure::failure_code), if set.
    pub failure_code: rt::Option<ImageFailureCode>,
    /// [`ImageFailure::failure_reason`](ImageFailure::failure_reason), if set.
    pub failure_reason: rt::Option<rt::String>,
}
impl ImageFailureBuilder {
    /// Sets [`ImageFailure::image_id`](ImageFailure::image_id).
    pub fn image_id(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.image_id = Some(value.into());
        self
    }
    /// Sets or clears [`ImageFailure::image_id`](ImageFailure::image_id).
    pub fn set_image_id(mut self, value: rt::Option<ImageIdentifier>) -> Self {
        self.image_id = value;
        self
    }
    /// Sets [`ImageFailure::failure_code`](ImageFailure::failure_code).
    pub fn failure_code(mut self, value: impl rt::Into<ImageFailureCode>) -> Self {
        self.failure_code = Some(value.into());
        self
    }
    /// Sets or clears [`ImageFailure::failure_code`](ImageFailure::failure_code).
    pub fn set_failure_code(mut self, value: rt::Option<ImageFailureCode>) -> Self {
        self.failure_code = value;
        self
    }
    /// Sets [`ImageFailure::failure_reason`](ImageFailure::failure_reason).
    pub fn failure_reason(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.failure_reason = Some(value.into());
        self
    }
    /// Sets or clears [`ImageFailure::failure_reason`](ImageFailure::failure_reason).
    pub fn set_failure_reason(mut self, value: rt::Option<rt::String>) -> Self {
        self.failure_reason = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ImageFailure {
        ImageFailure {
            image_id: self.image_id,
            failure_code: self.failure_code,
            failure_reason: self.failure_reason,
        }
    }
}
/// Names an image by digest, by tag, or both.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageIdentifier {
    /// The digest of the image manifest.
    pub image_digest: rt::Option<rt::String>,
    /// A tag naming the image.
    pub image_tag: rt::Option<rt::String>,
}
impl ImageIdentifier {
    /// A builder for this structure.
    pub fn builder() -> ImageIdentifierBuilder {
        ImageIdentifierBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ImageIdentifier {
    /// [`image_digest`](Self::image_digest).
    pub fn image_digest(&self) -> rt::Option<&str> {
        self.image_digest.as_deref()
    }
    /// [`image_tag`](Self::image_tag).
    pub fn image_tag(&self) -> rt::Option<&str> {
        self.image_tag.as_deref()
    }
}
/// Builds a [`ImageIdentifier`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImageIdentifierBuilder {
    /// [`ImageIdentifier::image_digest`](ImageIdentifier::image_digest), if set.
    pub image_digest: rt::Option<rt::String>,
    /// [`ImageIdentifier::image_tag`](ImageIdentifier::image_tag), if set.
    pub image_tag: rt::Option<rt::String>,
}
impl ImageIdentifierBuilder {
    /// Sets [`ImageIdentifier::image_digest`](ImageIdentifier::image_digest).
    pub fn image_digest(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.image_digest = Some(value.into());
        self
    }
    /// Sets or clears [`ImageIdentifier::image_digest`](ImageIdentifier::image_digest).
    pub fn set_image_digest(mut self, value: rt::Option<rt::String>) -> Self {
        self.image_digest = value;
        self
    }
    /// Sets [`ImageIdentifier::image_tag`](ImageIdentifier::image_tag).
    pub fn image_tag(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.image_tag = Some(value.into());
        self
    }
    /// Sets or clears [`ImageIdentifier::image_tag`](ImageIdentifier::image_tag).
    pub fn set_image_tag(mut self, value: rt::Option<rt::String>) -> Self {
        self.image_tag = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ImageIdentifier {
        ImageIdentifier {
            image_digest: self.image_digest,
            image_tag: self.image_tag,
        }
    }
}
/// An artifact that refers to an image.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageReferrer {
    /// The artifact's manifest digest.
    pub digest: rt::String,
    /// The artifact's manifest media type.
    pub media_type: rt::String,
    /// What the artifact is: its `artifactType`, else its config's media type.
    pub artifact_type: rt::Option<rt::String>,
    /// The size of the artifact's manifest in bytes.
    pub size: i64,
    /// The annotations of the artifact's manifest.
    pub annotations: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// Whether the artifact is active or archived.
    pub artifact_status: rt::Option<ArtifactStatus>,
}
impl ImageReferrer {
    /// A builder for this structure.
    pub fn builder() -> ImageReferrerBuilder {
        ImageReferrerBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ImageReferrer {
    /// [`digest`](Self::digest).
    pub fn digest(&self) -> &str {
        &self.digest
    }
    /// [`media_type`](Self::media_type).
    pub fn media_type(&self) -> &str {
        &self.media_type
    }
    /// [`artifact_type`](Self::artifact_type).
    pub fn artifact_type(&self) -> rt::Option<&str> {
        self.artifact_type.as_deref()
    }
    /// [`size`](Self::size).
    pub fn size(&self) -> i64 {
        self.size
    }
    /// [`annotations`](Self::annotations).
    pub fn annotations(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.annotations.as_ref()
    }
    /// [`artifact_status`](Self::artifact_status).
    pub fn artifact_status(&self) -> rt::Option<&ArtifactStatus> {
        self.artifact_status.as_ref()
    }
}
/// Builds a [`ImageReferrer`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImageReferrerBuilder {
    /// [`ImageReferrer::digest`](ImageReferrer::digest), if set.
    pub digest: rt::Option<rt::String>,
    /// [`ImageReferrer::media_type`](ImageReferrer::media_type), if set.
    pub media_type: rt::Option<rt::String>,
    /// [`ImageReferrer::artifact_type`](ImageReferrer::artifact_type), if set.
    pub artifact_type: rt::Option<rt::String>,
    /// [`ImageReferrer::size`](ImageReferrer::size), if set.
    pub size: rt::Option<i64>,
    /// [`ImageReferrer::annotations`](ImageReferrer::annotations), if set.
    pub annotations: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`ImageReferrer::artifact_status`](ImageReferrer::artifact_status), if set.
    pub artifact_status: rt::Option<ArtifactStatus>,
}
impl ImageReferrerBuilder {
    /// Sets [`ImageReferrer::digest`](ImageReferrer::digest).
    pub fn digest(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.digest = Some(value.into());
        self
    }
    /// Sets or clears [`ImageReferrer::digest`](ImageReferrer::digest).
    pub fn set_digest(mut self, value: rt::Option<rt::String>) -> Self {
        self.digest = value;
        self
    }
    /// Sets [`ImageReferrer::media_type`](ImageReferrer::media_type).
    pub fn media_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.media_type = Some(value.into());
        self
    }
    /// Sets or clears [`ImageReferrer::media_type`](ImageReferrer::media_type).
    pub fn set_media_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.media_type = value;
        self
    }
    /// Sets [`ImageReferrer::artifact_type`](ImageReferrer::artifact_type).
    pub fn artifact_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.artifact_type = Some(value.into());
        self
    }
    /// Sets or clears [`ImageReferrer::artifact_type`](ImageReferrer::artifact_type).
    pub fn set_artifact_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.artifact_type = value;
        self
    }
    /// Sets [`ImageReferrer::size`](ImageReferrer::size).
    pub fn size(mut self, value: impl rt::Into<i64>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets or clears [`ImageReferrer::size`](ImageReferrer::size).
    pub fn set_size(mut self, value: rt::Option<i64>) -> Self {
        self.size = value;
        self
    }
    /// Inserts one entry into [`ImageReferrer::annotations`](ImageReferrer::annotations).
    pub fn annotations(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.annotations
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`ImageReferrer::annotations`](ImageReferrer::annotations).
    pub fn set_annotations(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.annotations = value;
        self
    }
    /// Sets [`ImageReferrer::artifact_status`](ImageReferrer::artifact_status).
    pub fn artifact_status(mut self, value: impl rt::Into<ArtifactStatus>) -> Self {
        self.artifact_status = Some(value.into());
        self
    }
    /// Sets or clears [`ImageReferrer::artifact_status`](ImageReferrer::artifact_status).
    pub fn set_artifact_status(mut self, value: rt::Option<ArtifactStatus>) -> Self {
        self.artifact_status = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ImageReferrer, rt::BuildError> {
        Ok(ImageReferrer {
            digest: self.digest.ok_or(rt::BuildError {
                shape: "ImageReferrer",
                member: "digest",
            })?,
            media_type: self.media_type.ok_or(rt::BuildError {
                shape: "ImageReferrer",
                member: "mediaType",
            })?,
            artifact_type: self.artifact_type,
            size: self.size.ok_or(rt::BuildError {
                shape: "ImageReferrer",
                member: "size",
            })?,
            annotations: self.annotations,
            artifact_status: self.artifact_status,
        })
    }
}
/// Where the copy of an image to one registry stands.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageReplicationStatus {
    /// The region of the registry copied to.
    pub region: rt::Option<rt::String>,
    /// The 12-digit account id of the registry copied to.
    pub registry_id: rt::Option<rt::String>,
    /// The copy's state.
    pub status: rt::Option<ReplicationStatus>,
    /// Why the copy failed.
    pub failure_code: rt::Option<rt::String>,
}
impl ImageReplicationStatus {
    /// A builder for this structure.
    pub fn builder() -> ImageReplicationStatusBuilder {
        ImageReplicationStatusBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ImageReplicationStatus {
    /// [`region`](Self::region).
    pub fn region(&self) -> rt::Option<&str> {
        self.region.as_deref()
    }
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`status`](Self::status).
    pub fn status(&self) -> rt::Option<&ReplicationStatus> {
        self.status.as_ref()
    }
    /// [`failure_code`](Self::failure_code).
    pub fn failure_code(&self) -> rt::Option<&str> {
        self.failure_code.as_deref()
    }
}
/// Builds a [`ImageReplicationStatus`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImageReplicationStatusBuilder {
    /// [`ImageReplicationStatus::region`](ImageReplicationStatus::region), if set.
    pub region: rt::Option<rt::String>,
    /// [`ImageReplicationStatus::registry_id`](ImageReplicationStatus::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`ImageReplicationStatus::status`](ImageReplicationStatus::status), if set.
    pub status: rt::Option<ReplicationStatus>,
    /// [`ImageReplicationStatus::failure_code`](ImageReplicationStatus::failure_code), if set.
    pub failure_code: rt::Option<rt::String>,
}
impl ImageReplicationStatusBuilder {
    /// Sets [`ImageReplicationStatus::region`](ImageReplicationStatus::region).
    pub fn region(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets or clears [`ImageReplicationStatus::region`](ImageReplicationStatus::region).
    pub fn set_region(mut self, value: rt::Option<rt::String>) -> Self {
        self.region = value;
        self
    }
    /// Sets [`ImageReplicationStatus::registry_id`](ImageReplicationStatus::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`ImageReplicationStatus::registry_id`](ImageReplicationStatus::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`ImageReplicationStatus::status`](ImageReplicationStatus::status).
    pub fn status(mut self, value: impl rt::Into<ReplicationStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets or clears [`ImageReplicationStatus::status`](ImageReplicationStatus::status).
    pub fn set_status(mut self, value: rt::Option<ReplicationStatus>) -> Self {
        self.status = value;
        self
    }
    /// Sets [`ImageReplicationStatus::failure_code`](ImageReplicationStatus::failure_code).
    pub fn failure_code(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.failure_code = Some(value.into());
        self
    }
    /// Sets or clears [`ImageReplicationStatus::failure_code`](ImageReplicationStatus::failure_code).
    pub fn set_failure_code(mut self, value: rt::Option<rt::String>) -> Self {
        self.failure_code = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ImageReplicationStatus {
        ImageReplicationStatus {
            region: self.region,
            registry_id: self.registry_id,
            status: self.status,
            failure_code: self.failure_code,
        }
    }
}
/// A vulnerability of a package installed in the image.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageScanFinding {
    /// The vulnerability's identifier (`CVE-...`, `DSA-...`, ...).
    pub name: rt::Option<rt::String>,
    /// What the vulnerability is.
    pub description: rt::Option<rt::String>,
    /// Where to read about it.
    pub uri: rt::Option<rt::String>,
    /// How severe it is.
    pub severity: rt::Option<FindingSeverity>,
    /// The package and versions concerned: `package_name`, `package_version`, `fixed_version`.
    pub attributes: rt::Option<rt::Vec<Attribute>>,
}
impl ImageScanFinding {
    /// A builder for this structure.
    pub fn builder() -> ImageScanFindingBuilder {
        ImageScanFindingBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ImageScanFinding {
    /// [`name`](Self::name).
    pub fn name(&self) -> rt::Option<&str> {
        self.name.as_deref()
    }
    /// [`description`](Self::description).
    pub fn description(&self) -> rt::Option<&str> {
        self.description.as_deref()
    }
    /// [`uri`](Self::uri).
    pub fn uri(&self) -> rt::Option<&str> {
        self.uri.as_deref()
    }
    /// [`severity`](Self::severity).
    pub fn severity(&self) -> rt::Option<&FindingSeverity> {
        self.severity.as_ref()
    }
    /// [`attributes`](Self::attributes), empty when unset.
    pub fn attributes(&self) -> &[Attribute] {
        self.attributes.as_deref().unwrap_or_default()
    }
}
/// Builds a [`ImageScanFinding`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImageScanFindingBuilder {
    /// [`ImageScanFinding::name`](ImageScanFinding::name), if set.
    pub name: rt::Option<rt::String>,
    /// [`ImageScanFinding::description`](ImageScanFinding::description), if set.
    pub description: rt::Option<rt::String>,
    /// [`ImageScanFinding::uri`](ImageScanFinding::uri), if set.
    pub uri: rt::Option<rt::String>,
    /// [`ImageScanFinding::severity`](ImageScanFinding::severity), if set.
    pub severity: rt::Option<FindingSeverity>,
    /// [`ImageScanFinding::attributes`](ImageScanFinding::attributes), if set.
    pub attributes: rt::Option<rt::Vec<Attribute>>,
}
impl ImageScanFindingBuilder {
    /// Sets [`ImageScanFinding::name`](ImageScanFinding::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears [`ImageScanFinding::name`](ImageScanFinding::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.name = value;
        self
    }
    /// Sets [`ImageScanFinding::description`](ImageScanFinding::description).
    pub fn description(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets or clears [`ImageScanFinding::description`](ImageScanFinding::description).
    pub fn set_description(mut self, value: rt::Option<rt::String>) -> Self {
        self.description = value;
        self
    }
    /// Sets [`ImageScanFinding::uri`](ImageScanFinding::uri).
    pub fn uri(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.uri = Some(value.into());
        self
    }
    /// Sets or clears [`ImageScanFinding::uri`](ImageScanFinding::uri).
    pub fn set_uri(mut self, value: rt::Option<rt::String>) -> Self {
        self.uri = value;
        self
    }
    /// Sets [`ImageScanFinding::severity`](ImageScanFinding::severity).
    pub fn severity(mut self, value: impl rt::Into<FindingSeverity>) -> Self {
        self.severity = Some(value.into());
        self
    }
    /// Sets or clears [`ImageScanFinding::severity`](ImageScanFinding::severity).
    pub fn set_severity(mut self, value: rt::Option<FindingSeverity>) -> Self {
        self.severity = value;
        self
    }
    /// Appends one element to [`ImageScanFinding::attributes`](ImageScanFinding::attributes).
    pub fn attributes(mut self, value: impl rt::Into<Attribute>) -> Self {
        self.attributes
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ImageScanFinding::attributes`](ImageScanFinding::attributes).
    pub fn set_attributes(mut self, value: rt::Option<rt::Vec<Attribute>>) -> Self {
        self.attributes = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ImageScanFinding {
        ImageScanFinding {
            name: self.name,
            description: self.description,
            uri: self.uri,
            severity: self.severity,
            attributes: self.attributes,
        }
    }
}
/// The findings of an image scan.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageScanFindings {
    /// When the scan ended.
    pub image_scan_completed_at: rt::Option<rt::DateTime>,
    /// When the vulnerability database used was last updated.
    pub vulnerability_source_updated_at: rt::Option<rt::DateTime>,
    /// How many findings of each severity.
    pub finding_severity_counts: rt::Option<rt::BTreeMap<rt::String, i32>>,
    /// The findings of this page.
    pub findings: rt::Option<rt::Vec<ImageScanFinding>>,
}
impl ImageScanFindings {
    /// A builder for this structure.
    pub fn builder() -> ImageScanFindingsBuilder {
        ImageScanFindingsBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ImageScanFindings {
    /// [`image_scan_completed_at`](Self::image_scan_completed_at).
    pub fn image_scan_completed_at(&self) -> rt::Option<&rt::DateTime> {
        self.image_scan_completed_at.as_ref()
    }
    /// [`vulnerability_source_updated_at`](Self::vulnerability_source_updated_at).
    pub fn vulnerability_source_updated_at(&self) -> rt::Option<&rt::DateTime> {
        self.vulnerability_source_updated_at.as_ref()
    }
    /// [`finding_severity_counts`](Self::finding_severity_counts).
    pub fn finding_severity_counts(&self) -> rt::Option<&rt::BTreeMap<rt::String, i32>> {
        self.finding_severity_counts.as_ref()
    }
    /// [`findings`](Self::findings), empty when unset.
    pub fn findings(&self) -> &[ImageScanFinding] {
        self.findings.as_deref().unwrap_or_default()
    }
}
/// Builds a [`ImageScanFindings`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImageScanFindingsBuilder {
    /// [`ImageScanFindings::image_scan_completed_at`](ImageScanFindings::image_scan_completed_at), if set.
    pub image_scan_completed_at: rt::Option<rt::DateTime>,
    /// [`ImageScanFindings::vulnerability_source_updated_at`](ImageScanFindings::vulnerability_source_updated_at), if set.
    pub vulnerability_source_updated_at: rt::Option<rt::DateTime>,
    /// [`ImageScanFindings::finding_severity_counts`](ImageScanFindings::finding_severity_counts), if set.
    pub finding_severity_counts: rt::Option<rt::BTreeMap<rt::String, i32>>,
    /// [`ImageScanFindings::findings`](ImageScanFindings::findings), if set.
    pub findings: rt::Option<rt::Vec<ImageScanFinding>>,
}
impl ImageScanFindingsBuilder {
    /// Sets [`ImageScanFindings::image_scan_completed_at`](ImageScanFindings::image_scan_completed_at).
    pub fn image_scan_completed_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.image_scan_completed_at = Some(value.into());
        self
    }
    /// Sets or clears [`ImageScanFindings::image_scan_completed_at`](ImageScanFindings::image_scan_completed_at).
    pub fn set_image_scan_completed_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.image_scan_completed_at = value;
        self
    }
    /// Sets [`ImageScanFindings::vulnerability_source_updated_at`](ImageScanFindings::vulnerability_source_updated_at).
    pub fn vulnerability_source_updated_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.vulnerability_source_updated_at = Some(value.into());
        self
    }
    /// Sets or clears [`ImageScanFindings::vulnerability_source_updated_at`](ImageScanFindings::vulnerability_source_updated_at).
    pub fn set_vulnerability_source_updated_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.vulnerability_source_updated_at = value;
        self
    }
    /// Inserts one entry into [`ImageScanFindings::finding_severity_counts`](ImageScanFindings::finding_severity_counts).
    pub fn finding_severity_counts(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<i32>,
    ) -> Self {
        self.finding_severity_counts
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`ImageScanFindings::finding_severity_counts`](ImageScanFindings::finding_severity_counts).
    pub fn set_finding_severity_counts(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, i32>>,
    ) -> Self {
        self.finding_severity_counts = value;
        self
    }
    /// Appends one element to [`ImageScanFindings::findings`](ImageScanFindings::findings).
    pub fn findings(mut self, value: impl rt::Into<ImageScanFinding>) -> Self {
        self.findings
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ImageScanFindings::findings`](ImageScanFindings::findings).
    pub fn set_findings(mut self, value: rt::Option<rt::Vec<ImageScanFinding>>) -> Self {
        self.findings = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ImageScanFindings {
        ImageScanFindings {
            image_scan_completed_at: self.image_scan_completed_at,
            vulnerability_source_updated_at: self.vulnerability_source_updated_at,
            finding_severity_counts: self.finding_severity_counts,
            findings: self.findings,
        }
    }
}
/// A summary of an image's last scan.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageScanFindingsSummary {
    /// When the scan ended.
    pub image_scan_completed_at: rt::Option<rt::DateTime>,
    /// When the vulnerability database used was last updated.
    pub vulnerability_source_updated_at: rt::Option<rt::DateTime>,
    /// How many findings of each severity.
    pub finding_severity_counts: rt::Option<rt::BTreeMap<rt::String, i32>>,
}
impl ImageScanFindingsSummary {
    /// A builder for this structure.
    pub fn builder() -> ImageScanFindingsSummaryBuilder {
        ImageScanFindingsSummaryBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ImageScanFindingsSummary {
    /// [`image_scan_completed_at`](Self::image_scan_completed_at).
    pub fn image_scan_completed_at(&self) -> rt::Option<&rt::DateTime> {
        self.image_scan_completed_at.as_ref()
    }
    /// [`vulnerability_source_updated_at`](Self::vulnerability_source_updated_at).
    pub fn vulnerability_source_updated_at(&self) -> rt::Option<&rt::DateTime> {
        self.vulnerability_source_updated_at.as_ref()
    }
    /// [`finding_severity_counts`](Self::finding_severity_counts).
    pub fn finding_severity_counts(&self) -> rt::Option<&rt::BTreeMap<rt::String, i32>> {
        self.finding_severity_counts.as_ref()
    }
}
/// Builds a [`ImageScanFindingsSummary`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImageScanFindingsSummaryBuilder {
    /// [`ImageScanFindingsSummary::image_scan_completed_at`](ImageScanFindingsSummary::image_scan_completed_at), if set.
    pub image_scan_completed_at: rt::Option<rt::DateTime>,
    /// [`ImageScanFindingsSummary::vulnerability_source_updated_at`](ImageScanFindingsSummary::vulnerability_source_updated_at), if set.
    pub vulnerability_source_updated_at: rt::Option<rt::DateTime>,
    /// [`ImageScanFindingsSummary::finding_severity_counts`](ImageScanFindingsSummary::finding_severity_counts), if set.
    pub finding_severity_counts: rt::Option<rt::BTreeMap<rt::String, i32>>,
}
impl ImageScanFindingsSummaryBuilder {
    /// Sets [`ImageScanFindingsSummary::image_scan_completed_at`](ImageScanFindingsSummary::image_scan_completed_at).
    pub fn image_scan_completed_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.image_scan_completed_at = Some(value.into());
        self
    }
    /// Sets or clears [`ImageScanFindingsSummary::image_scan_completed_at`](ImageScanFindingsSummary::image_scan_completed_at).
    pub fn set_image_scan_completed_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.image_scan_completed_at = value;
        self
    }
    /// Sets [`ImageScanFindingsSummary::vulnerability_source_updated_at`](ImageScanFindingsSummary::vulnerability_source_updated_at).
    pub fn vulnerability_source_updated_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.vulnerability_source_updated_at = Some(value.into());
        self
    }
    /// Sets or clears [`ImageScanFindingsSummary::vulnerability_source_updated_at`](ImageScanFindingsSummary::vulnerability_source_updated_at).
    pub fn set_vulnerability_source_updated_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.vulnerability_source_updated_at = value;
        self
    }
    /// Inserts one entry into [`ImageScanFindingsSummary::finding_severity_counts`](ImageScanFindingsSummary::finding_severity_counts).
    pub fn finding_severity_counts(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<i32>,
    ) -> Self {
        self.finding_severity_counts
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`ImageScanFindingsSummary::finding_severity_counts`](ImageScanFindingsSummary::finding_severity_counts).
    pub fn set_finding_severity_counts(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, i32>>,
    ) -> Self {
        self.finding_severity_counts = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ImageScanFindingsSummary {
        ImageScanFindingsSummary {
            image_scan_completed_at: self.image_scan_completed_at,
            vulnerability_source_updated_at: self.vulnerability_source_updated_at,
            finding_severity_counts: self.finding_severity_counts,
        }
    }
}
/// Where an image scan stands.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageScanStatus {
    /// The scan's state.
    pub status: rt::Option<ScanStatus>,
    /// Why the scan stands where it does, in words.
    pub description: rt::Option<rt::String>,
}
impl ImageScanStatus {
    /// A builder for this structure.
    pub fn builder() -> ImageScanStatusBuilder {
        ImageScanStatusBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ImageScanStatus {
    /// [`status`](Self::status).
    pub fn status(&self) -> rt::Option<&ScanStatus> {
        self.status.as_ref()
    }
    /// [`description`](Self::description).
    pub fn description(&self) -> rt::Option<&str> {
        self.description.as_deref()
    }
}
/// Builds a [`ImageScanStatus`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImageScanStatusBuilder {
    /// [`ImageScanStatus::status`](ImageScanStatus::status), if set.
    pub status: rt::Option<ScanStatus>,
    /// [`ImageScanStatus::description`](ImageScanStatus::description), if set.
    pub description: rt::Option<rt::String>,
}
impl ImageScanStatusBuilder {
    /// Sets [`ImageScanStatus::status`](ImageScanStatus::status).
    pub fn status(mut self, value: impl rt::Into<ScanStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets or clears [`ImageScanStatus::status`](ImageScanStatus::status).
    pub fn set_status(mut self, value: rt::Option<ScanStatus>) -> Self {
        self.status = value;
        self
    }
    /// Sets [`ImageScanStatus::description`](ImageScanStatus::description).
    pub fn description(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets or clears [`ImageScanStatus::description`](ImageScanStatus::description).
    pub fn set_description(mut self, value: rt::Option<rt::String>) -> Self {
        self.description = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ImageScanStatus {
        ImageScanStatus {
            status: self.status,
            description: self.description,
        }
    }
}
/// Whether images are scanned for vulnerabilities when pushed.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageScanningConfiguration {
    /// Scan each image after it is pushed.
    pub scan_on_push: bool,
}
impl ImageScanningConfiguration {
    /// A builder for this structure.
    pub fn builder() -> ImageScanningConfigurationBuilder {
        ImageScanningConfigurationBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ImageScanningConfiguration {
    /// [`scan_on_push`](Self::scan_on_push).
    pub fn scan_on_push(&self) -> bool {
        self.scan_on_push
    }
}
/// Builds a [`ImageScanningConfiguration`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImageScanningConfigurationBuilder {
    /// [`ImageScanningConfiguration::scan_on_push`](ImageScanningConfiguration::scan_on_push), if set.
    pub scan_on_push: rt::Option<bool>,
}
impl ImageScanningConfigurationBuilder {
    /// Sets [`ImageScanningConfiguration::scan_on_push`](ImageScanningConfiguration::scan_on_push).
    pub fn scan_on_push(mut self, value: impl rt::Into<bool>) -> Self {
        self.scan_on_push = Some(value.into());
        self
    }
    /// Sets or clears [`ImageScanningConfiguration::scan_on_push`](ImageScanningConfiguration::scan_on_push).
    pub fn set_scan_on_push(mut self, value: rt::Option<bool>) -> Self {
        self.scan_on_push = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ImageScanningConfiguration {
        ImageScanningConfiguration {
            scan_on_push: self.scan_on_push.unwrap_or_default(),
        }
    }
}
/// Whether an image was signed with one signing profile.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageSigningStatus {
    /// The signing profile to sign with.
    pub signing_profile_arn: rt::Option<rt::String>,
    /// Why signing failed, as a code.
    pub failure_code: rt::Option<rt::String>,
    /// Why signing failed, in words.
    pub failure_reason: rt::Option<rt::String>,
    /// Where signing stands: `IN_PROGRESS`, `COMPLETE` or `FAILED`.
    pub status: rt::Option<SigningStatus>,
}
impl ImageSigningStatus {
    /// A builder for this structure.
    pub fn builder() -> ImageSigningStatusBuilder {
        ImageSigningStatusBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ImageSigningStatus {
    /// [`signing_profile_arn`](Self::signing_profile_arn).
    pub fn signing_profile_arn(&self) -> rt::Option<&str> {
        self.signing_profile_arn.as_deref()
    }
    /// [`failure_code`](Self::failure_code).
    pub fn failure_code(&self) -> rt::Option<&str> {
        self.failure_code.as_deref()
    }
    /// [`failure_reason`](Self::failure_reason).
    pub fn failure_reason(&self) -> rt::Option<&str> {
        self.failure_reason.as_deref()
    }
    /// [`status`](Self::status).
    pub fn status(&self) -> rt::Option<&SigningStatus> {
        self.status.as_ref()
    }
}
/// Builds a [`ImageSigningStatus`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImageSigningStatusBuilder {
    /// [`ImageSigningStatus::signing_profile_arn`](ImageSigningStatus::signing_profile_arn), if set.
    pub signing_profile_arn: rt::Option<rt::String>,
    /// [`ImageSigningStatus::failure_code`](ImageSigningStatus::failure_code), if set.
    pub failure_code: rt::Option<rt::String>,
    /// [`ImageSigningStatus::failure_reason`](ImageSigningStatus::failure_reason), if set.
    pub failure_reason: rt::Option<rt::String>,
    /// [`ImageSigningStatus::status`](ImageSigningStatus::status), if set.
    pub status: rt::Option<SigningStatus>,
}
impl ImageSigningStatusBuilder {
    /// Sets [`ImageSigningStatus::signing_profile_arn`](ImageSigningStatus::signing_profile_arn).
    pub fn signing_profile_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.signing_profile_arn = Some(value.into());
        self
    }
    /// Sets or clears [`ImageSigningStatus::signing_profile_arn`](ImageSigningStatus::signing_profile_arn).
    pub fn set_signing_profile_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.signing_profile_arn = value;
        self
    }
    /// Sets [`ImageSigningStatus::failure_code`](ImageSigningStatus::failure_code).
    pub fn failure_code(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.failure_code = Some(value.into());
        self
    }
    /// Sets or clears [`ImageSigningStatus::failure_code`](ImageSigningStatus::failure_code).
    pub fn set_failure_code(mut self, value: rt::Option<rt::String>) -> Self {
        self.failure_code = value;
        self
    }
    /// Sets [`ImageSigningStatus::failure_reason`](ImageSigningStatus::failure_reason).
    pub fn failure_reason(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.failure_reason = Some(value.into());
        self
    }
    /// Sets or clears [`ImageSigningStatus::failure_reason`](ImageSigningStatus::failure_reason).
    pub fn set_failure_reason(mut self, value: rt::Option<rt::String>) -> Self {
        self.failure_reason = value;
        self
    }
    /// Sets [`ImageSigningStatus::status`](ImageSigningStatus::status).
    pub fn status(mut self, value: impl rt::Into<SigningStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets or clears [`ImageSigningStatus::status`](ImageSigningStatus::status).
    pub fn set_status(mut self, value: rt::Option<SigningStatus>) -> Self {
        self.status = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ImageSigningStatus {
        ImageSigningStatus {
            signing_profile_arn: self.signing_profile_arn,
            failure_code: self.failure_code,
            failure_reason: self.failure_reason,
            status: self.status,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct InitiateLayerUploadRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
}
impl InitiateLayerUploadRequest {
    /// A builder for this structure.
    pub fn builder() -> InitiateLayerUploadRequestBuilder {
        InitiateLayerUploadRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl InitiateLayerUploadRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
}
/// Builds a [`InitiateLayerUploadRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InitiateLayerUploadRequestBuilder {
    /// [`InitiateLayerUploadRequest::registry_id`](InitiateLayerUploadRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`InitiateLayerUploadRequest::repository_name`](InitiateLayerUploadRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
}
impl InitiateLayerUploadRequestBuilder {
    /// Sets [`InitiateLayerUploadRequest::registry_id`](InitiateLayerUploadRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`InitiateLayerUploadRequest::registry_id`](InitiateLayerUploadRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`InitiateLayerUploadRequest::repository_name`](InitiateLayerUploadRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`InitiateLayerUploadRequest::repository_name`](InitiateLayerUploadRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<InitiateLayerUploadRequest, rt::BuildError> {
        Ok(InitiateLayerUploadRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "InitiateLayerUploadRequest",
                member: "repositoryName",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct InitiateLayerUploadResponse {
    /// The id of the layer upload, from `InitiateLayerUpload`.
    pub upload_id: rt::Option<rt::String>,
    /// The size in bytes of the parts to upload, except the last one.
    pub part_size: rt::Option<i64>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InitiateLayerUploadResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InitiateLayerUploadResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InitiateLayerUploadResponse {
    /// A builder for this structure.
    pub fn builder() -> InitiateLayerUploadResponseBuilder {
        InitiateLayerUploadResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl InitiateLayerUploadResponse {
    /// [`upload_id`](Self::upload_id).
    pub fn upload_id(&self) -> rt::Option<&str> {
        self.upload_id.as_deref()
    }
    /// [`part_size`](Self::part_size).
    pub fn part_size(&self) -> rt::Option<i64> {
        self.part_size
    }
}
/// Builds a [`InitiateLayerUploadResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InitiateLayerUploadResponseBuilder {
    /// [`InitiateLayerUploadResponse::upload_id`](InitiateLayerUploadResponse::upload_id), if set.
    pub upload_id: rt::Option<rt::String>,
    /// [`InitiateLayerUploadResponse::part_size`](InitiateLayerUploadResponse::part_size), if set.
    pub part_size: rt::Option<i64>,
}
impl InitiateLayerUploadResponseBuilder {
    /// Sets [`InitiateLayerUploadResponse::upload_id`](InitiateLayerUploadResponse::upload_id).
    pub fn upload_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upload_id = Some(value.into());
        self
    }
    /// Sets or clears [`InitiateLayerUploadResponse::upload_id`](InitiateLayerUploadResponse::upload_id).
    pub fn set_upload_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.upload_id = value;
        self
    }
    /// Sets [`InitiateLayerUploadResponse::part_size`](InitiateLayerUploadResponse::part_size).
    pub fn part_size(mut self, value: impl rt::Into<i64>) -> Self {
        self.part_size = Some(value.into());
        self
    }
    /// Sets or clears [`InitiateLayerUploadResponse::part_size`](InitiateLayerUploadResponse::part_size).
    pub fn set_part_size(mut self, value: rt::Option<i64>) -> Self {
        self.part_size = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InitiateLayerUploadResponse {
        InitiateLayerUploadResponse {
            upload_id: self.upload_id,
            part_size: self.part_size,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// What the registry knows of one layer.
#[derive(Clone, Debug, PartialEq)]
pub struct Layer {
    /// The digest of the layer's content, such as `sha256:` followed by 64 hex digits.
    pub layer_digest: rt::Option<rt::String>,
    /// Whether the layer is in the repository.
    pub layer_availability: rt::Option<LayerAvailability>,
    /// The size of the layer in bytes.
    pub layer_size: rt::Option<i64>,
    /// The media type of the layer.
    pub media_type: rt::Option<rt::String>,
}
impl Layer {
    /// A builder for this structure.
    pub fn builder() -> LayerBuilder {
        LayerBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Layer {
    /// [`layer_digest`](Self::layer_digest).
    pub fn layer_digest(&self) -> rt::Option<&str> {
        self.layer_digest.as_deref()
    }
    /// [`layer_availability`](Self::layer_availability).
    pub fn layer_availability(&self) -> rt::Option<&LayerAvailability> {
        self.layer_availability.as_ref()
    }
    /// [`layer_size`](Self::layer_size).
    pub fn layer_size(&self) -> rt::Option<i64> {
        self.layer_size
    }
    /// [`media_type`](Self::media_type).
    pub fn media_type(&self) -> rt::Option<&str> {
        self.media_type.as_deref()
    }
}
/// Builds a [`Layer`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LayerBuilder {
    /// [`Layer::layer_digest`](Layer::layer_digest), if set.
    pub layer_digest: rt::Option<rt::String>,
    /// [`Layer::layer_availability`](Layer::layer_availability), if set.
    pub layer_availability: rt::Option<LayerAvailability>,
    /// [`Layer::layer_size`](Layer::layer_size), if set.
    pub layer_size: rt::Option<i64>,
    /// [`Layer::media_type`](Layer::media_type), if set.
    pub media_type: rt::Option<rt::String>,
}
impl LayerBuilder {
    /// Sets [`Layer::layer_digest`](Layer::layer_digest).
    pub fn layer_digest(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.layer_digest = Some(value.into());
        self
    }
    /// Sets or clears [`Layer::layer_digest`](Layer::layer_digest).
    pub fn set_layer_digest(mut self, value: rt::Option<rt::String>) -> Self {
        self.layer_digest = value;
        self
    }
    /// Sets [`Layer::layer_availability`](Layer::layer_availability).
    pub fn layer_availability(mut self, value: impl rt::Into<LayerAvailability>) -> Self {
        self.layer_availability = Some(value.into());
        self
    }
    /// Sets or clears [`Layer::layer_availability`](Layer::layer_availability).
    pub fn set_layer_availability(mut self, value: rt::Option<LayerAvailability>) -> Self {
        self.layer_availability = value;
        self
    }
    /// Sets [`Layer::layer_size`](Layer::layer_size).
    pub fn layer_size(mut self, value: impl rt::Into<i64>) -> Self {
        self.layer_size = Some(value.into());
        self
    }
    /// Sets or clears [`Layer::layer_size`](Layer::layer_size).
    pub fn set_layer_size(mut self, value: rt::Option<i64>) -> Self {
        self.layer_size = value;
        self
    }
    /// Sets [`Layer::media_type`](Layer::media_type).
    pub fn media_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.media_type = Some(value.into());
        self
    }
    /// Sets or clears [`Layer::media_type`](Layer::media_type).
    pub fn set_media_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.media_type = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Layer {
        Layer {
            layer_digest: self.layer_digest,
            layer_availability: self.layer_availability,
            layer_size: self.layer_size,
            media_type: self.media_type,
        }
    }
}
/// Why one layer digest of a batch request could not be checked.
#[derive(Clone, Debug, PartialEq)]
pub struct LayerFailure {
    /// The digest of the layer's content, such as `sha256:` followed by 64 hex digits.
    pub layer_digest: rt::Option<rt::String>,
    /// A code for the failure.
    pub failure_code: rt::Option<LayerFailureCode>,
    /// The failure in words.
    pub failure_reason: rt::Option<rt::String>,
}
impl LayerFailure {
    /// A builder for this structure.
    pub fn builder() -> LayerFailureBuilder {
        LayerFailureBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl LayerFailure {
    /// [`layer_digest`](Self::layer_digest).
    pub fn layer_digest(&self) -> rt::Option<&str> {
        self.layer_digest.as_deref()
    }
    /// [`failure_code`](Self::failure_code).
    pub fn failure_code(&self) -> rt::Option<&LayerFailureCode> {
        self.failure_code.as_ref()
    }
    /// [`failure_reason`](Self::failure_reason).
    pub fn failure_reason(&self) -> rt::Option<&str> {
        self.failure_reason.as_deref()
    }
}
/// Builds a [`LayerFailure`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LayerFailureBuilder {
    /// [`LayerFailure::layer_digest`](LayerFailure::layer_digest), if set.
    pub layer_digest: rt::Option<rt::String>,
    /// [`LayerFailure::failure_code`](LayerFailure::failure_code), if set.
    pub failure_code: rt::Option<LayerFailureCode>,
    /// [`LayerFailure::failure_reason`](LayerFailure::failure_reason), if set.
    pub failure_reason: rt::Option<rt::String>,
}
impl LayerFailureBuilder {
    /// Sets [`LayerFailure::layer_digest`](LayerFailure::layer_digest).
    pub fn layer_digest(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.layer_digest = Some(value.into());
        self
    }
    /// Sets or clears [`LayerFailure::layer_digest`](LayerFailure::layer_digest).
    pub fn set_layer_digest(mut self, value: rt::Option<rt::String>) -> Self {
        self.layer_digest = value;
        self
    }
    /// Sets [`LayerFailure::failure_code`](LayerFailure::failure_code).
    pub fn failure_code(mut self, value: impl rt::Into<LayerFailureCode>) -> Self {
        self.failure_code = Some(value.into());
        self
    }
    /// Sets or clears [`LayerFailure::failure_code`](LayerFailure::failure_code).
    pub fn set_failure_code(mut self, value: rt::Option<LayerFailureCode>) -> Self {
        self.failure_code = value;
        self
    }
    /// Sets [`LayerFailure::failure_reason`](LayerFailure::failure_reason).
    pub fn failure_reason(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.failure_reason = Some(value.into());
        self
    }
    /// Sets or clears [`LayerFailure::failure_reason`](LayerFailure::failure_reason).
    pub fn set_failure_reason(mut self, value: rt::Option<rt::String>) -> Self {
        self.failure_reason = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> LayerFailure {
        LayerFailure {
            layer_digest: self.layer_digest,
            failure_code: self.failure_code,
            failure_reason: self.failure_reason,
        }
    }
}
/// Narrows a preview's results.
#[derive(Clone, Debug, PartialEq)]
pub struct LifecyclePolicyPreviewFilter {
    /// Only tagged, only untagged, or any images.
    pub tag_status: rt::Option<TagStatus>,
}
impl LifecyclePolicyPreviewFilter {
    /// A builder for this structure.
    pub fn builder() -> LifecyclePolicyPreviewFilterBuilder {
        LifecyclePolicyPreviewFilterBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl LifecyclePolicyPreviewFilter {
    /// [`tag_status`](Self::tag_status).
    pub fn tag_status(&self) -> rt::Option<&TagStatus> {
        self.tag_status.as_ref()
    }
}
/// Builds a [`LifecyclePolicyPreviewFilter`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LifecyclePolicyPreviewFilterBuilder {
    /// [`LifecyclePolicyPreviewFilter::tag_status`](LifecyclePolicyPreviewFilter::tag_status), if set.
    pub tag_status: rt::Option<TagStatus>,
}
impl LifecyclePolicyPreviewFilterBuilder {
    /// Sets [`LifecyclePolicyPreviewFilter::tag_status`](LifecyclePolicyPreviewFilter::tag_status).
    pub fn tag_status(mut self, value: impl rt::Into<TagStatus>) -> Self {
        self.tag_status = Some(value.into());
        self
    }
    /// Sets or clears [`LifecyclePolicyPreviewFilter::tag_status`](LifecyclePolicyPreviewFilter::tag_status).
    pub fn set_tag_status(mut self, value: rt::Option<TagStatus>) -> Self {
        self.tag_status = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> LifecyclePolicyPreviewFilter {
        LifecyclePolicyPreviewFilter {
            tag_status: self.tag_status,
        }
    }
}
/// An image a preview found would expire.
#[derive(Clone, Debug, PartialEq)]
pub struct LifecyclePolicyPreviewResult {
    /// Its tags.
    pub image_tags: rt::Option<rt::Vec<rt::String>>,
    /// Its digest.
    pub image_digest: rt::Option<rt::String>,
    /// When it was pushed.
    pub image_pushed_at: rt::Option<rt::DateTime>,
    /// What would happen to it.
    pub action: rt::Option<LifecyclePolicyRuleAction>,
    /// The priority of the rule that would expire it.
    pub applied_rule_priority: rt::Option<i32>,
}
impl LifecyclePolicyPreviewResult {
    /// A builder for this structure.
    pub fn builder() -> LifecyclePolicyPreviewResultBuilder {
        LifecyclePolicyPreviewResultBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl LifecyclePolicyPreviewResult {
    /// [`image_tags`](Self::image_tags), empty when unset.
    pub fn image_tags(&self) -> &[rt::String] {
        self.image_tags.as_deref().unwrap_or_default()
    }
    /// [`image_digest`](Self::image_digest).
    pub fn image_digest(&self) -> rt::Option<&str> {
        self.image_digest.as_deref()
    }
    /// [`image_pushed_at`](Self::image_pushed_at).
    pub fn image_pushed_at(&self) -> rt::Option<&rt::DateTime> {
        self.image_pushed_at.as_ref()
    }
    /// [`action`](Self::action).
    pub fn action(&self) -> rt::Option<&LifecyclePolicyRuleAction> {
        self.action.as_ref()
    }
    /// [`applied_rule_priority`](Self::applied_rule_priority).
    pub fn applied_rule_priority(&self) -> rt::Option<i32> {
        self.applied_rule_priority
    }
}
/// Builds a [`LifecyclePolicyPreviewResult`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LifecyclePolicyPreviewResultBuilder {
    /// [`LifecyclePolicyPreviewResult::image_tags`](LifecyclePolicyPreviewResult::image_tags), if set.
    pub image_tags: rt::Option<rt::Vec<rt::String>>,
    /// [`LifecyclePolicyPreviewResult::image_digest`](LifecyclePolicyPreviewResult::image_digest), if set.
    pub image_digest: rt::Option<rt::String>,
    /// [`LifecyclePolicyPreviewResult::image_pushed_at`](LifecyclePolicyPreviewResult::image_pushed_at), if set.
    pub image_pushed_at: rt::Option<rt::DateTime>,
    /// [`LifecyclePolicyPreviewResult::action`](LifecyclePolicyPreviewResult::action), if set.
    pub action: rt::Option<LifecyclePolicyRuleAction>,
    /// [`LifecyclePolicyPreviewResult::applied_rule_priority`](LifecyclePolicyPreviewResult::applied_rule_priority), if set.
    pub applied_rule_priority: rt::Option<i32>,
}
impl LifecyclePolicyPreviewResultBuilder {
    /// Appends one element to [`LifecyclePolicyPreviewResult::image_tags`](LifecyclePolicyPreviewResult::image_tags).
    pub fn image_tags(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.image_tags
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`LifecyclePolicyPreviewResult::image_tags`](LifecyclePolicyPreviewResult::image_tags).
    pub fn set_image_tags(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.image_tags = value;
        self
    }
    /// Sets [`LifecyclePolicyPreviewResult::image_digest`](LifecyclePolicyPreviewResult::image_digest).
    pub fn image_digest(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.image_digest = Some(value.into());
        self
    }
    /// Sets or clears [`LifecyclePolicyPreviewResult::image_digest`](LifecyclePolicyPreviewResult::image_digest).
    pub fn set_image_digest(mut self, value: rt::Option<rt::String>) -> Self {
        self.image_digest = value;
        self
    }
    /// Sets [`LifecyclePolicyPreviewResult::image_pushed_at`](LifecyclePolicyPreviewResult::image_pushed_at).
    pub fn image_pushed_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.image_pushed_at = Some(value.into());
        self
    }
    /// Sets or clears [`LifecyclePolicyPreviewResult::image_pushed_at`](LifecyclePolicyPreviewResult::image_pushed_at).
    pub fn set_image_pushed_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.image_pushed_at = value;
        self
    }
    /// Sets [`LifecyclePolicyPreviewResult::action`](LifecyclePolicyPreviewResult::action).
    pub fn action(mut self, value: impl rt::Into<LifecyclePolicyRuleAction>) -> Self {
        self.action = Some(value.into());
        self
    }
    /// Sets or clears [`LifecyclePolicyPreviewResult::action`](LifecyclePolicyPreviewResult::action).
    pub fn set_action(mut self, value: rt::Option<LifecyclePolicyRuleAction>) -> Self {
        self.action = value;
        self
    }
    /// Sets [`LifecyclePolicyPreviewResult::applied_rule_priority`](LifecyclePolicyPreviewResult::applied_rule_priority).
    pub fn applied_rule_priority(mut self, value: impl rt::Into<i32>) -> Self {
        self.applied_rule_priority = Some(value.into());
        self
    }
    /// Sets or clears [`LifecyclePolicyPreviewResult::applied_rule_priority`](LifecyclePolicyPreviewResult::applied_rule_priority).
    pub fn set_applied_rule_priority(mut self, value: rt::Option<i32>) -> Self {
        self.applied_rule_priority = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> LifecyclePolicyPreviewResult {
        LifecyclePolicyPreviewResult {
            image_tags: self.image_tags,
            image_digest: self.image_digest,
            image_pushed_at: self.image_pushed_at,
            action: self.action,
            applied_rule_priority: self.applied_rule_priority,
        }
    }
}
/// The totals of a preview.
#[derive(Clone, Debug, PartialEq)]
pub struct LifecyclePolicyPreviewSummary {
    /// How many images would expire.
    pub expiring_image_total_count: rt::Option<i32>,
}
impl LifecyclePolicyPreviewSummary {
    /// A builder for this structure.
    pub fn builder() -> LifecyclePolicyPreviewSummaryBuilder {
        LifecyclePolicyPreviewSummaryBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl LifecyclePolicyPreviewSummary {
    /// [`expiring_image_total_count`](Self::expiring_image_total_count).
    pub fn expiring_image_total_count(&self) -> rt::Option<i32> {
        self.expiring_image_total_count
    }
}
/// Builds a [`LifecyclePolicyPreviewSummary`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LifecyclePolicyPreviewSummaryBuilder {
    /// [`LifecyclePolicyPreviewSummary::expiring_image_total_count`](LifecyclePolicyPreviewSummary::expiring_image_total_count), if set.
    pub expiring_image_total_count: rt::Option<i32>,
}
impl LifecyclePolicyPreviewSummaryBuilder {
    /// Sets [`LifecyclePolicyPreviewSummary::expiring_image_total_count`](LifecyclePolicyPreviewSummary::expiring_image_total_count).
    pub fn expiring_image_total_count(mut self, value: impl rt::Into<i32>) -> Self {
        self.expiring_image_total_count = Some(value.into());
        self
    }
    /// Sets or clears [`LifecyclePolicyPreviewSummary::expiring_image_total_count`](LifecyclePolicyPreviewSummary::expiring_image_total_count).
    pub fn set_expiring_image_total_count(mut self, value: rt::Option<i32>) -> Self {
        self.expiring_image_total_count = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> LifecyclePolicyPreviewSummary {
        LifecyclePolicyPreviewSummary {
            expiring_image_total_count: self.expiring_image_total_count,
        }
    }
}
/// What a rule does to the images it selects.
#[derive(Clone, Debug, PartialEq)]
pub struct LifecyclePolicyRuleAction {
    /// The action.
    pub r#type: rt::Option<ImageActionType>,
}
impl LifecyclePolicyRuleAction {
    /// A builder for this structure.
    pub fn builder() -> LifecyclePolicyRuleActionBuilder {
        LifecyclePolicyRuleActionBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl LifecyclePolicyRuleAction {
    /// [`r#type`](Self::r#type).
    pub fn r#type(&self) -> rt::Option<&ImageActionType> {
        self.r#type.as_ref()
    }
}
/// Builds a [`LifecyclePolicyRuleAction`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LifecyclePolicyRuleActionBuilder {
    /// [`LifecyclePolicyRuleAction::r#type`](LifecyclePolicyRuleAction::r#type), if set.
    pub r#type: rt::Option<ImageActionType>,
}
impl LifecyclePolicyRuleActionBuilder {
    /// Sets [`LifecyclePolicyRuleAction::r#type`](LifecyclePolicyRuleAction::r#type).
    pub fn r#type(mut self, value: impl rt::Into<ImageActionType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets or clears [`LifecyclePolicyRuleAction::r#type`](LifecyclePolicyRuleAction::r#type).
    pub fn set_type(mut self, value: rt::Option<ImageActionType>) -> Self {
        self.r#type = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> LifecyclePolicyRuleAction {
        LifecyclePolicyRuleAction {
            r#type: self.r#type,
        }
    }
}
/// Selects artifacts by type and status.
#[derive(Clone, Debug, PartialEq)]
pub struct ListImageReferrersFilter {
    /// Only artifacts of these types.
    pub artifact_types: rt::Option<rt::Vec<rt::String>>,
    /// Only artifacts in this status; `ANY` for all. Active ones when left out.
    pub artifact_status: rt::Option<ArtifactStatusFilter>,
}
impl ListImageReferrersFilter {
    /// A builder for this structure.
    pub fn builder() -> ListImageReferrersFilterBuilder {
        ListImageReferrersFilterBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListImageReferrersFilter {
    /// [`artifact_types`](Self::artifact_types), empty when unset.
    pub fn artifact_types(&self) -> &[rt::String] {
        self.artifact_types.as_deref().unwrap_or_default()
    }
    /// [`artifact_status`](Self::artifact_status).
    pub fn artifact_status(&self) -> rt::Option<&ArtifactStatusFilter> {
        self.artifact_status.as_ref()
    }
}
/// Builds a [`ListImageReferrersFilter`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListImageReferrersFilterBuilder {
    /// [`ListImageReferrersFilter::artifact_types`](ListImageReferrersFilter::artifact_types), if set.
    pub artifact_types: rt::Option<rt::Vec<rt::String>>,
    /// [`ListImageReferrersFilter::artifact_status`](ListImageReferrersFilter::artifact_status), if set.
    pub artifact_status: rt::Option<ArtifactStatusFilter>,
}
impl ListImageReferrersFilterBuilder {
    /// Appends one element to [`ListImageReferrersFilter::artifact_types`](ListImageReferrersFilter::artifact_types).
    pub fn artifact_types(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.artifact_types
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ListImageReferrersFilter::artifact_types`](ListImageReferrersFilter::artifact_types).
    pub fn set_artifact_types(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.artifact_types = value;
        self
    }
    /// Sets [`ListImageReferrersFilter::artifact_status`](ListImageReferrersFilter::artifact_status).
    pub fn artifact_status(mut self, value: impl rt::Into<ArtifactStatusFilter>) -> Self {
        self.artifact_status = Some(value.into());
        self
    }
    /// Sets or clears [`ListImageReferrersFilter::artifact_status`](ListImageReferrersFilter::artifact_status).
    pub fn set_artifact_status(mut self, value: rt::Option<ArtifactStatusFilter>) -> Self {
        self.artifact_status = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListImageReferrersFilter {
        ListImageReferrersFilter {
            artifact_types: self.artifact_types,
            artifact_status: self.artifact_status,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListImageReferrersRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// The image the artifacts refer to.
    pub subject_id: SubjectIdentifier,
    /// Which artifacts to list.
    pub filter: rt::Option<ListImageReferrersFilter>,
    /// The token for the next page: pass the `nextToken` of the previous response; absent on the last page.
    pub next_token: rt::Option<rt::String>,
    /// The most results to return in one page.
    pub max_results: rt::Option<i32>,
}
impl ListImageReferrersRequest {
    /// A builder for this structure.
    pub fn builder() -> ListImageReferrersRequestBuilder {
        ListImageReferrersRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListImageReferrersRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`subject_id`](Self::subject_id).
    pub fn subject_id(&self) -> &SubjectIdentifier {
        &self.subject_id
    }
    /// [`filter`](Self::filter).
    pub fn filter(&self) -> rt::Option<&ListImageReferrersFilter> {
        self.filter.as_ref()
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
    /// [`max_results`](Self::max_results).
    pub fn max_results(&self) -> rt::Option<i32> {
        self.max_results
    }
}
/// Builds a [`ListImageReferrersRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListImageReferrersRequestBuilder {
    /// [`ListImageReferrersRequest::registry_id`](ListImageReferrersRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`ListImageReferrersRequest::repository_name`](ListImageReferrersRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`ListImageReferrersRequest::subject_id`](ListImageReferrersRequest::subject_id), if set.
    pub subject_id: rt::Option<SubjectIdentifier>,
    /// [`ListImageReferrersRequest::filter`](ListImageReferrersRequest::filter), if set.
    pub filter: rt::Option<ListImageReferrersFilter>,
    /// [`ListImageReferrersRequest::next_token`](ListImageReferrersRequest::next_token), if set.
    pub next_token: rt::Option<rt::String>,
    /// [`ListImageReferrersRequest::max_results`](ListImageReferrersRequest::max_results), if set.
    pub max_results: rt::Option<i32>,
}
impl ListImageReferrersRequestBuilder {
    /// Sets [`ListImageReferrersRequest::registry_id`](ListImageReferrersRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`ListImageReferrersRequest::registry_id`](ListImageReferrersRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`ListImageReferrersRequest::repository_name`](ListImageReferrersRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`ListImageReferrersRequest::repository_name`](ListImageReferrersRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`ListImageReferrersRequest::subject_id`](ListImageReferrersRequest::subject_id).
    pub fn subject_id(mut self, value: impl rt::Into<SubjectIdentifier>) -> Self {
        self.subject_id = Some(value.into());
        self
    }
    /// Sets or clears [`ListImageReferrersRequest::subject_id`](ListImageReferrersRequest::subject_id).
    pub fn set_subject_id(mut self, value: rt::Option<SubjectIdentifier>) -> Self {
        self.subject_id = value;
        self
    }
    /// Sets [`ListImageReferrersRequest::filter`](ListImageReferrersRequest::filter).
    pub fn filter(mut self, value: impl rt::Into<ListImageReferrersFilter>) -> Self {
        self.filter = Some(value.into());
        self
    }
    /// Sets or clears [`ListImageReferrersRequest::filter`](ListImageReferrersRequest::filter).
    pub fn set_filter(mut self, value: rt::Option<ListImageReferrersFilter>) -> Self {
        self.filter = value;
        self
    }
    /// Sets [`ListImageReferrersRequest::next_token`](ListImageReferrersRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListImageReferrersRequest::next_token`](ListImageReferrersRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// Sets [`ListImageReferrersRequest::max_results`](ListImageReferrersRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.max_results = Some(value.into());
        self
    }
    /// Sets or clears [`ListImageReferrersRequest::max_results`](ListImageReferrersRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.max_results = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ListImageReferrersRequest, rt::BuildError> {
        Ok(ListImageReferrersRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "ListImageReferrersRequest",
                member: "repositoryName",
            })?,
            subject_id: self.subject_id.ok_or(rt::BuildError {
                shape: "ListImageReferrersRequest",
                member: "subjectId",
            })?,
            filter: self.filter,
            next_token: self.next_token,
            max_results: self.max_results,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListImageReferrersResponse {
    /// The artifacts.
    pub referrers: rt::Option<rt::Vec<ImageReferrer>>,
    /// The token for the next page: pass the `nextToken` of the previous response; absent on the last page.
    pub next_token: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ListImageReferrersResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ListImageReferrersResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ListImageReferrersResponse {
    /// A builder for this structure.
    pub fn builder() -> ListImageReferrersResponseBuilder {
        ListImageReferrersResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListImageReferrersResponse {
    /// [`referrers`](Self::referrers), empty when unset.
    pub fn referrers(&self) -> &[ImageReferrer] {
        self.referrers.as_deref().unwrap_or_default()
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
}
/// Builds a [`ListImageReferrersResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListImageReferrersResponseBuilder {
    /// [`ListImageReferrersResponse::referrers`](ListImageReferrersResponse::referrers), if set.
    pub referrers: rt::Option<rt::Vec<ImageReferrer>>,
    /// [`ListImageReferrersResponse::next_token`](ListImageReferrersResponse::next_token), if set.
    pub next_token: rt::Option<rt::String>,
}
impl ListImageReferrersResponseBuilder {
    /// Appends one element to [`ListImageReferrersResponse::referrers`](ListImageReferrersResponse::referrers).
    pub fn referrers(mut self, value: impl rt::Into<ImageReferrer>) -> Self {
        self.referrers
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ListImageReferrersResponse::referrers`](ListImageReferrersResponse::referrers).
    pub fn set_referrers(mut self, value: rt::Option<rt::Vec<ImageReferrer>>) -> Self {
        self.referrers = value;
        self
    }
    /// Sets [`ListImageReferrersResponse::next_token`](ListImageReferrersResponse::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListImageReferrersResponse::next_token`](ListImageReferrersResponse::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListImageReferrersResponse {
        ListImageReferrersResponse {
            referrers: self.referrers,
            next_token: self.next_token,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Narrows the images that `ListImages` returns.
#[derive(Clone, Debug, PartialEq)]
pub struct ListImagesFilter {
    /// List only tagged images, only untagged images, or any.
    pub tag_status: rt::Option<TagStatus>,
}
impl ListImagesFilter {
    /// A builder for this structure.
    pub fn builder() -> ListImagesFilterBuilder {
        ListImagesFilterBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListImagesFilter {
    /// [`tag_status`](Self::tag_status).
    pub fn tag_status(&self) -> rt::Option<&TagStatus> {
        self.tag_status.as_ref()
    }
}
/// Builds a [`ListImagesFilter`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListImagesFilterBuilder {
    /// [`ListImagesFilter::tag_status`](ListImagesFilter::tag_status), if set.
    pub tag_status: rt::Option<TagStatus>,
}
impl ListImagesFilterBuilder {
    /// Sets [`ListImagesFilter::tag_status`](ListImagesFilter::tag_status).
    pub fn tag_status(mut self, value: impl rt::Into<TagStatus>) -> Self {
        self.tag_status = Some(value.into());
        self
    }
    /// Sets or clears [`ListImagesFilter::tag_status`](ListImagesFilter::tag_status).
    pub fn set_tag_status(mut self, value: rt::Option<TagStatus>) -> Self {
        self.tag_status = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListImagesFilter {
        ListImagesFilter {
            tag_status: self.tag_status,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListImagesRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// The token for the next page: pass the `nextToken` of the previous response; absent in the last page.
    pub next_token: rt::Option<rt::String>,
    /// The most results to return in one page.
    pub max_results: rt::Option<i32>,
    /// Which images to list.
    pub filter: rt::Option<ListImagesFilter>,
}
impl ListImagesRequest {
    /// A builder for this structure.
    pub fn builder() -> ListImagesRequestBuilder {
        ListImagesRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListImagesRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
    /// [`max_results`](Self::max_results).
    pub fn max_results(&self) -> rt::Option<i32> {
        self.max_results
    }
    /// [`filter`](Self::filter).
    pub fn filter(&self) -> rt::Option<&ListImagesFilter> {
        self.filter.as_ref()
    }
}
/// Builds a [`ListImagesRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListImagesRequestBuilder {
    /// [`ListImagesRequest::registry_id`](ListImagesRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`ListImagesRequest::repository_name`](ListImagesRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`ListImagesRequest::next_token`](ListImagesRequest::next_token), if set.
    pub next_token: rt::Option<rt::String>,
    /// [`ListImagesRequest::max_results`](ListImagesRequest::max_results), if set.
    pub max_results: rt::Option<i32>,
    /// [`ListImagesRequest::filter`](ListImagesRequest::filter), if set.
    pub filter: rt::Option<ListImagesFilter>,
}
impl ListImagesRequestBuilder {
    /// Sets [`ListImagesRequest::registry_id`](ListImagesRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`ListImagesRequest::registry_id`](ListImagesRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`ListImagesRequest::repository_name`](ListImagesRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`ListImagesRequest::repository_name`](ListImagesRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`ListImagesRequest::next_token`](ListImagesRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListImagesRequest::next_token`](ListImagesRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// Sets [`ListImagesRequest::max_results`](ListImagesRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.max_results = Some(value.into());
        self
    }
    /// Sets or clears [`ListImagesRequest::max_results`](ListImagesRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.max_results = value;
        self
    }
    /// Sets [`ListImagesRequest::filter`](ListImagesRequest::filter).
    pub fn filter(mut self, value: impl rt::Into<ListImagesFilter>) -> Self {
        self.filter = Some(value.into());
        self
    }
    /// Sets or clears [`ListImagesRequest::filter`](ListImagesRequest::filter).
    pub fn set_filter(mut self, value: rt::Option<ListImagesFilter>) -> Self {
        self.filter = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ListImagesRequest, rt::BuildError> {
        Ok(ListImagesRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "ListImagesRequest",
                member: "repositoryName",
            })?,
            next_token: self.next_token,
            max_results: self.max_results,
            filter: self.filter,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListImagesResponse {
    /// Image identifiers.
    pub image_ids: rt::Option<rt::Vec<ImageIdentifier>>,
    /// The token for the next page: pass the `nextToken` of the previous response; absent in the last page.
    pub next_token: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ListImagesResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ListImagesResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ListImagesResponse {
    /// A builder for this structure.
    pub fn builder() -> ListImagesResponseBuilder {
        ListImagesResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListImagesResponse {
    /// [`image_ids`](Self::image_ids), empty when unset.
    pub fn image_ids(&self) -> &[ImageIdentifier] {
        self.image_ids.as_deref().unwrap_or_default()
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
}
/// Builds a [`ListImagesResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListImagesResponseBuilder {
    /// [`ListImagesResponse::image_ids`](ListImagesResponse::image_ids), if set.
    pub image_ids: rt::Option<rt::Vec<ImageIdentifier>>,
    /// [`ListImagesResponse::next_token`](ListImagesResponse::next_token), if set.
    pub next_token: rt::Option<rt::String>,
}
impl ListImagesResponseBuilder {
    /// Appends one element to [`ListImagesResponse::image_ids`](ListImagesResponse::image_ids).
    pub fn image_ids(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.image_ids
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ListImagesResponse::image_ids`](ListImagesResponse::image_ids).
    pub fn set_image_ids(mut self, value: rt::Option<rt::Vec<ImageIdentifier>>) -> Self {
        self.image_ids = value;
        self
    }
    /// Sets [`ListImagesResponse::next_token`](ListImagesResponse::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListImagesResponse::next_token`](ListImagesResponse::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListImagesResponse {
        ListImagesResponse {
            image_ids: self.image_ids,
            next_token: self.next_token,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListPullTimeUpdateExclusionsRequest {
    /// The most results to return in one page.
    pub max_results: rt::Option<i32>,
    /// The token for the next page: pass the `nextToken` of the previous response; absent on the last page.
    pub next_token: rt::Option<rt::String>,
}
impl ListPullTimeUpdateExclusionsRequest {
    /// A builder for this structure.
    pub fn builder() -> ListPullTimeUpdateExclusionsRequestBuilder {
        ListPullTimeUpdateExclusionsRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListPullTimeUpdateExclusionsRequest {
    /// [`max_results`](Self::max_results).
    pub fn max_results(&self) -> rt::Option<i32> {
        self.max_results
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
}
/// Builds a [`ListPullTimeUpdateExclusionsRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListPullTimeUpdateExclusionsRequestBuilder {
    /// [`ListPullTimeUpdateExclusionsRequest::max_results`](ListPullTimeUpdateExclusionsRequest::max_results), if set.
    pub max_results: rt::Option<i32>,
    /// [`ListPullTimeUpdateExclusionsRequest::next_token`](ListPullTimeUpdateExclusionsRequest::next_token), if set.
    pub next_token: rt::Option<rt::String>,
}
impl ListPullTimeUpdateExclusionsRequestBuilder {
    /// Sets [`ListPullTimeUpdateExclusionsRequest::max_results`](ListPullTimeUpdateExclusionsRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.max_results = Some(value.into());
        self
    }
    /// Sets or clears [`ListPullTimeUpdateExclusionsRequest::max_results`](ListPullTimeUpdateExclusionsRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.max_results = value;
        self
    }
    /// Sets [`ListPullTimeUpdateExclusionsRequest::next_token`](ListPullTimeUpdateExclusionsRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListPullTimeUpdateExclusionsRequest::next_token`](ListPullTimeUpdateExclusionsRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListPullTimeUpdateExclusionsRequest {
        ListPullTimeUpdateExclusionsRequest {
            max_results: self.max_results,
            next_token: self.next_token,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListPullTimeUpdateExclusionsResponse {
    /// The principals excluded.
    pub pull_time_update_exclusions: rt::Option<rt::Vec<rt::String>>,
    /// The token for the next page: pass the `nextToken` of the previous response; absent on the last page.
    pub next_token: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ListPullTimeUpdateExclusionsResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ListPullTimeUpdateExclusionsResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ListPullTimeUpdateExclusionsResponse {
    /// A builder for this structure.
    pub fn builder() -> ListPullTimeUpdateExclusionsResponseBuilder {
        ListPullTimeUpdateExclusionsResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListPullTimeUpdateExclusionsResponse {
    /// [`pull_time_update_exclusions`](Self::pull_time_update_exclusions), empty when unset.
    pub fn pull_time_update_exclusions(&self) -> &[rt::String] {
        self.pull_time_update_exclusions
            .as_deref()
            .unwrap_or_default()
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
}
/// Builds a [`ListPullTimeUpdateExclusionsResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListPullTimeUpdateExclusionsResponseBuilder {
    /// [`ListPullTimeUpdateExclusionsResponse::pull_time_update_exclusions`](ListPullTimeUpdateExclusionsResponse::pull_time_update_exclusions), if set.
    pub pull_time_update_exclusions: rt::Option<rt::Vec<rt::String>>,
    /// [`ListPullTimeUpdateExclusionsResponse::next_token`](ListPullTimeUpdateExclusionsResponse::next_token), if set.
    pub next_token: rt::Option<rt::String>,
}
impl ListPullTimeUpdateExclusionsResponseBuilder {
    /// Appends one element to [`ListPullTimeUpdateExclusionsResponse::pull_time_update_exclusions`](ListPullTimeUpdateExclusionsResponse::pull_time_update_exclusions).
    pub fn pull_time_update_exclusions(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.pull_time_update_exclusions
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ListPullTimeUpdateExclusionsResponse::pull_time_update_exclusions`](ListPullTimeUpdateExclusionsResponse::pull_time_update_exclusions).
    pub fn set_pull_time_update_exclusions(
        mut self,
        value: rt::Option<rt::Vec<rt::String>>,
    ) -> Self {
        self.pull_time_update_exclusions = value;
        self
    }
    /// Sets [`ListPullTimeUpdateExclusionsResponse::next_token`](ListPullTimeUpdateExclusionsResponse::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListPullTimeUpdateExclusionsResponse::next_token`](ListPullTimeUpdateExclusionsResponse::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListPullTimeUpdateExclusionsResponse {
        ListPullTimeUpdateExclusionsResponse {
            pull_time_update_exclusions: self.pull_time_update_exclusions,
            next_token: self.next_token,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListTagsForResourceRequest {
    /// The repository's ARN, `arn:aws:ecr:REGION:ACCOUNT:repository/NAME`.
    pub resource_arn: rt::String,
}
impl ListTagsForResourceRequest {
    /// A builder for this structure.
    pub fn builder() -> ListTagsForResourceRequestBuilder {
        ListTagsForResourceRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListTagsForResourceRequest {
    /// [`resource_arn`](Self::resource_arn).
    pub fn resource_arn(&self) -> &str {
        &self.resource_arn
    }
}
/// Builds a [`ListTagsForResourceRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListTagsForResourceRequestBuilder {
    /// [`ListTagsForResourceRequest::resource_arn`](ListTagsForResourceRequest::resource_arn), if set.
    pub resource_arn: rt::Option<rt::String>,
}
impl ListTagsForResourceRequestBuilder {
    /// Sets [`ListTagsForResourceRequest::resource_arn`](ListTagsForResourceRequest::resource_arn).
    pub fn resource_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.resource_arn = Some(value.into());
        self
    }
    /// Sets or clears [`ListTagsForResourceRequest::resource_arn`](ListTagsForResourceRequest::resource_arn).
    pub fn set_resource_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.resource_arn = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ListTagsForResourceRequest, rt::BuildError> {
        Ok(ListTagsForResourceRequest {
            resource_arn: self.resource_arn.ok_or(rt::BuildError {
                shape: "ListTagsForResourceRequest",
                member: "resourceArn",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListTagsForResourceResponse {
    /// The repository's tags, by key.
    pub tags: rt::Option<rt::Vec<Tag>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ListTagsForResourceResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ListTagsForResourceResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ListTagsForResourceResponse {
    /// A builder for this structure.
    pub fn builder() -> ListTagsForResourceResponseBuilder {
        ListTagsForResourceResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListTagsForResourceResponse {
    /// [`tags`](Self::tags), empty when unset.
    pub fn tags(&self) -> &[Tag] {
        self.tags.as_deref().unwrap_or_default()
    }
}
/// Builds a [`ListTagsForResourceResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListTagsForResourceResponseBuilder {
    /// [`ListTagsForResourceResponse::tags`](ListTagsForResourceResponse::tags), if set.
    pub tags: rt::Option<rt::Vec<Tag>>,
}
impl ListTagsForResourceResponseBuilder {
    /// Appends one element to [`ListTagsForResourceResponse::tags`](ListTagsForResourceResponse::tags).
    pub fn tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.tags
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ListTagsForResourceResponse::tags`](ListTagsForResourceResponse::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.tags = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListTagsForResourceResponse {
        ListTagsForResourceResponse {
            tags: self.tags,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// A pull-through cache rule.
#[derive(Clone, Debug, PartialEq)]
pub struct PullThroughCacheRule {
    /// The rule's repository name prefix.
    pub ecr_repository_prefix: rt::Option<rt::String>,
    /// The upstream registry's address.
    pub upstream_registry_url: rt::Option<rt::String>,
    /// When the rule was created.
    pub created_at: rt::Option<rt::DateTime>,
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The secret holding credentials for the upstream registry.
    pub credential_arn: rt::Option<rt::String>,
    /// The prefix of the upstream's repository names.
    pub upstream_repository_prefix: rt::Option<rt::String>,
    /// Which kind of registry the upstream is.
    pub upstream_registry: rt::Option<UpstreamRegistry>,
    /// When the rule last changed.
    pub updated_at: rt::Option<rt::DateTime>,
}
impl PullThroughCacheRule {
    /// A builder for this structure.
    pub fn builder() -> PullThroughCacheRuleBuilder {
        PullThroughCacheRuleBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PullThroughCacheRule {
    /// [`ecr_repository_prefix`](Self::ecr_repository_prefix).
    pub fn ecr_repository_prefix(&self) -> rt::Option<&str> {
        self.ecr_repository_prefix.as_deref()
    }
    /// [`upstream_registry_url`](Self::upstream_registry_url).
    pub fn upstream_registry_url(&self) -> rt::Option<&str> {
        self.upstream_registry_url.as_deref()
    }
    /// [`created_at`](Self::created_at).
    pub fn created_at(&self) -> rt::Option<&rt::DateTime> {
        self.created_at.as_ref()
    }
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`credential_arn`](Self::credential_arn).
    pub fn credential_arn(&self) -> rt::Option<&str> {
        self.credential_arn.as_deref()
    }
    /// [`upstream_repository_prefix`](Self::upstream_repository_prefix).
    pub fn upstream_repository_prefix(&self) -> rt::Option<&str> {
        self.upstream_repository_prefix.as_deref()
    }
    /// [`upstream_registry`](Self::upstream_registry).
    pub fn upstream_registry(&self) -> rt::Option<&UpstreamRegistry> {
        self.upstream_registry.as_ref()
    }
    /// [`updated_at`](Self::updated_at).
    pub fn updated_at(&self) -> rt::Option<&rt::DateTime> {
        self.updated_at.as_ref()
    }
}
/// Builds a [`PullThroughCacheRule`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PullThroughCacheRuleBuilder {
    /// [`PullThroughCacheRule::ecr_repository_prefix`](PullThroughCacheRule::ecr_repository_prefix), if set.
    pub ecr_repository_prefix: rt::Option<rt::String>,
    /// [`PullThroughCacheRule::upstream_registry_url`](PullThroughCacheRule::upstream_registry_url), if set.
    pub upstream_registry_url: rt::Option<rt::String>,
    /// [`PullThroughCacheRule::created_at`](PullThroughCacheRule::created_at), if set.
    pub created_at: rt::Option<rt::DateTime>,
    /// [`PullThroughCacheRule::registry_id`](PullThroughCacheRule::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`PullThroughCacheRule::credential_arn`](PullThroughCacheRule::credential_arn), if set.
    pub credential_arn: rt::Option<rt::String>,
    /// [`PullThroughCacheRule::upstream_repository_prefix`](PullThroughCacheRule::upstream_repository_prefix), if set.
    pub upstream_repository_prefix: rt::Option<rt::String>,
    /// [`PullThroughCacheRule::upstream_registry`](PullThroughCacheRule::upstream_registry), if set.
    pub upstream_registry: rt::Option<UpstreamRegistry>,
    /// [`PullThroughCacheRule::updated_at`](PullThroughCacheRule::updated_at), if set.
    pub updated_at: rt::Option<rt::DateTime>,
}
impl PullThroughCacheRuleBuilder {
    /// Sets [`PullThroughCacheRule::ecr_repository_prefix`](PullThroughCacheRule::ecr_repository_prefix).
    pub fn ecr_repository_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ecr_repository_prefix = Some(value.into());
        self
    }
    /// Sets or clears [`PullThroughCacheRule::ecr_repository_prefix`](PullThroughCacheRule::ecr_repository_prefix).
    pub fn set_ecr_repository_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.ecr_repository_prefix = value;
        self
    }
    /// Sets [`PullThroughCacheRule::upstream_registry_url`](PullThroughCacheRule::upstream_registry_url).
    pub fn upstream_registry_url(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upstream_registry_url = Some(value.into());
        self
    }
    /// Sets or clears [`PullThroughCacheRule::upstream_registry_url`](PullThroughCacheRule::upstream_registry_url).
    pub fn set_upstream_registry_url(mut self, value: rt::Option<rt::String>) -> Self {
        self.upstream_registry_url = value;
        self
    }
    /// Sets [`PullThroughCacheRule::created_at`](PullThroughCacheRule::created_at).
    pub fn created_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.created_at = Some(value.into());
        self
    }
    /// Sets or clears [`PullThroughCacheRule::created_at`](PullThroughCacheRule::created_at).
    pub fn set_created_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.created_at = value;
        self
    }
    /// Sets [`PullThroughCacheRule::registry_id`](PullThroughCacheRule::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`PullThroughCacheRule::registry_id`](PullThroughCacheRule::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`PullThroughCacheRule::credential_arn`](PullThroughCacheRule::credential_arn).
    pub fn credential_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.credential_arn = Some(value.into());
        self
    }
    /// Sets or clears [`PullThroughCacheRule::credential_arn`](PullThroughCacheRule::credential_arn).
    pub fn set_credential_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.credential_arn = value;
        self
    }
    /// Sets [`PullThroughCacheRule::upstream_repository_prefix`](PullThroughCacheRule::upstream_repository_prefix).
    pub fn upstream_repository_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upstream_repository_prefix = Some(value.into());
        self
    }
    /// Sets or clears [`PullThroughCacheRule::upstream_repository_prefix`](PullThroughCacheRule::upstream_repository_prefix).
    pub fn set_upstream_repository_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.upstream_repository_prefix = value;
        self
    }
    /// Sets [`PullThroughCacheRule::upstream_registry`](PullThroughCacheRule::upstream_registry).
    pub fn upstream_registry(mut self, value: impl rt::Into<UpstreamRegistry>) -> Self {
        self.upstream_registry = Some(value.into());
        self
    }
    /// Sets or clears [`PullThroughCacheRule::upstream_registry`](PullThroughCacheRule::upstream_registry).
    pub fn set_upstream_registry(mut self, value: rt::Option<UpstreamRegistry>) -> Self {
        self.upstream_registry = value;
        self
    }
    /// Sets [`PullThroughCacheRule::updated_at`](PullThroughCacheRule::updated_at).
    pub fn updated_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.updated_at = Some(value.into());
        self
    }
    /// Sets or clears [`PullThroughCacheRule::updated_at`](PullThroughCacheRule::updated_at).
    pub fn set_updated_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.updated_at = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PullThroughCacheRule {
        PullThroughCacheRule {
            ecr_repository_prefix: self.ecr_repository_prefix,
            upstream_registry_url: self.upstream_registry_url,
            created_at: self.created_at,
            registry_id: self.registry_id,
            credential_arn: self.credential_arn,
            upstream_repository_prefix: self.upstream_repository_prefix,
            upstream_registry: self.upstream_registry,
            updated_at: self.updated_at,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutAccountSettingRequest {
    /// The setting, `BASIC_SCAN_TYPE_VERSION` or `REGISTRY_POLICY_SCOPE`.
    pub name: rt::String,
    /// The new value: `AWS_NATIVE` or `CLAIR` for the scan type version, `V1` or `V2` for the policy scope.
    pub value: rt::String,
}
impl PutAccountSettingRequest {
    /// A builder for this structure.
    pub fn builder() -> PutAccountSettingRequestBuilder {
        PutAccountSettingRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutAccountSettingRequest {
    /// [`name`](Self::name).
    pub fn name(&self) -> &str {
        &self.name
    }
    /// [`value`](Self::value).
    pub fn value(&self) -> &str {
        &self.value
    }
}
/// Builds a [`PutAccountSettingRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutAccountSettingRequestBuilder {
    /// [`PutAccountSettingRequest::name`](PutAccountSettingRequest::name), if set.
    pub name: rt::Option<rt::String>,
    /// [`PutAccountSettingRequest::value`](PutAccountSettingRequest::value), if set.
    pub value: rt::Option<rt::String>,
}
impl PutAccountSettingRequestBuilder {
    /// Sets [`PutAccountSettingRequest::name`](PutAccountSettingRequest::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears [`PutAccountSettingRequest::name`](PutAccountSettingRequest::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.name = value;
        self
    }
    /// Sets [`PutAccountSettingRequest::value`](PutAccountSettingRequest::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`PutAccountSettingRequest::value`](PutAccountSettingRequest::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<PutAccountSettingRequest, rt::BuildError> {
        Ok(PutAccountSettingRequest {
            name: self.name.ok_or(rt::BuildError {
                shape: "PutAccountSettingRequest",
                member: "name",
            })?,
            value: self.value.ok_or(rt::BuildError {
                shape: "PutAccountSettingRequest",
                member: "value",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutAccountSettingResponse {
    /// The setting.
    pub name: rt::Option<rt::String>,
    /// The value in force.
    pub value: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PutAccountSettingResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PutAccountSettingResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PutAccountSettingResponse {
    /// A builder for this structure.
    pub fn builder() -> PutAccountSettingResponseBuilder {
        PutAccountSettingResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutAccountSettingResponse {
    /// [`name`](Self::name).
    pub fn name(&self) -> rt::Option<&str> {
        self.name.as_deref()
    }
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
}
/// Builds a [`PutAccountSettingResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutAccountSettingResponseBuilder {
    /// [`PutAccountSettingResponse::name`](PutAccountSettingResponse::name), if set.
    pub name: rt::Option<rt::String>,
    /// [`PutAccountSettingResponse::value`](PutAccountSettingResponse::value), if set.
    pub value: rt::Option<rt::String>,
}
impl PutAccountSettingResponseBuilder {
    /// Sets [`PutAccountSettingResponse::name`](PutAccountSettingResponse::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears [`PutAccountSettingResponse::name`](PutAccountSettingResponse::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.name = value;
        self
    }
    /// Sets [`PutAccountSettingResponse::value`](PutAccountSettingResponse::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`PutAccountSettingResponse::value`](PutAccountSettingResponse::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PutAccountSettingResponse {
        PutAccountSettingResponse {
            name: self.name,
            value: self.value,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutImageRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// The image manifest, as JSON text.
    pub image_manifest: rt::String,
    /// The media type of the manifest; read from the manifest's `mediaType` when omitted.
    pub image_manifest_media_type: rt::Option<rt::String>,
    /// A tag naming the image.
    pub image_tag: rt::Option<rt::String>,
    /// The digest of the image manifest.
    pub image_digest: rt::Option<rt::String>,
}
impl PutImageRequest {
    /// A builder for this structure.
    pub fn builder() -> PutImageRequestBuilder {
        PutImageRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutImageRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`image_manifest`](Self::image_manifest).
    pub fn image_manifest(&self) -> &str {
        &self.image_manifest
    }
    /// [`image_manifest_media_type`](Self::image_manifest_media_type).
    pub fn image_manifest_media_type(&self) -> rt::Option<&str> {
        self.image_manifest_media_type.as_deref()
    }
    /// [`image_tag`](Self::image_tag).
    pub fn image_tag(&self) -> rt::Option<&str> {
        self.image_tag.as_deref()
    }
    /// [`image_digest`](Self::image_digest).
    pub fn image_digest(&self) -> rt::Option<&str> {
        self.image_digest.as_deref()
    }
}
/// Builds a [`PutImageRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutImageRequestBuilder {
    /// [`PutImageRequest::registry_id`](PutImageRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`PutImageRequest::repository_name`](PutImageRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`PutImageRequest::image_manifest`](PutImageRequest::image_manifest), if set.
    pub image_manifest: rt::Option<rt::String>,
    /// [`PutImageRequest::image_manifest_media_type`](PutImageRequest::image_manifest_media_type), if set.
    pub image_manifest_media_type: rt::Option<rt::String>,
    /// [`PutImageRequest::image_tag`](PutImageRequest::image_tag), if set.
    pub image_tag: rt::Option<rt::String>,
    /// [`PutImageRequest::image_digest`](PutImageRequest::image_digest), if set.
    pub image_digest: rt::Option<rt::String>,
}
impl PutImageRequestBuilder {
    /// Sets [`PutImageRequest::registry_id`](PutImageRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`PutImageRequest::registry_id`](PutImageRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`PutImageRequest::repository_name`](PutImageRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`PutImageRequest::repository_name`](PutImageRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`PutImageRequest::image_manifest`](PutImageRequest::image_manifest).
    pub fn image_manifest(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.image_manifest = Some(value.into());
        self
    }
    /// Sets or clears [`PutImageRequest::image_manifest`](PutImageRequest::image_manifest).
    pub fn set_image_manifest(mut self, value: rt::Option<rt::String>) -> Self {
        self.image_manifest = value;
        self
    }
    /// Sets [`PutImageRequest::image_manifest_media_type`](PutImageRequest::image_manifest_media_type).
    pub fn image_manifest_media_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.image_manifest_media_type = Some(value.into());
        self
    }
    /// Sets or clears [`PutImageRequest::image_manifest_media_type`](PutImageRequest::image_manifest_media_type).
    pub fn set_image_manifest_media_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.image_manifest_media_type = value;
        self
    }
    /// Sets [`PutImageRequest::image_tag`](PutImageRequest::image_tag).
    pub fn image_tag(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.image_tag = Some(value.into());
        self
    }
    /// Sets or clears [`PutImageRequest::image_tag`](PutImageRequest::image_tag).
    pub fn set_image_tag(mut self, value: rt::Option<rt::String>) -> Self {
        self.image_tag = value;
        self
    }
    /// Sets [`PutImageRequest::image_digest`](PutImageRequest::image_digest).
    pub fn image_digest(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.image_digest = Some(value.into());
        self
    }
    /// Sets or clears [`PutImageRequest::image_digest`](PutImageRequest::image_digest).
    pub fn set_image_digest(mut self, value: rt::Option<rt::String>) -> Self {
        self.image_digest = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<PutImageRequest, rt::BuildError> {
        Ok(PutImageRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "PutImageRequest",
                member: "repositoryName",
            })?,
            image_manifest: self.image_manifest.ok_or(rt::BuildError {
                shape: "PutImageRequest",
                member: "imageManifest",
            })?,
            image_manifest_media_type: self.image_manifest_media_type,
            image_tag: self.image_tag,
            image_digest: self.image_digest,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutImageResponse {
    /// The image.
    pub image: rt::Option<Image>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PutImageResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PutImageResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PutImageResponse {
    /// A builder for this structure.
    pub fn builder() -> PutImageResponseBuilder {
        PutImageResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutImageResponse {
    /// [`image`](Self::image).
    pub fn image(&self) -> rt::Option<&Image> {
        self.image.as_ref()
    }
}
/// Builds a [`PutImageResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutImageResponseBuilder {
    /// [`PutImageResponse::image`](PutImageResponse::image), if set.
    pub image: rt::Option<Image>,
}
impl PutImageResponseBuilder {
    /// Sets [`PutImageResponse::image`](PutImageResponse::image).
    pub fn image(mut self, value: impl rt::Into<Image>) -> Self {
        self.image = Some(value.into());
        self
    }
    /// Sets or clears [`PutImageResponse::image`](PutImageResponse::image).
    pub fn set_image(mut self, value: rt::Option<Image>) -> Self {
        self.image = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PutImageResponse {
        PutImageResponse {
            image: self.image,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutImageScanningConfigurationRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// Whether images are scanned when pushed.
    pub image_scanning_configuration: ImageScanningConfiguration,
}
impl PutImageScanningConfigurationRequest {
    /// A builder for this structure.
    pub fn builder() -> PutImageScanningConfigurationRequestBuilder {
        PutImageScanningConfigurationRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutImageScanningConfigurationRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`image_scanning_configuration`](Self::image_scanning_configuration).
    pub fn image_scanning_configuration(&self) -> &ImageScanningConfiguration {
        &self.image_scanning_configuration
    }
}
/// Builds a [`PutImageScanningConfigurationRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutImageScanningConfigurationRequestBuilder {
    /// [`PutImageScanningConfigurationRequest::registry_id`](PutImageScanningConfigurationRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`PutImageScanningConfigurationRequest::repository_name`](PutImageScanningConfigurationRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`PutImageScanningConfigurationRequest::image_scanning_configuration`](PutImageScanningConfigurationRequest::image_scanning_configuration), if set.
    pub image_scanning_configuration: rt::Option<ImageScanningConfiguration>,
}
impl PutImageScanningConfigurationRequestBuilder {
    /// Sets [`PutImageScanningConfigurationRequest::registry_id`](PutImageScanningConfigurationRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`PutImageScanningConfigurationRequest::registry_id`](PutImageScanningConfigurationRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`PutImageScanningConfigurationRequest::repository_name`](PutImageScanningConfigurationRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`PutImageScanningConfigurationRequest::repository_name`](PutImageScanningConfigurationRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`PutImageScanningConfigurationRequest::image_scanning_configuration`](PutImageScanningConfigurationRequest::image_scanning_configuration).
    pub fn image_scanning_configuration(
        mut self,
        value: impl rt::Into<ImageScanningConfiguration>,
    ) -> Self {
        self.image_scanning_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`PutImageScanningConfigurationRequest::image_scanning_configuration`](PutImageScanningConfigurationRequest::image_scanning_configuration).
    pub fn set_image_scanning_configuration(
        mut self,
        value: rt::Option<ImageScanningConfiguration>,
    ) -> Self {
        self.image_scanning_configuration = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<PutImageScanningConfigurationRequest, rt::BuildError> {
        Ok(PutImageScanningConfigurationRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "PutImageScanningConfigurationRequest",
                member: "repositoryName",
            })?,
            image_scanning_configuration: self.image_scanning_configuration.ok_or(
                rt::BuildError {
                    shape: "PutImageScanningConfigurationRequest",
                    member: "imageScanningConfiguration",
                },
            )?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutImageScanningConfigurationResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::Option<rt::String>,
    /// Whether images are scanned when pushed.
    pub image_scanning_configuration: rt::Option<ImageScanningConfiguration>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PutImageScanningConfigurationResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PutImageScanningConfigurationResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PutImageScanningConfigurationResponse {
    /// A builder for this structure.
    pub fn builder() -> PutImageScanningConfigurationResponseBuilder {
        PutImageScanningConfigurationResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutImageScanningConfigurationResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`image_scanning_configuration`](Self::image_scanning_configuration).
    pub fn image_scanning_configuration(&self) -> rt::Option<&ImageScanningConfiguration> {
        self.image_scanning_configuration.as_ref()
    }
}
/// Builds a [`PutImageScanningConfigurationResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutImageScanningConfigurationResponseBuilder {
    /// [`PutImageScanningConfigurationResponse::registry_id`](PutImageScanningConfigurationResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`PutImageScanningConfigurationResponse::repository_name`](PutImageScanningConfigurationResponse::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`PutImageScanningConfigurationResponse::image_scanning_configuration`](PutImageScanningConfigurationResponse::image_scanning_configuration), if set.
    pub image_scanning_configuration: rt::Option<ImageScanningConfiguration>,
}
impl PutImageScanningConfigurationResponseBuilder {
    /// Sets [`PutImageScanningConfigurationResponse::registry_id`](PutImageScanningConfigurationResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`PutImageScanningConfigurationResponse::registry_id`](PutImageScanningConfigurationResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`PutImageScanningConfigurationResponse::repository_name`](PutImageScanningConfigurationResponse::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`PutImageScanningConfigurationResponse::repository_name`](PutImageScanningConfigurationResponse::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`PutImageScanningConfigurationResponse::image_scanning_configuration`](PutImageScanningConfigurationResponse::image_scanning_configuration).
    pub fn image_scanning_configuration(
        mut self,
        value: impl rt::Into<ImageScanningConfiguration>,
    ) -> Self {
        self.image_scanning_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`PutImageScanningConfigurationResponse::image_scanning_configuration`](PutImageScanningConfigurationResponse::image_scanning_configuration).
    pub fn set_image_scanning_configuration(
        mut self,
        value: rt::Option<ImageScanningConfiguration>,
    ) -> Self {
        self.image_scanning_configuration = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PutImageScanningConfigurationResponse {
        PutImageScanningConfigurationResponse {
            registry_id: self.registry_id,
            repository_name: self.repository_name,
            image_scanning_configuration: self.image_scanning_configuration,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutImageTagMutabilityRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// Whether tags may move from one image to another.
    pub image_tag_mutability: ImageTagMutability,
}
impl PutImageTagMutabilityRequest {
    /// A builder for this structure.
    pub fn builder() -> PutImageTagMutabilityRequestBuilder {
        PutImageTagMutabilityRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutImageTagMutabilityRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`image_tag_mutability`](Self::image_tag_mutability).
    pub fn image_tag_mutability(&self) -> &ImageTagMutability {
        &self.image_tag_mutability
    }
}
/// Builds a [`PutImageTagMutabilityRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutImageTagMutabilityRequestBuilder {
    /// [`PutImageTagMutabilityRequest::registry_id`](PutImageTagMutabilityRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`PutImageTagMutabilityRequest::repository_name`](PutImageTagMutabilityRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`PutImageTagMutabilityRequest::image_tag_mutability`](PutImageTagMutabilityRequest::image_tag_mutability), if set.
    pub image_tag_mutability: rt::Option<ImageTagMutability>,
}
impl PutImageTagMutabilityRequestBuilder {
    /// Sets [`PutImageTagMutabilityRequest::registry_id`](PutImageTagMutabilityRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`PutImageTagMutabilityRequest::registry_id`](PutImageTagMutabilityRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`PutImageTagMutabilityRequest::repository_name`](PutImageTagMutabilityRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`PutImageTagMutabilityRequest::repository_name`](PutImageTagMutabilityRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`PutImageTagMutabilityRequest::image_tag_mutability`](PutImageTagMutabilityRequest::image_tag_mutability).
    pub fn image_tag_mutability(mut self, value: impl rt::Into<ImageTagMutability>) -> Self {
        self.image_tag_mutability = Some(value.into());
        self
    }
    /// Sets or clears [`PutImageTagMutabilityRequest::image_tag_mutability`](PutImageTagMutabilityRequest::image_tag_mutability).
    pub fn set_image_tag_mutability(mut self, value: rt::Option<ImageTagMutability>) -> Self {
        self.image_tag_mutability = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<PutImageTagMutabilityRequest, rt::BuildError> {
        Ok(PutImageTagMutabilityRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "PutImageTagMutabilityRequest",
                member: "repositoryName",
            })?,
            image_tag_mutability: self.image_tag_mutability.ok_or(rt::BuildError {
                shape: "PutImageTagMutabilityRequest",
                member: "imageTagMutability",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutImageTagMutabilityResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The repository.
    pub repository_name: rt::Option<rt::String>,
    /// The setting now in force.
    pub image_tag_mutability: rt::Option<ImageTagMutability>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PutImageTagMutabilityResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PutImageTagMutabilityResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PutImageTagMutabilityResponse {
    /// A builder for this structure.
    pub fn builder() -> PutImageTagMutabilityResponseBuilder {
        PutImageTagMutabilityResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutImageTagMutabilityResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`image_tag_mutability`](Self::image_tag_mutability).
    pub fn image_tag_mutability(&self) -> rt::Option<&ImageTagMutability> {
        self.image_tag_mutability.as_ref()
    }
}
/// Builds a [`PutImageTagMutabilityResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutImageTagMutabilityResponseBuilder {
    /// [`PutImageTagMutabilityResponse::registry_id`](PutImageTagMutabilityResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`PutImageTagMutabilityResponse::repository_name`](PutImageTagMutabilityResponse::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`PutImageTagMutabilityResponse::image_tag_mutability`](PutImageTagMutabilityResponse::image_tag_mutability), if set.
    pub image_tag_mutability: rt::Option<ImageTagMutability>,
}
impl PutImageTagMutabilityResponseBuilder {
    /// Sets [`PutImageTagMutabilityResponse::registry_id`](PutImageTagMutabilityResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`PutImageTagMutabilityResponse::registry_id`](PutImageTagMutabilityResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`PutImageTagMutabilityResponse::repository_name`](PutImageTagMutabilityResponse::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`PutImageTagMutabilityResponse::repository_name`](PutImageTagMutabilityResponse::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`PutImageTagMutabilityResponse::image_tag_mutability`](PutImageTagMutabilityResponse::image_tag_mutability).
    pub fn image_tag_mutability(mut self, value: impl rt::Into<ImageTagMutability>) -> Self {
        self.image_tag_mutability = Some(value.into());
        self
    }
    /// Sets or clears [`PutImageTagMutabilityResponse::image_tag_mutability`](PutImageTagMutabilityResponse::image_tag_mutability).
    pub fn set_image_tag_mutability(mut self, value: rt::Option<ImageTagMutability>) -> Self {
        self.image_tag_mutability = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PutImageTagMutabilityResponse {
        PutImageTagMutabilityResponse {
            registry_id: self.registry_id,
            repository_name: self.repository_name,
            image_tag_mutability: self.image_tag_mutability,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutLifecyclePolicyRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// The policy, as JSON: `{"rules": [...]}`.
    pub lifecycle_policy_text: rt::String,
}
impl PutLifecyclePolicyRequest {
    /// A builder for this structure.
    pub fn builder() -> PutLifecyclePolicyRequestBuilder {
        PutLifecyclePolicyRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutLifecyclePolicyRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`lifecycle_policy_text`](Self::lifecycle_policy_text).
    pub fn lifecycle_policy_text(&self) -> &str {
        &self.lifecycle_policy_text
    }
}
/// Builds a [`PutLifecyclePolicyRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutLifecyclePolicyRequestBuilder {
    /// [`PutLifecyclePolicyRequest::registry_id`](PutLifecyclePolicyRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`PutLifecyclePolicyRequest::repository_name`](PutLifecyclePolicyRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`PutLifecyclePolicyRequest::lifecycle_policy_text`](PutLifecyclePolicyRequest::lifecycle_policy_text), if set.
    pub lifecycle_policy_text: rt::Option<rt::String>,
}
impl PutLifecyclePolicyRequestBuilder {
    /// Sets [`PutLifecyclePolicyRequest::registry_id`](PutLifecyclePolicyRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`PutLifecyclePolicyRequest::registry_id`](PutLifecyclePolicyRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`PutLifecyclePolicyRequest::repository_name`](PutLifecyclePolicyRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`PutLifecyclePolicyRequest::repository_name`](PutLifecyclePolicyRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`PutLifecyclePolicyRequest::lifecycle_policy_text`](PutLifecyclePolicyRequest::lifecycle_policy_text).
    pub fn lifecycle_policy_text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.lifecycle_policy_text = Some(value.into());
        self
    }
    /// Sets or clears [`PutLifecyclePolicyRequest::lifecycle_policy_text`](PutLifecyclePolicyRequest::lifecycle_policy_text).
    pub fn set_lifecycle_policy_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.lifecycle_policy_text = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<PutLifecyclePolicyRequest, rt::BuildError> {
        Ok(PutLifecyclePolicyRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "PutLifecyclePolicyRequest",
                member: "repositoryName",
            })?,
            lifecycle_policy_text: self.lifecycle_policy_text.ok_or(rt::BuildError {
                shape: "PutLifecyclePolicyRequest",
                member: "lifecyclePolicyText",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutLifecyclePolicyResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The repository.
    pub repository_name: rt::Option<rt::String>,
    /// The policy now in force.
    pub lifecycle_policy_text: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PutLifecyclePolicyResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PutLifecyclePolicyResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PutLifecyclePolicyResponse {
    /// A builder for this structure.
    pub fn builder() -> PutLifecyclePolicyResponseBuilder {
        PutLifecyclePolicyResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutLifecyclePolicyResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`lifecycle_policy_text`](Self::lifecycle_policy_text).
    pub fn lifecycle_policy_text(&self) -> rt::Option<&str> {
        self.lifecycle_policy_text.as_deref()
    }
}
/// Builds a [`PutLifecyclePolicyResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutLifecyclePolicyResponseBuilder {
    /// [`PutLifecyclePolicyResponse::registry_id`](PutLifecyclePolicyResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`PutLifecyclePolicyResponse::repository_name`](PutLifecyclePolicyResponse::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`PutLifecyclePolicyResponse::lifecycle_policy_text`](PutLifecyclePolicyResponse::lifecycle_policy_text), if set.
    pub lifecycle_policy_text: rt::Option<rt::String>,
}
impl PutLifecyclePolicyResponseBuilder {
    /// Sets [`PutLifecyclePolicyResponse::registry_id`](PutLifecyclePolicyResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`PutLifecyclePolicyResponse::registry_id`](PutLifecyclePolicyResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`PutLifecyclePolicyResponse::repository_name`](PutLifecyclePolicyResponse::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`PutLifecyclePolicyResponse::repository_name`](PutLifecyclePolicyResponse::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`PutLifecyclePolicyResponse::lifecycle_policy_text`](PutLifecyclePolicyResponse::lifecycle_policy_text).
    pub fn lifecycle_policy_text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.lifecycle_policy_text = Some(value.into());
        self
    }
    /// Sets or clears [`PutLifecyclePolicyResponse::lifecycle_policy_text`](PutLifecyclePolicyResponse::lifecycle_policy_text).
    pub fn set_lifecycle_policy_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.lifecycle_policy_text = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PutLifecyclePolicyResponse {
        PutLifecyclePolicyResponse {
            registry_id: self.registry_id,
            repository_name: self.repository_name,
            lifecycle_policy_text: self.lifecycle_policy_text,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutRegistryPolicyRequest {
    /// The policy: an IAM policy document in JSON.
    pub policy_text: rt::String,
}
impl PutRegistryPolicyRequest {
    /// A builder for this structure.
    pub fn builder() -> PutRegistryPolicyRequestBuilder {
        PutRegistryPolicyRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutRegistryPolicyRequest {
    /// [`policy_text`](Self::policy_text).
    pub fn policy_text(&self) -> &str {
        &self.policy_text
    }
}
/// Builds a [`PutRegistryPolicyRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutRegistryPolicyRequestBuilder {
    /// [`PutRegistryPolicyRequest::policy_text`](PutRegistryPolicyRequest::policy_text), if set.
    pub policy_text: rt::Option<rt::String>,
}
impl PutRegistryPolicyRequestBuilder {
    /// Sets [`PutRegistryPolicyRequest::policy_text`](PutRegistryPolicyRequest::policy_text).
    pub fn policy_text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.policy_text = Some(value.into());
        self
    }
    /// Sets or clears [`PutRegistryPolicyRequest::policy_text`](PutRegistryPolicyRequest::policy_text).
    pub fn set_policy_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.policy_text = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<PutRegistryPolicyRequest, rt::BuildError> {
        Ok(PutRegistryPolicyRequest {
            policy_text: self.policy_text.ok_or(rt::BuildError {
                shape: "PutRegistryPolicyRequest",
                member: "policyText",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutRegistryPolicyResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The policy: an IAM policy document in JSON.
    pub policy_text: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PutRegistryPolicyResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PutRegistryPolicyResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PutRegistryPolicyResponse {
    /// A builder for this structure.
    pub fn builder() -> PutRegistryPolicyResponseBuilder {
        PutRegistryPolicyResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutRegistryPolicyResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`policy_text`](Self::policy_text).
    pub fn policy_text(&self) -> rt::Option<&str> {
        self.policy_text.as_deref()
    }
}
/// Builds a [`PutRegistryPolicyResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutRegistryPolicyResponseBuilder {
    /// [`PutRegistryPolicyResponse::registry_id`](PutRegistryPolicyResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`PutRegistryPolicyResponse::policy_text`](PutRegistryPolicyResponse::policy_text), if set.
    pub policy_text: rt::Option<rt::String>,
}
impl PutRegistryPolicyResponseBuilder {
    /// Sets [`PutRegistryPolicyResponse::registry_id`](PutRegistryPolicyResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`PutRegistryPolicyResponse::registry_id`](PutRegistryPolicyResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`PutRegistryPolicyResponse::policy_text`](PutRegistryPolicyResponse::policy_text).
    pub fn policy_text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.policy_text = Some(value.into());
        self
    }
    /// Sets or clears [`PutRegistryPolicyResponse::policy_text`](PutRegistryPolicyResponse::policy_text).
    pub fn set_policy_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.policy_text = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PutRegistryPolicyResponse {
        PutRegistryPolicyResponse {
            registry_id: self.registry_id,
            policy_text: self.policy_text,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutRegistryScanningConfigurationRequest {
    /// The kind of scanning; `BASIC` when left out.
    pub scan_type: rt::Option<ScanType>,
    /// The rules choosing when each repository's images are scanned.
    pub rules: rt::Option<rt::Vec<RegistryScanningRule>>,
}
impl PutRegistryScanningConfigurationRequest {
    /// A builder for this structure.
    pub fn builder() -> PutRegistryScanningConfigurationRequestBuilder {
        PutRegistryScanningConfigurationRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutRegistryScanningConfigurationRequest {
    /// [`scan_type`](Self::scan_type).
    pub fn scan_type(&self) -> rt::Option<&ScanType> {
        self.scan_type.as_ref()
    }
    /// [`rules`](Self::rules), empty when unset.
    pub fn rules(&self) -> &[RegistryScanningRule] {
        self.rules.as_deref().unwrap_or_default()
    }
}
/// Builds a [`PutRegistryScanningConfigurationRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutRegistryScanningConfigurationRequestBuilder {
    /// [`PutRegistryScanningConfigurationRequest::scan_type`](PutRegistryScanningConfigurationRequest::scan_type), if set.
    pub scan_type: rt::Option<ScanType>,
    /// [`PutRegistryScanningConfigurationRequest::rules`](PutRegistryScanningConfigurationRequest::rules), if set.
    pub rules: rt::Option<rt::Vec<RegistryScanningRule>>,
}
impl PutRegistryScanningConfigurationRequestBuilder {
    /// Sets [`PutRegistryScanningConfigurationRequest::scan_type`](PutRegistryScanningConfigurationRequest::scan_type).
    pub fn scan_type(mut self, value: impl rt::Into<ScanType>) -> Self {
        self.scan_type = Some(value.into());
        self
    }
    /// Sets or clears [`PutRegistryScanningConfigurationRequest::scan_type`](PutRegistryScanningConfigurationRequest::scan_type).
    pub fn set_scan_type(mut self, value: rt::Option<ScanType>) -> Self {
        self.scan_type = value;
        self
    }
    /// Appends one element to [`PutRegistryScanningConfigurationRequest::rules`](PutRegistryScanningConfigurationRequest::rules).
    pub fn rules(mut self, value: impl rt::Into<RegistryScanningRule>) -> Self {
        self.rules
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`PutRegistryScanningConfigurationRequest::rules`](PutRegistryScanningConfigurationRequest::rules).
    pub fn set_rules(mut self, value: rt::Option<rt::Vec<RegistryScanningRule>>) -> Self {
        self.rules = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PutRegistryScanningConfigurationRequest {
        PutRegistryScanningConfigurationRequest {
            scan_type: self.scan_type,
            rules: self.rules,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutRegistryScanningConfigurationResponse {
    /// The scanning configuration now in force.
    pub registry_scanning_configuration: rt::Option<RegistryScanningConfiguration>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PutRegistryScanningConfigurationResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PutRegistryScanningConfigurationResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PutRegistryScanningConfigurationResponse {
    /// A builder for this structure.
    pub fn builder() -> PutRegistryScanningConfigurationResponseBuilder {
        PutRegistryScanningConfigurationResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutRegistryScanningConfigurationResponse {
    /// [`registry_scanning_configuration`](Self::registry_scanning_configuration).
    pub fn registry_scanning_configuration(&self) -> rt::Option<&RegistryScanningConfiguration> {
        self.registry_scanning_configuration.as_ref()
    }
}
/// Builds a [`PutRegistryScanningConfigurationResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutRegistryScanningConfigurationResponseBuilder {
    /// [`PutRegistryScanningConfigurationResponse::registry_scanning_configuration`](PutRegistryScanningConfigurationResponse::registry_scanning_configuration), if set.
    pub registry_scanning_configuration: rt::Option<RegistryScanningConfiguration>,
}
impl PutRegistryScanningConfigurationResponseBuilder {
    /// Sets [`PutRegistryScanningConfigurationResponse::registry_scanning_configuration`](PutRegistryScanningConfigurationResponse::registry_scanning_configuration).
    pub fn registry_scanning_configuration(
        mut self,
        value: impl rt::Into<RegistryScanningConfiguration>,
    ) -> Self {
        self.registry_scanning_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`PutRegistryScanningConfigurationResponse::registry_scanning_configuration`](PutRegistryScanningConfigurationResponse::registry_scanning_configuration).
    pub fn set_registry_scanning_configuration(
        mut self,
        value: rt::Option<RegistryScanningConfiguration>,
    ) -> Self {
        self.registry_scanning_configuration = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PutRegistryScanningConfigurationResponse {
        PutRegistryScanningConfigurationResponse {
            registry_scanning_configuration: self.registry_scanning_configuration,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutReplicationConfigurationRequest {
    /// Where images pushed to this registry are copied.
    pub replication_configuration: ReplicationConfiguration,
}
impl PutReplicationConfigurationRequest {
    /// A builder for this structure.
    pub fn builder() -> PutReplicationConfigurationRequestBuilder {
        PutReplicationConfigurationRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutReplicationConfigurationRequest {
    /// [`replication_configuration`](Self::replication_configuration).
    pub fn replication_configuration(&self) -> &ReplicationConfiguration {
        &self.replication_configuration
    }
}
/// Builds a [`PutReplicationConfigurationRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutReplicationConfigurationRequestBuilder {
    /// [`PutReplicationConfigurationRequest::replication_configuration`](PutReplicationConfigurationRequest::replication_configuration), if set.
    pub replication_configuration: rt::Option<ReplicationConfiguration>,
}
impl PutReplicationConfigurationRequestBuilder {
    /// Sets [`PutReplicationConfigurationRequest::replication_configuration`](PutReplicationConfigurationRequest::replication_configuration).
    pub fn replication_configuration(
        mut self,
        value: impl rt::Into<ReplicationConfiguration>,
    ) -> Self {
        self.replication_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`PutReplicationConfigurationRequest::replication_configuration`](PutReplicationConfigurationRequest::replication_configuration).
    pub fn set_replication_configuration(
        mut self,
        value: rt::Option<ReplicationConfiguration>,
    ) -> Self {
        self.replication_configuration = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<PutReplicationConfigurationRequest, rt::BuildError> {
        Ok(PutReplicationConfigurationRequest {
            replication_configuration: self.replication_configuration.ok_or(rt::BuildError {
                shape: "PutReplicationConfigurationRequest",
                member: "replicationConfiguration",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutReplicationConfigurationResponse {
    /// Where images pushed to this registry are copied.
    pub replication_configuration: rt::Option<ReplicationConfiguration>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PutReplicationConfigurationResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PutReplicationConfigurationResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PutReplicationConfigurationResponse {
    /// A builder for this structure.
    pub fn builder() -> PutReplicationConfigurationResponseBuilder {
        PutReplicationConfigurationResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutReplicationConfigurationResponse {
    /// [`replication_configuration`](Self::replication_configuration).
    pub fn replication_configuration(&self) -> rt::Option<&ReplicationConfiguration> {
        self.replication_configuration.as_ref()
    }
}
/// Builds a [`PutReplicationConfigurationResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutReplicationConfigurationResponseBuilder {
    /// [`PutReplicationConfigurationResponse::replication_configuration`](PutReplicationConfigurationResponse::replication_configuration), if set.
    pub replication_configuration: rt::Option<ReplicationConfiguration>,
}
impl PutReplicationConfigurationResponseBuilder {
    /// Sets [`PutReplicationConfigurationResponse::replication_configuration`](PutReplicationConfigurationResponse::replication_configuration).
    pub fn replication_configuration(
        mut self,
        value: impl rt::Into<ReplicationConfiguration>,
    ) -> Self {
        self.replication_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`PutReplicationConfigurationResponse::replication_configuration`](PutReplicationConfigurationResponse::replication_configuration).
    pub fn set_replication_configuration(
        mut self,
        value: rt::Option<ReplicationConfiguration>,
    ) -> Self {
        self.replication_configuration = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PutReplicationConfigurationResponse {
        PutReplicationConfigurationResponse {
            replication_configuration: self.replication_configuration,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutSigningConfigurationRequest {
    /// The signing configuration.
    pub signing_configuration: SigningConfiguration,
}
impl PutSigningConfigurationRequest {
    /// A builder for this structure.
    pub fn builder() -> PutSigningConfigurationRequestBuilder {
        PutSigningConfigurationRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutSigningConfigurationRequest {
    /// [`signing_configuration`](Self::signing_configuration).
    pub fn signing_configuration(&self) -> &SigningConfiguration {
        &self.signing_configuration
    }
}
/// Builds a [`PutSigningConfigurationRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutSigningConfigurationRequestBuilder {
    /// [`PutSigningConfigurationRequest::signing_configuration`](PutSigningConfigurationRequest::signing_configuration), if set.
    pub signing_configuration: rt::Option<SigningConfiguration>,
}
impl PutSigningConfigurationRequestBuilder {
    /// Sets [`PutSigningConfigurationRequest::signing_configuration`](PutSigningConfigurationRequest::signing_configuration).
    pub fn signing_configuration(mut self, value: impl rt::Into<SigningConfiguration>) -> Self {
        self.signing_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`PutSigningConfigurationRequest::signing_configuration`](PutSigningConfigurationRequest::signing_configuration).
    pub fn set_signing_configuration(mut self, value: rt::Option<SigningConfiguration>) -> Self {
        self.signing_configuration = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<PutSigningConfigurationRequest, rt::BuildError> {
        Ok(PutSigningConfigurationRequest {
            signing_configuration: self.signing_configuration.ok_or(rt::BuildError {
                shape: "PutSigningConfigurationRequest",
                member: "signingConfiguration",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutSigningConfigurationResponse {
    /// The signing configuration.
    pub signing_configuration: rt::Option<SigningConfiguration>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PutSigningConfigurationResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PutSigningConfigurationResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PutSigningConfigurationResponse {
    /// A builder for this structure.
    pub fn builder() -> PutSigningConfigurationResponseBuilder {
        PutSigningConfigurationResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutSigningConfigurationResponse {
    /// [`signing_configuration`](Self::signing_configuration).
    pub fn signing_configuration(&self) -> rt::Option<&SigningConfiguration> {
        self.signing_configuration.as_ref()
    }
}
/// Builds a [`PutSigningConfigurationResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutSigningConfigurationResponseBuilder {
    /// [`PutSigningConfigurationResponse::signing_configuration`](PutSigningConfigurationResponse::signing_configuration), if set.
    pub signing_configuration: rt::Option<SigningConfiguration>,
}
impl PutSigningConfigurationResponseBuilder {
    /// Sets [`PutSigningConfigurationResponse::signing_configuration`](PutSigningConfigurationResponse::signing_configuration).
    pub fn signing_configuration(mut self, value: impl rt::Into<SigningConfiguration>) -> Self {
        self.signing_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`PutSigningConfigurationResponse::signing_configuration`](PutSigningConfigurationResponse::signing_configuration).
    pub fn set_signing_configuration(mut self, value: rt::Option<SigningConfiguration>) -> Self {
        self.signing_configuration = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PutSigningConfigurationResponse {
        PutSigningConfigurationResponse {
            signing_configuration: self.signing_configuration,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct RegisterPullTimeUpdateExclusionRequest {
    /// The IAM user or role.
    pub principal_arn: rt::String,
}
impl RegisterPullTimeUpdateExclusionRequest {
    /// A builder for this structure.
    pub fn builder() -> RegisterPullTimeUpdateExclusionRequestBuilder {
        RegisterPullTimeUpdateExclusionRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl RegisterPullTimeUpdateExclusionRequest {
    /// [`principal_arn`](Self::principal_arn).
    pub fn principal_arn(&self) -> &str {
        &self.principal_arn
    }
}
/// Builds a [`RegisterPullTimeUpdateExclusionRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RegisterPullTimeUpdateExclusionRequestBuilder {
    /// [`RegisterPullTimeUpdateExclusionRequest::principal_arn`](RegisterPullTimeUpdateExclusionRequest::principal_arn), if set.
    pub principal_arn: rt::Option<rt::String>,
}
impl RegisterPullTimeUpdateExclusionRequestBuilder {
    /// Sets [`RegisterPullTimeUpdateExclusionRequest::principal_arn`](RegisterPullTimeUpdateExclusionRequest::principal_arn).
    pub fn principal_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.principal_arn = Some(value.into());
        self
    }
    /// Sets or clears [`RegisterPullTimeUpdateExclusionRequest::principal_arn`](RegisterPullTimeUpdateExclusionRequest::principal_arn).
    pub fn set_principal_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.principal_arn = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<RegisterPullTimeUpdateExclusionRequest, rt::BuildError> {
        Ok(RegisterPullTimeUpdateExclusionRequest {
            principal_arn: self.principal_arn.ok_or(rt::BuildError {
                shape: "RegisterPullTimeUpdateExclusionRequest",
                member: "principalArn",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct RegisterPullTimeUpdateExclusionResponse {
    /// The IAM user or role.
    pub principal_arn: rt::Option<rt::String>,
    /// When the exclusion was registered.
    pub created_at: rt::Option<rt::DateTime>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for RegisterPullTimeUpdateExclusionResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for RegisterPullTimeUpdateExclusionResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl RegisterPullTimeUpdateExclusionResponse {
    /// A builder for this structure.
    pub fn builder() -> RegisterPullTimeUpdateExclusionResponseBuilder {
        RegisterPullTimeUpdateExclusionResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl RegisterPullTimeUpdateExclusionResponse {
    /// [`principal_arn`](Self::principal_arn).
    pub fn principal_arn(&self) -> rt::Option<&str> {
        self.principal_arn.as_deref()
    }
    /// [`created_at`](Self::created_at).
    pub fn created_at(&self) -> rt::Option<&rt::DateTime> {
        self.created_at.as_ref()
    }
}
/// Builds a [`RegisterPullTimeUpdateExclusionResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RegisterPullTimeUpdateExclusionResponseBuilder {
    /// [`RegisterPullTimeUpdateExclusionResponse::principal_arn`](RegisterPullTimeUpdateExclusionResponse::principal_arn), if set.
    pub principal_arn: rt::Option<rt::String>,
    /// [`RegisterPullTimeUpdateExclusionResponse::created_at`](RegisterPullTimeUpdateExclusionResponse::created_at), if set.
    pub created_at: rt::Option<rt::DateTime>,
}
impl RegisterPullTimeUpdateExclusionResponseBuilder {
    /// Sets [`RegisterPullTimeUpdateExclusionResponse::principal_arn`](RegisterPullTimeUpdateExclusionResponse::principal_arn).
    pub fn principal_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.principal_arn = Some(value.into());
        self
    }
    /// Sets or clears [`RegisterPullTimeUpdateExclusionResponse::principal_arn`](RegisterPullTimeUpdateExclusionResponse::principal_arn).
    pub fn set_principal_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.principal_arn = value;
        self
    }
    /// Sets [`RegisterPullTimeUpdateExclusionResponse::created_at`](RegisterPullTimeUpdateExclusionResponse::created_at).
    pub fn created_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.created_at = Some(value.into());
        self
    }
    /// Sets or clears [`RegisterPullTimeUpdateExclusionResponse::created_at`](RegisterPullTimeUpdateExclusionResponse::created_at).
    pub fn set_created_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.created_at = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> RegisterPullTimeUpdateExclusionResponse {
        RegisterPullTimeUpdateExclusionResponse {
            principal_arn: self.principal_arn,
            created_at: self.created_at,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// How the images of a registry are scanned.
#[derive(Clone, Debug, PartialEq)]
pub struct RegistryScanningConfiguration {
    /// The kind of scanning: `BASIC` or `ENHANCED`.
    pub scan_type: rt::Option<ScanType>,
    /// The rules, each with its destinations and the repositories it covers.
    pub rules: rt::Option<rt::Vec<RegistryScanningRule>>,
}
impl RegistryScanningConfiguration {
    /// A builder for this structure.
    pub fn builder() -> RegistryScanningConfigurationBuilder {
        RegistryScanningConfigurationBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl RegistryScanningConfiguration {
    /// [`scan_type`](Self::scan_type).
    pub fn scan_type(&self) -> rt::Option<&ScanType> {
        self.scan_type.as_ref()
    }
    /// [`rules`](Self::rules), empty when unset.
    pub fn rules(&self) -> &[RegistryScanningRule] {
        self.rules.as_deref().unwrap_or_default()
    }
}
/// Builds a [`RegistryScanningConfiguration`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RegistryScanningConfigurationBuilder {
    /// [`RegistryScanningConfiguration::scan_type`](RegistryScanningConfiguration::scan_type), if set.
    pub scan_type: rt::Option<ScanType>,
    /// [`RegistryScanningConfiguration::rules`](RegistryScanningConfiguration::rules), if set.
    pub rules: rt::Option<rt::Vec<RegistryScanningRule>>,
}
impl RegistryScanningConfigurationBuilder {
    /// Sets [`RegistryScanningConfiguration::scan_type`](RegistryScanningConfiguration::scan_type).
    pub fn scan_type(mut self, value: impl rt::Into<ScanType>) -> Self {
        self.scan_type = Some(value.into());
        self
    }
    /// Sets or clears [`RegistryScanningConfiguration::scan_type`](RegistryScanningConfiguration::scan_type).
    pub fn set_scan_type(mut self, value: rt::Option<ScanType>) -> Self {
        self.scan_type = value;
        self
    }
    /// Appends one element to [`RegistryScanningConfiguration::rules`](RegistryScanningConfiguration::rules).
    pub fn rules(mut self, value: impl rt::Into<RegistryScanningRule>) -> Self {
        self.rules
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`RegistryScanningConfiguration::rules`](RegistryScanningConfiguration::rules).
    pub fn set_rules(mut self, value: rt::Option<rt::Vec<RegistryScanningRule>>) -> Self {
        self.rules = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> RegistryScanningConfiguration {
        RegistryScanningConfiguration {
            scan_type: self.scan_type,
            rules: self.rules,
        }
    }
}
/// When the images of the repositories a rule selects are scanned.
#[derive(Clone, Debug, PartialEq)]
pub struct RegistryScanningRule {
    /// When images are scanned: on push, continuously, or only when asked.
    pub scan_frequency: ScanFrequency,
    /// Which repositories the rule covers; none means every repository.
    pub repository_filters: rt::Vec<ScanningRepositoryFilter>,
}
impl RegistryScanningRule {
    /// A builder for this structure.
    pub fn builder() -> RegistryScanningRuleBuilder {
        RegistryScanningRuleBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl RegistryScanningRule {
    /// [`scan_frequency`](Self::scan_frequency).
    pub fn scan_frequency(&self) -> &ScanFrequency {
        &self.scan_frequency
    }
    /// [`repository_filters`](Self::repository_filters).
    pub fn repository_filters(&self) -> &[ScanningRepositoryFilter] {
        &self.repository_filters
    }
}
/// Builds a [`RegistryScanningRule`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RegistryScanningRuleBuilder {
    /// [`RegistryScanningRule::scan_frequency`](RegistryScanningRule::scan_frequency), if set.
    pub scan_frequency: rt::Option<ScanFrequency>,
    /// [`RegistryScanningRule::repository_filters`](RegistryScanningRule::repository_filters), if set.
    pub repository_filters: rt::Option<rt::Vec<ScanningRepositoryFilter>>,
}
impl RegistryScanningRuleBuilder {
    /// Sets [`RegistryScanningRule::scan_frequency`](RegistryScanningRule::scan_frequency).
    pub fn scan_frequency(mut self, value: impl rt::Into<ScanFrequency>) -> Self {
        self.scan_frequency = Some(value.into());
        self
    }
    /// Sets or clears [`RegistryScanningRule::scan_frequency`](RegistryScanningRule::scan_frequency).
    pub fn set_scan_frequency(mut self, value: rt::Option<ScanFrequency>) -> Self {
        self.scan_frequency = value;
        self
    }
    /// Appends one element to [`RegistryScanningRule::repository_filters`](RegistryScanningRule::repository_filters).
    pub fn repository_filters(mut self, value: impl rt::Into<ScanningRepositoryFilter>) -> Self {
        self.repository_filters
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`RegistryScanningRule::repository_filters`](RegistryScanningRule::repository_filters).
    pub fn set_repository_filters(
        mut self,
        value: rt::Option<rt::Vec<ScanningRepositoryFilter>>,
    ) -> Self {
        self.repository_filters = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<RegistryScanningRule, rt::BuildError> {
        Ok(RegistryScanningRule {
            scan_frequency: self.scan_frequency.ok_or(rt::BuildError {
                shape: "RegistryScanningRule",
                member: "scanFrequency",
            })?,
            repository_filters: self.repository_filters.ok_or(rt::BuildError {
                shape: "RegistryScanningRule",
                member: "repositoryFilters",
            })?,
        })
    }
}
/// Where the images of this registry are copied: a list of rules.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplicationConfiguration {
    /// The rules, each with its destinations and the repositories it covers.
    pub rules: rt::Vec<ReplicationRule>,
}
impl ReplicationConfiguration {
    /// A builder for this structure.
    pub fn builder() -> ReplicationConfigurationBuilder {
        ReplicationConfigurationBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ReplicationConfiguration {
    /// [`rules`](Self::rules).
    pub fn rules(&self) -> &[ReplicationRule] {
        &self.rules
    }
}
/// Builds a [`ReplicationConfiguration`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReplicationConfigurationBuilder {
    /// [`ReplicationConfiguration::rules`](ReplicationConfiguration::rules), if set.
    pub rules: rt::Option<rt::Vec<ReplicationRule>>,
}
impl ReplicationConfigurationBuilder {
    /// Appends one element to [`ReplicationConfiguration::rules`](ReplicationConfiguration::rules).
    pub fn rules(mut self, value: impl rt::Into<ReplicationRule>) -> Self {
        self.rules
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ReplicationConfiguration::rules`](ReplicationConfiguration::rules).
    pub fn set_rules(mut self, value: rt::Option<rt::Vec<ReplicationRule>>) -> Self {
        self.rules = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ReplicationConfiguration, rt::BuildError> {
        Ok(ReplicationConfiguration {
            rules: self.rules.ok_or(rt::BuildError {
                shape: "ReplicationConfiguration",
                member: "rules",
            })?,
        })
    }
}
/// A registry images are copied to, named by region and account.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplicationDestination {
    /// The region of the registry copied to.
    pub region: rt::String,
    /// The 12-digit account id of the registry copied to.
    pub registry_id: rt::String,
}
impl ReplicationDestination {
    /// A builder for this structure.
    pub fn builder() -> ReplicationDestinationBuilder {
        ReplicationDestinationBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ReplicationDestination {
    /// [`region`](Self::region).
    pub fn region(&self) -> &str {
        &self.region
    }
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> &str {
        &self.registry_id
    }
}
/// Builds a [`ReplicationDestination`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReplicationDestinationBuilder {
    /// [`ReplicationDestination::region`](ReplicationDestination::region), if set.
    pub region: rt::Option<rt::String>,
    /// [`ReplicationDestination::registry_id`](ReplicationDestination::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
}
impl ReplicationDestinationBuilder {
    /// Sets [`ReplicationDestination::region`](ReplicationDestination::region).
    pub fn region(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicationDestination::region`](ReplicationDestination::region).
    pub fn set_region(mut self, value: rt::Option<rt::String>) -> Self {
        self.region = value;
        self
    }
    /// Sets [`ReplicationDestination::registry_id`](ReplicationDestination::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicationDestination::registry_id`](ReplicationDestination::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ReplicationDestination, rt::BuildError> {
        Ok(ReplicationDestination {
            region: self.region.ok_or(rt::BuildError {
                shape: "ReplicationDestination",
                member: "region",
            })?,
            registry_id: self.registry_id.ok_or(rt::BuildError {
                shape: "ReplicationDestination",
                member: "registryId",
            })?,
        })
    }
}
/// One replication rule: the repositories it covers (all of them when there is no filter) and the registries they are copied to.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplicationRule {
    /// The registries the images are copied to.
    pub destinations: rt::Vec<ReplicationDestination>,
    /// Which repositories the rule covers; none means every repository.
    pub repository_filters: rt::Option<rt::Vec<RepositoryFilter>>,
}
impl ReplicationRule {
    /// A builder for this structure.
    pub fn builder() -> ReplicationRuleBuilder {
        ReplicationRuleBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ReplicationRule {
    /// [`destinations`](Self::destinations).
    pub fn destinations(&self) -> &[ReplicationDestination] {
        &self.destinations
    }
    /// [`repository_filters`](Self::repository_filters), empty when unset.
    pub fn repository_filters(&self) -> &[RepositoryFilter] {
        self.repository_filters.as_deref().unwrap_or_default()
    }
}
/// Builds a [`ReplicationRule`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReplicationRuleBuilder {
    /// [`ReplicationRule::destinations`](ReplicationRule::destinations), if set.
    pub destinations: rt::Option<rt::Vec<ReplicationDestination>>,
    /// [`ReplicationRule::repository_filters`](ReplicationRule::repository_filters), if set.
    pub repository_filters: rt::Option<rt::Vec<RepositoryFilter>>,
}
impl ReplicationRuleBuilder {
    /// Appends one element to [`ReplicationRule::destinations`](ReplicationRule::destinations).
    pub fn destinations(mut self, value: impl rt::Into<ReplicationDestination>) -> Self {
        self.destinations
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ReplicationRule::destinations`](ReplicationRule::destinations).
    pub fn set_destinations(mut self, value: rt::Option<rt::Vec<ReplicationDestination>>) -> Self {
        self.destinations = value;
        self
    }
    /// Appends one element to [`ReplicationRule::repository_filters`](ReplicationRule::repository_filters).
    pub fn repository_filters(mut self, value: impl rt::Into<RepositoryFilter>) -> Self {
        self.repository_filters
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ReplicationRule::repository_filters`](ReplicationRule::repository_filters).
    pub fn set_repository_filters(mut self, value: rt::Option<rt::Vec<RepositoryFilter>>) -> Self {
        self.repository_filters = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ReplicationRule, rt::BuildError> {
        Ok(ReplicationRule {
            destinations: self.destinations.ok_or(rt::BuildError {
                shape: "ReplicationRule",
                member: "destinations",
            })?,
            repository_filters: self.repository_filters,
        })
    }
}
/// An image repository.
#[derive(Clone, Debug, PartialEq)]
pub struct Repository {
    /// The Amazon Resource Name of the repository.
    pub repository_arn: rt::Option<rt::String>,
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::Option<rt::String>,
    /// The address to push to and pull from, `registry-host/repository-name`.
    pub repository_uri: rt::Option<rt::String>,
    /// When the repository was created.
    pub created_at: rt::Option<rt::DateTime>,
    /// Whether tags may be moved to other images. Tags are mutable when omitted.
    pub image_tag_mutability: rt::Option<ImageTagMutability>,
    /// Whether images are scanned when pushed.
    pub image_scanning_configuration: rt::Option<ImageScanningConfiguration>,
    /// How images are encrypted at rest; AES-256 when omitted.
    pub encryption_configuration: rt::Option<EncryptionConfiguration>,
}
impl Repository {
    /// A builder for this structure.
    pub fn builder() -> RepositoryBuilder {
        RepositoryBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Repository {
    /// [`repository_arn`](Self::repository_arn).
    pub fn repository_arn(&self) -> rt::Option<&str> {
        self.repository_arn.as_deref()
    }
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`repository_uri`](Self::repository_uri).
    pub fn repository_uri(&self) -> rt::Option<&str> {
        self.repository_uri.as_deref()
    }
    /// [`created_at`](Self::created_at).
    pub fn created_at(&self) -> rt::Option<&rt::DateTime> {
        self.created_at.as_ref()
    }
    /// [`image_tag_mutability`](Self::image_tag_mutability).
    pub fn image_tag_mutability(&self) -> rt::Option<&ImageTagMutability> {
        self.image_tag_mutability.as_ref()
    }
    /// [`image_scanning_configuration`](Self::image_scanning_configuration).
    pub fn image_scanning_configuration(&self) -> rt::Option<&ImageScanningConfiguration> {
        self.image_scanning_configuration.as_ref()
    }
    /// [`encryption_configuration`](Self::encryption_configuration).
    pub fn encryption_configuration(&self) -> rt::Option<&EncryptionConfiguration> {
        self.encryption_configuration.as_ref()
    }
}
/// Builds a [`Repository`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RepositoryBuilder {
    /// [`Repository::repository_arn`](Repository::repository_arn), if set.
    pub repository_arn: rt::Option<rt::String>,
    /// [`Repository::registry_id`](Repository::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`Repository::repository_name`](Repository::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`Repository::repository_uri`](Repository::repository_uri), if set.
    pub repository_uri: rt::Option<rt::String>,
    /// [`Repository::created_at`](Repository::created_at), if set.
    pub created_at: rt::Option<rt::DateTime>,
    /// [`Repository::image_tag_mutability`](Repository::image_tag_mutability), if set.
    pub image_tag_mutability: rt::Option<ImageTagMutability>,
    /// [`Repository::image_scanning_configuration`](Repository::image_scanning_configuration), if set.
    pub image_scanning_configuration: rt::Option<ImageScanningConfiguration>,
    /// [`Repository::encryption_configuration`](Repository::encryption_configuration), if set.
    pub encryption_configuration: rt::Option<EncryptionConfiguration>,
}
impl RepositoryBuilder {
    /// Sets [`Repository::repository_arn`](Repository::repository_arn).
    pub fn repository_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_arn = Some(value.into());
        self
    }
    /// Sets or clears [`Repository::repository_arn`](Repository::repository_arn).
    pub fn set_repository_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_arn = value;
        self
    }
    /// Sets [`Repository::registry_id`](Repository::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`Repository::registry_id`](Repository::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`Repository::repository_name`](Repository::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`Repository::repository_name`](Repository::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`Repository::repository_uri`](Repository::repository_uri).
    pub fn repository_uri(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_uri = Some(value.into());
        self
    }
    /// Sets or clears [`Repository::repository_uri`](Repository::repository_uri).
    pub fn set_repository_uri(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_uri = value;
        self
    }
    /// Sets [`Repository::created_at`](Repository::created_at).
    pub fn created_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.created_at = Some(value.into());
        self
    }
    /// Sets or clears [`Repository::created_at`](Repository::created_at).
    pub fn set_created_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.created_at = value;
        self
    }
    /// Sets [`Repository::image_tag_mutability`](Repository::image_tag_mutability).
    pub fn image_tag_mutability(mut self, value: impl rt::Into<ImageTagMutability>) -> Self {
        self.image_tag_mutability = Some(value.into());
        self
    }
    /// Sets or clears [`Repository::image_tag_mutability`](Repository::image_tag_mutability).
    pub fn set_image_tag_mutability(mut self, value: rt::Option<ImageTagMutability>) -> Self {
        self.image_tag_mutability = value;
        self
    }
    /// Sets [`Repository::image_scanning_configuration`](Repository::image_scanning_configuration).
    pub fn image_scanning_configuration(
        mut self,
        value: impl rt::Into<ImageScanningConfiguration>,
    ) -> Self {
        self.image_scanning_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`Repository::image_scanning_configuration`](Repository::image_scanning_configuration).
    pub fn set_image_scanning_configuration(
        mut self,
        value: rt::Option<ImageScanningConfiguration>,
    ) -> Self {
        self.image_scanning_configuration = value;
        self
    }
    /// Sets [`Repository::encryption_configuration`](Repository::encryption_configuration).
    pub fn encryption_configuration(
        mut self,
        value: impl rt::Into<EncryptionConfiguration>,
    ) -> Self {
        self.encryption_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`Repository::encryption_configuration`](Repository::encryption_configuration).
    pub fn set_encryption_configuration(
        mut self,
        value: rt::Option<EncryptionConfiguration>,
    ) -> Self {
        self.encryption_configuration = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Repository {
        Repository {
            repository_arn: self.repository_arn,
            registry_id: self.registry_id,
            repository_name: self.repository_name,
            repository_uri: self.repository_uri,
            created_at: self.created_at,
            image_tag_mutability: self.image_tag_mutability,
            image_scanning_configuration: self.image_scanning_configuration,
            encryption_configuration: self.encryption_configuration,
        }
    }
}
/// The settings given to repositories created under a prefix.
#[derive(Clone, Debug, PartialEq)]
pub struct RepositoryCreationTemplate {
    /// The repository name prefix the template applies to, or `ROOT` for every repository no other template covers.
    pub prefix: rt::Option<rt::String>,
    /// What the template is for.
    pub description: rt::Option<rt::String>,
    /// How images are encrypted at rest; AES-256 when omitted.
    pub encryption_configuration: rt::Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    /// Tags given to each repository created from the template.
    pub resource_tags: rt::Option<rt::Vec<Tag>>,
    /// Whether tags may be moved to other images. Tags are mutable when omitted.
    pub image_tag_mutability: rt::Option<ImageTagMutability>,
    /// The repository policy given to each repository created from the template.
    pub repository_policy: rt::Option<rt::String>,
    /// The lifecycle policy given to each repository created from the template.
    pub lifecycle_policy: rt::Option<rt::String>,
    /// Which ways of creating a repository use the template: `PULL_THROUGH_CACHE`, `REPLICATION`, `CREATE_ON_PUSH`.
    pub applied_for: rt::Option<rt::Vec<RctAppliedFor>>,
    /// An IAM role the registry assumes for the work (recorded; this registry does not assume roles).
    pub custom_role_arn: rt::Option<rt::String>,
    /// When the template was created.
    pub created_at: rt::Option<rt::DateTime>,
    /// When the template last changed.
    pub updated_at: rt::Option<rt::DateTime>,
}
impl RepositoryCreationTemplate {
    /// A builder for this structure.
    pub fn builder() -> RepositoryCreationTemplateBuilder {
        RepositoryCreationTemplateBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl RepositoryCreationTemplate {
    /// [`prefix`](Self::prefix).
    pub fn prefix(&self) -> rt::Option<&str> {
        self.prefix.as_deref()
    }
    /// [`description`](Self::description).
    pub fn description(&self) -> rt::Option<&str> {
        self.description.as_deref()
    }
    /// [`encryption_configuration`](Self::encryption_configuration).
    pub fn encryption_configuration(
        &self,
    ) -> rt::Option<&EncryptionConfigurationForRepositoryCreationTemplate> {
        self.encryption_configuration.as_ref()
    }
    /// [`resource_tags`](Self::resource_tags), empty when unset.
    pub fn resource_tags(&self) -> &[Tag] {
        self.resource_tags.as_deref().unwrap_or_default()
    }
    /// [`image_tag_mutability`](Self::image_tag_mutability).
    pub fn image_tag_mutability(&self) -> rt::Option<&ImageTagMutability> {
        self.image_tag_mutability.as_ref()
    }
    /// [`repository_policy`](Self::repository_policy).
    pub fn repository_policy(&self) -> rt::Option<&str> {
        self.repository_policy.as_deref()
    }
    /// [`lifecycle_policy`](Self::lifecycle_policy).
    pub fn lifecycle_policy(&self) -> rt::Option<&str> {
        self.lifecycle_policy.as_deref()
    }
    /// [`applied_for`](Self::applied_for), empty when unset.
    pub fn applied_for(&self) -> &[RctAppliedFor] {
        self.applied_for.as_deref().unwrap_or_default()
    }
    /// [`custom_role_arn`](Self::custom_role_arn).
    pub fn custom_role_arn(&self) -> rt::Option<&str> {
        self.custom_role_arn.as_deref()
    }
    /// [`created_at`](Self::created_at).
    pub fn created_at(&self) -> rt::Option<&rt::DateTime> {
        self.created_at.as_ref()
    }
    /// [`updated_at`](Self::updated_at).
    pub fn updated_at(&self) -> rt::Option<&rt::DateTime> {
        self.updated_at.as_ref()
    }
}
/// Builds a [`RepositoryCreationTemplate`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RepositoryCreationTemplateBuilder {
    /// [`RepositoryCreationTemplate::prefix`](RepositoryCreationTemplate::prefix), if set.
    pub prefix: rt::Option<rt::String>,
    /// [`RepositoryCreationTemplate::description`](RepositoryCreationTemplate::description), if set.
    pub description: rt::Option<rt::String>,
    /// [`RepositoryCreationTemplate::encryption_configuration`](RepositoryCreationTemplate::encryption_configuration), if set.
    pub encryption_configuration: rt::Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    /// [`RepositoryCreationTemplate::resource_tags`](RepositoryCreationTemplate::resource_tags), if set.
    pub resource_tags: rt::Option<rt::Vec<Tag>>,
    /// [`RepositoryCreationTemplate::image_tag_mutability`](RepositoryCreationTemplate::image_tag_mutability), if set.
    pub image_tag_mutability: rt::Option<ImageTagMutability>,
    /// [`RepositoryCreationTemplate::repository_policy`](RepositoryCreationTemplate::repository_policy), if set.
    pub repository_policy: rt::Option<rt::String>,
    /// [`RepositoryCreationTemplate::lifecycle_policy`](RepositoryCreationTemplate::lifecycle_policy), if set.
    pub lifecycle_policy: rt::Option<rt::String>,
    /// [`RepositoryCreationTemplate::applied_for`](RepositoryCreationTemplate::applied_for), if set.
    pub applied_for: rt::Option<rt::Vec<RctAppliedFor>>,
    /// [`RepositoryCreationTemplate::custom_role_arn`](RepositoryCreationTemplate::custom_role_arn), if set.
    pub custom_role_arn: rt::Option<rt::String>,
    /// [`RepositoryCreationTemplate::created_at`](RepositoryCreationTemplate::created_at), if set.
    pub created_at: rt::Option<rt::DateTime>,
    /// [`RepositoryCreationTemplate::updated_at`](RepositoryCreationTemplate::updated_at), if set.
    pub updated_at: rt::Option<rt::DateTime>,
}
impl RepositoryCreationTemplateBuilder {
    /// Sets [`RepositoryCreationTemplate::prefix`](RepositoryCreationTemplate::prefix).
    pub fn prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.prefix = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryCreationTemplate::prefix`](RepositoryCreationTemplate::prefix).
    pub fn set_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.prefix = value;
        self
    }
    /// Sets [`RepositoryCreationTemplate::description`](RepositoryCreationTemplate::description).
    pub fn description(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryCreationTemplate::description`](RepositoryCreationTemplate::description).
    pub fn set_description(mut self, value: rt::Option<rt::String>) -> Self {
        self.description = value;
        self
    }
    /// Sets [`RepositoryCreationTemplate::encryption_configuration`](RepositoryCreationTemplate::encryption_configuration).
    pub fn encryption_configuration(
        mut self,
        value: impl rt::Into<EncryptionConfigurationForRepositoryCreationTemplate>,
    ) -> Self {
        self.encryption_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryCreationTemplate::encryption_configuration`](RepositoryCreationTemplate::encryption_configuration).
    pub fn set_encryption_configuration(
        mut self,
        value: rt::Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    ) -> Self {
        self.encryption_configuration = value;
        self
    }
    /// Appends one element to [`RepositoryCreationTemplate::resource_tags`](RepositoryCreationTemplate::resource_tags).
    pub fn resource_tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.resource_tags
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`RepositoryCreationTemplate::resource_tags`](RepositoryCreationTemplate::resource_tags).
    pub fn set_resource_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.resource_tags = value;
        self
    }
    /// Sets [`RepositoryCreationTemplate::image_tag_mutability`](RepositoryCreationTemplate::image_tag_mutability).
    pub fn image_tag_mutability(mut self, value: impl rt::Into<ImageTagMutability>) -> Self {
        self.image_tag_mutability = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryCreationTemplate::image_tag_mutability`](RepositoryCreationTemplate::image_tag_mutability).
    pub fn set_image_tag_mutability(mut self, value: rt::Option<ImageTagMutability>) -> Self {
        self.image_tag_mutability = value;
        self
    }
    /// Sets [`RepositoryCreationTemplate::repository_policy`](RepositoryCreationTemplate::repository_policy).
    pub fn repository_policy(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_policy = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryCreationTemplate::repository_policy`](RepositoryCreationTemplate::repository_policy).
    pub fn set_repository_policy(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_policy = value;
        self
    }
    /// Sets [`RepositoryCreationTemplate::lifecycle_policy`](RepositoryCreationTemplate::lifecycle_policy).
    pub fn lifecycle_policy(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.lifecycle_policy = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryCreationTemplate::lifecycle_policy`](RepositoryCreationTemplate::lifecycle_policy).
    pub fn set_lifecycle_policy(mut self, value: rt::Option<rt::String>) -> Self {
        self.lifecycle_policy = value;
        self
    }
    /// Appends one element to [`RepositoryCreationTemplate::applied_for`](RepositoryCreationTemplate::applied_for).
    pub fn applied_for(mut self, value: impl rt::Into<RctAppliedFor>) -> Self {
        self.applied_for
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`RepositoryCreationTemplate::applied_for`](RepositoryCreationTemplate::applied_for).
    pub fn set_applied_for(mut self, value: rt::Option<rt::Vec<RctAppliedFor>>) -> Self {
        self.applied_for = value;
        self
    }
    /// Sets [`RepositoryCreationTemplate::custom_role_arn`](RepositoryCreationTemplate::custom_role_arn).
    pub fn custom_role_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.custom_role_arn = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryCreationTemplate::custom_role_arn`](RepositoryCreationTemplate::custom_role_arn).
    pub fn set_custom_role_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.custom_role_arn = value;
        self
    }
    /// Sets [`RepositoryCreationTemplate::created_at`](RepositoryCreationTemplate::created_at).
    pub fn created_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.created_at = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryCreationTemplate::created_at`](RepositoryCreationTemplate::created_at).
    pub fn set_created_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.created_at = value;
        self
    }
    /// Sets [`RepositoryCreationTemplate::updated_at`](RepositoryCreationTemplate::updated_at).
    pub fn updated_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.updated_at = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryCreationTemplate::updated_at`](RepositoryCreationTemplate::updated_at).
    pub fn set_updated_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.updated_at = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> RepositoryCreationTemplate {
        RepositoryCreationTemplate {
            prefix: self.prefix,
            description: self.description,
            encryption_configuration: self.encryption_configuration,
            resource_tags: self.resource_tags,
            image_tag_mutability: self.image_tag_mutability,
            repository_policy: self.repository_policy,
            lifecycle_policy: self.lifecycle_policy,
            applied_for: self.applied_for,
            custom_role_arn: self.custom_role_arn,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }
}
/// Selects repositories by a prefix of their name.
#[derive(Clone, Debug, PartialEq)]
pub struct RepositoryFilter {
    /// The prefix of the names of the repositories the rule covers.
    pub filter: rt::String,
    /// How `filter` is matched: `PREFIX_MATCH`, a prefix of the repository name.
    pub filter_type: RepositoryFilterType,
}
impl RepositoryFilter {
    /// A builder for this structure.
    pub fn builder() -> RepositoryFilterBuilder {
        RepositoryFilterBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl RepositoryFilter {
    /// [`filter`](Self::filter).
    pub fn filter(&self) -> &str {
        &self.filter
    }
    /// [`filter_type`](Self::filter_type).
    pub fn filter_type(&self) -> &RepositoryFilterType {
        &self.filter_type
    }
}
/// Builds a [`RepositoryFilter`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RepositoryFilterBuilder {
    /// [`RepositoryFilter::filter`](RepositoryFilter::filter), if set.
    pub filter: rt::Option<rt::String>,
    /// [`RepositoryFilter::filter_type`](RepositoryFilter::filter_type), if set.
    pub filter_type: rt::Option<RepositoryFilterType>,
}
impl RepositoryFilterBuilder {
    /// Sets [`RepositoryFilter::filter`](RepositoryFilter::filter).
    pub fn filter(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.filter = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryFilter::filter`](RepositoryFilter::filter).
    pub fn set_filter(mut self, value: rt::Option<rt::String>) -> Self {
        self.filter = value;
        self
    }
    /// Sets [`RepositoryFilter::filter_type`](RepositoryFilter::filter_type).
    pub fn filter_type(mut self, value: impl rt::Into<RepositoryFilterType>) -> Self {
        self.filter_type = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryFilter::filter_type`](RepositoryFilter::filter_type).
    pub fn set_filter_type(mut self, value: rt::Option<RepositoryFilterType>) -> Self {
        self.filter_type = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<RepositoryFilter, rt::BuildError> {
        Ok(RepositoryFilter {
            filter: self.filter.ok_or(rt::BuildError {
                shape: "RepositoryFilter",
                member: "filter",
            })?,
            filter_type: self.filter_type.ok_or(rt::BuildError {
                shape: "RepositoryFilter",
                member: "filterType",
            })?,
        })
    }
}
/// How the images of one repository are scanned.
#[derive(Clone, Debug, PartialEq)]
pub struct RepositoryScanningConfiguration {
    /// The Amazon Resource Name of the repository.
    pub repository_arn: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::Option<rt::String>,
    /// Scan each image after it is pushed.
    pub scan_on_push: bool,
    /// When its images are scanned.
    pub scan_frequency: rt::Option<ScanFrequency>,
    /// The filters of the registry rule that selected the repository.
    pub applied_scan_filters: rt::Option<rt::Vec<ScanningRepositoryFilter>>,
}
impl RepositoryScanningConfiguration {
    /// A builder for this structure.
    pub fn builder() -> RepositoryScanningConfigurationBuilder {
        RepositoryScanningConfigurationBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl RepositoryScanningConfiguration {
    /// [`repository_arn`](Self::repository_arn).
    pub fn repository_arn(&self) -> rt::Option<&str> {
        self.repository_arn.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`scan_on_push`](Self::scan_on_push).
    pub fn scan_on_push(&self) -> bool {
        self.scan_on_push
    }
    /// [`scan_frequency`](Self::scan_frequency).
    pub fn scan_frequency(&self) -> rt::Option<&ScanFrequency> {
        self.scan_frequency.as_ref()
    }
    /// [`applied_scan_filters`](Self::applied_scan_filters), empty when unset.
    pub fn applied_scan_filters(&self) -> &[ScanningRepositoryFilter] {
        self.applied_scan_filters.as_deref().unwrap_or_default()
    }
}
/// Builds a [`RepositoryScanningConfiguration`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RepositoryScanningConfigurationBuilder {
    /// [`RepositoryScanningConfiguration::repository_arn`](RepositoryScanningConfiguration::repository_arn), if set.
    pub repository_arn: rt::Option<rt::String>,
    /// [`RepositoryScanningConfiguration::repository_name`](RepositoryScanningConfiguration::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`RepositoryScanningConfiguration::scan_on_push`](RepositoryScanningConfiguration::scan_on_push), if set.
    pub scan_on_push: rt::Option<bool>,
    /// [`RepositoryScanningConfiguration::scan_frequency`](RepositoryScanningConfiguration::scan_frequency), if set.
    pub scan_frequency: rt::Option<ScanFrequency>,
    /// [`RepositoryScanningConfiguration::applied_scan_filters`](RepositoryScanningConfiguration::applied_scan_filters), if set.
    pub applied_scan_filters: rt::Option<rt::Vec<ScanningRepositoryFilter>>,
}
impl RepositoryScanningConfigurationBuilder {
    /// Sets [`RepositoryScanningConfiguration::repository_arn`](RepositoryScanningConfiguration::repository_arn).
    pub fn repository_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_arn = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryScanningConfiguration::repository_arn`](RepositoryScanningConfiguration::repository_arn).
    pub fn set_repository_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_arn = value;
        self
    }
    /// Sets [`RepositoryScanningConfiguration::repository_name`](RepositoryScanningConfiguration::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryScanningConfiguration::repository_name`](RepositoryScanningConfiguration::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`RepositoryScanningConfiguration::scan_on_push`](RepositoryScanningConfiguration::scan_on_push).
    pub fn scan_on_push(mut self, value: impl rt::Into<bool>) -> Self {
        self.scan_on_push = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryScanningConfiguration::scan_on_push`](RepositoryScanningConfiguration::scan_on_push).
    pub fn set_scan_on_push(mut self, value: rt::Option<bool>) -> Self {
        self.scan_on_push = value;
        self
    }
    /// Sets [`RepositoryScanningConfiguration::scan_frequency`](RepositoryScanningConfiguration::scan_frequency).
    pub fn scan_frequency(mut self, value: impl rt::Into<ScanFrequency>) -> Self {
        self.scan_frequency = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryScanningConfiguration::scan_frequency`](RepositoryScanningConfiguration::scan_frequency).
    pub fn set_scan_frequency(mut self, value: rt::Option<ScanFrequency>) -> Self {
        self.scan_frequency = value;
        self
    }
    /// Appends one element to [`RepositoryScanningConfiguration::applied_scan_filters`](RepositoryScanningConfiguration::applied_scan_filters).
    pub fn applied_scan_filters(mut self, value: impl rt::Into<ScanningRepositoryFilter>) -> Self {
        self.applied_scan_filters
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`RepositoryScanningConfiguration::applied_scan_filters`](RepositoryScanningConfiguration::applied_scan_filters).
    pub fn set_applied_scan_filters(
        mut self,
        value: rt::Option<rt::Vec<ScanningRepositoryFilter>>,
    ) -> Self {
        self.applied_scan_filters = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> RepositoryScanningConfiguration {
        RepositoryScanningConfiguration {
            repository_arn: self.repository_arn,
            repository_name: self.repository_name,
            scan_on_push: self.scan_on_push.unwrap_or_default(),
            scan_frequency: self.scan_frequency,
            applied_scan_filters: self.applied_scan_filters,
        }
    }
}
/// A repository whose scanning configuration could not be given, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct RepositoryScanningConfigurationFailure {
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::Option<rt::String>,
    /// A code for the failure.
    pub failure_code: rt::Option<ScanningConfigurationFailureCode>,
    /// The failure in words.
    pub failure_reason: rt::Option<rt::String>,
}
impl RepositoryScanningConfigurationFailure {
    /// A builder for this structure.
    pub fn builder() -> RepositoryScanningConfigurationFailureBuilder {
        RepositoryScanningConfigurationFailureBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl RepositoryScanningConfigurationFailure {
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`failure_code`](Self::failure_code).
    pub fn failure_code(&self) -> rt::Option<&ScanningConfigurationFailureCode> {
        self.failure_code.as_ref()
    }
    /// [`failure_reason`](Self::failure_reason).
    pub fn failure_reason(&self) -> rt::Option<&str> {
        self.failure_reason.as_deref()
    }
}
/// Builds a [`RepositoryScanningConfigurationFailure`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RepositoryScanningConfigurationFailureBuilder {
    /// [`RepositoryScanningConfigurationFailure::repository_name`](RepositoryScanningConfigurationFailure::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`RepositoryScanningConfigurationFailure::failure_code`](RepositoryScanningConfigurationFailure::failure_code), if set.
    pub failure_code: rt::Option<ScanningConfigurationFailureCode>,
    /// [`RepositoryScanningConfigurationFailure::failure_reason`](RepositoryScanningConfigurationFailure::failure_reason), if set.
    pub failure_reason: rt::Option<rt::String>,
}
impl RepositoryScanningConfigurationFailureBuilder {
    /// Sets [`RepositoryScanningConfigurationFailure::repository_name`](RepositoryScanningConfigurationFailure::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryScanningConfigurationFailure::repository_name`](RepositoryScanningConfigurationFailure::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`RepositoryScanningConfigurationFailure::failure_code`](RepositoryScanningConfigurationFailure::failure_code).
    pub fn failure_code(mut self, value: impl rt::Into<ScanningConfigurationFailureCode>) -> Self {
        self.failure_code = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryScanningConfigurationFailure::failure_code`](RepositoryScanningConfigurationFailure::failure_code).
    pub fn set_failure_code(mut self, value: rt::Option<ScanningConfigurationFailureCode>) -> Self {
        self.failure_code = value;
        self
    }
    /// Sets [`RepositoryScanningConfigurationFailure::failure_reason`](RepositoryScanningConfigurationFailure::failure_reason).
    pub fn failure_reason(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.failure_reason = Some(value.into());
        self
    }
    /// Sets or clears [`RepositoryScanningConfigurationFailure::failure_reason`](RepositoryScanningConfigurationFailure::failure_reason).
    pub fn set_failure_reason(mut self, value: rt::Option<rt::String>) -> Self {
        self.failure_reason = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> RepositoryScanningConfigurationFailure {
        RepositoryScanningConfigurationFailure {
            repository_name: self.repository_name,
            failure_code: self.failure_code,
            failure_reason: self.failure_reason,
        }
    }
}
/// Selects repositories for scanning by a name pattern in which `*` matches any characters.
#[derive(Clone, Debug, PartialEq)]
pub struct ScanningRepositoryFilter {
    /// A pattern of repository names in which `*` matches any characters.
    pub filter: rt::String,
    /// How `filter` is matched: `WILDCARD`.
    pub filter_type: ScanningRepositoryFilterType,
}
impl ScanningRepositoryFilter {
    /// A builder for this structure.
    pub fn builder() -> ScanningRepositoryFilterBuilder {
        ScanningRepositoryFilterBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ScanningRepositoryFilter {
    /// [`filter`](Self::filter).
    pub fn filter(&self) -> &str {
        &self.filter
    }
    /// [`filter_type`](Self::filter_type).
    pub fn filter_type(&self) -> &ScanningRepositoryFilterType {
        &self.filter_type
    }
}
/// Builds a [`ScanningRepositoryFilter`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScanningRepositoryFilterBuilder {
    /// [`ScanningRepositoryFilter::filter`](ScanningRepositoryFilter::filter), if set.
    pub filter: rt::Option<rt::String>,
    /// [`ScanningRepositoryFilter::filter_type`](ScanningRepositoryFilter::filter_type), if set.
    pub filter_type: rt::Option<ScanningRepositoryFilterType>,
}
impl ScanningRepositoryFilterBuilder {
    /// Sets [`ScanningRepositoryFilter::filter`](ScanningRepositoryFilter::filter).
    pub fn filter(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.filter = Some(value.into());
        self
    }
    /// Sets or clears [`ScanningRepositoryFilter::filter`](ScanningRepositoryFilter::filter).
    pub fn set_filter(mut self, value: rt::Option<rt::String>) -> Self {
        self.filter = value;
        self
    }
    /// Sets [`ScanningRepositoryFilter::filter_type`](ScanningRepositoryFilter::filter_type).
    pub fn filter_type(mut self, value: impl rt::Into<ScanningRepositoryFilterType>) -> Self {
        self.filter_type = Some(value.into());
        self
    }
    /// Sets or clears [`ScanningRepositoryFilter::filter_type`](ScanningRepositoryFilter::filter_type).
    pub fn set_filter_type(mut self, value: rt::Option<ScanningRepositoryFilterType>) -> Self {
        self.filter_type = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ScanningRepositoryFilter, rt::BuildError> {
        Ok(ScanningRepositoryFilter {
            filter: self.filter.ok_or(rt::BuildError {
                shape: "ScanningRepositoryFilter",
                member: "filter",
            })?,
            filter_type: self.filter_type.ok_or(rt::BuildError {
                shape: "ScanningRepositoryFilter",
                member: "filterType",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct SetRepositoryPolicyRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// The policy: an IAM policy document in JSON.
    pub policy_text: rt::String,
    /// Set the policy even if it denies the caller the right to set the repository's policy again.
    pub force: bool,
}
impl SetRepositoryPolicyRequest {
    /// A builder for this structure.
    pub fn builder() -> SetRepositoryPolicyRequestBuilder {
        SetRepositoryPolicyRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl SetRepositoryPolicyRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`policy_text`](Self::policy_text).
    pub fn policy_text(&self) -> &str {
        &self.policy_text
    }
    /// [`force`](Self::force).
    pub fn force(&self) -> bool {
        self.force
    }
}
/// Builds a [`SetRepositoryPolicyRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SetRepositoryPolicyRequestBuilder {
    /// [`SetRepositoryPolicyRequest::registry_id`](SetRepositoryPolicyRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`SetRepositoryPolicyRequest::repository_name`](SetRepositoryPolicyRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`SetRepositoryPolicyRequest::policy_text`](SetRepositoryPolicyRequest::policy_text), if set.
    pub policy_text: rt::Option<rt::String>,
    /// [`SetRepositoryPolicyRequest::force`](SetRepositoryPolicyRequest::force), if set.
    pub force: rt::Option<bool>,
}
impl SetRepositoryPolicyRequestBuilder {
    /// Sets [`SetRepositoryPolicyRequest::registry_id`](SetRepositoryPolicyRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`SetRepositoryPolicyRequest::registry_id`](SetRepositoryPolicyRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`SetRepositoryPolicyRequest::repository_name`](SetRepositoryPolicyRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`SetRepositoryPolicyRequest::repository_name`](SetRepositoryPolicyRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`SetRepositoryPolicyRequest::policy_text`](SetRepositoryPolicyRequest::policy_text).
    pub fn policy_text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.policy_text = Some(value.into());
        self
    }
    /// Sets or clears [`SetRepositoryPolicyRequest::policy_text`](SetRepositoryPolicyRequest::policy_text).
    pub fn set_policy_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.policy_text = value;
        self
    }
    /// Sets [`SetRepositoryPolicyRequest::force`](SetRepositoryPolicyRequest::force).
    pub fn force(mut self, value: impl rt::Into<bool>) -> Self {
        self.force = Some(value.into());
        self
    }
    /// Sets or clears [`SetRepositoryPolicyRequest::force`](SetRepositoryPolicyRequest::force).
    pub fn set_force(mut self, value: rt::Option<bool>) -> Self {
        self.force = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<SetRepositoryPolicyRequest, rt::BuildError> {
        Ok(SetRepositoryPolicyRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "SetRepositoryPolicyRequest",
                member: "repositoryName",
            })?,
            policy_text: self.policy_text.ok_or(rt::BuildError {
                shape: "SetRepositoryPolicyRequest",
                member: "policyText",
            })?,
            force: self.force.unwrap_or_default(),
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct SetRepositoryPolicyResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::Option<rt::String>,
    /// The policy: an IAM policy document in JSON.
    pub policy_text: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for SetRepositoryPolicyResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for SetRepositoryPolicyResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl SetRepositoryPolicyResponse {
    /// A builder for this structure.
    pub fn builder() -> SetRepositoryPolicyResponseBuilder {
        SetRepositoryPolicyResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl SetRepositoryPolicyResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`policy_text`](Self::policy_text).
    pub fn policy_text(&self) -> rt::Option<&str> {
        self.policy_text.as_deref()
    }
}
/// Builds a [`SetRepositoryPolicyResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SetRepositoryPolicyResponseBuilder {
    /// [`SetRepositoryPolicyResponse::registry_id`](SetRepositoryPolicyResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`SetRepositoryPolicyResponse::repository_name`](SetRepositoryPolicyResponse::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`SetRepositoryPolicyResponse::policy_text`](SetRepositoryPolicyResponse::policy_text), if set.
    pub policy_text: rt::Option<rt::String>,
}
impl SetRepositoryPolicyResponseBuilder {
    /// Sets [`SetRepositoryPolicyResponse::registry_id`](SetRepositoryPolicyResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`SetRepositoryPolicyResponse::registry_id`](SetRepositoryPolicyResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`SetRepositoryPolicyResponse::repository_name`](SetRepositoryPolicyResponse::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`SetRepositoryPolicyResponse::repository_name`](SetRepositoryPolicyResponse::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`SetRepositoryPolicyResponse::policy_text`](SetRepositoryPolicyResponse::policy_text).
    pub fn policy_text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.policy_text = Some(value.into());
        self
    }
    /// Sets or clears [`SetRepositoryPolicyResponse::policy_text`](SetRepositoryPolicyResponse::policy_text).
    pub fn set_policy_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.policy_text = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> SetRepositoryPolicyResponse {
        SetRepositoryPolicyResponse {
            registry_id: self.registry_id,
            repository_name: self.repository_name,
            policy_text: self.policy_text,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// The registry's signing rules.
#[derive(Clone, Debug, PartialEq)]
pub struct SigningConfiguration {
    /// The rules, at most ten.
    pub rules: rt::Vec<SigningRule>,
}
impl SigningConfiguration {
    /// A builder for this structure.
    pub fn builder() -> SigningConfigurationBuilder {
        SigningConfigurationBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl SigningConfiguration {
    /// [`rules`](Self::rules).
    pub fn rules(&self) -> &[SigningRule] {
        &self.rules
    }
}
/// Builds a [`SigningConfiguration`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SigningConfigurationBuilder {
    /// [`SigningConfiguration::rules`](SigningConfiguration::rules), if set.
    pub rules: rt::Option<rt::Vec<SigningRule>>,
}
impl SigningConfigurationBuilder {
    /// Appends one element to [`SigningConfiguration::rules`](SigningConfiguration::rules).
    pub fn rules(mut self, value: impl rt::Into<SigningRule>) -> Self {
        self.rules
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`SigningConfiguration::rules`](SigningConfiguration::rules).
    pub fn set_rules(mut self, value: rt::Option<rt::Vec<SigningRule>>) -> Self {
        self.rules = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<SigningConfiguration, rt::BuildError> {
        Ok(SigningConfiguration {
            rules: self.rules.ok_or(rt::BuildError {
                shape: "SigningConfiguration",
                member: "rules",
            })?,
        })
    }
}
/// Selects repositories by a name pattern in which `*` matches any characters.
#[derive(Clone, Debug, PartialEq)]
pub struct SigningRepositoryFilter {
    /// A pattern of repository names in which `*` matches any characters.
    pub filter: rt::String,
    /// How `filter` is matched: `WILDCARD_MATCH`.
    pub filter_type: SigningRepositoryFilterType,
}
impl SigningRepositoryFilter {
    /// A builder for this structure.
    pub fn builder() -> SigningRepositoryFilterBuilder {
        SigningRepositoryFilterBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl SigningRepositoryFilter {
    /// [`filter`](Self::filter).
    pub fn filter(&self) -> &str {
        &self.filter
    }
    /// [`filter_type`](Self::filter_type).
    pub fn filter_type(&self) -> &SigningRepositoryFilterType {
        &self.filter_type
    }
}
/// Builds a [`SigningRepositoryFilter`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SigningRepositoryFilterBuilder {
    /// [`SigningRepositoryFilter::filter`](SigningRepositoryFilter::filter), if set.
    pub filter: rt::Option<rt::String>,
    /// [`SigningRepositoryFilter::filter_type`](SigningRepositoryFilter::filter_type), if set.
    pub filter_type: rt::Option<SigningRepositoryFilterType>,
}
impl SigningRepositoryFilterBuilder {
    /// Sets [`SigningRepositoryFilter::filter`](SigningRepositoryFilter::filter).
    pub fn filter(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.filter = Some(value.into());
        self
    }
    /// Sets or clears [`SigningRepositoryFilter::filter`](SigningRepositoryFilter::filter).
    pub fn set_filter(mut self, value: rt::Option<rt::String>) -> Self {
        self.filter = value;
        self
    }
    /// Sets [`SigningRepositoryFilter::filter_type`](SigningRepositoryFilter::filter_type).
    pub fn filter_type(mut self, value: impl rt::Into<SigningRepositoryFilterType>) -> Self {
        self.filter_type = Some(value.into());
        self
    }
    /// Sets or clears [`SigningRepositoryFilter::filter_type`](SigningRepositoryFilter::filter_type).
    pub fn set_filter_type(mut self, value: rt::Option<SigningRepositoryFilterType>) -> Self {
        self.filter_type = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<SigningRepositoryFilter, rt::BuildError> {
        Ok(SigningRepositoryFilter {
            filter: self.filter.ok_or(rt::BuildError {
                shape: "SigningRepositoryFilter",
                member: "filter",
            })?,
            filter_type: self.filter_type.ok_or(rt::BuildError {
                shape: "SigningRepositoryFilter",
                member: "filterType",
            })?,
        })
    }
}
/// Signs the images pushed to the repositories the filters select with one signing profile.
#[derive(Clone, Debug, PartialEq)]
pub struct SigningRule {
    /// The signing profile to sign with.
    pub signing_profile_arn: rt::String,
    /// Which repositories the rule covers; none means every repository.
    pub repository_filters: rt::Option<rt::Vec<SigningRepositoryFilter>>,
}
impl SigningRule {
    /// A builder for this structure.
    pub fn builder() -> SigningRuleBuilder {
        SigningRuleBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl SigningRule {
    /// [`signing_profile_arn`](Self::signing_profile_arn).
    pub fn signing_profile_arn(&self) -> &str {
        &self.signing_profile_arn
    }
    /// [`repository_filters`](Self::repository_filters), empty when unset.
    pub fn repository_filters(&self) -> &[SigningRepositoryFilter] {
        self.repository_filters.as_deref().unwrap_or_default()
    }
}
/// Builds a [`SigningRule`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SigningRuleBuilder {
    /// [`SigningRule::signing_profile_arn`](SigningRule::signing_profile_arn), if set.
    pub signing_profile_arn: rt::Option<rt::String>,
    /// [`SigningRule::repository_filters`](SigningRule::repository_filters), if set.
    pub repository_filters: rt::Option<rt::Vec<SigningRepositoryFilter>>,
}
impl SigningRuleBuilder {
    /// Sets [`SigningRule::signing_profile_arn`](SigningRule::signing_profile_arn).
    pub fn signing_profile_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.signing_profile_arn = Some(value.into());
        self
    }
    /// Sets or clears [`SigningRule::signing_profile_arn`](SigningRule::signing_profile_arn).
    pub fn set_signing_profile_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.signing_profile_arn = value;
        self
    }
    /// Appends one element to [`SigningRule::repository_filters`](SigningRule::repository_filters).
    pub fn repository_filters(mut self, value: impl rt::Into<SigningRepositoryFilter>) -> Self {
        self.repository_filters
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`SigningRule::repository_filters`](SigningRule::repository_filters).
    pub fn set_repository_filters(
        mut self,
        value: rt::Option<rt::Vec<SigningRepositoryFilter>>,
    ) -> Self {
        self.repository_filters = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<SigningRule, rt::BuildError> {
        Ok(SigningRule {
            signing_profile_arn: self.signing_profile_arn.ok_or(rt::BuildError {
                shape: "SigningRule",
                member: "signingProfileArn",
            })?,
            repository_filters: self.repository_filters,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct StartImageScanRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// Which image.
    pub image_id: ImageIdentifier,
}
impl StartImageScanRequest {
    /// A builder for this structure.
    pub fn builder() -> StartImageScanRequestBuilder {
        StartImageScanRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl StartImageScanRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`image_id`](Self::image_id).
    pub fn image_id(&self) -> &ImageIdentifier {
        &self.image_id
    }
}
/// Builds a [`StartImageScanRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StartImageScanRequestBuilder {
    /// [`StartImageScanRequest::registry_id`](StartImageScanRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`StartImageScanRequest::repository_name`](StartImageScanRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`StartImageScanRequest::image_id`](StartImageScanRequest::image_id), if set.
    pub image_id: rt::Option<ImageIdentifier>,
}
impl StartImageScanRequestBuilder {
    /// Sets [`StartImageScanRequest::registry_id`](StartImageScanRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`StartImageScanRequest::registry_id`](StartImageScanRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`StartImageScanRequest::repository_name`](StartImageScanRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`StartImageScanRequest::repository_name`](StartImageScanRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`StartImageScanRequest::image_id`](StartImageScanRequest::image_id).
    pub fn image_id(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.image_id = Some(value.into());
        self
    }
    /// Sets or clears [`StartImageScanRequest::image_id`](StartImageScanRequest::image_id).
    pub fn set_image_id(mut self, value: rt::Option<ImageIdentifier>) -> Self {
        self.image_id = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<StartImageScanRequest, rt::BuildError> {
        Ok(StartImageScanRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "StartImageScanRequest",
                member: "repositoryName",
            })?,
            image_id: self.image_id.ok_or(rt::BuildError {
                shape: "StartImageScanRequest",
                member: "imageId",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct StartImageScanResponse {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::Option<rt::String>,
    /// Which image.
    pub image_id: rt::Option<ImageIdentifier>,
    /// Where the scan stands, and why when it failed.
    pub image_scan_status: rt::Option<ImageScanStatus>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for StartImageScanResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for StartImageScanResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl StartImageScanResponse {
    /// A builder for this structure.
    pub fn builder() -> StartImageScanResponseBuilder {
        StartImageScanResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl StartImageScanResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`image_id`](Self::image_id).
    pub fn image_id(&self) -> rt::Option<&ImageIdentifier> {
        self.image_id.as_ref()
    }
    /// [`image_scan_status`](Self::image_scan_status).
    pub fn image_scan_status(&self) -> rt::Option<&ImageScanStatus> {
        self.image_scan_status.as_ref()
    }
}
/// Builds a [`StartImageScanResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StartImageScanResponseBuilder {
    /// [`StartImageScanResponse::registry_id`](StartImageScanResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`StartImageScanResponse::repository_name`](StartImageScanResponse::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`StartImageScanResponse::image_id`](StartImageScanResponse::image_id), if set.
    pub image_id: rt::Option<ImageIdentifier>,
    /// [`StartImageScanResponse::image_scan_status`](StartImageScanResponse::image_scan_status), if set.
    pub image_scan_status: rt::Option<ImageScanStatus>,
}
impl StartImageScanResponseBuilder {
    /// Sets [`StartImageScanResponse::registry_id`](StartImageScanResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`StartImageScanResponse::registry_id`](StartImageScanResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`StartImageScanResponse::repository_name`](StartImageScanResponse::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`StartImageScanResponse::repository_name`](StartImageScanResponse::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`StartImageScanResponse::image_id`](StartImageScanResponse::image_id).
    pub fn image_id(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.image_id = Some(value.into());
        self
    }
    /// Sets or clears [`StartImageScanResponse::image_id`](StartImageScanResponse::image_id).
    pub fn set_image_id(mut self, value: rt::Option<ImageIdentifier>) -> Self {
        self.image_id = value;
        self
    }
    /// Sets [`StartImageScanResponse::image_scan_status`](StartImageScanResponse::image_scan_status).
    pub fn image_scan_status(mut self, value: impl rt::Into<ImageScanStatus>) -> Self {
        self.image_scan_status = Some(value.into());
        self
    }
    /// Sets or clears [`StartImageScanResponse::image_scan_status`](StartImageScanResponse::image_scan_status).
    pub fn set_image_scan_status(mut self, value: rt::Option<ImageScanStatus>) -> Self {
        self.image_scan_status = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> StartImageScanResponse {
        StartImageScanResponse {
            registry_id: self.registry_id,
            repository_name: self.repository_name,
            image_id: self.image_id,
            image_scan_status: self.image_scan_status,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct StartLifecyclePolicyPreviewRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// The policy to try; the repository's when omitted.
    pub lifecycle_policy_text: rt::Option<rt::String>,
}
impl StartLifecyclePolicyPreviewRequest {
    /// A builder for this structure.
    pub fn builder() -> StartLifecyclePolicyPreviewRequestBuilder {
        StartLifecyclePolicyPreviewRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl StartLifecyclePolicyPreviewRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`lifecycle_policy_text`](Self::lifecycle_policy_text).
    pub fn lifecycle_policy_text(&self) -> rt::Option<&str> {
        self.lifecycle_policy_text.as_deref()
    }
}
/// Builds a [`StartLifecyclePolicyPreviewRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StartLifecyclePolicyPreviewRequestBuilder {
    /// [`StartLifecyclePolicyPreviewRequest::registry_id`](StartLifecyclePolicyPreviewRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`StartLifecyclePolicyPreviewRequest::repository_name`](StartLifecyclePolicyPreviewRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`StartLifecyclePolicyPreviewRequest::lifecycle_policy_text`](StartLifecyclePolicyPreviewRequest::lifecycle_policy_text), if set.
    pub lifecycle_policy_text: rt::Option<rt::String>,
}
impl StartLifecyclePolicyPreviewRequestBuilder {
    /// Sets [`StartLifecyclePolicyPreviewRequest::registry_id`](StartLifecyclePolicyPreviewRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`StartLifecyclePolicyPreviewRequest::registry_id`](StartLifecyclePolicyPreviewRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`StartLifecyclePolicyPreviewRequest::repository_name`](StartLifecyclePolicyPreviewRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`StartLifecyclePolicyPreviewRequest::repository_name`](StartLifecyclePolicyPreviewRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`StartLifecyclePolicyPreviewRequest::lifecycle_policy_text`](StartLifecyclePolicyPreviewRequest::lifecycle_policy_text).
    pub fn lifecycle_policy_text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.lifecycle_policy_text = Some(value.into());
        self
    }
    /// Sets or clears [`StartLifecyclePolicyPreviewRequest::lifecycle_policy_text`](StartLifecyclePolicyPreviewRequest::lifecycle_policy_text).
    pub fn set_lifecycle_policy_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.lifecycle_policy_text = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<StartLifecyclePolicyPreviewRequest, rt::BuildError> {
        Ok(StartLifecyclePolicyPreviewRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "StartLifecyclePolicyPreviewRequest",
                member: "repositoryName",
            })?,
            lifecycle_policy_text: self.lifecycle_policy_text,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct StartLifecyclePolicyPreviewResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The repository.
    pub repository_name: rt::Option<rt::String>,
    /// The policy tried.
    pub lifecycle_policy_text: rt::Option<rt::String>,
    /// Where the preview stands.
    pub status: rt::Option<LifecyclePolicyPreviewStatus>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for StartLifecyclePolicyPreviewResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for StartLifecyclePolicyPreviewResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl StartLifecyclePolicyPreviewResponse {
    /// A builder for this structure.
    pub fn builder() -> StartLifecyclePolicyPreviewResponseBuilder {
        StartLifecyclePolicyPreviewResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl StartLifecyclePolicyPreviewResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`lifecycle_policy_text`](Self::lifecycle_policy_text).
    pub fn lifecycle_policy_text(&self) -> rt::Option<&str> {
        self.lifecycle_policy_text.as_deref()
    }
    /// [`status`](Self::status).
    pub fn status(&self) -> rt::Option<&LifecyclePolicyPreviewStatus> {
        self.status.as_ref()
    }
}
/// Builds a [`StartLifecyclePolicyPreviewResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StartLifecyclePolicyPreviewResponseBuilder {
    /// [`StartLifecyclePolicyPreviewResponse::registry_id`](StartLifecyclePolicyPreviewResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`StartLifecyclePolicyPreviewResponse::repository_name`](StartLifecyclePolicyPreviewResponse::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`StartLifecyclePolicyPreviewResponse::lifecycle_policy_text`](StartLifecyclePolicyPreviewResponse::lifecycle_policy_text), if set.
    pub lifecycle_policy_text: rt::Option<rt::String>,
    /// [`StartLifecyclePolicyPreviewResponse::status`](StartLifecyclePolicyPreviewResponse::status), if set.
    pub status: rt::Option<LifecyclePolicyPreviewStatus>,
}
impl StartLifecyclePolicyPreviewResponseBuilder {
    /// Sets [`StartLifecyclePolicyPreviewResponse::registry_id`](StartLifecyclePolicyPreviewResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`StartLifecyclePolicyPreviewResponse::registry_id`](StartLifecyclePolicyPreviewResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`StartLifecyclePolicyPreviewResponse::repository_name`](StartLifecyclePolicyPreviewResponse::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`StartLifecyclePolicyPreviewResponse::repository_name`](StartLifecyclePolicyPreviewResponse::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`StartLifecyclePolicyPreviewResponse::lifecycle_policy_text`](StartLifecyclePolicyPreviewResponse::lifecycle_policy_text).
    pub fn lifecycle_policy_text(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.lifecycle_policy_text = Some(value.into());
        self
    }
    /// Sets or clears [`StartLifecyclePolicyPreviewResponse::lifecycle_policy_text`](StartLifecyclePolicyPreviewResponse::lifecycle_policy_text).
    pub fn set_lifecycle_policy_text(mut self, value: rt::Option<rt::String>) -> Self {
        self.lifecycle_policy_text = value;
        self
    }
    /// Sets [`StartLifecyclePolicyPreviewResponse::status`](StartLifecyclePolicyPreviewResponse::status).
    pub fn status(mut self, value: impl rt::Into<LifecyclePolicyPreviewStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets or clears [`StartLifecyclePolicyPreviewResponse::status`](StartLifecyclePolicyPreviewResponse::status).
    pub fn set_status(mut self, value: rt::Option<LifecyclePolicyPreviewStatus>) -> Self {
        self.status = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> StartLifecyclePolicyPreviewResponse {
        StartLifecyclePolicyPreviewResponse {
            registry_id: self.registry_id,
            repository_name: self.repository_name,
            lifecycle_policy_text: self.lifecycle_policy_text,
            status: self.status,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// An image, by digest.
#[derive(Clone, Debug, PartialEq)]
pub struct SubjectIdentifier {
    /// The image's digest.
    pub image_digest: rt::String,
}
impl SubjectIdentifier {
    /// A builder for this structure.
    pub fn builder() -> SubjectIdentifierBuilder {
        SubjectIdentifierBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl SubjectIdentifier {
    /// [`image_digest`](Self::image_digest).
    pub fn image_digest(&self) -> &str {
        &self.image_digest
    }
}
/// Builds a [`SubjectIdentifier`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SubjectIdentifierBuilder {
    /// [`SubjectIdentifier::image_digest`](SubjectIdentifier::image_digest), if set.
    pub image_digest: rt::Option<rt::String>,
}
impl SubjectIdentifierBuilder {
    /// Sets [`SubjectIdentifier::image_digest`](SubjectIdentifier::image_digest).
    pub fn image_digest(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.image_digest = Some(value.into());
        self
    }
    /// Sets or clears [`SubjectIdentifier::image_digest`](SubjectIdentifier::image_digest).
    pub fn set_image_digest(mut self, value: rt::Option<rt::String>) -> Self {
        self.image_digest = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<SubjectIdentifier, rt::BuildError> {
        Ok(SubjectIdentifier {
            image_digest: self.image_digest.ok_or(rt::BuildError {
                shape: "SubjectIdentifier",
                member: "imageDigest",
            })?,
        })
    }
}
/// A key-value label attached to a resource.
#[derive(Clone, Debug, PartialEq)]
pub struct Tag {
    /// The tag's key.
    pub key: rt::String,
    /// The tag's value.
    pub value: rt::String,
}
impl Tag {
    /// A builder for this structure.
    pub fn builder() -> TagBuilder {
        TagBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Tag {
    /// [`key`](Self::key).
    pub fn key(&self) -> &str {
        &self.key
    }
    /// [`value`](Self::value).
    pub fn value(&self) -> &str {
        &self.value
    }
}
/// Builds a [`Tag`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TagBuilder {
    /// [`Tag::key`](Tag::key), if set.
    pub key: rt::Option<rt::String>,
    /// [`Tag::value`](Tag::value), if set.
    pub value: rt::Option<rt::String>,
}
impl TagBuilder {
    /// Sets [`Tag::key`](Tag::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`Tag::key`](Tag::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// Sets [`Tag::value`](Tag::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`Tag::value`](Tag::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<Tag, rt::BuildError> {
        Ok(Tag {
            key: self.key.ok_or(rt::BuildError {
                shape: "Tag",
                member: "Key",
            })?,
            value: self.value.ok_or(rt::BuildError {
                shape: "Tag",
                member: "Value",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct TagResourceRequest {
    /// The repository's ARN, `arn:aws:ecr:REGION:ACCOUNT:repository/NAME`.
    pub resource_arn: rt::String,
    /// The tags to add or change.
    pub tags: rt::Vec<Tag>,
}
impl TagResourceRequest {
    /// A builder for this structure.
    pub fn builder() -> TagResourceRequestBuilder {
        TagResourceRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl TagResourceRequest {
    /// [`resource_arn`](Self::resource_arn).
    pub fn resource_arn(&self) -> &str {
        &self.resource_arn
    }
    /// [`tags`](Self::tags).
    pub fn tags(&self) -> &[Tag] {
        &self.tags
    }
}
/// Builds a [`TagResourceRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TagResourceRequestBuilder {
    /// [`TagResourceRequest::resource_arn`](TagResourceRequest::resource_arn), if set.
    pub resource_arn: rt::Option<rt::String>,
    /// [`TagResourceRequest::tags`](TagResourceRequest::tags), if set.
    pub tags: rt::Option<rt::Vec<Tag>>,
}
impl TagResourceRequestBuilder {
    /// Sets [`TagResourceRequest::resource_arn`](TagResourceRequest::resource_arn).
    pub fn resource_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.resource_arn = Some(value.into());
        self
    }
    /// Sets or clears [`TagResourceRequest::resource_arn`](TagResourceRequest::resource_arn).
    pub fn set_resource_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.resource_arn = value;
        self
    }
    /// Appends one element to [`TagResourceRequest::tags`](TagResourceRequest::tags).
    pub fn tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.tags
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`TagResourceRequest::tags`](TagResourceRequest::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.tags = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<TagResourceRequest, rt::BuildError> {
        Ok(TagResourceRequest {
            resource_arn: self.resource_arn.ok_or(rt::BuildError {
                shape: "TagResourceRequest",
                member: "resourceArn",
            })?,
            tags: self.tags.ok_or(rt::BuildError {
                shape: "TagResourceRequest",
                member: "tags",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct TagResourceResponse {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for TagResourceResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for TagResourceResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl TagResourceResponse {
    /// A builder for this structure.
    pub fn builder() -> TagResourceResponseBuilder {
        TagResourceResponseBuilder::default()
    }
}
/// Builds a [`TagResourceResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TagResourceResponseBuilder {}
impl TagResourceResponseBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> TagResourceResponse {
        TagResourceResponse {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct UntagResourceRequest {
    /// The repository's ARN, `arn:aws:ecr:REGION:ACCOUNT:repository/NAME`.
    pub resource_arn: rt::String,
    /// The keys of the tags to remove.
    pub tag_keys: rt::Vec<rt::String>,
}
impl UntagResourceRequest {
    /// A builder for this structure.
    pub fn builder() -> UntagResourceRequestBuilder {
        UntagResourceRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl UntagResourceRequest {
    /// [`resource_arn`](Self::resource_arn).
    pub fn resource_arn(&self) -> &str {
        &self.resource_arn
    }
    /// [`tag_keys`](Self::tag_keys).
    pub fn tag_keys(&self) -> &[rt::String] {
        &self.tag_keys
    }
}
/// Builds a [`UntagResourceRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UntagResourceRequestBuilder {
    /// [`UntagResourceRequest::resource_arn`](UntagResourceRequest::resource_arn), if set.
    pub resource_arn: rt::Option<rt::String>,
    /// [`UntagResourceRequest::tag_keys`](UntagResourceRequest::tag_keys), if set.
    pub tag_keys: rt::Option<rt::Vec<rt::String>>,
}
impl UntagResourceRequestBuilder {
    /// Sets [`UntagResourceRequest::resource_arn`](UntagResourceRequest::resource_arn).
    pub fn resource_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.resource_arn = Some(value.into());
        self
    }
    /// Sets or clears [`UntagResourceRequest::resource_arn`](UntagResourceRequest::resource_arn).
    pub fn set_resource_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.resource_arn = value;
        self
    }
    /// Appends one element to [`UntagResourceRequest::tag_keys`](UntagResourceRequest::tag_keys).
    pub fn tag_keys(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.tag_keys
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`UntagResourceRequest::tag_keys`](UntagResourceRequest::tag_keys).
    pub fn set_tag_keys(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.tag_keys = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<UntagResourceRequest, rt::BuildError> {
        Ok(UntagResourceRequest {
            resource_arn: self.resource_arn.ok_or(rt::BuildError {
                shape: "UntagResourceRequest",
                member: "resourceArn",
            })?,
            tag_keys: self.tag_keys.ok_or(rt::BuildError {
                shape: "UntagResourceRequest",
                member: "tagKeys",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct UntagResourceResponse {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for UntagResourceResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for UntagResourceResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl UntagResourceResponse {
    /// A builder for this structure.
    pub fn builder() -> UntagResourceResponseBuilder {
        UntagResourceResponseBuilder::default()
    }
}
/// Builds a [`UntagResourceResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UntagResourceResponseBuilder {}
impl UntagResourceResponseBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> UntagResourceResponse {
        UntagResourceResponse {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateImageStorageClassRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// The image, by digest or tag.
    pub image_id: ImageIdentifier,
    /// `ARCHIVE` or `STANDARD`.
    pub target_storage_class: TargetStorageClass,
}
impl UpdateImageStorageClassRequest {
    /// A builder for this structure.
    pub fn builder() -> UpdateImageStorageClassRequestBuilder {
        UpdateImageStorageClassRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl UpdateImageStorageClassRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`image_id`](Self::image_id).
    pub fn image_id(&self) -> &ImageIdentifier {
        &self.image_id
    }
    /// [`target_storage_class`](Self::target_storage_class).
    pub fn target_storage_class(&self) -> &TargetStorageClass {
        &self.target_storage_class
    }
}
/// Builds a [`UpdateImageStorageClassRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateImageStorageClassRequestBuilder {
    /// [`UpdateImageStorageClassRequest::registry_id`](UpdateImageStorageClassRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`UpdateImageStorageClassRequest::repository_name`](UpdateImageStorageClassRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`UpdateImageStorageClassRequest::image_id`](UpdateImageStorageClassRequest::image_id), if set.
    pub image_id: rt::Option<ImageIdentifier>,
    /// [`UpdateImageStorageClassRequest::target_storage_class`](UpdateImageStorageClassRequest::target_storage_class), if set.
    pub target_storage_class: rt::Option<TargetStorageClass>,
}
impl UpdateImageStorageClassRequestBuilder {
    /// Sets [`UpdateImageStorageClassRequest::registry_id`](UpdateImageStorageClassRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateImageStorageClassRequest::registry_id`](UpdateImageStorageClassRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`UpdateImageStorageClassRequest::repository_name`](UpdateImageStorageClassRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateImageStorageClassRequest::repository_name`](UpdateImageStorageClassRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`UpdateImageStorageClassRequest::image_id`](UpdateImageStorageClassRequest::image_id).
    pub fn image_id(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.image_id = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateImageStorageClassRequest::image_id`](UpdateImageStorageClassRequest::image_id).
    pub fn set_image_id(mut self, value: rt::Option<ImageIdentifier>) -> Self {
        self.image_id = value;
        self
    }
    /// Sets [`UpdateImageStorageClassRequest::target_storage_class`](UpdateImageStorageClassRequest::target_storage_class).
    pub fn target_storage_class(mut self, value: impl rt::Into<TargetStorageClass>) -> Self {
        self.target_storage_class = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateImageStorageClassRequest::target_storage_class`](UpdateImageStorageClassRequest::target_storage_class).
    pub fn set_target_storage_class(mut self, value: rt::Option<TargetStorageClass>) -> Self {
        self.target_storage_class = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<UpdateImageStorageClassRequest, rt::BuildError> {
        Ok(UpdateImageStorageClassRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "UpdateImageStorageClassRequest",
                member: "repositoryName",
            })?,
            image_id: self.image_id.ok_or(rt::BuildError {
                shape: "UpdateImageStorageClassRequest",
                member: "imageId",
            })?,
            target_storage_class: self.target_storage_class.ok_or(rt::BuildError {
                shape: "UpdateImageStorageClassRequest",
                member: "targetStorageClass",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateImageStorageClassResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::Option<rt::String>,
    /// The image, by digest or tag.
    pub image_id: rt::Option<ImageIdentifier>,
    /// The image's status now.
    pub image_status: rt::Option<ImageStatus>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for UpdateImageStorageClassResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for UpdateImageStorageClassResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl UpdateImageStorageClassResponse {
    /// A builder for this structure.
    pub fn builder() -> UpdateImageStorageClassResponseBuilder {
        UpdateImageStorageClassResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl UpdateImageStorageClassResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`image_id`](Self::image_id).
    pub fn image_id(&self) -> rt::Option<&ImageIdentifier> {
        self.image_id.as_ref()
    }
    /// [`image_status`](Self::image_status).
    pub fn image_status(&self) -> rt::Option<&ImageStatus> {
        self.image_status.as_ref()
    }
}
/// Builds a [`UpdateImageStorageClassResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateImageStorageClassResponseBuilder {
    /// [`UpdateImageStorageClassResponse::registry_id`](UpdateImageStorageClassResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`UpdateImageStorageClassResponse::repository_name`](UpdateImageStorageClassResponse::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`UpdateImageStorageClassResponse::image_id`](UpdateImageStorageClassResponse::image_id), if set.
    pub image_id: rt::Option<ImageIdentifier>,
    /// [`UpdateImageStorageClassResponse::image_status`](UpdateImageStorageClassResponse::image_status), if set.
    pub image_status: rt::Option<ImageStatus>,
}
impl UpdateImageStorageClassResponseBuilder {
    /// Sets [`UpdateImageStorageClassResponse::registry_id`](UpdateImageStorageClassResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateImageStorageClassResponse::registry_id`](UpdateImageStorageClassResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`UpdateImageStorageClassResponse::repository_name`](UpdateImageStorageClassResponse::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateImageStorageClassResponse::repository_name`](UpdateImageStorageClassResponse::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`UpdateImageStorageClassResponse::image_id`](UpdateImageStorageClassResponse::image_id).
    pub fn image_id(mut self, value: impl rt::Into<ImageIdentifier>) -> Self {
        self.image_id = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateImageStorageClassResponse::image_id`](UpdateImageStorageClassResponse::image_id).
    pub fn set_image_id(mut self, value: rt::Option<ImageIdentifier>) -> Self {
        self.image_id = value;
        self
    }
    /// Sets [`UpdateImageStorageClassResponse::image_status`](UpdateImageStorageClassResponse::image_status).
    pub fn image_status(mut self, value: impl rt::Into<ImageStatus>) -> Self {
        self.image_status = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateImageStorageClassResponse::image_status`](UpdateImageStorageClassResponse::image_status).
    pub fn set_image_status(mut self, value: rt::Option<ImageStatus>) -> Self {
        self.image_status = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> UpdateImageStorageClassResponse {
        UpdateImageStorageClassResponse {
            registry_id: self.registry_id,
            repository_name: self.repository_name,
            image_id: self.image_id,
            image_status: self.image_status,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct UpdatePullThroughCacheRuleRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The first part of the names of the repositories the rule serves: `PREFIX/NAME` mirrors upstream repository `NAME`.
    pub ecr_repository_prefix: rt::String,
    /// The secret holding credentials for the upstream registry.
    pub credential_arn: rt::Option<rt::String>,
    /// An IAM role the registry assumes for the work (recorded; this registry does not assume roles).
    pub custom_role_arn: rt::Option<rt::String>,
}
impl UpdatePullThroughCacheRuleRequest {
    /// A builder for this structure.
    pub fn builder() -> UpdatePullThroughCacheRuleRequestBuilder {
        UpdatePullThroughCacheRuleRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl UpdatePullThroughCacheRuleRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`ecr_repository_prefix`](Self::ecr_repository_prefix).
    pub fn ecr_repository_prefix(&self) -> &str {
        &self.ecr_repository_prefix
    }
    /// [`credential_arn`](Self::credential_arn).
    pub fn credential_arn(&self) -> rt::Option<&str> {
        self.credential_arn.as_deref()
    }
    /// [`custom_role_arn`](Self::custom_role_arn).
    pub fn custom_role_arn(&self) -> rt::Option<&str> {
        self.custom_role_arn.as_deref()
    }
}
/// Builds a [`UpdatePullThroughCacheRuleRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdatePullThroughCacheRuleRequestBuilder {
    /// [`UpdatePullThroughCacheRuleRequest::registry_id`](UpdatePullThroughCacheRuleRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`UpdatePullThroughCacheRuleRequest::ecr_repository_prefix`](UpdatePullThroughCacheRuleRequest::ecr_repository_prefix), if set.
    pub ecr_repository_prefix: rt::Option<rt::String>,
    /// [`UpdatePullThroughCacheRuleRequest::credential_arn`](UpdatePullThroughCacheRuleRequest::credential_arn), if set.
    pub credential_arn: rt::Option<rt::String>,
    /// [`UpdatePullThroughCacheRuleRequest::custom_role_arn`](UpdatePullThroughCacheRuleRequest::custom_role_arn), if set.
    pub custom_role_arn: rt::Option<rt::String>,
}
impl UpdatePullThroughCacheRuleRequestBuilder {
    /// Sets [`UpdatePullThroughCacheRuleRequest::registry_id`](UpdatePullThroughCacheRuleRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`UpdatePullThroughCacheRuleRequest::registry_id`](UpdatePullThroughCacheRuleRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`UpdatePullThroughCacheRuleRequest::ecr_repository_prefix`](UpdatePullThroughCacheRuleRequest::ecr_repository_prefix).
    pub fn ecr_repository_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ecr_repository_prefix = Some(value.into());
        self
    }
    /// Sets or clears [`UpdatePullThroughCacheRuleRequest::ecr_repository_prefix`](UpdatePullThroughCacheRuleRequest::ecr_repository_prefix).
    pub fn set_ecr_repository_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.ecr_repository_prefix = value;
        self
    }
    /// Sets [`UpdatePullThroughCacheRuleRequest::credential_arn`](UpdatePullThroughCacheRuleRequest::credential_arn).
    pub fn credential_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.credential_arn = Some(value.into());
        self
    }
    /// Sets or clears [`UpdatePullThroughCacheRuleRequest::credential_arn`](UpdatePullThroughCacheRuleRequest::credential_arn).
    pub fn set_credential_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.credential_arn = value;
        self
    }
    /// Sets [`UpdatePullThroughCacheRuleRequest::custom_role_arn`](UpdatePullThroughCacheRuleRequest::custom_role_arn).
    pub fn custom_role_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.custom_role_arn = Some(value.into());
        self
    }
    /// Sets or clears [`UpdatePullThroughCacheRuleRequest::custom_role_arn`](UpdatePullThroughCacheRuleRequest::custom_role_arn).
    pub fn set_custom_role_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.custom_role_arn = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<UpdatePullThroughCacheRuleRequest, rt::BuildError> {
        Ok(UpdatePullThroughCacheRuleRequest {
            registry_id: self.registry_id,
            ecr_repository_prefix: self.ecr_repository_prefix.ok_or(rt::BuildError {
                shape: "UpdatePullThroughCacheRuleRequest",
                member: "ecrRepositoryPrefix",
            })?,
            credential_arn: self.credential_arn,
            custom_role_arn: self.custom_role_arn,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct UpdatePullThroughCacheRuleResponse {
    /// The first part of the names of the repositories the rule serves: `PREFIX/NAME` mirrors upstream repository `NAME`.
    pub ecr_repository_prefix: rt::Option<rt::String>,
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// When the rule last changed.
    pub updated_at: rt::Option<rt::DateTime>,
    /// The secret holding credentials for the upstream registry.
    pub credential_arn: rt::Option<rt::String>,
    /// An IAM role the registry assumes for the work (recorded; this registry does not assume roles).
    pub custom_role_arn: rt::Option<rt::String>,
    /// A prefix of the upstream's repository names to put before `NAME`.
    pub upstream_repository_prefix: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for UpdatePullThroughCacheRuleResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for UpdatePullThroughCacheRuleResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl UpdatePullThroughCacheRuleResponse {
    /// A builder for this structure.
    pub fn builder() -> UpdatePullThroughCacheRuleResponseBuilder {
        UpdatePullThroughCacheRuleResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl UpdatePullThroughCacheRuleResponse {
    /// [`ecr_repository_prefix`](Self::ecr_repository_prefix).
    pub fn ecr_repository_prefix(&self) -> rt::Option<&str> {
        self.ecr_repository_prefix.as_deref()
    }
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`updated_at`](Self::updated_at).
    pub fn updated_at(&self) -> rt::Option<&rt::DateTime> {
        self.updated_at.as_ref()
    }
    /// [`credential_arn`](Self::credential_arn).
    pub fn credential_arn(&self) -> rt::Option<&str> {
        self.credential_arn.as_deref()
    }
    /// [`custom_role_arn`](Self::custom_role_arn).
    pub fn custom_role_arn(&self) -> rt::Option<&str> {
        self.custom_role_arn.as_deref()
    }
    /// [`upstream_repository_prefix`](Self::upstream_repository_prefix).
    pub fn upstream_repository_prefix(&self) -> rt::Option<&str> {
        self.upstream_repository_prefix.as_deref()
    }
}
/// Builds a [`UpdatePullThroughCacheRuleResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdatePullThroughCacheRuleResponseBuilder {
    /// [`UpdatePullThroughCacheRuleResponse::ecr_repository_prefix`](UpdatePullThroughCacheRuleResponse::ecr_repository_prefix), if set.
    pub ecr_repository_prefix: rt::Option<rt::String>,
    /// [`UpdatePullThroughCacheRuleResponse::registry_id`](UpdatePullThroughCacheRuleResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`UpdatePullThroughCacheRuleResponse::updated_at`](UpdatePullThroughCacheRuleResponse::updated_at), if set.
    pub updated_at: rt::Option<rt::DateTime>,
    /// [`UpdatePullThroughCacheRuleResponse::credential_arn`](UpdatePullThroughCacheRuleResponse::credential_arn), if set.
    pub credential_arn: rt::Option<rt::String>,
    /// [`UpdatePullThroughCacheRuleResponse::custom_role_arn`](UpdatePullThroughCacheRuleResponse::custom_role_arn), if set.
    pub custom_role_arn: rt::Option<rt::String>,
    /// [`UpdatePullThroughCacheRuleResponse::upstream_repository_prefix`](UpdatePullThroughCacheRuleResponse::upstream_repository_prefix), if set.
    pub upstream_repository_prefix: rt::Option<rt::String>,
}
impl UpdatePullThroughCacheRuleResponseBuilder {
    /// Sets [`UpdatePullThroughCacheRuleResponse::ecr_repository_prefix`](UpdatePullThroughCacheRuleResponse::ecr_repository_prefix).
    pub fn ecr_repository_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ecr_repository_prefix = Some(value.into());
        self
    }
    /// Sets or clears [`UpdatePullThroughCacheRuleResponse::ecr_repository_prefix`](UpdatePullThroughCacheRuleResponse::ecr_repository_prefix).
    pub fn set_ecr_repository_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.ecr_repository_prefix = value;
        self
    }
    /// Sets [`UpdatePullThroughCacheRuleResponse::registry_id`](UpdatePullThroughCacheRuleResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`UpdatePullThroughCacheRuleResponse::registry_id`](UpdatePullThroughCacheRuleResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`UpdatePullThroughCacheRuleResponse::updated_at`](UpdatePullThroughCacheRuleResponse::updated_at).
    pub fn updated_at(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.updated_at = Some(value.into());
        self
    }
    /// Sets or clears [`UpdatePullThroughCacheRuleResponse::updated_at`](UpdatePullThroughCacheRuleResponse::updated_at).
    pub fn set_updated_at(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.updated_at = value;
        self
    }
    /// Sets [`UpdatePullThroughCacheRuleResponse::credential_arn`](UpdatePullThroughCacheRuleResponse::credential_arn).
    pub fn credential_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.credential_arn = Some(value.into());
        self
    }
    /// Sets or clears [`UpdatePullThroughCacheRuleResponse::credential_arn`](UpdatePullThroughCacheRuleResponse::credential_arn).
    pub fn set_credential_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.credential_arn = value;
        self
    }
    /// Sets [`UpdatePullThroughCacheRuleResponse::custom_role_arn`](UpdatePullThroughCacheRuleResponse::custom_role_arn).
    pub fn custom_role_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.custom_role_arn = Some(value.into());
        self
    }
    /// Sets or clears [`UpdatePullThroughCacheRuleResponse::custom_role_arn`](UpdatePullThroughCacheRuleResponse::custom_role_arn).
    pub fn set_custom_role_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.custom_role_arn = value;
        self
    }
    /// Sets [`UpdatePullThroughCacheRuleResponse::upstream_repository_prefix`](UpdatePullThroughCacheRuleResponse::upstream_repository_prefix).
    pub fn upstream_repository_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upstream_repository_prefix = Some(value.into());
        self
    }
    /// Sets or clears [`UpdatePullThroughCacheRuleResponse::upstream_repository_prefix`](UpdatePullThroughCacheRuleResponse::upstream_repository_prefix).
    pub fn set_upstream_repository_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.upstream_repository_prefix = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> UpdatePullThroughCacheRuleResponse {
        UpdatePullThroughCacheRuleResponse {
            ecr_repository_prefix: self.ecr_repository_prefix,
            registry_id: self.registry_id,
            updated_at: self.updated_at,
            credential_arn: self.credential_arn,
            custom_role_arn: self.custom_role_arn,
            upstream_repository_prefix: self.upstream_repository_prefix,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateRepositoryCreationTemplateRequest {
    /// The repository name prefix the template applies to, or `ROOT` for every repository no other template covers.
    pub prefix: rt::String,
    /// What the template is for.
    pub description: rt::Option<rt::String>,
    /// How images are encrypted at rest; AES-256 when omitted.
    pub encryption_configuration: rt::Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    /// Tags given to each repository created from the template.
    pub resource_tags: rt::Option<rt::Vec<Tag>>,
    /// Whether tags may be moved to other images. Tags are mutable when omitted.
    pub image_tag_mutability: rt::Option<ImageTagMutability>,
    /// The repository policy given to each repository created from the template.
    pub repository_policy: rt::Option<rt::String>,
    /// The lifecycle policy given to each repository created from the template.
    pub lifecycle_policy: rt::Option<rt::String>,
    /// Which ways of creating a repository use the template: `PULL_THROUGH_CACHE`, `REPLICATION`, `CREATE_ON_PUSH`.
    pub applied_for: rt::Option<rt::Vec<RctAppliedFor>>,
    /// An IAM role the registry assumes for the work (recorded; this registry does not assume roles).
    pub custom_role_arn: rt::Option<rt::String>,
}
impl UpdateRepositoryCreationTemplateRequest {
    /// A builder for this structure.
    pub fn builder() -> UpdateRepositoryCreationTemplateRequestBuilder {
        UpdateRepositoryCreationTemplateRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl UpdateRepositoryCreationTemplateRequest {
    /// [`prefix`](Self::prefix).
    pub fn prefix(&self) -> &str {
        &self.prefix
    }
    /// [`description`](Self::description).
    pub fn description(&self) -> rt::Option<&str> {
        self.description.as_deref()
    }
    /// [`encryption_configuration`](Self::encryption_configuration).
    pub fn encryption_configuration(
        &self,
    ) -> rt::Option<&EncryptionConfigurationForRepositoryCreationTemplate> {
        self.encryption_configuration.as_ref()
    }
    /// [`resource_tags`](Self::resource_tags), empty when unset.
    pub fn resource_tags(&self) -> &[Tag] {
        self.resource_tags.as_deref().unwrap_or_default()
    }
    /// [`image_tag_mutability`](Self::image_tag_mutability).
    pub fn image_tag_mutability(&self) -> rt::Option<&ImageTagMutability> {
        self.image_tag_mutability.as_ref()
    }
    /// [`repository_policy`](Self::repository_policy).
    pub fn repository_policy(&self) -> rt::Option<&str> {
        self.repository_policy.as_deref()
    }
    /// [`lifecycle_policy`](Self::lifecycle_policy).
    pub fn lifecycle_policy(&self) -> rt::Option<&str> {
        self.lifecycle_policy.as_deref()
    }
    /// [`applied_for`](Self::applied_for), empty when unset.
    pub fn applied_for(&self) -> &[RctAppliedFor] {
        self.applied_for.as_deref().unwrap_or_default()
    }
    /// [`custom_role_arn`](Self::custom_role_arn).
    pub fn custom_role_arn(&self) -> rt::Option<&str> {
        self.custom_role_arn.as_deref()
    }
}
/// Builds a [`UpdateRepositoryCreationTemplateRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateRepositoryCreationTemplateRequestBuilder {
    /// [`UpdateRepositoryCreationTemplateRequest::prefix`](UpdateRepositoryCreationTemplateRequest::prefix), if set.
    pub prefix: rt::Option<rt::String>,
    /// [`UpdateRepositoryCreationTemplateRequest::description`](UpdateRepositoryCreationTemplateRequest::description), if set.
    pub description: rt::Option<rt::String>,
    /// [`UpdateRepositoryCreationTemplateRequest::encryption_configuration`](UpdateRepositoryCreationTemplateRequest::encryption_configuration), if set.
    pub encryption_configuration: rt::Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    /// [`UpdateRepositoryCreationTemplateRequest::resource_tags`](UpdateRepositoryCreationTemplateRequest::resource_tags), if set.
    pub resource_tags: rt::Option<rt::Vec<Tag>>,
    /// [`UpdateRepositoryCreationTemplateRequest::image_tag_mutability`](UpdateRepositoryCreationTemplateRequest::image_tag_mutability), if set.
    pub image_tag_mutability: rt::Option<ImageTagMutability>,
    /// [`UpdateRepositoryCreationTemplateRequest::repository_policy`](UpdateRepositoryCreationTemplateRequest::repository_policy), if set.
    pub repository_policy: rt::Option<rt::String>,
    /// [`UpdateRepositoryCreationTemplateRequest::lifecycle_policy`](UpdateRepositoryCreationTemplateRequest::lifecycle_policy), if set.
    pub lifecycle_policy: rt::Option<rt::String>,
    /// [`UpdateRepositoryCreationTemplateRequest::applied_for`](UpdateRepositoryCreationTemplateRequest::applied_for), if set.
    pub applied_for: rt::Option<rt::Vec<RctAppliedFor>>,
    /// [`UpdateRepositoryCreationTemplateRequest::custom_role_arn`](UpdateRepositoryCreationTemplateRequest::custom_role_arn), if set.
    pub custom_role_arn: rt::Option<rt::String>,
}
impl UpdateRepositoryCreationTemplateRequestBuilder {
    /// Sets [`UpdateRepositoryCreationTemplateRequest::prefix`](UpdateRepositoryCreationTemplateRequest::prefix).
    pub fn prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.prefix = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateRepositoryCreationTemplateRequest::prefix`](UpdateRepositoryCreationTemplateRequest::prefix).
    pub fn set_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.prefix = value;
        self
    }
    /// Sets [`UpdateRepositoryCreationTemplateRequest::description`](UpdateRepositoryCreationTemplateRequest::description).
    pub fn description(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateRepositoryCreationTemplateRequest::description`](UpdateRepositoryCreationTemplateRequest::description).
    pub fn set_description(mut self, value: rt::Option<rt::String>) -> Self {
        self.description = value;
        self
    }
    /// Sets [`UpdateRepositoryCreationTemplateRequest::encryption_configuration`](UpdateRepositoryCreationTemplateRequest::encryption_configuration).
    pub fn encryption_configuration(
        mut self,
        value: impl rt::Into<EncryptionConfigurationForRepositoryCreationTemplate>,
    ) -> Self {
        self.encryption_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateRepositoryCreationTemplateRequest::encryption_configuration`](UpdateRepositoryCreationTemplateRequest::encryption_configuration).
    pub fn set_encryption_configuration(
        mut self,
        value: rt::Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    ) -> Self {
        self.encryption_configuration = value;
        self
    }
    /// Appends one element to [`UpdateRepositoryCreationTemplateRequest::resource_tags`](UpdateRepositoryCreationTemplateRequest::resource_tags).
    pub fn resource_tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.resource_tags
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`UpdateRepositoryCreationTemplateRequest::resource_tags`](UpdateRepositoryCreationTemplateRequest::resource_tags).
    pub fn set_resource_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.resource_tags = value;
        self
    }
    /// Sets [`UpdateRepositoryCreationTemplateRequest::image_tag_mutability`](UpdateRepositoryCreationTemplateRequest::image_tag_mutability).
    pub fn image_tag_mutability(mut self, value: impl rt::Into<ImageTagMutability>) -> Self {
        self.image_tag_mutability = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateRepositoryCreationTemplateRequest::image_tag_mutability`](UpdateRepositoryCreationTemplateRequest::image_tag_mutability).
    pub fn set_image_tag_mutability(mut self, value: rt::Option<ImageTagMutability>) -> Self {
        self.image_tag_mutability = value;
        self
    }
    /// Sets [`UpdateRepositoryCreationTemplateRequest::repository_policy`](UpdateRepositoryCreationTemplateRequest::repository_policy).
    pub fn repository_policy(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_policy = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateRepositoryCreationTemplateRequest::repository_policy`](UpdateRepositoryCreationTemplateRequest::repository_policy).
    pub fn set_repository_policy(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_policy = value;
        self
    }
    /// Sets [`UpdateRepositoryCreationTemplateRequest::lifecycle_policy`](UpdateRepositoryCreationTemplateRequest::lifecycle_policy).
    pub fn lifecycle_policy(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.lifecycle_policy = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateRepositoryCreationTemplateRequest::lifecycle_policy`](UpdateRepositoryCreationTemplateRequest::lifecycle_policy).
    pub fn set_lifecycle_policy(mut self, value: rt::Option<rt::String>) -> Self {
        self.lifecycle_policy = value;
        self
    }
    /// Appends one element to [`UpdateRepositoryCreationTemplateRequest::applied_for`](UpdateRepositoryCreationTemplateRequest::applied_for).
    pub fn applied_for(mut self, value: impl rt::Into<RctAppliedFor>) -> Self {
        self.applied_for
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`UpdateRepositoryCreationTemplateRequest::applied_for`](UpdateRepositoryCreationTemplateRequest::applied_for).
    pub fn set_applied_for(mut self, value: rt::Option<rt::Vec<RctAppliedFor>>) -> Self {
        self.applied_for = value;
        self
    }
    /// Sets [`UpdateRepositoryCreationTemplateRequest::custom_role_arn`](UpdateRepositoryCreationTemplateRequest::custom_role_arn).
    pub fn custom_role_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.custom_role_arn = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateRepositoryCreationTemplateRequest::custom_role_arn`](UpdateRepositoryCreationTemplateRequest::custom_role_arn).
    pub fn set_custom_role_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.custom_role_arn = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<UpdateRepositoryCreationTemplateRequest, rt::BuildError> {
        Ok(UpdateRepositoryCreationTemplateRequest {
            prefix: self.prefix.ok_or(rt::BuildError {
                shape: "UpdateRepositoryCreationTemplateRequest",
                member: "prefix",
            })?,
            description: self.description,
            encryption_configuration: self.encryption_configuration,
            resource_tags: self.resource_tags,
            image_tag_mutability: self.image_tag_mutability,
            repository_policy: self.repository_policy,
            lifecycle_policy: self.lifecycle_policy,
            applied_for: self.applied_for,
            custom_role_arn: self.custom_role_arn,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateRepositoryCreationTemplateResponse {
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The template.
    pub repository_creation_template: rt::Option<RepositoryCreationTemplate>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for UpdateRepositoryCreationTemplateResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for UpdateRepositoryCreationTemplateResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl UpdateRepositoryCreationTemplateResponse {
    /// A builder for this structure.
    pub fn builder() -> UpdateRepositoryCreationTemplateResponseBuilder {
        UpdateRepositoryCreationTemplateResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl UpdateRepositoryCreationTemplateResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_creation_template`](Self::repository_creation_template).
    pub fn repository_creation_template(&self) -> rt::Option<&RepositoryCreationTemplate> {
        self.repository_creation_template.as_ref()
    }
}
/// Builds a [`UpdateRepositoryCreationTemplateResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateRepositoryCreationTemplateResponseBuilder {
    /// [`UpdateRepositoryCreationTemplateResponse::registry_id`](UpdateRepositoryCreationTemplateResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`UpdateRepositoryCreationTemplateResponse::repository_creation_template`](UpdateRepositoryCreationTemplateResponse::repository_creation_template), if set.
    pub repository_creation_template: rt::Option<RepositoryCreationTemplate>,
}
impl UpdateRepositoryCreationTemplateResponseBuilder {
    /// Sets [`UpdateRepositoryCreationTemplateResponse::registry_id`](UpdateRepositoryCreationTemplateResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateRepositoryCreationTemplateResponse::registry_id`](UpdateRepositoryCreationTemplateResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`UpdateRepositoryCreationTemplateResponse::repository_creation_template`](UpdateRepositoryCreationTemplateResponse::repository_creation_template).
    pub fn repository_creation_template(
        mut self,
        value: impl rt::Into<RepositoryCreationTemplate>,
    ) -> Self {
        self.repository_creation_template = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateRepositoryCreationTemplateResponse::repository_creation_template`](UpdateRepositoryCreationTemplateResponse::repository_creation_template).
    pub fn set_repository_creation_template(
        mut self,
        value: rt::Option<RepositoryCreationTemplate>,
    ) -> Self {
        self.repository_creation_template = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> UpdateRepositoryCreationTemplateResponse {
        UpdateRepositoryCreationTemplateResponse {
            registry_id: self.registry_id,
            repository_creation_template: self.repository_creation_template,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct UploadLayerPartRequest {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::String,
    /// The id of the layer upload, from `InitiateLayerUpload`.
    pub upload_id: rt::String,
    /// The offset of the first byte of this part within the layer.
    pub part_first_byte: i64,
    /// The offset of the last byte of this part within the layer.
    pub part_last_byte: i64,
    /// The bytes of this part.
    pub layer_part_blob: rt::Blob,
}
impl UploadLayerPartRequest {
    /// A builder for this structure.
    pub fn builder() -> UploadLayerPartRequestBuilder {
        UploadLayerPartRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl UploadLayerPartRequest {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> &str {
        &self.repository_name
    }
    /// [`upload_id`](Self::upload_id).
    pub fn upload_id(&self) -> &str {
        &self.upload_id
    }
    /// [`part_first_byte`](Self::part_first_byte).
    pub fn part_first_byte(&self) -> i64 {
        self.part_first_byte
    }
    /// [`part_last_byte`](Self::part_last_byte).
    pub fn part_last_byte(&self) -> i64 {
        self.part_last_byte
    }
    /// [`layer_part_blob`](Self::layer_part_blob).
    pub fn layer_part_blob(&self) -> &rt::Blob {
        &self.layer_part_blob
    }
}
/// Builds a [`UploadLayerPartRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UploadLayerPartRequestBuilder {
    /// [`UploadLayerPartRequest::registry_id`](UploadLayerPartRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`UploadLayerPartRequest::repository_name`](UploadLayerPartRequest::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`UploadLayerPartRequest::upload_id`](UploadLayerPartRequest::upload_id), if set.
    pub upload_id: rt::Option<rt::String>,
    /// [`UploadLayerPartRequest::part_first_byte`](UploadLayerPartRequest::part_first_byte), if set.
    pub part_first_byte: rt::Option<i64>,
    /// [`UploadLayerPartRequest::part_last_byte`](UploadLayerPartRequest::part_last_byte), if set.
    pub part_last_byte: rt::Option<i64>,
    /// [`UploadLayerPartRequest::layer_part_blob`](UploadLayerPartRequest::layer_part_blob), if set.
    pub layer_part_blob: rt::Option<rt::Blob>,
}
impl UploadLayerPartRequestBuilder {
    /// Sets [`UploadLayerPartRequest::registry_id`](UploadLayerPartRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`UploadLayerPartRequest::registry_id`](UploadLayerPartRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`UploadLayerPartRequest::repository_name`](UploadLayerPartRequest::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`UploadLayerPartRequest::repository_name`](UploadLayerPartRequest::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`UploadLayerPartRequest::upload_id`](UploadLayerPartRequest::upload_id).
    pub fn upload_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upload_id = Some(value.into());
        self
    }
    /// Sets or clears [`UploadLayerPartRequest::upload_id`](UploadLayerPartRequest::upload_id).
    pub fn set_upload_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.upload_id = value;
        self
    }
    /// Sets [`UploadLayerPartRequest::part_first_byte`](UploadLayerPartRequest::part_first_byte).
    pub fn part_first_byte(mut self, value: impl rt::Into<i64>) -> Self {
        self.part_first_byte = Some(value.into());
        self
    }
    /// Sets or clears [`UploadLayerPartRequest::part_first_byte`](UploadLayerPartRequest::part_first_byte).
    pub fn set_part_first_byte(mut self, value: rt::Option<i64>) -> Self {
        self.part_first_byte = value;
        self
    }
    /// Sets [`UploadLayerPartRequest::part_last_byte`](UploadLayerPartRequest::part_last_byte).
    pub fn part_last_byte(mut self, value: impl rt::Into<i64>) -> Self {
        self.part_last_byte = Some(value.into());
        self
    }
    /// Sets or clears [`UploadLayerPartRequest::part_last_byte`](UploadLayerPartRequest::part_last_byte).
    pub fn set_part_last_byte(mut self, value: rt::Option<i64>) -> Self {
        self.part_last_byte = value;
        self
    }
    /// Sets [`UploadLayerPartRequest::layer_part_blob`](UploadLayerPartRequest::layer_part_blob).
    pub fn layer_part_blob(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.layer_part_blob = Some(value.into());
        self
    }
    /// Sets or clears [`UploadLayerPartRequest::layer_part_blob`](UploadLayerPartRequest::layer_part_blob).
    pub fn set_layer_part_blob(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.layer_part_blob = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<UploadLayerPartRequest, rt::BuildError> {
        Ok(UploadLayerPartRequest {
            registry_id: self.registry_id,
            repository_name: self.repository_name.ok_or(rt::BuildError {
                shape: "UploadLayerPartRequest",
                member: "repositoryName",
            })?,
            upload_id: self.upload_id.ok_or(rt::BuildError {
                shape: "UploadLayerPartRequest",
                member: "uploadId",
            })?,
            part_first_byte: self.part_first_byte.ok_or(rt::BuildError {
                shape: "UploadLayerPartRequest",
                member: "partFirstByte",
            })?,
            part_last_byte: self.part_last_byte.ok_or(rt::BuildError {
                shape: "UploadLayerPartRequest",
                member: "partLastByte",
            })?,
            layer_part_blob: self.layer_part_blob.ok_or(rt::BuildError {
                shape: "UploadLayerPartRequest",
                member: "layerPartBlob",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct UploadLayerPartResponse {
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
    /// The name of the repository, for example `team/service`.
    pub repository_name: rt::Option<rt::String>,
    /// The id of the layer upload, from `InitiateLayerUpload`.
    pub upload_id: rt::Option<rt::String>,
    /// The offset of the last byte the registry has received for this upload.
    pub last_byte_received: rt::Option<i64>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for UploadLayerPartResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for UploadLayerPartResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl UploadLayerPartResponse {
    /// A builder for this structure.
    pub fn builder() -> UploadLayerPartResponseBuilder {
        UploadLayerPartResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl UploadLayerPartResponse {
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`repository_name`](Self::repository_name).
    pub fn repository_name(&self) -> rt::Option<&str> {
        self.repository_name.as_deref()
    }
    /// [`upload_id`](Self::upload_id).
    pub fn upload_id(&self) -> rt::Option<&str> {
        self.upload_id.as_deref()
    }
    /// [`last_byte_received`](Self::last_byte_received).
    pub fn last_byte_received(&self) -> rt::Option<i64> {
        self.last_byte_received
    }
}
/// Builds a [`UploadLayerPartResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UploadLayerPartResponseBuilder {
    /// [`UploadLayerPartResponse::registry_id`](UploadLayerPartResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`UploadLayerPartResponse::repository_name`](UploadLayerPartResponse::repository_name), if set.
    pub repository_name: rt::Option<rt::String>,
    /// [`UploadLayerPartResponse::upload_id`](UploadLayerPartResponse::upload_id), if set.
    pub upload_id: rt::Option<rt::String>,
    /// [`UploadLayerPartResponse::last_byte_received`](UploadLayerPartResponse::last_byte_received), if set.
    pub last_byte_received: rt::Option<i64>,
}
impl UploadLayerPartResponseBuilder {
    /// Sets [`UploadLayerPartResponse::registry_id`](UploadLayerPartResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`UploadLayerPartResponse::registry_id`](UploadLayerPartResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`UploadLayerPartResponse::repository_name`](UploadLayerPartResponse::repository_name).
    pub fn repository_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.repository_name = Some(value.into());
        self
    }
    /// Sets or clears [`UploadLayerPartResponse::repository_name`](UploadLayerPartResponse::repository_name).
    pub fn set_repository_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.repository_name = value;
        self
    }
    /// Sets [`UploadLayerPartResponse::upload_id`](UploadLayerPartResponse::upload_id).
    pub fn upload_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upload_id = Some(value.into());
        self
    }
    /// Sets or clears [`UploadLayerPartResponse::upload_id`](UploadLayerPartResponse::upload_id).
    pub fn set_upload_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.upload_id = value;
        self
    }
    /// Sets [`UploadLayerPartResponse::last_byte_received`](UploadLayerPartResponse::last_byte_received).
    pub fn last_byte_received(mut self, value: impl rt::Into<i64>) -> Self {
        self.last_byte_received = Some(value.into());
        self
    }
    /// Sets or clears [`UploadLayerPartResponse::last_byte_received`](UploadLayerPartResponse::last_byte_received).
    pub fn set_last_byte_received(mut self, value: rt::Option<i64>) -> Self {
        self.last_byte_received = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> UploadLayerPartResponse {
        UploadLayerPartResponse {
            registry_id: self.registry_id,
            repository_name: self.repository_name,
            upload_id: self.upload_id,
            last_byte_received: self.last_byte_received,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ValidatePullThroughCacheRuleRequest {
    /// The first part of the names of the repositories the rule serves: `PREFIX/NAME` mirrors upstream repository `NAME`.
    pub ecr_repository_prefix: rt::String,
    /// The 12-digit account id of the registry. Defaults to the caller's own registry.
    pub registry_id: rt::Option<rt::String>,
}
impl ValidatePullThroughCacheRuleRequest {
    /// A builder for this structure.
    pub fn builder() -> ValidatePullThroughCacheRuleRequestBuilder {
        ValidatePullThroughCacheRuleRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ValidatePullThroughCacheRuleRequest {
    /// [`ecr_repository_prefix`](Self::ecr_repository_prefix).
    pub fn ecr_repository_prefix(&self) -> &str {
        &self.ecr_repository_prefix
    }
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
}
/// Builds a [`ValidatePullThroughCacheRuleRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ValidatePullThroughCacheRuleRequestBuilder {
    /// [`ValidatePullThroughCacheRuleRequest::ecr_repository_prefix`](ValidatePullThroughCacheRuleRequest::ecr_repository_prefix), if set.
    pub ecr_repository_prefix: rt::Option<rt::String>,
    /// [`ValidatePullThroughCacheRuleRequest::registry_id`](ValidatePullThroughCacheRuleRequest::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
}
impl ValidatePullThroughCacheRuleRequestBuilder {
    /// Sets [`ValidatePullThroughCacheRuleRequest::ecr_repository_prefix`](ValidatePullThroughCacheRuleRequest::ecr_repository_prefix).
    pub fn ecr_repository_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ecr_repository_prefix = Some(value.into());
        self
    }
    /// Sets or clears [`ValidatePullThroughCacheRuleRequest::ecr_repository_prefix`](ValidatePullThroughCacheRuleRequest::ecr_repository_prefix).
    pub fn set_ecr_repository_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.ecr_repository_prefix = value;
        self
    }
    /// Sets [`ValidatePullThroughCacheRuleRequest::registry_id`](ValidatePullThroughCacheRuleRequest::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`ValidatePullThroughCacheRuleRequest::registry_id`](ValidatePullThroughCacheRuleRequest::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ValidatePullThroughCacheRuleRequest, rt::BuildError> {
        Ok(ValidatePullThroughCacheRuleRequest {
            ecr_repository_prefix: self.ecr_repository_prefix.ok_or(rt::BuildError {
                shape: "ValidatePullThroughCacheRuleRequest",
                member: "ecrRepositoryPrefix",
            })?,
            registry_id: self.registry_id,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ValidatePullThroughCacheRuleResponse {
    /// The first part of the names of the repositories the rule serves: `PREFIX/NAME` mirrors upstream repository `NAME`.
    pub ecr_repository_prefix: rt::Option<rt::String>,
    /// The 12-digit account id of the registry.
    pub registry_id: rt::Option<rt::String>,
    /// The upstream registry's address, such as `registry-1.docker.io` or `http://127.0.0.1:5001` (HTTPS when no scheme is given).
    pub upstream_registry_url: rt::Option<rt::String>,
    /// The secret holding credentials for the upstream registry.
    pub credential_arn: rt::Option<rt::String>,
    /// An IAM role the registry assumes for the work (recorded; this registry does not assume roles).
    pub custom_role_arn: rt::Option<rt::String>,
    /// A prefix of the upstream's repository names to put before `NAME`.
    pub upstream_repository_prefix: rt::Option<rt::String>,
    /// Whether the upstream answered and accepted the credentials.
    pub is_valid: bool,
    /// Why the rule is not valid, when it is not.
    pub failure: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ValidatePullThroughCacheRuleResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ValidatePullThroughCacheRuleResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ValidatePullThroughCacheRuleResponse {
    /// A builder for this structure.
    pub fn builder() -> ValidatePullThroughCacheRuleResponseBuilder {
        ValidatePullThroughCacheRuleResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ValidatePullThroughCacheRuleResponse {
    /// [`ecr_repository_prefix`](Self::ecr_repository_prefix).
    pub fn ecr_repository_prefix(&self) -> rt::Option<&str> {
        self.ecr_repository_prefix.as_deref()
    }
    /// [`registry_id`](Self::registry_id).
    pub fn registry_id(&self) -> rt::Option<&str> {
        self.registry_id.as_deref()
    }
    /// [`upstream_registry_url`](Self::upstream_registry_url).
    pub fn upstream_registry_url(&self) -> rt::Option<&str> {
        self.upstream_registry_url.as_deref()
    }
    /// [`credential_arn`](Self::credential_arn).
    pub fn credential_arn(&self) -> rt::Option<&str> {
        self.credential_arn.as_deref()
    }
    /// [`custom_role_arn`](Self::custom_role_arn).
    pub fn custom_role_arn(&self) -> rt::Option<&str> {
        self.custom_role_arn.as_deref()
    }
    /// [`upstream_repository_prefix`](Self::upstream_repository_prefix).
    pub fn upstream_repository_prefix(&self) -> rt::Option<&str> {
        self.upstream_repository_prefix.as_deref()
    }
    /// [`is_valid`](Self::is_valid).
    pub fn is_valid(&self) -> bool {
        self.is_valid
    }
    /// [`failure`](Self::failure).
    pub fn failure(&self) -> rt::Option<&str> {
        self.failure.as_deref()
    }
}
/// Builds a [`ValidatePullThroughCacheRuleResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ValidatePullThroughCacheRuleResponseBuilder {
    /// [`ValidatePullThroughCacheRuleResponse::ecr_repository_prefix`](ValidatePullThroughCacheRuleResponse::ecr_repository_prefix), if set.
    pub ecr_repository_prefix: rt::Option<rt::String>,
    /// [`ValidatePullThroughCacheRuleResponse::registry_id`](ValidatePullThroughCacheRuleResponse::registry_id), if set.
    pub registry_id: rt::Option<rt::String>,
    /// [`ValidatePullThroughCacheRuleResponse::upstream_registry_url`](ValidatePullThroughCacheRuleResponse::upstream_registry_url), if set.
    pub upstream_registry_url: rt::Option<rt::String>,
    /// [`ValidatePullThroughCacheRuleResponse::credential_arn`](ValidatePullThroughCacheRuleResponse::credential_arn), if set.
    pub credential_arn: rt::Option<rt::String>,
    /// [`ValidatePullThroughCacheRuleResponse::custom_role_arn`](ValidatePullThroughCacheRuleResponse::custom_role_arn), if set.
    pub custom_role_arn: rt::Option<rt::String>,
    /// [`ValidatePullThroughCacheRuleResponse::upstream_repository_prefix`](ValidatePullThroughCacheRuleResponse::upstream_repository_prefix), if set.
    pub upstream_repository_prefix: rt::Option<rt::String>,
    /// [`ValidatePullThroughCacheRuleResponse::is_valid`](ValidatePullThroughCacheRuleResponse::is_valid), if set.
    pub is_valid: rt::Option<bool>,
    /// [`ValidatePullThroughCacheRuleResponse::failure`](ValidatePullThroughCacheRuleResponse::failure), if set.
    pub failure: rt::Option<rt::String>,
}
impl ValidatePullThroughCacheRuleResponseBuilder {
    /// Sets [`ValidatePullThroughCacheRuleResponse::ecr_repository_prefix`](ValidatePullThroughCacheRuleResponse::ecr_repository_prefix).
    pub fn ecr_repository_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ecr_repository_prefix = Some(value.into());
        self
    }
    /// Sets or clears [`ValidatePullThroughCacheRuleResponse::ecr_repository_prefix`](ValidatePullThroughCacheRuleResponse::ecr_repository_prefix).
    pub fn set_ecr_repository_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.ecr_repository_prefix = value;
        self
    }
    /// Sets [`ValidatePullThroughCacheRuleResponse::registry_id`](ValidatePullThroughCacheRuleResponse::registry_id).
    pub fn registry_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets or clears [`ValidatePullThroughCacheRuleResponse::registry_id`](ValidatePullThroughCacheRuleResponse::registry_id).
    pub fn set_registry_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.registry_id = value;
        self
    }
    /// Sets [`ValidatePullThroughCacheRuleResponse::upstream_registry_url`](ValidatePullThroughCacheRuleResponse::upstream_registry_url).
    pub fn upstream_registry_url(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upstream_registry_url = Some(value.into());
        self
    }
    /// Sets or clears [`ValidatePullThroughCacheRuleResponse::upstream_registry_url`](ValidatePullThroughCacheRuleResponse::upstream_registry_url).
    pub fn set_upstream_registry_url(mut self, value: rt::Option<rt::String>) -> Self {
        self.upstream_registry_url = value;
        self
    }
    /// Sets [`ValidatePullThroughCacheRuleResponse::credential_arn`](ValidatePullThroughCacheRuleResponse::credential_arn).
    pub fn credential_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.credential_arn = Some(value.into());
        self
    }
    /// Sets or clears [`ValidatePullThroughCacheRuleResponse::credential_arn`](ValidatePullThroughCacheRuleResponse::credential_arn).
    pub fn set_credential_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.credential_arn = value;
        self
    }
    /// Sets [`ValidatePullThroughCacheRuleResponse::custom_role_arn`](ValidatePullThroughCacheRuleResponse::custom_role_arn).
    pub fn custom_role_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.custom_role_arn = Some(value.into());
        self
    }
    /// Sets or clears [`ValidatePullThroughCacheRuleResponse::custom_role_arn`](ValidatePullThroughCacheRuleResponse::custom_role_arn).
    pub fn set_custom_role_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.custom_role_arn = value;
        self
    }
    /// Sets [`ValidatePullThroughCacheRuleResponse::upstream_repository_prefix`](ValidatePullThroughCacheRuleResponse::upstream_repository_prefix).
    pub fn upstream_repository_prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.upstream_repository_prefix = Some(value.into());
        self
    }
    /// Sets or clears [`ValidatePullThroughCacheRuleResponse::upstream_repository_prefix`](ValidatePullThroughCacheRuleResponse::upstream_repository_prefix).
    pub fn set_upstream_repository_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.upstream_repository_prefix = value;
        self
    }
    /// Sets [`ValidatePullThroughCacheRuleResponse::is_valid`](ValidatePullThroughCacheRuleResponse::is_valid).
    #[allow(clippy::wrong_self_convention)]
    pub fn is_valid(mut self, value: impl rt::Into<bool>) -> Self {
        self.is_valid = Some(value.into());
        self
    }
    /// Sets or clears [`ValidatePullThroughCacheRuleResponse::is_valid`](ValidatePullThroughCacheRuleResponse::is_valid).
    pub fn set_is_valid(mut self, value: rt::Option<bool>) -> Self {
        self.is_valid = value;
        self
    }
    /// Sets [`ValidatePullThroughCacheRuleResponse::failure`](ValidatePullThroughCacheRuleResponse::failure).
    pub fn failure(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.failure = Some(value.into());
        self
    }
    /// Sets or clears [`ValidatePullThroughCacheRuleResponse::failure`](ValidatePullThroughCacheRuleResponse::failure).
    pub fn set_failure(mut self, value: rt::Option<rt::String>) -> Self {
        self.failure = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ValidatePullThroughCacheRuleResponse {
        ValidatePullThroughCacheRuleResponse {
            ecr_repository_prefix: self.ecr_repository_prefix,
            registry_id: self.registry_id,
            upstream_registry_url: self.upstream_registry_url,
            credential_arn: self.credential_arn,
            custom_role_arn: self.custom_role_arn,
            upstream_repository_prefix: self.upstream_repository_prefix,
            is_valid: self.is_valid.unwrap_or_default(),
            failure: self.failure,
            _meta: rt::ResponseMeta::default(),
        }
    }
}

::codegen_rt::string_enum! {
    /// Whether an artifact is active or archived.
    pub enum ArtifactStatus {
        Active = "ACTIVE",
        Archived = "ARCHIVED",
        Activating = "ACTIVATING",
    }
}

::codegen_rt::string_enum! {
    /// An artifact status to list, or any.
    pub enum ArtifactStatusFilter {
        Active = "ACTIVE",
        Archived = "ARCHIVED",
        Activating = "ACTIVATING",
        Any = "ANY",
    }
}

::codegen_rt::string_enum! {
    /// The kind of encryption at rest.
    pub enum EncryptionType {
        Aes256 = "AES256",
        Kms = "KMS",
        KmsDsse = "KMS_DSSE",
    }
}

::codegen_rt::string_enum! {
    /// How severe a finding is.
    pub enum FindingSeverity {
        Informational = "INFORMATIONAL",
        Low = "LOW",
        Medium = "MEDIUM",
        High = "HIGH",
        Critical = "CRITICAL",
        Undefined = "UNDEFINED",
    }
}

::codegen_rt::string_enum! {
    /// What a lifecycle rule does.
    pub enum ImageActionType {
        Expire = "EXPIRE",
    }
}

::codegen_rt::string_enum! {
    /// The reason an image of a batch request failed.
    pub enum ImageFailureCode {
        InvalidImageDigest = "InvalidImageDigest",
        InvalidImageTag = "InvalidImageTag",
        ImageTagDoesNotMatchDigest = "ImageTagDoesNotMatchDigest",
        ImageNotFound = "ImageNotFound",
        MissingDigestAndTag = "MissingDigestAndTag",
        ImageReferencedByManifestList = "ImageReferencedByManifestList",
        KmsError = "KmsError",
        UpstreamAccessDenied = "UpstreamAccessDenied",
        UpstreamTooManyRequests = "UpstreamTooManyRequests",
        UpstreamUnavailable = "UpstreamUnavailable",
        ImageInaccessible = "ImageInaccessible",
    }
}

::codegen_rt::string_enum! {
    /// Whether an image is active (pullable), archived, or being restored.
    pub enum ImageStatus {
        Active = "ACTIVE",
        Archived = "ARCHIVED",
        Activating = "ACTIVATING",
    }
}

::codegen_rt::string_enum! {
    /// An image status to describe, or any.
    pub enum ImageStatusFilter {
        Active = "ACTIVE",
        Archived = "ARCHIVED",
        Activating = "ACTIVATING",
        Any = "ANY",
    }
}

::codegen_rt::string_enum! {
    /// Whether a tag, once set, may be moved to another image.
    pub enum ImageTagMutability {
        Mutable = "MUTABLE",
        Immutable = "IMMUTABLE",
    }
}

::codegen_rt::string_enum! {
    /// Whether a layer is in the repository.
    pub enum LayerAvailability {
        Available = "AVAILABLE",
        Unavailable = "UNAVAILABLE",
    }
}

::codegen_rt::string_enum! {
    /// The reason a layer of a batch request failed.
    pub enum LayerFailureCode {
        InvalidLayerDigest = "InvalidLayerDigest",
        MissingLayerDigest = "MissingLayerDigest",
    }
}

::codegen_rt::string_enum! {
    /// Where a preview stands.
    pub enum LifecyclePolicyPreviewStatus {
        InProgress = "IN_PROGRESS",
        Complete = "COMPLETE",
        Expired = "EXPIRED",
        Failed = "FAILED",
    }
}

::codegen_rt::string_enum! {
    /// A way of creating repositories a template can apply to.
    pub enum RctAppliedFor {
        Replication = "REPLICATION",
        PullThroughCache = "PULL_THROUGH_CACHE",
        CreateOnPush = "CREATE_ON_PUSH",
    }
}

::codegen_rt::string_enum! {
    /// The state of the copy of an image to a registry.
    pub enum ReplicationStatus {
        InProgress = "IN_PROGRESS",
        Complete = "COMPLETE",
        Failed = "FAILED",
    }
}

::codegen_rt::string_enum! {
    /// How a repository filter matches names.
    pub enum RepositoryFilterType {
        PrefixMatch = "PREFIX_MATCH",
    }
}

::codegen_rt::string_enum! {
    /// When images are scanned.
    pub enum ScanFrequency {
        ScanOnPush = "SCAN_ON_PUSH",
        ContinuousScan = "CONTINUOUS_SCAN",
        Manual = "MANUAL",
    }
}

::codegen_rt::string_enum! {
    /// The state of an image scan.
    pub enum ScanStatus {
        InProgress = "IN_PROGRESS",
        Complete = "COMPLETE",
        Failed = "FAILED",
        UnsupportedImage = "UNSUPPORTED_IMAGE",
        Active = "ACTIVE",
        Pending = "PENDING",
        ScanEligibilityExpired = "SCAN_ELIGIBILITY_EXPIRED",
        FindingsUnavailable = "FINDINGS_UNAVAILABLE",
        LimitExceeded = "LIMIT_EXCEEDED",
    }
}

::codegen_rt::string_enum! {
    /// A kind of image scanning.
    pub enum ScanType {
        Basic = "BASIC",
        Enhanced = "ENHANCED",
    }
}

::codegen_rt::string_enum! {
    /// Why a repository's scanning configuration could not be given.
    pub enum ScanningConfigurationFailureCode {
        RepositoryNotFound = "REPOSITORY_NOT_FOUND",
    }
}

::codegen_rt::string_enum! {
    /// How a scanning filter matches names.
    pub enum ScanningRepositoryFilterType {
        Wildcard = "WILDCARD",
    }
}

::codegen_rt::string_enum! {
    /// How a signing filter matches names.
    pub enum SigningRepositoryFilterType {
        WildcardMatch = "WILDCARD_MATCH",
    }
}

::codegen_rt::string_enum! {
    /// Where the signing of an image stands.
    pub enum SigningStatus {
        InProgress = "IN_PROGRESS",
        Complete = "COMPLETE",
        Failed = "FAILED",
    }
}

::codegen_rt::string_enum! {
    /// Which images to list by whether they carry a tag.
    pub enum TagStatus {
        Tagged = "TAGGED",
        Untagged = "UNTAGGED",
        Any = "ANY",
    }
}

::codegen_rt::string_enum! {
    /// A storage class an image can be moved to.
    pub enum TargetStorageClass {
        Standard = "STANDARD",
        Archive = "ARCHIVE",
    }
}

::codegen_rt::string_enum! {
    /// Kinds of upstream registries.
    pub enum UpstreamRegistry {
        Ecr = "ecr",
        EcrPublic = "ecr-public",
        Quay = "quay",
        K8s = "k8s",
        DockerHub = "docker-hub",
        GitHubContainerRegistry = "github-container-registry",
        AzureContainerRegistry = "azure-container-registry",
        GitLabContainerRegistry = "gitlab-container-registry",
    }
}
