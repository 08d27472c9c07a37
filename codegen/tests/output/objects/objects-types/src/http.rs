// Generated from models/objects.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! restJson1 bindings: where each operation's members travel, as data
//! the server and the client read.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
/// `DeleteObject`: `DELETE /buckets/{bucket}/objects/{key+}`.
pub static DELETE_OBJECT: rt::rest::HttpOp = rt::rest::HttpOp {
    name: "DeleteObject",
    method: "DELETE",
    uri: "/buckets/{bucket}/objects/{key+}",
    code: 204u16,
    input: rt::rest::Message {
        bindings: &[
            rt::rest::Binding {
                key: "bucket",
                loc: rt::rest::Loc::Label("bucket"),
                scalar: rt::rest::Scalar::String,
                list: false,
            },
            rt::rest::Binding {
                key: "key",
                loc: rt::rest::Loc::Label("key"),
                scalar: rt::rest::Scalar::String,
                list: false,
            },
        ],
        payload: None,
        body: false,
        empty_structure: false,
    },
    output: rt::rest::Message {
        bindings: &[],
        payload: None,
        body: false,
        empty_structure: false,
    },
};
/// `GetObject`: `GET /buckets/{bucket}/objects/{key+}`.
pub static GET_OBJECT: rt::rest::HttpOp = rt::rest::HttpOp {
    name: "GetObject",
    method: "GET",
    uri: "/buckets/{bucket}/objects/{key+}",
    code: 200u16,
    input: rt::rest::Message {
        bindings: &[
            rt::rest::Binding {
                key: "bucket",
                loc: rt::rest::Loc::Label("bucket"),
                scalar: rt::rest::Scalar::String,
                list: false,
            },
            rt::rest::Binding {
                key: "key",
                loc: rt::rest::Loc::Label("key"),
                scalar: rt::rest::Scalar::String,
                list: false,
            },
        ],
        payload: None,
        body: false,
        empty_structure: false,
    },
    output: rt::rest::Message {
        bindings: &[
            rt::rest::Binding {
                key: "storageClass",
                loc: rt::rest::Loc::Header("x-storage-class"),
                scalar: rt::rest::Scalar::String,
                list: false,
            },
            rt::rest::Binding {
                key: "metadata",
                loc: rt::rest::Loc::PrefixHeaders("x-meta-"),
                scalar: rt::rest::Scalar::String,
                list: false,
            },
            rt::rest::Binding {
                key: "size",
                loc: rt::rest::Loc::Header("x-object-size"),
                scalar: rt::rest::Scalar::Integer,
                list: false,
            },
        ],
        payload: Some(rt::rest::Payload {
            key: "body",
            kind: rt::rest::PayloadKind::Stream,
            media_type: None,
        }),
        body: false,
        empty_structure: false,
    },
};
/// `ListObjects`: `GET /buckets/{bucket}/objects`.
pub static LIST_OBJECTS: rt::rest::HttpOp = rt::rest::HttpOp {
    name: "ListObjects",
    method: "GET",
    uri: "/buckets/{bucket}/objects",
    code: 200u16,
    input: rt::rest::Message {
        bindings: &[
            rt::rest::Binding {
                key: "bucket",
                loc: rt::rest::Loc::Label("bucket"),
                scalar: rt::rest::Scalar::String,
                list: false,
            },
            rt::rest::Binding {
                key: "prefix",
                loc: rt::rest::Loc::Query("prefix"),
                scalar: rt::rest::Scalar::String,
                list: false,
            },
            rt::rest::Binding {
                key: "tags",
                loc: rt::rest::Loc::Query("tag"),
                scalar: rt::rest::Scalar::String,
                list: true,
            },
            rt::rest::Binding {
                key: "maxKeys",
                loc: rt::rest::Loc::Query("max-keys"),
                scalar: rt::rest::Scalar::Integer,
                list: false,
            },
        ],
        payload: None,
        body: false,
        empty_structure: false,
    },
    output: rt::rest::Message {
        bindings: &[],
        payload: None,
        body: true,
        empty_structure: false,
    },
};
/// `PutObject`: `PUT /buckets/{bucket}/objects/{key+}`.
pub static PUT_OBJECT: rt::rest::HttpOp = rt::rest::HttpOp {
    name: "PutObject",
    method: "PUT",
    uri: "/buckets/{bucket}/objects/{key+}",
    code: 200u16,
    input: rt::rest::Message {
        bindings: &[
            rt::rest::Binding {
                key: "bucket",
                loc: rt::rest::Loc::Label("bucket"),
                scalar: rt::rest::Scalar::String,
                list: false,
            },
            rt::rest::Binding {
                key: "key",
                loc: rt::rest::Loc::Label("key"),
                scalar: rt::rest::Scalar::String,
                list: false,
            },
            rt::rest::Binding {
                key: "tags",
                loc: rt::rest::Loc::Query("tag"),
                scalar: rt::rest::Scalar::String,
                list: true,
            },
            rt::rest::Binding {
                key: "storageClass",
                loc: rt::rest::Loc::Header("x-storage-class"),
                scalar: rt::rest::Scalar::String,
                list: false,
            },
            rt::rest::Binding {
                key: "metadata",
                loc: rt::rest::Loc::PrefixHeaders("x-meta-"),
                scalar: rt::rest::Scalar::String,
                list: false,
            },
        ],
        payload: Some(rt::rest::Payload {
            key: "body",
            kind: rt::rest::PayloadKind::Stream,
            media_type: None,
        }),
        body: false,
        empty_structure: false,
    },
    output: rt::rest::Message {
        bindings: &[
            rt::rest::Binding {
                key: "etag",
                loc: rt::rest::Loc::Header("etag"),
                scalar: rt::rest::Scalar::String,
                list: false,
            },
            rt::rest::Binding {
                key: "size",
                loc: rt::rest::Loc::Header("x-object-size"),
                scalar: rt::rest::Scalar::Integer,
                list: false,
            },
        ],
        payload: None,
        body: true,
        empty_structure: false,
    },
};
/// The members each error sends in headers, by error code.
pub const ERROR_HEADERS: &[(&str, &[rt::rest::Binding])] = &[(
    "NoSuchKey",
    &[rt::rest::Binding {
        key: "key",
        loc: rt::rest::Loc::Header("x-missing-key"),
        scalar: rt::rest::Scalar::String,
        list: false,
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
