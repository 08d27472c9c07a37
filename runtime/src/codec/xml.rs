//! XML bodies: restXml, and the responses of awsQuery and ec2Query.
//!
//! XML carries no types, so a body is read and written through a
//! description of the structure ([`Shape`]) that generated types crates emit
//! as statics for the XML protocols: each member's element (or attribute)
//! name, namespace, whether a list or map is flattened, and its type. The
//! reader turns a document into the JSON form the generated codecs parse
//! (so constraint checks and member codecs are shared with every other
//! protocol); the writer turns a JSON form into a document. The same
//! description gives awsQuery and ec2Query their form keys
//! ([`super::query`]).
//!
//! Reading is `quick-xml`'s, bounded: no DOCTYPE (so no entity
//! declarations and no expansion), only the five predefined entities and
//! character references, at most [`MAX_DEPTH`] nested elements, and the
//! body's size is the caller's bound. Anything else is an [`XmlError`],
//! which servers answer as a `SerializationException`-class error.

use std::fmt;

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer};
use serde_json::{Map, Value};

use crate::binding::{self, Scalar};

/// How deep elements may nest in a document that is read.
pub const MAX_DEPTH: usize = 64;

/// A structure or union as XML and query forms see it.
pub struct Shape {
    /// The element name of the structure as a document's root
    /// (`@xmlName`, else the shape name).
    pub name: &'static str,
    /// `@xmlNamespace` of the structure, written on a root element.
    pub ns: Option<Ns>,
    /// Its members in model order.
    pub members: &'static [Member],
    /// A union: one member is set.
    pub union: bool,
}

/// Descriptions are statics: the same description is the same static.
impl PartialEq for Shape {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl fmt::Debug for Shape {
    // Shapes may be recursive: name them, do not descend.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "xml::Shape({})", self.name)
    }
}

/// The description of an empty structure (a `Unit` input or output).
pub static UNIT: Shape = Shape {
    name: "",
    ns: None,
    members: &[],
    union: false,
};

/// `@xmlNamespace`: a URI and an optional prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ns {
    pub uri: &'static str,
    pub prefix: Option<&'static str>,
}

/// One member of a [`Shape`].
#[derive(Debug)]
pub struct Member {
    /// Its key in the structure's JSON form.
    pub key: &'static str,
    /// Its element or attribute name (`@xmlName`, else the member name).
    pub name: &'static str,
    /// Its key in a query form: awsQuery's is `name`; ec2Query's is
    /// `@ec2QueryName`, else `name` capitalized.
    pub query: &'static str,
    /// `@xmlAttribute`: an attribute of the structure's element.
    pub attribute: bool,
    /// `@xmlFlattened`: a list's items (a map's entries) are repeated
    /// elements of this name, without a wrapping element.
    pub flattened: bool,
    /// `@xmlNamespace` of the member.
    pub ns: Option<Ns>,
    pub ty: Ty,
}

