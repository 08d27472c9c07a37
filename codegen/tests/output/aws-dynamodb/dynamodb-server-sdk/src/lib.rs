// Generated from models/aws-dynamodb.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Server SDK for the Amazon DynamoDB: implement [`DynamoDb`] and serve [`DynamoDbServer`].
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
pub use dynamodb_types;
use dynamodb_types::error::*;
use dynamodb_types::model::*;
/// Amazon DynamoDB
///
/// Amazon DynamoDB is a fully managed NoSQL database service that provides fast and predictable performance with seamless scalability. DynamoDB lets you offload the administrative burdens of operating and scaling a distributed database, so that you don't have to worry about hardware provisioning, setup and configuration, replication, software patching, or cluster scaling.
///
/// With DynamoDB, you can create database tables that can store and retrieve any amount of data, and serve any level of request traffic. You can scale up or scale down your tables' throughput capacity without downtime or performance degradation, and use the Amazon Web Services Management Console to monitor resource utilization and performance metrics.
///
/// DynamoDB automatically spreads the data and traffic for your tables over a sufficient number of servers to handle your throughput and storage requirements, while maintaining consistent and fast performance. All of your data is stored on solid state disks (SSDs) and automatically replicated across multiple Availability Zones in an Amazon Web Services Region, providing built-in high availability and data durability.
///
/// Every method has a default that answers `NotImplementedException`
/// (HTTP 501); implement the operations your service supports.
pub trait DynamoDb: rt::Send + rt::Sync + 'static {
    /// The `CreateTable` operation adds a new table to your account. In an Amazon Web Services account, table names must be unique within each Region. That is, you can have two tables with same name if you create the tables in different Regions.
    ///
    /// `CreateTable` is an asynchronous operation. Upon receiving a `CreateTable` request, DynamoDB immediately returns a response with a `TableStatus` of `CREATING`. After the table is created, DynamoDB sets the `TableStatus` to `ACTIVE`. You can perform read and write operations only on an `ACTIVE` table.
    ///
    /// You can optionally define secondary indexes on the new table, as part of the `CreateTable` operation. If you want to create multiple tables with secondary indexes on them, you must create the tables sequentially. Only one table with secondary indexes can be in the `CREATING` state at any given time.
    ///
    /// You can use the `DescribeTable` action to check the table status.
    fn create_table(
        &self,
        input: CreateTableInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<CreateTableOutput, CreateTableError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("CreateTable")) }
    }
    /// The `DeleteTable` operation deletes a table and all of its items. After a `DeleteTable` request, the specified table is in the `DELETING` state until DynamoDB completes the deletion. If the table is in the `ACTIVE` state, you can delete it. If a table is in `CREATING` or `UPDATING` states, then DynamoDB returns a `ResourceInUseException`. If the specified table does not exist, DynamoDB returns a `ResourceNotFoundException`. If table is already in the `DELETING` state, no error is returned.
    ///
    /// **Note:** For global tables, this operation only applies to global tables using Version 2019.11.21 (Current version).
    ///
    /// **Note:** DynamoDB might continue to accept data read and write operations, such as `GetItem` and `PutItem`, on a table in the `DELETING` state until the table deletion is complete. For the full list of table states, see [TableStatus](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableDescription.html#DDB-Type-TableDescription-TableStatus).
    ///
    /// When you delete a table, any indexes on that table are also deleted.
    ///
    /// If you have DynamoDB Streams enabled on the table, then the corresponding stream on that table goes into the `DISABLED` state, and the stream is automatically deleted after 24 hours.
    ///
    /// Use the `DescribeTable` action to check the status of the table.
    fn delete_table(
        &self,
        input: DeleteTableInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<DeleteTableOutput, DeleteTableError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DeleteTable")) }
    }
    /// Returns the regional endpoint information. For more information on policy permissions, please see [Internetwork traffic privacy](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/inter-network-traffic-privacy.html#inter-network-traffic-DescribeEndpoints).
    fn describe_endpoints(
        &self,
        input: DescribeEndpointsRequest,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<DescribeEndpointsResponse, DescribeEndpointsError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DescribeEndpoints")) }
    }
    /// Returns the current provisioned-capacity quotas for your Amazon Web Services account in a Region, both for the Region as a whole and for any one DynamoDB table that you create there.
    ///
    /// When you establish an Amazon Web Services account, the account has initial quotas on the maximum read capacity units and write capacity units that you can provision across all of your DynamoDB tables in a given Region. Also, there are per-table quotas that apply when you create a table there. For more information, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) page in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Although you can increase these quotas by filing a case at [Amazon Web Services Support Center](https://console.aws.amazon.com/support/home#/), obtaining the increase is not instantaneous. The `DescribeLimits` action lets you write code to compare the capacity you are currently using to those quotas imposed by your account so that you have enough time to apply for an increase before you hit a quota.
    ///
    /// For example, you could use one of the Amazon Web Services SDKs to do the following:
    ///
    /// - Call `DescribeLimits` for a particular Region to obtain your current account quotas on provisioned capacity there.
    /// - Create a variable to hold the aggregate read capacity units provisioned for all your tables in that Region, and one to hold the aggregate write capacity units. Zero them both.
    /// - Call `ListTables` to obtain a list of all your DynamoDB tables.
    /// - For each table name listed by `ListTables`, do the following:
    /// - Call `DescribeTable` with the table name.
    /// - Use the data returned by `DescribeTable` to add the read capacity units and write capacity units provisioned for the table itself to your variables.
    /// - If the table has one or more global secondary indexes (GSIs), loop over these GSIs and add their provisioned capacity values to your variables as well.
    /// - Report the account quotas for that Region returned by `DescribeLimits`, along with the total current provisioned capacity levels you have calculated.
    ///
    /// This will let you see whether you are getting close to your account-level quotas.
    ///
    /// The per-table quotas apply only when you are creating a new table. They restrict the sum of the provisioned capacity of the new table itself and all its global secondary indexes.
    ///
    /// For existing tables and their GSIs, DynamoDB doesn't let you increase provisioned capacity extremely rapidly, but the only quota that applies is that the aggregate provisioned capacity over all your tables and GSIs cannot exceed either of the per-account quotas.
    ///
    /// **Note:** `DescribeLimits` should only be called periodically. You can expect throttling errors if you call it more than once in a minute.
    ///
    /// The `DescribeLimits` Request element has no content.
    fn describe_limits(
        &self,
        input: DescribeLimitsInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<DescribeLimitsOutput, DescribeLimitsError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DescribeLimits")) }
    }
    /// Returns information about the table, including the current status of the table, when it was created, the primary key schema, and any indexes on the table.
    ///
    /// **Note:** For global tables, this operation only applies to global tables using Version 2019.11.21 (Current version).
    ///
    /// **Note:** If you issue a `DescribeTable` request immediately after a `CreateTable` request, DynamoDB might return a `ResourceNotFoundException`. This is because `DescribeTable` uses an eventually consistent query, and the metadata for your table might not be available at that moment. Wait for a few seconds, and then try the `DescribeTable` request again.
    fn describe_table(
        &self,
        input: DescribeTableInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<DescribeTableOutput, DescribeTableError>> + rt::Send
    {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("DescribeTable")) }
    }
    /// The `GetItem` operation returns a set of attributes for the item with the given primary key. If there is no matching item, `GetItem` does not return any data and there will be no `Item` element in the response.
    ///
    /// `GetItem` provides an eventually consistent read by default. If your application requires a strongly consistent read, set `ConsistentRead` to `true`. Although a strongly consistent read might take more time than an eventually consistent read, it always returns the last updated value.
    fn get_item(
        &self,
        input: GetItemInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<GetItemOutput, GetItemError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("GetItem")) }
    }
    /// Creates a new item, or replaces an old item with a new item. If an item that has the same primary key as the new item already exists in the specified table, the new item completely replaces the existing item. You can perform a conditional put operation (add a new item if one with the specified primary key doesn't exist), or replace an existing item if it has certain attribute values. You can return the item's attribute values in the same operation, using the `ReturnValues` parameter.
    ///
    /// When you add an item, the primary key attributes are the only required attributes.
    ///
    /// Empty String and Binary attribute values are allowed. Attribute values of type String and Binary must have a length greater than zero if the attribute is used as a key attribute for a table or index. Set type attributes cannot be empty.
    ///
    /// Invalid Requests with empty values will be rejected with a `ValidationException` exception.
    ///
    /// **Note:** To prevent a new item from replacing an existing item, use a conditional expression that contains the `attribute_not_exists` function with the name of the attribute being used as the partition key for the table. Since every record must contain that attribute, the `attribute_not_exists` function will only succeed if no matching item exists.
    ///
    /// For more information about `PutItem`, see [Working with Items](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithItems.html) in the *Amazon DynamoDB Developer Guide*.
    fn put_item(
        &self,
        input: PutItemInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<PutItemOutput, PutItemError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("PutItem")) }
    }
    /// You must provide the name of the partition key attribute and a single value for that attribute. `Query` returns all items with that partition key value. Optionally, you can provide a sort key attribute and use a comparison operator to refine the search results.
    ///
    /// Use the `KeyConditionExpression` parameter to provide a specific value for the partition key. The `Query` operation will return all of the items from the table or index with that partition key value. You can optionally narrow the scope of the `Query` operation by specifying a sort key value and a comparison operator in `KeyConditionExpression`. To further refine the `Query` results, you can optionally provide a `FilterExpression`. A `FilterExpression` determines which items within the results should be returned to you. All of the other results are discarded.
    ///
    /// A `Query` operation always returns a result set. If no matching items are found, the result set will be empty. Queries that do not return results consume the minimum number of read capacity units for that type of read operation.
    ///
    /// **Note:** DynamoDB calculates the number of read capacity units consumed based on item size, not on the amount of data that is returned to an application. The number of capacity units consumed will be the same whether you request all of the attributes (the default behavior) or just some of them (using a projection expression). The number will also be the same whether or not you use a `FilterExpression`.
    ///
    /// `Query` results are always sorted by the sort key value. If the data type of the sort key is Number, the results are returned in numeric order; otherwise, the results are returned in order of UTF-8 bytes. By default, the sort order is ascending. To reverse the order, set the `ScanIndexForward` parameter to false.
    ///
    /// A single `Query` operation will read up to the maximum number of items set (if using the `Limit` parameter) or a maximum of 1 MB of data and then apply any filtering to the results using `FilterExpression`. If `LastEvaluatedKey` is present in the response, you will need to paginate the result set. For more information, see [Paginating the Results](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.html#Query.Pagination) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// `FilterExpression` is applied after a `Query` finishes, but before the results are returned. A `FilterExpression` cannot contain partition key or sort key attributes. You need to specify those attributes in the `KeyConditionExpression`.
    ///
    /// **Note:** A `Query` operation can return an empty result set and a `LastEvaluatedKey` if all the items read for the page of results are filtered out.
    ///
    /// You can query a table, a local secondary index, or a global secondary index. For a query on a table or on a local secondary index, you can set the `ConsistentRead` parameter to `true` and obtain a strongly consistent result. Global secondary indexes support eventually consistent reads only, so do not specify `ConsistentRead` when querying a global secondary index.
    fn query(
        &self,
        input: QueryInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<QueryOutput, QueryError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("Query")) }
    }
    /// Edits an existing item's attributes, or adds a new item to the table if it does not already exist. You can put, delete, or add attribute values. You can also perform a conditional update on an existing item (insert a new attribute name-value pair if it doesn't exist, or replace an existing name-value pair if it has certain expected attribute values).
    ///
    /// You can also return the item's attribute values in the same `UpdateItem` operation using the `ReturnValues` parameter.
    fn update_item(
        &self,
        input: UpdateItemInput,
        cx: Context,
    ) -> impl rt::Future<Output = rt::Result<UpdateItemOutput, UpdateItemError>> + rt::Send {
        let _ = (input, cx);
        async { Err(rt::server::not_implemented("UpdateItem")) }
    }
}
/// The operations of [`DynamoDbServer`]: what a [`rt::server::Plugin`] is told each request is.
#[allow(clippy::enum_variant_names)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Operation {
    /// A call of [`DynamoDb::create_table`].
    CreateTable,
    /// A call of [`DynamoDb::delete_table`].
    DeleteTable,
    /// A call of [`DynamoDb::describe_endpoints`].
    DescribeEndpoints,
    /// A call of [`DynamoDb::describe_limits`].
    DescribeLimits,
    /// A call of [`DynamoDb::describe_table`].
    DescribeTable,
    /// A call of [`DynamoDb::get_item`].
    GetItem,
    /// A call of [`DynamoDb::put_item`].
    PutItem,
    /// A call of [`DynamoDb::query`].
    Query,
    /// A call of [`DynamoDb::update_item`].
    UpdateItem,
}
impl Operation {
    /// Every operation, in the model's order.
    pub const ALL: &'static [Self] = &[
        Self::CreateTable,
        Self::DeleteTable,
        Self::DescribeEndpoints,
        Self::DescribeLimits,
        Self::DescribeTable,
        Self::GetItem,
        Self::PutItem,
        Self::Query,
        Self::UpdateItem,
    ];
    /// The operation's name in the model.
    pub fn name(self) -> &'static str {
        match self {
            Self::CreateTable => "CreateTable",
            Self::DeleteTable => "DeleteTable",
            Self::DescribeEndpoints => "DescribeEndpoints",
            Self::DescribeLimits => "DescribeLimits",
            Self::DescribeTable => "DescribeTable",
            Self::GetItem => "GetItem",
            Self::PutItem => "PutItem",
            Self::Query => "Query",
            Self::UpdateItem => "UpdateItem",
        }
    }
    /// Whether the model marks the operation `@readonly`: it changes nothing.
    pub fn is_readonly(self) -> bool {
        let _ = self;
        false
    }
}
/// The [`DynamoDb`] as a tower `Service` over HTTP, answering `aws.protocols#awsJson1_0`: routes each request to its operation, validates input, answers errors as the protocol's clients expect.
///
/// `P` are the [plugins](rt::server::Plugin) added with [`Self::plugin`].
pub struct DynamoDbServer<S, P = ()> {
    handler: rt::Arc<S>,
    routes: rt::Arc<rt::server::Routes<Operation>>,
    config: rt::Arc<Config>,
    plugins: rt::Arc<P>,
}
impl<S: DynamoDb> DynamoDbServer<S> {
    /// Serves `handler` with the default [`Config`].
    pub fn new(handler: S) -> Self {
        Self::with_config(handler, Config::default())
    }
    /// Serves `handler` with `config`.
    pub fn with_config(handler: S, config: Config) -> Self {
        let routes = rt::server::Routes::new(
            "DynamoDB_20120810",
            &[rt::Protocol::AwsJson1_0],
            &[
                (&dynamodb_types::http::CREATE_TABLE, Operation::CreateTable),
                (&dynamodb_types::http::DELETE_TABLE, Operation::DeleteTable),
                (
                    &dynamodb_types::http::DESCRIBE_ENDPOINTS,
                    Operation::DescribeEndpoints,
                ),
                (
                    &dynamodb_types::http::DESCRIBE_LIMITS,
                    Operation::DescribeLimits,
                ),
                (
                    &dynamodb_types::http::DESCRIBE_TABLE,
                    Operation::DescribeTable,
                ),
                (&dynamodb_types::http::GET_ITEM, Operation::GetItem),
                (&dynamodb_types::http::PUT_ITEM, Operation::PutItem),
                (&dynamodb_types::http::QUERY, Operation::Query),
                (&dynamodb_types::http::UPDATE_ITEM, Operation::UpdateItem),
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
impl<S: DynamoDb, P: rt::server::Plugin<Operation>> DynamoDbServer<S, P> {
    /// Adds `plugin` for every operation (or, with
    /// [`only`](rt::server::Plugin::only), some): it runs inside those
    /// added before it.
    pub fn plugin<Q: rt::server::Plugin<Operation>>(self, plugin: Q) -> DynamoDbServer<S, (P, Q)>
    where
        P: rt::Clone,
    {
        DynamoDbServer {
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
                Operation::CreateTable => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.create_table(input, cx)
                    })
                    .await
                }
                Operation::DeleteTable => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.delete_table(input, cx)
                    })
                    .await
                }
                Operation::DescribeEndpoints => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.describe_endpoints(input, cx)
                    })
                    .await
                }
                Operation::DescribeLimits => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.describe_limits(input, cx)
                    })
                    .await
                }
                Operation::DescribeTable => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.describe_table(input, cx)
                    })
                    .await
                }
                Operation::GetItem => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.get_item(input, cx)
                    })
                    .await
                }
                Operation::PutItem => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.put_item(input, cx)
                    })
                    .await
                }
                Operation::Query => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.query(input, cx)
                    })
                    .await
                }
                Operation::UpdateItem => {
                    rt::server::invoke(&call, &input, stream.take(), |input| {
                        handler.update_item(input, cx)
                    })
                    .await
                }
            },
        };
        let mut response = rt::server::respond(&call, result, dynamodb_types::http::ERROR_HEADERS);
        self.plugins.after(op, &call, &mut response);
        response
    }
}
impl<S, P> rt::Clone for DynamoDbServer<S, P> {
    fn clone(&self) -> Self {
        Self {
            handler: rt::Arc::clone(&self.handler),
            routes: rt::Arc::clone(&self.routes),
            config: rt::Arc::clone(&self.config),
            plugins: rt::Arc::clone(&self.plugins),
        }
    }
}
impl<S, P, B> tower::Service<http::Request<B>> for DynamoDbServer<S, P>
where
    S: DynamoDb,
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
