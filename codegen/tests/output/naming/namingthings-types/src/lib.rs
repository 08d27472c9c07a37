// Generated from models/naming.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Shared types of the Naming Things API: operation inputs and outputs, data types, errors and their JSON forms.
#![allow(deprecated)]
pub mod error;
pub mod http;
mod json;
pub mod model;
