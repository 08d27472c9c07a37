$version: "2.0"

// A service served on several protocols at once: AWS Marketplace
// Entitlement Service's GetEntitlements as AWS describes it (botocore 1.43
// lists `smithy-rpc-v2-cbor` first and `json` after it for this service),
// listed here with awsJson1_1, rpcv2Cbor, rpcv2Json and, with an `@http`
// binding of our own, restJson1. The documentation is our own.
namespace com.amazonaws.marketplaceentitlementservice

use aws.api#service
use aws.auth#sigv4
use aws.protocols#awsJson1_1
use aws.protocols#restJson1
use smithy.protocols#rpcv2Cbor
use smithy.protocols#rpcv2Json

/// Tells which entitlements customers hold for a product.
@service(sdkId: "Marketplace Entitlement Service", endpointPrefix: "entitlement.marketplace")
@sigv4(name: "aws-marketplace")
@awsJson1_1
@restJson1
@rpcv2Cbor
@rpcv2Json
@title("AWS Marketplace Entitlement Service")
service AWSMPEntitlementService {
    version: "2017-01-11"
    operations: [GetEntitlements]
}

/// The entitlements of a product, filtered and paginated.
@http(method: "POST", uri: "/entitlements/{ProductCode}")
@paginated(inputToken: "NextToken", outputToken: "NextToken", items: "Entitlements", pageSize: "MaxResults")
operation GetEntitlements {
    input := {
        /// The product whose entitlements are listed.
        @required
        @httpLabel
        ProductCode: ProductCode

        /// Only entitlements whose named fields hold one of the values.
        Filter: GetEntitlementFilters

        /// Where the previous page ended.
        @httpQuery("nextToken")
        NextToken: NonEmptyString

        /// At most this many entitlements.
        @httpHeader("x-max-results")
        MaxResults: PageSizeInteger
    }
    output := {
        /// The entitlements found.
        Entitlements: EntitlementList

        /// Where the next page starts, when there is one.
        NextToken: NonEmptyString
    }
    errors: [InvalidParameterException, ThrottlingException, InternalServiceErrorException]
}

/// A product code.
@length(min: 1, max: 255)
string ProductCode

/// A string with no whitespace-only value.
@pattern("\\S+")
string NonEmptyString

/// A page size.
@range(min: 1, max: 25)
integer PageSizeInteger

/// Filters by field.
map GetEntitlementFilters {
    key: GetEntitlementFilterName
    value: FilterValueList
}

/// The fields entitlements can be filtered on.
enum GetEntitlementFilterName {
    CUSTOMER_IDENTIFIER
    DIMENSION
    CUSTOMER_AWS_ACCOUNT_ID
    LICENSE_ARN
}

/// The values a filter accepts.
@length(min: 1)
list FilterValueList {
    member: String
}

/// Entitlements.
list EntitlementList {
    member: Entitlement
}

/// Capacity a customer holds in a product.
structure Entitlement {
    /// The product.
    ProductCode: ProductCode

    /// The dimension of the product.
    Dimension: NonEmptyString

    /// Who holds it.
    CustomerIdentifier: NonEmptyString

    /// The holder's AWS account.
    CustomerAWSAccountId: NonEmptyString

    /// How much.
    Value: EntitlementValue

    /// Until when.
    ExpirationDate: Timestamp

    /// The license granted.
    LicenseArn: String
}

/// An amount of one of four kinds.
structure EntitlementValue {
    /// An integer amount.
    IntegerValue: Integer

    /// A fractional amount.
    DoubleValue: Double

    /// A yes or no.
    BooleanValue: Boolean

    /// A text amount.
    StringValue: String
}

/// A parameter was not valid.
@error("client")
structure InvalidParameterException {
    message: String
}

/// Too many requests.
@error("client")
structure ThrottlingException {
    message: String
}

/// The service failed.
@error("server")
structure InternalServiceErrorException {
    message: String
}
