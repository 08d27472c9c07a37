// Generated from model/ecr.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs for lists and maps, and the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use codegen_rt::prelude::*;
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
