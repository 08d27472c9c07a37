// Generated from models/events-rpc.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Shared types of the Ticker API: operation inputs and outputs, data types, errors and their JSON forms.
//!
//! A market feed: quotes out, trades in.
#![allow(deprecated)]
pub mod error;
pub mod http;
mod json;
pub mod model;
