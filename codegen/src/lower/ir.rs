//! The Rust IR: what emit reads, and nothing else.

use super::pattern;
use crate::naming;

/// The whole service, ready to emit.
#[derive(Debug, Clone)]
pub struct Ir {
    pub service: ServiceIr,
    pub structs: Vec<StructIr>,
    pub enums: Vec<EnumIr>,
    pub unions: Vec<UnionIr>,
    pub collections: Vec<CollectionIr>,
    /// Distinct `@pattern`s; `Checks::pattern` indexes this.
    pub patterns: Vec<PatternIr>,
    pub operations: Vec<OperationIr>,
    /// Protocol compliance cases for the service's protocol.
    pub protocol_cases: Vec<super::protocol_cases::ProtocolCase>,
    /// The `eventStreamTests` cases, a suite line of their own.
    pub event_cases: Vec<super::protocol_cases::EventCaseIr>,
    /// What the generator wants its user to know (one line each).
    pub warnings: Vec<String>,
    /// XML descriptions of the structures and unions (XML protocols only).
    pub xml: Vec<XmlShapeIr>,
}

/// A structure or union as XML sees it (`rt::xml::Shape`).
#[derive(Debug, Clone, PartialEq)]
pub struct XmlShapeIr {
    /// The shape id.
    pub id: String,
    /// The name of its static in the types crate's `xml` module.
    pub static_name: String,
    /// Its element name as a root (`@xmlName`, else the shape name).
    pub name: String,
    /// `@xmlNamespace` (uri, prefix).
    pub ns: Option<(String, Option<String>)>,
    pub members: Vec<XmlMemberIr>,
    pub union: bool,
}

/// One member as XML and query forms see it (`rt::xml::Member`).
#[derive(Debug, Clone, PartialEq)]
pub struct XmlMemberIr {
    /// Its key in the JSON form.
    pub key: String,
    /// Element or attribute name.
    pub name: String,
    /// Query form key (ec2Query's rules where the service speaks it).
    pub query: String,
    pub attribute: bool,
    pub flattened: bool,
    pub ns: Option<(String, Option<String>)>,
    pub ty: XmlTyIr,
}

/// A list member or map key / value (`rt::xml::Item`).
#[derive(Debug, Clone, PartialEq)]
pub struct XmlItemIr {
    pub name: String,
    pub ns: Option<(String, Option<String>)>,
    pub ty: XmlTyIr,
}

/// A value's type as XML sees it (`rt::xml::Ty`).
#[derive(Debug, Clone, PartialEq)]
pub enum XmlTyIr {
    Scalar(ScalarIr),
    List(Box<XmlItemIr>),
    /// Key and value.
    Map(Box<XmlItemIr>, Box<XmlItemIr>),
    /// The static of the structure or union.
    Struct(String),
}

/// A `@pattern` as the model writes it and as the runtime runs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternIr {
    pub source: String,
    pub translated: pattern::Translated,
}

/// A protocol the service speaks (`rt::Protocol` at run time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    AwsJson10,
    AwsJson11,
    RestJson1,
    RpcV2Cbor,
    RpcV2Json,
    RestXml,
    AwsQuery,
    Ec2Query,
}

