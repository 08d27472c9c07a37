// Generated from models/aws-dynamodb.json by codegen — do not edit.
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
    Operation { name: "CreateTable", input: &CREATE_TABLE_INPUT, output: &CREATE_TABLE_OUTPUT, pagination: None,
        errors: &["InternalServerError", "InvalidEndpointException", "LimitExceededException", "ResourceInUseException"],
        summary: "The `CreateTable` operation adds a new table to your account. In an Amazon Web Services account, table names must be unique within each Region. That is, you can have two tables with same name if you create the tables in different Regions." },
    Operation { name: "DeleteTable", input: &DELETE_TABLE_INPUT, output: &DELETE_TABLE_OUTPUT, pagination: None,
        errors: &["InternalServerError", "InvalidEndpointException", "LimitExceededException", "ResourceInUseException", "ResourceNotFoundException"],
        summary: "The `DeleteTable` operation deletes a table and all of its items. After a `DeleteTable` request, the specified table is in the `DELETING` state until DynamoDB completes the deletion. If the table is in the `ACTIVE` state, you can delete it. If a table is in `CREATING` or `UPDATING` states, then DynamoDB returns a `ResourceInUseException`. If the specified table does not exist, DynamoDB returns a `ResourceNotFoundException`. If table is already in the `DELETING` state, no error is returned." },
    Operation { name: "DescribeEndpoints", input: &DESCRIBE_ENDPOINTS_REQUEST, output: &DESCRIBE_ENDPOINTS_RESPONSE, pagination: None,
        errors: &[],
        summary: "Returns the regional endpoint information. For more information on policy permissions, please see [Internetwork traffic privacy](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/inter-network-traffic-privacy.html#inter-network-traffic-DescribeEndpoints)." },
    Operation { name: "DescribeLimits", input: &DESCRIBE_LIMITS_INPUT, output: &DESCRIBE_LIMITS_OUTPUT, pagination: None,
        errors: &["InternalServerError", "InvalidEndpointException"],
        summary: "Returns the current provisioned-capacity quotas for your Amazon Web Services account in a Region, both for the Region as a whole and for any one DynamoDB table that you create there." },
    Operation { name: "DescribeTable", input: &DESCRIBE_TABLE_INPUT, output: &DESCRIBE_TABLE_OUTPUT, pagination: None,
        errors: &["InternalServerError", "InvalidEndpointException", "ResourceNotFoundException"],
        summary: "Returns information about the table, including the current status of the table, when it was created, the primary key schema, and any indexes on the table." },
    Operation { name: "GetItem", input: &GET_ITEM_INPUT, output: &GET_ITEM_OUTPUT, pagination: None,
        errors: &["InternalServerError", "InvalidEndpointException", "ProvisionedThroughputExceededException", "RequestLimitExceeded", "ResourceNotFoundException"],
        summary: "The `GetItem` operation returns a set of attributes for the item with the given primary key. If there is no matching item, `GetItem` does not return any data and there will be no `Item` element in the response." },
    Operation { name: "PutItem", input: &PUT_ITEM_INPUT, output: &PUT_ITEM_OUTPUT, pagination: None,
        errors: &["ConditionalCheckFailedException", "InternalServerError", "InvalidEndpointException", "ItemCollectionSizeLimitExceededException", "ProvisionedThroughputExceededException", "ReplicatedWriteConflictException", "RequestLimitExceeded", "ResourceNotFoundException", "TransactionConflictException"],
        summary: "Creates a new item, or replaces an old item with a new item. If an item that has the same primary key as the new item already exists in the specified table, the new item completely replaces the existing item. You can perform a conditional put operation (add a new item if one with the specified primary key doesn't exist), or replace an existing item if it has certain attribute values. You can return the item's attribute values in the same operation, using the `ReturnValues` parameter." },
    Operation { name: "Query", input: &QUERY_INPUT, output: &QUERY_OUTPUT, pagination: Some(Pagination { input_token: "ExclusiveStartKey", output_token: "LastEvaluatedKey", items: Some("Items"), page_size: Some("Limit") }),
        errors: &["InternalServerError", "InvalidEndpointException", "ProvisionedThroughputExceededException", "RequestLimitExceeded", "ResourceNotFoundException"],
        summary: "You must provide the name of the partition key attribute and a single value for that attribute. `Query` returns all items with that partition key value. Optionally, you can provide a sort key attribute and use a comparison operator to refine the search results." },
    Operation { name: "UpdateItem", input: &UPDATE_ITEM_INPUT, output: &UPDATE_ITEM_OUTPUT, pagination: None,
        errors: &["ConditionalCheckFailedException", "InternalServerError", "InvalidEndpointException", "ItemCollectionSizeLimitExceededException", "ProvisionedThroughputExceededException", "ReplicatedWriteConflictException", "RequestLimitExceeded", "ResourceNotFoundException", "TransactionConflictException"],
        summary: "Edits an existing item's attributes, or adds a new item to the table if it does not already exist. You can put, delete, or add attribute values. You can also perform a conditional update on an existing item (insert a new attribute name-value pair if it doesn't exist, or replace an existing name-value pair if it has certain expected attribute values)." },
];

#[rustfmt::skip]
static ARCHIVAL_SUMMARY: Structure = Structure { name: "ArchivalSummary", union: false, members: &[
    Member { name: "ArchivalBackupArn", ty: Type::String, required: false, summary: "The Amazon Resource Name (ARN) of the backup the table was archived to, when applicable in the archival reason. If you wish to restore this backup to the same table name, you will need to delete the original table." },
    Member { name: "ArchivalDateTime", ty: Type::Timestamp, required: false, summary: "The date and time when table archival was initiated by DynamoDB, in UNIX epoch time format." },
    Member { name: "ArchivalReason", ty: Type::String, required: false, summary: "The reason DynamoDB archived the table. Currently, the only possible value is:" },
]};

#[rustfmt::skip]
static ATTRIBUTE_DEFINITION: Structure = Structure { name: "AttributeDefinition", union: false, members: &[
    Member { name: "AttributeName", ty: Type::String, required: true, summary: "A name for the attribute." },
    Member { name: "AttributeType", ty: Type::Enum(SCALAR_ATTRIBUTE_TYPE_VALUES), required: true, summary: "The data type for the attribute, where:" },
]};

#[rustfmt::skip]
static ATTRIBUTE_VALUE: Structure = Structure { name: "AttributeValue", union: true, members: &[
    Member { name: "B", ty: Type::Blob, required: false, summary: "An attribute of type Binary. For example:" },
    Member { name: "BOOL", ty: Type::Boolean, required: false, summary: "An attribute of type Boolean. For example:" },
    Member { name: "BS", ty: Type::List(&Type::Blob), required: false, summary: "An attribute of type Binary Set. For example:" },
    Member { name: "L", ty: Type::List(&Type::Structure(&ATTRIBUTE_VALUE)), required: false, summary: "An attribute of type List. For example:" },
    Member { name: "M", ty: Type::Map(&Type::Structure(&ATTRIBUTE_VALUE)), required: false, summary: "An attribute of type Map. For example:" },
    Member { name: "N", ty: Type::String, required: false, summary: "An attribute of type Number. For example:" },
    Member { name: "NS", ty: Type::List(&Type::String), required: false, summary: "An attribute of type Number Set. For example:" },
    Member { name: "NULL", ty: Type::Boolean, required: false, summary: "An attribute of type Null. For example:" },
    Member { name: "S", ty: Type::String, required: false, summary: "An attribute of type String. For example:" },
    Member { name: "SS", ty: Type::List(&Type::String), required: false, summary: "An attribute of type String Set. For example:" },
]};

