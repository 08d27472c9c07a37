// Generated from models/aws-dynamodb.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Operation bindings: how each operation is routed and where its
//! members travel, as data the server and the client read.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
/// `CreateTable`: routed by its name, every member in the body.
pub static CREATE_TABLE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "CreateTable",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DeleteTable`: routed by its name, every member in the body.
pub static DELETE_TABLE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DeleteTable",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
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
/// `DescribeLimits`: routed by its name, every member in the body.
pub static DESCRIBE_LIMITS: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DescribeLimits",
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
/// `PutItem`: routed by its name, every member in the body.
pub static PUT_ITEM: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "PutItem",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `Query`: routed by its name, every member in the body.
pub static QUERY: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "Query",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `UpdateItem`: routed by its name, every member in the body.
pub static UPDATE_ITEM: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "UpdateItem",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// The members each error sends in headers, by error code.
pub const ERROR_HEADERS: &[(&str, &[rt::binding::Binding])] = &[];
impl rt::Streaming for CreateTableInput {}
impl rt::Streaming for CreateTableOutput {}
impl rt::Streaming for DeleteTableInput {}
impl rt::Streaming for DeleteTableOutput {}
impl rt::Streaming for DescribeEndpointsRequest {}
impl rt::Streaming for DescribeEndpointsResponse {}
impl rt::Streaming for DescribeLimitsInput {}
impl rt::Streaming for DescribeLimitsOutput {}
impl rt::Streaming for DescribeTableInput {}
impl rt::Streaming for DescribeTableOutput {}
impl rt::Streaming for GetItemInput {}
impl rt::Streaming for GetItemOutput {}
impl rt::Streaming for PutItemInput {}
impl rt::Streaming for PutItemOutput {}
impl rt::Streaming for QueryInput {}
impl rt::Streaming for QueryOutput {}
impl rt::Streaming for UpdateItemInput {}
impl rt::Streaming for UpdateItemOutput {}