impl Protocol {
    /// The name of its `rt::Protocol` variant.
    pub fn variant(self) -> &'static str {
        match self {
            Protocol::AwsJson10 => "AwsJson1_0",
            Protocol::AwsJson11 => "AwsJson1_1",
            Protocol::RestJson1 => "RestJson1",
            Protocol::RpcV2Cbor => "RpcV2Cbor",
            Protocol::RpcV2Json => "RpcV2Json",
            Protocol::RestXml => "RestXml",
            Protocol::AwsQuery => "AwsQuery",
            Protocol::Ec2Query => "Ec2Query",
        }
    }

    /// The protocol trait's shape id (what protocol-test cases name).
    pub fn shape_id(self) -> &'static str {
        match self {
            Protocol::AwsJson10 => "aws.protocols#awsJson1_0",
            Protocol::AwsJson11 => "aws.protocols#awsJson1_1",
            Protocol::RestJson1 => "aws.protocols#restJson1",
            Protocol::RpcV2Cbor => "smithy.protocols#rpcv2Cbor",
            Protocol::RpcV2Json => "smithy.protocols#rpcv2Json",
            Protocol::RestXml => "aws.protocols#restXml",
            Protocol::AwsQuery => "aws.protocols#awsQuery",
            Protocol::Ec2Query => "aws.protocols#ec2Query",
        }
    }

    /// Operations are bound by `@http` (else every member is in the body).
    pub fn is_rest(self) -> bool {
        matches!(self, Protocol::RestJson1 | Protocol::RestXml)
    }

    /// Bodies (or responses) are XML, read through the shapes' XML
    /// descriptions.
    pub fn is_xml(self) -> bool {
        matches!(
            self,
            Protocol::RestXml | Protocol::AwsQuery | Protocol::Ec2Query
        )
    }
}

/// An operation's `@http` binding (restJson1).
#[derive(Debug, Clone)]
pub struct HttpIr {
    /// The name of its `rt::binding::HttpOp` static in the types crate's `http` module.
    pub static_name: String,
    pub method: String,
    pub uri: String,
    pub code: u16,
    pub input: MessageIr,
    pub output: MessageIr,
    /// XML protocols: how bodies are read and written.
    pub xml: Option<XmlOpIr>,
}

/// The XML descriptions an operation's bodies use
/// (`rt::codec::message::XmlOp`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlOpIr {
    pub input: XmlRootIr,
    pub output: XmlRootIr,
    /// The service's `@xmlNamespace`.
    pub ns: Option<(String, Option<String>)>,
    /// The service's version.
    pub version: String,
    /// `aws.customizations#s3UnwrappedXmlOutput`.
    pub unwrapped_output: bool,
    /// restXml `noErrorWrapping`.
    pub bare_errors: bool,
}

/// A document's root element: its name, namespace and the static of the
/// structure it holds (the input / output, or its payload structure).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlRootIr {
    pub name: String,
    pub ns: Option<(String, Option<String>)>,
    pub shape: String,
}

/// Where the members of an input, output or error travel.
#[derive(Debug, Clone, Default)]
pub struct MessageIr {
    pub bindings: Vec<BindingIr>,
    pub payload: Option<PayloadIr>,
    /// Some member travels in the JSON body.
    pub body: bool,
    /// The field of the `@streaming` blob or event-stream payload.
    pub stream_field: Option<String>,
    /// The event-stream payload's union (its `EventUnion` static in the
    /// types crate's `http` module).
    pub events: Option<TypeRef>,
    /// An input structure without any members (not `Unit`).
    pub empty_structure: bool,
}

