// Generated from models/dynamodb-crc32.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Shared types of the DynamoDB stand-in API: operation inputs and outputs, data types, errors and their JSON forms.
//!
//! Stands in for DynamoDB.
#![allow(deprecated)]
pub mod error;
pub mod http;
mod json;
pub mod model;
