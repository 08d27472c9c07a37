//! The generator's one error type: every failure names what it is about
//! (a file, the model, a shape), never a panic.

use std::path::Path;

/// Everything that can go wrong, each naming what it is about.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Error {
    /// Reading or writing files.
    #[error("{0}")]
    Io(String),
    /// The model as a whole.
    #[error("invalid model: {0}")]
    Model(String),
    /// One shape.
    #[error("shape `{id}` {problem}")]
    Shape { id: String, problem: String },
    /// A bug in the generator.
    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    /// A problem with shape `id`.
    pub fn shape(id: &str, problem: impl Into<String>) -> Self {
        Error::Shape {
            id: id.to_owned(),
            problem: problem.into(),
        }
    }

    /// Adds the model file to a model-level error.
    pub fn in_file(self, path: &Path) -> Self {
        match self {
            Error::Model(m) => Error::Model(format!("{}: {m}", path.display())),
            other => other,
        }
    }
}
