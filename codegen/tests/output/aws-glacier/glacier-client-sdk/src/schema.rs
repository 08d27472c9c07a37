// Generated from models/aws-glacier.json by codegen — do not edit.
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
    Operation { name: "CreateVault", input: &CREATE_VAULT_INPUT, output: &CREATE_VAULT_OUTPUT, pagination: None,
        errors: &["InvalidParameterValueException", "LimitExceededException", "MissingParameterValueException", "ServiceUnavailableException"],
        summary: "This operation creates a new vault with the specified name. The name of the vault must be unique within a region for an AWS account. You can create up to 1,000 vaults per account. If you need to create more vaults, contact Amazon S3 Glacier." },
    Operation { name: "DeleteArchive", input: &DELETE_ARCHIVE_INPUT, output: &DELETE_ARCHIVE_OUTPUT, pagination: None,
        errors: &["InvalidParameterValueException", "MissingParameterValueException", "ResourceNotFoundException", "ServiceUnavailableException"],
        summary: "This operation deletes an archive from a vault. Subsequent requests to initiate a retrieval of this archive will fail. Archive retrievals that are in progress for this archive ID may or may not succeed according to the following scenarios:" },
    Operation { name: "DescribeJob", input: &DESCRIBE_JOB_INPUT, output: &GLACIER_JOB_DESCRIPTION, pagination: None,
        errors: &["InvalidParameterValueException", "MissingParameterValueException", "ResourceNotFoundException", "ServiceUnavailableException"],
        summary: "This operation returns information about a job you previously initiated, including the job initiation date, the user who initiated the job, the job status code/message and the Amazon SNS topic to notify after Amazon S3 Glacier (Glacier) completes the job. For more information about initiating a job, see InitiateJob." },
    Operation { name: "DescribeVault", input: &DESCRIBE_VAULT_INPUT, output: &DESCRIBE_VAULT_OUTPUT, pagination: None,
        errors: &["InvalidParameterValueException", "MissingParameterValueException", "ResourceNotFoundException", "ServiceUnavailableException"],
        summary: "This operation returns information about a vault, including the vault's Amazon Resource Name (ARN), the date the vault was created, the number of archives it contains, and the total size of all the archives in the vault. The number of archives and their total size are as of the last inventory generation. This means that if you add or remove an archive from a vault, and then immediately use Describe Vault, the change in contents will not be immediately reflected. If you want to retrieve the latest inventory of the vault, use InitiateJob. Amazon S3 Glacier generates vault inventories approximately daily. For more information, see [Downloading a Vault Inventory in Amazon S3 Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/vault-inventory.html)." },
    Operation { name: "GetJobOutput", input: &GET_JOB_OUTPUT_INPUT, output: &GET_JOB_OUTPUT_OUTPUT, pagination: None,
        errors: &["InvalidParameterValueException", "MissingParameterValueException", "ResourceNotFoundException", "ServiceUnavailableException"],
        summary: "This operation downloads the output of the job you initiated using InitiateJob. Depending on the job type you specified when you initiated the job, the output will be either the content of an archive or a vault inventory." },
    Operation { name: "InitiateJob", input: &INITIATE_JOB_INPUT, output: &INITIATE_JOB_OUTPUT, pagination: None,
        errors: &["InsufficientCapacityException", "InvalidParameterValueException", "MissingParameterValueException", "PolicyEnforcedException", "ResourceNotFoundException", "ServiceUnavailableException"],
        summary: "This operation initiates a job of the specified type, which can be a select, an archival retrieval, or a vault retrieval. For more information about using this operation, see the documentation for the underlying REST API [Initiate a Job](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-initiate-job-post.html)." },
    Operation { name: "ListVaults", input: &LIST_VAULTS_INPUT, output: &LIST_VAULTS_OUTPUT, pagination: Some(Pagination { input_token: "marker", output_token: "Marker", items: Some("VaultList"), page_size: Some("limit") }),
        errors: &["InvalidParameterValueException", "MissingParameterValueException", "ResourceNotFoundException", "ServiceUnavailableException"],
        summary: "This operation lists all vaults owned by the calling user's account. The list returned in the response is ASCII-sorted by vault name." },
    Operation { name: "UploadArchive", input: &UPLOAD_ARCHIVE_INPUT, output: &ARCHIVE_CREATION_OUTPUT, pagination: None,
        errors: &["InvalidParameterValueException", "MissingParameterValueException", "RequestTimeoutException", "ResourceNotFoundException", "ServiceUnavailableException"],
        summary: "This operation adds an archive to a vault. This is a synchronous operation, and for a successful upload, your data is durably persisted. Amazon S3 Glacier returns the archive ID in the `x-amz-archive-id` header of the response." },
];

