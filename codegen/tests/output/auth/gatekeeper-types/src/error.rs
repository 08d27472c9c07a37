// Generated from models/auth.smithy by codegen — do not edit.
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
    /// The errors `Health` can return.
    pub enum HealthError {
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `KeyOnly` can return.
    pub enum KeyOnlyError {
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `Ping` can return.
    pub enum PingError {
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `WhoAmI` can return.
    pub enum WhoAmIError {
    }
    validation = unmodeled;
}
