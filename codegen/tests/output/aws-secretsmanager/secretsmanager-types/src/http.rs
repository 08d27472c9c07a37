// Generated from models/aws-secretsmanager.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Operation bindings: how each operation is routed and where its
//! members travel, as data the server and the client read.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
/// `CreateSecret`: routed by its name, every member in the body.
pub static CREATE_SECRET: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "CreateSecret",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DeleteSecret`: routed by its name, every member in the body.
pub static DELETE_SECRET: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DeleteSecret",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DescribeSecret`: routed by its name, every member in the body.
pub static DESCRIBE_SECRET: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DescribeSecret",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `GetSecretValue`: routed by its name, every member in the body.
pub static GET_SECRET_VALUE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GetSecretValue",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `ListSecrets`: routed by its name, every member in the body.
pub static LIST_SECRETS: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ListSecrets",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `PutSecretValue`: routed by its name, every member in the body.
pub static PUT_SECRET_VALUE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "PutSecretValue",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// The members each error sends in headers, by error code.
pub const ERROR_HEADERS: &[(&str, &[rt::binding::Binding])] = &[];
impl rt::Streaming for CreateSecretRequest {}
impl rt::Streaming for CreateSecretResponse {}
impl rt::Streaming for DeleteSecretRequest {}
impl rt::Streaming for DeleteSecretResponse {}
impl rt::Streaming for DescribeSecretRequest {}
impl rt::Streaming for DescribeSecretResponse {}
impl rt::Streaming for GetSecretValueRequest {}
impl rt::Streaming for GetSecretValueResponse {}
impl rt::Streaming for ListSecretsRequest {}
impl rt::Streaming for ListSecretsResponse {}
impl rt::Streaming for PutSecretValueRequest {}
impl rt::Streaming for PutSecretValueResponse {}