/// A value's type, as far as XML and query forms need it.
#[derive(Debug, Clone, Copy)]
pub enum Ty {
    /// A value written as text: its text form is [`binding::to_text`]'s.
    Scalar(Scalar),
    List(&'static Item),
    Map(&'static Entry),
    Struct(&'static Shape),
}

/// A list's member: its element name (`member`, or its `@xmlName`),
/// namespace and type.
#[derive(Debug)]
pub struct Item {
    pub name: &'static str,
    pub ns: Option<Ns>,
    pub ty: Ty,
}

/// A map's key and value elements (`key` and `value`, or their `@xmlName`).
#[derive(Debug)]
pub struct Entry {
    pub key: Item,
    pub value: Item,
}

/// A document that is not XML, or not XML of the expected shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlError(pub String);

impl fmt::Display for XmlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for XmlError {}

fn err(msg: impl Into<String>) -> XmlError {
    XmlError(msg.into())
}

/// One element of a document read: its local name, attributes (local
/// names), child elements and text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Element>,
    pub text: String,
}

impl Element {
    /// The first child of this local name.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    /// Every child of this local name, in document order.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// The attribute of this name (`prefix:name` as written, or by its
    /// local name).
    pub fn attr(&self, name: &str) -> Option<&str> {
        let local = |n: &str| n.rsplit(':').next().unwrap_or(n).to_owned();
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .or_else(|| self.attrs.iter().find(|(n, _)| local(n) == local(name)))
            .map(|(_, v)| v.as_str())
    }
}

fn local(name: &[u8]) -> Result<String, XmlError> {
    let local = match name.iter().position(|b| *b == b':') {
        Some(i) => &name[i + 1..],
        None => name,
    };
    String::from_utf8(local.to_vec()).map_err(|_| err("an element name is not UTF-8"))
}

fn open(start: &BytesStart<'_>) -> Result<Element, XmlError> {
    let mut el = Element {
        name: local(start.name().as_ref())?,
        ..Element::default()
    };
    for a in start.attributes() {
        let a = a.map_err(|e| err(format!("bad attribute: {e}")))?;
        let key = a.key.as_ref();
        if key == b"xmlns" || key.starts_with(b"xmlns:") {
            continue;
        }
        let value = a
            .unescape_value()
            .map_err(|e| err(format!("bad attribute value: {e}")))?;
        let key =
            String::from_utf8(key.to_vec()).map_err(|_| err("an attribute name is not UTF-8"))?;
        el.attrs.push((key, value.into_owned()));
    }
    Ok(el)
}

/// Reads a document into its root element.
pub fn parse(bytes: &[u8]) -> Result<Element, XmlError> {
    let text = std::str::from_utf8(bytes).map_err(|_| err("the XML body is not UTF-8"))?;
    let mut reader = Reader::from_str(text);
    let config = reader.config_mut();
    config.check_end_names = true;
    config.expand_empty_elements = false;
    config.trim_text(false);
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| err(format!("the body is not well-formed XML: {e}")))?;
        match event {
            Event::Start(s) => {
                if root.is_some() {
                    return Err(err("content after the root element"));
                }
                if stack.len() >= MAX_DEPTH {
                    return Err(err(format!("elements nest deeper than {MAX_DEPTH} levels")));
                }
                stack.push(open(&s)?);
            }
            Event::Empty(s) => {
                let el = open(&s)?;
                match stack.last_mut() {
                    Some(parent) => parent.children.push(el),
                    None if root.is_none() => root = Some(el),
                    None => return Err(err("content after the root element")),
                }
            }
            Event::End(_) => {
                let el = stack
                    .pop()
                    .ok_or_else(|| err("an end tag without a start"))?;
                match stack.last_mut() {
                    Some(parent) => parent.children.push(el),
                    None => root = Some(el),
                }
            }
            Event::Text(t) => {
                let t = t.xml_content().map_err(|e| err(format!("bad text: {e}")))?;
                match stack.last_mut() {
                    Some(el) => el.text.push_str(&t),
                    None if t.trim().is_empty() => {}
                    None => return Err(err("text outside the root element")),
                }
            }
            Event::CData(t) => {
                let t = t.decode().map_err(|e| err(format!("bad CDATA: {e}")))?;
                match stack.last_mut() {
                    Some(el) => el.text.push_str(&t),
                    None => return Err(err("CDATA outside the root element")),
                }
            }
            Event::GeneralRef(r) => {
                let resolved = if r.is_char_ref() {
                    r.resolve_char_ref()
                        .map_err(|e| err(format!("bad character reference: {e}")))?
                        .map(String::from)
                } else {
                    let name = r.decode().map_err(|e| err(format!("bad reference: {e}")))?;
                    resolve_predefined_entity(&name).map(str::to_owned)
                };
                let Some(resolved) = resolved else {
                    return Err(err(
                        "an entity reference that is not one of XML's five predefined entities",
                    ));
                };
                match stack.last_mut() {
                    Some(el) => el.text.push_str(&resolved),
                    None => return Err(err("a reference outside the root element")),
                }
            }
            Event::DocType(_) => {
                return Err(err("a DOCTYPE is not accepted (no entity declarations)"))
            }
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
            Event::Eof => break,
        }
    }
    if !stack.is_empty() {
        return Err(err("the document ends inside an element"));
    }
    root.ok_or_else(|| err("the body has no root element"))
}

