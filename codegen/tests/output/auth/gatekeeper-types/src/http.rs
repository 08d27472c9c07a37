// Generated from models/auth.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Operation bindings: how each operation is routed and where its
//! members travel, as data the server and the client read.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
/// `Health`: `GET /health`.
pub static HEALTH: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "Health",
    method: "GET",
    uri: "/health",
    code: 200u16,
    input: rt::binding::Message::EMPTY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `KeyOnly`: `GET /key-only`.
pub static KEY_ONLY: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "KeyOnly",
    method: "GET",
    uri: "/key-only",
    code: 200u16,
    input: rt::binding::Message::EMPTY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `Ping`: `GET /ping`.
pub static PING: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "Ping",
    method: "GET",
    uri: "/ping",
    code: 200u16,
    input: rt::binding::Message::EMPTY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `WhoAmI`: `GET /whoami`.
pub static WHO_AM_I: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "WhoAmI",
    method: "GET",
    uri: "/whoami",
    code: 200u16,
    input: rt::binding::Message::EMPTY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// The members each error sends in headers, by error code.
pub const ERROR_HEADERS: &[(&str, &[rt::binding::Binding])] = &[];
impl rt::Streaming for HealthInput {}
impl rt::Streaming for Caller {}
impl rt::Streaming for KeyOnlyInput {}
impl rt::Streaming for PingInput {}
impl rt::Streaming for WhoAmIInput {}
