// Generated from models/aws-secretsmanager.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Shared types of the AWS Secrets Manager API: operation inputs and outputs, data types, errors and their JSON forms.
//!
//! Amazon Web Services Secrets Manager
//!
//! Amazon Web Services Secrets Manager provides a service to enable you to store, manage, and retrieve, secrets.
//!
//! This guide provides descriptions of the Secrets Manager API. For more information about using this service, see the [Amazon Web Services Secrets Manager User Guide](https://docs.aws.amazon.com/secretsmanager/latest/userguide/introduction.html).
//!
//! **API Version**
//!
//! This version of the Secrets Manager API Reference documents the Secrets Manager API version 2017-10-17.
//!
//! For a list of endpoints, see [Amazon Web Services Secrets Manager endpoints](https://docs.aws.amazon.com/secretsmanager/latest/userguide/asm_access.html#endpoints).
//!
//! **Support and Feedback for Amazon Web Services Secrets Manager**
//!
//! We welcome your feedback. Send your comments to [awssecretsmanager-feedback@amazon.com](mailto:awssecretsmanager-feedback@amazon.com), or post your feedback and questions in the [Amazon Web Services Secrets Manager Discussion Forum](http://forums.aws.amazon.com/forum.jspa?forumID=296). For more information about the Amazon Web Services Discussion Forums, see [Forums Help](http://forums.aws.amazon.com/help.jspa).
//!
//! **Logging API Requests**
//!
//! Amazon Web Services Secrets Manager supports Amazon Web Services CloudTrail, a service that records Amazon Web Services API calls for your Amazon Web Services account and delivers log files to an Amazon S3 bucket. By using information that's collected by Amazon Web Services CloudTrail, you can determine the requests successfully made to Secrets Manager, who made the request, when it was made, and so on. For more about Amazon Web Services Secrets Manager and support for Amazon Web Services CloudTrail, see [Logging Amazon Web Services Secrets Manager Events with Amazon Web Services CloudTrail](https://docs.aws.amazon.com/secretsmanager/latest/userguide/monitoring.html#monitoring_cloudtrail) in the *Amazon Web Services Secrets Manager User Guide*. To learn more about CloudTrail, including enabling it and find your log files, see the [Amazon Web Services CloudTrail User Guide](https://docs.aws.amazon.com/awscloudtrail/latest/userguide/what_is_cloud_trail_top_level.html).
#![allow(deprecated)]
pub mod error;
pub mod http;
mod json;
pub mod model;
