// Generated from models/events.smithy by codegen — do not edit.
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
    Operation { name: "Chat", input: &CHAT_INPUT, output: &CHAT_OUTPUT, pagination: None,
        errors: &[],
        summary: "Answers each message as it arrives, while more are still coming." },
    Operation { name: "Converse", input: &CONVERSE_INPUT, output: &CONVERSE_OUTPUT, pagination: None,
        errors: &["ModelNotFound"],
        summary: "Answers a prompt as a stream of tokens, then a summary." },
    Operation { name: "Transcribe", input: &TRANSCRIBE_INPUT, output: &TRANSCRIBE_OUTPUT, pagination: None,
        errors: &[],
        summary: "Accepts audio a chunk at a time and answers with what it heard." },
];

#[rustfmt::skip]
static CHAT_INPUT: Structure = Structure { name: "ChatInput", union: false, members: &[
    Member { name: "messages", ty: Type::Document, required: false, summary: "The messages." },
]};

#[rustfmt::skip]
static CHAT_OUTPUT: Structure = Structure { name: "ChatOutput", union: false, members: &[
    Member { name: "replies", ty: Type::Document, required: false, summary: "The replies." },
]};

#[rustfmt::skip]
static CONVERSE_INPUT: Structure = Structure { name: "ConverseInput", union: false, members: &[
    Member { name: "modelId", ty: Type::String, required: true, summary: "The model that answers." },
    Member { name: "prompt", ty: Type::String, required: true, summary: "What to answer." },
]};

#[rustfmt::skip]
static CONVERSE_OUTPUT: Structure = Structure { name: "ConverseOutput", union: false, members: &[
    Member { name: "conversationId", ty: Type::String, required: false, summary: "The request's id, before the first event." },
    Member { name: "stream", ty: Type::Document, required: false, summary: "The answer, as it is produced." },
]};

#[rustfmt::skip]
static TRANSCRIBE_INPUT: Structure = Structure { name: "TranscribeInput", union: false, members: &[
    Member { name: "language", ty: Type::String, required: false, summary: "The language of the audio." },
    Member { name: "audio", ty: Type::Document, required: false, summary: "The audio." },
]};

#[rustfmt::skip]
static TRANSCRIBE_OUTPUT: Structure = Structure { name: "TranscribeOutput", union: false, members: &[
    Member { name: "chunks", ty: Type::Integer, required: false, summary: "How many chunks arrived." },
    Member { name: "bytes", ty: Type::Integer, required: false, summary: "How many bytes of audio arrived." },
    Member { name: "transcript", ty: Type::String, required: false, summary: "What the audio said." },
]};
