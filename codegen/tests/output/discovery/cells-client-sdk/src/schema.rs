// Generated from models/discovery.smithy by codegen — do not edit.
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
    Operation { name: "DescribeEndpoints", input: &DESCRIBE_ENDPOINTS_INPUT, output: &DESCRIBE_ENDPOINTS_OUTPUT, pagination: None,
        errors: &[],
        summary: "Names the endpoints to call." },
    Operation { name: "DescribeTable", input: &DESCRIBE_TABLE_INPUT, output: &SERVED, pagination: None,
        errors: &["InvalidEndpointException"],
        summary: "Describes a table, at the cell that holds it." },
    Operation { name: "GetItem", input: &GET_ITEM_INPUT, output: &SERVED, pagination: None,
        errors: &["InvalidEndpointException"],
        summary: "Reads an item; only a cell can answer." },
    Operation { name: "ListTables", input: &LIST_TABLES_INPUT, output: &SERVED, pagination: None,
        errors: &["InvalidEndpointException"],
        summary: "Lists tables; any endpoint can answer, a cell faster." },
];

#[rustfmt::skip]
static DESCRIBE_ENDPOINTS_INPUT: Structure = Structure { name: "DescribeEndpointsInput", union: false, members: &[
    Member { name: "Operation", ty: Type::String, required: false, summary: "The operation the endpoint is for, when it takes identifiers." },
    Member { name: "Identifiers", ty: Type::Map(&Type::String), required: false, summary: "The identifiers of the operation's call." },
]};

#[rustfmt::skip]
static DESCRIBE_ENDPOINTS_OUTPUT: Structure = Structure { name: "DescribeEndpointsOutput", union: false, members: &[
    Member { name: "Endpoints", ty: Type::List(&Type::Structure(&ENDPOINT)), required: true, summary: "The endpoints, most preferred first." },
]};

#[rustfmt::skip]
static DESCRIBE_TABLE_INPUT: Structure = Structure { name: "DescribeTableInput", union: false, members: &[
    Member { name: "TableName", ty: Type::String, required: true, summary: "The table." },
]};

#[rustfmt::skip]
static ENDPOINT: Structure = Structure { name: "Endpoint", union: false, members: &[
    Member { name: "Address", ty: Type::String, required: true, summary: "The host (or URL) to call." },
    Member { name: "CachePeriodInMinutes", ty: Type::Integer, required: false, summary: "Minutes the endpoint may be cached." },
]};

#[rustfmt::skip]
static GET_ITEM_INPUT: Structure = Structure { name: "GetItemInput", union: false, members: &[
    Member { name: "Key", ty: Type::String, required: false, summary: "The item." },
]};

#[rustfmt::skip]
static LIST_TABLES_INPUT: Structure = Structure { name: "ListTablesInput", union: false, members: &[
]};

#[rustfmt::skip]
static SERVED: Structure = Structure { name: "Served", union: false, members: &[
    Member { name: "ServedBy", ty: Type::String, required: false, summary: "The name of the server that answered." },
]};
