// Generated from model/ecr.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use codegen_rt::prelude::*;
impl ToJson for AuthorizationData {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "authorizationToken", &self.authorization_token);
        if let Some(v) = &self.expires_at {
            obj.insert(
                "expiresAt".to_owned(),
                rt::json::timestamp_to_json(v, TimestampFormat::EpochSeconds),
            );
        }
        rt::json::put(&mut obj, "proxyEndpoint", &self.proxy_endpoint);
        JsonValue::Object(obj)
    }
}
impl FromJson for AuthorizationData {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_authorization_token =
            rt::json::get_with(obj, "authorizationToken", path, cx, |v, p, cx| {
                let x = <String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?;
        let m_expires_at = rt::json::get_with(obj, "expiresAt", path, cx, |v, p, _cx| {
            rt::json::timestamp_from_json(v, p, TimestampFormat::EpochSeconds)
        })?;
        let m_proxy_endpoint = rt::json::get(obj, "proxyEndpoint", path, cx)?;
        Ok(Self {
            authorization_token: m_authorization_token,
            expires_at: m_expires_at,
            proxy_endpoint: m_proxy_endpoint,
        })
    }
}
impl ToJson for BatchCheckLayerAvailabilityRequest {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        obj.insert("repositoryName".to_owned(), self.repository_name.to_json());
        obj.insert(
            "layerDigests".to_owned(),
            crate::json::ser_batched_operation_layer_digest_list(&self.layer_digests),
        );
        JsonValue::Object(obj)
    }
}
impl ToJson for BatchCheckLayerAvailabilityRequestBuilder {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        if let Some(v) = &self.layer_digests {
            obj.insert(
                "layerDigests".to_owned(),
                crate::json::ser_batched_operation_layer_digest_list(v),
            );
        }
        JsonValue::Object(obj)
    }
}
impl FromJson for BatchCheckLayerAvailabilityRequest {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_registry_id = rt::json::get_with(obj, "registryId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_1);
            Ok(x)
        })?;
        let m_repository_name = rt::json::get_with(obj, "repositoryName", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(2), Some(256));
            cx.pattern(p, &x, &crate::json::PATTERN_2);
            Ok(x)
        })?;
        let m_layer_digests = rt::json::get_with(obj, "layerDigests", path, cx, |v, p, cx| {
            let x = crate::json::de_batched_operation_layer_digest_list(v, p, cx)?;
            cx.length(p, x.len(), Some(1), Some(100));
            Ok(x)
        })?;
        Ok(Self {
            registry_id: m_registry_id,
            repository_name: rt::json::required(
                m_repository_name,
                &path.field("repositoryName"),
                cx,
            ),
            layer_digests: rt::json::required(m_layer_digests, &path.field("layerDigests"), cx),
        })
    }
}
impl ToJson for BatchCheckLayerAvailabilityResponse {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        if let Some(v) = &self.layers {
            obj.insert("layers".to_owned(), crate::json::ser_layer_list(v));
        }
        if let Some(v) = &self.failures {
            obj.insert(
                "failures".to_owned(),
                crate::json::ser_layer_failure_list(v),
            );
        }
        JsonValue::Object(obj)
    }
}
impl FromJson for BatchCheckLayerAvailabilityResponse {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_layers = rt::json::get_with(obj, "layers", path, cx, crate::json::de_layer_list)?;
        let m_failures = rt::json::get_with(
            obj,
            "failures",
            path,
            cx,
            crate::json::de_layer_failure_list,
        )?;
        Ok(Self {
            layers: m_layers,
            failures: m_failures,
        })
    }
}
impl ToJson for BatchDeleteImageRequest {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        obj.insert("repositoryName".to_owned(), self.repository_name.to_json());
        obj.insert(
            "imageIds".to_owned(),
            crate::json::ser_image_identifier_list(&self.image_ids),
        );
        JsonValue::Object(obj)
    }
}
impl ToJson for BatchDeleteImageRequestBuilder {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        if let Some(v) = &self.image_ids {
            obj.insert(
                "imageIds".to_owned(),
                crate::json::ser_image_identifier_list(v),
            );
        }
        JsonValue::Object(obj)
    }
}
impl FromJson for BatchDeleteImageRequest {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_registry_id = rt::json::get_with(obj, "registryId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_1);
            Ok(x)
        })?;
        let m_repository_name = rt::json::get_with(obj, "repositoryName", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(2), Some(256));
            cx.pattern(p, &x, &crate::json::PATTERN_2);
            Ok(x)
        })?;
        let m_image_ids = rt::json::get_with(obj, "imageIds", path, cx, |v, p, cx| {
            let x = crate::json::de_image_identifier_list(v, p, cx)?;
            cx.length(p, x.len(), Some(1), Some(100));
            Ok(x)
        })?;
        Ok(Self {
            registry_id: m_registry_id,
            repository_name: rt::json::required(
                m_repository_name,
                &path.field("repositoryName"),
                cx,
            ),
            image_ids: rt::json::required(m_image_ids, &path.field("imageIds"), cx),
        })
    }
}
impl ToJson for BatchDeleteImageResponse {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        if let Some(v) = &self.image_ids {
            obj.insert(
                "imageIds".to_owned(),
                crate::json::ser_image_identifier_list(v),
            );
        }
        if let Some(v) = &self.failures {
            obj.insert(
                "failures".to_owned(),
                crate::json::ser_image_failure_list(v),
            );
        }
        JsonValue::Object(obj)
    }
}
impl FromJson for BatchDeleteImageResponse {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_image_ids = rt::json::get_with(obj, "imageIds", path, cx, |v, p, cx| {
            let x = crate::json::de_image_identifier_list(v, p, cx)?;
            cx.length(p, x.len(), Some(1), Some(100));
            Ok(x)
        })?;
        let m_failures = rt::json::get_with(
            obj,
            "failures",
            path,
            cx,
            crate::json::de_image_failure_list,
        )?;
        Ok(Self {
            image_ids: m_image_ids,
            failures: m_failures,
        })
    }
}
impl ToJson for BatchGetImageRequest {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        obj.insert("repositoryName".to_owned(), self.repository_name.to_json());
        obj.insert(
            "imageIds".to_owned(),
            crate::json::ser_image_identifier_list(&self.image_ids),
        );
        if let Some(v) = &self.accepted_media_types {
            obj.insert(
                "acceptedMediaTypes".to_owned(),
                crate::json::ser_media_type_list(v),
            );
        }
        JsonValue::Object(obj)
    }
}
impl ToJson for BatchGetImageRequestBuilder {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        if let Some(v) = &self.image_ids {
            obj.insert(
                "imageIds".to_owned(),
                crate::json::ser_image_identifier_list(v),
            );
        }
        if let Some(v) = &self.accepted_media_types {
            obj.insert(
                "acceptedMediaTypes".to_owned(),
                crate::json::ser_media_type_list(v),
            );
        }
        JsonValue::Object(obj)
    }
}
impl FromJson for BatchGetImageRequest {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_registry_id = rt::json::get_with(obj, "registryId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_1);
            Ok(x)
        })?;
        let m_repository_name = rt::json::get_with(obj, "repositoryName", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(2), Some(256));
            cx.pattern(p, &x, &crate::json::PATTERN_2);
            Ok(x)
        })?;
        let m_image_ids = rt::json::get_with(obj, "imageIds", path, cx, |v, p, cx| {
            let x = crate::json::de_image_identifier_list(v, p, cx)?;
            cx.length(p, x.len(), Some(1), Some(100));
            Ok(x)
        })?;
        let m_accepted_media_types =
            rt::json::get_with(obj, "acceptedMediaTypes", path, cx, |v, p, cx| {
                let x = crate::json::de_media_type_list(v, p, cx)?;
                cx.length(p, x.len(), Some(1), Some(100));
                Ok(x)
            })?;
        Ok(Self {
            registry_id: m_registry_id,
            repository_name: rt::json::required(
                m_repository_name,
                &path.field("repositoryName"),
                cx,
            ),
            image_ids: rt::json::required(m_image_ids, &path.field("imageIds"), cx),
            accepted_media_types: m_accepted_media_types,
        })
    }
}
impl ToJson for BatchGetImageResponse {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        if let Some(v) = &self.images {
            obj.insert("images".to_owned(), crate::json::ser_image_list(v));
        }
        if let Some(v) = &self.failures {
            obj.insert(
                "failures".to_owned(),
                crate::json::ser_image_failure_list(v),
            );
        }
        JsonValue::Object(obj)
    }
}
impl FromJson for BatchGetImageResponse {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_images = rt::json::get_with(obj, "images", path, cx, crate::json::de_image_list)?;
        let m_failures = rt::json::get_with(
            obj,
            "failures",
            path,
            cx,
            crate::json::de_image_failure_list,
        )?;
        Ok(Self {
            images: m_images,
            failures: m_failures,
        })
    }
}
impl ToJson for CompleteLayerUploadRequest {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        obj.insert("repositoryName".to_owned(), self.repository_name.to_json());
        obj.insert("uploadId".to_owned(), self.upload_id.to_json());
        obj.insert(
            "layerDigests".to_owned(),
            crate::json::ser_layer_digest_list(&self.layer_digests),
        );
        JsonValue::Object(obj)
    }
}
impl ToJson for CompleteLayerUploadRequestBuilder {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "uploadId", &self.upload_id);
        if let Some(v) = &self.layer_digests {
            obj.insert(
                "layerDigests".to_owned(),
                crate::json::ser_layer_digest_list(v),
            );
        }
        JsonValue::Object(obj)
    }
}
impl FromJson for CompleteLayerUploadRequest {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_registry_id = rt::json::get_with(obj, "registryId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_1);
            Ok(x)
        })?;
        let m_repository_name = rt::json::get_with(obj, "repositoryName", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(2), Some(256));
            cx.pattern(p, &x, &crate::json::PATTERN_2);
            Ok(x)
        })?;
        let m_upload_id = rt::json::get_with(obj, "uploadId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_3);
            Ok(x)
        })?;
        let m_layer_digests = rt::json::get_with(obj, "layerDigests", path, cx, |v, p, cx| {
            let x = crate::json::de_layer_digest_list(v, p, cx)?;
            cx.length(p, x.len(), Some(1), Some(100));
            Ok(x)
        })?;
        Ok(Self {
            registry_id: m_registry_id,
            repository_name: rt::json::required(
                m_repository_name,
                &path.field("repositoryName"),
                cx,
            ),
            upload_id: rt::json::required(m_upload_id, &path.field("uploadId"), cx),
            layer_digests: rt::json::required(m_layer_digests, &path.field("layerDigests"), cx),
        })
    }
}
impl ToJson for CompleteLayerUploadResponse {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "uploadId", &self.upload_id);
        rt::json::put(&mut obj, "layerDigest", &self.layer_digest);
        JsonValue::Object(obj)
    }
}
impl FromJson for CompleteLayerUploadResponse {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_registry_id = rt::json::get_with(obj, "registryId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_1);
            Ok(x)
        })?;
        let m_repository_name = rt::json::get_with(obj, "repositoryName", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(2), Some(256));
            cx.pattern(p, &x, &crate::json::PATTERN_2);
            Ok(x)
        })?;
        let m_upload_id = rt::json::get_with(obj, "uploadId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_3);
            Ok(x)
        })?;
        let m_layer_digest = rt::json::get_with(obj, "layerDigest", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_4);
            Ok(x)
        })?;
        Ok(Self {
            registry_id: m_registry_id,
            repository_name: m_repository_name,
            upload_id: m_upload_id,
            layer_digest: m_layer_digest,
        })
    }
}
impl ToJson for CreateRepositoryRequest {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        obj.insert("repositoryName".to_owned(), self.repository_name.to_json());
        if let Some(v) = &self.tags {
            obj.insert("tags".to_owned(), crate::json::ser_tag_list(v));
        }
        rt::json::put(&mut obj, "imageTagMutability", &self.image_tag_mutability);
        rt::json::put(
            &mut obj,
            "imageScanningConfiguration",
            &self.image_scanning_configuration,
        );
        rt::json::put(
            &mut obj,
            "encryptionConfiguration",
            &self.encryption_configuration,
        );
        JsonValue::Object(obj)
    }
}
impl ToJson for CreateRepositoryRequestBuilder {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        if let Some(v) = &self.tags {
            obj.insert("tags".to_owned(), crate::json::ser_tag_list(v));
        }
        rt::json::put(&mut obj, "imageTagMutability", &self.image_tag_mutability);
        rt::json::put(
            &mut obj,
            "imageScanningConfiguration",
            &self.image_scanning_configuration,
        );
        rt::json::put(
            &mut obj,
            "encryptionConfiguration",
            &self.encryption_configuration,
        );
        JsonValue::Object(obj)
    }
}
impl FromJson for CreateRepositoryRequest {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_registry_id = rt::json::get_with(obj, "registryId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_1);
            Ok(x)
        })?;
        let m_repository_name = rt::json::get_with(obj, "repositoryName", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(2), Some(256));
            cx.pattern(p, &x, &crate::json::PATTERN_2);
            Ok(x)
        })?;
        let m_tags = rt::json::get_with(obj, "tags", path, cx, crate::json::de_tag_list)?;
        let m_image_tag_mutability = rt::json::get(obj, "imageTagMutability", path, cx)?;
        let m_image_scanning_configuration =
            rt::json::get(obj, "imageScanningConfiguration", path, cx)?;
        let m_encryption_configuration = rt::json::get(obj, "encryptionConfiguration", path, cx)?;
        Ok(Self {
            registry_id: m_registry_id,
            repository_name: rt::json::required(
                m_repository_name,
                &path.field("repositoryName"),
                cx,
            ),
            tags: m_tags,
            image_tag_mutability: m_image_tag_mutability,
            image_scanning_configuration: m_image_scanning_configuration,
            encryption_configuration: m_encryption_configuration,
        })
    }
}
impl ToJson for CreateRepositoryResponse {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "repository", &self.repository);
        JsonValue::Object(obj)
    }
}
impl FromJson for CreateRepositoryResponse {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_repository = rt::json::get(obj, "repository", path, cx)?;
        Ok(Self {
            repository: m_repository,
        })
    }
}
impl ToJson for DeleteRepositoryRequest {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        obj.insert("repositoryName".to_owned(), self.repository_name.to_json());
        obj.insert("force".to_owned(), self.force.to_json());
        JsonValue::Object(obj)
    }
}
impl ToJson for DeleteRepositoryRequestBuilder {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "force", &self.force);
        JsonValue::Object(obj)
    }
}
impl FromJson for DeleteRepositoryRequest {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_registry_id = rt::json::get_with(obj, "registryId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_1);
            Ok(x)
        })?;
        let m_repository_name = rt::json::get_with(obj, "repositoryName", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(2), Some(256));
            cx.pattern(p, &x, &crate::json::PATTERN_2);
            Ok(x)
        })?;
        let m_force = rt::json::get(obj, "force", path, cx)?;
        Ok(Self {
            registry_id: m_registry_id,
            repository_name: rt::json::required(
                m_repository_name,
                &path.field("repositoryName"),
                cx,
            ),
            force: m_force.unwrap_or_default(),
        })
    }
}
impl ToJson for DeleteRepositoryResponse {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "repository", &self.repository);
        JsonValue::Object(obj)
    }
}
impl FromJson for DeleteRepositoryResponse {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_repository = rt::json::get(obj, "repository", path, cx)?;
        Ok(Self {
            repository: m_repository,
        })
    }
}
impl ToJson for DescribeRepositoriesRequest {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        if let Some(v) = &self.repository_names {
            obj.insert(
                "repositoryNames".to_owned(),
                crate::json::ser_repository_name_list(v),
            );
        }
        rt::json::put(&mut obj, "nextToken", &self.next_token);
        rt::json::put(&mut obj, "maxResults", &self.max_results);
        JsonValue::Object(obj)
    }
}
impl ToJson for DescribeRepositoriesRequestBuilder {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        if let Some(v) = &self.repository_names {
            obj.insert(
                "repositoryNames".to_owned(),
                crate::json::ser_repository_name_list(v),
            );
        }
        rt::json::put(&mut obj, "nextToken", &self.next_token);
        rt::json::put(&mut obj, "maxResults", &self.max_results);
        JsonValue::Object(obj)
    }
}
impl FromJson for DescribeRepositoriesRequest {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_registry_id = rt::json::get_with(obj, "registryId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_1);
            Ok(x)
        })?;
        let m_repository_names =
            rt::json::get_with(obj, "repositoryNames", path, cx, |v, p, cx| {
                let x = crate::json::de_repository_name_list(v, p, cx)?;
                cx.length(p, x.len(), Some(1), Some(100));
                Ok(x)
            })?;
        let m_next_token = rt::json::get(obj, "nextToken", path, cx)?;
        let m_max_results = rt::json::get_with(obj, "maxResults", path, cx, |v, p, cx| {
            let x = <i32>::from_json(v, p, cx)?;
            cx.range(p, f64::from(x), Some(1.0), Some(1000.0));
            Ok(x)
        })?;
        Ok(Self {
            registry_id: m_registry_id,
            repository_names: m_repository_names,
            next_token: m_next_token,
            max_results: m_max_results,
        })
    }
}
impl ToJson for DescribeRepositoriesResponse {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        if let Some(v) = &self.repositories {
            obj.insert(
                "repositories".to_owned(),
                crate::json::ser_repository_list(v),
            );
        }
        rt::json::put(&mut obj, "nextToken", &self.next_token);
        JsonValue::Object(obj)
    }
}
impl FromJson for DescribeRepositoriesResponse {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_repositories = rt::json::get_with(
            obj,
            "repositories",
            path,
            cx,
            crate::json::de_repository_list,
        )?;
        let m_next_token = rt::json::get(obj, "nextToken", path, cx)?;
        Ok(Self {
            repositories: m_repositories,
            next_token: m_next_token,
        })
    }
}
impl ToJson for EmptyUploadException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for EmptyUploadException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for EncryptionConfiguration {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        obj.insert("encryptionType".to_owned(), self.encryption_type.to_json());
        rt::json::put(&mut obj, "kmsKey", &self.kms_key);
        JsonValue::Object(obj)
    }
}
impl FromJson for EncryptionConfiguration {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_encryption_type = rt::json::get(obj, "encryptionType", path, cx)?;
        let m_kms_key = rt::json::get_with(obj, "kmsKey", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(1), Some(2048));
            Ok(x)
        })?;
        Ok(Self {
            encryption_type: rt::json::required(
                m_encryption_type,
                &path.field("encryptionType"),
                cx,
            ),
            kms_key: m_kms_key,
        })
    }
}
impl ToJson for GetAuthorizationTokenRequest {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        if let Some(v) = &self.registry_ids {
            obj.insert(
                "registryIds".to_owned(),
                crate::json::ser_get_authorization_token_registry_id_list(v),
            );
        }
        JsonValue::Object(obj)
    }
}
impl ToJson for GetAuthorizationTokenRequestBuilder {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        if let Some(v) = &self.registry_ids {
            obj.insert(
                "registryIds".to_owned(),
                crate::json::ser_get_authorization_token_registry_id_list(v),
            );
        }
        JsonValue::Object(obj)
    }
}
impl FromJson for GetAuthorizationTokenRequest {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_registry_ids = rt::json::get_with(obj, "registryIds", path, cx, |v, p, cx| {
            let x = crate::json::de_get_authorization_token_registry_id_list(v, p, cx)?;
            cx.length(p, x.len(), Some(1), Some(10));
            Ok(x)
        })?;
        Ok(Self {
            registry_ids: m_registry_ids,
        })
    }
}
impl ToJson for GetAuthorizationTokenResponse {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        if let Some(v) = &self.authorization_data {
            obj.insert(
                "authorizationData".to_owned(),
                crate::json::ser_authorization_data_list(v),
            );
        }
        JsonValue::Object(obj)
    }
}
impl FromJson for GetAuthorizationTokenResponse {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_authorization_data = rt::json::get_with(
            obj,
            "authorizationData",
            path,
            cx,
            crate::json::de_authorization_data_list,
        )?;
        Ok(Self {
            authorization_data: m_authorization_data,
        })
    }
}
impl ToJson for GetDownloadUrlForLayerRequest {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        obj.insert("repositoryName".to_owned(), self.repository_name.to_json());
        obj.insert("layerDigest".to_owned(), self.layer_digest.to_json());
        JsonValue::Object(obj)
    }
}
impl ToJson for GetDownloadUrlForLayerRequestBuilder {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "layerDigest", &self.layer_digest);
        JsonValue::Object(obj)
    }
}
impl FromJson for GetDownloadUrlForLayerRequest {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_registry_id = rt::json::get_with(obj, "registryId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_1);
            Ok(x)
        })?;
        let m_repository_name = rt::json::get_with(obj, "repositoryName", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(2), Some(256));
            cx.pattern(p, &x, &crate::json::PATTERN_2);
            Ok(x)
        })?;
        let m_layer_digest = rt::json::get_with(obj, "layerDigest", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_4);
            Ok(x)
        })?;
        Ok(Self {
            registry_id: m_registry_id,
            repository_name: rt::json::required(
                m_repository_name,
                &path.field("repositoryName"),
                cx,
            ),
            layer_digest: rt::json::required(m_layer_digest, &path.field("layerDigest"), cx),
        })
    }
}
impl ToJson for GetDownloadUrlForLayerResponse {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "downloadUrl", &self.download_url);
        rt::json::put(&mut obj, "layerDigest", &self.layer_digest);
        JsonValue::Object(obj)
    }
}
impl FromJson for GetDownloadUrlForLayerResponse {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_download_url = rt::json::get(obj, "downloadUrl", path, cx)?;
        let m_layer_digest = rt::json::get_with(obj, "layerDigest", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_4);
            Ok(x)
        })?;
        Ok(Self {
            download_url: m_download_url,
            layer_digest: m_layer_digest,
        })
    }
}
impl ToJson for Image {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "imageId", &self.image_id);
        rt::json::put(&mut obj, "imageManifest", &self.image_manifest);
        rt::json::put(
            &mut obj,
            "imageManifestMediaType",
            &self.image_manifest_media_type,
        );
        JsonValue::Object(obj)
    }
}
impl FromJson for Image {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_registry_id = rt::json::get_with(obj, "registryId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_1);
            Ok(x)
        })?;
        let m_repository_name = rt::json::get_with(obj, "repositoryName", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(2), Some(256));
            cx.pattern(p, &x, &crate::json::PATTERN_2);
            Ok(x)
        })?;
        let m_image_id = rt::json::get(obj, "imageId", path, cx)?;
        let m_image_manifest = rt::json::get_with(obj, "imageManifest", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(1), Some(4194304));
            Ok(x)
        })?;
        let m_image_manifest_media_type = rt::json::get(obj, "imageManifestMediaType", path, cx)?;
        Ok(Self {
            registry_id: m_registry_id,
            repository_name: m_repository_name,
            image_id: m_image_id,
            image_manifest: m_image_manifest,
            image_manifest_media_type: m_image_manifest_media_type,
        })
    }
}
impl ToJson for ImageAlreadyExistsException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for ImageAlreadyExistsException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for ImageDigestDoesNotMatchException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for ImageDigestDoesNotMatchException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for ImageFailure {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "imageId", &self.image_id);
        rt::json::put(&mut obj, "failureCode", &self.failure_code);
        rt::json::put(&mut obj, "failureReason", &self.failure_reason);
        JsonValue::Object(obj)
    }
}
impl FromJson for ImageFailure {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_image_id = rt::json::get(obj, "imageId", path, cx)?;
        let m_failure_code = rt::json::get(obj, "failureCode", path, cx)?;
        let m_failure_reason = rt::json::get(obj, "failureReason", path, cx)?;
        Ok(Self {
            image_id: m_image_id,
            failure_code: m_failure_code,
            failure_reason: m_failure_reason,
        })
    }
}
impl ToJson for ImageIdentifier {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "imageDigest", &self.image_digest);
        rt::json::put(&mut obj, "imageTag", &self.image_tag);
        JsonValue::Object(obj)
    }
}
impl FromJson for ImageIdentifier {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_image_digest = rt::json::get(obj, "imageDigest", path, cx)?;
        let m_image_tag = rt::json::get_with(obj, "imageTag", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(1), Some(300));
            Ok(x)
        })?;
        Ok(Self {
            image_digest: m_image_digest,
            image_tag: m_image_tag,
        })
    }
}
impl ToJson for ImageScanningConfiguration {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        obj.insert("scanOnPush".to_owned(), self.scan_on_push.to_json());
        JsonValue::Object(obj)
    }
}
impl FromJson for ImageScanningConfiguration {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_scan_on_push = rt::json::get(obj, "scanOnPush", path, cx)?;
        Ok(Self {
            scan_on_push: m_scan_on_push.unwrap_or_default(),
        })
    }
}
impl ToJson for ImageTagAlreadyExistsException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for ImageTagAlreadyExistsException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for InitiateLayerUploadRequest {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        obj.insert("repositoryName".to_owned(), self.repository_name.to_json());
        JsonValue::Object(obj)
    }
}
impl ToJson for InitiateLayerUploadRequestBuilder {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        JsonValue::Object(obj)
    }
}
impl FromJson for InitiateLayerUploadRequest {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_registry_id = rt::json::get_with(obj, "registryId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_1);
            Ok(x)
        })?;
        let m_repository_name = rt::json::get_with(obj, "repositoryName", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(2), Some(256));
            cx.pattern(p, &x, &crate::json::PATTERN_2);
            Ok(x)
        })?;
        Ok(Self {
            registry_id: m_registry_id,
            repository_name: rt::json::required(
                m_repository_name,
                &path.field("repositoryName"),
                cx,
            ),
        })
    }
}
impl ToJson for InitiateLayerUploadResponse {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "uploadId", &self.upload_id);
        rt::json::put(&mut obj, "partSize", &self.part_size);
        JsonValue::Object(obj)
    }
}
impl FromJson for InitiateLayerUploadResponse {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_upload_id = rt::json::get_with(obj, "uploadId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_3);
            Ok(x)
        })?;
        let m_part_size = rt::json::get_with(obj, "partSize", path, cx, |v, p, cx| {
            let x = <i64>::from_json(v, p, cx)?;
            cx.range(p, x as f64, Some(0.0), None);
            Ok(x)
        })?;
        Ok(Self {
            upload_id: m_upload_id,
            part_size: m_part_size,
        })
    }
}
impl ToJson for InvalidLayerException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for InvalidLayerException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for InvalidLayerPartException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "uploadId", &self.upload_id);
        rt::json::put(
            &mut obj,
            "lastValidByteReceived",
            &self.last_valid_byte_received,
        );
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for InvalidLayerPartException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_registry_id = rt::json::get_with(obj, "registryId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_1);
            Ok(x)
        })?;
        let m_repository_name = rt::json::get_with(obj, "repositoryName", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(2), Some(256));
            cx.pattern(p, &x, &crate::json::PATTERN_2);
            Ok(x)
        })?;
        let m_upload_id = rt::json::get_with(obj, "uploadId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_3);
            Ok(x)
        })?;
        let m_last_valid_byte_received =
            rt::json::get_with(obj, "lastValidByteReceived", path, cx, |v, p, cx| {
                let x = <i64>::from_json(v, p, cx)?;
                cx.range(p, x as f64, Some(0.0), None);
                Ok(x)
            })?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self {
            registry_id: m_registry_id,
            repository_name: m_repository_name,
            upload_id: m_upload_id,
            last_valid_byte_received: m_last_valid_byte_received,
            message: m_message,
        })
    }
}
impl ToJson for InvalidParameterException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for InvalidParameterException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for InvalidTagParameterException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for InvalidTagParameterException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for KmsException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::json::put(&mut obj, "kmsError", &self.kms_error);
        JsonValue::Object(obj)
    }
}
impl FromJson for KmsException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        let m_kms_error = rt::json::get(obj, "kmsError", path, cx)?;
        Ok(Self {
            message: m_message,
            kms_error: m_kms_error,
        })
    }
}
impl ToJson for Layer {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "layerDigest", &self.layer_digest);
        rt::json::put(&mut obj, "layerAvailability", &self.layer_availability);
        rt::json::put(&mut obj, "layerSize", &self.layer_size);
        rt::json::put(&mut obj, "mediaType", &self.media_type);
        JsonValue::Object(obj)
    }
}
impl FromJson for Layer {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_layer_digest = rt::json::get_with(obj, "layerDigest", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_4);
            Ok(x)
        })?;
        let m_layer_availability = rt::json::get(obj, "layerAvailability", path, cx)?;
        let m_layer_size = rt::json::get(obj, "layerSize", path, cx)?;
        let m_media_type = rt::json::get(obj, "mediaType", path, cx)?;
        Ok(Self {
            layer_digest: m_layer_digest,
            layer_availability: m_layer_availability,
            layer_size: m_layer_size,
            media_type: m_media_type,
        })
    }
}
impl ToJson for LayerAlreadyExistsException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for LayerAlreadyExistsException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for LayerFailure {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "layerDigest", &self.layer_digest);
        rt::json::put(&mut obj, "failureCode", &self.failure_code);
        rt::json::put(&mut obj, "failureReason", &self.failure_reason);
        JsonValue::Object(obj)
    }
}
impl FromJson for LayerFailure {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_layer_digest = rt::json::get_with(obj, "layerDigest", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(0), Some(1000));
            Ok(x)
        })?;
        let m_failure_code = rt::json::get(obj, "failureCode", path, cx)?;
        let m_failure_reason = rt::json::get(obj, "failureReason", path, cx)?;
        Ok(Self {
            layer_digest: m_layer_digest,
            failure_code: m_failure_code,
            failure_reason: m_failure_reason,
        })
    }
}
impl ToJson for LayerInaccessibleException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for LayerInaccessibleException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for LayerPartTooSmallException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for LayerPartTooSmallException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for LayersNotFoundException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for LayersNotFoundException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for LimitExceededException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for LimitExceededException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for ListImagesFilter {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "tagStatus", &self.tag_status);
        JsonValue::Object(obj)
    }
}
impl FromJson for ListImagesFilter {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_tag_status = rt::json::get(obj, "tagStatus", path, cx)?;
        Ok(Self {
            tag_status: m_tag_status,
        })
    }
}
impl ToJson for ListImagesRequest {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        obj.insert("repositoryName".to_owned(), self.repository_name.to_json());
        rt::json::put(&mut obj, "nextToken", &self.next_token);
        rt::json::put(&mut obj, "maxResults", &self.max_results);
        rt::json::put(&mut obj, "filter", &self.filter);
        JsonValue::Object(obj)
    }
}
impl ToJson for ListImagesRequestBuilder {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "nextToken", &self.next_token);
        rt::json::put(&mut obj, "maxResults", &self.max_results);
        rt::json::put(&mut obj, "filter", &self.filter);
        JsonValue::Object(obj)
    }
}
impl FromJson for ListImagesRequest {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_registry_id = rt::json::get_with(obj, "registryId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_1);
            Ok(x)
        })?;
        let m_repository_name = rt::json::get_with(obj, "repositoryName", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(2), Some(256));
            cx.pattern(p, &x, &crate::json::PATTERN_2);
            Ok(x)
        })?;
        let m_next_token = rt::json::get(obj, "nextToken", path, cx)?;
        let m_max_results = rt::json::get_with(obj, "maxResults", path, cx, |v, p, cx| {
            let x = <i32>::from_json(v, p, cx)?;
            cx.range(p, f64::from(x), Some(1.0), Some(1000.0));
            Ok(x)
        })?;
        let m_filter = rt::json::get(obj, "filter", path, cx)?;
        Ok(Self {
            registry_id: m_registry_id,
            repository_name: rt::json::required(
                m_repository_name,
                &path.field("repositoryName"),
                cx,
            ),
            next_token: m_next_token,
            max_results: m_max_results,
            filter: m_filter,
        })
    }
}
impl ToJson for ListImagesResponse {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        if let Some(v) = &self.image_ids {
            obj.insert(
                "imageIds".to_owned(),
                crate::json::ser_image_identifier_list(v),
            );
        }
        rt::json::put(&mut obj, "nextToken", &self.next_token);
        JsonValue::Object(obj)
    }
}
impl FromJson for ListImagesResponse {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_image_ids = rt::json::get_with(obj, "imageIds", path, cx, |v, p, cx| {
            let x = crate::json::de_image_identifier_list(v, p, cx)?;
            cx.length(p, x.len(), Some(1), Some(100));
            Ok(x)
        })?;
        let m_next_token = rt::json::get(obj, "nextToken", path, cx)?;
        Ok(Self {
            image_ids: m_image_ids,
            next_token: m_next_token,
        })
    }
}
impl ToJson for PutImageRequest {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        obj.insert("repositoryName".to_owned(), self.repository_name.to_json());
        obj.insert("imageManifest".to_owned(), self.image_manifest.to_json());
        rt::json::put(
            &mut obj,
            "imageManifestMediaType",
            &self.image_manifest_media_type,
        );
        rt::json::put(&mut obj, "imageTag", &self.image_tag);
        rt::json::put(&mut obj, "imageDigest", &self.image_digest);
        JsonValue::Object(obj)
    }
}
impl ToJson for PutImageRequestBuilder {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "imageManifest", &self.image_manifest);
        rt::json::put(
            &mut obj,
            "imageManifestMediaType",
            &self.image_manifest_media_type,
        );
        rt::json::put(&mut obj, "imageTag", &self.image_tag);
        rt::json::put(&mut obj, "imageDigest", &self.image_digest);
        JsonValue::Object(obj)
    }
}
impl FromJson for PutImageRequest {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_registry_id = rt::json::get_with(obj, "registryId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_1);
            Ok(x)
        })?;
        let m_repository_name = rt::json::get_with(obj, "repositoryName", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(2), Some(256));
            cx.pattern(p, &x, &crate::json::PATTERN_2);
            Ok(x)
        })?;
        let m_image_manifest = rt::json::get_with(obj, "imageManifest", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(1), Some(4194304));
            Ok(x)
        })?;
        let m_image_manifest_media_type = rt::json::get(obj, "imageManifestMediaType", path, cx)?;
        let m_image_tag = rt::json::get_with(obj, "imageTag", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(1), Some(300));
            Ok(x)
        })?;
        let m_image_digest = rt::json::get(obj, "imageDigest", path, cx)?;
        Ok(Self {
            registry_id: m_registry_id,
            repository_name: rt::json::required(
                m_repository_name,
                &path.field("repositoryName"),
                cx,
            ),
            image_manifest: rt::json::required(m_image_manifest, &path.field("imageManifest"), cx),
            image_manifest_media_type: m_image_manifest_media_type,
            image_tag: m_image_tag,
            image_digest: m_image_digest,
        })
    }
}
impl ToJson for PutImageResponse {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "image", &self.image);
        JsonValue::Object(obj)
    }
}
impl FromJson for PutImageResponse {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_image = rt::json::get(obj, "image", path, cx)?;
        Ok(Self { image: m_image })
    }
}
impl ToJson for ReferencedImagesNotFoundException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for ReferencedImagesNotFoundException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for Repository {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "repositoryArn", &self.repository_arn);
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "repositoryUri", &self.repository_uri);
        if let Some(v) = &self.created_at {
            obj.insert(
                "createdAt".to_owned(),
                rt::json::timestamp_to_json(v, TimestampFormat::EpochSeconds),
            );
        }
        rt::json::put(&mut obj, "imageTagMutability", &self.image_tag_mutability);
        rt::json::put(
            &mut obj,
            "imageScanningConfiguration",
            &self.image_scanning_configuration,
        );
        rt::json::put(
            &mut obj,
            "encryptionConfiguration",
            &self.encryption_configuration,
        );
        JsonValue::Object(obj)
    }
}
impl FromJson for Repository {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_repository_arn = rt::json::get(obj, "repositoryArn", path, cx)?;
        let m_registry_id = rt::json::get_with(obj, "registryId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_1);
            Ok(x)
        })?;
        let m_repository_name = rt::json::get_with(obj, "repositoryName", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(2), Some(256));
            cx.pattern(p, &x, &crate::json::PATTERN_2);
            Ok(x)
        })?;
        let m_repository_uri = rt::json::get(obj, "repositoryUri", path, cx)?;
        let m_created_at = rt::json::get_with(obj, "createdAt", path, cx, |v, p, _cx| {
            rt::json::timestamp_from_json(v, p, TimestampFormat::EpochSeconds)
        })?;
        let m_image_tag_mutability = rt::json::get(obj, "imageTagMutability", path, cx)?;
        let m_image_scanning_configuration =
            rt::json::get(obj, "imageScanningConfiguration", path, cx)?;
        let m_encryption_configuration = rt::json::get(obj, "encryptionConfiguration", path, cx)?;
        Ok(Self {
            repository_arn: m_repository_arn,
            registry_id: m_registry_id,
            repository_name: m_repository_name,
            repository_uri: m_repository_uri,
            created_at: m_created_at,
            image_tag_mutability: m_image_tag_mutability,
            image_scanning_configuration: m_image_scanning_configuration,
            encryption_configuration: m_encryption_configuration,
        })
    }
}
impl ToJson for RepositoryAlreadyExistsException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for RepositoryAlreadyExistsException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for RepositoryNotEmptyException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for RepositoryNotEmptyException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for RepositoryNotFoundException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for RepositoryNotFoundException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for ServerException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for ServerException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for Tag {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        obj.insert("Key".to_owned(), self.key.to_json());
        obj.insert("Value".to_owned(), self.value.to_json());
        JsonValue::Object(obj)
    }
}
impl FromJson for Tag {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_key = rt::json::get(obj, "Key", path, cx)?;
        let m_value = rt::json::get(obj, "Value", path, cx)?;
        Ok(Self {
            key: rt::json::required(m_key, &path.field("Key"), cx),
            value: rt::json::required(m_value, &path.field("Value"), cx),
        })
    }
}
impl ToJson for TooManyTagsException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for TooManyTagsException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for UnableToGetUpstreamImageException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for UnableToGetUpstreamImageException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for UnableToGetUpstreamLayerException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for UnableToGetUpstreamLayerException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
impl ToJson for UploadLayerPartRequest {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        obj.insert("repositoryName".to_owned(), self.repository_name.to_json());
        obj.insert("uploadId".to_owned(), self.upload_id.to_json());
        obj.insert("partFirstByte".to_owned(), self.part_first_byte.to_json());
        obj.insert("partLastByte".to_owned(), self.part_last_byte.to_json());
        obj.insert("layerPartBlob".to_owned(), self.layer_part_blob.to_json());
        JsonValue::Object(obj)
    }
}
impl ToJson for UploadLayerPartRequestBuilder {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "uploadId", &self.upload_id);
        rt::json::put(&mut obj, "partFirstByte", &self.part_first_byte);
        rt::json::put(&mut obj, "partLastByte", &self.part_last_byte);
        rt::json::put(&mut obj, "layerPartBlob", &self.layer_part_blob);
        JsonValue::Object(obj)
    }
}
impl FromJson for UploadLayerPartRequest {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_registry_id = rt::json::get_with(obj, "registryId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_1);
            Ok(x)
        })?;
        let m_repository_name = rt::json::get_with(obj, "repositoryName", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(2), Some(256));
            cx.pattern(p, &x, &crate::json::PATTERN_2);
            Ok(x)
        })?;
        let m_upload_id = rt::json::get_with(obj, "uploadId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_3);
            Ok(x)
        })?;
        let m_part_first_byte = rt::json::get_with(obj, "partFirstByte", path, cx, |v, p, cx| {
            let x = <i64>::from_json(v, p, cx)?;
            cx.range(p, x as f64, Some(0.0), None);
            Ok(x)
        })?;
        let m_part_last_byte = rt::json::get_with(obj, "partLastByte", path, cx, |v, p, cx| {
            let x = <i64>::from_json(v, p, cx)?;
            cx.range(p, x as f64, Some(0.0), None);
            Ok(x)
        })?;
        let m_layer_part_blob = rt::json::get_with(obj, "layerPartBlob", path, cx, |v, p, cx| {
            let x = <Blob>::from_json(v, p, cx)?;
            cx.length(p, x.as_ref().len(), Some(0), Some(20971520));
            Ok(x)
        })?;
        Ok(Self {
            registry_id: m_registry_id,
            repository_name: rt::json::required(
                m_repository_name,
                &path.field("repositoryName"),
                cx,
            ),
            upload_id: rt::json::required(m_upload_id, &path.field("uploadId"), cx),
            part_first_byte: rt::json::required(
                m_part_first_byte,
                &path.field("partFirstByte"),
                cx,
            ),
            part_last_byte: rt::json::required(m_part_last_byte, &path.field("partLastByte"), cx),
            layer_part_blob: rt::json::required(
                m_layer_part_blob,
                &path.field("layerPartBlob"),
                cx,
            ),
        })
    }
}
impl ToJson for UploadLayerPartResponse {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "uploadId", &self.upload_id);
        rt::json::put(&mut obj, "lastByteReceived", &self.last_byte_received);
        JsonValue::Object(obj)
    }
}
impl FromJson for UploadLayerPartResponse {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_registry_id = rt::json::get_with(obj, "registryId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_1);
            Ok(x)
        })?;
        let m_repository_name = rt::json::get_with(obj, "repositoryName", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.length(p, x.chars().count(), Some(2), Some(256));
            cx.pattern(p, &x, &crate::json::PATTERN_2);
            Ok(x)
        })?;
        let m_upload_id = rt::json::get_with(obj, "uploadId", path, cx, |v, p, cx| {
            let x = <String>::from_json(v, p, cx)?;
            cx.pattern(p, &x, &crate::json::PATTERN_3);
            Ok(x)
        })?;
        let m_last_byte_received =
            rt::json::get_with(obj, "lastByteReceived", path, cx, |v, p, cx| {
                let x = <i64>::from_json(v, p, cx)?;
                cx.range(p, x as f64, Some(0.0), None);
                Ok(x)
            })?;
        Ok(Self {
            registry_id: m_registry_id,
            repository_name: m_repository_name,
            upload_id: m_upload_id,
            last_byte_received: m_last_byte_received,
        })
    }
}
impl ToJson for UploadNotFoundException {
    fn to_json(&self) -> JsonValue {
        let mut obj = JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        JsonValue::Object(obj)
    }
}
impl FromJson for UploadNotFoundException {
    fn from_json(v: &JsonValue, path: &JsonPath<'_>, cx: &mut JsonCtx) -> Result<Self, DeError> {
        let obj = rt::json::object(v, path)?;
        let m_message = rt::json::get(obj, "message", path, cx)?;
        Ok(Self { message: m_message })
    }
}
pub(crate) fn ser_authorization_data_list(items: &[AuthorizationData]) -> JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_authorization_data_list(
    v: &JsonValue,
    path: &JsonPath<'_>,
    cx: &mut JsonCtx,
) -> Result<Vec<AuthorizationData>, DeError> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <AuthorizationData>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_batched_operation_layer_digest_list(items: &[String]) -> JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_batched_operation_layer_digest_list(
    v: &JsonValue,
    path: &JsonPath<'_>,
    cx: &mut JsonCtx,
) -> Result<Vec<String>, DeError> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <String>::from_json(v, p, cx)?;
        cx.length(p, x.chars().count(), Some(0), Some(1000));
        Ok(x)
    })
}
pub(crate) fn ser_get_authorization_token_registry_id_list(items: &[String]) -> JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_get_authorization_token_registry_id_list(
    v: &JsonValue,
    path: &JsonPath<'_>,
    cx: &mut JsonCtx,
) -> Result<Vec<String>, DeError> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <String>::from_json(v, p, cx)?;
        cx.pattern(p, &x, &crate::json::PATTERN_1);
        Ok(x)
    })
}
pub(crate) fn ser_image_failure_list(items: &[ImageFailure]) -> JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_image_failure_list(
    v: &JsonValue,
    path: &JsonPath<'_>,
    cx: &mut JsonCtx,
) -> Result<Vec<ImageFailure>, DeError> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <ImageFailure>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_image_identifier_list(items: &[ImageIdentifier]) -> JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_image_identifier_list(
    v: &JsonValue,
    path: &JsonPath<'_>,
    cx: &mut JsonCtx,
) -> Result<Vec<ImageIdentifier>, DeError> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <ImageIdentifier>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_image_list(items: &[Image]) -> JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_image_list(
    v: &JsonValue,
    path: &JsonPath<'_>,
    cx: &mut JsonCtx,
) -> Result<Vec<Image>, DeError> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Image>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_layer_digest_list(items: &[String]) -> JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_layer_digest_list(
    v: &JsonValue,
    path: &JsonPath<'_>,
    cx: &mut JsonCtx,
) -> Result<Vec<String>, DeError> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <String>::from_json(v, p, cx)?;
        cx.pattern(p, &x, &crate::json::PATTERN_4);
        Ok(x)
    })
}
pub(crate) fn ser_layer_failure_list(items: &[LayerFailure]) -> JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_layer_failure_list(
    v: &JsonValue,
    path: &JsonPath<'_>,
    cx: &mut JsonCtx,
) -> Result<Vec<LayerFailure>, DeError> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <LayerFailure>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_layer_list(items: &[Layer]) -> JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_layer_list(
    v: &JsonValue,
    path: &JsonPath<'_>,
    cx: &mut JsonCtx,
) -> Result<Vec<Layer>, DeError> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Layer>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_media_type_list(items: &[String]) -> JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_media_type_list(
    v: &JsonValue,
    path: &JsonPath<'_>,
    cx: &mut JsonCtx,
) -> Result<Vec<String>, DeError> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_repository_list(items: &[Repository]) -> JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_repository_list(
    v: &JsonValue,
    path: &JsonPath<'_>,
    cx: &mut JsonCtx,
) -> Result<Vec<Repository>, DeError> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Repository>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_repository_name_list(items: &[String]) -> JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_repository_name_list(
    v: &JsonValue,
    path: &JsonPath<'_>,
    cx: &mut JsonCtx,
) -> Result<Vec<String>, DeError> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <String>::from_json(v, p, cx)?;
        cx.length(p, x.chars().count(), Some(2), Some(256));
        cx.pattern(p, &x, &crate::json::PATTERN_2);
        Ok(x)
    })
}
pub(crate) fn ser_tag_list(items: &[Tag]) -> JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_tag_list(
    v: &JsonValue,
    path: &JsonPath<'_>,
    cx: &mut JsonCtx,
) -> Result<Vec<Tag>, DeError> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Tag>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Runs as `^[^ \t\n\x{B}\x{C}\r]+$`.
pub(crate) static PATTERN_0: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::compiled(
        "^\\S+$",
        "^[^ \\t\\n\\x{B}\\x{C}\\r]+$",
        PatternEngine::Linear,
    )
});
pub(crate) static PATTERN_1: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::compiled("^[0-9]{12}$", "^[0-9]{12}$", PatternEngine::Linear));
/// Runs as `^(?:[a-z0-9]+(?:[\._\-][a-z0-9]+)*/)*[a-z0-9]+(?:[\._\-][a-z0-9]+)*$`.
pub(crate) static PATTERN_2: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::compiled(
        "^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$",
        "^(?:[a-z0-9]+(?:[\\._\\-][a-z0-9]+)*/)*[a-z0-9]+(?:[\\._\\-][a-z0-9]+)*$",
        PatternEngine::Linear,
    )
});
pub(crate) static PATTERN_3: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::compiled(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        PatternEngine::Linear,
    )
});
/// Runs as `^[a-zA-Z0-9\-_\+\.]+:[a-fA-F0-9]+$`.
pub(crate) static PATTERN_4: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::compiled(
        "^[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+$",
        "^[a-zA-Z0-9\\-_\\+\\.]+:[a-fA-F0-9]+$",
        PatternEngine::Linear,
    )
});
