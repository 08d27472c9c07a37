// Generated from models/aws-sqs.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Shared types of the Amazon Simple Queue Service API: operation inputs and outputs, data types, errors and their JSON forms.
//!
//! Welcome to the *Amazon SQS API Reference*.
//!
//! Amazon SQS is a reliable, highly-scalable hosted queue for storing messages as they travel between applications or microservices. Amazon SQS moves data between distributed application components and helps you decouple these components.
//!
//! For information on the permissions you need to use this API, see [Identity and access management](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-authentication-and-access-control.html) in the *Amazon SQS Developer Guide.*
//!
//! You can use [Amazon Web Services SDKs](http://aws.amazon.com/tools/#sdk) to access Amazon SQS using your favorite programming language. The SDKs perform tasks such as the following automatically:
//!
//! - Cryptographically sign your service requests
//! - Retry requests
//! - Handle error responses
//!
//! **Additional information**
//!
//! - [Amazon SQS Product Page](http://aws.amazon.com/sqs/)
//! - *Amazon SQS Developer Guide*
//! - [Making API Requests](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-making-api-requests.html)
//! - [Amazon SQS Message Attributes](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-message-attributes)
//! - [Amazon SQS Dead-Letter Queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html)
//! - [Amazon SQS in the *Command Line Interface*](http://docs.aws.amazon.com/cli/latest/reference/sqs/index.html)
//! - *Amazon Web Services General Reference*
//! - [Regions and Endpoints](https://docs.aws.amazon.com/general/latest/gr/rande.html#sqs_region)
#![allow(deprecated)]
pub mod error;
pub mod http;
mod json;
pub mod model;