#[rustfmt::skip]
static ARCHIVE_CREATION_OUTPUT: Structure = Structure { name: "ArchiveCreationOutput", union: false, members: &[
    Member { name: "archiveId", ty: Type::String, required: false, summary: "The ID of the archive. This value is also included as part of the location." },
    Member { name: "checksum", ty: Type::String, required: false, summary: "The checksum of the archive computed by Amazon S3 Glacier." },
    Member { name: "location", ty: Type::String, required: false, summary: "The relative URI path of the newly added archive resource." },
]};

#[rustfmt::skip]
static CREATE_VAULT_INPUT: Structure = Structure { name: "CreateVaultInput", union: false, members: &[
    Member { name: "accountId", ty: Type::String, required: true, summary: "The `AccountId` value is the AWS account ID. This value must match the AWS account ID associated with the credentials used to sign the request. You can either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon S3 Glacier uses the AWS account ID associated with the credentials used to sign the request. If you specify your account ID, do not include any hyphens ('-') in the ID." },
    Member { name: "vaultName", ty: Type::String, required: true, summary: "The name of the vault." },
]};

#[rustfmt::skip]
static CREATE_VAULT_OUTPUT: Structure = Structure { name: "CreateVaultOutput", union: false, members: &[
    Member { name: "location", ty: Type::String, required: false, summary: "The URI of the vault that was created." },
]};

#[rustfmt::skip]
static CSV_INPUT: Structure = Structure { name: "CsvInput", union: false, members: &[
    Member { name: "Comments", ty: Type::String, required: false, summary: "A single character used to indicate that a row should be ignored when the character is present at the start of that row." },
    Member { name: "FieldDelimiter", ty: Type::String, required: false, summary: "A value used to separate individual fields from each other within a record." },
    Member { name: "FileHeaderInfo", ty: Type::Enum(FILE_HEADER_INFO_VALUES), required: false, summary: "Describes the first line of input. Valid values are `None`, `Ignore`, and `Use`." },
    Member { name: "QuoteCharacter", ty: Type::String, required: false, summary: "A value used as an escape character where the field delimiter is part of the value." },
    Member { name: "QuoteEscapeCharacter", ty: Type::String, required: false, summary: "A single character used for escaping the quotation-mark character inside an already escaped value." },
    Member { name: "RecordDelimiter", ty: Type::String, required: false, summary: "A value used to separate individual records from each other." },
]};

#[rustfmt::skip]
static CSV_OUTPUT: Structure = Structure { name: "CsvOutput", union: false, members: &[
    Member { name: "FieldDelimiter", ty: Type::String, required: false, summary: "A value used to separate individual fields from each other within a record." },
    Member { name: "QuoteCharacter", ty: Type::String, required: false, summary: "A value used as an escape character where the field delimiter is part of the value." },
    Member { name: "QuoteEscapeCharacter", ty: Type::String, required: false, summary: "A single character used for escaping the quotation-mark character inside an already escaped value." },
    Member { name: "QuoteFields", ty: Type::Enum(QUOTE_FIELDS_VALUES), required: false, summary: "A value that indicates whether all output fields should be contained within quotation marks." },
    Member { name: "RecordDelimiter", ty: Type::String, required: false, summary: "A value used to separate individual records from each other." },
]};

