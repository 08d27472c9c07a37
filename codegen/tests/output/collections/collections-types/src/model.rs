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
    /// Sets [`StoreInput::names`](StoreInput::names).
    pub fn names(mut self, value: impl rt::Into<rt::Vec<rt::String>>) -> Self {
        self.names = Some(value.into());
        self
    }
    /// Sets or clears [`StoreInput::names`](StoreInput::names).
    pub fn set_names(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.names = value;
        self
    }
    /// Sets [`StoreInput::sparse_names`](StoreInput::sparse_names).
    pub fn sparse_names(mut self, value: impl rt::Into<rt::Vec<rt::Option<rt::String>>>) -> Self {
        self.sparse_names = Some(value.into());
        self
    }
    /// Sets or clears [`StoreInput::sparse_names`](StoreInput::sparse_names).
    pub fn set_sparse_names(mut self, value: rt::Option<rt::Vec<rt::Option<rt::String>>>) -> Self {
        self.sparse_names = value;
        self
    }
    /// Sets [`StoreInput::counts`](StoreInput::counts).
    pub fn counts(mut self, value: impl rt::Into<rt::BTreeMap<rt::String, i64>>) -> Self {
        self.counts = Some(value.into());
        self
    }
    /// Sets or clears [`StoreInput::counts`](StoreInput::counts).
    pub fn set_counts(mut self, value: rt::Option<rt::BTreeMap<rt::String, i64>>) -> Self {
        self.counts = value;
        self
    }
    /// Sets [`StoreInput::nested`](StoreInput::nested).
    pub fn nested(mut self, value: impl rt::Into<rt::Vec<rt::Vec<rt::String>>>) -> Self {
        self.nested = Some(value.into());
        self
    }
    /// Sets or clears [`StoreInput::nested`](StoreInput::nested).
    pub fn set_nested(mut self, value: rt::Option<rt::Vec<rt::Vec<rt::String>>>) -> Self {
        self.nested = value;
        self
    }
    /// Sets [`StoreInput::when`](StoreInput::when).
    pub fn when(mut self, value: impl rt::Into<rt::Vec<rt::DateTime>>) -> Self {
        self.when = Some(value.into());
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
