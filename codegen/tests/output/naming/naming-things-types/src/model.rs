// Generated from models/naming.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use codegen_rt::prelude::*;
#[derive(Clone, Debug, PartialEq)]
pub struct ResultShape {
    pub r#type: Option<String>,
    pub self_: Option<String>,
    pub r#async: Option<bool>,
    pub is_active: Option<bool>,
    pub ecr_repository_arn: Option<String>,
    pub path: Option<String>,
    pub cx: Option<String>,
}
impl ResultShape {
    /// A builder for this structure.
    pub fn builder() -> ResultShapeBuilder {
        ResultShapeBuilder::default()
    }
}
/// Builds a [`ResultShape`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ResultShapeBuilder {
    /// [`ResultShape::r#type`](ResultShape::r#type), if set.
    pub r#type: Option<String>,
    /// [`ResultShape::self_`](ResultShape::self_), if set.
    pub self_: Option<String>,
    /// [`ResultShape::r#async`](ResultShape::r#async), if set.
    pub r#async: Option<bool>,
    /// [`ResultShape::is_active`](ResultShape::is_active), if set.
    pub is_active: Option<bool>,
    /// [`ResultShape::ecr_repository_arn`](ResultShape::ecr_repository_arn), if set.
    pub ecr_repository_arn: Option<String>,
    /// [`ResultShape::path`](ResultShape::path), if set.
    pub path: Option<String>,
    /// [`ResultShape::cx`](ResultShape::cx), if set.
    pub cx: Option<String>,
}
impl ResultShapeBuilder {
    /// Sets [`ResultShape::r#type`](ResultShape::r#type).
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets [`ResultShape::self_`](ResultShape::self_).
    pub fn self_(mut self, value: impl Into<String>) -> Self {
        self.self_ = Some(value.into());
        self
    }
    /// Sets [`ResultShape::r#async`](ResultShape::r#async).
    pub fn r#async(mut self, value: impl Into<bool>) -> Self {
        self.r#async = Some(value.into());
        self
    }
    /// Sets [`ResultShape::is_active`](ResultShape::is_active).
    #[allow(clippy::wrong_self_convention)]
    pub fn is_active(mut self, value: impl Into<bool>) -> Self {
        self.is_active = Some(value.into());
        self
    }
    /// Sets [`ResultShape::ecr_repository_arn`](ResultShape::ecr_repository_arn).
    pub fn ecr_repository_arn(mut self, value: impl Into<String>) -> Self {
        self.ecr_repository_arn = Some(value.into());
        self
    }
    /// Sets [`ResultShape::path`](ResultShape::path).
    pub fn path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }
    /// Sets [`ResultShape::cx`](ResultShape::cx).
    pub fn cx(mut self, value: impl Into<String>) -> Self {
        self.cx = Some(value.into());
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<ResultShape, BuildError> {
        Ok(ResultShape {
            r#type: self.r#type,
            self_: self.self_,
            r#async: self.r#async,
            is_active: self.is_active,
            ecr_repository_arn: self.ecr_repository_arn,
            path: self.path,
            cx: self.cx,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct StringShape {
    pub option: Option<Unknown>,
}
impl StringShape {
    /// A builder for this structure.
    pub fn builder() -> StringShapeBuilder {
        StringShapeBuilder::default()
    }
}
/// Builds a [`StringShape`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StringShapeBuilder {
    /// [`StringShape::option`](StringShape::option), if set.
    pub option: Option<Unknown>,
}
impl StringShapeBuilder {
    /// Sets [`StringShape::option`](StringShape::option).
    pub fn option(mut self, value: impl Into<Unknown>) -> Self {
        self.option = Some(value.into());
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> Result<StringShape, BuildError> {
        Ok(StringShape {
            option: self.option,
        })
    }
}

::codegen_rt::string_enum! {
    pub enum Unknown {
        UnknownValue = "unknown",
        SelfValue = "self",
    }
}
