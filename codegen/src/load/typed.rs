//! Trait values as typed Rust values, parsed once at load time: every trait
//! the generator acts on. The stages after `load` read these fields and never
//! a trait's JSON body; the raw map stays only for the trait policy (which
//! traits a shape carries, `crate::traits`) and for data that is JSON by
//! nature (`@default` values, protocol-test cases).

pub use super::protocol_tests::{HttpCase, MalformedCase};
pub use super::waiters::{Acceptor, Matcher, Waiter};
use serde_json::Value;

use super::Traits;
use crate::Error;

/// `@error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorFault {
    Client,
    Server,
}

/// `@timestampFormat`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimestampFormat {
    EpochSeconds,
    DateTime,
    HttpDate,
}

/// An auth scheme trait on a service (`@authDefinition` traits Smithy and
/// AWS define).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthDef {
    /// `aws.auth#sigv4`.
    SigV4,
    /// `smithy.api#httpBearerAuth`.
    Bearer,
    /// `smithy.api#httpBasicAuth`.
    Basic,
    /// `smithy.api#httpDigestAuth`.
    Digest,
    /// `smithy.api#httpApiKeyAuth`: the header or query parameter `name`,
    /// the header's value prefixed with `scheme ` when given.
    ApiKey {
        name: String,
        query: bool,
        scheme: Option<String>,
    },
}

/// A protocol trait a service carries. The order of the variants is the
/// order of preference when a service carries several (see
/// [`Typed::protocols`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ProtocolTrait {
    RpcV2Cbor,
    RpcV2Json,
    AwsJson10,
    AwsJson11,
    RestJson1,
    RestXml,
    AwsQuery,
    Ec2Query,
}

/// `aws.protocols#httpChecksum`: flexible checksums.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HttpChecksum {
    /// The input member naming the algorithm of the request's checksum.
    pub request_algorithm_member: Option<String>,
    /// A request checksum is required.
    pub request_checksum_required: bool,
    /// The input member that turns response validation on (`ENABLED`).
    pub request_validation_mode_member: Option<String>,
    /// The algorithms a response's checksum may use.
    pub response_algorithms: Vec<String>,
}

/// `@http`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Http {
    pub method: String,
    pub uri: String,
    pub code: u16,
}

/// Where an HTTP binding trait puts a member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HttpBinding {
    Label,
    Query(String),
    QueryParams,
    Header(String),
    PrefixHeaders(String),
    Payload,
    ResponseCode,
}

/// `@deprecated`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Deprecated {
    pub message: Option<String>,
    pub since: Option<String>,
}

/// `@paginated` (on an operation, or the service's defaults).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Paginated {
    pub input_token: Option<String>,
    pub output_token: Option<String>,
    pub items: Option<String>,
    pub page_size: Option<String>,
}

/// One entry of a Smithy 1.0 `@enum` trait.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumDefinition {
    pub value: String,
    pub name: Option<String>,
    pub documentation: Option<String>,
    pub deprecated: bool,
    /// Tagged `internal`: left out of the values validation messages list.
    pub internal: bool,
}

/// `@enumValue`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnumValue {
    Str(String),
    Int(i64),
}

/// `@length` and `@range` bounds.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Bounds {
    pub min: Option<f64>,
    pub max: Option<f64>,
}

/// `aws.api#service`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AwsService {
    pub sdk_id: Option<String>,
    pub endpoint_prefix: Option<String>,
}

