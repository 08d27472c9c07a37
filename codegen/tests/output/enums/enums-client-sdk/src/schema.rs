// Generated from models/enums.json by codegen — do not edit.
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
    Operation { name: "Paint", input: &PAINT_INPUT, output: &PAINT_INPUT, pagination: None,
        errors: &[],
        summary: "" },
];

#[rustfmt::skip]
static PAINT_INPUT: Structure = Structure { name: "PaintInput", union: false, members: &[
    Member { name: "color", ty: Type::Enum(COLOR_VALUES), required: true, summary: "" },
    Member { name: "level", ty: Type::IntEnum(LEVEL_VALUES), required: false, summary: "" },
    Member { name: "legacy", ty: Type::Enum(LEGACY_VALUES), required: false, summary: "" },
]};

#[rustfmt::skip]
const COLOR_VALUES: &[&str] = &["red", "dark-blue"];
#[rustfmt::skip]
const LEGACY_VALUES: &[&str] = &["v1", "v2"];
#[rustfmt::skip]
const LEVEL_VALUES: &[i64] = &[1, 10];