/// One member bound outside the JSON body.
#[derive(Debug, Clone, PartialEq)]
pub struct BindingIr {
    /// The member's key in the structure's JSON form.
    pub key: String,
    pub loc: LocIr,
    pub scalar: ScalarIr,
    pub list: bool,
    /// The member is `@required` (a server routes on required bound members
    /// when a URI's `x-id` literal is missing).
    pub required: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum LocIr {
    /// The URI label named as the member.
    Label(String),
    Query(String),
    QueryParams,
    Header(String),
    PrefixHeaders(String),
    ResponseCode,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ScalarIr {
    String,
    MediaString,
    Bool,
    Integer,
    Float,
    Timestamp { text: TsFormat, json: TsFormat },
    Blob,
    Big,
}

/// The `@httpPayload` member.
#[derive(Debug, Clone, PartialEq)]
pub struct PayloadIr {
    pub key: String,
    pub kind: PayloadKindIr,
    pub media_type: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PayloadKindIr {
    /// A structure: sent as `{}` when unset, and `{}` reads as unset.
    Structure,
    /// A union or document.
    Json,
    Blob,
    Stream,
    /// A `@streaming` union: a body of event-stream frames.
    Events,
    Text,
}

#[derive(Debug, Clone)]
pub struct ServiceIr {
    /// The service shape's name: the `X-Amz-Target` prefix.
    pub shape_name: String,
    /// `ecr`: crate names are `ecr-types`, `ecr-server-sdk`, `ecr-client-sdk`.
    pub crate_prefix: String,
    /// `Ecr`: the server trait (`EcrService` if a shape is named `Ecr`).
    pub trait_name: String,
    /// `EcrServer`: the server's `tower::Service`.
    pub server_name: String,
    /// The server's private enum of operations (`Operation`, else `OperationName`).
    pub operation_enum: String,
    pub title: String,
    pub docs: Vec<String>,
    /// The protocols the service speaks, most preferred first (a client
    /// speaks the first; a server answers all).
    pub protocols: Vec<Protocol>,
    /// Operations are bound by `@http` (restJson1); otherwise every member
    /// travels in the body.
    pub rest: bool,
    pub signing_name: String,
    /// The auth schemes of operations without their own `@auth` /
    /// `@optionalAuth`, most preferred first (Smithy's resolution: the
    /// service's `@auth`, else every auth trait on it by shape id).
    pub auth: Vec<AuthIr>,
    pub endpoint_prefix: String,
    /// `aws.api#clientEndpointDiscovery`.
    pub endpoint_discovery: Option<DiscoveryIr>,
    /// AWS SDK customizations (`lower/customize.rs`); filled once the
    /// operations are lowered.
    pub customizations: Vec<CustomizationIr>,
    pub version: String,
    /// `@awsQueryCompatible`.
    pub query_compatible: bool,
    /// Codes of `@retryable` errors the service's operations can return.
    pub retryable_errors: Vec<String>,
    /// The endpoint rules, when the service has them.
    pub endpoint: Option<EndpointIr>,
}

/// One AWS SDK customization of a client (`codegen_rt::client::Customization`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CustomizationIr {
    Header {
        name: String,
        value: String,
    },
    DefaultMember {
        member: String,
        value: String,
    },
    TreeHash(Vec<String>),
    Crc32Responses,
    EndpointMember {
        operation: String,
        member: String,
    },
    LabelInEndpoint(String),
    /// A 200 response of these operations may carry an error document
    /// (S3's CopyObject): it is read as the error it is.
    ErrorIn200(Vec<String>),
    /// These operations' fluent builders can also give a pre-signed request
    /// (`presigned`) instead of sending it.
    Presign(Vec<String>),
    /// A bucket in another region is asked again there.
    BucketRegionRedirect,
    /// These operations' large or streamed payloads wait for `100 Continue`.
    ExpectContinue(Vec<String>),
}

/// How a service's clients discover endpoints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscoveryIr {
    /// The discovery operation's name.
    pub operation: String,
    /// The code of the error that says a discovered endpoint is stale.
    pub error: Option<String>,
    /// Some operation requires a discovered endpoint (discovery is then on
    /// by default).
    pub required_by_any: bool,
}

/// One auth scheme a call can use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthIr {
    /// `aws.auth#sigv4`.
    SigV4,
    /// `smithy.api#httpBearerAuth`.
    Bearer,
    /// `smithy.api#httpBasicAuth`.
    Basic,
    /// `smithy.api#httpApiKeyAuth`.
    ApiKey {
        name: String,
        query: bool,
        scheme: Option<String>,
    },
    /// `smithy.api#noAuth` (or `@optionalAuth`): no identity at all.
    NoAuth,
}

/// A service's endpoint rules, as the client embeds them.
#[derive(Debug, Clone, PartialEq)]
pub struct EndpointIr {
    /// The `smithy.rules#endpointRuleSet` / `#endpointBdd` value, compact JSON.
    pub rules: String,
    /// Whether `rules` is an `endpointBdd`.
    pub bdd: bool,
    /// The AWS partitions data, compact JSON.
    pub partitions: String,
    /// The model's `endpointTests` cases that agree with `partitions`, as a
    /// compact JSON array: the client's generated unit tests.
    pub tests: String,
    /// How many cases there are.
    pub test_count: usize,
    /// Cases whose expected outcome the partitions data contradicts: one
    /// line each, for the generator's warnings.
    pub disagreeing: Vec<String>,
}

