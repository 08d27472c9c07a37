// Generated from models/errors.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! The service model as data (`codegen_rt::schema`): for tools that work
//! from the model, such as a CLI that builds its flags from it.
use ::codegen_rt::schema::*;
/// The operation with this model name.
pub fn operation(name: &str) -> ::std::option::Option<&'static Operation> {
    find(OPERATIONS, name)
}

/// Every operation, in model order.
#[rustfmt::skip]
pub static OPERATIONS: &[Operation] = &[
    Operation { name: "Fetch", input: &FETCH_INPUT, output: &FETCH_OUTPUT, pagination: None,
        errors: &["Broken", "NotFound", "Teapot", "ThrottlingException"],
        summary: "" },
];

#[rustfmt::skip]
static FETCH_INPUT: Structure = Structure { name: "FetchInput", union: false, members: &[
]};

#[rustfmt::skip]
static FETCH_OUTPUT: Structure = Structure { name: "FetchOutput", union: false, members: &[
]};
