// Generated from models/constraints.json by codegen — do not edit.
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
    Operation { name: "Check", input: &CHECK_INPUT, output: &CHECK_OUTPUT, pagination: None,
        errors: &["ValidationException"],
        summary: "" },
];

#[rustfmt::skip]
static CHECK_INPUT: Structure = Structure { name: "CheckInput", union: false, members: &[
    Member { name: "name", ty: Type::String, required: true, summary: "" },
    Member { name: "count", ty: Type::Integer, required: false, summary: "" },
    Member { name: "ratio", ty: Type::Float, required: false, summary: "" },
    Member { name: "tags", ty: Type::List(&Type::String), required: false, summary: "" },
    Member { name: "payload", ty: Type::Blob, required: false, summary: "" },
    Member { name: "enabled", ty: Type::Boolean, required: false, summary: "" },
]};

#[rustfmt::skip]
static CHECK_OUTPUT: Structure = Structure { name: "CheckOutput", union: false, members: &[
]};
