//! An ECR-compatible registry server on the generated server SDK.
//!
//! - [`store`]: SQLite metadata and content-addressed blobs, crash-safe.
//! - [`registry`]: the business logic, implementing the generated `Ecr` trait.
//! - [`blobs`]: the download endpoint those URLs point to.
//! - [`oci`]: the OCI Distribution API under `/v2/` (docker, skopeo), same store.
//! - [`plugins`]: per-operation metrics and read-only keys, as plugins of the
//!   generated server.
//! - [`lifecycle`]: lifecycle policies: ECR's rules, validated and evaluated.
//! - [`upstream`]: fetching from the upstream registry of a pull-through cache rule.
//! - [`app`]: all of it as one tower service (SigV4 is checked by
//!   `codegen_rt::sigv4::Verifier`, run by the generated server).
//! - [`timer`]: the per-connection timer behind the header-read timeout.

pub mod app;
pub mod blobs;
pub mod lifecycle;
pub mod media;
pub mod oci;
pub mod plugins;
pub mod policy;
pub mod registry;
pub mod scan;
pub mod signing;
pub mod store;
pub mod timer;
pub mod upstream;
