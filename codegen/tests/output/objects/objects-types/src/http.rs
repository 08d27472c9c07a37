// Generated from models/objects.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Operation bindings: how each operation is routed and where its
//! members travel, as data the server and the client read.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
/// `DeleteObject`: `DELETE /buckets/{bucket}/objects/{key+}`.
pub static DELETE_OBJECT: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DeleteObject",
    method: "DELETE",
    uri: "/buckets/{bucket}/objects/{key+}",
    code: 204u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "bucket",
                loc: rt::binding::Loc::Label("bucket"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
            rt::binding::Binding {
                key: "key",
                loc: rt::binding::Loc::Label("key"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
        ],
        payload: None,
        body: false,
        empty_structure: false,
    },
    output: rt::binding::Message::EMPTY,
    xml: None,
};
/// `GetObject`: `GET /buckets/{bucket}/objects/{key+}`.
pub static GET_OBJECT: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GetObject",
    method: "GET",
    uri: "/buckets/{bucket}/objects/{key+}",
    code: 200u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "bucket",
                loc: rt::binding::Loc::Label("bucket"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
            rt::binding::Binding {
                key: "key",
                loc: rt::binding::Loc::Label("key"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
        ],
        payload: None,
        body: false,
        empty_structure: false,
    },
    output: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "storageClass",
                loc: rt::binding::Loc::Header("x-storage-class"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: false,
            },
            rt::binding::Binding {
                key: "metadata",
                loc: rt::binding::Loc::PrefixHeaders("x-meta-"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: false,
            },
            rt::binding::Binding {
                key: "size",
                loc: rt::binding::Loc::Header("x-object-size"),
                scalar: rt::binding::Scalar::Integer,
                list: false,
                required: false,
            },
        ],
        payload: Some(rt::binding::Payload {
            key: "body",
            kind: rt::binding::PayloadKind::Stream,
            media_type: None,
        }),
        body: false,
        empty_structure: false,
    },
    xml: None,
};
/// `ListObjects`: `GET /buckets/{bucket}/objects`.
pub static LIST_OBJECTS: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ListObjects",
    method: "GET",
    uri: "/buckets/{bucket}/objects",
    code: 200u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "bucket",
                loc: rt::binding::Loc::Label("bucket"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
            rt::binding::Binding {
                key: "prefix",
                loc: rt::binding::Loc::Query("prefix"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: false,
            },
            rt::binding::Binding {
                key: "tags",
                loc: rt::binding::Loc::Query("tag"),
                scalar: rt::binding::Scalar::String,
                list: true,
                required: false,
            },
            rt::binding::Binding {
                key: "maxKeys",
                loc: rt::binding::Loc::Query("max-keys"),
                scalar: rt::binding::Scalar::Integer,
                list: false,
                required: false,
            },
        ],
        payload: None,
        body: false,
        empty_structure: false,
    },
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `PutObject`: `PUT /buckets/{bucket}/objects/{key+}`.
pub static PUT_OBJECT: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "PutObject",
    method: "PUT",
    uri: "/buckets/{bucket}/objects/{key+}",
    code: 200u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "bucket",
                loc: rt::binding::Loc::Label("bucket"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
            rt::binding::Binding {
                key: "key",
                loc: rt::binding::Loc::Label("key"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
            rt::binding::Binding {
                key: "tags",
                loc: rt::binding::Loc::Query("tag"),
                scalar: rt::binding::Scalar::String,
                list: true,
                required: false,
            },
            rt::binding::Binding {
                key: "storageClass",
                loc: rt::binding::Loc::Header("x-storage-class"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: false,
            },
            rt::binding::Binding {
                key: "metadata",
                loc: rt::binding::Loc::PrefixHeaders("x-meta-"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: false,
            },
        ],
        payload: Some(rt::binding::Payload {
            key: "body",
            kind: rt::binding::PayloadKind::Stream,
            media_type: None,
        }),
        body: false,
        empty_structure: false,
    },
    output: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "etag",
                loc: rt::binding::Loc::Header("etag"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: false,
            },
            rt::binding::Binding {
                key: "size",
                loc: rt::binding::Loc::Header("x-object-size"),
                scalar: rt::binding::Scalar::Integer,
                list: false,
                required: false,
            },
        ],
        payload: None,
        body: true,
        empty_structure: false,
    },
    xml: None,
};
/// The members each error sends in headers, by error code.
pub const ERROR_HEADERS: &[(&str, &[rt::binding::Binding])] = &[(
    "NoSuchKey",
    &[rt::binding::Binding {
        key: "key",
        loc: rt::binding::Loc::Header("x-missing-key"),
        scalar: rt::binding::Scalar::String,
        list: false,
        required: false,
    }],
)];
impl rt::Streaming for DeleteObjectInput {}
impl rt::Streaming for DeleteObjectOutput {}
impl rt::Streaming for GetObjectInput {}
impl rt::Streaming for GetObjectOutput {
    fn take_stream(&mut self) -> rt::Option<rt::ByteStream> {
        Some(::std::mem::take(&mut self.body))
    }
    fn put_stream(&mut self, stream: rt::ByteStream) {
        self.body = stream;
    }
}
impl rt::Streaming for ListObjectsInput {}
impl rt::Streaming for ListObjectsOutput {}
impl rt::Streaming for PutObjectInput {
    fn take_stream(&mut self) -> rt::Option<rt::ByteStream> {
        Some(::std::mem::take(&mut self.body))
    }
    fn put_stream(&mut self, stream: rt::ByteStream) {
        self.body = stream;
    }
}
impl rt::Streaming for PutObjectOutput {}
