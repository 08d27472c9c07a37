// Generated from models/entitlements.smithy by codegen — do not edit.
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
    Operation { name: "GetEntitlements", input: &GET_ENTITLEMENTS_INPUT, output: &GET_ENTITLEMENTS_OUTPUT, pagination: Some(Pagination { input_token: "NextToken", output_token: "NextToken", items: Some("Entitlements"), page_size: Some("MaxResults") }),
        errors: &["InternalServiceErrorException", "InvalidParameterException", "ThrottlingException"],
        summary: "The entitlements of a product, filtered and paginated." },
];

#[rustfmt::skip]
static ENTITLEMENT: Structure = Structure { name: "Entitlement", union: false, members: &[
    Member { name: "ProductCode", ty: Type::String, required: false, summary: "The product." },
    Member { name: "Dimension", ty: Type::String, required: false, summary: "The dimension of the product." },
    Member { name: "CustomerIdentifier", ty: Type::String, required: false, summary: "Who holds it." },
    Member { name: "CustomerAWSAccountId", ty: Type::String, required: false, summary: "The holder's AWS account." },
    Member { name: "Value", ty: Type::Structure(&ENTITLEMENT_VALUE), required: false, summary: "How much." },
    Member { name: "ExpirationDate", ty: Type::Timestamp, required: false, summary: "Until when." },
    Member { name: "LicenseArn", ty: Type::String, required: false, summary: "The license granted." },
]};

#[rustfmt::skip]
static ENTITLEMENT_VALUE: Structure = Structure { name: "EntitlementValue", union: false, members: &[
    Member { name: "IntegerValue", ty: Type::Integer, required: false, summary: "An integer amount." },
    Member { name: "DoubleValue", ty: Type::Float, required: false, summary: "A fractional amount." },
    Member { name: "BooleanValue", ty: Type::Boolean, required: false, summary: "A yes or no." },
    Member { name: "StringValue", ty: Type::String, required: false, summary: "A text amount." },
]};

#[rustfmt::skip]
static GET_ENTITLEMENTS_INPUT: Structure = Structure { name: "GetEntitlementsInput", union: false, members: &[
    Member { name: "ProductCode", ty: Type::String, required: true, summary: "The product whose entitlements are listed." },
    Member { name: "Filter", ty: Type::Map(&Type::List(&Type::String)), required: false, summary: "Only entitlements whose named fields hold one of the values." },
    Member { name: "NextToken", ty: Type::String, required: false, summary: "Where the previous page ended." },
    Member { name: "MaxResults", ty: Type::Integer, required: false, summary: "At most this many entitlements." },
]};

#[rustfmt::skip]
static GET_ENTITLEMENTS_OUTPUT: Structure = Structure { name: "GetEntitlementsOutput", union: false, members: &[
    Member { name: "Entitlements", ty: Type::List(&Type::Structure(&ENTITLEMENT)), required: false, summary: "The entitlements found." },
    Member { name: "NextToken", ty: Type::String, required: false, summary: "Where the next page starts, when there is one." },
]};
