// Generated from models/aws-glacier.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Operation bindings: how each operation is routed and where its
//! members travel, as data the server and the client read.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
use ::codegen_rt as rt;
/// `CreateVault`: `PUT /{accountId}/vaults/{vaultName}`.
pub static CREATE_VAULT: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "CreateVault",
    method: "PUT",
    uri: "/{accountId}/vaults/{vaultName}",
    code: 201u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "accountId",
                loc: rt::binding::Loc::Label("accountId"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
            rt::binding::Binding {
                key: "vaultName",
                loc: rt::binding::Loc::Label("vaultName"),
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
        bindings: &[rt::binding::Binding {
            key: "location",
            loc: rt::binding::Loc::Header("location"),
            scalar: rt::binding::Scalar::String,
            list: false,
            required: false,
        }],
        payload: None,
        body: true,
        empty_structure: false,
    },
    xml: None,
};
/// `DeleteArchive`: `DELETE /{accountId}/vaults/{vaultName}/archives/{archiveId}`.
pub static DELETE_ARCHIVE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DeleteArchive",
    method: "DELETE",
    uri: "/{accountId}/vaults/{vaultName}/archives/{archiveId}",
    code: 204u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "accountId",
                loc: rt::binding::Loc::Label("accountId"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
            rt::binding::Binding {
                key: "archiveId",
                loc: rt::binding::Loc::Label("archiveId"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
            rt::binding::Binding {
                key: "vaultName",
                loc: rt::binding::Loc::Label("vaultName"),
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
/// `DescribeJob`: `GET /{accountId}/vaults/{vaultName}/jobs/{jobId}`.
pub static DESCRIBE_JOB: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DescribeJob",
    method: "GET",
    uri: "/{accountId}/vaults/{vaultName}/jobs/{jobId}",
    code: 200u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "accountId",
                loc: rt::binding::Loc::Label("accountId"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
            rt::binding::Binding {
                key: "jobId",
                loc: rt::binding::Loc::Label("jobId"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
            rt::binding::Binding {
                key: "vaultName",
                loc: rt::binding::Loc::Label("vaultName"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
        ],
        payload: None,
        body: false,
        empty_structure: false,
    },
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `DescribeVault`: `GET /{accountId}/vaults/{vaultName}`.
pub static DESCRIBE_VAULT: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "DescribeVault",
    method: "GET",
    uri: "/{accountId}/vaults/{vaultName}",
    code: 200u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "accountId",
                loc: rt::binding::Loc::Label("accountId"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
            rt::binding::Binding {
                key: "vaultName",
                loc: rt::binding::Loc::Label("vaultName"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
        ],
        payload: None,
        body: false,
        empty_structure: false,
    },
    output: rt::binding::Message::BODY,
    xml: None,
};
/// `GetJobOutput`: `GET /{accountId}/vaults/{vaultName}/jobs/{jobId}/output`.
pub static GET_JOB_OUTPUT: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "GetJobOutput",
    method: "GET",
    uri: "/{accountId}/vaults/{vaultName}/jobs/{jobId}/output",
    code: 200u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "accountId",
                loc: rt::binding::Loc::Label("accountId"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
            rt::binding::Binding {
                key: "jobId",
                loc: rt::binding::Loc::Label("jobId"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
            rt::binding::Binding {
                key: "range",
                loc: rt::binding::Loc::Header("range"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: false,
            },
            rt::binding::Binding {
                key: "vaultName",
                loc: rt::binding::Loc::Label("vaultName"),
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
                key: "acceptRanges",
                loc: rt::binding::Loc::Header("accept-ranges"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: false,
            },
            rt::binding::Binding {
                key: "archiveDescription",
                loc: rt::binding::Loc::Header("x-amz-archive-description"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: false,
            },
            rt::binding::Binding {
                key: "checksum",
                loc: rt::binding::Loc::Header("x-amz-sha256-tree-hash"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: false,
            },
            rt::binding::Binding {
                key: "contentRange",
                loc: rt::binding::Loc::Header("content-range"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: false,
            },
            rt::binding::Binding {
                key: "contentType",
                loc: rt::binding::Loc::Header("content-type"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: false,
            },
            rt::binding::Binding {
                key: "status",
                loc: rt::binding::Loc::ResponseCode,
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
/// `InitiateJob`: `POST /{accountId}/vaults/{vaultName}/jobs`.
pub static INITIATE_JOB: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "InitiateJob",
    method: "POST",
    uri: "/{accountId}/vaults/{vaultName}/jobs",
    code: 202u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "accountId",
                loc: rt::binding::Loc::Label("accountId"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
            rt::binding::Binding {
                key: "vaultName",
                loc: rt::binding::Loc::Label("vaultName"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
        ],
        payload: Some(rt::binding::Payload {
            key: "jobParameters",
            kind: rt::binding::PayloadKind::Structure,
            media_type: None,
        }),
        body: false,
        empty_structure: false,
    },
    output: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "jobId",
                loc: rt::binding::Loc::Header("x-amz-job-id"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: false,
            },
            rt::binding::Binding {
                key: "jobOutputPath",
                loc: rt::binding::Loc::Header("x-amz-job-output-path"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: false,
            },
            rt::binding::Binding {
                key: "location",
                loc: rt::binding::Loc::Header("location"),
                scalar: rt::binding::Scalar::String,
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
/// `ListVaults`: `GET /{accountId}/vaults`.
pub static LIST_VAULTS: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "ListVaults",
    method: "GET",
    uri: "/{accountId}/vaults",
    code: 200u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "accountId",
                loc: rt::binding::Loc::Label("accountId"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
            rt::binding::Binding {
                key: "limit",
                loc: rt::binding::Loc::Query("limit"),
                scalar: rt::binding::Scalar::Integer,
                list: false,
                required: false,
            },
            rt::binding::Binding {
                key: "marker",
                loc: rt::binding::Loc::Query("marker"),
                scalar: rt::binding::Scalar::String,
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
/// `UploadArchive`: `POST /{accountId}/vaults/{vaultName}/archives`.
pub static UPLOAD_ARCHIVE: rt::binding::HttpOp = rt::binding::HttpOp {
    name: "UploadArchive",
    method: "POST",
    uri: "/{accountId}/vaults/{vaultName}/archives",
    code: 201u16,
    input: rt::binding::Message {
        bindings: &[
            rt::binding::Binding {
                key: "accountId",
                loc: rt::binding::Loc::Label("accountId"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
            },
            rt::binding::Binding {
                key: "archiveDescription",
                loc: rt::binding::Loc::Header("x-amz-archive-description"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: false,
            },
            rt::binding::Binding {
                key: "checksum",
                loc: rt::binding::Loc::Header("x-amz-sha256-tree-hash"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: false,
            },
            rt::binding::Binding {
                key: "vaultName",
                loc: rt::binding::Loc::Label("vaultName"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: true,
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
                key: "archiveId",
                loc: rt::binding::Loc::Header("x-amz-archive-id"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: false,
            },
            rt::binding::Binding {
                key: "checksum",
                loc: rt::binding::Loc::Header("x-amz-sha256-tree-hash"),
                scalar: rt::binding::Scalar::String,
                list: false,
                required: false,
            },
            rt::binding::Binding {
                key: "location",
                loc: rt::binding::Loc::Header("location"),
                scalar: rt::binding::Scalar::String,
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
pub const ERROR_HEADERS: &[(&str, &[rt::binding::Binding])] = &[];
impl rt::Streaming for CreateVaultInput {}
impl rt::Streaming for CreateVaultOutput {}
impl rt::Streaming for DeleteArchiveInput {}
impl rt::Streaming for DeleteArchiveOutput {}
impl rt::Streaming for DescribeJobInput {}
impl rt::Streaming for GlacierJobDescription {}
impl rt::Streaming for DescribeVaultInput {}
impl rt::Streaming for DescribeVaultOutput {}
impl rt::Streaming for GetJobOutputInput {}
impl rt::Streaming for GetJobOutputOutput {
    fn take_stream(&mut self) -> rt::Option<rt::ByteStream> {
        Some(::std::mem::take(&mut self.body))
    }
    fn put_stream(&mut self, stream: rt::ByteStream) {
        self.body = stream;
    }
}
impl rt::Streaming for InitiateJobInput {}
impl rt::Streaming for InitiateJobOutput {}
impl rt::Streaming for ListVaultsInput {}
impl rt::Streaming for ListVaultsOutput {}
impl rt::Streaming for UploadArchiveInput {
    fn take_stream(&mut self) -> rt::Option<rt::ByteStream> {
        Some(::std::mem::take(&mut self.body))
    }
    fn put_stream(&mut self, stream: rt::ByteStream) {
        self.body = stream;
    }
}
impl rt::Streaming for ArchiveCreationOutput {}
