// Generated from models/auth.smithy by codegen — do not edit.
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
    Operation { name: "Health", input: &HEALTH_INPUT, output: &CALLER, pagination: None,
        errors: &[],
        summary: "Needs no credentials and sends none." },
    Operation { name: "KeyOnly", input: &KEY_ONLY_INPUT, output: &CALLER, pagination: None,
        errors: &[],
        summary: "Only an API key will do." },
    Operation { name: "Ping", input: &PING_INPUT, output: &CALLER, pagination: None,
        errors: &[],
        summary: "Works with or without credentials." },
    Operation { name: "WhoAmI", input: &WHO_AM_I_INPUT, output: &CALLER, pagination: None,
        errors: &[],
        summary: "Who the service took the caller for." },
];

#[rustfmt::skip]
static CALLER: Structure = Structure { name: "Caller", union: false, members: &[
    Member { name: "caller", ty: Type::String, required: false, summary: "The identity the service's authenticator returned." },
    Member { name: "authorization", ty: Type::String, required: false, summary: "The `Authorization` header as it arrived, if any." },
]};

#[rustfmt::skip]
static HEALTH_INPUT: Structure = Structure { name: "HealthInput", union: false, members: &[
]};

#[rustfmt::skip]
static KEY_ONLY_INPUT: Structure = Structure { name: "KeyOnlyInput", union: false, members: &[
]};

#[rustfmt::skip]
static PING_INPUT: Structure = Structure { name: "PingInput", union: false, members: &[
]};

#[rustfmt::skip]
static WHO_AM_I_INPUT: Structure = Structure { name: "WhoAmIInput", union: false, members: &[
]};
