// Generated from models/traits.json by codegen — do not edit.
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
    Operation { name: "OldOp", input: &OLD_OP_INPUT, output: &OLD_OP_OUTPUT, pagination: None,
        errors: &[],
        summary: "**Deprecated**. gone soon" },
    Operation { name: "PutItem", input: &PUT_ITEM_INPUT, output: &PUT_ITEM_OUTPUT, pagination: None,
        errors: &["Busy"],
        summary: "" },
    Operation { name: "Watch", input: &WATCH_INPUT, output: &WATCH_OUTPUT, pagination: None,
        errors: &[],
        summary: "" },
];

#[rustfmt::skip]
static CHOICE: Structure = Structure { name: "Choice", union: true, members: &[
    Member { name: "plain", ty: Type::String, required: false, summary: "" },
    Member { name: "hidden", ty: Type::String, required: false, summary: "" },
]};

#[rustfmt::skip]
static OLD_OP_INPUT: Structure = Structure { name: "OldOpInput", union: false, members: &[
]};

#[rustfmt::skip]
static OLD_OP_OUTPUT: Structure = Structure { name: "OldOpOutput", union: false, members: &[
]};

#[rustfmt::skip]
static PUT_ITEM_ERROR: Structure = Structure { name: "PutItemError", union: false, members: &[
    Member { name: "reason", ty: Type::String, required: false, summary: "" },
]};

#[rustfmt::skip]
static PUT_ITEM_INPUT: Structure = Structure { name: "PutItemInput", union: false, members: &[
    Member { name: "Shard", ty: Type::String, required: true, summary: "" },
    Member { name: "Token", ty: Type::String, required: false, summary: "" },
    Member { name: "Secret", ty: Type::String, required: false, summary: "" },
    Member { name: "Choice", ty: Type::Structure(&CHOICE), required: false, summary: "" },
    Member { name: "Vault", ty: Type::Structure(&VAULT), required: false, summary: "" },
    Member { name: "Level", ty: Type::Enum(LEVEL_VALUES), required: false, summary: "" },
    Member { name: "Old", ty: Type::String, required: false, summary: "**Deprecated** (since 2024). use Shard" },
    Member { name: "Detail", ty: Type::Structure(&PUT_ITEM_ERROR), required: false, summary: "" },
    Member { name: "Mood", ty: Type::Enum(MOOD_VALUES), required: false, summary: "" },
    Member { name: "Priority", ty: Type::IntEnum(PRIORITY_VALUES), required: false, summary: "" },
    Member { name: "Count", ty: Type::Integer, required: false, summary: "" },
    Member { name: "Ratio", ty: Type::Float, required: false, summary: "" },
    Member { name: "Scale", ty: Type::Float, required: false, summary: "" },
    Member { name: "Tag", ty: Type::String, required: false, summary: "" },
]};

#[rustfmt::skip]
static PUT_ITEM_OUTPUT: Structure = Structure { name: "PutItemOutput", union: false, members: &[
]};

#[rustfmt::skip]
static VAULT: Structure = Structure { name: "Vault", union: true, members: &[
    Member { name: "pin", ty: Type::String, required: false, summary: "" },
    Member { name: "phrase", ty: Type::String, required: false, summary: "" },
]};

#[rustfmt::skip]
static WATCH_INPUT: Structure = Structure { name: "WatchInput", union: false, members: &[
]};

#[rustfmt::skip]
static WATCH_OUTPUT: Structure = Structure { name: "WatchOutput", union: false, members: &[
    Member { name: "events", ty: Type::Document, required: false, summary: "" },
]};

#[rustfmt::skip]
const LEVEL_VALUES: &[&str] = &["low", "legacy"];
#[rustfmt::skip]
const MOOD_VALUES: &[&str] = &["glad", "sad"];
#[rustfmt::skip]
const PRIORITY_VALUES: &[i64] = &[-1, 2];
