// Generated from models/entitlements.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Shared types of the AWS Marketplace Entitlement Service API: operation inputs and outputs, data types, errors and their JSON forms.
//!
//! Tells which entitlements customers hold for a product.
#![allow(deprecated)]
pub mod error;
pub mod http;
mod json;
pub mod model;
