// Generated from models/traits.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! The service model as data (`codegen_rt::schema`): for tools that work
//! from the model, such as a CLI that builds its flags from it.
use codegen_rt::schema::*;
/// Every operation, in model order.
pub static OPERATIONS: &[Operation] = &[
    Operation {
        name: "OldOp",
        summary: "**Deprecated**. gone soon",
        input: &OLD_OP_INPUT,
        output: &OLD_OP_OUTPUT,
        errors: &[],
        pagination: None,
    },
    Operation {
        name: "PutItem",
        summary: "",
        input: &PUT_ITEM_INPUT,
        output: &PUT_ITEM_OUTPUT,
        errors: &["Busy"],
        pagination: None,
    },
    Operation {
        name: "Watch",
        summary: "",
        input: &WATCH_INPUT,
        output: &WATCH_OUTPUT,
        errors: &[],
        pagination: None,
    },
];
/// The operation with this model name.
pub fn operation(name: &str) -> Option<&'static Operation> {
    find(OPERATIONS, name)
}
static CHANGED: Structure = Structure {
    name: "Changed",
    members: &[Member {
        name: "at",
        ty: Type::Timestamp,
        required: false,
        summary: "",
    }],
    union: false,
};
static CHOICE: Structure = Structure {
    name: "Choice",
    members: &[
        Member {
            name: "plain",
            ty: Type::String,
            required: false,
            summary: "",
        },
        Member {
            name: "hidden",
            ty: Type::String,
            required: false,
            summary: "",
        },
    ],
    union: true,
};
static EVENTS: Structure = Structure {
    name: "Events",
    members: &[Member {
        name: "changed",
        ty: Type::Structure(&CHANGED),
        required: false,
        summary: "",
    }],
    union: true,
};
static OLD_OP_INPUT: Structure = Structure {
    name: "OldOpInput",
    members: &[],
    union: false,
};
static OLD_OP_OUTPUT: Structure = Structure {
    name: "OldOpOutput",
    members: &[],
    union: false,
};
static PUT_ITEM_ERROR: Structure = Structure {
    name: "PutItemError",
    members: &[Member {
        name: "reason",
        ty: Type::String,
        required: false,
        summary: "",
    }],
    union: false,
};
static PUT_ITEM_INPUT: Structure = Structure {
    name: "PutItemInput",
    members: &[
        Member {
            name: "Shard",
            ty: Type::String,
            required: true,
            summary: "",
        },
        Member {
            name: "Token",
            ty: Type::String,
            required: false,
            summary: "",
        },
        Member {
            name: "Secret",
            ty: Type::String,
            required: false,
            summary: "",
        },
        Member {
            name: "Choice",
            ty: Type::Structure(&CHOICE),
            required: false,
            summary: "",
        },
        Member {
            name: "Level",
            ty: Type::Enum(LEVEL_VALUES),
            required: false,
            summary: "",
        },
        Member {
            name: "Old",
            ty: Type::String,
            required: false,
            summary: "**Deprecated** (since 2024). use Shard",
        },
        Member {
            name: "Detail",
            ty: Type::Structure(&PUT_ITEM_ERROR),
            required: false,
            summary: "",
        },
        Member {
            name: "Count",
            ty: Type::Integer,
            required: false,
            summary: "",
        },
        Member {
            name: "Ratio",
            ty: Type::Float,
            required: false,
            summary: "",
        },
        Member {
            name: "Tag",
            ty: Type::String,
            required: false,
            summary: "",
        },
    ],
    union: false,
};
static PUT_ITEM_OUTPUT: Structure = Structure {
    name: "PutItemOutput",
    members: &[],
    union: false,
};
static WATCH_INPUT: Structure = Structure {
    name: "WatchInput",
    members: &[],
    union: false,
};
static WATCH_OUTPUT: Structure = Structure {
    name: "WatchOutput",
    members: &[Member {
        name: "events",
        ty: Type::Structure(&EVENTS),
        required: true,
        summary: "",
    }],
    union: false,
};
const LEVEL_VALUES: &[&str] = &["low", "legacy"];