#[rustfmt::skip]
static DELETE_ARCHIVE_INPUT: Structure = Structure { name: "DeleteArchiveInput", union: false, members: &[
    Member { name: "accountId", ty: Type::String, required: true, summary: "The `AccountId` value is the AWS account ID of the account that owns the vault. You can either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon S3 Glacier uses the AWS account ID associated with the credentials used to sign the request. If you use an account ID, do not include any hyphens ('-') in the ID." },
    Member { name: "archiveId", ty: Type::String, required: true, summary: "The ID of the archive to delete." },
    Member { name: "vaultName", ty: Type::String, required: true, summary: "The name of the vault." },
]};

#[rustfmt::skip]
static DELETE_ARCHIVE_OUTPUT: Structure = Structure { name: "DeleteArchiveOutput", union: false, members: &[
]};

#[rustfmt::skip]
static DESCRIBE_JOB_INPUT: Structure = Structure { name: "DescribeJobInput", union: false, members: &[
    Member { name: "accountId", ty: Type::String, required: true, summary: "The `AccountId` value is the AWS account ID of the account that owns the vault. You can either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon S3 Glacier uses the AWS account ID associated with the credentials used to sign the request. If you use an account ID, do not include any hyphens ('-') in the ID." },
    Member { name: "jobId", ty: Type::String, required: true, summary: "The ID of the job to describe." },
    Member { name: "vaultName", ty: Type::String, required: true, summary: "The name of the vault." },
]};

#[rustfmt::skip]
static DESCRIBE_VAULT_INPUT: Structure = Structure { name: "DescribeVaultInput", union: false, members: &[
    Member { name: "accountId", ty: Type::String, required: true, summary: "The `AccountId` value is the AWS account ID of the account that owns the vault. You can either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon S3 Glacier uses the AWS account ID associated with the credentials used to sign the request. If you use an account ID, do not include any hyphens ('-') in the ID." },
    Member { name: "vaultName", ty: Type::String, required: true, summary: "The name of the vault." },
]};

#[rustfmt::skip]
static DESCRIBE_VAULT_OUTPUT: Structure = Structure { name: "DescribeVaultOutput", union: false, members: &[
    Member { name: "CreationDate", ty: Type::String, required: false, summary: "The Universal Coordinated Time (UTC) date when the vault was created. This value should be a string in the ISO 8601 date format, for example `2012-03-20T17:03:43.221Z`." },
    Member { name: "LastInventoryDate", ty: Type::String, required: false, summary: "The Universal Coordinated Time (UTC) date when Amazon S3 Glacier completed the last vault inventory. This value should be a string in the ISO 8601 date format, for example `2012-03-20T17:03:43.221Z`." },
    Member { name: "NumberOfArchives", ty: Type::Integer, required: false, summary: "The number of archives in the vault as of the last inventory date. This field will return `null` if an inventory has not yet run on the vault, for example if you just created the vault." },
    Member { name: "SizeInBytes", ty: Type::Integer, required: false, summary: "Total size, in bytes, of the archives in the vault as of the last inventory date. This field will return null if an inventory has not yet run on the vault, for example if you just created the vault." },
    Member { name: "VaultARN", ty: Type::String, required: false, summary: "The Amazon Resource Name (ARN) of the vault." },
    Member { name: "VaultName", ty: Type::String, required: false, summary: "The name of the vault." },
]};

#[rustfmt::skip]
static ENCRYPTION: Structure = Structure { name: "Encryption", union: false, members: &[
    Member { name: "EncryptionType", ty: Type::Enum(ENCRYPTION_TYPE_VALUES), required: false, summary: "The server-side encryption algorithm used when storing job results in Amazon S3, for example `AES256` or `aws:kms`." },
    Member { name: "KMSContext", ty: Type::String, required: false, summary: "Optional. If the encryption type is `aws:kms`, you can use this value to specify the encryption context for the job results." },
    Member { name: "KMSKeyId", ty: Type::String, required: false, summary: "The AWS KMS key ID to use for object encryption. All GET and PUT requests for an object protected by AWS KMS fail if not made by using Secure Sockets Layer (SSL) or Signature Version 4." },
]};

