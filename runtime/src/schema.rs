//! The model as data: operations, their input and output structures, member
//! types and one-line summaries. Generated clients export it as `schema` so that
//! tools can work from the model without a model file (a CLI building its
//! flags, `--generate-cli-skeleton`, help text).

use std::fmt;

/// One operation.
#[derive(Debug)]
pub struct Operation {
    /// The model name (`GetDownloadUrlForLayer`).
    pub name: &'static str,
    /// The first paragraph of its documentation.
    pub summary: &'static str,
    /// The input structure.
    pub input: &'static Structure,
    /// The output structure.
    pub output: &'static Structure,
    /// The error shapes the model names for it.
    pub errors: &'static [&'static str],
    /// `@paginated` facts, when it has them.
    pub pagination: Option<Pagination>,
}

/// The members `@paginated` names (wire names).
#[derive(Debug, Clone, Copy)]
pub struct Pagination {
    /// The input member that carries the continuation token.
    pub input_token: &'static str,
    /// The output member that carries the next token.
    pub output_token: &'static str,
    /// The output list that pages add up.
    pub items: Option<&'static str>,
    /// The input member that limits a page.
    pub page_size: Option<&'static str>,
}

/// A structure or union.
pub struct Structure {
    /// The shape name.
    pub name: &'static str,
    /// Its members in model order.
    pub members: &'static [Member],
    /// Whether exactly one member may be set.
    pub union: bool,
}

impl fmt::Debug for Structure {
    // Structures may be recursive: name them, do not descend.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Structure({})", self.name)
    }
}

impl Structure {
    /// The member with this wire name.
    pub fn member(&self, name: &str) -> Option<&'static Member> {
        self.members.iter().find(|m| m.name == name)
    }
}

/// One member of a structure or union.
#[derive(Debug)]
pub struct Member {
    /// Its wire (JSON) name.
    pub name: &'static str,
    /// Its type.
    pub ty: Type,
    /// Whether the model marks it `@required`.
    pub required: bool,
    /// The first paragraph of its documentation.
    pub summary: &'static str,
}

/// A member's type.
#[derive(Debug, Clone, Copy)]
pub enum Type {
    /// A string.
    String,
    /// A string restricted to these values.
    Enum(&'static [&'static str]),
    /// An integer restricted to these values.
    IntEnum(&'static [i64]),
    /// A boolean.
    Boolean,
    /// `byte`, `short`, `integer` or `long`.
    Integer,
    /// `float` or `double`.
    Float,
    /// A timestamp (epoch seconds on the wire).
    Timestamp,
    /// Bytes, base64 on the wire.
    Blob,
    /// Untyped JSON.
    Document,
    /// A list of this element type.
    List(&'static Type),
    /// A map from strings to this value type.
    Map(&'static Type),
    /// A structure or union.
    Structure(&'static Structure),
}

/// Looks an operation up by its model name.
pub fn find(operations: &'static [Operation], name: &str) -> Option<&'static Operation> {
    operations.iter().find(|o| o.name == name)
}
