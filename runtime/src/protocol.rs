//! The wire protocols generated servers answer and generated clients speak,
//! and the few facts in which they differ: how a request names its
//! operation ([`Routing`]), which codec writes bodies ([`Codec`]), the media
//! type, and how an error says what it is. Everything else (where members
//! travel) is the operation's binding ([`crate::binding::HttpOp`]), the same
//! description for every protocol.

use std::fmt;

/// A Smithy protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Protocol {
    /// `aws.protocols#awsJson1_0`
    AwsJson1_0,
    /// `aws.protocols#awsJson1_1`
    AwsJson1_1,
    /// `aws.protocols#restJson1`
    RestJson1,
    /// `smithy.protocols#rpcv2Cbor`
    RpcV2Cbor,
    /// `smithy.protocols#rpcv2Json`
    RpcV2Json,
    /// `aws.protocols#restXml`
    RestXml,
    /// `aws.protocols#awsQuery`
    AwsQuery,
    /// `aws.protocols#ec2Query`
    Ec2Query,
}

/// How a request names its operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Routing {
    /// `POST /` with `X-Amz-Target: Service.Operation` (awsJson).
    Target,
    /// The operation's `@http` method and URI pattern (restJson1).
    Http,
    /// `POST /service/{Service}/operation/{Operation}` with a
    /// `smithy-protocol` header (rpcv2Cbor, rpcv2Json).
    RpcV2,
    /// `POST /` with a form body whose `Action` names the operation
    /// (awsQuery, ec2Query).
    Query,
}

/// What writes and reads bodies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    /// JSON text.
    Json,
    /// CBOR (RFC 8949), see [`crate::codec::cbor`].
    Cbor,
    /// XML, read and written through the structure's description
    /// ([`crate::codec::xml`]).
    Xml,
    /// Form-encoded requests ([`crate::codec::query`]) and XML responses.
    Query,
}

impl Protocol {
    /// Every protocol, in the order a client prefers them when a model
    /// lists several (a model's own order wins; see the client's `Config`).
    pub const ALL: [Protocol; 8] = [
        Protocol::RpcV2Cbor,
        Protocol::RpcV2Json,
        Protocol::AwsJson1_0,
        Protocol::AwsJson1_1,
        Protocol::RestJson1,
        Protocol::RestXml,
        Protocol::AwsQuery,
        Protocol::Ec2Query,
    ];

    /// The protocol trait's shape id.
    pub fn shape_id(self) -> &'static str {
        match self {
            Protocol::AwsJson1_0 => "aws.protocols#awsJson1_0",
            Protocol::AwsJson1_1 => "aws.protocols#awsJson1_1",
            Protocol::RestJson1 => "aws.protocols#restJson1",
            Protocol::RpcV2Cbor => "smithy.protocols#rpcv2Cbor",
            Protocol::RpcV2Json => "smithy.protocols#rpcv2Json",
            Protocol::RestXml => "aws.protocols#restXml",
            Protocol::AwsQuery => "aws.protocols#awsQuery",
            Protocol::Ec2Query => "aws.protocols#ec2Query",
        }
    }

    /// The protocol of a trait's shape id or short name (`rpcv2Cbor`).
    pub fn from_name(name: &str) -> Option<Protocol> {
        let short = name.rsplit('#').next().unwrap_or(name);
        Protocol::ALL.into_iter().find(|p| {
            let id = p.shape_id();
            id == name || id.rsplit('#').next() == Some(short)
        })
    }

    /// The media type of bodies the codec writes.
    pub fn content_type(self) -> &'static str {
        match self {
            Protocol::AwsJson1_0 => "application/x-amz-json-1.0",
            Protocol::AwsJson1_1 => "application/x-amz-json-1.1",
            Protocol::RestJson1 | Protocol::RpcV2Json => "application/json",
            Protocol::RpcV2Cbor => "application/cbor",
            Protocol::RestXml => "application/xml",
            Protocol::AwsQuery | Protocol::Ec2Query => "application/x-www-form-urlencoded",
        }
    }

    /// The media type of response bodies (XML for the query protocols,
    /// whose requests are forms); else [`Protocol::content_type`].
    pub fn response_content_type(self) -> &'static str {
        match self {
            Protocol::AwsQuery => "text/xml",
            Protocol::Ec2Query => "text/xml;charset=UTF-8",
            _ => self.content_type(),
        }
    }

    /// How requests are routed.
    pub fn routing(self) -> Routing {
        match self {
            Protocol::AwsJson1_0 | Protocol::AwsJson1_1 => Routing::Target,
            Protocol::RestJson1 | Protocol::RestXml => Routing::Http,
            Protocol::RpcV2Cbor | Protocol::RpcV2Json => Routing::RpcV2,
            Protocol::AwsQuery | Protocol::Ec2Query => Routing::Query,
        }
    }

    /// The body codec.
    pub fn codec(self) -> Codec {
        match self {
            Protocol::RpcV2Cbor => Codec::Cbor,
            Protocol::RestXml => Codec::Xml,
            Protocol::AwsQuery | Protocol::Ec2Query => Codec::Query,
            _ => Codec::Json,
        }
    }

    /// The `smithy-protocol` header value requests and responses carry.
    pub fn smithy_protocol(self) -> Option<&'static str> {
        match self {
            Protocol::RpcV2Cbor => Some("rpc-v2-cbor"),
            Protocol::RpcV2Json => Some("rpc-v2-json"),
            _ => None,
        }
    }

    /// Whether an error body's `__type` names a modeled error by its
    /// absolute shape id (`ns#Name`) rather than by its name.
    pub fn error_type_is_shape_id(self) -> bool {
        matches!(
            self,
            Protocol::AwsJson1_0 | Protocol::RpcV2Cbor | Protocol::RpcV2Json
        )
    }

    /// Whether errors carry their code in an `X-Amzn-Errortype` header.
    pub fn error_type_header(self) -> bool {
        matches!(
            self,
            Protocol::AwsJson1_0 | Protocol::AwsJson1_1 | Protocol::RestJson1
        )
    }

    /// Whether timestamps in bodies are always epoch seconds, whatever
    /// `@timestampFormat` says.
    pub fn epoch_timestamps(self) -> bool {
        matches!(self, Protocol::RpcV2Cbor | Protocol::RpcV2Json)
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.shape_id().rsplit('#').next().unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        for p in Protocol::ALL {
            assert_eq!(Protocol::from_name(p.shape_id()), Some(p));
            assert_eq!(Protocol::from_name(&p.to_string()), Some(p));
        }
        assert_eq!(Protocol::from_name("aws.protocols#awsJson2"), None);
    }
}