/// Where an operation's endpoint parameter comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum EndpointParamIr {
    /// `@staticContextParams` boolean.
    Bool(bool),
    /// `@staticContextParams` string.
    Str(String),
    /// `@contextParam`: the input member of this wire name.
    Member(String),
}

/// Which table of the IR a [`TypeRef`] indexes; `as usize` indexes arrays
/// kept per kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TypeKind {
    Struct = 0,
    Union = 1,
    Enum = 2,
}

/// A generated structure, union or enum: its place in [`Ir::structs`],
/// [`Ir::unions`] or [`Ir::enums`] (by the variant of [`Ty`] that holds it),
/// and its Rust name from the names table, for spelling it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct TypeRef {
    pub index: usize,
    pub name: String,
}

impl Ir {
    /// The structure `r` refers to.
    pub fn structure(&self, r: &TypeRef) -> &StructIr {
        &self.structs[r.index]
    }

    /// The union `r` refers to.
    pub fn union(&self, r: &TypeRef) -> &UnionIr {
        &self.unions[r.index]
    }

    /// The enum `r` refers to.
    pub fn enumeration(&self, r: &TypeRef) -> &EnumIr {
        &self.enums[r.index]
    }
}

/// A Rust type as generated code spells it.
#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    String,
    Bool,
    I8,
    I16,
    I32,
    I64,
    F32,
    F64,
    Blob,
    /// A `@streaming` blob: `rt::ByteStream`, never in the JSON form.
    Stream,
    /// `smithy.api#Unit` as a union member: a variant without a value.
    Unit,
    Document,
    BigInteger,
    BigDecimal,
    Timestamp(TsFormat),
    Struct(TypeRef),
    Union(TypeRef),
    /// A member targeting a `@streaming` union: `rt::EventStream<Union>`,
    /// never in the JSON form.
    Events(TypeRef),
    Enum(TypeRef),
    /// A structure or union held in a `Box`: the member closes a cycle of
    /// directly contained shapes (`KitchenSink.RecursiveStruct`).
    Boxed(Box<Ty>),
    List {
        func: String,
        elem: Box<Ty>,
        sparse: bool,
    },
    Map {
        func: String,
        value: Box<Ty>,
        sparse: bool,
    },
}

impl Ty {
    /// The structure, union or enum this is (boxed or not).
    pub fn named(&self) -> Option<&TypeRef> {
        self.named_kind().map(|(_, r)| r)
    }

    /// Like [`Ty::named`], with which table it indexes.
    pub fn named_kind(&self) -> Option<(TypeKind, &TypeRef)> {
        match self {
            Ty::Struct(r) => Some((TypeKind::Struct, r)),
            Ty::Union(r) => Some((TypeKind::Union, r)),
            Ty::Enum(r) => Some((TypeKind::Enum, r)),
            Ty::Boxed(inner) => inner.named_kind(),
            _ => None,
        }
    }

    /// A streaming blob or an event stream: the value travels outside the
    /// JSON form.
    pub fn is_stream(&self) -> bool {
        matches!(self, Ty::Stream | Ty::Events(_))
    }

    /// Whether values convert through the `ToJson`/`FromJson` traits (rather
    /// than a timestamp format or a generated list/map function).
    pub fn has_trait_codec(&self) -> bool {
        !matches!(
            self,
            Ty::Timestamp(_) | Ty::List { .. } | Ty::Map { .. } | Ty::Stream | Ty::Events(_)
        )
    }
}

/// A timestamp's wire format: the model's `@timestampFormat` (or its default).
pub use crate::load::typed::TimestampFormat as TsFormat;

/// Constraints to check on a value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Checks {
    pub length: Option<(Option<u64>, Option<u64>)>,
    pub pattern: Option<usize>,
    pub range: Option<(Option<f64>, Option<f64>)>,
    pub unique: bool,
}

impl Checks {
    pub fn is_empty(&self) -> bool {
        self == &Checks::default()
    }
}

