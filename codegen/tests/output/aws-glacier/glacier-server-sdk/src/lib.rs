// Generated from models/aws-glacier.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Server SDK for the Amazon Glacier: implement [`Glacier`] and serve [`GlacierServer`].
#![allow(deprecated)]
use ::codegen_rt as rt;
pub use rt::auth::{AnyOf, ApiKeyAuth, BasicAuth, BearerAuth};
use rt::server::{http, http_body, tower};
pub use rt::server::{Authenticate, Config, Context};
/// The runtime's types this crate's API names (values, streams, errors),
/// so that users need not depend on the runtime crate themselves
/// (at the root unless a type of the model has the name).
pub use rt::{
    BigDecimal, BigInteger, Blob, BuildError, ByteStream, DateTime, Document, EventStream,
    EventStreamError, ModeledError, OperationError, Protocol, RequestId, ResponseMeta, Unhandled,
};
#[allow(unused_imports)]
use rt::{FromJson as _, OperationError as _, ToJson as _};
/// Every runtime type this crate's API names, whatever the model's
/// own types are called.
pub mod primitives {
    use ::codegen_rt as rt;
    pub use rt::auth::{AnyOf, ApiKeyAuth, BasicAuth, BearerAuth};
    pub use rt::{
        BigDecimal, BigInteger, Blob, BuildError, ByteStream, DateTime, Document, EventStream,
        EventStreamError, ModeledError, OperationError, Protocol, RequestId, ResponseMeta,
        Unhandled,
    };
}
pub use glacier_types;
use glacier_types::error::*;
use glacier_types::model::*;
/// Amazon S3 Glacier (Glacier) is a storage solution for "cold data."
///
/// Glacier is an extremely low-cost storage service that provides secure, durable, and easy-to-use storage for data backup and archival. With Glacier, customers can store their data cost effectively for months, years, or decades. Glacier also enables customers to offload the administrative burdens of operating and scaling storage to AWS, so they don't have to worry about capacity planning, hardware provisioning, data replication, hardware failure and recovery, or time-consuming hardware migrations.
///
/// Glacier is a great storage choice when low storage cost is paramount and your data is rarely retrieved. If your application requires fast or frequent access to your data, consider using Amazon S3. For more information, see [Amazon Simple Storage Service (Amazon S3)](http://aws.amazon.com/s3/).
///
/// You can store any kind of data in any format. There is no maximum limit on the total amount of data you can store in Glacier.
///
/// If you are a first-time user of Glacier, we recommend that you begin by reading the following sections in the *Amazon S3 Glacier Developer Guide*:
///
/// - [What is Amazon S3 Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/introduction.html) - This section of the Developer Guide describes the underlying data model, the operations it supports, and the AWS SDKs that you can use to interact with the service.
/// - [Getting Started with Amazon S3 Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/amazon-glacier-getting-started.html) - The Getting Started section walks you through the process of creating a vault, uploading archives, creating jobs to download archives, retrieving the job output, and deleting archives.
///
/// Every method has a default that answers `NotImplementedException`
/// (HTTP 501); implement the operations your service supports.
pub trait Glacier: rt::Send + rt::Sync + 'static {
    /// This operation creates a new vault with the specified name. The name of the vault must be unique within a region for an AWS account. You can create up to 1,000 vaults per account. If you need to create more vaults, contact Amazon S3 Glacier.
    ///
    /// You must use the following guidelines when naming a vault.
    ///
    /// - Names can be between 1 and 255 characters long.
    /// - Allowed characters are a-z, A-Z, 0-9, '_' (underscore), '-' (hyphen), and '.' (period).
    ///
    /// This operation is idempotent.
    ///
    /// An AWS account has full permission to perform all operations (actions). However, AWS Identity and Access Management (IAM) users don't have any permissions by default. You must grant them explicit permission to perform specific actions. For more information, see [Access Control Using AWS Identity and Access Management (IAM)](https://docs.aws.amazon.com/amazonglacier/latest/dev/using-iam-with-amazon-glacier.html).
    ///
    /// For conceptual information and underlying REST API, see [Creating a Vault in Amazon Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/creating-vaults.html) and [Create Vault](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-vault-put.html) in the *Amazon Glacier Developer Guide*.
    fn create_vault(
        &self,
        input: CreateVaultInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<CreateVaultOutput, CreateVaultError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("CreateVault")) }
    }
    /// This operation deletes an archive from a vault. Subsequent requests to initiate a retrieval of this archive will fail. Archive retrievals that are in progress for this archive ID may or may not succeed according to the following scenarios:
    ///
    /// - If the archive retrieval job is actively preparing the data for download when Amazon S3 Glacier receives the delete archive request, the archival retrieval operation might fail.
    /// - If the archive retrieval job has successfully prepared the archive for download when Amazon S3 Glacier receives the delete archive request, you will be able to download the output.
    ///
    /// This operation is idempotent. Attempting to delete an already-deleted archive does not result in an error.
    ///
    /// An AWS account has full permission to perform all operations (actions). However, AWS Identity and Access Management (IAM) users don't have any permissions by default. You must grant them explicit permission to perform specific actions. For more information, see [Access Control Using AWS Identity and Access Management (IAM)](https://docs.aws.amazon.com/amazonglacier/latest/dev/using-iam-with-amazon-glacier.html).
    ///
    /// For conceptual information and underlying REST API, see [Deleting an Archive in Amazon Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/deleting-an-archive.html) and [Delete Archive](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-archive-delete.html) in the *Amazon Glacier Developer Guide*.
    fn delete_archive(
        &self,
        input: DeleteArchiveInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<DeleteArchiveOutput, DeleteArchiveError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DeleteArchive")) }
    }
    /// This operation returns information about a job you previously initiated, including the job initiation date, the user who initiated the job, the job status code/message and the Amazon SNS topic to notify after Amazon S3 Glacier (Glacier) completes the job. For more information about initiating a job, see InitiateJob.
    ///
    /// **Note:** This operation enables you to check the status of your job. However, it is strongly recommended that you set up an Amazon SNS topic and specify it in your initiate job request so that Glacier can notify the topic after it completes the job.
    ///
    /// A job ID will not expire for at least 24 hours after Glacier completes the job.
    ///
    /// An AWS account has full permission to perform all operations (actions). However, AWS Identity and Access Management (IAM) users don't have any permissions by default. You must grant them explicit permission to perform specific actions. For more information, see [Access Control Using AWS Identity and Access Management (IAM)](https://docs.aws.amazon.com/amazonglacier/latest/dev/using-iam-with-amazon-glacier.html).
    ///
    /// For more information about using this operation, see the documentation for the underlying REST API [Describe Job](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-describe-job-get.html) in the *Amazon Glacier Developer Guide*.
    fn describe_job(
        &self,
        input: DescribeJobInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<GlacierJobDescription, DescribeJobError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DescribeJob")) }
    }
    /// This operation returns information about a vault, including the vault's Amazon Resource Name (ARN), the date the vault was created, the number of archives it contains, and the total size of all the archives in the vault. The number of archives and their total size are as of the last inventory generation. This means that if you add or remove an archive from a vault, and then immediately use Describe Vault, the change in contents will not be immediately reflected. If you want to retrieve the latest inventory of the vault, use InitiateJob. Amazon S3 Glacier generates vault inventories approximately daily. For more information, see [Downloading a Vault Inventory in Amazon S3 Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/vault-inventory.html).
    ///
    /// An AWS account has full permission to perform all operations (actions). However, AWS Identity and Access Management (IAM) users don't have any permissions by default. You must grant them explicit permission to perform specific actions. For more information, see [Access Control Using AWS Identity and Access Management (IAM)](https://docs.aws.amazon.com/amazonglacier/latest/dev/using-iam-with-amazon-glacier.html).
    ///
    /// For conceptual information and underlying REST API, see [Retrieving Vault Metadata in Amazon S3 Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/retrieving-vault-info.html) and [Describe Vault](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-vault-get.html) in the *Amazon Glacier Developer Guide*.
    fn describe_vault(
        &self,
        input: DescribeVaultInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<DescribeVaultOutput, DescribeVaultError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DescribeVault")) }
    }
    /// This operation downloads the output of the job you initiated using InitiateJob. Depending on the job type you specified when you initiated the job, the output will be either the content of an archive or a vault inventory.
    ///
    /// You can download all the job output or download a portion of the output by specifying a byte range. In the case of an archive retrieval job, depending on the byte range you specify, Amazon S3 Glacier (Glacier) returns the checksum for the portion of the data. You can compute the checksum on the client and verify that the values match to ensure the portion you downloaded is the correct data.
    ///
    /// A job ID will not expire for at least 24 hours after Glacier completes the job. That a byte range. For both archive and inventory retrieval jobs, you should verify the downloaded size against the size returned in the headers from the **Get Job Output** response.
    ///
    /// For archive retrieval jobs, you should also verify that the size is what you expected. If you download a portion of the output, the expected size is based on the range of bytes you specified. For example, if you specify a range of `bytes=0-1048575`, you should verify your download size is 1,048,576 bytes. If you download an entire archive, the expected size is the size of the archive when you uploaded it to Amazon S3 Glacier The expected size is also returned in the headers from the **Get Job Output** response.
    ///
    /// In the case of an archive retrieval job, depending on the byte range you specify, Glacier returns the checksum for the portion of the data. To ensure the portion you downloaded is the correct data, compute the checksum on the client, verify that the values match, and verify that the size is what you expected.
    ///
    /// A job ID does not expire for at least 24 hours after Glacier completes the job. That is, you can download the job output within the 24 hours period after Amazon Glacier completes the job.
    ///
    /// An AWS account has full permission to perform all operations (actions). However, AWS Identity and Access Management (IAM) users don't have any permissions by default. You must grant them explicit permission to perform specific actions. For more information, see [Access Control Using AWS Identity and Access Management (IAM)](https://docs.aws.amazon.com/amazonglacier/latest/dev/using-iam-with-amazon-glacier.html).
    ///
    /// For conceptual information and the underlying REST API, see [Downloading a Vault Inventory](https://docs.aws.amazon.com/amazonglacier/latest/dev/vault-inventory.html), [Downloading an Archive](https://docs.aws.amazon.com/amazonglacier/latest/dev/downloading-an-archive.html), and [Get Job Output](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-job-output-get.html)
    fn get_job_output(
        &self,
        input: GetJobOutputInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<GetJobOutputOutput, GetJobOutputError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("GetJobOutput")) }
    }
    /// This operation initiates a job of the specified type, which can be a select, an archival retrieval, or a vault retrieval. For more information about using this operation, see the documentation for the underlying REST API [Initiate a Job](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-initiate-job-post.html).
    fn initiate_job(
        &self,
        input: InitiateJobInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<InitiateJobOutput, InitiateJobError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("InitiateJob")) }
    }
    /// This operation lists all vaults owned by the calling user's account. The list returned in the response is ASCII-sorted by vault name.
    ///
    /// By default, this operation returns up to 10 items. If there are more vaults to list, the response `marker` field contains the vault Amazon Resource Name (ARN) at which to continue the list with a new List Vaults request; otherwise, the `marker` field is `null`. To return a list of vaults that begins at a specific vault, set the `marker` request parameter to the vault ARN you obtained from a previous List Vaults request. You can also limit the number of vaults returned in the response by specifying the `limit` parameter in the request.
    ///
    /// An AWS account has full permission to perform all operations (actions). However, AWS Identity and Access Management (IAM) users don't have any permissions by default. You must grant them explicit permission to perform specific actions. For more information, see [Access Control Using AWS Identity and Access Management (IAM)](https://docs.aws.amazon.com/amazonglacier/latest/dev/using-iam-with-amazon-glacier.html).
    ///
    /// For conceptual information and underlying REST API, see [Retrieving Vault Metadata in Amazon S3 Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/retrieving-vault-info.html) and [List Vaults](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-vaults-get.html) in the *Amazon Glacier Developer Guide*.
    fn list_vaults(
        &self,
        input: ListVaultsInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<ListVaultsOutput, ListVaultsError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("ListVaults")) }
    }
    /// This operation adds an archive to a vault. This is a synchronous operation, and for a successful upload, your data is durably persisted. Amazon S3 Glacier returns the archive ID in the `x-amz-archive-id` header of the response.
    ///
    /// You must use the archive ID to access your data in Amazon S3 Glacier. After you upload an archive, you should save the archive ID returned so that you can retrieve or delete the archive later. Besides saving the archive ID, you can also index it and give it a friendly name to allow for better searching. You can also use the optional archive description field to specify how the archive is referred to in an external index of archives, such as you might create in Amazon DynamoDB. You can also get the vault inventory to obtain a list of archive IDs in a vault. For more information, see InitiateJob.
    ///
    /// You must provide a SHA256 tree hash of the data you are uploading. For information about computing a SHA256 tree hash, see [Computing Checksums](https://docs.aws.amazon.com/amazonglacier/latest/dev/checksum-calculations.html).
    ///
    /// You can optionally specify an archive description of up to 1,024 printable ASCII characters. You can get the archive description when you either retrieve the archive or get the vault inventory. For more information, see InitiateJob. Amazon Glacier does not interpret the description in any way. An archive description does not need to be unique. You cannot use the description to retrieve or sort the archive list.
    ///
    /// Archives are immutable. After you upload an archive, you cannot edit the archive or its description.
    ///
    /// An AWS account has full permission to perform all operations (actions). However, AWS Identity and Access Management (IAM) users don't have any permissions by default. You must grant them explicit permission to perform specific actions. For more information, see [Access Control Using AWS Identity and Access Management (IAM)](https://docs.aws.amazon.com/amazonglacier/latest/dev/using-iam-with-amazon-glacier.html).
    ///
    /// For conceptual information and underlying REST API, see [Uploading an Archive in Amazon Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/uploading-an-archive.html) and [Upload Archive](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-archive-post.html) in the *Amazon Glacier Developer Guide*.
    fn upload_archive(
        &self,
        input: UploadArchiveInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<ArchiveCreationOutput, UploadArchiveError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("UploadArchive")) }
    }
}
/// The operations of [`GlacierServer`]: what a [`rt::server::Plugin`] is told each request is.
#[allow(clippy::enum_variant_names)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Operation {
    /// A call of [`Glacier::create_vault`].
    CreateVault,
    /// A call of [`Glacier::delete_archive`].
    DeleteArchive,
    /// A call of [`Glacier::describe_job`].
    DescribeJob,
    /// A call of [`Glacier::describe_vault`].
    DescribeVault,
    /// A call of [`Glacier::get_job_output`].
    GetJobOutput,
    /// A call of [`Glacier::initiate_job`].
    InitiateJob,
    /// A call of [`Glacier::list_vaults`].
    ListVaults,
    /// A call of [`Glacier::upload_archive`].
    UploadArchive,
}
impl Operation {
    /// Every operation, in the model's order.
    pub const ALL: &'static [Self] = &[
        Self::CreateVault,
        Self::DeleteArchive,
        Self::DescribeJob,
        Self::DescribeVault,
        Self::GetJobOutput,
        Self::InitiateJob,
        Self::ListVaults,
        Self::UploadArchive,
    ];
    /// The operation's name in the model.
    pub fn name(self) -> &'static str {
        match self {
            Self::CreateVault => "CreateVault",
            Self::DeleteArchive => "DeleteArchive",
            Self::DescribeJob => "DescribeJob",
            Self::DescribeVault => "DescribeVault",
            Self::GetJobOutput => "GetJobOutput",
            Self::InitiateJob => "InitiateJob",
            Self::ListVaults => "ListVaults",
            Self::UploadArchive => "UploadArchive",
        }
    }
    /// Whether the model marks the operation `@readonly`: it changes nothing.
    pub fn is_readonly(self) -> bool {
        let _ = self;
        false
    }
}
/// The [`Glacier`] as a tower `Service` over HTTP, answering `aws.protocols#restJson1`: routes each request to its operation, validates input, answers errors as the protocol's clients expect.
///
/// `P` are the [plugins](rt::server::Plugin) added with [`Self::plugin`].
pub struct GlacierServer<S, P = ()> {
    handler: rt::Arc<S>,
    routes: rt::Arc<rt::server::Routes<Operation>>,
    config: rt::Arc<Config>,
    plugins: rt::Arc<P>,
}
impl<S: Glacier> GlacierServer<S> {
    /// Serves `handler` with the default [`Config`].
    pub fn new(handler: S) -> Self {
        Self::with_config(handler, Config::default())
    }
    /// Serves `handler` with `config`.
    pub fn with_config(handler: S, config: Config) -> Self {
        let routes = rt::server::Routes::new(
            "Glacier",
            &[rt::Protocol::RestJson1],
            &[
                (&glacier_types::http::CREATE_VAULT, Operation::CreateVault),
                (
                    &glacier_types::http::DELETE_ARCHIVE,
                    Operation::DeleteArchive,
                ),
                (&glacier_types::http::DESCRIBE_JOB, Operation::DescribeJob),
                (
                    &glacier_types::http::DESCRIBE_VAULT,
                    Operation::DescribeVault,
                ),
                (
                    &glacier_types::http::GET_JOB_OUTPUT,
                    Operation::GetJobOutput,
                ),
                (&glacier_types::http::INITIATE_JOB, Operation::InitiateJob),
                (&glacier_types::http::LIST_VAULTS, Operation::ListVaults),
                (
                    &glacier_types::http::UPLOAD_ARCHIVE,
                    Operation::UploadArchive,
                ),
            ],
        );
        Self {
            handler: rt::Arc::new(handler),
            routes: rt::Arc::new(routes),
            config: rt::Arc::new(config),
            plugins: rt::Arc::new(()),
        }
    }
}
impl<S: Glacier, P: rt::server::Plugin<Operation>> GlacierServer<S, P> {
    /// Adds `plugin` for every operation (or, with
    /// [`only`](rt::server::Plugin::only), some): it runs inside those
    /// added before it.
    pub fn plugin<Q: rt::server::Plugin<Operation>>(self, plugin: Q) -> GlacierServer<S, (P, Q)>
    where
        P: rt::Clone,
    {
        GlacierServer {
            handler: self.handler,
            routes: self.routes,
            config: self.config,
            plugins: rt::Arc::new((rt::Arc::unwrap_or_clone(self.plugins), plugin)),
        }
    }
    /// The handler.
    pub fn handler(&self) -> &rt::Arc<S> {
        &self.handler
    }
    /// Handles one request: read, authenticate, route, decode, validate,
    /// call the handler, encode, respond; then, when the answer left
    /// some of the request's body unread, keeps the connection usable
    /// for the client's next request (`rt::server::settle`).
    pub async fn handle<B>(&self, req: http::Request<B>) -> http::Response<rt::server::ResponseBody>
    where
        B: http_body::Body + rt::Send + 'static,
        B::Data: rt::Send,
        B::Error: rt::Into<rt::server::BoxError>,
    {
        let (req, tail) = rt::server::watch_body(req);
        let response = self.answer(req).await;
        rt::server::settle(tail, response).await
    }
    async fn answer<B>(&self, req: http::Request<B>) -> http::Response<rt::server::ResponseBody>
    where
        B: http_body::Body + rt::Send + 'static,
        B::Data: rt::Send,
        B::Error: rt::Into<rt::server::BoxError>,
    {
        let accepted = match rt::server::accept(&self.routes, &self.config, req).await {
            Ok(a) => a,
            Err(response) => return response,
        };
        let (op, input, mut stream, mut cx, call) = accepted.into_parts();
        let handler = &*self.handler;
        let result = match self.plugins.before(op, &mut cx).await {
            Err(e) => Err(e),
            Ok(()) => match op {
                Operation::CreateVault => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.create_vault(input, cx)
                    })
                    .await
                }
                Operation::DeleteArchive => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.delete_archive(input, cx)
                    })
                    .await
                }
                Operation::DescribeJob => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.describe_job(input, cx)
                    })
                    .await
                }
                Operation::DescribeVault => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.describe_vault(input, cx)
                    })
                    .await
                }
                Operation::GetJobOutput => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.get_job_output(input, cx)
                    })
                    .await
                }
                Operation::InitiateJob => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.initiate_job(input, cx)
                    })
                    .await
                }
                Operation::ListVaults => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.list_vaults(input, cx)
                    })
                    .await
                }
                Operation::UploadArchive => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.upload_archive(input, cx)
                    })
                    .await
                }
            },
        };
        let mut response = rt::server::respond(&call, result, glacier_types::http::ERROR_HEADERS);
        self.plugins.after(op, &call, &mut response);
        response
    }
}
impl<S, P> rt::Clone for GlacierServer<S, P> {
    fn clone(&self) -> Self {
        Self {
            handler: rt::Arc::clone(&self.handler),
            routes: rt::Arc::clone(&self.routes),
            config: rt::Arc::clone(&self.config),
            plugins: rt::Arc::clone(&self.plugins),
        }
    }
}
impl<S, P, B> tower::Service<http::Request<B>> for GlacierServer<S, P>
where
    S: Glacier,
    P: rt::server::Plugin<Operation>,
    B: http_body::Body + rt::Send + 'static,
    B::Data: rt::Send,
    B::Error: rt::Into<rt::server::BoxError>,
{
    type Response = http::Response<rt::server::ResponseBody>;
    type Error = rt::Infallible;
    type Future = rt::Pin<
        rt::Box<dyn rt::Future<Output = rt::Result<Self::Response, rt::Infallible>> + rt::Send>,
    >;
    fn poll_ready(
        &mut self,
        _: &mut ::std::task::Context<'_>,
    ) -> rt::Poll<rt::Result<(), rt::Infallible>> {
        rt::Poll::Ready(Ok(()))
    }
    fn call(&mut self, req: http::Request<B>) -> Self::Future {
        let this = self.clone();
        rt::Box::pin(async move { Ok(this.handle(req).await) })
    }
}
