// Generated from models/documentation.json by codegen — do not edit.
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
    Operation { name: "Explain", input: &EXPLAIN_INPUT, output: &EXPLAIN_OUTPUT, pagination: None,
        errors: &[],
        summary: "Explains with `code`, a [link](https://example.com/guide) and a list:" },
];

#[rustfmt::skip]
static EXPLAIN_INPUT: Structure = Structure { name: "ExplainInput", union: false, members: &[
    Member { name: "topic", ty: Type::String, required: false, summary: "Plain text [with brackets] stays readable." },
    Member { name: "old", ty: Type::String, required: false, summary: "**Deprecated** (since 2020). Use topic." },
]};

#[rustfmt::skip]
static EXPLAIN_OUTPUT: Structure = Structure { name: "ExplainOutput", union: false, members: &[
]};
