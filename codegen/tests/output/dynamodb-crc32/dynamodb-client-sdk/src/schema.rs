// Generated from models/dynamodb-crc32.smithy by codegen — do not edit.
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
    Operation { name: "DescribeLimits", input: &DESCRIBE_LIMITS_INPUT, output: &DESCRIBE_LIMITS_OUTPUT, pagination: None,
        errors: &[],
        summary: "The account's capacity limits." },
];

#[rustfmt::skip]
static DESCRIBE_LIMITS_INPUT: Structure = Structure { name: "DescribeLimitsInput", union: false, members: &[
]};

#[rustfmt::skip]
static DESCRIBE_LIMITS_OUTPUT: Structure = Structure { name: "DescribeLimitsOutput", union: false, members: &[
    Member { name: "AccountMaxReadCapacityUnits", ty: Type::Integer, required: false, summary: "The most read capacity units an account may provision." },
]};