/// The traits of one shape or member that the generator acts on.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Typed {
    pub documentation: Option<String>,
    pub required: bool,
    pub client_optional: bool,
    /// `@default`: the value, JSON by nature (`None` when absent or null).
    pub default: Option<Value>,
    /// `@default(null)`: the member removes its target's default.
    pub default_null: bool,
    pub length: Option<Bounds>,
    pub pattern: Option<String>,
    pub range: Option<Bounds>,
    pub unique_items: bool,
    pub sparse: bool,
    pub enum_definitions: Option<Vec<EnumDefinition>>,
    pub enum_value: Option<EnumValue>,
    pub error: Option<ErrorFault>,
    pub http_error: Option<u16>,
    /// `@retryable`: `Some(throttling)`.
    pub retryable: Option<bool>,
    pub sensitive: bool,
    pub deprecated: Option<Deprecated>,
    pub timestamp_format: Option<TimestampFormat>,
    pub paginated: Option<Paginated>,
    pub idempotency_token: bool,
    /// `@endpoint(hostPrefix)`.
    pub host_prefix: Option<String>,
    /// `@auth([...])`: the schemes, in order.
    pub auth: Option<Vec<String>>,
    pub optional_auth: bool,
    /// `@readonly` on an operation: it changes nothing.
    pub readonly: bool,
    /// `@requestCompression(encodings)`.
    pub request_compression: Vec<String>,
    pub streaming: bool,
    /// `@eventHeader`: the event member travels as a typed header.
    pub event_header: bool,
    /// `@eventPayload`: the event member is the event's payload.
    pub event_payload: bool,
    /// `aws.protocols#awsQueryError(code)`.
    pub aws_query_error: Option<String>,
    /// `aws.protocols#awsQueryError(httpResponseCode)`.
    pub aws_query_error_status: Option<u16>,
    /// `@xmlName`.
    pub xml_name: Option<String>,
    /// `@xmlAttribute`.
    pub xml_attribute: bool,
    /// `@xmlFlattened`.
    pub xml_flattened: bool,
    /// `@xmlNamespace(uri, prefix)`.
    pub xml_namespace: Option<(String, Option<String>)>,
    /// `aws.protocols#ec2QueryName`.
    pub ec2_query_name: Option<String>,
    /// `aws.protocols#restXml(noErrorWrapping: true)`: errors are the bare
    /// `<Error>` element.
    pub no_error_wrapping: bool,
    /// `aws.customizations#s3UnwrappedXmlOutput` on an operation.
    pub s3_unwrapped_xml_output: bool,
    /// `aws.protocols#httpChecksum` on an operation.
    pub http_checksum: Option<HttpChecksum>,
    pub aws_query_compatible: bool,
    /// The protocol traits, most preferred first: rpcv2Cbor, rpcv2Json,
    /// awsJson1_0, awsJson1_1, restJson1 (the priority the AWS SDKs use when
    /// a service lists several, which is the order botocore's models list
    /// them in; a JSON AST's trait map keeps no order of its own).
    pub protocols: Vec<ProtocolTrait>,
    /// `aws.auth#sigv4(name)`.
    pub sigv4_name: Option<String>,
    /// `aws.api#clientEndpointDiscovery`: the discovery operation and the
    /// error that says a discovered endpoint went stale.
    pub endpoint_discovery: Option<(String, Option<String>)>,
    /// `aws.api#clientDiscoveredEndpoint(required)` on an operation.
    pub discovered_endpoint: Option<bool>,
    /// `aws.api#clientEndpointDiscoveryId` on an input member.
    pub endpoint_discovery_id: bool,
    /// The auth scheme traits on a service, by trait shape id (the order
    /// Smithy uses when the service has no `@auth`).
    pub auth_schemes: std::collections::BTreeMap<String, AuthDef>,
    pub aws_service: Option<AwsService>,
    pub title: Option<String>,
    /// The shape defines a trait (`@trait`).
    pub is_trait: bool,
    /// `@http` on an operation.
    pub http: Option<Http>,
    /// `@httpLabel`, `@httpQuery`, ... on a member.
    pub http_binding: Option<HttpBinding>,
    /// `@jsonName`.
    pub json_name: Option<String>,
    /// `@mediaType`.
    pub media_type: Option<String>,
    /// `@httpChecksumRequired`: clients send `Content-MD5`.
    pub checksum_required: bool,
    /// `aws.auth#unsignedPayload`: SigV4 signs `UNSIGNED-PAYLOAD`.
    pub unsigned_payload: bool,
    /// `@internal`: an enum value left out of validation messages.
    pub internal: bool,
    /// `smithy.waiters#waitable` on an operation.
    pub waiters: Vec<Waiter>,
    /// `smithy.rules#staticContextParams` on an operation: endpoint
    /// parameters it sets, in the model's order.
    pub static_context_params: Vec<(String, StaticParam)>,
    /// `smithy.rules#contextParam(name)` on an input member.
    pub context_param: Option<String>,
    /// `smithy.rules#endpointBdd` (preferred) or `#endpointRuleSet` on a
    /// service: the rules as the runtime's endpoint engine reads them (a
    /// program, JSON by nature, which clients embed), and whether they are
    /// the BDD form.
    pub endpoint_rules: Option<(Value, bool)>,
    /// `smithy.rules#endpointTests` on a service: its `testCases`, each as
    /// the runtime's `endpoint::TestCase` reads it.
    pub endpoint_tests: Option<Vec<Value>>,
    /// `smithy.test#httpRequestTests` on an operation.
    pub http_request_tests: Vec<HttpCase>,
    /// `smithy.test#httpResponseTests` on an operation or error structure.
    pub http_response_tests: Vec<HttpCase>,
    /// `smithy.test#httpMalformedRequestTests` on an operation.
    pub http_malformed_request_tests: Vec<MalformedCase>,
    /// `smithy.test#eventStreamTests` on an operation.
    pub event_stream_tests: Vec<super::protocol_tests::EventStreamCase>,
}

