// Generated from models/naming.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
#[derive(Clone, Debug, PartialEq)]
pub struct AsRef {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl AsRef {
    /// A builder for this structure.
    pub fn builder() -> AsRefBuilder {
        AsRefBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl AsRef {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`AsRef`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AsRefBuilder {
    /// [`AsRef::value`](AsRef::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`AsRef::when`](AsRef::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`AsRef::list`](AsRef::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl AsRefBuilder {
    /// Sets [`AsRef::value`](AsRef::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`AsRef::value`](AsRef::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`AsRef::when`](AsRef::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`AsRef::when`](AsRef::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`AsRef::list`](AsRef::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`AsRef::list`](AsRef::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> AsRef {
        AsRef {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct BTreeMap {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl BTreeMap {
    /// A builder for this structure.
    pub fn builder() -> BTreeMapBuilder {
        BTreeMapBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl BTreeMap {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`BTreeMap`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BTreeMapBuilder {
    /// [`BTreeMap::value`](BTreeMap::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`BTreeMap::when`](BTreeMap::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`BTreeMap::list`](BTreeMap::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl BTreeMapBuilder {
    /// Sets [`BTreeMap::value`](BTreeMap::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`BTreeMap::value`](BTreeMap::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`BTreeMap::when`](BTreeMap::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`BTreeMap::when`](BTreeMap::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`BTreeMap::list`](BTreeMap::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`BTreeMap::list`](BTreeMap::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> BTreeMap {
        BTreeMap {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct BigDecimal {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl BigDecimal {
    /// A builder for this structure.
    pub fn builder() -> BigDecimalBuilder {
        BigDecimalBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl BigDecimal {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`BigDecimal`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BigDecimalBuilder {
    /// [`BigDecimal::value`](BigDecimal::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`BigDecimal::when`](BigDecimal::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`BigDecimal::list`](BigDecimal::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl BigDecimalBuilder {
    /// Sets [`BigDecimal::value`](BigDecimal::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`BigDecimal::value`](BigDecimal::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`BigDecimal::when`](BigDecimal::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`BigDecimal::when`](BigDecimal::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`BigDecimal::list`](BigDecimal::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`BigDecimal::list`](BigDecimal::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> BigDecimal {
        BigDecimal {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ClientShape {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl ClientShape {
    /// A builder for this structure.
    pub fn builder() -> ClientShapeBuilder {
        ClientShapeBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ClientShape {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`ClientShape`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClientShapeBuilder {
    /// [`ClientShape::value`](ClientShape::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`ClientShape::when`](ClientShape::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`ClientShape::list`](ClientShape::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl ClientShapeBuilder {
    /// Sets [`ClientShape::value`](ClientShape::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`ClientShape::value`](ClientShape::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`ClientShape::when`](ClientShape::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`ClientShape::when`](ClientShape::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`ClientShape::list`](ClientShape::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ClientShape::list`](ClientShape::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ClientShape {
        ClientShape {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct Clone {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl Clone {
    /// A builder for this structure.
    pub fn builder() -> CloneBuilder {
        CloneBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Clone {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`Clone`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CloneBuilder {
    /// [`Clone::value`](Clone::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`Clone::when`](Clone::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`Clone::list`](Clone::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl CloneBuilder {
    /// Sets [`Clone::value`](Clone::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`Clone::value`](Clone::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`Clone::when`](Clone::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`Clone::when`](Clone::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`Clone::list`](Clone::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`Clone::list`](Clone::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Clone {
        Clone {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DateTime {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl DateTime {
    /// A builder for this structure.
    pub fn builder() -> DateTimeBuilder {
        DateTimeBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DateTime {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`DateTime`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DateTimeBuilder {
    /// [`DateTime::value`](DateTime::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`DateTime::when`](DateTime::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`DateTime::list`](DateTime::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl DateTimeBuilder {
    /// Sets [`DateTime::value`](DateTime::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`DateTime::value`](DateTime::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`DateTime::when`](DateTime::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`DateTime::when`](DateTime::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`DateTime::list`](DateTime::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`DateTime::list`](DateTime::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DateTime {
        DateTime {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct Default {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl Default {
    /// A builder for this structure.
    pub fn builder() -> DefaultBuilder {
        DefaultBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Default {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`Default`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DefaultBuilder {
    /// [`Default::value`](Default::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`Default::when`](Default::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`Default::list`](Default::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl DefaultBuilder {
    /// Sets [`Default::value`](Default::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`Default::value`](Default::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`Default::when`](Default::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`Default::when`](Default::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`Default::list`](Default::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`Default::list`](Default::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Default {
        Default {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct Eq {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl Eq {
    /// A builder for this structure.
    pub fn builder() -> EqBuilder {
        EqBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Eq {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`Eq`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EqBuilder {
    /// [`Eq::value`](Eq::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`Eq::when`](Eq::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`Eq::list`](Eq::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl EqBuilder {
    /// Sets [`Eq::value`](Eq::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`Eq::value`](Eq::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`Eq::when`](Eq::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`Eq::when`](Eq::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`Eq::list`](Eq::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`Eq::list`](Eq::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Eq {
        Eq {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct Fallback {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl Fallback {
    /// A builder for this structure.
    pub fn builder() -> FallbackBuilder {
        FallbackBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Fallback {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`Fallback`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FallbackBuilder {
    /// [`Fallback::value`](Fallback::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`Fallback::when`](Fallback::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`Fallback::list`](Fallback::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl FallbackBuilder {
    /// Sets [`Fallback::value`](Fallback::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`Fallback::value`](Fallback::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`Fallback::when`](Fallback::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`Fallback::when`](Fallback::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`Fallback::list`](Fallback::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`Fallback::list`](Fallback::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Fallback {
        Fallback {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct Formatter {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl Formatter {
    /// A builder for this structure.
    pub fn builder() -> FormatterBuilder {
        FormatterBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Formatter {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`Formatter`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FormatterBuilder {
    /// [`Formatter::value`](Formatter::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`Formatter::when`](Formatter::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`Formatter::list`](Formatter::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl FormatterBuilder {
    /// Sets [`Formatter::value`](Formatter::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`Formatter::value`](Formatter::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`Formatter::when`](Formatter::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`Formatter::when`](Formatter::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`Formatter::list`](Formatter::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`Formatter::list`](Formatter::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Formatter {
        Formatter {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct Future {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl Future {
    /// A builder for this structure.
    pub fn builder() -> FutureBuilder {
        FutureBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Future {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`Future`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FutureBuilder {
    /// [`Future::value`](Future::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`Future::when`](Future::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`Future::list`](Future::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl FutureBuilder {
    /// Sets [`Future::value`](Future::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`Future::value`](Future::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`Future::when`](Future::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`Future::when`](Future::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`Future::list`](Future::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`Future::list`](Future::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Future {
        Future {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
/// The (empty) input of `Handle2`.
#[derive(Clone, Debug, PartialEq)]
pub struct Handle2Input {}
impl Handle2Input {
    /// A builder for this structure.
    pub fn builder() -> Handle2InputBuilder {
        Handle2InputBuilder::default()
    }
}
/// Builds a [`Handle2Input`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Handle2InputBuilder {}
impl Handle2InputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> Handle2Input {
        Handle2Input {}
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct JsonPath {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl JsonPath {
    /// A builder for this structure.
    pub fn builder() -> JsonPathBuilder {
        JsonPathBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl JsonPath {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`JsonPath`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct JsonPathBuilder {
    /// [`JsonPath::value`](JsonPath::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`JsonPath::when`](JsonPath::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`JsonPath::list`](JsonPath::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl JsonPathBuilder {
    /// Sets [`JsonPath::value`](JsonPath::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`JsonPath::value`](JsonPath::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`JsonPath::when`](JsonPath::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`JsonPath::when`](JsonPath::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`JsonPath::list`](JsonPath::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`JsonPath::list`](JsonPath::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> JsonPath {
        JsonPath {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct Ok {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl Ok {
    /// A builder for this structure.
    pub fn builder() -> OkBuilder {
        OkBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Ok {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`Ok`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OkBuilder {
    /// [`Ok::value`](Ok::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`Ok::when`](Ok::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`Ok::list`](Ok::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl OkBuilder {
    /// Sets [`Ok::value`](Ok::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`Ok::value`](Ok::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`Ok::when`](Ok::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`Ok::when`](Ok::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`Ok::list`](Ok::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`Ok::list`](Ok::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Ok {
        Ok {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct Operation {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl Operation {
    /// A builder for this structure.
    pub fn builder() -> OperationBuilder {
        OperationBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Operation {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`Operation`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OperationBuilder {
    /// [`Operation::value`](Operation::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`Operation::when`](Operation::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`Operation::list`](Operation::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl OperationBuilder {
    /// Sets [`Operation::value`](Operation::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`Operation::value`](Operation::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`Operation::when`](Operation::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`Operation::when`](Operation::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`Operation::list`](Operation::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`Operation::list`](Operation::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Operation {
        Operation {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct Option {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for Option {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for Option {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl Option {
    /// A builder for this structure.
    pub fn builder() -> OptionBuilder {
        OptionBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Option {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`Option`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OptionBuilder {
    /// [`Option::value`](Option::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`Option::when`](Option::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`Option::list`](Option::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl OptionBuilder {
    /// Sets [`Option::value`](Option::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`Option::value`](Option::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`Option::when`](Option::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`Option::when`](Option::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`Option::list`](Option::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`Option::list`](Option::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Option {
        Option {
            value: self.value,
            when: self.when,
            list: self.list,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ResponseBody {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl ResponseBody {
    /// A builder for this structure.
    pub fn builder() -> ResponseBodyBuilder {
        ResponseBodyBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ResponseBody {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`ResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ResponseBodyBuilder {
    /// [`ResponseBody::value`](ResponseBody::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`ResponseBody::when`](ResponseBody::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`ResponseBody::list`](ResponseBody::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl ResponseBodyBuilder {
    /// Sets [`ResponseBody::value`](ResponseBody::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`ResponseBody::value`](ResponseBody::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`ResponseBody::when`](ResponseBody::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`ResponseBody::when`](ResponseBody::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`ResponseBody::list`](ResponseBody::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ResponseBody::list`](ResponseBody::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ResponseBody {
        ResponseBody {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct Result {
    pub r#type: rt::Option<rt::String>,
    pub self_: rt::Option<rt::String>,
    pub r#async: rt::Option<bool>,
    pub is_active: rt::Option<bool>,
    pub ecr_repository_arn: rt::Option<rt::String>,
    pub path: rt::Option<rt::String>,
    pub cx: rt::Option<rt::String>,
    pub doc: rt::Option<Document>,
    pub blob: rt::Option<Blob>,
    pub when: rt::Option<DateTime>,
    pub token: rt::Option<StaticToken>,
}
impl Result {
    /// A builder for this structure.
    pub fn builder() -> ResultBuilder {
        ResultBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Result {
    /// [`r#type`](Self::r#type).
    pub fn r#type(&self) -> rt::Option<&str> {
        self.r#type.as_deref()
    }
    /// [`self_`](Self::self_).
    pub fn self_(&self) -> rt::Option<&str> {
        self.self_.as_deref()
    }
    /// [`r#async`](Self::r#async).
    pub fn r#async(&self) -> rt::Option<bool> {
        self.r#async
    }
    /// [`is_active`](Self::is_active).
    pub fn is_active(&self) -> rt::Option<bool> {
        self.is_active
    }
    /// [`ecr_repository_arn`](Self::ecr_repository_arn).
    pub fn ecr_repository_arn(&self) -> rt::Option<&str> {
        self.ecr_repository_arn.as_deref()
    }
    /// [`path`](Self::path).
    pub fn path(&self) -> rt::Option<&str> {
        self.path.as_deref()
    }
    /// [`cx`](Self::cx).
    pub fn cx(&self) -> rt::Option<&str> {
        self.cx.as_deref()
    }
    /// [`doc`](Self::doc).
    pub fn doc(&self) -> rt::Option<&Document> {
        self.doc.as_ref()
    }
    /// [`blob`](Self::blob).
    pub fn blob(&self) -> rt::Option<&Blob> {
        self.blob.as_ref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&DateTime> {
        self.when.as_ref()
    }
    /// [`token`](Self::token).
    pub fn token(&self) -> rt::Option<&StaticToken> {
        self.token.as_ref()
    }
}
/// Builds a [`Result`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ResultBuilder {
    /// [`Result::r#type`](Result::r#type), if set.
    pub r#type: rt::Option<rt::String>,
    /// [`Result::self_`](Result::self_), if set.
    pub self_: rt::Option<rt::String>,
    /// [`Result::r#async`](Result::r#async), if set.
    pub r#async: rt::Option<bool>,
    /// [`Result::is_active`](Result::is_active), if set.
    pub is_active: rt::Option<bool>,
    /// [`Result::ecr_repository_arn`](Result::ecr_repository_arn), if set.
    pub ecr_repository_arn: rt::Option<rt::String>,
    /// [`Result::path`](Result::path), if set.
    pub path: rt::Option<rt::String>,
    /// [`Result::cx`](Result::cx), if set.
    pub cx: rt::Option<rt::String>,
    /// [`Result::doc`](Result::doc), if set.
    pub doc: rt::Option<Document>,
    /// [`Result::blob`](Result::blob), if set.
    pub blob: rt::Option<Blob>,
    /// [`Result::when`](Result::when), if set.
    pub when: rt::Option<DateTime>,
    /// [`Result::token`](Result::token), if set.
    pub token: rt::Option<StaticToken>,
}
impl ResultBuilder {
    /// Sets [`Result::r#type`](Result::r#type).
    pub fn r#type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets or clears [`Result::r#type`](Result::r#type).
    pub fn set_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.r#type = value;
        self
    }
    /// Sets [`Result::self_`](Result::self_).
    pub fn self_(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.self_ = Some(value.into());
        self
    }
    /// Sets or clears [`Result::self_`](Result::self_).
    pub fn set_self_(mut self, value: rt::Option<rt::String>) -> Self {
        self.self_ = value;
        self
    }
    /// Sets [`Result::r#async`](Result::r#async).
    pub fn r#async(mut self, value: impl rt::Into<bool>) -> Self {
        self.r#async = Some(value.into());
        self
    }
    /// Sets or clears [`Result::r#async`](Result::r#async).
    pub fn set_async(mut self, value: rt::Option<bool>) -> Self {
        self.r#async = value;
        self
    }
    /// Sets [`Result::is_active`](Result::is_active).
    #[allow(clippy::wrong_self_convention)]
    pub fn is_active(mut self, value: impl rt::Into<bool>) -> Self {
        self.is_active = Some(value.into());
        self
    }
    /// Sets or clears [`Result::is_active`](Result::is_active).
    pub fn set_is_active(mut self, value: rt::Option<bool>) -> Self {
        self.is_active = value;
        self
    }
    /// Sets [`Result::ecr_repository_arn`](Result::ecr_repository_arn).
    pub fn ecr_repository_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.ecr_repository_arn = Some(value.into());
        self
    }
    /// Sets or clears [`Result::ecr_repository_arn`](Result::ecr_repository_arn).
    pub fn set_ecr_repository_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.ecr_repository_arn = value;
        self
    }
    /// Sets [`Result::path`](Result::path).
    pub fn path(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.path = Some(value.into());
        self
    }
    /// Sets or clears [`Result::path`](Result::path).
    pub fn set_path(mut self, value: rt::Option<rt::String>) -> Self {
        self.path = value;
        self
    }
    /// Sets [`Result::cx`](Result::cx).
    pub fn cx(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.cx = Some(value.into());
        self
    }
    /// Sets or clears [`Result::cx`](Result::cx).
    pub fn set_cx(mut self, value: rt::Option<rt::String>) -> Self {
        self.cx = value;
        self
    }
    /// Sets [`Result::doc`](Result::doc).
    pub fn doc(mut self, value: impl rt::Into<Document>) -> Self {
        self.doc = Some(value.into());
        self
    }
    /// Sets or clears [`Result::doc`](Result::doc).
    pub fn set_doc(mut self, value: rt::Option<Document>) -> Self {
        self.doc = value;
        self
    }
    /// Sets [`Result::blob`](Result::blob).
    pub fn blob(mut self, value: impl rt::Into<Blob>) -> Self {
        self.blob = Some(value.into());
        self
    }
    /// Sets or clears [`Result::blob`](Result::blob).
    pub fn set_blob(mut self, value: rt::Option<Blob>) -> Self {
        self.blob = value;
        self
    }
    /// Sets [`Result::when`](Result::when).
    pub fn when(mut self, value: impl rt::Into<DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`Result::when`](Result::when).
    pub fn set_when(mut self, value: rt::Option<DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Sets [`Result::token`](Result::token).
    pub fn token(mut self, value: impl rt::Into<StaticToken>) -> Self {
        self.token = Some(value.into());
        self
    }
    /// Sets or clears [`Result::token`](Result::token).
    pub fn set_token(mut self, value: rt::Option<StaticToken>) -> Self {
        self.token = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Result {
        Result {
            r#type: self.r#type,
            self_: self.self_,
            r#async: self.r#async,
            is_active: self.is_active,
            ecr_repository_arn: self.ecr_repository_arn,
            path: self.path,
            cx: self.cx,
            doc: self.doc,
            blob: self.blob,
            when: self.when,
            token: self.token,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct SdkErrorShape {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl SdkErrorShape {
    /// A builder for this structure.
    pub fn builder() -> SdkErrorShapeBuilder {
        SdkErrorShapeBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl SdkErrorShape {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`SdkErrorShape`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SdkErrorShapeBuilder {
    /// [`SdkErrorShape::value`](SdkErrorShape::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`SdkErrorShape::when`](SdkErrorShape::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`SdkErrorShape::list`](SdkErrorShape::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl SdkErrorShapeBuilder {
    /// Sets [`SdkErrorShape::value`](SdkErrorShape::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`SdkErrorShape::value`](SdkErrorShape::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`SdkErrorShape::when`](SdkErrorShape::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`SdkErrorShape::when`](SdkErrorShape::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`SdkErrorShape::list`](SdkErrorShape::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`SdkErrorShape::list`](SdkErrorShape::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> SdkErrorShape {
        SdkErrorShape {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct Send {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl Send {
    /// A builder for this structure.
    pub fn builder() -> SendBuilder {
        SendBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Send {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`Send`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SendBuilder {
    /// [`Send::value`](Send::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`Send::when`](Send::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`Send::list`](Send::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl SendBuilder {
    /// Sets [`Send::value`](Send::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`Send::value`](Send::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`Send::when`](Send::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`Send::when`](Send::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`Send::list`](Send::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`Send::list`](Send::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Send {
        Send {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct Service {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl Service {
    /// A builder for this structure.
    pub fn builder() -> ServiceBuilder {
        ServiceBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Service {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`Service`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ServiceBuilder {
    /// [`Service::value`](Service::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`Service::when`](Service::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`Service::list`](Service::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl ServiceBuilder {
    /// Sets [`Service::value`](Service::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`Service::value`](Service::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`Service::when`](Service::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`Service::when`](Service::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`Service::list`](Service::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`Service::list`](Service::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Service {
        Service {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct Sized {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl Sized {
    /// A builder for this structure.
    pub fn builder() -> SizedBuilder {
        SizedBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Sized {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`Sized`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SizedBuilder {
    /// [`Sized::value`](Sized::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`Sized::when`](Sized::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`Sized::list`](Sized::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl SizedBuilder {
    /// Sets [`Sized::value`](Sized::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`Sized::value`](Sized::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`Sized::when`](Sized::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`Sized::when`](Sized::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`Sized::list`](Sized::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`Sized::list`](Sized::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Sized {
        Sized {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
/// Named like the runtime's `StaticToken`, which the client crate re-exports.
#[derive(Clone, Debug, PartialEq)]
pub struct StaticToken {
    pub value: rt::Option<rt::String>,
}
impl StaticToken {
    /// A builder for this structure.
    pub fn builder() -> StaticTokenBuilder {
        StaticTokenBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl StaticToken {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
}
/// Builds a [`StaticToken`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StaticTokenBuilder {
    /// [`StaticToken::value`](StaticToken::value), if set.
    pub value: rt::Option<rt::String>,
}
impl StaticTokenBuilder {
    /// Sets [`StaticToken::value`](StaticToken::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`StaticToken::value`](StaticToken::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> StaticToken {
        StaticToken { value: self.value }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct String {
    pub option: rt::Option<Unknown>,
    pub option_value: rt::Option<Option>,
    pub vec_value: rt::Option<Vec>,
    pub box_value: rt::Option<Box>,
    pub default_value: rt::Option<Default>,
    pub into_value: rt::Option<Into>,
    pub from_value: rt::Option<From>,
    pub send_value: rt::Option<Send>,
    pub sync_value: rt::Option<Sync>,
    pub iterator_value: rt::Option<Iterator>,
    pub sized_value: rt::Option<Sized>,
    pub arc_value: rt::Option<Arc>,
    pub pin_value: rt::Option<Pin>,
    pub future_value: rt::Option<Future>,
    pub poll_value: rt::Option<Poll>,
    pub infallible_value: rt::Option<Infallible>,
    pub b_tree_map_value: rt::Option<BTreeMap>,
    pub lazy_lock_value: rt::Option<LazyLock>,
    pub blob_value: rt::Option<Blob>,
    pub date_time_value: rt::Option<DateTime>,
    pub document_value: rt::Option<Document>,
    pub big_integer_value: rt::Option<BigInteger>,
    pub big_decimal_value: rt::Option<BigDecimal>,
    pub json_value_value: rt::Option<JsonValue>,
    pub json_map_value: rt::Option<JsonMap>,
    pub json_path_value: rt::Option<JsonPath>,
    pub json_ctx_value: rt::Option<JsonCtx>,
    pub de_error_value: rt::Option<DeError>,
    pub fallback_value: rt::Option<Fallback>,
    pub from_json_value: rt::Option<FromJson>,
    pub to_json_value: rt::Option<ToJson>,
    pub timestamp_format_value: rt::Option<TimestampFormat>,
    pub build_error_value: rt::Option<BuildError>,
    pub operation_error_value: rt::Option<OperationError>,
    pub wire_error_value: rt::Option<WireError>,
    pub pattern_value: rt::Option<Pattern>,
    pub pattern_engine_value: rt::Option<PatternEngine>,
    pub response_body_value: rt::Option<ResponseBody>,
    pub handle_value: rt::Option<Handle>,
    pub credentials_value: rt::Option<CredentialsShape>,
    pub client_value: rt::Option<ClientShape>,
    pub config_value: rt::Option<ConfigShape>,
    pub context_value: rt::Option<ContextShape>,
    pub sdk_error_value: rt::Option<SdkErrorShape>,
    pub naming_things_value: rt::Option<NamingThings>,
    pub naming_things_server_value: rt::Option<NamingThingsServer>,
    pub operation_value: rt::Option<Operation>,
    pub some_value: rt::Option<Some>,
    pub none_value: rt::Option<None>,
    pub ok_value: rt::Option<Ok>,
    pub err_value: rt::Option<Err>,
    pub debug_value: rt::Option<Debug>,
    pub clone_value: rt::Option<Clone>,
    pub partial_eq_value: rt::Option<PartialEq>,
    pub display_value: rt::Option<Display>,
    pub formatter_value: rt::Option<Formatter>,
    pub request_value: rt::Option<Request>,
    pub response_value: rt::Option<Response>,
    pub service_value: rt::Option<Service>,
    pub routes_value: rt::Option<Routes>,
    pub copy_value: rt::Option<Copy>,
    pub eq_value: rt::Option<Eq>,
    pub to_string_value: rt::Option<ToString>,
    pub to_owned_value: rt::Option<ToOwned>,
    pub as_ref_value: rt::Option<AsRef>,
    pub drop_value: rt::Option<Drop>,
    pub fn_value: rt::Option<Fn>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for String {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for String {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl String {
    /// A builder for this structure.
    pub fn builder() -> StringBuilder {
        StringBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl String {
    /// [`option`](Self::option).
    pub fn option(&self) -> rt::Option<&Unknown> {
        self.option.as_ref()
    }
    /// [`option_value`](Self::option_value).
    pub fn option_value(&self) -> rt::Option<&Option> {
        self.option_value.as_ref()
    }
    /// [`vec_value`](Self::vec_value).
    pub fn vec_value(&self) -> rt::Option<&Vec> {
        self.vec_value.as_ref()
    }
    /// [`box_value`](Self::box_value).
    pub fn box_value(&self) -> rt::Option<&Box> {
        self.box_value.as_ref()
    }
    /// [`default_value`](Self::default_value).
    pub fn default_value(&self) -> rt::Option<&Default> {
        self.default_value.as_ref()
    }
    /// [`into_value`](Self::into_value).
    pub fn into_value(&self) -> rt::Option<&Into> {
        self.into_value.as_ref()
    }
    /// [`from_value`](Self::from_value).
    pub fn from_value(&self) -> rt::Option<&From> {
        self.from_value.as_ref()
    }
    /// [`send_value`](Self::send_value).
    pub fn send_value(&self) -> rt::Option<&Send> {
        self.send_value.as_ref()
    }
    /// [`sync_value`](Self::sync_value).
    pub fn sync_value(&self) -> rt::Option<&Sync> {
        self.sync_value.as_ref()
    }
    /// [`iterator_value`](Self::iterator_value).
    pub fn iterator_value(&self) -> rt::Option<&Iterator> {
        self.iterator_value.as_ref()
    }
    /// [`sized_value`](Self::sized_value).
    pub fn sized_value(&self) -> rt::Option<&Sized> {
        self.sized_value.as_ref()
    }
    /// [`arc_value`](Self::arc_value).
    pub fn arc_value(&self) -> rt::Option<&Arc> {
        self.arc_value.as_ref()
    }
    /// [`pin_value`](Self::pin_value).
    pub fn pin_value(&self) -> rt::Option<&Pin> {
        self.pin_value.as_ref()
    }
    /// [`future_value`](Self::future_value).
    pub fn future_value(&self) -> rt::Option<&Future> {
        self.future_value.as_ref()
    }
    /// [`poll_value`](Self::poll_value).
    pub fn poll_value(&self) -> rt::Option<&Poll> {
        self.poll_value.as_ref()
    }
    /// [`infallible_value`](Self::infallible_value).
    pub fn infallible_value(&self) -> rt::Option<&Infallible> {
        self.infallible_value.as_ref()
    }
    /// [`b_tree_map_value`](Self::b_tree_map_value).
    pub fn b_tree_map_value(&self) -> rt::Option<&BTreeMap> {
        self.b_tree_map_value.as_ref()
    }
    /// [`lazy_lock_value`](Self::lazy_lock_value).
    pub fn lazy_lock_value(&self) -> rt::Option<&LazyLock> {
        self.lazy_lock_value.as_ref()
    }
    /// [`blob_value`](Self::blob_value).
    pub fn blob_value(&self) -> rt::Option<&Blob> {
        self.blob_value.as_ref()
    }
    /// [`date_time_value`](Self::date_time_value).
    pub fn date_time_value(&self) -> rt::Option<&DateTime> {
        self.date_time_value.as_ref()
    }
    /// [`document_value`](Self::document_value).
    pub fn document_value(&self) -> rt::Option<&Document> {
        self.document_value.as_ref()
    }
    /// [`big_integer_value`](Self::big_integer_value).
    pub fn big_integer_value(&self) -> rt::Option<&BigInteger> {
        self.big_integer_value.as_ref()
    }
    /// [`big_decimal_value`](Self::big_decimal_value).
    pub fn big_decimal_value(&self) -> rt::Option<&BigDecimal> {
        self.big_decimal_value.as_ref()
    }
    /// [`json_value_value`](Self::json_value_value).
    pub fn json_value_value(&self) -> rt::Option<&JsonValue> {
        self.json_value_value.as_ref()
    }
    /// [`json_map_value`](Self::json_map_value).
    pub fn json_map_value(&self) -> rt::Option<&JsonMap> {
        self.json_map_value.as_ref()
    }
    /// [`json_path_value`](Self::json_path_value).
    pub fn json_path_value(&self) -> rt::Option<&JsonPath> {
        self.json_path_value.as_ref()
    }
    /// [`json_ctx_value`](Self::json_ctx_value).
    pub fn json_ctx_value(&self) -> rt::Option<&JsonCtx> {
        self.json_ctx_value.as_ref()
    }
    /// [`de_error_value`](Self::de_error_value).
    pub fn de_error_value(&self) -> rt::Option<&DeError> {
        self.de_error_value.as_ref()
    }
    /// [`fallback_value`](Self::fallback_value).
    pub fn fallback_value(&self) -> rt::Option<&Fallback> {
        self.fallback_value.as_ref()
    }
    /// [`from_json_value`](Self::from_json_value).
    pub fn from_json_value(&self) -> rt::Option<&FromJson> {
        self.from_json_value.as_ref()
    }
    /// [`to_json_value`](Self::to_json_value).
    pub fn to_json_value(&self) -> rt::Option<&ToJson> {
        self.to_json_value.as_ref()
    }
    /// [`timestamp_format_value`](Self::timestamp_format_value).
    pub fn timestamp_format_value(&self) -> rt::Option<&TimestampFormat> {
        self.timestamp_format_value.as_ref()
    }
    /// [`build_error_value`](Self::build_error_value).
    pub fn build_error_value(&self) -> rt::Option<&BuildError> {
        self.build_error_value.as_ref()
    }
    /// [`operation_error_value`](Self::operation_error_value).
    pub fn operation_error_value(&self) -> rt::Option<&OperationError> {
        self.operation_error_value.as_ref()
    }
    /// [`wire_error_value`](Self::wire_error_value).
    pub fn wire_error_value(&self) -> rt::Option<&WireError> {
        self.wire_error_value.as_ref()
    }
    /// [`pattern_value`](Self::pattern_value).
    pub fn pattern_value(&self) -> rt::Option<&Pattern> {
        self.pattern_value.as_ref()
    }
    /// [`pattern_engine_value`](Self::pattern_engine_value).
    pub fn pattern_engine_value(&self) -> rt::Option<&PatternEngine> {
        self.pattern_engine_value.as_ref()
    }
    /// [`response_body_value`](Self::response_body_value).
    pub fn response_body_value(&self) -> rt::Option<&ResponseBody> {
        self.response_body_value.as_ref()
    }
    /// [`handle_value`](Self::handle_value).
    pub fn handle_value(&self) -> rt::Option<&Handle> {
        self.handle_value.as_ref()
    }
    /// [`credentials_value`](Self::credentials_value).
    pub fn credentials_value(&self) -> rt::Option<&CredentialsShape> {
        self.credentials_value.as_ref()
    }
    /// [`client_value`](Self::client_value).
    pub fn client_value(&self) -> rt::Option<&ClientShape> {
        self.client_value.as_ref()
    }
    /// [`config_value`](Self::config_value).
    pub fn config_value(&self) -> rt::Option<&ConfigShape> {
        self.config_value.as_ref()
    }
    /// [`context_value`](Self::context_value).
    pub fn context_value(&self) -> rt::Option<&ContextShape> {
        self.context_value.as_ref()
    }
    /// [`sdk_error_value`](Self::sdk_error_value).
    pub fn sdk_error_value(&self) -> rt::Option<&SdkErrorShape> {
        self.sdk_error_value.as_ref()
    }
    /// [`naming_things_value`](Self::naming_things_value).
    pub fn naming_things_value(&self) -> rt::Option<&NamingThings> {
        self.naming_things_value.as_ref()
    }
    /// [`naming_things_server_value`](Self::naming_things_server_value).
    pub fn naming_things_server_value(&self) -> rt::Option<&NamingThingsServer> {
        self.naming_things_server_value.as_ref()
    }
    /// [`operation_value`](Self::operation_value).
    pub fn operation_value(&self) -> rt::Option<&Operation> {
        self.operation_value.as_ref()
    }
    /// [`some_value`](Self::some_value).
    pub fn some_value(&self) -> rt::Option<&Some> {
        self.some_value.as_ref()
    }
    /// [`none_value`](Self::none_value).
    pub fn none_value(&self) -> rt::Option<&None> {
        self.none_value.as_ref()
    }
    /// [`ok_value`](Self::ok_value).
    pub fn ok_value(&self) -> rt::Option<&Ok> {
        self.ok_value.as_ref()
    }
    /// [`err_value`](Self::err_value).
    pub fn err_value(&self) -> rt::Option<&Err> {
        self.err_value.as_ref()
    }
    /// [`debug_value`](Self::debug_value).
    pub fn debug_value(&self) -> rt::Option<&Debug> {
        self.debug_value.as_ref()
    }
    /// [`clone_value`](Self::clone_value).
    pub fn clone_value(&self) -> rt::Option<&Clone> {
        self.clone_value.as_ref()
    }
    /// [`partial_eq_value`](Self::partial_eq_value).
    pub fn partial_eq_value(&self) -> rt::Option<&PartialEq> {
        self.partial_eq_value.as_ref()
    }
    /// [`display_value`](Self::display_value).
    pub fn display_value(&self) -> rt::Option<&Display> {
        self.display_value.as_ref()
    }
    /// [`formatter_value`](Self::formatter_value).
    pub fn formatter_value(&self) -> rt::Option<&Formatter> {
        self.formatter_value.as_ref()
    }
    /// [`request_value`](Self::request_value).
    pub fn request_value(&self) -> rt::Option<&Request> {
        self.request_value.as_ref()
    }
    /// [`response_value`](Self::response_value).
    pub fn response_value(&self) -> rt::Option<&Response> {
        self.response_value.as_ref()
    }
    /// [`service_value`](Self::service_value).
    pub fn service_value(&self) -> rt::Option<&Service> {
        self.service_value.as_ref()
    }
    /// [`routes_value`](Self::routes_value).
    pub fn routes_value(&self) -> rt::Option<&Routes> {
        self.routes_value.as_ref()
    }
    /// [`copy_value`](Self::copy_value).
    pub fn copy_value(&self) -> rt::Option<&Copy> {
        self.copy_value.as_ref()
    }
    /// [`eq_value`](Self::eq_value).
    pub fn eq_value(&self) -> rt::Option<&Eq> {
        self.eq_value.as_ref()
    }
    /// [`to_string_value`](Self::to_string_value).
    pub fn to_string_value(&self) -> rt::Option<&ToString> {
        self.to_string_value.as_ref()
    }
    /// [`to_owned_value`](Self::to_owned_value).
    pub fn to_owned_value(&self) -> rt::Option<&ToOwned> {
        self.to_owned_value.as_ref()
    }
    /// [`as_ref_value`](Self::as_ref_value).
    pub fn as_ref_value(&self) -> rt::Option<&AsRef> {
        self.as_ref_value.as_ref()
    }
    /// [`drop_value`](Self::drop_value).
    pub fn drop_value(&self) -> rt::Option<&Drop> {
        self.drop_value.as_ref()
    }
    /// [`fn_value`](Self::fn_value).
    pub fn fn_value(&self) -> rt::Option<&Fn> {
        self.fn_value.as_ref()
    }
}
/// Builds a [`String`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StringBuilder {
    /// [`String::option`](String::option), if set.
    pub option: rt::Option<Unknown>,
    /// [`String::option_value`](String::option_value), if set.
    pub option_value: rt::Option<Option>,
    /// [`String::vec_value`](String::vec_value), if set.
    pub vec_value: rt::Option<Vec>,
    /// [`String::box_value`](String::box_value), if set.
    pub box_value: rt::Option<Box>,
    /// [`String::default_value`](String::default_value), if set.
    pub default_value: rt::Option<Default>,
    /// [`String::into_value`](String::into_value), if set.
    pub into_value: rt::Option<Into>,
    /// [`String::from_value`](String::from_value), if set.
    pub from_value: rt::Option<From>,
    /// [`String::send_value`](String::send_value), if set.
    pub send_value: rt::Option<Send>,
    /// [`String::sync_value`](String::sync_value), if set.
    pub sync_value: rt::Option<Sync>,
    /// [`String::iterator_value`](String::iterator_value), if set.
    pub iterator_value: rt::Option<Iterator>,
    /// [`String::sized_value`](String::sized_value), if set.
    pub sized_value: rt::Option<Sized>,
    /// [`String::arc_value`](String::arc_value), if set.
    pub arc_value: rt::Option<Arc>,
    /// [`String::pin_value`](String::pin_value), if set.
    pub pin_value: rt::Option<Pin>,
    /// [`String::future_value`](String::future_value), if set.
    pub future_value: rt::Option<Future>,
    /// [`String::poll_value`](String::poll_value), if set.
    pub poll_value: rt::Option<Poll>,
    /// [`String::infallible_value`](String::infallible_value), if set.
    pub infallible_value: rt::Option<Infallible>,
    /// [`String::b_tree_map_value`](String::b_tree_map_value), if set.
    pub b_tree_map_value: rt::Option<BTreeMap>,
    /// [`String::lazy_lock_value`](String::lazy_lock_value), if set.
    pub lazy_lock_value: rt::Option<LazyLock>,
    /// [`String::blob_value`](String::blob_value), if set.
    pub blob_value: rt::Option<Blob>,
    /// [`String::date_time_value`](String::date_time_value), if set.
    pub date_time_value: rt::Option<DateTime>,
    /// [`String::document_value`](String::document_value), if set.
    pub document_value: rt::Option<Document>,
    /// [`String::big_integer_value`](String::big_integer_value), if set.
    pub big_integer_value: rt::Option<BigInteger>,
    /// [`String::big_decimal_value`](String::big_decimal_value), if set.
    pub big_decimal_value: rt::Option<BigDecimal>,
    /// [`String::json_value_value`](String::json_value_value), if set.
    pub json_value_value: rt::Option<JsonValue>,
    /// [`String::json_map_value`](String::json_map_value), if set.
    pub json_map_value: rt::Option<JsonMap>,
    /// [`String::json_path_value`](String::json_path_value), if set.
    pub json_path_value: rt::Option<JsonPath>,
    /// [`String::json_ctx_value`](String::json_ctx_value), if set.
    pub json_ctx_value: rt::Option<JsonCtx>,
    /// [`String::de_error_value`](String::de_error_value), if set.
    pub de_error_value: rt::Option<DeError>,
    /// [`String::fallback_value`](String::fallback_value), if set.
    pub fallback_value: rt::Option<Fallback>,
    /// [`String::from_json_value`](String::from_json_value), if set.
    pub from_json_value: rt::Option<FromJson>,
    /// [`String::to_json_value`](String::to_json_value), if set.
    pub to_json_value: rt::Option<ToJson>,
    /// [`String::timestamp_format_value`](String::timestamp_format_value), if set.
    pub timestamp_format_value: rt::Option<TimestampFormat>,
    /// [`String::build_error_value`](String::build_error_value), if set.
    pub build_error_value: rt::Option<BuildError>,
    /// [`String::operation_error_value`](String::operation_error_value), if set.
    pub operation_error_value: rt::Option<OperationError>,
    /// [`String::wire_error_value`](String::wire_error_value), if set.
    pub wire_error_value: rt::Option<WireError>,
    /// [`String::pattern_value`](String::pattern_value), if set.
    pub pattern_value: rt::Option<Pattern>,
    /// [`String::pattern_engine_value`](String::pattern_engine_value), if set.
    pub pattern_engine_value: rt::Option<PatternEngine>,
    /// [`String::response_body_value`](String::response_body_value), if set.
    pub response_body_value: rt::Option<ResponseBody>,
    /// [`String::handle_value`](String::handle_value), if set.
    pub handle_value: rt::Option<Handle>,
    /// [`String::credentials_value`](String::credentials_value), if set.
    pub credentials_value: rt::Option<CredentialsShape>,
    /// [`String::client_value`](String::client_value), if set.
    pub client_value: rt::Option<ClientShape>,
    /// [`String::config_value`](String::config_value), if set.
    pub config_value: rt::Option<ConfigShape>,
    /// [`String::context_value`](String::context_value), if set.
    pub context_value: rt::Option<ContextShape>,
    /// [`String::sdk_error_value`](String::sdk_error_value), if set.
    pub sdk_error_value: rt::Option<SdkErrorShape>,
    /// [`String::naming_things_value`](String::naming_things_value), if set.
    pub naming_things_value: rt::Option<NamingThings>,
    /// [`String::naming_things_server_value`](String::naming_things_server_value), if set.
    pub naming_things_server_value: rt::Option<NamingThingsServer>,
    /// [`String::operation_value`](String::operation_value), if set.
    pub operation_value: rt::Option<Operation>,
    /// [`String::some_value`](String::some_value), if set.
    pub some_value: rt::Option<Some>,
    /// [`String::none_value`](String::none_value), if set.
    pub none_value: rt::Option<None>,
    /// [`String::ok_value`](String::ok_value), if set.
    pub ok_value: rt::Option<Ok>,
    /// [`String::err_value`](String::err_value), if set.
    pub err_value: rt::Option<Err>,
    /// [`String::debug_value`](String::debug_value), if set.
    pub debug_value: rt::Option<Debug>,
    /// [`String::clone_value`](String::clone_value), if set.
    pub clone_value: rt::Option<Clone>,
    /// [`String::partial_eq_value`](String::partial_eq_value), if set.
    pub partial_eq_value: rt::Option<PartialEq>,
    /// [`String::display_value`](String::display_value), if set.
    pub display_value: rt::Option<Display>,
    /// [`String::formatter_value`](String::formatter_value), if set.
    pub formatter_value: rt::Option<Formatter>,
    /// [`String::request_value`](String::request_value), if set.
    pub request_value: rt::Option<Request>,
    /// [`String::response_value`](String::response_value), if set.
    pub response_value: rt::Option<Response>,
    /// [`String::service_value`](String::service_value), if set.
    pub service_value: rt::Option<Service>,
    /// [`String::routes_value`](String::routes_value), if set.
    pub routes_value: rt::Option<Routes>,
    /// [`String::copy_value`](String::copy_value), if set.
    pub copy_value: rt::Option<Copy>,
    /// [`String::eq_value`](String::eq_value), if set.
    pub eq_value: rt::Option<Eq>,
    /// [`String::to_string_value`](String::to_string_value), if set.
    pub to_string_value: rt::Option<ToString>,
    /// [`String::to_owned_value`](String::to_owned_value), if set.
    pub to_owned_value: rt::Option<ToOwned>,
    /// [`String::as_ref_value`](String::as_ref_value), if set.
    pub as_ref_value: rt::Option<AsRef>,
    /// [`String::drop_value`](String::drop_value), if set.
    pub drop_value: rt::Option<Drop>,
    /// [`String::fn_value`](String::fn_value), if set.
    pub fn_value: rt::Option<Fn>,
}
impl StringBuilder {
    /// Sets [`String::option`](String::option).
    pub fn option(mut self, value: impl rt::Into<Unknown>) -> Self {
        self.option = Some(value.into());
        self
    }
    /// Sets or clears [`String::option`](String::option).
    pub fn set_option(mut self, value: rt::Option<Unknown>) -> Self {
        self.option = value;
        self
    }
    /// Sets [`String::option_value`](String::option_value).
    pub fn option_value(mut self, value: impl rt::Into<Option>) -> Self {
        self.option_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::option_value`](String::option_value).
    pub fn set_option_value(mut self, value: rt::Option<Option>) -> Self {
        self.option_value = value;
        self
    }
    /// Sets [`String::vec_value`](String::vec_value).
    pub fn vec_value(mut self, value: impl rt::Into<Vec>) -> Self {
        self.vec_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::vec_value`](String::vec_value).
    pub fn set_vec_value(mut self, value: rt::Option<Vec>) -> Self {
        self.vec_value = value;
        self
    }
    /// Sets [`String::box_value`](String::box_value).
    pub fn box_value(mut self, value: impl rt::Into<Box>) -> Self {
        self.box_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::box_value`](String::box_value).
    pub fn set_box_value(mut self, value: rt::Option<Box>) -> Self {
        self.box_value = value;
        self
    }
    /// Sets [`String::default_value`](String::default_value).
    pub fn default_value(mut self, value: impl rt::Into<Default>) -> Self {
        self.default_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::default_value`](String::default_value).
    pub fn set_default_value(mut self, value: rt::Option<Default>) -> Self {
        self.default_value = value;
        self
    }
    /// Sets [`String::into_value`](String::into_value).
    #[allow(clippy::wrong_self_convention)]
    pub fn into_value(mut self, value: impl rt::Into<Into>) -> Self {
        self.into_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::into_value`](String::into_value).
    pub fn set_into_value(mut self, value: rt::Option<Into>) -> Self {
        self.into_value = value;
        self
    }
    /// Sets [`String::from_value`](String::from_value).
    #[allow(clippy::wrong_self_convention)]
    pub fn from_value(mut self, value: impl rt::Into<From>) -> Self {
        self.from_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::from_value`](String::from_value).
    pub fn set_from_value(mut self, value: rt::Option<From>) -> Self {
        self.from_value = value;
        self
    }
    /// Sets [`String::send_value`](String::send_value).
    pub fn send_value(mut self, value: impl rt::Into<Send>) -> Self {
        self.send_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::send_value`](String::send_value).
    pub fn set_send_value(mut self, value: rt::Option<Send>) -> Self {
        self.send_value = value;
        self
    }
    /// Sets [`String::sync_value`](String::sync_value).
    pub fn sync_value(mut self, value: impl rt::Into<Sync>) -> Self {
        self.sync_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::sync_value`](String::sync_value).
    pub fn set_sync_value(mut self, value: rt::Option<Sync>) -> Self {
        self.sync_value = value;
        self
    }
    /// Sets [`String::iterator_value`](String::iterator_value).
    pub fn iterator_value(mut self, value: impl rt::Into<Iterator>) -> Self {
        self.iterator_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::iterator_value`](String::iterator_value).
    pub fn set_iterator_value(mut self, value: rt::Option<Iterator>) -> Self {
        self.iterator_value = value;
        self
    }
    /// Sets [`String::sized_value`](String::sized_value).
    pub fn sized_value(mut self, value: impl rt::Into<Sized>) -> Self {
        self.sized_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::sized_value`](String::sized_value).
    pub fn set_sized_value(mut self, value: rt::Option<Sized>) -> Self {
        self.sized_value = value;
        self
    }
    /// Sets [`String::arc_value`](String::arc_value).
    pub fn arc_value(mut self, value: impl rt::Into<Arc>) -> Self {
        self.arc_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::arc_value`](String::arc_value).
    pub fn set_arc_value(mut self, value: rt::Option<Arc>) -> Self {
        self.arc_value = value;
        self
    }
    /// Sets [`String::pin_value`](String::pin_value).
    pub fn pin_value(mut self, value: impl rt::Into<Pin>) -> Self {
        self.pin_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::pin_value`](String::pin_value).
    pub fn set_pin_value(mut self, value: rt::Option<Pin>) -> Self {
        self.pin_value = value;
        self
    }
    /// Sets [`String::future_value`](String::future_value).
    pub fn future_value(mut self, value: impl rt::Into<Future>) -> Self {
        self.future_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::future_value`](String::future_value).
    pub fn set_future_value(mut self, value: rt::Option<Future>) -> Self {
        self.future_value = value;
        self
    }
    /// Sets [`String::poll_value`](String::poll_value).
    pub fn poll_value(mut self, value: impl rt::Into<Poll>) -> Self {
        self.poll_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::poll_value`](String::poll_value).
    pub fn set_poll_value(mut self, value: rt::Option<Poll>) -> Self {
        self.poll_value = value;
        self
    }
    /// Sets [`String::infallible_value`](String::infallible_value).
    pub fn infallible_value(mut self, value: impl rt::Into<Infallible>) -> Self {
        self.infallible_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::infallible_value`](String::infallible_value).
    pub fn set_infallible_value(mut self, value: rt::Option<Infallible>) -> Self {
        self.infallible_value = value;
        self
    }
    /// Sets [`String::b_tree_map_value`](String::b_tree_map_value).
    pub fn b_tree_map_value(mut self, value: impl rt::Into<BTreeMap>) -> Self {
        self.b_tree_map_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::b_tree_map_value`](String::b_tree_map_value).
    pub fn set_b_tree_map_value(mut self, value: rt::Option<BTreeMap>) -> Self {
        self.b_tree_map_value = value;
        self
    }
    /// Sets [`String::lazy_lock_value`](String::lazy_lock_value).
    pub fn lazy_lock_value(mut self, value: impl rt::Into<LazyLock>) -> Self {
        self.lazy_lock_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::lazy_lock_value`](String::lazy_lock_value).
    pub fn set_lazy_lock_value(mut self, value: rt::Option<LazyLock>) -> Self {
        self.lazy_lock_value = value;
        self
    }
    /// Sets [`String::blob_value`](String::blob_value).
    pub fn blob_value(mut self, value: impl rt::Into<Blob>) -> Self {
        self.blob_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::blob_value`](String::blob_value).
    pub fn set_blob_value(mut self, value: rt::Option<Blob>) -> Self {
        self.blob_value = value;
        self
    }
    /// Sets [`String::date_time_value`](String::date_time_value).
    pub fn date_time_value(mut self, value: impl rt::Into<DateTime>) -> Self {
        self.date_time_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::date_time_value`](String::date_time_value).
    pub fn set_date_time_value(mut self, value: rt::Option<DateTime>) -> Self {
        self.date_time_value = value;
        self
    }
    /// Sets [`String::document_value`](String::document_value).
    pub fn document_value(mut self, value: impl rt::Into<Document>) -> Self {
        self.document_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::document_value`](String::document_value).
    pub fn set_document_value(mut self, value: rt::Option<Document>) -> Self {
        self.document_value = value;
        self
    }
    /// Sets [`String::big_integer_value`](String::big_integer_value).
    pub fn big_integer_value(mut self, value: impl rt::Into<BigInteger>) -> Self {
        self.big_integer_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::big_integer_value`](String::big_integer_value).
    pub fn set_big_integer_value(mut self, value: rt::Option<BigInteger>) -> Self {
        self.big_integer_value = value;
        self
    }
    /// Sets [`String::big_decimal_value`](String::big_decimal_value).
    pub fn big_decimal_value(mut self, value: impl rt::Into<BigDecimal>) -> Self {
        self.big_decimal_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::big_decimal_value`](String::big_decimal_value).
    pub fn set_big_decimal_value(mut self, value: rt::Option<BigDecimal>) -> Self {
        self.big_decimal_value = value;
        self
    }
    /// Sets [`String::json_value_value`](String::json_value_value).
    pub fn json_value_value(mut self, value: impl rt::Into<JsonValue>) -> Self {
        self.json_value_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::json_value_value`](String::json_value_value).
    pub fn set_json_value_value(mut self, value: rt::Option<JsonValue>) -> Self {
        self.json_value_value = value;
        self
    }
    /// Sets [`String::json_map_value`](String::json_map_value).
    pub fn json_map_value(mut self, value: impl rt::Into<JsonMap>) -> Self {
        self.json_map_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::json_map_value`](String::json_map_value).
    pub fn set_json_map_value(mut self, value: rt::Option<JsonMap>) -> Self {
        self.json_map_value = value;
        self
    }
    /// Sets [`String::json_path_value`](String::json_path_value).
    pub fn json_path_value(mut self, value: impl rt::Into<JsonPath>) -> Self {
        self.json_path_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::json_path_value`](String::json_path_value).
    pub fn set_json_path_value(mut self, value: rt::Option<JsonPath>) -> Self {
        self.json_path_value = value;
        self
    }
    /// Sets [`String::json_ctx_value`](String::json_ctx_value).
    pub fn json_ctx_value(mut self, value: impl rt::Into<JsonCtx>) -> Self {
        self.json_ctx_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::json_ctx_value`](String::json_ctx_value).
    pub fn set_json_ctx_value(mut self, value: rt::Option<JsonCtx>) -> Self {
        self.json_ctx_value = value;
        self
    }
    /// Sets [`String::de_error_value`](String::de_error_value).
    pub fn de_error_value(mut self, value: impl rt::Into<DeError>) -> Self {
        self.de_error_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::de_error_value`](String::de_error_value).
    pub fn set_de_error_value(mut self, value: rt::Option<DeError>) -> Self {
        self.de_error_value = value;
        self
    }
    /// Sets [`String::fallback_value`](String::fallback_value).
    pub fn fallback_value(mut self, value: impl rt::Into<Fallback>) -> Self {
        self.fallback_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::fallback_value`](String::fallback_value).
    pub fn set_fallback_value(mut self, value: rt::Option<Fallback>) -> Self {
        self.fallback_value = value;
        self
    }
    /// Sets [`String::from_json_value`](String::from_json_value).
    #[allow(clippy::wrong_self_convention)]
    pub fn from_json_value(mut self, value: impl rt::Into<FromJson>) -> Self {
        self.from_json_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::from_json_value`](String::from_json_value).
    pub fn set_from_json_value(mut self, value: rt::Option<FromJson>) -> Self {
        self.from_json_value = value;
        self
    }
    /// Sets [`String::to_json_value`](String::to_json_value).
    #[allow(clippy::wrong_self_convention)]
    pub fn to_json_value(mut self, value: impl rt::Into<ToJson>) -> Self {
        self.to_json_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::to_json_value`](String::to_json_value).
    pub fn set_to_json_value(mut self, value: rt::Option<ToJson>) -> Self {
        self.to_json_value = value;
        self
    }
    /// Sets [`String::timestamp_format_value`](String::timestamp_format_value).
    pub fn timestamp_format_value(mut self, value: impl rt::Into<TimestampFormat>) -> Self {
        self.timestamp_format_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::timestamp_format_value`](String::timestamp_format_value).
    pub fn set_timestamp_format_value(mut self, value: rt::Option<TimestampFormat>) -> Self {
        self.timestamp_format_value = value;
        self
    }
    /// Sets [`String::build_error_value`](String::build_error_value).
    pub fn build_error_value(mut self, value: impl rt::Into<BuildError>) -> Self {
        self.build_error_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::build_error_value`](String::build_error_value).
    pub fn set_build_error_value(mut self, value: rt::Option<BuildError>) -> Self {
        self.build_error_value = value;
        self
    }
    /// Sets [`String::operation_error_value`](String::operation_error_value).
    pub fn operation_error_value(mut self, value: impl rt::Into<OperationError>) -> Self {
        self.operation_error_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::operation_error_value`](String::operation_error_value).
    pub fn set_operation_error_value(mut self, value: rt::Option<OperationError>) -> Self {
        self.operation_error_value = value;
        self
    }
    /// Sets [`String::wire_error_value`](String::wire_error_value).
    pub fn wire_error_value(mut self, value: impl rt::Into<WireError>) -> Self {
        self.wire_error_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::wire_error_value`](String::wire_error_value).
    pub fn set_wire_error_value(mut self, value: rt::Option<WireError>) -> Self {
        self.wire_error_value = value;
        self
    }
    /// Sets [`String::pattern_value`](String::pattern_value).
    pub fn pattern_value(mut self, value: impl rt::Into<Pattern>) -> Self {
        self.pattern_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::pattern_value`](String::pattern_value).
    pub fn set_pattern_value(mut self, value: rt::Option<Pattern>) -> Self {
        self.pattern_value = value;
        self
    }
    /// Sets [`String::pattern_engine_value`](String::pattern_engine_value).
    pub fn pattern_engine_value(mut self, value: impl rt::Into<PatternEngine>) -> Self {
        self.pattern_engine_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::pattern_engine_value`](String::pattern_engine_value).
    pub fn set_pattern_engine_value(mut self, value: rt::Option<PatternEngine>) -> Self {
        self.pattern_engine_value = value;
        self
    }
    /// Sets [`String::response_body_value`](String::response_body_value).
    pub fn response_body_value(mut self, value: impl rt::Into<ResponseBody>) -> Self {
        self.response_body_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::response_body_value`](String::response_body_value).
    pub fn set_response_body_value(mut self, value: rt::Option<ResponseBody>) -> Self {
        self.response_body_value = value;
        self
    }
    /// Sets [`String::handle_value`](String::handle_value).
    pub fn handle_value(mut self, value: impl rt::Into<Handle>) -> Self {
        self.handle_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::handle_value`](String::handle_value).
    pub fn set_handle_value(mut self, value: rt::Option<Handle>) -> Self {
        self.handle_value = value;
        self
    }
    /// Sets [`String::credentials_value`](String::credentials_value).
    pub fn credentials_value(mut self, value: impl rt::Into<CredentialsShape>) -> Self {
        self.credentials_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::credentials_value`](String::credentials_value).
    pub fn set_credentials_value(mut self, value: rt::Option<CredentialsShape>) -> Self {
        self.credentials_value = value;
        self
    }
    /// Sets [`String::client_value`](String::client_value).
    pub fn client_value(mut self, value: impl rt::Into<ClientShape>) -> Self {
        self.client_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::client_value`](String::client_value).
    pub fn set_client_value(mut self, value: rt::Option<ClientShape>) -> Self {
        self.client_value = value;
        self
    }
    /// Sets [`String::config_value`](String::config_value).
    pub fn config_value(mut self, value: impl rt::Into<ConfigShape>) -> Self {
        self.config_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::config_value`](String::config_value).
    pub fn set_config_value(mut self, value: rt::Option<ConfigShape>) -> Self {
        self.config_value = value;
        self
    }
    /// Sets [`String::context_value`](String::context_value).
    pub fn context_value(mut self, value: impl rt::Into<ContextShape>) -> Self {
        self.context_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::context_value`](String::context_value).
    pub fn set_context_value(mut self, value: rt::Option<ContextShape>) -> Self {
        self.context_value = value;
        self
    }
    /// Sets [`String::sdk_error_value`](String::sdk_error_value).
    pub fn sdk_error_value(mut self, value: impl rt::Into<SdkErrorShape>) -> Self {
        self.sdk_error_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::sdk_error_value`](String::sdk_error_value).
    pub fn set_sdk_error_value(mut self, value: rt::Option<SdkErrorShape>) -> Self {
        self.sdk_error_value = value;
        self
    }
    /// Sets [`String::naming_things_value`](String::naming_things_value).
    pub fn naming_things_value(mut self, value: impl rt::Into<NamingThings>) -> Self {
        self.naming_things_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::naming_things_value`](String::naming_things_value).
    pub fn set_naming_things_value(mut self, value: rt::Option<NamingThings>) -> Self {
        self.naming_things_value = value;
        self
    }
    /// Sets [`String::naming_things_server_value`](String::naming_things_server_value).
    pub fn naming_things_server_value(mut self, value: impl rt::Into<NamingThingsServer>) -> Self {
        self.naming_things_server_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::naming_things_server_value`](String::naming_things_server_value).
    pub fn set_naming_things_server_value(mut self, value: rt::Option<NamingThingsServer>) -> Self {
        self.naming_things_server_value = value;
        self
    }
    /// Sets [`String::operation_value`](String::operation_value).
    pub fn operation_value(mut self, value: impl rt::Into<Operation>) -> Self {
        self.operation_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::operation_value`](String::operation_value).
    pub fn set_operation_value(mut self, value: rt::Option<Operation>) -> Self {
        self.operation_value = value;
        self
    }
    /// Sets [`String::some_value`](String::some_value).
    pub fn some_value(mut self, value: impl rt::Into<Some>) -> Self {
        self.some_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::some_value`](String::some_value).
    pub fn set_some_value(mut self, value: rt::Option<Some>) -> Self {
        self.some_value = value;
        self
    }
    /// Sets [`String::none_value`](String::none_value).
    pub fn none_value(mut self, value: impl rt::Into<None>) -> Self {
        self.none_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::none_value`](String::none_value).
    pub fn set_none_value(mut self, value: rt::Option<None>) -> Self {
        self.none_value = value;
        self
    }
    /// Sets [`String::ok_value`](String::ok_value).
    pub fn ok_value(mut self, value: impl rt::Into<Ok>) -> Self {
        self.ok_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::ok_value`](String::ok_value).
    pub fn set_ok_value(mut self, value: rt::Option<Ok>) -> Self {
        self.ok_value = value;
        self
    }
    /// Sets [`String::err_value`](String::err_value).
    pub fn err_value(mut self, value: impl rt::Into<Err>) -> Self {
        self.err_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::err_value`](String::err_value).
    pub fn set_err_value(mut self, value: rt::Option<Err>) -> Self {
        self.err_value = value;
        self
    }
    /// Sets [`String::debug_value`](String::debug_value).
    pub fn debug_value(mut self, value: impl rt::Into<Debug>) -> Self {
        self.debug_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::debug_value`](String::debug_value).
    pub fn set_debug_value(mut self, value: rt::Option<Debug>) -> Self {
        self.debug_value = value;
        self
    }
    /// Sets [`String::clone_value`](String::clone_value).
    pub fn clone_value(mut self, value: impl rt::Into<Clone>) -> Self {
        self.clone_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::clone_value`](String::clone_value).
    pub fn set_clone_value(mut self, value: rt::Option<Clone>) -> Self {
        self.clone_value = value;
        self
    }
    /// Sets [`String::partial_eq_value`](String::partial_eq_value).
    pub fn partial_eq_value(mut self, value: impl rt::Into<PartialEq>) -> Self {
        self.partial_eq_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::partial_eq_value`](String::partial_eq_value).
    pub fn set_partial_eq_value(mut self, value: rt::Option<PartialEq>) -> Self {
        self.partial_eq_value = value;
        self
    }
    /// Sets [`String::display_value`](String::display_value).
    pub fn display_value(mut self, value: impl rt::Into<Display>) -> Self {
        self.display_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::display_value`](String::display_value).
    pub fn set_display_value(mut self, value: rt::Option<Display>) -> Self {
        self.display_value = value;
        self
    }
    /// Sets [`String::formatter_value`](String::formatter_value).
    pub fn formatter_value(mut self, value: impl rt::Into<Formatter>) -> Self {
        self.formatter_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::formatter_value`](String::formatter_value).
    pub fn set_formatter_value(mut self, value: rt::Option<Formatter>) -> Self {
        self.formatter_value = value;
        self
    }
    /// Sets [`String::request_value`](String::request_value).
    pub fn request_value(mut self, value: impl rt::Into<Request>) -> Self {
        self.request_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::request_value`](String::request_value).
    pub fn set_request_value(mut self, value: rt::Option<Request>) -> Self {
        self.request_value = value;
        self
    }
    /// Sets [`String::response_value`](String::response_value).
    pub fn response_value(mut self, value: impl rt::Into<Response>) -> Self {
        self.response_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::response_value`](String::response_value).
    pub fn set_response_value(mut self, value: rt::Option<Response>) -> Self {
        self.response_value = value;
        self
    }
    /// Sets [`String::service_value`](String::service_value).
    pub fn service_value(mut self, value: impl rt::Into<Service>) -> Self {
        self.service_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::service_value`](String::service_value).
    pub fn set_service_value(mut self, value: rt::Option<Service>) -> Self {
        self.service_value = value;
        self
    }
    /// Sets [`String::routes_value`](String::routes_value).
    pub fn routes_value(mut self, value: impl rt::Into<Routes>) -> Self {
        self.routes_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::routes_value`](String::routes_value).
    pub fn set_routes_value(mut self, value: rt::Option<Routes>) -> Self {
        self.routes_value = value;
        self
    }
    /// Sets [`String::copy_value`](String::copy_value).
    pub fn copy_value(mut self, value: impl rt::Into<Copy>) -> Self {
        self.copy_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::copy_value`](String::copy_value).
    pub fn set_copy_value(mut self, value: rt::Option<Copy>) -> Self {
        self.copy_value = value;
        self
    }
    /// Sets [`String::eq_value`](String::eq_value).
    pub fn eq_value(mut self, value: impl rt::Into<Eq>) -> Self {
        self.eq_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::eq_value`](String::eq_value).
    pub fn set_eq_value(mut self, value: rt::Option<Eq>) -> Self {
        self.eq_value = value;
        self
    }
    /// Sets [`String::to_string_value`](String::to_string_value).
    #[allow(clippy::wrong_self_convention)]
    pub fn to_string_value(mut self, value: impl rt::Into<ToString>) -> Self {
        self.to_string_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::to_string_value`](String::to_string_value).
    pub fn set_to_string_value(mut self, value: rt::Option<ToString>) -> Self {
        self.to_string_value = value;
        self
    }
    /// Sets [`String::to_owned_value`](String::to_owned_value).
    #[allow(clippy::wrong_self_convention)]
    pub fn to_owned_value(mut self, value: impl rt::Into<ToOwned>) -> Self {
        self.to_owned_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::to_owned_value`](String::to_owned_value).
    pub fn set_to_owned_value(mut self, value: rt::Option<ToOwned>) -> Self {
        self.to_owned_value = value;
        self
    }
    /// Sets [`String::as_ref_value`](String::as_ref_value).
    #[allow(clippy::wrong_self_convention)]
    pub fn as_ref_value(mut self, value: impl rt::Into<AsRef>) -> Self {
        self.as_ref_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::as_ref_value`](String::as_ref_value).
    pub fn set_as_ref_value(mut self, value: rt::Option<AsRef>) -> Self {
        self.as_ref_value = value;
        self
    }
    /// Sets [`String::drop_value`](String::drop_value).
    pub fn drop_value(mut self, value: impl rt::Into<Drop>) -> Self {
        self.drop_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::drop_value`](String::drop_value).
    pub fn set_drop_value(mut self, value: rt::Option<Drop>) -> Self {
        self.drop_value = value;
        self
    }
    /// Sets [`String::fn_value`](String::fn_value).
    pub fn fn_value(mut self, value: impl rt::Into<Fn>) -> Self {
        self.fn_value = Some(value.into());
        self
    }
    /// Sets or clears [`String::fn_value`](String::fn_value).
    pub fn set_fn_value(mut self, value: rt::Option<Fn>) -> Self {
        self.fn_value = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> String {
        String {
            option: self.option,
            option_value: self.option_value,
            vec_value: self.vec_value,
            box_value: self.box_value,
            default_value: self.default_value,
            into_value: self.into_value,
            from_value: self.from_value,
            send_value: self.send_value,
            sync_value: self.sync_value,
            iterator_value: self.iterator_value,
            sized_value: self.sized_value,
            arc_value: self.arc_value,
            pin_value: self.pin_value,
            future_value: self.future_value,
            poll_value: self.poll_value,
            infallible_value: self.infallible_value,
            b_tree_map_value: self.b_tree_map_value,
            lazy_lock_value: self.lazy_lock_value,
            blob_value: self.blob_value,
            date_time_value: self.date_time_value,
            document_value: self.document_value,
            big_integer_value: self.big_integer_value,
            big_decimal_value: self.big_decimal_value,
            json_value_value: self.json_value_value,
            json_map_value: self.json_map_value,
            json_path_value: self.json_path_value,
            json_ctx_value: self.json_ctx_value,
            de_error_value: self.de_error_value,
            fallback_value: self.fallback_value,
            from_json_value: self.from_json_value,
            to_json_value: self.to_json_value,
            timestamp_format_value: self.timestamp_format_value,
            build_error_value: self.build_error_value,
            operation_error_value: self.operation_error_value,
            wire_error_value: self.wire_error_value,
            pattern_value: self.pattern_value,
            pattern_engine_value: self.pattern_engine_value,
            response_body_value: self.response_body_value,
            handle_value: self.handle_value,
            credentials_value: self.credentials_value,
            client_value: self.client_value,
            config_value: self.config_value,
            context_value: self.context_value,
            sdk_error_value: self.sdk_error_value,
            naming_things_value: self.naming_things_value,
            naming_things_server_value: self.naming_things_server_value,
            operation_value: self.operation_value,
            some_value: self.some_value,
            none_value: self.none_value,
            ok_value: self.ok_value,
            err_value: self.err_value,
            debug_value: self.debug_value,
            clone_value: self.clone_value,
            partial_eq_value: self.partial_eq_value,
            display_value: self.display_value,
            formatter_value: self.formatter_value,
            request_value: self.request_value,
            response_value: self.response_value,
            service_value: self.service_value,
            routes_value: self.routes_value,
            copy_value: self.copy_value,
            eq_value: self.eq_value,
            to_string_value: self.to_string_value,
            to_owned_value: self.to_owned_value,
            as_ref_value: self.as_ref_value,
            drop_value: self.drop_value,
            fn_value: self.fn_value,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct TimestampFormat {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl TimestampFormat {
    /// A builder for this structure.
    pub fn builder() -> TimestampFormatBuilder {
        TimestampFormatBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl TimestampFormat {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`TimestampFormat`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TimestampFormatBuilder {
    /// [`TimestampFormat::value`](TimestampFormat::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`TimestampFormat::when`](TimestampFormat::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`TimestampFormat::list`](TimestampFormat::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl TimestampFormatBuilder {
    /// Sets [`TimestampFormat::value`](TimestampFormat::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`TimestampFormat::value`](TimestampFormat::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`TimestampFormat::when`](TimestampFormat::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`TimestampFormat::when`](TimestampFormat::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`TimestampFormat::list`](TimestampFormat::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`TimestampFormat::list`](TimestampFormat::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> TimestampFormat {
        TimestampFormat {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct WireError {
    pub value: rt::Option<rt::String>,
    pub when: rt::Option<rt::DateTime>,
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl WireError {
    /// A builder for this structure.
    pub fn builder() -> WireErrorBuilder {
        WireErrorBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl WireError {
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
    /// [`when`](Self::when).
    pub fn when(&self) -> rt::Option<&rt::DateTime> {
        self.when.as_ref()
    }
    /// [`list`](Self::list), empty when unset.
    pub fn list(&self) -> &[rt::String] {
        self.list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`WireError`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WireErrorBuilder {
    /// [`WireError::value`](WireError::value), if set.
    pub value: rt::Option<rt::String>,
    /// [`WireError::when`](WireError::when), if set.
    pub when: rt::Option<rt::DateTime>,
    /// [`WireError::list`](WireError::list), if set.
    pub list: rt::Option<rt::Vec<rt::String>>,
}
impl WireErrorBuilder {
    /// Sets [`WireError::value`](WireError::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`WireError::value`](WireError::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// Sets [`WireError::when`](WireError::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets or clears [`WireError::when`](WireError::when).
    pub fn set_when(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.when = value;
        self
    }
    /// Appends one element to [`WireError::list`](WireError::list).
    pub fn list(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`WireError::list`](WireError::list).
    pub fn set_list(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> WireError {
        WireError {
            value: self.value,
            when: self.when,
            list: self.list,
        }
    }
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Arc {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum BuildError {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum ConfigShape {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Document {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Drop {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Err {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum FromJson {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Handle {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Into {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum JsonCtx {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum JsonValue {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum LazyLock {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum NamingThings {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum PartialEq {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Pattern {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Poll {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Routes {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Some {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Sync {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum ToString {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Vec {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}

::codegen_rt::string_enum! {
    pub enum BigInteger {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum Blob {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum Box {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum ContextShape {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum Copy {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum CredentialsShape {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum DeError {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum Debug {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum Display {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum Fn {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum From {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum Infallible {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum Iterator {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum JsonMap {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum NamingThingsServer {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum None {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum OperationError {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum PatternEngine {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum Pin {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum Response {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum ToJson {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum ToOwned {
        A = "a",
    }
}

::codegen_rt::string_enum! {
    pub enum Unknown {
        UnknownValue = "unknown",
        SelfValue = "self",
    }
}
