// Generated from model/ecr.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for AuthorizationData {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "authorizationToken", &self.authorization_token);
        if let Some(v) = &self.expires_at {
            obj.insert(
                "expiresAt".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
            );
        }
        rt::json::put(&mut obj, "proxyEndpoint", &self.proxy_endpoint);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for AuthorizationData {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            authorization_token: rt::json::get_with(
                obj,
                "authorizationToken",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.pattern(p, &x, &crate::json::PATTERN_0);
                    Ok(x)
                },
            )?,
            expires_at: rt::json::get_with(obj, "expiresAt", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            proxy_endpoint: rt::json::get(obj, "proxyEndpoint", p, cx)?,
        })
    }
}
impl rt::ToJson for BatchCheckLayerAvailabilityRequest {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        obj.insert("repositoryName".to_owned(), self.repository_name.to_json());
        obj.insert(
            "layerDigests".to_owned(),
            crate::json::ser_batched_operation_layer_digest_list(&self.layer_digests),
        );
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for BatchCheckLayerAvailabilityRequestBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        if let Some(v) = &self.layer_digests {
            obj.insert(
                "layerDigests".to_owned(),
                crate::json::ser_batched_operation_layer_digest_list(v),
            );
        }
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for BatchCheckLayerAvailabilityRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_name: rt::json::required(
                rt::json::get_with(obj, "repositoryName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(256));
                    cx.pattern(p, &x, &crate::json::PATTERN_2);
                    Ok(x)
                })?,
                &p.field("repositoryName"),
                cx,
            ),
            layer_digests: rt::json::required(
                rt::json::get_with(obj, "layerDigests", p, cx, |v, p, cx| {
                    let x = crate::json::de_batched_operation_layer_digest_list(v, p, cx)?;
                    cx.length(p, x.len(), Some(1), Some(100));
                    Ok(x)
                })?,
                &p.field("layerDigests"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for BatchCheckLayerAvailabilityResponse {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        if let Some(v) = &self.layers {
            obj.insert("layers".to_owned(), crate::json::ser_layer_list(v));
        }
        if let Some(v) = &self.failures {
            obj.insert(
                "failures".to_owned(),
                crate::json::ser_layer_failure_list(v),
            );
        }
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for BatchCheckLayerAvailabilityResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            layers: rt::json::get_with(obj, "layers", p, cx, crate::json::de_layer_list)?,
            failures: rt::json::get_with(
                obj,
                "failures",
                p,
                cx,
                crate::json::de_layer_failure_list,
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for BatchDeleteImageRequest {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        obj.insert("repositoryName".to_owned(), self.repository_name.to_json());
        obj.insert(
            "imageIds".to_owned(),
            crate::json::ser_image_identifier_list(&self.image_ids),
        );
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for BatchDeleteImageRequestBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        if let Some(v) = &self.image_ids {
            obj.insert(
                "imageIds".to_owned(),
                crate::json::ser_image_identifier_list(v),
            );
        }
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for BatchDeleteImageRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_name: rt::json::required(
                rt::json::get_with(obj, "repositoryName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(256));
                    cx.pattern(p, &x, &crate::json::PATTERN_2);
                    Ok(x)
                })?,
                &p.field("repositoryName"),
                cx,
            ),
            image_ids: rt::json::required(
                rt::json::get_with(obj, "imageIds", p, cx, |v, p, cx| {
                    let x = crate::json::de_image_identifier_list(v, p, cx)?;
                    cx.length(p, x.len(), Some(1), Some(100));
                    Ok(x)
                })?,
                &p.field("imageIds"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for BatchDeleteImageResponse {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
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
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for BatchDeleteImageResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            image_ids: rt::json::get_with(obj, "imageIds", p, cx, |v, p, cx| {
                let x = crate::json::de_image_identifier_list(v, p, cx)?;
                cx.length(p, x.len(), Some(1), Some(100));
                Ok(x)
            })?,
            failures: rt::json::get_with(
                obj,
                "failures",
                p,
                cx,
                crate::json::de_image_failure_list,
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for BatchGetImageRequest {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
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
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for BatchGetImageRequestBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
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
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for BatchGetImageRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_name: rt::json::required(
                rt::json::get_with(obj, "repositoryName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(256));
                    cx.pattern(p, &x, &crate::json::PATTERN_2);
                    Ok(x)
                })?,
                &p.field("repositoryName"),
                cx,
            ),
            image_ids: rt::json::required(
                rt::json::get_with(obj, "imageIds", p, cx, |v, p, cx| {
                    let x = crate::json::de_image_identifier_list(v, p, cx)?;
                    cx.length(p, x.len(), Some(1), Some(100));
                    Ok(x)
                })?,
                &p.field("imageIds"),
                cx,
            ),
            accepted_media_types: rt::json::get_with(
                obj,
                "acceptedMediaTypes",
                p,
                cx,
                |v, p, cx| {
                    let x = crate::json::de_media_type_list(v, p, cx)?;
                    cx.length(p, x.len(), Some(1), Some(100));
                    Ok(x)
                },
            )?,
        })
    }
}
impl rt::ToJson for BatchGetImageResponse {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        if let Some(v) = &self.images {
            obj.insert("images".to_owned(), crate::json::ser_image_list(v));
        }
        if let Some(v) = &self.failures {
            obj.insert(
                "failures".to_owned(),
                crate::json::ser_image_failure_list(v),
            );
        }
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for BatchGetImageResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            images: rt::json::get_with(obj, "images", p, cx, crate::json::de_image_list)?,
            failures: rt::json::get_with(
                obj,
                "failures",
                p,
                cx,
                crate::json::de_image_failure_list,
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for CompleteLayerUploadRequest {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        obj.insert("repositoryName".to_owned(), self.repository_name.to_json());
        obj.insert("uploadId".to_owned(), self.upload_id.to_json());
        obj.insert(
            "layerDigests".to_owned(),
            crate::json::ser_layer_digest_list(&self.layer_digests),
        );
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for CompleteLayerUploadRequestBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "uploadId", &self.upload_id);
        if let Some(v) = &self.layer_digests {
            obj.insert(
                "layerDigests".to_owned(),
                crate::json::ser_layer_digest_list(v),
            );
        }
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for CompleteLayerUploadRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_name: rt::json::required(
                rt::json::get_with(obj, "repositoryName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(256));
                    cx.pattern(p, &x, &crate::json::PATTERN_2);
                    Ok(x)
                })?,
                &p.field("repositoryName"),
                cx,
            ),
            upload_id: rt::json::required(
                rt::json::get_with(obj, "uploadId", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.pattern(p, &x, &crate::json::PATTERN_3);
                    Ok(x)
                })?,
                &p.field("uploadId"),
                cx,
            ),
            layer_digests: rt::json::required(
                rt::json::get_with(obj, "layerDigests", p, cx, |v, p, cx| {
                    let x = crate::json::de_layer_digest_list(v, p, cx)?;
                    cx.length(p, x.len(), Some(1), Some(100));
                    Ok(x)
                })?,
                &p.field("layerDigests"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for CompleteLayerUploadResponse {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "uploadId", &self.upload_id);
        rt::json::put(&mut obj, "layerDigest", &self.layer_digest);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for CompleteLayerUploadResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_name: rt::json::get_with(obj, "repositoryName", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, &x, &crate::json::PATTERN_2);
                Ok(x)
            })?,
            upload_id: rt::json::get_with(obj, "uploadId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_3);
                Ok(x)
            })?,
            layer_digest: rt::json::get_with(obj, "layerDigest", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_4);
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for CreateRepositoryRequest {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
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
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for CreateRepositoryRequestBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
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
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for CreateRepositoryRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_name: rt::json::required(
                rt::json::get_with(obj, "repositoryName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(256));
                    cx.pattern(p, &x, &crate::json::PATTERN_2);
                    Ok(x)
                })?,
                &p.field("repositoryName"),
                cx,
            ),
            tags: rt::json::get_with(obj, "tags", p, cx, crate::json::de_tag_list)?,
            image_tag_mutability: rt::json::get(obj, "imageTagMutability", p, cx)?,
            image_scanning_configuration: rt::json::get(obj, "imageScanningConfiguration", p, cx)?,
            encryption_configuration: rt::json::get(obj, "encryptionConfiguration", p, cx)?,
        })
    }
}
impl rt::ToJson for CreateRepositoryResponse {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "repository", &self.repository);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for CreateRepositoryResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            repository: rt::json::get(obj, "repository", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DeleteRepositoryRequest {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        obj.insert("repositoryName".to_owned(), self.repository_name.to_json());
        obj.insert("force".to_owned(), self.force.to_json());
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for DeleteRepositoryRequestBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "force", &self.force);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for DeleteRepositoryRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_name: rt::json::required(
                rt::json::get_with(obj, "repositoryName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(256));
                    cx.pattern(p, &x, &crate::json::PATTERN_2);
                    Ok(x)
                })?,
                &p.field("repositoryName"),
                cx,
            ),
            force: rt::json::get(obj, "force", p, cx)?.unwrap_or_default(),
        })
    }
}
impl rt::ToJson for DeleteRepositoryResponse {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "repository", &self.repository);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for DeleteRepositoryResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            repository: rt::json::get(obj, "repository", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DescribeRepositoriesRequest {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        if let Some(v) = &self.repository_names {
            obj.insert(
                "repositoryNames".to_owned(),
                crate::json::ser_repository_name_list(v),
            );
        }
        rt::json::put(&mut obj, "nextToken", &self.next_token);
        rt::json::put(&mut obj, "maxResults", &self.max_results);
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for DescribeRepositoriesRequestBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        if let Some(v) = &self.repository_names {
            obj.insert(
                "repositoryNames".to_owned(),
                crate::json::ser_repository_name_list(v),
            );
        }
        rt::json::put(&mut obj, "nextToken", &self.next_token);
        rt::json::put(&mut obj, "maxResults", &self.max_results);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for DescribeRepositoriesRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_names: rt::json::get_with(obj, "repositoryNames", p, cx, |v, p, cx| {
                let x = crate::json::de_repository_name_list(v, p, cx)?;
                cx.length(p, x.len(), Some(1), Some(100));
                Ok(x)
            })?,
            next_token: rt::json::get(obj, "nextToken", p, cx)?,
            max_results: rt::json::get_with(obj, "maxResults", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(1.0), Some(1000.0));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for DescribeRepositoriesResponse {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        if let Some(v) = &self.repositories {
            obj.insert(
                "repositories".to_owned(),
                crate::json::ser_repository_list(v),
            );
        }
        rt::json::put(&mut obj, "nextToken", &self.next_token);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for DescribeRepositoriesResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            repositories: rt::json::get_with(
                obj,
                "repositories",
                p,
                cx,
                crate::json::de_repository_list,
            )?,
            next_token: rt::json::get(obj, "nextToken", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for EmptyUploadException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for EmptyUploadException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for EncryptionConfiguration {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        obj.insert("encryptionType".to_owned(), self.encryption_type.to_json());
        rt::json::put(&mut obj, "kmsKey", &self.kms_key);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for EncryptionConfiguration {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            encryption_type: rt::json::required(
                rt::json::get(obj, "encryptionType", p, cx)?,
                &p.field("encryptionType"),
                cx,
            ),
            kms_key: rt::json::get_with(obj, "kmsKey", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(2048));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for GetAuthorizationTokenRequest {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        if let Some(v) = &self.registry_ids {
            obj.insert(
                "registryIds".to_owned(),
                crate::json::ser_get_authorization_token_registry_id_list(v),
            );
        }
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for GetAuthorizationTokenRequestBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        if let Some(v) = &self.registry_ids {
            obj.insert(
                "registryIds".to_owned(),
                crate::json::ser_get_authorization_token_registry_id_list(v),
            );
        }
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for GetAuthorizationTokenRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_ids: rt::json::get_with(obj, "registryIds", p, cx, |v, p, cx| {
                let x = crate::json::de_get_authorization_token_registry_id_list(v, p, cx)?;
                cx.length(p, x.len(), Some(1), Some(10));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for GetAuthorizationTokenResponse {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        if let Some(v) = &self.authorization_data {
            obj.insert(
                "authorizationData".to_owned(),
                crate::json::ser_authorization_data_list(v),
            );
        }
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for GetAuthorizationTokenResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            authorization_data: rt::json::get_with(
                obj,
                "authorizationData",
                p,
                cx,
                crate::json::de_authorization_data_list,
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for GetDownloadUrlForLayerRequest {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        obj.insert("repositoryName".to_owned(), self.repository_name.to_json());
        obj.insert("layerDigest".to_owned(), self.layer_digest.to_json());
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for GetDownloadUrlForLayerRequestBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "layerDigest", &self.layer_digest);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for GetDownloadUrlForLayerRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_name: rt::json::required(
                rt::json::get_with(obj, "repositoryName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(256));
                    cx.pattern(p, &x, &crate::json::PATTERN_2);
                    Ok(x)
                })?,
                &p.field("repositoryName"),
                cx,
            ),
            layer_digest: rt::json::required(
                rt::json::get_with(obj, "layerDigest", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.pattern(p, &x, &crate::json::PATTERN_4);
                    Ok(x)
                })?,
                &p.field("layerDigest"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for GetDownloadUrlForLayerResponse {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "downloadUrl", &self.download_url);
        rt::json::put(&mut obj, "layerDigest", &self.layer_digest);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for GetDownloadUrlForLayerResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            download_url: rt::json::get(obj, "downloadUrl", p, cx)?,
            layer_digest: rt::json::get_with(obj, "layerDigest", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_4);
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Image {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "imageId", &self.image_id);
        rt::json::put(&mut obj, "imageManifest", &self.image_manifest);
        rt::json::put(
            &mut obj,
            "imageManifestMediaType",
            &self.image_manifest_media_type,
        );
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for Image {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_name: rt::json::get_with(obj, "repositoryName", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, &x, &crate::json::PATTERN_2);
                Ok(x)
            })?,
            image_id: rt::json::get(obj, "imageId", p, cx)?,
            image_manifest: rt::json::get_with(obj, "imageManifest", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(4194304));
                Ok(x)
            })?,
            image_manifest_media_type: rt::json::get(obj, "imageManifestMediaType", p, cx)?,
        })
    }
}
impl rt::ToJson for ImageAlreadyExistsException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for ImageAlreadyExistsException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ImageDigestDoesNotMatchException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for ImageDigestDoesNotMatchException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ImageFailure {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "imageId", &self.image_id);
        rt::json::put(&mut obj, "failureCode", &self.failure_code);
        rt::json::put(&mut obj, "failureReason", &self.failure_reason);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for ImageFailure {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            image_id: rt::json::get(obj, "imageId", p, cx)?,
            failure_code: rt::json::get(obj, "failureCode", p, cx)?,
            failure_reason: rt::json::get(obj, "failureReason", p, cx)?,
        })
    }
}
impl rt::ToJson for ImageIdentifier {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "imageDigest", &self.image_digest);
        rt::json::put(&mut obj, "imageTag", &self.image_tag);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for ImageIdentifier {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            image_digest: rt::json::get(obj, "imageDigest", p, cx)?,
            image_tag: rt::json::get_with(obj, "imageTag", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(300));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for ImageScanningConfiguration {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        obj.insert("scanOnPush".to_owned(), self.scan_on_push.to_json());
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for ImageScanningConfiguration {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            scan_on_push: rt::json::get(obj, "scanOnPush", p, cx)?.unwrap_or_default(),
        })
    }
}
impl rt::ToJson for ImageTagAlreadyExistsException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for ImageTagAlreadyExistsException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InitiateLayerUploadRequest {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        obj.insert("repositoryName".to_owned(), self.repository_name.to_json());
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for InitiateLayerUploadRequestBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for InitiateLayerUploadRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_name: rt::json::required(
                rt::json::get_with(obj, "repositoryName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(256));
                    cx.pattern(p, &x, &crate::json::PATTERN_2);
                    Ok(x)
                })?,
                &p.field("repositoryName"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for InitiateLayerUploadResponse {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "uploadId", &self.upload_id);
        rt::json::put(&mut obj, "partSize", &self.part_size);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for InitiateLayerUploadResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            upload_id: rt::json::get_with(obj, "uploadId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_3);
                Ok(x)
            })?,
            part_size: rt::json::get_with(obj, "partSize", p, cx, |v, p, cx| {
                let x = <i64>::from_json(v, p, cx)?;
                cx.range(p, x as f64, Some(0.0), None);
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidLayerException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for InvalidLayerException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidLayerPartException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "uploadId", &self.upload_id);
        rt::json::put(
            &mut obj,
            "lastValidByteReceived",
            &self.last_valid_byte_received,
        );
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for InvalidLayerPartException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_name: rt::json::get_with(obj, "repositoryName", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, &x, &crate::json::PATTERN_2);
                Ok(x)
            })?,
            upload_id: rt::json::get_with(obj, "uploadId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_3);
                Ok(x)
            })?,
            last_valid_byte_received: rt::json::get_with(
                obj,
                "lastValidByteReceived",
                p,
                cx,
                |v, p, cx| {
                    let x = <i64>::from_json(v, p, cx)?;
                    cx.range(p, x as f64, Some(0.0), None);
                    Ok(x)
                },
            )?,
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidParameterException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for InvalidParameterException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidTagParameterException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for InvalidTagParameterException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for KmsException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::json::put(&mut obj, "kmsError", &self.kms_error);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for KmsException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            kms_error: rt::json::get(obj, "kmsError", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Layer {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "layerDigest", &self.layer_digest);
        rt::json::put(&mut obj, "layerAvailability", &self.layer_availability);
        rt::json::put(&mut obj, "layerSize", &self.layer_size);
        rt::json::put(&mut obj, "mediaType", &self.media_type);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for Layer {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            layer_digest: rt::json::get_with(obj, "layerDigest", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_4);
                Ok(x)
            })?,
            layer_availability: rt::json::get(obj, "layerAvailability", p, cx)?,
            layer_size: rt::json::get(obj, "layerSize", p, cx)?,
            media_type: rt::json::get(obj, "mediaType", p, cx)?,
        })
    }
}
impl rt::ToJson for LayerAlreadyExistsException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for LayerAlreadyExistsException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for LayerFailure {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "layerDigest", &self.layer_digest);
        rt::json::put(&mut obj, "failureCode", &self.failure_code);
        rt::json::put(&mut obj, "failureReason", &self.failure_reason);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for LayerFailure {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            layer_digest: rt::json::get_with(obj, "layerDigest", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(1000));
                Ok(x)
            })?,
            failure_code: rt::json::get(obj, "failureCode", p, cx)?,
            failure_reason: rt::json::get(obj, "failureReason", p, cx)?,
        })
    }
}
impl rt::ToJson for LayerInaccessibleException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for LayerInaccessibleException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for LayerPartTooSmallException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for LayerPartTooSmallException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for LayersNotFoundException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for LayersNotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for LimitExceededException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for LimitExceededException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ListImagesFilter {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "tagStatus", &self.tag_status);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for ListImagesFilter {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            tag_status: rt::json::get(obj, "tagStatus", p, cx)?,
        })
    }
}
impl rt::ToJson for ListImagesRequest {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        obj.insert("repositoryName".to_owned(), self.repository_name.to_json());
        rt::json::put(&mut obj, "nextToken", &self.next_token);
        rt::json::put(&mut obj, "maxResults", &self.max_results);
        rt::json::put(&mut obj, "filter", &self.filter);
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for ListImagesRequestBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "nextToken", &self.next_token);
        rt::json::put(&mut obj, "maxResults", &self.max_results);
        rt::json::put(&mut obj, "filter", &self.filter);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for ListImagesRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_name: rt::json::required(
                rt::json::get_with(obj, "repositoryName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(256));
                    cx.pattern(p, &x, &crate::json::PATTERN_2);
                    Ok(x)
                })?,
                &p.field("repositoryName"),
                cx,
            ),
            next_token: rt::json::get(obj, "nextToken", p, cx)?,
            max_results: rt::json::get_with(obj, "maxResults", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(1.0), Some(1000.0));
                Ok(x)
            })?,
            filter: rt::json::get(obj, "filter", p, cx)?,
        })
    }
}
impl rt::ToJson for ListImagesResponse {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        if let Some(v) = &self.image_ids {
            obj.insert(
                "imageIds".to_owned(),
                crate::json::ser_image_identifier_list(v),
            );
        }
        rt::json::put(&mut obj, "nextToken", &self.next_token);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for ListImagesResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            image_ids: rt::json::get_with(obj, "imageIds", p, cx, |v, p, cx| {
                let x = crate::json::de_image_identifier_list(v, p, cx)?;
                cx.length(p, x.len(), Some(1), Some(100));
                Ok(x)
            })?,
            next_token: rt::json::get(obj, "nextToken", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for PutImageRequest {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
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
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for PutImageRequestBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
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
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for PutImageRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_name: rt::json::required(
                rt::json::get_with(obj, "repositoryName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(256));
                    cx.pattern(p, &x, &crate::json::PATTERN_2);
                    Ok(x)
                })?,
                &p.field("repositoryName"),
                cx,
            ),
            image_manifest: rt::json::required(
                rt::json::get_with(obj, "imageManifest", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(4194304));
                    Ok(x)
                })?,
                &p.field("imageManifest"),
                cx,
            ),
            image_manifest_media_type: rt::json::get(obj, "imageManifestMediaType", p, cx)?,
            image_tag: rt::json::get_with(obj, "imageTag", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(300));
                Ok(x)
            })?,
            image_digest: rt::json::get(obj, "imageDigest", p, cx)?,
        })
    }
}
impl rt::ToJson for PutImageResponse {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "image", &self.image);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for PutImageResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            image: rt::json::get(obj, "image", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ReferencedImagesNotFoundException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for ReferencedImagesNotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Repository {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "repositoryArn", &self.repository_arn);
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "repositoryUri", &self.repository_uri);
        if let Some(v) = &self.created_at {
            obj.insert(
                "createdAt".to_owned(),
                rt::json::timestamp_to_json(v, rt::TimestampFormat::EpochSeconds),
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
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for Repository {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            repository_arn: rt::json::get(obj, "repositoryArn", p, cx)?,
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_name: rt::json::get_with(obj, "repositoryName", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, &x, &crate::json::PATTERN_2);
                Ok(x)
            })?,
            repository_uri: rt::json::get(obj, "repositoryUri", p, cx)?,
            created_at: rt::json::get_with(obj, "createdAt", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            image_tag_mutability: rt::json::get(obj, "imageTagMutability", p, cx)?,
            image_scanning_configuration: rt::json::get(obj, "imageScanningConfiguration", p, cx)?,
            encryption_configuration: rt::json::get(obj, "encryptionConfiguration", p, cx)?,
        })
    }
}
impl rt::ToJson for RepositoryAlreadyExistsException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for RepositoryAlreadyExistsException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for RepositoryNotEmptyException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for RepositoryNotEmptyException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for RepositoryNotFoundException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for RepositoryNotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ServerException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for ServerException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Tag {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        obj.insert("Key".to_owned(), self.key.to_json());
        obj.insert("Value".to_owned(), self.value.to_json());
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for Tag {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            key: rt::json::required(rt::json::get(obj, "Key", p, cx)?, &p.field("Key"), cx),
            value: rt::json::required(rt::json::get(obj, "Value", p, cx)?, &p.field("Value"), cx),
        })
    }
}
impl rt::ToJson for TooManyTagsException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for TooManyTagsException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for UnableToGetUpstreamImageException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for UnableToGetUpstreamImageException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for UnableToGetUpstreamLayerException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for UnableToGetUpstreamLayerException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for UploadLayerPartRequest {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        obj.insert("repositoryName".to_owned(), self.repository_name.to_json());
        obj.insert("uploadId".to_owned(), self.upload_id.to_json());
        obj.insert("partFirstByte".to_owned(), self.part_first_byte.to_json());
        obj.insert("partLastByte".to_owned(), self.part_last_byte.to_json());
        obj.insert("layerPartBlob".to_owned(), self.layer_part_blob.to_json());
        rt::JsonValue::Object(obj)
    }
}
impl rt::ToJson for UploadLayerPartRequestBuilder {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "uploadId", &self.upload_id);
        rt::json::put(&mut obj, "partFirstByte", &self.part_first_byte);
        rt::json::put(&mut obj, "partLastByte", &self.part_last_byte);
        rt::json::put(&mut obj, "layerPartBlob", &self.layer_part_blob);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for UploadLayerPartRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_name: rt::json::required(
                rt::json::get_with(obj, "repositoryName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(256));
                    cx.pattern(p, &x, &crate::json::PATTERN_2);
                    Ok(x)
                })?,
                &p.field("repositoryName"),
                cx,
            ),
            upload_id: rt::json::required(
                rt::json::get_with(obj, "uploadId", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.pattern(p, &x, &crate::json::PATTERN_3);
                    Ok(x)
                })?,
                &p.field("uploadId"),
                cx,
            ),
            part_first_byte: rt::json::required(
                rt::json::get_with(obj, "partFirstByte", p, cx, |v, p, cx| {
                    let x = <i64>::from_json(v, p, cx)?;
                    cx.range(p, x as f64, Some(0.0), None);
                    Ok(x)
                })?,
                &p.field("partFirstByte"),
                cx,
            ),
            part_last_byte: rt::json::required(
                rt::json::get_with(obj, "partLastByte", p, cx, |v, p, cx| {
                    let x = <i64>::from_json(v, p, cx)?;
                    cx.range(p, x as f64, Some(0.0), None);
                    Ok(x)
                })?,
                &p.field("partLastByte"),
                cx,
            ),
            layer_part_blob: rt::json::required(
                rt::json::get_with(obj, "layerPartBlob", p, cx, |v, p, cx| {
                    let x = <rt::Blob>::from_json(v, p, cx)?;
                    cx.length(p, x.as_ref().len(), Some(0), Some(20971520));
                    Ok(x)
                })?,
                &p.field("layerPartBlob"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for UploadLayerPartResponse {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "registryId", &self.registry_id);
        rt::json::put(&mut obj, "repositoryName", &self.repository_name);
        rt::json::put(&mut obj, "uploadId", &self.upload_id);
        rt::json::put(&mut obj, "lastByteReceived", &self.last_byte_received);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for UploadLayerPartResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_name: rt::json::get_with(obj, "repositoryName", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, &x, &crate::json::PATTERN_2);
                Ok(x)
            })?,
            upload_id: rt::json::get_with(obj, "uploadId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_3);
                Ok(x)
            })?,
            last_byte_received: rt::json::get_with(obj, "lastByteReceived", p, cx, |v, p, cx| {
                let x = <i64>::from_json(v, p, cx)?;
                cx.range(p, x as f64, Some(0.0), None);
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for UploadNotFoundException {
    fn to_json(&self) -> rt::JsonValue {
        let mut obj = rt::JsonMap::new();
        rt::json::put(&mut obj, "message", &self.message);
        rt::JsonValue::Object(obj)
    }
}
impl rt::FromJson for UploadNotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
pub(crate) fn ser_authorization_data_list(items: &[AuthorizationData]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_authorization_data_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<AuthorizationData>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <AuthorizationData>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_batched_operation_layer_digest_list(items: &[rt::String]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_batched_operation_layer_digest_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        cx.length(p, x.chars().count(), Some(0), Some(1000));
        Ok(x)
    })
}
pub(crate) fn ser_get_authorization_token_registry_id_list(items: &[rt::String]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_get_authorization_token_registry_id_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        cx.pattern(p, &x, &crate::json::PATTERN_1);
        Ok(x)
    })
}
pub(crate) fn ser_image_failure_list(items: &[ImageFailure]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_image_failure_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<ImageFailure>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <ImageFailure>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_image_identifier_list(items: &[ImageIdentifier]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_image_identifier_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<ImageIdentifier>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <ImageIdentifier>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_image_list(items: &[Image]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_image_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<Image>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Image>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_layer_digest_list(items: &[rt::String]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_layer_digest_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        cx.pattern(p, &x, &crate::json::PATTERN_4);
        Ok(x)
    })
}
pub(crate) fn ser_layer_failure_list(items: &[LayerFailure]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_layer_failure_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<LayerFailure>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <LayerFailure>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_layer_list(items: &[Layer]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_layer_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<Layer>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Layer>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_media_type_list(items: &[rt::String]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_media_type_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_repository_list(items: &[Repository]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_repository_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<Repository>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Repository>::from_json(v, p, cx)?;
        Ok(x)
    })
}
pub(crate) fn ser_repository_name_list(items: &[rt::String]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_repository_name_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        cx.length(p, x.chars().count(), Some(2), Some(256));
        cx.pattern(p, &x, &crate::json::PATTERN_2);
        Ok(x)
    })
}
pub(crate) fn ser_tag_list(items: &[Tag]) -> rt::JsonValue {
    rt::json::list_to_json(items, |x| x.to_json())
}
pub(crate) fn de_tag_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<Tag>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Tag>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Runs as `^[^ \t\n\x{B}\x{C}\r]+$`.
pub(crate) static PATTERN_0: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^\\S+$",
        "^[^ \\t\\n\\x{B}\\x{C}\\r]+$",
        rt::PatternEngine::Lite,
    )
});
pub(crate) static PATTERN_1: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled("^[0-9]{12}$", "^[0-9]{12}$", rt::PatternEngine::Lite)
});
/// Runs as `^(?:[a-z0-9]+(?:[\._\-][a-z0-9]+)*/)*[a-z0-9]+(?:[\._\-][a-z0-9]+)*$`.
pub(crate) static PATTERN_2: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$",
        "^(?:[a-z0-9]+(?:[\\._\\-][a-z0-9]+)*/)*[a-z0-9]+(?:[\\._\\-][a-z0-9]+)*$",
        rt::PatternEngine::Lite,
    )
});
pub(crate) static PATTERN_3: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        rt::PatternEngine::Lite,
    )
});
/// Runs as `^[a-zA-Z0-9\-_\+\.]+:[a-fA-F0-9]+$`.
pub(crate) static PATTERN_4: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+$",
        "^[a-zA-Z0-9\\-_\\+\\.]+:[a-fA-F0-9]+$",
        rt::PatternEngine::Lite,
    )
});
