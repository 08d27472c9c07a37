//! An ECR-compatible registry server on the generated server SDK.
//!
//! - [`store`]: SQLite metadata and content-addressed blobs, crash-safe.
//! - [`registry`]: the business logic, implementing the generated `Ecr` trait.
//! - [`auth`]: SigV4 request verification and pre-signed download URLs.
//! - [`blobs`]: the download endpoint those URLs point to.
//! - [`oci`]: the OCI Distribution API under `/v2/` (docker, skopeo), same store.
//! - [`upstream`]: fetching from the upstream registry of a pull-through cache rule.
//! - [`app`]: all of it as one tower service.

pub mod app;
pub mod auth;
pub mod blobs;
pub mod oci;
pub mod registry;
pub mod store;
pub mod upstream;
