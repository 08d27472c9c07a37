// Generated from models/waiters.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Shared types of the Jobs API: operation inputs and outputs, data types, errors and their JSON forms.
//!
//! A job queue whose jobs change state between calls: the model of the waiter tests.
#![allow(deprecated)]
pub mod error;
pub mod http;
mod json;
pub mod model;
