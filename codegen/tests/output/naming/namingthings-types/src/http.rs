// Generated from models/naming.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Operation bindings: how each operation is routed and where its
//! members travel, as data the server and the client read.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
/// `Handle2`: routed by its name, every member in the body.
pub static HANDLE2: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "Handle2",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::EMPTY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `Match`: routed by its name, every member in the body.
pub static MATCH: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "Match",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// The members each error sends in headers, by error code.
pub const ERROR_HEADERS: &[(&str, &[rt::binding::Binding])] = &[];
impl rt::Streaming for Handle2Input {}
impl rt::Streaming for Option {}
impl rt::Streaming for Result {}
impl rt::Streaming for String {}