#[rustfmt::skip]
static ATTRIBUTE_VALUE_UPDATE: Structure = Structure { name: "AttributeValueUpdate", union: false, members: &[
    Member { name: "Action", ty: Type::Enum(ATTRIBUTE_ACTION_VALUES), required: false, summary: "Specifies how to perform the update. Valid values are `PUT` (default), `DELETE`, and `ADD`. The behavior depends on whether the specified primary key already exists in the table." },
    Member { name: "Value", ty: Type::Structure(&ATTRIBUTE_VALUE), required: false, summary: "Represents the data for an attribute." },
]};

#[rustfmt::skip]
static BILLING_MODE_SUMMARY: Structure = Structure { name: "BillingModeSummary", union: false, members: &[
    Member { name: "BillingMode", ty: Type::Enum(BILLING_MODE_VALUES), required: false, summary: "Controls how you are charged for read and write throughput and how you manage capacity. This setting can be changed later." },
    Member { name: "LastUpdateToPayPerRequestDateTime", ty: Type::Timestamp, required: false, summary: "Represents the time when `PAY_PER_REQUEST` was last set as the read/write capacity mode." },
]};

#[rustfmt::skip]
static CAPACITY: Structure = Structure { name: "Capacity", union: false, members: &[
    Member { name: "CapacityUnits", ty: Type::Float, required: false, summary: "The total number of capacity units consumed on a table or an index." },
    Member { name: "ReadCapacityUnits", ty: Type::Float, required: false, summary: "The total number of read capacity units consumed on a table or an index." },
    Member { name: "WriteCapacityUnits", ty: Type::Float, required: false, summary: "The total number of write capacity units consumed on a table or an index." },
]};

#[rustfmt::skip]
static CONDITION: Structure = Structure { name: "Condition", union: false, members: &[
    Member { name: "AttributeValueList", ty: Type::List(&Type::Structure(&ATTRIBUTE_VALUE)), required: false, summary: "One or more values to evaluate against the supplied attribute. The number of values in the list depends on the `ComparisonOperator` being used." },
    Member { name: "ComparisonOperator", ty: Type::Enum(COMPARISON_OPERATOR_VALUES), required: true, summary: "A comparator for evaluating attributes. For example, equals, greater than, less than, etc." },
]};

#[rustfmt::skip]
static CONSUMED_CAPACITY: Structure = Structure { name: "ConsumedCapacity", union: false, members: &[
    Member { name: "CapacityUnits", ty: Type::Float, required: false, summary: "The total number of capacity units consumed by the operation." },
    Member { name: "GlobalSecondaryIndexes", ty: Type::Map(&Type::Structure(&CAPACITY)), required: false, summary: "The amount of throughput consumed on each global index affected by the operation." },
    Member { name: "LocalSecondaryIndexes", ty: Type::Map(&Type::Structure(&CAPACITY)), required: false, summary: "The amount of throughput consumed on each local index affected by the operation." },
    Member { name: "ReadCapacityUnits", ty: Type::Float, required: false, summary: "The total number of read capacity units consumed by the operation." },
    Member { name: "Table", ty: Type::Structure(&CAPACITY), required: false, summary: "The amount of throughput consumed on the table affected by the operation." },
    Member { name: "TableName", ty: Type::String, required: false, summary: "The name of the table that was affected by the operation. If you had specified the Amazon Resource Name (ARN) of a table in the input, you'll see the table ARN in the response." },
    Member { name: "WriteCapacityUnits", ty: Type::Float, required: false, summary: "The total number of write capacity units consumed by the operation." },
]};

#[rustfmt::skip]
static CREATE_TABLE_INPUT: Structure = Structure { name: "CreateTableInput", union: false, members: &[
    Member { name: "AttributeDefinitions", ty: Type::List(&Type::Structure(&ATTRIBUTE_DEFINITION)), required: true, summary: "An array of attributes that describe the key schema for the table and indexes." },
    Member { name: "BillingMode", ty: Type::Enum(BILLING_MODE_VALUES), required: false, summary: "Controls how you are charged for read and write throughput and how you manage capacity. This setting can be changed later." },
    Member { name: "DeletionProtectionEnabled", ty: Type::Boolean, required: false, summary: "Indicates whether deletion protection is to be enabled (true) or disabled (false) on the table." },
    Member { name: "GlobalSecondaryIndexes", ty: Type::List(&Type::Structure(&GLOBAL_SECONDARY_INDEX)), required: false, summary: "One or more global secondary indexes (the maximum is 20) to be created on the table. Each global secondary index in the array includes the following:" },
    Member { name: "KeySchema", ty: Type::List(&Type::Structure(&KEY_SCHEMA_ELEMENT)), required: true, summary: "Specifies the attributes that make up the primary key for a table or an index. The attributes in `KeySchema` must also be defined in the `AttributeDefinitions` array. For more information, see [Data Model](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DataModel.html) in the *Amazon DynamoDB Developer Guide*." },
    Member { name: "LocalSecondaryIndexes", ty: Type::List(&Type::Structure(&LOCAL_SECONDARY_INDEX)), required: false, summary: "One or more local secondary indexes (the maximum is 5) to be created on the table. Each index is scoped to a given partition key value. There is a 10 GB size limit per partition key value; otherwise, the size of a local secondary index is unconstrained." },
    Member { name: "OnDemandThroughput", ty: Type::Structure(&ON_DEMAND_THROUGHPUT), required: false, summary: "Sets the maximum number of read and write units for the specified table in on-demand capacity mode. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both." },
    Member { name: "ProvisionedThroughput", ty: Type::Structure(&PROVISIONED_THROUGHPUT), required: false, summary: "Represents the provisioned throughput settings for a specified table or index. The settings can be modified using the `UpdateTable` operation." },
    Member { name: "ResourcePolicy", ty: Type::String, required: false, summary: "An Amazon Web Services resource-based policy document in JSON format that will be attached to the table." },
    Member { name: "SSESpecification", ty: Type::Structure(&SSE_SPECIFICATION), required: false, summary: "Represents the settings used to enable server-side encryption." },
    Member { name: "StreamSpecification", ty: Type::Structure(&STREAM_SPECIFICATION), required: false, summary: "The settings for DynamoDB Streams on the table. These settings consist of:" },
    Member { name: "TableClass", ty: Type::Enum(TABLE_CLASS_VALUES), required: false, summary: "The table class of the new table. Valid values are `STANDARD` and `STANDARD_INFREQUENT_ACCESS`." },
    Member { name: "TableName", ty: Type::String, required: true, summary: "The name of the table to create. You can also provide the Amazon Resource Name (ARN) of the table in this parameter." },
    Member { name: "Tags", ty: Type::List(&Type::Structure(&TAG)), required: false, summary: "A list of key-value pairs to label the table. For more information, see [Tagging for DynamoDB](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Tagging.html)." },
    Member { name: "WarmThroughput", ty: Type::Structure(&WARM_THROUGHPUT), required: false, summary: "Represents the warm throughput (in read units per second and write units per second) for creating a table." },
]};

#[rustfmt::skip]
static CREATE_TABLE_OUTPUT: Structure = Structure { name: "CreateTableOutput", union: false, members: &[
    Member { name: "TableDescription", ty: Type::Structure(&TABLE_DESCRIPTION), required: false, summary: "Represents the properties of the table." },
]};

#[rustfmt::skip]
static DELETE_TABLE_INPUT: Structure = Structure { name: "DeleteTableInput", union: false, members: &[
    Member { name: "TableName", ty: Type::String, required: true, summary: "The name of the table to delete. You can also provide the Amazon Resource Name (ARN) of the table in this parameter." },
]};

#[rustfmt::skip]
static DELETE_TABLE_OUTPUT: Structure = Structure { name: "DeleteTableOutput", union: false, members: &[
    Member { name: "TableDescription", ty: Type::Structure(&TABLE_DESCRIPTION), required: false, summary: "Represents the properties of a table." },
]};

#[rustfmt::skip]
static DESCRIBE_ENDPOINTS_REQUEST: Structure = Structure { name: "DescribeEndpointsRequest", union: false, members: &[
]};

