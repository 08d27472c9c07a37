// Generated from models/aws-sns.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Operation bindings: how each operation is routed and where its
//! members travel, as data the server and the client read.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
/// `CreateTopic`: routed by its name, every member in the body.
pub static CREATE_TOPIC: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "CreateTopic",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: Some(&crate::xml::CREATE_TOPIC),
};
/// `DeleteTopic`: routed by its name, every member in the body.
pub static DELETE_TOPIC: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DeleteTopic",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::EMPTY,
    xml: Some(&crate::xml::DELETE_TOPIC),
};
/// `GetTopicAttributes`: routed by its name, every member in the body.
pub static GET_TOPIC_ATTRIBUTES: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GetTopicAttributes",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: Some(&crate::xml::GET_TOPIC_ATTRIBUTES),
};
/// `ListSubscriptionsByTopic`: routed by its name, every member in the body.
pub static LIST_SUBSCRIPTIONS_BY_TOPIC: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ListSubscriptionsByTopic",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: Some(&crate::xml::LIST_SUBSCRIPTIONS_BY_TOPIC),
};
/// `ListTopics`: routed by its name, every member in the body.
pub static LIST_TOPICS: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ListTopics",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: Some(&crate::xml::LIST_TOPICS),
};
/// `Publish`: routed by its name, every member in the body.
pub static PUBLISH: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "Publish",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: Some(&crate::xml::PUBLISH),
};
/// `SetTopicAttributes`: routed by its name, every member in the body.
pub static SET_TOPIC_ATTRIBUTES: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "SetTopicAttributes",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::EMPTY,
    xml: Some(&crate::xml::SET_TOPIC_ATTRIBUTES),
};
/// `Subscribe`: routed by its name, every member in the body.
pub static SUBSCRIBE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "Subscribe",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: Some(&crate::xml::SUBSCRIBE),
};
/// `TagResource`: routed by its name, every member in the body.
pub static TAG_RESOURCE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "TagResource",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: Some(&crate::xml::TAG_RESOURCE),
};
/// The members each error sends in headers, by error code.
pub const ERROR_HEADERS: &[(&str, &[rt::binding::Binding])] = &[];
impl rt::Streaming for CreateTopicInput {}
impl rt::Streaming for CreateTopicResponse {}
impl rt::Streaming for DeleteTopicInput {}
impl rt::Streaming for DeleteTopicOutput {}
impl rt::Streaming for GetTopicAttributesInput {}
impl rt::Streaming for GetTopicAttributesResponse {}
impl rt::Streaming for ListSubscriptionsByTopicInput {}
impl rt::Streaming for ListSubscriptionsByTopicResponse {}
impl rt::Streaming for ListTopicsInput {}
impl rt::Streaming for ListTopicsResponse {}
impl rt::Streaming for PublishInput {}
impl rt::Streaming for PublishResponse {}
impl rt::Streaming for SetTopicAttributesInput {}
impl rt::Streaming for SetTopicAttributesOutput {}
impl rt::Streaming for SubscribeInput {}
impl rt::Streaming for SubscribeResponse {}
impl rt::Streaming for TagResourceRequest {}
impl rt::Streaming for TagResourceResponse {}