#[rustfmt::skip]
static GET_JOB_OUTPUT_INPUT: Structure = Structure { name: "GetJobOutputInput", union: false, members: &[
    Member { name: "accountId", ty: Type::String, required: true, summary: "The `AccountId` value is the AWS account ID of the account that owns the vault. You can either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon S3 Glacier uses the AWS account ID associated with the credentials used to sign the request. If you use an account ID, do not include any hyphens ('-') in the ID." },
    Member { name: "jobId", ty: Type::String, required: true, summary: "The job ID whose data is downloaded." },
    Member { name: "range", ty: Type::String, required: false, summary: "The range of bytes to retrieve from the output. For example, if you want to download the first 1,048,576 bytes, specify the range as `bytes=0-1048575`. By default, this operation downloads the entire output." },
    Member { name: "vaultName", ty: Type::String, required: true, summary: "The name of the vault." },
]};

#[rustfmt::skip]
static GET_JOB_OUTPUT_OUTPUT: Structure = Structure { name: "GetJobOutputOutput", union: false, members: &[
    Member { name: "acceptRanges", ty: Type::String, required: false, summary: "Indicates the range units accepted. For more information, see [RFC2616](http://www.w3.org/Protocols/rfc2616/rfc2616-sec14.html)." },
    Member { name: "archiveDescription", ty: Type::String, required: false, summary: "The description of an archive." },
    Member { name: "body", ty: Type::Blob, required: false, summary: "The job data, either archive data or inventory data." },
    Member { name: "checksum", ty: Type::String, required: false, summary: "The checksum of the data in the response. This header is returned only when retrieving the output for an archive retrieval job. Furthermore, this header appears only under the following conditions:" },
    Member { name: "contentRange", ty: Type::String, required: false, summary: "The range of bytes returned by Amazon S3 Glacier. If only partial output is downloaded, the response provides the range of bytes Amazon S3 Glacier returned. For example, bytes 0-1048575/8388608 returns the first 1 MB from 8 MB." },
    Member { name: "contentType", ty: Type::String, required: false, summary: "The Content-Type depends on whether the job output is an archive or a vault inventory. For archive data, the Content-Type is application/octet-stream. For vault inventory, if you requested CSV format when you initiated the job, the Content-Type is text/csv. Otherwise, by default, vault inventory is returned as JSON, and the Content-Type is application/json." },
    Member { name: "status", ty: Type::Integer, required: false, summary: "The HTTP response code for a job output request. The value depends on whether a range was specified in the request." },
]};

