//! What the generator does with each trait: applied, deliberately without
//! effect (with the reason), or refused with an error naming the shape. A
//! trait in none of these lists is refused too, unless the model defines it
//! itself (a custom trait) or it sits in a namespace that only carries
//! metadata (IAM, CloudFormation). `TRAITS.md` is generated from this table
//! (`cargo run -p codegen -- traits > codegen/TRAITS.md`; a test keeps it fresh).

use crate::load::Model;

/// How the generator treats a trait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handling {
    /// Changes the generated code; the text says how.
    Applied(&'static str),
    /// Has no effect on what the generated code sends or accepts; the text says why.
    NoEffect(&'static str),
    /// Would change behaviour in a way the generator cannot express yet.
    Refused(&'static str),
}

use Handling::{Applied, NoEffect, Refused};

const HTTP_BINDING: &str =
    "restJson1: where the member travels (awsJson sends every member in the JSON body)";
const DOCS: &str = "documentation and model metadata";
const RESOURCE: &str = "resource modelling: no effect on operations' wire form";
const XML: &str = "XML element and attribute names, namespaces and flattening in restXml bodies and awsQuery / ec2Query forms and responses";

/// Every trait the generator knows, by absolute id.
pub const TRAITS: &[(&str, Handling)] = &[
    // smithy.api: types and constraints.
    ("smithy.api#required", Applied("non-`Option` field; absent is a violation (servers), a fallback value (clients)")),
    ("smithy.api#default", Applied("non-`Option` field filled with the default when absent")),
    ("smithy.api#clientOptional", Applied("the member stays `Option` although it has a default or is required")),
    ("smithy.api#addedDefault", NoEffect("only says the default was added later; `@default` does the work")),
    ("smithy.api#box", Applied("Smithy 1.0 nullability: the member is `Option`")),
    ("smithy.api#length", Applied("checked on strings (characters), blobs (bytes), lists, maps and enum values")),
    ("smithy.api#pattern", Applied("checked; Java/ECMA syntax translated, look-around on a bounded backtracking engine")),
    ("smithy.api#range", Applied("checked on numbers")),
    ("smithy.api#uniqueItems", Applied("checked in linear time (hash buckets over canonical JSON)")),
    ("smithy.api#sparse", Applied("`Option` elements / values; null kept")),
    ("smithy.api#enum", Applied("Smithy 1.0 string enum: a Rust enum with `Unknown`")),
    ("smithy.api#enumValue", Applied("the wire value of an enum member")),
    ("smithy.api#timestampFormat", Applied("the JSON form of the timestamp")),
    ("smithy.api#jsonName", Applied("restJson1: the member's key in JSON bodies (awsJson ignores it by specification)")),
    ("smithy.api#mediaType", Applied("restJson1: the Content-Type of a payload; a string with it is base64 in a header")),
    ("smithy.api#sensitive", Applied("redacted in every `Debug`; bodies carrying it are not logged")),
    ("smithy.api#deprecated", Applied("`#[deprecated]` on the item, and a rustdoc line")),
    ("smithy.api#documentation", Applied("rustdoc")),
    ("smithy.api#externalDocumentation", NoEffect(DOCS)),
    ("smithy.api#examples", NoEffect(DOCS)),
    ("smithy.api#title", Applied("crate descriptions and rustdoc")),
    ("smithy.api#tags", NoEffect(DOCS)),
    ("smithy.api#since", NoEffect(DOCS)),
    ("smithy.api#unstable", NoEffect(DOCS)),
    ("smithy.api#internal", Applied("enum values left out of the values validation messages list")),
    ("smithy.api#recommended", NoEffect(DOCS)),
    ("smithy.api#suppress", NoEffect("validator suppressions")),
    ("smithy.api#private", NoEffect("model visibility")),
    ("smithy.api#idRef", NoEffect("model validation of shape-id strings")),
    ("smithy.api#trait", NoEffect("defines a trait")),
    ("smithy.api#mixin", Applied("mixins are flattened into the shapes that use them")),
    ("smithy.api#unitType", Applied("`Unit` input or output: an empty structure, an empty body")),
    ("smithy.api#input", NoEffect("marks an operation input structure")),
    ("smithy.api#output", NoEffect("marks an operation output structure")),
    // smithy.api: errors and behaviour.
    ("smithy.api#error", Applied("an error structure: client 400, server 500")),
    ("smithy.api#httpError", Applied("the error's HTTP status")),
    ("smithy.api#retryable", Applied("the client retries the error (`throttling`: as a throttling error)")),
    ("smithy.api#idempotencyToken", Applied("the client fills a UUIDv4 when the caller leaves it unset")),
    ("smithy.api#idempotent", NoEffect("retry-safety hint; retries depend on the error, not the operation")),
    ("smithy.api#readonly", Applied("servers' `Operation::is_readonly` (for plugins that let some callers only read)")),
    ("smithy.api#paginated", Applied("paginators (`into_paginator`, streams of pages and items)")),
    ("smithy.api#endpoint", Applied("the client prefixes the host, filling `{labels}` from `@hostLabel` members")),
    ("smithy.api#hostLabel", Applied("fills the `@endpoint` host prefix; must be a valid host label")),
    ("smithy.api#auth", Applied("the service's and each operation's auth schemes, in order: a client uses the first it has an identity for; `@auth([])` sends none and servers take anonymous calls")),
    ("smithy.api#optionalAuth", Applied("adds `noAuth` to the operation's schemes: clients without an identity send none; servers take calls that present no credentials")),
    ("smithy.api#requestCompression", Applied("clients gzip large bodies; servers decode `Content-Encoding: gzip`")),
    ("smithy.api#streaming", Applied("streaming blobs (restJson1 payloads) are `rt::ByteStream`s, read and sent chunk by chunk; streaming unions (restJson1 and restXml @httpPayload members; the body in awsJson and rpcv2, opened by an initial-request/initial-response message with the other members) are `rt::EventStream`s of typed events, framed as application/vnd.amazon.eventstream on both sides; awsJson refuses streaming blobs")),
    ("smithy.api#eventPayload", Applied("the event member is the frame's payload: a blob's bytes, a string's text, a structure or union in the protocol's codec (XML through its description in restXml)")),
    ("smithy.api#eventHeader", Applied("the event member travels as a typed frame header (boolean, byte, short, integer, long, blob, string, timestamp)")),
    ("smithy.api#requiresLength", NoEffect("a hint to clients; streams are sent chunked")),
    ("smithy.api#cors", NoEffect("browser CORS configuration of the service's front end")),
    ("smithy.api#httpChecksumRequired", Applied("clients send Content-MD5 of the body")),
    // HTTP bindings (restJson1 / restXml).
    ("smithy.api#http", Applied(HTTP_BINDING)),
    ("smithy.api#httpLabel", Applied(HTTP_BINDING)),
    ("smithy.api#httpQuery", Applied(HTTP_BINDING)),
    ("smithy.api#httpQueryParams", Applied(HTTP_BINDING)),
    ("smithy.api#httpHeader", Applied(HTTP_BINDING)),
    ("smithy.api#httpPrefixHeaders", Applied(HTTP_BINDING)),
    ("smithy.api#httpPayload", Applied(HTTP_BINDING)),
    ("smithy.api#httpResponseCode", Applied(HTTP_BINDING)),
    // XML.
    ("smithy.api#xmlName", Applied(XML)),
    ("smithy.api#xmlFlattened", Applied(XML)),
    ("smithy.api#xmlAttribute", Applied(XML)),
    ("smithy.api#xmlNamespace", Applied(XML)),
    // Resources.
    ("smithy.api#references", NoEffect(RESOURCE)),
    ("smithy.api#resourceIdentifier", NoEffect(RESOURCE)),
    ("smithy.api#nestedProperties", NoEffect(RESOURCE)),
    ("smithy.api#property", NoEffect(RESOURCE)),
    ("smithy.api#notProperty", NoEffect(RESOURCE)),
    ("smithy.api#noReplace", NoEffect(RESOURCE)),
    // Auth schemes.
    ("smithy.api#httpBasicAuth", Applied("clients send `Authorization: Basic` from `Config::basic_auth`; servers check it with `rt::auth::BasicAuth`")),
    ("smithy.api#httpDigestAuth", Refused("HTTP Digest (a challenge and response) is not generated")),
    ("smithy.api#httpBearerAuth", Applied("clients send `Authorization: Bearer` from `Config::bearer_token` / `token_provider` (`StaticToken`, `EnvToken`, closures); servers check it with `rt::auth::BearerAuth`")),
    ("smithy.api#httpApiKeyAuth", Applied("clients send `Config::api_key` in the header (after `scheme`) or query parameter the trait names; servers check it with `rt::auth::ApiKeyAuth`")),
    ("aws.auth#sigv4", Applied("requests are signed with SigV4 (`aws-sigv4`) under its signing name")),
    ("aws.auth#sigv4a", Refused("SigV4a (multi-region) signing is not generated")),
    ("aws.auth#unsignedPayload", Applied("the client signs with UNSIGNED-PAYLOAD")),
    ("aws.auth#cognitoUserPools", NoEffect("documents a Cognito authorizer of the service's front end")),
    // Protocols.
    ("aws.protocols#awsJson1_0", Applied("the protocol (`__type` with the shape id on errors)")),
    ("aws.protocols#awsJson1_1", Applied("the protocol")),
    ("aws.protocols#awsQueryCompatible", Applied("clients read the error code from `x-amzn-query-error`; servers send it")),
    ("aws.protocols#awsQueryError", Applied("the error code and status of awsQuery errors, and of `x-amzn-query-error` for `@awsQueryCompatible` services")),
    ("aws.protocols#restJson1", Applied("HTTP bindings, JSON bodies, restJson1 errors (server and client)")),
    ("smithy.protocols#rpcv2Cbor", Applied("`POST /service/S/operation/O`, `smithy-protocol: rpc-v2-cbor`, CBOR bodies, `__type` errors (server and client)")),
    ("smithy.protocols#rpcv2Json", Applied("`POST /service/S/operation/O`, `smithy-protocol: rpc-v2-json`, JSON bodies, `__type` errors (server and client)")),
    ("aws.protocols#restXml", Applied("HTTP bindings, XML bodies, `<ErrorResponse><Error>` errors (bare `<Error>` with `noErrorWrapping`), server and client")),
    ("aws.protocols#awsQuery", Applied("`POST /` form bodies (`Action`, `Version`, `member.N`, `entry.N`), `<OpResponse><OpResult>` XML, `<ErrorResponse>` errors (server and client)")),
    ("aws.protocols#ec2Query", Applied("`POST /` form bodies with capitalized keys and `Name.N` lists, `<OpResponse>` XML, `<Response><Errors>` errors (server and client)")),
    ("aws.protocols#ec2QueryName", Applied("the member's ec2Query form key")),
    ("aws.protocols#httpChecksum", Applied("clients send `x-amz-checksum-<algorithm>` of a buffered body (the algorithm member's, else CRC32 when required) and validate a response's checksum when the validation member is `ENABLED`; servers verify every `x-amz-checksum-*` header of a buffered body (`BadDigest`); `aws-smithy-checksums` computes them")),
    ("aws.customizations#s3UnwrappedXmlOutput", Applied("the output is the bare element without a wrapping root (S3 GetBucketLocation)")),
    // aws.api.
    ("aws.api#service", Applied("sdkId: crate names as the AWS SDKs name theirs (`dynamodb`, `marketplaceentitlement`: lower case, no spaces, no final \"Service\") and type names; endpointPrefix (default endpoint)")),
    ("aws.api#arn", NoEffect(DOCS)),
    ("aws.api#arnReference", NoEffect(DOCS)),
    ("aws.api#controlPlane", NoEffect(DOCS)),
    ("aws.api#dataPlane", NoEffect(DOCS)),
    ("aws.api#data", NoEffect(DOCS)),
    ("aws.api#tagEnabled", NoEffect(DOCS)),
    ("aws.api#taggable", NoEffect(DOCS)),
    ("aws.api#clientEndpointDiscovery", Applied("clients discover endpoints with the named operation, cache them per identity for their TTL and drop one when the named error says it went stale; servers: no effect")),
    ("aws.api#clientDiscoveredEndpoint", Applied("the operation goes to a discovered endpoint (`required: true`: never without one; optional: the regular endpoint until one is discovered)")),
    ("aws.api#clientEndpointDiscoveryId", Applied("the member's value is sent to the discovery operation and keys the cache")),
    // Endpoints.
    ("aws.endpoints#dualStackOnlyEndpoints", NoEffect("endpoint rule-set hint; the client's endpoint comes from `endpoint_url` or the regional default")),
    ("aws.endpoints#standardPartitionalEndpoints", NoEffect("endpoint rule-set hint; the client's endpoint comes from `endpoint_url` or the regional default")),
    ("aws.endpoints#standardRegionalEndpoints", NoEffect("endpoint rule-set hint; the client's endpoint comes from `endpoint_url` or the regional default")),
    ("aws.endpoints#rulesBasedEndpoints", NoEffect("endpoint rule-set hint; the client's endpoint comes from `endpoint_url` or the regional default")),
    ("smithy.rules#endpointRuleSet", Applied("the client resolves its endpoint with it (codegen-rt's `endpoint` module, with the AWS partitions data)")),
    ("smithy.rules#endpointBdd", Applied("as endpointRuleSet, evaluated as a binary decision diagram; preferred when both are present")),
    ("smithy.rules#endpointTests", Applied("the cases become the client's unit test; `endpoint-tests` runs them for any model")),
    ("smithy.rules#contextParam", Applied("the input member's value is the endpoint parameter")),
    ("smithy.rules#staticContextParams", Applied("the operation sets these endpoint parameters")),
    ("smithy.rules#clientContextParams", Applied("set through `Config::endpoint_param`")),
    ("smithy.rules#operationContextParams", NoEffect("not read yet: such a parameter keeps its default unless set through `Config::endpoint_param`")),
    // Tests and waiters.
    ("smithy.test#httpRequestTests", Applied("protocol compliance tests (`protocol-tests/`)")),
    ("smithy.test#httpResponseTests", Applied("protocol compliance tests (`protocol-tests/`)")),
    ("smithy.test#httpMalformedRequestTests", Applied("server malformed-request tests (`protocol-tests/`)")),
    ("smithy.test#eventStreamTests", Applied("event-stream compliance tests (`protocol-tests/`), run as their own suite line")),
    ("smithy.test#smokeTests", NoEffect("smoke tests against live AWS")),
    ("smithy.waiters#waitable", Applied("`Client::wait_until_<waiter>(input, max_wait)`: acceptors (JMESPath `output`/`inputOutput` matchers, `success`, `errorType`) with the specification's backoff; paths checked at generation")),
    // Metadata namespaces with named entries (the namespaces pass as a whole too).
    ("aws.iam#iamAction", NoEffect(DOCS)),
    ("aws.cloudformation#cfnResource", NoEffect(DOCS)),
];

/// Namespaces whose traits only carry metadata.
pub const METADATA_NAMESPACES: &[(&str, &str)] = &[
    ("aws.iam", "IAM actions, resources and condition keys"),
    ("aws.cloudformation", "CloudFormation resource descriptions"),
];

/// Whether `id` is a trait shape of the table: a shape every Smithy
/// model may name (in a node value too) without defining it, as Smithy's
/// own loader knows the traits of its standard libraries.
pub fn is_listed(id: &str) -> bool {
    TRAITS.iter().any(|(t, _)| *t == id)
}

/// How the generator treats trait `id` in `model`.
pub fn handling(id: &str, model: &Model) -> Handling {
    if let Some((_, h)) = TRAITS.iter().find(|(t, _)| *t == id) {
        return *h;
    }
    let ns = id.split('#').next().unwrap_or_default();
    if METADATA_NAMESPACES.iter().any(|(n, _)| *n == ns) {
        return NoEffect(DOCS);
    }
    if model.shape(id).is_some_and(|s| s.t.is_trait) {
        return NoEffect("a custom trait the model defines itself");
    }
    Refused("an unknown trait: it may change behaviour, so it is not dropped silently")
}

/// The Markdown table of [`TRAITS`] (the content of `codegen/TRAITS.md`).
pub fn markdown() -> String {
    let mut s = String::from(
        "# Traits\n\nGenerated by `cargo run -p codegen -- traits` from `codegen/src/traits.rs`; do not edit.\n\n\
         Every trait the generator knows and what it does with it. A refused trait is an error\n\
         naming the shape that carries it. Besides this list: traits in the namespaces below\n\
         carry only metadata and pass; traits the model itself defines (`@trait` shapes) pass;\n\
         any other trait is refused.\n\n| trait | handling | what happens |\n|---|---|---|\n",
    );
    for (id, h) in TRAITS {
        let (kind, text) = match h {
            Applied(t) => ("applied", t),
            NoEffect(t) => ("no effect", t),
            Refused(t) => ("refused", t),
        };
        s.push_str(&format!(
            "| `{id}` | {kind} | {} |\n",
            text.replace('|', "\\|")
        ));
    }
    s.push_str("\n| namespace | passes as |\n|---|---|\n");
    for (ns, what) in METADATA_NAMESPACES {
        s.push_str(&format!("| `{ns}#*` | {what} |\n"));
    }
    s
}
