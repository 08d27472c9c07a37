// Generated from models/dynamodb-crc32.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Errors: the modeled error structures, and per operation an enum of
//! the errors it can return.
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};

::codegen_rt::operation_error! {
    /// The errors `DescribeLimits` can return.
    pub enum DescribeLimitsError {
    }
    validation = unmodeled;
}
