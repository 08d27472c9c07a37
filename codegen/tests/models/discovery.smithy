$version: "2.0"

// Endpoint discovery as DynamoDB and Timestream use it: a discovery
// operation, operations that require a discovered endpoint or merely prefer
// one, an operation whose endpoint depends on an identifier, and the error
// that says a discovered endpoint went stale. The documentation is our own.
namespace example.cells

use aws.api#clientDiscoveredEndpoint
use aws.api#clientEndpointDiscovery
use aws.api#clientEndpointDiscoveryId
use aws.auth#sigv4
use aws.protocols#awsJson1_0

/// A store whose tables live in cells; clients ask which cell to call.
@awsJson1_0
@sigv4(name: "cells")
@clientEndpointDiscovery(operation: DescribeEndpoints, error: InvalidEndpointException)
@title("Cells")
service Cells {
    version: "2026-12-07"
    operations: [DescribeEndpoints, GetItem, ListTables, DescribeTable]
}

/// Names the endpoints to call.
operation DescribeEndpoints {
    input := {
        /// The operation the endpoint is for, when it takes identifiers.
        Operation: String

        /// The identifiers of the operation's call.
        Identifiers: Identifiers
    }
    output := {
        /// The endpoints, most preferred first.
        @required
        Endpoints: Endpoints
    }
}

/// Identifier names to values.
map Identifiers {
    key: String
    value: String
}

/// Endpoints to call.
list Endpoints {
    member: Endpoint
}

/// One endpoint and how long to keep it.
structure Endpoint {
    /// The host (or URL) to call.
    @required
    Address: String

    /// Minutes the endpoint may be cached.
    @required
    CachePeriodInMinutes: Long = 0
}

/// Reads an item; only a cell can answer.
@clientDiscoveredEndpoint(required: true)
operation GetItem {
    input := {
        /// The item.
        Key: String
    }
    output: Served
    errors: [InvalidEndpointException]
}

/// Lists tables; any endpoint can answer, a cell faster.
@readonly
@clientDiscoveredEndpoint(required: false)
operation ListTables {
    output: Served
    errors: [InvalidEndpointException]
}

/// Describes a table, at the cell that holds it.
@readonly
@clientDiscoveredEndpoint(required: true)
operation DescribeTable {
    input := {
        /// The table.
        @required
        @clientEndpointDiscoveryId
        TableName: String
    }
    output: Served
    errors: [InvalidEndpointException]
}

/// Who answered.
structure Served {
    /// The name of the server that answered.
    ServedBy: String
}

/// The endpoint called is not (or no longer) the one for this call.
@error("client")
@httpError(421)
structure InvalidEndpointException {
    /// What went wrong.
    Message: String
}
