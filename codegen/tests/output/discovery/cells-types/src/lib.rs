// Generated from models/discovery.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Shared types of the Cells API: operation inputs and outputs, data types, errors and their JSON forms.
//!
//! A store whose tables live in cells; clients ask which cell to call.
#![allow(deprecated)]
pub mod error;
pub mod http;
mod json;
pub mod model;