/// The JSON form of structure `shape` read from `el`.
pub fn read_struct(el: &Element, shape: &Shape) -> Result<Value, XmlError> {
    let mut obj = Map::new();
    for m in shape.members {
        if m.attribute {
            if let Some(text) = el.attr(m.name) {
                obj.insert(m.key.to_owned(), read_text(&m.ty, text, m.name)?);
            }
            continue;
        }
        let v = match (&m.ty, m.flattened) {
            (Ty::List(item), true) => {
                let items: Vec<&Element> = el.all(m.name).collect();
                if items.is_empty() {
                    continue;
                }
                Value::Array(
                    items
                        .into_iter()
                        .map(|e| read_value(e, &item.ty))
                        .collect::<Result<_, _>>()?,
                )
            }
            (Ty::Map(entry), true) => {
                let entries: Vec<&Element> = el.all(m.name).collect();
                if entries.is_empty() {
                    continue;
                }
                read_entries(entries.into_iter(), entry)?
            }
            (ty, _) => match el.child(m.name) {
                Some(child) => read_value(child, ty)?,
                None => continue,
            },
        };
        obj.insert(m.key.to_owned(), v);
        if shape.union {
            break;
        }
    }
    Ok(Value::Object(obj))
}

fn read_text(ty: &Ty, text: &str, name: &str) -> Result<Value, XmlError> {
    use aws_smithy_types::date_time::{DateTime, Format};
    match ty {
        // A date-time in a body may carry an offset.
        Ty::Scalar(Scalar::Timestamp {
            text: crate::json::TimestampFormat::DateTime,
            json,
        }) => DateTime::from_str(text.trim(), Format::DateTimeWithOffset)
            .map(|t| crate::json::timestamp_to_json(&t, *json))
            .map_err(|e| err(format!("'{name}': '{text}' is not a date-time: {e}"))),
        Ty::Scalar(s) => {
            binding::from_text(*s, text, false).map_err(|e| err(format!("'{name}': {e}")))
        }
        _ => Err(err(format!("'{name}' is not a text value"))),
    }
}

fn read_entries<'a>(
    entries: impl Iterator<Item = &'a Element>,
    entry: &Entry,
) -> Result<Value, XmlError> {
    let mut map = Map::new();
    for e in entries {
        let key = e
            .child(entry.key.name)
            .map(|k| k.text.clone())
            .ok_or_else(|| err(format!("a map entry without its '{}'", entry.key.name)))?;
        let value = match e.child(entry.value.name) {
            Some(v) => read_value(v, &entry.value.ty)?,
            None => Value::Null,
        };
        map.insert(key, value);
    }
    Ok(Value::Object(map))
}

/// The JSON form of a value of type `ty` read from `el`.
pub fn read_value(el: &Element, ty: &Ty) -> Result<Value, XmlError> {
    match ty {
        Ty::Scalar(_) => read_text(ty, &el.text, &el.name),
        Ty::Struct(shape) => read_struct(el, shape),
        Ty::List(item) => Ok(Value::Array(
            el.all(item.name)
                .map(|e| read_value(e, &item.ty))
                .collect::<Result<_, _>>()?,
        )),
        Ty::Map(entry) => read_entries(el.all("entry"), entry),
    }
}

/// Writes XML documents from JSON forms.
pub struct XmlWriter {
    w: Writer<Vec<u8>>,
}

impl Default for XmlWriter {
    fn default() -> Self {
        Self::new()
    }
}

