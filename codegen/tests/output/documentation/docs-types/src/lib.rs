// Generated from models/documentation.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Shared types of the Docs API: operation inputs and outputs, data types, errors and their JSON forms.
//!
//! Docs Service
//!
//! Shows how **HTML** becomes rustdoc.
#![allow(deprecated)]
pub mod error;
pub mod http;
mod json;
pub mod model;
