// Generated from models/naming.json by codegen — do not edit.
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
    Operation { name: "Handle2", input: &HANDLE2_INPUT, output: &OPTION, pagination: None,
        errors: &[],
        summary: "" },
    Operation { name: "Match", input: &RESULT, output: &STRING, pagination: None,
        errors: &["Error", "ModeledError", "Unhandled"],
        summary: "" },
];

#[rustfmt::skip]
static ARC: Structure = Structure { name: "Arc", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static AS_REF: Structure = Structure { name: "AsRef", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static B_TREE_MAP: Structure = Structure { name: "BTreeMap", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static BIG_DECIMAL: Structure = Structure { name: "BigDecimal", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static BUILD_ERROR: Structure = Structure { name: "BuildError", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static CLIENT_SHAPE: Structure = Structure { name: "ClientShape", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static CLONE: Structure = Structure { name: "Clone", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static CONFIG_SHAPE: Structure = Structure { name: "ConfigShape", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static DATE_TIME: Structure = Structure { name: "DateTime", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static DEFAULT: Structure = Structure { name: "Default", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static DOCUMENT: Structure = Structure { name: "Document", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static DROP: Structure = Structure { name: "Drop", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static EQ: Structure = Structure { name: "Eq", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static ERR: Structure = Structure { name: "Err", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static FALLBACK: Structure = Structure { name: "Fallback", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static FORMATTER: Structure = Structure { name: "Formatter", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static FROM_JSON: Structure = Structure { name: "FromJson", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static FUTURE: Structure = Structure { name: "Future", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static HANDLE: Structure = Structure { name: "Handle", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static HANDLE2_INPUT: Structure = Structure { name: "Handle2Input", union: false, members: &[
]};

#[rustfmt::skip]
static INTO: Structure = Structure { name: "Into", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static JSON_CTX: Structure = Structure { name: "JsonCtx", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static JSON_PATH: Structure = Structure { name: "JsonPath", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static JSON_VALUE: Structure = Structure { name: "JsonValue", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static LAZY_LOCK: Structure = Structure { name: "LazyLock", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static NAMING_THINGS: Structure = Structure { name: "NamingThings", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static OK: Structure = Structure { name: "Ok", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static OPERATION: Structure = Structure { name: "Operation", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static OPTION: Structure = Structure { name: "Option", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static PARTIAL_EQ: Structure = Structure { name: "PartialEq", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static PATTERN: Structure = Structure { name: "Pattern", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static POLL: Structure = Structure { name: "Poll", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static REQUEST: Structure = Structure { name: "Request", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static RESPONSE_BODY: Structure = Structure { name: "ResponseBody", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static RESULT: Structure = Structure { name: "Result", union: false, members: &[
    Member { name: "type", ty: Type::String, required: false, summary: "" },
    Member { name: "self", ty: Type::String, required: false, summary: "" },
    Member { name: "async", ty: Type::Boolean, required: false, summary: "" },
    Member { name: "isActive", ty: Type::Boolean, required: false, summary: "" },
    Member { name: "ECRRepositoryArn", ty: Type::String, required: false, summary: "" },
    Member { name: "path", ty: Type::String, required: false, summary: "" },
    Member { name: "cx", ty: Type::String, required: false, summary: "" },
    Member { name: "doc", ty: Type::Structure(&DOCUMENT), required: false, summary: "" },
    Member { name: "blob", ty: Type::Enum(BLOB_VALUES), required: false, summary: "" },
    Member { name: "when", ty: Type::Structure(&DATE_TIME), required: false, summary: "" },
    Member { name: "token", ty: Type::Structure(&STATIC_TOKEN), required: false, summary: "" },
]};

#[rustfmt::skip]
static ROUTES: Structure = Structure { name: "Routes", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static SDK_ERROR_SHAPE: Structure = Structure { name: "SdkErrorShape", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static SEND: Structure = Structure { name: "Send", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static SERVICE: Structure = Structure { name: "Service", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static SIZED: Structure = Structure { name: "Sized", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static SOME: Structure = Structure { name: "Some", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static STATIC_TOKEN: Structure = Structure { name: "StaticToken", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
]};

#[rustfmt::skip]
static STRING: Structure = Structure { name: "String", union: false, members: &[
    Member { name: "Option", ty: Type::Enum(UNKNOWN_VALUES), required: false, summary: "" },
    Member { name: "optionValue", ty: Type::Structure(&OPTION), required: false, summary: "" },
    Member { name: "vecValue", ty: Type::Structure(&VEC), required: false, summary: "" },
    Member { name: "boxValue", ty: Type::Enum(BOX_VALUES), required: false, summary: "" },
    Member { name: "defaultValue", ty: Type::Structure(&DEFAULT), required: false, summary: "" },
    Member { name: "intoValue", ty: Type::Structure(&INTO), required: false, summary: "" },
    Member { name: "fromValue", ty: Type::Enum(FROM_VALUES), required: false, summary: "" },
    Member { name: "sendValue", ty: Type::Structure(&SEND), required: false, summary: "" },
    Member { name: "syncValue", ty: Type::Structure(&SYNC), required: false, summary: "" },
    Member { name: "iteratorValue", ty: Type::Enum(ITERATOR_VALUES), required: false, summary: "" },
    Member { name: "sizedValue", ty: Type::Structure(&SIZED), required: false, summary: "" },
    Member { name: "arcValue", ty: Type::Structure(&ARC), required: false, summary: "" },
    Member { name: "pinValue", ty: Type::Enum(PIN_VALUES), required: false, summary: "" },
    Member { name: "futureValue", ty: Type::Structure(&FUTURE), required: false, summary: "" },
    Member { name: "pollValue", ty: Type::Structure(&POLL), required: false, summary: "" },
    Member { name: "infallibleValue", ty: Type::Enum(INFALLIBLE_VALUES), required: false, summary: "" },
    Member { name: "bTreeMapValue", ty: Type::Structure(&B_TREE_MAP), required: false, summary: "" },
    Member { name: "lazyLockValue", ty: Type::Structure(&LAZY_LOCK), required: false, summary: "" },
    Member { name: "blobValue", ty: Type::Enum(BLOB_VALUES), required: false, summary: "" },
    Member { name: "dateTimeValue", ty: Type::Structure(&DATE_TIME), required: false, summary: "" },
    Member { name: "documentValue", ty: Type::Structure(&DOCUMENT), required: false, summary: "" },
    Member { name: "bigIntegerValue", ty: Type::Enum(BIG_INTEGER_VALUES), required: false, summary: "" },
    Member { name: "bigDecimalValue", ty: Type::Structure(&BIG_DECIMAL), required: false, summary: "" },
    Member { name: "jsonValueValue", ty: Type::Structure(&JSON_VALUE), required: false, summary: "" },
    Member { name: "jsonMapValue", ty: Type::Enum(JSON_MAP_VALUES), required: false, summary: "" },
    Member { name: "jsonPathValue", ty: Type::Structure(&JSON_PATH), required: false, summary: "" },
    Member { name: "jsonCtxValue", ty: Type::Structure(&JSON_CTX), required: false, summary: "" },
    Member { name: "deErrorValue", ty: Type::Enum(DE_ERROR_VALUES), required: false, summary: "" },
    Member { name: "fallbackValue", ty: Type::Structure(&FALLBACK), required: false, summary: "" },
    Member { name: "fromJsonValue", ty: Type::Structure(&FROM_JSON), required: false, summary: "" },
    Member { name: "toJsonValue", ty: Type::Enum(TO_JSON_VALUES), required: false, summary: "" },
    Member { name: "timestampFormatValue", ty: Type::Structure(&TIMESTAMP_FORMAT), required: false, summary: "" },
    Member { name: "buildErrorValue", ty: Type::Structure(&BUILD_ERROR), required: false, summary: "" },
    Member { name: "operationErrorValue", ty: Type::Enum(OPERATION_ERROR_VALUES), required: false, summary: "" },
    Member { name: "wireErrorValue", ty: Type::Structure(&WIRE_ERROR), required: false, summary: "" },
    Member { name: "patternValue", ty: Type::Structure(&PATTERN), required: false, summary: "" },
    Member { name: "patternEngineValue", ty: Type::Enum(PATTERN_ENGINE_VALUES), required: false, summary: "" },
    Member { name: "responseBodyValue", ty: Type::Structure(&RESPONSE_BODY), required: false, summary: "" },
    Member { name: "handleValue", ty: Type::Structure(&HANDLE), required: false, summary: "" },
    Member { name: "credentialsValue", ty: Type::Enum(CREDENTIALS_SHAPE_VALUES), required: false, summary: "" },
    Member { name: "clientValue", ty: Type::Structure(&CLIENT_SHAPE), required: false, summary: "" },
    Member { name: "configValue", ty: Type::Structure(&CONFIG_SHAPE), required: false, summary: "" },
    Member { name: "contextValue", ty: Type::Enum(CONTEXT_SHAPE_VALUES), required: false, summary: "" },
    Member { name: "sdkErrorValue", ty: Type::Structure(&SDK_ERROR_SHAPE), required: false, summary: "" },
    Member { name: "namingThingsValue", ty: Type::Structure(&NAMING_THINGS), required: false, summary: "" },
    Member { name: "namingThingsServerValue", ty: Type::Enum(NAMING_THINGS_SERVER_VALUES), required: false, summary: "" },
    Member { name: "operationValue", ty: Type::Structure(&OPERATION), required: false, summary: "" },
    Member { name: "someValue", ty: Type::Structure(&SOME), required: false, summary: "" },
    Member { name: "noneValue", ty: Type::Enum(NONE_VALUES), required: false, summary: "" },
    Member { name: "okValue", ty: Type::Structure(&OK), required: false, summary: "" },
    Member { name: "errValue", ty: Type::Structure(&ERR), required: false, summary: "" },
    Member { name: "debugValue", ty: Type::Enum(DEBUG_VALUES), required: false, summary: "" },
    Member { name: "cloneValue", ty: Type::Structure(&CLONE), required: false, summary: "" },
    Member { name: "partialEqValue", ty: Type::Structure(&PARTIAL_EQ), required: false, summary: "" },
    Member { name: "displayValue", ty: Type::Enum(DISPLAY_VALUES), required: false, summary: "" },
    Member { name: "formatterValue", ty: Type::Structure(&FORMATTER), required: false, summary: "" },
    Member { name: "requestValue", ty: Type::Structure(&REQUEST), required: false, summary: "" },
    Member { name: "responseValue", ty: Type::Enum(RESPONSE_VALUES), required: false, summary: "" },
    Member { name: "serviceValue", ty: Type::Structure(&SERVICE), required: false, summary: "" },
    Member { name: "routesValue", ty: Type::Structure(&ROUTES), required: false, summary: "" },
    Member { name: "copyValue", ty: Type::Enum(COPY_VALUES), required: false, summary: "" },
    Member { name: "eqValue", ty: Type::Structure(&EQ), required: false, summary: "" },
    Member { name: "toStringValue", ty: Type::Structure(&TO_STRING), required: false, summary: "" },
    Member { name: "toOwnedValue", ty: Type::Enum(TO_OWNED_VALUES), required: false, summary: "" },
    Member { name: "asRefValue", ty: Type::Structure(&AS_REF), required: false, summary: "" },
    Member { name: "dropValue", ty: Type::Structure(&DROP), required: false, summary: "" },
    Member { name: "fnValue", ty: Type::Enum(FN_VALUES), required: false, summary: "" },
]};

#[rustfmt::skip]
static SYNC: Structure = Structure { name: "Sync", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static TIMESTAMP_FORMAT: Structure = Structure { name: "TimestampFormat", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
static TO_STRING: Structure = Structure { name: "ToString", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static VEC: Structure = Structure { name: "Vec", union: true, members: &[
    Member { name: "text", ty: Type::String, required: false, summary: "" },
    Member { name: "number", ty: Type::Integer, required: false, summary: "" },
]};

#[rustfmt::skip]
static WIRE_ERROR: Structure = Structure { name: "WireError", union: false, members: &[
    Member { name: "value", ty: Type::String, required: false, summary: "" },
    Member { name: "when", ty: Type::Timestamp, required: false, summary: "" },
    Member { name: "list", ty: Type::List(&Type::String), required: false, summary: "" },
]};

#[rustfmt::skip]
const BIG_INTEGER_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const BLOB_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const BOX_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const CONTEXT_SHAPE_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const COPY_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const CREDENTIALS_SHAPE_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const DE_ERROR_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const DEBUG_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const DISPLAY_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const FN_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const FROM_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const INFALLIBLE_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const ITERATOR_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const JSON_MAP_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const NAMING_THINGS_SERVER_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const NONE_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const OPERATION_ERROR_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const PATTERN_ENGINE_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const PIN_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const RESPONSE_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const TO_JSON_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const TO_OWNED_VALUES: &[&str] = &["a"];
#[rustfmt::skip]
const UNKNOWN_VALUES: &[&str] = &["unknown", "self"];
