//! The bodies of the XML protocols, whole: what restXml, awsQuery and
//! ec2Query put around an operation's members. restXml bodies are the
//! input or output structure as the root element (or the `@httpPayload`
//! structure); awsQuery requests are forms and its responses
//! `<OpResponse><OpResult>…</OpResult>`; ec2Query
//! responses are `<OpResponse>…<requestId>`. Errors are
//! `<ErrorResponse><Error>` (restXml, awsQuery; restXml's bare `<Error>`
//! with `noErrorWrapping`) or `<Response><Errors><Error>` (ec2Query).
//! Members go through the structure's description ([`super::xml::Shape`]).

use serde_json::{Map, Value};

use super::query::{self, Dialect};
use super::xml::{self, Element, Ns, Shape, XmlError, XmlWriter};
use crate::binding::{self, HttpOp, Message, PayloadKind};
use crate::error::WireError;
use crate::protocol::Protocol;

/// An operation's XML descriptions (one per operation in a types crate of
/// an XML protocol).
#[derive(Debug)]
pub struct XmlOp {
    /// The input's root: the input structure, or its `@httpPayload`
    /// structure.
    pub input: Root,
    /// The output's root, likewise.
    pub output: Root,
    /// The service's `@xmlNamespace`, written on root elements that have
    /// none of their own.
    pub ns: Option<Ns>,
    /// The service's version (awsQuery and ec2Query send it).
    pub version: &'static str,
    /// `aws.customizations#s3UnwrappedXmlOutput`: the output's one member
    /// is the root element itself.
    pub unwrapped_output: bool,
    /// restXml's `noErrorWrapping`: errors are a bare `<Error>`.
    pub bare_errors: bool,
}

/// A document's root element and the structure it holds.
#[derive(Debug)]
pub struct Root {
    pub name: &'static str,
    pub ns: Option<Ns>,
    pub shape: &'static Shape,
}

fn dialect(protocol: Protocol) -> Dialect {
    match protocol {
        Protocol::Ec2Query => Dialect::Ec2Query,
        _ => Dialect::AwsQuery,
    }
}

fn bad(e: XmlError) -> WireError {
    WireError::serialization(format!(
        "The body is not valid XML of the expected shape: {e}"
    ))
}

/// Whether the message's XML is its payload structure (or union).
fn is_payload_struct(msg: &Message) -> bool {
    msg.payload
        .as_ref()
        .is_some_and(|p| matches!(p.kind, PayloadKind::Structure | PayloadKind::Json))
}

/// The bytes of a request body: restXml's document, or the query form.
pub fn write_request(
    protocol: Protocol,
    op: &HttpOp,
    xml: &XmlOp,
    obj: &Map<String, Value>,
) -> Vec<u8> {
    match protocol {
        Protocol::AwsQuery | Protocol::Ec2Query => query::write(
            dialect(protocol),
            op.name,
            xml.version,
            xml.input.shape,
            obj,
        )
        .into_bytes(),
        _ => write_body(&op.input, &xml.input, xml.ns, obj),
    }
}

/// A restXml message body: the payload structure, or the members that
/// are not bound elsewhere under the root.
fn write_body(msg: &Message, root: &Root, ns: Option<Ns>, obj: &Map<String, Value>) -> Vec<u8> {
    let mut w = XmlWriter::new();
    if is_payload_struct(msg) {
        let key = msg.payload.as_ref().map(|p| p.key).unwrap_or_default();
        match obj.get(key) {
            Some(Value::Object(v)) => w.structure(root.name, root.ns, root.shape, v),
            _ => return Vec::new(),
        }
    } else if msg.body && travels_in_body(msg, root.shape) {
        let members = binding::body_members(msg, obj);
        w.structure(root.name, root.ns.or(ns), root.shape, &members);
    } else {
        return Vec::new();
    }
    w.finish()
}

/// Whether some member of `shape` travels in the body (restXml writes no
/// document for a message whose members are all bound elsewhere).
fn travels_in_body(msg: &Message, shape: &Shape) -> bool {
    shape
        .members
        .iter()
        .any(|m| !msg.bindings.iter().any(|b| b.key == m.key))
}

