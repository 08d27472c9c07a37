// Generated from models/collections.json by codegen — do not edit.
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
    Operation { name: "Store", input: &STORE_INPUT, output: &STORE_INPUT, pagination: None,
        errors: &[],
        summary: "" },
];

#[rustfmt::skip]
static CHOICE: Structure = Structure { name: "Choice", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static STORE_INPUT: Structure = Structure { name: "StoreInput", union: false, members: &[
    Member { name: "names", ty: Type::List(&Type::String), required: false, summary: "" },
    Member { name: "sparseNames", ty: Type::List(&Type::String), required: false, summary: "" },
    Member { name: "counts", ty: Type::Map(&Type::Integer), required: false, summary: "" },
    Member { name: "nested", ty: Type::List(&Type::List(&Type::String)), required: false, summary: "" },
    Member { name: "when", ty: Type::List(&Type::Timestamp), required: false, summary: "" },
    Member { name: "choice", ty: Type::Structure(&CHOICE), required: false, summary: "" },
    Member { name: "secret", ty: Type::String, required: false, summary: "" },
    Member { name: "doc", ty: Type::Document, required: false, summary: "" },
]};