#[rustfmt::skip]
static DESCRIBE_ENDPOINTS_RESPONSE: Structure = Structure { name: "DescribeEndpointsResponse", union: false, members: &[
    Member { name: "Endpoints", ty: Type::List(&Type::Structure(&ENDPOINT)), required: true, summary: "List of endpoints." },
]};

#[rustfmt::skip]
static DESCRIBE_LIMITS_INPUT: Structure = Structure { name: "DescribeLimitsInput", union: false, members: &[
]};

#[rustfmt::skip]
static DESCRIBE_LIMITS_OUTPUT: Structure = Structure { name: "DescribeLimitsOutput", union: false, members: &[
    Member { name: "AccountMaxReadCapacityUnits", ty: Type::Integer, required: false, summary: "The maximum total read capacity units that your account allows you to provision across all of your tables in this Region." },
    Member { name: "AccountMaxWriteCapacityUnits", ty: Type::Integer, required: false, summary: "The maximum total write capacity units that your account allows you to provision across all of your tables in this Region." },
    Member { name: "TableMaxReadCapacityUnits", ty: Type::Integer, required: false, summary: "The maximum read capacity units that your account allows you to provision for a new table that you are creating in this Region, including the read capacity units provisioned for its global secondary indexes (GSIs)." },
    Member { name: "TableMaxWriteCapacityUnits", ty: Type::Integer, required: false, summary: "The maximum write capacity units that your account allows you to provision for a new table that you are creating in this Region, including the write capacity units provisioned for its global secondary indexes (GSIs)." },
]};

#[rustfmt::skip]
static DESCRIBE_TABLE_INPUT: Structure = Structure { name: "DescribeTableInput", union: false, members: &[
    Member { name: "TableName", ty: Type::String, required: true, summary: "The name of the table to describe. You can also provide the Amazon Resource Name (ARN) of the table in this parameter." },
]};

#[rustfmt::skip]
static DESCRIBE_TABLE_OUTPUT: Structure = Structure { name: "DescribeTableOutput", union: false, members: &[
    Member { name: "Table", ty: Type::Structure(&TABLE_DESCRIPTION), required: false, summary: "The properties of the table." },
]};

#[rustfmt::skip]
static ENDPOINT: Structure = Structure { name: "Endpoint", union: false, members: &[
    Member { name: "Address", ty: Type::String, required: true, summary: "IP address of the endpoint." },
    Member { name: "CachePeriodInMinutes", ty: Type::Integer, required: false, summary: "Endpoint cache time to live (TTL) value." },
]};

#[rustfmt::skip]
static EXPECTED_ATTRIBUTE_VALUE: Structure = Structure { name: "ExpectedAttributeValue", union: false, members: &[
    Member { name: "AttributeValueList", ty: Type::List(&Type::Structure(&ATTRIBUTE_VALUE)), required: false, summary: "One or more values to evaluate against the supplied attribute. The number of values in the list depends on the `ComparisonOperator` being used." },
    Member { name: "ComparisonOperator", ty: Type::Enum(COMPARISON_OPERATOR_VALUES), required: false, summary: "A comparator for evaluating attributes in the `AttributeValueList`. For example, equals, greater than, less than, etc." },
    Member { name: "Exists", ty: Type::Boolean, required: false, summary: "Causes DynamoDB to evaluate the value before attempting a conditional operation:" },
    Member { name: "Value", ty: Type::Structure(&ATTRIBUTE_VALUE), required: false, summary: "Represents the data for the expected attribute." },
]};

#[rustfmt::skip]
static GET_ITEM_INPUT: Structure = Structure { name: "GetItemInput", union: false, members: &[
    Member { name: "AttributesToGet", ty: Type::List(&Type::String), required: false, summary: "This is a legacy parameter. Use `ProjectionExpression` instead. For more information, see [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html) in the *Amazon DynamoDB Developer Guide*." },
    Member { name: "ConsistentRead", ty: Type::Boolean, required: false, summary: "Determines the read consistency model: If set to `true`, then the operation uses strongly consistent reads; otherwise, the operation uses eventually consistent reads." },
    Member { name: "ExpressionAttributeNames", ty: Type::Map(&Type::String), required: false, summary: "One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:" },
    Member { name: "Key", ty: Type::Map(&Type::Structure(&ATTRIBUTE_VALUE)), required: true, summary: "A map of attribute names to `AttributeValue` objects, representing the primary key of the item to retrieve." },
    Member { name: "ProjectionExpression", ty: Type::String, required: false, summary: "A string that identifies one or more attributes to retrieve from the table. These attributes can include scalars, sets, or elements of a JSON document. The attributes in the expression must be separated by commas." },
    Member { name: "ReturnConsumedCapacity", ty: Type::Enum(RETURN_CONSUMED_CAPACITY_VALUES), required: false, summary: "" },
    Member { name: "TableName", ty: Type::String, required: true, summary: "The name of the table containing the requested item. You can also provide the Amazon Resource Name (ARN) of the table in this parameter." },
]};

#[rustfmt::skip]
static GET_ITEM_OUTPUT: Structure = Structure { name: "GetItemOutput", union: false, members: &[
    Member { name: "ConsumedCapacity", ty: Type::Structure(&CONSUMED_CAPACITY), required: false, summary: "The capacity units consumed by the `GetItem` operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unit consumption for read operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#read-operation-consumption) in the *Amazon DynamoDB Developer Guide*." },
    Member { name: "Item", ty: Type::Map(&Type::Structure(&ATTRIBUTE_VALUE)), required: false, summary: "A map of attribute names to `AttributeValue` objects, as specified by `ProjectionExpression`." },
]};

#[rustfmt::skip]
static GLOBAL_SECONDARY_INDEX: Structure = Structure { name: "GlobalSecondaryIndex", union: false, members: &[
    Member { name: "IndexName", ty: Type::String, required: true, summary: "The name of the global secondary index. The name must be unique among all other indexes on this table." },
    Member { name: "KeySchema", ty: Type::List(&Type::Structure(&KEY_SCHEMA_ELEMENT)), required: true, summary: "The complete key schema for a global secondary index, which consists of one or more pairs of attribute names and key types:" },
    Member { name: "OnDemandThroughput", ty: Type::Structure(&ON_DEMAND_THROUGHPUT), required: false, summary: "The maximum number of read and write units for the specified global secondary index. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both." },
    Member { name: "Projection", ty: Type::Structure(&PROJECTION), required: true, summary: "Represents attributes that are copied (projected) from the table into the global secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected." },
    Member { name: "ProvisionedThroughput", ty: Type::Structure(&PROVISIONED_THROUGHPUT), required: false, summary: "Represents the provisioned throughput settings for the specified global secondary index." },
    Member { name: "WarmThroughput", ty: Type::Structure(&WARM_THROUGHPUT), required: false, summary: "Represents the warm throughput value (in read units per second and write units per second) for the specified secondary index. If you use this parameter, you must specify `ReadUnitsPerSecond`, `WriteUnitsPerSecond`, or both." },
]};

