// Generated from models/collections.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
#[derive(Clone, PartialEq)]
pub struct StoreInput {
    pub names: rt::Option<rt::Vec<rt::String>>,
    pub sparse_names: rt::Option<rt::Vec<rt::Option<rt::String>>>,
    pub counts: rt::Option<rt::BTreeMap<rt::String, i64>>,
    pub nested: rt::Option<rt::Vec<rt::Vec<rt::String>>>,
    pub when: rt::Option<rt::Vec<rt::DateTime>>,
    pub choice: rt::Option<Choice>,
    pub secret: rt::Option<rt::String>,
    pub doc: rt::Option<rt::Document>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for StoreInput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for StoreInput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl StoreInput {
    /// A builder for this structure.
    pub fn builder() -> StoreInputBuilder {
        StoreInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl StoreInput {
    /// [`names`](Self::names), empty when unset.
    pub fn names(&self) -> &[rt::String] {
        self.names.as_deref().unwrap_or_default()
    }
    /// [`sparse_names`](Self::sparse_names), empty when unset.
    pub fn sparse_names(&self) -> &[rt::Option<rt::String>] {
        self.sparse_names.as_deref().unwrap_or_default()
    }
    /// [`counts`](Self::counts).
    pub fn counts(&self) -> rt::Option<&rt::BTreeMap<rt::String, i64>> {
        self.counts.as_ref()
    }
    /// [`nested`](Self::nested), empty when unset.
    pub fn nested(&self) -> &[rt::Vec<rt::String>] {
        self.nested.as_deref().unwrap_or_default()
    }
    /// [`when`](Self::when), empty when unset.
    pub fn when(&self) -> &[rt::DateTime] {
        self.when.as_deref().unwrap_or_default()
    }
    /// [`choice`](Self::choice).
    pub fn choice(&self) -> rt::Option<&Choice> {
        self.choice.as_ref()
    }
    /// [`secret`](Self::secret).
    pub fn secret(&self) -> rt::Option<&str> {
        self.secret.as_deref()
    }
    /// [`doc`](Self::doc).
    pub fn doc(&self) -> rt::Option<&rt::Document> {
        self.doc.as_ref()
    }
}
/// Builds a [`StoreInput`].
#[derive(Clone, Default, PartialEq)]
pub struct StoreInputBuilder {
    /// [`StoreInput::names`](StoreInput::names), if set.
    pub names: rt::Option<rt::Vec<rt::String>>,
    /// [`StoreInput::sparse_names`](StoreInput::sparse_names), if set.
    pub sparse_names: rt::Option<rt::Vec<rt::Option<rt::String>>>,
    /// [`StoreInput::counts`](StoreInput::counts), if set.
    pub counts: rt::Option<rt::BTreeMap<rt::String, i64>>,
    /// [`StoreInput::nested`](StoreInput::nested), if set.
    pub nested: rt::Option<rt::Vec<rt::Vec<rt::String>>>,
    /// [`StoreInput::when`](StoreInput::when), if set.
    pub when: rt::Option<rt::Vec<rt::DateTime>>,
    /// [`StoreInput::choice`](StoreInput::choice), if set.
    pub choice: rt::Option<Choice>,
    /// [`StoreInput::secret`](StoreInput::secret), if set.
    pub secret: rt::Option<rt::String>,
    /// [`StoreInput::doc`](StoreInput::doc), if set.
    pub doc: rt::Option<rt::Document>,
}
impl StoreInputBuilder {
    /// Appends one element to [`StoreInput::names`](StoreInput::names).
    pub fn names(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.names
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`StoreInput::names`](StoreInput::names).
    pub fn set_names(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.names = value;
        self
    }
    /// Appends one element to [`StoreInput::sparse_names`](StoreInput::sparse_names).
    pub fn sparse_names(mut self, value: impl rt::Into<rt::Option<rt::String>>) -> Self {
        self.sparse_names
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`StoreInput::sparse_names`](StoreInput::sparse_names).
    pub fn set_sparse_names(mut self, value: rt::Option<rt::Vec<rt::Option<rt::String>>>) -> Self {
        self.sparse_names = value;
        self
    }
    /// Inserts one entry into [`StoreInput::counts`](StoreInput::counts).
    pub fn counts(mut self, key: impl rt::Into<rt::String>, value: impl rt::Into<i64>) -> Self {
        self.counts
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`StoreInput::counts`](StoreInput::counts).
    pub fn set_counts(mut self, value: rt::Option<rt::BTreeMap<rt::String, i64>>) -> Self {
        self.counts = value;
        self
    }
    /// Appends one element to [`StoreInput::nested`](StoreInput::nested).
    pub fn nested(mut self, value: impl rt::Into<rt::Vec<rt::String>>) -> Self {
        self.nested
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`StoreInput::nested`](StoreInput::nested).
    pub fn set_nested(mut self, value: rt::Option<rt::Vec<rt::Vec<rt::String>>>) -> Self {
        self.nested = value;
        self
    }
    /// Appends one element to [`StoreInput::when`](StoreInput::when).
    pub fn when(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.when
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`StoreInput::when`](StoreInput::when).
    pub fn set_when(mut self, value: rt::Option<rt::Vec<rt::DateTime>>) -> Self {
        self.when = value;
        self
    }
    /// Sets [`StoreInput::choice`](StoreInput::choice).
    pub fn choice(mut self, value: impl rt::Into<Choice>) -> Self {
        self.choice = Some(value.into());
        self
    }
    /// Sets or clears [`StoreInput::choice`](StoreInput::choice).
    pub fn set_choice(mut self, value: rt::Option<Choice>) -> Self {
        self.choice = value;
        self
    }
    /// Sets [`StoreInput::secret`](StoreInput::secret).
    pub fn secret(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.secret = Some(value.into());
        self
    }
    /// Sets or clears [`StoreInput::secret`](StoreInput::secret).
    pub fn set_secret(mut self, value: rt::Option<rt::String>) -> Self {
        self.secret = value;
        self
    }
    /// Sets [`StoreInput::doc`](StoreInput::doc).
    pub fn doc(mut self, value: impl rt::Into<rt::Document>) -> Self {
        self.doc = Some(value.into());
        self
    }
    /// Sets or clears [`StoreInput::doc`](StoreInput::doc).
    pub fn set_doc(mut self, value: rt::Option<rt::Document>) -> Self {
        self.doc = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> StoreInput {
        StoreInput {
            names: self.names,
            sparse_names: self.sparse_names,
            counts: self.counts,
            nested: self.nested,
            when: self.when,
            choice: self.choice,
            secret: self.secret,
            doc: self.doc,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ::std::fmt::Debug for StoreInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StoreInput")
            .field("names", &self.names)
            .field("sparseNames", &self.sparse_names)
            .field("counts", &self.counts)
            .field("nested", &self.nested)
            .field("when", &self.when)
            .field("choice", &self.choice)
            .field("secret", &"*** Sensitive Data Redacted ***")
            .field("doc", &self.doc)
            .finish()
    }
}
impl ::std::fmt::Debug for StoreInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StoreInputBuilder")
            .field("names", &self.names)
            .field("sparseNames", &self.sparse_names)
            .field("counts", &self.counts)
            .field("nested", &self.nested)
            .field("when", &self.when)
            .field("choice", &self.choice)
            .field("secret", &"*** Sensitive Data Redacted ***")
            .field("doc", &self.doc)
            .finish()
    }
}
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Choice {
    Text(rt::String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(rt::String),
}
