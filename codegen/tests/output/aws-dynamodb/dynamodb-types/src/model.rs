// Generated from models/aws-dynamodb.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// Contains details of a table archival operation.
#[derive(Clone, Debug, PartialEq)]
pub struct ArchivalSummary {
    /// The Amazon Resource Name (ARN) of the backup the table was archived to, when applicable in the archival reason. If you wish to restore this backup to the same table name, you will need to delete the original table.
    pub archival_backup_arn: rt::Option<rt::String>,
    /// The date and time when table archival was initiated by DynamoDB, in UNIX epoch time format.
    pub archival_date_time: rt::Option<rt::DateTime>,
    /// The reason DynamoDB archived the table. Currently, the only possible value is:
    ///
    /// - `INACCESSIBLE_ENCRYPTION_CREDENTIALS` - The table was archived due to the table's KMS key being inaccessible for more than seven days. An On-Demand backup was created at the archival time.
    pub archival_reason: rt::Option<rt::String>,
}
impl ArchivalSummary {
    /// A builder for this structure.
    pub fn builder() -> ArchivalSummaryBuilder {
        ArchivalSummaryBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ArchivalSummary {
    /// [`archival_backup_arn`](Self::archival_backup_arn).
    pub fn archival_backup_arn(&self) -> rt::Option<&str> {
        self.archival_backup_arn.as_deref()
    }
    /// [`archival_date_time`](Self::archival_date_time).
    pub fn archival_date_time(&self) -> rt::Option<&rt::DateTime> {
        self.archival_date_time.as_ref()
    }
    /// [`archival_reason`](Self::archival_reason).
    pub fn archival_reason(&self) -> rt::Option<&str> {
        self.archival_reason.as_deref()
    }
}
/// Builds a [`ArchivalSummary`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ArchivalSummaryBuilder {
    /// [`ArchivalSummary::archival_backup_arn`](ArchivalSummary::archival_backup_arn), if set.
    pub archival_backup_arn: rt::Option<rt::String>,
    /// [`ArchivalSummary::archival_date_time`](ArchivalSummary::archival_date_time), if set.
    pub archival_date_time: rt::Option<rt::DateTime>,
    /// [`ArchivalSummary::archival_reason`](ArchivalSummary::archival_reason), if set.
    pub archival_reason: rt::Option<rt::String>,
}
impl ArchivalSummaryBuilder {
    /// Sets [`ArchivalSummary::archival_backup_arn`](ArchivalSummary::archival_backup_arn).
    pub fn archival_backup_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.archival_backup_arn = Some(value.into());
        self
    }
    /// Sets or clears [`ArchivalSummary::archival_backup_arn`](ArchivalSummary::archival_backup_arn).
    pub fn set_archival_backup_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.archival_backup_arn = value;
        self
    }
    /// Sets [`ArchivalSummary::archival_date_time`](ArchivalSummary::archival_date_time).
    pub fn archival_date_time(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.archival_date_time = Some(value.into());
        self
    }
    /// Sets or clears [`ArchivalSummary::archival_date_time`](ArchivalSummary::archival_date_time).
    pub fn set_archival_date_time(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.archival_date_time = value;
        self
    }
    /// Sets [`ArchivalSummary::archival_reason`](ArchivalSummary::archival_reason).
    pub fn archival_reason(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.archival_reason = Some(value.into());
        self
    }
    /// Sets or clears [`ArchivalSummary::archival_reason`](ArchivalSummary::archival_reason).
    pub fn set_archival_reason(mut self, value: rt::Option<rt::String>) -> Self {
        self.archival_reason = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ArchivalSummary {
        ArchivalSummary {
            archival_backup_arn: self.archival_backup_arn,
            archival_date_time: self.archival_date_time,
            archival_reason: self.archival_reason,
        }
    }
}
/// Represents an attribute for describing the schema for the table and indexes.
#[derive(Clone, Debug, PartialEq)]
pub struct AttributeDefinition {
    /// A name for the attribute.
    pub attribute_name: rt::String,
    /// The data type for the attribute, where:
    ///
    /// - `S` - the attribute is of type String
    /// - `N` - the attribute is of type Number
    /// - `B` - the attribute is of type Binary
    pub attribute_type: ScalarAttributeType,
}
impl AttributeDefinition {
    /// A builder for this structure.
    pub fn builder() -> AttributeDefinitionBuilder {
        AttributeDefinitionBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl AttributeDefinition {
    /// [`attribute_name`](Self::attribute_name).
    pub fn attribute_name(&self) -> &str {
        &self.attribute_name
    }
    /// [`attribute_type`](Self::attribute_type).
    pub fn attribute_type(&self) -> &ScalarAttributeType {
        &self.attribute_type
    }
}
/// Builds a [`AttributeDefinition`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AttributeDefinitionBuilder {
    /// [`AttributeDefinition::attribute_name`](AttributeDefinition::attribute_name), if set.
    pub attribute_name: rt::Option<rt::String>,
    /// [`AttributeDefinition::attribute_type`](AttributeDefinition::attribute_type), if set.
    pub attribute_type: rt::Option<ScalarAttributeType>,
}
impl AttributeDefinitionBuilder {
    /// Sets [`AttributeDefinition::attribute_name`](AttributeDefinition::attribute_name).
    pub fn attribute_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.attribute_name = Some(value.into());
        self
    }
    /// Sets or clears [`AttributeDefinition::attribute_name`](AttributeDefinition::attribute_name).
    pub fn set_attribute_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.attribute_name = value;
        self
    }
    /// Sets [`AttributeDefinition::attribute_type`](AttributeDefinition::attribute_type).
    pub fn attribute_type(mut self, value: impl rt::Into<ScalarAttributeType>) -> Self {
        self.attribute_type = Some(value.into());
        self
    }
    /// Sets or clears [`AttributeDefinition::attribute_type`](AttributeDefinition::attribute_type).
    pub fn set_attribute_type(mut self, value: rt::Option<ScalarAttributeType>) -> Self {
        self.attribute_type = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<AttributeDefinition, rt::BuildError> {
        Ok(AttributeDefinition {
            attribute_name: self.attribute_name.ok_or(rt::BuildError {
                shape: "AttributeDefinition",
                member: "AttributeName",
            })?,
            attribute_type: self.attribute_type.ok_or(rt::BuildError {
                shape: "AttributeDefinition",
                member: "AttributeType",
            })?,
        })
    }
}
/// For the `UpdateItem` operation, represents the attributes to be modified, the action to perform on each, and the new value for each.
///
/// **Note:** You cannot use `UpdateItem` to update any primary key attributes. Instead, you will need to delete the item, and then use `PutItem` to create a new item with new attributes.
///
/// Attribute values cannot be null; string and binary type attributes must have lengths greater than zero; and set type attributes must not be empty. Requests with empty values will be rejected with a `ValidationException` exception.
#[derive(Clone, Debug, PartialEq)]
pub struct AttributeValueUpdate {
    /// Specifies how to perform the update. Valid values are `PUT` (default), `DELETE`, and `ADD`. The behavior depends on whether the specified primary key already exists in the table.
    ///
    /// **If an item with the specified *Key* is found in the table:**
    ///
    /// - `PUT` - Adds the specified attribute to the item. If the attribute already exists, it is replaced by the new value.
    /// - `DELETE` - If no value is specified, the attribute and its value are removed from the item. The data type of the specified value must match the existing value's data type. If a *set* of values is specified, then those values are subtracted from the old set. For example, if the attribute value was the set `[a,b,c]` and the `DELETE` action specified `[a,c]`, then the final attribute value would be `[b]`. Specifying an empty set is an error.
    /// - `ADD` - If the attribute does not already exist, then the attribute and its values are added to the item. If the attribute does exist, then the behavior of `ADD` depends on the data type of the attribute:
    /// - If the existing attribute is a number, and if `Value` is also a number, then the `Value` is mathematically added to the existing attribute. If `Value` is a negative number, then it is subtracted from the existing attribute. **Note:** If you use `ADD` to increment or decrement a number value for an item that doesn't exist before the update, DynamoDB uses 0 as the initial value. In addition, if you use `ADD` to update an existing item, and intend to increment or decrement an attribute value which does not yet exist, DynamoDB uses `0` as the initial value. For example, suppose that the item you want to update does not yet have an attribute named *itemcount*, but you decide to `ADD` the number `3` to this attribute anyway, even though it currently does not exist. DynamoDB will create the *itemcount* attribute, set its initial value to `0`, and finally add `3` to it. The result will be a new *itemcount* attribute in the item, with a value of `3`.
    /// - If the existing data type is a set, and if the `Value` is also a set, then the `Value` is added to the existing set. (This is a *set* operation, not mathematical addition.) For example, if the attribute value was the set `[1,2]`, and the `ADD` action specified `[3]`, then the final attribute value would be `[1,2,3]`. An error occurs if an Add action is specified for a set attribute and the attribute type specified does not match the existing set type. Both sets must have the same primitive data type. For example, if the existing data type is a set of strings, the `Value` must also be a set of strings. The same holds true for number sets and binary sets.
    ///
    /// This action is only valid for an existing attribute whose data type is number or is a set. Do not use `ADD` for any other data types.
    ///
    /// **If no item with the specified *Key* is found:**
    ///
    /// - `PUT` - DynamoDB creates a new item with the specified primary key, and then adds the attribute.
    /// - `DELETE` - Nothing happens; there is no attribute to delete.
    /// - `ADD` - DynamoDB creates a new item with the supplied primary key and number (or set) for the attribute value. The only data types allowed are number, number set, string set or binary set.
    pub action: rt::Option<AttributeAction>,
    /// Represents the data for an attribute.
    ///
    /// Each attribute value is described as a name-value pair. The name is the data type, and the value is the data itself.
    ///
    /// For more information, see [Data Types](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html#HowItWorks.DataTypes) in the *Amazon DynamoDB Developer Guide*.
    pub value: rt::Option<AttributeValue>,
}
impl AttributeValueUpdate {
    /// A builder for this structure.
    pub fn builder() -> AttributeValueUpdateBuilder {
        AttributeValueUpdateBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl AttributeValueUpdate {
    /// [`action`](Self::action).
    pub fn action(&self) -> rt::Option<&AttributeAction> {
        self.action.as_ref()
    }
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&AttributeValue> {
        self.value.as_ref()
    }
}
/// Builds a [`AttributeValueUpdate`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AttributeValueUpdateBuilder {
    /// [`AttributeValueUpdate::action`](AttributeValueUpdate::action), if set.
    pub action: rt::Option<AttributeAction>,
    /// [`AttributeValueUpdate::value`](AttributeValueUpdate::value), if set.
    pub value: rt::Option<AttributeValue>,
}
impl AttributeValueUpdateBuilder {
    /// Sets [`AttributeValueUpdate::action`](AttributeValueUpdate::action).
    pub fn action(mut self, value: impl rt::Into<AttributeAction>) -> Self {
        self.action = Some(value.into());
        self
    }
    /// Sets or clears [`AttributeValueUpdate::action`](AttributeValueUpdate::action).
    pub fn set_action(mut self, value: rt::Option<AttributeAction>) -> Self {
        self.action = value;
        self
    }
    /// Sets [`AttributeValueUpdate::value`](AttributeValueUpdate::value).
    pub fn value(mut self, value: impl rt::Into<AttributeValue>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`AttributeValueUpdate::value`](AttributeValueUpdate::value).
    pub fn set_value(mut self, value: rt::Option<AttributeValue>) -> Self {
        self.value = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> AttributeValueUpdate {
        AttributeValueUpdate {
            action: self.action,
            value: self.value,
        }
    }
}
/// Contains the details for the read/write capacity mode. This page talks about `PROVISIONED` and `PAY_PER_REQUEST` billing modes. For more information about these modes, see [Read/write capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadWriteCapacityMode.html).
///
/// **Note:** You may need to switch to on-demand mode at least once in order to return a `BillingModeSummary` response.
#[derive(Clone, Debug, PartialEq)]
pub struct BillingModeSummary {
    /// Controls how you are charged for read and write throughput and how you manage capacity. This setting can be changed later.
    ///
    /// - `PROVISIONED` - Sets the read/write capacity mode to `PROVISIONED`. We recommend using `PROVISIONED` for predictable workloads.
    /// - `PAY_PER_REQUEST` - Sets the read/write capacity mode to `PAY_PER_REQUEST`. We recommend using `PAY_PER_REQUEST` for unpredictable workloads.
    pub billing_mode: rt::Option<BillingMode>,
    /// Represents the time when `PAY_PER_REQUEST` was last set as the read/write capacity mode.
    pub last_update_to_pay_per_request_date_time: rt::Option<rt::DateTime>,
}
impl BillingModeSummary {
    /// A builder for this structure.
    pub fn builder() -> BillingModeSummaryBuilder {
        BillingModeSummaryBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl BillingModeSummary {
    /// [`billing_mode`](Self::billing_mode).
    pub fn billing_mode(&self) -> rt::Option<&BillingMode> {
        self.billing_mode.as_ref()
    }
    /// [`last_update_to_pay_per_request_date_time`](Self::last_update_to_pay_per_request_date_time).
    pub fn last_update_to_pay_per_request_date_time(&self) -> rt::Option<&rt::DateTime> {
        self.last_update_to_pay_per_request_date_time.as_ref()
    }
}
/// Builds a [`BillingModeSummary`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BillingModeSummaryBuilder {
    /// [`BillingModeSummary::billing_mode`](BillingModeSummary::billing_mode), if set.
    pub billing_mode: rt::Option<BillingMode>,
    /// [`BillingModeSummary::last_update_to_pay_per_request_date_time`](BillingModeSummary::last_update_to_pay_per_request_date_time), if set.
    pub last_update_to_pay_per_request_date_time: rt::Option<rt::DateTime>,
}
impl BillingModeSummaryBuilder {
    /// Sets [`BillingModeSummary::billing_mode`](BillingModeSummary::billing_mode).
    pub fn billing_mode(mut self, value: impl rt::Into<BillingMode>) -> Self {
        self.billing_mode = Some(value.into());
        self
    }
    /// Sets or clears [`BillingModeSummary::billing_mode`](BillingModeSummary::billing_mode).
    pub fn set_billing_mode(mut self, value: rt::Option<BillingMode>) -> Self {
        self.billing_mode = value;
        self
    }
    /// Sets [`BillingModeSummary::last_update_to_pay_per_request_date_time`](BillingModeSummary::last_update_to_pay_per_request_date_time).
    pub fn last_update_to_pay_per_request_date_time(
        mut self,
        value: impl rt::Into<rt::DateTime>,
    ) -> Self {
        self.last_update_to_pay_per_request_date_time = Some(value.into());
        self
    }
    /// Sets or clears [`BillingModeSummary::last_update_to_pay_per_request_date_time`](BillingModeSummary::last_update_to_pay_per_request_date_time).
    pub fn set_last_update_to_pay_per_request_date_time(
        mut self,
        value: rt::Option<rt::DateTime>,
    ) -> Self {
        self.last_update_to_pay_per_request_date_time = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> BillingModeSummary {
        BillingModeSummary {
            billing_mode: self.billing_mode,
            last_update_to_pay_per_request_date_time: self.last_update_to_pay_per_request_date_time,
        }
    }
}
/// Represents the amount of provisioned throughput capacity consumed on a table or an index.
#[derive(Clone, Debug, PartialEq)]
pub struct Capacity {
    /// The total number of capacity units consumed on a table or an index.
    pub capacity_units: rt::Option<f64>,
    /// The total number of read capacity units consumed on a table or an index.
    pub read_capacity_units: rt::Option<f64>,
    /// The total number of write capacity units consumed on a table or an index.
    pub write_capacity_units: rt::Option<f64>,
}
impl Capacity {
    /// A builder for this structure.
    pub fn builder() -> CapacityBuilder {
        CapacityBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Capacity {
    /// [`capacity_units`](Self::capacity_units).
    pub fn capacity_units(&self) -> rt::Option<f64> {
        self.capacity_units
    }
    /// [`read_capacity_units`](Self::read_capacity_units).
    pub fn read_capacity_units(&self) -> rt::Option<f64> {
        self.read_capacity_units
    }
    /// [`write_capacity_units`](Self::write_capacity_units).
    pub fn write_capacity_units(&self) -> rt::Option<f64> {
        self.write_capacity_units
    }
}
/// Builds a [`Capacity`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CapacityBuilder {
    /// [`Capacity::capacity_units`](Capacity::capacity_units), if set.
    pub capacity_units: rt::Option<f64>,
    /// [`Capacity::read_capacity_units`](Capacity::read_capacity_units), if set.
    pub read_capacity_units: rt::Option<f64>,
    /// [`Capacity::write_capacity_units`](Capacity::write_capacity_units), if set.
    pub write_capacity_units: rt::Option<f64>,
}
impl CapacityBuilder {
    /// Sets [`Capacity::capacity_units`](Capacity::capacity_units).
    pub fn capacity_units(mut self, value: impl rt::Into<f64>) -> Self {
        self.capacity_units = Some(value.into());
        self
    }
    /// Sets or clears [`Capacity::capacity_units`](Capacity::capacity_units).
    pub fn set_capacity_units(mut self, value: rt::Option<f64>) -> Self {
        self.capacity_units = value;
        self
    }
    /// Sets [`Capacity::read_capacity_units`](Capacity::read_capacity_units).
    pub fn read_capacity_units(mut self, value: impl rt::Into<f64>) -> Self {
        self.read_capacity_units = Some(value.into());
        self
    }
    /// Sets or clears [`Capacity::read_capacity_units`](Capacity::read_capacity_units).
    pub fn set_read_capacity_units(mut self, value: rt::Option<f64>) -> Self {
        self.read_capacity_units = value;
        self
    }
    /// Sets [`Capacity::write_capacity_units`](Capacity::write_capacity_units).
    pub fn write_capacity_units(mut self, value: impl rt::Into<f64>) -> Self {
        self.write_capacity_units = Some(value.into());
        self
    }
    /// Sets or clears [`Capacity::write_capacity_units`](Capacity::write_capacity_units).
    pub fn set_write_capacity_units(mut self, value: rt::Option<f64>) -> Self {
        self.write_capacity_units = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Capacity {
        Capacity {
            capacity_units: self.capacity_units,
            read_capacity_units: self.read_capacity_units,
            write_capacity_units: self.write_capacity_units,
        }
    }
}
/// Represents the selection criteria for a `Query` or `Scan` operation:
///
/// - For a `Query` operation, `Condition` is used for specifying the `KeyConditions` to use when querying a table or an index. For `KeyConditions`, only the following comparison operators are supported: `EQ | LE | LT | GE | GT | BEGINS_WITH | BETWEEN` `Condition` is also used in a `QueryFilter`, which evaluates the query results and returns only the desired values.
/// - For a `Scan` operation, `Condition` is used in a `ScanFilter`, which evaluates the scan results and returns only the desired values.
#[derive(Clone, Debug, PartialEq)]
pub struct Condition {
    /// One or more values to evaluate against the supplied attribute. The number of values in the list depends on the `ComparisonOperator` being used.
    ///
    /// For type Number, value comparisons are numeric.
    ///
    /// String value comparisons for greater than, equals, or less than are based on ASCII character code values. For example, `a` is greater than `A`, and `a` is greater than `B`. For a list of code values, see [http://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters](http://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters).
    ///
    /// For Binary, DynamoDB treats each byte of the binary data as unsigned when it compares binary values.
    pub attribute_value_list: rt::Option<rt::Vec<AttributeValue>>,
    /// A comparator for evaluating attributes. For example, equals, greater than, less than, etc.
    ///
    /// The following comparison operators are available:
    ///
    /// `EQ | NE | LE | LT | GE | GT | NOT_NULL | NULL | CONTAINS | NOT_CONTAINS | BEGINS_WITH | IN | BETWEEN`
    ///
    /// The following are descriptions of each comparison operator.
    ///
    /// - `EQ` : Equal. `EQ` is supported for all data types, including lists and maps. `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, Binary, String Set, Number Set, or Binary Set. If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not equal `{"NS":["6", "2", "1"]}`.
    /// - `NE` : Not equal. `NE` is supported for all data types, including lists and maps. `AttributeValueList` can contain only one `AttributeValue` of type String, Number, Binary, String Set, Number Set, or Binary Set. If an item contains an `AttributeValue` of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not equal `{"NS":["6", "2", "1"]}`.
    /// - `LE` : Less than or equal. `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    /// - `LT` : Less than. `AttributeValueList` can contain only one `AttributeValue` of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    /// - `GE` : Greater than or equal. `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    /// - `GT` : Greater than. `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    /// - `NOT_NULL` : The attribute exists. `NOT_NULL` is supported for all data types, including lists and maps. **Note:** This operator tests for the existence of an attribute, not its data type. If the data type of attribute "`a`" is null, and you evaluate it using `NOT_NULL`, the result is a Boolean `true`. This result is because the attribute "`a`" exists; its data type is not relevant to the `NOT_NULL` comparison operator.
    /// - `NULL` : The attribute does not exist. `NULL` is supported for all data types, including lists and maps. **Note:** This operator tests for the nonexistence of an attribute, not its data type. If the data type of attribute "`a`" is null, and you evaluate it using `NULL`, the result is a Boolean `false`. This is because the attribute "`a`" exists; its data type is not relevant to the `NULL` comparison operator.
    /// - `CONTAINS` : Checks for a subsequence, or value in a set. `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If the target attribute of the comparison is of type String, then the operator checks for a substring match. If the target attribute of the comparison is of type Binary, then the operator looks for a subsequence of the target that matches the input. If the target attribute of the comparison is a set ("`SS`", "`NS`", or "`BS`"), then the operator evaluates to true if it finds an exact match with any member of the set. CONTAINS is supported for lists: When evaluating "`a CONTAINS b`", "`a`" can be a list; however, "`b`" cannot be a set, a map, or a list.
    /// - `NOT_CONTAINS` : Checks for absence of a subsequence, or absence of a value in a set. `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If the target attribute of the comparison is a String, then the operator checks for the absence of a substring match. If the target attribute of the comparison is Binary, then the operator checks for the absence of a subsequence of the target that matches the input. If the target attribute of the comparison is a set ("`SS`", "`NS`", or "`BS`"), then the operator evaluates to true if it *does not* find an exact match with any member of the set. NOT_CONTAINS is supported for lists: When evaluating "`a NOT CONTAINS b`", "`a`" can be a list; however, "`b`" cannot be a set, a map, or a list.
    /// - `BEGINS_WITH` : Checks for a prefix. `AttributeValueList` can contain only one `AttributeValue` of type String or Binary (not a Number or a set type). The target attribute of the comparison must be of type String or Binary (not a Number or a set type).
    /// - `IN` : Checks for matching elements in a list. `AttributeValueList` can contain one or more `AttributeValue` elements of type String, Number, or Binary. These attributes are compared against an existing attribute of an item. If any elements of the input are equal to the item attribute, the expression evaluates to true.
    /// - `BETWEEN` : Greater than or equal to the first value, and less than or equal to the second value. `AttributeValueList` must contain two `AttributeValue` elements of the same type, either String, Number, or Binary (not a set type). A target attribute matches if the target value is greater than, or equal to, the first element and less than, or equal to, the second element. If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not compare to `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`
    ///
    /// For usage examples of `AttributeValueList` and `ComparisonOperator`, see [Legacy Conditional Parameters](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.html) in the *Amazon DynamoDB Developer Guide*.
    pub comparison_operator: ComparisonOperator,
}
impl Condition {
    /// A builder for this structure.
    pub fn builder() -> ConditionBuilder {
        ConditionBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Condition {
    /// [`attribute_value_list`](Self::attribute_value_list), empty when unset.
    pub fn attribute_value_list(&self) -> &[AttributeValue] {
        self.attribute_value_list.as_deref().unwrap_or_default()
    }
    /// [`comparison_operator`](Self::comparison_operator).
    pub fn comparison_operator(&self) -> &ComparisonOperator {
        &self.comparison_operator
    }
}
/// Builds a [`Condition`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConditionBuilder {
    /// [`Condition::attribute_value_list`](Condition::attribute_value_list), if set.
    pub attribute_value_list: rt::Option<rt::Vec<AttributeValue>>,
    /// [`Condition::comparison_operator`](Condition::comparison_operator), if set.
    pub comparison_operator: rt::Option<ComparisonOperator>,
}
impl ConditionBuilder {
    /// Appends one element to [`Condition::attribute_value_list`](Condition::attribute_value_list).
    pub fn attribute_value_list(mut self, value: impl rt::Into<AttributeValue>) -> Self {
        self.attribute_value_list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`Condition::attribute_value_list`](Condition::attribute_value_list).
    pub fn set_attribute_value_list(mut self, value: rt::Option<rt::Vec<AttributeValue>>) -> Self {
        self.attribute_value_list = value;
        self
    }
    /// Sets [`Condition::comparison_operator`](Condition::comparison_operator).
    pub fn comparison_operator(mut self, value: impl rt::Into<ComparisonOperator>) -> Self {
        self.comparison_operator = Some(value.into());
        self
    }
    /// Sets or clears [`Condition::comparison_operator`](Condition::comparison_operator).
    pub fn set_comparison_operator(mut self, value: rt::Option<ComparisonOperator>) -> Self {
        self.comparison_operator = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<Condition, rt::BuildError> {
        Ok(Condition {
            attribute_value_list: self.attribute_value_list,
            comparison_operator: self.comparison_operator.ok_or(rt::BuildError {
                shape: "Condition",
                member: "ComparisonOperator",
            })?,
        })
    }
}
/// The capacity units consumed by an operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the request asked for it. For more information, see [Provisioned capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html) in the *Amazon DynamoDB Developer Guide*.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsumedCapacity {
    /// The total number of capacity units consumed by the operation.
    pub capacity_units: rt::Option<f64>,
    /// The amount of throughput consumed on each global index affected by the operation.
    pub global_secondary_indexes: rt::Option<rt::BTreeMap<rt::String, Capacity>>,
    /// The amount of throughput consumed on each local index affected by the operation.
    pub local_secondary_indexes: rt::Option<rt::BTreeMap<rt::String, Capacity>>,
    /// The total number of read capacity units consumed by the operation.
    pub read_capacity_units: rt::Option<f64>,
    /// The amount of throughput consumed on the table affected by the operation.
    pub table: rt::Option<Capacity>,
    /// The name of the table that was affected by the operation. If you had specified the Amazon Resource Name (ARN) of a table in the input, you'll see the table ARN in the response.
    pub table_name: rt::Option<rt::String>,
    /// The total number of write capacity units consumed by the operation.
    pub write_capacity_units: rt::Option<f64>,
}
impl ConsumedCapacity {
    /// A builder for this structure.
    pub fn builder() -> ConsumedCapacityBuilder {
        ConsumedCapacityBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ConsumedCapacity {
    /// [`capacity_units`](Self::capacity_units).
    pub fn capacity_units(&self) -> rt::Option<f64> {
        self.capacity_units
    }
    /// [`global_secondary_indexes`](Self::global_secondary_indexes).
    pub fn global_secondary_indexes(&self) -> rt::Option<&rt::BTreeMap<rt::String, Capacity>> {
        self.global_secondary_indexes.as_ref()
    }
    /// [`local_secondary_indexes`](Self::local_secondary_indexes).
    pub fn local_secondary_indexes(&self) -> rt::Option<&rt::BTreeMap<rt::String, Capacity>> {
        self.local_secondary_indexes.as_ref()
    }
    /// [`read_capacity_units`](Self::read_capacity_units).
    pub fn read_capacity_units(&self) -> rt::Option<f64> {
        self.read_capacity_units
    }
    /// [`table`](Self::table).
    pub fn table(&self) -> rt::Option<&Capacity> {
        self.table.as_ref()
    }
    /// [`table_name`](Self::table_name).
    pub fn table_name(&self) -> rt::Option<&str> {
        self.table_name.as_deref()
    }
    /// [`write_capacity_units`](Self::write_capacity_units).
    pub fn write_capacity_units(&self) -> rt::Option<f64> {
        self.write_capacity_units
    }
}
/// Builds a [`ConsumedCapacity`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConsumedCapacityBuilder {
    /// [`ConsumedCapacity::capacity_units`](ConsumedCapacity::capacity_units), if set.
    pub capacity_units: rt::Option<f64>,
    /// [`ConsumedCapacity::global_secondary_indexes`](ConsumedCapacity::global_secondary_indexes), if set.
    pub global_secondary_indexes: rt::Option<rt::BTreeMap<rt::String, Capacity>>,
    /// [`ConsumedCapacity::local_secondary_indexes`](ConsumedCapacity::local_secondary_indexes), if set.
    pub local_secondary_indexes: rt::Option<rt::BTreeMap<rt::String, Capacity>>,
    /// [`ConsumedCapacity::read_capacity_units`](ConsumedCapacity::read_capacity_units), if set.
    pub read_capacity_units: rt::Option<f64>,
    /// [`ConsumedCapacity::table`](ConsumedCapacity::table), if set.
    pub table: rt::Option<Capacity>,
    /// [`ConsumedCapacity::table_name`](ConsumedCapacity::table_name), if set.
    pub table_name: rt::Option<rt::String>,
    /// [`ConsumedCapacity::write_capacity_units`](ConsumedCapacity::write_capacity_units), if set.
    pub write_capacity_units: rt::Option<f64>,
}
impl ConsumedCapacityBuilder {
    /// Sets [`ConsumedCapacity::capacity_units`](ConsumedCapacity::capacity_units).
    pub fn capacity_units(mut self, value: impl rt::Into<f64>) -> Self {
        self.capacity_units = Some(value.into());
        self
    }
    /// Sets or clears [`ConsumedCapacity::capacity_units`](ConsumedCapacity::capacity_units).
    pub fn set_capacity_units(mut self, value: rt::Option<f64>) -> Self {
        self.capacity_units = value;
        self
    }
    /// Inserts one entry into [`ConsumedCapacity::global_secondary_indexes`](ConsumedCapacity::global_secondary_indexes).
    pub fn global_secondary_indexes(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<Capacity>,
    ) -> Self {
        self.global_secondary_indexes
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`ConsumedCapacity::global_secondary_indexes`](ConsumedCapacity::global_secondary_indexes).
    pub fn set_global_secondary_indexes(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, Capacity>>,
    ) -> Self {
        self.global_secondary_indexes = value;
        self
    }
    /// Inserts one entry into [`ConsumedCapacity::local_secondary_indexes`](ConsumedCapacity::local_secondary_indexes).
    pub fn local_secondary_indexes(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<Capacity>,
    ) -> Self {
        self.local_secondary_indexes
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`ConsumedCapacity::local_secondary_indexes`](ConsumedCapacity::local_secondary_indexes).
    pub fn set_local_secondary_indexes(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, Capacity>>,
    ) -> Self {
        self.local_secondary_indexes = value;
        self
    }
    /// Sets [`ConsumedCapacity::read_capacity_units`](ConsumedCapacity::read_capacity_units).
    pub fn read_capacity_units(mut self, value: impl rt::Into<f64>) -> Self {
        self.read_capacity_units = Some(value.into());
        self
    }
    /// Sets or clears [`ConsumedCapacity::read_capacity_units`](ConsumedCapacity::read_capacity_units).
    pub fn set_read_capacity_units(mut self, value: rt::Option<f64>) -> Self {
        self.read_capacity_units = value;
        self
    }
    /// Sets [`ConsumedCapacity::table`](ConsumedCapacity::table).
    pub fn table(mut self, value: impl rt::Into<Capacity>) -> Self {
        self.table = Some(value.into());
        self
    }
    /// Sets or clears [`ConsumedCapacity::table`](ConsumedCapacity::table).
    pub fn set_table(mut self, value: rt::Option<Capacity>) -> Self {
        self.table = value;
        self
    }
    /// Sets [`ConsumedCapacity::table_name`](ConsumedCapacity::table_name).
    pub fn table_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.table_name = Some(value.into());
        self
    }
    /// Sets or clears [`ConsumedCapacity::table_name`](ConsumedCapacity::table_name).
    pub fn set_table_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.table_name = value;
        self
    }
    /// Sets [`ConsumedCapacity::write_capacity_units`](ConsumedCapacity::write_capacity_units).
    pub fn write_capacity_units(mut self, value: impl rt::Into<f64>) -> Self {
        self.write_capacity_units = Some(value.into());
        self
    }
    /// Sets or clears [`ConsumedCapacity::write_capacity_units`](ConsumedCapacity::write_capacity_units).
    pub fn set_write_capacity_units(mut self, value: rt::Option<f64>) -> Self {
        self.write_capacity_units = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ConsumedCapacity {
        ConsumedCapacity {
            capacity_units: self.capacity_units,
            global_secondary_indexes: self.global_secondary_indexes,
            local_secondary_indexes: self.local_secondary_indexes,
            read_capacity_units: self.read_capacity_units,
            table: self.table,
            table_name: self.table_name,
            write_capacity_units: self.write_capacity_units,
        }
    }
}
/// Represents the input of a `CreateTable` operation.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateTableInput {
    /// An array of attributes that describe the key schema for the table and indexes.
    pub attribute_definitions: rt::Vec<AttributeDefinition>,
    /// Controls how you are charged for read and write throughput and how you manage capacity. This setting can be changed later.
    ///
    /// - `PROVISIONED` - We recommend using `PROVISIONED` for predictable workloads. `PROVISIONED` sets the billing mode to [Provisioned capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html).
    /// - `PAY_PER_REQUEST` - We recommend using `PAY_PER_REQUEST` for unpredictable workloads. `PAY_PER_REQUEST` sets the billing mode to [On-demand capacity mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html).
    pub billing_mode: rt::Option<BillingMode>,
    /// Indicates whether deletion protection is to be enabled (true) or disabled (false) on the table.
    pub deletion_protection_enabled: rt::Option<bool>,
    /// One or more global secondary indexes (the maximum is 20) to be created on the table. Each global secondary index in the array includes the following:
    ///
    /// - `IndexName` - The name of the global secondary index. Must be unique only for this table.
    /// - `KeySchema` - Specifies the key schema for the global secondary index.
    /// - `Projection` - Specifies attributes that are copied (projected) from the table into the index. These are in addition to the primary key attributes and index key attributes, which are automatically projected. Each attribute specification is composed of:
    /// - `ProjectionType` - One of the following:
    /// - `KEYS_ONLY` - Only the index and primary keys are projected into the index.
    /// - `INCLUDE` - Only the specified table attributes are projected into the index. The list of projected attributes is in `NonKeyAttributes`.
    /// - `ALL` - All of the table attributes are projected into the index.
    /// - `NonKeyAttributes` - A list of one or more non-key attribute names that are projected into the secondary index. The total count of attributes provided in `NonKeyAttributes`, summed across all of the secondary indexes, must not exceed 100. If you project the same attribute into two different indexes, this counts as two distinct attributes when determining the total.
    /// - `ProvisionedThroughput` - The provisioned throughput settings for the global secondary index, consisting of read and write capacity units.
    pub global_secondary_indexes: rt::Option<rt::Vec<GlobalSecondaryIndex>>,
    /// Specifies the attributes that make up the primary key for a table or an index. The attributes in `KeySchema` must also be defined in the `AttributeDefinitions` array. For more information, see [Data Model](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DataModel.html) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Each `KeySchemaElement` in the array is composed of:
    ///
    /// - `AttributeName` - The name of this key attribute.
    /// - `KeyType` - The role that the key attribute will assume:
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from the DynamoDB usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    ///
    /// For a simple primary key (partition key), you must provide exactly one element with a `KeyType` of `HASH`.
    ///
    /// For a composite primary key (partition key and sort key), you must provide exactly two elements, in this order: The first element must have a `KeyType` of `HASH`, and the second element must have a `KeyType` of `RANGE`.
    ///
    /// For more information, see [Working with Tables](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.html#WorkingWithTables.primary.key) in the *Amazon DynamoDB Developer Guide*.
    pub key_schema: rt::Vec<KeySchemaElement>,
    /// One or more local secondary indexes (the maximum is 5) to be created on the table. Each index is scoped to a given partition key value. There is a 10 GB size limit per partition key value; otherwise, the size of a local secondary index is unconstrained.
    ///
    /// Each local secondary index in the array includes the following:
    ///
    /// - `IndexName` - The name of the local secondary index. Must be unique only for this table.
    /// - `KeySchema` - Specifies the key schema for the local secondary index. The key schema must begin with the same partition key as the table.
    /// - `Projection` - Specifies attributes that are copied (projected) from the table into the index. These are in addition to the primary key attributes and index key attributes, which are automatically projected. Each attribute specification is composed of:
    /// - `ProjectionType` - One of the following:
    /// - `KEYS_ONLY` - Only the index and primary keys are projected into the index.
    /// - `INCLUDE` - Only the specified table attributes are projected into the index. The list of projected attributes is in `NonKeyAttributes`.
    /// - `ALL` - All of the table attributes are projected into the index.
    /// - `NonKeyAttributes` - A list of one or more non-key attribute names that are projected into the secondary index. The total count of attributes provided in `NonKeyAttributes`, summed across all of the secondary indexes, must not exceed 100. If you project the same attribute into two different indexes, this counts as two distinct attributes when determining the total.
    pub local_secondary_indexes: rt::Option<rt::Vec<LocalSecondaryIndex>>,
    /// Sets the maximum number of read and write units for the specified table in on-demand capacity mode. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: rt::Option<OnDemandThroughput>,
    /// Represents the provisioned throughput settings for a specified table or index. The settings can be modified using the `UpdateTable` operation.
    ///
    /// If you set BillingMode as `PROVISIONED`, you must specify this property. If you set BillingMode as `PAY_PER_REQUEST`, you cannot specify this property.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
    pub provisioned_throughput: rt::Option<ProvisionedThroughput>,
    /// An Amazon Web Services resource-based policy document in JSON format that will be attached to the table.
    ///
    /// When you attach a resource-based policy while creating a table, the policy application is *strongly consistent*.
    ///
    /// The maximum size supported for a resource-based policy document is 20 KB. DynamoDB counts whitespaces when calculating the size of a policy against this limit. For a full list of all considerations that apply for resource-based policies, see [Resource-based policy considerations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/rbac-considerations.html).
    ///
    /// **Note:** You need to specify the `CreateTable` and `PutResourcePolicy` IAM actions for authorizing a user to create a table with a resource-based policy.
    pub resource_policy: rt::Option<rt::String>,
    /// Represents the settings used to enable server-side encryption.
    pub sse_specification: rt::Option<SseSpecification>,
    /// The settings for DynamoDB Streams on the table. These settings consist of:
    ///
    /// - `StreamEnabled` - Indicates whether DynamoDB Streams is to be enabled (true) or disabled (false).
    /// - `StreamViewType` - When an item in the table is modified, `StreamViewType` determines what information is written to the table's stream. Valid values for `StreamViewType` are:
    /// - `KEYS_ONLY` - Only the key attributes of the modified item are written to the stream.
    /// - `NEW_IMAGE` - The entire item, as it appears after it was modified, is written to the stream.
    /// - `OLD_IMAGE` - The entire item, as it appeared before it was modified, is written to the stream.
    /// - `NEW_AND_OLD_IMAGES` - Both the new and the old item images of the item are written to the stream.
    pub stream_specification: rt::Option<StreamSpecification>,
    /// The table class of the new table. Valid values are `STANDARD` and `STANDARD_INFREQUENT_ACCESS`.
    pub table_class: rt::Option<TableClass>,
    /// The name of the table to create. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: rt::String,
    /// A list of key-value pairs to label the table. For more information, see [Tagging for DynamoDB](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Tagging.html).
    pub tags: rt::Option<rt::Vec<Tag>>,
    /// Represents the warm throughput (in read units per second and write units per second) for creating a table.
    pub warm_throughput: rt::Option<WarmThroughput>,
}
impl CreateTableInput {
    /// A builder for this structure.
    pub fn builder() -> CreateTableInputBuilder {
        CreateTableInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateTableInput {
    /// [`attribute_definitions`](Self::attribute_definitions).
    pub fn attribute_definitions(&self) -> &[AttributeDefinition] {
        &self.attribute_definitions
    }
    /// [`billing_mode`](Self::billing_mode).
    pub fn billing_mode(&self) -> rt::Option<&BillingMode> {
        self.billing_mode.as_ref()
    }
    /// [`deletion_protection_enabled`](Self::deletion_protection_enabled).
    pub fn deletion_protection_enabled(&self) -> rt::Option<bool> {
        self.deletion_protection_enabled
    }
    /// [`global_secondary_indexes`](Self::global_secondary_indexes), empty when unset.
    pub fn global_secondary_indexes(&self) -> &[GlobalSecondaryIndex] {
        self.global_secondary_indexes.as_deref().unwrap_or_default()
    }
    /// [`key_schema`](Self::key_schema).
    pub fn key_schema(&self) -> &[KeySchemaElement] {
        &self.key_schema
    }
    /// [`local_secondary_indexes`](Self::local_secondary_indexes), empty when unset.
    pub fn local_secondary_indexes(&self) -> &[LocalSecondaryIndex] {
        self.local_secondary_indexes.as_deref().unwrap_or_default()
    }
    /// [`on_demand_throughput`](Self::on_demand_throughput).
    pub fn on_demand_throughput(&self) -> rt::Option<&OnDemandThroughput> {
        self.on_demand_throughput.as_ref()
    }
    /// [`provisioned_throughput`](Self::provisioned_throughput).
    pub fn provisioned_throughput(&self) -> rt::Option<&ProvisionedThroughput> {
        self.provisioned_throughput.as_ref()
    }
    /// [`resource_policy`](Self::resource_policy).
    pub fn resource_policy(&self) -> rt::Option<&str> {
        self.resource_policy.as_deref()
    }
    /// [`sse_specification`](Self::sse_specification).
    pub fn sse_specification(&self) -> rt::Option<&SseSpecification> {
        self.sse_specification.as_ref()
    }
    /// [`stream_specification`](Self::stream_specification).
    pub fn stream_specification(&self) -> rt::Option<&StreamSpecification> {
        self.stream_specification.as_ref()
    }
    /// [`table_class`](Self::table_class).
    pub fn table_class(&self) -> rt::Option<&TableClass> {
        self.table_class.as_ref()
    }
    /// [`table_name`](Self::table_name).
    pub fn table_name(&self) -> &str {
        &self.table_name
    }
    /// [`tags`](Self::tags), empty when unset.
    pub fn tags(&self) -> &[Tag] {
        self.tags.as_deref().unwrap_or_default()
    }
    /// [`warm_throughput`](Self::warm_throughput).
    pub fn warm_throughput(&self) -> rt::Option<&WarmThroughput> {
        self.warm_throughput.as_ref()
    }
}
/// Builds a [`CreateTableInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateTableInputBuilder {
    /// [`CreateTableInput::attribute_definitions`](CreateTableInput::attribute_definitions), if set.
    pub attribute_definitions: rt::Option<rt::Vec<AttributeDefinition>>,
    /// [`CreateTableInput::billing_mode`](CreateTableInput::billing_mode), if set.
    pub billing_mode: rt::Option<BillingMode>,
    /// [`CreateTableInput::deletion_protection_enabled`](CreateTableInput::deletion_protection_enabled), if set.
    pub deletion_protection_enabled: rt::Option<bool>,
    /// [`CreateTableInput::global_secondary_indexes`](CreateTableInput::global_secondary_indexes), if set.
    pub global_secondary_indexes: rt::Option<rt::Vec<GlobalSecondaryIndex>>,
    /// [`CreateTableInput::key_schema`](CreateTableInput::key_schema), if set.
    pub key_schema: rt::Option<rt::Vec<KeySchemaElement>>,
    /// [`CreateTableInput::local_secondary_indexes`](CreateTableInput::local_secondary_indexes), if set.
    pub local_secondary_indexes: rt::Option<rt::Vec<LocalSecondaryIndex>>,
    /// [`CreateTableInput::on_demand_throughput`](CreateTableInput::on_demand_throughput), if set.
    pub on_demand_throughput: rt::Option<OnDemandThroughput>,
    /// [`CreateTableInput::provisioned_throughput`](CreateTableInput::provisioned_throughput), if set.
    pub provisioned_throughput: rt::Option<ProvisionedThroughput>,
    /// [`CreateTableInput::resource_policy`](CreateTableInput::resource_policy), if set.
    pub resource_policy: rt::Option<rt::String>,
    /// [`CreateTableInput::sse_specification`](CreateTableInput::sse_specification), if set.
    pub sse_specification: rt::Option<SseSpecification>,
    /// [`CreateTableInput::stream_specification`](CreateTableInput::stream_specification), if set.
    pub stream_specification: rt::Option<StreamSpecification>,
    /// [`CreateTableInput::table_class`](CreateTableInput::table_class), if set.
    pub table_class: rt::Option<TableClass>,
    /// [`CreateTableInput::table_name`](CreateTableInput::table_name), if set.
    pub table_name: rt::Option<rt::String>,
    /// [`CreateTableInput::tags`](CreateTableInput::tags), if set.
    pub tags: rt::Option<rt::Vec<Tag>>,
    /// [`CreateTableInput::warm_throughput`](CreateTableInput::warm_throughput), if set.
    pub warm_throughput: rt::Option<WarmThroughput>,
}
impl CreateTableInputBuilder {
    /// Appends one element to [`CreateTableInput::attribute_definitions`](CreateTableInput::attribute_definitions).
    pub fn attribute_definitions(mut self, value: impl rt::Into<AttributeDefinition>) -> Self {
        self.attribute_definitions
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`CreateTableInput::attribute_definitions`](CreateTableInput::attribute_definitions).
    pub fn set_attribute_definitions(
        mut self,
        value: rt::Option<rt::Vec<AttributeDefinition>>,
    ) -> Self {
        self.attribute_definitions = value;
        self
    }
    /// Sets [`CreateTableInput::billing_mode`](CreateTableInput::billing_mode).
    pub fn billing_mode(mut self, value: impl rt::Into<BillingMode>) -> Self {
        self.billing_mode = Some(value.into());
        self
    }
    /// Sets or clears [`CreateTableInput::billing_mode`](CreateTableInput::billing_mode).
    pub fn set_billing_mode(mut self, value: rt::Option<BillingMode>) -> Self {
        self.billing_mode = value;
        self
    }
    /// Sets [`CreateTableInput::deletion_protection_enabled`](CreateTableInput::deletion_protection_enabled).
    pub fn deletion_protection_enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.deletion_protection_enabled = Some(value.into());
        self
    }
    /// Sets or clears [`CreateTableInput::deletion_protection_enabled`](CreateTableInput::deletion_protection_enabled).
    pub fn set_deletion_protection_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.deletion_protection_enabled = value;
        self
    }
    /// Appends one element to [`CreateTableInput::global_secondary_indexes`](CreateTableInput::global_secondary_indexes).
    pub fn global_secondary_indexes(mut self, value: impl rt::Into<GlobalSecondaryIndex>) -> Self {
        self.global_secondary_indexes
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`CreateTableInput::global_secondary_indexes`](CreateTableInput::global_secondary_indexes).
    pub fn set_global_secondary_indexes(
        mut self,
        value: rt::Option<rt::Vec<GlobalSecondaryIndex>>,
    ) -> Self {
        self.global_secondary_indexes = value;
        self
    }
    /// Appends one element to [`CreateTableInput::key_schema`](CreateTableInput::key_schema).
    pub fn key_schema(mut self, value: impl rt::Into<KeySchemaElement>) -> Self {
        self.key_schema
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`CreateTableInput::key_schema`](CreateTableInput::key_schema).
    pub fn set_key_schema(mut self, value: rt::Option<rt::Vec<KeySchemaElement>>) -> Self {
        self.key_schema = value;
        self
    }
    /// Appends one element to [`CreateTableInput::local_secondary_indexes`](CreateTableInput::local_secondary_indexes).
    pub fn local_secondary_indexes(mut self, value: impl rt::Into<LocalSecondaryIndex>) -> Self {
        self.local_secondary_indexes
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`CreateTableInput::local_secondary_indexes`](CreateTableInput::local_secondary_indexes).
    pub fn set_local_secondary_indexes(
        mut self,
        value: rt::Option<rt::Vec<LocalSecondaryIndex>>,
    ) -> Self {
        self.local_secondary_indexes = value;
        self
    }
    /// Sets [`CreateTableInput::on_demand_throughput`](CreateTableInput::on_demand_throughput).
    pub fn on_demand_throughput(mut self, value: impl rt::Into<OnDemandThroughput>) -> Self {
        self.on_demand_throughput = Some(value.into());
        self
    }
    /// Sets or clears [`CreateTableInput::on_demand_throughput`](CreateTableInput::on_demand_throughput).
    pub fn set_on_demand_throughput(mut self, value: rt::Option<OnDemandThroughput>) -> Self {
        self.on_demand_throughput = value;
        self
    }
    /// Sets [`CreateTableInput::provisioned_throughput`](CreateTableInput::provisioned_throughput).
    pub fn provisioned_throughput(mut self, value: impl rt::Into<ProvisionedThroughput>) -> Self {
        self.provisioned_throughput = Some(value.into());
        self
    }
    /// Sets or clears [`CreateTableInput::provisioned_throughput`](CreateTableInput::provisioned_throughput).
    pub fn set_provisioned_throughput(mut self, value: rt::Option<ProvisionedThroughput>) -> Self {
        self.provisioned_throughput = value;
        self
    }
    /// Sets [`CreateTableInput::resource_policy`](CreateTableInput::resource_policy).
    pub fn resource_policy(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.resource_policy = Some(value.into());
        self
    }
    /// Sets or clears [`CreateTableInput::resource_policy`](CreateTableInput::resource_policy).
    pub fn set_resource_policy(mut self, value: rt::Option<rt::String>) -> Self {
        self.resource_policy = value;
        self
    }
    /// Sets [`CreateTableInput::sse_specification`](CreateTableInput::sse_specification).
    pub fn sse_specification(mut self, value: impl rt::Into<SseSpecification>) -> Self {
        self.sse_specification = Some(value.into());
        self
    }
    /// Sets or clears [`CreateTableInput::sse_specification`](CreateTableInput::sse_specification).
    pub fn set_sse_specification(mut self, value: rt::Option<SseSpecification>) -> Self {
        self.sse_specification = value;
        self
    }
    /// Sets [`CreateTableInput::stream_specification`](CreateTableInput::stream_specification).
    pub fn stream_specification(mut self, value: impl rt::Into<StreamSpecification>) -> Self {
        self.stream_specification = Some(value.into());
        self
    }
    /// Sets or clears [`CreateTableInput::stream_specification`](CreateTableInput::stream_specification).
    pub fn set_stream_specification(mut self, value: rt::Option<StreamSpecification>) -> Self {
        self.stream_specification = value;
        self
    }
    /// Sets [`CreateTableInput::table_class`](CreateTableInput::table_class).
    pub fn table_class(mut self, value: impl rt::Into<TableClass>) -> Self {
        self.table_class = Some(value.into());
        self
    }
    /// Sets or clears [`CreateTableInput::table_class`](CreateTableInput::table_class).
    pub fn set_table_class(mut self, value: rt::Option<TableClass>) -> Self {
        self.table_class = value;
        self
    }
    /// Sets [`CreateTableInput::table_name`](CreateTableInput::table_name).
    pub fn table_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.table_name = Some(value.into());
        self
    }
    /// Sets or clears [`CreateTableInput::table_name`](CreateTableInput::table_name).
    pub fn set_table_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.table_name = value;
        self
    }
    /// Appends one element to [`CreateTableInput::tags`](CreateTableInput::tags).
    pub fn tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.tags
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`CreateTableInput::tags`](CreateTableInput::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.tags = value;
        self
    }
    /// Sets [`CreateTableInput::warm_throughput`](CreateTableInput::warm_throughput).
    pub fn warm_throughput(mut self, value: impl rt::Into<WarmThroughput>) -> Self {
        self.warm_throughput = Some(value.into());
        self
    }
    /// Sets or clears [`CreateTableInput::warm_throughput`](CreateTableInput::warm_throughput).
    pub fn set_warm_throughput(mut self, value: rt::Option<WarmThroughput>) -> Self {
        self.warm_throughput = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<CreateTableInput, rt::BuildError> {
        Ok(CreateTableInput {
            attribute_definitions: self.attribute_definitions.ok_or(rt::BuildError {
                shape: "CreateTableInput",
                member: "AttributeDefinitions",
            })?,
            billing_mode: self.billing_mode,
            deletion_protection_enabled: self.deletion_protection_enabled,
            global_secondary_indexes: self.global_secondary_indexes,
            key_schema: self.key_schema.ok_or(rt::BuildError {
                shape: "CreateTableInput",
                member: "KeySchema",
            })?,
            local_secondary_indexes: self.local_secondary_indexes,
            on_demand_throughput: self.on_demand_throughput,
            provisioned_throughput: self.provisioned_throughput,
            resource_policy: self.resource_policy,
            sse_specification: self.sse_specification,
            stream_specification: self.stream_specification,
            table_class: self.table_class,
            table_name: self.table_name.ok_or(rt::BuildError {
                shape: "CreateTableInput",
                member: "TableName",
            })?,
            tags: self.tags,
            warm_throughput: self.warm_throughput,
        })
    }
}
/// Represents the output of a `CreateTable` operation.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateTableOutput {
    /// Represents the properties of the table.
    pub table_description: rt::Option<TableDescription>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for CreateTableOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for CreateTableOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl CreateTableOutput {
    /// A builder for this structure.
    pub fn builder() -> CreateTableOutputBuilder {
        CreateTableOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateTableOutput {
    /// [`table_description`](Self::table_description).
    pub fn table_description(&self) -> rt::Option<&TableDescription> {
        self.table_description.as_ref()
    }
}
/// Builds a [`CreateTableOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateTableOutputBuilder {
    /// [`CreateTableOutput::table_description`](CreateTableOutput::table_description), if set.
    pub table_description: rt::Option<TableDescription>,
}
impl CreateTableOutputBuilder {
    /// Sets [`CreateTableOutput::table_description`](CreateTableOutput::table_description).
    pub fn table_description(mut self, value: impl rt::Into<TableDescription>) -> Self {
        self.table_description = Some(value.into());
        self
    }
    /// Sets or clears [`CreateTableOutput::table_description`](CreateTableOutput::table_description).
    pub fn set_table_description(mut self, value: rt::Option<TableDescription>) -> Self {
        self.table_description = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CreateTableOutput {
        CreateTableOutput {
            table_description: self.table_description,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Represents the input of a `DeleteTable` operation.
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteTableInput {
    /// The name of the table to delete. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: rt::String,
}
impl DeleteTableInput {
    /// A builder for this structure.
    pub fn builder() -> DeleteTableInputBuilder {
        DeleteTableInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteTableInput {
    /// [`table_name`](Self::table_name).
    pub fn table_name(&self) -> &str {
        &self.table_name
    }
}
/// Builds a [`DeleteTableInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteTableInputBuilder {
    /// [`DeleteTableInput::table_name`](DeleteTableInput::table_name), if set.
    pub table_name: rt::Option<rt::String>,
}
impl DeleteTableInputBuilder {
    /// Sets [`DeleteTableInput::table_name`](DeleteTableInput::table_name).
    pub fn table_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.table_name = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteTableInput::table_name`](DeleteTableInput::table_name).
    pub fn set_table_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.table_name = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DeleteTableInput, rt::BuildError> {
        Ok(DeleteTableInput {
            table_name: self.table_name.ok_or(rt::BuildError {
                shape: "DeleteTableInput",
                member: "TableName",
            })?,
        })
    }
}
/// Represents the output of a `DeleteTable` operation.
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteTableOutput {
    /// Represents the properties of a table.
    pub table_description: rt::Option<TableDescription>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DeleteTableOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DeleteTableOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DeleteTableOutput {
    /// A builder for this structure.
    pub fn builder() -> DeleteTableOutputBuilder {
        DeleteTableOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteTableOutput {
    /// [`table_description`](Self::table_description).
    pub fn table_description(&self) -> rt::Option<&TableDescription> {
        self.table_description.as_ref()
    }
}
/// Builds a [`DeleteTableOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteTableOutputBuilder {
    /// [`DeleteTableOutput::table_description`](DeleteTableOutput::table_description), if set.
    pub table_description: rt::Option<TableDescription>,
}
impl DeleteTableOutputBuilder {
    /// Sets [`DeleteTableOutput::table_description`](DeleteTableOutput::table_description).
    pub fn table_description(mut self, value: impl rt::Into<TableDescription>) -> Self {
        self.table_description = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteTableOutput::table_description`](DeleteTableOutput::table_description).
    pub fn set_table_description(mut self, value: rt::Option<TableDescription>) -> Self {
        self.table_description = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DeleteTableOutput {
        DeleteTableOutput {
            table_description: self.table_description,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeEndpointsRequest {}
impl DescribeEndpointsRequest {
    /// A builder for this structure.
    pub fn builder() -> DescribeEndpointsRequestBuilder {
        DescribeEndpointsRequestBuilder::default()
    }
}
/// Builds a [`DescribeEndpointsRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeEndpointsRequestBuilder {}
impl DescribeEndpointsRequestBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeEndpointsRequest {
        DescribeEndpointsRequest {}
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeEndpointsResponse {
    /// List of endpoints.
    pub endpoints: rt::Vec<Endpoint>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DescribeEndpointsResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DescribeEndpointsResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DescribeEndpointsResponse {
    /// A builder for this structure.
    pub fn builder() -> DescribeEndpointsResponseBuilder {
        DescribeEndpointsResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeEndpointsResponse {
    /// [`endpoints`](Self::endpoints).
    pub fn endpoints(&self) -> &[Endpoint] {
        &self.endpoints
    }
}
/// Builds a [`DescribeEndpointsResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeEndpointsResponseBuilder {
    /// [`DescribeEndpointsResponse::endpoints`](DescribeEndpointsResponse::endpoints), if set.
    pub endpoints: rt::Option<rt::Vec<Endpoint>>,
}
impl DescribeEndpointsResponseBuilder {
    /// Appends one element to [`DescribeEndpointsResponse::endpoints`](DescribeEndpointsResponse::endpoints).
    pub fn endpoints(mut self, value: impl rt::Into<Endpoint>) -> Self {
        self.endpoints
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`DescribeEndpointsResponse::endpoints`](DescribeEndpointsResponse::endpoints).
    pub fn set_endpoints(mut self, value: rt::Option<rt::Vec<Endpoint>>) -> Self {
        self.endpoints = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DescribeEndpointsResponse, rt::BuildError> {
        Ok(DescribeEndpointsResponse {
            endpoints: self.endpoints.ok_or(rt::BuildError {
                shape: "DescribeEndpointsResponse",
                member: "Endpoints",
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
/// Represents the input of a `DescribeLimits` operation. Has no content.
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeLimitsInput {}
impl DescribeLimitsInput {
    /// A builder for this structure.
    pub fn builder() -> DescribeLimitsInputBuilder {
        DescribeLimitsInputBuilder::default()
    }
}
/// Builds a [`DescribeLimitsInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeLimitsInputBuilder {}
impl DescribeLimitsInputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeLimitsInput {
        DescribeLimitsInput {}
    }
}
/// Represents the output of a `DescribeLimits` operation.
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeLimitsOutput {
    /// The maximum total read capacity units that your account allows you to provision across all of your tables in this Region.
    pub account_max_read_capacity_units: rt::Option<i64>,
    /// The maximum total write capacity units that your account allows you to provision across all of your tables in this Region.
    pub account_max_write_capacity_units: rt::Option<i64>,
    /// The maximum read capacity units that your account allows you to provision for a new table that you are creating in this Region, including the read capacity units provisioned for its global secondary indexes (GSIs).
    pub table_max_read_capacity_units: rt::Option<i64>,
    /// The maximum write capacity units that your account allows you to provision for a new table that you are creating in this Region, including the write capacity units provisioned for its global secondary indexes (GSIs).
    pub table_max_write_capacity_units: rt::Option<i64>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DescribeLimitsOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DescribeLimitsOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DescribeLimitsOutput {
    /// A builder for this structure.
    pub fn builder() -> DescribeLimitsOutputBuilder {
        DescribeLimitsOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeLimitsOutput {
    /// [`account_max_read_capacity_units`](Self::account_max_read_capacity_units).
    pub fn account_max_read_capacity_units(&self) -> rt::Option<i64> {
        self.account_max_read_capacity_units
    }
    /// [`account_max_write_capacity_units`](Self::account_max_write_capacity_units).
    pub fn account_max_write_capacity_units(&self) -> rt::Option<i64> {
        self.account_max_write_capacity_units
    }
    /// [`table_max_read_capacity_units`](Self::table_max_read_capacity_units).
    pub fn table_max_read_capacity_units(&self) -> rt::Option<i64> {
        self.table_max_read_capacity_units
    }
    /// [`table_max_write_capacity_units`](Self::table_max_write_capacity_units).
    pub fn table_max_write_capacity_units(&self) -> rt::Option<i64> {
        self.table_max_write_capacity_units
    }
}
/// Builds a [`DescribeLimitsOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeLimitsOutputBuilder {
    /// [`DescribeLimitsOutput::account_max_read_capacity_units`](DescribeLimitsOutput::account_max_read_capacity_units), if set.
    pub account_max_read_capacity_units: rt::Option<i64>,
    /// [`DescribeLimitsOutput::account_max_write_capacity_units`](DescribeLimitsOutput::account_max_write_capacity_units), if set.
    pub account_max_write_capacity_units: rt::Option<i64>,
    /// [`DescribeLimitsOutput::table_max_read_capacity_units`](DescribeLimitsOutput::table_max_read_capacity_units), if set.
    pub table_max_read_capacity_units: rt::Option<i64>,
    /// [`DescribeLimitsOutput::table_max_write_capacity_units`](DescribeLimitsOutput::table_max_write_capacity_units), if set.
    pub table_max_write_capacity_units: rt::Option<i64>,
}
impl DescribeLimitsOutputBuilder {
    /// Sets [`DescribeLimitsOutput::account_max_read_capacity_units`](DescribeLimitsOutput::account_max_read_capacity_units).
    pub fn account_max_read_capacity_units(mut self, value: impl rt::Into<i64>) -> Self {
        self.account_max_read_capacity_units = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeLimitsOutput::account_max_read_capacity_units`](DescribeLimitsOutput::account_max_read_capacity_units).
    pub fn set_account_max_read_capacity_units(mut self, value: rt::Option<i64>) -> Self {
        self.account_max_read_capacity_units = value;
        self
    }
    /// Sets [`DescribeLimitsOutput::account_max_write_capacity_units`](DescribeLimitsOutput::account_max_write_capacity_units).
    pub fn account_max_write_capacity_units(mut self, value: impl rt::Into<i64>) -> Self {
        self.account_max_write_capacity_units = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeLimitsOutput::account_max_write_capacity_units`](DescribeLimitsOutput::account_max_write_capacity_units).
    pub fn set_account_max_write_capacity_units(mut self, value: rt::Option<i64>) -> Self {
        self.account_max_write_capacity_units = value;
        self
    }
    /// Sets [`DescribeLimitsOutput::table_max_read_capacity_units`](DescribeLimitsOutput::table_max_read_capacity_units).
    pub fn table_max_read_capacity_units(mut self, value: impl rt::Into<i64>) -> Self {
        self.table_max_read_capacity_units = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeLimitsOutput::table_max_read_capacity_units`](DescribeLimitsOutput::table_max_read_capacity_units).
    pub fn set_table_max_read_capacity_units(mut self, value: rt::Option<i64>) -> Self {
        self.table_max_read_capacity_units = value;
        self
    }
    /// Sets [`DescribeLimitsOutput::table_max_write_capacity_units`](DescribeLimitsOutput::table_max_write_capacity_units).
    pub fn table_max_write_capacity_units(mut self, value: impl rt::Into<i64>) -> Self {
        self.table_max_write_capacity_units = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeLimitsOutput::table_max_write_capacity_units`](DescribeLimitsOutput::table_max_write_capacity_units).
    pub fn set_table_max_write_capacity_units(mut self, value: rt::Option<i64>) -> Self {
        self.table_max_write_capacity_units = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeLimitsOutput {
        DescribeLimitsOutput {
            account_max_read_capacity_units: self.account_max_read_capacity_units,
            account_max_write_capacity_units: self.account_max_write_capacity_units,
            table_max_read_capacity_units: self.table_max_read_capacity_units,
            table_max_write_capacity_units: self.table_max_write_capacity_units,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Represents the input of a `DescribeTable` operation.
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeTableInput {
    /// The name of the table to describe. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: rt::String,
}
impl DescribeTableInput {
    /// A builder for this structure.
    pub fn builder() -> DescribeTableInputBuilder {
        DescribeTableInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeTableInput {
    /// [`table_name`](Self::table_name).
    pub fn table_name(&self) -> &str {
        &self.table_name
    }
}
/// Builds a [`DescribeTableInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeTableInputBuilder {
    /// [`DescribeTableInput::table_name`](DescribeTableInput::table_name), if set.
    pub table_name: rt::Option<rt::String>,
}
impl DescribeTableInputBuilder {
    /// Sets [`DescribeTableInput::table_name`](DescribeTableInput::table_name).
    pub fn table_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.table_name = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeTableInput::table_name`](DescribeTableInput::table_name).
    pub fn set_table_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.table_name = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DescribeTableInput, rt::BuildError> {
        Ok(DescribeTableInput {
            table_name: self.table_name.ok_or(rt::BuildError {
                shape: "DescribeTableInput",
                member: "TableName",
            })?,
        })
    }
}
/// Represents the output of a `DescribeTable` operation.
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeTableOutput {
    /// The properties of the table.
    pub table: rt::Option<TableDescription>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DescribeTableOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DescribeTableOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DescribeTableOutput {
    /// A builder for this structure.
    pub fn builder() -> DescribeTableOutputBuilder {
        DescribeTableOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeTableOutput {
    /// [`table`](Self::table).
    pub fn table(&self) -> rt::Option<&TableDescription> {
        self.table.as_ref()
    }
}
/// Builds a [`DescribeTableOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeTableOutputBuilder {
    /// [`DescribeTableOutput::table`](DescribeTableOutput::table), if set.
    pub table: rt::Option<TableDescription>,
}
impl DescribeTableOutputBuilder {
    /// Sets [`DescribeTableOutput::table`](DescribeTableOutput::table).
    pub fn table(mut self, value: impl rt::Into<TableDescription>) -> Self {
        self.table = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeTableOutput::table`](DescribeTableOutput::table).
    pub fn set_table(mut self, value: rt::Option<TableDescription>) -> Self {
        self.table = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeTableOutput {
        DescribeTableOutput {
            table: self.table,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// An endpoint information details.
#[derive(Clone, Debug, PartialEq)]
pub struct Endpoint {
    /// IP address of the endpoint.
    pub address: rt::String,
    /// Endpoint cache time to live (TTL) value.
    pub cache_period_in_minutes: i64,
}
impl Endpoint {
    /// A builder for this structure.
    pub fn builder() -> EndpointBuilder {
        EndpointBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Endpoint {
    /// [`address`](Self::address).
    pub fn address(&self) -> &str {
        &self.address
    }
    /// [`cache_period_in_minutes`](Self::cache_period_in_minutes).
    pub fn cache_period_in_minutes(&self) -> i64 {
        self.cache_period_in_minutes
    }
}
/// Builds a [`Endpoint`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EndpointBuilder {
    /// [`Endpoint::address`](Endpoint::address), if set.
    pub address: rt::Option<rt::String>,
    /// [`Endpoint::cache_period_in_minutes`](Endpoint::cache_period_in_minutes), if set.
    pub cache_period_in_minutes: rt::Option<i64>,
}
impl EndpointBuilder {
    /// Sets [`Endpoint::address`](Endpoint::address).
    pub fn address(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets or clears [`Endpoint::address`](Endpoint::address).
    pub fn set_address(mut self, value: rt::Option<rt::String>) -> Self {
        self.address = value;
        self
    }
    /// Sets [`Endpoint::cache_period_in_minutes`](Endpoint::cache_period_in_minutes).
    pub fn cache_period_in_minutes(mut self, value: impl rt::Into<i64>) -> Self {
        self.cache_period_in_minutes = Some(value.into());
        self
    }
    /// Sets or clears [`Endpoint::cache_period_in_minutes`](Endpoint::cache_period_in_minutes).
    pub fn set_cache_period_in_minutes(mut self, value: rt::Option<i64>) -> Self {
        self.cache_period_in_minutes = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<Endpoint, rt::BuildError> {
        Ok(Endpoint {
            address: self.address.ok_or(rt::BuildError {
                shape: "Endpoint",
                member: "Address",
            })?,
            cache_period_in_minutes: self.cache_period_in_minutes.unwrap_or_default(),
        })
    }
}
/// Represents a condition to be compared with an attribute value. This condition can be used with `DeleteItem`, `PutItem`, or `UpdateItem` operations; if the comparison evaluates to true, the operation succeeds; if not, the operation fails. You can use `ExpectedAttributeValue` in one of two different ways:
///
/// - Use `AttributeValueList` to specify one or more values to compare against an attribute. Use `ComparisonOperator` to specify how you want to perform the comparison. If the comparison evaluates to true, then the conditional operation succeeds.
/// - Use `Value` to specify a value that DynamoDB will compare against an attribute. If the values match, then `ExpectedAttributeValue` evaluates to true and the conditional operation succeeds. Optionally, you can also set `Exists` to false, indicating that you *do not* expect to find the attribute value in the table. In this case, the conditional operation succeeds only if the comparison evaluates to false.
///
/// `Value` and `Exists` are incompatible with `AttributeValueList` and `ComparisonOperator`. Note that if you use both sets of parameters at once, DynamoDB will return a `ValidationException` exception.
#[derive(Clone, Debug, PartialEq)]
pub struct ExpectedAttributeValue {
    /// One or more values to evaluate against the supplied attribute. The number of values in the list depends on the `ComparisonOperator` being used.
    ///
    /// For type Number, value comparisons are numeric.
    ///
    /// String value comparisons for greater than, equals, or less than are based on ASCII character code values. For example, `a` is greater than `A`, and `a` is greater than `B`. For a list of code values, see [http://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters](http://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters).
    ///
    /// For Binary, DynamoDB treats each byte of the binary data as unsigned when it compares binary values.
    ///
    /// For information on specifying data types in JSON, see [JSON Data Format](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DataFormat.html) in the *Amazon DynamoDB Developer Guide*.
    pub attribute_value_list: rt::Option<rt::Vec<AttributeValue>>,
    /// A comparator for evaluating attributes in the `AttributeValueList`. For example, equals, greater than, less than, etc.
    ///
    /// The following comparison operators are available:
    ///
    /// `EQ | NE | LE | LT | GE | GT | NOT_NULL | NULL | CONTAINS | NOT_CONTAINS | BEGINS_WITH | IN | BETWEEN`
    ///
    /// The following are descriptions of each comparison operator.
    ///
    /// - `EQ` : Equal. `EQ` is supported for all data types, including lists and maps. `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, Binary, String Set, Number Set, or Binary Set. If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not equal `{"NS":["6", "2", "1"]}`.
    /// - `NE` : Not equal. `NE` is supported for all data types, including lists and maps. `AttributeValueList` can contain only one `AttributeValue` of type String, Number, Binary, String Set, Number Set, or Binary Set. If an item contains an `AttributeValue` of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not equal `{"NS":["6", "2", "1"]}`.
    /// - `LE` : Less than or equal. `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    /// - `LT` : Less than. `AttributeValueList` can contain only one `AttributeValue` of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    /// - `GE` : Greater than or equal. `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    /// - `GT` : Greater than. `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    /// - `NOT_NULL` : The attribute exists. `NOT_NULL` is supported for all data types, including lists and maps. **Note:** This operator tests for the existence of an attribute, not its data type. If the data type of attribute "`a`" is null, and you evaluate it using `NOT_NULL`, the result is a Boolean `true`. This result is because the attribute "`a`" exists; its data type is not relevant to the `NOT_NULL` comparison operator.
    /// - `NULL` : The attribute does not exist. `NULL` is supported for all data types, including lists and maps. **Note:** This operator tests for the nonexistence of an attribute, not its data type. If the data type of attribute "`a`" is null, and you evaluate it using `NULL`, the result is a Boolean `false`. This is because the attribute "`a`" exists; its data type is not relevant to the `NULL` comparison operator.
    /// - `CONTAINS` : Checks for a subsequence, or value in a set. `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If the target attribute of the comparison is of type String, then the operator checks for a substring match. If the target attribute of the comparison is of type Binary, then the operator looks for a subsequence of the target that matches the input. If the target attribute of the comparison is a set ("`SS`", "`NS`", or "`BS`"), then the operator evaluates to true if it finds an exact match with any member of the set. CONTAINS is supported for lists: When evaluating "`a CONTAINS b`", "`a`" can be a list; however, "`b`" cannot be a set, a map, or a list.
    /// - `NOT_CONTAINS` : Checks for absence of a subsequence, or absence of a value in a set. `AttributeValueList` can contain only one `AttributeValue` element of type String, Number, or Binary (not a set type). If the target attribute of the comparison is a String, then the operator checks for the absence of a substring match. If the target attribute of the comparison is Binary, then the operator checks for the absence of a subsequence of the target that matches the input. If the target attribute of the comparison is a set ("`SS`", "`NS`", or "`BS`"), then the operator evaluates to true if it *does not* find an exact match with any member of the set. NOT_CONTAINS is supported for lists: When evaluating "`a NOT CONTAINS b`", "`a`" can be a list; however, "`b`" cannot be a set, a map, or a list.
    /// - `BEGINS_WITH` : Checks for a prefix. `AttributeValueList` can contain only one `AttributeValue` of type String or Binary (not a Number or a set type). The target attribute of the comparison must be of type String or Binary (not a Number or a set type).
    /// - `IN` : Checks for matching elements in a list. `AttributeValueList` can contain one or more `AttributeValue` elements of type String, Number, or Binary. These attributes are compared against an existing attribute of an item. If any elements of the input are equal to the item attribute, the expression evaluates to true.
    /// - `BETWEEN` : Greater than or equal to the first value, and less than or equal to the second value. `AttributeValueList` must contain two `AttributeValue` elements of the same type, either String, Number, or Binary (not a set type). A target attribute matches if the target value is greater than, or equal to, the first element and less than, or equal to, the second element. If an item contains an `AttributeValue` element of a different type than the one provided in the request, the value does not match. For example, `{"S":"6"}` does not compare to `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`
    pub comparison_operator: rt::Option<ComparisonOperator>,
    /// Causes DynamoDB to evaluate the value before attempting a conditional operation:
    ///
    /// - If `Exists` is `true`, DynamoDB will check to see if that attribute value already exists in the table. If it is found, then the operation succeeds. If it is not found, the operation fails with a `ConditionCheckFailedException`.
    /// - If `Exists` is `false`, DynamoDB assumes that the attribute value does not exist in the table. If in fact the value does not exist, then the assumption is valid and the operation succeeds. If the value is found, despite the assumption that it does not exist, the operation fails with a `ConditionCheckFailedException`.
    ///
    /// The default setting for `Exists` is `true`. If you supply a `Value` all by itself, DynamoDB assumes the attribute exists: You don't have to set `Exists` to `true`, because it is implied.
    ///
    /// DynamoDB returns a `ValidationException` if:
    ///
    /// - `Exists` is `true` but there is no `Value` to check. (You expect a value to exist, but don't specify what that value is.)
    /// - `Exists` is `false` but you also provide a `Value`. (You cannot expect an attribute to have a value, while also expecting it not to exist.)
    pub exists: rt::Option<bool>,
    /// Represents the data for the expected attribute.
    ///
    /// Each attribute value is described as a name-value pair. The name is the data type, and the value is the data itself.
    ///
    /// For more information, see [Data Types](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html#HowItWorks.DataTypes) in the *Amazon DynamoDB Developer Guide*.
    pub value: rt::Option<AttributeValue>,
}
impl ExpectedAttributeValue {
    /// A builder for this structure.
    pub fn builder() -> ExpectedAttributeValueBuilder {
        ExpectedAttributeValueBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ExpectedAttributeValue {
    /// [`attribute_value_list`](Self::attribute_value_list), empty when unset.
    pub fn attribute_value_list(&self) -> &[AttributeValue] {
        self.attribute_value_list.as_deref().unwrap_or_default()
    }
    /// [`comparison_operator`](Self::comparison_operator).
    pub fn comparison_operator(&self) -> rt::Option<&ComparisonOperator> {
        self.comparison_operator.as_ref()
    }
    /// [`exists`](Self::exists).
    pub fn exists(&self) -> rt::Option<bool> {
        self.exists
    }
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&AttributeValue> {
        self.value.as_ref()
    }
}
/// Builds a [`ExpectedAttributeValue`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExpectedAttributeValueBuilder {
    /// [`ExpectedAttributeValue::attribute_value_list`](ExpectedAttributeValue::attribute_value_list), if set.
    pub attribute_value_list: rt::Option<rt::Vec<AttributeValue>>,
    /// [`ExpectedAttributeValue::comparison_operator`](ExpectedAttributeValue::comparison_operator), if set.
    pub comparison_operator: rt::Option<ComparisonOperator>,
    /// [`ExpectedAttributeValue::exists`](ExpectedAttributeValue::exists), if set.
    pub exists: rt::Option<bool>,
    /// [`ExpectedAttributeValue::value`](ExpectedAttributeValue::value), if set.
    pub value: rt::Option<AttributeValue>,
}
impl ExpectedAttributeValueBuilder {
    /// Appends one element to [`ExpectedAttributeValue::attribute_value_list`](ExpectedAttributeValue::attribute_value_list).
    pub fn attribute_value_list(mut self, value: impl rt::Into<AttributeValue>) -> Self {
        self.attribute_value_list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ExpectedAttributeValue::attribute_value_list`](ExpectedAttributeValue::attribute_value_list).
    pub fn set_attribute_value_list(mut self, value: rt::Option<rt::Vec<AttributeValue>>) -> Self {
        self.attribute_value_list = value;
        self
    }
    /// Sets [`ExpectedAttributeValue::comparison_operator`](ExpectedAttributeValue::comparison_operator).
    pub fn comparison_operator(mut self, value: impl rt::Into<ComparisonOperator>) -> Self {
        self.comparison_operator = Some(value.into());
        self
    }
    /// Sets or clears [`ExpectedAttributeValue::comparison_operator`](ExpectedAttributeValue::comparison_operator).
    pub fn set_comparison_operator(mut self, value: rt::Option<ComparisonOperator>) -> Self {
        self.comparison_operator = value;
        self
    }
    /// Sets [`ExpectedAttributeValue::exists`](ExpectedAttributeValue::exists).
    pub fn exists(mut self, value: impl rt::Into<bool>) -> Self {
        self.exists = Some(value.into());
        self
    }
    /// Sets or clears [`ExpectedAttributeValue::exists`](ExpectedAttributeValue::exists).
    pub fn set_exists(mut self, value: rt::Option<bool>) -> Self {
        self.exists = value;
        self
    }
    /// Sets [`ExpectedAttributeValue::value`](ExpectedAttributeValue::value).
    pub fn value(mut self, value: impl rt::Into<AttributeValue>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`ExpectedAttributeValue::value`](ExpectedAttributeValue::value).
    pub fn set_value(mut self, value: rt::Option<AttributeValue>) -> Self {
        self.value = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ExpectedAttributeValue {
        ExpectedAttributeValue {
            attribute_value_list: self.attribute_value_list,
            comparison_operator: self.comparison_operator,
            exists: self.exists,
            value: self.value,
        }
    }
}
/// Represents the input of a `GetItem` operation.
#[derive(Clone, Debug, PartialEq)]
pub struct GetItemInput {
    /// This is a legacy parameter. Use `ProjectionExpression` instead. For more information, see [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html) in the *Amazon DynamoDB Developer Guide*.
    pub attributes_to_get: rt::Option<rt::Vec<rt::String>>,
    /// Determines the read consistency model: If set to `true`, then the operation uses strongly consistent reads; otherwise, the operation uses eventually consistent reads.
    pub consistent_read: rt::Option<bool>,
    /// One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    /// - To create a placeholder for repeating occurrences of an attribute name in an expression.
    /// - To prevent special characters in an attribute name from being misinterpreted in an expression.
    ///
    /// Use the **#** character in an expression to dereference an attribute name. For example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used directly in an expression. (For the complete list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*). To work around this, you could specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `#P = :val`
    ///
    /// **Note:** Tokens that begin with the **:** character are *expression attribute values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// A map of attribute names to `AttributeValue` objects, representing the primary key of the item to retrieve.
    ///
    /// For the primary key, you must provide all of the attributes. For example, with a simple primary key, you only need to provide a value for the partition key. For a composite primary key, you must provide values for both the partition key and the sort key.
    pub key: rt::BTreeMap<rt::String, AttributeValue>,
    /// A string that identifies one or more attributes to retrieve from the table. These attributes can include scalars, sets, or elements of a JSON document. The attributes in the expression must be separated by commas.
    ///
    /// If no attribute names are specified, then all attributes are returned. If any of the requested attributes are not found, they do not appear in the result.
    ///
    /// For more information, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub projection_expression: rt::Option<rt::String>,
    pub return_consumed_capacity: rt::Option<ReturnConsumedCapacity>,
    /// The name of the table containing the requested item. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: rt::String,
}
impl GetItemInput {
    /// A builder for this structure.
    pub fn builder() -> GetItemInputBuilder {
        GetItemInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetItemInput {
    /// [`attributes_to_get`](Self::attributes_to_get), empty when unset.
    pub fn attributes_to_get(&self) -> &[rt::String] {
        self.attributes_to_get.as_deref().unwrap_or_default()
    }
    /// [`consistent_read`](Self::consistent_read).
    pub fn consistent_read(&self) -> rt::Option<bool> {
        self.consistent_read
    }
    /// [`expression_attribute_names`](Self::expression_attribute_names).
    pub fn expression_attribute_names(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.expression_attribute_names.as_ref()
    }
    /// [`key`](Self::key).
    pub fn key(&self) -> &rt::BTreeMap<rt::String, AttributeValue> {
        &self.key
    }
    /// [`projection_expression`](Self::projection_expression).
    pub fn projection_expression(&self) -> rt::Option<&str> {
        self.projection_expression.as_deref()
    }
    /// [`return_consumed_capacity`](Self::return_consumed_capacity).
    pub fn return_consumed_capacity(&self) -> rt::Option<&ReturnConsumedCapacity> {
        self.return_consumed_capacity.as_ref()
    }
    /// [`table_name`](Self::table_name).
    pub fn table_name(&self) -> &str {
        &self.table_name
    }
}
/// Builds a [`GetItemInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetItemInputBuilder {
    /// [`GetItemInput::attributes_to_get`](GetItemInput::attributes_to_get), if set.
    pub attributes_to_get: rt::Option<rt::Vec<rt::String>>,
    /// [`GetItemInput::consistent_read`](GetItemInput::consistent_read), if set.
    pub consistent_read: rt::Option<bool>,
    /// [`GetItemInput::expression_attribute_names`](GetItemInput::expression_attribute_names), if set.
    pub expression_attribute_names: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`GetItemInput::key`](GetItemInput::key), if set.
    pub key: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// [`GetItemInput::projection_expression`](GetItemInput::projection_expression), if set.
    pub projection_expression: rt::Option<rt::String>,
    /// [`GetItemInput::return_consumed_capacity`](GetItemInput::return_consumed_capacity), if set.
    pub return_consumed_capacity: rt::Option<ReturnConsumedCapacity>,
    /// [`GetItemInput::table_name`](GetItemInput::table_name), if set.
    pub table_name: rt::Option<rt::String>,
}
impl GetItemInputBuilder {
    /// Appends one element to [`GetItemInput::attributes_to_get`](GetItemInput::attributes_to_get).
    pub fn attributes_to_get(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.attributes_to_get
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`GetItemInput::attributes_to_get`](GetItemInput::attributes_to_get).
    pub fn set_attributes_to_get(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.attributes_to_get = value;
        self
    }
    /// Sets [`GetItemInput::consistent_read`](GetItemInput::consistent_read).
    pub fn consistent_read(mut self, value: impl rt::Into<bool>) -> Self {
        self.consistent_read = Some(value.into());
        self
    }
    /// Sets or clears [`GetItemInput::consistent_read`](GetItemInput::consistent_read).
    pub fn set_consistent_read(mut self, value: rt::Option<bool>) -> Self {
        self.consistent_read = value;
        self
    }
    /// Inserts one entry into [`GetItemInput::expression_attribute_names`](GetItemInput::expression_attribute_names).
    pub fn expression_attribute_names(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.expression_attribute_names
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`GetItemInput::expression_attribute_names`](GetItemInput::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.expression_attribute_names = value;
        self
    }
    /// Inserts one entry into [`GetItemInput::key`](GetItemInput::key).
    pub fn key(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValue>,
    ) -> Self {
        self.key
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`GetItemInput::key`](GetItemInput::key).
    pub fn set_key(mut self, value: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>) -> Self {
        self.key = value;
        self
    }
    /// Sets [`GetItemInput::projection_expression`](GetItemInput::projection_expression).
    pub fn projection_expression(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.projection_expression = Some(value.into());
        self
    }
    /// Sets or clears [`GetItemInput::projection_expression`](GetItemInput::projection_expression).
    pub fn set_projection_expression(mut self, value: rt::Option<rt::String>) -> Self {
        self.projection_expression = value;
        self
    }
    /// Sets [`GetItemInput::return_consumed_capacity`](GetItemInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        value: impl rt::Into<ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = Some(value.into());
        self
    }
    /// Sets or clears [`GetItemInput::return_consumed_capacity`](GetItemInput::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        value: rt::Option<ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = value;
        self
    }
    /// Sets [`GetItemInput::table_name`](GetItemInput::table_name).
    pub fn table_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.table_name = Some(value.into());
        self
    }
    /// Sets or clears [`GetItemInput::table_name`](GetItemInput::table_name).
    pub fn set_table_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.table_name = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<GetItemInput, rt::BuildError> {
        Ok(GetItemInput {
            attributes_to_get: self.attributes_to_get,
            consistent_read: self.consistent_read,
            expression_attribute_names: self.expression_attribute_names,
            key: self.key.ok_or(rt::BuildError {
                shape: "GetItemInput",
                member: "Key",
            })?,
            projection_expression: self.projection_expression,
            return_consumed_capacity: self.return_consumed_capacity,
            table_name: self.table_name.ok_or(rt::BuildError {
                shape: "GetItemInput",
                member: "TableName",
            })?,
        })
    }
}
/// Represents the output of a `GetItem` operation.
#[derive(Clone, Debug, PartialEq)]
pub struct GetItemOutput {
    /// The capacity units consumed by the `GetItem` operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unit consumption for read operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#read-operation-consumption) in the *Amazon DynamoDB Developer Guide*.
    pub consumed_capacity: rt::Option<ConsumedCapacity>,
    /// A map of attribute names to `AttributeValue` objects, as specified by `ProjectionExpression`.
    pub item: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetItemOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetItemOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetItemOutput {
    /// A builder for this structure.
    pub fn builder() -> GetItemOutputBuilder {
        GetItemOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetItemOutput {
    /// [`consumed_capacity`](Self::consumed_capacity).
    pub fn consumed_capacity(&self) -> rt::Option<&ConsumedCapacity> {
        self.consumed_capacity.as_ref()
    }
    /// [`item`](Self::item).
    pub fn item(&self) -> rt::Option<&rt::BTreeMap<rt::String, AttributeValue>> {
        self.item.as_ref()
    }
}
/// Builds a [`GetItemOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetItemOutputBuilder {
    /// [`GetItemOutput::consumed_capacity`](GetItemOutput::consumed_capacity), if set.
    pub consumed_capacity: rt::Option<ConsumedCapacity>,
    /// [`GetItemOutput::item`](GetItemOutput::item), if set.
    pub item: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
}
impl GetItemOutputBuilder {
    /// Sets [`GetItemOutput::consumed_capacity`](GetItemOutput::consumed_capacity).
    pub fn consumed_capacity(mut self, value: impl rt::Into<ConsumedCapacity>) -> Self {
        self.consumed_capacity = Some(value.into());
        self
    }
    /// Sets or clears [`GetItemOutput::consumed_capacity`](GetItemOutput::consumed_capacity).
    pub fn set_consumed_capacity(mut self, value: rt::Option<ConsumedCapacity>) -> Self {
        self.consumed_capacity = value;
        self
    }
    /// Inserts one entry into [`GetItemOutput::item`](GetItemOutput::item).
    pub fn item(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValue>,
    ) -> Self {
        self.item
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`GetItemOutput::item`](GetItemOutput::item).
    pub fn set_item(mut self, value: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>) -> Self {
        self.item = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetItemOutput {
        GetItemOutput {
            consumed_capacity: self.consumed_capacity,
            item: self.item,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Represents the properties of a global secondary index.
#[derive(Clone, Debug, PartialEq)]
pub struct GlobalSecondaryIndex {
    /// The name of the global secondary index. The name must be unique among all other indexes on this table.
    pub index_name: rt::String,
    /// The complete key schema for a global secondary index, which consists of one or more pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    pub key_schema: rt::Vec<KeySchemaElement>,
    /// The maximum number of read and write units for the specified global secondary index. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: rt::Option<OnDemandThroughput>,
    /// Represents attributes that are copied (projected) from the table into the global secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
    pub projection: Projection,
    /// Represents the provisioned throughput settings for the specified global secondary index.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
    pub provisioned_throughput: rt::Option<ProvisionedThroughput>,
    /// Represents the warm throughput value (in read units per second and write units per second) for the specified secondary index. If you use this parameter, you must specify `ReadUnitsPerSecond`, `WriteUnitsPerSecond`, or both.
    pub warm_throughput: rt::Option<WarmThroughput>,
}
impl GlobalSecondaryIndex {
    /// A builder for this structure.
    pub fn builder() -> GlobalSecondaryIndexBuilder {
        GlobalSecondaryIndexBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GlobalSecondaryIndex {
    /// [`index_name`](Self::index_name).
    pub fn index_name(&self) -> &str {
        &self.index_name
    }
    /// [`key_schema`](Self::key_schema).
    pub fn key_schema(&self) -> &[KeySchemaElement] {
        &self.key_schema
    }
    /// [`on_demand_throughput`](Self::on_demand_throughput).
    pub fn on_demand_throughput(&self) -> rt::Option<&OnDemandThroughput> {
        self.on_demand_throughput.as_ref()
    }
    /// [`projection`](Self::projection).
    pub fn projection(&self) -> &Projection {
        &self.projection
    }
    /// [`provisioned_throughput`](Self::provisioned_throughput).
    pub fn provisioned_throughput(&self) -> rt::Option<&ProvisionedThroughput> {
        self.provisioned_throughput.as_ref()
    }
    /// [`warm_throughput`](Self::warm_throughput).
    pub fn warm_throughput(&self) -> rt::Option<&WarmThroughput> {
        self.warm_throughput.as_ref()
    }
}
/// Builds a [`GlobalSecondaryIndex`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GlobalSecondaryIndexBuilder {
    /// [`GlobalSecondaryIndex::index_name`](GlobalSecondaryIndex::index_name), if set.
    pub index_name: rt::Option<rt::String>,
    /// [`GlobalSecondaryIndex::key_schema`](GlobalSecondaryIndex::key_schema), if set.
    pub key_schema: rt::Option<rt::Vec<KeySchemaElement>>,
    /// [`GlobalSecondaryIndex::on_demand_throughput`](GlobalSecondaryIndex::on_demand_throughput), if set.
    pub on_demand_throughput: rt::Option<OnDemandThroughput>,
    /// [`GlobalSecondaryIndex::projection`](GlobalSecondaryIndex::projection), if set.
    pub projection: rt::Option<Projection>,
    /// [`GlobalSecondaryIndex::provisioned_throughput`](GlobalSecondaryIndex::provisioned_throughput), if set.
    pub provisioned_throughput: rt::Option<ProvisionedThroughput>,
    /// [`GlobalSecondaryIndex::warm_throughput`](GlobalSecondaryIndex::warm_throughput), if set.
    pub warm_throughput: rt::Option<WarmThroughput>,
}
impl GlobalSecondaryIndexBuilder {
    /// Sets [`GlobalSecondaryIndex::index_name`](GlobalSecondaryIndex::index_name).
    pub fn index_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.index_name = Some(value.into());
        self
    }
    /// Sets or clears [`GlobalSecondaryIndex::index_name`](GlobalSecondaryIndex::index_name).
    pub fn set_index_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.index_name = value;
        self
    }
    /// Appends one element to [`GlobalSecondaryIndex::key_schema`](GlobalSecondaryIndex::key_schema).
    pub fn key_schema(mut self, value: impl rt::Into<KeySchemaElement>) -> Self {
        self.key_schema
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`GlobalSecondaryIndex::key_schema`](GlobalSecondaryIndex::key_schema).
    pub fn set_key_schema(mut self, value: rt::Option<rt::Vec<KeySchemaElement>>) -> Self {
        self.key_schema = value;
        self
    }
    /// Sets [`GlobalSecondaryIndex::on_demand_throughput`](GlobalSecondaryIndex::on_demand_throughput).
    pub fn on_demand_throughput(mut self, value: impl rt::Into<OnDemandThroughput>) -> Self {
        self.on_demand_throughput = Some(value.into());
        self
    }
    /// Sets or clears [`GlobalSecondaryIndex::on_demand_throughput`](GlobalSecondaryIndex::on_demand_throughput).
    pub fn set_on_demand_throughput(mut self, value: rt::Option<OnDemandThroughput>) -> Self {
        self.on_demand_throughput = value;
        self
    }
    /// Sets [`GlobalSecondaryIndex::projection`](GlobalSecondaryIndex::projection).
    pub fn projection(mut self, value: impl rt::Into<Projection>) -> Self {
        self.projection = Some(value.into());
        self
    }
    /// Sets or clears [`GlobalSecondaryIndex::projection`](GlobalSecondaryIndex::projection).
    pub fn set_projection(mut self, value: rt::Option<Projection>) -> Self {
        self.projection = value;
        self
    }
    /// Sets [`GlobalSecondaryIndex::provisioned_throughput`](GlobalSecondaryIndex::provisioned_throughput).
    pub fn provisioned_throughput(mut self, value: impl rt::Into<ProvisionedThroughput>) -> Self {
        self.provisioned_throughput = Some(value.into());
        self
    }
    /// Sets or clears [`GlobalSecondaryIndex::provisioned_throughput`](GlobalSecondaryIndex::provisioned_throughput).
    pub fn set_provisioned_throughput(mut self, value: rt::Option<ProvisionedThroughput>) -> Self {
        self.provisioned_throughput = value;
        self
    }
    /// Sets [`GlobalSecondaryIndex::warm_throughput`](GlobalSecondaryIndex::warm_throughput).
    pub fn warm_throughput(mut self, value: impl rt::Into<WarmThroughput>) -> Self {
        self.warm_throughput = Some(value.into());
        self
    }
    /// Sets or clears [`GlobalSecondaryIndex::warm_throughput`](GlobalSecondaryIndex::warm_throughput).
    pub fn set_warm_throughput(mut self, value: rt::Option<WarmThroughput>) -> Self {
        self.warm_throughput = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<GlobalSecondaryIndex, rt::BuildError> {
        Ok(GlobalSecondaryIndex {
            index_name: self.index_name.ok_or(rt::BuildError {
                shape: "GlobalSecondaryIndex",
                member: "IndexName",
            })?,
            key_schema: self.key_schema.ok_or(rt::BuildError {
                shape: "GlobalSecondaryIndex",
                member: "KeySchema",
            })?,
            on_demand_throughput: self.on_demand_throughput,
            projection: self.projection.ok_or(rt::BuildError {
                shape: "GlobalSecondaryIndex",
                member: "Projection",
            })?,
            provisioned_throughput: self.provisioned_throughput,
            warm_throughput: self.warm_throughput,
        })
    }
}
/// Represents the properties of a global secondary index.
#[derive(Clone, Debug, PartialEq)]
pub struct GlobalSecondaryIndexDescription {
    /// Indicates whether the index is currently backfilling. *Backfilling* is the process of reading items from the table and determining whether they can be added to the index. (Not all items will qualify: For example, a partition key cannot have any duplicate values.) If an item can be added to the index, DynamoDB will do so. After all items have been processed, the backfilling operation is complete and `Backfilling` is false.
    ///
    /// You can delete an index that is being created during the `Backfilling` phase when `IndexStatus` is set to CREATING and `Backfilling` is true. You can't delete the index that is being created when `IndexStatus` is set to CREATING and `Backfilling` is false.
    ///
    /// **Note:** For indexes that were created during a `CreateTable` operation, the `Backfilling` attribute does not appear in the `DescribeTable` output.
    pub backfilling: rt::Option<bool>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the index.
    pub index_arn: rt::Option<rt::String>,
    /// The name of the global secondary index.
    pub index_name: rt::Option<rt::String>,
    /// The total size of the specified index, in bytes. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub index_size_bytes: rt::Option<i64>,
    /// The current state of the global secondary index:
    ///
    /// - `CREATING` - The index is being created.
    /// - `UPDATING` - The index is being updated.
    /// - `DELETING` - The index is being deleted.
    /// - `ACTIVE` - The index is ready for use.
    pub index_status: rt::Option<IndexStatus>,
    /// The number of items in the specified index. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub item_count: rt::Option<i64>,
    /// The complete key schema for a global secondary index, which consists of one or more pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    pub key_schema: rt::Option<rt::Vec<KeySchemaElement>>,
    /// The maximum number of read and write units for the specified global secondary index. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: rt::Option<OnDemandThroughput>,
    /// Represents attributes that are copied (projected) from the table into the global secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
    pub projection: rt::Option<Projection>,
    /// Represents the provisioned throughput settings for the specified global secondary index.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
    pub provisioned_throughput: rt::Option<ProvisionedThroughputDescription>,
    /// Represents the warm throughput value (in read units per second and write units per second) for the specified secondary index.
    pub warm_throughput: rt::Option<GlobalSecondaryIndexWarmThroughputDescription>,
}
impl GlobalSecondaryIndexDescription {
    /// A builder for this structure.
    pub fn builder() -> GlobalSecondaryIndexDescriptionBuilder {
        GlobalSecondaryIndexDescriptionBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GlobalSecondaryIndexDescription {
    /// [`backfilling`](Self::backfilling).
    pub fn backfilling(&self) -> rt::Option<bool> {
        self.backfilling
    }
    /// [`index_arn`](Self::index_arn).
    pub fn index_arn(&self) -> rt::Option<&str> {
        self.index_arn.as_deref()
    }
    /// [`index_name`](Self::index_name).
    pub fn index_name(&self) -> rt::Option<&str> {
        self.index_name.as_deref()
    }
    /// [`index_size_bytes`](Self::index_size_bytes).
    pub fn index_size_bytes(&self) -> rt::Option<i64> {
        self.index_size_bytes
    }
    /// [`index_status`](Self::index_status).
    pub fn index_status(&self) -> rt::Option<&IndexStatus> {
        self.index_status.as_ref()
    }
    /// [`item_count`](Self::item_count).
    pub fn item_count(&self) -> rt::Option<i64> {
        self.item_count
    }
    /// [`key_schema`](Self::key_schema), empty when unset.
    pub fn key_schema(&self) -> &[KeySchemaElement] {
        self.key_schema.as_deref().unwrap_or_default()
    }
    /// [`on_demand_throughput`](Self::on_demand_throughput).
    pub fn on_demand_throughput(&self) -> rt::Option<&OnDemandThroughput> {
        self.on_demand_throughput.as_ref()
    }
    /// [`projection`](Self::projection).
    pub fn projection(&self) -> rt::Option<&Projection> {
        self.projection.as_ref()
    }
    /// [`provisioned_throughput`](Self::provisioned_throughput).
    pub fn provisioned_throughput(&self) -> rt::Option<&ProvisionedThroughputDescription> {
        self.provisioned_throughput.as_ref()
    }
    /// [`warm_throughput`](Self::warm_throughput).
    pub fn warm_throughput(&self) -> rt::Option<&GlobalSecondaryIndexWarmThroughputDescription> {
        self.warm_throughput.as_ref()
    }
}
/// Builds a [`GlobalSecondaryIndexDescription`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GlobalSecondaryIndexDescriptionBuilder {
    /// [`GlobalSecondaryIndexDescription::backfilling`](GlobalSecondaryIndexDescription::backfilling), if set.
    pub backfilling: rt::Option<bool>,
    /// [`GlobalSecondaryIndexDescription::index_arn`](GlobalSecondaryIndexDescription::index_arn), if set.
    pub index_arn: rt::Option<rt::String>,
    /// [`GlobalSecondaryIndexDescription::index_name`](GlobalSecondaryIndexDescription::index_name), if set.
    pub index_name: rt::Option<rt::String>,
    /// [`GlobalSecondaryIndexDescription::index_size_bytes`](GlobalSecondaryIndexDescription::index_size_bytes), if set.
    pub index_size_bytes: rt::Option<i64>,
    /// [`GlobalSecondaryIndexDescription::index_status`](GlobalSecondaryIndexDescription::index_status), if set.
    pub index_status: rt::Option<IndexStatus>,
    /// [`GlobalSecondaryIndexDescription::item_count`](GlobalSecondaryIndexDescription::item_count), if set.
    pub item_count: rt::Option<i64>,
    /// [`GlobalSecondaryIndexDescription::key_schema`](GlobalSecondaryIndexDescription::key_schema), if set.
    pub key_schema: rt::Option<rt::Vec<KeySchemaElement>>,
    /// [`GlobalSecondaryIndexDescription::on_demand_throughput`](GlobalSecondaryIndexDescription::on_demand_throughput), if set.
    pub on_demand_throughput: rt::Option<OnDemandThroughput>,
    /// [`GlobalSecondaryIndexDescription::projection`](GlobalSecondaryIndexDescription::projection), if set.
    pub projection: rt::Option<Projection>,
    /// [`GlobalSecondaryIndexDescription::provisioned_throughput`](GlobalSecondaryIndexDescription::provisioned_throughput), if set.
    pub provisioned_throughput: rt::Option<ProvisionedThroughputDescription>,
    /// [`GlobalSecondaryIndexDescription::warm_throughput`](GlobalSecondaryIndexDescription::warm_throughput), if set.
    pub warm_throughput: rt::Option<GlobalSecondaryIndexWarmThroughputDescription>,
}
impl GlobalSecondaryIndexDescriptionBuilder {
    /// Sets [`GlobalSecondaryIndexDescription::backfilling`](GlobalSecondaryIndexDescription::backfilling).
    pub fn backfilling(mut self, value: impl rt::Into<bool>) -> Self {
        self.backfilling = Some(value.into());
        self
    }
    /// Sets or clears [`GlobalSecondaryIndexDescription::backfilling`](GlobalSecondaryIndexDescription::backfilling).
    pub fn set_backfilling(mut self, value: rt::Option<bool>) -> Self {
        self.backfilling = value;
        self
    }
    /// Sets [`GlobalSecondaryIndexDescription::index_arn`](GlobalSecondaryIndexDescription::index_arn).
    pub fn index_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.index_arn = Some(value.into());
        self
    }
    /// Sets or clears [`GlobalSecondaryIndexDescription::index_arn`](GlobalSecondaryIndexDescription::index_arn).
    pub fn set_index_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.index_arn = value;
        self
    }
    /// Sets [`GlobalSecondaryIndexDescription::index_name`](GlobalSecondaryIndexDescription::index_name).
    pub fn index_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.index_name = Some(value.into());
        self
    }
    /// Sets or clears [`GlobalSecondaryIndexDescription::index_name`](GlobalSecondaryIndexDescription::index_name).
    pub fn set_index_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.index_name = value;
        self
    }
    /// Sets [`GlobalSecondaryIndexDescription::index_size_bytes`](GlobalSecondaryIndexDescription::index_size_bytes).
    pub fn index_size_bytes(mut self, value: impl rt::Into<i64>) -> Self {
        self.index_size_bytes = Some(value.into());
        self
    }
    /// Sets or clears [`GlobalSecondaryIndexDescription::index_size_bytes`](GlobalSecondaryIndexDescription::index_size_bytes).
    pub fn set_index_size_bytes(mut self, value: rt::Option<i64>) -> Self {
        self.index_size_bytes = value;
        self
    }
    /// Sets [`GlobalSecondaryIndexDescription::index_status`](GlobalSecondaryIndexDescription::index_status).
    pub fn index_status(mut self, value: impl rt::Into<IndexStatus>) -> Self {
        self.index_status = Some(value.into());
        self
    }
    /// Sets or clears [`GlobalSecondaryIndexDescription::index_status`](GlobalSecondaryIndexDescription::index_status).
    pub fn set_index_status(mut self, value: rt::Option<IndexStatus>) -> Self {
        self.index_status = value;
        self
    }
    /// Sets [`GlobalSecondaryIndexDescription::item_count`](GlobalSecondaryIndexDescription::item_count).
    pub fn item_count(mut self, value: impl rt::Into<i64>) -> Self {
        self.item_count = Some(value.into());
        self
    }
    /// Sets or clears [`GlobalSecondaryIndexDescription::item_count`](GlobalSecondaryIndexDescription::item_count).
    pub fn set_item_count(mut self, value: rt::Option<i64>) -> Self {
        self.item_count = value;
        self
    }
    /// Appends one element to [`GlobalSecondaryIndexDescription::key_schema`](GlobalSecondaryIndexDescription::key_schema).
    pub fn key_schema(mut self, value: impl rt::Into<KeySchemaElement>) -> Self {
        self.key_schema
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`GlobalSecondaryIndexDescription::key_schema`](GlobalSecondaryIndexDescription::key_schema).
    pub fn set_key_schema(mut self, value: rt::Option<rt::Vec<KeySchemaElement>>) -> Self {
        self.key_schema = value;
        self
    }
    /// Sets [`GlobalSecondaryIndexDescription::on_demand_throughput`](GlobalSecondaryIndexDescription::on_demand_throughput).
    pub fn on_demand_throughput(mut self, value: impl rt::Into<OnDemandThroughput>) -> Self {
        self.on_demand_throughput = Some(value.into());
        self
    }
    /// Sets or clears [`GlobalSecondaryIndexDescription::on_demand_throughput`](GlobalSecondaryIndexDescription::on_demand_throughput).
    pub fn set_on_demand_throughput(mut self, value: rt::Option<OnDemandThroughput>) -> Self {
        self.on_demand_throughput = value;
        self
    }
    /// Sets [`GlobalSecondaryIndexDescription::projection`](GlobalSecondaryIndexDescription::projection).
    pub fn projection(mut self, value: impl rt::Into<Projection>) -> Self {
        self.projection = Some(value.into());
        self
    }
    /// Sets or clears [`GlobalSecondaryIndexDescription::projection`](GlobalSecondaryIndexDescription::projection).
    pub fn set_projection(mut self, value: rt::Option<Projection>) -> Self {
        self.projection = value;
        self
    }
    /// Sets [`GlobalSecondaryIndexDescription::provisioned_throughput`](GlobalSecondaryIndexDescription::provisioned_throughput).
    pub fn provisioned_throughput(
        mut self,
        value: impl rt::Into<ProvisionedThroughputDescription>,
    ) -> Self {
        self.provisioned_throughput = Some(value.into());
        self
    }
    /// Sets or clears [`GlobalSecondaryIndexDescription::provisioned_throughput`](GlobalSecondaryIndexDescription::provisioned_throughput).
    pub fn set_provisioned_throughput(
        mut self,
        value: rt::Option<ProvisionedThroughputDescription>,
    ) -> Self {
        self.provisioned_throughput = value;
        self
    }
    /// Sets [`GlobalSecondaryIndexDescription::warm_throughput`](GlobalSecondaryIndexDescription::warm_throughput).
    pub fn warm_throughput(
        mut self,
        value: impl rt::Into<GlobalSecondaryIndexWarmThroughputDescription>,
    ) -> Self {
        self.warm_throughput = Some(value.into());
        self
    }
    /// Sets or clears [`GlobalSecondaryIndexDescription::warm_throughput`](GlobalSecondaryIndexDescription::warm_throughput).
    pub fn set_warm_throughput(
        mut self,
        value: rt::Option<GlobalSecondaryIndexWarmThroughputDescription>,
    ) -> Self {
        self.warm_throughput = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GlobalSecondaryIndexDescription {
        GlobalSecondaryIndexDescription {
            backfilling: self.backfilling,
            index_arn: self.index_arn,
            index_name: self.index_name,
            index_size_bytes: self.index_size_bytes,
            index_status: self.index_status,
            item_count: self.item_count,
            key_schema: self.key_schema,
            on_demand_throughput: self.on_demand_throughput,
            projection: self.projection,
            provisioned_throughput: self.provisioned_throughput,
            warm_throughput: self.warm_throughput,
        }
    }
}
/// The description of the warm throughput value on a global secondary index.
#[derive(Clone, Debug, PartialEq)]
pub struct GlobalSecondaryIndexWarmThroughputDescription {
    /// Represents warm throughput read units per second value for a global secondary index.
    pub read_units_per_second: rt::Option<i64>,
    /// Represents the warm throughput status being created or updated on a global secondary index. The status can only be `UPDATING` or `ACTIVE`.
    pub status: rt::Option<IndexStatus>,
    /// Represents warm throughput write units per second value for a global secondary index.
    pub write_units_per_second: rt::Option<i64>,
}
impl GlobalSecondaryIndexWarmThroughputDescription {
    /// A builder for this structure.
    pub fn builder() -> GlobalSecondaryIndexWarmThroughputDescriptionBuilder {
        GlobalSecondaryIndexWarmThroughputDescriptionBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GlobalSecondaryIndexWarmThroughputDescription {
    /// [`read_units_per_second`](Self::read_units_per_second).
    pub fn read_units_per_second(&self) -> rt::Option<i64> {
        self.read_units_per_second
    }
    /// [`status`](Self::status).
    pub fn status(&self) -> rt::Option<&IndexStatus> {
        self.status.as_ref()
    }
    /// [`write_units_per_second`](Self::write_units_per_second).
    pub fn write_units_per_second(&self) -> rt::Option<i64> {
        self.write_units_per_second
    }
}
/// Builds a [`GlobalSecondaryIndexWarmThroughputDescription`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GlobalSecondaryIndexWarmThroughputDescriptionBuilder {
    /// [`GlobalSecondaryIndexWarmThroughputDescription::read_units_per_second`](GlobalSecondaryIndexWarmThroughputDescription::read_units_per_second), if set.
    pub read_units_per_second: rt::Option<i64>,
    /// [`GlobalSecondaryIndexWarmThroughputDescription::status`](GlobalSecondaryIndexWarmThroughputDescription::status), if set.
    pub status: rt::Option<IndexStatus>,
    /// [`GlobalSecondaryIndexWarmThroughputDescription::write_units_per_second`](GlobalSecondaryIndexWarmThroughputDescription::write_units_per_second), if set.
    pub write_units_per_second: rt::Option<i64>,
}
impl GlobalSecondaryIndexWarmThroughputDescriptionBuilder {
    /// Sets [`GlobalSecondaryIndexWarmThroughputDescription::read_units_per_second`](GlobalSecondaryIndexWarmThroughputDescription::read_units_per_second).
    pub fn read_units_per_second(mut self, value: impl rt::Into<i64>) -> Self {
        self.read_units_per_second = Some(value.into());
        self
    }
    /// Sets or clears [`GlobalSecondaryIndexWarmThroughputDescription::read_units_per_second`](GlobalSecondaryIndexWarmThroughputDescription::read_units_per_second).
    pub fn set_read_units_per_second(mut self, value: rt::Option<i64>) -> Self {
        self.read_units_per_second = value;
        self
    }
    /// Sets [`GlobalSecondaryIndexWarmThroughputDescription::status`](GlobalSecondaryIndexWarmThroughputDescription::status).
    pub fn status(mut self, value: impl rt::Into<IndexStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets or clears [`GlobalSecondaryIndexWarmThroughputDescription::status`](GlobalSecondaryIndexWarmThroughputDescription::status).
    pub fn set_status(mut self, value: rt::Option<IndexStatus>) -> Self {
        self.status = value;
        self
    }
    /// Sets [`GlobalSecondaryIndexWarmThroughputDescription::write_units_per_second`](GlobalSecondaryIndexWarmThroughputDescription::write_units_per_second).
    pub fn write_units_per_second(mut self, value: impl rt::Into<i64>) -> Self {
        self.write_units_per_second = Some(value.into());
        self
    }
    /// Sets or clears [`GlobalSecondaryIndexWarmThroughputDescription::write_units_per_second`](GlobalSecondaryIndexWarmThroughputDescription::write_units_per_second).
    pub fn set_write_units_per_second(mut self, value: rt::Option<i64>) -> Self {
        self.write_units_per_second = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GlobalSecondaryIndexWarmThroughputDescription {
        GlobalSecondaryIndexWarmThroughputDescription {
            read_units_per_second: self.read_units_per_second,
            status: self.status,
            write_units_per_second: self.write_units_per_second,
        }
    }
}
/// Information about item collections, if any, that were affected by the operation. `ItemCollectionMetrics` is only returned if the request asked for it. If the table does not have any local secondary indexes, this information is not returned in the response.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemCollectionMetrics {
    /// The partition key value of the item collection. This value is the same as the partition key value of the item.
    pub item_collection_key: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// An estimate of item collection size, in gigabytes. This value is a two-element array containing a lower bound and an upper bound for the estimate. The estimate includes the size of all the items in the table, plus the size of all attributes projected into all of the local secondary indexes on that table. Use this estimate to measure whether a local secondary index is approaching its size limit.
    ///
    /// The estimate is subject to change over time; therefore, do not rely on the precision or accuracy of the estimate.
    pub size_estimate_range_gb: rt::Option<rt::Vec<f64>>,
}
impl ItemCollectionMetrics {
    /// A builder for this structure.
    pub fn builder() -> ItemCollectionMetricsBuilder {
        ItemCollectionMetricsBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ItemCollectionMetrics {
    /// [`item_collection_key`](Self::item_collection_key).
    pub fn item_collection_key(&self) -> rt::Option<&rt::BTreeMap<rt::String, AttributeValue>> {
        self.item_collection_key.as_ref()
    }
    /// [`size_estimate_range_gb`](Self::size_estimate_range_gb), empty when unset.
    pub fn size_estimate_range_gb(&self) -> &[f64] {
        self.size_estimate_range_gb.as_deref().unwrap_or_default()
    }
}
/// Builds a [`ItemCollectionMetrics`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ItemCollectionMetricsBuilder {
    /// [`ItemCollectionMetrics::item_collection_key`](ItemCollectionMetrics::item_collection_key), if set.
    pub item_collection_key: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// [`ItemCollectionMetrics::size_estimate_range_gb`](ItemCollectionMetrics::size_estimate_range_gb), if set.
    pub size_estimate_range_gb: rt::Option<rt::Vec<f64>>,
}
impl ItemCollectionMetricsBuilder {
    /// Inserts one entry into [`ItemCollectionMetrics::item_collection_key`](ItemCollectionMetrics::item_collection_key).
    pub fn item_collection_key(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValue>,
    ) -> Self {
        self.item_collection_key
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`ItemCollectionMetrics::item_collection_key`](ItemCollectionMetrics::item_collection_key).
    pub fn set_item_collection_key(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    ) -> Self {
        self.item_collection_key = value;
        self
    }
    /// Appends one element to [`ItemCollectionMetrics::size_estimate_range_gb`](ItemCollectionMetrics::size_estimate_range_gb).
    pub fn size_estimate_range_gb(mut self, value: impl rt::Into<f64>) -> Self {
        self.size_estimate_range_gb
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ItemCollectionMetrics::size_estimate_range_gb`](ItemCollectionMetrics::size_estimate_range_gb).
    pub fn set_size_estimate_range_gb(mut self, value: rt::Option<rt::Vec<f64>>) -> Self {
        self.size_estimate_range_gb = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ItemCollectionMetrics {
        ItemCollectionMetrics {
            item_collection_key: self.item_collection_key,
            size_estimate_range_gb: self.size_estimate_range_gb,
        }
    }
}
/// Represents *a single element* of a key schema. A key schema specifies the attributes that make up the primary key of a table, or the key attributes of an index.
///
/// A `KeySchemaElement` represents exactly one attribute of the primary key. For example, a simple primary key would be represented by one `KeySchemaElement` (for the partition key). A composite primary key would require one `KeySchemaElement` for the partition key, and another `KeySchemaElement` for the sort key.
///
/// A `KeySchemaElement` must be a scalar, top-level attribute (not a nested attribute). The data type must be one of String, Number, or Binary. The attribute cannot be nested within a List or a Map.
#[derive(Clone, Debug, PartialEq)]
pub struct KeySchemaElement {
    /// The name of a key attribute.
    pub attribute_name: rt::String,
    /// The role that this key attribute will assume:
    ///
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    pub key_type: KeyType,
}
impl KeySchemaElement {
    /// A builder for this structure.
    pub fn builder() -> KeySchemaElementBuilder {
        KeySchemaElementBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl KeySchemaElement {
    /// [`attribute_name`](Self::attribute_name).
    pub fn attribute_name(&self) -> &str {
        &self.attribute_name
    }
    /// [`key_type`](Self::key_type).
    pub fn key_type(&self) -> &KeyType {
        &self.key_type
    }
}
/// Builds a [`KeySchemaElement`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeySchemaElementBuilder {
    /// [`KeySchemaElement::attribute_name`](KeySchemaElement::attribute_name), if set.
    pub attribute_name: rt::Option<rt::String>,
    /// [`KeySchemaElement::key_type`](KeySchemaElement::key_type), if set.
    pub key_type: rt::Option<KeyType>,
}
impl KeySchemaElementBuilder {
    /// Sets [`KeySchemaElement::attribute_name`](KeySchemaElement::attribute_name).
    pub fn attribute_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.attribute_name = Some(value.into());
        self
    }
    /// Sets or clears [`KeySchemaElement::attribute_name`](KeySchemaElement::attribute_name).
    pub fn set_attribute_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.attribute_name = value;
        self
    }
    /// Sets [`KeySchemaElement::key_type`](KeySchemaElement::key_type).
    pub fn key_type(mut self, value: impl rt::Into<KeyType>) -> Self {
        self.key_type = Some(value.into());
        self
    }
    /// Sets or clears [`KeySchemaElement::key_type`](KeySchemaElement::key_type).
    pub fn set_key_type(mut self, value: rt::Option<KeyType>) -> Self {
        self.key_type = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<KeySchemaElement, rt::BuildError> {
        Ok(KeySchemaElement {
            attribute_name: self.attribute_name.ok_or(rt::BuildError {
                shape: "KeySchemaElement",
                member: "AttributeName",
            })?,
            key_type: self.key_type.ok_or(rt::BuildError {
                shape: "KeySchemaElement",
                member: "KeyType",
            })?,
        })
    }
}
/// Represents the properties of a local secondary index.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalSecondaryIndex {
    /// The name of the local secondary index. The name must be unique among all other indexes on this table.
    pub index_name: rt::String,
    /// The complete key schema for the local secondary index, consisting of one or more pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    pub key_schema: rt::Vec<KeySchemaElement>,
    /// Represents attributes that are copied (projected) from the table into the local secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
    pub projection: Projection,
}
impl LocalSecondaryIndex {
    /// A builder for this structure.
    pub fn builder() -> LocalSecondaryIndexBuilder {
        LocalSecondaryIndexBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl LocalSecondaryIndex {
    /// [`index_name`](Self::index_name).
    pub fn index_name(&self) -> &str {
        &self.index_name
    }
    /// [`key_schema`](Self::key_schema).
    pub fn key_schema(&self) -> &[KeySchemaElement] {
        &self.key_schema
    }
    /// [`projection`](Self::projection).
    pub fn projection(&self) -> &Projection {
        &self.projection
    }
}
/// Builds a [`LocalSecondaryIndex`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LocalSecondaryIndexBuilder {
    /// [`LocalSecondaryIndex::index_name`](LocalSecondaryIndex::index_name), if set.
    pub index_name: rt::Option<rt::String>,
    /// [`LocalSecondaryIndex::key_schema`](LocalSecondaryIndex::key_schema), if set.
    pub key_schema: rt::Option<rt::Vec<KeySchemaElement>>,
    /// [`LocalSecondaryIndex::projection`](LocalSecondaryIndex::projection), if set.
    pub projection: rt::Option<Projection>,
}
impl LocalSecondaryIndexBuilder {
    /// Sets [`LocalSecondaryIndex::index_name`](LocalSecondaryIndex::index_name).
    pub fn index_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.index_name = Some(value.into());
        self
    }
    /// Sets or clears [`LocalSecondaryIndex::index_name`](LocalSecondaryIndex::index_name).
    pub fn set_index_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.index_name = value;
        self
    }
    /// Appends one element to [`LocalSecondaryIndex::key_schema`](LocalSecondaryIndex::key_schema).
    pub fn key_schema(mut self, value: impl rt::Into<KeySchemaElement>) -> Self {
        self.key_schema
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`LocalSecondaryIndex::key_schema`](LocalSecondaryIndex::key_schema).
    pub fn set_key_schema(mut self, value: rt::Option<rt::Vec<KeySchemaElement>>) -> Self {
        self.key_schema = value;
        self
    }
    /// Sets [`LocalSecondaryIndex::projection`](LocalSecondaryIndex::projection).
    pub fn projection(mut self, value: impl rt::Into<Projection>) -> Self {
        self.projection = Some(value.into());
        self
    }
    /// Sets or clears [`LocalSecondaryIndex::projection`](LocalSecondaryIndex::projection).
    pub fn set_projection(mut self, value: rt::Option<Projection>) -> Self {
        self.projection = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<LocalSecondaryIndex, rt::BuildError> {
        Ok(LocalSecondaryIndex {
            index_name: self.index_name.ok_or(rt::BuildError {
                shape: "LocalSecondaryIndex",
                member: "IndexName",
            })?,
            key_schema: self.key_schema.ok_or(rt::BuildError {
                shape: "LocalSecondaryIndex",
                member: "KeySchema",
            })?,
            projection: self.projection.ok_or(rt::BuildError {
                shape: "LocalSecondaryIndex",
                member: "Projection",
            })?,
        })
    }
}
/// Represents the properties of a local secondary index.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalSecondaryIndexDescription {
    /// The Amazon Resource Name (ARN) that uniquely identifies the index.
    pub index_arn: rt::Option<rt::String>,
    /// Represents the name of the local secondary index.
    pub index_name: rt::Option<rt::String>,
    /// The total size of the specified index, in bytes. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub index_size_bytes: rt::Option<i64>,
    /// The number of items in the specified index. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub item_count: rt::Option<i64>,
    /// The complete key schema for the local secondary index, consisting of one or more pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    pub key_schema: rt::Option<rt::Vec<KeySchemaElement>>,
    /// Represents attributes that are copied (projected) from the table into the global secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
    pub projection: rt::Option<Projection>,
}
impl LocalSecondaryIndexDescription {
    /// A builder for this structure.
    pub fn builder() -> LocalSecondaryIndexDescriptionBuilder {
        LocalSecondaryIndexDescriptionBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl LocalSecondaryIndexDescription {
    /// [`index_arn`](Self::index_arn).
    pub fn index_arn(&self) -> rt::Option<&str> {
        self.index_arn.as_deref()
    }
    /// [`index_name`](Self::index_name).
    pub fn index_name(&self) -> rt::Option<&str> {
        self.index_name.as_deref()
    }
    /// [`index_size_bytes`](Self::index_size_bytes).
    pub fn index_size_bytes(&self) -> rt::Option<i64> {
        self.index_size_bytes
    }
    /// [`item_count`](Self::item_count).
    pub fn item_count(&self) -> rt::Option<i64> {
        self.item_count
    }
    /// [`key_schema`](Self::key_schema), empty when unset.
    pub fn key_schema(&self) -> &[KeySchemaElement] {
        self.key_schema.as_deref().unwrap_or_default()
    }
    /// [`projection`](Self::projection).
    pub fn projection(&self) -> rt::Option<&Projection> {
        self.projection.as_ref()
    }
}
/// Builds a [`LocalSecondaryIndexDescription`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LocalSecondaryIndexDescriptionBuilder {
    /// [`LocalSecondaryIndexDescription::index_arn`](LocalSecondaryIndexDescription::index_arn), if set.
    pub index_arn: rt::Option<rt::String>,
    /// [`LocalSecondaryIndexDescription::index_name`](LocalSecondaryIndexDescription::index_name), if set.
    pub index_name: rt::Option<rt::String>,
    /// [`LocalSecondaryIndexDescription::index_size_bytes`](LocalSecondaryIndexDescription::index_size_bytes), if set.
    pub index_size_bytes: rt::Option<i64>,
    /// [`LocalSecondaryIndexDescription::item_count`](LocalSecondaryIndexDescription::item_count), if set.
    pub item_count: rt::Option<i64>,
    /// [`LocalSecondaryIndexDescription::key_schema`](LocalSecondaryIndexDescription::key_schema), if set.
    pub key_schema: rt::Option<rt::Vec<KeySchemaElement>>,
    /// [`LocalSecondaryIndexDescription::projection`](LocalSecondaryIndexDescription::projection), if set.
    pub projection: rt::Option<Projection>,
}
impl LocalSecondaryIndexDescriptionBuilder {
    /// Sets [`LocalSecondaryIndexDescription::index_arn`](LocalSecondaryIndexDescription::index_arn).
    pub fn index_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.index_arn = Some(value.into());
        self
    }
    /// Sets or clears [`LocalSecondaryIndexDescription::index_arn`](LocalSecondaryIndexDescription::index_arn).
    pub fn set_index_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.index_arn = value;
        self
    }
    /// Sets [`LocalSecondaryIndexDescription::index_name`](LocalSecondaryIndexDescription::index_name).
    pub fn index_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.index_name = Some(value.into());
        self
    }
    /// Sets or clears [`LocalSecondaryIndexDescription::index_name`](LocalSecondaryIndexDescription::index_name).
    pub fn set_index_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.index_name = value;
        self
    }
    /// Sets [`LocalSecondaryIndexDescription::index_size_bytes`](LocalSecondaryIndexDescription::index_size_bytes).
    pub fn index_size_bytes(mut self, value: impl rt::Into<i64>) -> Self {
        self.index_size_bytes = Some(value.into());
        self
    }
    /// Sets or clears [`LocalSecondaryIndexDescription::index_size_bytes`](LocalSecondaryIndexDescription::index_size_bytes).
    pub fn set_index_size_bytes(mut self, value: rt::Option<i64>) -> Self {
        self.index_size_bytes = value;
        self
    }
    /// Sets [`LocalSecondaryIndexDescription::item_count`](LocalSecondaryIndexDescription::item_count).
    pub fn item_count(mut self, value: impl rt::Into<i64>) -> Self {
        self.item_count = Some(value.into());
        self
    }
    /// Sets or clears [`LocalSecondaryIndexDescription::item_count`](LocalSecondaryIndexDescription::item_count).
    pub fn set_item_count(mut self, value: rt::Option<i64>) -> Self {
        self.item_count = value;
        self
    }
    /// Appends one element to [`LocalSecondaryIndexDescription::key_schema`](LocalSecondaryIndexDescription::key_schema).
    pub fn key_schema(mut self, value: impl rt::Into<KeySchemaElement>) -> Self {
        self.key_schema
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`LocalSecondaryIndexDescription::key_schema`](LocalSecondaryIndexDescription::key_schema).
    pub fn set_key_schema(mut self, value: rt::Option<rt::Vec<KeySchemaElement>>) -> Self {
        self.key_schema = value;
        self
    }
    /// Sets [`LocalSecondaryIndexDescription::projection`](LocalSecondaryIndexDescription::projection).
    pub fn projection(mut self, value: impl rt::Into<Projection>) -> Self {
        self.projection = Some(value.into());
        self
    }
    /// Sets or clears [`LocalSecondaryIndexDescription::projection`](LocalSecondaryIndexDescription::projection).
    pub fn set_projection(mut self, value: rt::Option<Projection>) -> Self {
        self.projection = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> LocalSecondaryIndexDescription {
        LocalSecondaryIndexDescription {
            index_arn: self.index_arn,
            index_name: self.index_name,
            index_size_bytes: self.index_size_bytes,
            item_count: self.item_count,
            key_schema: self.key_schema,
            projection: self.projection,
        }
    }
}
/// Sets the maximum number of read and write units for the specified on-demand table. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
#[derive(Clone, Debug, PartialEq)]
pub struct OnDemandThroughput {
    /// Maximum number of read request units for the specified table.
    ///
    /// To specify a maximum `OnDemandThroughput` on your table, set the value of `MaxReadRequestUnits` as greater than or equal to 1. To remove the maximum `OnDemandThroughput` that is currently set on your table, set the value of `MaxReadRequestUnits` to -1.
    pub max_read_request_units: rt::Option<i64>,
    /// Maximum number of write request units for the specified table.
    ///
    /// To specify a maximum `OnDemandThroughput` on your table, set the value of `MaxWriteRequestUnits` as greater than or equal to 1. To remove the maximum `OnDemandThroughput` that is currently set on your table, set the value of `MaxWriteRequestUnits` to -1.
    pub max_write_request_units: rt::Option<i64>,
}
impl OnDemandThroughput {
    /// A builder for this structure.
    pub fn builder() -> OnDemandThroughputBuilder {
        OnDemandThroughputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl OnDemandThroughput {
    /// [`max_read_request_units`](Self::max_read_request_units).
    pub fn max_read_request_units(&self) -> rt::Option<i64> {
        self.max_read_request_units
    }
    /// [`max_write_request_units`](Self::max_write_request_units).
    pub fn max_write_request_units(&self) -> rt::Option<i64> {
        self.max_write_request_units
    }
}
/// Builds a [`OnDemandThroughput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OnDemandThroughputBuilder {
    /// [`OnDemandThroughput::max_read_request_units`](OnDemandThroughput::max_read_request_units), if set.
    pub max_read_request_units: rt::Option<i64>,
    /// [`OnDemandThroughput::max_write_request_units`](OnDemandThroughput::max_write_request_units), if set.
    pub max_write_request_units: rt::Option<i64>,
}
impl OnDemandThroughputBuilder {
    /// Sets [`OnDemandThroughput::max_read_request_units`](OnDemandThroughput::max_read_request_units).
    pub fn max_read_request_units(mut self, value: impl rt::Into<i64>) -> Self {
        self.max_read_request_units = Some(value.into());
        self
    }
    /// Sets or clears [`OnDemandThroughput::max_read_request_units`](OnDemandThroughput::max_read_request_units).
    pub fn set_max_read_request_units(mut self, value: rt::Option<i64>) -> Self {
        self.max_read_request_units = value;
        self
    }
    /// Sets [`OnDemandThroughput::max_write_request_units`](OnDemandThroughput::max_write_request_units).
    pub fn max_write_request_units(mut self, value: impl rt::Into<i64>) -> Self {
        self.max_write_request_units = Some(value.into());
        self
    }
    /// Sets or clears [`OnDemandThroughput::max_write_request_units`](OnDemandThroughput::max_write_request_units).
    pub fn set_max_write_request_units(mut self, value: rt::Option<i64>) -> Self {
        self.max_write_request_units = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> OnDemandThroughput {
        OnDemandThroughput {
            max_read_request_units: self.max_read_request_units,
            max_write_request_units: self.max_write_request_units,
        }
    }
}
/// Overrides the on-demand throughput settings for this replica table. If you don't specify a value for this parameter, it uses the source table's on-demand throughput settings.
#[derive(Clone, Debug, PartialEq)]
pub struct OnDemandThroughputOverride {
    /// Maximum number of read request units for the specified replica table.
    pub max_read_request_units: rt::Option<i64>,
}
impl OnDemandThroughputOverride {
    /// A builder for this structure.
    pub fn builder() -> OnDemandThroughputOverrideBuilder {
        OnDemandThroughputOverrideBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl OnDemandThroughputOverride {
    /// [`max_read_request_units`](Self::max_read_request_units).
    pub fn max_read_request_units(&self) -> rt::Option<i64> {
        self.max_read_request_units
    }
}
/// Builds a [`OnDemandThroughputOverride`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OnDemandThroughputOverrideBuilder {
    /// [`OnDemandThroughputOverride::max_read_request_units`](OnDemandThroughputOverride::max_read_request_units), if set.
    pub max_read_request_units: rt::Option<i64>,
}
impl OnDemandThroughputOverrideBuilder {
    /// Sets [`OnDemandThroughputOverride::max_read_request_units`](OnDemandThroughputOverride::max_read_request_units).
    pub fn max_read_request_units(mut self, value: impl rt::Into<i64>) -> Self {
        self.max_read_request_units = Some(value.into());
        self
    }
    /// Sets or clears [`OnDemandThroughputOverride::max_read_request_units`](OnDemandThroughputOverride::max_read_request_units).
    pub fn set_max_read_request_units(mut self, value: rt::Option<i64>) -> Self {
        self.max_read_request_units = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> OnDemandThroughputOverride {
        OnDemandThroughputOverride {
            max_read_request_units: self.max_read_request_units,
        }
    }
}
/// Represents attributes that are copied (projected) from the table into an index. These are in addition to the primary key attributes and index key attributes, which are automatically projected.
#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    /// Represents the non-key attribute names which will be projected into the index.
    ///
    /// For local secondary indexes, the total count of `NonKeyAttributes` summed across all of the local secondary indexes, must not exceed 100. If you project the same attribute into two different indexes, this counts as two distinct attributes when determining the total.
    pub non_key_attributes: rt::Option<rt::Vec<rt::String>>,
    /// The set of attributes that are projected into the index:
    ///
    /// - `KEYS_ONLY` - Only the index and primary keys are projected into the index.
    /// - `INCLUDE` - In addition to the attributes described in `KEYS_ONLY`, the secondary index will include other non-key attributes that you specify.
    /// - `ALL` - All of the table attributes are projected into the index.
    ///
    /// When using the DynamoDB console, `ALL` is selected by default.
    pub projection_type: rt::Option<ProjectionType>,
}
impl Projection {
    /// A builder for this structure.
    pub fn builder() -> ProjectionBuilder {
        ProjectionBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Projection {
    /// [`non_key_attributes`](Self::non_key_attributes), empty when unset.
    pub fn non_key_attributes(&self) -> &[rt::String] {
        self.non_key_attributes.as_deref().unwrap_or_default()
    }
    /// [`projection_type`](Self::projection_type).
    pub fn projection_type(&self) -> rt::Option<&ProjectionType> {
        self.projection_type.as_ref()
    }
}
/// Builds a [`Projection`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProjectionBuilder {
    /// [`Projection::non_key_attributes`](Projection::non_key_attributes), if set.
    pub non_key_attributes: rt::Option<rt::Vec<rt::String>>,
    /// [`Projection::projection_type`](Projection::projection_type), if set.
    pub projection_type: rt::Option<ProjectionType>,
}
impl ProjectionBuilder {
    /// Appends one element to [`Projection::non_key_attributes`](Projection::non_key_attributes).
    pub fn non_key_attributes(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.non_key_attributes
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`Projection::non_key_attributes`](Projection::non_key_attributes).
    pub fn set_non_key_attributes(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.non_key_attributes = value;
        self
    }
    /// Sets [`Projection::projection_type`](Projection::projection_type).
    pub fn projection_type(mut self, value: impl rt::Into<ProjectionType>) -> Self {
        self.projection_type = Some(value.into());
        self
    }
    /// Sets or clears [`Projection::projection_type`](Projection::projection_type).
    pub fn set_projection_type(mut self, value: rt::Option<ProjectionType>) -> Self {
        self.projection_type = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Projection {
        Projection {
            non_key_attributes: self.non_key_attributes,
            projection_type: self.projection_type,
        }
    }
}
/// Represents the provisioned throughput settings for a specified table or index. The settings can be modified using the `UpdateTable` operation.
///
/// For current minimum and maximum provisioned throughput values, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
#[derive(Clone, Debug, PartialEq)]
pub struct ProvisionedThroughput {
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a `ThrottlingException`. For more information, see [Specifying Read and Write Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughput.html) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If read/write capacity mode is `PAY_PER_REQUEST` the value is set to 0.
    pub read_capacity_units: i64,
    /// The maximum number of writes consumed per second before DynamoDB returns a `ThrottlingException`. For more information, see [Specifying Read and Write Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughput.html) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If read/write capacity mode is `PAY_PER_REQUEST` the value is set to 0.
    pub write_capacity_units: i64,
}
impl ProvisionedThroughput {
    /// A builder for this structure.
    pub fn builder() -> ProvisionedThroughputBuilder {
        ProvisionedThroughputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ProvisionedThroughput {
    /// [`read_capacity_units`](Self::read_capacity_units).
    pub fn read_capacity_units(&self) -> i64 {
        self.read_capacity_units
    }
    /// [`write_capacity_units`](Self::write_capacity_units).
    pub fn write_capacity_units(&self) -> i64 {
        self.write_capacity_units
    }
}
/// Builds a [`ProvisionedThroughput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProvisionedThroughputBuilder {
    /// [`ProvisionedThroughput::read_capacity_units`](ProvisionedThroughput::read_capacity_units), if set.
    pub read_capacity_units: rt::Option<i64>,
    /// [`ProvisionedThroughput::write_capacity_units`](ProvisionedThroughput::write_capacity_units), if set.
    pub write_capacity_units: rt::Option<i64>,
}
impl ProvisionedThroughputBuilder {
    /// Sets [`ProvisionedThroughput::read_capacity_units`](ProvisionedThroughput::read_capacity_units).
    pub fn read_capacity_units(mut self, value: impl rt::Into<i64>) -> Self {
        self.read_capacity_units = Some(value.into());
        self
    }
    /// Sets or clears [`ProvisionedThroughput::read_capacity_units`](ProvisionedThroughput::read_capacity_units).
    pub fn set_read_capacity_units(mut self, value: rt::Option<i64>) -> Self {
        self.read_capacity_units = value;
        self
    }
    /// Sets [`ProvisionedThroughput::write_capacity_units`](ProvisionedThroughput::write_capacity_units).
    pub fn write_capacity_units(mut self, value: impl rt::Into<i64>) -> Self {
        self.write_capacity_units = Some(value.into());
        self
    }
    /// Sets or clears [`ProvisionedThroughput::write_capacity_units`](ProvisionedThroughput::write_capacity_units).
    pub fn set_write_capacity_units(mut self, value: rt::Option<i64>) -> Self {
        self.write_capacity_units = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ProvisionedThroughput, rt::BuildError> {
        Ok(ProvisionedThroughput {
            read_capacity_units: self.read_capacity_units.ok_or(rt::BuildError {
                shape: "ProvisionedThroughput",
                member: "ReadCapacityUnits",
            })?,
            write_capacity_units: self.write_capacity_units.ok_or(rt::BuildError {
                shape: "ProvisionedThroughput",
                member: "WriteCapacityUnits",
            })?,
        })
    }
}
/// Represents the provisioned throughput settings for the table, consisting of read and write capacity units, along with data about increases and decreases.
#[derive(Clone, Debug, PartialEq)]
pub struct ProvisionedThroughputDescription {
    /// The date and time of the last provisioned throughput decrease for this table.
    pub last_decrease_date_time: rt::Option<rt::DateTime>,
    /// The date and time of the last provisioned throughput increase for this table.
    pub last_increase_date_time: rt::Option<rt::DateTime>,
    /// The number of provisioned throughput decreases for this table during this UTC calendar day. For current maximums on provisioned throughput decreases, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*.
    pub number_of_decreases_today: rt::Option<i64>,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a `ThrottlingException`. Eventually consistent reads require less effort than strongly consistent reads, so a setting of 50 `ReadCapacityUnits` per second provides 100 eventually consistent `ReadCapacityUnits` per second.
    pub read_capacity_units: rt::Option<i64>,
    /// The maximum number of writes consumed per second before DynamoDB returns a `ThrottlingException`.
    pub write_capacity_units: rt::Option<i64>,
}
impl ProvisionedThroughputDescription {
    /// A builder for this structure.
    pub fn builder() -> ProvisionedThroughputDescriptionBuilder {
        ProvisionedThroughputDescriptionBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ProvisionedThroughputDescription {
    /// [`last_decrease_date_time`](Self::last_decrease_date_time).
    pub fn last_decrease_date_time(&self) -> rt::Option<&rt::DateTime> {
        self.last_decrease_date_time.as_ref()
    }
    /// [`last_increase_date_time`](Self::last_increase_date_time).
    pub fn last_increase_date_time(&self) -> rt::Option<&rt::DateTime> {
        self.last_increase_date_time.as_ref()
    }
    /// [`number_of_decreases_today`](Self::number_of_decreases_today).
    pub fn number_of_decreases_today(&self) -> rt::Option<i64> {
        self.number_of_decreases_today
    }
    /// [`read_capacity_units`](Self::read_capacity_units).
    pub fn read_capacity_units(&self) -> rt::Option<i64> {
        self.read_capacity_units
    }
    /// [`write_capacity_units`](Self::write_capacity_units).
    pub fn write_capacity_units(&self) -> rt::Option<i64> {
        self.write_capacity_units
    }
}
/// Builds a [`ProvisionedThroughputDescription`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProvisionedThroughputDescriptionBuilder {
    /// [`ProvisionedThroughputDescription::last_decrease_date_time`](ProvisionedThroughputDescription::last_decrease_date_time), if set.
    pub last_decrease_date_time: rt::Option<rt::DateTime>,
    /// [`ProvisionedThroughputDescription::last_increase_date_time`](ProvisionedThroughputDescription::last_increase_date_time), if set.
    pub last_increase_date_time: rt::Option<rt::DateTime>,
    /// [`ProvisionedThroughputDescription::number_of_decreases_today`](ProvisionedThroughputDescription::number_of_decreases_today), if set.
    pub number_of_decreases_today: rt::Option<i64>,
    /// [`ProvisionedThroughputDescription::read_capacity_units`](ProvisionedThroughputDescription::read_capacity_units), if set.
    pub read_capacity_units: rt::Option<i64>,
    /// [`ProvisionedThroughputDescription::write_capacity_units`](ProvisionedThroughputDescription::write_capacity_units), if set.
    pub write_capacity_units: rt::Option<i64>,
}
impl ProvisionedThroughputDescriptionBuilder {
    /// Sets [`ProvisionedThroughputDescription::last_decrease_date_time`](ProvisionedThroughputDescription::last_decrease_date_time).
    pub fn last_decrease_date_time(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.last_decrease_date_time = Some(value.into());
        self
    }
    /// Sets or clears [`ProvisionedThroughputDescription::last_decrease_date_time`](ProvisionedThroughputDescription::last_decrease_date_time).
    pub fn set_last_decrease_date_time(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.last_decrease_date_time = value;
        self
    }
    /// Sets [`ProvisionedThroughputDescription::last_increase_date_time`](ProvisionedThroughputDescription::last_increase_date_time).
    pub fn last_increase_date_time(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.last_increase_date_time = Some(value.into());
        self
    }
    /// Sets or clears [`ProvisionedThroughputDescription::last_increase_date_time`](ProvisionedThroughputDescription::last_increase_date_time).
    pub fn set_last_increase_date_time(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.last_increase_date_time = value;
        self
    }
    /// Sets [`ProvisionedThroughputDescription::number_of_decreases_today`](ProvisionedThroughputDescription::number_of_decreases_today).
    pub fn number_of_decreases_today(mut self, value: impl rt::Into<i64>) -> Self {
        self.number_of_decreases_today = Some(value.into());
        self
    }
    /// Sets or clears [`ProvisionedThroughputDescription::number_of_decreases_today`](ProvisionedThroughputDescription::number_of_decreases_today).
    pub fn set_number_of_decreases_today(mut self, value: rt::Option<i64>) -> Self {
        self.number_of_decreases_today = value;
        self
    }
    /// Sets [`ProvisionedThroughputDescription::read_capacity_units`](ProvisionedThroughputDescription::read_capacity_units).
    pub fn read_capacity_units(mut self, value: impl rt::Into<i64>) -> Self {
        self.read_capacity_units = Some(value.into());
        self
    }
    /// Sets or clears [`ProvisionedThroughputDescription::read_capacity_units`](ProvisionedThroughputDescription::read_capacity_units).
    pub fn set_read_capacity_units(mut self, value: rt::Option<i64>) -> Self {
        self.read_capacity_units = value;
        self
    }
    /// Sets [`ProvisionedThroughputDescription::write_capacity_units`](ProvisionedThroughputDescription::write_capacity_units).
    pub fn write_capacity_units(mut self, value: impl rt::Into<i64>) -> Self {
        self.write_capacity_units = Some(value.into());
        self
    }
    /// Sets or clears [`ProvisionedThroughputDescription::write_capacity_units`](ProvisionedThroughputDescription::write_capacity_units).
    pub fn set_write_capacity_units(mut self, value: rt::Option<i64>) -> Self {
        self.write_capacity_units = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ProvisionedThroughputDescription {
        ProvisionedThroughputDescription {
            last_decrease_date_time: self.last_decrease_date_time,
            last_increase_date_time: self.last_increase_date_time,
            number_of_decreases_today: self.number_of_decreases_today,
            read_capacity_units: self.read_capacity_units,
            write_capacity_units: self.write_capacity_units,
        }
    }
}
/// Replica-specific provisioned throughput settings. If not specified, uses the source table's provisioned throughput settings.
#[derive(Clone, Debug, PartialEq)]
pub struct ProvisionedThroughputOverride {
    /// Replica-specific read capacity units. If not specified, uses the source table's read capacity settings.
    pub read_capacity_units: rt::Option<i64>,
}
impl ProvisionedThroughputOverride {
    /// A builder for this structure.
    pub fn builder() -> ProvisionedThroughputOverrideBuilder {
        ProvisionedThroughputOverrideBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ProvisionedThroughputOverride {
    /// [`read_capacity_units`](Self::read_capacity_units).
    pub fn read_capacity_units(&self) -> rt::Option<i64> {
        self.read_capacity_units
    }
}
/// Builds a [`ProvisionedThroughputOverride`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProvisionedThroughputOverrideBuilder {
    /// [`ProvisionedThroughputOverride::read_capacity_units`](ProvisionedThroughputOverride::read_capacity_units), if set.
    pub read_capacity_units: rt::Option<i64>,
}
impl ProvisionedThroughputOverrideBuilder {
    /// Sets [`ProvisionedThroughputOverride::read_capacity_units`](ProvisionedThroughputOverride::read_capacity_units).
    pub fn read_capacity_units(mut self, value: impl rt::Into<i64>) -> Self {
        self.read_capacity_units = Some(value.into());
        self
    }
    /// Sets or clears [`ProvisionedThroughputOverride::read_capacity_units`](ProvisionedThroughputOverride::read_capacity_units).
    pub fn set_read_capacity_units(mut self, value: rt::Option<i64>) -> Self {
        self.read_capacity_units = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ProvisionedThroughputOverride {
        ProvisionedThroughputOverride {
            read_capacity_units: self.read_capacity_units,
        }
    }
}
/// Represents the input of a `PutItem` operation.
#[derive(Clone, Debug, PartialEq)]
pub struct PutItemInput {
    /// A condition that must be satisfied in order for a conditional `PutItem` operation to succeed.
    ///
    /// An expression can contain any of the following:
    ///
    /// - Functions: `attribute_exists | attribute_not_exists | attribute_type | contains | begins_with | size` These function names are case-sensitive.
    /// - Comparison operators: `= | <> | < | > | <= | >= | BETWEEN | IN`
    /// - Logical operators: `AND | OR | NOT`
    ///
    /// For more information on condition expressions, see [Condition Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub condition_expression: rt::Option<rt::String>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html) in the *Amazon DynamoDB Developer Guide*.
    pub conditional_operator: rt::Option<ConditionalOperator>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see [Expected](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html) in the *Amazon DynamoDB Developer Guide*.
    pub expected: rt::Option<rt::BTreeMap<rt::String, ExpectedAttributeValue>>,
    /// One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    /// - To create a placeholder for repeating occurrences of an attribute name in an expression.
    /// - To prevent special characters in an attribute name from being misinterpreted in an expression.
    ///
    /// Use the **#** character in an expression to dereference an attribute name. For example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used directly in an expression. (For the complete list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*). To work around this, you could specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `#P = :val`
    ///
    /// **Note:** Tokens that begin with the **:** character are *expression attribute values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// One or more values that can be substituted in an expression.
    ///
    /// Use the **:** (colon) character in an expression to dereference an attribute value. For example, suppose that you wanted to check whether the value of the *ProductStatus* attribute was one of the following:
    ///
    /// `Available | Backordered | Discontinued`
    ///
    /// You would first need to specify `ExpressionAttributeValues` as follows:
    ///
    /// `{ ":avail":{"S":"Available"}, ":back":{"S":"Backordered"}, ":disc":{"S":"Discontinued"} }`
    ///
    /// You could then use these values in an expression, such as this:
    ///
    /// `ProductStatus IN (:avail, :back, :disc)`
    ///
    /// For more information on expression attribute values, see [Condition Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_values: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// A map of attribute name/value pairs, one for each attribute. Only the primary key attributes are required; you can optionally provide other attribute name-value pairs for the item.
    ///
    /// You must provide all of the attributes for the primary key. For example, with a simple primary key, you only need to provide a value for the partition key. For a composite primary key, you must provide both values for both the partition key and the sort key.
    ///
    /// If you specify any attributes that are part of an index key, then the data types for those attributes must match those of the schema in the table's attribute definition.
    ///
    /// Empty String and Binary attribute values are allowed. Attribute values of type String and Binary must have a length greater than zero if the attribute is used as a key attribute for a table or index.
    ///
    /// For more information about primary keys, see [Primary Key](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.CoreComponents.html#HowItWorks.CoreComponents.PrimaryKey) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Each element in the `Item` map is an `AttributeValue` object.
    pub item: rt::BTreeMap<rt::String, AttributeValue>,
    pub return_consumed_capacity: rt::Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the response includes statistics about item collections, if any, that were modified during the operation are returned in the response. If set to `NONE` (the default), no statistics are returned.
    pub return_item_collection_metrics: rt::Option<ReturnItemCollectionMetrics>,
    /// Use `ReturnValues` if you want to get the item attributes as they appeared before they were updated with the `PutItem` request. For `PutItem`, the valid values are:
    ///
    /// - `NONE` - If `ReturnValues` is not specified, or if its value is `NONE`, then nothing is returned. (This setting is the default for `ReturnValues`.)
    /// - `ALL_OLD` - If `PutItem` overwrote an attribute name-value pair, then the content of the old item is returned.
    ///
    /// The values returned are strongly consistent.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    ///
    /// **Note:** The `ReturnValues` parameter is used by several DynamoDB operations; however, `PutItem` does not recognize any values other than `NONE` or `ALL_OLD`.
    pub return_values: rt::Option<ReturnValue>,
    /// An optional parameter that returns the item attributes for a `PutItem` operation that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    pub return_values_on_condition_check_failure: rt::Option<ReturnValuesOnConditionCheckFailure>,
    /// The name of the table to contain the item. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: rt::String,
}
impl PutItemInput {
    /// A builder for this structure.
    pub fn builder() -> PutItemInputBuilder {
        PutItemInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutItemInput {
    /// [`condition_expression`](Self::condition_expression).
    pub fn condition_expression(&self) -> rt::Option<&str> {
        self.condition_expression.as_deref()
    }
    /// [`conditional_operator`](Self::conditional_operator).
    pub fn conditional_operator(&self) -> rt::Option<&ConditionalOperator> {
        self.conditional_operator.as_ref()
    }
    /// [`expected`](Self::expected).
    pub fn expected(&self) -> rt::Option<&rt::BTreeMap<rt::String, ExpectedAttributeValue>> {
        self.expected.as_ref()
    }
    /// [`expression_attribute_names`](Self::expression_attribute_names).
    pub fn expression_attribute_names(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.expression_attribute_names.as_ref()
    }
    /// [`expression_attribute_values`](Self::expression_attribute_values).
    pub fn expression_attribute_values(
        &self,
    ) -> rt::Option<&rt::BTreeMap<rt::String, AttributeValue>> {
        self.expression_attribute_values.as_ref()
    }
    /// [`item`](Self::item).
    pub fn item(&self) -> &rt::BTreeMap<rt::String, AttributeValue> {
        &self.item
    }
    /// [`return_consumed_capacity`](Self::return_consumed_capacity).
    pub fn return_consumed_capacity(&self) -> rt::Option<&ReturnConsumedCapacity> {
        self.return_consumed_capacity.as_ref()
    }
    /// [`return_item_collection_metrics`](Self::return_item_collection_metrics).
    pub fn return_item_collection_metrics(&self) -> rt::Option<&ReturnItemCollectionMetrics> {
        self.return_item_collection_metrics.as_ref()
    }
    /// [`return_values`](Self::return_values).
    pub fn return_values(&self) -> rt::Option<&ReturnValue> {
        self.return_values.as_ref()
    }
    /// [`return_values_on_condition_check_failure`](Self::return_values_on_condition_check_failure).
    pub fn return_values_on_condition_check_failure(
        &self,
    ) -> rt::Option<&ReturnValuesOnConditionCheckFailure> {
        self.return_values_on_condition_check_failure.as_ref()
    }
    /// [`table_name`](Self::table_name).
    pub fn table_name(&self) -> &str {
        &self.table_name
    }
}
/// Builds a [`PutItemInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutItemInputBuilder {
    /// [`PutItemInput::condition_expression`](PutItemInput::condition_expression), if set.
    pub condition_expression: rt::Option<rt::String>,
    /// [`PutItemInput::conditional_operator`](PutItemInput::conditional_operator), if set.
    pub conditional_operator: rt::Option<ConditionalOperator>,
    /// [`PutItemInput::expected`](PutItemInput::expected), if set.
    pub expected: rt::Option<rt::BTreeMap<rt::String, ExpectedAttributeValue>>,
    /// [`PutItemInput::expression_attribute_names`](PutItemInput::expression_attribute_names), if set.
    pub expression_attribute_names: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`PutItemInput::expression_attribute_values`](PutItemInput::expression_attribute_values), if set.
    pub expression_attribute_values: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// [`PutItemInput::item`](PutItemInput::item), if set.
    pub item: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// [`PutItemInput::return_consumed_capacity`](PutItemInput::return_consumed_capacity), if set.
    pub return_consumed_capacity: rt::Option<ReturnConsumedCapacity>,
    /// [`PutItemInput::return_item_collection_metrics`](PutItemInput::return_item_collection_metrics), if set.
    pub return_item_collection_metrics: rt::Option<ReturnItemCollectionMetrics>,
    /// [`PutItemInput::return_values`](PutItemInput::return_values), if set.
    pub return_values: rt::Option<ReturnValue>,
    /// [`PutItemInput::return_values_on_condition_check_failure`](PutItemInput::return_values_on_condition_check_failure), if set.
    pub return_values_on_condition_check_failure: rt::Option<ReturnValuesOnConditionCheckFailure>,
    /// [`PutItemInput::table_name`](PutItemInput::table_name), if set.
    pub table_name: rt::Option<rt::String>,
}
impl PutItemInputBuilder {
    /// Sets [`PutItemInput::condition_expression`](PutItemInput::condition_expression).
    pub fn condition_expression(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.condition_expression = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::condition_expression`](PutItemInput::condition_expression).
    pub fn set_condition_expression(mut self, value: rt::Option<rt::String>) -> Self {
        self.condition_expression = value;
        self
    }
    /// Sets [`PutItemInput::conditional_operator`](PutItemInput::conditional_operator).
    pub fn conditional_operator(mut self, value: impl rt::Into<ConditionalOperator>) -> Self {
        self.conditional_operator = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::conditional_operator`](PutItemInput::conditional_operator).
    pub fn set_conditional_operator(mut self, value: rt::Option<ConditionalOperator>) -> Self {
        self.conditional_operator = value;
        self
    }
    /// Inserts one entry into [`PutItemInput::expected`](PutItemInput::expected).
    pub fn expected(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<ExpectedAttributeValue>,
    ) -> Self {
        self.expected
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`PutItemInput::expected`](PutItemInput::expected).
    pub fn set_expected(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, ExpectedAttributeValue>>,
    ) -> Self {
        self.expected = value;
        self
    }
    /// Inserts one entry into [`PutItemInput::expression_attribute_names`](PutItemInput::expression_attribute_names).
    pub fn expression_attribute_names(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.expression_attribute_names
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`PutItemInput::expression_attribute_names`](PutItemInput::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.expression_attribute_names = value;
        self
    }
    /// Inserts one entry into [`PutItemInput::expression_attribute_values`](PutItemInput::expression_attribute_values).
    pub fn expression_attribute_values(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValue>,
    ) -> Self {
        self.expression_attribute_values
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`PutItemInput::expression_attribute_values`](PutItemInput::expression_attribute_values).
    pub fn set_expression_attribute_values(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    ) -> Self {
        self.expression_attribute_values = value;
        self
    }
    /// Inserts one entry into [`PutItemInput::item`](PutItemInput::item).
    pub fn item(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValue>,
    ) -> Self {
        self.item
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`PutItemInput::item`](PutItemInput::item).
    pub fn set_item(mut self, value: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>) -> Self {
        self.item = value;
        self
    }
    /// Sets [`PutItemInput::return_consumed_capacity`](PutItemInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        value: impl rt::Into<ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::return_consumed_capacity`](PutItemInput::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        value: rt::Option<ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = value;
        self
    }
    /// Sets [`PutItemInput::return_item_collection_metrics`](PutItemInput::return_item_collection_metrics).
    pub fn return_item_collection_metrics(
        mut self,
        value: impl rt::Into<ReturnItemCollectionMetrics>,
    ) -> Self {
        self.return_item_collection_metrics = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::return_item_collection_metrics`](PutItemInput::return_item_collection_metrics).
    pub fn set_return_item_collection_metrics(
        mut self,
        value: rt::Option<ReturnItemCollectionMetrics>,
    ) -> Self {
        self.return_item_collection_metrics = value;
        self
    }
    /// Sets [`PutItemInput::return_values`](PutItemInput::return_values).
    pub fn return_values(mut self, value: impl rt::Into<ReturnValue>) -> Self {
        self.return_values = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::return_values`](PutItemInput::return_values).
    pub fn set_return_values(mut self, value: rt::Option<ReturnValue>) -> Self {
        self.return_values = value;
        self
    }
    /// Sets [`PutItemInput::return_values_on_condition_check_failure`](PutItemInput::return_values_on_condition_check_failure).
    pub fn return_values_on_condition_check_failure(
        mut self,
        value: impl rt::Into<ReturnValuesOnConditionCheckFailure>,
    ) -> Self {
        self.return_values_on_condition_check_failure = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::return_values_on_condition_check_failure`](PutItemInput::return_values_on_condition_check_failure).
    pub fn set_return_values_on_condition_check_failure(
        mut self,
        value: rt::Option<ReturnValuesOnConditionCheckFailure>,
    ) -> Self {
        self.return_values_on_condition_check_failure = value;
        self
    }
    /// Sets [`PutItemInput::table_name`](PutItemInput::table_name).
    pub fn table_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.table_name = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemInput::table_name`](PutItemInput::table_name).
    pub fn set_table_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.table_name = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<PutItemInput, rt::BuildError> {
        Ok(PutItemInput {
            condition_expression: self.condition_expression,
            conditional_operator: self.conditional_operator,
            expected: self.expected,
            expression_attribute_names: self.expression_attribute_names,
            expression_attribute_values: self.expression_attribute_values,
            item: self.item.ok_or(rt::BuildError {
                shape: "PutItemInput",
                member: "Item",
            })?,
            return_consumed_capacity: self.return_consumed_capacity,
            return_item_collection_metrics: self.return_item_collection_metrics,
            return_values: self.return_values,
            return_values_on_condition_check_failure: self.return_values_on_condition_check_failure,
            table_name: self.table_name.ok_or(rt::BuildError {
                shape: "PutItemInput",
                member: "TableName",
            })?,
        })
    }
}
/// Represents the output of a `PutItem` operation.
#[derive(Clone, Debug, PartialEq)]
pub struct PutItemOutput {
    /// The attribute values as they appeared before the `PutItem` operation, but only if `ReturnValues` is specified as `ALL_OLD` in the request. Each element consists of an attribute name and an attribute value.
    pub attributes: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// The capacity units consumed by the `PutItem` operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unity consumption for write operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#write-operation-consumption) in the *Amazon DynamoDB Developer Guide*.
    pub consumed_capacity: rt::Option<ConsumedCapacity>,
    /// Information about item collections, if any, that were affected by the `PutItem` operation. `ItemCollectionMetrics` is only returned if the `ReturnItemCollectionMetrics` parameter was specified. If the table does not have any local secondary indexes, this information is not returned in the response.
    ///
    /// Each `ItemCollectionMetrics` element consists of:
    ///
    /// - `ItemCollectionKey` - The partition key value of the item collection. This is the same as the partition key value of the item itself.
    /// - `SizeEstimateRangeGB` - An estimate of item collection size, in gigabytes. This value is a two-element array containing a lower bound and an upper bound for the estimate. The estimate includes the size of all the items in the table, plus the size of all attributes projected into all of the local secondary indexes on that table. Use this estimate to measure whether a local secondary index is approaching its size limit. The estimate is subject to change over time; therefore, do not rely on the precision or accuracy of the estimate.
    pub item_collection_metrics: rt::Option<ItemCollectionMetrics>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PutItemOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PutItemOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PutItemOutput {
    /// A builder for this structure.
    pub fn builder() -> PutItemOutputBuilder {
        PutItemOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutItemOutput {
    /// [`attributes`](Self::attributes).
    pub fn attributes(&self) -> rt::Option<&rt::BTreeMap<rt::String, AttributeValue>> {
        self.attributes.as_ref()
    }
    /// [`consumed_capacity`](Self::consumed_capacity).
    pub fn consumed_capacity(&self) -> rt::Option<&ConsumedCapacity> {
        self.consumed_capacity.as_ref()
    }
    /// [`item_collection_metrics`](Self::item_collection_metrics).
    pub fn item_collection_metrics(&self) -> rt::Option<&ItemCollectionMetrics> {
        self.item_collection_metrics.as_ref()
    }
}
/// Builds a [`PutItemOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutItemOutputBuilder {
    /// [`PutItemOutput::attributes`](PutItemOutput::attributes), if set.
    pub attributes: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// [`PutItemOutput::consumed_capacity`](PutItemOutput::consumed_capacity), if set.
    pub consumed_capacity: rt::Option<ConsumedCapacity>,
    /// [`PutItemOutput::item_collection_metrics`](PutItemOutput::item_collection_metrics), if set.
    pub item_collection_metrics: rt::Option<ItemCollectionMetrics>,
}
impl PutItemOutputBuilder {
    /// Inserts one entry into [`PutItemOutput::attributes`](PutItemOutput::attributes).
    pub fn attributes(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValue>,
    ) -> Self {
        self.attributes
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`PutItemOutput::attributes`](PutItemOutput::attributes).
    pub fn set_attributes(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    ) -> Self {
        self.attributes = value;
        self
    }
    /// Sets [`PutItemOutput::consumed_capacity`](PutItemOutput::consumed_capacity).
    pub fn consumed_capacity(mut self, value: impl rt::Into<ConsumedCapacity>) -> Self {
        self.consumed_capacity = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemOutput::consumed_capacity`](PutItemOutput::consumed_capacity).
    pub fn set_consumed_capacity(mut self, value: rt::Option<ConsumedCapacity>) -> Self {
        self.consumed_capacity = value;
        self
    }
    /// Sets [`PutItemOutput::item_collection_metrics`](PutItemOutput::item_collection_metrics).
    pub fn item_collection_metrics(mut self, value: impl rt::Into<ItemCollectionMetrics>) -> Self {
        self.item_collection_metrics = Some(value.into());
        self
    }
    /// Sets or clears [`PutItemOutput::item_collection_metrics`](PutItemOutput::item_collection_metrics).
    pub fn set_item_collection_metrics(mut self, value: rt::Option<ItemCollectionMetrics>) -> Self {
        self.item_collection_metrics = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PutItemOutput {
        PutItemOutput {
            attributes: self.attributes,
            consumed_capacity: self.consumed_capacity,
            item_collection_metrics: self.item_collection_metrics,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Represents the input of a `Query` operation.
#[derive(Clone, Debug, PartialEq)]
pub struct QueryInput {
    /// This is a legacy parameter. Use `ProjectionExpression` instead. For more information, see [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html) in the *Amazon DynamoDB Developer Guide*.
    pub attributes_to_get: rt::Option<rt::Vec<rt::String>>,
    /// This is a legacy parameter. Use `FilterExpression` instead. For more information, see [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html) in the *Amazon DynamoDB Developer Guide*.
    pub conditional_operator: rt::Option<ConditionalOperator>,
    /// Determines the read consistency model: If set to `true`, then the operation uses strongly consistent reads; otherwise, the operation uses eventually consistent reads.
    ///
    /// Strongly consistent reads are not supported on global secondary indexes. If you query a global secondary index with `ConsistentRead` set to `true`, you will receive a `ValidationException`.
    pub consistent_read: rt::Option<bool>,
    /// The primary key of the first item that this operation will evaluate. Use the value that was returned for `LastEvaluatedKey` in the previous operation.
    ///
    /// The data type for `ExclusiveStartKey` must be String, Number, or Binary. No set data types are allowed.
    pub exclusive_start_key: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    /// - To create a placeholder for repeating occurrences of an attribute name in an expression.
    /// - To prevent special characters in an attribute name from being misinterpreted in an expression.
    ///
    /// Use the **#** character in an expression to dereference an attribute name. For example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used directly in an expression. (For the complete list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*). To work around this, you could specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `#P = :val`
    ///
    /// **Note:** Tokens that begin with the **:** character are *expression attribute values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// One or more values that can be substituted in an expression.
    ///
    /// Use the **:** (colon) character in an expression to dereference an attribute value. For example, suppose that you wanted to check whether the value of the *ProductStatus* attribute was one of the following:
    ///
    /// `Available | Backordered | Discontinued`
    ///
    /// You would first need to specify `ExpressionAttributeValues` as follows:
    ///
    /// `{ ":avail":{"S":"Available"}, ":back":{"S":"Backordered"}, ":disc":{"S":"Discontinued"} }`
    ///
    /// You could then use these values in an expression, such as this:
    ///
    /// `ProductStatus IN (:avail, :back, :disc)`
    ///
    /// For more information on expression attribute values, see [Specifying Conditions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_values: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// A string that contains conditions that DynamoDB applies after the `Query` operation, but before the data is returned to you. Items that do not satisfy the `FilterExpression` criteria are not returned.
    ///
    /// A `FilterExpression` does not allow key attributes. You cannot define a filter expression based on a partition key or a sort key.
    ///
    /// **Note:** A `FilterExpression` is applied after the items have already been read; the process of filtering does not consume any additional read capacity units.
    ///
    /// For more information, see [Filter Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.FilterExpression.html) in the *Amazon DynamoDB Developer Guide*.
    pub filter_expression: rt::Option<rt::String>,
    /// The name of an index to query. This index can be any local secondary index or global secondary index on the table. Note that if you use the `IndexName` parameter, you must also provide `TableName.`
    pub index_name: rt::Option<rt::String>,
    /// The condition that specifies the key values for items to be retrieved by the `Query` action.
    ///
    /// The condition must perform an equality test on a single partition key value.
    ///
    /// The condition can optionally perform one of several comparison tests on a single sort key value. This allows `Query` to retrieve one item with a given partition key value and sort key value, or several items that have the same partition key value but different sort key values.
    ///
    /// The partition key equality test is required, and must be specified in the following format:
    ///
    /// `partitionKeyName` *=* `:partitionkeyval`
    ///
    /// If you also want to provide a condition for the sort key, it must be combined using `AND` with the condition for the sort key. Following is an example, using the **=** comparison operator for the sort key:
    ///
    /// `partitionKeyName` `=` `:partitionkeyval` `AND` `sortKeyName` `=` `:sortkeyval`
    ///
    /// Valid comparisons for the sort key condition are as follows:
    ///
    /// - `sortKeyName` `=` `:sortkeyval` - true if the sort key value is equal to `:sortkeyval`.
    /// - `sortKeyName` `<` `:sortkeyval` - true if the sort key value is less than `:sortkeyval`.
    /// - `sortKeyName` `<=` `:sortkeyval` - true if the sort key value is less than or equal to `:sortkeyval`.
    /// - `sortKeyName` `>` `:sortkeyval` - true if the sort key value is greater than `:sortkeyval`.
    /// - `sortKeyName` `>=` `:sortkeyval` - true if the sort key value is greater than or equal to `:sortkeyval`.
    /// - `sortKeyName` `BETWEEN` `:sortkeyval1` `AND` `:sortkeyval2` - true if the sort key value is greater than or equal to `:sortkeyval1`, and less than or equal to `:sortkeyval2`.
    /// - `begins_with (` `sortKeyName`, `:sortkeyval` `)` - true if the sort key value begins with a particular operand. (You cannot use this function with a sort key that is of type Number.) Note that the function name `begins_with` is case-sensitive.
    ///
    /// Use the `ExpressionAttributeValues` parameter to replace tokens such as `:partitionval` and `:sortval` with actual values at runtime.
    ///
    /// You can optionally use the `ExpressionAttributeNames` parameter to replace the names of the partition key and sort key with placeholder tokens. This option might be necessary if an attribute name conflicts with a DynamoDB reserved word. For example, the following `KeyConditionExpression` parameter causes an error because *Size* is a reserved word:
    ///
    /// - `Size = :myval`
    ///
    /// To work around this, define a placeholder (such a `#S`) to represent the attribute name *Size*. `KeyConditionExpression` then is as follows:
    ///
    /// - `#S = :myval`
    ///
    /// For a list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// For more information on `ExpressionAttributeNames` and `ExpressionAttributeValues`, see [Using Placeholders for Attribute Names and Values](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ExpressionPlaceholders.html) in the *Amazon DynamoDB Developer Guide*.
    pub key_condition_expression: rt::Option<rt::String>,
    /// This is a legacy parameter. Use `KeyConditionExpression` instead. For more information, see [KeyConditions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.KeyConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub key_conditions: rt::Option<rt::BTreeMap<rt::String, Condition>>,
    /// The maximum number of items to evaluate (not necessarily the number of matching items). If DynamoDB processes the number of items up to the limit while processing the results, it stops the operation and returns the matching values up to that point, and a key in `LastEvaluatedKey` to apply in a subsequent operation, so that you can pick up where you left off. Also, if the processed dataset size exceeds 1 MB before DynamoDB reaches this limit, it stops the operation and returns the matching values up to the limit, and a key in `LastEvaluatedKey` to apply in a subsequent operation to continue the operation. For more information, see [Query and Scan](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/QueryAndScan.html) in the *Amazon DynamoDB Developer Guide*.
    pub limit: rt::Option<i32>,
    /// A string that identifies one or more attributes to retrieve from the table. These attributes can include scalars, sets, or elements of a JSON document. The attributes in the expression must be separated by commas.
    ///
    /// If no attribute names are specified, then all attributes will be returned. If any of the requested attributes are not found, they will not appear in the result.
    ///
    /// For more information, see [Accessing Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub projection_expression: rt::Option<rt::String>,
    /// This is a legacy parameter. Use `FilterExpression` instead. For more information, see [QueryFilter](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.QueryFilter.html) in the *Amazon DynamoDB Developer Guide*.
    pub query_filter: rt::Option<rt::BTreeMap<rt::String, Condition>>,
    pub return_consumed_capacity: rt::Option<ReturnConsumedCapacity>,
    /// Specifies the order for index traversal: If `true` (default), the traversal is performed in ascending order; if `false`, the traversal is performed in descending order.
    ///
    /// Items with the same partition key value are stored in sorted order by sort key. If the sort key data type is Number, the results are stored in numeric order. For type String, the results are stored in order of UTF-8 bytes. For type Binary, DynamoDB treats each byte of the binary data as unsigned.
    ///
    /// If `ScanIndexForward` is `true`, DynamoDB returns the results in the order in which they are stored (by sort key value). This is the default behavior. If `ScanIndexForward` is `false`, DynamoDB reads the results in reverse order by sort key value, and then returns the results to the client.
    pub scan_index_forward: rt::Option<bool>,
    /// The attributes to be returned in the result. You can retrieve all item attributes, specific item attributes, the count of matching items, or in the case of an index, some or all of the attributes projected into the index.
    ///
    /// - `ALL_ATTRIBUTES` - Returns all of the item attributes from the specified table or index. If you query a local secondary index, then for each matching item in the index, DynamoDB fetches the entire item from the parent table. If the index is configured to project all item attributes, then all of the data can be obtained from the local secondary index, and no fetching is required.
    /// - `ALL_PROJECTED_ATTRIBUTES` - Allowed only when querying an index. Retrieves all attributes that have been projected into the index. If the index is configured to project all attributes, this return value is equivalent to specifying `ALL_ATTRIBUTES`.
    /// - `COUNT` - Returns the number of matching items, rather than the matching items themselves. Note that this uses the same quantity of read capacity units as getting the items, and is subject to the same item size calculations.
    /// - `SPECIFIC_ATTRIBUTES` - Returns only the attributes listed in `ProjectionExpression`. This return value is equivalent to specifying `ProjectionExpression` without specifying any value for `Select`. If you query or scan a local secondary index and request only attributes that are projected into that index, the operation will read only the index and not the table. If any of the requested attributes are not projected into the local secondary index, DynamoDB fetches each of these attributes from the parent table. This extra fetching incurs additional throughput cost and latency. If you query or scan a global secondary index, you can only request attributes that are projected into the index. Global secondary index queries cannot fetch attributes from the parent table.
    ///
    /// If neither `Select` nor `ProjectionExpression` are specified, DynamoDB defaults to `ALL_ATTRIBUTES` when accessing a table, and `ALL_PROJECTED_ATTRIBUTES` when accessing an index. You cannot use both `Select` and `ProjectionExpression` together in a single request, unless the value for `Select` is `SPECIFIC_ATTRIBUTES`. (This usage is equivalent to specifying `ProjectionExpression` without any value for `Select`.)
    ///
    /// **Note:** If you use the `ProjectionExpression` parameter, then the value for `Select` can only be `SPECIFIC_ATTRIBUTES`. Any other value for `Select` will return an error.
    pub select: rt::Option<Select>,
    /// The name of the table containing the requested items. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: rt::String,
}
impl QueryInput {
    /// A builder for this structure.
    pub fn builder() -> QueryInputBuilder {
        QueryInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl QueryInput {
    /// [`attributes_to_get`](Self::attributes_to_get), empty when unset.
    pub fn attributes_to_get(&self) -> &[rt::String] {
        self.attributes_to_get.as_deref().unwrap_or_default()
    }
    /// [`conditional_operator`](Self::conditional_operator).
    pub fn conditional_operator(&self) -> rt::Option<&ConditionalOperator> {
        self.conditional_operator.as_ref()
    }
    /// [`consistent_read`](Self::consistent_read).
    pub fn consistent_read(&self) -> rt::Option<bool> {
        self.consistent_read
    }
    /// [`exclusive_start_key`](Self::exclusive_start_key).
    pub fn exclusive_start_key(&self) -> rt::Option<&rt::BTreeMap<rt::String, AttributeValue>> {
        self.exclusive_start_key.as_ref()
    }
    /// [`expression_attribute_names`](Self::expression_attribute_names).
    pub fn expression_attribute_names(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.expression_attribute_names.as_ref()
    }
    /// [`expression_attribute_values`](Self::expression_attribute_values).
    pub fn expression_attribute_values(
        &self,
    ) -> rt::Option<&rt::BTreeMap<rt::String, AttributeValue>> {
        self.expression_attribute_values.as_ref()
    }
    /// [`filter_expression`](Self::filter_expression).
    pub fn filter_expression(&self) -> rt::Option<&str> {
        self.filter_expression.as_deref()
    }
    /// [`index_name`](Self::index_name).
    pub fn index_name(&self) -> rt::Option<&str> {
        self.index_name.as_deref()
    }
    /// [`key_condition_expression`](Self::key_condition_expression).
    pub fn key_condition_expression(&self) -> rt::Option<&str> {
        self.key_condition_expression.as_deref()
    }
    /// [`key_conditions`](Self::key_conditions).
    pub fn key_conditions(&self) -> rt::Option<&rt::BTreeMap<rt::String, Condition>> {
        self.key_conditions.as_ref()
    }
    /// [`limit`](Self::limit).
    pub fn limit(&self) -> rt::Option<i32> {
        self.limit
    }
    /// [`projection_expression`](Self::projection_expression).
    pub fn projection_expression(&self) -> rt::Option<&str> {
        self.projection_expression.as_deref()
    }
    /// [`query_filter`](Self::query_filter).
    pub fn query_filter(&self) -> rt::Option<&rt::BTreeMap<rt::String, Condition>> {
        self.query_filter.as_ref()
    }
    /// [`return_consumed_capacity`](Self::return_consumed_capacity).
    pub fn return_consumed_capacity(&self) -> rt::Option<&ReturnConsumedCapacity> {
        self.return_consumed_capacity.as_ref()
    }
    /// [`scan_index_forward`](Self::scan_index_forward).
    pub fn scan_index_forward(&self) -> rt::Option<bool> {
        self.scan_index_forward
    }
    /// [`select`](Self::select).
    pub fn select(&self) -> rt::Option<&Select> {
        self.select.as_ref()
    }
    /// [`table_name`](Self::table_name).
    pub fn table_name(&self) -> &str {
        &self.table_name
    }
}
/// Builds a [`QueryInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QueryInputBuilder {
    /// [`QueryInput::attributes_to_get`](QueryInput::attributes_to_get), if set.
    pub attributes_to_get: rt::Option<rt::Vec<rt::String>>,
    /// [`QueryInput::conditional_operator`](QueryInput::conditional_operator), if set.
    pub conditional_operator: rt::Option<ConditionalOperator>,
    /// [`QueryInput::consistent_read`](QueryInput::consistent_read), if set.
    pub consistent_read: rt::Option<bool>,
    /// [`QueryInput::exclusive_start_key`](QueryInput::exclusive_start_key), if set.
    pub exclusive_start_key: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// [`QueryInput::expression_attribute_names`](QueryInput::expression_attribute_names), if set.
    pub expression_attribute_names: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`QueryInput::expression_attribute_values`](QueryInput::expression_attribute_values), if set.
    pub expression_attribute_values: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// [`QueryInput::filter_expression`](QueryInput::filter_expression), if set.
    pub filter_expression: rt::Option<rt::String>,
    /// [`QueryInput::index_name`](QueryInput::index_name), if set.
    pub index_name: rt::Option<rt::String>,
    /// [`QueryInput::key_condition_expression`](QueryInput::key_condition_expression), if set.
    pub key_condition_expression: rt::Option<rt::String>,
    /// [`QueryInput::key_conditions`](QueryInput::key_conditions), if set.
    pub key_conditions: rt::Option<rt::BTreeMap<rt::String, Condition>>,
    /// [`QueryInput::limit`](QueryInput::limit), if set.
    pub limit: rt::Option<i32>,
    /// [`QueryInput::projection_expression`](QueryInput::projection_expression), if set.
    pub projection_expression: rt::Option<rt::String>,
    /// [`QueryInput::query_filter`](QueryInput::query_filter), if set.
    pub query_filter: rt::Option<rt::BTreeMap<rt::String, Condition>>,
    /// [`QueryInput::return_consumed_capacity`](QueryInput::return_consumed_capacity), if set.
    pub return_consumed_capacity: rt::Option<ReturnConsumedCapacity>,
    /// [`QueryInput::scan_index_forward`](QueryInput::scan_index_forward), if set.
    pub scan_index_forward: rt::Option<bool>,
    /// [`QueryInput::select`](QueryInput::select), if set.
    pub select: rt::Option<Select>,
    /// [`QueryInput::table_name`](QueryInput::table_name), if set.
    pub table_name: rt::Option<rt::String>,
}
impl QueryInputBuilder {
    /// Appends one element to [`QueryInput::attributes_to_get`](QueryInput::attributes_to_get).
    pub fn attributes_to_get(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.attributes_to_get
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`QueryInput::attributes_to_get`](QueryInput::attributes_to_get).
    pub fn set_attributes_to_get(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.attributes_to_get = value;
        self
    }
    /// Sets [`QueryInput::conditional_operator`](QueryInput::conditional_operator).
    pub fn conditional_operator(mut self, value: impl rt::Into<ConditionalOperator>) -> Self {
        self.conditional_operator = Some(value.into());
        self
    }
    /// Sets or clears [`QueryInput::conditional_operator`](QueryInput::conditional_operator).
    pub fn set_conditional_operator(mut self, value: rt::Option<ConditionalOperator>) -> Self {
        self.conditional_operator = value;
        self
    }
    /// Sets [`QueryInput::consistent_read`](QueryInput::consistent_read).
    pub fn consistent_read(mut self, value: impl rt::Into<bool>) -> Self {
        self.consistent_read = Some(value.into());
        self
    }
    /// Sets or clears [`QueryInput::consistent_read`](QueryInput::consistent_read).
    pub fn set_consistent_read(mut self, value: rt::Option<bool>) -> Self {
        self.consistent_read = value;
        self
    }
    /// Inserts one entry into [`QueryInput::exclusive_start_key`](QueryInput::exclusive_start_key).
    pub fn exclusive_start_key(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValue>,
    ) -> Self {
        self.exclusive_start_key
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`QueryInput::exclusive_start_key`](QueryInput::exclusive_start_key).
    pub fn set_exclusive_start_key(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    ) -> Self {
        self.exclusive_start_key = value;
        self
    }
    /// Inserts one entry into [`QueryInput::expression_attribute_names`](QueryInput::expression_attribute_names).
    pub fn expression_attribute_names(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.expression_attribute_names
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`QueryInput::expression_attribute_names`](QueryInput::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.expression_attribute_names = value;
        self
    }
    /// Inserts one entry into [`QueryInput::expression_attribute_values`](QueryInput::expression_attribute_values).
    pub fn expression_attribute_values(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValue>,
    ) -> Self {
        self.expression_attribute_values
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`QueryInput::expression_attribute_values`](QueryInput::expression_attribute_values).
    pub fn set_expression_attribute_values(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    ) -> Self {
        self.expression_attribute_values = value;
        self
    }
    /// Sets [`QueryInput::filter_expression`](QueryInput::filter_expression).
    pub fn filter_expression(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.filter_expression = Some(value.into());
        self
    }
    /// Sets or clears [`QueryInput::filter_expression`](QueryInput::filter_expression).
    pub fn set_filter_expression(mut self, value: rt::Option<rt::String>) -> Self {
        self.filter_expression = value;
        self
    }
    /// Sets [`QueryInput::index_name`](QueryInput::index_name).
    pub fn index_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.index_name = Some(value.into());
        self
    }
    /// Sets or clears [`QueryInput::index_name`](QueryInput::index_name).
    pub fn set_index_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.index_name = value;
        self
    }
    /// Sets [`QueryInput::key_condition_expression`](QueryInput::key_condition_expression).
    pub fn key_condition_expression(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key_condition_expression = Some(value.into());
        self
    }
    /// Sets or clears [`QueryInput::key_condition_expression`](QueryInput::key_condition_expression).
    pub fn set_key_condition_expression(mut self, value: rt::Option<rt::String>) -> Self {
        self.key_condition_expression = value;
        self
    }
    /// Inserts one entry into [`QueryInput::key_conditions`](QueryInput::key_conditions).
    pub fn key_conditions(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<Condition>,
    ) -> Self {
        self.key_conditions
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`QueryInput::key_conditions`](QueryInput::key_conditions).
    pub fn set_key_conditions(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, Condition>>,
    ) -> Self {
        self.key_conditions = value;
        self
    }
    /// Sets [`QueryInput::limit`](QueryInput::limit).
    pub fn limit(mut self, value: impl rt::Into<i32>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets or clears [`QueryInput::limit`](QueryInput::limit).
    pub fn set_limit(mut self, value: rt::Option<i32>) -> Self {
        self.limit = value;
        self
    }
    /// Sets [`QueryInput::projection_expression`](QueryInput::projection_expression).
    pub fn projection_expression(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.projection_expression = Some(value.into());
        self
    }
    /// Sets or clears [`QueryInput::projection_expression`](QueryInput::projection_expression).
    pub fn set_projection_expression(mut self, value: rt::Option<rt::String>) -> Self {
        self.projection_expression = value;
        self
    }
    /// Inserts one entry into [`QueryInput::query_filter`](QueryInput::query_filter).
    pub fn query_filter(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<Condition>,
    ) -> Self {
        self.query_filter
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`QueryInput::query_filter`](QueryInput::query_filter).
    pub fn set_query_filter(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, Condition>>,
    ) -> Self {
        self.query_filter = value;
        self
    }
    /// Sets [`QueryInput::return_consumed_capacity`](QueryInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        value: impl rt::Into<ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = Some(value.into());
        self
    }
    /// Sets or clears [`QueryInput::return_consumed_capacity`](QueryInput::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        value: rt::Option<ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = value;
        self
    }
    /// Sets [`QueryInput::scan_index_forward`](QueryInput::scan_index_forward).
    pub fn scan_index_forward(mut self, value: impl rt::Into<bool>) -> Self {
        self.scan_index_forward = Some(value.into());
        self
    }
    /// Sets or clears [`QueryInput::scan_index_forward`](QueryInput::scan_index_forward).
    pub fn set_scan_index_forward(mut self, value: rt::Option<bool>) -> Self {
        self.scan_index_forward = value;
        self
    }
    /// Sets [`QueryInput::select`](QueryInput::select).
    pub fn select(mut self, value: impl rt::Into<Select>) -> Self {
        self.select = Some(value.into());
        self
    }
    /// Sets or clears [`QueryInput::select`](QueryInput::select).
    pub fn set_select(mut self, value: rt::Option<Select>) -> Self {
        self.select = value;
        self
    }
    /// Sets [`QueryInput::table_name`](QueryInput::table_name).
    pub fn table_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.table_name = Some(value.into());
        self
    }
    /// Sets or clears [`QueryInput::table_name`](QueryInput::table_name).
    pub fn set_table_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.table_name = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<QueryInput, rt::BuildError> {
        Ok(QueryInput {
            attributes_to_get: self.attributes_to_get,
            conditional_operator: self.conditional_operator,
            consistent_read: self.consistent_read,
            exclusive_start_key: self.exclusive_start_key,
            expression_attribute_names: self.expression_attribute_names,
            expression_attribute_values: self.expression_attribute_values,
            filter_expression: self.filter_expression,
            index_name: self.index_name,
            key_condition_expression: self.key_condition_expression,
            key_conditions: self.key_conditions,
            limit: self.limit,
            projection_expression: self.projection_expression,
            query_filter: self.query_filter,
            return_consumed_capacity: self.return_consumed_capacity,
            scan_index_forward: self.scan_index_forward,
            select: self.select,
            table_name: self.table_name.ok_or(rt::BuildError {
                shape: "QueryInput",
                member: "TableName",
            })?,
        })
    }
}
/// Represents the output of a `Query` operation.
#[derive(Clone, Debug, PartialEq)]
pub struct QueryOutput {
    /// The capacity units consumed by the `Query` operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unit consumption for read operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#read-operation-consumption) in the *Amazon DynamoDB Developer Guide*.
    pub consumed_capacity: rt::Option<ConsumedCapacity>,
    /// The number of items in the response.
    ///
    /// If you used a `QueryFilter` in the request, then `Count` is the number of items returned after the filter was applied, and `ScannedCount` is the number of matching items before the filter was applied.
    ///
    /// If you did not use a filter in the request, then `Count` and `ScannedCount` are the same.
    pub count: i32,
    /// An array of item attributes that match the query criteria. Each element in this array consists of an attribute name and the value for that attribute.
    pub items: rt::Option<rt::Vec<rt::BTreeMap<rt::String, AttributeValue>>>,
    /// The primary key of the item where the operation stopped, inclusive of the previous result set. Use this value to start a new operation, excluding this value in the new request.
    ///
    /// If `LastEvaluatedKey` is empty, then the "last page" of results has been processed and there is no more data to be retrieved.
    ///
    /// If `LastEvaluatedKey` is not empty, it does not necessarily mean that there is more data in the result set. The only way to know when you have reached the end of the result set is when `LastEvaluatedKey` is empty.
    pub last_evaluated_key: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// The number of items evaluated, before any `QueryFilter` is applied. A high `ScannedCount` value with few, or no, `Count` results indicates an inefficient `Query` operation. For more information, see [Count and ScannedCount](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.Count) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If you did not use a filter in the request, then `ScannedCount` is the same as `Count`.
    pub scanned_count: i32,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for QueryOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for QueryOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl QueryOutput {
    /// A builder for this structure.
    pub fn builder() -> QueryOutputBuilder {
        QueryOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl QueryOutput {
    /// [`consumed_capacity`](Self::consumed_capacity).
    pub fn consumed_capacity(&self) -> rt::Option<&ConsumedCapacity> {
        self.consumed_capacity.as_ref()
    }
    /// [`count`](Self::count).
    pub fn count(&self) -> i32 {
        self.count
    }
    /// [`items`](Self::items), empty when unset.
    pub fn items(&self) -> &[rt::BTreeMap<rt::String, AttributeValue>] {
        self.items.as_deref().unwrap_or_default()
    }
    /// [`last_evaluated_key`](Self::last_evaluated_key).
    pub fn last_evaluated_key(&self) -> rt::Option<&rt::BTreeMap<rt::String, AttributeValue>> {
        self.last_evaluated_key.as_ref()
    }
    /// [`scanned_count`](Self::scanned_count).
    pub fn scanned_count(&self) -> i32 {
        self.scanned_count
    }
}
/// Builds a [`QueryOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QueryOutputBuilder {
    /// [`QueryOutput::consumed_capacity`](QueryOutput::consumed_capacity), if set.
    pub consumed_capacity: rt::Option<ConsumedCapacity>,
    /// [`QueryOutput::count`](QueryOutput::count), if set.
    pub count: rt::Option<i32>,
    /// [`QueryOutput::items`](QueryOutput::items), if set.
    pub items: rt::Option<rt::Vec<rt::BTreeMap<rt::String, AttributeValue>>>,
    /// [`QueryOutput::last_evaluated_key`](QueryOutput::last_evaluated_key), if set.
    pub last_evaluated_key: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// [`QueryOutput::scanned_count`](QueryOutput::scanned_count), if set.
    pub scanned_count: rt::Option<i32>,
}
impl QueryOutputBuilder {
    /// Sets [`QueryOutput::consumed_capacity`](QueryOutput::consumed_capacity).
    pub fn consumed_capacity(mut self, value: impl rt::Into<ConsumedCapacity>) -> Self {
        self.consumed_capacity = Some(value.into());
        self
    }
    /// Sets or clears [`QueryOutput::consumed_capacity`](QueryOutput::consumed_capacity).
    pub fn set_consumed_capacity(mut self, value: rt::Option<ConsumedCapacity>) -> Self {
        self.consumed_capacity = value;
        self
    }
    /// Sets [`QueryOutput::count`](QueryOutput::count).
    pub fn count(mut self, value: impl rt::Into<i32>) -> Self {
        self.count = Some(value.into());
        self
    }
    /// Sets or clears [`QueryOutput::count`](QueryOutput::count).
    pub fn set_count(mut self, value: rt::Option<i32>) -> Self {
        self.count = value;
        self
    }
    /// Appends one element to [`QueryOutput::items`](QueryOutput::items).
    pub fn items(mut self, value: impl rt::Into<rt::BTreeMap<rt::String, AttributeValue>>) -> Self {
        self.items
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`QueryOutput::items`](QueryOutput::items).
    pub fn set_items(
        mut self,
        value: rt::Option<rt::Vec<rt::BTreeMap<rt::String, AttributeValue>>>,
    ) -> Self {
        self.items = value;
        self
    }
    /// Inserts one entry into [`QueryOutput::last_evaluated_key`](QueryOutput::last_evaluated_key).
    pub fn last_evaluated_key(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValue>,
    ) -> Self {
        self.last_evaluated_key
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`QueryOutput::last_evaluated_key`](QueryOutput::last_evaluated_key).
    pub fn set_last_evaluated_key(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    ) -> Self {
        self.last_evaluated_key = value;
        self
    }
    /// Sets [`QueryOutput::scanned_count`](QueryOutput::scanned_count).
    pub fn scanned_count(mut self, value: impl rt::Into<i32>) -> Self {
        self.scanned_count = Some(value.into());
        self
    }
    /// Sets or clears [`QueryOutput::scanned_count`](QueryOutput::scanned_count).
    pub fn set_scanned_count(mut self, value: rt::Option<i32>) -> Self {
        self.scanned_count = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> QueryOutput {
        QueryOutput {
            consumed_capacity: self.consumed_capacity,
            count: self.count.unwrap_or_default(),
            items: self.items,
            last_evaluated_key: self.last_evaluated_key,
            scanned_count: self.scanned_count.unwrap_or_default(),
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Contains the details of the replica.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplicaDescription {
    /// Replica-specific global secondary index settings.
    pub global_secondary_indexes: rt::Option<rt::Vec<ReplicaGlobalSecondaryIndexDescription>>,
    /// The KMS key of the replica that will be used for KMS encryption.
    pub kms_master_key_id: rt::Option<rt::String>,
    /// Overrides the maximum on-demand throughput settings for the specified replica table.
    pub on_demand_throughput_override: rt::Option<OnDemandThroughputOverride>,
    /// Replica-specific provisioned throughput. If not described, uses the source table's provisioned throughput settings.
    pub provisioned_throughput_override: rt::Option<ProvisionedThroughputOverride>,
    /// The name of the Region.
    pub region_name: rt::Option<rt::String>,
    /// The time at which the replica was first detected as inaccessible. To determine cause of inaccessibility check the `ReplicaStatus` property.
    pub replica_inaccessible_date_time: rt::Option<rt::DateTime>,
    /// The current state of the replica:
    ///
    /// - `CREATING` - The replica is being created.
    /// - `UPDATING` - The replica is being updated.
    /// - `DELETING` - The replica is being deleted.
    /// - `ACTIVE` - The replica is ready for use.
    /// - `REGION_DISABLED` - The replica is inaccessible because the Amazon Web Services Region has been disabled. **Note:** If the Amazon Web Services Region remains inaccessible for more than 20 hours, DynamoDB will remove this replica from the replication group. The replica will not be deleted and replication will stop from and to this region.
    /// - `INACCESSIBLE_ENCRYPTION_CREDENTIALS` - The KMS key used to encrypt the table is inaccessible. **Note:** If the KMS key remains inaccessible for more than 20 hours, DynamoDB will remove this replica from the replication group. The replica will not be deleted and replication will stop from and to this region.
    pub replica_status: rt::Option<ReplicaStatus>,
    /// Detailed information about the replica status.
    pub replica_status_description: rt::Option<rt::String>,
    /// Specifies the progress of a Create, Update, or Delete action on the replica as a percentage.
    pub replica_status_percent_progress: rt::Option<rt::String>,
    pub replica_table_class_summary: rt::Option<TableClassSummary>,
    /// Represents the warm throughput value for this replica.
    pub warm_throughput: rt::Option<TableWarmThroughputDescription>,
}
impl ReplicaDescription {
    /// A builder for this structure.
    pub fn builder() -> ReplicaDescriptionBuilder {
        ReplicaDescriptionBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ReplicaDescription {
    /// [`global_secondary_indexes`](Self::global_secondary_indexes), empty when unset.
    pub fn global_secondary_indexes(&self) -> &[ReplicaGlobalSecondaryIndexDescription] {
        self.global_secondary_indexes.as_deref().unwrap_or_default()
    }
    /// [`kms_master_key_id`](Self::kms_master_key_id).
    pub fn kms_master_key_id(&self) -> rt::Option<&str> {
        self.kms_master_key_id.as_deref()
    }
    /// [`on_demand_throughput_override`](Self::on_demand_throughput_override).
    pub fn on_demand_throughput_override(&self) -> rt::Option<&OnDemandThroughputOverride> {
        self.on_demand_throughput_override.as_ref()
    }
    /// [`provisioned_throughput_override`](Self::provisioned_throughput_override).
    pub fn provisioned_throughput_override(&self) -> rt::Option<&ProvisionedThroughputOverride> {
        self.provisioned_throughput_override.as_ref()
    }
    /// [`region_name`](Self::region_name).
    pub fn region_name(&self) -> rt::Option<&str> {
        self.region_name.as_deref()
    }
    /// [`replica_inaccessible_date_time`](Self::replica_inaccessible_date_time).
    pub fn replica_inaccessible_date_time(&self) -> rt::Option<&rt::DateTime> {
        self.replica_inaccessible_date_time.as_ref()
    }
    /// [`replica_status`](Self::replica_status).
    pub fn replica_status(&self) -> rt::Option<&ReplicaStatus> {
        self.replica_status.as_ref()
    }
    /// [`replica_status_description`](Self::replica_status_description).
    pub fn replica_status_description(&self) -> rt::Option<&str> {
        self.replica_status_description.as_deref()
    }
    /// [`replica_status_percent_progress`](Self::replica_status_percent_progress).
    pub fn replica_status_percent_progress(&self) -> rt::Option<&str> {
        self.replica_status_percent_progress.as_deref()
    }
    /// [`replica_table_class_summary`](Self::replica_table_class_summary).
    pub fn replica_table_class_summary(&self) -> rt::Option<&TableClassSummary> {
        self.replica_table_class_summary.as_ref()
    }
    /// [`warm_throughput`](Self::warm_throughput).
    pub fn warm_throughput(&self) -> rt::Option<&TableWarmThroughputDescription> {
        self.warm_throughput.as_ref()
    }
}
/// Builds a [`ReplicaDescription`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReplicaDescriptionBuilder {
    /// [`ReplicaDescription::global_secondary_indexes`](ReplicaDescription::global_secondary_indexes), if set.
    pub global_secondary_indexes: rt::Option<rt::Vec<ReplicaGlobalSecondaryIndexDescription>>,
    /// [`ReplicaDescription::kms_master_key_id`](ReplicaDescription::kms_master_key_id), if set.
    pub kms_master_key_id: rt::Option<rt::String>,
    /// [`ReplicaDescription::on_demand_throughput_override`](ReplicaDescription::on_demand_throughput_override), if set.
    pub on_demand_throughput_override: rt::Option<OnDemandThroughputOverride>,
    /// [`ReplicaDescription::provisioned_throughput_override`](ReplicaDescription::provisioned_throughput_override), if set.
    pub provisioned_throughput_override: rt::Option<ProvisionedThroughputOverride>,
    /// [`ReplicaDescription::region_name`](ReplicaDescription::region_name), if set.
    pub region_name: rt::Option<rt::String>,
    /// [`ReplicaDescription::replica_inaccessible_date_time`](ReplicaDescription::replica_inaccessible_date_time), if set.
    pub replica_inaccessible_date_time: rt::Option<rt::DateTime>,
    /// [`ReplicaDescription::replica_status`](ReplicaDescription::replica_status), if set.
    pub replica_status: rt::Option<ReplicaStatus>,
    /// [`ReplicaDescription::replica_status_description`](ReplicaDescription::replica_status_description), if set.
    pub replica_status_description: rt::Option<rt::String>,
    /// [`ReplicaDescription::replica_status_percent_progress`](ReplicaDescription::replica_status_percent_progress), if set.
    pub replica_status_percent_progress: rt::Option<rt::String>,
    /// [`ReplicaDescription::replica_table_class_summary`](ReplicaDescription::replica_table_class_summary), if set.
    pub replica_table_class_summary: rt::Option<TableClassSummary>,
    /// [`ReplicaDescription::warm_throughput`](ReplicaDescription::warm_throughput), if set.
    pub warm_throughput: rt::Option<TableWarmThroughputDescription>,
}
impl ReplicaDescriptionBuilder {
    /// Appends one element to [`ReplicaDescription::global_secondary_indexes`](ReplicaDescription::global_secondary_indexes).
    pub fn global_secondary_indexes(
        mut self,
        value: impl rt::Into<ReplicaGlobalSecondaryIndexDescription>,
    ) -> Self {
        self.global_secondary_indexes
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ReplicaDescription::global_secondary_indexes`](ReplicaDescription::global_secondary_indexes).
    pub fn set_global_secondary_indexes(
        mut self,
        value: rt::Option<rt::Vec<ReplicaGlobalSecondaryIndexDescription>>,
    ) -> Self {
        self.global_secondary_indexes = value;
        self
    }
    /// Sets [`ReplicaDescription::kms_master_key_id`](ReplicaDescription::kms_master_key_id).
    pub fn kms_master_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.kms_master_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicaDescription::kms_master_key_id`](ReplicaDescription::kms_master_key_id).
    pub fn set_kms_master_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.kms_master_key_id = value;
        self
    }
    /// Sets [`ReplicaDescription::on_demand_throughput_override`](ReplicaDescription::on_demand_throughput_override).
    pub fn on_demand_throughput_override(
        mut self,
        value: impl rt::Into<OnDemandThroughputOverride>,
    ) -> Self {
        self.on_demand_throughput_override = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicaDescription::on_demand_throughput_override`](ReplicaDescription::on_demand_throughput_override).
    pub fn set_on_demand_throughput_override(
        mut self,
        value: rt::Option<OnDemandThroughputOverride>,
    ) -> Self {
        self.on_demand_throughput_override = value;
        self
    }
    /// Sets [`ReplicaDescription::provisioned_throughput_override`](ReplicaDescription::provisioned_throughput_override).
    pub fn provisioned_throughput_override(
        mut self,
        value: impl rt::Into<ProvisionedThroughputOverride>,
    ) -> Self {
        self.provisioned_throughput_override = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicaDescription::provisioned_throughput_override`](ReplicaDescription::provisioned_throughput_override).
    pub fn set_provisioned_throughput_override(
        mut self,
        value: rt::Option<ProvisionedThroughputOverride>,
    ) -> Self {
        self.provisioned_throughput_override = value;
        self
    }
    /// Sets [`ReplicaDescription::region_name`](ReplicaDescription::region_name).
    pub fn region_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.region_name = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicaDescription::region_name`](ReplicaDescription::region_name).
    pub fn set_region_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.region_name = value;
        self
    }
    /// Sets [`ReplicaDescription::replica_inaccessible_date_time`](ReplicaDescription::replica_inaccessible_date_time).
    pub fn replica_inaccessible_date_time(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.replica_inaccessible_date_time = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicaDescription::replica_inaccessible_date_time`](ReplicaDescription::replica_inaccessible_date_time).
    pub fn set_replica_inaccessible_date_time(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.replica_inaccessible_date_time = value;
        self
    }
    /// Sets [`ReplicaDescription::replica_status`](ReplicaDescription::replica_status).
    pub fn replica_status(mut self, value: impl rt::Into<ReplicaStatus>) -> Self {
        self.replica_status = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicaDescription::replica_status`](ReplicaDescription::replica_status).
    pub fn set_replica_status(mut self, value: rt::Option<ReplicaStatus>) -> Self {
        self.replica_status = value;
        self
    }
    /// Sets [`ReplicaDescription::replica_status_description`](ReplicaDescription::replica_status_description).
    pub fn replica_status_description(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.replica_status_description = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicaDescription::replica_status_description`](ReplicaDescription::replica_status_description).
    pub fn set_replica_status_description(mut self, value: rt::Option<rt::String>) -> Self {
        self.replica_status_description = value;
        self
    }
    /// Sets [`ReplicaDescription::replica_status_percent_progress`](ReplicaDescription::replica_status_percent_progress).
    pub fn replica_status_percent_progress(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.replica_status_percent_progress = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicaDescription::replica_status_percent_progress`](ReplicaDescription::replica_status_percent_progress).
    pub fn set_replica_status_percent_progress(mut self, value: rt::Option<rt::String>) -> Self {
        self.replica_status_percent_progress = value;
        self
    }
    /// Sets [`ReplicaDescription::replica_table_class_summary`](ReplicaDescription::replica_table_class_summary).
    pub fn replica_table_class_summary(mut self, value: impl rt::Into<TableClassSummary>) -> Self {
        self.replica_table_class_summary = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicaDescription::replica_table_class_summary`](ReplicaDescription::replica_table_class_summary).
    pub fn set_replica_table_class_summary(mut self, value: rt::Option<TableClassSummary>) -> Self {
        self.replica_table_class_summary = value;
        self
    }
    /// Sets [`ReplicaDescription::warm_throughput`](ReplicaDescription::warm_throughput).
    pub fn warm_throughput(mut self, value: impl rt::Into<TableWarmThroughputDescription>) -> Self {
        self.warm_throughput = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicaDescription::warm_throughput`](ReplicaDescription::warm_throughput).
    pub fn set_warm_throughput(
        mut self,
        value: rt::Option<TableWarmThroughputDescription>,
    ) -> Self {
        self.warm_throughput = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ReplicaDescription {
        ReplicaDescription {
            global_secondary_indexes: self.global_secondary_indexes,
            kms_master_key_id: self.kms_master_key_id,
            on_demand_throughput_override: self.on_demand_throughput_override,
            provisioned_throughput_override: self.provisioned_throughput_override,
            region_name: self.region_name,
            replica_inaccessible_date_time: self.replica_inaccessible_date_time,
            replica_status: self.replica_status,
            replica_status_description: self.replica_status_description,
            replica_status_percent_progress: self.replica_status_percent_progress,
            replica_table_class_summary: self.replica_table_class_summary,
            warm_throughput: self.warm_throughput,
        }
    }
}
/// Represents the properties of a replica global secondary index.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplicaGlobalSecondaryIndexDescription {
    /// The name of the global secondary index.
    pub index_name: rt::Option<rt::String>,
    /// Overrides the maximum on-demand throughput for the specified global secondary index in the specified replica table.
    pub on_demand_throughput_override: rt::Option<OnDemandThroughputOverride>,
    /// If not described, uses the source table GSI's read capacity settings.
    pub provisioned_throughput_override: rt::Option<ProvisionedThroughputOverride>,
    /// Represents the warm throughput of the global secondary index for this replica.
    pub warm_throughput: rt::Option<GlobalSecondaryIndexWarmThroughputDescription>,
}
impl ReplicaGlobalSecondaryIndexDescription {
    /// A builder for this structure.
    pub fn builder() -> ReplicaGlobalSecondaryIndexDescriptionBuilder {
        ReplicaGlobalSecondaryIndexDescriptionBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ReplicaGlobalSecondaryIndexDescription {
    /// [`index_name`](Self::index_name).
    pub fn index_name(&self) -> rt::Option<&str> {
        self.index_name.as_deref()
    }
    /// [`on_demand_throughput_override`](Self::on_demand_throughput_override).
    pub fn on_demand_throughput_override(&self) -> rt::Option<&OnDemandThroughputOverride> {
        self.on_demand_throughput_override.as_ref()
    }
    /// [`provisioned_throughput_override`](Self::provisioned_throughput_override).
    pub fn provisioned_throughput_override(&self) -> rt::Option<&ProvisionedThroughputOverride> {
        self.provisioned_throughput_override.as_ref()
    }
    /// [`warm_throughput`](Self::warm_throughput).
    pub fn warm_throughput(&self) -> rt::Option<&GlobalSecondaryIndexWarmThroughputDescription> {
        self.warm_throughput.as_ref()
    }
}
/// Builds a [`ReplicaGlobalSecondaryIndexDescription`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReplicaGlobalSecondaryIndexDescriptionBuilder {
    /// [`ReplicaGlobalSecondaryIndexDescription::index_name`](ReplicaGlobalSecondaryIndexDescription::index_name), if set.
    pub index_name: rt::Option<rt::String>,
    /// [`ReplicaGlobalSecondaryIndexDescription::on_demand_throughput_override`](ReplicaGlobalSecondaryIndexDescription::on_demand_throughput_override), if set.
    pub on_demand_throughput_override: rt::Option<OnDemandThroughputOverride>,
    /// [`ReplicaGlobalSecondaryIndexDescription::provisioned_throughput_override`](ReplicaGlobalSecondaryIndexDescription::provisioned_throughput_override), if set.
    pub provisioned_throughput_override: rt::Option<ProvisionedThroughputOverride>,
    /// [`ReplicaGlobalSecondaryIndexDescription::warm_throughput`](ReplicaGlobalSecondaryIndexDescription::warm_throughput), if set.
    pub warm_throughput: rt::Option<GlobalSecondaryIndexWarmThroughputDescription>,
}
impl ReplicaGlobalSecondaryIndexDescriptionBuilder {
    /// Sets [`ReplicaGlobalSecondaryIndexDescription::index_name`](ReplicaGlobalSecondaryIndexDescription::index_name).
    pub fn index_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.index_name = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicaGlobalSecondaryIndexDescription::index_name`](ReplicaGlobalSecondaryIndexDescription::index_name).
    pub fn set_index_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.index_name = value;
        self
    }
    /// Sets [`ReplicaGlobalSecondaryIndexDescription::on_demand_throughput_override`](ReplicaGlobalSecondaryIndexDescription::on_demand_throughput_override).
    pub fn on_demand_throughput_override(
        mut self,
        value: impl rt::Into<OnDemandThroughputOverride>,
    ) -> Self {
        self.on_demand_throughput_override = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicaGlobalSecondaryIndexDescription::on_demand_throughput_override`](ReplicaGlobalSecondaryIndexDescription::on_demand_throughput_override).
    pub fn set_on_demand_throughput_override(
        mut self,
        value: rt::Option<OnDemandThroughputOverride>,
    ) -> Self {
        self.on_demand_throughput_override = value;
        self
    }
    /// Sets [`ReplicaGlobalSecondaryIndexDescription::provisioned_throughput_override`](ReplicaGlobalSecondaryIndexDescription::provisioned_throughput_override).
    pub fn provisioned_throughput_override(
        mut self,
        value: impl rt::Into<ProvisionedThroughputOverride>,
    ) -> Self {
        self.provisioned_throughput_override = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicaGlobalSecondaryIndexDescription::provisioned_throughput_override`](ReplicaGlobalSecondaryIndexDescription::provisioned_throughput_override).
    pub fn set_provisioned_throughput_override(
        mut self,
        value: rt::Option<ProvisionedThroughputOverride>,
    ) -> Self {
        self.provisioned_throughput_override = value;
        self
    }
    /// Sets [`ReplicaGlobalSecondaryIndexDescription::warm_throughput`](ReplicaGlobalSecondaryIndexDescription::warm_throughput).
    pub fn warm_throughput(
        mut self,
        value: impl rt::Into<GlobalSecondaryIndexWarmThroughputDescription>,
    ) -> Self {
        self.warm_throughput = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicaGlobalSecondaryIndexDescription::warm_throughput`](ReplicaGlobalSecondaryIndexDescription::warm_throughput).
    pub fn set_warm_throughput(
        mut self,
        value: rt::Option<GlobalSecondaryIndexWarmThroughputDescription>,
    ) -> Self {
        self.warm_throughput = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ReplicaGlobalSecondaryIndexDescription {
        ReplicaGlobalSecondaryIndexDescription {
            index_name: self.index_name,
            on_demand_throughput_override: self.on_demand_throughput_override,
            provisioned_throughput_override: self.provisioned_throughput_override,
            warm_throughput: self.warm_throughput,
        }
    }
}
/// Contains details for the restore.
#[derive(Clone, Debug, PartialEq)]
pub struct RestoreSummary {
    /// Point in time or source backup time.
    pub restore_date_time: rt::DateTime,
    /// Indicates if a restore is in progress or not.
    pub restore_in_progress: bool,
    /// The Amazon Resource Name (ARN) of the backup from which the table was restored.
    pub source_backup_arn: rt::Option<rt::String>,
    /// The ARN of the source table of the backup that is being restored.
    pub source_table_arn: rt::Option<rt::String>,
}
impl RestoreSummary {
    /// A builder for this structure.
    pub fn builder() -> RestoreSummaryBuilder {
        RestoreSummaryBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl RestoreSummary {
    /// [`restore_date_time`](Self::restore_date_time).
    pub fn restore_date_time(&self) -> &rt::DateTime {
        &self.restore_date_time
    }
    /// [`restore_in_progress`](Self::restore_in_progress).
    pub fn restore_in_progress(&self) -> bool {
        self.restore_in_progress
    }
    /// [`source_backup_arn`](Self::source_backup_arn).
    pub fn source_backup_arn(&self) -> rt::Option<&str> {
        self.source_backup_arn.as_deref()
    }
    /// [`source_table_arn`](Self::source_table_arn).
    pub fn source_table_arn(&self) -> rt::Option<&str> {
        self.source_table_arn.as_deref()
    }
}
/// Builds a [`RestoreSummary`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RestoreSummaryBuilder {
    /// [`RestoreSummary::restore_date_time`](RestoreSummary::restore_date_time), if set.
    pub restore_date_time: rt::Option<rt::DateTime>,
    /// [`RestoreSummary::restore_in_progress`](RestoreSummary::restore_in_progress), if set.
    pub restore_in_progress: rt::Option<bool>,
    /// [`RestoreSummary::source_backup_arn`](RestoreSummary::source_backup_arn), if set.
    pub source_backup_arn: rt::Option<rt::String>,
    /// [`RestoreSummary::source_table_arn`](RestoreSummary::source_table_arn), if set.
    pub source_table_arn: rt::Option<rt::String>,
}
impl RestoreSummaryBuilder {
    /// Sets [`RestoreSummary::restore_date_time`](RestoreSummary::restore_date_time).
    pub fn restore_date_time(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.restore_date_time = Some(value.into());
        self
    }
    /// Sets or clears [`RestoreSummary::restore_date_time`](RestoreSummary::restore_date_time).
    pub fn set_restore_date_time(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.restore_date_time = value;
        self
    }
    /// Sets [`RestoreSummary::restore_in_progress`](RestoreSummary::restore_in_progress).
    pub fn restore_in_progress(mut self, value: impl rt::Into<bool>) -> Self {
        self.restore_in_progress = Some(value.into());
        self
    }
    /// Sets or clears [`RestoreSummary::restore_in_progress`](RestoreSummary::restore_in_progress).
    pub fn set_restore_in_progress(mut self, value: rt::Option<bool>) -> Self {
        self.restore_in_progress = value;
        self
    }
    /// Sets [`RestoreSummary::source_backup_arn`](RestoreSummary::source_backup_arn).
    pub fn source_backup_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.source_backup_arn = Some(value.into());
        self
    }
    /// Sets or clears [`RestoreSummary::source_backup_arn`](RestoreSummary::source_backup_arn).
    pub fn set_source_backup_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.source_backup_arn = value;
        self
    }
    /// Sets [`RestoreSummary::source_table_arn`](RestoreSummary::source_table_arn).
    pub fn source_table_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.source_table_arn = Some(value.into());
        self
    }
    /// Sets or clears [`RestoreSummary::source_table_arn`](RestoreSummary::source_table_arn).
    pub fn set_source_table_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.source_table_arn = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<RestoreSummary, rt::BuildError> {
        Ok(RestoreSummary {
            restore_date_time: self.restore_date_time.ok_or(rt::BuildError {
                shape: "RestoreSummary",
                member: "RestoreDateTime",
            })?,
            restore_in_progress: self.restore_in_progress.ok_or(rt::BuildError {
                shape: "RestoreSummary",
                member: "RestoreInProgress",
            })?,
            source_backup_arn: self.source_backup_arn,
            source_table_arn: self.source_table_arn,
        })
    }
}
/// The description of the server-side encryption status on the specified table.
#[derive(Clone, Debug, PartialEq)]
pub struct SseDescription {
    /// Indicates the time, in UNIX epoch date format, when DynamoDB detected that the table's KMS key was inaccessible. This attribute will automatically be cleared when DynamoDB detects that the table's KMS key is accessible again. DynamoDB will initiate the table archival process when table's KMS key remains inaccessible for more than seven days from this date.
    pub inaccessible_encryption_date_time: rt::Option<rt::DateTime>,
    /// The KMS key ARN used for the KMS encryption.
    pub kms_master_key_arn: rt::Option<rt::String>,
    /// Server-side encryption type. The only supported value is:
    ///
    /// - `KMS` - Server-side encryption that uses Key Management Service. The key is stored in your account and is managed by KMS (KMS charges apply).
    pub sse_type: rt::Option<SseType>,
    /// Represents the current state of server-side encryption. The only supported values are:
    ///
    /// - `ENABLED` - Server-side encryption is enabled.
    /// - `UPDATING` - Server-side encryption is being updated.
    pub status: rt::Option<SseStatus>,
}
impl SseDescription {
    /// A builder for this structure.
    pub fn builder() -> SseDescriptionBuilder {
        SseDescriptionBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl SseDescription {
    /// [`inaccessible_encryption_date_time`](Self::inaccessible_encryption_date_time).
    pub fn inaccessible_encryption_date_time(&self) -> rt::Option<&rt::DateTime> {
        self.inaccessible_encryption_date_time.as_ref()
    }
    /// [`kms_master_key_arn`](Self::kms_master_key_arn).
    pub fn kms_master_key_arn(&self) -> rt::Option<&str> {
        self.kms_master_key_arn.as_deref()
    }
    /// [`sse_type`](Self::sse_type).
    pub fn sse_type(&self) -> rt::Option<&SseType> {
        self.sse_type.as_ref()
    }
    /// [`status`](Self::status).
    pub fn status(&self) -> rt::Option<&SseStatus> {
        self.status.as_ref()
    }
}
/// Builds a [`SseDescription`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SseDescriptionBuilder {
    /// [`SseDescription::inaccessible_encryption_date_time`](SseDescription::inaccessible_encryption_date_time), if set.
    pub inaccessible_encryption_date_time: rt::Option<rt::DateTime>,
    /// [`SseDescription::kms_master_key_arn`](SseDescription::kms_master_key_arn), if set.
    pub kms_master_key_arn: rt::Option<rt::String>,
    /// [`SseDescription::sse_type`](SseDescription::sse_type), if set.
    pub sse_type: rt::Option<SseType>,
    /// [`SseDescription::status`](SseDescription::status), if set.
    pub status: rt::Option<SseStatus>,
}
impl SseDescriptionBuilder {
    /// Sets [`SseDescription::inaccessible_encryption_date_time`](SseDescription::inaccessible_encryption_date_time).
    pub fn inaccessible_encryption_date_time(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.inaccessible_encryption_date_time = Some(value.into());
        self
    }
    /// Sets or clears [`SseDescription::inaccessible_encryption_date_time`](SseDescription::inaccessible_encryption_date_time).
    pub fn set_inaccessible_encryption_date_time(
        mut self,
        value: rt::Option<rt::DateTime>,
    ) -> Self {
        self.inaccessible_encryption_date_time = value;
        self
    }
    /// Sets [`SseDescription::kms_master_key_arn`](SseDescription::kms_master_key_arn).
    pub fn kms_master_key_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.kms_master_key_arn = Some(value.into());
        self
    }
    /// Sets or clears [`SseDescription::kms_master_key_arn`](SseDescription::kms_master_key_arn).
    pub fn set_kms_master_key_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.kms_master_key_arn = value;
        self
    }
    /// Sets [`SseDescription::sse_type`](SseDescription::sse_type).
    pub fn sse_type(mut self, value: impl rt::Into<SseType>) -> Self {
        self.sse_type = Some(value.into());
        self
    }
    /// Sets or clears [`SseDescription::sse_type`](SseDescription::sse_type).
    pub fn set_sse_type(mut self, value: rt::Option<SseType>) -> Self {
        self.sse_type = value;
        self
    }
    /// Sets [`SseDescription::status`](SseDescription::status).
    pub fn status(mut self, value: impl rt::Into<SseStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets or clears [`SseDescription::status`](SseDescription::status).
    pub fn set_status(mut self, value: rt::Option<SseStatus>) -> Self {
        self.status = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> SseDescription {
        SseDescription {
            inaccessible_encryption_date_time: self.inaccessible_encryption_date_time,
            kms_master_key_arn: self.kms_master_key_arn,
            sse_type: self.sse_type,
            status: self.status,
        }
    }
}
/// Represents the settings used to enable server-side encryption.
#[derive(Clone, Debug, PartialEq)]
pub struct SseSpecification {
    /// Indicates whether server-side encryption is done using an Amazon Web Services managed key or an Amazon Web Services owned key. If enabled (true), server-side encryption type is set to `KMS` and an Amazon Web Services managed key is used (KMS charges apply). If disabled (false) or not specified, server-side encryption is set to Amazon Web Services owned key.
    pub enabled: rt::Option<bool>,
    /// The KMS key that should be used for the KMS encryption. To specify a key, use its key ID, Amazon Resource Name (ARN), alias name, or alias ARN. Note that you should only provide this parameter if the key is different from the default DynamoDB key `alias/aws/dynamodb`.
    pub kms_master_key_id: rt::Option<rt::String>,
    /// Server-side encryption type. The only supported value is:
    ///
    /// - `KMS` - Server-side encryption that uses Key Management Service. The key is stored in your account and is managed by KMS (KMS charges apply).
    pub sse_type: rt::Option<SseType>,
}
impl SseSpecification {
    /// A builder for this structure.
    pub fn builder() -> SseSpecificationBuilder {
        SseSpecificationBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl SseSpecification {
    /// [`enabled`](Self::enabled).
    pub fn enabled(&self) -> rt::Option<bool> {
        self.enabled
    }
    /// [`kms_master_key_id`](Self::kms_master_key_id).
    pub fn kms_master_key_id(&self) -> rt::Option<&str> {
        self.kms_master_key_id.as_deref()
    }
    /// [`sse_type`](Self::sse_type).
    pub fn sse_type(&self) -> rt::Option<&SseType> {
        self.sse_type.as_ref()
    }
}
/// Builds a [`SseSpecification`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SseSpecificationBuilder {
    /// [`SseSpecification::enabled`](SseSpecification::enabled), if set.
    pub enabled: rt::Option<bool>,
    /// [`SseSpecification::kms_master_key_id`](SseSpecification::kms_master_key_id), if set.
    pub kms_master_key_id: rt::Option<rt::String>,
    /// [`SseSpecification::sse_type`](SseSpecification::sse_type), if set.
    pub sse_type: rt::Option<SseType>,
}
impl SseSpecificationBuilder {
    /// Sets [`SseSpecification::enabled`](SseSpecification::enabled).
    pub fn enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets or clears [`SseSpecification::enabled`](SseSpecification::enabled).
    pub fn set_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.enabled = value;
        self
    }
    /// Sets [`SseSpecification::kms_master_key_id`](SseSpecification::kms_master_key_id).
    pub fn kms_master_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.kms_master_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`SseSpecification::kms_master_key_id`](SseSpecification::kms_master_key_id).
    pub fn set_kms_master_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.kms_master_key_id = value;
        self
    }
    /// Sets [`SseSpecification::sse_type`](SseSpecification::sse_type).
    pub fn sse_type(mut self, value: impl rt::Into<SseType>) -> Self {
        self.sse_type = Some(value.into());
        self
    }
    /// Sets or clears [`SseSpecification::sse_type`](SseSpecification::sse_type).
    pub fn set_sse_type(mut self, value: rt::Option<SseType>) -> Self {
        self.sse_type = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> SseSpecification {
        SseSpecification {
            enabled: self.enabled,
            kms_master_key_id: self.kms_master_key_id,
            sse_type: self.sse_type,
        }
    }
}
/// Represents the DynamoDB Streams configuration for a table in DynamoDB.
#[derive(Clone, Debug, PartialEq)]
pub struct StreamSpecification {
    /// Indicates whether DynamoDB Streams is enabled (true) or disabled (false) on the table.
    pub stream_enabled: bool,
    /// When an item in the table is modified, `StreamViewType` determines what information is written to the stream for this table. Valid values for `StreamViewType` are:
    ///
    /// - `KEYS_ONLY` - Only the key attributes of the modified item are written to the stream.
    /// - `NEW_IMAGE` - The entire item, as it appears after it was modified, is written to the stream.
    /// - `OLD_IMAGE` - The entire item, as it appeared before it was modified, is written to the stream.
    /// - `NEW_AND_OLD_IMAGES` - Both the new and the old item images of the item are written to the stream.
    pub stream_view_type: rt::Option<StreamViewType>,
}
impl StreamSpecification {
    /// A builder for this structure.
    pub fn builder() -> StreamSpecificationBuilder {
        StreamSpecificationBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl StreamSpecification {
    /// [`stream_enabled`](Self::stream_enabled).
    pub fn stream_enabled(&self) -> bool {
        self.stream_enabled
    }
    /// [`stream_view_type`](Self::stream_view_type).
    pub fn stream_view_type(&self) -> rt::Option<&StreamViewType> {
        self.stream_view_type.as_ref()
    }
}
/// Builds a [`StreamSpecification`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StreamSpecificationBuilder {
    /// [`StreamSpecification::stream_enabled`](StreamSpecification::stream_enabled), if set.
    pub stream_enabled: rt::Option<bool>,
    /// [`StreamSpecification::stream_view_type`](StreamSpecification::stream_view_type), if set.
    pub stream_view_type: rt::Option<StreamViewType>,
}
impl StreamSpecificationBuilder {
    /// Sets [`StreamSpecification::stream_enabled`](StreamSpecification::stream_enabled).
    pub fn stream_enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.stream_enabled = Some(value.into());
        self
    }
    /// Sets or clears [`StreamSpecification::stream_enabled`](StreamSpecification::stream_enabled).
    pub fn set_stream_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.stream_enabled = value;
        self
    }
    /// Sets [`StreamSpecification::stream_view_type`](StreamSpecification::stream_view_type).
    pub fn stream_view_type(mut self, value: impl rt::Into<StreamViewType>) -> Self {
        self.stream_view_type = Some(value.into());
        self
    }
    /// Sets or clears [`StreamSpecification::stream_view_type`](StreamSpecification::stream_view_type).
    pub fn set_stream_view_type(mut self, value: rt::Option<StreamViewType>) -> Self {
        self.stream_view_type = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<StreamSpecification, rt::BuildError> {
        Ok(StreamSpecification {
            stream_enabled: self.stream_enabled.ok_or(rt::BuildError {
                shape: "StreamSpecification",
                member: "StreamEnabled",
            })?,
            stream_view_type: self.stream_view_type,
        })
    }
}
/// Contains details of the table class.
#[derive(Clone, Debug, PartialEq)]
pub struct TableClassSummary {
    /// The date and time at which the table class was last updated.
    pub last_update_date_time: rt::Option<rt::DateTime>,
    /// The table class of the specified table. Valid values are `STANDARD` and `STANDARD_INFREQUENT_ACCESS`.
    pub table_class: rt::Option<TableClass>,
}
impl TableClassSummary {
    /// A builder for this structure.
    pub fn builder() -> TableClassSummaryBuilder {
        TableClassSummaryBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl TableClassSummary {
    /// [`last_update_date_time`](Self::last_update_date_time).
    pub fn last_update_date_time(&self) -> rt::Option<&rt::DateTime> {
        self.last_update_date_time.as_ref()
    }
    /// [`table_class`](Self::table_class).
    pub fn table_class(&self) -> rt::Option<&TableClass> {
        self.table_class.as_ref()
    }
}
/// Builds a [`TableClassSummary`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TableClassSummaryBuilder {
    /// [`TableClassSummary::last_update_date_time`](TableClassSummary::last_update_date_time), if set.
    pub last_update_date_time: rt::Option<rt::DateTime>,
    /// [`TableClassSummary::table_class`](TableClassSummary::table_class), if set.
    pub table_class: rt::Option<TableClass>,
}
impl TableClassSummaryBuilder {
    /// Sets [`TableClassSummary::last_update_date_time`](TableClassSummary::last_update_date_time).
    pub fn last_update_date_time(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.last_update_date_time = Some(value.into());
        self
    }
    /// Sets or clears [`TableClassSummary::last_update_date_time`](TableClassSummary::last_update_date_time).
    pub fn set_last_update_date_time(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.last_update_date_time = value;
        self
    }
    /// Sets [`TableClassSummary::table_class`](TableClassSummary::table_class).
    pub fn table_class(mut self, value: impl rt::Into<TableClass>) -> Self {
        self.table_class = Some(value.into());
        self
    }
    /// Sets or clears [`TableClassSummary::table_class`](TableClassSummary::table_class).
    pub fn set_table_class(mut self, value: rt::Option<TableClass>) -> Self {
        self.table_class = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> TableClassSummary {
        TableClassSummary {
            last_update_date_time: self.last_update_date_time,
            table_class: self.table_class,
        }
    }
}
/// Represents the properties of a table.
#[derive(Clone, Debug, PartialEq)]
pub struct TableDescription {
    /// Contains information about the table archive.
    pub archival_summary: rt::Option<ArchivalSummary>,
    /// An array of `AttributeDefinition` objects. Each of these objects describes one attribute in the table and index key schema.
    ///
    /// Each `AttributeDefinition` object in this array is composed of:
    ///
    /// - `AttributeName` - The name of the attribute.
    /// - `AttributeType` - The data type for the attribute.
    pub attribute_definitions: rt::Option<rt::Vec<AttributeDefinition>>,
    /// Contains the details for the read/write capacity mode.
    pub billing_mode_summary: rt::Option<BillingModeSummary>,
    /// The date and time when the table was created, in [UNIX epoch time](http://www.epochconverter.com/) format.
    pub creation_date_time: rt::Option<rt::DateTime>,
    /// Indicates whether deletion protection is enabled (true) or disabled (false) on the table.
    pub deletion_protection_enabled: rt::Option<bool>,
    /// The global secondary indexes, if any, on the table. Each index is scoped to a given partition key value. Each element is composed of:
    ///
    /// - `Backfilling` - If true, then the index is currently in the backfilling phase. Backfilling occurs only when a new global secondary index is added to the table. It is the process by which DynamoDB populates the new index with data from the table. (This attribute does not appear for indexes that were created during a `CreateTable` operation.) You can delete an index that is being created during the `Backfilling` phase when `IndexStatus` is set to CREATING and `Backfilling` is true. You can't delete the index that is being created when `IndexStatus` is set to CREATING and `Backfilling` is false. (This attribute does not appear for indexes that were created during a `CreateTable` operation.)
    /// - `IndexName` - The name of the global secondary index.
    /// - `IndexSizeBytes` - The total size of the global secondary index, in bytes. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    /// - `IndexStatus` - The current status of the global secondary index:
    /// - `CREATING` - The index is being created.
    /// - `UPDATING` - The index is being updated.
    /// - `DELETING` - The index is being deleted.
    /// - `ACTIVE` - The index is ready for use.
    /// - `ItemCount` - The number of items in the global secondary index. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    /// - `KeySchema` - Specifies the complete index key schema. The attribute names in the key schema must be between 1 and 255 characters (inclusive). The key schema must begin with the same partition key as the table.
    /// - `Projection` - Specifies attributes that are copied (projected) from the table into the index. These are in addition to the primary key attributes and index key attributes, which are automatically projected. Each attribute specification is composed of:
    /// - `ProjectionType` - One of the following:
    /// - `KEYS_ONLY` - Only the index and primary keys are projected into the index.
    /// - `INCLUDE` - In addition to the attributes described in `KEYS_ONLY`, the secondary index will include other non-key attributes that you specify.
    /// - `ALL` - All of the table attributes are projected into the index.
    /// - `NonKeyAttributes` - A list of one or more non-key attribute names that are projected into the secondary index. The total count of attributes provided in `NonKeyAttributes`, summed across all of the secondary indexes, must not exceed 100. If you project the same attribute into two different indexes, this counts as two distinct attributes when determining the total.
    /// - `ProvisionedThroughput` - The provisioned throughput settings for the global secondary index, consisting of read and write capacity units, along with data about increases and decreases.
    ///
    /// If the table is in the `DELETING` state, no information about indexes will be returned.
    pub global_secondary_indexes: rt::Option<rt::Vec<GlobalSecondaryIndexDescription>>,
    /// Represents the version of [global tables](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html) in use, if the table is replicated across Amazon Web Services Regions.
    pub global_table_version: rt::Option<rt::String>,
    /// The number of items in the specified table. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub item_count: rt::Option<i64>,
    /// The primary key structure for the table. Each `KeySchemaElement` consists of:
    ///
    /// - `AttributeName` - The name of the attribute.
    /// - `KeyType` - The role of the attribute:
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*. The term "hash attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute data items across partitions, based on their partition key values. The sort key of an item is also known as its *range attribute*. The term "range attribute" derives from the way DynamoDB stores items with the same partition key physically close together, in sorted order by the sort key value.
    ///
    /// For more information about primary keys, see [Primary Key](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DataModel.html#DataModelPrimaryKey) in the *Amazon DynamoDB Developer Guide*.
    pub key_schema: rt::Option<rt::Vec<KeySchemaElement>>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the latest stream for this table.
    pub latest_stream_arn: rt::Option<rt::String>,
    /// A timestamp, in ISO 8601 format, for this stream.
    ///
    /// Note that `LatestStreamLabel` is not a unique identifier for the stream, because it is possible that a stream from another table might have the same timestamp. However, the combination of the following three elements is guaranteed to be unique:
    ///
    /// - Amazon Web Services customer ID
    /// - Table name
    /// - `StreamLabel`
    pub latest_stream_label: rt::Option<rt::String>,
    /// Represents one or more local secondary indexes on the table. Each index is scoped to a given partition key value. Tables with one or more local secondary indexes are subject to an item collection size limit, where the amount of data within a given item collection cannot exceed 10 GB. Each element is composed of:
    ///
    /// - `IndexName` - The name of the local secondary index.
    /// - `KeySchema` - Specifies the complete index key schema. The attribute names in the key schema must be between 1 and 255 characters (inclusive). The key schema must begin with the same partition key as the table.
    /// - `Projection` - Specifies attributes that are copied (projected) from the table into the index. These are in addition to the primary key attributes and index key attributes, which are automatically projected. Each attribute specification is composed of:
    /// - `ProjectionType` - One of the following:
    /// - `KEYS_ONLY` - Only the index and primary keys are projected into the index.
    /// - `INCLUDE` - Only the specified table attributes are projected into the index. The list of projected attributes is in `NonKeyAttributes`.
    /// - `ALL` - All of the table attributes are projected into the index.
    /// - `NonKeyAttributes` - A list of one or more non-key attribute names that are projected into the secondary index. The total count of attributes provided in `NonKeyAttributes`, summed across all of the secondary indexes, must not exceed 100. If you project the same attribute into two different indexes, this counts as two distinct attributes when determining the total.
    /// - `IndexSizeBytes` - Represents the total size of the index, in bytes. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    /// - `ItemCount` - Represents the number of items in the index. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    ///
    /// If the table is in the `DELETING` state, no information about indexes will be returned.
    pub local_secondary_indexes: rt::Option<rt::Vec<LocalSecondaryIndexDescription>>,
    /// Indicates one of the following consistency modes for a global table:
    ///
    /// - `EVENTUAL`: Indicates that the global table is configured for multi-Region eventual consistency.
    /// - `STRONG`: Indicates that the global table is configured for multi-Region strong consistency (preview). **Note:** Multi-Region strong consistency (MRSC) is a new DynamoDB global tables capability currently available in preview mode. For more information, see [Global tables multi-Region strong consistency](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PreviewFeatures.html#multi-region-strong-consistency-gt).
    ///
    /// If you don't specify this field, the global table consistency mode defaults to `EVENTUAL`.
    pub multi_region_consistency: rt::Option<MultiRegionConsistency>,
    /// The maximum number of read and write units for the specified on-demand table. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: rt::Option<OnDemandThroughput>,
    /// The provisioned throughput settings for the table, consisting of read and write capacity units, along with data about increases and decreases.
    pub provisioned_throughput: rt::Option<ProvisionedThroughputDescription>,
    /// Represents replicas of the table.
    pub replicas: rt::Option<rt::Vec<ReplicaDescription>>,
    /// Contains details for the restore.
    pub restore_summary: rt::Option<RestoreSummary>,
    /// The description of the server-side encryption status on the specified table.
    pub sse_description: rt::Option<SseDescription>,
    /// The current DynamoDB Streams configuration for the table.
    pub stream_specification: rt::Option<StreamSpecification>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the table.
    pub table_arn: rt::Option<rt::String>,
    /// Contains details of the table class.
    pub table_class_summary: rt::Option<TableClassSummary>,
    /// Unique identifier for the table for which the backup was created.
    pub table_id: rt::Option<rt::String>,
    /// The name of the table.
    pub table_name: rt::Option<rt::String>,
    /// The total size of the specified table, in bytes. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value.
    pub table_size_bytes: rt::Option<i64>,
    /// The current state of the table:
    ///
    /// - `CREATING` - The table is being created.
    /// - `UPDATING` - The table/index configuration is being updated. The table/index remains available for data operations when `UPDATING`.
    /// - `DELETING` - The table is being deleted.
    /// - `ACTIVE` - The table is ready for use.
    /// - `INACCESSIBLE_ENCRYPTION_CREDENTIALS` - The KMS key used to encrypt the table in inaccessible. Table operations may fail due to failure to use the KMS key. DynamoDB will initiate the table archival process when a table's KMS key remains inaccessible for more than seven days.
    /// - `ARCHIVING` - The table is being archived. Operations are not allowed until archival is complete.
    /// - `ARCHIVED` - The table has been archived. See the ArchivalReason for more information.
    pub table_status: rt::Option<TableStatus>,
    /// Describes the warm throughput value of the base table.
    pub warm_throughput: rt::Option<TableWarmThroughputDescription>,
}
impl TableDescription {
    /// A builder for this structure.
    pub fn builder() -> TableDescriptionBuilder {
        TableDescriptionBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl TableDescription {
    /// [`archival_summary`](Self::archival_summary).
    pub fn archival_summary(&self) -> rt::Option<&ArchivalSummary> {
        self.archival_summary.as_ref()
    }
    /// [`attribute_definitions`](Self::attribute_definitions), empty when unset.
    pub fn attribute_definitions(&self) -> &[AttributeDefinition] {
        self.attribute_definitions.as_deref().unwrap_or_default()
    }
    /// [`billing_mode_summary`](Self::billing_mode_summary).
    pub fn billing_mode_summary(&self) -> rt::Option<&BillingModeSummary> {
        self.billing_mode_summary.as_ref()
    }
    /// [`creation_date_time`](Self::creation_date_time).
    pub fn creation_date_time(&self) -> rt::Option<&rt::DateTime> {
        self.creation_date_time.as_ref()
    }
    /// [`deletion_protection_enabled`](Self::deletion_protection_enabled).
    pub fn deletion_protection_enabled(&self) -> rt::Option<bool> {
        self.deletion_protection_enabled
    }
    /// [`global_secondary_indexes`](Self::global_secondary_indexes), empty when unset.
    pub fn global_secondary_indexes(&self) -> &[GlobalSecondaryIndexDescription] {
        self.global_secondary_indexes.as_deref().unwrap_or_default()
    }
    /// [`global_table_version`](Self::global_table_version).
    pub fn global_table_version(&self) -> rt::Option<&str> {
        self.global_table_version.as_deref()
    }
    /// [`item_count`](Self::item_count).
    pub fn item_count(&self) -> rt::Option<i64> {
        self.item_count
    }
    /// [`key_schema`](Self::key_schema), empty when unset.
    pub fn key_schema(&self) -> &[KeySchemaElement] {
        self.key_schema.as_deref().unwrap_or_default()
    }
    /// [`latest_stream_arn`](Self::latest_stream_arn).
    pub fn latest_stream_arn(&self) -> rt::Option<&str> {
        self.latest_stream_arn.as_deref()
    }
    /// [`latest_stream_label`](Self::latest_stream_label).
    pub fn latest_stream_label(&self) -> rt::Option<&str> {
        self.latest_stream_label.as_deref()
    }
    /// [`local_secondary_indexes`](Self::local_secondary_indexes), empty when unset.
    pub fn local_secondary_indexes(&self) -> &[LocalSecondaryIndexDescription] {
        self.local_secondary_indexes.as_deref().unwrap_or_default()
    }
    /// [`multi_region_consistency`](Self::multi_region_consistency).
    pub fn multi_region_consistency(&self) -> rt::Option<&MultiRegionConsistency> {
        self.multi_region_consistency.as_ref()
    }
    /// [`on_demand_throughput`](Self::on_demand_throughput).
    pub fn on_demand_throughput(&self) -> rt::Option<&OnDemandThroughput> {
        self.on_demand_throughput.as_ref()
    }
    /// [`provisioned_throughput`](Self::provisioned_throughput).
    pub fn provisioned_throughput(&self) -> rt::Option<&ProvisionedThroughputDescription> {
        self.provisioned_throughput.as_ref()
    }
    /// [`replicas`](Self::replicas), empty when unset.
    pub fn replicas(&self) -> &[ReplicaDescription] {
        self.replicas.as_deref().unwrap_or_default()
    }
    /// [`restore_summary`](Self::restore_summary).
    pub fn restore_summary(&self) -> rt::Option<&RestoreSummary> {
        self.restore_summary.as_ref()
    }
    /// [`sse_description`](Self::sse_description).
    pub fn sse_description(&self) -> rt::Option<&SseDescription> {
        self.sse_description.as_ref()
    }
    /// [`stream_specification`](Self::stream_specification).
    pub fn stream_specification(&self) -> rt::Option<&StreamSpecification> {
        self.stream_specification.as_ref()
    }
    /// [`table_arn`](Self::table_arn).
    pub fn table_arn(&self) -> rt::Option<&str> {
        self.table_arn.as_deref()
    }
    /// [`table_class_summary`](Self::table_class_summary).
    pub fn table_class_summary(&self) -> rt::Option<&TableClassSummary> {
        self.table_class_summary.as_ref()
    }
    /// [`table_id`](Self::table_id).
    pub fn table_id(&self) -> rt::Option<&str> {
        self.table_id.as_deref()
    }
    /// [`table_name`](Self::table_name).
    pub fn table_name(&self) -> rt::Option<&str> {
        self.table_name.as_deref()
    }
    /// [`table_size_bytes`](Self::table_size_bytes).
    pub fn table_size_bytes(&self) -> rt::Option<i64> {
        self.table_size_bytes
    }
    /// [`table_status`](Self::table_status).
    pub fn table_status(&self) -> rt::Option<&TableStatus> {
        self.table_status.as_ref()
    }
    /// [`warm_throughput`](Self::warm_throughput).
    pub fn warm_throughput(&self) -> rt::Option<&TableWarmThroughputDescription> {
        self.warm_throughput.as_ref()
    }
}
/// Builds a [`TableDescription`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TableDescriptionBuilder {
    /// [`TableDescription::archival_summary`](TableDescription::archival_summary), if set.
    pub archival_summary: rt::Option<ArchivalSummary>,
    /// [`TableDescription::attribute_definitions`](TableDescription::attribute_definitions), if set.
    pub attribute_definitions: rt::Option<rt::Vec<AttributeDefinition>>,
    /// [`TableDescription::billing_mode_summary`](TableDescription::billing_mode_summary), if set.
    pub billing_mode_summary: rt::Option<BillingModeSummary>,
    /// [`TableDescription::creation_date_time`](TableDescription::creation_date_time), if set.
    pub creation_date_time: rt::Option<rt::DateTime>,
    /// [`TableDescription::deletion_protection_enabled`](TableDescription::deletion_protection_enabled), if set.
    pub deletion_protection_enabled: rt::Option<bool>,
    /// [`TableDescription::global_secondary_indexes`](TableDescription::global_secondary_indexes), if set.
    pub global_secondary_indexes: rt::Option<rt::Vec<GlobalSecondaryIndexDescription>>,
    /// [`TableDescription::global_table_version`](TableDescription::global_table_version), if set.
    pub global_table_version: rt::Option<rt::String>,
    /// [`TableDescription::item_count`](TableDescription::item_count), if set.
    pub item_count: rt::Option<i64>,
    /// [`TableDescription::key_schema`](TableDescription::key_schema), if set.
    pub key_schema: rt::Option<rt::Vec<KeySchemaElement>>,
    /// [`TableDescription::latest_stream_arn`](TableDescription::latest_stream_arn), if set.
    pub latest_stream_arn: rt::Option<rt::String>,
    /// [`TableDescription::latest_stream_label`](TableDescription::latest_stream_label), if set.
    pub latest_stream_label: rt::Option<rt::String>,
    /// [`TableDescription::local_secondary_indexes`](TableDescription::local_secondary_indexes), if set.
    pub local_secondary_indexes: rt::Option<rt::Vec<LocalSecondaryIndexDescription>>,
    /// [`TableDescription::multi_region_consistency`](TableDescription::multi_region_consistency), if set.
    pub multi_region_consistency: rt::Option<MultiRegionConsistency>,
    /// [`TableDescription::on_demand_throughput`](TableDescription::on_demand_throughput), if set.
    pub on_demand_throughput: rt::Option<OnDemandThroughput>,
    /// [`TableDescription::provisioned_throughput`](TableDescription::provisioned_throughput), if set.
    pub provisioned_throughput: rt::Option<ProvisionedThroughputDescription>,
    /// [`TableDescription::replicas`](TableDescription::replicas), if set.
    pub replicas: rt::Option<rt::Vec<ReplicaDescription>>,
    /// [`TableDescription::restore_summary`](TableDescription::restore_summary), if set.
    pub restore_summary: rt::Option<RestoreSummary>,
    /// [`TableDescription::sse_description`](TableDescription::sse_description), if set.
    pub sse_description: rt::Option<SseDescription>,
    /// [`TableDescription::stream_specification`](TableDescription::stream_specification), if set.
    pub stream_specification: rt::Option<StreamSpecification>,
    /// [`TableDescription::table_arn`](TableDescription::table_arn), if set.
    pub table_arn: rt::Option<rt::String>,
    /// [`TableDescription::table_class_summary`](TableDescription::table_class_summary), if set.
    pub table_class_summary: rt::Option<TableClassSummary>,
    /// [`TableDescription::table_id`](TableDescription::table_id), if set.
    pub table_id: rt::Option<rt::String>,
    /// [`TableDescription::table_name`](TableDescription::table_name), if set.
    pub table_name: rt::Option<rt::String>,
    /// [`TableDescription::table_size_bytes`](TableDescription::table_size_bytes), if set.
    pub table_size_bytes: rt::Option<i64>,
    /// [`TableDescription::table_status`](TableDescription::table_status), if set.
    pub table_status: rt::Option<TableStatus>,
    /// [`TableDescription::warm_throughput`](TableDescription::warm_throughput), if set.
    pub warm_throughput: rt::Option<TableWarmThroughputDescription>,
}
impl TableDescriptionBuilder {
    /// Sets [`TableDescription::archival_summary`](TableDescription::archival_summary).
    pub fn archival_summary(mut self, value: impl rt::Into<ArchivalSummary>) -> Self {
        self.archival_summary = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::archival_summary`](TableDescription::archival_summary).
    pub fn set_archival_summary(mut self, value: rt::Option<ArchivalSummary>) -> Self {
        self.archival_summary = value;
        self
    }
    /// Appends one element to [`TableDescription::attribute_definitions`](TableDescription::attribute_definitions).
    pub fn attribute_definitions(mut self, value: impl rt::Into<AttributeDefinition>) -> Self {
        self.attribute_definitions
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`TableDescription::attribute_definitions`](TableDescription::attribute_definitions).
    pub fn set_attribute_definitions(
        mut self,
        value: rt::Option<rt::Vec<AttributeDefinition>>,
    ) -> Self {
        self.attribute_definitions = value;
        self
    }
    /// Sets [`TableDescription::billing_mode_summary`](TableDescription::billing_mode_summary).
    pub fn billing_mode_summary(mut self, value: impl rt::Into<BillingModeSummary>) -> Self {
        self.billing_mode_summary = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::billing_mode_summary`](TableDescription::billing_mode_summary).
    pub fn set_billing_mode_summary(mut self, value: rt::Option<BillingModeSummary>) -> Self {
        self.billing_mode_summary = value;
        self
    }
    /// Sets [`TableDescription::creation_date_time`](TableDescription::creation_date_time).
    pub fn creation_date_time(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.creation_date_time = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::creation_date_time`](TableDescription::creation_date_time).
    pub fn set_creation_date_time(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.creation_date_time = value;
        self
    }
    /// Sets [`TableDescription::deletion_protection_enabled`](TableDescription::deletion_protection_enabled).
    pub fn deletion_protection_enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.deletion_protection_enabled = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::deletion_protection_enabled`](TableDescription::deletion_protection_enabled).
    pub fn set_deletion_protection_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.deletion_protection_enabled = value;
        self
    }
    /// Appends one element to [`TableDescription::global_secondary_indexes`](TableDescription::global_secondary_indexes).
    pub fn global_secondary_indexes(
        mut self,
        value: impl rt::Into<GlobalSecondaryIndexDescription>,
    ) -> Self {
        self.global_secondary_indexes
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`TableDescription::global_secondary_indexes`](TableDescription::global_secondary_indexes).
    pub fn set_global_secondary_indexes(
        mut self,
        value: rt::Option<rt::Vec<GlobalSecondaryIndexDescription>>,
    ) -> Self {
        self.global_secondary_indexes = value;
        self
    }
    /// Sets [`TableDescription::global_table_version`](TableDescription::global_table_version).
    pub fn global_table_version(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.global_table_version = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::global_table_version`](TableDescription::global_table_version).
    pub fn set_global_table_version(mut self, value: rt::Option<rt::String>) -> Self {
        self.global_table_version = value;
        self
    }
    /// Sets [`TableDescription::item_count`](TableDescription::item_count).
    pub fn item_count(mut self, value: impl rt::Into<i64>) -> Self {
        self.item_count = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::item_count`](TableDescription::item_count).
    pub fn set_item_count(mut self, value: rt::Option<i64>) -> Self {
        self.item_count = value;
        self
    }
    /// Appends one element to [`TableDescription::key_schema`](TableDescription::key_schema).
    pub fn key_schema(mut self, value: impl rt::Into<KeySchemaElement>) -> Self {
        self.key_schema
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`TableDescription::key_schema`](TableDescription::key_schema).
    pub fn set_key_schema(mut self, value: rt::Option<rt::Vec<KeySchemaElement>>) -> Self {
        self.key_schema = value;
        self
    }
    /// Sets [`TableDescription::latest_stream_arn`](TableDescription::latest_stream_arn).
    pub fn latest_stream_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.latest_stream_arn = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::latest_stream_arn`](TableDescription::latest_stream_arn).
    pub fn set_latest_stream_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.latest_stream_arn = value;
        self
    }
    /// Sets [`TableDescription::latest_stream_label`](TableDescription::latest_stream_label).
    pub fn latest_stream_label(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.latest_stream_label = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::latest_stream_label`](TableDescription::latest_stream_label).
    pub fn set_latest_stream_label(mut self, value: rt::Option<rt::String>) -> Self {
        self.latest_stream_label = value;
        self
    }
    /// Appends one element to [`TableDescription::local_secondary_indexes`](TableDescription::local_secondary_indexes).
    pub fn local_secondary_indexes(
        mut self,
        value: impl rt::Into<LocalSecondaryIndexDescription>,
    ) -> Self {
        self.local_secondary_indexes
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`TableDescription::local_secondary_indexes`](TableDescription::local_secondary_indexes).
    pub fn set_local_secondary_indexes(
        mut self,
        value: rt::Option<rt::Vec<LocalSecondaryIndexDescription>>,
    ) -> Self {
        self.local_secondary_indexes = value;
        self
    }
    /// Sets [`TableDescription::multi_region_consistency`](TableDescription::multi_region_consistency).
    pub fn multi_region_consistency(
        mut self,
        value: impl rt::Into<MultiRegionConsistency>,
    ) -> Self {
        self.multi_region_consistency = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::multi_region_consistency`](TableDescription::multi_region_consistency).
    pub fn set_multi_region_consistency(
        mut self,
        value: rt::Option<MultiRegionConsistency>,
    ) -> Self {
        self.multi_region_consistency = value;
        self
    }
    /// Sets [`TableDescription::on_demand_throughput`](TableDescription::on_demand_throughput).
    pub fn on_demand_throughput(mut self, value: impl rt::Into<OnDemandThroughput>) -> Self {
        self.on_demand_throughput = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::on_demand_throughput`](TableDescription::on_demand_throughput).
    pub fn set_on_demand_throughput(mut self, value: rt::Option<OnDemandThroughput>) -> Self {
        self.on_demand_throughput = value;
        self
    }
    /// Sets [`TableDescription::provisioned_throughput`](TableDescription::provisioned_throughput).
    pub fn provisioned_throughput(
        mut self,
        value: impl rt::Into<ProvisionedThroughputDescription>,
    ) -> Self {
        self.provisioned_throughput = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::provisioned_throughput`](TableDescription::provisioned_throughput).
    pub fn set_provisioned_throughput(
        mut self,
        value: rt::Option<ProvisionedThroughputDescription>,
    ) -> Self {
        self.provisioned_throughput = value;
        self
    }
    /// Appends one element to [`TableDescription::replicas`](TableDescription::replicas).
    pub fn replicas(mut self, value: impl rt::Into<ReplicaDescription>) -> Self {
        self.replicas
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`TableDescription::replicas`](TableDescription::replicas).
    pub fn set_replicas(mut self, value: rt::Option<rt::Vec<ReplicaDescription>>) -> Self {
        self.replicas = value;
        self
    }
    /// Sets [`TableDescription::restore_summary`](TableDescription::restore_summary).
    pub fn restore_summary(mut self, value: impl rt::Into<RestoreSummary>) -> Self {
        self.restore_summary = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::restore_summary`](TableDescription::restore_summary).
    pub fn set_restore_summary(mut self, value: rt::Option<RestoreSummary>) -> Self {
        self.restore_summary = value;
        self
    }
    /// Sets [`TableDescription::sse_description`](TableDescription::sse_description).
    pub fn sse_description(mut self, value: impl rt::Into<SseDescription>) -> Self {
        self.sse_description = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::sse_description`](TableDescription::sse_description).
    pub fn set_sse_description(mut self, value: rt::Option<SseDescription>) -> Self {
        self.sse_description = value;
        self
    }
    /// Sets [`TableDescription::stream_specification`](TableDescription::stream_specification).
    pub fn stream_specification(mut self, value: impl rt::Into<StreamSpecification>) -> Self {
        self.stream_specification = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::stream_specification`](TableDescription::stream_specification).
    pub fn set_stream_specification(mut self, value: rt::Option<StreamSpecification>) -> Self {
        self.stream_specification = value;
        self
    }
    /// Sets [`TableDescription::table_arn`](TableDescription::table_arn).
    pub fn table_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.table_arn = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::table_arn`](TableDescription::table_arn).
    pub fn set_table_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.table_arn = value;
        self
    }
    /// Sets [`TableDescription::table_class_summary`](TableDescription::table_class_summary).
    pub fn table_class_summary(mut self, value: impl rt::Into<TableClassSummary>) -> Self {
        self.table_class_summary = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::table_class_summary`](TableDescription::table_class_summary).
    pub fn set_table_class_summary(mut self, value: rt::Option<TableClassSummary>) -> Self {
        self.table_class_summary = value;
        self
    }
    /// Sets [`TableDescription::table_id`](TableDescription::table_id).
    pub fn table_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.table_id = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::table_id`](TableDescription::table_id).
    pub fn set_table_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.table_id = value;
        self
    }
    /// Sets [`TableDescription::table_name`](TableDescription::table_name).
    pub fn table_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.table_name = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::table_name`](TableDescription::table_name).
    pub fn set_table_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.table_name = value;
        self
    }
    /// Sets [`TableDescription::table_size_bytes`](TableDescription::table_size_bytes).
    pub fn table_size_bytes(mut self, value: impl rt::Into<i64>) -> Self {
        self.table_size_bytes = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::table_size_bytes`](TableDescription::table_size_bytes).
    pub fn set_table_size_bytes(mut self, value: rt::Option<i64>) -> Self {
        self.table_size_bytes = value;
        self
    }
    /// Sets [`TableDescription::table_status`](TableDescription::table_status).
    pub fn table_status(mut self, value: impl rt::Into<TableStatus>) -> Self {
        self.table_status = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::table_status`](TableDescription::table_status).
    pub fn set_table_status(mut self, value: rt::Option<TableStatus>) -> Self {
        self.table_status = value;
        self
    }
    /// Sets [`TableDescription::warm_throughput`](TableDescription::warm_throughput).
    pub fn warm_throughput(mut self, value: impl rt::Into<TableWarmThroughputDescription>) -> Self {
        self.warm_throughput = Some(value.into());
        self
    }
    /// Sets or clears [`TableDescription::warm_throughput`](TableDescription::warm_throughput).
    pub fn set_warm_throughput(
        mut self,
        value: rt::Option<TableWarmThroughputDescription>,
    ) -> Self {
        self.warm_throughput = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> TableDescription {
        TableDescription {
            archival_summary: self.archival_summary,
            attribute_definitions: self.attribute_definitions,
            billing_mode_summary: self.billing_mode_summary,
            creation_date_time: self.creation_date_time,
            deletion_protection_enabled: self.deletion_protection_enabled,
            global_secondary_indexes: self.global_secondary_indexes,
            global_table_version: self.global_table_version,
            item_count: self.item_count,
            key_schema: self.key_schema,
            latest_stream_arn: self.latest_stream_arn,
            latest_stream_label: self.latest_stream_label,
            local_secondary_indexes: self.local_secondary_indexes,
            multi_region_consistency: self.multi_region_consistency,
            on_demand_throughput: self.on_demand_throughput,
            provisioned_throughput: self.provisioned_throughput,
            replicas: self.replicas,
            restore_summary: self.restore_summary,
            sse_description: self.sse_description,
            stream_specification: self.stream_specification,
            table_arn: self.table_arn,
            table_class_summary: self.table_class_summary,
            table_id: self.table_id,
            table_name: self.table_name,
            table_size_bytes: self.table_size_bytes,
            table_status: self.table_status,
            warm_throughput: self.warm_throughput,
        }
    }
}
/// Represents the warm throughput value (in read units per second and write units per second) of the base table.
#[derive(Clone, Debug, PartialEq)]
pub struct TableWarmThroughputDescription {
    /// Represents the base table's warm throughput value in read units per second.
    pub read_units_per_second: rt::Option<i64>,
    /// Represents warm throughput value of the base table..
    pub status: rt::Option<TableStatus>,
    /// Represents the base table's warm throughput value in write units per second.
    pub write_units_per_second: rt::Option<i64>,
}
impl TableWarmThroughputDescription {
    /// A builder for this structure.
    pub fn builder() -> TableWarmThroughputDescriptionBuilder {
        TableWarmThroughputDescriptionBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl TableWarmThroughputDescription {
    /// [`read_units_per_second`](Self::read_units_per_second).
    pub fn read_units_per_second(&self) -> rt::Option<i64> {
        self.read_units_per_second
    }
    /// [`status`](Self::status).
    pub fn status(&self) -> rt::Option<&TableStatus> {
        self.status.as_ref()
    }
    /// [`write_units_per_second`](Self::write_units_per_second).
    pub fn write_units_per_second(&self) -> rt::Option<i64> {
        self.write_units_per_second
    }
}
/// Builds a [`TableWarmThroughputDescription`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TableWarmThroughputDescriptionBuilder {
    /// [`TableWarmThroughputDescription::read_units_per_second`](TableWarmThroughputDescription::read_units_per_second), if set.
    pub read_units_per_second: rt::Option<i64>,
    /// [`TableWarmThroughputDescription::status`](TableWarmThroughputDescription::status), if set.
    pub status: rt::Option<TableStatus>,
    /// [`TableWarmThroughputDescription::write_units_per_second`](TableWarmThroughputDescription::write_units_per_second), if set.
    pub write_units_per_second: rt::Option<i64>,
}
impl TableWarmThroughputDescriptionBuilder {
    /// Sets [`TableWarmThroughputDescription::read_units_per_second`](TableWarmThroughputDescription::read_units_per_second).
    pub fn read_units_per_second(mut self, value: impl rt::Into<i64>) -> Self {
        self.read_units_per_second = Some(value.into());
        self
    }
    /// Sets or clears [`TableWarmThroughputDescription::read_units_per_second`](TableWarmThroughputDescription::read_units_per_second).
    pub fn set_read_units_per_second(mut self, value: rt::Option<i64>) -> Self {
        self.read_units_per_second = value;
        self
    }
    /// Sets [`TableWarmThroughputDescription::status`](TableWarmThroughputDescription::status).
    pub fn status(mut self, value: impl rt::Into<TableStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets or clears [`TableWarmThroughputDescription::status`](TableWarmThroughputDescription::status).
    pub fn set_status(mut self, value: rt::Option<TableStatus>) -> Self {
        self.status = value;
        self
    }
    /// Sets [`TableWarmThroughputDescription::write_units_per_second`](TableWarmThroughputDescription::write_units_per_second).
    pub fn write_units_per_second(mut self, value: impl rt::Into<i64>) -> Self {
        self.write_units_per_second = Some(value.into());
        self
    }
    /// Sets or clears [`TableWarmThroughputDescription::write_units_per_second`](TableWarmThroughputDescription::write_units_per_second).
    pub fn set_write_units_per_second(mut self, value: rt::Option<i64>) -> Self {
        self.write_units_per_second = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> TableWarmThroughputDescription {
        TableWarmThroughputDescription {
            read_units_per_second: self.read_units_per_second,
            status: self.status,
            write_units_per_second: self.write_units_per_second,
        }
    }
}
/// Describes a tag. A tag is a key-value pair. You can add up to 50 tags to a single DynamoDB table.
///
/// Amazon Web Services-assigned tag names and values are automatically assigned the `aws:` prefix, which the user cannot assign. Amazon Web Services-assigned tag names do not count towards the tag limit of 50. User-assigned tag names have the prefix `user:` in the Cost Allocation Report. You cannot backdate the application of a tag.
///
/// For an overview on tagging DynamoDB resources, see [Tagging for DynamoDB](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Tagging.html) in the *Amazon DynamoDB Developer Guide*.
#[derive(Clone, Debug, PartialEq)]
pub struct Tag {
    /// The key of the tag. Tag keys are case sensitive. Each DynamoDB table can only have up to one tag with the same key. If you try to add an existing tag (same key), the existing tag value will be updated to the new value.
    pub key: rt::String,
    /// The value of the tag. Tag values are case-sensitive and can be null.
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
/// Represents the input of an `UpdateItem` operation.
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateItemInput {
    /// This is a legacy parameter. Use `UpdateExpression` instead. For more information, see [AttributeUpdates](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributeUpdates.html) in the *Amazon DynamoDB Developer Guide*.
    pub attribute_updates: rt::Option<rt::BTreeMap<rt::String, AttributeValueUpdate>>,
    /// A condition that must be satisfied in order for a conditional update to succeed.
    ///
    /// An expression can contain any of the following:
    ///
    /// - Functions: `attribute_exists | attribute_not_exists | attribute_type | contains | begins_with | size` These function names are case-sensitive.
    /// - Comparison operators: `= | <> | < | > | <= | >= | BETWEEN | IN`
    /// - Logical operators: `AND | OR | NOT`
    ///
    /// For more information about condition expressions, see [Specifying Conditions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub condition_expression: rt::Option<rt::String>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html) in the *Amazon DynamoDB Developer Guide*.
    pub conditional_operator: rt::Option<ConditionalOperator>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see [Expected](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html) in the *Amazon DynamoDB Developer Guide*.
    pub expected: rt::Option<rt::BTreeMap<rt::String, ExpectedAttributeValue>>,
    /// One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    /// - To create a placeholder for repeating occurrences of an attribute name in an expression.
    /// - To prevent special characters in an attribute name from being misinterpreted in an expression.
    ///
    /// Use the **#** character in an expression to dereference an attribute name. For example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used directly in an expression. (For the complete list of reserved words, see [Reserved Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html) in the *Amazon DynamoDB Developer Guide*.) To work around this, you could specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `#P = :val`
    ///
    /// **Note:** Tokens that begin with the **:** character are *expression attribute values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information about expression attribute names, see [Specifying Item Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// One or more values that can be substituted in an expression.
    ///
    /// Use the **:** (colon) character in an expression to dereference an attribute value. For example, suppose that you wanted to check whether the value of the `ProductStatus` attribute was one of the following:
    ///
    /// `Available | Backordered | Discontinued`
    ///
    /// You would first need to specify `ExpressionAttributeValues` as follows:
    ///
    /// `{ ":avail":{"S":"Available"}, ":back":{"S":"Backordered"}, ":disc":{"S":"Discontinued"} }`
    ///
    /// You could then use these values in an expression, such as this:
    ///
    /// `ProductStatus IN (:avail, :back, :disc)`
    ///
    /// For more information on expression attribute values, see [Condition Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html) in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_values: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// The primary key of the item to be updated. Each element consists of an attribute name and a value for that attribute.
    ///
    /// For the primary key, you must provide all of the attributes. For example, with a simple primary key, you only need to provide a value for the partition key. For a composite primary key, you must provide values for both the partition key and the sort key.
    pub key: rt::BTreeMap<rt::String, AttributeValue>,
    pub return_consumed_capacity: rt::Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the response includes statistics about item collections, if any, that were modified during the operation are returned in the response. If set to `NONE` (the default), no statistics are returned.
    pub return_item_collection_metrics: rt::Option<ReturnItemCollectionMetrics>,
    /// Use `ReturnValues` if you want to get the item attributes as they appear before or after they are successfully updated. For `UpdateItem`, the valid values are:
    ///
    /// - `NONE` - If `ReturnValues` is not specified, or if its value is `NONE`, then nothing is returned. (This setting is the default for `ReturnValues`.)
    /// - `ALL_OLD` - Returns all of the attributes of the item, as they appeared before the UpdateItem operation.
    /// - `UPDATED_OLD` - Returns only the updated attributes, as they appeared before the UpdateItem operation.
    /// - `ALL_NEW` - Returns all of the attributes of the item, as they appear after the UpdateItem operation.
    /// - `UPDATED_NEW` - Returns only the updated attributes, as they appear after the UpdateItem operation.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    ///
    /// The values returned are strongly consistent.
    pub return_values: rt::Option<ReturnValue>,
    /// An optional parameter that returns the item attributes for an `UpdateItem` operation that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from the small network and processing overhead of receiving a larger response. No read capacity units are consumed.
    pub return_values_on_condition_check_failure: rt::Option<ReturnValuesOnConditionCheckFailure>,
    /// The name of the table containing the item to update. You can also provide the Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: rt::String,
    /// An expression that defines one or more attributes to be updated, the action to be performed on them, and new values for them.
    ///
    /// The following action values are available for `UpdateExpression`.
    ///
    /// - `SET` - Adds one or more attributes and values to an item. If any of these attributes already exist, they are replaced by the new values. You can also use `SET` to add or subtract from an attribute that is of type Number. For example: `SET myNum = myNum + :val` `SET` supports the following functions:
    /// - `if_not_exists (path, operand)` - if the item does not contain an attribute at the specified path, then `if_not_exists` evaluates to operand; otherwise, it evaluates to path. You can use this function to avoid overwriting an attribute that may already be present in the item.
    /// - `list_append (operand, operand)` - evaluates to a list with a new element added to it. You can append the new element to the start or the end of the list by reversing the order of the operands.
    ///
    /// These function names are case-sensitive.
    /// - `REMOVE` - Removes one or more attributes from an item.
    /// - `ADD` - Adds the specified value to the item, if the attribute does not already exist. If the attribute does exist, then the behavior of `ADD` depends on the data type of the attribute:
    /// - If the existing attribute is a number, and if `Value` is also a number, then `Value` is mathematically added to the existing attribute. If `Value` is a negative number, then it is subtracted from the existing attribute. **Note:** If you use `ADD` to increment or decrement a number value for an item that doesn't exist before the update, DynamoDB uses `0` as the initial value. Similarly, if you use `ADD` for an existing item to increment or decrement an attribute value that doesn't exist before the update, DynamoDB uses `0` as the initial value. For example, suppose that the item you want to update doesn't have an attribute named `itemcount`, but you decide to `ADD` the number `3` to this attribute anyway. DynamoDB will create the `itemcount` attribute, set its initial value to `0`, and finally add `3` to it. The result will be a new `itemcount` attribute in the item, with a value of `3`.
    /// - If the existing data type is a set and if `Value` is also a set, then `Value` is added to the existing set. For example, if the attribute value is the set `[1,2]`, and the `ADD` action specified `[3]`, then the final attribute value is `[1,2,3]`. An error occurs if an `ADD` action is specified for a set attribute and the attribute type specified does not match the existing set type. Both sets must have the same primitive data type. For example, if the existing data type is a set of strings, the `Value` must also be a set of strings.
    ///
    /// **Note:** The `ADD` action only supports Number and set data types. In addition, `ADD` can only be used on top-level attributes, not nested attributes.
    /// - `DELETE` - Deletes an element from a set. If a set of values is specified, then those values are subtracted from the old set. For example, if the attribute value was the set `[a,b,c]` and the `DELETE` action specifies `[a,c]`, then the final attribute value is `[b]`. Specifying an empty set is an error. **Note:** The `DELETE` action only supports set data types. In addition, `DELETE` can only be used on top-level attributes, not nested attributes.
    ///
    /// You can have many actions in a single expression, such as the following: `SET a=:value1, b=:value2 DELETE :value3, :value4, :value5`
    ///
    /// For more information on update expressions, see [Modifying Items and Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.Modifying.html) in the *Amazon DynamoDB Developer Guide*.
    pub update_expression: rt::Option<rt::String>,
}
impl UpdateItemInput {
    /// A builder for this structure.
    pub fn builder() -> UpdateItemInputBuilder {
        UpdateItemInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl UpdateItemInput {
    /// [`attribute_updates`](Self::attribute_updates).
    pub fn attribute_updates(&self) -> rt::Option<&rt::BTreeMap<rt::String, AttributeValueUpdate>> {
        self.attribute_updates.as_ref()
    }
    /// [`condition_expression`](Self::condition_expression).
    pub fn condition_expression(&self) -> rt::Option<&str> {
        self.condition_expression.as_deref()
    }
    /// [`conditional_operator`](Self::conditional_operator).
    pub fn conditional_operator(&self) -> rt::Option<&ConditionalOperator> {
        self.conditional_operator.as_ref()
    }
    /// [`expected`](Self::expected).
    pub fn expected(&self) -> rt::Option<&rt::BTreeMap<rt::String, ExpectedAttributeValue>> {
        self.expected.as_ref()
    }
    /// [`expression_attribute_names`](Self::expression_attribute_names).
    pub fn expression_attribute_names(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.expression_attribute_names.as_ref()
    }
    /// [`expression_attribute_values`](Self::expression_attribute_values).
    pub fn expression_attribute_values(
        &self,
    ) -> rt::Option<&rt::BTreeMap<rt::String, AttributeValue>> {
        self.expression_attribute_values.as_ref()
    }
    /// [`key`](Self::key).
    pub fn key(&self) -> &rt::BTreeMap<rt::String, AttributeValue> {
        &self.key
    }
    /// [`return_consumed_capacity`](Self::return_consumed_capacity).
    pub fn return_consumed_capacity(&self) -> rt::Option<&ReturnConsumedCapacity> {
        self.return_consumed_capacity.as_ref()
    }
    /// [`return_item_collection_metrics`](Self::return_item_collection_metrics).
    pub fn return_item_collection_metrics(&self) -> rt::Option<&ReturnItemCollectionMetrics> {
        self.return_item_collection_metrics.as_ref()
    }
    /// [`return_values`](Self::return_values).
    pub fn return_values(&self) -> rt::Option<&ReturnValue> {
        self.return_values.as_ref()
    }
    /// [`return_values_on_condition_check_failure`](Self::return_values_on_condition_check_failure).
    pub fn return_values_on_condition_check_failure(
        &self,
    ) -> rt::Option<&ReturnValuesOnConditionCheckFailure> {
        self.return_values_on_condition_check_failure.as_ref()
    }
    /// [`table_name`](Self::table_name).
    pub fn table_name(&self) -> &str {
        &self.table_name
    }
    /// [`update_expression`](Self::update_expression).
    pub fn update_expression(&self) -> rt::Option<&str> {
        self.update_expression.as_deref()
    }
}
/// Builds a [`UpdateItemInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateItemInputBuilder {
    /// [`UpdateItemInput::attribute_updates`](UpdateItemInput::attribute_updates), if set.
    pub attribute_updates: rt::Option<rt::BTreeMap<rt::String, AttributeValueUpdate>>,
    /// [`UpdateItemInput::condition_expression`](UpdateItemInput::condition_expression), if set.
    pub condition_expression: rt::Option<rt::String>,
    /// [`UpdateItemInput::conditional_operator`](UpdateItemInput::conditional_operator), if set.
    pub conditional_operator: rt::Option<ConditionalOperator>,
    /// [`UpdateItemInput::expected`](UpdateItemInput::expected), if set.
    pub expected: rt::Option<rt::BTreeMap<rt::String, ExpectedAttributeValue>>,
    /// [`UpdateItemInput::expression_attribute_names`](UpdateItemInput::expression_attribute_names), if set.
    pub expression_attribute_names: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`UpdateItemInput::expression_attribute_values`](UpdateItemInput::expression_attribute_values), if set.
    pub expression_attribute_values: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// [`UpdateItemInput::key`](UpdateItemInput::key), if set.
    pub key: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// [`UpdateItemInput::return_consumed_capacity`](UpdateItemInput::return_consumed_capacity), if set.
    pub return_consumed_capacity: rt::Option<ReturnConsumedCapacity>,
    /// [`UpdateItemInput::return_item_collection_metrics`](UpdateItemInput::return_item_collection_metrics), if set.
    pub return_item_collection_metrics: rt::Option<ReturnItemCollectionMetrics>,
    /// [`UpdateItemInput::return_values`](UpdateItemInput::return_values), if set.
    pub return_values: rt::Option<ReturnValue>,
    /// [`UpdateItemInput::return_values_on_condition_check_failure`](UpdateItemInput::return_values_on_condition_check_failure), if set.
    pub return_values_on_condition_check_failure: rt::Option<ReturnValuesOnConditionCheckFailure>,
    /// [`UpdateItemInput::table_name`](UpdateItemInput::table_name), if set.
    pub table_name: rt::Option<rt::String>,
    /// [`UpdateItemInput::update_expression`](UpdateItemInput::update_expression), if set.
    pub update_expression: rt::Option<rt::String>,
}
impl UpdateItemInputBuilder {
    /// Inserts one entry into [`UpdateItemInput::attribute_updates`](UpdateItemInput::attribute_updates).
    pub fn attribute_updates(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValueUpdate>,
    ) -> Self {
        self.attribute_updates
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`UpdateItemInput::attribute_updates`](UpdateItemInput::attribute_updates).
    pub fn set_attribute_updates(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, AttributeValueUpdate>>,
    ) -> Self {
        self.attribute_updates = value;
        self
    }
    /// Sets [`UpdateItemInput::condition_expression`](UpdateItemInput::condition_expression).
    pub fn condition_expression(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.condition_expression = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateItemInput::condition_expression`](UpdateItemInput::condition_expression).
    pub fn set_condition_expression(mut self, value: rt::Option<rt::String>) -> Self {
        self.condition_expression = value;
        self
    }
    /// Sets [`UpdateItemInput::conditional_operator`](UpdateItemInput::conditional_operator).
    pub fn conditional_operator(mut self, value: impl rt::Into<ConditionalOperator>) -> Self {
        self.conditional_operator = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateItemInput::conditional_operator`](UpdateItemInput::conditional_operator).
    pub fn set_conditional_operator(mut self, value: rt::Option<ConditionalOperator>) -> Self {
        self.conditional_operator = value;
        self
    }
    /// Inserts one entry into [`UpdateItemInput::expected`](UpdateItemInput::expected).
    pub fn expected(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<ExpectedAttributeValue>,
    ) -> Self {
        self.expected
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`UpdateItemInput::expected`](UpdateItemInput::expected).
    pub fn set_expected(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, ExpectedAttributeValue>>,
    ) -> Self {
        self.expected = value;
        self
    }
    /// Inserts one entry into [`UpdateItemInput::expression_attribute_names`](UpdateItemInput::expression_attribute_names).
    pub fn expression_attribute_names(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.expression_attribute_names
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`UpdateItemInput::expression_attribute_names`](UpdateItemInput::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.expression_attribute_names = value;
        self
    }
    /// Inserts one entry into [`UpdateItemInput::expression_attribute_values`](UpdateItemInput::expression_attribute_values).
    pub fn expression_attribute_values(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValue>,
    ) -> Self {
        self.expression_attribute_values
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`UpdateItemInput::expression_attribute_values`](UpdateItemInput::expression_attribute_values).
    pub fn set_expression_attribute_values(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    ) -> Self {
        self.expression_attribute_values = value;
        self
    }
    /// Inserts one entry into [`UpdateItemInput::key`](UpdateItemInput::key).
    pub fn key(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValue>,
    ) -> Self {
        self.key
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`UpdateItemInput::key`](UpdateItemInput::key).
    pub fn set_key(mut self, value: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>) -> Self {
        self.key = value;
        self
    }
    /// Sets [`UpdateItemInput::return_consumed_capacity`](UpdateItemInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        value: impl rt::Into<ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateItemInput::return_consumed_capacity`](UpdateItemInput::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        value: rt::Option<ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = value;
        self
    }
    /// Sets [`UpdateItemInput::return_item_collection_metrics`](UpdateItemInput::return_item_collection_metrics).
    pub fn return_item_collection_metrics(
        mut self,
        value: impl rt::Into<ReturnItemCollectionMetrics>,
    ) -> Self {
        self.return_item_collection_metrics = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateItemInput::return_item_collection_metrics`](UpdateItemInput::return_item_collection_metrics).
    pub fn set_return_item_collection_metrics(
        mut self,
        value: rt::Option<ReturnItemCollectionMetrics>,
    ) -> Self {
        self.return_item_collection_metrics = value;
        self
    }
    /// Sets [`UpdateItemInput::return_values`](UpdateItemInput::return_values).
    pub fn return_values(mut self, value: impl rt::Into<ReturnValue>) -> Self {
        self.return_values = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateItemInput::return_values`](UpdateItemInput::return_values).
    pub fn set_return_values(mut self, value: rt::Option<ReturnValue>) -> Self {
        self.return_values = value;
        self
    }
    /// Sets [`UpdateItemInput::return_values_on_condition_check_failure`](UpdateItemInput::return_values_on_condition_check_failure).
    pub fn return_values_on_condition_check_failure(
        mut self,
        value: impl rt::Into<ReturnValuesOnConditionCheckFailure>,
    ) -> Self {
        self.return_values_on_condition_check_failure = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateItemInput::return_values_on_condition_check_failure`](UpdateItemInput::return_values_on_condition_check_failure).
    pub fn set_return_values_on_condition_check_failure(
        mut self,
        value: rt::Option<ReturnValuesOnConditionCheckFailure>,
    ) -> Self {
        self.return_values_on_condition_check_failure = value;
        self
    }
    /// Sets [`UpdateItemInput::table_name`](UpdateItemInput::table_name).
    pub fn table_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.table_name = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateItemInput::table_name`](UpdateItemInput::table_name).
    pub fn set_table_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.table_name = value;
        self
    }
    /// Sets [`UpdateItemInput::update_expression`](UpdateItemInput::update_expression).
    pub fn update_expression(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.update_expression = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateItemInput::update_expression`](UpdateItemInput::update_expression).
    pub fn set_update_expression(mut self, value: rt::Option<rt::String>) -> Self {
        self.update_expression = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<UpdateItemInput, rt::BuildError> {
        Ok(UpdateItemInput {
            attribute_updates: self.attribute_updates,
            condition_expression: self.condition_expression,
            conditional_operator: self.conditional_operator,
            expected: self.expected,
            expression_attribute_names: self.expression_attribute_names,
            expression_attribute_values: self.expression_attribute_values,
            key: self.key.ok_or(rt::BuildError {
                shape: "UpdateItemInput",
                member: "Key",
            })?,
            return_consumed_capacity: self.return_consumed_capacity,
            return_item_collection_metrics: self.return_item_collection_metrics,
            return_values: self.return_values,
            return_values_on_condition_check_failure: self.return_values_on_condition_check_failure,
            table_name: self.table_name.ok_or(rt::BuildError {
                shape: "UpdateItemInput",
                member: "TableName",
            })?,
            update_expression: self.update_expression,
        })
    }
}
/// Represents the output of an `UpdateItem` operation.
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateItemOutput {
    /// A map of attribute values as they appear before or after the `UpdateItem` operation, as determined by the `ReturnValues` parameter.
    ///
    /// The `Attributes` map is only present if the update was successful and `ReturnValues` was specified as something other than `NONE` in the request. Each element represents one attribute.
    pub attributes: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// The capacity units consumed by the `UpdateItem` operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unity consumption for write operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#write-operation-consumption) in the *Amazon DynamoDB Developer Guide*.
    pub consumed_capacity: rt::Option<ConsumedCapacity>,
    /// Information about item collections, if any, that were affected by the `UpdateItem` operation. `ItemCollectionMetrics` is only returned if the `ReturnItemCollectionMetrics` parameter was specified. If the table does not have any local secondary indexes, this information is not returned in the response.
    ///
    /// Each `ItemCollectionMetrics` element consists of:
    ///
    /// - `ItemCollectionKey` - The partition key value of the item collection. This is the same as the partition key value of the item itself.
    /// - `SizeEstimateRangeGB` - An estimate of item collection size, in gigabytes. This value is a two-element array containing a lower bound and an upper bound for the estimate. The estimate includes the size of all the items in the table, plus the size of all attributes projected into all of the local secondary indexes on that table. Use this estimate to measure whether a local secondary index is approaching its size limit. The estimate is subject to change over time; therefore, do not rely on the precision or accuracy of the estimate.
    pub item_collection_metrics: rt::Option<ItemCollectionMetrics>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for UpdateItemOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for UpdateItemOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl UpdateItemOutput {
    /// A builder for this structure.
    pub fn builder() -> UpdateItemOutputBuilder {
        UpdateItemOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl UpdateItemOutput {
    /// [`attributes`](Self::attributes).
    pub fn attributes(&self) -> rt::Option<&rt::BTreeMap<rt::String, AttributeValue>> {
        self.attributes.as_ref()
    }
    /// [`consumed_capacity`](Self::consumed_capacity).
    pub fn consumed_capacity(&self) -> rt::Option<&ConsumedCapacity> {
        self.consumed_capacity.as_ref()
    }
    /// [`item_collection_metrics`](Self::item_collection_metrics).
    pub fn item_collection_metrics(&self) -> rt::Option<&ItemCollectionMetrics> {
        self.item_collection_metrics.as_ref()
    }
}
/// Builds a [`UpdateItemOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateItemOutputBuilder {
    /// [`UpdateItemOutput::attributes`](UpdateItemOutput::attributes), if set.
    pub attributes: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    /// [`UpdateItemOutput::consumed_capacity`](UpdateItemOutput::consumed_capacity), if set.
    pub consumed_capacity: rt::Option<ConsumedCapacity>,
    /// [`UpdateItemOutput::item_collection_metrics`](UpdateItemOutput::item_collection_metrics), if set.
    pub item_collection_metrics: rt::Option<ItemCollectionMetrics>,
}
impl UpdateItemOutputBuilder {
    /// Inserts one entry into [`UpdateItemOutput::attributes`](UpdateItemOutput::attributes).
    pub fn attributes(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValue>,
    ) -> Self {
        self.attributes
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`UpdateItemOutput::attributes`](UpdateItemOutput::attributes).
    pub fn set_attributes(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    ) -> Self {
        self.attributes = value;
        self
    }
    /// Sets [`UpdateItemOutput::consumed_capacity`](UpdateItemOutput::consumed_capacity).
    pub fn consumed_capacity(mut self, value: impl rt::Into<ConsumedCapacity>) -> Self {
        self.consumed_capacity = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateItemOutput::consumed_capacity`](UpdateItemOutput::consumed_capacity).
    pub fn set_consumed_capacity(mut self, value: rt::Option<ConsumedCapacity>) -> Self {
        self.consumed_capacity = value;
        self
    }
    /// Sets [`UpdateItemOutput::item_collection_metrics`](UpdateItemOutput::item_collection_metrics).
    pub fn item_collection_metrics(mut self, value: impl rt::Into<ItemCollectionMetrics>) -> Self {
        self.item_collection_metrics = Some(value.into());
        self
    }
    /// Sets or clears [`UpdateItemOutput::item_collection_metrics`](UpdateItemOutput::item_collection_metrics).
    pub fn set_item_collection_metrics(mut self, value: rt::Option<ItemCollectionMetrics>) -> Self {
        self.item_collection_metrics = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> UpdateItemOutput {
        UpdateItemOutput {
            attributes: self.attributes,
            consumed_capacity: self.consumed_capacity,
            item_collection_metrics: self.item_collection_metrics,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Provides visibility into the number of read and write operations your table or secondary index can instantaneously support. The settings can be modified using the `UpdateTable` operation to meet the throughput requirements of an upcoming peak event.
#[derive(Clone, Debug, PartialEq)]
pub struct WarmThroughput {
    /// Represents the number of read operations your base table can instantaneously support.
    pub read_units_per_second: rt::Option<i64>,
    /// Represents the number of write operations your base table can instantaneously support.
    pub write_units_per_second: rt::Option<i64>,
}
impl WarmThroughput {
    /// A builder for this structure.
    pub fn builder() -> WarmThroughputBuilder {
        WarmThroughputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl WarmThroughput {
    /// [`read_units_per_second`](Self::read_units_per_second).
    pub fn read_units_per_second(&self) -> rt::Option<i64> {
        self.read_units_per_second
    }
    /// [`write_units_per_second`](Self::write_units_per_second).
    pub fn write_units_per_second(&self) -> rt::Option<i64> {
        self.write_units_per_second
    }
}
/// Builds a [`WarmThroughput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WarmThroughputBuilder {
    /// [`WarmThroughput::read_units_per_second`](WarmThroughput::read_units_per_second), if set.
    pub read_units_per_second: rt::Option<i64>,
    /// [`WarmThroughput::write_units_per_second`](WarmThroughput::write_units_per_second), if set.
    pub write_units_per_second: rt::Option<i64>,
}
impl WarmThroughputBuilder {
    /// Sets [`WarmThroughput::read_units_per_second`](WarmThroughput::read_units_per_second).
    pub fn read_units_per_second(mut self, value: impl rt::Into<i64>) -> Self {
        self.read_units_per_second = Some(value.into());
        self
    }
    /// Sets or clears [`WarmThroughput::read_units_per_second`](WarmThroughput::read_units_per_second).
    pub fn set_read_units_per_second(mut self, value: rt::Option<i64>) -> Self {
        self.read_units_per_second = value;
        self
    }
    /// Sets [`WarmThroughput::write_units_per_second`](WarmThroughput::write_units_per_second).
    pub fn write_units_per_second(mut self, value: impl rt::Into<i64>) -> Self {
        self.write_units_per_second = Some(value.into());
        self
    }
    /// Sets or clears [`WarmThroughput::write_units_per_second`](WarmThroughput::write_units_per_second).
    pub fn set_write_units_per_second(mut self, value: rt::Option<i64>) -> Self {
        self.write_units_per_second = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> WarmThroughput {
        WarmThroughput {
            read_units_per_second: self.read_units_per_second,
            write_units_per_second: self.write_units_per_second,
        }
    }
}
/// Represents the data for an attribute.
///
/// Each attribute value is described as a name-value pair. The name is the data type, and the value is the data itself.
///
/// For more information, see [Data Types](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html#HowItWorks.DataTypes) in the *Amazon DynamoDB Developer Guide*.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum AttributeValue {
    /// An attribute of type Binary. For example:
    ///
    /// `"B": "dGhpcyB0ZXh0IGlzIGJhc2U2NC1lbmNvZGVk"`
    B(rt::Blob),
    /// An attribute of type Boolean. For example:
    ///
    /// `"BOOL": true`
    Bool(bool),
    /// An attribute of type Binary Set. For example:
    ///
    /// `"BS": ["U3Vubnk=", "UmFpbnk=", "U25vd3k="]`
    Bs(rt::Vec<rt::Blob>),
    /// An attribute of type List. For example:
    ///
    /// `"L": [ {"S": "Cookies"} , {"S": "Coffee"}, {"N": "3.14159"}]`
    L(rt::Vec<AttributeValue>),
    /// An attribute of type Map. For example:
    ///
    /// `"M": {"Name": {"S": "Joe"}, "Age": {"N": "35"}}`
    M(rt::BTreeMap<rt::String, AttributeValue>),
    /// An attribute of type Number. For example:
    ///
    /// `"N": "123.45"`
    ///
    /// Numbers are sent across the network to DynamoDB as strings, to maximize compatibility across languages and libraries. However, DynamoDB treats them as number type attributes for mathematical operations.
    N(rt::String),
    /// An attribute of type Number Set. For example:
    ///
    /// `"NS": ["42.2", "-19", "7.5", "3.14"]`
    ///
    /// Numbers are sent across the network to DynamoDB as strings, to maximize compatibility across languages and libraries. However, DynamoDB treats them as number type attributes for mathematical operations.
    Ns(rt::Vec<rt::String>),
    /// An attribute of type Null. For example:
    ///
    /// `"NULL": true`
    Null(bool),
    /// An attribute of type String. For example:
    ///
    /// `"S": "Hello"`
    S(rt::String),
    /// An attribute of type String Set. For example:
    ///
    /// `"SS": ["Giraffe", "Hippo" ,"Zebra"]`
    Ss(rt::Vec<rt::String>),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}

::codegen_rt::string_enum! {
    pub enum AttributeAction {
        Add = "ADD",
        Delete = "DELETE",
        Put = "PUT",
    }
}

::codegen_rt::string_enum! {
    pub enum BillingMode {
        PayPerRequest = "PAY_PER_REQUEST",
        Provisioned = "PROVISIONED",
    }
}

::codegen_rt::string_enum! {
    pub enum ComparisonOperator {
        BeginsWith = "BEGINS_WITH",
        Between = "BETWEEN",
        Contains = "CONTAINS",
        Eq = "EQ",
        Ge = "GE",
        Gt = "GT",
        In = "IN",
        Le = "LE",
        Lt = "LT",
        Ne = "NE",
        NotContains = "NOT_CONTAINS",
        NotNull = "NOT_NULL",
        Null = "NULL",
    }
}

::codegen_rt::string_enum! {
    pub enum ConditionalOperator {
        And = "AND",
        Or = "OR",
    }
}

::codegen_rt::string_enum! {
    pub enum IndexStatus {
        Active = "ACTIVE",
        Creating = "CREATING",
        Deleting = "DELETING",
        Updating = "UPDATING",
    }
}

::codegen_rt::string_enum! {
    pub enum KeyType {
        Hash = "HASH",
        Range = "RANGE",
    }
}

::codegen_rt::string_enum! {
    pub enum MultiRegionConsistency {
        Eventual = "EVENTUAL",
        Strong = "STRONG",
    }
}

::codegen_rt::string_enum! {
    pub enum ProjectionType {
        All = "ALL",
        Include = "INCLUDE",
        KeysOnly = "KEYS_ONLY",
    }
}

::codegen_rt::string_enum! {
    pub enum ReplicaStatus {
        Active = "ACTIVE",
        Creating = "CREATING",
        CreationFailed = "CREATION_FAILED",
        Deleting = "DELETING",
        InaccessibleEncryptionCredentials = "INACCESSIBLE_ENCRYPTION_CREDENTIALS",
        RegionDisabled = "REGION_DISABLED",
        Updating = "UPDATING",
    }
}

::codegen_rt::string_enum! {
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response:
    ///
    /// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the operation, together with `ConsumedCapacity` for each table and secondary index that was accessed. Note that some operations, such as `GetItem` and `BatchGetItem`, do not access any indexes at all. In these cases, specifying `INDEXES` will only return `ConsumedCapacity` information for table(s).
    /// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the operation.
    /// - `NONE` - No `ConsumedCapacity` details are included in the response.
    pub enum ReturnConsumedCapacity {
        Indexes = "INDEXES",
        None = "NONE",
        Total = "TOTAL",
    }
}

::codegen_rt::string_enum! {
    pub enum ReturnItemCollectionMetrics {
        None = "NONE",
        Size = "SIZE",
    }
}

::codegen_rt::string_enum! {
    pub enum ReturnValue {
        AllNew = "ALL_NEW",
        AllOld = "ALL_OLD",
        None = "NONE",
        UpdatedNew = "UPDATED_NEW",
        UpdatedOld = "UPDATED_OLD",
    }
}

::codegen_rt::string_enum! {
    pub enum ReturnValuesOnConditionCheckFailure {
        AllOld = "ALL_OLD",
        None = "NONE",
    }
}

::codegen_rt::string_enum! {
    pub enum ScalarAttributeType {
        B = "B",
        N = "N",
        S = "S",
    }
}

::codegen_rt::string_enum! {
    pub enum Select {
        AllAttributes = "ALL_ATTRIBUTES",
        AllProjectedAttributes = "ALL_PROJECTED_ATTRIBUTES",
        Count = "COUNT",
        SpecificAttributes = "SPECIFIC_ATTRIBUTES",
    }
}

::codegen_rt::string_enum! {
    pub enum SseStatus {
        Disabled = "DISABLED",
        Disabling = "DISABLING",
        Enabled = "ENABLED",
        Enabling = "ENABLING",
        Updating = "UPDATING",
    }
}

::codegen_rt::string_enum! {
    pub enum SseType {
        Aes256 = "AES256",
        Kms = "KMS",
    }
}

::codegen_rt::string_enum! {
    pub enum StreamViewType {
        KeysOnly = "KEYS_ONLY",
        NewAndOldImages = "NEW_AND_OLD_IMAGES",
        NewImage = "NEW_IMAGE",
        OldImage = "OLD_IMAGE",
    }
}

::codegen_rt::string_enum! {
    pub enum TableClass {
        Standard = "STANDARD",
        StandardInfrequentAccess = "STANDARD_INFREQUENT_ACCESS",
    }
}

::codegen_rt::string_enum! {
    pub enum TableStatus {
        Active = "ACTIVE",
        Archived = "ARCHIVED",
        Archiving = "ARCHIVING",
        Creating = "CREATING",
        Deleting = "DELETING",
        InaccessibleEncryptionCredentials = "INACCESSIBLE_ENCRYPTION_CREDENTIALS",
        Updating = "UPDATING",
    }
}