#[rustfmt::skip]
static GLACIER_JOB_DESCRIPTION: Structure = Structure { name: "GlacierJobDescription", union: false, members: &[
    Member { name: "Action", ty: Type::Enum(ACTION_CODE_VALUES), required: false, summary: "The job type. This value is either `ArchiveRetrieval`, `InventoryRetrieval`, or `Select`." },
    Member { name: "ArchiveId", ty: Type::String, required: false, summary: "The archive ID requested for a select job or archive retrieval. Otherwise, this field is null." },
    Member { name: "ArchiveSHA256TreeHash", ty: Type::String, required: false, summary: "The SHA256 tree hash of the entire archive for an archive retrieval. For inventory retrieval or select jobs, this field is null." },
    Member { name: "ArchiveSizeInBytes", ty: Type::Integer, required: false, summary: "For an archive retrieval job, this value is the size in bytes of the archive being requested for download. For an inventory retrieval or select job, this value is null." },
    Member { name: "Completed", ty: Type::Boolean, required: false, summary: "The job status. When a job is completed, you get the job's output using Get Job Output (GET output)." },
    Member { name: "CompletionDate", ty: Type::String, required: false, summary: "The UTC time that the job request completed. While the job is in progress, the value is null." },
    Member { name: "CreationDate", ty: Type::String, required: false, summary: "The UTC date when the job was created. This value is a string representation of ISO 8601 date format, for example `\"2012-03-20T17:03:43.221Z\"`." },
    Member { name: "InventoryRetrievalParameters", ty: Type::Structure(&INVENTORY_RETRIEVAL_JOB_DESCRIPTION), required: false, summary: "Parameters used for range inventory retrieval." },
    Member { name: "InventorySizeInBytes", ty: Type::Integer, required: false, summary: "For an inventory retrieval job, this value is the size in bytes of the inventory requested for download. For an archive retrieval or select job, this value is null." },
    Member { name: "JobDescription", ty: Type::String, required: false, summary: "The job description provided when initiating the job." },
    Member { name: "JobId", ty: Type::String, required: false, summary: "An opaque string that identifies an Amazon S3 Glacier job." },
    Member { name: "JobOutputPath", ty: Type::String, required: false, summary: "Contains the job output location." },
    Member { name: "OutputLocation", ty: Type::Structure(&OUTPUT_LOCATION), required: false, summary: "Contains the location where the data from the select job is stored." },
    Member { name: "RetrievalByteRange", ty: Type::String, required: false, summary: "The retrieved byte range for archive retrieval jobs in the form *StartByteValue*-*EndByteValue*. If no range was specified in the archive retrieval, then the whole archive is retrieved. In this case, *StartByteValue* equals 0 and *EndByteValue* equals the size of the archive minus 1. For inventory retrieval or select jobs, this field is null." },
    Member { name: "SHA256TreeHash", ty: Type::String, required: false, summary: "For an archive retrieval job, this value is the checksum of the archive. Otherwise, this value is null." },
    Member { name: "SNSTopic", ty: Type::String, required: false, summary: "An Amazon SNS topic that receives notification." },
    Member { name: "SelectParameters", ty: Type::Structure(&SELECT_PARAMETERS), required: false, summary: "Contains the parameters used for a select." },
    Member { name: "StatusCode", ty: Type::Enum(STATUS_CODE_VALUES), required: false, summary: "The status code can be `InProgress`, `Succeeded`, or `Failed`, and indicates the status of the job." },
    Member { name: "StatusMessage", ty: Type::String, required: false, summary: "A friendly message that describes the job status." },
    Member { name: "Tier", ty: Type::String, required: false, summary: "The tier to use for a select or an archive retrieval. Valid values are `Expedited`, `Standard`, or `Bulk`. `Standard` is the default." },
    Member { name: "VaultARN", ty: Type::String, required: false, summary: "The Amazon Resource Name (ARN) of the vault from which an archive retrieval was requested." },
]};

#[rustfmt::skip]
static GRANT: Structure = Structure { name: "Grant", union: false, members: &[
    Member { name: "Grantee", ty: Type::Structure(&GRANTEE), required: false, summary: "The grantee." },
    Member { name: "Permission", ty: Type::Enum(PERMISSION_VALUES), required: false, summary: "Specifies the permission given to the grantee." },
]};

#[rustfmt::skip]
static GRANTEE: Structure = Structure { name: "Grantee", union: false, members: &[
    Member { name: "DisplayName", ty: Type::String, required: false, summary: "Screen name of the grantee." },
    Member { name: "EmailAddress", ty: Type::String, required: false, summary: "Email address of the grantee." },
    Member { name: "ID", ty: Type::String, required: false, summary: "The canonical user ID of the grantee." },
    Member { name: "Type", ty: Type::Enum(TYPE_VALUES), required: true, summary: "Type of grantee" },
    Member { name: "URI", ty: Type::String, required: false, summary: "URI of the grantee group." },
]};

#[rustfmt::skip]
static INITIATE_JOB_INPUT: Structure = Structure { name: "InitiateJobInput", union: false, members: &[
    Member { name: "accountId", ty: Type::String, required: true, summary: "The `AccountId` value is the AWS account ID of the account that owns the vault. You can either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon S3 Glacier uses the AWS account ID associated with the credentials used to sign the request. If you use an account ID, do not include any hyphens ('-') in the ID." },
    Member { name: "jobParameters", ty: Type::Structure(&JOB_PARAMETERS), required: false, summary: "Provides options for specifying job information." },
    Member { name: "vaultName", ty: Type::String, required: true, summary: "The name of the vault." },
]};

#[rustfmt::skip]
static INITIATE_JOB_OUTPUT: Structure = Structure { name: "InitiateJobOutput", union: false, members: &[
    Member { name: "jobId", ty: Type::String, required: false, summary: "The ID of the job." },
    Member { name: "jobOutputPath", ty: Type::String, required: false, summary: "The path to the location of where the select results are stored." },
    Member { name: "location", ty: Type::String, required: false, summary: "The relative URI path of the job." },
]};