/// A member's value when the document leaves it out.
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultValue {
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    /// `Enum::from("value")`.
    Enum(TypeRef, String),
    IntEnum(TypeRef, i64),
    EmptyList,
    EmptyMap,
    EmptyBlob,
    /// A blob default's bytes (the model gives them in base64).
    Blob(Vec<u8>),
    Timestamp(f64),
    /// Any JSON value, as text.
    Document(String),
    /// A bigInteger or bigDecimal, as its decimal text (already checked to parse).
    Big(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Presence {
    /// `@required`: `T`, absent is a violation.
    Required,
    /// `@default`: `T`, absent means the default.
    Default(DefaultValue),
    /// `Option<T>`.
    Optional,
}

#[derive(Debug, Clone)]
pub struct MemberIr {
    /// The member's name in the model.
    pub name: String,
    /// Its key in the JSON form (`@jsonName` in restJson1).
    pub wire: String,
    pub field: String,
    pub docs: Vec<String>,
    pub ty: Ty,
    pub presence: Presence,
    pub checks: Checks,
    pub sensitive: bool,
    pub deprecated: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ErrorIr {
    pub code: String,
    /// The absolute shape id (`ns#Name`), which awsJson1_0 servers send as `__type`.
    pub shape_id: String,
    pub status: u16,
    /// The message member's field, and whether it is required.
    pub message: Option<(String, bool)>,
    /// What an `@awsQueryCompatible` service sends in `x-amzn-query-error`
    /// (`Code;Sender`): `@awsQueryError` code, else the shape name.
    pub query_error: Option<String>,
    /// restJson1: members bound to headers.
    pub headers: Vec<BindingIr>,
    /// XML protocols: the static of its XML description.
    pub xml: Option<String>,
}

#[derive(Debug, Clone)]
pub struct StructIr {
    pub name: String,
    /// Some operation turns constraint violations into this error: it gets a
    /// `validation_error(message)` constructor.
    pub validation_error: bool,
    /// Its builder type (`NameBuilder` unless that name was taken).
    pub builder: String,
    pub docs: Vec<String>,
    pub members: Vec<MemberIr>,
    pub error: Option<ErrorIr>,
    pub sensitive: bool,
    pub needs_fallback: bool,
    /// An operation input: its builder is what a client serializes.
    pub is_input: bool,
    /// An operation output or an error: it carries the response's metadata
    /// (the request id) in a `_meta` field.
    pub response_meta: bool,
    pub deprecated: Option<String>,
}

impl StructIr {
    /// Whether `build()` can fail: some member is required and has no
    /// default. Builders of other structures are infallible.
    pub fn build_can_fail(&self) -> bool {
        self.members
            .iter()
            .any(|m| m.presence == Presence::Required)
    }
}

#[derive(Debug, Clone)]
pub struct EnumValueIr {
    pub variant: String,
    pub value: EnumLit,
    pub docs: Vec<String>,
    pub deprecated: Option<String>,
    /// `@internal` (or an `@enum` entry tagged `internal`): not listed in
    /// validation messages.
    pub internal: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum EnumLit {
    Str(String),
    Int(i64),
}

#[derive(Debug, Clone)]
pub struct EnumIr {
    pub name: String,
    pub docs: Vec<String>,
    pub values: Vec<EnumValueIr>,
    pub int: bool,
    pub sensitive: bool,
    pub deprecated: Option<String>,
}

#[derive(Debug, Clone)]
pub struct UnionVariantIr {
    /// The member's name in the model.
    pub name: String,
    pub wire: String,
    pub variant: String,
    pub docs: Vec<String>,
    pub ty: Ty,
    pub checks: Checks,
    pub deprecated: Option<String>,
    /// The variant's value is `@sensitive`: redacted in `Debug`.
    pub sensitive: bool,
}

#[derive(Debug, Clone)]
pub struct UnionIr {
    pub name: String,
    pub docs: Vec<String>,
    pub variants: Vec<UnionVariantIr>,
    pub sensitive: bool,
    pub deprecated: Option<String>,
    /// A `@streaming` union: how each member travels as an event.
    pub events: Option<Vec<EventIr>>,
}

/// One member of a `@streaming` union as it travels in an event stream.
#[derive(Debug, Clone)]
pub struct EventIr {
    /// The member's name: its `:event-type` (or `:exception-type`).
    pub name: String,
    /// Its key in the union's JSON form.
    pub key: String,
    /// The member targets an `@error` structure.
    pub error: bool,
    /// `@eventHeader` members: header name, JSON-form key, header type.
    pub headers: Vec<EventHeaderIr>,
    pub payload: EventPayloadIr,
    /// The structure the payload holds (the event's own for an implicit
    /// payload, the `@eventPayload` member's target for a structure one).
    pub payload_shape: Option<String>,
    /// That structure's XML description (its static in the types crate's
    /// `xml` module), in the XML protocols.
    pub xml: Option<String>,
}

#[derive(Debug, Clone)]
pub struct EventHeaderIr {
    pub name: String,
    pub key: String,
    pub kind: EventHeaderKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventHeaderKind {
    Bool,
    Byte,
    Short,
    Integer,
    Long,
    Blob,
    String,
    Timestamp(TsFormat),
}

/// Where an event's payload comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventPayloadIr {
    /// The members that are not headers, in the protocol's codec.
    Implicit,
    /// An `@eventPayload` member (its JSON-form key).
    Blob(String),
    Text(String),
    Structure(String),
}

#[derive(Debug, Clone)]
pub enum CollectionKind {
    List {
        elem: Ty,
        checks: Checks,
        sparse: bool,
    },
    Map {
        key_checks: Checks,
        /// The keys are a string enum's values.
        key_enum: Option<TypeRef>,
        value: Ty,
        checks: Checks,
        sparse: bool,
    },
}

#[derive(Debug, Clone)]
pub struct CollectionIr {
    pub func: String,
    pub kind: CollectionKind,
}

#[derive(Debug, Clone)]
pub struct OpErrorIr {
    /// The error structure.
    pub ty: TypeRef,
    /// Its variant in the operation's error enum: the structure's name, unless
    /// that is `Unhandled` (the enum's own variant for unmodeled errors).
    pub variant: String,
    pub code: String,
    /// The error structure's shape id.
    pub shape_id: String,
    pub status: u16,
    pub docs: Vec<String>,
}

/// `@paginated`, the service's defaults filled in.
#[derive(Debug, Clone)]
pub struct PaginationIr {
    /// The member paths as the model writes them (the schema carries them).
    pub input_token: String,
    pub output_token: String,
    pub items: Option<String>,
    pub page_size: Option<String>,
    /// The members the generated paginator uses; `None` (and a codegen
    /// warning) when the tokens are not top-level members, the output's
    /// optional, of one type.
    pub paginator: Option<PaginatorIr>,
}

/// The members a paginator reads and sets.
#[derive(Debug, Clone)]
pub struct PaginatorIr {
    /// The input's token field, set from the previous page.
    pub input_token: String,
    /// The output's token: the fields from the output to it (a path when
    /// the model's `outputToken` names a nested member, `A.B`).
    pub output_token: Vec<PathStep>,
    /// The tokens' type (a string for most services).
    pub token: Ty,
    /// The output's list of items, when it is a non-sparse list.
    pub items: Option<PageItemsIr>,
}

/// One field on the way from an output to a paginator's token or items.
#[derive(Debug, Clone)]
pub struct PathStep {
    pub field: String,
    /// The field is an `Option`.
    pub optional: bool,
}

/// What a paginator's `items()` yields, page after page.
#[derive(Debug, Clone)]
pub struct PageItemsIr {
    /// The fields from the output to the list or map.
    pub path: Vec<PathStep>,
    /// The model's `items`, as written.
    pub wire: String,
    /// The list or map (whose items are its entries, `(key, value)`).
    pub ty: Ty,
}

#[derive(Debug, Clone)]
pub struct OperationIr {
    pub name: String,
    pub method: String,
    pub docs: Vec<String>,
    pub input: TypeRef,
    pub output: TypeRef,
    pub error_enum: String,
    /// The client's fluent builder and paginator types.
    pub fluent: String,
    pub paginator: String,
    pub errors: Vec<OpErrorIr>,
    /// The error validation failures become (`InvalidParameterException`):
    /// an index into `errors`.
    pub validation: Option<usize>,
    pub pagination: Option<PaginationIr>,
    /// The output is `smithy.api#Unit`: servers answer with an empty body.
    pub unit_output: bool,
    /// `@requestCompression` with gzip: clients compress large bodies.
    pub gzip: bool,
    /// `@endpoint(hostPrefix)`, its `{labels}` naming input members by wire name.
    pub host_prefix: Option<String>,
    /// The host prefix's `{labels}`: input members (wire names) it reads.
    pub host_labels: Vec<String>,
    /// Input members (wire names) with `@idempotencyToken`.
    pub idempotency_tokens: Vec<String>,
    /// The operation's auth schemes, most preferred first (its `@auth`,
    /// else the service's; `@optionalAuth` adds [`AuthIr::NoAuth`]).
    pub auth: Vec<AuthIr>,
    /// `aws.api#clientDiscoveredEndpoint(required)`.
    pub discovered_endpoint: Option<bool>,
    /// Input members (wire names) with `aws.api#clientEndpointDiscoveryId`.
    pub discovery_ids: Vec<String>,
    /// The input or output has a `@streaming` union: an event stream, which
    /// is generated as "not supported yet" on both sides.
    pub event_stream: bool,
    /// `@deprecated`: the note for `#[deprecated]`.
    pub deprecated: Option<String>,
    /// The input carries a `@sensitive` value somewhere: its body is never logged.
    pub sensitive_input: bool,
    /// How a request is routed and where each member travels (restJson1:
    /// `@http` method, URI and member bindings; RPC protocols: `POST /`, all in
    /// the body).
    pub binding: HttpIr,
    /// `@httpChecksumRequired`: the client sends `Content-MD5`.
    pub checksum_required: bool,
    /// `aws.protocols#httpChecksum`, its members by wire name.
    pub flexible_checksum: Option<crate::load::typed::HttpChecksum>,
    /// `aws.auth#unsignedPayload`.
    pub unsigned_payload: bool,
    /// `@readonly`: the operation changes nothing (servers' `Operation::is_readonly`).
    pub readonly: bool,
    /// Endpoint rule parameters: `@staticContextParams`, `@contextParam`.
    pub endpoint_params: Vec<(String, EndpointParamIr)>,
    /// `smithy.waiters#waitable`: the operation's waiters, by name.
    pub waiters: Vec<WaiterIr>,
}

/// One waiter of an operation.
#[derive(Debug, Clone, PartialEq)]
pub struct WaiterIr {
    /// Its model name (`ImageScanComplete`).
    pub name: String,
    /// The client method (`wait_until_image_scan_complete`).
    pub method: String,
    pub docs: Vec<String>,
    pub deprecated: bool,
    /// Seconds.
    pub min_delay: u64,
    /// Seconds.
    pub max_delay: u64,
    pub acceptors: Vec<AcceptorIr>,
}

/// One acceptor of a waiter.
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptorIr {
    /// `Success`, `Failure` or `Retry`.
    pub state: &'static str,
    pub matcher: MatcherIr,
}

/// When an acceptor matches.
#[derive(Debug, Clone, PartialEq)]
pub enum MatcherIr {
    /// `output` (`input_output: false`) or `inputOutput`: path, expected,
    /// comparator (`StringEquals`, ...).
    Path {
        input_output: bool,
        path: String,
        expected: String,
        comparator: &'static str,
    },
    Success(bool),
    ErrorType(String),
}

impl OperationIr {
    /// The operation's name as a Rust type name (`GetDownloadUrlForLayer`).
    pub fn input_variant(&self) -> String {
        naming::type_name(&self.name)
    }
}
