// Generated from models/discovery.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Operation bindings: how each operation is routed and where its
//! members travel, as data the server and the client read.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
/// `DescribeEndpoints`: routed by its name, every member in the body.
pub static DESCRIBE_ENDPOINTS: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DescribeEndpoints",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DescribeTable`: routed by its name, every member in the body.
pub static DESCRIBE_TABLE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DescribeTable",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `GetItem`: routed by its name, every member in the body.
pub static GET_ITEM: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GetItem",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `ListTables`: routed by its name, every member in the body.
pub static LIST_TABLES: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ListTables",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::EMPTY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// The members each error sends in headers, by error code.
pub const ERROR_HEADERS: &[(&str, &[rt::binding::Binding])] = &[];
impl rt::Streaming for DescribeEndpointsInput {}
impl rt::Streaming for DescribeEndpointsOutput {}
impl rt::Streaming for DescribeTableInput {}
impl rt::Streaming for Served {}
impl rt::Streaming for GetItemInput {}
impl rt::Streaming for ListTablesInput {}