#[rustfmt::skip]
static GLOBAL_SECONDARY_INDEX_DESCRIPTION: Structure = Structure { name: "GlobalSecondaryIndexDescription", union: false, members: &[
    Member { name: "Backfilling", ty: Type::Boolean, required: false, summary: "Indicates whether the index is currently backfilling. *Backfilling* is the process of reading items from the table and determining whether they can be added to the index. (Not all items will qualify: For example, a partition key cannot have any duplicate values.) If an item can be added to the index, DynamoDB will do so. After all items have been processed, the backfilling operation is complete and `Backfilling` is false." },
    Member { name: "IndexArn", ty: Type::String, required: false, summary: "The Amazon Resource Name (ARN) that uniquely identifies the index." },
    Member { name: "IndexName", ty: Type::String, required: false, summary: "The name of the global secondary index." },
    Member { name: "IndexSizeBytes", ty: Type::Integer, required: false, summary: "The total size of the specified index, in bytes. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value." },
    Member { name: "IndexStatus", ty: Type::Enum(INDEX_STATUS_VALUES), required: false, summary: "The current state of the global secondary index:" },
    Member { name: "ItemCount", ty: Type::Integer, required: false, summary: "The number of items in the specified index. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value." },
    Member { name: "KeySchema", ty: Type::List(&Type::Structure(&KEY_SCHEMA_ELEMENT)), required: false, summary: "The complete key schema for a global secondary index, which consists of one or more pairs of attribute names and key types:" },
    Member { name: "OnDemandThroughput", ty: Type::Structure(&ON_DEMAND_THROUGHPUT), required: false, summary: "The maximum number of read and write units for the specified global secondary index. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both." },
    Member { name: "Projection", ty: Type::Structure(&PROJECTION), required: false, summary: "Represents attributes that are copied (projected) from the table into the global secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected." },
    Member { name: "ProvisionedThroughput", ty: Type::Structure(&PROVISIONED_THROUGHPUT_DESCRIPTION), required: false, summary: "Represents the provisioned throughput settings for the specified global secondary index." },
    Member { name: "WarmThroughput", ty: Type::Structure(&GLOBAL_SECONDARY_INDEX_WARM_THROUGHPUT_DESCRIPTION), required: false, summary: "Represents the warm throughput value (in read units per second and write units per second) for the specified secondary index." },
]};

#[rustfmt::skip]
static GLOBAL_SECONDARY_INDEX_WARM_THROUGHPUT_DESCRIPTION: Structure = Structure { name: "GlobalSecondaryIndexWarmThroughputDescription", union: false, members: &[
    Member { name: "ReadUnitsPerSecond", ty: Type::Integer, required: false, summary: "Represents warm throughput read units per second value for a global secondary index." },
    Member { name: "Status", ty: Type::Enum(INDEX_STATUS_VALUES), required: false, summary: "Represents the warm throughput status being created or updated on a global secondary index. The status can only be `UPDATING` or `ACTIVE`." },
    Member { name: "WriteUnitsPerSecond", ty: Type::Integer, required: false, summary: "Represents warm throughput write units per second value for a global secondary index." },
]};

#[rustfmt::skip]
static ITEM_COLLECTION_METRICS: Structure = Structure { name: "ItemCollectionMetrics", union: false, members: &[
    Member { name: "ItemCollectionKey", ty: Type::Map(&Type::Structure(&ATTRIBUTE_VALUE)), required: false, summary: "The partition key value of the item collection. This value is the same as the partition key value of the item." },
    Member { name: "SizeEstimateRangeGB", ty: Type::List(&Type::Float), required: false, summary: "An estimate of item collection size, in gigabytes. This value is a two-element array containing a lower bound and an upper bound for the estimate. The estimate includes the size of all the items in the table, plus the size of all attributes projected into all of the local secondary indexes on that table. Use this estimate to measure whether a local secondary index is approaching its size limit." },
]};

#[rustfmt::skip]
static KEY_SCHEMA_ELEMENT: Structure = Structure { name: "KeySchemaElement", union: false, members: &[
    Member { name: "AttributeName", ty: Type::String, required: true, summary: "The name of a key attribute." },
    Member { name: "KeyType", ty: Type::Enum(KEY_TYPE_VALUES), required: true, summary: "The role that this key attribute will assume:" },
]};

#[rustfmt::skip]
static LOCAL_SECONDARY_INDEX: Structure = Structure { name: "LocalSecondaryIndex", union: false, members: &[
    Member { name: "IndexName", ty: Type::String, required: true, summary: "The name of the local secondary index. The name must be unique among all other indexes on this table." },
    Member { name: "KeySchema", ty: Type::List(&Type::Structure(&KEY_SCHEMA_ELEMENT)), required: true, summary: "The complete key schema for the local secondary index, consisting of one or more pairs of attribute names and key types:" },
    Member { name: "Projection", ty: Type::Structure(&PROJECTION), required: true, summary: "Represents attributes that are copied (projected) from the table into the local secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected." },
]};

#[rustfmt::skip]
static LOCAL_SECONDARY_INDEX_DESCRIPTION: Structure = Structure { name: "LocalSecondaryIndexDescription", union: false, members: &[
    Member { name: "IndexArn", ty: Type::String, required: false, summary: "The Amazon Resource Name (ARN) that uniquely identifies the index." },
    Member { name: "IndexName", ty: Type::String, required: false, summary: "Represents the name of the local secondary index." },
    Member { name: "IndexSizeBytes", ty: Type::Integer, required: false, summary: "The total size of the specified index, in bytes. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value." },
    Member { name: "ItemCount", ty: Type::Integer, required: false, summary: "The number of items in the specified index. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value." },
    Member { name: "KeySchema", ty: Type::List(&Type::Structure(&KEY_SCHEMA_ELEMENT)), required: false, summary: "The complete key schema for the local secondary index, consisting of one or more pairs of attribute names and key types:" },
    Member { name: "Projection", ty: Type::Structure(&PROJECTION), required: false, summary: "Represents attributes that are copied (projected) from the table into the global secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected." },
]};

#[rustfmt::skip]
static ON_DEMAND_THROUGHPUT: Structure = Structure { name: "OnDemandThroughput", union: false, members: &[
    Member { name: "MaxReadRequestUnits", ty: Type::Integer, required: false, summary: "Maximum number of read request units for the specified table." },
    Member { name: "MaxWriteRequestUnits", ty: Type::Integer, required: false, summary: "Maximum number of write request units for the specified table." },
]};

#[rustfmt::skip]
static ON_DEMAND_THROUGHPUT_OVERRIDE: Structure = Structure { name: "OnDemandThroughputOverride", union: false, members: &[
    Member { name: "MaxReadRequestUnits", ty: Type::Integer, required: false, summary: "Maximum number of read request units for the specified replica table." },
]};

#[rustfmt::skip]
static PROJECTION: Structure = Structure { name: "Projection", union: false, members: &[
    Member { name: "NonKeyAttributes", ty: Type::List(&Type::String), required: false, summary: "Represents the non-key attribute names which will be projected into the index." },
    Member { name: "ProjectionType", ty: Type::Enum(PROJECTION_TYPE_VALUES), required: false, summary: "The set of attributes that are projected into the index:" },
]};

#[rustfmt::skip]
static PROVISIONED_THROUGHPUT: Structure = Structure { name: "ProvisionedThroughput", union: false, members: &[
    Member { name: "ReadCapacityUnits", ty: Type::Integer, required: true, summary: "The maximum number of strongly consistent reads consumed per second before DynamoDB returns a `ThrottlingException`. For more information, see [Specifying Read and Write Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughput.html) in the *Amazon DynamoDB Developer Guide*." },
    Member { name: "WriteCapacityUnits", ty: Type::Integer, required: true, summary: "The maximum number of writes consumed per second before DynamoDB returns a `ThrottlingException`. For more information, see [Specifying Read and Write Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughput.html) in the *Amazon DynamoDB Developer Guide*." },
]};

#[rustfmt::skip]
static PROVISIONED_THROUGHPUT_DESCRIPTION: Structure = Structure { name: "ProvisionedThroughputDescription", union: false, members: &[
    Member { name: "LastDecreaseDateTime", ty: Type::Timestamp, required: false, summary: "The date and time of the last provisioned throughput decrease for this table." },
    Member { name: "LastIncreaseDateTime", ty: Type::Timestamp, required: false, summary: "The date and time of the last provisioned throughput increase for this table." },
    Member { name: "NumberOfDecreasesToday", ty: Type::Integer, required: false, summary: "The number of provisioned throughput decreases for this table during this UTC calendar day. For current maximums on provisioned throughput decreases, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the *Amazon DynamoDB Developer Guide*." },
    Member { name: "ReadCapacityUnits", ty: Type::Integer, required: false, summary: "The maximum number of strongly consistent reads consumed per second before DynamoDB returns a `ThrottlingException`. Eventually consistent reads require less effort than strongly consistent reads, so a setting of 50 `ReadCapacityUnits` per second provides 100 eventually consistent `ReadCapacityUnits` per second." },
    Member { name: "WriteCapacityUnits", ty: Type::Integer, required: false, summary: "The maximum number of writes consumed per second before DynamoDB returns a `ThrottlingException`." },
]};

