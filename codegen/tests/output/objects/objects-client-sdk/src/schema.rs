// Generated from models/objects.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! The service model as data (`codegen_rt::schema`): for tools that work
//! from the model, such as a CLI that builds its flags from it.
use ::codegen_rt::schema::*;
/// The operation with this model name.
pub fn operation(name: &str) -> ::std::option::Option<&'static Operation> {
    find(OPERATIONS, name)
}

/// Every operation, in model order.
#[rustfmt::skip]
pub static OPERATIONS: &[Operation] = &[
    Operation { name: "DeleteObject", input: &DELETE_OBJECT_INPUT, output: &DELETE_OBJECT_OUTPUT, pagination: None,
        errors: &["NoSuchKey", "ValidationException"],
        summary: "Deletes an object." },
    Operation { name: "GetObject", input: &GET_OBJECT_INPUT, output: &GET_OBJECT_OUTPUT, pagination: None,
        errors: &["NoSuchKey", "ValidationException"],
        summary: "Streams an object's body back." },
    Operation { name: "ListObjects", input: &LIST_OBJECTS_INPUT, output: &LIST_OBJECTS_OUTPUT, pagination: None,
        errors: &["ValidationException"],
        summary: "Lists a bucket's objects, filtered by key prefix and tags." },
    Operation { name: "PutObject", input: &PUT_OBJECT_INPUT, output: &PUT_OBJECT_OUTPUT, pagination: None,
        errors: &["ValidationException"],
        summary: "Stores an object, streaming its body." },
];

#[rustfmt::skip]
static DELETE_OBJECT_INPUT: Structure = Structure { name: "DeleteObjectInput", union: false, members: &[
    Member { name: "bucket", ty: Type::String, required: true, summary: "" },
    Member { name: "key", ty: Type::String, required: true, summary: "" },
]};

#[rustfmt::skip]
static DELETE_OBJECT_OUTPUT: Structure = Structure { name: "DeleteObjectOutput", union: false, members: &[
]};

#[rustfmt::skip]
static GET_OBJECT_INPUT: Structure = Structure { name: "GetObjectInput", union: false, members: &[
    Member { name: "bucket", ty: Type::String, required: true, summary: "" },
    Member { name: "key", ty: Type::String, required: true, summary: "" },
]};

#[rustfmt::skip]
static GET_OBJECT_OUTPUT: Structure = Structure { name: "GetObjectOutput", union: false, members: &[
    Member { name: "storageClass", ty: Type::Enum(STORAGE_CLASS_VALUES), required: false, summary: "" },
    Member { name: "metadata", ty: Type::Map(&Type::String), required: false, summary: "" },
    Member { name: "size", ty: Type::Integer, required: false, summary: "" },
    Member { name: "body", ty: Type::Blob, required: false, summary: "" },
]};

#[rustfmt::skip]
static LIST_OBJECTS_INPUT: Structure = Structure { name: "ListObjectsInput", union: false, members: &[
    Member { name: "bucket", ty: Type::String, required: true, summary: "" },
    Member { name: "prefix", ty: Type::String, required: false, summary: "" },
    Member { name: "tags", ty: Type::List(&Type::String), required: false, summary: "Only objects with every one of these tags." },
    Member { name: "maxKeys", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static LIST_OBJECTS_OUTPUT: Structure = Structure { name: "ListObjectsOutput", union: false, members: &[
    Member { name: "objects", ty: Type::List(&Type::Structure(&OBJECT_SUMMARY)), required: true, summary: "" },
]};

#[rustfmt::skip]
static OBJECT_SUMMARY: Structure = Structure { name: "ObjectSummary", union: false, members: &[
    Member { name: "key", ty: Type::String, required: true, summary: "" },
    Member { name: "size", ty: Type::Integer, required: true, summary: "" },
    Member { name: "tags", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static PUT_OBJECT_INPUT: Structure = Structure { name: "PutObjectInput", union: false, members: &[
    Member { name: "bucket", ty: Type::String, required: true, summary: "" },
    Member { name: "key", ty: Type::String, required: true, summary: "" },
    Member { name: "tags", ty: Type::List(&Type::String), required: false, summary: "Tags, one `tag` query parameter each." },
    Member { name: "storageClass", ty: Type::Enum(STORAGE_CLASS_VALUES), required: false, summary: "" },
    Member { name: "metadata", ty: Type::Map(&Type::String), required: false, summary: "User metadata, one `x-meta-*` header each." },
    Member { name: "body", ty: Type::Blob, required: false, summary: "" },
]};

#[rustfmt::skip]
static PUT_OBJECT_OUTPUT: Structure = Structure { name: "PutObjectOutput", union: false, members: &[
    Member { name: "etag", ty: Type::String, required: false, summary: "A digest of the stored bytes." },
    Member { name: "size", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
const STORAGE_CLASS_VALUES: &[&str] = &["STANDARD", "ARCHIVE"];
