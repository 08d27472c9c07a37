// Generated from models/auth.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Shared types of the Gatekeeper API: operation inputs and outputs, data types, errors and their JSON forms.
//!
//! Answers who the caller is, under whichever scheme the caller used.
#![allow(deprecated)]
pub mod error;
pub mod http;
mod json;
pub mod model;
