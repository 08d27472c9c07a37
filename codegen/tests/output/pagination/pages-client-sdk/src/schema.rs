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
    Operation { name: "ListLabels", input: &LIST_LABELS_INPUT, output: &LIST_LABELS_OUTPUT, pagination: Some(Pagination { input_token: "NextToken", output_token: "NextToken", items: Some("Labels"), page_size: None }),
        errors: &[],
        summary: "Labels, a page at a time: the items are a map's entries, as in API Gateway's `GetUsage`." },
    Operation { name: "ListShelves", input: &LIST_SHELVES_INPUT, output: &LIST_SHELVES_OUTPUT, pagination: Some(Pagination { input_token: "marker", output_token: "shelfList.nextMarker", items: Some("shelfList.items"), page_size: Some("maxItems") }),
        errors: &[],
        summary: "Shelves, a page at a time; the token and the items are inside the output's `shelfList`, as in CloudFront's `ListDistributions`." },
    Operation { name: "ListThings", input: &LIST_THINGS_INPUT, output: &LIST_THINGS_OUTPUT, pagination: Some(Pagination { input_token: "nextToken", output_token: "nextToken", items: Some("things"), page_size: Some("maxResults") }),
        errors: &[],
        summary: "" },
    Operation { name: "ScanThings", input: &SCAN_THINGS_INPUT, output: &SCAN_THINGS_OUTPUT, pagination: Some(Pagination { input_token: "exclusiveStartKey", output_token: "lastEvaluatedKey", items: Some("things"), page_size: None }),
        errors: &[],
        summary: "Scans things; the continuation token is a key (a map), as DynamoDB's Scan and Query have it." },
];

#[rustfmt::skip]
static LIST_LABELS_INPUT: Structure = Structure { name: "ListLabelsInput", union: false, members: &[
    Member { name: "NextToken", ty: Type::String, required: false, summary: "" },
]};

#[rustfmt::skip]
static LIST_LABELS_OUTPUT: Structure = Structure { name: "ListLabelsOutput", union: false, members: &[
    Member { name: "Labels", ty: Type::Map(&Type::String), required: false, summary: "" },
    Member { name: "NextToken", ty: Type::String, required: false, summary: "" },
]};

#[rustfmt::skip]
static LIST_SHELVES_INPUT: Structure = Structure { name: "ListShelvesInput", union: false, members: &[
    Member { name: "marker", ty: Type::String, required: false, summary: "" },
    Member { name: "maxItems", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static LIST_SHELVES_OUTPUT: Structure = Structure { name: "ListShelvesOutput", union: false, members: &[
    Member { name: "shelfList", ty: Type::Structure(&SHELF_LIST), required: true, summary: "" },
]};

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

#[rustfmt::skip]
static SHELF_LIST: Structure = Structure { name: "ShelfList", union: false, members: &[
    Member { name: "marker", ty: Type::String, required: true, summary: "" },
    Member { name: "nextMarker", ty: Type::String, required: false, summary: "" },
    Member { name: "items", ty: Type::List(&Type::String), required: false, summary: "" },
]};