fn ns_attr(start: &mut BytesStart<'_>, ns: Option<Ns>) {
    if let Some(ns) = ns {
        match ns.prefix {
            Some(p) => start.push_attribute((format!("xmlns:{p}").as_str(), ns.uri)),
            None => start.push_attribute(("xmlns", ns.uri)),
        }
    }
}

impl XmlWriter {
    pub fn new() -> Self {
        Self {
            w: Writer::new(Vec::new()),
        }
    }

    /// The document written.
    pub fn finish(self) -> Vec<u8> {
        self.w.into_inner()
    }

    // Writing to a Vec cannot fail.
    fn event(&mut self, e: Event<'_>) {
        let _ = self.w.write_event(e);
    }

    /// Opens element `name` with namespace `ns`.
    pub fn start(&mut self, name: &str, ns: Option<Ns>) {
        let mut s = BytesStart::new(name);
        ns_attr(&mut s, ns);
        self.event(Event::Start(s));
    }

    /// Closes element `name`.
    pub fn end(&mut self, name: &str) {
        self.event(Event::End(BytesEnd::new(name)));
    }

    /// `<name>text</name>`.
    pub fn text_element(&mut self, name: &str, ns: Option<Ns>, text: &str) {
        self.start(name, ns);
        self.text(text);
        self.end(name);
    }