#[rustfmt::skip]
static INPUT_SERIALIZATION: Structure = Structure { name: "InputSerialization", union: false, members: &[
    Member { name: "csv", ty: Type::Structure(&CSV_INPUT), required: false, summary: "Describes the serialization of a CSV-encoded object." },
]};

#[rustfmt::skip]
static INVENTORY_RETRIEVAL_JOB_DESCRIPTION: Structure = Structure { name: "InventoryRetrievalJobDescription", union: false, members: &[
    Member { name: "EndDate", ty: Type::String, required: false, summary: "The end of the date range in UTC for vault inventory retrieval that includes archives created before this date. This value should be a string in the ISO 8601 date format, for example `2013-03-20T17:03:43Z`." },
    Member { name: "Format", ty: Type::String, required: false, summary: "The output format for the vault inventory list, which is set by the **InitiateJob** request when initiating a job to retrieve a vault inventory. Valid values are `CSV` and `JSON`." },
    Member { name: "Limit", ty: Type::String, required: false, summary: "The maximum number of inventory items returned per vault inventory retrieval request. This limit is set when initiating the job with the a **InitiateJob** request." },
    Member { name: "Marker", ty: Type::String, required: false, summary: "An opaque string that represents where to continue pagination of the vault inventory retrieval results. You use the marker in a new **InitiateJob** request to obtain additional inventory items. If there are no more inventory items, this value is `null`. For more information, see [ Range Inventory Retrieval](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-initiate-job-post.html#api-initiate-job-post-vault-inventory-list-filtering)." },
    Member { name: "StartDate", ty: Type::String, required: false, summary: "The start of the date range in Universal Coordinated Time (UTC) for vault inventory retrieval that includes archives created on or after this date. This value should be a string in the ISO 8601 date format, for example `2013-03-20T17:03:43Z`." },
]};

#[rustfmt::skip]
static INVENTORY_RETRIEVAL_JOB_INPUT: Structure = Structure { name: "InventoryRetrievalJobInput", union: false, members: &[
    Member { name: "EndDate", ty: Type::String, required: false, summary: "The end of the date range in UTC for vault inventory retrieval that includes archives created before this date. This value should be a string in the ISO 8601 date format, for example `2013-03-20T17:03:43Z`." },
    Member { name: "Limit", ty: Type::String, required: false, summary: "Specifies the maximum number of inventory items returned per vault inventory retrieval request. Valid values are greater than or equal to 1." },
    Member { name: "Marker", ty: Type::String, required: false, summary: "An opaque string that represents where to continue pagination of the vault inventory retrieval results. You use the marker in a new **InitiateJob** request to obtain additional inventory items. If there are no more inventory items, this value is `null`." },
    Member { name: "StartDate", ty: Type::String, required: false, summary: "The start of the date range in UTC for vault inventory retrieval that includes archives created on or after this date. This value should be a string in the ISO 8601 date format, for example `2013-03-20T17:03:43Z`." },
]};