/// A `@staticContextParams` value.
#[derive(Debug, Clone, PartialEq)]
pub enum StaticParam {
    Bool(bool),
    Str(String),
}

fn string(owner: &str, name: &str, v: &Value) -> Result<String, Error> {
    v.as_str()
        .map(str::to_owned)
        .ok_or_else(|| Error::shape(owner, format!("has a @{name} that is not a string")))
}

fn member_str(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_owned)
}

fn bounds(owner: &str, name: &str, v: &Value) -> Result<Bounds, Error> {
    if !v.is_object() {
        return Err(Error::shape(
            owner,
            format!("has a @{name} that is not an object"),
        ));
    }
    let num = |k: &str| match v.get(k) {
        None | Some(Value::Null) => Ok(None),
        Some(n) => n
            .as_f64()
            .map(Some)
            .ok_or_else(|| Error::shape(owner, format!("has a @{name} {k} that is not a number"))),
    };
    Ok(Bounds {
        min: num("min")?,
        max: num("max")?,
    })
}

fn enum_definitions(owner: &str, v: &Value) -> Result<Vec<EnumDefinition>, Error> {
    let items = v
        .as_array()
        .ok_or_else(|| Error::shape(owner, "has an @enum trait that is not a list"))?;
    items
        .iter()
        .map(|d| {
            Ok(EnumDefinition {
                value: member_str(d, "value")
                    .ok_or_else(|| Error::shape(owner, "has an @enum entry without a value"))?,
                name: member_str(d, "name"),
                documentation: member_str(d, "documentation"),
                deprecated: d.get("deprecated").and_then(Value::as_bool) == Some(true),
                internal: d
                    .get("tags")
                    .and_then(Value::as_array)
                    .is_some_and(|tags| tags.iter().any(|t| t == "internal")),
            })
        })
        .collect()
}

impl Typed {
    /// Parses the traits of `owner` (a shape or member id).
    pub fn parse(owner: &str, traits: &Traits) -> Result<Typed, Error> {
        let mut t = Typed::default();
        for (id, v) in traits {
            t.set(owner, id, v)?;
        }
        Ok(t)
    }