    /// Escaped text; a carriage return is written as a character
    /// reference, so that it is read back (a reader turns a raw one into a
    /// line feed).
    pub fn text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let escaped = quick_xml::escape::escape(text);
        if escaped.contains('\r') {
            let escaped = escaped.replace('\r', "&#xD;");
            self.event(Event::Text(BytesText::from_escaped(escaped)));
        } else {
            self.event(Event::Text(BytesText::from_escaped(escaped)));
        }
    }

    /// Structure `shape` as element `name` (its namespace `ns` written
    /// on it), from its JSON form `obj`.
    pub fn structure(
        &mut self,
        name: &str,
        ns: Option<Ns>,
        shape: &Shape,
        obj: &Map<String, Value>,
    ) {
        let mut start = BytesStart::new(name);
        ns_attr(&mut start, ns);
        for m in shape.members.iter().filter(|m| m.attribute) {
            if let (Some(v), Ty::Scalar(s)) = (obj.get(m.key), &m.ty) {
                if let Some(text) = binding::to_text(*s, v, false) {
                    start.push_attribute((m.name, text.as_str()));
                }
            }
        }
        self.event(Event::Start(start));
        self.members(shape, obj);
        self.end(name);
    }

    /// The non-attribute members of `shape` set in `obj`, as elements.
    pub fn members(&mut self, shape: &Shape, obj: &Map<String, Value>) {
        for m in shape.members.iter().filter(|m| !m.attribute) {
            match obj.get(m.key) {
                None | Some(Value::Null) => {}
                Some(v) => self.member(m, v),
            }
        }
    }

    fn member(&mut self, m: &Member, v: &Value) {
        match (&m.ty, v, m.flattened) {
            // A flattened list's items are the member's elements, in the
            // list member's namespace.
            (Ty::List(item), Value::Array(items), true) => {
                for i in items {
                    self.value(m.name, item.ns.or(m.ns), &item.ty, i);
                }
            }
            (Ty::Map(entry), Value::Object(map), true) => {
                for (k, v) in map {
                    self.start(m.name, m.ns);
                    self.entry(entry, k, v);
                    self.end(m.name);
                }
            }
            (ty, v, _) => self.value(m.name, m.ns, ty, v),
        }
    }

    fn entry(&mut self, entry: &Entry, key: &str, value: &Value) {
        self.text_element(entry.key.name, entry.key.ns, key);
        if !value.is_null() {
            self.value(entry.value.name, entry.value.ns, &entry.value.ty, value);
        }
    }

    /// A value of type `ty` as element `name`.
    pub fn value(&mut self, name: &str, ns: Option<Ns>, ty: &Ty, v: &Value) {
        match (ty, v) {
            (Ty::Scalar(s), v) => {
                let text = binding::to_text(*s, v, false).unwrap_or_default();
                self.text_element(name, ns, &text);
            }
            (Ty::Struct(shape), Value::Object(obj)) => self.structure(name, ns, shape, obj),
            (Ty::List(item), Value::Array(items)) => {
                self.start(name, ns);
                for i in items {
                    self.value(item.name, item.ns, &item.ty, i);
                }
                self.end(name);
            }
            (Ty::Map(entry), Value::Object(map)) => {
                self.start(name, ns);
                for (k, v) in map {
                    self.start("entry", None);
                    self.entry(entry, k, v);
                    self.end("entry");
                }
                self.end(name);
            }
            // A JSON form that does not fit its type: nothing to write.
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    static STR: Ty = Ty::Scalar(Scalar::String);
    static INNER: Shape = Shape {
        name: "Inner",
        ns: None,
        members: &[Member {
            key: "hi",
            name: "hi",
            query: "Hi",
            attribute: false,
            flattened: false,
            ns: None,
            ty: STR,
        }],
        union: false,
    };
    static OUTER: Shape = Shape {
        name: "Outer",
        ns: Some(Ns {
            uri: "https://example.com/",
            prefix: None,
        }),
        members: &[
            Member {
                key: "id",
                name: "id",
                query: "Id",
                attribute: true,
                flattened: false,
                ns: None,
                ty: Ty::Scalar(Scalar::Integer),
            },
            Member {
                key: "list",
                name: "List",
                query: "List",
                attribute: false,
                flattened: false,
                ns: None,
                ty: Ty::List(&Item {
                    name: "member",
                    ns: None,
                    ty: Ty::Struct(&INNER),
                }),
            },
            Member {
                key: "flat",
                name: "Flat",
                query: "Flat",
                attribute: false,
                flattened: true,
                ns: None,
                ty: Ty::List(&Item {
                    name: "member",
                    ns: None,
                    ty: STR,
                }),
            },
            Member {
                key: "map",
                name: "Map",
                query: "Map",
                attribute: false,
                flattened: false,
                ns: None,
                ty: Ty::Map(&Entry {
                    key: Item {
                        name: "K",
                        ns: None,
                        ty: STR,
                    },
                    value: Item {
                        name: "V",
                        ns: None,
                        ty: Ty::Scalar(Scalar::Bool),
                    },
                }),
            },
        ],
        union: false,
    };

    #[test]
    fn round_trip() {
        let v = json!({
            "id": 7,
            "list": [{"hi": "a&<b>"}, {"hi": "c"}],
            "flat": ["x", "y"],
            "map": {"k1": true, "k2": false},
        });
        let mut w = XmlWriter::new();
        w.structure("Outer", OUTER.ns, &OUTER, v.as_object().unwrap());
        let bytes = w.finish();
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(text.starts_with(r#"<Outer xmlns="https://example.com/" id="7"><List><member><hi>a&amp;&lt;b&gt;</hi>"#), "{text}");
        assert!(text.contains("<Flat>x</Flat><Flat>y</Flat>"), "{text}");
        let back = read_struct(&parse(&bytes).unwrap(), &OUTER).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn hostile_documents_are_errors() {
        let bomb = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><a>&lol2;</a>"#;
        assert!(parse(bomb.as_bytes()).unwrap_err().0.contains("DOCTYPE"));
        assert!(parse(b"<a>&unknown;</a>").is_err());
        let deep = "<a>".repeat(MAX_DEPTH + 1) + &"</a>".repeat(MAX_DEPTH + 1);
        assert!(parse(deep.as_bytes()).unwrap_err().0.contains("deeper"));
        assert!(parse(b"<a><b></a>").is_err());
        assert!(parse(b"<a></a><b/>").is_err());
        assert!(parse(b"").is_err());
        assert!(parse(b"<a>").is_err());
        assert_eq!(
            parse(b"<a>&#x41;&amp;<![CDATA[<x>]]></a>").unwrap().text,
            "A&<x>"
        );
    }
}
