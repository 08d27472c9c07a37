// Generated from models/events-rpc.smithy by codegen — do not edit.
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
    Operation { name: "Echo", input: &ECHO_INPUT, output: &ECHO_OUTPUT, pagination: None,
        errors: &[],
        summary: "Answers each trade as it arrives, while more are still coming." },
    Operation { name: "Publish", input: &PUBLISH_INPUT, output: &PUBLISH_OUTPUT, pagination: None,
        errors: &[],
        summary: "Takes a stream of trades and answers with their totals." },
    Operation { name: "Subscribe", input: &SUBSCRIBE_INPUT, output: &SUBSCRIBE_OUTPUT, pagination: None,
        errors: &["UnknownSymbol"],
        summary: "Streams the quotes of a symbol as they change." },
];

#[rustfmt::skip]
static ECHO_INPUT: Structure = Structure { name: "EchoInput", union: false, members: &[
    Member { name: "label", ty: Type::String, required: false, summary: "Prefixed to every answer." },
    Member { name: "trades", ty: Type::Document, required: false, summary: "The trades to echo." },
]};

#[rustfmt::skip]
static ECHO_OUTPUT: Structure = Structure { name: "EchoOutput", union: false, members: &[
    Member { name: "label", ty: Type::String, required: false, summary: "The label, as the input said." },
    Member { name: "trades", ty: Type::Document, required: false, summary: "The answers." },
]};

#[rustfmt::skip]
static PUBLISH_INPUT: Structure = Structure { name: "PublishInput", union: false, members: &[
    Member { name: "feed", ty: Type::String, required: true, summary: "The feed the trades belong to." },
    Member { name: "openedAt", ty: Type::Timestamp, required: false, summary: "When the batch was opened." },
    Member { name: "trades", ty: Type::Document, required: false, summary: "The trades." },
]};

#[rustfmt::skip]
static PUBLISH_OUTPUT: Structure = Structure { name: "PublishOutput", union: false, members: &[
    Member { name: "feed", ty: Type::String, required: false, summary: "The feed, as the trades named it." },
    Member { name: "openedAt", ty: Type::Timestamp, required: false, summary: "When the batch was opened, as the caller said." },
    Member { name: "count", ty: Type::Integer, required: false, summary: "How many trades arrived." },
    Member { name: "volume", ty: Type::Integer, required: false, summary: "Their total volume." },
    Member { name: "notes", ty: Type::Blob, required: false, summary: "Their notes, concatenated." },
]};

#[rustfmt::skip]
static SUBSCRIBE_INPUT: Structure = Structure { name: "SubscribeInput", union: false, members: &[
    Member { name: "symbol", ty: Type::String, required: true, summary: "The symbol to follow." },
    Member { name: "limit", ty: Type::Integer, required: false, summary: "How many quotes to send (all of them when unset)." },
]};

#[rustfmt::skip]
static SUBSCRIBE_OUTPUT: Structure = Structure { name: "SubscribeOutput", union: false, members: &[
    Member { name: "subscriptionId", ty: Type::String, required: false, summary: "The subscription, named before the first quote." },
    Member { name: "startedAt", ty: Type::Timestamp, required: false, summary: "When the subscription started." },
    Member { name: "quotes", ty: Type::Document, required: false, summary: "The quotes." },
]};