    fn set(&mut self, owner: &str, id: &str, v: &Value) -> Result<(), Error> {
        if self.set_marker(id) {
            return Ok(());
        }
        let Some(name) = id.split('#').nth(1) else {
            return Ok(());
        };
        match id {
            "smithy.api#documentation" => self.documentation = Some(string(owner, name, v)?),
            "smithy.api#title" => self.title = Some(string(owner, name, v)?),
            "smithy.api#default" if v.is_null() => self.default_null = true,
            "smithy.api#default" => self.default = Some(v.clone()),
            "smithy.api#length" => self.length = Some(bounds(owner, name, v)?),
            "smithy.api#range" => self.range = Some(bounds(owner, name, v)?),
            "smithy.api#pattern" => self.pattern = Some(string(owner, name, v)?),
            "smithy.api#enum" => self.enum_definitions = Some(enum_definitions(owner, v)?),
            "smithy.api#enumValue" => self.enum_value = Some(enum_value(owner, v)?),
            "smithy.api#error" => self.error = Some(error_fault(owner, v)?),
            "smithy.api#httpError" => self.http_error = Some(http_error(owner, v)?),
            "smithy.api#retryable" => {
                self.retryable = Some(v.get("throttling").and_then(Value::as_bool) == Some(true))
            }
            "smithy.api#deprecated" => {
                self.deprecated = Some(Deprecated {
                    message: member_str(v, "message"),
                    since: member_str(v, "since"),
                })
            }
            "smithy.api#timestampFormat" => {
                self.timestamp_format = Some(timestamp_format(owner, v)?)
            }
            "smithy.api#paginated" => {
                self.paginated = Some(Paginated {
                    input_token: member_str(v, "inputToken"),
                    output_token: member_str(v, "outputToken"),
                    items: member_str(v, "items"),
                    page_size: member_str(v, "pageSize"),
                })
            }
            "smithy.api#endpoint" => {
                self.host_prefix =
                    Some(member_str(v, "hostPrefix").ok_or_else(|| {
                        Error::shape(owner, "has an @endpoint without a hostPrefix")
                    })?)
            }
            "smithy.api#auth" => {
                v.as_array()
                    .ok_or_else(|| Error::shape(owner, "has an @auth that is not a list"))?;
                self.auth = Some(strings(Some(v)))
            }
            "smithy.api#requestCompression" => {
                self.request_compression = strings(v.get("encodings"))
            }
            "aws.protocols#awsQueryError" => {
                self.aws_query_error = member_str(v, "code");
                self.aws_query_error_status = v
                    .get("httpResponseCode")
                    .and_then(Value::as_u64)
                    .and_then(|c| u16::try_from(c).ok());
            }
            "smithy.api#xmlName" => self.xml_name = Some(string(owner, name, v)?),
            "smithy.api#xmlAttribute" => self.xml_attribute = true,
            "smithy.api#xmlFlattened" => self.xml_flattened = true,
            "smithy.api#xmlNamespace" => {
                let uri = member_str(v, "uri")
                    .ok_or_else(|| Error::shape(owner, "has an @xmlNamespace without a uri"))?;
                self.xml_namespace = Some((uri, member_str(v, "prefix")));
            }
            "aws.protocols#ec2QueryName" => self.ec2_query_name = Some(string(owner, name, v)?),
            "aws.customizations#s3UnwrappedXmlOutput" => self.s3_unwrapped_xml_output = true,
            "aws.protocols#httpChecksum" => {
                self.http_checksum = Some(HttpChecksum {
                    request_algorithm_member: member_str(v, "requestAlgorithmMember"),
                    request_checksum_required: v
                        .get("requestChecksumRequired")
                        .and_then(Value::as_bool)
                        == Some(true),
                    request_validation_mode_member: member_str(v, "requestValidationModeMember"),
                    response_algorithms: strings(v.get("responseAlgorithms")),
                })
            }
            "aws.protocols#restXml" => {
                self.no_error_wrapping =
                    v.get("noErrorWrapping").and_then(Value::as_bool) == Some(true);
                self.protocol(ProtocolTrait::RestXml)
            }
            "aws.protocols#awsQuery" => self.protocol(ProtocolTrait::AwsQuery),
            "aws.protocols#ec2Query" => self.protocol(ProtocolTrait::Ec2Query),
            "aws.protocols#awsJson1_0" => self.protocol(ProtocolTrait::AwsJson10),
            "aws.protocols#awsJson1_1" => self.protocol(ProtocolTrait::AwsJson11),
            "aws.protocols#restJson1" => self.protocol(ProtocolTrait::RestJson1),
            "smithy.protocols#rpcv2Cbor" => self.protocol(ProtocolTrait::RpcV2Cbor),
            "smithy.protocols#rpcv2Json" => self.protocol(ProtocolTrait::RpcV2Json),
            "smithy.api#http" => self.http = Some(http(owner, v)?),
            "smithy.waiters#waitable" => self.waiters = super::waiters::parse(owner, v)?,
            "smithy.rules#endpointBdd" => self.endpoint_rules = Some((v.clone(), true)),
            // The BDD is preferred when a service has both.
            "smithy.rules#endpointRuleSet"
                if !self.endpoint_rules.as_ref().is_some_and(|(_, bdd)| *bdd) =>
            {
                self.endpoint_rules = Some((v.clone(), false))
            }
            "smithy.rules#endpointTests" => {
                let cases = v
                    .get("testCases")
                    .and_then(Value::as_array)
                    .ok_or_else(|| {
                        Error::shape(owner, "has an @endpointTests without a `testCases` list")
                    })?;
                self.endpoint_tests = Some(cases.clone());
            }
            "smithy.test#httpRequestTests" => {
                self.http_request_tests = super::protocol_tests::parse(owner, name, v)?
            }
            "smithy.test#httpResponseTests" => {
                self.http_response_tests = super::protocol_tests::parse(owner, name, v)?
            }
            "smithy.test#eventStreamTests" => {
                self.event_stream_tests = super::protocol_tests::parse(owner, name, v)?
            }
            "smithy.test#httpMalformedRequestTests" => {
                self.http_malformed_request_tests = super::protocol_tests::parse(owner, name, v)?
            }
            "smithy.rules#staticContextParams" => {
                let map = v.as_object().ok_or_else(|| {
                    Error::shape(owner, "has a @staticContextParams that is not an object")
                })?;
                for (param, p) in map {
                    let value = match p.get("value") {
                        Some(Value::Bool(b)) => StaticParam::Bool(*b),
                        Some(Value::String(s)) => StaticParam::Str(s.clone()),
                        other => {
                            return Err(Error::shape(
                                owner,
                                format!("@staticContextParams `{param}` has value {other:?}, not a boolean or string"),
                            ))
                        }
                    };
                    self.static_context_params.push((param.clone(), value));
                }
            }
            "smithy.rules#contextParam" => {
                self.context_param = Some(
                    member_str(v, "name")
                        .ok_or_else(|| Error::shape(owner, "has a @contextParam without a name"))?,
                )
            }
            "smithy.api#jsonName" => self.json_name = Some(string(owner, name, v)?),
            "smithy.api#mediaType" => self.media_type = Some(string(owner, name, v)?),
            "smithy.api#httpQuery" => {
                self.bind(HttpBinding::Query(string(owner, name, v)?));
            }
            "smithy.api#httpHeader" => {
                self.bind(HttpBinding::Header(string(owner, name, v)?));
            }
            "smithy.api#httpPrefixHeaders" => {
                self.bind(HttpBinding::PrefixHeaders(string(owner, name, v)?));
            }
            "aws.auth#sigv4" => {
                self.sigv4_name = member_str(v, "name");
                self.auth_schemes.insert(id.to_owned(), AuthDef::SigV4);
            }
            "aws.api#clientEndpointDiscovery" => {
                let op = member_str(v, "operation").ok_or_else(|| {
                    Error::shape(owner, "has a @clientEndpointDiscovery without an operation")
                })?;
                self.endpoint_discovery = Some((op, member_str(v, "error")));
            }
            "aws.api#clientDiscoveredEndpoint" => {
                self.discovered_endpoint =
                    Some(v.get("required").and_then(Value::as_bool).ok_or_else(|| {
                        Error::shape(owner, "has a @clientDiscoveredEndpoint without `required`")
                    })?)
            }
            "smithy.api#httpBearerAuth" => {
                self.auth_schemes.insert(id.to_owned(), AuthDef::Bearer);
            }
            "smithy.api#httpBasicAuth" => {
                self.auth_schemes.insert(id.to_owned(), AuthDef::Basic);
            }
            "smithy.api#httpDigestAuth" => {
                self.auth_schemes.insert(id.to_owned(), AuthDef::Digest);
            }
            "smithy.api#httpApiKeyAuth" => {
                let key = member_str(v, "name")
                    .filter(|n| !n.is_empty())
                    .ok_or_else(|| Error::shape(owner, "has an @httpApiKeyAuth without a name"))?;
                let query = match member_str(v, "in").as_deref() {
                    Some("header") => false,
                    Some("query") => true,
                    other => {
                        return Err(Error::shape(
                            owner,
                            format!("has @httpApiKeyAuth(in: {other:?}); expected header or query"),
                        ))
                    }
                };
                self.auth_schemes.insert(
                    id.to_owned(),
                    AuthDef::ApiKey {
                        name: key,
                        query,
                        scheme: member_str(v, "scheme"),
                    },
                );
            }
            "aws.api#service" => {
                self.aws_service = Some(AwsService {
                    sdk_id: member_str(v, "sdkId"),
                    endpoint_prefix: member_str(v, "endpointPrefix"),
                })
            }
            _ => {}
        }
        Ok(())
    }

