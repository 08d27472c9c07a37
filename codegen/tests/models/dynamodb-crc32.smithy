$version: "2.0"

// A one-operation stand-in with DynamoDB's service shape id, so that the
// customizations the AWS SDKs make for DynamoDB apply to it (responses'
// `x-amz-crc32` checked, a mismatch retried): tests/tests/customizations.rs.
// The operation and documentation are our own.
namespace com.amazonaws.dynamodb

use aws.api#service
use aws.auth#sigv4
use aws.protocols#awsJson1_0

/// Stands in for DynamoDB.
@service(sdkId: "DynamoDB", endpointPrefix: "dynamodb")
@sigv4(name: "dynamodb")
@awsJson1_0
@title("DynamoDB stand-in")
service DynamoDB_20120810 {
    version: "2012-08-10"
    operations: [DescribeLimits]
}

/// The account's capacity limits.
@readonly
operation DescribeLimits {
    input := {}
    output := {
        /// The most read capacity units an account may provision.
        AccountMaxReadCapacityUnits: Long
    }
}
