// Generated from models/aws-s3.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Operation bindings: how each operation is routed and where its
//! members travel, as data the server and the client read.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
/// `CreateBucket`: `PUT /{Bucket}`.
pub static CREATE_BUCKET: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "CreateBucket",
    method: "PUT",
    uri: "/{Bucket}",
    code: 200u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "ACL",
                loc: rt::binding::Loc::Header("x-amz-acl"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "Bucket",
                loc: rt::binding::Loc::Label("Bucket"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "GrantFullControl",
                loc: rt::binding::Loc::Header("x-amz-grant-full-control"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "GrantRead",
                loc: rt::binding::Loc::Header("x-amz-grant-read"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "GrantReadACP",
                loc: rt::binding::Loc::Header("x-amz-grant-read-acp"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "GrantWrite",
                loc: rt::binding::Loc::Header("x-amz-grant-write"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "GrantWriteACP",
                loc: rt::binding::Loc::Header("x-amz-grant-write-acp"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ObjectLockEnabledForBucket",
                loc: rt::binding::Loc::Header("x-amz-bucket-object-lock-enabled"),
                scalar: rt::binding::Scalar::Bool,
                list: false,
            },
            rt::binding::Binding {
                key: "ObjectOwnership",
                loc: rt::binding::Loc::Header("x-amz-object-ownership"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
        ],
        payload: Some(rt::binding::Payload {
            key: "CreateBucketConfiguration",
            kind: rt::binding::PayloadKind::Structure,
            media_type: None,
        }),
        body: false,
        empty_structure: false,
    },
    output: rt::binding::Message {
        bindings: &[rt::binding::Binding {
            key: "Location",
            loc: rt::binding::Loc::Header("location"),
            scalar: rt::binding::Scalar::String,
            list: false,
        }],
        payload: None,
        body: true,
        empty_structure: false,
    },
    xml: Some(&crate::xml::CREATE_BUCKET),
};
/// `DeleteBucket`: `DELETE /{Bucket}`.
pub static DELETE_BUCKET: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DeleteBucket",
    method: "DELETE",
    uri: "/{Bucket}",
    code: 204u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "Bucket",
                loc: rt::binding::Loc::Label("Bucket"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ExpectedBucketOwner",
                loc: rt::binding::Loc::Header("x-amz-expected-bucket-owner"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
        ],
        payload: None,
        body: false,
        empty_structure: false,
    },
    output: rt::binding::Message::EMPTY,
    xml: Some(&crate::xml::DELETE_BUCKET),
};
/// `DeleteObject`: `DELETE /{Bucket}/{Key+}?x-id=DeleteObject`.
pub static DELETE_OBJECT: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DeleteObject",
    method: "DELETE",
    uri: "/{Bucket}/{Key+}?x-id=DeleteObject",
    code: 204u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "Bucket",
                loc: rt::binding::Loc::Label("Bucket"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "BypassGovernanceRetention",
                loc: rt::binding::Loc::Header("x-amz-bypass-governance-retention"),
                scalar: rt::binding::Scalar::Bool,
                list: false,
            },
            rt::binding::Binding {
                key: "ExpectedBucketOwner",
                loc: rt::binding::Loc::Header("x-amz-expected-bucket-owner"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "IfMatch",
                loc: rt::binding::Loc::Header("if-match"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "IfMatchLastModifiedTime",
                loc: rt::binding::Loc::Header("x-amz-if-match-last-modified-time"),
                scalar: rt::binding::Scalar::Timestamp {
                    text: rt::TimestampFormat::HttpDate,
                    json: rt::TimestampFormat::HttpDate,
                },
                list: false,
            },
            rt::binding::Binding {
                key: "IfMatchSize",
                loc: rt::binding::Loc::Header("x-amz-if-match-size"),
                scalar: rt::binding::Scalar::Integer,
                list: false,
            },
            rt::binding::Binding {
                key: "Key",
                loc: rt::binding::Loc::Label("Key"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "MFA",
                loc: rt::binding::Loc::Header("x-amz-mfa"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "RequestPayer",
                loc: rt::binding::Loc::Header("x-amz-request-payer"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "VersionId",
                loc: rt::binding::Loc::Query("versionId"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
        ],
        payload: None,
        body: false,
        empty_structure: false,
    },
    output: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "DeleteMarker",
                loc: rt::binding::Loc::Header("x-amz-delete-marker"),
                scalar: rt::binding::Scalar::Bool,
                list: false,
            },
            rt::binding::Binding {
                key: "RequestCharged",
                loc: rt::binding::Loc::Header("x-amz-request-charged"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "VersionId",
                loc: rt::binding::Loc::Header("x-amz-version-id"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
        ],
        payload: None,
        body: true,
        empty_structure: false,
    },
    xml: Some(&crate::xml::DELETE_OBJECT),
};
/// `GetObject`: `GET /{Bucket}/{Key+}?x-id=GetObject`.
pub static GET_OBJECT: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GetObject",
    method: "GET",
    uri: "/{Bucket}/{Key+}?x-id=GetObject",
    code: 200u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "Bucket",
                loc: rt::binding::Loc::Label("Bucket"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumMode",
                loc: rt::binding::Loc::Header("x-amz-checksum-mode"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ExpectedBucketOwner",
                loc: rt::binding::Loc::Header("x-amz-expected-bucket-owner"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "IfMatch",
                loc: rt::binding::Loc::Header("if-match"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "IfModifiedSince",
                loc: rt::binding::Loc::Header("if-modified-since"),
                scalar: rt::binding::Scalar::Timestamp {
                    text: rt::TimestampFormat::HttpDate,
                    json: rt::TimestampFormat::DateTime,
                },
                list: false,
            },
            rt::binding::Binding {
                key: "IfNoneMatch",
                loc: rt::binding::Loc::Header("if-none-match"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "IfUnmodifiedSince",
                loc: rt::binding::Loc::Header("if-unmodified-since"),
                scalar: rt::binding::Scalar::Timestamp {
                    text: rt::TimestampFormat::HttpDate,
                    json: rt::TimestampFormat::DateTime,
                },
                list: false,
            },
            rt::binding::Binding {
                key: "Key",
                loc: rt::binding::Loc::Label("Key"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "PartNumber",
                loc: rt::binding::Loc::Query("partNumber"),
                scalar: rt::binding::Scalar::Integer,
                list: false,
            },
            rt::binding::Binding {
                key: "Range",
                loc: rt::binding::Loc::Header("range"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "RequestPayer",
                loc: rt::binding::Loc::Header("x-amz-request-payer"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ResponseCacheControl",
                loc: rt::binding::Loc::Query("response-cache-control"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ResponseContentDisposition",
                loc: rt::binding::Loc::Query("response-content-disposition"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ResponseContentEncoding",
                loc: rt::binding::Loc::Query("response-content-encoding"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ResponseContentLanguage",
                loc: rt::binding::Loc::Query("response-content-language"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ResponseContentType",
                loc: rt::binding::Loc::Query("response-content-type"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ResponseExpires",
                loc: rt::binding::Loc::Query("response-expires"),
                scalar: rt::binding::Scalar::Timestamp {
                    text: rt::TimestampFormat::HttpDate,
                    json: rt::TimestampFormat::HttpDate,
                },
                list: false,
            },
            rt::binding::Binding {
                key: "SSECustomerAlgorithm",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-customer-algorithm"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "SSECustomerKey",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-customer-key"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "SSECustomerKeyMD5",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-customer-key-md5"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "VersionId",
                loc: rt::binding::Loc::Query("versionId"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
        ],
        payload: None,
        body: false,
        empty_structure: false,
    },
    output: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "AcceptRanges",
                loc: rt::binding::Loc::Header("accept-ranges"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "BucketKeyEnabled",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-bucket-key-enabled"),
                scalar: rt::binding::Scalar::Bool,
                list: false,
            },
            rt::binding::Binding {
                key: "CacheControl",
                loc: rt::binding::Loc::Header("cache-control"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumCRC32",
                loc: rt::binding::Loc::Header("x-amz-checksum-crc32"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumCRC32C",
                loc: rt::binding::Loc::Header("x-amz-checksum-crc32c"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumCRC64NVME",
                loc: rt::binding::Loc::Header("x-amz-checksum-crc64nvme"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumSHA1",
                loc: rt::binding::Loc::Header("x-amz-checksum-sha1"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumSHA256",
                loc: rt::binding::Loc::Header("x-amz-checksum-sha256"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumType",
                loc: rt::binding::Loc::Header("x-amz-checksum-type"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ContentDisposition",
                loc: rt::binding::Loc::Header("content-disposition"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ContentEncoding",
                loc: rt::binding::Loc::Header("content-encoding"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ContentLanguage",
                loc: rt::binding::Loc::Header("content-language"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ContentLength",
                loc: rt::binding::Loc::Header("content-length"),
                scalar: rt::binding::Scalar::Integer,
                list: false,
            },
            rt::binding::Binding {
                key: "ContentRange",
                loc: rt::binding::Loc::Header("content-range"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ContentType",
                loc: rt::binding::Loc::Header("content-type"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "DeleteMarker",
                loc: rt::binding::Loc::Header("x-amz-delete-marker"),
                scalar: rt::binding::Scalar::Bool,
                list: false,
            },
            rt::binding::Binding {
                key: "ETag",
                loc: rt::binding::Loc::Header("etag"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "Expiration",
                loc: rt::binding::Loc::Header("x-amz-expiration"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "Expires",
                loc: rt::binding::Loc::Header("expires"),
                scalar: rt::binding::Scalar::Timestamp {
                    text: rt::TimestampFormat::HttpDate,
                    json: rt::TimestampFormat::DateTime,
                },
                list: false,
            },
            rt::binding::Binding {
                key: "LastModified",
                loc: rt::binding::Loc::Header("last-modified"),
                scalar: rt::binding::Scalar::Timestamp {
                    text: rt::TimestampFormat::HttpDate,
                    json: rt::TimestampFormat::DateTime,
                },
                list: false,
            },
            rt::binding::Binding {
                key: "Metadata",
                loc: rt::binding::Loc::PrefixHeaders("x-amz-meta-"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "MissingMeta",
                loc: rt::binding::Loc::Header("x-amz-missing-meta"),
                scalar: rt::binding::Scalar::Integer,
                list: false,
            },
            rt::binding::Binding {
                key: "ObjectLockLegalHoldStatus",
                loc: rt::binding::Loc::Header("x-amz-object-lock-legal-hold"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ObjectLockMode",
                loc: rt::binding::Loc::Header("x-amz-object-lock-mode"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ObjectLockRetainUntilDate",
                loc: rt::binding::Loc::Header("x-amz-object-lock-retain-until-date"),
                scalar: rt::binding::Scalar::Timestamp {
                    text: rt::TimestampFormat::DateTime,
                    json: rt::TimestampFormat::DateTime,
                },
                list: false,
            },
            rt::binding::Binding {
                key: "PartsCount",
                loc: rt::binding::Loc::Header("x-amz-mp-parts-count"),
                scalar: rt::binding::Scalar::Integer,
                list: false,
            },
            rt::binding::Binding {
                key: "ReplicationStatus",
                loc: rt::binding::Loc::Header("x-amz-replication-status"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "RequestCharged",
                loc: rt::binding::Loc::Header("x-amz-request-charged"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "Restore",
                loc: rt::binding::Loc::Header("x-amz-restore"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "SSECustomerAlgorithm",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-customer-algorithm"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "SSECustomerKeyMD5",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-customer-key-md5"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "SSEKMSKeyId",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-aws-kms-key-id"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ServerSideEncryption",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "StorageClass",
                loc: rt::binding::Loc::Header("x-amz-storage-class"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "TagCount",
                loc: rt::binding::Loc::Header("x-amz-tagging-count"),
                scalar: rt::binding::Scalar::Integer,
                list: false,
            },
            rt::binding::Binding {
                key: "VersionId",
                loc: rt::binding::Loc::Header("x-amz-version-id"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "WebsiteRedirectLocation",
                loc: rt::binding::Loc::Header("x-amz-website-redirect-location"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
        ],
        payload: Some(rt::binding::Payload {
            key: "Body",
            kind: rt::binding::PayloadKind::Stream,
            media_type: None,
        }),
        body: false,
        empty_structure: false,
    },
    xml: Some(&crate::xml::GET_OBJECT),
};
/// `HeadObject`: `HEAD /{Bucket}/{Key+}`.
pub static HEAD_OBJECT: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "HeadObject",
    method: "HEAD",
    uri: "/{Bucket}/{Key+}",
    code: 200u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "Bucket",
                loc: rt::binding::Loc::Label("Bucket"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumMode",
                loc: rt::binding::Loc::Header("x-amz-checksum-mode"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ExpectedBucketOwner",
                loc: rt::binding::Loc::Header("x-amz-expected-bucket-owner"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "IfMatch",
                loc: rt::binding::Loc::Header("if-match"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "IfModifiedSince",
                loc: rt::binding::Loc::Header("if-modified-since"),
                scalar: rt::binding::Scalar::Timestamp {
                    text: rt::TimestampFormat::HttpDate,
                    json: rt::TimestampFormat::DateTime,
                },
                list: false,
            },
            rt::binding::Binding {
                key: "IfNoneMatch",
                loc: rt::binding::Loc::Header("if-none-match"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "IfUnmodifiedSince",
                loc: rt::binding::Loc::Header("if-unmodified-since"),
                scalar: rt::binding::Scalar::Timestamp {
                    text: rt::TimestampFormat::HttpDate,
                    json: rt::TimestampFormat::DateTime,
                },
                list: false,
            },
            rt::binding::Binding {
                key: "Key",
                loc: rt::binding::Loc::Label("Key"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "PartNumber",
                loc: rt::binding::Loc::Query("partNumber"),
                scalar: rt::binding::Scalar::Integer,
                list: false,
            },
            rt::binding::Binding {
                key: "Range",
                loc: rt::binding::Loc::Header("range"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "RequestPayer",
                loc: rt::binding::Loc::Header("x-amz-request-payer"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ResponseCacheControl",
                loc: rt::binding::Loc::Query("response-cache-control"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ResponseContentDisposition",
                loc: rt::binding::Loc::Query("response-content-disposition"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ResponseContentEncoding",
                loc: rt::binding::Loc::Query("response-content-encoding"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ResponseContentLanguage",
                loc: rt::binding::Loc::Query("response-content-language"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ResponseContentType",
                loc: rt::binding::Loc::Query("response-content-type"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ResponseExpires",
                loc: rt::binding::Loc::Query("response-expires"),
                scalar: rt::binding::Scalar::Timestamp {
                    text: rt::TimestampFormat::HttpDate,
                    json: rt::TimestampFormat::HttpDate,
                },
                list: false,
            },
            rt::binding::Binding {
                key: "SSECustomerAlgorithm",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-customer-algorithm"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "SSECustomerKey",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-customer-key"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "SSECustomerKeyMD5",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-customer-key-md5"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "VersionId",
                loc: rt::binding::Loc::Query("versionId"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
        ],
        payload: None,
        body: false,
        empty_structure: false,
    },
    output: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "AcceptRanges",
                loc: rt::binding::Loc::Header("accept-ranges"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ArchiveStatus",
                loc: rt::binding::Loc::Header("x-amz-archive-status"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "BucketKeyEnabled",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-bucket-key-enabled"),
                scalar: rt::binding::Scalar::Bool,
                list: false,
            },
            rt::binding::Binding {
                key: "CacheControl",
                loc: rt::binding::Loc::Header("cache-control"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumCRC32",
                loc: rt::binding::Loc::Header("x-amz-checksum-crc32"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumCRC32C",
                loc: rt::binding::Loc::Header("x-amz-checksum-crc32c"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumCRC64NVME",
                loc: rt::binding::Loc::Header("x-amz-checksum-crc64nvme"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumSHA1",
                loc: rt::binding::Loc::Header("x-amz-checksum-sha1"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumSHA256",
                loc: rt::binding::Loc::Header("x-amz-checksum-sha256"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumType",
                loc: rt::binding::Loc::Header("x-amz-checksum-type"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ContentDisposition",
                loc: rt::binding::Loc::Header("content-disposition"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ContentEncoding",
                loc: rt::binding::Loc::Header("content-encoding"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ContentLanguage",
                loc: rt::binding::Loc::Header("content-language"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ContentLength",
                loc: rt::binding::Loc::Header("content-length"),
                scalar: rt::binding::Scalar::Integer,
                list: false,
            },
            rt::binding::Binding {
                key: "ContentRange",
                loc: rt::binding::Loc::Header("content-range"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ContentType",
                loc: rt::binding::Loc::Header("content-type"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "DeleteMarker",
                loc: rt::binding::Loc::Header("x-amz-delete-marker"),
                scalar: rt::binding::Scalar::Bool,
                list: false,
            },
            rt::binding::Binding {
                key: "ETag",
                loc: rt::binding::Loc::Header("etag"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "Expiration",
                loc: rt::binding::Loc::Header("x-amz-expiration"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "Expires",
                loc: rt::binding::Loc::Header("expires"),
                scalar: rt::binding::Scalar::Timestamp {
                    text: rt::TimestampFormat::HttpDate,
                    json: rt::TimestampFormat::DateTime,
                },
                list: false,
            },
            rt::binding::Binding {
                key: "LastModified",
                loc: rt::binding::Loc::Header("last-modified"),
                scalar: rt::binding::Scalar::Timestamp {
                    text: rt::TimestampFormat::HttpDate,
                    json: rt::TimestampFormat::DateTime,
                },
                list: false,
            },
            rt::binding::Binding {
                key: "Metadata",
                loc: rt::binding::Loc::PrefixHeaders("x-amz-meta-"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "MissingMeta",
                loc: rt::binding::Loc::Header("x-amz-missing-meta"),
                scalar: rt::binding::Scalar::Integer,
                list: false,
            },
            rt::binding::Binding {
                key: "ObjectLockLegalHoldStatus",
                loc: rt::binding::Loc::Header("x-amz-object-lock-legal-hold"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ObjectLockMode",
                loc: rt::binding::Loc::Header("x-amz-object-lock-mode"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ObjectLockRetainUntilDate",
                loc: rt::binding::Loc::Header("x-amz-object-lock-retain-until-date"),
                scalar: rt::binding::Scalar::Timestamp {
                    text: rt::TimestampFormat::DateTime,
                    json: rt::TimestampFormat::DateTime,
                },
                list: false,
            },
            rt::binding::Binding {
                key: "PartsCount",
                loc: rt::binding::Loc::Header("x-amz-mp-parts-count"),
                scalar: rt::binding::Scalar::Integer,
                list: false,
            },
            rt::binding::Binding {
                key: "ReplicationStatus",
                loc: rt::binding::Loc::Header("x-amz-replication-status"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "RequestCharged",
                loc: rt::binding::Loc::Header("x-amz-request-charged"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "Restore",
                loc: rt::binding::Loc::Header("x-amz-restore"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "SSECustomerAlgorithm",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-customer-algorithm"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "SSECustomerKeyMD5",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-customer-key-md5"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "SSEKMSKeyId",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-aws-kms-key-id"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ServerSideEncryption",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "StorageClass",
                loc: rt::binding::Loc::Header("x-amz-storage-class"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "VersionId",
                loc: rt::binding::Loc::Header("x-amz-version-id"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "WebsiteRedirectLocation",
                loc: rt::binding::Loc::Header("x-amz-website-redirect-location"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
        ],
        payload: None,
        body: true,
        empty_structure: false,
    },
    xml: Some(&crate::xml::HEAD_OBJECT),
};
/// `ListBuckets`: `GET /?x-id=ListBuckets`.
pub static LIST_BUCKETS: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ListBuckets",
    method: "GET",
    uri: "/?x-id=ListBuckets",
    code: 200u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "BucketRegion",
                loc: rt::binding::Loc::Query("bucket-region"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ContinuationToken",
                loc: rt::binding::Loc::Query("continuation-token"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "MaxBuckets",
                loc: rt::binding::Loc::Query("max-buckets"),
                scalar: rt::binding::Scalar::Integer,
                list: false,
            },
            rt::binding::Binding {
                key: "Prefix",
                loc: rt::binding::Loc::Query("prefix"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
        ],
        payload: None,
        body: false,
        empty_structure: false,
    },
    output: rt::binding::Message::BODY,
    xml: Some(&crate::xml::LIST_BUCKETS),
};
/// `ListObjectsV2`: `GET /{Bucket}?list-type=2`.
pub static LIST_OBJECTS_V2: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ListObjectsV2",
    method: "GET",
    uri: "/{Bucket}?list-type=2",
    code: 200u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "Bucket",
                loc: rt::binding::Loc::Label("Bucket"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ContinuationToken",
                loc: rt::binding::Loc::Query("continuation-token"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "Delimiter",
                loc: rt::binding::Loc::Query("delimiter"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "EncodingType",
                loc: rt::binding::Loc::Query("encoding-type"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ExpectedBucketOwner",
                loc: rt::binding::Loc::Header("x-amz-expected-bucket-owner"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "FetchOwner",
                loc: rt::binding::Loc::Query("fetch-owner"),
                scalar: rt::binding::Scalar::Bool,
                list: false,
            },
            rt::binding::Binding {
                key: "MaxKeys",
                loc: rt::binding::Loc::Query("max-keys"),
                scalar: rt::binding::Scalar::Integer,
                list: false,
            },
            rt::binding::Binding {
                key: "OptionalObjectAttributes",
                loc: rt::binding::Loc::Header("x-amz-optional-object-attributes"),
                scalar: rt::binding::Scalar::String,
                list: true,
            },
            rt::binding::Binding {
                key: "Prefix",
                loc: rt::binding::Loc::Query("prefix"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "RequestPayer",
                loc: rt::binding::Loc::Header("x-amz-request-payer"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "StartAfter",
                loc: rt::binding::Loc::Query("start-after"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
        ],
        payload: None,
        body: false,
        empty_structure: false,
    },
    output: rt::binding::Message {
        bindings: &[rt::binding::Binding {
            key: "RequestCharged",
            loc: rt::binding::Loc::Header("x-amz-request-charged"),
            scalar: rt::binding::Scalar::String,
            list: false,
        }],
        payload: None,
        body: true,
        empty_structure: false,
    },
    xml: Some(&crate::xml::LIST_OBJECTS_V2),
};
/// `PutObject`: `PUT /{Bucket}/{Key+}?x-id=PutObject`.
pub static PUT_OBJECT: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "PutObject",
    method: "PUT",
    uri: "/{Bucket}/{Key+}?x-id=PutObject",
    code: 200u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "ACL",
                loc: rt::binding::Loc::Header("x-amz-acl"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "Bucket",
                loc: rt::binding::Loc::Label("Bucket"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "BucketKeyEnabled",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-bucket-key-enabled"),
                scalar: rt::binding::Scalar::Bool,
                list: false,
            },
            rt::binding::Binding {
                key: "CacheControl",
                loc: rt::binding::Loc::Header("cache-control"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumAlgorithm",
                loc: rt::binding::Loc::Header("x-amz-sdk-checksum-algorithm"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumCRC32",
                loc: rt::binding::Loc::Header("x-amz-checksum-crc32"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumCRC32C",
                loc: rt::binding::Loc::Header("x-amz-checksum-crc32c"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumCRC64NVME",
                loc: rt::binding::Loc::Header("x-amz-checksum-crc64nvme"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumSHA1",
                loc: rt::binding::Loc::Header("x-amz-checksum-sha1"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumSHA256",
                loc: rt::binding::Loc::Header("x-amz-checksum-sha256"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ContentDisposition",
                loc: rt::binding::Loc::Header("content-disposition"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ContentEncoding",
                loc: rt::binding::Loc::Header("content-encoding"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ContentLanguage",
                loc: rt::binding::Loc::Header("content-language"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ContentLength",
                loc: rt::binding::Loc::Header("content-length"),
                scalar: rt::binding::Scalar::Integer,
                list: false,
            },
            rt::binding::Binding {
                key: "ContentMD5",
                loc: rt::binding::Loc::Header("content-md5"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ContentType",
                loc: rt::binding::Loc::Header("content-type"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ExpectedBucketOwner",
                loc: rt::binding::Loc::Header("x-amz-expected-bucket-owner"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "Expires",
                loc: rt::binding::Loc::Header("expires"),
                scalar: rt::binding::Scalar::Timestamp {
                    text: rt::TimestampFormat::HttpDate,
                    json: rt::TimestampFormat::DateTime,
                },
                list: false,
            },
            rt::binding::Binding {
                key: "GrantFullControl",
                loc: rt::binding::Loc::Header("x-amz-grant-full-control"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "GrantRead",
                loc: rt::binding::Loc::Header("x-amz-grant-read"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "GrantReadACP",
                loc: rt::binding::Loc::Header("x-amz-grant-read-acp"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "GrantWriteACP",
                loc: rt::binding::Loc::Header("x-amz-grant-write-acp"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "IfMatch",
                loc: rt::binding::Loc::Header("if-match"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "IfNoneMatch",
                loc: rt::binding::Loc::Header("if-none-match"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "Key",
                loc: rt::binding::Loc::Label("Key"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "Metadata",
                loc: rt::binding::Loc::PrefixHeaders("x-amz-meta-"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ObjectLockLegalHoldStatus",
                loc: rt::binding::Loc::Header("x-amz-object-lock-legal-hold"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ObjectLockMode",
                loc: rt::binding::Loc::Header("x-amz-object-lock-mode"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ObjectLockRetainUntilDate",
                loc: rt::binding::Loc::Header("x-amz-object-lock-retain-until-date"),
                scalar: rt::binding::Scalar::Timestamp {
                    text: rt::TimestampFormat::DateTime,
                    json: rt::TimestampFormat::DateTime,
                },
                list: false,
            },
            rt::binding::Binding {
                key: "RequestPayer",
                loc: rt::binding::Loc::Header("x-amz-request-payer"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "SSECustomerAlgorithm",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-customer-algorithm"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "SSECustomerKey",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-customer-key"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "SSECustomerKeyMD5",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-customer-key-md5"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "SSEKMSEncryptionContext",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-context"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "SSEKMSKeyId",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-aws-kms-key-id"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ServerSideEncryption",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "StorageClass",
                loc: rt::binding::Loc::Header("x-amz-storage-class"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "Tagging",
                loc: rt::binding::Loc::Header("x-amz-tagging"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "WebsiteRedirectLocation",
                loc: rt::binding::Loc::Header("x-amz-website-redirect-location"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "WriteOffsetBytes",
                loc: rt::binding::Loc::Header("x-amz-write-offset-bytes"),
                scalar: rt::binding::Scalar::Integer,
                list: false,
            },
        ],
        payload: Some(rt::binding::Payload {
            key: "Body",
            kind: rt::binding::PayloadKind::Stream,
            media_type: None,
        }),
        body: false,
        empty_structure: false,
    },
    output: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "BucketKeyEnabled",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-bucket-key-enabled"),
                scalar: rt::binding::Scalar::Bool,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumCRC32",
                loc: rt::binding::Loc::Header("x-amz-checksum-crc32"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumCRC32C",
                loc: rt::binding::Loc::Header("x-amz-checksum-crc32c"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumCRC64NVME",
                loc: rt::binding::Loc::Header("x-amz-checksum-crc64nvme"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumSHA1",
                loc: rt::binding::Loc::Header("x-amz-checksum-sha1"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumSHA256",
                loc: rt::binding::Loc::Header("x-amz-checksum-sha256"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ChecksumType",
                loc: rt::binding::Loc::Header("x-amz-checksum-type"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ETag",
                loc: rt::binding::Loc::Header("etag"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "Expiration",
                loc: rt::binding::Loc::Header("x-amz-expiration"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "RequestCharged",
                loc: rt::binding::Loc::Header("x-amz-request-charged"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "SSECustomerAlgorithm",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-customer-algorithm"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "SSECustomerKeyMD5",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-customer-key-md5"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "SSEKMSEncryptionContext",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-context"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "SSEKMSKeyId",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption-aws-kms-key-id"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "ServerSideEncryption",
                loc: rt::binding::Loc::Header("x-amz-server-side-encryption"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
            rt::binding::Binding {
                key: "Size",
                loc: rt::binding::Loc::Header("x-amz-object-size"),
                scalar: rt::binding::Scalar::Integer,
                list: false,
            },
            rt::binding::Binding {
                key: "VersionId",
                loc: rt::binding::Loc::Header("x-amz-version-id"),
                scalar: rt::binding::Scalar::String,
                list: false,
            },
        ],
        payload: None,
        body: true,
        empty_structure: false,
    },
    xml: Some(&crate::xml::PUT_OBJECT),
};
/// The members each error sends in headers, by error code.
pub const ERROR_HEADERS: &[(&str, &[rt::binding::Binding])] = &[];
impl rt::Streaming for CreateBucketRequest {}
impl rt::Streaming for CreateBucketOutput {}
impl rt::Streaming for DeleteBucketRequest {}
impl rt::Streaming for DeleteBucketOutput {}
impl rt::Streaming for DeleteObjectRequest {}
impl rt::Streaming for DeleteObjectOutput {}
impl rt::Streaming for GetObjectRequest {}
impl rt::Streaming for GetObjectOutput {
    fn take_stream(&mut self) -> rt::Option<rt::ByteStream> {
        Some(::std::mem::take(&mut self.body))
    }
    fn put_stream(&mut self, stream: rt::ByteStream) {
        self.body = stream;
    }
}
impl rt::Streaming for HeadObjectRequest {}
impl rt::Streaming for HeadObjectOutput {}
impl rt::Streaming for ListBucketsRequest {}
impl rt::Streaming for ListBucketsOutput {}
impl rt::Streaming for ListObjectsV2Request {}
impl rt::Streaming for ListObjectsV2Output {}
impl rt::Streaming for PutObjectRequest {
    fn take_stream(&mut self) -> rt::Option<rt::ByteStream> {
        Some(::std::mem::take(&mut self.body))
    }
    fn put_stream(&mut self, stream: rt::ByteStream) {
        self.body = stream;
    }
}
impl rt::Streaming for PutObjectOutput {}