    /// Traits whose presence is their value (`@required`, `@sensitive`, ...):
    /// whether `id` was one.
    fn set_marker(&mut self, id: &str) -> bool {
        let flag = match id {
            "smithy.api#required" => &mut self.required,
            "smithy.api#clientOptional" => &mut self.client_optional,
            "smithy.api#uniqueItems" => &mut self.unique_items,
            "smithy.api#sparse" => &mut self.sparse,
            "smithy.api#sensitive" => &mut self.sensitive,
            "smithy.api#streaming" => &mut self.streaming,
            "smithy.api#eventHeader" => &mut self.event_header,
            "smithy.api#eventPayload" => &mut self.event_payload,
            "smithy.api#idempotencyToken" => &mut self.idempotency_token,
            "smithy.api#optionalAuth" => &mut self.optional_auth,
            "smithy.api#readonly" => &mut self.readonly,
            "smithy.api#trait" => &mut self.is_trait,
            "aws.protocols#awsQueryCompatible" => &mut self.aws_query_compatible,
            "smithy.api#httpChecksumRequired" => &mut self.checksum_required,
            "aws.auth#unsignedPayload" => &mut self.unsigned_payload,
            "aws.api#clientEndpointDiscoveryId" => &mut self.endpoint_discovery_id,
            "smithy.api#internal" => &mut self.internal,
            "smithy.api#httpLabel" => return self.bind(HttpBinding::Label),
            "smithy.api#httpQueryParams" => return self.bind(HttpBinding::QueryParams),
            "smithy.api#httpPayload" => return self.bind(HttpBinding::Payload),
            "smithy.api#httpResponseCode" => return self.bind(HttpBinding::ResponseCode),
            _ => return false,
        };
        *flag = true;
        true
    }
}

