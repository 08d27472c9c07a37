//! AWS SDK customizations: what every AWS SDK does for some services beyond
//! their models. Each entry says where the AWS SDKs do it; the runtime
//! applies them (`codegen_rt::client::Customization`). `docs/customizations.md`
//! is generated from this table (`cargo run -p codegen -- customizations`).

use super::{CustomizationIr, OperationIr};

/// One service's customizations: its shape id, and each customization with
/// the AWS SDK sources that make it.
pub struct Entry {
    pub service: &'static str,
    pub what: &'static [(Rule, &'static str)],
}

/// A customization as the table states it.
#[derive(Debug, Clone, Copy)]
pub enum Rule {
    /// A header on every request; `None` for the value means the service's
    /// model version.
    Header(&'static str, Option<&'static str>),
    /// A bound member defaulted when unset or empty.
    DefaultMember(&'static str, &'static str),
    /// Glacier's payload checksums for these operations.
    TreeHash(&'static [&'static str]),
    /// `x-amz-crc32` checked on responses.
    Crc32Responses,
    /// The operation is sent to the URL its input member gives, when set.
    EndpointMember {
        operation: &'static str,
        member: &'static str,
    },
    /// The endpoint rules put this URI label (a bucket) in the endpoint's
    /// host or path: clients leave the label's segment out of the URI.
    LabelInEndpoint(&'static str),
    /// A 200 response of these operations may be an error document.
    ErrorIn200(&'static [&'static str]),
    /// These operations can be pre-signed (a URL anyone can use until it
    /// expires).
    Presign(&'static [&'static str]),
    /// A bucket in another region (`x-amz-bucket-region`) is asked again
    /// there.
    BucketRegionRedirect,
    /// These operations' large or streamed payloads wait for `100 Continue`.
    ExpectContinue(&'static [&'static str]),
}

/// The table.
pub const TABLE: &[Entry] = &[
    Entry {
        service: "com.amazonaws.apigateway#BackplaneControlService",
        what: &[(
            Rule::Header("accept", Some("application/json")),
            "smithy-rs `ApiGatewayDecorator` (the `Accept` header); botocore `handlers.add_accept_header`",
        )],
    },
    Entry {
        service: "com.amazonaws.glacier#Glacier",
        what: &[
            (
                Rule::Header("x-amz-glacier-version", None),
                "smithy-rs `GlacierDecorator` (`ApiVersionHeader`); botocore `handlers.add_glacier_version`",
            ),
            (
                Rule::DefaultMember("accountId", "-"),
                "smithy-rs `GlacierDecorator` (`AccountIdAutofill`); botocore `handlers.inject_account_id`",
            ),
            (
                Rule::TreeHash(&["UploadArchive", "UploadMultipartPart"]),
                "smithy-rs `GlacierDecorator` (`TreeHashHeader`); botocore `handlers.add_glacier_checksums`",
            ),
        ],
    },
    Entry {
        service: "com.amazonaws.machinelearning#AmazonML_20141212",
        what: &[(
            Rule::EndpointMember {
                operation: "Predict",
                member: "PredictEndpoint",
            },
            "smithy-rs `MachineLearningDecorator`; botocore `handlers.switch_host_machinelearning`",
        )],
    },
    Entry {
        service: "com.amazonaws.s3#AmazonS3",
        what: &[
            (
                Rule::LabelInEndpoint("Bucket"),
                "aws-sdk-go-v2 `service/s3/serialize_immutable_hostbucket.go` (`removeBucketFromPathMiddleware`); the S3 endpoint rules give virtual-hosted (`bucket.s3...`) or path-style (`.../bucket`) URLs; without rules, botocore's `S3EndpointSetter` (virtual-hosted when the bucket can be a host name)",
            ),
            (
                Rule::ErrorIn200(&["CopyObject", "UploadPartCopy", "CompleteMultipartUpload"]),
                "botocore `handlers._handle_200_error` (read as a 500, so retried); smithy-rs `S3ParseErrorsDecorator`",
            ),
            (
                Rule::ExpectContinue(&["PutObject", "UploadPart"]),
                "botocore `handlers.add_expect_header` (on `before-call.s3.PutObject` and `UploadPart`); aws-sdk-java-v2 `StreamingRequestInterceptor`",
            ),
            (
                Rule::BucketRegionRedirect,
                "botocore `utils.S3RegionRedirectorv2` (on a 301, 307 or 400 naming `x-amz-bucket-region`, the request is signed for that region and sent again; the region is cached per bucket)",
            ),
            (
                Rule::Presign(&["GetObject", "PutObject", "UploadPart", "HeadObject", "DeleteObject"]),
                "smithy-rs `PresigningDecorator` (`PRESIGNABLE_OPERATIONS`); botocore `generate_presigned_url`",
            ),
        ],
    },
    Entry {
        service: "com.amazonaws.dynamodb#DynamoDB_20120810",
        what: &[(
            Rule::Crc32Responses,
            "botocore `data/_retry.json` (the `dynamodb` `crc32` retry policy on `x-amz-crc32`)",
        )],
    },
];

