// Generated from models/aws-s3.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Shared types of the Amazon Simple Storage Service API: operation inputs and outputs, data types, errors and their JSON forms.
#![allow(deprecated)]
pub mod error;
pub mod http;
mod json;
pub mod model;
pub mod xml;