/// A request body's members (restXml: those the body carries; the query
/// protocols: every member) into `obj`.
pub fn read_request(
    protocol: Protocol,
    op: &HttpOp,
    xml: &XmlOp,
    bytes: &[u8],
    obj: &mut Map<String, Value>,
) -> Result<(), WireError> {
    match protocol {
        Protocol::AwsQuery | Protocol::Ec2Query => {
            let form = query::parse(bytes);
            match form.action.as_deref() {
                Some(a) if a == op.name => {}
                _ => {
                    return Err(WireError::plain(
                        400,
                        "InvalidAction",
                        format!("the form's Action does not name {}", op.name),
                    ))
                }
            }
            let v = form
                .read(dialect(protocol), xml.input.shape)
                .map_err(|e| WireError::plain(400, "MalformedQueryString", e))?;
            if let Value::Object(m) = v {
                obj.extend(m);
            }
            Ok(())
        }
        _ => read_body(&op.input, &xml.input, bytes, obj).map_err(bad),
    }
}

fn read_body(
    msg: &Message,
    root: &Root,
    bytes: &[u8],
    obj: &mut Map<String, Value>,
) -> Result<(), XmlError> {
    // A blob or text payload is not XML (the pipeline reads it).
    let other_payload = msg.payload.is_some() && !is_payload_struct(msg);
    if bytes.iter().all(u8::is_ascii_whitespace) || other_payload {
        return Ok(());
    }
    let el = xml::parse(bytes)?;
    if let (true, Some(p)) = (is_payload_struct(msg), &msg.payload) {
        obj.insert(p.key.to_owned(), xml::read_struct(&el, root.shape)?);
        return Ok(());
    }
    if !msg.body {
        return Ok(());
    }
    if let Value::Object(members) = xml::read_struct(&el, root.shape)? {
        for (k, v) in members {
            let bound = msg.bindings.iter().any(|b| b.key == k);
            if !bound && !obj.contains_key(&k) {
                obj.insert(k, v);
            }
        }
    }
    Ok(())
}

/// The bytes of a response body.
pub fn write_response(
    protocol: Protocol,
    op: &HttpOp,
    xml: &XmlOp,
    obj: &Map<String, Value>,
    request_id: &str,
) -> Vec<u8> {
    let ns = xml.ns;
    let response = format!("{}Response", op.name);
    match protocol {
        Protocol::AwsQuery => {
            let mut w = XmlWriter::new();
            w.start(&response, ns);
            w.structure(&format!("{}Result", op.name), None, xml.output.shape, obj);
            // The request id travels in `x-amzn-RequestId`, which every
            // response carries (the official cases' bodies have no
            // `ResponseMetadata`).
            w.end(&response);
            w.finish()
        }
        Protocol::Ec2Query => {
            let mut w = XmlWriter::new();
            w.start(&response, ns);
            w.members(xml.output.shape, obj);
            w.text_element("requestId", None, request_id);
            w.end(&response);
            w.finish()
        }
        _ if xml.unwrapped_output => {
            let mut w = XmlWriter::new();
            if let Some(m) = xml.output.shape.members.first() {
                let v = obj
                    .get(m.key)
                    .cloned()
                    .unwrap_or(Value::String(String::new()));
                w.value(m.name, ns, &m.ty, &v);
            }
            declared(w.finish())
        }
        _ => declared(write_body(&op.output, &xml.output, ns, obj)),
    }
}

/// A restXml document as AWS's services send it: with the XML declaration.
fn declared(body: Vec<u8>) -> Vec<u8> {
    if body.is_empty() {
        return body;
    }
    const DECLARATION: &[u8] = b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    let mut out = Vec::with_capacity(DECLARATION.len() + body.len());
    out.extend_from_slice(DECLARATION);
    out.extend_from_slice(&body);
    out
}

/// A response body's members into `obj`.
pub fn read_response(
    protocol: Protocol,
    op: &HttpOp,
    xml: &XmlOp,
    bytes: &[u8],
    obj: &mut Map<String, Value>,
) -> Result<(), XmlError> {
    match protocol {
        Protocol::AwsQuery | Protocol::Ec2Query => {
            if bytes.iter().all(u8::is_ascii_whitespace) {
                return Ok(());
            }
            let el = xml::parse(bytes)?;
            let result_name = format!("{}Result", op.name);
            let at = match protocol {
                Protocol::AwsQuery => el.child(&result_name),
                _ => Some(&el),
            };
            if let Some(at) = at {
                if let Value::Object(m) = xml::read_struct(at, xml.output.shape)? {
                    obj.extend(m);
                }
            }
            Ok(())
        }
        _ if xml.unwrapped_output => {
            if let Some(m) = xml.output.shape.members.first() {
                let el = xml::parse(bytes)?;
                obj.insert(m.key.to_owned(), xml::read_value(&el, &m.ty)?);
            }
            Ok(())
        }
        _ => read_body(&op.output, &xml.output, bytes, obj),
    }
}

