// Generated from models/entitlements.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for Entitlement {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.product_code {
            out.serialize_entry("ProductCode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.dimension {
            out.serialize_entry("Dimension", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.customer_identifier {
            out.serialize_entry("CustomerIdentifier", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.customer_aws_account_id {
            out.serialize_entry("CustomerAWSAccountId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.value {
            out.serialize_entry("Value", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expiration_date {
            out.serialize_entry(
                "ExpirationDate",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.license_arn {
            out.serialize_entry("LicenseArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Entitlement {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            product_code: rt::json::get_with(obj, "ProductCode", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(255));
                Ok(x)
            })?,
            dimension: rt::json::get_with(obj, "Dimension", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            customer_identifier: rt::json::get_with(
                obj,
                "CustomerIdentifier",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.pattern(p, &x, &crate::json::PATTERN_0);
                    Ok(x)
                },
            )?,
            customer_aws_account_id: rt::json::get_with(
                obj,
                "CustomerAWSAccountId",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.pattern(p, &x, &crate::json::PATTERN_0);
                    Ok(x)
                },
            )?,
            value: rt::json::get(obj, "Value", p, cx)?,
            expiration_date: rt::json::get_with(obj, "ExpirationDate", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            license_arn: rt::json::get(obj, "LicenseArn", p, cx)?,
        })
    }
}
impl rt::ToJson for EntitlementValue {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.integer_value {
            out.serialize_entry("IntegerValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.double_value {
            out.serialize_entry("DoubleValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.boolean_value {
            out.serialize_entry("BooleanValue", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.string_value {
            out.serialize_entry("StringValue", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for EntitlementValue {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            integer_value: rt::json::get(obj, "IntegerValue", p, cx)?,
            double_value: rt::json::get(obj, "DoubleValue", p, cx)?,
            boolean_value: rt::json::get(obj, "BooleanValue", p, cx)?,
            string_value: rt::json::get(obj, "StringValue", p, cx)?,
        })
    }
}
impl rt::ToJson for GetEntitlementsInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("ProductCode", &rt::json::Json(&self.product_code))?;
        if let Some(v) = &self.filter {
            out.serialize_entry("Filter", &crate::json::ser_get_entitlement_filters(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("NextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("MaxResults", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for GetEntitlementsInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.product_code {
            out.serialize_entry("ProductCode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.filter {
            out.serialize_entry("Filter", &crate::json::ser_get_entitlement_filters(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("NextToken", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_results {
            out.serialize_entry("MaxResults", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetEntitlementsInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            product_code: rt::json::required(
                rt::json::get_with(obj, "ProductCode", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(255));
                    Ok(x)
                })?,
                &p.field("ProductCode"),
                cx,
            ),
            filter: rt::json::get_with(
                obj,
                "Filter",
                p,
                cx,
                crate::json::de_get_entitlement_filters,
            )?,
            next_token: rt::json::get_with(obj, "NextToken", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            max_results: rt::json::get_with(obj, "MaxResults", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(1.0), Some(25.0));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for GetEntitlementsOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.entitlements {
            out.serialize_entry("Entitlements", &crate::json::ser_entitlement_list(v))?;
        }
        if let Some(v) = &self.next_token {
            out.serialize_entry("NextToken", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetEntitlementsOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            entitlements: rt::json::get_with(
                obj,
                "Entitlements",
                p,
                cx,
                crate::json::de_entitlement_list,
            )?,
            next_token: rt::json::get_with(obj, "NextToken", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InternalServiceErrorException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InternalServiceErrorException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
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
impl rt::ToJson for ThrottlingException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ThrottlingException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_entitlement_list<'a>(&'a [Entitlement]);
impl rt::serde::Serialize for ser_entitlement_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_entitlement_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<Entitlement>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Entitlement>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_filter_value_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_filter_value_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_filter_value_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_get_entitlement_filters<'a>(&'a rt::BTreeMap<rt::String, rt::Vec<rt::String>>);
impl rt::serde::Serialize for ser_get_entitlement_filters<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &crate::json::ser_filter_value_list(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_get_entitlement_filters(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, rt::Vec<rt::String>>> {
    rt::json::map(v, path, cx, |k, v, p, cx| {
        if let GetEntitlementFilterName::Unknown(_) = GetEntitlementFilterName::from(k) {
            cx.enum_value(
                path,
                GetEntitlementFilterName::VALUES,
                GetEntitlementFilterName::INTERNAL,
            );
        }
        let x = crate::json::de_filter_value_list(v, p, cx)?;
        cx.length(p, x.len(), Some(1), None);
        Ok(x)
    })
}
impl rt::Validate for GetEntitlementsInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.product_code {
            Some(x) => {
                let p = &path.field("ProductCode");
                cx.length(p, x.chars().count(), Some(1), Some(255));
            }
            None => cx.missing(&path.field("ProductCode")),
        }
        if let Some(x) = &self.filter {
            let p = &path.field("Filter");
            crate::json::val_get_entitlement_filters(x, p, cx)?;
        }
        if let Some(x) = &self.next_token {
            let p = &path.field("NextToken");
            cx.pattern(p, x, &crate::json::PATTERN_0);
        }
        if let Some(x) = &self.max_results {
            let p = &path.field("MaxResults");
            cx.range(p, f64::from(*x), Some(1.0), Some(25.0));
        }
        Ok(())
    }
}
impl rt::json::Input for GetEntitlementsInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "ProductCode" => self.product_code.as_ref().map(|v| v.to_json()),
            "NextToken" => self.next_token.as_ref().map(|v| v.to_json()),
            "MaxResults" => self.max_results.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
    fn write_body<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.filter {
            out.serialize_entry("Filter", &crate::json::ser_get_entitlement_filters(v))?;
        }
        out.end()
    }
}
fn val_get_entitlement_filters(
    entries: &rt::BTreeMap<rt::String, rt::Vec<rt::String>>,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (k, x) in entries {
        if let GetEntitlementFilterName::Unknown(_) = GetEntitlementFilterName::from(k.as_str()) {
            cx.enum_value(
                path,
                GetEntitlementFilterName::VALUES,
                GetEntitlementFilterName::INTERNAL,
            );
        }
        let p = &path.key(k);
        cx.length(p, x.len(), Some(1), None);
    }
    Ok(())
}
/// Runs as `[^ \t\n\x{B}\x{C}\r]+`.
pub(crate) static PATTERN_0: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "\\S+",
        "[^ \\t\\n\\x{B}\\x{C}\\r]+",
        rt::PatternEngine::Lite,
    )
});
