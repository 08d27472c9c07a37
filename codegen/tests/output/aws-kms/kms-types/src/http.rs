// Generated from models/aws-kms.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Operation bindings: how each operation is routed and where its
//! members travel, as data the server and the client read.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
/// `CreateAlias`: routed by its name, every member in the body.
pub static CREATE_ALIAS: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "CreateAlias",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::EMPTY,
    xml: None,
};
/// `CreateKey`: routed by its name, every member in the body.
pub static CREATE_KEY: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "CreateKey",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `Decrypt`: routed by its name, every member in the body.
pub static DECRYPT: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "Decrypt",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DescribeKey`: routed by its name, every member in the body.
pub static DESCRIBE_KEY: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DescribeKey",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `Encrypt`: routed by its name, every member in the body.
pub static ENCRYPT: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "Encrypt",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `GenerateDataKey`: routed by its name, every member in the body.
pub static GENERATE_DATA_KEY: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GenerateDataKey",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `ListAliases`: routed by its name, every member in the body.
pub static LIST_ALIASES: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ListAliases",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `ListKeys`: routed by its name, every member in the body.
pub static LIST_KEYS: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ListKeys",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: None,
};
/// The members each error sends in headers, by error code.
pub const ERROR_HEADERS: &[(&str, &[rt::binding::Binding])] = &[];
impl rt::Streaming for CreateAliasRequest {}
impl rt::Streaming for CreateAliasOutput {}
impl rt::Streaming for CreateKeyRequest {}
impl rt::Streaming for CreateKeyResponse {}
impl rt::Streaming for DecryptRequest {}
impl rt::Streaming for DecryptResponse {}
impl rt::Streaming for DescribeKeyRequest {}
impl rt::Streaming for DescribeKeyResponse {}
impl rt::Streaming for EncryptRequest {}
impl rt::Streaming for EncryptResponse {}
impl rt::Streaming for GenerateDataKeyRequest {}
impl rt::Streaming for GenerateDataKeyResponse {}
impl rt::Streaming for ListAliasesRequest {}
impl rt::Streaming for ListAliasesResponse {}
impl rt::Streaming for ListKeysRequest {}
impl rt::Streaming for ListKeysResponse {}