/// The bytes of an error response: the protocol's envelope around the
/// error's code, message and members.
pub fn write_error(
    protocol: Protocol,
    xml: Option<&XmlOp>,
    e: &WireError,
    request_id: &str,
    bound: &[binding::Binding],
) -> Vec<u8> {
    let fault = if e.status < 500 { "Sender" } else { "Receiver" };
    // The message is the envelope's `<Message>` (what AWS clients read),
    // whatever the error's member is called (`message`, `Message`,
    // `errorMessage`); the other members follow.
    let is_message = |k: &str| matches!(k, "message" | "Message" | "errorMessage");
    let message = e
        .body
        .iter()
        .find(|(k, v)| is_message(k) && v.is_string())
        .and_then(|(_, v)| v.as_str());
    let members: Map<String, Value> = e
        .body
        .iter()
        .filter(|(k, _)| !bound.iter().any(|b| b.key == k.as_str()) && !is_message(k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let mut w = XmlWriter::new();
    let error = |w: &mut XmlWriter, with_type: bool| {
        w.start("Error", None);
        if with_type {
            w.text_element("Type", None, fault);
        }
        w.text_element("Code", None, &e.code);
        if let Some(m) = message {
            w.text_element("Message", None, m);
        }
        if let Some(shape) = e.xml {
            w.members(shape, &members);
        }
        w.end("Error");
    };
    match protocol {
        Protocol::Ec2Query => {
            w.start("Response", None);
            w.start("Errors", None);
            error(&mut w, false);
            w.end("Errors");
            w.text_element("RequestID", None, request_id);
            w.end("Response");
        }
        _ if xml.is_some_and(|x| x.bare_errors) => {
            error(&mut w, true);
        }
        _ => {
            w.start("ErrorResponse", None);
            error(&mut w, true);
            w.text_element("RequestId", None, request_id);
            w.end("ErrorResponse");
        }
    }
    match protocol {
        Protocol::RestXml => declared(w.finish()),
        _ => w.finish(),
    }
}

/// An error response's `<Error>` element, wherever the envelope puts it,
/// with its code; `None` when the body is not such an envelope.
pub fn read_error(bytes: &[u8]) -> Option<(Element, Option<String>)> {
    let root = xml::parse(bytes).ok()?;
    let error = match root.name.as_str() {
        "Error" => root,
        "ErrorResponse" => root.child("Error")?.clone(),
        "Response" => root.child("Errors")?.child("Error")?.clone(),
        _ => return None,
    };
    let code = error.child("Code").map(|c| c.text.trim().to_owned());
    Some((error, code))
}

/// The JSON form of an error's members from its `<Error>` element: through
/// its description when the error is modeled, else its text children
/// (`Message`, ...) as strings.
pub fn error_members(error: &Element, shape: Option<&Shape>) -> Map<String, Value> {
    if let Some(shape) = shape {
        if let Ok(Value::Object(mut m)) = xml::read_struct(error, shape) {
            // The envelope's `<Message>` is the error's message member,
            // whatever its name.
            let text = error.child("Message").map(|e| e.text.clone());
            let member = shape.members.iter().find(|m| {
                matches!(m.key, "message" | "Message" | "errorMessage")
                    && matches!(m.ty, xml::Ty::Scalar(crate::binding::Scalar::String))
            });
            if let (Some(text), Some(member)) = (text, member) {
                m.entry(member.key.to_owned())
                    .or_insert(Value::String(text));
            }
            return m;
        }
    }
    error
        .children
        .iter()
        .filter(|c| c.children.is_empty())
        .map(|c| (c.name.clone(), Value::String(c.text.clone())))
        .collect()
}

/// The request id an XML response carries (`RequestId`, `requestId` or
/// `RequestID`, at the root or in `ResponseMetadata`).
pub fn request_id(bytes: &[u8]) -> Option<String> {
    let root = xml::parse(bytes).ok()?;
    let direct = ["RequestId", "requestId", "RequestID"]
        .iter()
        .find_map(|n| root.child(n));
    direct
        .or_else(|| root.child("ResponseMetadata")?.child("RequestId"))
        .map(|e| e.text.trim().to_owned())
}