#[rustfmt::skip]
static JOB_PARAMETERS: Structure = Structure { name: "JobParameters", union: false, members: &[
    Member { name: "ArchiveId", ty: Type::String, required: false, summary: "The ID of the archive that you want to retrieve. This field is required only if `Type` is set to `select` or `archive-retrieval`code\\>. An error occurs if you specify this request parameter for an inventory retrieval job request." },
    Member { name: "Description", ty: Type::String, required: false, summary: "The optional description for the job. The description must be less than or equal to 1,024 bytes. The allowable characters are 7-bit ASCII without control codes-specifically, ASCII values 32-126 decimal or 0x20-0x7E hexadecimal." },
    Member { name: "Format", ty: Type::String, required: false, summary: "When initiating a job to retrieve a vault inventory, you can optionally add this parameter to your request to specify the output format. If you are initiating an inventory job and do not specify a Format field, JSON is the default format. Valid values are \"CSV\" and \"JSON\"." },
    Member { name: "InventoryRetrievalParameters", ty: Type::Structure(&INVENTORY_RETRIEVAL_JOB_INPUT), required: false, summary: "Input parameters used for range inventory retrieval." },
    Member { name: "OutputLocation", ty: Type::Structure(&OUTPUT_LOCATION), required: false, summary: "Contains information about the location where the select job results are stored." },
    Member { name: "RetrievalByteRange", ty: Type::String, required: false, summary: "The byte range to retrieve for an archive retrieval. in the form \"*StartByteValue*-*EndByteValue*\" If not specified, the whole archive is retrieved. If specified, the byte range must be megabyte (1024\\*1024) aligned which means that *StartByteValue* must be divisible by 1 MB and *EndByteValue* plus 1 must be divisible by 1 MB or be the end of the archive specified as the archive byte size value minus 1. If RetrievalByteRange is not megabyte aligned, this operation returns a 400 response." },
    Member { name: "SNSTopic", ty: Type::String, required: false, summary: "The Amazon SNS topic ARN to which Amazon S3 Glacier sends a notification when the job is completed and the output is ready for you to download. The specified topic publishes the notification to its subscribers. The SNS topic must exist." },
    Member { name: "SelectParameters", ty: Type::Structure(&SELECT_PARAMETERS), required: false, summary: "Contains the parameters that define a job." },
    Member { name: "Tier", ty: Type::String, required: false, summary: "The tier to use for a select or an archive retrieval job. Valid values are `Expedited`, `Standard`, or `Bulk`. `Standard` is the default." },
    Member { name: "Type", ty: Type::String, required: false, summary: "The job type. You can initiate a job to perform a select query on an archive, retrieve an archive, or get an inventory of a vault. Valid values are \"select\", \"archive-retrieval\" and \"inventory-retrieval\"." },
]};

#[rustfmt::skip]
static LIST_VAULTS_INPUT: Structure = Structure { name: "ListVaultsInput", union: false, members: &[
    Member { name: "accountId", ty: Type::String, required: true, summary: "The `AccountId` value is the AWS account ID. This value must match the AWS account ID associated with the credentials used to sign the request. You can either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon Glacier uses the AWS account ID associated with the credentials used to sign the request. If you specify your account ID, do not include any hyphens ('-') in the ID." },
    Member { name: "limit", ty: Type::Integer, required: false, summary: "The maximum number of vaults to be returned. The default limit is 10. The number of vaults returned might be fewer than the specified limit, but the number of returned vaults never exceeds the limit." },
    Member { name: "marker", ty: Type::String, required: false, summary: "A string used for pagination. The marker specifies the vault ARN after which the listing of vaults should begin." },
]};

#[rustfmt::skip]
static LIST_VAULTS_OUTPUT: Structure = Structure { name: "ListVaultsOutput", union: false, members: &[
    Member { name: "Marker", ty: Type::String, required: false, summary: "The vault ARN at which to continue pagination of the results. You use the marker in another List Vaults request to obtain more vaults in the list." },
    Member { name: "VaultList", ty: Type::List(&Type::Structure(&DESCRIBE_VAULT_OUTPUT)), required: false, summary: "List of vaults." },
]};

#[rustfmt::skip]
static OUTPUT_LOCATION: Structure = Structure { name: "OutputLocation", union: false, members: &[
    Member { name: "S3", ty: Type::Structure(&S3_LOCATION), required: false, summary: "Describes an S3 location that will receive the results of the job request." },
]};

#[rustfmt::skip]
static OUTPUT_SERIALIZATION: Structure = Structure { name: "OutputSerialization", union: false, members: &[
    Member { name: "csv", ty: Type::Structure(&CSV_OUTPUT), required: false, summary: "Describes the serialization of CSV-encoded query results." },
]};

