//! The official Smithy awsJson protocol compliance suites: `cargo test -p
//! protocol-tests` generates server and client crates and one test per case
//! for each suite in `../shared/protocol-tests/`, runs them, and prints
//! `awsJson1_1: P passed, F failed, S skipped` per suite. Cases that may not
//! run are listed, each with its reason, in `skip.txt`.
