// Generated from models/entitlements.smithy by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Operation bindings: how each operation is routed and where its
//! members travel, as data the server and the client read.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
/// `GetEntitlements`: `POST /entitlements/{ProductCode}`.
pub static GET_ENTITLEMENTS: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GetEntitlements",
    method: "POST",
    uri: "/entitlements/{ProductCode}",
    code: 200u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "ProductCode",
                loc: rt::binding::Loc::Label("ProductCode"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
            rt::binding::Binding {
                key: "NextToken",
                loc: rt::binding::Loc::Query("nextToken"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: false,
            },
            rt::binding::Binding {
                key: "MaxResults",
                loc: rt::binding::Loc::Header("x-max-results"),
                scalar: rt::binding::Scalar::Integer,
                list: false,
                required: false,
            },
        ],
        payload: None,
        body: true,
        empty_structure: false,
    },
    output: rt::binding::Message::BODY,
    xml: None,
};
/// The members each error sends in headers, by error code.
pub const ERROR_HEADERS: &[(&str, &[rt::binding::Binding])] = &[];
impl rt::Streaming for GetEntitlementsInput {}
impl rt::Streaming for GetEntitlementsOutput {}
