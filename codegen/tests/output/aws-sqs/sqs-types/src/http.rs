// Generated from models/aws-sqs.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Operation bindings: how each operation is routed and where its
//! members travel, as data the server and the client read.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
/// `CreateQueue`: routed by its name, every member in the body.
pub static CREATE_QUEUE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "CreateQueue",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DeleteMessage`: routed by its name, every member in the body.
pub static DELETE_MESSAGE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DeleteMessage",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::EMPTY,
    xml: None,
};
/// `DeleteQueue`: routed by its name, every member in the body.
pub static DELETE_QUEUE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DeleteQueue",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::EMPTY,
    xml: None,
};
/// `GetQueueAttributes`: routed by its name, every member in the body.
pub static GET_QUEUE_ATTRIBUTES: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GetQueueAttributes",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `GetQueueUrl`: routed by its name, every member in the body.
pub static GET_QUEUE_URL: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GetQueueUrl",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `ListQueues`: routed by its name, every member in the body.
pub static LIST_QUEUES: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ListQueues",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `ReceiveMessage`: routed by its name, every member in the body.
pub static RECEIVE_MESSAGE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ReceiveMessage",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `SendMessage`: routed by its name, every member in the body.
pub static SEND_MESSAGE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "SendMessage",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// The members each error sends in headers, by error code.
pub const ERROR_HEADERS: &[(&str, &[rt::binding::Binding])] = &[];
impl rt::Streaming for CreateQueueRequest {}
impl rt::Streaming for CreateQueueResult {}
impl rt::Streaming for DeleteMessageRequest {}
impl rt::Streaming for DeleteMessageOutput {}
impl rt::Streaming for DeleteQueueRequest {}
impl rt::Streaming for DeleteQueueOutput {}
impl rt::Streaming for GetQueueAttributesRequest {}
impl rt::Streaming for GetQueueAttributesResult {}
impl rt::Streaming for GetQueueUrlRequest {}
impl rt::Streaming for GetQueueUrlResult {}
impl rt::Streaming for ListQueuesRequest {}
impl rt::Streaming for ListQueuesResult {}
impl rt::Streaming for ReceiveMessageRequest {}
impl rt::Streaming for ReceiveMessageResult {}
impl rt::Streaming for SendMessageRequest {}
impl rt::Streaming for SendMessageResult {}