/// The customizations of service `id` (model version `version`), checked
/// against its operations.
pub fn for_service(id: &str, version: &str, operations: &[OperationIr]) -> Vec<CustomizationIr> {
    let Some(entry) = TABLE.iter().find(|e| e.service == id) else {
        return Vec::new();
    };
    // The listed operations the model has; `None` when it has none.
    let present = |ops: &[&str]| {
        let ops: Vec<String> = ops
            .iter()
            .filter(|o| operations.iter().any(|op| op.name == **o))
            .map(|o| (*o).to_owned())
            .collect();
        (!ops.is_empty()).then_some(ops)
    };
    entry
        .what
        .iter()
        .filter_map(|(rule, _)| {
            Some(match *rule {
                Rule::Header(name, value) => CustomizationIr::Header {
                    name: name.to_owned(),
                    value: value.unwrap_or(version).to_owned(),
                },
                Rule::DefaultMember(member, value) => CustomizationIr::DefaultMember {
                    member: member.to_owned(),
                    value: value.to_owned(),
                },
                Rule::TreeHash(ops) => CustomizationIr::TreeHash(present(ops)?),
                Rule::Crc32Responses => CustomizationIr::Crc32Responses,
                Rule::ErrorIn200(ops) => CustomizationIr::ErrorIn200(present(ops)?),
                Rule::Presign(ops) => CustomizationIr::Presign(present(ops)?),
                Rule::BucketRegionRedirect => CustomizationIr::BucketRegionRedirect,
                Rule::ExpectContinue(ops) => CustomizationIr::ExpectContinue(present(ops)?),
                Rule::LabelInEndpoint(label) => CustomizationIr::LabelInEndpoint(label.to_owned()),
                Rule::EndpointMember { operation, member } => {
                    if !operations.iter().any(|op| op.name == operation) {
                        return None;
                    }
                    CustomizationIr::EndpointMember {
                        operation: operation.to_owned(),
                        member: member.to_owned(),
                    }
                }
            })
        })
        .collect()
}

/// The table as Markdown (`docs/customizations.md`).
pub fn markdown() -> String {
    let mut out = String::from(
        "# AWS SDK customizations\n\n\
         Generated by `cargo run -p codegen -- customizations` from `codegen/src/lower/customize.rs`; \
         a test keeps it fresh. What the AWS SDKs do for some services beyond their models, \
         and which generated clients do it too (the runtime part is \
         `runtime/src/client/customize.rs`).\n\n\
         | service | customization | where the AWS SDKs do it |\n|---|---|---|\n",
    );
    for e in TABLE {
        for (rule, source) in e.what {
            let what = match rule {
                Rule::Header(name, Some(v)) => format!("`{name}: {v}` on every request"),
                Rule::Header(name, None) => {
                    format!("`{name}: <the model's version>` on every request")
                }
                Rule::DefaultMember(m, v) => {
                    format!("`{m}` is `{v}` when unset or empty")
                }
                Rule::TreeHash(ops) => format!(
                    "`x-amz-content-sha256` and `x-amz-sha256-tree-hash` on in-memory payloads of {}",
                    ops.join(", ")
                ),
                Rule::Crc32Responses => {
                    "responses' `x-amz-crc32` checked; a mismatch is retried".to_owned()
                }
                Rule::ErrorIn200(ops) => format!(
                    "a 200 response of {} whose body is an `<Error>` document is that error (retried as a 500)",
                    ops.join(", ")
                ),
                Rule::ExpectContinue(ops) => format!(
                    "{}: a streamed payload, or one of 1 MiB or more, goes with `Expect: 100-continue` (unsigned) and waits for `100 Continue` (or a second) before it is sent, so a refused upload sends no bytes",
                    ops.join(", ")
                ),
                Rule::BucketRegionRedirect => "a `301`, `307` or `400` answer naming another region in `x-amz-bucket-region` is sent again, once, signed for that region, which is remembered for the bucket".to_owned(),
                Rule::Presign(ops) => format!(
                    "{} can be pre-signed: the fluent builders' `presigned(PresigningConfig)` gives the URL, method and headers instead of sending",
                    ops.join(", ")
                ),
                Rule::EndpointMember { operation, member } => format!(
                    "`{operation}` is sent to the URL in its `{member}` member when it is set"
                ),
                Rule::LabelInEndpoint(label) => format!(
                    "the `{{{label}}}` URI label is left out of request paths: the endpoint rules put it in the host (virtual-hosted) or the endpoint's path (path-style)"
                ),
            };
            out.push_str(&format!("| `{}` | {what} | {source} |\n", e.service));
        }
    }
    out.push_str(
        "\nS3 without endpoint rules (the protocol suites' model) is addressed as botocore \
         addressed it before the rules: virtual-hosted when the bucket can be a host name, \
         path-style otherwise or with `force_path_style`, `s3-accelerate` and `dualstack` hosts \
         for AWS endpoints. Streamed uploads with a checksum go `aws-chunked` \
         (`runtime/src/aws_chunked.rs`). Not made yet: Route 53's and EC2's customizations. Glacier's \
         checksums are computed for payloads in memory; a streamed payload goes with the \
         checksum the caller gives.\n",
    );
    out
}
