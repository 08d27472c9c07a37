// Generated from models/errors.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Operation bindings: how each operation is routed and where its
//! members travel, as data the server and the client read.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
/// `Fetch`: routed by its name, every member in the body.
pub static FETCH: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "Fetch",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::EMPTY,
    output: rt::binding::Message::EMPTY,
    xml: None,
};
/// The members each error sends in headers, by error code.
pub const ERROR_HEADERS: &[(&str, &[rt::binding::Binding])] = &[];
impl rt::Streaming for FetchInput {}
impl rt::Streaming for FetchOutput {}