impl Typed {
    /// Records a binding trait; true, so that `set_marker` can answer with it.
    fn bind(&mut self, b: HttpBinding) -> bool {
        self.http_binding = Some(b);
        true
    }

    /// Adds a protocol trait, keeping the list in order of preference.
    fn protocol(&mut self, p: ProtocolTrait) {
        if let Err(at) = self.protocols.binary_search(&p) {
            self.protocols.insert(at, p);
        }
    }

    /// Whether the service speaks restJson1 (its operations' `@http`
    /// bindings apply).
    pub fn is_rest(&self) -> bool {
        self.protocols.contains(&ProtocolTrait::RestJson1)
            || self.protocols.contains(&ProtocolTrait::RestXml)
    }

    /// The service speaks an XML protocol (restXml, awsQuery, ec2Query):
    /// its types carry XML descriptions.
    pub fn is_xml(&self) -> bool {
        self.protocols.iter().any(|p| {
            matches!(
                p,
                ProtocolTrait::RestXml | ProtocolTrait::AwsQuery | ProtocolTrait::Ec2Query
            )
        })
    }
}

fn http(owner: &str, v: &Value) -> Result<Http, Error> {
    let method = member_str(v, "method");
    let uri = member_str(v, "uri");
    let code = match v.get("code") {
        None | Some(Value::Null) => Some(200),
        Some(c) => c.as_u64().and_then(|c| u16::try_from(c).ok()),
    };
    match (method, uri, code) {
        (Some(method), Some(uri), Some(code))
            if uri.starts_with('/') && (100..600).contains(&code) =>
        {
            Ok(Http { method, uri, code })
        }
        _ => Err(Error::shape(
            owner,
            format!(
                "has an @http trait {v} without a method, a URI starting with '/', or a valid code"
            ),
        )),
    }
}

