//! Body codecs: bytes to the JSON form the generated codecs read
//! ([`serde_json::Value`]), and typed values ([`ToJson`]) or JSON forms to
//! bytes. JSON is `serde_json`; CBOR is [`cbor`]. Servers and clients of
//! every protocol go through here, so a protocol's codec is one value of
//! [`Codec`].

pub mod cbor;
pub mod message;
pub mod query;
pub mod xml;

use serde_json::{Map, Value};

use crate::error::WireError;
use crate::json::ToJson;
pub use crate::protocol::Codec;
use crate::protocol::Protocol;

/// A body that must be an object (an operation's input or output): empty
/// means `{}`; anything but an object is a `SerializationException`.
pub fn decode_object(codec: Codec, bytes: &[u8]) -> Result<Value, WireError> {
    if is_empty(codec, bytes) {
        return Ok(Value::Object(Map::new()));
    }
    match decode_value(codec, bytes)? {
        v @ Value::Object(_) => Ok(v),
        _ => Err(WireError::serialization(match codec {
            Codec::Json => "The request body must be a JSON object",
            Codec::Cbor => "The request body must be a CBOR map",
            Codec::Xml | Codec::Query => "The request body must be an XML element",
        })),
    }
}

/// Whether a body holds nothing (JSON: only whitespace).
pub fn is_empty(codec: Codec, bytes: &[u8]) -> bool {
    match codec {
        Codec::Json | Codec::Xml | Codec::Query => bytes.iter().all(u8::is_ascii_whitespace),
        Codec::Cbor => bytes.is_empty(),
    }
}

/// Any value; a body the codec cannot read is a `SerializationException`.
pub fn decode_value(codec: Codec, bytes: &[u8]) -> Result<Value, WireError> {
    match codec {
        Codec::Json => serde_json::from_slice::<Value>(bytes).map_err(|e| {
            WireError::serialization(format!("The request body is not valid JSON: {e}"))
        }),
        Codec::Cbor => cbor::to_json(bytes).map_err(|e| {
            WireError::serialization(format!("The request body is not valid CBOR: {e}"))
        }),
        // Without a description, an element's text children as strings
        // (what an unmodeled error says).
        Codec::Xml | Codec::Query => xml::parse(bytes)
            .map(|el| Value::Object(message::error_members(&el, None)))
            .map_err(|e| {
                WireError::serialization(format!("The request body is not valid XML: {e}"))
            }),
    }
}

/// A typed value's bytes as `protocol` writes them, written straight from it.
pub fn encode<T: ToJson + ?Sized>(protocol: Protocol, value: &T) -> Vec<u8> {
    write(protocol, &crate::json::Json(value))
}

/// Any `serde` value as `protocol` writes it: JSON (rpcv2Json writes
/// `bigInteger` and `bigDecimal` values as strings, to keep their digits
/// from readers that parse numbers as doubles) or CBOR.
fn write<T: serde::Serialize + ?Sized>(protocol: Protocol, value: &T) -> Vec<u8> {
    match protocol {
        Protocol::RpcV2Cbor => cbor::serialize(value),
        Protocol::RpcV2Json => {
            let mut out = Vec::new();
            let mut ser = serde_json::Serializer::with_formatter(&mut out, BigAsString);
            match value.serialize(&mut ser) {
                Ok(()) => out,
                Err(_) => b"{}".to_vec(),
            }
        }
        _ => serde_json::to_vec(value).unwrap_or_else(|_| b"{}".to_vec()),
    }
}

/// JSON with numbers of arbitrary precision (what `bigInteger` and
/// `bigDecimal` values write) as strings.
struct BigAsString;

impl serde_json::ser::Formatter for BigAsString {
    fn write_number_str<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        value: &str,
    ) -> std::io::Result<()> {
        writer.write_all(b"\"")?;
        writer.write_all(value.as_bytes())?;
        writer.write_all(b"\"")
    }
}

/// The members of an operation input that travel in the body
/// ([`Input::write_body`](crate::json::Input::write_body)), written straight
/// from the typed value.
pub fn encode_body<I: crate::json::Input + ?Sized>(protocol: Protocol, input: &I) -> Vec<u8> {
    write(protocol, &crate::json::Body(input))
}

/// A JSON form's bytes (error bodies, bodies assembled from bindings).
pub fn encode_value(codec: Codec, value: &Value) -> Vec<u8> {
    match codec {
        Codec::Cbor => cbor::value_to_vec(value),
        // The XML protocols write through descriptions (`message`); a
        // form without one is JSON.
        Codec::Json | Codec::Xml | Codec::Query => serde_json::to_vec(value).unwrap_or_default(),
    }
}