#[rustfmt::skip]
static S3_LOCATION: Structure = Structure { name: "S3Location", union: false, members: &[
    Member { name: "AccessControlList", ty: Type::List(&Type::Structure(&GRANT)), required: false, summary: "A list of grants that control access to the staged results." },
    Member { name: "BucketName", ty: Type::String, required: false, summary: "The name of the Amazon S3 bucket where the job results are stored." },
    Member { name: "CannedACL", ty: Type::Enum(CANNED_ACL_VALUES), required: false, summary: "The canned access control list (ACL) to apply to the job results." },
    Member { name: "Encryption", ty: Type::Structure(&ENCRYPTION), required: false, summary: "Contains information about the encryption used to store the job results in Amazon S3." },
    Member { name: "Prefix", ty: Type::String, required: false, summary: "The prefix that is prepended to the results for this request." },
    Member { name: "StorageClass", ty: Type::Enum(STORAGE_CLASS_VALUES), required: false, summary: "The storage class used to store the job results." },
    Member { name: "Tagging", ty: Type::Map(&Type::String), required: false, summary: "The tag-set that is applied to the job results." },
    Member { name: "UserMetadata", ty: Type::Map(&Type::String), required: false, summary: "A map of metadata to store with the job results in Amazon S3." },
]};

#[rustfmt::skip]
static SELECT_PARAMETERS: Structure = Structure { name: "SelectParameters", union: false, members: &[
    Member { name: "Expression", ty: Type::String, required: false, summary: "The expression that is used to select the object." },
    Member { name: "ExpressionType", ty: Type::Enum(EXPRESSION_TYPE_VALUES), required: false, summary: "The type of the provided expression, for example `SQL`." },
    Member { name: "InputSerialization", ty: Type::Structure(&INPUT_SERIALIZATION), required: false, summary: "Describes the serialization format of the object." },
    Member { name: "OutputSerialization", ty: Type::Structure(&OUTPUT_SERIALIZATION), required: false, summary: "Describes how the results of the select job are serialized." },
]};

#[rustfmt::skip]
static UPLOAD_ARCHIVE_INPUT: Structure = Structure { name: "UploadArchiveInput", union: false, members: &[
    Member { name: "accountId", ty: Type::String, required: true, summary: "The `AccountId` value is the AWS account ID of the account that owns the vault. You can either specify an AWS account ID or optionally a single '`-`' (hyphen), in which case Amazon S3 Glacier uses the AWS account ID associated with the credentials used to sign the request. If you use an account ID, do not include any hyphens ('-') in the ID." },
    Member { name: "archiveDescription", ty: Type::String, required: false, summary: "The optional description of the archive you are uploading." },
    Member { name: "body", ty: Type::Blob, required: false, summary: "The data to upload." },
    Member { name: "checksum", ty: Type::String, required: false, summary: "The SHA256 tree hash of the data being uploaded." },
    Member { name: "vaultName", ty: Type::String, required: true, summary: "The name of the vault." },
]};

#[rustfmt::skip]
const ACTION_CODE_VALUES: &[&str] = &["ArchiveRetrieval", "InventoryRetrieval", "Select"];
#[rustfmt::skip]
const CANNED_ACL_VALUES: &[&str] = &["authenticated-read", "aws-exec-read", "bucket-owner-full-control", "bucket-owner-read", "private", "public-read", "public-read-write"];
#[rustfmt::skip]
const ENCRYPTION_TYPE_VALUES: &[&str] = &["aws:kms", "AES256"];
#[rustfmt::skip]
const EXPRESSION_TYPE_VALUES: &[&str] = &["SQL"];
#[rustfmt::skip]
const FILE_HEADER_INFO_VALUES: &[&str] = &["IGNORE", "NONE", "USE"];
#[rustfmt::skip]
const PERMISSION_VALUES: &[&str] = &["FULL_CONTROL", "READ", "READ_ACP", "WRITE", "WRITE_ACP"];
#[rustfmt::skip]
const QUOTE_FIELDS_VALUES: &[&str] = &["ALWAYS", "ASNEEDED"];
#[rustfmt::skip]
const STATUS_CODE_VALUES: &[&str] = &["Failed", "InProgress", "Succeeded"];
#[rustfmt::skip]
const STORAGE_CLASS_VALUES: &[&str] = &["REDUCED_REDUNDANCY", "STANDARD", "STANDARD_IA"];
#[rustfmt::skip]
const TYPE_VALUES: &[&str] = &["AmazonCustomerByEmail", "CanonicalUser", "Group"];
