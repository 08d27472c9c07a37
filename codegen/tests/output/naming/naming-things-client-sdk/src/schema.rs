// Generated from models/naming.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! The service model as data (`codegen_rt::schema`): for tools that work
//! from the model, such as a CLI that builds its flags from it.
use codegen_rt::schema::*;
/// The operation with this model name.
pub fn operation(name: &str) -> Option<&'static Operation> {
    find(OPERATIONS, name)
}

/// Every operation, in model order.
#[rustfmt::skip]
pub static OPERATIONS: &[Operation] = &[
    Operation { name: "Match", input: &RESULT_SHAPE, output: &STRING_SHAPE, pagination: None,
        errors: &[],
        summary: "" },
];

#[rustfmt::skip]
static RESULT_SHAPE: Structure = Structure { name: "ResultShape", union: false, members: &[
    Member { name: "type", ty: Type::String, required: false, summary: "" },
    Member { name: "self", ty: Type::String, required: false, summary: "" },
    Member { name: "async", ty: Type::Boolean, required: false, summary: "" },
    Member { name: "isActive", ty: Type::Boolean, required: false, summary: "" },
    Member { name: "ECRRepositoryArn", ty: Type::String, required: false, summary: "" },
    Member { name: "path", ty: Type::String, required: false, summary: "" },
    Member { name: "cx", ty: Type::String, required: false, summary: "" },
]};

#[rustfmt::skip]
static STRING_SHAPE: Structure = Structure { name: "StringShape", union: false, members: &[
    Member { name: "Option", ty: Type::Enum(UNKNOWN_VALUES), required: false, summary: "" },
]};

#[rustfmt::skip]
const UNKNOWN_VALUES: &[&str] = &["unknown", "self"];
