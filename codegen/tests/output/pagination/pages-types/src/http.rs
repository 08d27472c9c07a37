// Generated from models/pagination.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Operation bindings: how each operation is routed and where its
//! members travel, as data the server and the client read.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
/// `ListLabels`: routed by its name, every member in the body.
pub static LIST_LABELS: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ListLabels",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `ListShelves`: routed by its name, every member in the body.
pub static LIST_SHELVES: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ListShelves",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `ListThings`: routed by its name, every member in the body.
pub static LIST_THINGS: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ListThings",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `ScanThings`: routed by its name, every member in the body.
pub static SCAN_THINGS: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ScanThings",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// The members each error sends in headers, by error code.
pub const ERROR_HEADERS: &[(&str, &[rt::binding::Binding])] = &[];
impl rt::Streaming for ListLabelsInput {}
impl rt::Streaming for ListLabelsOutput {}
impl rt::Streaming for ListShelvesInput {}
impl rt::Streaming for ListShelvesOutput {}
impl rt::Streaming for ListThingsInput {}
impl rt::Streaming for ListThingsOutput {}
impl rt::Streaming for ScanThingsInput {}
impl rt::Streaming for ScanThingsOutput {}
