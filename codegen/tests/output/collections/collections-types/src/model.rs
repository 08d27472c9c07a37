// Generated from models/collections.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use codegen_rt::prelude::*;
#[derive(Clone, PartialEq)]
pub struct StoreInput {
    pub names: Option<Vec<String>>,
    pub sparse_names: Option<Vec<Option<String>>>,
    pub counts: Option<BTreeMap<String, i64>>,
    pub nested: Option<Vec<Vec<String>>>,
    pub when: Option<Vec<DateTime>>,
    pub choice: Option<Choice>,
    pub secret: Option<String>,
    pub doc: Option<Document>,
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
    pub names: Option<Vec<String>>,
    /// [`StoreInput::sparse_names`](StoreInput::sparse_names), if set.
    pub sparse_names: Option<Vec<Option<String>>>,
    /// [`StoreInput::counts`](StoreInput::counts), if set.
    pub counts: Option<BTreeMap<String, i64>>,
    /// [`StoreInput::nested`](StoreInput::nested), if set.
    pub nested: Option<Vec<Vec<String>>>,
    /// [`StoreInput::when`](StoreInput::when), if set.
    pub when: Option<Vec<DateTime>>,
    /// [`StoreInput::choice`](StoreInput::choice), if set.
    pub choice: Option<Choice>,
    /// [`StoreInput::secret`](StoreInput::secret), if set.
    pub secret: Option<String>,
    /// [`StoreInput::doc`](StoreInput::doc), if set.
    pub doc: Option<Document>,
}
impl StoreInputBuilder {
    /// Sets [`StoreInput::names`](StoreInput::names).
    pub fn names(mut self, value: impl Into<Vec<String>>) -> Self {
        self.names = Some(value.into());
        self
    }
    /// Sets [`StoreInput::sparse_names`](StoreInput::sparse_names).
    pub fn sparse_names(mut self, value: impl Into<Vec<Option<String>>>) -> Self {
        self.sparse_names = Some(value.into());
        self
    }
    /// Sets [`StoreInput::counts`](StoreInput::counts).
    pub fn counts(mut self, value: impl Into<BTreeMap<String, i64>>) -> Self {
        self.counts = Some(value.into());
        self
    }
    /// Sets [`StoreInput::nested`](StoreInput::nested).
    pub fn nested(mut self, value: impl Into<Vec<Vec<String>>>) -> Self {
        self.nested = Some(value.into());
        self
    }
    /// Sets [`StoreInput::when`](StoreInput::when).
    pub fn when(mut self, value: impl Into<Vec<DateTime>>) -> Self {
        self.when = Some(value.into());
        self
    }
    /// Sets [`StoreInput::choice`](StoreInput::choice).
    pub fn choice(mut self, value: impl Into<Choice>) -> Self {
        self.choice = Some(value.into());
        self
    }
    /// Sets [`StoreInput::secret`](StoreInput::secret).
    pub fn secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self
    }
    /// Sets [`StoreInput::doc`](StoreInput::doc).
    pub fn doc(mut self, value: impl Into<Document>) -> Self {
        self.doc = Some(value.into());
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<StoreInput, BuildError> {
        Ok(StoreInput {
            names: self.names,
            sparse_names: self.sparse_names,
            counts: self.counts,
            nested: self.nested,
            when: self.when,
            choice: self.choice,
            secret: self.secret,
            doc: self.doc,
        })
    }
}
impl std::fmt::Debug for StoreInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
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
impl std::fmt::Debug for StoreInputBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
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
    Text(String),
    Number(i32),
    /// A member this version of the model does not know (its name).
    Unknown(String),
}
