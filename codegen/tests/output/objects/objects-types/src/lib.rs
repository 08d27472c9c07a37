// Generated from models/objects.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Shared types of the Objects API: operation inputs and outputs, data types, errors and their JSON forms.
//!
//! A small object store over restJson1: buckets hold objects under keys that may contain slashes; objects are streamed in and out.
#![allow(deprecated)]
pub mod error;
pub mod http;
mod json;
pub mod model;
