// Generated from models/aws-sns.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Shared types of the Amazon Simple Notification Service API: operation inputs and outputs, data types, errors and their JSON forms.
//!
//! Amazon Simple Notification Service
//!
//! Amazon Simple Notification Service (Amazon SNS) is a web service that enables you to build distributed web-enabled applications. Applications can use Amazon SNS to easily push real-time notification messages to interested subscribers over multiple delivery protocols. For more information about this product see the [Amazon SNS product page](http://aws.amazon.com/sns/). For detailed information about Amazon SNS features and their associated API calls, see the [Amazon SNS Developer Guide](https://docs.aws.amazon.com/sns/latest/dg/).
//!
//! For information on the permissions you need to use this API, see [Identity and access management in Amazon SNS](https://docs.aws.amazon.com/sns/latest/dg/sns-authentication-and-access-control.html) in the *Amazon SNS Developer Guide.*
//!
//! We also provide SDKs that enable you to access Amazon SNS from your preferred programming language. The SDKs contain functionality that automatically takes care of tasks such as: cryptographically signing your service requests, retrying requests, and handling error responses. For a list of available SDKs, go to [Tools for Amazon Web Services](http://aws.amazon.com/tools/).
#![allow(deprecated)]
pub mod error;
pub mod http;
mod json;
pub mod model;
pub mod xml;
