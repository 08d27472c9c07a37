// Generated from models/pagination.json by codegen — do not edit.
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
    Operation { name: "ListThings", input: &LIST_THINGS_INPUT, output: &LIST_THINGS_OUTPUT, pagination: Some(Pagination { input_token: "nextToken", output_token: "nextToken", items: Some("things"), page_size: Some("maxResults") }),
        errors: &[],
        summary: "" },
    Operation { name: "ScanThings", input: &SCAN_THINGS_INPUT, output: &SCAN_THINGS_OUTPUT, pagination: Some(Pagination { input_token: "exclusiveStartKey", output_token: "lastEvaluatedKey", items: Some("things"), page_size: None }),
        errors: &[],
        summary: "Scans things; the continuation token is a key (a map), as DynamoDB's Scan and Query have it." },
];

#[rustfmt::skip]
static LIST_THINGS_INPUT: Structure = Structure { name: "ListThingsInput", union: false, members: &[
    Member { name: "nextToken", ty: Type::String, required: false, summary: "" },
    Member { name: "maxResults", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static LIST_THINGS_OUTPUT: Structure = Structure { name: "ListThingsOutput", union: false, members: &[
    Member { name: "things", ty: Type::List(&Type::String), required: true, summary: "" },
    Member { name: "nextToken", ty: Type::String, required: false, summary: "" },
]};

#[rustfmt::skip]
static SCAN_THINGS_INPUT: Structure = Structure { name: "ScanThingsInput", union: false, members: &[
    Member { name: "exclusiveStartKey", ty: Type::Map(&Type::String), required: false, summary: "Where to start: the previous page's last key." },
]};

#[rustfmt::skip]
static SCAN_THINGS_OUTPUT: Structure = Structure { name: "ScanThingsOutput", union: false, members: &[
    Member { name: "things", ty: Type::List(&Type::String), required: false, summary: "This page's things." },
    Member { name: "lastEvaluatedKey", ty: Type::Map(&Type::String), required: false, summary: "The last key of this page; absent on the last page." },
]};