/// The strings of a list value (none when it is not a list).
fn strings(v: Option<&Value>) -> Vec<String> {
    let items = v.and_then(Value::as_array).into_iter().flatten();
    items.filter_map(Value::as_str).map(str::to_owned).collect()
}

fn enum_value(owner: &str, v: &Value) -> Result<EnumValue, Error> {
    match v {
        Value::String(s) => Ok(EnumValue::Str(s.clone())),
        Value::Number(n) => n
            .as_i64()
            .map(EnumValue::Int)
            .ok_or_else(|| Error::shape(owner, "has an @enumValue that is not an integer")),
        _ => Err(Error::shape(owner, "has an @enumValue of the wrong type")),
    }
}

fn error_fault(owner: &str, v: &Value) -> Result<ErrorFault, Error> {
    match v.as_str() {
        Some("client") => Ok(ErrorFault::Client),
        Some("server") => Ok(ErrorFault::Server),
        _ => Err(Error::shape(
            owner,
            format!("has @error {v}; expected client or server"),
        )),
    }
}

fn http_error(owner: &str, v: &Value) -> Result<u16, Error> {
    v.as_u64()
        .filter(|s| (100..=999).contains(s))
        .map(|s| s as u16)
        .ok_or_else(|| {
            Error::shape(
                owner,
                format!("has @httpError {v}, which is no HTTP status (100..999)"),
            )
        })
}

fn timestamp_format(owner: &str, v: &Value) -> Result<TimestampFormat, Error> {
    match v.as_str() {
        Some("epoch-seconds") => Ok(TimestampFormat::EpochSeconds),
        Some("date-time") => Ok(TimestampFormat::DateTime),
        Some("http-date") => Ok(TimestampFormat::HttpDate),
        _ => Err(Error::shape(
            owner,
            format!("has unknown timestampFormat {v}"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn traits(json: &str) -> Traits {
        let v: serde_json::Map<String, Value> = serde_json::from_str(json).unwrap();
        v.into_iter().collect()
    }

    #[test]
    fn parses_what_the_generator_uses() {
        let t = Typed::parse(
            "a#S",
            &traits(
                r#"{"smithy.api#length": {"min": 1}, "smithy.api#retryable": {"throttling": true},
                    "smithy.api#error": "client", "smithy.api#httpError": 429,
                    "smithy.api#deprecated": {"since": "2020"}, "smithy.api#enumValue": 3}"#,
            ),
        )
        .unwrap();
        assert_eq!(
            t.length,
            Some(Bounds {
                min: Some(1.0),
                max: None
            })
        );
        assert_eq!(t.retryable, Some(true));
        assert_eq!(t.error, Some(ErrorFault::Client));
        assert_eq!(t.http_error, Some(429));
        assert_eq!(t.deprecated.unwrap().since.as_deref(), Some("2020"));
        assert_eq!(t.enum_value, Some(EnumValue::Int(3)));
    }

    #[test]
    fn malformed_bodies_name_the_shape() {
        for (body, needle) in [
            (r#"{"smithy.api#length": 3}"#, "@length"),
            (r#"{"smithy.api#error": "nobody"}"#, "@error"),
            (r#"{"smithy.api#httpError": 1000}"#, "@httpError"),
            (
                r#"{"smithy.api#timestampFormat": "iso"}"#,
                "timestampFormat",
            ),
            (r#"{"smithy.api#pattern": 1}"#, "@pattern"),
            (r#"{"smithy.api#enum": {}}"#, "@enum"),
        ] {
            let e = Typed::parse("a#S$m", &traits(body))
                .unwrap_err()
                .to_string();
            assert!(e.contains("a#S$m") && e.contains(needle), "{e}");
        }
    }
}
