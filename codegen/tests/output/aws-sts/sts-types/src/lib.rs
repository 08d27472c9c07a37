// Generated from models/aws-sts.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Shared types of the AWS Security Token Service API: operation inputs and outputs, data types, errors and their JSON forms.
//!
//! Security Token Service
//!
//! Security Token Service (STS) enables you to request temporary, limited-privilege credentials for users. This guide provides descriptions of the STS API. For more information about using this service, see [Temporary Security Credentials](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp.html).
#![allow(deprecated)]
pub mod error;
pub mod http;
mod json;
pub mod model;
pub mod xml;