#[rustfmt::skip]
static PROVISIONED_THROUGHPUT_OVERRIDE: Structure = Structure { name: "ProvisionedThroughputOverride", union: false, members: &[
    Member { name: "ReadCapacityUnits", ty: Type::Integer, required: false, summary: "Replica-specific read capacity units. If not specified, uses the source table's read capacity settings." },
]};

#[rustfmt::skip]
static PUT_ITEM_INPUT: Structure = Structure { name: "PutItemInput", union: false, members: &[
    Member { name: "ConditionExpression", ty: Type::String, required: false, summary: "A condition that must be satisfied in order for a conditional `PutItem` operation to succeed." },
    Member { name: "ConditionalOperator", ty: Type::Enum(CONDITIONAL_OPERATOR_VALUES), required: false, summary: "This is a legacy parameter. Use `ConditionExpression` instead. For more information, see [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html) in the *Amazon DynamoDB Developer Guide*." },
    Member { name: "Expected", ty: Type::Map(&Type::Structure(&EXPECTED_ATTRIBUTE_VALUE)), required: false, summary: "This is a legacy parameter. Use `ConditionExpression` instead. For more information, see [Expected](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html) in the *Amazon DynamoDB Developer Guide*." },
    Member { name: "ExpressionAttributeNames", ty: Type::Map(&Type::String), required: false, summary: "One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:" },
    Member { name: "ExpressionAttributeValues", ty: Type::Map(&Type::Structure(&ATTRIBUTE_VALUE)), required: false, summary: "One or more values that can be substituted in an expression." },
    Member { name: "Item", ty: Type::Map(&Type::Structure(&ATTRIBUTE_VALUE)), required: true, summary: "A map of attribute name/value pairs, one for each attribute. Only the primary key attributes are required; you can optionally provide other attribute name-value pairs for the item." },
    Member { name: "ReturnConsumedCapacity", ty: Type::Enum(RETURN_CONSUMED_CAPACITY_VALUES), required: false, summary: "" },
    Member { name: "ReturnItemCollectionMetrics", ty: Type::Enum(RETURN_ITEM_COLLECTION_METRICS_VALUES), required: false, summary: "Determines whether item collection metrics are returned. If set to `SIZE`, the response includes statistics about item collections, if any, that were modified during the operation are returned in the response. If set to `NONE` (the default), no statistics are returned." },
    Member { name: "ReturnValues", ty: Type::Enum(RETURN_VALUE_VALUES), required: false, summary: "Use `ReturnValues` if you want to get the item attributes as they appeared before they were updated with the `PutItem` request. For `PutItem`, the valid values are:" },
    Member { name: "ReturnValuesOnConditionCheckFailure", ty: Type::Enum(RETURN_VALUES_ON_CONDITION_CHECK_FAILURE_VALUES), required: false, summary: "An optional parameter that returns the item attributes for a `PutItem` operation that failed a condition check." },
    Member { name: "TableName", ty: Type::String, required: true, summary: "The name of the table to contain the item. You can also provide the Amazon Resource Name (ARN) of the table in this parameter." },
]};

#[rustfmt::skip]
static PUT_ITEM_OUTPUT: Structure = Structure { name: "PutItemOutput", union: false, members: &[
    Member { name: "Attributes", ty: Type::Map(&Type::Structure(&ATTRIBUTE_VALUE)), required: false, summary: "The attribute values as they appeared before the `PutItem` operation, but only if `ReturnValues` is specified as `ALL_OLD` in the request. Each element consists of an attribute name and an attribute value." },
    Member { name: "ConsumedCapacity", ty: Type::Structure(&CONSUMED_CAPACITY), required: false, summary: "The capacity units consumed by the `PutItem` operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unity consumption for write operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#write-operation-consumption) in the *Amazon DynamoDB Developer Guide*." },
    Member { name: "ItemCollectionMetrics", ty: Type::Structure(&ITEM_COLLECTION_METRICS), required: false, summary: "Information about item collections, if any, that were affected by the `PutItem` operation. `ItemCollectionMetrics` is only returned if the `ReturnItemCollectionMetrics` parameter was specified. If the table does not have any local secondary indexes, this information is not returned in the response." },
]};

#[rustfmt::skip]
static QUERY_INPUT: Structure = Structure { name: "QueryInput", union: false, members: &[
    Member { name: "AttributesToGet", ty: Type::List(&Type::String), required: false, summary: "This is a legacy parameter. Use `ProjectionExpression` instead. For more information, see [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html) in the *Amazon DynamoDB Developer Guide*." },
    Member { name: "ConditionalOperator", ty: Type::Enum(CONDITIONAL_OPERATOR_VALUES), required: false, summary: "This is a legacy parameter. Use `FilterExpression` instead. For more information, see [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html) in the *Amazon DynamoDB Developer Guide*." },
    Member { name: "ConsistentRead", ty: Type::Boolean, required: false, summary: "Determines the read consistency model: If set to `true`, then the operation uses strongly consistent reads; otherwise, the operation uses eventually consistent reads." },
    Member { name: "ExclusiveStartKey", ty: Type::Map(&Type::Structure(&ATTRIBUTE_VALUE)), required: false, summary: "The primary key of the first item that this operation will evaluate. Use the value that was returned for `LastEvaluatedKey` in the previous operation." },
    Member { name: "ExpressionAttributeNames", ty: Type::Map(&Type::String), required: false, summary: "One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:" },
    Member { name: "ExpressionAttributeValues", ty: Type::Map(&Type::Structure(&ATTRIBUTE_VALUE)), required: false, summary: "One or more values that can be substituted in an expression." },
    Member { name: "FilterExpression", ty: Type::String, required: false, summary: "A string that contains conditions that DynamoDB applies after the `Query` operation, but before the data is returned to you. Items that do not satisfy the `FilterExpression` criteria are not returned." },
    Member { name: "IndexName", ty: Type::String, required: false, summary: "The name of an index to query. This index can be any local secondary index or global secondary index on the table. Note that if you use the `IndexName` parameter, you must also provide `TableName.`" },
    Member { name: "KeyConditionExpression", ty: Type::String, required: false, summary: "The condition that specifies the key values for items to be retrieved by the `Query` action." },
    Member { name: "KeyConditions", ty: Type::Map(&Type::Structure(&CONDITION)), required: false, summary: "This is a legacy parameter. Use `KeyConditionExpression` instead. For more information, see [KeyConditions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.KeyConditions.html) in the *Amazon DynamoDB Developer Guide*." },
    Member { name: "Limit", ty: Type::Integer, required: false, summary: "The maximum number of items to evaluate (not necessarily the number of matching items). If DynamoDB processes the number of items up to the limit while processing the results, it stops the operation and returns the matching values up to that point, and a key in `LastEvaluatedKey` to apply in a subsequent operation, so that you can pick up where you left off. Also, if the processed dataset size exceeds 1 MB before DynamoDB reaches this limit, it stops the operation and returns the matching values up to the limit, and a key in `LastEvaluatedKey` to apply in a subsequent operation to continue the operation. For more information, see [Query and Scan](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/QueryAndScan.html) in the *Amazon DynamoDB Developer Guide*." },
    Member { name: "ProjectionExpression", ty: Type::String, required: false, summary: "A string that identifies one or more attributes to retrieve from the table. These attributes can include scalars, sets, or elements of a JSON document. The attributes in the expression must be separated by commas." },
    Member { name: "QueryFilter", ty: Type::Map(&Type::Structure(&CONDITION)), required: false, summary: "This is a legacy parameter. Use `FilterExpression` instead. For more information, see [QueryFilter](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.QueryFilter.html) in the *Amazon DynamoDB Developer Guide*." },
    Member { name: "ReturnConsumedCapacity", ty: Type::Enum(RETURN_CONSUMED_CAPACITY_VALUES), required: false, summary: "" },
    Member { name: "ScanIndexForward", ty: Type::Boolean, required: false, summary: "Specifies the order for index traversal: If `true` (default), the traversal is performed in ascending order; if `false`, the traversal is performed in descending order." },
    Member { name: "Select", ty: Type::Enum(SELECT_VALUES), required: false, summary: "The attributes to be returned in the result. You can retrieve all item attributes, specific item attributes, the count of matching items, or in the case of an index, some or all of the attributes projected into the index." },
    Member { name: "TableName", ty: Type::String, required: true, summary: "The name of the table containing the requested items. You can also provide the Amazon Resource Name (ARN) of the table in this parameter." },
]};

