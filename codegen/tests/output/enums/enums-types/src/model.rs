// Generated from models/enums.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use codegen_rt::prelude::*;
#[derive(Clone, Debug, PartialEq)]
pub struct PaintInput {
    pub color: Color,
    pub level: Option<Level>,
    pub legacy: Option<Legacy>,
}
impl PaintInput {
    /// A builder for this structure.
    pub fn builder() -> PaintInputBuilder {
        PaintInputBuilder::default()
    }
}
/// Builds a [`PaintInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PaintInputBuilder {
    /// [`PaintInput::color`](PaintInput::color), if set.
    pub color: Option<Color>,
    /// [`PaintInput::level`](PaintInput::level), if set.
    pub level: Option<Level>,
    /// [`PaintInput::legacy`](PaintInput::legacy), if set.
    pub legacy: Option<Legacy>,
}
impl PaintInputBuilder {
    /// Sets [`PaintInput::color`](PaintInput::color).
    pub fn color(mut self, value: impl Into<Color>) -> Self {
        self.color = Some(value.into());
        self
    }
    /// Sets [`PaintInput::level`](PaintInput::level).
    pub fn level(mut self, value: impl Into<Level>) -> Self {
        self.level = Some(value.into());
        self
    }
    /// Sets [`PaintInput::legacy`](PaintInput::legacy).
    pub fn legacy(mut self, value: impl Into<Legacy>) -> Self {
        self.legacy = Some(value.into());
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<PaintInput, BuildError> {
        Ok(PaintInput {
            color: self.color.ok_or(BuildError {
                shape: "PaintInput",
                member: "color",
            })?,
            level: self.level,
            legacy: self.legacy,
        })
    }
}

::codegen_rt::string_enum! {
    pub enum Color {
        /// Like a rose.
        Red = "red",
        DarkBlue = "dark-blue",
    }
}

::codegen_rt::string_enum! {
    pub enum Legacy {
        VersionOne = "v1",
        V2 = "v2",
    }
}

::codegen_rt::int_enum! {
    pub enum Level {
        Low = 1,
        High = 10,
    }
}
