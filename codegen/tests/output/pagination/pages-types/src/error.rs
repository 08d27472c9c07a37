// Generated from models/pagination.json by codegen — do not edit.
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
    /// The errors `ListLabels` can return.
    pub enum ListLabelsError {
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `ListShelves` can return.
    pub enum ListShelvesError {
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `ListThings` can return.
    pub enum ListThingsError {
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `ScanThings` can return.
    pub enum ScanThingsError {
    }
    validation = unmodeled;
}