#[rustfmt::skip]
static QUERY_OUTPUT: Structure = Structure { name: "QueryOutput", union: false, members: &[
    Member { name: "ConsumedCapacity", ty: Type::Structure(&CONSUMED_CAPACITY), required: false, summary: "The capacity units consumed by the `Query` operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unit consumption for read operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#read-operation-consumption) in the *Amazon DynamoDB Developer Guide*." },
    Member { name: "Count", ty: Type::Integer, required: false, summary: "The number of items in the response." },
    Member { name: "Items", ty: Type::List(&Type::Map(&Type::Structure(&ATTRIBUTE_VALUE))), required: false, summary: "An array of item attributes that match the query criteria. Each element in this array consists of an attribute name and the value for that attribute." },
    Member { name: "LastEvaluatedKey", ty: Type::Map(&Type::Structure(&ATTRIBUTE_VALUE)), required: false, summary: "The primary key of the item where the operation stopped, inclusive of the previous result set. Use this value to start a new operation, excluding this value in the new request." },
    Member { name: "ScannedCount", ty: Type::Integer, required: false, summary: "The number of items evaluated, before any `QueryFilter` is applied. A high `ScannedCount` value with few, or no, `Count` results indicates an inefficient `Query` operation. For more information, see [Count and ScannedCount](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.Count) in the *Amazon DynamoDB Developer Guide*." },
]};

#[rustfmt::skip]
static REPLICA_DESCRIPTION: Structure = Structure { name: "ReplicaDescription", union: false, members: &[
    Member { name: "GlobalSecondaryIndexes", ty: Type::List(&Type::Structure(&REPLICA_GLOBAL_SECONDARY_INDEX_DESCRIPTION)), required: false, summary: "Replica-specific global secondary index settings." },
    Member { name: "KMSMasterKeyId", ty: Type::String, required: false, summary: "The KMS key of the replica that will be used for KMS encryption." },
    Member { name: "OnDemandThroughputOverride", ty: Type::Structure(&ON_DEMAND_THROUGHPUT_OVERRIDE), required: false, summary: "Overrides the maximum on-demand throughput settings for the specified replica table." },
    Member { name: "ProvisionedThroughputOverride", ty: Type::Structure(&PROVISIONED_THROUGHPUT_OVERRIDE), required: false, summary: "Replica-specific provisioned throughput. If not described, uses the source table's provisioned throughput settings." },
    Member { name: "RegionName", ty: Type::String, required: false, summary: "The name of the Region." },
    Member { name: "ReplicaInaccessibleDateTime", ty: Type::Timestamp, required: false, summary: "The time at which the replica was first detected as inaccessible. To determine cause of inaccessibility check the `ReplicaStatus` property." },
    Member { name: "ReplicaStatus", ty: Type::Enum(REPLICA_STATUS_VALUES), required: false, summary: "The current state of the replica:" },
    Member { name: "ReplicaStatusDescription", ty: Type::String, required: false, summary: "Detailed information about the replica status." },
    Member { name: "ReplicaStatusPercentProgress", ty: Type::String, required: false, summary: "Specifies the progress of a Create, Update, or Delete action on the replica as a percentage." },
    Member { name: "ReplicaTableClassSummary", ty: Type::Structure(&TABLE_CLASS_SUMMARY), required: false, summary: "" },
    Member { name: "WarmThroughput", ty: Type::Structure(&TABLE_WARM_THROUGHPUT_DESCRIPTION), required: false, summary: "Represents the warm throughput value for this replica." },
]};

#[rustfmt::skip]
static REPLICA_GLOBAL_SECONDARY_INDEX_DESCRIPTION: Structure = Structure { name: "ReplicaGlobalSecondaryIndexDescription", union: false, members: &[
    Member { name: "IndexName", ty: Type::String, required: false, summary: "The name of the global secondary index." },
    Member { name: "OnDemandThroughputOverride", ty: Type::Structure(&ON_DEMAND_THROUGHPUT_OVERRIDE), required: false, summary: "Overrides the maximum on-demand throughput for the specified global secondary index in the specified replica table." },
    Member { name: "ProvisionedThroughputOverride", ty: Type::Structure(&PROVISIONED_THROUGHPUT_OVERRIDE), required: false, summary: "If not described, uses the source table GSI's read capacity settings." },
    Member { name: "WarmThroughput", ty: Type::Structure(&GLOBAL_SECONDARY_INDEX_WARM_THROUGHPUT_DESCRIPTION), required: false, summary: "Represents the warm throughput of the global secondary index for this replica." },
]};

#[rustfmt::skip]
static RESTORE_SUMMARY: Structure = Structure { name: "RestoreSummary", union: false, members: &[
    Member { name: "RestoreDateTime", ty: Type::Timestamp, required: true, summary: "Point in time or source backup time." },
    Member { name: "RestoreInProgress", ty: Type::Boolean, required: true, summary: "Indicates if a restore is in progress or not." },
    Member { name: "SourceBackupArn", ty: Type::String, required: false, summary: "The Amazon Resource Name (ARN) of the backup from which the table was restored." },
    Member { name: "SourceTableArn", ty: Type::String, required: false, summary: "The ARN of the source table of the backup that is being restored." },
]};

#[rustfmt::skip]
static SSE_DESCRIPTION: Structure = Structure { name: "SseDescription", union: false, members: &[
    Member { name: "InaccessibleEncryptionDateTime", ty: Type::Timestamp, required: false, summary: "Indicates the time, in UNIX epoch date format, when DynamoDB detected that the table's KMS key was inaccessible. This attribute will automatically be cleared when DynamoDB detects that the table's KMS key is accessible again. DynamoDB will initiate the table archival process when table's KMS key remains inaccessible for more than seven days from this date." },
    Member { name: "KMSMasterKeyArn", ty: Type::String, required: false, summary: "The KMS key ARN used for the KMS encryption." },
    Member { name: "SSEType", ty: Type::Enum(SSE_TYPE_VALUES), required: false, summary: "Server-side encryption type. The only supported value is:" },
    Member { name: "Status", ty: Type::Enum(SSE_STATUS_VALUES), required: false, summary: "Represents the current state of server-side encryption. The only supported values are:" },
]};

#[rustfmt::skip]
static SSE_SPECIFICATION: Structure = Structure { name: "SseSpecification", union: false, members: &[
    Member { name: "Enabled", ty: Type::Boolean, required: false, summary: "Indicates whether server-side encryption is done using an Amazon Web Services managed key or an Amazon Web Services owned key. If enabled (true), server-side encryption type is set to `KMS` and an Amazon Web Services managed key is used (KMS charges apply). If disabled (false) or not specified, server-side encryption is set to Amazon Web Services owned key." },
    Member { name: "KMSMasterKeyId", ty: Type::String, required: false, summary: "The KMS key that should be used for the KMS encryption. To specify a key, use its key ID, Amazon Resource Name (ARN), alias name, or alias ARN. Note that you should only provide this parameter if the key is different from the default DynamoDB key `alias/aws/dynamodb`." },
    Member { name: "SSEType", ty: Type::Enum(SSE_TYPE_VALUES), required: false, summary: "Server-side encryption type. The only supported value is:" },
]};

