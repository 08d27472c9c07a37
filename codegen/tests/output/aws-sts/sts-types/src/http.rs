// Generated from models/aws-sts.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Operation bindings: how each operation is routed and where its
//! members travel, as data the server and the client read.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
/// `AssumeRole`: routed by its name, every member in the body.
pub static ASSUME_ROLE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "AssumeRole",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: Some(&crate::xml::ASSUME_ROLE),
};
/// `GetCallerIdentity`: routed by its name, every member in the body.
pub static GET_CALLER_IDENTITY: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GetCallerIdentity",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: Some(&crate::xml::GET_CALLER_IDENTITY),
};
/// `GetSessionToken`: routed by its name, every member in the body.
pub static GET_SESSION_TOKEN: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GetSessionToken",
    method: "POST",
    uri: "/",
    code: 200u16,
    input: rt::binding::Message::BODY,
    output: rt::binding::Message::BODY,
    xml: Some(&crate::xml::GET_SESSION_TOKEN),
};
/// The members each error sends in headers, by error code.
pub const ERROR_HEADERS: &[(&str, &[rt::binding::Binding])] = &[];
impl rt::Streaming for AssumeRoleRequest {}
impl rt::Streaming for AssumeRoleResponse {}
impl rt::Streaming for GetCallerIdentityRequest {}
impl rt::Streaming for GetCallerIdentityResponse {}
impl rt::Streaming for GetSessionTokenRequest {}
impl rt::Streaming for GetSessionTokenResponse {}
