// Generated from models/events.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Shared types of the Talk API: operation inputs and outputs, data types, errors and their JSON forms.
//!
//! A service that talks back a token at a time.
#![allow(deprecated)]
pub mod error;
pub mod http;
mod json;
pub mod model;
