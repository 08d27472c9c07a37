// Generated from models/traits.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Shared types of the Tracker API: operation inputs and outputs, data types, errors and their JSON forms.
//!
//! Exercises behaviour traits.
#![allow(deprecated)]
pub mod error;
pub mod http;
mod json;
pub mod model;
