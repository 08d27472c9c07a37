// Generated from models/pagination.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
#[derive(Clone, Debug, PartialEq)]
pub struct ListLabelsInput {
    pub next_token: rt::Option<rt::String>,
}
impl ListLabelsInput {
    /// A builder for this structure.
    pub fn builder() -> ListLabelsInputBuilder {
        ListLabelsInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListLabelsInput {
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
}
/// Builds a [`ListLabelsInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListLabelsInputBuilder {
    /// [`ListLabelsInput::next_token`](ListLabelsInput::next_token), if set.
    pub next_token: rt::Option<rt::String>,
}
impl ListLabelsInputBuilder {
    /// Sets [`ListLabelsInput::next_token`](ListLabelsInput::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListLabelsInput::next_token`](ListLabelsInput::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListLabelsInput {
        ListLabelsInput {
            next_token: self.next_token,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListLabelsOutput {
    pub labels: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    pub next_token: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ListLabelsOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ListLabelsOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ListLabelsOutput {
    /// A builder for this structure.
    pub fn builder() -> ListLabelsOutputBuilder {
        ListLabelsOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListLabelsOutput {
    /// [`labels`](Self::labels).
    pub fn labels(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.labels.as_ref()
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
}
/// Builds a [`ListLabelsOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListLabelsOutputBuilder {
    /// [`ListLabelsOutput::labels`](ListLabelsOutput::labels), if set.
    pub labels: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`ListLabelsOutput::next_token`](ListLabelsOutput::next_token), if set.
    pub next_token: rt::Option<rt::String>,
}
impl ListLabelsOutputBuilder {
    /// Inserts one entry into [`ListLabelsOutput::labels`](ListLabelsOutput::labels).
    pub fn labels(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.labels
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`ListLabelsOutput::labels`](ListLabelsOutput::labels).
    pub fn set_labels(mut self, value: rt::Option<rt::BTreeMap<rt::String, rt::String>>) -> Self {
        self.labels = value;
        self
    }
    /// Sets [`ListLabelsOutput::next_token`](ListLabelsOutput::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListLabelsOutput::next_token`](ListLabelsOutput::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListLabelsOutput {
        ListLabelsOutput {
            labels: self.labels,
            next_token: self.next_token,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListShelvesInput {
    pub marker: rt::Option<rt::String>,
    pub max_items: rt::Option<i32>,
}
impl ListShelvesInput {
    /// A builder for this structure.
    pub fn builder() -> ListShelvesInputBuilder {
        ListShelvesInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListShelvesInput {
    /// [`marker`](Self::marker).
    pub fn marker(&self) -> rt::Option<&str> {
        self.marker.as_deref()
    }
    /// [`max_items`](Self::max_items).
    pub fn max_items(&self) -> rt::Option<i32> {
        self.max_items
    }
}
/// Builds a [`ListShelvesInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListShelvesInputBuilder {
    /// [`ListShelvesInput::marker`](ListShelvesInput::marker), if set.
    pub marker: rt::Option<rt::String>,
    /// [`ListShelvesInput::max_items`](ListShelvesInput::max_items), if set.
    pub max_items: rt::Option<i32>,
}
impl ListShelvesInputBuilder {
    /// Sets [`ListShelvesInput::marker`](ListShelvesInput::marker).
    pub fn marker(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.marker = Some(value.into());
        self
    }
    /// Sets or clears [`ListShelvesInput::marker`](ListShelvesInput::marker).
    pub fn set_marker(mut self, value: rt::Option<rt::String>) -> Self {
        self.marker = value;
        self
    }
    /// Sets [`ListShelvesInput::max_items`](ListShelvesInput::max_items).
    pub fn max_items(mut self, value: impl rt::Into<i32>) -> Self {
        self.max_items = Some(value.into());
        self
    }
    /// Sets or clears [`ListShelvesInput::max_items`](ListShelvesInput::max_items).
    pub fn set_max_items(mut self, value: rt::Option<i32>) -> Self {
        self.max_items = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListShelvesInput {
        ListShelvesInput {
            marker: self.marker,
            max_items: self.max_items,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListShelvesOutput {
    pub shelf_list: ShelfList,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ListShelvesOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ListShelvesOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ListShelvesOutput {
    /// A builder for this structure.
    pub fn builder() -> ListShelvesOutputBuilder {
        ListShelvesOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListShelvesOutput {
    /// [`shelf_list`](Self::shelf_list).
    pub fn shelf_list(&self) -> &ShelfList {
        &self.shelf_list
    }
}
/// Builds a [`ListShelvesOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListShelvesOutputBuilder {
    /// [`ListShelvesOutput::shelf_list`](ListShelvesOutput::shelf_list), if set.
    pub shelf_list: rt::Option<ShelfList>,
}
impl ListShelvesOutputBuilder {
    /// Sets [`ListShelvesOutput::shelf_list`](ListShelvesOutput::shelf_list).
    pub fn shelf_list(mut self, value: impl rt::Into<ShelfList>) -> Self {
        self.shelf_list = Some(value.into());
        self
    }
    /// Sets or clears [`ListShelvesOutput::shelf_list`](ListShelvesOutput::shelf_list).
    pub fn set_shelf_list(mut self, value: rt::Option<ShelfList>) -> Self {
        self.shelf_list = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ListShelvesOutput, rt::BuildError> {
        Ok(ListShelvesOutput {
            shelf_list: self.shelf_list.ok_or(rt::BuildError {
                shape: "ListShelvesOutput",
                member: "shelfList",
            })?,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListThingsInput {
    pub next_token: rt::Option<rt::String>,
    pub max_results: rt::Option<i32>,
}
impl ListThingsInput {
    /// A builder for this structure.
    pub fn builder() -> ListThingsInputBuilder {
        ListThingsInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListThingsInput {
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
    /// [`max_results`](Self::max_results).
    pub fn max_results(&self) -> rt::Option<i32> {
        self.max_results
    }
}
/// Builds a [`ListThingsInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListThingsInputBuilder {
    /// [`ListThingsInput::next_token`](ListThingsInput::next_token), if set.
    pub next_token: rt::Option<rt::String>,
    /// [`ListThingsInput::max_results`](ListThingsInput::max_results), if set.
    pub max_results: rt::Option<i32>,
}
impl ListThingsInputBuilder {
    /// Sets [`ListThingsInput::next_token`](ListThingsInput::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListThingsInput::next_token`](ListThingsInput::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// Sets [`ListThingsInput::max_results`](ListThingsInput::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.max_results = Some(value.into());
        self
    }
    /// Sets or clears [`ListThingsInput::max_results`](ListThingsInput::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.max_results = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListThingsInput {
        ListThingsInput {
            next_token: self.next_token,
            max_results: self.max_results,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListThingsOutput {
    pub things: rt::Vec<rt::String>,
    pub next_token: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ListThingsOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ListThingsOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ListThingsOutput {
    /// A builder for this structure.
    pub fn builder() -> ListThingsOutputBuilder {
        ListThingsOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListThingsOutput {
    /// [`things`](Self::things).
    pub fn things(&self) -> &[rt::String] {
        &self.things
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
}
/// Builds a [`ListThingsOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListThingsOutputBuilder {
    /// [`ListThingsOutput::things`](ListThingsOutput::things), if set.
    pub things: rt::Option<rt::Vec<rt::String>>,
    /// [`ListThingsOutput::next_token`](ListThingsOutput::next_token), if set.
    pub next_token: rt::Option<rt::String>,
}
impl ListThingsOutputBuilder {
    /// Appends one element to [`ListThingsOutput::things`](ListThingsOutput::things).
    pub fn things(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.things
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ListThingsOutput::things`](ListThingsOutput::things).
    pub fn set_things(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.things = value;
        self
    }
    /// Sets [`ListThingsOutput::next_token`](ListThingsOutput::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListThingsOutput::next_token`](ListThingsOutput::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ListThingsOutput, rt::BuildError> {
        Ok(ListThingsOutput {
            things: self.things.ok_or(rt::BuildError {
                shape: "ListThingsOutput",
                member: "things",
            })?,
            next_token: self.next_token,
            _meta: rt::ResponseMeta::default(),
        })
    }
}
/// Input of `ScanThings`.
#[derive(Clone, Debug, PartialEq)]
pub struct ScanThingsInput {
    /// Where to start: the previous page's last key.
    pub exclusive_start_key: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
}
impl ScanThingsInput {
    /// A builder for this structure.
    pub fn builder() -> ScanThingsInputBuilder {
        ScanThingsInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ScanThingsInput {
    /// [`exclusive_start_key`](Self::exclusive_start_key).
    pub fn exclusive_start_key(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.exclusive_start_key.as_ref()
    }
}
/// Builds a [`ScanThingsInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScanThingsInputBuilder {
    /// [`ScanThingsInput::exclusive_start_key`](ScanThingsInput::exclusive_start_key), if set.
    pub exclusive_start_key: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
}
impl ScanThingsInputBuilder {
    /// Inserts one entry into [`ScanThingsInput::exclusive_start_key`](ScanThingsInput::exclusive_start_key).
    pub fn exclusive_start_key(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.exclusive_start_key
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`ScanThingsInput::exclusive_start_key`](ScanThingsInput::exclusive_start_key).
    pub fn set_exclusive_start_key(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.exclusive_start_key = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ScanThingsInput {
        ScanThingsInput {
            exclusive_start_key: self.exclusive_start_key,
        }
    }
}
/// Output of `ScanThings`.
#[derive(Clone, Debug, PartialEq)]
pub struct ScanThingsOutput {
    /// This page's things.
    pub things: rt::Option<rt::Vec<rt::String>>,
    /// The last key of this page; absent on the last page.
    pub last_evaluated_key: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ScanThingsOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ScanThingsOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ScanThingsOutput {
    /// A builder for this structure.
    pub fn builder() -> ScanThingsOutputBuilder {
        ScanThingsOutputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ScanThingsOutput {
    /// [`things`](Self::things), empty when unset.
    pub fn things(&self) -> &[rt::String] {
        self.things.as_deref().unwrap_or_default()
    }
    /// [`last_evaluated_key`](Self::last_evaluated_key).
    pub fn last_evaluated_key(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.last_evaluated_key.as_ref()
    }
}
/// Builds a [`ScanThingsOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScanThingsOutputBuilder {
    /// [`ScanThingsOutput::things`](ScanThingsOutput::things), if set.
    pub things: rt::Option<rt::Vec<rt::String>>,
    /// [`ScanThingsOutput::last_evaluated_key`](ScanThingsOutput::last_evaluated_key), if set.
    pub last_evaluated_key: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
}
impl ScanThingsOutputBuilder {
    /// Appends one element to [`ScanThingsOutput::things`](ScanThingsOutput::things).
    pub fn things(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.things
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ScanThingsOutput::things`](ScanThingsOutput::things).
    pub fn set_things(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.things = value;
        self
    }
    /// Inserts one entry into [`ScanThingsOutput::last_evaluated_key`](ScanThingsOutput::last_evaluated_key).
    pub fn last_evaluated_key(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.last_evaluated_key
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`ScanThingsOutput::last_evaluated_key`](ScanThingsOutput::last_evaluated_key).
    pub fn set_last_evaluated_key(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.last_evaluated_key = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ScanThingsOutput {
        ScanThingsOutput {
            things: self.things,
            last_evaluated_key: self.last_evaluated_key,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ShelfList {
    pub marker: rt::String,
    pub next_marker: rt::Option<rt::String>,
    pub items: rt::Option<rt::Vec<rt::String>>,
}
impl ShelfList {
    /// A builder for this structure.
    pub fn builder() -> ShelfListBuilder {
        ShelfListBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ShelfList {
    /// [`marker`](Self::marker).
    pub fn marker(&self) -> &str {
        &self.marker
    }
    /// [`next_marker`](Self::next_marker).
    pub fn next_marker(&self) -> rt::Option<&str> {
        self.next_marker.as_deref()
    }
    /// [`items`](Self::items), empty when unset.
    pub fn items(&self) -> &[rt::String] {
        self.items.as_deref().unwrap_or_default()
    }
}
/// Builds a [`ShelfList`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShelfListBuilder {
    /// [`ShelfList::marker`](ShelfList::marker), if set.
    pub marker: rt::Option<rt::String>,
    /// [`ShelfList::next_marker`](ShelfList::next_marker), if set.
    pub next_marker: rt::Option<rt::String>,
    /// [`ShelfList::items`](ShelfList::items), if set.
    pub items: rt::Option<rt::Vec<rt::String>>,
}
impl ShelfListBuilder {
    /// Sets [`ShelfList::marker`](ShelfList::marker).
    pub fn marker(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.marker = Some(value.into());
        self
    }
    /// Sets or clears [`ShelfList::marker`](ShelfList::marker).
    pub fn set_marker(mut self, value: rt::Option<rt::String>) -> Self {
        self.marker = value;
        self
    }
    /// Sets [`ShelfList::next_marker`](ShelfList::next_marker).
    pub fn next_marker(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_marker = Some(value.into());
        self
    }
    /// Sets or clears [`ShelfList::next_marker`](ShelfList::next_marker).
    pub fn set_next_marker(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_marker = value;
        self
    }
    /// Appends one element to [`ShelfList::items`](ShelfList::items).
    pub fn items(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.items
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ShelfList::items`](ShelfList::items).
    pub fn set_items(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.items = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<ShelfList, rt::BuildError> {
        Ok(ShelfList {
            marker: self.marker.ok_or(rt::BuildError {
                shape: "ShelfList",
                member: "marker",
            })?,
            next_marker: self.next_marker,
            items: self.items,
        })
    }
}
