// Generated from models/entitlements.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// Capacity a customer holds in a product.
#[derive(Clone, Debug, PartialEq)]
pub struct Entitlement {
    /// The product.
    pub product_code: rt::Option<rt::String>,
    /// The dimension of the product.
    pub dimension: rt::Option<rt::String>,
    /// Who holds it.
    pub customer_identifier: rt::Option<rt::String>,
    /// The holder's AWS account.
    pub customer_aws_account_id: rt::Option<rt::String>,
    /// How much.
    pub value: rt::Option<EntitlementValue>,
    /// Until when.
    pub expiration_date: rt::Option<rt::DateTime>,
    /// The license granted.
    pub license_arn: rt::Option<rt::String>,
}
impl Entitlement {
    /// A builder for this structure.
    pub fn builder() -> EntitlementBuilder {
        EntitlementBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Entitlement {
    /// [`product_code`](Self::product_code).
    pub fn product_code(&self) -> rt::Option<&str> {
        self.product_code.as_deref()
    }
    /// [`dimension`](Self::dimension).
    pub fn dimension(&self) -> rt::Option<&str> {
        self.dimension.as_deref()
    }
    /// [`customer_identifier`](Self::customer_identifier).
    pub fn customer_identifier(&self) -> rt::Option<&str> {
        self.customer_identifier.as_deref()
    }
    /// [`customer_aws_account_id`](Self::customer_aws_account_id).
    pub fn customer_aws_account_id(&self) -> rt::Option<&str> {
        self.customer_aws_account_id.as_deref()
    }
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&EntitlementValue> {
        self.value.as_ref()
    }
    /// [`expiration_date`](Self::expiration_date).
    pub fn expiration_date(&self) -> rt::Option<&rt::DateTime> {
        self.expiration_date.as_ref()
    }
    /// [`license_arn`](Self::license_arn).
    pub fn license_arn(&self) -> rt::Option<&str> {
        self.license_arn.as_deref()
    }
}
/// Builds a [`Entitlement`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EntitlementBuilder {
    /// [`Entitlement::product_code`](Entitlement::product_code), if set.
    pub product_code: rt::Option<rt::String>,
    /// [`Entitlement::dimension`](Entitlement::dimension), if set.
    pub dimension: rt::Option<rt::String>,
    /// [`Entitlement::customer_identifier`](Entitlement::customer_identifier), if set.
    pub customer_identifier: rt::Option<rt::String>,
    /// [`Entitlement::customer_aws_account_id`](Entitlement::customer_aws_account_id), if set.
    pub customer_aws_account_id: rt::Option<rt::String>,
    /// [`Entitlement::value`](Entitlement::value), if set.
    pub value: rt::Option<EntitlementValue>,
    /// [`Entitlement::expiration_date`](Entitlement::expiration_date), if set.
    pub expiration_date: rt::Option<rt::DateTime>,
    /// [`Entitlement::license_arn`](Entitlement::license_arn), if set.
    pub license_arn: rt::Option<rt::String>,
}
impl EntitlementBuilder {
    /// Sets [`Entitlement::product_code`](Entitlement::product_code).
    pub fn product_code(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.product_code = Some(value.into());
        self
    }
    /// Sets or clears [`Entitlement::product_code`](Entitlement::product_code).
    pub fn set_product_code(mut self, value: rt::Option<rt::String>) -> Self {
        self.product_code = value;
        self
    }
    /// Sets [`Entitlement::dimension`](Entitlement::dimension).
    pub fn dimension(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.dimension = Some(value.into());
        self
    }
    /// Sets or clears [`Entitlement::dimension`](Entitlement::dimension).
    pub fn set_dimension(mut self, value: rt::Option<rt::String>) -> Self {
        self.dimension = value;
        self
    }
    /// Sets [`Entitlement::customer_identifier`](Entitlement::customer_identifier).
    pub fn customer_identifier(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.customer_identifier = Some(value.into());
        self
    }
    /// Sets or clears [`Entitlement::customer_identifier`](Entitlement::customer_identifier).
    pub fn set_customer_identifier(mut self, value: rt::Option<rt::String>) -> Self {
        self.customer_identifier = value;
        self
    }
    /// Sets [`Entitlement::customer_aws_account_id`](Entitlement::customer_aws_account_id).
    pub fn customer_aws_account_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.customer_aws_account_id = Some(value.into());
        self
    }
    /// Sets or clears [`Entitlement::customer_aws_account_id`](Entitlement::customer_aws_account_id).
    pub fn set_customer_aws_account_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.customer_aws_account_id = value;
        self
    }
    /// Sets [`Entitlement::value`](Entitlement::value).
    pub fn value(mut self, value: impl rt::Into<EntitlementValue>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`Entitlement::value`](Entitlement::value).
    pub fn set_value(mut self, value: rt::Option<EntitlementValue>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`Entitlement::expiration_date`](Entitlement::expiration_date).
    pub fn expiration_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.expiration_date = Some(value.into());
        self
    }
    /// Sets or clears [`Entitlement::expiration_date`](Entitlement::expiration_date).
    pub fn set_expiration_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.expiration_date = value;
        self
    }
    /// Sets [`Entitlement::license_arn`](Entitlement::license_arn).
    pub fn license_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.license_arn = Some(value.into());
        self
    }
    /// Sets or clears [`Entitlement::license_arn`](Entitlement::license_arn).
    pub fn set_license_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.license_arn = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Entitlement {
        Entitlement {
            product_code: self.product_code,
            dimension: self.dimension,
            customer_identifier: self.customer_identifier,
            customer_aws_account_id: self.customer_aws_account_id,
            value: self.value,
            expiration_date: self.expiration_date,
            license_arn: self.license_arn,
        }
    }
}
/// An amount of one of four kinds.
#[derive(Clone, Debug, PartialEq)]
pub struct EntitlementValue {
    /// An integer amount.
    pub integer_value: rt::Option<i32>,
    /// A fractional amount.
    pub double_value: rt::Option<f64>,
    /// A yes or no.
    pub boolean_value: rt::Option<bool>,
    /// A text amount.
    pub string_value: rt::Option<rt::String>,
}
impl EntitlementValue {
    /// A builder for this structure.
    pub fn builder() -> EntitlementValueBuilder {
        EntitlementValueBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl EntitlementValue {
    /// [`integer_value`](Self::integer_value).
    pub fn integer_value(&self) -> rt::Option<i32> {
        self.integer_value
    }
    /// [`double_value`](Self::double_value).
    pub fn double_value(&self) -> rt::Option<f64> {
        self.double_value
    }
    /// [`boolean_value`](Self::boolean_value).
    pub fn boolean_value(&self) -> rt::Option<bool> {
        self.boolean_value
    }
    /// [`string_value`](Self::string_value).
    pub fn string_value(&self) -> rt::Option<&str> {
        self.string_value.as_deref()
    }
}
/// Builds a [`EntitlementValue`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EntitlementValueBuilder {
    /// [`EntitlementValue::integer_value`](EntitlementValue::integer_value), if set.
    pub integer_value: rt::Option<i32>,
    /// [`EntitlementValue::double_value`](EntitlementValue::double_value), if set.
    pub double_value: rt::Option<f64>,
    /// [`EntitlementValue::boolean_value`](EntitlementValue::boolean_value), if set.
    pub boolean_value: rt::Option<bool>,
    /// [`EntitlementValue::string_value`](EntitlementValue::string_value), if set.
    pub string_value: rt::Option<rt::String>,
}
impl EntitlementValueBuilder {
    /// Sets [`EntitlementValue::integer_value`](EntitlementValue::integer_value).
    pub fn integer_value(mut self, value: impl rt::Into<i32>) -> Self {
        self.integer_value = Some(value.into());
        self
    }
    /// Sets or clears [`EntitlementValue::integer_value`](EntitlementValue::integer_value).
    pub fn set_integer_value(mut self, value: rt::Option<i32>) -> Self {
        self.integer_value = value;
        self
    }
    /// Sets [`EntitlementValue::double_value`](EntitlementValue::double_value).
    pub fn double_value(mut self, value: impl rt::Into<f64>) -> Self {
        self.double_value = Some(value.into());
        self
    }
    /// Sets or clears [`EntitlementValue::double_value`](EntitlementValue::double_value).
    pub fn set_double_value(mut self, value: rt::Option<f64>) -> Self {
        self.double_value = value;
        self
    }
    /// Sets [`EntitlementValue::boolean_value`](EntitlementValue::boolean_value).
    pub fn boolean_value(mut self, value: impl rt::Into<bool>) -> Self {
        self.boolean_value = Some(value.into());
        self
    }
    /// Sets or clears [`EntitlementValue::boolean_value`](EntitlementValue::boolean_value).
    pub fn set_boolean_value(mut self, value: rt::Option<bool>) -> Self {
        self.boolean_value = value;
        self
    }
    /// Sets [`EntitlementValue::string_value`](EntitlementValue::string_value).
    pub fn string_value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.string_value = Some(value.into());
        self
    }
    /// Sets or clears [`EntitlementValue::string_value`](EntitlementValue::string_value).
    pub fn set_string_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.string_value = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> EntitlementValue {
        EntitlementValue {
            integer_value: self.integer_value,
            double_value: self.double_value,
            boolean_value: self.boolean_value,
            string_value: self.string_value,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetEntitlementsInput {
    /// The product whose entitlements are listed.
    pub product_code: rt::String,
    /// Only entitlements whose named fields hold one of the values.
    pub filter: rt::Option<rt::BTreeMap<rt::String, rt::Vec<rt::String>>>,
    /// Where the previous page ended.
    pub next_token: rt::Option<rt::String>,
    /// At most this many entitlements.
    pub max_results: rt::Option<i32>,
}
impl GetEntitlementsInput {
    /// A builder for this structure.
    pub fn builder() -> GetEntitlementsInputBuilder {
        GetEntitlementsInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetEntitlementsInput {
    /// [`product_code`](Self::product_code).
    pub fn product_code(&self) -> &str {
        &self.product_code
    }
    /// [`filter`](Self::filter).
    pub fn filter(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::Vec<rt::String>>> {
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
/// Builds a [`GetEntitlementsInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetEntitlementsInputBuilder {
    /// [`GetEntitlementsInput::product_code`](GetEntitlementsInput::product_code), if set.
    pub product_code: rt::Option<rt::String>,
    /// [`GetEntitlementsInput::filter`](GetEntitlementsInput::filter), if set.
    pub filter: rt::Option<rt::BTreeMap<rt::String, rt::Vec<rt::String>>>,
    /// [`GetEntitlementsInput::next_token`](GetEntitlementsInput::next_token), if set.
    pub next_token: rt::Option<rt::String>,
    /// [`GetEntitlementsInput::max_results`](GetEntitlementsInput::max_results), if set.
    pub max_results: rt::Option<i32>,
}
impl GetEntitlementsInputBuilder {
    /// Sets [`GetEntitlementsInput::product_code`](GetEntitlementsInput::product_code).
    pub fn product_code(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.product_code = Some(value.into());
        self
    }
    /// Sets or clears [`GetEntitlementsInput::product_code`](GetEntitlementsInput::product_code).
    pub fn set_product_code(mut self, value: rt::Option<rt::String>) -> Self {
        self.product_code = value;
        self
    }
    /// Inserts one entry into [`GetEntitlementsInput::filter`](GetEntitlementsInput::filter).
    pub fn filter(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::Vec<rt::String>>,
    ) -> Self {
        self.filter
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`GetEntitlementsInput::filter`](GetEntitlementsInput::filter).
    pub fn set_filter(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::Vec<rt::String>>>,
    ) -> Self {
        self.filter = value;
        self
    }
    /// Sets [`GetEntitlementsInput::next_token`](GetEntitlementsInput::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`GetEntitlementsInput::next_token`](GetEntitlementsInput::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// Sets [`GetEntitlementsInput::max_results`](GetEntitlementsInput::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.max_results = Some(value.into());
        self
    }
    /// Sets or clears [`GetEntitlementsInput::max_results`](GetEntitlementsInput::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.max_results = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<GetEntitlementsInput, rt::BuildError> {
        Ok(GetEntitlementsInput {
            product_code: self.product_code.ok_or(rt::BuildError {
                shape: "GetEntitlementsInput",
                member: "ProductCode",
            })?,
            filter: self.filter,
            next_token: self.next_token,
            max_results: self.max_results,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetEntitlementsOutput {
    /// The entitlements found.
    pub entitlements: rt::Option<rt::Vec<Entitlement>>,
    /// Where the next page starts, when there is one.
    pub next_token: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetEntitlementsOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetEntitlementsOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetEntitlementsOutput {
    /// A builder for this structure.
    pub fn builder() -> GetEntitlementsOutputBuilder {
        GetEntitlementsOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetEntitlementsOutput {
    /// [`entitlements`](Self::entitlements), empty when unset.
    pub fn entitlements(&self) -> &[Entitlement] {
        self.entitlements.as_deref().unwrap_or_default()
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
}
/// Builds a [`GetEntitlementsOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetEntitlementsOutputBuilder {
    /// [`GetEntitlementsOutput::entitlements`](GetEntitlementsOutput::entitlements), if set.
    pub entitlements: rt::Option<rt::Vec<Entitlement>>,
    /// [`GetEntitlementsOutput::next_token`](GetEntitlementsOutput::next_token), if set.
    pub next_token: rt::Option<rt::String>,
}
impl GetEntitlementsOutputBuilder {
    /// Appends one element to [`GetEntitlementsOutput::entitlements`](GetEntitlementsOutput::entitlements).
    pub fn entitlements(mut self, value: impl rt::Into<Entitlement>) -> Self {
        self.entitlements
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`GetEntitlementsOutput::entitlements`](GetEntitlementsOutput::entitlements).
    pub fn set_entitlements(mut self, value: rt::Option<rt::Vec<Entitlement>>) -> Self {
        self.entitlements = value;
        self
    }
    /// Sets [`GetEntitlementsOutput::next_token`](GetEntitlementsOutput::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`GetEntitlementsOutput::next_token`](GetEntitlementsOutput::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetEntitlementsOutput {
        GetEntitlementsOutput {
            entitlements: self.entitlements,
            next_token: self.next_token,
            _meta: rt::ResponseMeta::default(),
        }
    }
}

::codegen_rt::string_enum! {
    /// The fields entitlements can be filtered on.
    pub enum GetEntitlementFilterName {
        CustomerIdentifier = "CUSTOMER_IDENTIFIER",
        Dimension = "DIMENSION",
        CustomerAwsAccountId = "CUSTOMER_AWS_ACCOUNT_ID",
        LicenseArn = "LICENSE_ARN",
    }
}