#[rustfmt::skip]
static STREAM_SPECIFICATION: Structure = Structure { name: "StreamSpecification", union: false, members: &[
    Member { name: "StreamEnabled", ty: Type::Boolean, required: true, summary: "Indicates whether DynamoDB Streams is enabled (true) or disabled (false) on the table." },
    Member { name: "StreamViewType", ty: Type::Enum(STREAM_VIEW_TYPE_VALUES), required: false, summary: "When an item in the table is modified, `StreamViewType` determines what information is written to the stream for this table. Valid values for `StreamViewType` are:" },
]};

#[rustfmt::skip]
static TABLE_CLASS_SUMMARY: Structure = Structure { name: "TableClassSummary", union: false, members: &[
    Member { name: "LastUpdateDateTime", ty: Type::Timestamp, required: false, summary: "The date and time at which the table class was last updated." },
    Member { name: "TableClass", ty: Type::Enum(TABLE_CLASS_VALUES), required: false, summary: "The table class of the specified table. Valid values are `STANDARD` and `STANDARD_INFREQUENT_ACCESS`." },
]};

#[rustfmt::skip]
static TABLE_DESCRIPTION: Structure = Structure { name: "TableDescription", union: false, members: &[
    Member { name: "ArchivalSummary", ty: Type::Structure(&ARCHIVAL_SUMMARY), required: false, summary: "Contains information about the table archive." },
    Member { name: "AttributeDefinitions", ty: Type::List(&Type::Structure(&ATTRIBUTE_DEFINITION)), required: false, summary: "An array of `AttributeDefinition` objects. Each of these objects describes one attribute in the table and index key schema." },
    Member { name: "BillingModeSummary", ty: Type::Structure(&BILLING_MODE_SUMMARY), required: false, summary: "Contains the details for the read/write capacity mode." },
    Member { name: "CreationDateTime", ty: Type::Timestamp, required: false, summary: "The date and time when the table was created, in [UNIX epoch time](http://www.epochconverter.com/) format." },
    Member { name: "DeletionProtectionEnabled", ty: Type::Boolean, required: false, summary: "Indicates whether deletion protection is enabled (true) or disabled (false) on the table." },
    Member { name: "GlobalSecondaryIndexes", ty: Type::List(&Type::Structure(&GLOBAL_SECONDARY_INDEX_DESCRIPTION)), required: false, summary: "The global secondary indexes, if any, on the table. Each index is scoped to a given partition key value. Each element is composed of:" },
    Member { name: "GlobalTableVersion", ty: Type::String, required: false, summary: "Represents the version of [global tables](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html) in use, if the table is replicated across Amazon Web Services Regions." },
    Member { name: "ItemCount", ty: Type::Integer, required: false, summary: "The number of items in the specified table. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value." },
    Member { name: "KeySchema", ty: Type::List(&Type::Structure(&KEY_SCHEMA_ELEMENT)), required: false, summary: "The primary key structure for the table. Each `KeySchemaElement` consists of:" },
    Member { name: "LatestStreamArn", ty: Type::String, required: false, summary: "The Amazon Resource Name (ARN) that uniquely identifies the latest stream for this table." },
    Member { name: "LatestStreamLabel", ty: Type::String, required: false, summary: "A timestamp, in ISO 8601 format, for this stream." },
    Member { name: "LocalSecondaryIndexes", ty: Type::List(&Type::Structure(&LOCAL_SECONDARY_INDEX_DESCRIPTION)), required: false, summary: "Represents one or more local secondary indexes on the table. Each index is scoped to a given partition key value. Tables with one or more local secondary indexes are subject to an item collection size limit, where the amount of data within a given item collection cannot exceed 10 GB. Each element is composed of:" },
    Member { name: "MultiRegionConsistency", ty: Type::Enum(MULTI_REGION_CONSISTENCY_VALUES), required: false, summary: "Indicates one of the following consistency modes for a global table:" },
    Member { name: "OnDemandThroughput", ty: Type::Structure(&ON_DEMAND_THROUGHPUT), required: false, summary: "The maximum number of read and write units for the specified on-demand table. If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both." },
    Member { name: "ProvisionedThroughput", ty: Type::Structure(&PROVISIONED_THROUGHPUT_DESCRIPTION), required: false, summary: "The provisioned throughput settings for the table, consisting of read and write capacity units, along with data about increases and decreases." },
    Member { name: "Replicas", ty: Type::List(&Type::Structure(&REPLICA_DESCRIPTION)), required: false, summary: "Represents replicas of the table." },
    Member { name: "RestoreSummary", ty: Type::Structure(&RESTORE_SUMMARY), required: false, summary: "Contains details for the restore." },
    Member { name: "SSEDescription", ty: Type::Structure(&SSE_DESCRIPTION), required: false, summary: "The description of the server-side encryption status on the specified table." },
    Member { name: "StreamSpecification", ty: Type::Structure(&STREAM_SPECIFICATION), required: false, summary: "The current DynamoDB Streams configuration for the table." },
    Member { name: "TableArn", ty: Type::String, required: false, summary: "The Amazon Resource Name (ARN) that uniquely identifies the table." },
    Member { name: "TableClassSummary", ty: Type::Structure(&TABLE_CLASS_SUMMARY), required: false, summary: "Contains details of the table class." },
    Member { name: "TableId", ty: Type::String, required: false, summary: "Unique identifier for the table for which the backup was created." },
    Member { name: "TableName", ty: Type::String, required: false, summary: "The name of the table." },
    Member { name: "TableSizeBytes", ty: Type::Integer, required: false, summary: "The total size of the specified table, in bytes. DynamoDB updates this value approximately every six hours. Recent changes might not be reflected in this value." },
    Member { name: "TableStatus", ty: Type::Enum(TABLE_STATUS_VALUES), required: false, summary: "The current state of the table:" },
    Member { name: "WarmThroughput", ty: Type::Structure(&TABLE_WARM_THROUGHPUT_DESCRIPTION), required: false, summary: "Describes the warm throughput value of the base table." },
]};

#[rustfmt::skip]
static TABLE_WARM_THROUGHPUT_DESCRIPTION: Structure = Structure { name: "TableWarmThroughputDescription", union: false, members: &[
    Member { name: "ReadUnitsPerSecond", ty: Type::Integer, required: false, summary: "Represents the base table's warm throughput value in read units per second." },
    Member { name: "Status", ty: Type::Enum(TABLE_STATUS_VALUES), required: false, summary: "Represents warm throughput value of the base table.." },
    Member { name: "WriteUnitsPerSecond", ty: Type::Integer, required: false, summary: "Represents the base table's warm throughput value in write units per second." },
]};

#[rustfmt::skip]
static TAG: Structure = Structure { name: "Tag", union: false, members: &[
    Member { name: "Key", ty: Type::String, required: true, summary: "The key of the tag. Tag keys are case sensitive. Each DynamoDB table can only have up to one tag with the same key. If you try to add an existing tag (same key), the existing tag value will be updated to the new value." },
    Member { name: "Value", ty: Type::String, required: true, summary: "The value of the tag. Tag values are case-sensitive and can be null." },
]};

