// Generated from models/aws-dynamodb.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs: structures, unions, lists and maps; the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
impl rt::ToJson for ArchivalSummary {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.archival_backup_arn {
            out.serialize_entry("ArchivalBackupArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.archival_date_time {
            out.serialize_entry(
                "ArchivalDateTime",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.archival_reason {
            out.serialize_entry("ArchivalReason", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ArchivalSummary {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            archival_backup_arn: rt::json::get_with(
                obj,
                "ArchivalBackupArn",
                p,
                cx,
                |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(37), Some(1024));
                    Ok(x)
                },
            )?,
            archival_date_time: rt::json::get_with(obj, "ArchivalDateTime", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            archival_reason: rt::json::get(obj, "ArchivalReason", p, cx)?,
        })
    }
}
impl rt::ToJson for AttributeDefinition {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("AttributeName", &rt::json::Json(&self.attribute_name))?;
        out.serialize_entry("AttributeType", &rt::json::Json(&self.attribute_type))?;
        out.end()
    }
}
impl rt::FromJson for AttributeDefinition {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            attribute_name: rt::json::required(
                rt::json::get_with(obj, "AttributeName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(255));
                    Ok(x)
                })?,
                &p.field("AttributeName"),
                cx,
            ),
            attribute_type: rt::json::required(
                rt::json::get(obj, "AttributeType", p, cx)?,
                &p.field("AttributeType"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for AttributeValueUpdate {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.action {
            out.serialize_entry("Action", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.value {
            out.serialize_entry("Value", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for AttributeValueUpdate {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            action: rt::json::get(obj, "Action", p, cx)?,
            value: rt::json::get(obj, "Value", p, cx)?,
        })
    }
}
impl rt::ToJson for BillingModeSummary {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.billing_mode {
            out.serialize_entry("BillingMode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.last_update_to_pay_per_request_date_time {
            out.serialize_entry(
                "LastUpdateToPayPerRequestDateTime",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for BillingModeSummary {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            billing_mode: rt::json::get(obj, "BillingMode", p, cx)?,
            last_update_to_pay_per_request_date_time: rt::json::get_with(
                obj,
                "LastUpdateToPayPerRequestDateTime",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx),
            )?,
        })
    }
}
impl rt::ToJson for Capacity {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.capacity_units {
            out.serialize_entry("CapacityUnits", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.read_capacity_units {
            out.serialize_entry("ReadCapacityUnits", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.write_capacity_units {
            out.serialize_entry("WriteCapacityUnits", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Capacity {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            capacity_units: rt::json::get(obj, "CapacityUnits", p, cx)?,
            read_capacity_units: rt::json::get(obj, "ReadCapacityUnits", p, cx)?,
            write_capacity_units: rt::json::get(obj, "WriteCapacityUnits", p, cx)?,
        })
    }
}
impl rt::ToJson for Condition {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attribute_value_list {
            out.serialize_entry(
                "AttributeValueList",
                &crate::json::ser_attribute_value_list(v),
            )?;
        }
        out.serialize_entry(
            "ComparisonOperator",
            &rt::json::Json(&self.comparison_operator),
        )?;
        out.end()
    }
}
impl rt::FromJson for Condition {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            attribute_value_list: rt::json::get_with(
                obj,
                "AttributeValueList",
                p,
                cx,
                crate::json::de_attribute_value_list,
            )?,
            comparison_operator: rt::json::required(
                rt::json::get(obj, "ComparisonOperator", p, cx)?,
                &p.field("ComparisonOperator"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for ConditionalCheckFailedException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.item {
            out.serialize_entry("Item", &crate::json::ser_attribute_map(v))?;
        }
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ConditionalCheckFailedException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            item: rt::json::get_with(obj, "Item", p, cx, crate::json::de_attribute_map)?,
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ConsumedCapacity {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.capacity_units {
            out.serialize_entry("CapacityUnits", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.global_secondary_indexes {
            out.serialize_entry(
                "GlobalSecondaryIndexes",
                &crate::json::ser_secondary_indexes_capacity_map(v),
            )?;
        }
        if let Some(v) = &self.local_secondary_indexes {
            out.serialize_entry(
                "LocalSecondaryIndexes",
                &crate::json::ser_secondary_indexes_capacity_map(v),
            )?;
        }
        if let Some(v) = &self.read_capacity_units {
            out.serialize_entry("ReadCapacityUnits", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.table {
            out.serialize_entry("Table", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.table_name {
            out.serialize_entry("TableName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.write_capacity_units {
            out.serialize_entry("WriteCapacityUnits", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ConsumedCapacity {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            capacity_units: rt::json::get(obj, "CapacityUnits", p, cx)?,
            global_secondary_indexes: rt::json::get_with(
                obj,
                "GlobalSecondaryIndexes",
                p,
                cx,
                crate::json::de_secondary_indexes_capacity_map,
            )?,
            local_secondary_indexes: rt::json::get_with(
                obj,
                "LocalSecondaryIndexes",
                p,
                cx,
                crate::json::de_secondary_indexes_capacity_map,
            )?,
            read_capacity_units: rt::json::get(obj, "ReadCapacityUnits", p, cx)?,
            table: rt::json::get(obj, "Table", p, cx)?,
            table_name: rt::json::get_with(obj, "TableName", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(1024));
                Ok(x)
            })?,
            write_capacity_units: rt::json::get(obj, "WriteCapacityUnits", p, cx)?,
        })
    }
}
impl rt::ToJson for CreateTableInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry(
            "AttributeDefinitions",
            &crate::json::ser_attribute_definitions(&self.attribute_definitions),
        )?;
        if let Some(v) = &self.billing_mode {
            out.serialize_entry("BillingMode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.deletion_protection_enabled {
            out.serialize_entry("DeletionProtectionEnabled", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.global_secondary_indexes {
            out.serialize_entry(
                "GlobalSecondaryIndexes",
                &crate::json::ser_global_secondary_index_list(v),
            )?;
        }
        out.serialize_entry("KeySchema", &crate::json::ser_key_schema(&self.key_schema))?;
        if let Some(v) = &self.local_secondary_indexes {
            out.serialize_entry(
                "LocalSecondaryIndexes",
                &crate::json::ser_local_secondary_index_list(v),
            )?;
        }
        if let Some(v) = &self.on_demand_throughput {
            out.serialize_entry("OnDemandThroughput", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.provisioned_throughput {
            out.serialize_entry("ProvisionedThroughput", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.resource_policy {
            out.serialize_entry("ResourcePolicy", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_specification {
            out.serialize_entry("SSESpecification", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.stream_specification {
            out.serialize_entry("StreamSpecification", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.table_class {
            out.serialize_entry("TableClass", &rt::json::Json(v))?;
        }
        out.serialize_entry("TableName", &rt::json::Json(&self.table_name))?;
        if let Some(v) = &self.tags {
            out.serialize_entry("Tags", &crate::json::ser_tag_list(v))?;
        }
        if let Some(v) = &self.warm_throughput {
            out.serialize_entry("WarmThroughput", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for CreateTableInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attribute_definitions {
            out.serialize_entry(
                "AttributeDefinitions",
                &crate::json::ser_attribute_definitions(v),
            )?;
        }
        if let Some(v) = &self.billing_mode {
            out.serialize_entry("BillingMode", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.deletion_protection_enabled {
            out.serialize_entry("DeletionProtectionEnabled", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.global_secondary_indexes {
            out.serialize_entry(
                "GlobalSecondaryIndexes",
                &crate::json::ser_global_secondary_index_list(v),
            )?;
        }
        if let Some(v) = &self.key_schema {
            out.serialize_entry("KeySchema", &crate::json::ser_key_schema(v))?;
        }
        if let Some(v) = &self.local_secondary_indexes {
            out.serialize_entry(
                "LocalSecondaryIndexes",
                &crate::json::ser_local_secondary_index_list(v),
            )?;
        }
        if let Some(v) = &self.on_demand_throughput {
            out.serialize_entry("OnDemandThroughput", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.provisioned_throughput {
            out.serialize_entry("ProvisionedThroughput", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.resource_policy {
            out.serialize_entry("ResourcePolicy", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_specification {
            out.serialize_entry("SSESpecification", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.stream_specification {
            out.serialize_entry("StreamSpecification", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.table_class {
            out.serialize_entry("TableClass", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.table_name {
            out.serialize_entry("TableName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.tags {
            out.serialize_entry("Tags", &crate::json::ser_tag_list(v))?;
        }
        if let Some(v) = &self.warm_throughput {
            out.serialize_entry("WarmThroughput", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreateTableInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            attribute_definitions: rt::json::required(
                rt::json::get_with(
                    obj,
                    "AttributeDefinitions",
                    p,
                    cx,
                    crate::json::de_attribute_definitions,
                )?,
                &p.field("AttributeDefinitions"),
                cx,
            ),
            billing_mode: rt::json::get(obj, "BillingMode", p, cx)?,
            deletion_protection_enabled: rt::json::get(obj, "DeletionProtectionEnabled", p, cx)?,
            global_secondary_indexes: rt::json::get_with(
                obj,
                "GlobalSecondaryIndexes",
                p,
                cx,
                crate::json::de_global_secondary_index_list,
            )?,
            key_schema: rt::json::required(
                rt::json::get_with(obj, "KeySchema", p, cx, |v, p, cx| {
                    let x = crate::json::de_key_schema(v, p, cx)?;
                    cx.length(p, x.len(), Some(1), Some(2));
                    Ok(x)
                })?,
                &p.field("KeySchema"),
                cx,
            ),
            local_secondary_indexes: rt::json::get_with(
                obj,
                "LocalSecondaryIndexes",
                p,
                cx,
                crate::json::de_local_secondary_index_list,
            )?,
            on_demand_throughput: rt::json::get(obj, "OnDemandThroughput", p, cx)?,
            provisioned_throughput: rt::json::get(obj, "ProvisionedThroughput", p, cx)?,
            resource_policy: rt::json::get(obj, "ResourcePolicy", p, cx)?,
            sse_specification: rt::json::get(obj, "SSESpecification", p, cx)?,
            stream_specification: rt::json::get(obj, "StreamSpecification", p, cx)?,
            table_class: rt::json::get(obj, "TableClass", p, cx)?,
            table_name: rt::json::required(
                rt::json::get_with(obj, "TableName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(1024));
                    Ok(x)
                })?,
                &p.field("TableName"),
                cx,
            ),
            tags: rt::json::get_with(obj, "Tags", p, cx, crate::json::de_tag_list)?,
            warm_throughput: rt::json::get(obj, "WarmThroughput", p, cx)?,
        })
    }
}
impl rt::ToJson for CreateTableOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.table_description {
            out.serialize_entry("TableDescription", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for CreateTableOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            table_description: rt::json::get(obj, "TableDescription", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DeleteTableInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("TableName", &rt::json::Json(&self.table_name))?;
        out.end()
    }
}
impl rt::ToJson for DeleteTableInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.table_name {
            out.serialize_entry("TableName", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeleteTableInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            table_name: rt::json::required(
                rt::json::get_with(obj, "TableName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(1024));
                    Ok(x)
                })?,
                &p.field("TableName"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for DeleteTableOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.table_description {
            out.serialize_entry("TableDescription", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DeleteTableOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            table_description: rt::json::get(obj, "TableDescription", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DescribeEndpointsRequest {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::ToJson for DescribeEndpointsRequestBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for DescribeEndpointsRequest {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for DescribeEndpointsResponse {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("Endpoints", &crate::json::ser_endpoints(&self.endpoints))?;
        out.end()
    }
}
impl rt::FromJson for DescribeEndpointsResponse {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            endpoints: rt::json::required(
                rt::json::get_with(obj, "Endpoints", p, cx, crate::json::de_endpoints)?,
                &p.field("Endpoints"),
                cx,
            ),
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DescribeLimitsInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::ToJson for DescribeLimitsInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let out = s.serialize_map(None)?;
        out.end()
    }
}
impl rt::FromJson for DescribeLimitsInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        rt::json::object(v, p)?;
        Ok(Self {})
    }
}
impl rt::ToJson for DescribeLimitsOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.account_max_read_capacity_units {
            out.serialize_entry("AccountMaxReadCapacityUnits", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.account_max_write_capacity_units {
            out.serialize_entry("AccountMaxWriteCapacityUnits", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.table_max_read_capacity_units {
            out.serialize_entry("TableMaxReadCapacityUnits", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.table_max_write_capacity_units {
            out.serialize_entry("TableMaxWriteCapacityUnits", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeLimitsOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            account_max_read_capacity_units: rt::json::get_with(
                obj,
                "AccountMaxReadCapacityUnits",
                p,
                cx,
                |v, p, cx| {
                    let x = <i64>::from_json(v, p, cx)?;
                    cx.range(p, x as f64, Some(1.0), None);
                    Ok(x)
                },
            )?,
            account_max_write_capacity_units: rt::json::get_with(
                obj,
                "AccountMaxWriteCapacityUnits",
                p,
                cx,
                |v, p, cx| {
                    let x = <i64>::from_json(v, p, cx)?;
                    cx.range(p, x as f64, Some(1.0), None);
                    Ok(x)
                },
            )?,
            table_max_read_capacity_units: rt::json::get_with(
                obj,
                "TableMaxReadCapacityUnits",
                p,
                cx,
                |v, p, cx| {
                    let x = <i64>::from_json(v, p, cx)?;
                    cx.range(p, x as f64, Some(1.0), None);
                    Ok(x)
                },
            )?,
            table_max_write_capacity_units: rt::json::get_with(
                obj,
                "TableMaxWriteCapacityUnits",
                p,
                cx,
                |v, p, cx| {
                    let x = <i64>::from_json(v, p, cx)?;
                    cx.range(p, x as f64, Some(1.0), None);
                    Ok(x)
                },
            )?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for DescribeTableInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("TableName", &rt::json::Json(&self.table_name))?;
        out.end()
    }
}
impl rt::ToJson for DescribeTableInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.table_name {
            out.serialize_entry("TableName", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeTableInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            table_name: rt::json::required(
                rt::json::get_with(obj, "TableName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(1024));
                    Ok(x)
                })?,
                &p.field("TableName"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for DescribeTableOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.table {
            out.serialize_entry("Table", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for DescribeTableOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            table: rt::json::get(obj, "Table", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for Endpoint {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("Address", &rt::json::Json(&self.address))?;
        out.serialize_entry(
            "CachePeriodInMinutes",
            &rt::json::Json(&self.cache_period_in_minutes),
        )?;
        out.end()
    }
}
impl rt::FromJson for Endpoint {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            address: rt::json::required(
                rt::json::get(obj, "Address", p, cx)?,
                &p.field("Address"),
                cx,
            ),
            cache_period_in_minutes: rt::json::get(obj, "CachePeriodInMinutes", p, cx)?
                .unwrap_or_default(),
        })
    }
}
impl rt::ToJson for ExpectedAttributeValue {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attribute_value_list {
            out.serialize_entry(
                "AttributeValueList",
                &crate::json::ser_attribute_value_list(v),
            )?;
        }
        if let Some(v) = &self.comparison_operator {
            out.serialize_entry("ComparisonOperator", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.exists {
            out.serialize_entry("Exists", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.value {
            out.serialize_entry("Value", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ExpectedAttributeValue {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            attribute_value_list: rt::json::get_with(
                obj,
                "AttributeValueList",
                p,
                cx,
                crate::json::de_attribute_value_list,
            )?,
            comparison_operator: rt::json::get(obj, "ComparisonOperator", p, cx)?,
            exists: rt::json::get(obj, "Exists", p, cx)?,
            value: rt::json::get(obj, "Value", p, cx)?,
        })
    }
}
impl rt::ToJson for GetItemInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attributes_to_get {
            out.serialize_entry("AttributesToGet", &crate::json::ser_attribute_name_list(v))?;
        }
        if let Some(v) = &self.consistent_read {
            out.serialize_entry("ConsistentRead", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expression_attribute_names {
            out.serialize_entry(
                "ExpressionAttributeNames",
                &crate::json::ser_expression_attribute_name_map(v),
            )?;
        }
        out.serialize_entry("Key", &crate::json::ser_key(&self.key))?;
        if let Some(v) = &self.projection_expression {
            out.serialize_entry("ProjectionExpression", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.return_consumed_capacity {
            out.serialize_entry("ReturnConsumedCapacity", &rt::json::Json(v))?;
        }
        out.serialize_entry("TableName", &rt::json::Json(&self.table_name))?;
        out.end()
    }
}
impl rt::ToJson for GetItemInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attributes_to_get {
            out.serialize_entry("AttributesToGet", &crate::json::ser_attribute_name_list(v))?;
        }
        if let Some(v) = &self.consistent_read {
            out.serialize_entry("ConsistentRead", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expression_attribute_names {
            out.serialize_entry(
                "ExpressionAttributeNames",
                &crate::json::ser_expression_attribute_name_map(v),
            )?;
        }
        if let Some(v) = &self.key {
            out.serialize_entry("Key", &crate::json::ser_key(v))?;
        }
        if let Some(v) = &self.projection_expression {
            out.serialize_entry("ProjectionExpression", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.return_consumed_capacity {
            out.serialize_entry("ReturnConsumedCapacity", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.table_name {
            out.serialize_entry("TableName", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetItemInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            attributes_to_get: rt::json::get_with(obj, "AttributesToGet", p, cx, |v, p, cx| {
                let x = crate::json::de_attribute_name_list(v, p, cx)?;
                cx.length(p, x.len(), Some(1), None);
                Ok(x)
            })?,
            consistent_read: rt::json::get(obj, "ConsistentRead", p, cx)?,
            expression_attribute_names: rt::json::get_with(
                obj,
                "ExpressionAttributeNames",
                p,
                cx,
                crate::json::de_expression_attribute_name_map,
            )?,
            key: rt::json::required(
                rt::json::get_with(obj, "Key", p, cx, crate::json::de_key)?,
                &p.field("Key"),
                cx,
            ),
            projection_expression: rt::json::get(obj, "ProjectionExpression", p, cx)?,
            return_consumed_capacity: rt::json::get(obj, "ReturnConsumedCapacity", p, cx)?,
            table_name: rt::json::required(
                rt::json::get_with(obj, "TableName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(1024));
                    Ok(x)
                })?,
                &p.field("TableName"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for GetItemOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.consumed_capacity {
            out.serialize_entry("ConsumedCapacity", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.item {
            out.serialize_entry("Item", &crate::json::ser_attribute_map(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GetItemOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            consumed_capacity: rt::json::get(obj, "ConsumedCapacity", p, cx)?,
            item: rt::json::get_with(obj, "Item", p, cx, crate::json::de_attribute_map)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for GlobalSecondaryIndex {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("IndexName", &rt::json::Json(&self.index_name))?;
        out.serialize_entry("KeySchema", &crate::json::ser_key_schema(&self.key_schema))?;
        if let Some(v) = &self.on_demand_throughput {
            out.serialize_entry("OnDemandThroughput", &rt::json::Json(v))?;
        }
        out.serialize_entry("Projection", &rt::json::Json(&self.projection))?;
        if let Some(v) = &self.provisioned_throughput {
            out.serialize_entry("ProvisionedThroughput", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.warm_throughput {
            out.serialize_entry("WarmThroughput", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GlobalSecondaryIndex {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            index_name: rt::json::required(
                rt::json::get_with(obj, "IndexName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(3), Some(255));
                    cx.pattern(p, &x, &crate::json::PATTERN_0);
                    Ok(x)
                })?,
                &p.field("IndexName"),
                cx,
            ),
            key_schema: rt::json::required(
                rt::json::get_with(obj, "KeySchema", p, cx, |v, p, cx| {
                    let x = crate::json::de_key_schema(v, p, cx)?;
                    cx.length(p, x.len(), Some(1), Some(2));
                    Ok(x)
                })?,
                &p.field("KeySchema"),
                cx,
            ),
            on_demand_throughput: rt::json::get(obj, "OnDemandThroughput", p, cx)?,
            projection: rt::json::required(
                rt::json::get(obj, "Projection", p, cx)?,
                &p.field("Projection"),
                cx,
            ),
            provisioned_throughput: rt::json::get(obj, "ProvisionedThroughput", p, cx)?,
            warm_throughput: rt::json::get(obj, "WarmThroughput", p, cx)?,
        })
    }
}
impl rt::ToJson for GlobalSecondaryIndexDescription {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.backfilling {
            out.serialize_entry("Backfilling", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.index_arn {
            out.serialize_entry("IndexArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.index_name {
            out.serialize_entry("IndexName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.index_size_bytes {
            out.serialize_entry("IndexSizeBytes", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.index_status {
            out.serialize_entry("IndexStatus", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.item_count {
            out.serialize_entry("ItemCount", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_schema {
            out.serialize_entry("KeySchema", &crate::json::ser_key_schema(v))?;
        }
        if let Some(v) = &self.on_demand_throughput {
            out.serialize_entry("OnDemandThroughput", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.projection {
            out.serialize_entry("Projection", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.provisioned_throughput {
            out.serialize_entry("ProvisionedThroughput", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.warm_throughput {
            out.serialize_entry("WarmThroughput", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GlobalSecondaryIndexDescription {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            backfilling: rt::json::get(obj, "Backfilling", p, cx)?,
            index_arn: rt::json::get(obj, "IndexArn", p, cx)?,
            index_name: rt::json::get_with(obj, "IndexName", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(3), Some(255));
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            index_size_bytes: rt::json::get(obj, "IndexSizeBytes", p, cx)?,
            index_status: rt::json::get(obj, "IndexStatus", p, cx)?,
            item_count: rt::json::get(obj, "ItemCount", p, cx)?,
            key_schema: rt::json::get_with(obj, "KeySchema", p, cx, |v, p, cx| {
                let x = crate::json::de_key_schema(v, p, cx)?;
                cx.length(p, x.len(), Some(1), Some(2));
                Ok(x)
            })?,
            on_demand_throughput: rt::json::get(obj, "OnDemandThroughput", p, cx)?,
            projection: rt::json::get(obj, "Projection", p, cx)?,
            provisioned_throughput: rt::json::get(obj, "ProvisionedThroughput", p, cx)?,
            warm_throughput: rt::json::get(obj, "WarmThroughput", p, cx)?,
        })
    }
}
impl rt::ToJson for GlobalSecondaryIndexWarmThroughputDescription {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.read_units_per_second {
            out.serialize_entry("ReadUnitsPerSecond", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.status {
            out.serialize_entry("Status", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.write_units_per_second {
            out.serialize_entry("WriteUnitsPerSecond", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for GlobalSecondaryIndexWarmThroughputDescription {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            read_units_per_second: rt::json::get_with(
                obj,
                "ReadUnitsPerSecond",
                p,
                cx,
                |v, p, cx| {
                    let x = <i64>::from_json(v, p, cx)?;
                    cx.range(p, x as f64, Some(1.0), None);
                    Ok(x)
                },
            )?,
            status: rt::json::get(obj, "Status", p, cx)?,
            write_units_per_second: rt::json::get_with(
                obj,
                "WriteUnitsPerSecond",
                p,
                cx,
                |v, p, cx| {
                    let x = <i64>::from_json(v, p, cx)?;
                    cx.range(p, x as f64, Some(1.0), None);
                    Ok(x)
                },
            )?,
        })
    }
}
impl rt::ToJson for InternalServerError {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InternalServerError {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for InvalidEndpointException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("Message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for InvalidEndpointException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "Message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ItemCollectionMetrics {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.item_collection_key {
            out.serialize_entry(
                "ItemCollectionKey",
                &crate::json::ser_item_collection_key_attribute_map(v),
            )?;
        }
        if let Some(v) = &self.size_estimate_range_gb {
            out.serialize_entry(
                "SizeEstimateRangeGB",
                &crate::json::ser_item_collection_size_estimate_range(v),
            )?;
        }
        out.end()
    }
}
impl rt::FromJson for ItemCollectionMetrics {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            item_collection_key: rt::json::get_with(
                obj,
                "ItemCollectionKey",
                p,
                cx,
                crate::json::de_item_collection_key_attribute_map,
            )?,
            size_estimate_range_gb: rt::json::get_with(
                obj,
                "SizeEstimateRangeGB",
                p,
                cx,
                crate::json::de_item_collection_size_estimate_range,
            )?,
        })
    }
}
impl rt::ToJson for ItemCollectionSizeLimitExceededException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ItemCollectionSizeLimitExceededException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for KeySchemaElement {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("AttributeName", &rt::json::Json(&self.attribute_name))?;
        out.serialize_entry("KeyType", &rt::json::Json(&self.key_type))?;
        out.end()
    }
}
impl rt::FromJson for KeySchemaElement {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            attribute_name: rt::json::required(
                rt::json::get_with(obj, "AttributeName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(255));
                    Ok(x)
                })?,
                &p.field("AttributeName"),
                cx,
            ),
            key_type: rt::json::required(
                rt::json::get(obj, "KeyType", p, cx)?,
                &p.field("KeyType"),
                cx,
            ),
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
impl rt::ToJson for LocalSecondaryIndex {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("IndexName", &rt::json::Json(&self.index_name))?;
        out.serialize_entry("KeySchema", &crate::json::ser_key_schema(&self.key_schema))?;
        out.serialize_entry("Projection", &rt::json::Json(&self.projection))?;
        out.end()
    }
}
impl rt::FromJson for LocalSecondaryIndex {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            index_name: rt::json::required(
                rt::json::get_with(obj, "IndexName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(3), Some(255));
                    cx.pattern(p, &x, &crate::json::PATTERN_0);
                    Ok(x)
                })?,
                &p.field("IndexName"),
                cx,
            ),
            key_schema: rt::json::required(
                rt::json::get_with(obj, "KeySchema", p, cx, |v, p, cx| {
                    let x = crate::json::de_key_schema(v, p, cx)?;
                    cx.length(p, x.len(), Some(1), Some(2));
                    Ok(x)
                })?,
                &p.field("KeySchema"),
                cx,
            ),
            projection: rt::json::required(
                rt::json::get(obj, "Projection", p, cx)?,
                &p.field("Projection"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for LocalSecondaryIndexDescription {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.index_arn {
            out.serialize_entry("IndexArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.index_name {
            out.serialize_entry("IndexName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.index_size_bytes {
            out.serialize_entry("IndexSizeBytes", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.item_count {
            out.serialize_entry("ItemCount", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_schema {
            out.serialize_entry("KeySchema", &crate::json::ser_key_schema(v))?;
        }
        if let Some(v) = &self.projection {
            out.serialize_entry("Projection", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for LocalSecondaryIndexDescription {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            index_arn: rt::json::get(obj, "IndexArn", p, cx)?,
            index_name: rt::json::get_with(obj, "IndexName", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(3), Some(255));
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            index_size_bytes: rt::json::get(obj, "IndexSizeBytes", p, cx)?,
            item_count: rt::json::get(obj, "ItemCount", p, cx)?,
            key_schema: rt::json::get_with(obj, "KeySchema", p, cx, |v, p, cx| {
                let x = crate::json::de_key_schema(v, p, cx)?;
                cx.length(p, x.len(), Some(1), Some(2));
                Ok(x)
            })?,
            projection: rt::json::get(obj, "Projection", p, cx)?,
        })
    }
}
impl rt::ToJson for OnDemandThroughput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.max_read_request_units {
            out.serialize_entry("MaxReadRequestUnits", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.max_write_request_units {
            out.serialize_entry("MaxWriteRequestUnits", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for OnDemandThroughput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            max_read_request_units: rt::json::get(obj, "MaxReadRequestUnits", p, cx)?,
            max_write_request_units: rt::json::get(obj, "MaxWriteRequestUnits", p, cx)?,
        })
    }
}
impl rt::ToJson for OnDemandThroughputOverride {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.max_read_request_units {
            out.serialize_entry("MaxReadRequestUnits", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for OnDemandThroughputOverride {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            max_read_request_units: rt::json::get(obj, "MaxReadRequestUnits", p, cx)?,
        })
    }
}
impl rt::ToJson for Projection {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.non_key_attributes {
            out.serialize_entry(
                "NonKeyAttributes",
                &crate::json::ser_non_key_attribute_name_list(v),
            )?;
        }
        if let Some(v) = &self.projection_type {
            out.serialize_entry("ProjectionType", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for Projection {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            non_key_attributes: rt::json::get_with(obj, "NonKeyAttributes", p, cx, |v, p, cx| {
                let x = crate::json::de_non_key_attribute_name_list(v, p, cx)?;
                cx.length(p, x.len(), Some(1), Some(20));
                Ok(x)
            })?,
            projection_type: rt::json::get(obj, "ProjectionType", p, cx)?,
        })
    }
}
impl rt::Fallback for Projection {
    fn fallback() -> Self {
        Self {
            non_key_attributes: None,
            projection_type: None,
        }
    }
}
impl rt::ToJson for ProvisionedThroughput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry(
            "ReadCapacityUnits",
            &rt::json::Json(&self.read_capacity_units),
        )?;
        out.serialize_entry(
            "WriteCapacityUnits",
            &rt::json::Json(&self.write_capacity_units),
        )?;
        out.end()
    }
}
impl rt::FromJson for ProvisionedThroughput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            read_capacity_units: rt::json::required(
                rt::json::get_with(obj, "ReadCapacityUnits", p, cx, |v, p, cx| {
                    let x = <i64>::from_json(v, p, cx)?;
                    cx.range(p, x as f64, Some(1.0), None);
                    Ok(x)
                })?,
                &p.field("ReadCapacityUnits"),
                cx,
            ),
            write_capacity_units: rt::json::required(
                rt::json::get_with(obj, "WriteCapacityUnits", p, cx, |v, p, cx| {
                    let x = <i64>::from_json(v, p, cx)?;
                    cx.range(p, x as f64, Some(1.0), None);
                    Ok(x)
                })?,
                &p.field("WriteCapacityUnits"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for ProvisionedThroughputDescription {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.last_decrease_date_time {
            out.serialize_entry(
                "LastDecreaseDateTime",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.last_increase_date_time {
            out.serialize_entry(
                "LastIncreaseDateTime",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.number_of_decreases_today {
            out.serialize_entry("NumberOfDecreasesToday", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.read_capacity_units {
            out.serialize_entry("ReadCapacityUnits", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.write_capacity_units {
            out.serialize_entry("WriteCapacityUnits", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ProvisionedThroughputDescription {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            last_decrease_date_time: rt::json::get_with(
                obj,
                "LastDecreaseDateTime",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx),
            )?,
            last_increase_date_time: rt::json::get_with(
                obj,
                "LastIncreaseDateTime",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx),
            )?,
            number_of_decreases_today: rt::json::get_with(
                obj,
                "NumberOfDecreasesToday",
                p,
                cx,
                |v, p, cx| {
                    let x = <i64>::from_json(v, p, cx)?;
                    cx.range(p, x as f64, Some(1.0), None);
                    Ok(x)
                },
            )?,
            read_capacity_units: rt::json::get_with(
                obj,
                "ReadCapacityUnits",
                p,
                cx,
                |v, p, cx| {
                    let x = <i64>::from_json(v, p, cx)?;
                    cx.range(p, x as f64, Some(0.0), None);
                    Ok(x)
                },
            )?,
            write_capacity_units: rt::json::get_with(
                obj,
                "WriteCapacityUnits",
                p,
                cx,
                |v, p, cx| {
                    let x = <i64>::from_json(v, p, cx)?;
                    cx.range(p, x as f64, Some(0.0), None);
                    Ok(x)
                },
            )?,
        })
    }
}
impl rt::ToJson for ProvisionedThroughputExceededException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ProvisionedThroughputExceededException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ProvisionedThroughputOverride {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.read_capacity_units {
            out.serialize_entry("ReadCapacityUnits", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ProvisionedThroughputOverride {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            read_capacity_units: rt::json::get_with(
                obj,
                "ReadCapacityUnits",
                p,
                cx,
                |v, p, cx| {
                    let x = <i64>::from_json(v, p, cx)?;
                    cx.range(p, x as f64, Some(1.0), None);
                    Ok(x)
                },
            )?,
        })
    }
}
impl rt::ToJson for PutItemInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.condition_expression {
            out.serialize_entry("ConditionExpression", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.conditional_operator {
            out.serialize_entry("ConditionalOperator", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected {
            out.serialize_entry("Expected", &crate::json::ser_expected_attribute_map(v))?;
        }
        if let Some(v) = &self.expression_attribute_names {
            out.serialize_entry(
                "ExpressionAttributeNames",
                &crate::json::ser_expression_attribute_name_map(v),
            )?;
        }
        if let Some(v) = &self.expression_attribute_values {
            out.serialize_entry(
                "ExpressionAttributeValues",
                &crate::json::ser_expression_attribute_value_map(v),
            )?;
        }
        out.serialize_entry(
            "Item",
            &crate::json::ser_put_item_input_attribute_map(&self.item),
        )?;
        if let Some(v) = &self.return_consumed_capacity {
            out.serialize_entry("ReturnConsumedCapacity", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.return_item_collection_metrics {
            out.serialize_entry("ReturnItemCollectionMetrics", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.return_values {
            out.serialize_entry("ReturnValues", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.return_values_on_condition_check_failure {
            out.serialize_entry("ReturnValuesOnConditionCheckFailure", &rt::json::Json(v))?;
        }
        out.serialize_entry("TableName", &rt::json::Json(&self.table_name))?;
        out.end()
    }
}
impl rt::ToJson for PutItemInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.condition_expression {
            out.serialize_entry("ConditionExpression", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.conditional_operator {
            out.serialize_entry("ConditionalOperator", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected {
            out.serialize_entry("Expected", &crate::json::ser_expected_attribute_map(v))?;
        }
        if let Some(v) = &self.expression_attribute_names {
            out.serialize_entry(
                "ExpressionAttributeNames",
                &crate::json::ser_expression_attribute_name_map(v),
            )?;
        }
        if let Some(v) = &self.expression_attribute_values {
            out.serialize_entry(
                "ExpressionAttributeValues",
                &crate::json::ser_expression_attribute_value_map(v),
            )?;
        }
        if let Some(v) = &self.item {
            out.serialize_entry("Item", &crate::json::ser_put_item_input_attribute_map(v))?;
        }
        if let Some(v) = &self.return_consumed_capacity {
            out.serialize_entry("ReturnConsumedCapacity", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.return_item_collection_metrics {
            out.serialize_entry("ReturnItemCollectionMetrics", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.return_values {
            out.serialize_entry("ReturnValues", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.return_values_on_condition_check_failure {
            out.serialize_entry("ReturnValuesOnConditionCheckFailure", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.table_name {
            out.serialize_entry("TableName", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutItemInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            condition_expression: rt::json::get(obj, "ConditionExpression", p, cx)?,
            conditional_operator: rt::json::get(obj, "ConditionalOperator", p, cx)?,
            expected: rt::json::get_with(
                obj,
                "Expected",
                p,
                cx,
                crate::json::de_expected_attribute_map,
            )?,
            expression_attribute_names: rt::json::get_with(
                obj,
                "ExpressionAttributeNames",
                p,
                cx,
                crate::json::de_expression_attribute_name_map,
            )?,
            expression_attribute_values: rt::json::get_with(
                obj,
                "ExpressionAttributeValues",
                p,
                cx,
                crate::json::de_expression_attribute_value_map,
            )?,
            item: rt::json::required(
                rt::json::get_with(
                    obj,
                    "Item",
                    p,
                    cx,
                    crate::json::de_put_item_input_attribute_map,
                )?,
                &p.field("Item"),
                cx,
            ),
            return_consumed_capacity: rt::json::get(obj, "ReturnConsumedCapacity", p, cx)?,
            return_item_collection_metrics: rt::json::get(
                obj,
                "ReturnItemCollectionMetrics",
                p,
                cx,
            )?,
            return_values: rt::json::get(obj, "ReturnValues", p, cx)?,
            return_values_on_condition_check_failure: rt::json::get(
                obj,
                "ReturnValuesOnConditionCheckFailure",
                p,
                cx,
            )?,
            table_name: rt::json::required(
                rt::json::get_with(obj, "TableName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(1024));
                    Ok(x)
                })?,
                &p.field("TableName"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for PutItemOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attributes {
            out.serialize_entry("Attributes", &crate::json::ser_attribute_map(v))?;
        }
        if let Some(v) = &self.consumed_capacity {
            out.serialize_entry("ConsumedCapacity", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.item_collection_metrics {
            out.serialize_entry("ItemCollectionMetrics", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for PutItemOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            attributes: rt::json::get_with(
                obj,
                "Attributes",
                p,
                cx,
                crate::json::de_attribute_map,
            )?,
            consumed_capacity: rt::json::get(obj, "ConsumedCapacity", p, cx)?,
            item_collection_metrics: rt::json::get(obj, "ItemCollectionMetrics", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for QueryInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attributes_to_get {
            out.serialize_entry("AttributesToGet", &crate::json::ser_attribute_name_list(v))?;
        }
        if let Some(v) = &self.conditional_operator {
            out.serialize_entry("ConditionalOperator", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.consistent_read {
            out.serialize_entry("ConsistentRead", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.exclusive_start_key {
            out.serialize_entry("ExclusiveStartKey", &crate::json::ser_key(v))?;
        }
        if let Some(v) = &self.expression_attribute_names {
            out.serialize_entry(
                "ExpressionAttributeNames",
                &crate::json::ser_expression_attribute_name_map(v),
            )?;
        }
        if let Some(v) = &self.expression_attribute_values {
            out.serialize_entry(
                "ExpressionAttributeValues",
                &crate::json::ser_expression_attribute_value_map(v),
            )?;
        }
        if let Some(v) = &self.filter_expression {
            out.serialize_entry("FilterExpression", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.index_name {
            out.serialize_entry("IndexName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_condition_expression {
            out.serialize_entry("KeyConditionExpression", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_conditions {
            out.serialize_entry("KeyConditions", &crate::json::ser_key_conditions(v))?;
        }
        if let Some(v) = &self.limit {
            out.serialize_entry("Limit", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.projection_expression {
            out.serialize_entry("ProjectionExpression", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.query_filter {
            out.serialize_entry("QueryFilter", &crate::json::ser_filter_condition_map(v))?;
        }
        if let Some(v) = &self.return_consumed_capacity {
            out.serialize_entry("ReturnConsumedCapacity", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.scan_index_forward {
            out.serialize_entry("ScanIndexForward", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.select {
            out.serialize_entry("Select", &rt::json::Json(v))?;
        }
        out.serialize_entry("TableName", &rt::json::Json(&self.table_name))?;
        out.end()
    }
}
impl rt::ToJson for QueryInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attributes_to_get {
            out.serialize_entry("AttributesToGet", &crate::json::ser_attribute_name_list(v))?;
        }
        if let Some(v) = &self.conditional_operator {
            out.serialize_entry("ConditionalOperator", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.consistent_read {
            out.serialize_entry("ConsistentRead", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.exclusive_start_key {
            out.serialize_entry("ExclusiveStartKey", &crate::json::ser_key(v))?;
        }
        if let Some(v) = &self.expression_attribute_names {
            out.serialize_entry(
                "ExpressionAttributeNames",
                &crate::json::ser_expression_attribute_name_map(v),
            )?;
        }
        if let Some(v) = &self.expression_attribute_values {
            out.serialize_entry(
                "ExpressionAttributeValues",
                &crate::json::ser_expression_attribute_value_map(v),
            )?;
        }
        if let Some(v) = &self.filter_expression {
            out.serialize_entry("FilterExpression", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.index_name {
            out.serialize_entry("IndexName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_condition_expression {
            out.serialize_entry("KeyConditionExpression", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_conditions {
            out.serialize_entry("KeyConditions", &crate::json::ser_key_conditions(v))?;
        }
        if let Some(v) = &self.limit {
            out.serialize_entry("Limit", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.projection_expression {
            out.serialize_entry("ProjectionExpression", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.query_filter {
            out.serialize_entry("QueryFilter", &crate::json::ser_filter_condition_map(v))?;
        }
        if let Some(v) = &self.return_consumed_capacity {
            out.serialize_entry("ReturnConsumedCapacity", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.scan_index_forward {
            out.serialize_entry("ScanIndexForward", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.select {
            out.serialize_entry("Select", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.table_name {
            out.serialize_entry("TableName", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for QueryInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            attributes_to_get: rt::json::get_with(obj, "AttributesToGet", p, cx, |v, p, cx| {
                let x = crate::json::de_attribute_name_list(v, p, cx)?;
                cx.length(p, x.len(), Some(1), None);
                Ok(x)
            })?,
            conditional_operator: rt::json::get(obj, "ConditionalOperator", p, cx)?,
            consistent_read: rt::json::get(obj, "ConsistentRead", p, cx)?,
            exclusive_start_key: rt::json::get_with(
                obj,
                "ExclusiveStartKey",
                p,
                cx,
                crate::json::de_key,
            )?,
            expression_attribute_names: rt::json::get_with(
                obj,
                "ExpressionAttributeNames",
                p,
                cx,
                crate::json::de_expression_attribute_name_map,
            )?,
            expression_attribute_values: rt::json::get_with(
                obj,
                "ExpressionAttributeValues",
                p,
                cx,
                crate::json::de_expression_attribute_value_map,
            )?,
            filter_expression: rt::json::get(obj, "FilterExpression", p, cx)?,
            index_name: rt::json::get_with(obj, "IndexName", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(3), Some(255));
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            key_condition_expression: rt::json::get(obj, "KeyConditionExpression", p, cx)?,
            key_conditions: rt::json::get_with(
                obj,
                "KeyConditions",
                p,
                cx,
                crate::json::de_key_conditions,
            )?,
            limit: rt::json::get_with(obj, "Limit", p, cx, |v, p, cx| {
                let x = <i32>::from_json(v, p, cx)?;
                cx.range(p, f64::from(x), Some(1.0), None);
                Ok(x)
            })?,
            projection_expression: rt::json::get(obj, "ProjectionExpression", p, cx)?,
            query_filter: rt::json::get_with(
                obj,
                "QueryFilter",
                p,
                cx,
                crate::json::de_filter_condition_map,
            )?,
            return_consumed_capacity: rt::json::get(obj, "ReturnConsumedCapacity", p, cx)?,
            scan_index_forward: rt::json::get(obj, "ScanIndexForward", p, cx)?,
            select: rt::json::get(obj, "Select", p, cx)?,
            table_name: rt::json::required(
                rt::json::get_with(obj, "TableName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(1024));
                    Ok(x)
                })?,
                &p.field("TableName"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for QueryOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.consumed_capacity {
            out.serialize_entry("ConsumedCapacity", &rt::json::Json(v))?;
        }
        out.serialize_entry("Count", &rt::json::Json(&self.count))?;
        if let Some(v) = &self.items {
            out.serialize_entry("Items", &crate::json::ser_item_list(v))?;
        }
        if let Some(v) = &self.last_evaluated_key {
            out.serialize_entry("LastEvaluatedKey", &crate::json::ser_key(v))?;
        }
        out.serialize_entry("ScannedCount", &rt::json::Json(&self.scanned_count))?;
        out.end()
    }
}
impl rt::FromJson for QueryOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            consumed_capacity: rt::json::get(obj, "ConsumedCapacity", p, cx)?,
            count: rt::json::get(obj, "Count", p, cx)?.unwrap_or_default(),
            items: rt::json::get_with(obj, "Items", p, cx, crate::json::de_item_list)?,
            last_evaluated_key: rt::json::get_with(
                obj,
                "LastEvaluatedKey",
                p,
                cx,
                crate::json::de_key,
            )?,
            scanned_count: rt::json::get(obj, "ScannedCount", p, cx)?.unwrap_or_default(),
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ReplicaDescription {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.global_secondary_indexes {
            out.serialize_entry(
                "GlobalSecondaryIndexes",
                &crate::json::ser_replica_global_secondary_index_description_list(v),
            )?;
        }
        if let Some(v) = &self.kms_master_key_id {
            out.serialize_entry("KMSMasterKeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.on_demand_throughput_override {
            out.serialize_entry("OnDemandThroughputOverride", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.provisioned_throughput_override {
            out.serialize_entry("ProvisionedThroughputOverride", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.region_name {
            out.serialize_entry("RegionName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.replica_inaccessible_date_time {
            out.serialize_entry(
                "ReplicaInaccessibleDateTime",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.replica_status {
            out.serialize_entry("ReplicaStatus", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.replica_status_description {
            out.serialize_entry("ReplicaStatusDescription", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.replica_status_percent_progress {
            out.serialize_entry("ReplicaStatusPercentProgress", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.replica_table_class_summary {
            out.serialize_entry("ReplicaTableClassSummary", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.warm_throughput {
            out.serialize_entry("WarmThroughput", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ReplicaDescription {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            global_secondary_indexes: rt::json::get_with(
                obj,
                "GlobalSecondaryIndexes",
                p,
                cx,
                crate::json::de_replica_global_secondary_index_description_list,
            )?,
            kms_master_key_id: rt::json::get(obj, "KMSMasterKeyId", p, cx)?,
            on_demand_throughput_override: rt::json::get(obj, "OnDemandThroughputOverride", p, cx)?,
            provisioned_throughput_override: rt::json::get(
                obj,
                "ProvisionedThroughputOverride",
                p,
                cx,
            )?,
            region_name: rt::json::get(obj, "RegionName", p, cx)?,
            replica_inaccessible_date_time: rt::json::get_with(
                obj,
                "ReplicaInaccessibleDateTime",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx),
            )?,
            replica_status: rt::json::get(obj, "ReplicaStatus", p, cx)?,
            replica_status_description: rt::json::get(obj, "ReplicaStatusDescription", p, cx)?,
            replica_status_percent_progress: rt::json::get(
                obj,
                "ReplicaStatusPercentProgress",
                p,
                cx,
            )?,
            replica_table_class_summary: rt::json::get(obj, "ReplicaTableClassSummary", p, cx)?,
            warm_throughput: rt::json::get(obj, "WarmThroughput", p, cx)?,
        })
    }
}
impl rt::ToJson for ReplicaGlobalSecondaryIndexDescription {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.index_name {
            out.serialize_entry("IndexName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.on_demand_throughput_override {
            out.serialize_entry("OnDemandThroughputOverride", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.provisioned_throughput_override {
            out.serialize_entry("ProvisionedThroughputOverride", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.warm_throughput {
            out.serialize_entry("WarmThroughput", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ReplicaGlobalSecondaryIndexDescription {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            index_name: rt::json::get_with(obj, "IndexName", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(3), Some(255));
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            on_demand_throughput_override: rt::json::get(obj, "OnDemandThroughputOverride", p, cx)?,
            provisioned_throughput_override: rt::json::get(
                obj,
                "ProvisionedThroughputOverride",
                p,
                cx,
            )?,
            warm_throughput: rt::json::get(obj, "WarmThroughput", p, cx)?,
        })
    }
}
impl rt::ToJson for ReplicatedWriteConflictException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ReplicatedWriteConflictException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for RequestLimitExceeded {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for RequestLimitExceeded {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ResourceInUseException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ResourceInUseException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for ResourceNotFoundException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for ResourceNotFoundException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for RestoreSummary {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry(
            "RestoreDateTime",
            &rt::json::Ts(&self.restore_date_time, rt::TimestampFormat::EpochSeconds),
        )?;
        out.serialize_entry(
            "RestoreInProgress",
            &rt::json::Json(&self.restore_in_progress),
        )?;
        if let Some(v) = &self.source_backup_arn {
            out.serialize_entry("SourceBackupArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.source_table_arn {
            out.serialize_entry("SourceTableArn", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for RestoreSummary {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            restore_date_time: rt::json::required(
                rt::json::get_with(obj, "RestoreDateTime", p, cx, |v, p, cx| {
                    rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
                })?,
                &p.field("RestoreDateTime"),
                cx,
            ),
            restore_in_progress: rt::json::required(
                rt::json::get(obj, "RestoreInProgress", p, cx)?,
                &p.field("RestoreInProgress"),
                cx,
            ),
            source_backup_arn: rt::json::get_with(obj, "SourceBackupArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(37), Some(1024));
                Ok(x)
            })?,
            source_table_arn: rt::json::get_with(obj, "SourceTableArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(1), Some(1024));
                Ok(x)
            })?,
        })
    }
}
impl rt::ToJson for SseDescription {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.inaccessible_encryption_date_time {
            out.serialize_entry(
                "InaccessibleEncryptionDateTime",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.kms_master_key_arn {
            out.serialize_entry("KMSMasterKeyArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_type {
            out.serialize_entry("SSEType", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.status {
            out.serialize_entry("Status", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for SseDescription {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            inaccessible_encryption_date_time: rt::json::get_with(
                obj,
                "InaccessibleEncryptionDateTime",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx),
            )?,
            kms_master_key_arn: rt::json::get(obj, "KMSMasterKeyArn", p, cx)?,
            sse_type: rt::json::get(obj, "SSEType", p, cx)?,
            status: rt::json::get(obj, "Status", p, cx)?,
        })
    }
}
impl rt::ToJson for SseSpecification {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.enabled {
            out.serialize_entry("Enabled", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.kms_master_key_id {
            out.serialize_entry("KMSMasterKeyId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_type {
            out.serialize_entry("SSEType", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for SseSpecification {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            enabled: rt::json::get(obj, "Enabled", p, cx)?,
            kms_master_key_id: rt::json::get(obj, "KMSMasterKeyId", p, cx)?,
            sse_type: rt::json::get(obj, "SSEType", p, cx)?,
        })
    }
}
impl rt::ToJson for StreamSpecification {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        out.serialize_entry("StreamEnabled", &rt::json::Json(&self.stream_enabled))?;
        if let Some(v) = &self.stream_view_type {
            out.serialize_entry("StreamViewType", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for StreamSpecification {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            stream_enabled: rt::json::required(
                rt::json::get(obj, "StreamEnabled", p, cx)?,
                &p.field("StreamEnabled"),
                cx,
            ),
            stream_view_type: rt::json::get(obj, "StreamViewType", p, cx)?,
        })
    }
}
impl rt::ToJson for TableClassSummary {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.last_update_date_time {
            out.serialize_entry(
                "LastUpdateDateTime",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.table_class {
            out.serialize_entry("TableClass", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for TableClassSummary {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            last_update_date_time: rt::json::get_with(
                obj,
                "LastUpdateDateTime",
                p,
                cx,
                |v, p, cx| rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx),
            )?,
            table_class: rt::json::get(obj, "TableClass", p, cx)?,
        })
    }
}
impl rt::ToJson for TableDescription {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.archival_summary {
            out.serialize_entry("ArchivalSummary", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.attribute_definitions {
            out.serialize_entry(
                "AttributeDefinitions",
                &crate::json::ser_attribute_definitions(v),
            )?;
        }
        if let Some(v) = &self.billing_mode_summary {
            out.serialize_entry("BillingModeSummary", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.creation_date_time {
            out.serialize_entry(
                "CreationDateTime",
                &rt::json::Ts(v, rt::TimestampFormat::EpochSeconds),
            )?;
        }
        if let Some(v) = &self.deletion_protection_enabled {
            out.serialize_entry("DeletionProtectionEnabled", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.global_secondary_indexes {
            out.serialize_entry(
                "GlobalSecondaryIndexes",
                &crate::json::ser_global_secondary_index_description_list(v),
            )?;
        }
        if let Some(v) = &self.global_table_version {
            out.serialize_entry("GlobalTableVersion", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.item_count {
            out.serialize_entry("ItemCount", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.key_schema {
            out.serialize_entry("KeySchema", &crate::json::ser_key_schema(v))?;
        }
        if let Some(v) = &self.latest_stream_arn {
            out.serialize_entry("LatestStreamArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.latest_stream_label {
            out.serialize_entry("LatestStreamLabel", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.local_secondary_indexes {
            out.serialize_entry(
                "LocalSecondaryIndexes",
                &crate::json::ser_local_secondary_index_description_list(v),
            )?;
        }
        if let Some(v) = &self.multi_region_consistency {
            out.serialize_entry("MultiRegionConsistency", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.on_demand_throughput {
            out.serialize_entry("OnDemandThroughput", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.provisioned_throughput {
            out.serialize_entry("ProvisionedThroughput", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.replicas {
            out.serialize_entry("Replicas", &crate::json::ser_replica_description_list(v))?;
        }
        if let Some(v) = &self.restore_summary {
            out.serialize_entry("RestoreSummary", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.sse_description {
            out.serialize_entry("SSEDescription", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.stream_specification {
            out.serialize_entry("StreamSpecification", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.table_arn {
            out.serialize_entry("TableArn", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.table_class_summary {
            out.serialize_entry("TableClassSummary", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.table_id {
            out.serialize_entry("TableId", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.table_name {
            out.serialize_entry("TableName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.table_size_bytes {
            out.serialize_entry("TableSizeBytes", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.table_status {
            out.serialize_entry("TableStatus", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.warm_throughput {
            out.serialize_entry("WarmThroughput", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for TableDescription {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            archival_summary: rt::json::get(obj, "ArchivalSummary", p, cx)?,
            attribute_definitions: rt::json::get_with(
                obj,
                "AttributeDefinitions",
                p,
                cx,
                crate::json::de_attribute_definitions,
            )?,
            billing_mode_summary: rt::json::get(obj, "BillingModeSummary", p, cx)?,
            creation_date_time: rt::json::get_with(obj, "CreationDateTime", p, cx, |v, p, cx| {
                rt::json::timestamp(v, p, rt::TimestampFormat::EpochSeconds, cx)
            })?,
            deletion_protection_enabled: rt::json::get(obj, "DeletionProtectionEnabled", p, cx)?,
            global_secondary_indexes: rt::json::get_with(
                obj,
                "GlobalSecondaryIndexes",
                p,
                cx,
                crate::json::de_global_secondary_index_description_list,
            )?,
            global_table_version: rt::json::get(obj, "GlobalTableVersion", p, cx)?,
            item_count: rt::json::get(obj, "ItemCount", p, cx)?,
            key_schema: rt::json::get_with(obj, "KeySchema", p, cx, |v, p, cx| {
                let x = crate::json::de_key_schema(v, p, cx)?;
                cx.length(p, x.len(), Some(1), Some(2));
                Ok(x)
            })?,
            latest_stream_arn: rt::json::get_with(obj, "LatestStreamArn", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(37), Some(1024));
                Ok(x)
            })?,
            latest_stream_label: rt::json::get(obj, "LatestStreamLabel", p, cx)?,
            local_secondary_indexes: rt::json::get_with(
                obj,
                "LocalSecondaryIndexes",
                p,
                cx,
                crate::json::de_local_secondary_index_description_list,
            )?,
            multi_region_consistency: rt::json::get(obj, "MultiRegionConsistency", p, cx)?,
            on_demand_throughput: rt::json::get(obj, "OnDemandThroughput", p, cx)?,
            provisioned_throughput: rt::json::get(obj, "ProvisionedThroughput", p, cx)?,
            replicas: rt::json::get_with(
                obj,
                "Replicas",
                p,
                cx,
                crate::json::de_replica_description_list,
            )?,
            restore_summary: rt::json::get(obj, "RestoreSummary", p, cx)?,
            sse_description: rt::json::get(obj, "SSEDescription", p, cx)?,
            stream_specification: rt::json::get(obj, "StreamSpecification", p, cx)?,
            table_arn: rt::json::get(obj, "TableArn", p, cx)?,
            table_class_summary: rt::json::get(obj, "TableClassSummary", p, cx)?,
            table_id: rt::json::get_with(obj, "TableId", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.pattern(p, &x, &crate::json::PATTERN_1);
                Ok(x)
            })?,
            table_name: rt::json::get_with(obj, "TableName", p, cx, |v, p, cx| {
                let x = <rt::String>::from_json(v, p, cx)?;
                cx.length(p, x.chars().count(), Some(3), Some(255));
                cx.pattern(p, &x, &crate::json::PATTERN_0);
                Ok(x)
            })?,
            table_size_bytes: rt::json::get(obj, "TableSizeBytes", p, cx)?,
            table_status: rt::json::get(obj, "TableStatus", p, cx)?,
            warm_throughput: rt::json::get(obj, "WarmThroughput", p, cx)?,
        })
    }
}
impl rt::ToJson for TableWarmThroughputDescription {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.read_units_per_second {
            out.serialize_entry("ReadUnitsPerSecond", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.status {
            out.serialize_entry("Status", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.write_units_per_second {
            out.serialize_entry("WriteUnitsPerSecond", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for TableWarmThroughputDescription {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            read_units_per_second: rt::json::get_with(
                obj,
                "ReadUnitsPerSecond",
                p,
                cx,
                |v, p, cx| {
                    let x = <i64>::from_json(v, p, cx)?;
                    cx.range(p, x as f64, Some(1.0), None);
                    Ok(x)
                },
            )?,
            status: rt::json::get(obj, "Status", p, cx)?,
            write_units_per_second: rt::json::get_with(
                obj,
                "WriteUnitsPerSecond",
                p,
                cx,
                |v, p, cx| {
                    let x = <i64>::from_json(v, p, cx)?;
                    cx.range(p, x as f64, Some(1.0), None);
                    Ok(x)
                },
            )?,
        })
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
            key: rt::json::required(
                rt::json::get_with(obj, "Key", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(128));
                    Ok(x)
                })?,
                &p.field("Key"),
                cx,
            ),
            value: rt::json::required(
                rt::json::get_with(obj, "Value", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(0), Some(256));
                    Ok(x)
                })?,
                &p.field("Value"),
                cx,
            ),
        })
    }
}
impl rt::ToJson for TransactionConflictException {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.message {
            out.serialize_entry("message", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for TransactionConflictException {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            message: rt::json::get(obj, "message", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for UpdateItemInput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attribute_updates {
            out.serialize_entry("AttributeUpdates", &crate::json::ser_attribute_updates(v))?;
        }
        if let Some(v) = &self.condition_expression {
            out.serialize_entry("ConditionExpression", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.conditional_operator {
            out.serialize_entry("ConditionalOperator", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected {
            out.serialize_entry("Expected", &crate::json::ser_expected_attribute_map(v))?;
        }
        if let Some(v) = &self.expression_attribute_names {
            out.serialize_entry(
                "ExpressionAttributeNames",
                &crate::json::ser_expression_attribute_name_map(v),
            )?;
        }
        if let Some(v) = &self.expression_attribute_values {
            out.serialize_entry(
                "ExpressionAttributeValues",
                &crate::json::ser_expression_attribute_value_map(v),
            )?;
        }
        out.serialize_entry("Key", &crate::json::ser_key(&self.key))?;
        if let Some(v) = &self.return_consumed_capacity {
            out.serialize_entry("ReturnConsumedCapacity", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.return_item_collection_metrics {
            out.serialize_entry("ReturnItemCollectionMetrics", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.return_values {
            out.serialize_entry("ReturnValues", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.return_values_on_condition_check_failure {
            out.serialize_entry("ReturnValuesOnConditionCheckFailure", &rt::json::Json(v))?;
        }
        out.serialize_entry("TableName", &rt::json::Json(&self.table_name))?;
        if let Some(v) = &self.update_expression {
            out.serialize_entry("UpdateExpression", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::ToJson for UpdateItemInputBuilder {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attribute_updates {
            out.serialize_entry("AttributeUpdates", &crate::json::ser_attribute_updates(v))?;
        }
        if let Some(v) = &self.condition_expression {
            out.serialize_entry("ConditionExpression", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.conditional_operator {
            out.serialize_entry("ConditionalOperator", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.expected {
            out.serialize_entry("Expected", &crate::json::ser_expected_attribute_map(v))?;
        }
        if let Some(v) = &self.expression_attribute_names {
            out.serialize_entry(
                "ExpressionAttributeNames",
                &crate::json::ser_expression_attribute_name_map(v),
            )?;
        }
        if let Some(v) = &self.expression_attribute_values {
            out.serialize_entry(
                "ExpressionAttributeValues",
                &crate::json::ser_expression_attribute_value_map(v),
            )?;
        }
        if let Some(v) = &self.key {
            out.serialize_entry("Key", &crate::json::ser_key(v))?;
        }
        if let Some(v) = &self.return_consumed_capacity {
            out.serialize_entry("ReturnConsumedCapacity", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.return_item_collection_metrics {
            out.serialize_entry("ReturnItemCollectionMetrics", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.return_values {
            out.serialize_entry("ReturnValues", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.return_values_on_condition_check_failure {
            out.serialize_entry("ReturnValuesOnConditionCheckFailure", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.table_name {
            out.serialize_entry("TableName", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.update_expression {
            out.serialize_entry("UpdateExpression", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for UpdateItemInput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            attribute_updates: rt::json::get_with(
                obj,
                "AttributeUpdates",
                p,
                cx,
                crate::json::de_attribute_updates,
            )?,
            condition_expression: rt::json::get(obj, "ConditionExpression", p, cx)?,
            conditional_operator: rt::json::get(obj, "ConditionalOperator", p, cx)?,
            expected: rt::json::get_with(
                obj,
                "Expected",
                p,
                cx,
                crate::json::de_expected_attribute_map,
            )?,
            expression_attribute_names: rt::json::get_with(
                obj,
                "ExpressionAttributeNames",
                p,
                cx,
                crate::json::de_expression_attribute_name_map,
            )?,
            expression_attribute_values: rt::json::get_with(
                obj,
                "ExpressionAttributeValues",
                p,
                cx,
                crate::json::de_expression_attribute_value_map,
            )?,
            key: rt::json::required(
                rt::json::get_with(obj, "Key", p, cx, crate::json::de_key)?,
                &p.field("Key"),
                cx,
            ),
            return_consumed_capacity: rt::json::get(obj, "ReturnConsumedCapacity", p, cx)?,
            return_item_collection_metrics: rt::json::get(
                obj,
                "ReturnItemCollectionMetrics",
                p,
                cx,
            )?,
            return_values: rt::json::get(obj, "ReturnValues", p, cx)?,
            return_values_on_condition_check_failure: rt::json::get(
                obj,
                "ReturnValuesOnConditionCheckFailure",
                p,
                cx,
            )?,
            table_name: rt::json::required(
                rt::json::get_with(obj, "TableName", p, cx, |v, p, cx| {
                    let x = <rt::String>::from_json(v, p, cx)?;
                    cx.length(p, x.chars().count(), Some(1), Some(1024));
                    Ok(x)
                })?,
                &p.field("TableName"),
                cx,
            ),
            update_expression: rt::json::get(obj, "UpdateExpression", p, cx)?,
        })
    }
}
impl rt::ToJson for UpdateItemOutput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.attributes {
            out.serialize_entry("Attributes", &crate::json::ser_attribute_map(v))?;
        }
        if let Some(v) = &self.consumed_capacity {
            out.serialize_entry("ConsumedCapacity", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.item_collection_metrics {
            out.serialize_entry("ItemCollectionMetrics", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for UpdateItemOutput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            attributes: rt::json::get_with(
                obj,
                "Attributes",
                p,
                cx,
                crate::json::de_attribute_map,
            )?,
            consumed_capacity: rt::json::get(obj, "ConsumedCapacity", p, cx)?,
            item_collection_metrics: rt::json::get(obj, "ItemCollectionMetrics", p, cx)?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
impl rt::ToJson for WarmThroughput {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(None)?;
        if let Some(v) = &self.read_units_per_second {
            out.serialize_entry("ReadUnitsPerSecond", &rt::json::Json(v))?;
        }
        if let Some(v) = &self.write_units_per_second {
            out.serialize_entry("WriteUnitsPerSecond", &rt::json::Json(v))?;
        }
        out.end()
    }
}
impl rt::FromJson for WarmThroughput {
    fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, p)?;
        Ok(Self {
            read_units_per_second: rt::json::get(obj, "ReadUnitsPerSecond", p, cx)?,
            write_units_per_second: rt::json::get(obj, "WriteUnitsPerSecond", p, cx)?,
        })
    }
}
impl rt::ToJson for AttributeValue {
    fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(1))?;
        match self {
            Self::B(x) => out.serialize_entry("B", &rt::json::Json(x))?,
            Self::Bool(x) => out.serialize_entry("BOOL", &rt::json::Json(x))?,
            Self::Bs(x) => {
                out.serialize_entry("BS", &crate::json::ser_binary_set_attribute_value(x))?
            }
            Self::L(x) => out.serialize_entry("L", &crate::json::ser_list_attribute_value(x))?,
            Self::M(x) => out.serialize_entry("M", &crate::json::ser_map_attribute_value(x))?,
            Self::N(x) => out.serialize_entry("N", &rt::json::Json(x))?,
            Self::Ns(x) => {
                out.serialize_entry("NS", &crate::json::ser_number_set_attribute_value(x))?
            }
            Self::Null(x) => out.serialize_entry("NULL", &rt::json::Json(x))?,
            Self::S(x) => out.serialize_entry("S", &rt::json::Json(x))?,
            Self::Ss(x) => {
                out.serialize_entry("SS", &crate::json::ser_string_set_attribute_value(x))?
            }
            Self::Unknown(_) => {}
        }
        out.end()
    }
}
impl rt::FromJson for AttributeValue {
    fn from_json(
        v: &rt::JsonValue,
        path: &rt::JsonPath,
        cx: &mut rt::JsonCtx,
    ) -> rt::DeResult<Self> {
        let obj = rt::json::object(v, path)?;
        let mut set = rt::json::union_members(obj);
        let (name, v) = set
            .next()
            .ok_or_else(|| rt::DeError::at(path, "a union must have exactly one member set"))?;
        if set.next().is_some() {
            return Err(rt::DeError::at(
                path,
                "a union must have exactly one member set",
            ));
        }
        let p = path.field(name);
        Ok(match name.as_str() {
            "B" => {
                let x = <rt::Blob>::from_json(v, &p, cx)?;
                Self::B(x)
            }
            "BOOL" => {
                let x = <bool>::from_json(v, &p, cx)?;
                Self::Bool(x)
            }
            "BS" => {
                let x = crate::json::de_binary_set_attribute_value(v, &p, cx)?;
                Self::Bs(x)
            }
            "L" => {
                let x = crate::json::de_list_attribute_value(v, &p, cx)?;
                Self::L(x)
            }
            "M" => {
                let x = crate::json::de_map_attribute_value(v, &p, cx)?;
                Self::M(x)
            }
            "N" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::N(x)
            }
            "NS" => {
                let x = crate::json::de_number_set_attribute_value(v, &p, cx)?;
                Self::Ns(x)
            }
            "NULL" => {
                let x = <bool>::from_json(v, &p, cx)?;
                Self::Null(x)
            }
            "S" => {
                let x = <rt::String>::from_json(v, &p, cx)?;
                Self::S(x)
            }
            "SS" => {
                let x = crate::json::de_string_set_attribute_value(v, &p, cx)?;
                Self::Ss(x)
            }
            other => {
                if cx.is_strict() {
                    return Err(rt::DeError::at(&p, "is not a member of this union"));
                }
                Self::Unknown(other.to_owned())
            }
        })
    }
}
impl rt::Fallback for AttributeValue {
    fn fallback() -> Self {
        Self::Unknown(rt::String::new())
    }
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_attribute_definitions<'a>(&'a [AttributeDefinition]);
impl rt::serde::Serialize for ser_attribute_definitions<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_attribute_definitions(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<AttributeDefinition>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <AttributeDefinition>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_attribute_map<'a>(&'a rt::BTreeMap<rt::String, AttributeValue>);
impl rt::serde::Serialize for ser_attribute_map<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_attribute_map(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, AttributeValue>> {
    rt::json::map(v, path, cx, |k, v, p, cx| {
        cx.length(path, k.chars().count(), Some(0), Some(65535));
        let x = <AttributeValue>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_attribute_name_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_attribute_name_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_attribute_name_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::String>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        cx.length(p, x.chars().count(), Some(0), Some(65535));
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_attribute_updates<'a>(&'a rt::BTreeMap<rt::String, AttributeValueUpdate>);
impl rt::serde::Serialize for ser_attribute_updates<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_attribute_updates(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, AttributeValueUpdate>> {
    rt::json::map(v, path, cx, |k, v, p, cx| {
        cx.length(path, k.chars().count(), Some(0), Some(65535));
        let x = <AttributeValueUpdate>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_attribute_value_list<'a>(&'a [AttributeValue]);
impl rt::serde::Serialize for ser_attribute_value_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_attribute_value_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<AttributeValue>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <AttributeValue>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_binary_set_attribute_value<'a>(&'a [rt::Blob]);
impl rt::serde::Serialize for ser_binary_set_attribute_value<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_binary_set_attribute_value(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::Blob>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <rt::Blob>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_endpoints<'a>(&'a [Endpoint]);
impl rt::serde::Serialize for ser_endpoints<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_endpoints(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<Endpoint>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <Endpoint>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_expected_attribute_map<'a>(&'a rt::BTreeMap<rt::String, ExpectedAttributeValue>);
impl rt::serde::Serialize for ser_expected_attribute_map<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_expected_attribute_map(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, ExpectedAttributeValue>> {
    rt::json::map(v, path, cx, |k, v, p, cx| {
        cx.length(path, k.chars().count(), Some(0), Some(65535));
        let x = <ExpectedAttributeValue>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_expression_attribute_name_map<'a>(&'a rt::BTreeMap<rt::String, rt::String>);
impl rt::serde::Serialize for ser_expression_attribute_name_map<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_expression_attribute_name_map(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, rt::String>> {
    rt::json::map(v, path, cx, |_, v, p, cx| {
        let x = <rt::String>::from_json(v, p, cx)?;
        cx.length(p, x.chars().count(), Some(0), Some(65535));
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_expression_attribute_value_map<'a>(&'a rt::BTreeMap<rt::String, AttributeValue>);
impl rt::serde::Serialize for ser_expression_attribute_value_map<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_expression_attribute_value_map(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, AttributeValue>> {
    rt::json::map(v, path, cx, |_, v, p, cx| {
        let x = <AttributeValue>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_filter_condition_map<'a>(&'a rt::BTreeMap<rt::String, Condition>);
impl rt::serde::Serialize for ser_filter_condition_map<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_filter_condition_map(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, Condition>> {
    rt::json::map(v, path, cx, |k, v, p, cx| {
        cx.length(path, k.chars().count(), Some(0), Some(65535));
        let x = <Condition>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_global_secondary_index_description_list<'a>(&'a [GlobalSecondaryIndexDescription]);
impl rt::serde::Serialize for ser_global_secondary_index_description_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_global_secondary_index_description_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<GlobalSecondaryIndexDescription>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <GlobalSecondaryIndexDescription>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_global_secondary_index_list<'a>(&'a [GlobalSecondaryIndex]);
impl rt::serde::Serialize for ser_global_secondary_index_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_global_secondary_index_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<GlobalSecondaryIndex>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <GlobalSecondaryIndex>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_item_collection_key_attribute_map<'a>(&'a rt::BTreeMap<rt::String, AttributeValue>);
impl rt::serde::Serialize for ser_item_collection_key_attribute_map<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_item_collection_key_attribute_map(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, AttributeValue>> {
    rt::json::map(v, path, cx, |k, v, p, cx| {
        cx.length(path, k.chars().count(), Some(0), Some(65535));
        let x = <AttributeValue>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_item_collection_size_estimate_range<'a>(&'a [f64]);
impl rt::serde::Serialize for ser_item_collection_size_estimate_range<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_item_collection_size_estimate_range(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<f64>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <f64>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_item_list<'a>(&'a [rt::BTreeMap<rt::String, AttributeValue>]);
impl rt::serde::Serialize for ser_item_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&crate::json::ser_attribute_map(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_item_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<rt::BTreeMap<rt::String, AttributeValue>>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = crate::json::de_attribute_map(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_key<'a>(&'a rt::BTreeMap<rt::String, AttributeValue>);
impl rt::serde::Serialize for ser_key<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_key(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, AttributeValue>> {
    rt::json::map(v, path, cx, |k, v, p, cx| {
        cx.length(path, k.chars().count(), Some(0), Some(65535));
        let x = <AttributeValue>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_key_conditions<'a>(&'a rt::BTreeMap<rt::String, Condition>);
impl rt::serde::Serialize for ser_key_conditions<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_key_conditions(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, Condition>> {
    rt::json::map(v, path, cx, |k, v, p, cx| {
        cx.length(path, k.chars().count(), Some(0), Some(65535));
        let x = <Condition>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_key_schema<'a>(&'a [KeySchemaElement]);
impl rt::serde::Serialize for ser_key_schema<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_key_schema(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<KeySchemaElement>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <KeySchemaElement>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_list_attribute_value<'a>(&'a [AttributeValue]);
impl rt::serde::Serialize for ser_list_attribute_value<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_list_attribute_value(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<AttributeValue>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <AttributeValue>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_local_secondary_index_description_list<'a>(&'a [LocalSecondaryIndexDescription]);
impl rt::serde::Serialize for ser_local_secondary_index_description_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_local_secondary_index_description_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<LocalSecondaryIndexDescription>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <LocalSecondaryIndexDescription>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_local_secondary_index_list<'a>(&'a [LocalSecondaryIndex]);
impl rt::serde::Serialize for ser_local_secondary_index_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_local_secondary_index_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<LocalSecondaryIndex>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <LocalSecondaryIndex>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_map_attribute_value<'a>(&'a rt::BTreeMap<rt::String, AttributeValue>);
impl rt::serde::Serialize for ser_map_attribute_value<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_map_attribute_value(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, AttributeValue>> {
    rt::json::map(v, path, cx, |k, v, p, cx| {
        cx.length(path, k.chars().count(), Some(0), Some(65535));
        let x = <AttributeValue>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_non_key_attribute_name_list<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_non_key_attribute_name_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_non_key_attribute_name_list(
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
struct ser_number_set_attribute_value<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_number_set_attribute_value<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_number_set_attribute_value(
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
struct ser_put_item_input_attribute_map<'a>(&'a rt::BTreeMap<rt::String, AttributeValue>);
impl rt::serde::Serialize for ser_put_item_input_attribute_map<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_put_item_input_attribute_map(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, AttributeValue>> {
    rt::json::map(v, path, cx, |k, v, p, cx| {
        cx.length(path, k.chars().count(), Some(0), Some(65535));
        let x = <AttributeValue>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_replica_description_list<'a>(&'a [ReplicaDescription]);
impl rt::serde::Serialize for ser_replica_description_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_replica_description_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<ReplicaDescription>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <ReplicaDescription>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_replica_global_secondary_index_description_list<'a>(
    &'a [ReplicaGlobalSecondaryIndexDescription],
);
impl rt::serde::Serialize for ser_replica_global_secondary_index_description_list<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_replica_global_secondary_index_description_list(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::Vec<ReplicaGlobalSecondaryIndexDescription>> {
    rt::json::list(v, path, cx, |v, p, cx| {
        let x = <ReplicaGlobalSecondaryIndexDescription>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the map (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_secondary_indexes_capacity_map<'a>(&'a rt::BTreeMap<rt::String, Capacity>);
impl rt::serde::Serialize for ser_secondary_indexes_capacity_map<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeMap as _;
        let mut out = s.serialize_map(Some(self.0.len()))?;
        for (k, x) in self.0 {
            out.serialize_entry(k, &rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_secondary_indexes_capacity_map(
    v: &rt::JsonValue,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<rt::BTreeMap<rt::String, Capacity>> {
    rt::json::map(v, path, cx, |k, v, p, cx| {
        cx.length(path, k.chars().count(), Some(3), Some(255));
        cx.pattern(path, k, &crate::json::PATTERN_0);
        let x = <Capacity>::from_json(v, p, cx)?;
        Ok(x)
    })
}
/// Writes the list (a `serde::Serialize` view of it).
#[allow(non_camel_case_types)]
struct ser_string_set_attribute_value<'a>(&'a [rt::String]);
impl rt::serde::Serialize for ser_string_set_attribute_value<'_> {
    fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
        use rt::serde::ser::SerializeSeq as _;
        let mut out = s.serialize_seq(Some(self.0.len()))?;
        for x in self.0 {
            out.serialize_element(&rt::json::Json(x))?;
        }
        out.end()
    }
}
pub(crate) fn de_string_set_attribute_value(
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
impl rt::Validate for AttributeDefinition {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.attribute_name, &path.field("AttributeName"));
            cx.length(p, x.chars().count(), Some(1), Some(255));
        }
        {
            let (x, p) = (&self.attribute_type, &path.field("AttributeType"));
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for AttributeValueUpdate {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.action {
            let p = &path.field("Action");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.value {
            let p = &path.field("Value");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for Condition {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.attribute_value_list {
            let p = &path.field("AttributeValueList");
            crate::json::val_attribute_value_list(x, p, cx)?;
        }
        {
            let (x, p) = (&self.comparison_operator, &path.field("ComparisonOperator"));
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for CreateTableInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.attribute_definitions {
            Some(x) => {
                let p = &path.field("AttributeDefinitions");
                crate::json::val_attribute_definitions(x, p, cx)?;
            }
            None => cx.missing(&path.field("AttributeDefinitions")),
        }
        if let Some(x) = &self.billing_mode {
            let p = &path.field("BillingMode");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.global_secondary_indexes {
            let p = &path.field("GlobalSecondaryIndexes");
            crate::json::val_global_secondary_index_list(x, p, cx)?;
        }
        match &self.key_schema {
            Some(x) => {
                let p = &path.field("KeySchema");
                cx.length(p, x.len(), Some(1), Some(2));
                crate::json::val_key_schema(x, p, cx)?;
            }
            None => cx.missing(&path.field("KeySchema")),
        }
        if let Some(x) = &self.local_secondary_indexes {
            let p = &path.field("LocalSecondaryIndexes");
            crate::json::val_local_secondary_index_list(x, p, cx)?;
        }
        if let Some(x) = &self.provisioned_throughput {
            let p = &path.field("ProvisionedThroughput");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.sse_specification {
            let p = &path.field("SSESpecification");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.stream_specification {
            let p = &path.field("StreamSpecification");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.table_class {
            let p = &path.field("TableClass");
            rt::Validate::validate(x, p, cx)?;
        }
        match &self.table_name {
            Some(x) => {
                let p = &path.field("TableName");
                cx.length(p, x.chars().count(), Some(1), Some(1024));
            }
            None => cx.missing(&path.field("TableName")),
        }
        if let Some(x) = &self.tags {
            let p = &path.field("Tags");
            crate::json::val_tag_list(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::json::Input for CreateTableInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "TableName" => self.table_name.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for DeleteTableInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.table_name {
            Some(x) => {
                let p = &path.field("TableName");
                cx.length(p, x.chars().count(), Some(1), Some(1024));
            }
            None => cx.missing(&path.field("TableName")),
        }
        Ok(())
    }
}
impl rt::json::Input for DeleteTableInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "TableName" => self.table_name.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for DescribeEndpointsRequestBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for DescribeEndpointsRequestBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DescribeLimitsInputBuilder {
    fn validate(&self, _path: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        Ok(())
    }
}
impl rt::json::Input for DescribeLimitsInputBuilder {
    fn member(&self, _name: &str) -> rt::Option<rt::JsonValue> {
        None
    }
}
impl rt::Validate for DescribeTableInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match &self.table_name {
            Some(x) => {
                let p = &path.field("TableName");
                cx.length(p, x.chars().count(), Some(1), Some(1024));
            }
            None => cx.missing(&path.field("TableName")),
        }
        Ok(())
    }
}
impl rt::json::Input for DescribeTableInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "TableName" => self.table_name.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for ExpectedAttributeValue {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.attribute_value_list {
            let p = &path.field("AttributeValueList");
            crate::json::val_attribute_value_list(x, p, cx)?;
        }
        if let Some(x) = &self.comparison_operator {
            let p = &path.field("ComparisonOperator");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.value {
            let p = &path.field("Value");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for GetItemInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.attributes_to_get {
            let p = &path.field("AttributesToGet");
            cx.length(p, x.len(), Some(1), None);
            crate::json::val_attribute_name_list(x, p, cx)?;
        }
        if let Some(x) = &self.expression_attribute_names {
            let p = &path.field("ExpressionAttributeNames");
            crate::json::val_expression_attribute_name_map(x, p, cx)?;
        }
        match &self.key {
            Some(x) => {
                let p = &path.field("Key");
                crate::json::val_key(x, p, cx)?;
            }
            None => cx.missing(&path.field("Key")),
        }
        if let Some(x) = &self.return_consumed_capacity {
            let p = &path.field("ReturnConsumedCapacity");
            rt::Validate::validate(x, p, cx)?;
        }
        match &self.table_name {
            Some(x) => {
                let p = &path.field("TableName");
                cx.length(p, x.chars().count(), Some(1), Some(1024));
            }
            None => cx.missing(&path.field("TableName")),
        }
        Ok(())
    }
}
impl rt::json::Input for GetItemInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "TableName" => self.table_name.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for GlobalSecondaryIndex {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.index_name, &path.field("IndexName"));
            cx.length(p, x.chars().count(), Some(3), Some(255));
            cx.pattern(p, x, &crate::json::PATTERN_0);
        }
        {
            let (x, p) = (&self.key_schema, &path.field("KeySchema"));
            cx.length(p, x.len(), Some(1), Some(2));
            crate::json::val_key_schema(x, p, cx)?;
        }
        {
            let (x, p) = (&self.projection, &path.field("Projection"));
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.provisioned_throughput {
            let p = &path.field("ProvisionedThroughput");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for KeySchemaElement {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.attribute_name, &path.field("AttributeName"));
            cx.length(p, x.chars().count(), Some(1), Some(255));
        }
        {
            let (x, p) = (&self.key_type, &path.field("KeyType"));
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for LocalSecondaryIndex {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.index_name, &path.field("IndexName"));
            cx.length(p, x.chars().count(), Some(3), Some(255));
            cx.pattern(p, x, &crate::json::PATTERN_0);
        }
        {
            let (x, p) = (&self.key_schema, &path.field("KeySchema"));
            cx.length(p, x.len(), Some(1), Some(2));
            crate::json::val_key_schema(x, p, cx)?;
        }
        {
            let (x, p) = (&self.projection, &path.field("Projection"));
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for Projection {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.non_key_attributes {
            let p = &path.field("NonKeyAttributes");
            cx.length(p, x.len(), Some(1), Some(20));
            crate::json::val_non_key_attribute_name_list(x, p, cx)?;
        }
        if let Some(x) = &self.projection_type {
            let p = &path.field("ProjectionType");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for ProvisionedThroughput {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.read_capacity_units, &path.field("ReadCapacityUnits"));
            cx.range(p, *x as f64, Some(1.0), None);
        }
        {
            let (x, p) = (
                &self.write_capacity_units,
                &path.field("WriteCapacityUnits"),
            );
            cx.range(p, *x as f64, Some(1.0), None);
        }
        Ok(())
    }
}
impl rt::Validate for PutItemInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.conditional_operator {
            let p = &path.field("ConditionalOperator");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.expected {
            let p = &path.field("Expected");
            crate::json::val_expected_attribute_map(x, p, cx)?;
        }
        if let Some(x) = &self.expression_attribute_names {
            let p = &path.field("ExpressionAttributeNames");
            crate::json::val_expression_attribute_name_map(x, p, cx)?;
        }
        if let Some(x) = &self.expression_attribute_values {
            let p = &path.field("ExpressionAttributeValues");
            crate::json::val_expression_attribute_value_map(x, p, cx)?;
        }
        match &self.item {
            Some(x) => {
                let p = &path.field("Item");
                crate::json::val_put_item_input_attribute_map(x, p, cx)?;
            }
            None => cx.missing(&path.field("Item")),
        }
        if let Some(x) = &self.return_consumed_capacity {
            let p = &path.field("ReturnConsumedCapacity");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.return_item_collection_metrics {
            let p = &path.field("ReturnItemCollectionMetrics");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.return_values {
            let p = &path.field("ReturnValues");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.return_values_on_condition_check_failure {
            let p = &path.field("ReturnValuesOnConditionCheckFailure");
            rt::Validate::validate(x, p, cx)?;
        }
        match &self.table_name {
            Some(x) => {
                let p = &path.field("TableName");
                cx.length(p, x.chars().count(), Some(1), Some(1024));
            }
            None => cx.missing(&path.field("TableName")),
        }
        Ok(())
    }
}
impl rt::json::Input for PutItemInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "TableName" => self.table_name.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for QueryInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.attributes_to_get {
            let p = &path.field("AttributesToGet");
            cx.length(p, x.len(), Some(1), None);
            crate::json::val_attribute_name_list(x, p, cx)?;
        }
        if let Some(x) = &self.conditional_operator {
            let p = &path.field("ConditionalOperator");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.exclusive_start_key {
            let p = &path.field("ExclusiveStartKey");
            crate::json::val_key(x, p, cx)?;
        }
        if let Some(x) = &self.expression_attribute_names {
            let p = &path.field("ExpressionAttributeNames");
            crate::json::val_expression_attribute_name_map(x, p, cx)?;
        }
        if let Some(x) = &self.expression_attribute_values {
            let p = &path.field("ExpressionAttributeValues");
            crate::json::val_expression_attribute_value_map(x, p, cx)?;
        }
        if let Some(x) = &self.index_name {
            let p = &path.field("IndexName");
            cx.length(p, x.chars().count(), Some(3), Some(255));
            cx.pattern(p, x, &crate::json::PATTERN_0);
        }
        if let Some(x) = &self.key_conditions {
            let p = &path.field("KeyConditions");
            crate::json::val_key_conditions(x, p, cx)?;
        }
        if let Some(x) = &self.limit {
            let p = &path.field("Limit");
            cx.range(p, f64::from(*x), Some(1.0), None);
        }
        if let Some(x) = &self.query_filter {
            let p = &path.field("QueryFilter");
            crate::json::val_filter_condition_map(x, p, cx)?;
        }
        if let Some(x) = &self.return_consumed_capacity {
            let p = &path.field("ReturnConsumedCapacity");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.select {
            let p = &path.field("Select");
            rt::Validate::validate(x, p, cx)?;
        }
        match &self.table_name {
            Some(x) => {
                let p = &path.field("TableName");
                cx.length(p, x.chars().count(), Some(1), Some(1024));
            }
            None => cx.missing(&path.field("TableName")),
        }
        Ok(())
    }
}
impl rt::json::Input for QueryInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "TableName" => self.table_name.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for SseSpecification {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.sse_type {
            let p = &path.field("SSEType");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for StreamSpecification {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.stream_view_type {
            let p = &path.field("StreamViewType");
            rt::Validate::validate(x, p, cx)?;
        }
        Ok(())
    }
}
impl rt::Validate for Tag {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        {
            let (x, p) = (&self.key, &path.field("Key"));
            cx.length(p, x.chars().count(), Some(1), Some(128));
        }
        {
            let (x, p) = (&self.value, &path.field("Value"));
            cx.length(p, x.chars().count(), Some(0), Some(256));
        }
        Ok(())
    }
}
impl rt::Validate for UpdateItemInputBuilder {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        if let Some(x) = &self.attribute_updates {
            let p = &path.field("AttributeUpdates");
            crate::json::val_attribute_updates(x, p, cx)?;
        }
        if let Some(x) = &self.conditional_operator {
            let p = &path.field("ConditionalOperator");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.expected {
            let p = &path.field("Expected");
            crate::json::val_expected_attribute_map(x, p, cx)?;
        }
        if let Some(x) = &self.expression_attribute_names {
            let p = &path.field("ExpressionAttributeNames");
            crate::json::val_expression_attribute_name_map(x, p, cx)?;
        }
        if let Some(x) = &self.expression_attribute_values {
            let p = &path.field("ExpressionAttributeValues");
            crate::json::val_expression_attribute_value_map(x, p, cx)?;
        }
        match &self.key {
            Some(x) => {
                let p = &path.field("Key");
                crate::json::val_key(x, p, cx)?;
            }
            None => cx.missing(&path.field("Key")),
        }
        if let Some(x) = &self.return_consumed_capacity {
            let p = &path.field("ReturnConsumedCapacity");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.return_item_collection_metrics {
            let p = &path.field("ReturnItemCollectionMetrics");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.return_values {
            let p = &path.field("ReturnValues");
            rt::Validate::validate(x, p, cx)?;
        }
        if let Some(x) = &self.return_values_on_condition_check_failure {
            let p = &path.field("ReturnValuesOnConditionCheckFailure");
            rt::Validate::validate(x, p, cx)?;
        }
        match &self.table_name {
            Some(x) => {
                let p = &path.field("TableName");
                cx.length(p, x.chars().count(), Some(1), Some(1024));
            }
            None => cx.missing(&path.field("TableName")),
        }
        Ok(())
    }
}
impl rt::json::Input for UpdateItemInputBuilder {
    fn member(&self, name: &str) -> rt::Option<rt::JsonValue> {
        match name {
            "TableName" => self.table_name.as_ref().map(|v| v.to_json()),
            _ => None,
        }
    }
}
impl rt::Validate for AttributeValue {
    fn validate(&self, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
        match self {
            Self::B(_) => {}
            Self::Bool(_) => {}
            Self::Bs(_) => {}
            Self::L(x) => {
                let p = &path.field("L");
                crate::json::val_list_attribute_value(x, p, cx)?;
            }
            Self::M(x) => {
                let p = &path.field("M");
                crate::json::val_map_attribute_value(x, p, cx)?;
            }
            Self::N(_) => {}
            Self::Ns(_) => {}
            Self::Null(_) => {}
            Self::S(_) => {}
            Self::Ss(_) => {}
            Self::Unknown(name) => {
                return Err(
                    rt::DeError::at(
                        path,
                        format_args!(
                            "`{name}` is a union member this version of the model does not know, so it cannot be sent"
                        ),
                    ),
                );
            }
        }
        Ok(())
    }
}
fn val_attribute_definitions(
    items: &[AttributeDefinition],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_attribute_name_list(
    items: &[rt::String],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        cx.length(p, x.chars().count(), Some(0), Some(65535));
    }
    Ok(())
}
fn val_attribute_updates(
    entries: &rt::BTreeMap<rt::String, AttributeValueUpdate>,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (k, x) in entries {
        cx.length(path, k.as_str().chars().count(), Some(0), Some(65535));
        let p = &path.key(k);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_attribute_value_list(
    items: &[AttributeValue],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_expected_attribute_map(
    entries: &rt::BTreeMap<rt::String, ExpectedAttributeValue>,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (k, x) in entries {
        cx.length(path, k.as_str().chars().count(), Some(0), Some(65535));
        let p = &path.key(k);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_expression_attribute_name_map(
    entries: &rt::BTreeMap<rt::String, rt::String>,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (k, x) in entries {
        let p = &path.key(k);
        cx.length(p, x.chars().count(), Some(0), Some(65535));
    }
    Ok(())
}
fn val_expression_attribute_value_map(
    entries: &rt::BTreeMap<rt::String, AttributeValue>,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (k, x) in entries {
        let p = &path.key(k);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_filter_condition_map(
    entries: &rt::BTreeMap<rt::String, Condition>,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (k, x) in entries {
        cx.length(path, k.as_str().chars().count(), Some(0), Some(65535));
        let p = &path.key(k);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_global_secondary_index_list(
    items: &[GlobalSecondaryIndex],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_key(
    entries: &rt::BTreeMap<rt::String, AttributeValue>,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (k, x) in entries {
        cx.length(path, k.as_str().chars().count(), Some(0), Some(65535));
        let p = &path.key(k);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_key_conditions(
    entries: &rt::BTreeMap<rt::String, Condition>,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (k, x) in entries {
        cx.length(path, k.as_str().chars().count(), Some(0), Some(65535));
        let p = &path.key(k);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_key_schema(
    items: &[KeySchemaElement],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_list_attribute_value(
    items: &[AttributeValue],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_local_secondary_index_list(
    items: &[LocalSecondaryIndex],
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_map_attribute_value(
    entries: &rt::BTreeMap<rt::String, AttributeValue>,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (k, x) in entries {
        cx.length(path, k.as_str().chars().count(), Some(0), Some(65535));
        let p = &path.key(k);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_non_key_attribute_name_list(
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
fn val_put_item_input_attribute_map(
    entries: &rt::BTreeMap<rt::String, AttributeValue>,
    path: &rt::JsonPath,
    cx: &mut rt::JsonCtx,
) -> rt::DeResult<()> {
    for (k, x) in entries {
        cx.length(path, k.as_str().chars().count(), Some(0), Some(65535));
        let p = &path.key(k);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
fn val_tag_list(items: &[Tag], path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
    for (i, x) in items.iter().enumerate() {
        let p = &path.index(i);
        rt::Validate::validate(x, p, cx)?;
    }
    Ok(())
}
/// Runs as `^[a-zA-Z0-9_\.\-]+$`.
pub(crate) static PATTERN_0: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[a-zA-Z0-9_.-]+$",
        "^[a-zA-Z0-9_\\.\\-]+$",
        rt::PatternEngine::Lite,
    )
});
pub(crate) static PATTERN_1: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
    rt::Pattern::compiled(
        "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
        "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
        rt::PatternEngine::Lite,
    )
});
