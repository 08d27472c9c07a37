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
impl rt::ToJson for Attribute {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("key", &rt::json::Json(&self.key))?;
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Attribute {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            key: rt::json::required(
                rt::json::get_with(obj, "key", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(128));
                    Ok(x)
                })?,
                &p.field("key"),
                cx,
            ),
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(256));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for AuthorizationData {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.authorization_token {
            out.serialize_entry("authorizationToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expires_at {
            out.serialize_entry(
                "expiresAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.proxy_endpoint {
            out.serialize_entry("proxyEndpoint", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.serialize_entry(
            "layerDigests",
            &crate::json::ser_batched_operation_layer_digest_list(&self.layer_digests),
        )?;
        out.end()
    }
}
impl rt::ToJson for BatchCheckLayerAvailabilityRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.layer_digests {
            out.serialize_entry(
                "layerDigests",
                &crate::json::ser_batched_operation_layer_digest_list(v),
            )?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.layers {
            out.serialize_entry("layers", &crate::json::ser_layer_list(v))?;
        }
        if let Some(v) = &self.failures {
            out.serialize_entry("failures", &crate::json::ser_layer_failure_list(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.serialize_entry(
            "imageIds",
            &crate::json::ser_image_identifier_list(&self.image_ids),
        )?;
        out.end()
    }
}
impl rt::ToJson for BatchDeleteImageRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_ids {
            out.serialize_entry("imageIds", &crate::json::ser_image_identifier_list(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.image_ids {
            out.serialize_entry("imageIds", &crate::json::ser_image_identifier_list(v))?;
        }
        if let Some(v) = &self.failures {
            out.serialize_entry("failures", &crate::json::ser_image_failure_list(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.serialize_entry(
            "imageIds",
            &crate::json::ser_image_identifier_list(&self.image_ids),
        )?;
        if let Some(v) = &self.accepted_media_types {
            out.serialize_entry("acceptedMediaTypes", &crate::json::ser_media_type_list(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for BatchGetImageRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_ids {
            out.serialize_entry("imageIds", &crate::json::ser_image_identifier_list(v))?;
        }
        if let Some(v) = &self.accepted_media_types {
            out.serialize_entry("acceptedMediaTypes", &crate::json::ser_media_type_list(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.images {
            out.serialize_entry("images", &crate::json::ser_image_list(v))?;
        }
        if let Some(v) = &self.failures {
            out.serialize_entry("failures", &crate::json::ser_image_failure_list(v))?;
        }
        out.end()
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
impl rt::ToJson for BatchGetRepositoryScanningConfigurationRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry(
            "repositoryNames",
            &crate::json::ser_scanning_configuration_repository_name_list(&self.repository_names),
        )?;
        out.end()
    }
}
impl rt::ToJson for BatchGetRepositoryScanningConfigurationRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.repository_names {
            out.serialize_entry(
                "repositoryNames",
                &crate::json::ser_scanning_configuration_repository_name_list(v),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for BatchGetRepositoryScanningConfigurationRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            repository_names: rt::json::required(
                rt::json::get_with(obj, "repositoryNames", p, cx, |v, p, cx| {
                    let x = crate::json::de_scanning_configuration_repository_name_list(v, p, cx)?;
                    cx.length(p, x.len(), Some(1), Some(25));
                    Ok(x)
                })?,
                &p.field("repositoryNames"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for BatchGetRepositoryScanningConfigurationResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.scanning_configurations {
            out.serialize_entry(
                "scanningConfigurations",
                &crate::json::ser_repository_scanning_configuration_list(v),
            )?;
        }
        if let Some(v) = &self.failures {
            out.serialize_entry(
                "failures",
                &crate::json::ser_repository_scanning_configuration_failure_list(v),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for BatchGetRepositoryScanningConfigurationResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            scanning_configurations: rt::json::get_with(
                obj,
                "scanningConfigurations",
                p,
                cx,
                crate::json::de_repository_scanning_configuration_list,
            )?,
            failures: rt::json::get_with(
                obj,
                "failures",
                p,
                cx,
                crate::json::de_repository_scanning_configuration_failure_list,
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for CompleteLayerUploadRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.serialize_entry("uploadId", &rt::json::Json(&self.upload_id))?;
        out.serialize_entry(
            "layerDigests",
            &crate::json::ser_layer_digest_list(&self.layer_digests),
        )?;
        out.end()
    }
}
impl rt::ToJson for CompleteLayerUploadRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upload_id {
            out.serialize_entry("uploadId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.layer_digests {
            out.serialize_entry("layerDigests", &crate::json::ser_layer_digest_list(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upload_id {
            out.serialize_entry("uploadId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.layer_digest {
            out.serialize_entry("layerDigest", &rt::json::Json(v))?;
        }
        out.end()
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
impl rt::ToJson for CreatePullThroughCacheRuleRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry(
            "ecrRepositoryPrefix",
            &rt::json::Json(&self.ecr_repository_prefix),
        )?;
        out.serialize_entry(
            "upstreamRegistryUrl",
            &rt::json::Json(&self.upstream_registry_url),
        )?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upstream_registry {
            out.serialize_entry("upstreamRegistry", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.credential_arn {
            out.serialize_entry("credentialArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upstream_repository_prefix {
            out.serialize_entry("upstreamRepositoryPrefix", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for CreatePullThroughCacheRuleRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.ecr_repository_prefix {
            out.serialize_entry("ecrRepositoryPrefix", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upstream_registry_url {
            out.serialize_entry("upstreamRegistryUrl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upstream_registry {
            out.serialize_entry("upstreamRegistry", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.credential_arn {
            out.serialize_entry("credentialArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upstream_repository_prefix {
            out.serialize_entry("upstreamRepositoryPrefix", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreatePullThroughCacheRuleRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            ecr_repository_prefix: rt::json::required(
                rt::json::get_with(obj, "ecrRepositoryPrefix", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(30));
                    cx.pattern(p, &x, &crate::json::PATTERN_5);
                    Ok(x)
                })?,
                &p.field("ecrRepositoryPrefix"),
                cx,
            ),
            upstream_registry_url: rt::json::required(
                rt::json::get(obj, "upstreamRegistryUrl", p, cx)?,
                &p.field("upstreamRegistryUrl"),
                cx,
            ),
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            upstream_registry: rt::json::get(obj, "upstreamRegistry", p, cx)?,
            credential_arn: rt::json::get_with(obj, "credentialArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(50), Some(612));
                cx.pattern(p, &x, &crate::json::PATTERN_6);
                Ok(x)
            })?,
            upstream_repository_prefix: rt::json::get_with(
                obj,
                "upstreamRepositoryPrefix",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(30));
                    cx.pattern(p, &x, &crate::json::PATTERN_5);
                    Ok(x)
                },
            )?,
        })
    }
}
impl rt::ToJson for CreatePullThroughCacheRuleResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.ecr_repository_prefix {
            out.serialize_entry("ecrRepositoryPrefix", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upstream_registry_url {
            out.serialize_entry("upstreamRegistryUrl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.created_at {
            out.serialize_entry(
                "createdAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upstream_registry {
            out.serialize_entry("upstreamRegistry", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.credential_arn {
            out.serialize_entry("credentialArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upstream_repository_prefix {
            out.serialize_entry("upstreamRepositoryPrefix", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreatePullThroughCacheRuleResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            ecr_repository_prefix: rt::json::get_with(
                obj,
                "ecrRepositoryPrefix",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(30));
                    cx.pattern(p, &x, &crate::json::PATTERN_5);
                    Ok(x)
                },
            )?,
            upstream_registry_url: rt::json::get(obj, "upstreamRegistryUrl", p, cx)?,
            created_at: rt::json::get_with(obj, "createdAt", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            upstream_registry: rt::json::get(obj, "upstreamRegistry", p, cx)?,
            credential_arn: rt::json::get_with(obj, "credentialArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(50), Some(612));
                cx.pattern(p, &x, &crate::json::PATTERN_6);
                Ok(x)
            })?,
            upstream_repository_prefix: rt::json::get_with(
                obj,
                "upstreamRepositoryPrefix",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(30));
                    cx.pattern(p, &x, &crate::json::PATTERN_5);
                    Ok(x)
                },
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for CreateRepositoryCreationTemplateRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("prefix", &rt::json::Json(&self.prefix))?;
        if let Some(v) = &self.description {
            out.serialize_entry("description", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption_configuration {
            out.serialize_entry("encryptionConfiguration", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.resource_tags {
            out.serialize_entry("resourceTags", &crate::json::ser_tag_list(v))?;
        }
        if let Some(v) = &self.image_tag_mutability {
            out.serialize_entry("imageTagMutability", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_policy {
            out.serialize_entry("repositoryPolicy", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.lifecycle_policy {
            out.serialize_entry("lifecyclePolicy", &rt::json::Json(v))?;
        }
        out.serialize_entry(
            "appliedFor",
            &crate::json::ser_rct_applied_for_list(&self.applied_for),
        )?;
        if let Some(v) = &self.custom_role_arn {
            out.serialize_entry("customRoleArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for CreateRepositoryCreationTemplateRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.prefix {
            out.serialize_entry("prefix", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.description {
            out.serialize_entry("description", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption_configuration {
            out.serialize_entry("encryptionConfiguration", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.resource_tags {
            out.serialize_entry("resourceTags", &crate::json::ser_tag_list(v))?;
        }
        if let Some(v) = &self.image_tag_mutability {
            out.serialize_entry("imageTagMutability", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_policy {
            out.serialize_entry("repositoryPolicy", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.lifecycle_policy {
            out.serialize_entry("lifecyclePolicy", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.applied_for {
            out.serialize_entry("appliedFor", &crate::json::ser_rct_applied_for_list(v))?;
        }
        if let Some(v) = &self.custom_role_arn {
            out.serialize_entry("customRoleArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreateRepositoryCreationTemplateRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            prefix: rt::json::required(
                rt::json::get_with(obj, "prefix", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(256));
                    cx.pattern(p, &x, &crate::json::PATTERN_5);
                    Ok(x)
                })?,
                &p.field("prefix"),
                cx,
            ),
            description: rt::json::get_with(obj, "description", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(256));
                Ok(x)
            })?,
            encryption_configuration: rt::json::get(obj, "encryptionConfiguration", p, cx)?,
            resource_tags: rt::json::get_with(
                obj,
                "resourceTags",
                p,
                cx,
                crate::json::de_tag_list,
            )?,
            image_tag_mutability: rt::json::get(obj, "imageTagMutability", p, cx)?,
            repository_policy: rt::json::get_with(obj, "repositoryPolicy", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(10240));
                Ok(x)
            })?,
            lifecycle_policy: rt::json::get_with(obj, "lifecyclePolicy", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(30720));
                Ok(x)
            })?,
            applied_for: rt::json::required(
                rt::json::get_with(
                    obj,
                    "appliedFor",
                    p,
                    cx,
                    crate::json::de_rct_applied_for_list,
                )?,
                &p.field("appliedFor"),
                cx,
            ),
            custom_role_arn: rt::json::get_with(obj, "customRoleArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(2048));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for CreateRepositoryCreationTemplateResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_creation_template {
            out.serialize_entry("repositoryCreationTemplate", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreateRepositoryCreationTemplateResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_creation_template: rt::json::get(obj, "repositoryCreationTemplate", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for CreateRepositoryRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        if let Some(v) = &self.tags {
            out.serialize_entry("tags", &crate::json::ser_tag_list(v))?;
        }
        if let Some(v) = &self.image_tag_mutability {
            out.serialize_entry("imageTagMutability", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_scanning_configuration {
            out.serialize_entry("imageScanningConfiguration", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption_configuration {
            out.serialize_entry("encryptionConfiguration", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for CreateRepositoryRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tags {
            out.serialize_entry("tags", &crate::json::ser_tag_list(v))?;
        }
        if let Some(v) = &self.image_tag_mutability {
            out.serialize_entry("imageTagMutability", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_scanning_configuration {
            out.serialize_entry("imageScanningConfiguration", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption_configuration {
            out.serialize_entry("encryptionConfiguration", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.repository {
            out.serialize_entry("repository", &rt::json::Json(v))?;
        }
        out.end()
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
impl rt::ToJson for DeleteLifecyclePolicyRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.end()
    }
}
impl rt::ToJson for DeleteLifecyclePolicyRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeleteLifecyclePolicyRequest {
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
impl rt::ToJson for DeleteLifecyclePolicyResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.lifecycle_policy_text {
            out.serialize_entry("lifecyclePolicyText", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.last_evaluated_at {
            out.serialize_entry(
                "lastEvaluatedAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for DeleteLifecyclePolicyResponse {
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
            lifecycle_policy_text: rt::json::get_with(
                obj,
                "lifecyclePolicyText",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(100), Some(30720));
                    Ok(x)
                },
            )?,
            last_evaluated_at: rt::json::get_with(obj, "lastEvaluatedAt", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DeletePullThroughCacheRuleRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry(
            "ecrRepositoryPrefix",
            &rt::json::Json(&self.ecr_repository_prefix),
        )?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for DeletePullThroughCacheRuleRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.ecr_repository_prefix {
            out.serialize_entry("ecrRepositoryPrefix", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeletePullThroughCacheRuleRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            ecr_repository_prefix: rt::json::required(
                rt::json::get_with(obj, "ecrRepositoryPrefix", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(30));
                    cx.pattern(p, &x, &crate::json::PATTERN_5);
                    Ok(x)
                })?,
                &p.field("ecrRepositoryPrefix"),
                cx,
            ),
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for DeletePullThroughCacheRuleResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.ecr_repository_prefix {
            out.serialize_entry("ecrRepositoryPrefix", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upstream_registry_url {
            out.serialize_entry("upstreamRegistryUrl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.created_at {
            out.serialize_entry(
                "createdAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.credential_arn {
            out.serialize_entry("credentialArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upstream_repository_prefix {
            out.serialize_entry("upstreamRepositoryPrefix", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeletePullThroughCacheRuleResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            ecr_repository_prefix: rt::json::get_with(
                obj,
                "ecrRepositoryPrefix",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(30));
                    cx.pattern(p, &x, &crate::json::PATTERN_5);
                    Ok(x)
                },
            )?,
            upstream_registry_url: rt::json::get(obj, "upstreamRegistryUrl", p, cx)?,
            created_at: rt::json::get_with(obj, "createdAt", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            credential_arn: rt::json::get_with(obj, "credentialArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(50), Some(612));
                cx.pattern(p, &x, &crate::json::PATTERN_6);
                Ok(x)
            })?,
            upstream_repository_prefix: rt::json::get_with(
                obj,
                "upstreamRepositoryPrefix",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(30));
                    cx.pattern(p, &x, &crate::json::PATTERN_5);
                    Ok(x)
                },
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DeleteRegistryPolicyRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::ToJson for DeleteRegistryPolicyRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for DeleteRegistryPolicyRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for DeleteRegistryPolicyResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.policy_text {
            out.serialize_entry("policyText", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeleteRegistryPolicyResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            policy_text: rt::json::get_with(obj, "policyText", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(10240));
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DeleteRepositoryCreationTemplateRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("prefix", &rt::json::Json(&self.prefix))?;
        out.end()
    }
}
impl rt::ToJson for DeleteRepositoryCreationTemplateRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.prefix {
            out.serialize_entry("prefix", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeleteRepositoryCreationTemplateRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            prefix: rt::json::required(
                rt::json::get_with(obj, "prefix", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(256));
                    cx.pattern(p, &x, &crate::json::PATTERN_5);
                    Ok(x)
                })?,
                &p.field("prefix"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for DeleteRepositoryCreationTemplateResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_creation_template {
            out.serialize_entry("repositoryCreationTemplate", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeleteRepositoryCreationTemplateResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_creation_template: rt::json::get(obj, "repositoryCreationTemplate", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DeleteRepositoryPolicyRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.end()
    }
}
impl rt::ToJson for DeleteRepositoryPolicyRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeleteRepositoryPolicyRequest {
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
impl rt::ToJson for DeleteRepositoryPolicyResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.policy_text {
            out.serialize_entry("policyText", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeleteRepositoryPolicyResponse {
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
            policy_text: rt::json::get_with(obj, "policyText", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(10240));
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DeleteRepositoryRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.serialize_entry("force", &rt::json::Json(&self.force))?;
        out.end()
    }
}
impl rt::ToJson for DeleteRepositoryRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.force {
            out.serialize_entry("force", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.repository {
            out.serialize_entry("repository", &rt::json::Json(v))?;
        }
        out.end()
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
impl rt::ToJson for DeleteSigningConfigurationRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::ToJson for DeleteSigningConfigurationRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for DeleteSigningConfigurationRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for DeleteSigningConfigurationResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.signing_configuration {
            out.serialize_entry("signingConfiguration", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeleteSigningConfigurationResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            signing_configuration: rt::json::get(obj, "signingConfiguration", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DeregisterPullTimeUpdateExclusionRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("principalArn", &rt::json::Json(&self.principal_arn))?;
        out.end()
    }
}
impl rt::ToJson for DeregisterPullTimeUpdateExclusionRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.principal_arn {
            out.serialize_entry("principalArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeregisterPullTimeUpdateExclusionRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            principal_arn: rt::json::required(
                rt::json::get_with(obj, "principalArn", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), None, Some(200));
                    cx.pattern(p, &x, &crate::json::PATTERN_7);
                    Ok(x)
                })?,
                &p.field("principalArn"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for DeregisterPullTimeUpdateExclusionResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.principal_arn {
            out.serialize_entry("principalArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeregisterPullTimeUpdateExclusionResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            principal_arn: rt::json::get_with(obj, "principalArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), None, Some(200));
                cx.pattern(p, &x, &crate::json::PATTERN_7);
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DescribeImageReplicationStatusRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.serialize_entry("imageId", &rt::json::Json(&self.image_id))?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for DescribeImageReplicationStatusRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_id {
            out.serialize_entry("imageId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeImageReplicationStatusRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
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
            image_id: rt::json::required(
                rt::json::get(obj, "imageId", p, cx)?,
                &p.field("imageId"),
                cx,
            ),
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for DescribeImageReplicationStatusResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_id {
            out.serialize_entry("imageId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.replication_statuses {
            out.serialize_entry(
                "replicationStatuses",
                &crate::json::ser_image_replication_status_list(v),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeImageReplicationStatusResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            repository_name: rt::json::get_with(obj, "repositoryName", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, &x, &crate::json::PATTERN_2);
                Ok(x)
            })?,
            image_id: rt::json::get(obj, "imageId", p, cx)?,
            replication_statuses: rt::json::get_with(
                obj,
                "replicationStatuses",
                p,
                cx,
                crate::json::de_image_replication_status_list,
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DescribeImageScanFindingsRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.serialize_entry("imageId", &rt::json::Json(&self.image_id))?;
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("maxResults", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for DescribeImageScanFindingsRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_id {
            out.serialize_entry("imageId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("maxResults", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeImageScanFindingsRequest {
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
            image_id: rt::json::required(
                rt::json::get(obj, "imageId", p, cx)?,
                &p.field("imageId"),
                cx,
            ),
            next_token: rt::json::get(obj, "nextToken", p, cx)?,
            max_results: rt::json::get_with(obj, "maxResults", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(1.0), Some(1000.0));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for DescribeImageScanFindingsResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_id {
            out.serialize_entry("imageId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_scan_status {
            out.serialize_entry("imageScanStatus", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_scan_findings {
            out.serialize_entry("imageScanFindings", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeImageScanFindingsResponse {
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
            image_scan_status: rt::json::get(obj, "imageScanStatus", p, cx)?,
            image_scan_findings: rt::json::get(obj, "imageScanFindings", p, cx)?,
            next_token: rt::json::get(obj, "nextToken", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DescribeImageSigningStatusRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.serialize_entry("imageId", &rt::json::Json(&self.image_id))?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for DescribeImageSigningStatusRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_id {
            out.serialize_entry("imageId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeImageSigningStatusRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
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
            image_id: rt::json::required(
                rt::json::get(obj, "imageId", p, cx)?,
                &p.field("imageId"),
                cx,
            ),
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for DescribeImageSigningStatusResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_id {
            out.serialize_entry("imageId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.signing_statuses {
            out.serialize_entry(
                "signingStatuses",
                &crate::json::ser_image_signing_status_list(v),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeImageSigningStatusResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            repository_name: rt::json::get_with(obj, "repositoryName", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, &x, &crate::json::PATTERN_2);
                Ok(x)
            })?,
            image_id: rt::json::get(obj, "imageId", p, cx)?,
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            signing_statuses: rt::json::get_with(
                obj,
                "signingStatuses",
                p,
                cx,
                crate::json::de_image_signing_status_list,
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DescribeImagesFilter {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.tag_status {
            out.serialize_entry("tagStatus", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_status {
            out.serialize_entry("imageStatus", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeImagesFilter {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            tag_status: rt::json::get(obj, "tagStatus", p, cx)?,
            image_status: rt::json::get(obj, "imageStatus", p, cx)?,
        })
    }
}
impl rt::ToJson for DescribeImagesRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        if let Some(v) = &self.image_ids {
            out.serialize_entry("imageIds", &crate::json::ser_image_identifier_list(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("maxResults", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.filter {
            out.serialize_entry("filter", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for DescribeImagesRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_ids {
            out.serialize_entry("imageIds", &crate::json::ser_image_identifier_list(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("maxResults", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.filter {
            out.serialize_entry("filter", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeImagesRequest {
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
            image_ids: rt::json::get_with(obj, "imageIds", p, cx, |v, p, cx| {
                let x = crate::json::de_image_identifier_list(v, p, cx)?;
                cx.length(p, x.len(), Some(1), Some(100));
                Ok(x)
            })?,
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
impl rt::ToJson for DescribeImagesResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.image_details {
            out.serialize_entry("imageDetails", &crate::json::ser_image_detail_list(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeImagesResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            image_details: rt::json::get_with(
                obj,
                "imageDetails",
                p,
                cx,
                crate::json::de_image_detail_list,
            )?,
            next_token: rt::json::get(obj, "nextToken", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DescribePullThroughCacheRulesRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ecr_repository_prefixes {
            out.serialize_entry(
                "ecrRepositoryPrefixes",
                &crate::json::ser_pull_through_cache_rule_repository_prefix_list(v),
            )?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("maxResults", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for DescribePullThroughCacheRulesRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ecr_repository_prefixes {
            out.serialize_entry(
                "ecrRepositoryPrefixes",
                &crate::json::ser_pull_through_cache_rule_repository_prefix_list(v),
            )?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("maxResults", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribePullThroughCacheRulesRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            ecr_repository_prefixes: rt::json::get_with(
                obj,
                "ecrRepositoryPrefixes",
                p,
                cx,
                |v, p, cx| {
                    let x =
                        crate::json::de_pull_through_cache_rule_repository_prefix_list(v, p, cx)?;
                    cx.length(p, x.len(), Some(1), Some(100));
                    Ok(x)
                },
            )?,
            next_token: rt::json::get(obj, "nextToken", p, cx)?,
            max_results: rt::json::get_with(obj, "maxResults", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(1.0), Some(1000.0));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for DescribePullThroughCacheRulesResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.pull_through_cache_rules {
            out.serialize_entry(
                "pullThroughCacheRules",
                &crate::json::ser_pull_through_cache_rule_list(v),
            )?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribePullThroughCacheRulesResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            pull_through_cache_rules: rt::json::get_with(
                obj,
                "pullThroughCacheRules",
                p,
                cx,
                crate::json::de_pull_through_cache_rule_list,
            )?,
            next_token: rt::json::get(obj, "nextToken", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DescribeRegistryRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::ToJson for DescribeRegistryRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for DescribeRegistryRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for DescribeRegistryResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.replication_configuration {
            out.serialize_entry("replicationConfiguration", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeRegistryResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            replication_configuration: rt::json::get(obj, "replicationConfiguration", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DescribeRepositoriesRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_names {
            out.serialize_entry("repositoryNames", &crate::json::ser_repository_name_list(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("maxResults", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for DescribeRepositoriesRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_names {
            out.serialize_entry("repositoryNames", &crate::json::ser_repository_name_list(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("maxResults", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.repositories {
            out.serialize_entry("repositories", &crate::json::ser_repository_list(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        out.end()
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
impl rt::ToJson for DescribeRepositoryCreationTemplatesRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.prefixes {
            out.serialize_entry("prefixes", &crate::json::ser_prefix_list(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("maxResults", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for DescribeRepositoryCreationTemplatesRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.prefixes {
            out.serialize_entry("prefixes", &crate::json::ser_prefix_list(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("maxResults", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeRepositoryCreationTemplatesRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            prefixes: rt::json::get_with(obj, "prefixes", p, cx, crate::json::de_prefix_list)?,
            next_token: rt::json::get(obj, "nextToken", p, cx)?,
            max_results: rt::json::get_with(obj, "maxResults", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(1.0), Some(1000.0));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for DescribeRepositoryCreationTemplatesResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_creation_templates {
            out.serialize_entry(
                "repositoryCreationTemplates",
                &crate::json::ser_repository_creation_template_list(v),
            )?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeRepositoryCreationTemplatesResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_creation_templates: rt::json::get_with(
                obj,
                "repositoryCreationTemplates",
                p,
                cx,
                crate::json::de_repository_creation_template_list,
            )?,
            next_token: rt::json::get(obj, "nextToken", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for EmptyUploadException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("encryptionType", &rt::json::Json(&self.encryption_type))?;
        if let Some(v) = &self.kms_key {
            out.serialize_entry("kmsKey", &rt::json::Json(v))?;
        }
        out.end()
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
impl rt::ToJson for EncryptionConfigurationForRepositoryCreationTemplate {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("encryptionType", &rt::json::Json(&self.encryption_type))?;
        if let Some(v) = &self.kms_key {
            out.serialize_entry("kmsKey", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for EncryptionConfigurationForRepositoryCreationTemplate {
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
                cx.length(p, x.chars().count(), Some(0), Some(2048));
                cx.pattern(p, &x, &crate::json::PATTERN_8);
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for ExclusionAlreadyExistsException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ExclusionAlreadyExistsException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ExclusionNotFoundException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ExclusionNotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for GetAccountSettingRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("name", &rt::json::Json(&self.name))?;
        out.end()
    }
}
impl rt::ToJson for GetAccountSettingRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.name {
            out.serialize_entry("name", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetAccountSettingRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            name: rt::json::required(
                rt::json::get_with(obj, "name", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(64));
                    Ok(x)
                })?,
                &p.field("name"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for GetAccountSettingResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.name {
            out.serialize_entry("name", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetAccountSettingResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            name: rt::json::get_with(obj, "name", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(64));
                Ok(x)
            })?,
            value: rt::json::get_with(obj, "value", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(64));
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for GetAuthorizationTokenRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_ids {
            out.serialize_entry(
                "registryIds",
                &crate::json::ser_get_authorization_token_registry_id_list(v),
            )?;
        }
        out.end()
    }
}
impl rt::ToJson for GetAuthorizationTokenRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_ids {
            out.serialize_entry(
                "registryIds",
                &crate::json::ser_get_authorization_token_registry_id_list(v),
            )?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.authorization_data {
            out.serialize_entry(
                "authorizationData",
                &crate::json::ser_authorization_data_list(v),
            )?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.serialize_entry("layerDigest", &rt::json::Json(&self.layer_digest))?;
        out.end()
    }
}
impl rt::ToJson for GetDownloadUrlForLayerRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.layer_digest {
            out.serialize_entry("layerDigest", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.download_url {
            out.serialize_entry("downloadUrl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.layer_digest {
            out.serialize_entry("layerDigest", &rt::json::Json(v))?;
        }
        out.end()
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
impl rt::ToJson for GetLifecyclePolicyPreviewRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        if let Some(v) = &self.image_ids {
            out.serialize_entry("imageIds", &crate::json::ser_image_identifier_list(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("maxResults", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.filter {
            out.serialize_entry("filter", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for GetLifecyclePolicyPreviewRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_ids {
            out.serialize_entry("imageIds", &crate::json::ser_image_identifier_list(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("maxResults", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.filter {
            out.serialize_entry("filter", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetLifecyclePolicyPreviewRequest {
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
            image_ids: rt::json::get_with(obj, "imageIds", p, cx, |v, p, cx| {
                let x = crate::json::de_image_identifier_list(v, p, cx)?;
                cx.length(p, x.len(), Some(1), Some(100));
                Ok(x)
            })?,
            next_token: rt::json::get(obj, "nextToken", p, cx)?,
            max_results: rt::json::get_with(obj, "maxResults", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(1.0), Some(100.0));
                Ok(x)
            })?,
            filter: rt::json::get(obj, "filter", p, cx)?,
        })
    }
}
impl rt::ToJson for GetLifecyclePolicyPreviewResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.lifecycle_policy_text {
            out.serialize_entry("lifecyclePolicyText", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.status {
            out.serialize_entry("status", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.preview_results {
            out.serialize_entry(
                "previewResults",
                &crate::json::ser_lifecycle_policy_preview_result_list(v),
            )?;
        }
        if let Some(v) = &self.summary {
            out.serialize_entry("summary", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetLifecyclePolicyPreviewResponse {
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
            lifecycle_policy_text: rt::json::get_with(
                obj,
                "lifecyclePolicyText",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(100), Some(30720));
                    Ok(x)
                },
            )?,
            status: rt::json::get(obj, "status", p, cx)?,
            next_token: rt::json::get(obj, "nextToken", p, cx)?,
            preview_results: rt::json::get_with(
                obj,
                "previewResults",
                p,
                cx,
                crate::json::de_lifecycle_policy_preview_result_list,
            )?,
            summary: rt::json::get(obj, "summary", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for GetLifecyclePolicyRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.end()
    }
}
impl rt::ToJson for GetLifecyclePolicyRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetLifecyclePolicyRequest {
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
impl rt::ToJson for GetLifecyclePolicyResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.lifecycle_policy_text {
            out.serialize_entry("lifecyclePolicyText", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.last_evaluated_at {
            out.serialize_entry(
                "lastEvaluatedAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for GetLifecyclePolicyResponse {
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
            lifecycle_policy_text: rt::json::get_with(
                obj,
                "lifecyclePolicyText",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(100), Some(30720));
                    Ok(x)
                },
            )?,
            last_evaluated_at: rt::json::get_with(obj, "lastEvaluatedAt", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for GetRegistryPolicyRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::ToJson for GetRegistryPolicyRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for GetRegistryPolicyRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for GetRegistryPolicyResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.policy_text {
            out.serialize_entry("policyText", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetRegistryPolicyResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            policy_text: rt::json::get_with(obj, "policyText", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(10240));
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for GetRegistryScanningConfigurationRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::ToJson for GetRegistryScanningConfigurationRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for GetRegistryScanningConfigurationRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for GetRegistryScanningConfigurationResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.scanning_configuration {
            out.serialize_entry("scanningConfiguration", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetRegistryScanningConfigurationResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            scanning_configuration: rt::json::get(obj, "scanningConfiguration", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for GetRepositoryPolicyRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.end()
    }
}
impl rt::ToJson for GetRepositoryPolicyRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetRepositoryPolicyRequest {
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
impl rt::ToJson for GetRepositoryPolicyResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.policy_text {
            out.serialize_entry("policyText", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetRepositoryPolicyResponse {
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
            policy_text: rt::json::get_with(obj, "policyText", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(10240));
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for GetSigningConfigurationRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::ToJson for GetSigningConfigurationRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for GetSigningConfigurationRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for GetSigningConfigurationResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.signing_configuration {
            out.serialize_entry("signingConfiguration", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetSigningConfigurationResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            signing_configuration: rt::json::get(obj, "signingConfiguration", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Image {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_id {
            out.serialize_entry("imageId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_manifest {
            out.serialize_entry("imageManifest", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_manifest_media_type {
            out.serialize_entry("imageManifestMediaType", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
impl rt::ToJson for ImageDetail {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_digest {
            out.serialize_entry("imageDigest", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_tags {
            out.serialize_entry("imageTags", &crate::json::ser_image_tag_list(v))?;
        }
        if let Some(v) = &self.image_size_in_bytes {
            out.serialize_entry("imageSizeInBytes", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_pushed_at {
            out.serialize_entry(
                "imagePushedAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.image_manifest_media_type {
            out.serialize_entry("imageManifestMediaType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.artifact_media_type {
            out.serialize_entry("artifactMediaType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.last_recorded_pull_time {
            out.serialize_entry(
                "lastRecordedPullTime",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.subject_manifest_digest {
            out.serialize_entry("subjectManifestDigest", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_status {
            out.serialize_entry("imageStatus", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.last_archived_at {
            out.serialize_entry(
                "lastArchivedAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.last_activated_at {
            out.serialize_entry(
                "lastActivatedAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.image_scan_status {
            out.serialize_entry("imageScanStatus", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_scan_findings_summary {
            out.serialize_entry("imageScanFindingsSummary", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ImageDetail {
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
            image_digest: rt::json::get(obj, "imageDigest", p, cx)?,
            image_tags: rt::json::get_with(
                obj,
                "imageTags",
                p,
                cx,
                crate::json::de_image_tag_list,
            )?,
            image_size_in_bytes: rt::json::get_with(obj, "imageSizeInBytes", p, cx, |v, p, cx| {
                let x = <i64>::from_json(v, p, cx)?;
                cx.range(p, x as f64, Some(0.0), None);
                Ok(x)
            })?,
            image_pushed_at: rt::json::get_with(obj, "imagePushedAt", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            image_manifest_media_type: rt::json::get(obj, "imageManifestMediaType", p, cx)?,
            artifact_media_type: rt::json::get(obj, "artifactMediaType", p, cx)?,
            last_recorded_pull_time: rt::json::get_with(
                obj,
                "lastRecordedPullTime",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx),
            )?,
            subject_manifest_digest: rt::json::get(obj, "subjectManifestDigest", p, cx)?,
            image_status: rt::json::get(obj, "imageStatus", p, cx)?,
            last_archived_at: rt::json::get_with(obj, "lastArchivedAt", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            last_activated_at: rt::json::get_with(obj, "lastActivatedAt", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            image_scan_status: rt::json::get(obj, "imageScanStatus", p, cx)?,
            image_scan_findings_summary: rt::json::get(obj, "imageScanFindingsSummary", p, cx)?,
        })
    }
}
impl rt::ToJson for ImageDigestDoesNotMatchException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.image_id {
            out.serialize_entry("imageId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.failure_code {
            out.serialize_entry("failureCode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.failure_reason {
            out.serialize_entry("failureReason", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.image_digest {
            out.serialize_entry("imageDigest", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_tag {
            out.serialize_entry("imageTag", &rt::json::Json(v))?;
        }
        out.end()
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
impl rt::Fallback for ImageIdentifier {
    fn fallback() -> Self {
        Self {
            image_digest: None,
            image_tag: None,
        }
    }
}
impl rt::ToJson for ImageNotFoundException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ImageNotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ImageReferrer {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("digest", &rt::json::Json(&self.digest))?;
        out.serialize_entry("mediaType", &rt::json::Json(&self.media_type))?;
        if let Some(v) = &self.artifact_type {
            out.serialize_entry("artifactType", &rt::json::Json(v))?;
        }
        out.serialize_entry("size", &rt::json::Json(&self.size))?;
        if let Some(v) = &self.annotations {
            out.serialize_entry("annotations", &crate::json::ser_annotations(v))?;
        }
        if let Some(v) = &self.artifact_status {
            out.serialize_entry("artifactStatus", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ImageReferrer {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            digest: rt::json::required(
                rt::json::get(obj, "digest", p, cx)?,
                &p.field("digest"),
                cx,
            ),
            media_type: rt::json::required(
                rt::json::get(obj, "mediaType", p, cx)?,
                &p.field("mediaType"),
                cx,
            ),
            artifact_type: rt::json::get_with(obj, "artifactType", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(255));
                Ok(x)
            })?,
            size: rt::json::required(
                rt::json::get_with(obj, "size", p, cx, |v, p, cx| {
                    let x = <i64>::from_json(v, p, cx)?;
                    cx.range(p, x as f64, Some(0.0), None);
                    Ok(x)
                })?,
                &p.field("size"),
                cx,
            ),
            annotations: rt::json::get_with(
                obj,
                "annotations",
                p,
                cx,
                crate::json::de_annotations,
            )?,
            artifact_status: rt::json::get(obj, "artifactStatus", p, cx)?,
        })
    }
}
impl rt::ToJson for ImageReplicationStatus {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.region {
            out.serialize_entry("region", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.status {
            out.serialize_entry("status", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.failure_code {
            out.serialize_entry("failureCode", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ImageReplicationStatus {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            region: rt::json::get_with(obj, "region", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(2), Some(25));
                cx.pattern(p, &x, &crate::json::PATTERN_9);
                Ok(x)
            })?,
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            status: rt::json::get(obj, "status", p, cx)?,
            failure_code: rt::json::get(obj, "failureCode", p, cx)?,
        })
    }
}
impl rt::ToJson for ImageScanFinding {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.name {
            out.serialize_entry("name", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.description {
            out.serialize_entry("description", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.uri {
            out.serialize_entry("uri", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.severity {
            out.serialize_entry("severity", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.attributes {
            out.serialize_entry("attributes", &crate::json::ser_attribute_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ImageScanFinding {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            name: rt::json::get(obj, "name", p, cx)?,
            description: rt::json::get(obj, "description", p, cx)?,
            uri: rt::json::get(obj, "uri", p, cx)?,
            severity: rt::json::get(obj, "severity", p, cx)?,
            attributes: rt::json::get_with(obj, "attributes", p, cx, |v, p, cx| {
                let x = crate::json::de_attribute_list(v, p, cx)?;
                cx.length(p, x.len(), Some(0), Some(50));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for ImageScanFindings {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.image_scan_completed_at {
            out.serialize_entry(
                "imageScanCompletedAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.vulnerability_source_updated_at {
            out.serialize_entry(
                "vulnerabilitySourceUpdatedAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.finding_severity_counts {
            out.serialize_entry(
                "findingSeverityCounts",
                &crate::json::ser_finding_severity_counts(v),
            )?;
        }
        if let Some(v) = &self.findings {
            out.serialize_entry("findings", &crate::json::ser_image_scan_finding_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ImageScanFindings {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            image_scan_completed_at: rt::json::get_with(
                obj,
                "imageScanCompletedAt",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx),
            )?,
            vulnerability_source_updated_at: rt::json::get_with(
                obj,
                "vulnerabilitySourceUpdatedAt",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx),
            )?,
            finding_severity_counts: rt::json::get_with(
                obj,
                "findingSeverityCounts",
                p,
                cx,
                crate::json::de_finding_severity_counts,
            )?,
            findings: rt::json::get_with(
                obj,
                "findings",
                p,
                cx,
                crate::json::de_image_scan_finding_list,
            )?,
        })
    }
}
impl rt::ToJson for ImageScanFindingsSummary {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.image_scan_completed_at {
            out.serialize_entry(
                "imageScanCompletedAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.vulnerability_source_updated_at {
            out.serialize_entry(
                "vulnerabilitySourceUpdatedAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.finding_severity_counts {
            out.serialize_entry(
                "findingSeverityCounts",
                &crate::json::ser_finding_severity_counts(v),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for ImageScanFindingsSummary {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            image_scan_completed_at: rt::json::get_with(
                obj,
                "imageScanCompletedAt",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx),
            )?,
            vulnerability_source_updated_at: rt::json::get_with(
                obj,
                "vulnerabilitySourceUpdatedAt",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx),
            )?,
            finding_severity_counts: rt::json::get_with(
                obj,
                "findingSeverityCounts",
                p,
                cx,
                crate::json::de_finding_severity_counts,
            )?,
        })
    }
}
impl rt::ToJson for ImageScanStatus {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.status {
            out.serialize_entry("status", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.description {
            out.serialize_entry("description", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ImageScanStatus {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            status: rt::json::get(obj, "status", p, cx)?,
            description: rt::json::get(obj, "description", p, cx)?,
        })
    }
}
impl rt::ToJson for ImageScanningConfiguration {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("scanOnPush", &rt::json::Json(&self.scan_on_push))?;
        out.end()
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
impl rt::Fallback for ImageScanningConfiguration {
    fn fallback() -> Self {
        Self {
            scan_on_push: false,
        }
    }
}
impl rt::ToJson for ImageSigningStatus {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.signing_profile_arn {
            out.serialize_entry("signingProfileArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.failure_code {
            out.serialize_entry("failureCode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.failure_reason {
            out.serialize_entry("failureReason", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.status {
            out.serialize_entry("status", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ImageSigningStatus {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            signing_profile_arn: rt::json::get_with(
                obj,
                "signingProfileArn",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), None, Some(200));
                    cx.pattern(p, &x, &crate::json::PATTERN_10);
                    Ok(x)
                },
            )?,
            failure_code: rt::json::get(obj, "failureCode", p, cx)?,
            failure_reason: rt::json::get(obj, "failureReason", p, cx)?,
            status: rt::json::get(obj, "status", p, cx)?,
        })
    }
}
impl rt::ToJson for ImageStorageClassUpdateNotSupportedException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ImageStorageClassUpdateNotSupportedException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ImageTagAlreadyExistsException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.end()
    }
}
impl rt::ToJson for InitiateLayerUploadRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.upload_id {
            out.serialize_entry("uploadId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.part_size {
            out.serialize_entry("partSize", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upload_id {
            out.serialize_entry("uploadId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.last_valid_byte_received {
            out.serialize_entry("lastValidByteReceived", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.kms_error {
            out.serialize_entry("kmsError", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.layer_digest {
            out.serialize_entry("layerDigest", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.layer_availability {
            out.serialize_entry("layerAvailability", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.layer_size {
            out.serialize_entry("layerSize", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.media_type {
            out.serialize_entry("mediaType", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.layer_digest {
            out.serialize_entry("layerDigest", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.failure_code {
            out.serialize_entry("failureCode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.failure_reason {
            out.serialize_entry("failureReason", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
impl rt::ToJson for LifecyclePolicyNotFoundException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for LifecyclePolicyNotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for LifecyclePolicyPreviewFilter {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.tag_status {
            out.serialize_entry("tagStatus", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for LifecyclePolicyPreviewFilter {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            tag_status: rt::json::get(obj, "tagStatus", p, cx)?,
        })
    }
}
impl rt::ToJson for LifecyclePolicyPreviewInProgressException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for LifecyclePolicyPreviewInProgressException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for LifecyclePolicyPreviewNotFoundException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for LifecyclePolicyPreviewNotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for LifecyclePolicyPreviewResult {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.image_tags {
            out.serialize_entry("imageTags", &crate::json::ser_image_tag_list(v))?;
        }
        if let Some(v) = &self.image_digest {
            out.serialize_entry("imageDigest", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_pushed_at {
            out.serialize_entry(
                "imagePushedAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.action {
            out.serialize_entry("action", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.applied_rule_priority {
            out.serialize_entry("appliedRulePriority", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for LifecyclePolicyPreviewResult {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            image_tags: rt::json::get_with(
                obj,
                "imageTags",
                p,
                cx,
                crate::json::de_image_tag_list,
            )?,
            image_digest: rt::json::get(obj, "imageDigest", p, cx)?,
            image_pushed_at: rt::json::get_with(obj, "imagePushedAt", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            action: rt::json::get(obj, "action", p, cx)?,
            applied_rule_priority: rt::json::get_with(
                obj,
                "appliedRulePriority",
                p,
                cx,
                |v, p, cx| {
                    let x = <i32>::from_json(v, p, cx)?;
                    cx.range(p, f64::from(x), Some(1.0), None);
                    Ok(x)
                },
            )?,
        })
    }
}
impl rt::ToJson for LifecyclePolicyPreviewSummary {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.expiring_image_total_count {
            out.serialize_entry("expiringImageTotalCount", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for LifecyclePolicyPreviewSummary {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            expiring_image_total_count: rt::json::get_with(
                obj,
                "expiringImageTotalCount",
                p,
                cx,
                |v, p, cx| {
                    let x = <i32>::from_json(v, p, cx)?;
                    cx.range(p, f64::from(x), Some(0.0), None);
                    Ok(x)
                },
            )?,
        })
    }
}
impl rt::ToJson for LifecyclePolicyRuleAction {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.r#type {
            out.serialize_entry("type", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for LifecyclePolicyRuleAction {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            r#type: rt::json::get(obj, "type", p, cx)?,
        })
    }
}
impl rt::ToJson for LimitExceededException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
impl rt::ToJson for ListImageReferrersFilter {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.artifact_types {
            out.serialize_entry("artifactTypes", &crate::json::ser_artifact_type_list(v))?;
        }
        if let Some(v) = &self.artifact_status {
            out.serialize_entry("artifactStatus", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListImageReferrersFilter {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            artifact_types: rt::json::get_with(obj, "artifactTypes", p, cx, |v, p, cx| {
                let x = crate::json::de_artifact_type_list(v, p, cx)?;
                cx.length(p, x.len(), Some(0), Some(5));
                Ok(x)
            })?,
            artifact_status: rt::json::get(obj, "artifactStatus", p, cx)?,
        })
    }
}
impl rt::ToJson for ListImageReferrersRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.serialize_entry("subjectId", &rt::json::Json(&self.subject_id))?;
        if let Some(v) = &self.filter {
            out.serialize_entry("filter", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("maxResults", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for ListImageReferrersRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.subject_id {
            out.serialize_entry("subjectId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.filter {
            out.serialize_entry("filter", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("maxResults", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListImageReferrersRequest {
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
            subject_id: rt::json::required(
                rt::json::get(obj, "subjectId", p, cx)?,
                &p.field("subjectId"),
                cx,
            ),
            filter: rt::json::get(obj, "filter", p, cx)?,
            next_token: rt::json::get(obj, "nextToken", p, cx)?,
            max_results: rt::json::get_with(obj, "maxResults", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(1.0), Some(50.0));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for ListImageReferrersResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.referrers {
            out.serialize_entry("referrers", &crate::json::ser_image_referrer_list(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListImageReferrersResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            referrers: rt::json::get_with(
                obj,
                "referrers",
                p,
                cx,
                crate::json::de_image_referrer_list,
            )?,
            next_token: rt::json::get(obj, "nextToken", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ListImagesFilter {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.tag_status {
            out.serialize_entry("tagStatus", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("maxResults", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.filter {
            out.serialize_entry("filter", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for ListImagesRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("maxResults", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.filter {
            out.serialize_entry("filter", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.image_ids {
            out.serialize_entry("imageIds", &crate::json::ser_image_identifier_list(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        out.end()
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
impl rt::ToJson for ListPullTimeUpdateExclusionsRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.max_results {
            out.serialize_entry("maxResults", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for ListPullTimeUpdateExclusionsRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.max_results {
            out.serialize_entry("maxResults", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListPullTimeUpdateExclusionsRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            max_results: rt::json::get_with(obj, "maxResults", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(1.0), Some(1000.0));
                Ok(x)
            })?,
            next_token: rt::json::get(obj, "nextToken", p, cx)?,
        })
    }
}
impl rt::ToJson for ListPullTimeUpdateExclusionsResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.pull_time_update_exclusions {
            out.serialize_entry(
                "pullTimeUpdateExclusions",
                &crate::json::ser_pull_time_update_exclusion_list(v),
            )?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("nextToken", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListPullTimeUpdateExclusionsResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            pull_time_update_exclusions: rt::json::get_with(
                obj,
                "pullTimeUpdateExclusions",
                p,
                cx,
                |v, p, cx| {
                    let x = crate::json::de_pull_time_update_exclusion_list(v, p, cx)?;
                    cx.length(p, x.len(), Some(0), Some(100));
                    Ok(x)
                },
            )?,
            next_token: rt::json::get(obj, "nextToken", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ListTagsForResourceRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("resourceArn", &rt::json::Json(&self.resource_arn))?;
        out.end()
    }
}
impl rt::ToJson for ListTagsForResourceRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.resource_arn {
            out.serialize_entry("resourceArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListTagsForResourceRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            resource_arn: rt::json::required(
                rt::json::get(obj, "resourceArn", p, cx)?,
                &p.field("resourceArn"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for ListTagsForResourceResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.tags {
            out.serialize_entry("tags", &crate::json::ser_tag_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ListTagsForResourceResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            tags: rt::json::get_with(obj, "tags", p, cx, crate::json::de_tag_list)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for PullThroughCacheRule {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.ecr_repository_prefix {
            out.serialize_entry("ecrRepositoryPrefix", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upstream_registry_url {
            out.serialize_entry("upstreamRegistryUrl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.created_at {
            out.serialize_entry(
                "createdAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.credential_arn {
            out.serialize_entry("credentialArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upstream_repository_prefix {
            out.serialize_entry("upstreamRepositoryPrefix", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upstream_registry {
            out.serialize_entry("upstreamRegistry", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.updated_at {
            out.serialize_entry(
                "updatedAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for PullThroughCacheRule {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            ecr_repository_prefix: rt::json::get_with(
                obj,
                "ecrRepositoryPrefix",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(30));
                    cx.pattern(p, &x, &crate::json::PATTERN_5);
                    Ok(x)
                },
            )?,
            upstream_registry_url: rt::json::get(obj, "upstreamRegistryUrl", p, cx)?,
            created_at: rt::json::get_with(obj, "createdAt", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            credential_arn: rt::json::get_with(obj, "credentialArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(50), Some(612));
                cx.pattern(p, &x, &crate::json::PATTERN_6);
                Ok(x)
            })?,
            upstream_repository_prefix: rt::json::get_with(
                obj,
                "upstreamRepositoryPrefix",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(30));
                    cx.pattern(p, &x, &crate::json::PATTERN_5);
                    Ok(x)
                },
            )?,
            upstream_registry: rt::json::get(obj, "upstreamRegistry", p, cx)?,
            updated_at: rt::json::get_with(obj, "updatedAt", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
        })
    }
}
impl rt::ToJson for PullThroughCacheRuleAlreadyExistsException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PullThroughCacheRuleAlreadyExistsException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for PullThroughCacheRuleNotFoundException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PullThroughCacheRuleNotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for PutAccountSettingRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("name", &rt::json::Json(&self.name))?;
        out.serialize_entry("value", &rt::json::Json(&self.value))?;
        out.end()
    }
}
impl rt::ToJson for PutAccountSettingRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.name {
            out.serialize_entry("name", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutAccountSettingRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            name: rt::json::required(
                rt::json::get_with(obj, "name", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(64));
                    Ok(x)
                })?,
                &p.field("name"),
                cx,
            ),
            value: rt::json::required(rt::json::get(obj, "value", p, cx)?, &p.field("value"), cx),
        })
    }
}
impl rt::ToJson for PutAccountSettingResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.name {
            out.serialize_entry("name", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.value {
            out.serialize_entry("value", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutAccountSettingResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            name: rt::json::get_with(obj, "name", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(64));
                Ok(x)
            })?,
            value: rt::json::get(obj, "value", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for PutImageRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.serialize_entry("imageManifest", &rt::json::Json(&self.image_manifest))?;
        if let Some(v) = &self.image_manifest_media_type {
            out.serialize_entry("imageManifestMediaType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_tag {
            out.serialize_entry("imageTag", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_digest {
            out.serialize_entry("imageDigest", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for PutImageRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_manifest {
            out.serialize_entry("imageManifest", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_manifest_media_type {
            out.serialize_entry("imageManifestMediaType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_tag {
            out.serialize_entry("imageTag", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_digest {
            out.serialize_entry("imageDigest", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.image {
            out.serialize_entry("image", &rt::json::Json(v))?;
        }
        out.end()
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
impl rt::ToJson for PutImageScanningConfigurationRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.serialize_entry(
            "imageScanningConfiguration",
            &rt::json::Json(&self.image_scanning_configuration),
        )?;
        out.end()
    }
}
impl rt::ToJson for PutImageScanningConfigurationRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_scanning_configuration {
            out.serialize_entry("imageScanningConfiguration", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutImageScanningConfigurationRequest {
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
            image_scanning_configuration: rt::json::required(
                rt::json::get(obj, "imageScanningConfiguration", p, cx)?,
                &p.field("imageScanningConfiguration"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for PutImageScanningConfigurationResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_scanning_configuration {
            out.serialize_entry("imageScanningConfiguration", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutImageScanningConfigurationResponse {
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
            image_scanning_configuration: rt::json::get(obj, "imageScanningConfiguration", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for PutImageTagMutabilityRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.serialize_entry(
            "imageTagMutability",
            &rt::json::Json(&self.image_tag_mutability),
        )?;
        out.end()
    }
}
impl rt::ToJson for PutImageTagMutabilityRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_tag_mutability {
            out.serialize_entry("imageTagMutability", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutImageTagMutabilityRequest {
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
            image_tag_mutability: rt::json::required(
                rt::json::get(obj, "imageTagMutability", p, cx)?,
                &p.field("imageTagMutability"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for PutImageTagMutabilityResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_tag_mutability {
            out.serialize_entry("imageTagMutability", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutImageTagMutabilityResponse {
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
            image_tag_mutability: rt::json::get(obj, "imageTagMutability", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for PutLifecyclePolicyRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.serialize_entry(
            "lifecyclePolicyText",
            &rt::json::Json(&self.lifecycle_policy_text),
        )?;
        out.end()
    }
}
impl rt::ToJson for PutLifecyclePolicyRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.lifecycle_policy_text {
            out.serialize_entry("lifecyclePolicyText", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutLifecyclePolicyRequest {
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
            lifecycle_policy_text: rt::json::required(
                rt::json::get_with(obj, "lifecyclePolicyText", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(100), Some(30720));
                    Ok(x)
                })?,
                &p.field("lifecyclePolicyText"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for PutLifecyclePolicyResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.lifecycle_policy_text {
            out.serialize_entry("lifecyclePolicyText", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutLifecyclePolicyResponse {
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
            lifecycle_policy_text: rt::json::get_with(
                obj,
                "lifecyclePolicyText",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(100), Some(30720));
                    Ok(x)
                },
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for PutRegistryPolicyRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("policyText", &rt::json::Json(&self.policy_text))?;
        out.end()
    }
}
impl rt::ToJson for PutRegistryPolicyRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.policy_text {
            out.serialize_entry("policyText", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutRegistryPolicyRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            policy_text: rt::json::required(
                rt::json::get_with(obj, "policyText", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(0), Some(10240));
                    Ok(x)
                })?,
                &p.field("policyText"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for PutRegistryPolicyResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.policy_text {
            out.serialize_entry("policyText", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutRegistryPolicyResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            policy_text: rt::json::get_with(obj, "policyText", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(10240));
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for PutRegistryScanningConfigurationRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.scan_type {
            out.serialize_entry("scanType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.rules {
            out.serialize_entry("rules", &crate::json::ser_registry_scanning_rule_list(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for PutRegistryScanningConfigurationRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.scan_type {
            out.serialize_entry("scanType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.rules {
            out.serialize_entry("rules", &crate::json::ser_registry_scanning_rule_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutRegistryScanningConfigurationRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            scan_type: rt::json::get(obj, "scanType", p, cx)?,
            rules: rt::json::get_with(obj, "rules", p, cx, |v, p, cx| {
                let x = crate::json::de_registry_scanning_rule_list(v, p, cx)?;
                cx.length(p, x.len(), Some(0), Some(2));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for PutRegistryScanningConfigurationResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_scanning_configuration {
            out.serialize_entry("registryScanningConfiguration", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutRegistryScanningConfigurationResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_scanning_configuration: rt::json::get(
                obj,
                "registryScanningConfiguration",
                p,
                cx,
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for PutReplicationConfigurationRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry(
            "replicationConfiguration",
            &rt::json::Json(&self.replication_configuration),
        )?;
        out.end()
    }
}
impl rt::ToJson for PutReplicationConfigurationRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.replication_configuration {
            out.serialize_entry("replicationConfiguration", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutReplicationConfigurationRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            replication_configuration: rt::json::required(
                rt::json::get(obj, "replicationConfiguration", p, cx)?,
                &p.field("replicationConfiguration"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for PutReplicationConfigurationResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.replication_configuration {
            out.serialize_entry("replicationConfiguration", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutReplicationConfigurationResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            replication_configuration: rt::json::get(obj, "replicationConfiguration", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for PutSigningConfigurationRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry(
            "signingConfiguration",
            &rt::json::Json(&self.signing_configuration),
        )?;
        out.end()
    }
}
impl rt::ToJson for PutSigningConfigurationRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.signing_configuration {
            out.serialize_entry("signingConfiguration", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutSigningConfigurationRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            signing_configuration: rt::json::required(
                rt::json::get(obj, "signingConfiguration", p, cx)?,
                &p.field("signingConfiguration"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for PutSigningConfigurationResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.signing_configuration {
            out.serialize_entry("signingConfiguration", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutSigningConfigurationResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            signing_configuration: rt::json::get(obj, "signingConfiguration", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ReferencedImagesNotFoundException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
impl rt::ToJson for RegisterPullTimeUpdateExclusionRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("principalArn", &rt::json::Json(&self.principal_arn))?;
        out.end()
    }
}
impl rt::ToJson for RegisterPullTimeUpdateExclusionRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.principal_arn {
            out.serialize_entry("principalArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for RegisterPullTimeUpdateExclusionRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            principal_arn: rt::json::required(
                rt::json::get_with(obj, "principalArn", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), None, Some(200));
                    cx.pattern(p, &x, &crate::json::PATTERN_7);
                    Ok(x)
                })?,
                &p.field("principalArn"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for RegisterPullTimeUpdateExclusionResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.principal_arn {
            out.serialize_entry("principalArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.created_at {
            out.serialize_entry(
                "createdAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for RegisterPullTimeUpdateExclusionResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            principal_arn: rt::json::get_with(obj, "principalArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), None, Some(200));
                cx.pattern(p, &x, &crate::json::PATTERN_7);
                Ok(x)
            })?,
            created_at: rt::json::get_with(obj, "createdAt", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for RegistryPolicyNotFoundException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for RegistryPolicyNotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for RegistryScanningConfiguration {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.scan_type {
            out.serialize_entry("scanType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.rules {
            out.serialize_entry("rules", &crate::json::ser_registry_scanning_rule_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for RegistryScanningConfiguration {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            scan_type: rt::json::get(obj, "scanType", p, cx)?,
            rules: rt::json::get_with(obj, "rules", p, cx, |v, p, cx| {
                let x = crate::json::de_registry_scanning_rule_list(v, p, cx)?;
                cx.length(p, x.len(), Some(0), Some(2));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for RegistryScanningRule {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("scanFrequency", &rt::json::Json(&self.scan_frequency))?;
        out.serialize_entry(
            "repositoryFilters",
            &crate::json::ser_scanning_repository_filter_list(&self.repository_filters),
        )?;
        out.end()
    }
}
impl rt::FromJson for RegistryScanningRule {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            scan_frequency: rt::json::required(
                rt::json::get(obj, "scanFrequency", p, cx)?,
                &p.field("scanFrequency"),
                cx,
            ),
            repository_filters: rt::json::required(
                rt::json::get_with(obj, "repositoryFilters", p, cx, |v, p, cx| {
                    let x = crate::json::de_scanning_repository_filter_list(v, p, cx)?;
                    cx.length(p, x.len(), Some(0), Some(100));
                    Ok(x)
                })?,
                &p.field("repositoryFilters"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for ReplicationConfiguration {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry(
            "rules",
            &crate::json::ser_replication_rule_list(&self.rules),
        )?;
        out.end()
    }
}
impl rt::FromJson for ReplicationConfiguration {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            rules: rt::json::required(
                rt::json::get_with(obj, "rules", p, cx, |v, p, cx| {
                    let x = crate::json::de_replication_rule_list(v, p, cx)?;
                    cx.length(p, x.len(), Some(0), Some(10));
                    Ok(x)
                })?,
                &p.field("rules"),
                cx,
            ),
        })
    }
}
impl rt::Fallback for ReplicationConfiguration {
    fn fallback() -> Self {
        Self {
            rules: rt::Fallback::fallback(),
        }
    }
}
impl rt::ToJson for ReplicationDestination {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("region", &rt::json::Json(&self.region))?;
        out.serialize_entry("registryId", &rt::json::Json(&self.registry_id))?;
        out.end()
    }
}
impl rt::FromJson for ReplicationDestination {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            region: rt::json::required(
                rt::json::get_with(obj, "region", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(25));
                    cx.pattern(p, &x, &crate::json::PATTERN_9);
                    Ok(x)
                })?,
                &p.field("region"),
                cx,
            ),
            registry_id: rt::json::required(
                rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.pattern(p, &x, &crate::json::PATTERN_1);
                    Ok(x)
                })?,
                &p.field("registryId"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for ReplicationRule {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry(
            "destinations",
            &crate::json::ser_replication_destination_list(&self.destinations),
        )?;
        if let Some(v) = &self.repository_filters {
            out.serialize_entry(
                "repositoryFilters",
                &crate::json::ser_repository_filter_list(v),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for ReplicationRule {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            destinations: rt::json::required(
                rt::json::get_with(obj, "destinations", p, cx, |v, p, cx| {
                    let x = crate::json::de_replication_destination_list(v, p, cx)?;
                    cx.length(p, x.len(), Some(0), Some(100));
                    Ok(x)
                })?,
                &p.field("destinations"),
                cx,
            ),
            repository_filters: rt::json::get_with(obj, "repositoryFilters", p, cx, |v, p, cx| {
                let x = crate::json::de_repository_filter_list(v, p, cx)?;
                cx.length(p, x.len(), Some(1), Some(100));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for Repository {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.repository_arn {
            out.serialize_entry("repositoryArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_uri {
            out.serialize_entry("repositoryUri", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.created_at {
            out.serialize_entry(
                "createdAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.image_tag_mutability {
            out.serialize_entry("imageTagMutability", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_scanning_configuration {
            out.serialize_entry("imageScanningConfiguration", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption_configuration {
            out.serialize_entry("encryptionConfiguration", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
impl rt::ToJson for RepositoryCreationTemplate {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.prefix {
            out.serialize_entry("prefix", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.description {
            out.serialize_entry("description", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption_configuration {
            out.serialize_entry("encryptionConfiguration", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.resource_tags {
            out.serialize_entry("resourceTags", &crate::json::ser_tag_list(v))?;
        }
        if let Some(v) = &self.image_tag_mutability {
            out.serialize_entry("imageTagMutability", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_policy {
            out.serialize_entry("repositoryPolicy", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.lifecycle_policy {
            out.serialize_entry("lifecyclePolicy", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.applied_for {
            out.serialize_entry("appliedFor", &crate::json::ser_rct_applied_for_list(v))?;
        }
        if let Some(v) = &self.custom_role_arn {
            out.serialize_entry("customRoleArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.created_at {
            out.serialize_entry(
                "createdAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.updated_at {
            out.serialize_entry(
                "updatedAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for RepositoryCreationTemplate {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            prefix: rt::json::get_with(obj, "prefix", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(256));
                cx.pattern(p, &x, &crate::json::PATTERN_5);
                Ok(x)
            })?,
            description: rt::json::get_with(obj, "description", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(256));
                Ok(x)
            })?,
            encryption_configuration: rt::json::get(obj, "encryptionConfiguration", p, cx)?,
            resource_tags: rt::json::get_with(
                obj,
                "resourceTags",
                p,
                cx,
                crate::json::de_tag_list,
            )?,
            image_tag_mutability: rt::json::get(obj, "imageTagMutability", p, cx)?,
            repository_policy: rt::json::get_with(obj, "repositoryPolicy", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(10240));
                Ok(x)
            })?,
            lifecycle_policy: rt::json::get_with(obj, "lifecyclePolicy", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(30720));
                Ok(x)
            })?,
            applied_for: rt::json::get_with(
                obj,
                "appliedFor",
                p,
                cx,
                crate::json::de_rct_applied_for_list,
            )?,
            custom_role_arn: rt::json::get_with(obj, "customRoleArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(2048));
                Ok(x)
            })?,
            created_at: rt::json::get_with(obj, "createdAt", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            updated_at: rt::json::get_with(obj, "updatedAt", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
        })
    }
}
impl rt::ToJson for RepositoryFilter {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("filter", &rt::json::Json(&self.filter))?;
        out.serialize_entry("filterType", &rt::json::Json(&self.filter_type))?;
        out.end()
    }
}
impl rt::FromJson for RepositoryFilter {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            filter: rt::json::required(
                rt::json::get_with(obj, "filter", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(256));
                    cx.pattern(p, &x, &crate::json::PATTERN_11);
                    Ok(x)
                })?,
                &p.field("filter"),
                cx,
            ),
            filter_type: rt::json::required(
                rt::json::get(obj, "filterType", p, cx)?,
                &p.field("filterType"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for RepositoryNotEmptyException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
impl rt::ToJson for RepositoryPolicyNotFoundException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for RepositoryPolicyNotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for RepositoryScanningConfiguration {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.repository_arn {
            out.serialize_entry("repositoryArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        out.serialize_entry("scanOnPush", &rt::json::Json(&self.scan_on_push))?;
        if let Some(v) = &self.scan_frequency {
            out.serialize_entry("scanFrequency", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.applied_scan_filters {
            out.serialize_entry(
                "appliedScanFilters",
                &crate::json::ser_scanning_repository_filter_list(v),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for RepositoryScanningConfiguration {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            repository_arn: rt::json::get(obj, "repositoryArn", p, cx)?,
            repository_name: rt::json::get_with(obj, "repositoryName", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, &x, &crate::json::PATTERN_2);
                Ok(x)
            })?,
            scan_on_push: rt::json::get(obj, "scanOnPush", p, cx)?.unwrap_or_default(),
            scan_frequency: rt::json::get(obj, "scanFrequency", p, cx)?,
            applied_scan_filters: rt::json::get_with(
                obj,
                "appliedScanFilters",
                p,
                cx,
                |v, p, cx| {
                    let x = crate::json::de_scanning_repository_filter_list(v, p, cx)?;
                    cx.length(p, x.len(), Some(0), Some(100));
                    Ok(x)
                },
            )?,
        })
    }
}
impl rt::ToJson for RepositoryScanningConfigurationFailure {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.failure_code {
            out.serialize_entry("failureCode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.failure_reason {
            out.serialize_entry("failureReason", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for RepositoryScanningConfigurationFailure {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            repository_name: rt::json::get_with(obj, "repositoryName", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, &x, &crate::json::PATTERN_2);
                Ok(x)
            })?,
            failure_code: rt::json::get(obj, "failureCode", p, cx)?,
            failure_reason: rt::json::get(obj, "failureReason", p, cx)?,
        })
    }
}
impl rt::ToJson for ScanNotFoundException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ScanNotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ScanningRepositoryFilter {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("filter", &rt::json::Json(&self.filter))?;
        out.serialize_entry("filterType", &rt::json::Json(&self.filter_type))?;
        out.end()
    }
}
impl rt::FromJson for ScanningRepositoryFilter {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            filter: rt::json::required(
                rt::json::get_with(obj, "filter", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(255));
                    cx.pattern(p, &x, &crate::json::PATTERN_12);
                    Ok(x)
                })?,
                &p.field("filter"),
                cx,
            ),
            filter_type: rt::json::required(
                rt::json::get(obj, "filterType", p, cx)?,
                &p.field("filterType"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for SecretNotFoundException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for SecretNotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ServerException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
impl rt::ToJson for SetRepositoryPolicyRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.serialize_entry("policyText", &rt::json::Json(&self.policy_text))?;
        out.serialize_entry("force", &rt::json::Json(&self.force))?;
        out.end()
    }
}
impl rt::ToJson for SetRepositoryPolicyRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.policy_text {
            out.serialize_entry("policyText", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.force {
            out.serialize_entry("force", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for SetRepositoryPolicyRequest {
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
            policy_text: rt::json::required(
                rt::json::get_with(obj, "policyText", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(0), Some(10240));
                    Ok(x)
                })?,
                &p.field("policyText"),
                cx,
            ),
            force: rt::json::get(obj, "force", p, cx)?.unwrap_or_default(),
        })
    }
}
impl rt::ToJson for SetRepositoryPolicyResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.policy_text {
            out.serialize_entry("policyText", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for SetRepositoryPolicyResponse {
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
            policy_text: rt::json::get_with(obj, "policyText", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(10240));
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for SigningConfiguration {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("rules", &crate::json::ser_signing_rule_list(&self.rules))?;
        out.end()
    }
}
impl rt::FromJson for SigningConfiguration {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            rules: rt::json::required(
                rt::json::get_with(obj, "rules", p, cx, |v, p, cx| {
                    let x = crate::json::de_signing_rule_list(v, p, cx)?;
                    cx.length(p, x.len(), Some(0), Some(10));
                    Ok(x)
                })?,
                &p.field("rules"),
                cx,
            ),
        })
    }
}
impl rt::Fallback for SigningConfiguration {
    fn fallback() -> Self {
        Self {
            rules: rt::Fallback::fallback(),
        }
    }
}
impl rt::ToJson for SigningConfigurationNotFoundException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for SigningConfigurationNotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for SigningRepositoryFilter {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("filter", &rt::json::Json(&self.filter))?;
        out.serialize_entry("filterType", &rt::json::Json(&self.filter_type))?;
        out.end()
    }
}
impl rt::FromJson for SigningRepositoryFilter {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            filter: rt::json::required(
                rt::json::get_with(obj, "filter", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(256));
                    cx.pattern(p, &x, &crate::json::PATTERN_13);
                    Ok(x)
                })?,
                &p.field("filter"),
                cx,
            ),
            filter_type: rt::json::required(
                rt::json::get(obj, "filterType", p, cx)?,
                &p.field("filterType"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for SigningRule {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry(
            "signingProfileArn",
            &rt::json::Json(&self.signing_profile_arn),
        )?;
        if let Some(v) = &self.repository_filters {
            out.serialize_entry(
                "repositoryFilters",
                &crate::json::ser_signing_repository_filter_list(v),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for SigningRule {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            signing_profile_arn: rt::json::required(
                rt::json::get_with(obj, "signingProfileArn", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), None, Some(200));
                    cx.pattern(p, &x, &crate::json::PATTERN_10);
                    Ok(x)
                })?,
                &p.field("signingProfileArn"),
                cx,
            ),
            repository_filters: rt::json::get_with(obj, "repositoryFilters", p, cx, |v, p, cx| {
                let x = crate::json::de_signing_repository_filter_list(v, p, cx)?;
                cx.length(p, x.len(), Some(1), Some(100));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for StartImageScanRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.serialize_entry("imageId", &rt::json::Json(&self.image_id))?;
        out.end()
    }
}
impl rt::ToJson for StartImageScanRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_id {
            out.serialize_entry("imageId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for StartImageScanRequest {
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
            image_id: rt::json::required(
                rt::json::get(obj, "imageId", p, cx)?,
                &p.field("imageId"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for StartImageScanResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_id {
            out.serialize_entry("imageId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_scan_status {
            out.serialize_entry("imageScanStatus", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for StartImageScanResponse {
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
            image_scan_status: rt::json::get(obj, "imageScanStatus", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for StartLifecyclePolicyPreviewRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        if let Some(v) = &self.lifecycle_policy_text {
            out.serialize_entry("lifecyclePolicyText", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for StartLifecyclePolicyPreviewRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.lifecycle_policy_text {
            out.serialize_entry("lifecyclePolicyText", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for StartLifecyclePolicyPreviewRequest {
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
            lifecycle_policy_text: rt::json::get_with(
                obj,
                "lifecyclePolicyText",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(100), Some(30720));
                    Ok(x)
                },
            )?,
        })
    }
}
impl rt::ToJson for StartLifecyclePolicyPreviewResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.lifecycle_policy_text {
            out.serialize_entry("lifecyclePolicyText", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.status {
            out.serialize_entry("status", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for StartLifecyclePolicyPreviewResponse {
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
            lifecycle_policy_text: rt::json::get_with(
                obj,
                "lifecyclePolicyText",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(100), Some(30720));
                    Ok(x)
                },
            )?,
            status: rt::json::get(obj, "status", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for SubjectIdentifier {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("imageDigest", &rt::json::Json(&self.image_digest))?;
        out.end()
    }
}
impl rt::FromJson for SubjectIdentifier {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            image_digest: rt::json::required(
                rt::json::get(obj, "imageDigest", p, cx)?,
                &p.field("imageDigest"),
                cx,
            ),
        })
    }
}
impl rt::Fallback for SubjectIdentifier {
    fn fallback() -> Self {
        Self {
            image_digest: rt::Fallback::fallback(),
        }
    }
}
impl rt::ToJson for Tag {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("Key", &rt::json::Json(&self.key))?;
        out.serialize_entry("Value", &rt::json::Json(&self.value))?;
        out.end()
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
impl rt::ToJson for TagResourceRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("resourceArn", &rt::json::Json(&self.resource_arn))?;
        out.serialize_entry("tags", &crate::json::ser_tag_list(&self.tags))?;
        out.end()
    }
}
impl rt::ToJson for TagResourceRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.resource_arn {
            out.serialize_entry("resourceArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tags {
            out.serialize_entry("tags", &crate::json::ser_tag_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for TagResourceRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            resource_arn: rt::json::required(
                rt::json::get(obj, "resourceArn", p, cx)?,
                &p.field("resourceArn"),
                cx,
            ),
            tags: rt::json::required(
                rt::json::get_with(obj, "tags", p, cx, crate::json::de_tag_list)?,
                &p.field("tags"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for TagResourceResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for TagResourceResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for TemplateAlreadyExistsException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for TemplateAlreadyExistsException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for TemplateNotFoundException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for TemplateNotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for TooManyTagsException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
impl rt::ToJson for UnableToAccessSecretException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for UnableToAccessSecretException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for UnableToDecryptSecretValueException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for UnableToDecryptSecretValueException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for UnableToGetUpstreamImageException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
impl rt::ToJson for UnableToListUpstreamImageReferrersException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for UnableToListUpstreamImageReferrersException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for UnsupportedImageTypeException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for UnsupportedImageTypeException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for UnsupportedUpstreamRegistryException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for UnsupportedUpstreamRegistryException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for UntagResourceRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("resourceArn", &rt::json::Json(&self.resource_arn))?;
        out.serialize_entry("tagKeys", &crate::json::ser_tag_key_list(&self.tag_keys))?;
        out.end()
    }
}
impl rt::ToJson for UntagResourceRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.resource_arn {
            out.serialize_entry("resourceArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tag_keys {
            out.serialize_entry("tagKeys", &crate::json::ser_tag_key_list(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for UntagResourceRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            resource_arn: rt::json::required(
                rt::json::get(obj, "resourceArn", p, cx)?,
                &p.field("resourceArn"),
                cx,
            ),
            tag_keys: rt::json::required(
                rt::json::get_with(obj, "tagKeys", p, cx, crate::json::de_tag_key_list)?,
                &p.field("tagKeys"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for UntagResourceResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for UntagResourceResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for UpdateImageStorageClassRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.serialize_entry("imageId", &rt::json::Json(&self.image_id))?;
        out.serialize_entry(
            "targetStorageClass",
            &rt::json::Json(&self.target_storage_class),
        )?;
        out.end()
    }
}
impl rt::ToJson for UpdateImageStorageClassRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_id {
            out.serialize_entry("imageId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.target_storage_class {
            out.serialize_entry("targetStorageClass", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for UpdateImageStorageClassRequest {
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
            image_id: rt::json::required(
                rt::json::get(obj, "imageId", p, cx)?,
                &p.field("imageId"),
                cx,
            ),
            target_storage_class: rt::json::required(
                rt::json::get(obj, "targetStorageClass", p, cx)?,
                &p.field("targetStorageClass"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for UpdateImageStorageClassResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_id {
            out.serialize_entry("imageId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.image_status {
            out.serialize_entry("imageStatus", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for UpdateImageStorageClassResponse {
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
            image_status: rt::json::get(obj, "imageStatus", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for UpdatePullThroughCacheRuleRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry(
            "ecrRepositoryPrefix",
            &rt::json::Json(&self.ecr_repository_prefix),
        )?;
        if let Some(v) = &self.credential_arn {
            out.serialize_entry("credentialArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.custom_role_arn {
            out.serialize_entry("customRoleArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for UpdatePullThroughCacheRuleRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.ecr_repository_prefix {
            out.serialize_entry("ecrRepositoryPrefix", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.credential_arn {
            out.serialize_entry("credentialArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.custom_role_arn {
            out.serialize_entry("customRoleArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for UpdatePullThroughCacheRuleRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            ecr_repository_prefix: rt::json::required(
                rt::json::get_with(obj, "ecrRepositoryPrefix", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(30));
                    cx.pattern(p, &x, &crate::json::PATTERN_5);
                    Ok(x)
                })?,
                &p.field("ecrRepositoryPrefix"),
                cx,
            ),
            credential_arn: rt::json::get_with(obj, "credentialArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(50), Some(612));
                cx.pattern(p, &x, &crate::json::PATTERN_6);
                Ok(x)
            })?,
            custom_role_arn: rt::json::get_with(obj, "customRoleArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(2048));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for UpdatePullThroughCacheRuleResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.ecr_repository_prefix {
            out.serialize_entry("ecrRepositoryPrefix", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.updated_at {
            out.serialize_entry(
                "updatedAt",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.credential_arn {
            out.serialize_entry("credentialArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.custom_role_arn {
            out.serialize_entry("customRoleArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upstream_repository_prefix {
            out.serialize_entry("upstreamRepositoryPrefix", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for UpdatePullThroughCacheRuleResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            ecr_repository_prefix: rt::json::get_with(
                obj,
                "ecrRepositoryPrefix",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(30));
                    cx.pattern(p, &x, &crate::json::PATTERN_5);
                    Ok(x)
                },
            )?,
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            updated_at: rt::json::get_with(obj, "updatedAt", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            credential_arn: rt::json::get_with(obj, "credentialArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(50), Some(612));
                cx.pattern(p, &x, &crate::json::PATTERN_6);
                Ok(x)
            })?,
            custom_role_arn: rt::json::get_with(obj, "customRoleArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(2048));
                Ok(x)
            })?,
            upstream_repository_prefix: rt::json::get_with(
                obj,
                "upstreamRepositoryPrefix",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(30));
                    cx.pattern(p, &x, &crate::json::PATTERN_5);
                    Ok(x)
                },
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for UpdateRepositoryCreationTemplateRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("prefix", &rt::json::Json(&self.prefix))?;
        if let Some(v) = &self.description {
            out.serialize_entry("description", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption_configuration {
            out.serialize_entry("encryptionConfiguration", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.resource_tags {
            out.serialize_entry("resourceTags", &crate::json::ser_tag_list(v))?;
        }
        if let Some(v) = &self.image_tag_mutability {
            out.serialize_entry("imageTagMutability", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_policy {
            out.serialize_entry("repositoryPolicy", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.lifecycle_policy {
            out.serialize_entry("lifecyclePolicy", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.applied_for {
            out.serialize_entry("appliedFor", &crate::json::ser_rct_applied_for_list(v))?;
        }
        if let Some(v) = &self.custom_role_arn {
            out.serialize_entry("customRoleArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for UpdateRepositoryCreationTemplateRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.prefix {
            out.serialize_entry("prefix", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.description {
            out.serialize_entry("description", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.encryption_configuration {
            out.serialize_entry("encryptionConfiguration", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.resource_tags {
            out.serialize_entry("resourceTags", &crate::json::ser_tag_list(v))?;
        }
        if let Some(v) = &self.image_tag_mutability {
            out.serialize_entry("imageTagMutability", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_policy {
            out.serialize_entry("repositoryPolicy", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.lifecycle_policy {
            out.serialize_entry("lifecyclePolicy", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.applied_for {
            out.serialize_entry("appliedFor", &crate::json::ser_rct_applied_for_list(v))?;
        }
        if let Some(v) = &self.custom_role_arn {
            out.serialize_entry("customRoleArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for UpdateRepositoryCreationTemplateRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            prefix: rt::json::required(
                rt::json::get_with(obj, "prefix", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(256));
                    cx.pattern(p, &x, &crate::json::PATTERN_5);
                    Ok(x)
                })?,
                &p.field("prefix"),
                cx,
            ),
            description: rt::json::get_with(obj, "description", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(256));
                Ok(x)
            })?,
            encryption_configuration: rt::json::get(obj, "encryptionConfiguration", p, cx)?,
            resource_tags: rt::json::get_with(
                obj,
                "resourceTags",
                p,
                cx,
                crate::json::de_tag_list,
            )?,
            image_tag_mutability: rt::json::get(obj, "imageTagMutability", p, cx)?,
            repository_policy: rt::json::get_with(obj, "repositoryPolicy", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(10240));
                Ok(x)
            })?,
            lifecycle_policy: rt::json::get_with(obj, "lifecyclePolicy", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(30720));
                Ok(x)
            })?,
            applied_for: rt::json::get_with(
                obj,
                "appliedFor",
                p,
                cx,
                crate::json::de_rct_applied_for_list,
            )?,
            custom_role_arn: rt::json::get_with(obj, "customRoleArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(2048));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for UpdateRepositoryCreationTemplateResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_creation_template {
            out.serialize_entry("repositoryCreationTemplate", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for UpdateRepositoryCreationTemplateResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            repository_creation_template: rt::json::get(obj, "repositoryCreationTemplate", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for UploadLayerPartRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.serialize_entry("repositoryName", &rt::json::Json(&self.repository_name))?;
        out.serialize_entry("uploadId", &rt::json::Json(&self.upload_id))?;
        out.serialize_entry("partFirstByte", &rt::json::Json(&self.part_first_byte))?;
        out.serialize_entry("partLastByte", &rt::json::Json(&self.part_last_byte))?;
        out.serialize_entry("layerPartBlob", &rt::json::Json(&self.layer_part_blob))?;
        out.end()
    }
}
impl rt::ToJson for UploadLayerPartRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upload_id {
            out.serialize_entry("uploadId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.part_first_byte {
            out.serialize_entry("partFirstByte", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.part_last_byte {
            out.serialize_entry("partLastByte", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.layer_part_blob {
            out.serialize_entry("layerPartBlob", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.repository_name {
            out.serialize_entry("repositoryName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upload_id {
            out.serialize_entry("uploadId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.last_byte_received {
            out.serialize_entry("lastByteReceived", &rt::json::Json(v))?;
        }
        out.end()
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
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
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
impl rt::ToJson for ValidatePullThroughCacheRuleRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry(
            "ecrRepositoryPrefix",
            &rt::json::Json(&self.ecr_repository_prefix),
        )?;
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for ValidatePullThroughCacheRuleRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.ecr_repository_prefix {
            out.serialize_entry("ecrRepositoryPrefix", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ValidatePullThroughCacheRuleRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            ecr_repository_prefix: rt::json::required(
                rt::json::get_with(obj, "ecrRepositoryPrefix", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(30));
                    cx.pattern(p, &x, &crate::json::PATTERN_5);
                    Ok(x)
                })?,
                &p.field("ecrRepositoryPrefix"),
                cx,
            ),
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for ValidatePullThroughCacheRuleResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.ecr_repository_prefix {
            out.serialize_entry("ecrRepositoryPrefix", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.registry_id {
            out.serialize_entry("registryId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upstream_registry_url {
            out.serialize_entry("upstreamRegistryUrl", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.credential_arn {
            out.serialize_entry("credentialArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.custom_role_arn {
            out.serialize_entry("customRoleArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.upstream_repository_prefix {
            out.serialize_entry("upstreamRepositoryPrefix", &rt::json::Json(v))?;
        }
        out.serialize_entry("isValid", &rt::json::Json(&self.is_valid))?;
        if let Some(v) = &self.failure {
            out.serialize_entry("failure", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ValidatePullThroughCacheRuleResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            ecr_repository_prefix: rt::json::get_with(
                obj,
                "ecrRepositoryPrefix",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(30));
                    cx.pattern(p, &x, &crate::json::PATTERN_5);
                    Ok(x)
                },
            )?,
            registry_id: rt::json::get_with(obj, "registryId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            upstream_registry_url: rt::json::get(obj, "upstreamRegistryUrl", p, cx)?,
            credential_arn: rt::json::get_with(obj, "credentialArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(50), Some(612));
                cx.pattern(p, &x, &crate::json::PATTERN_6);
                Ok(x)
            })?,
            custom_role_arn: rt::json::get_with(obj, "customRoleArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(0), Some(2048));
                Ok(x)
            })?,
            upstream_repository_prefix: rt::json::get_with(
                obj,
                "upstreamRepositoryPrefix",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(2), Some(30));
                    cx.pattern(p, &x, &crate::json::PATTERN_5);
                    Ok(x)
                },
            )?,
            is_valid: rt::json::get(obj, "isValid", p, cx)?.unwrap_or_default(),
            failure: rt::json::get(obj, "failure", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ValidationException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ValidationException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_annotations<'a>(&'a rt::BTreeMap<rt::String, rt::String>);
impl rt::serde::Serialize for ser_annotations<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_annotations(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, rt::String>> {
    rt::json::map(v, path, cx, |_, v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_artifact_type_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_artifact_type_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_artifact_type_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        cx.length(p, x.chars().count(), Some(1), Some(255));
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_attribute_list<'a>(&'a [Attribute]);
impl rt::serde::Serialize for ser_attribute_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_attribute_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<Attribute>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Attribute>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_authorization_data_list<'a>(&'a [AuthorizationData]);
impl rt::serde::Serialize for ser_authorization_data_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
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
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_batched_operation_layer_digest_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_batched_operation_layer_digest_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
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
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_finding_severity_counts<'a>(&'a rt::BTreeMap<rt::String, i32>);
impl rt::serde::Serialize for ser_finding_severity_counts<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_finding_severity_counts(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, i32>> {
    rt::json::map(v, path, cx, |k, v, p, cx| {
        if let FindingSeverity::Unknown(_) = FindingSeverity::from(k) {
            cx.enum_value(path, FindingSeverity::VALUES, FindingSeverity::INTERNAL);
        }
        let x = <i32>::from_json(v, p, cx)?;
        cx.range(p, f64::from(x), Some(0.0), None);
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_get_authorization_token_registry_id_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_get_authorization_token_registry_id_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
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
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_image_detail_list<'a>(&'a [ImageDetail]);
impl rt::serde::Serialize for ser_image_detail_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_image_detail_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<ImageDetail>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <ImageDetail>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_image_failure_list<'a>(&'a [ImageFailure]);
impl rt::serde::Serialize for ser_image_failure_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
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
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_image_identifier_list<'a>(&'a [ImageIdentifier]);
impl rt::serde::Serialize for ser_image_identifier_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
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
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_image_list<'a>(&'a [Image]);
impl rt::serde::Serialize for ser_image_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
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
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_image_referrer_list<'a>(&'a [ImageReferrer]);
impl rt::serde::Serialize for ser_image_referrer_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_image_referrer_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<ImageReferrer>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <ImageReferrer>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_image_replication_status_list<'a>(&'a [ImageReplicationStatus]);
impl rt::serde::Serialize for ser_image_replication_status_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_image_replication_status_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<ImageReplicationStatus>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <ImageReplicationStatus>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_image_scan_finding_list<'a>(&'a [ImageScanFinding]);
impl rt::serde::Serialize for ser_image_scan_finding_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_image_scan_finding_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<ImageScanFinding>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <ImageScanFinding>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_image_signing_status_list<'a>(&'a [ImageSigningStatus]);
impl rt::serde::Serialize for ser_image_signing_status_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_image_signing_status_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<ImageSigningStatus>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <ImageSigningStatus>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_image_tag_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_image_tag_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_image_tag_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        cx.length(p, x.chars().count(), Some(1), Some(300));
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_layer_digest_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_layer_digest_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
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
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_layer_failure_list<'a>(&'a [LayerFailure]);
impl rt::serde::Serialize for ser_layer_failure_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
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
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_layer_list<'a>(&'a [Layer]);
impl rt::serde::Serialize for ser_layer_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
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
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_lifecycle_policy_preview_result_list<'a>(&'a [LifecyclePolicyPreviewResult]);
impl rt::serde::Serialize for ser_lifecycle_policy_preview_result_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_lifecycle_policy_preview_result_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<LifecyclePolicyPreviewResult>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <LifecyclePolicyPreviewResult>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_media_type_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_media_type_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
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
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_prefix_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_prefix_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_prefix_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        cx.length(p, x.chars().count(), Some(1), Some(256));
        cx.pattern(p, &x, &crate::json::PATTERN_5);
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_pull_through_cache_rule_list<'a>(&'a [PullThroughCacheRule]);
impl rt::serde::Serialize for ser_pull_through_cache_rule_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_pull_through_cache_rule_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<PullThroughCacheRule>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <PullThroughCacheRule>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_pull_through_cache_rule_repository_prefix_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_pull_through_cache_rule_repository_prefix_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_pull_through_cache_rule_repository_prefix_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        cx.length(p, x.chars().count(), Some(2), Some(30));
        cx.pattern(p, &x, &crate::json::PATTERN_5);
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_pull_time_update_exclusion_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_pull_time_update_exclusion_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_pull_time_update_exclusion_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        cx.length(p, x.chars().count(), None, Some(200));
        cx.pattern(p, &x, &crate::json::PATTERN_7);
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_rct_applied_for_list<'a>(&'a [RctAppliedFor]);
impl rt::serde::Serialize for ser_rct_applied_for_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_rct_applied_for_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<RctAppliedFor>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <RctAppliedFor>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_registry_scanning_rule_list<'a>(&'a [RegistryScanningRule]);
impl rt::serde::Serialize for ser_registry_scanning_rule_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_registry_scanning_rule_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<RegistryScanningRule>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <RegistryScanningRule>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_replication_destination_list<'a>(&'a [ReplicationDestination]);
impl rt::serde::Serialize for ser_replication_destination_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_replication_destination_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<ReplicationDestination>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <ReplicationDestination>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_replication_rule_list<'a>(&'a [ReplicationRule]);
impl rt::serde::Serialize for ser_replication_rule_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_replication_rule_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<ReplicationRule>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <ReplicationRule>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_repository_creation_template_list<'a>(&'a [RepositoryCreationTemplate]);
impl rt::serde::Serialize for ser_repository_creation_template_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_repository_creation_template_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<RepositoryCreationTemplate>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <RepositoryCreationTemplate>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_repository_filter_list<'a>(&'a [RepositoryFilter]);
impl rt::serde::Serialize for ser_repository_filter_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_repository_filter_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<RepositoryFilter>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <RepositoryFilter>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_repository_list<'a>(&'a [Repository]);
impl rt::serde::Serialize for ser_repository_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
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
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_repository_name_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_repository_name_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
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
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_repository_scanning_configuration_failure_list<'a>(
    &'a [RepositoryScanningConfigurationFailure],
);
impl rt::serde::Serialize for ser_repository_scanning_configuration_failure_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_repository_scanning_configuration_failure_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<RepositoryScanningConfigurationFailure>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <RepositoryScanningConfigurationFailure>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_repository_scanning_configuration_list<'a>(&'a [RepositoryScanningConfiguration]);
impl rt::serde::Serialize for ser_repository_scanning_configuration_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_repository_scanning_configuration_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<RepositoryScanningConfiguration>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <RepositoryScanningConfiguration>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_scanning_configuration_repository_name_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_scanning_configuration_repository_name_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_scanning_configuration_repository_name_list(
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
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_scanning_repository_filter_list<'a>(&'a [ScanningRepositoryFilter]);
impl rt::serde::Serialize for ser_scanning_repository_filter_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_scanning_repository_filter_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<ScanningRepositoryFilter>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <ScanningRepositoryFilter>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_signing_repository_filter_list<'a>(&'a [SigningRepositoryFilter]);
impl rt::serde::Serialize for ser_signing_repository_filter_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_signing_repository_filter_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<SigningRepositoryFilter>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <SigningRepositoryFilter>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_signing_rule_list<'a>(&'a [SigningRule]);
impl rt::serde::Serialize for ser_signing_rule_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_signing_rule_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<SigningRule>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <SigningRule>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_tag_key_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_tag_key_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_tag_key_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_tag_list<'a>(&'a [Tag]);
impl rt::serde::Serialize for ser_tag_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
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
impl rt::Validate for BatchCheckLayerAvailabilityRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        match &self.layer_digests {
            Some(x) => {
                let p = &path.field("layerDigests");
                cx.length(p, x.len(), Some(1), Some(100));
                crate::json::val_batched_operation_layer_digest_list(x, p, cx)?;
            }
            None => cx.missing(&path.field("layerDigests")),
        }
        Ok(())
    }
}
impl rt::json::Input for BatchCheckLayerAvailabilityRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for BatchDeleteImageRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        match &self.image_ids {
            Some(x) => {
                let p = &path.field("imageIds");
                cx.length(p, x.len(), Some(1), Some(100));
                crate::json::val_image_identifier_list(x, p, cx)?;
            }
            None => cx.missing(&path.field("imageIds")),
        }
        Ok(())
    }
}
impl rt::json::Input for BatchDeleteImageRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for BatchGetImageRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        match &self.image_ids {
            Some(x) => {
                let p = &path.field("imageIds");
                cx.length(p, x.len(), Some(1), Some(100));
                crate::json::val_image_identifier_list(x, p, cx)?;
            }
            None => cx.missing(&path.field("imageIds")),
        }
        if let Some(x) = &self.accepted_media_types {
            let p = &path.field("acceptedMediaTypes");
            cx.length(p, x.len(), Some(1), Some(100));
        }
        Ok(())
    }
}
impl rt::json::Input for BatchGetImageRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for BatchGetRepositoryScanningConfigurationRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.repository_names {
            Some(x) => {
                let p = &path.field("repositoryNames");
                cx.length(p, x.len(), Some(1), Some(25));
                crate::json::val_scanning_configuration_repository_name_list(x, p, cx)?;
            }
            None => cx.missing(&path.field("repositoryNames")),
        }
        Ok(())
    }
}
impl rt::json::Input for BatchGetRepositoryScanningConfigurationRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for CompleteLayerUploadRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        match &self.upload_id {
            Some(x) => {
                let p = &path.field("uploadId");
                cx.pattern(p, x, &crate::json::PATTERN_3);
            }
            None => cx.missing(&path.field("uploadId")),
        }
        match &self.layer_digests {
            Some(x) => {
                let p = &path.field("layerDigests");
                cx.length(p, x.len(), Some(1), Some(100));
                crate::json::val_layer_digest_list(x, p, cx)?;
            }
            None => cx.missing(&path.field("layerDigests")),
        }
        Ok(())
    }
}
impl rt::json::Input for CompleteLayerUploadRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for CreatePullThroughCacheRuleRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.ecr_repository_prefix {
            Some(x) => {
                let p = &path.field("ecrRepositoryPrefix");
                cx.length(p, x.chars().count(), Some(2), Some(30));
                cx.pattern(p, x, &crate::json::PATTERN_5);
            }
            None => cx.missing(&path.field("ecrRepositoryPrefix")),
        }
        if self.upstream_registry_url.is_none() {
            cx.missing(&path.field("upstreamRegistryUrl"));
        }
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        if let Some(x) = &self.upstream_registry {
            let p = &path.field("upstreamRegistry");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.credential_arn {
            let p = &path.field("credentialArn");
            cx.length(p, x.chars().count(), Some(50), Some(612));
            cx.pattern(p, x, &crate::json::PATTERN_6);
        }
        if let Some(x) = &self.upstream_repository_prefix {
            let p = &path.field("upstreamRepositoryPrefix");
            cx.length(p, x.chars().count(), Some(2), Some(30));
            cx.pattern(p, x, &crate::json::PATTERN_5);
        }
        Ok(())
    }
}
impl rt::json::Input for CreatePullThroughCacheRuleRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for CreateRepositoryCreationTemplateRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.prefix {
            Some(x) => {
                let p = &path.field("prefix");
                cx.length(p, x.chars().count(), Some(1), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_5);
            }
            None => cx.missing(&path.field("prefix")),
        }
        if let Some(x) = &self.description {
            let p = &path.field("description");
            cx.length(p, x.chars().count(), Some(0), Some(256));
        }
        if let Some(x) = &self.encryption_configuration {
            let p = &path.field("encryptionConfiguration");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.image_tag_mutability {
            let p = &path.field("imageTagMutability");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.repository_policy {
            let p = &path.field("repositoryPolicy");
            cx.length(p, x.chars().count(), Some(0), Some(10240));
        }
        if let Some(x) = &self.lifecycle_policy {
            let p = &path.field("lifecyclePolicy");
            cx.length(p, x.chars().count(), Some(0), Some(30720));
        }
        match &self.applied_for {
            Some(x) => {
                let p = &path.field("appliedFor");
                crate::json::val_rct_applied_for_list(x, p, cx)?;
            }
            None => cx.missing(&path.field("appliedFor")),
        }
        if let Some(x) = &self.custom_role_arn {
            let p = &path.field("customRoleArn");
            cx.length(p, x.chars().count(), Some(0), Some(2048));
        }
        Ok(())
    }
}
impl rt::json::Input for CreateRepositoryCreationTemplateRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for CreateRepositoryRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        if let Some(x) = &self.image_tag_mutability {
            let p = &path.field("imageTagMutability");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.encryption_configuration {
            let p = &path.field("encryptionConfiguration");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for CreateRepositoryRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DeleteLifecyclePolicyRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        Ok(())
    }
}
impl rt::json::Input for DeleteLifecyclePolicyRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DeletePullThroughCacheRuleRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.ecr_repository_prefix {
            Some(x) => {
                let p = &path.field("ecrRepositoryPrefix");
                cx.length(p, x.chars().count(), Some(2), Some(30));
                cx.pattern(p, x, &crate::json::PATTERN_5);
            }
            None => cx.missing(&path.field("ecrRepositoryPrefix")),
        }
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        Ok(())
    }
}
impl rt::json::Input for DeletePullThroughCacheRuleRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DeleteRegistryPolicyRequestBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for DeleteRegistryPolicyRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DeleteRepositoryCreationTemplateRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.prefix {
            Some(x) => {
                let p = &path.field("prefix");
                cx.length(p, x.chars().count(), Some(1), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_5);
            }
            None => cx.missing(&path.field("prefix")),
        }
        Ok(())
    }
}
impl rt::json::Input for DeleteRepositoryCreationTemplateRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DeleteRepositoryPolicyRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        Ok(())
    }
}
impl rt::json::Input for DeleteRepositoryPolicyRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DeleteRepositoryRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        Ok(())
    }
}
impl rt::json::Input for DeleteRepositoryRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DeleteSigningConfigurationRequestBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for DeleteSigningConfigurationRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DeregisterPullTimeUpdateExclusionRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.principal_arn {
            Some(x) => {
                let p = &path.field("principalArn");
                cx.length(p, x.chars().count(), None, Some(200));
                cx.pattern(p, x, &crate::json::PATTERN_7);
            }
            None => cx.missing(&path.field("principalArn")),
        }
        Ok(())
    }
}
impl rt::json::Input for DeregisterPullTimeUpdateExclusionRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DescribeImageReplicationStatusRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        match &self.image_id {
            Some(x) => {
                let p = &path.field("imageId");
                rt::Validate::validate(x, p, cx)?;
            }
            None => cx.missing(&path.field("imageId")),
        }
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        Ok(())
    }
}
impl rt::json::Input for DescribeImageReplicationStatusRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DescribeImageScanFindingsRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        match &self.image_id {
            Some(x) => {
                let p = &path.field("imageId");
                rt::Validate::validate(x, p, cx)?;
            }
            None => cx.missing(&path.field("imageId")),
        }
        if let Some(x) = &self.max_results {
            let p = &path.field("maxResults");
            cx.range(p, f64::from(*x), Some(1.0), Some(1000.0));
        }
        Ok(())
    }
}
impl rt::json::Input for DescribeImageScanFindingsRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DescribeImageSigningStatusRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        match &self.image_id {
            Some(x) => {
                let p = &path.field("imageId");
                rt::Validate::validate(x, p, cx)?;
            }
            None => cx.missing(&path.field("imageId")),
        }
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        Ok(())
    }
}
impl rt::json::Input for DescribeImageSigningStatusRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DescribeImagesFilter {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.tag_status {
            let p = &path.field("tagStatus");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.image_status {
            let p = &path.field("imageStatus");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for DescribeImagesRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        if let Some(x) = &self.image_ids {
            let p = &path.field("imageIds");
            cx.length(p, x.len(), Some(1), Some(100));
            crate::json::val_image_identifier_list(x, p, cx)?;
        }
        if let Some(x) = &self.max_results {
            let p = &path.field("maxResults");
            cx.range(p, f64::from(*x), Some(1.0), Some(1000.0));
        }
        if let Some(x) = &self.filter {
            let p = &path.field("filter");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for DescribeImagesRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DescribePullThroughCacheRulesRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        if let Some(x) = &self.ecr_repository_prefixes {
            let p = &path.field("ecrRepositoryPrefixes");
            cx.length(p, x.len(), Some(1), Some(100));
            crate::json::val_pull_through_cache_rule_repository_prefix_list(x, p, cx)?;
        }
        if let Some(x) = &self.max_results {
            let p = &path.field("maxResults");
            cx.range(p, f64::from(*x), Some(1.0), Some(1000.0));
        }
        Ok(())
    }
}
impl rt::json::Input for DescribePullThroughCacheRulesRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DescribeRegistryRequestBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for DescribeRegistryRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DescribeRepositoriesRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        if let Some(x) = &self.repository_names {
            let p = &path.field("repositoryNames");
            cx.length(p, x.len(), Some(1), Some(100));
            crate::json::val_repository_name_list(x, p, cx)?;
        }
        if let Some(x) = &self.max_results {
            let p = &path.field("maxResults");
            cx.range(p, f64::from(*x), Some(1.0), Some(1000.0));
        }
        Ok(())
    }
}
impl rt::json::Input for DescribeRepositoriesRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DescribeRepositoryCreationTemplatesRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.prefixes {
            let p = &path.field("prefixes");
            crate::json::val_prefix_list(x, p, cx)?;
        }
        if let Some(x) = &self.max_results {
            let p = &path.field("maxResults");
            cx.range(p, f64::from(*x), Some(1.0), Some(1000.0));
        }
        Ok(())
    }
}
impl rt::json::Input for DescribeRepositoryCreationTemplatesRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for EncryptionConfiguration {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.encryption_type, &path.field("encryptionType"));
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.kms_key {
            let p = &path.field("kmsKey");
            cx.length(p, x.chars().count(), Some(1), Some(2048));
        }
        Ok(())
    }
}
impl rt::Validate for EncryptionConfigurationForRepositoryCreationTemplate {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.encryption_type, &path.field("encryptionType"));
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.kms_key {
            let p = &path.field("kmsKey");
            cx.length(p, x.chars().count(), Some(0), Some(2048));
            cx.pattern(p, x, &crate::json::PATTERN_8);
        }
        Ok(())
    }
}
impl rt::Validate for GetAccountSettingRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.name {
            Some(x) => {
                let p = &path.field("name");
                cx.length(p, x.chars().count(), Some(1), Some(64));
            }
            None => cx.missing(&path.field("name")),
        }
        Ok(())
    }
}
impl rt::json::Input for GetAccountSettingRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for GetAuthorizationTokenRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_ids {
            let p = &path.field("registryIds");
            cx.length(p, x.len(), Some(1), Some(10));
            crate::json::val_get_authorization_token_registry_id_list(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for GetAuthorizationTokenRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for GetDownloadUrlForLayerRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        match &self.layer_digest {
            Some(x) => {
                let p = &path.field("layerDigest");
                cx.pattern(p, x, &crate::json::PATTERN_4);
            }
            None => cx.missing(&path.field("layerDigest")),
        }
        Ok(())
    }
}
impl rt::json::Input for GetDownloadUrlForLayerRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for GetLifecyclePolicyPreviewRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        if let Some(x) = &self.image_ids {
            let p = &path.field("imageIds");
            cx.length(p, x.len(), Some(1), Some(100));
            crate::json::val_image_identifier_list(x, p, cx)?;
        }
        if let Some(x) = &self.max_results {
            let p = &path.field("maxResults");
            cx.range(p, f64::from(*x), Some(1.0), Some(100.0));
        }
        if let Some(x) = &self.filter {
            let p = &path.field("filter");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for GetLifecyclePolicyPreviewRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for GetLifecyclePolicyRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        Ok(())
    }
}
impl rt::json::Input for GetLifecyclePolicyRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for GetRegistryPolicyRequestBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for GetRegistryPolicyRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for GetRegistryScanningConfigurationRequestBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for GetRegistryScanningConfigurationRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for GetRepositoryPolicyRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        Ok(())
    }
}
impl rt::json::Input for GetRepositoryPolicyRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for GetSigningConfigurationRequestBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for GetSigningConfigurationRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for ImageIdentifier {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.image_tag {
            let p = &path.field("imageTag");
            cx.length(p, x.chars().count(), Some(1), Some(300));
        }
        Ok(())
    }
}
impl rt::Validate for InitiateLayerUploadRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        Ok(())
    }
}
impl rt::json::Input for InitiateLayerUploadRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for LifecyclePolicyPreviewFilter {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.tag_status {
            let p = &path.field("tagStatus");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for ListImageReferrersFilter {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.artifact_types {
            let p = &path.field("artifactTypes");
            cx.length(p, x.len(), Some(0), Some(5));
            crate::json::val_artifact_type_list(x, p, cx)?;
        }
        if let Some(x) = &self.artifact_status {
            let p = &path.field("artifactStatus");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for ListImageReferrersRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        if self.subject_id.is_none() {
            cx.missing(&path.field("subjectId"));
        }
        if let Some(x) = &self.filter {
            let p = &path.field("filter");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.max_results {
            let p = &path.field("maxResults");
            cx.range(p, f64::from(*x), Some(1.0), Some(50.0));
        }
        Ok(())
    }
}
impl rt::json::Input for ListImageReferrersRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for ListImagesFilter {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.tag_status {
            let p = &path.field("tagStatus");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for ListImagesRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        if let Some(x) = &self.max_results {
            let p = &path.field("maxResults");
            cx.range(p, f64::from(*x), Some(1.0), Some(1000.0));
        }
        if let Some(x) = &self.filter {
            let p = &path.field("filter");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for ListImagesRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for ListPullTimeUpdateExclusionsRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.max_results {
            let p = &path.field("maxResults");
            cx.range(p, f64::from(*x), Some(1.0), Some(1000.0));
        }
        Ok(())
    }
}
impl rt::json::Input for ListPullTimeUpdateExclusionsRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for ListTagsForResourceRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.resource_arn.is_none() {
            cx.missing(&path.field("resourceArn"));
        }
        Ok(())
    }
}
impl rt::json::Input for ListTagsForResourceRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for PutAccountSettingRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.name {
            Some(x) => {
                let p = &path.field("name");
                cx.length(p, x.chars().count(), Some(1), Some(64));
            }
            None => cx.missing(&path.field("name")),
        }
        if self.value.is_none() {
            cx.missing(&path.field("value"));
        }
        Ok(())
    }
}
impl rt::json::Input for PutAccountSettingRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for PutImageRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        match &self.image_manifest {
            Some(x) => {
                let p = &path.field("imageManifest");
                cx.length(p, x.chars().count(), Some(1), Some(4194304));
            }
            None => cx.missing(&path.field("imageManifest")),
        }
        if let Some(x) = &self.image_tag {
            let p = &path.field("imageTag");
            cx.length(p, x.chars().count(), Some(1), Some(300));
        }
        Ok(())
    }
}
impl rt::json::Input for PutImageRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for PutImageScanningConfigurationRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        if self.image_scanning_configuration.is_none() {
            cx.missing(&path.field("imageScanningConfiguration"));
        }
        Ok(())
    }
}
impl rt::json::Input for PutImageScanningConfigurationRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for PutImageTagMutabilityRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        match &self.image_tag_mutability {
            Some(x) => {
                let p = &path.field("imageTagMutability");
                rt::Validate::validate(x, p, cx)?;
            }
            None => cx.missing(&path.field("imageTagMutability")),
        }
        Ok(())
    }
}
impl rt::json::Input for PutImageTagMutabilityRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for PutLifecyclePolicyRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        match &self.lifecycle_policy_text {
            Some(x) => {
                let p = &path.field("lifecyclePolicyText");
                cx.length(p, x.chars().count(), Some(100), Some(30720));
            }
            None => cx.missing(&path.field("lifecyclePolicyText")),
        }
        Ok(())
    }
}
impl rt::json::Input for PutLifecyclePolicyRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for PutRegistryPolicyRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.policy_text {
            Some(x) => {
                let p = &path.field("policyText");
                cx.length(p, x.chars().count(), Some(0), Some(10240));
            }
            None => cx.missing(&path.field("policyText")),
        }
        Ok(())
    }
}
impl rt::json::Input for PutRegistryPolicyRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for PutRegistryScanningConfigurationRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.scan_type {
            let p = &path.field("scanType");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.rules {
            let p = &path.field("rules");
            cx.length(p, x.len(), Some(0), Some(2));
            crate::json::val_registry_scanning_rule_list(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for PutRegistryScanningConfigurationRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for PutReplicationConfigurationRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.replication_configuration {
            Some(x) => {
                let p = &path.field("replicationConfiguration");
                rt::Validate::validate(x, p, cx)?;
            }
            None => cx.missing(&path.field("replicationConfiguration")),
        }
        Ok(())
    }
}
impl rt::json::Input for PutReplicationConfigurationRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for PutSigningConfigurationRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.signing_configuration {
            Some(x) => {
                let p = &path.field("signingConfiguration");
                rt::Validate::validate(x, p, cx)?;
            }
            None => cx.missing(&path.field("signingConfiguration")),
        }
        Ok(())
    }
}
impl rt::json::Input for PutSigningConfigurationRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for RegisterPullTimeUpdateExclusionRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.principal_arn {
            Some(x) => {
                let p = &path.field("principalArn");
                cx.length(p, x.chars().count(), None, Some(200));
                cx.pattern(p, x, &crate::json::PATTERN_7);
            }
            None => cx.missing(&path.field("principalArn")),
        }
        Ok(())
    }
}
impl rt::json::Input for RegisterPullTimeUpdateExclusionRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for RegistryScanningRule {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.scan_frequency, &path.field("scanFrequency"));
            rt::Validate::validate(x, p, cx)?;
        }
        {
            let (x, p) = (&self.repository_filters, &path.field("repositoryFilters"));
            cx.length(p, x.len(), Some(0), Some(100));
            crate::json::val_scanning_repository_filter_list(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for ReplicationConfiguration {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.rules, &path.field("rules"));
            cx.length(p, x.len(), Some(0), Some(10));
            crate::json::val_replication_rule_list(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for ReplicationDestination {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.region, &path.field("region"));
            cx.length(p, x.chars().count(), Some(2), Some(25));
            cx.pattern(p, x, &crate::json::PATTERN_9);
        }
        {
            let (x, p) = (&self.registry_id, &path.field("registryId"));
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        Ok(())
    }
}
impl rt::Validate for ReplicationRule {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.destinations, &path.field("destinations"));
            cx.length(p, x.len(), Some(0), Some(100));
            crate::json::val_replication_destination_list(x, p, cx)?;
        }
        if let Some(x) = &self.repository_filters {
            let p = &path.field("repositoryFilters");
            cx.length(p, x.len(), Some(1), Some(100));
            crate::json::val_repository_filter_list(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for RepositoryFilter {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.filter, &path.field("filter"));
            cx.length(p, x.chars().count(), Some(2), Some(256));
            cx.pattern(p, x, &crate::json::PATTERN_11);
        }
        {
            let (x, p) = (&self.filter_type, &path.field("filterType"));
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for ScanningRepositoryFilter {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.filter, &path.field("filter"));
            cx.length(p, x.chars().count(), Some(1), Some(255));
            cx.pattern(p, x, &crate::json::PATTERN_12);
        }
        {
            let (x, p) = (&self.filter_type, &path.field("filterType"));
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for SetRepositoryPolicyRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        match &self.policy_text {
            Some(x) => {
                let p = &path.field("policyText");
                cx.length(p, x.chars().count(), Some(0), Some(10240));
            }
            None => cx.missing(&path.field("policyText")),
        }
        Ok(())
    }
}
impl rt::json::Input for SetRepositoryPolicyRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for SigningConfiguration {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.rules, &path.field("rules"));
            cx.length(p, x.len(), Some(0), Some(10));
            crate::json::val_signing_rule_list(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for SigningRepositoryFilter {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.filter, &path.field("filter"));
            cx.length(p, x.chars().count(), Some(1), Some(256));
            cx.pattern(p, x, &crate::json::PATTERN_13);
        }
        {
            let (x, p) = (&self.filter_type, &path.field("filterType"));
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for SigningRule {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.signing_profile_arn, &path.field("signingProfileArn"));
            cx.length(p, x.chars().count(), None, Some(200));
            cx.pattern(p, x, &crate::json::PATTERN_10);
        }
        if let Some(x) = &self.repository_filters {
            let p = &path.field("repositoryFilters");
            cx.length(p, x.len(), Some(1), Some(100));
            crate::json::val_signing_repository_filter_list(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for StartImageScanRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        match &self.image_id {
            Some(x) => {
                let p = &path.field("imageId");
                rt::Validate::validate(x, p, cx)?;
            }
            None => cx.missing(&path.field("imageId")),
        }
        Ok(())
    }
}
impl rt::json::Input for StartImageScanRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for StartLifecyclePolicyPreviewRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        if let Some(x) = &self.lifecycle_policy_text {
            let p = &path.field("lifecyclePolicyText");
            cx.length(p, x.chars().count(), Some(100), Some(30720));
        }
        Ok(())
    }
}
impl rt::json::Input for StartLifecyclePolicyPreviewRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for TagResourceRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.resource_arn.is_none() {
            cx.missing(&path.field("resourceArn"));
        }
        if self.tags.is_none() {
            cx.missing(&path.field("tags"));
        }
        Ok(())
    }
}
impl rt::json::Input for TagResourceRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for UntagResourceRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if self.resource_arn.is_none() {
            cx.missing(&path.field("resourceArn"));
        }
        if self.tag_keys.is_none() {
            cx.missing(&path.field("tagKeys"));
        }
        Ok(())
    }
}
impl rt::json::Input for UntagResourceRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for UpdateImageStorageClassRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        match &self.image_id {
            Some(x) => {
                let p = &path.field("imageId");
                rt::Validate::validate(x, p, cx)?;
            }
            None => cx.missing(&path.field("imageId")),
        }
        match &self.target_storage_class {
            Some(x) => {
                let p = &path.field("targetStorageClass");
                rt::Validate::validate(x, p, cx)?;
            }
            None => cx.missing(&path.field("targetStorageClass")),
        }
        Ok(())
    }
}
impl rt::json::Input for UpdateImageStorageClassRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for UpdatePullThroughCacheRuleRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.ecr_repository_prefix {
            Some(x) => {
                let p = &path.field("ecrRepositoryPrefix");
                cx.length(p, x.chars().count(), Some(2), Some(30));
                cx.pattern(p, x, &crate::json::PATTERN_5);
            }
            None => cx.missing(&path.field("ecrRepositoryPrefix")),
        }
        if let Some(x) = &self.credential_arn {
            let p = &path.field("credentialArn");
            cx.length(p, x.chars().count(), Some(50), Some(612));
            cx.pattern(p, x, &crate::json::PATTERN_6);
        }
        if let Some(x) = &self.custom_role_arn {
            let p = &path.field("customRoleArn");
            cx.length(p, x.chars().count(), Some(0), Some(2048));
        }
        Ok(())
    }
}
impl rt::json::Input for UpdatePullThroughCacheRuleRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for UpdateRepositoryCreationTemplateRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.prefix {
            Some(x) => {
                let p = &path.field("prefix");
                cx.length(p, x.chars().count(), Some(1), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_5);
            }
            None => cx.missing(&path.field("prefix")),
        }
        if let Some(x) = &self.description {
            let p = &path.field("description");
            cx.length(p, x.chars().count(), Some(0), Some(256));
        }
        if let Some(x) = &self.encryption_configuration {
            let p = &path.field("encryptionConfiguration");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.image_tag_mutability {
            let p = &path.field("imageTagMutability");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.repository_policy {
            let p = &path.field("repositoryPolicy");
            cx.length(p, x.chars().count(), Some(0), Some(10240));
        }
        if let Some(x) = &self.lifecycle_policy {
            let p = &path.field("lifecyclePolicy");
            cx.length(p, x.chars().count(), Some(0), Some(30720));
        }
        if let Some(x) = &self.applied_for {
            let p = &path.field("appliedFor");
            crate::json::val_rct_applied_for_list(x, p, cx)?;
        }
        if let Some(x) = &self.custom_role_arn {
            let p = &path.field("customRoleArn");
            cx.length(p, x.chars().count(), Some(0), Some(2048));
        }
        Ok(())
    }
}
impl rt::json::Input for UpdateRepositoryCreationTemplateRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for UploadLayerPartRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        match &self.repository_name {
            Some(x) => {
                let p = &path.field("repositoryName");
                cx.length(p, x.chars().count(), Some(2), Some(256));
                cx.pattern(p, x, &crate::json::PATTERN_2);
            }
            None => cx.missing(&path.field("repositoryName")),
        }
        match &self.upload_id {
            Some(x) => {
                let p = &path.field("uploadId");
                cx.pattern(p, x, &crate::json::PATTERN_3);
            }
            None => cx.missing(&path.field("uploadId")),
        }
        match &self.part_first_byte {
            Some(x) => {
                let p = &path.field("partFirstByte");
                cx.range(p, *x as f64, Some(0.0), None);
            }
            None => cx.missing(&path.field("partFirstByte")),
        }
        match &self.part_last_byte {
            Some(x) => {
                let p = &path.field("partLastByte");
                cx.range(p, *x as f64, Some(0.0), None);
            }
            None => cx.missing(&path.field("partLastByte")),
        }
        match &self.layer_part_blob {
            Some(x) => {
                let p = &path.field("layerPartBlob");
                cx.length(p, x.as_ref().len(), Some(0), Some(20971520));
            }
            None => cx.missing(&path.field("layerPartBlob")),
        }
        Ok(())
    }
}
impl rt::json::Input for UploadLayerPartRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for ValidatePullThroughCacheRuleRequestBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.ecr_repository_prefix {
            Some(x) => {
                let p = &path.field("ecrRepositoryPrefix");
                cx.length(p, x.chars().count(), Some(2), Some(30));
                cx.pattern(p, x, &crate::json::PATTERN_5);
            }
            None => cx.missing(&path.field("ecrRepositoryPrefix")),
        }
        if let Some(x) = &self.registry_id {
            let p = &path.field("registryId");
            cx.pattern(p, x, &crate::json::PATTERN_1);
        }
        Ok(())
    }
}
impl rt::json::Input for ValidatePullThroughCacheRuleRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
fn val_artifact_type_list(
    items: &[rt::String],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        cx.length(p, x.chars().count(), Some(1), Some(255));
    }
    Ok(())
}
fn val_batched_operation_layer_digest_list(
    items: &[rt::String],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        cx.length(p, x.chars().count(), Some(0), Some(1000));
    }
    Ok(())
}
fn val_get_authorization_token_registry_id_list(
    items: &[rt::String],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        cx.pattern(p, x, &crate::json::PATTERN_1);
    }
    Ok(())
}
fn val_image_identifier_list(
    items: &[ImageIdentifier],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_layer_digest_list(
    items: &[rt::String],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        cx.pattern(p, x, &crate::json::PATTERN_4);
    }
    Ok(())
}
fn val_prefix_list(
    items: &[rt::String],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        cx.length(p, x.chars().count(), Some(1), Some(256));
        cx.pattern(p, x, &crate::json::PATTERN_5);
    }
    Ok(())
}
fn val_pull_through_cache_rule_repository_prefix_list(
    items: &[rt::String],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        cx.length(p, x.chars().count(), Some(2), Some(30));
        cx.pattern(p, x, &crate::json::PATTERN_5);
    }
    Ok(())
}
fn val_rct_applied_for_list(
    items: &[RctAppliedFor],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_registry_scanning_rule_list(
    items: &[RegistryScanningRule],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_replication_destination_list(
    items: &[ReplicationDestination],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_replication_rule_list(
    items: &[ReplicationRule],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_repository_filter_list(
    items: &[RepositoryFilter],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_repository_name_list(
    items: &[rt::String],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        cx.length(p, x.chars().count(), Some(2), Some(256));
        cx.pattern(p, x, &crate::json::PATTERN_2);
    }
    Ok(())
}
fn val_scanning_configuration_repository_name_list(
    items: &[rt::String],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        cx.length(p, x.chars().count(), Some(2), Some(256));
        cx.pattern(p, x, &crate::json::PATTERN_2);
    }
    Ok(())
}
fn val_scanning_repository_filter_list(
    items: &[ScanningRepositoryFilter],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_signing_repository_filter_list(
    items: &[SigningRepositoryFilter],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_signing_rule_list(
    items: &[SigningRule],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
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
/// Runs as `^((?:[a-z0-9]+(?:[\._\-][a-z0-9]+)*/)*[a-z0-9]+(?:[\._\-][a-z0-9]+)*/?|ROOT)$`.
pub(crate) static PATTERN_5: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^((?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*/?|ROOT)$",
        "^((?:[a-z0-9]+(?:[\\._\\-][a-z0-9]+)*/)*[a-z0-9]+(?:[\\._\\-][a-z0-9]+)*/?|ROOT)$",
        rt::PatternEngine::Lite,
    )
});
/// Runs as `^arn:aws:secretsmanager:[a-zA-Z0-9\-:]+:secret:ecr\-pullthroughcache/[a-zA-Z0-9/_\+=\.@\-]+$`.
pub(crate) static PATTERN_6: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^arn:aws:secretsmanager:[a-zA-Z0-9-:]+:secret:ecr\\-pullthroughcache\\/[a-zA-Z0-9\\/_+=.@-]+$",
        "^arn:aws:secretsmanager:[a-zA-Z0-9\\-:]+:secret:ecr\\-pullthroughcache/[a-zA-Z0-9/_\\+=\\.@\\-]+$",
        rt::PatternEngine::Lite,
    )
});
/// Runs as `^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(role|user)/[[a-zA-Z0-9_]\+=,\.@\-]+(/[[a-zA-Z0-9_]\+=,\.@\-]+)*$`.
pub(crate) static PATTERN_7: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(role|user)/[\\w+=,.@-]+(/[\\w+=,.@-]+)*$",
        "^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(role|user)/[[a-zA-Z0-9_]\\+=,\\.@\\-]+(/[[a-zA-Z0-9_]\\+=,\\.@\\-]+)*$",
        rt::PatternEngine::Lite,
    )
});
/// Runs as `^$|arn:aws:kms:[a-z0-9\-]+:[0-9]{12}:key/[a-z0-9\-]+$`.
pub(crate) static PATTERN_8: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^$|arn:aws:kms:[a-z0-9-]+:[0-9]{12}:key\\/[a-z0-9-]+$",
        "^$|arn:aws:kms:[a-z0-9\\-]+:[0-9]{12}:key/[a-z0-9\\-]+$",
        rt::PatternEngine::Lite,
    )
});
/// Runs as `^[0-9a-z\-]{2,25}$`.
pub(crate) static PATTERN_9: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[0-9a-z-]{2,25}$",
        "^[0-9a-z\\-]{2,25}$",
        rt::PatternEngine::Lite,
    )
});
/// Runs as `^arn:aws(-[a-z]+)*:signer:[a-z0-9\-]+:[0-9]{12}:/signing-profiles/[a-zA-Z0-9_]{2,}$`.
pub(crate) static PATTERN_10: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^arn:aws(-[a-z]+)*:signer:[a-z0-9-]+:[0-9]{12}:\\/signing-profiles\\/[a-zA-Z0-9_]{2,}$",
        "^arn:aws(-[a-z]+)*:signer:[a-z0-9\\-]+:[0-9]{12}:/signing-profiles/[a-zA-Z0-9_]{2,}$",
        rt::PatternEngine::Lite,
    )
});
/// Runs as `^(?:[a-z0-9]+(?:[\._\-][a-z0-9]*)*/)*[a-z0-9]*(?:[\._\-][a-z0-9]*)*$`.
pub(crate) static PATTERN_11: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^(?:[a-z0-9]+(?:[._-][a-z0-9]*)*/)*[a-z0-9]*(?:[._-][a-z0-9]*)*$",
        "^(?:[a-z0-9]+(?:[\\._\\-][a-z0-9]*)*/)*[a-z0-9]*(?:[\\._\\-][a-z0-9]*)*$",
        rt::PatternEngine::Lite,
    )
});
/// Runs as `^[a-z0-9\*](?:[\._\-/a-z0-9\*]?[a-z0-9\*]+)*$`.
pub(crate) static PATTERN_12: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[a-z0-9*](?:[._\\-/a-z0-9*]?[a-z0-9*]+)*$",
        "^[a-z0-9\\*](?:[\\._\\-/a-z0-9\\*]?[a-z0-9\\*]+)*$",
        rt::PatternEngine::Lite,
    )
});
/// Runs as `^(?:[a-z0-9\*]+(?:[\._\-][a-z0-9\*]+)*/)*[a-z0-9\*]+(?:[\._\-][a-z0-9\*]+)*$`.
pub(crate) static PATTERN_13: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^(?:[a-z0-9*]+(?:[._-][a-z0-9*]+)*/)*[a-z0-9*]+(?:[._-][a-z0-9*]+)*$",
        "^(?:[a-z0-9\\*]+(?:[\\._\\-][a-z0-9\\*]+)*/)*[a-z0-9\\*]+(?:[\\._\\-][a-z0-9\\*]+)*$",
        rt::PatternEngine::Lite,
    )
});