#[rustfmt::skip]
static UPDATE_ITEM_INPUT: Structure = Structure { name: "UpdateItemInput", union: false, members: &[
    Member { name: "AttributeUpdates", ty: Type::Map(&Type::Structure(&ATTRIBUTE_VALUE_UPDATE)), required: false, summary: "This is a legacy parameter. Use `UpdateExpression` instead. For more information, see [AttributeUpdates](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributeUpdates.html) in the *Amazon DynamoDB Developer Guide*." },
    Member { name: "ConditionExpression", ty: Type::String, required: false, summary: "A condition that must be satisfied in order for a conditional update to succeed." },
    Member { name: "ConditionalOperator", ty: Type::Enum(CONDITIONAL_OPERATOR_VALUES), required: false, summary: "This is a legacy parameter. Use `ConditionExpression` instead. For more information, see [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html) in the *Amazon DynamoDB Developer Guide*." },
    Member { name: "Expected", ty: Type::Map(&Type::Structure(&EXPECTED_ATTRIBUTE_VALUE)), required: false, summary: "This is a legacy parameter. Use `ConditionExpression` instead. For more information, see [Expected](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html) in the *Amazon DynamoDB Developer Guide*." },
    Member { name: "ExpressionAttributeNames", ty: Type::Map(&Type::String), required: false, summary: "One or more substitution tokens for attribute names in an expression. The following are some use cases for using `ExpressionAttributeNames`:" },
    Member { name: "ExpressionAttributeValues", ty: Type::Map(&Type::Structure(&ATTRIBUTE_VALUE)), required: false, summary: "One or more values that can be substituted in an expression." },
    Member { name: "Key", ty: Type::Map(&Type::Structure(&ATTRIBUTE_VALUE)), required: true, summary: "The primary key of the item to be updated. Each element consists of an attribute name and a value for that attribute." },
    Member { name: "ReturnConsumedCapacity", ty: Type::Enum(RETURN_CONSUMED_CAPACITY_VALUES), required: false, summary: "" },
    Member { name: "ReturnItemCollectionMetrics", ty: Type::Enum(RETURN_ITEM_COLLECTION_METRICS_VALUES), required: false, summary: "Determines whether item collection metrics are returned. If set to `SIZE`, the response includes statistics about item collections, if any, that were modified during the operation are returned in the response. If set to `NONE` (the default), no statistics are returned." },
    Member { name: "ReturnValues", ty: Type::Enum(RETURN_VALUE_VALUES), required: false, summary: "Use `ReturnValues` if you want to get the item attributes as they appear before or after they are successfully updated. For `UpdateItem`, the valid values are:" },
    Member { name: "ReturnValuesOnConditionCheckFailure", ty: Type::Enum(RETURN_VALUES_ON_CONDITION_CHECK_FAILURE_VALUES), required: false, summary: "An optional parameter that returns the item attributes for an `UpdateItem` operation that failed a condition check." },
    Member { name: "TableName", ty: Type::String, required: true, summary: "The name of the table containing the item to update. You can also provide the Amazon Resource Name (ARN) of the table in this parameter." },
    Member { name: "UpdateExpression", ty: Type::String, required: false, summary: "An expression that defines one or more attributes to be updated, the action to be performed on them, and new values for them." },
]};

#[rustfmt::skip]
static UPDATE_ITEM_OUTPUT: Structure = Structure { name: "UpdateItemOutput", union: false, members: &[
    Member { name: "Attributes", ty: Type::Map(&Type::Structure(&ATTRIBUTE_VALUE)), required: false, summary: "A map of attribute values as they appear before or after the `UpdateItem` operation, as determined by the `ReturnValues` parameter." },
    Member { name: "ConsumedCapacity", ty: Type::Structure(&CONSUMED_CAPACITY), required: false, summary: "The capacity units consumed by the `UpdateItem` operation. The data returned includes the total provisioned throughput consumed, along with statistics for the table and any indexes involved in the operation. `ConsumedCapacity` is only returned if the `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unity consumption for write operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#write-operation-consumption) in the *Amazon DynamoDB Developer Guide*." },
    Member { name: "ItemCollectionMetrics", ty: Type::Structure(&ITEM_COLLECTION_METRICS), required: false, summary: "Information about item collections, if any, that were affected by the `UpdateItem` operation. `ItemCollectionMetrics` is only returned if the `ReturnItemCollectionMetrics` parameter was specified. If the table does not have any local secondary indexes, this information is not returned in the response." },
]};

#[rustfmt::skip]
static WARM_THROUGHPUT: Structure = Structure { name: "WarmThroughput", union: false, members: &[
    Member { name: "ReadUnitsPerSecond", ty: Type::Integer, required: false, summary: "Represents the number of read operations your base table can instantaneously support." },
    Member { name: "WriteUnitsPerSecond", ty: Type::Integer, required: false, summary: "Represents the number of write operations your base table can instantaneously support." },
]};

#[rustfmt::skip]
const ATTRIBUTE_ACTION_VALUES: &[&str] = &["ADD", "DELETE", "PUT"];
#[rustfmt::skip]
const BILLING_MODE_VALUES: &[&str] = &["PAY_PER_REQUEST", "PROVISIONED"];
#[rustfmt::skip]
const COMPARISON_OPERATOR_VALUES: &[&str] = &["BEGINS_WITH", "BETWEEN", "CONTAINS", "EQ", "GE", "GT", "IN", "LE", "LT", "NE", "NOT_CONTAINS", "NOT_NULL", "NULL"];
#[rustfmt::skip]
const CONDITIONAL_OPERATOR_VALUES: &[&str] = &["AND", "OR"];
#[rustfmt::skip]
const INDEX_STATUS_VALUES: &[&str] = &["ACTIVE", "CREATING", "DELETING", "UPDATING"];
#[rustfmt::skip]
const KEY_TYPE_VALUES: &[&str] = &["HASH", "RANGE"];
#[rustfmt::skip]
const MULTI_REGION_CONSISTENCY_VALUES: &[&str] = &["EVENTUAL", "STRONG"];
#[rustfmt::skip]
const PROJECTION_TYPE_VALUES: &[&str] = &["ALL", "INCLUDE", "KEYS_ONLY"];
#[rustfmt::skip]
const REPLICA_STATUS_VALUES: &[&str] = &["ACTIVE", "CREATING", "CREATION_FAILED", "DELETING", "INACCESSIBLE_ENCRYPTION_CREDENTIALS", "REGION_DISABLED", "UPDATING"];
#[rustfmt::skip]
const RETURN_CONSUMED_CAPACITY_VALUES: &[&str] = &["INDEXES", "NONE", "TOTAL"];
#[rustfmt::skip]
const RETURN_ITEM_COLLECTION_METRICS_VALUES: &[&str] = &["NONE", "SIZE"];
#[rustfmt::skip]
const RETURN_VALUE_VALUES: &[&str] = &["ALL_NEW", "ALL_OLD", "NONE", "UPDATED_NEW", "UPDATED_OLD"];
#[rustfmt::skip]
const RETURN_VALUES_ON_CONDITION_CHECK_FAILURE_VALUES: &[&str] = &["ALL_OLD", "NONE"];
#[rustfmt::skip]
const SCALAR_ATTRIBUTE_TYPE_VALUES: &[&str] = &["B", "N", "S"];
#[rustfmt::skip]
const SELECT_VALUES: &[&str] = &["ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "COUNT", "SPECIFIC_ATTRIBUTES"];
#[rustfmt::skip]
const SSE_STATUS_VALUES: &[&str] = &["DISABLED", "DISABLING", "ENABLED", "ENABLING", "UPDATING"];
#[rustfmt::skip]
const SSE_TYPE_VALUES: &[&str] = &["AES256", "KMS"];
#[rustfmt::skip]
const STREAM_VIEW_TYPE_VALUES: &[&str] = &["KEYS_ONLY", "NEW_AND_OLD_IMAGES", "NEW_IMAGE", "OLD_IMAGE"];
#[rustfmt::skip]
const TABLE_CLASS_VALUES: &[&str] = &["STANDARD", "STANDARD_INFREQUENT_ACCESS"];
#[rustfmt::skip]
const TABLE_STATUS_VALUES: &[&str] = &["ACTIVE", "ARCHIVED", "ARCHIVING", "CREATING", "DELETING", "INACCESSIBLE_ENCRYPTION_CREDENTIALS", "UPDATING"];
