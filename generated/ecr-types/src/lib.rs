// Generated from model/ecr.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Shared types of the Amazon Elastic Container Registry API: operation inputs and outputs, data types, errors and their JSON forms.
//!
//! Amazon Elastic Container Registry (ECR) stores container images: repositories hold images, images are manifests that reference layers, and layers are content-addressed blobs.
//!
//! This model covers the operations a registry needs to push and pull an image: repository management, the layer upload protocol, image manifests, layer download URLs and registry credentials.
#![allow(deprecated)]
pub mod error;
pub mod http;
mod json;
pub mod model;
