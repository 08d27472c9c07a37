// Generated from models/waiters.json by codegen — do not edit.
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
    Operation { name: "GetJob", input: &GET_JOB_INPUT, output: &GET_JOB_OUTPUT, pagination: None,
        errors: &["JobNotFound"],
        summary: "Describes a job." },
];

#[rustfmt::skip]
static GET_JOB_INPUT: Structure = Structure { name: "GetJobInput", union: false, members: &[
    Member { name: "JobId", ty: Type::String, required: true, summary: "" },
]};

#[rustfmt::skip]
static GET_JOB_OUTPUT: Structure = Structure { name: "GetJobOutput", union: false, members: &[
    Member { name: "Status", ty: Type::String, required: false, summary: "" },
    Member { name: "Steps", ty: Type::List(&Type::Structure(&STEP)), required: false, summary: "" },
]};

#[rustfmt::skip]
static STEP: Structure = Structure { name: "Step", union: false, members: &[
    Member { name: "Tag", ty: Type::String, required: false, summary: "" },
    Member { name: "Status", ty: Type::String, required: false, summary: "" },
]};
