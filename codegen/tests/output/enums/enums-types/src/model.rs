// Generated from models/enums.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
#[derive(Clone, Debug, PartialEq)]
pub struct PaintInput {
    pub color: Color,
    pub level: rt::Option<Level>,
    pub legacy: rt::Option<Legacy>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PaintInput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PaintInput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PaintInput {
    /// A builder for this structure.
    pub fn builder() -> PaintInputBuilder {
        PaintInputBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PaintInput {
    /// [`color`](Self::color).
    pub fn color(&self) -> &Color {
        &self.color
    }
    /// [`level`](Self::level).
    pub fn level(&self) -> rt::Option<&Level> {
        self.level.as_ref()
    }
    /// [`legacy`](Self::legacy).
    pub fn legacy(&self) -> rt::Option<&Legacy> {
        self.legacy.as_ref()
    }
}
/// Builds a [`PaintInput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PaintInputBuilder {
    /// [`PaintInput::color`](PaintInput::color), if set.
    pub color: rt::Option<Color>,
    /// [`PaintInput::level`](PaintInput::level), if set.
    pub level: rt::Option<Level>,
    /// [`PaintInput::legacy`](PaintInput::legacy), if set.
    pub legacy: rt::Option<Legacy>,
}
impl PaintInputBuilder {
    /// Sets [`PaintInput::color`](PaintInput::color).
    pub fn color(mut self, value: impl rt::Into<Color>) -> Self {
        self.color = Some(value.into());
        self
    }
    /// Sets or clears [`PaintInput::color`](PaintInput::color).
    pub fn set_color(mut self, value: rt::Option<Color>) -> Self {
        self.color = value;
        self
    }
    /// Sets [`PaintInput::level`](PaintInput::level).
    pub fn level(mut self, value: impl rt::Into<Level>) -> Self {
        self.level = Some(value.into());
        self
    }
    /// Sets or clears [`PaintInput::level`](PaintInput::level).
    pub fn set_level(mut self, value: rt::Option<Level>) -> Self {
        self.level = value;
        self
    }
    /// Sets [`PaintInput::legacy`](PaintInput::legacy).
    pub fn legacy(mut self, value: impl rt::Into<Legacy>) -> Self {
        self.legacy = Some(value.into());
        self
    }
    /// Sets or clears [`PaintInput::legacy`](PaintInput::legacy).
    pub fn set_legacy(mut self, value: rt::Option<Legacy>) -> Self {
        self.legacy = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<PaintInput, rt::BuildError> {
        Ok(PaintInput {
            color: self.color.ok_or(rt::BuildError {
                shape: "PaintInput",
                member: "color",
            })?,
            level: self.level,
            legacy: self.legacy,
            _meta: rt::ResponseMeta::default(),
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
