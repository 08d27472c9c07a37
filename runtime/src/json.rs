//! The JSON half of the awsJson protocols: conversion between Rust values and
//! `serde_json::Value`, with constraint checking done while parsing.
//!
//! Parsing runs in one of two modes. A *strict* [`Ctx`] (servers, and clients
//! validating their own input) records every constraint violation it meets and
//! keeps going, so one request reports all of them. A *lenient* [`Ctx`]
//! (clients reading responses) checks nothing, accepts enum values it does not
//! know, and fills a missing required member with a neutral value rather than
//! failing the whole call.

use std::collections::BTreeMap;
use std::fmt;

use aws_smithy_types::date_time::Format;
use aws_smithy_types::{Blob, DateTime, Document, Number};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::{Map, Value};

/// A location inside a JSON document, rendered the way AWS services name it in
/// validation messages (`imageIds.1.member.imageDigest`). Built on the stack and
/// only turned into a string when a message needs it.
#[derive(Clone, Copy)]
pub struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    seg: Seg<'a>,
}

#[derive(Clone, Copy)]
enum Seg<'a> {
    Root,
    Field(&'a str),
    Index(usize),
    Key(&'a str),
}

impl Path<'static> {
    /// The top of the document.
    pub const ROOT: Path<'static> = Path {
        parent: None,
        seg: Seg::Root,
    };
}

impl<'a> Path<'a> {
    /// The path of member `name` of the structure at `self`.
    pub fn field(&'a self, name: &'a str) -> Path<'a> {
        Path {
            parent: Some(self),
            seg: Seg::Field(name),
        }
    }

    /// The path of element `index` (0-based) of the list at `self`.
    pub fn index(&'a self, index: usize) -> Path<'a> {
        Path {
            parent: Some(self),
            seg: Seg::Index(index),
        }
    }

    /// The path of the value under `key` of the map at `self`.
    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path {
            parent: Some(self),
            seg: Seg::Key(key),
        }
    }

    fn write(&self, out: &mut String) {
        if let Some(parent) = self.parent {
            parent.write(out);
        }
        let piece: std::borrow::Cow<'_, str> = match self.seg {
            Seg::Root => return,
            Seg::Field(name) => name.into(),
            Seg::Index(i) => format!("{}.member", i + 1).into(),
            Seg::Key(k) => k.into(),
        };
        if !out.is_empty() {
            out.push('.');
        }
        out.push_str(&piece);
    }
}

impl<'a> Path<'a> {
    /// The segments from the root down to `self`.
    fn segments(&self) -> Vec<Seg<'a>> {
        let mut segs = Vec::new();
        let mut at = Some(self);
        while let Some(p) = at {
            segs.push(p.seg);
            at = p.parent;
        }
        segs.reverse();
        segs
    }

    /// The location as AWS SDKs name parameters: `imageIds[0].imageDigest`.
    pub fn parameter(&self) -> String {
        let mut out = String::new();
        for seg in self.segments() {
            match seg {
                Seg::Root => {}
                Seg::Field(name) | Seg::Key(name) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(name);
                }
                Seg::Index(i) => out.push_str(&format!("[{i}]")),
            }
        }
        out
    }

    /// The location as a JSON pointer: `/imageIds/0/imageDigest` (`~` and
    /// `/` in names escaped as RFC 6901 says).
    pub fn pointer(&self) -> String {
        let mut out = String::new();
        for seg in self.segments() {
            match seg {
                Seg::Root => {}
                Seg::Field(name) | Seg::Key(name) => {
                    out.push('/');
                    out.push_str(&name.replace('~', "~0").replace('/', "~1"));
                }
                Seg::Index(i) => out.push_str(&format!("/{i}")),
            }
        }
        out
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        self.write(&mut s);
        f.write_str(&s)
    }
}

/// A document that is not shaped like the model says (wrong JSON type, number
/// out of range, bad base64, ...). Servers answer it with a
/// `SerializationException`; clients report a malformed response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeError {
    message: String,
}

impl std::fmt::Display for DeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DeError {}

/// What parsing a value gives: the value, or where and why it failed.
pub type DeResult<T> = Result<T, DeError>;

impl DeError {
    /// A value of the wrong kind at `path`.
    pub fn expected(path: &Path<'_>, what: &str, found: &Value) -> Self {
        let found = match found {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        };
        Self::at(path, format!("expected {what}, found {found}"))
    }

    /// Any other problem at `path`.
    pub fn at(path: &Path<'_>, problem: impl fmt::Display) -> Self {
        let rendered = path.to_string();
        let message = if rendered.is_empty() {
            format!("Invalid request body: {problem}")
        } else {
            format!("Invalid value at '{rendered}': {problem}")
        };
        Self { message }
    }

    /// A message that stands on its own.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}

/// One broken constraint: where, and which.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    /// The location as AWS services name it (`imageIds.1.member.imageDigest`).
    pub path: String,
    /// The location as AWS SDKs name parameters (`imageIds[0].imageDigest`).
    pub parameter: String,
    /// The location as a JSON pointer, as `smithy.framework#ValidationException`
    /// names it (`/imageIds/0/imageDigest`).
    pub pointer: String,
    /// What is wrong there.
    pub constraint: Constraint,
}

/// The constraint a [`Violation`] breaks, with the facts needed to explain it.
#[derive(Debug, Clone, PartialEq)]
pub enum Constraint {
    /// A `@required` member is absent.
    Required,
    /// A length (characters, bytes or entries) outside `@length(min, max)`.
    Length {
        length: u64,
        min: Option<u64>,
        max: Option<u64>,
    },
    /// Does not match `@pattern`.
    Pattern { value: String, pattern: String },
    /// A number outside `@range(min, max)`.
    Range {
        value: f64,
        min: Option<f64>,
        max: Option<f64>,
    },
    /// Not one of the enum's values (those not tagged `internal`).
    Enum { known: Vec<String> },
    /// A `@uniqueItems` list with repeated elements.
    Unique,
}

impl Constraint {
    /// A length or range under its minimum (rather than over its maximum).
    fn under(&self) -> bool {
        match self {
            Constraint::Length { length, min, .. } => min.is_some_and(|m| *length < m),
            Constraint::Range { value, min, .. } => min.is_some_and(|m| *value < m),
            _ => false,
        }
    }

    /// The constraint as `smithy.framework#ValidationException` words it:
    /// both bounds of a length or range (`Member must have length between
    /// 2 and 8, inclusive`).
    pub fn smithy_text(&self) -> String {
        let bounds = |min: Option<String>, max: Option<String>| match (min, max) {
            (Some(min), Some(max)) => format!("between {min} and {max}, inclusive"),
            (Some(min), None) => format!("greater than or equal to {min}"),
            (None, Some(max)) => format!("less than or equal to {max}"),
            (None, None) => "within its bounds".to_owned(),
        };
        match self {
            Constraint::Length { min, max, .. } => format!(
                "Member must have length {}",
                bounds(min.map(|m| m.to_string()), max.map(|m| m.to_string()))
            ),
            Constraint::Range { min, max, .. } => format!(
                "Member must be {}",
                bounds(min.map(fmt_bound), max.map(fmt_bound))
            ),
            other => other.to_string(),
        }
    }
}

impl fmt::Display for Constraint {
    /// The constraint as AWS services word it in `ValidationException`s: the
    /// bound that is broken.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Constraint::Required => f.write_str("Member must not be null"),
            Constraint::Length { min: Some(min), .. } if self.under() => {
                write!(f, "Member must have length greater than or equal to {min}")
            }
            Constraint::Length { max, .. } => write!(
                f,
                "Member must have length less than or equal to {}",
                max.unwrap_or_default()
            ),
            Constraint::Pattern { pattern, .. } => {
                write!(
                    f,
                    "Member must satisfy regular expression pattern: {pattern}"
                )
            }
            Constraint::Range { min: Some(min), .. } if self.under() => write!(
                f,
                "Member must have value greater than or equal to {}",
                fmt_bound(*min)
            ),
            Constraint::Range { max, .. } => write!(
                f,
                "Member must have value less than or equal to {}",
                fmt_bound(max.unwrap_or_default())
            ),
            Constraint::Enum { known } => {
                write!(
                    f,
                    "Member must satisfy enum value set: [{}]",
                    known.join(", ")
                )
            }
            Constraint::Unique => f.write_str("Member must have unique values"),
        }
    }
}

impl fmt::Display for Violation {
    /// `Value at 'path' failed to satisfy constraint: ...`, as services say it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Value at '{}' failed to satisfy constraint: {}",
            self.path, self.constraint
        )
    }
}

impl Violation {
    /// The violation as `smithy.framework#ValidationException` words it in
    /// its `fieldList` (`Value with length 1 at '/name' failed to satisfy
    /// constraint: Member must have length between 2 and 8, inclusive`).
    pub fn smithy_message(&self) -> String {
        let value = match &self.constraint {
            Constraint::Length { length, .. } => format!("Value with length {length}"),
            _ => "Value".to_owned(),
        };
        format!(
            "{value} at '{}' failed to satisfy constraint: {}",
            self.pointer,
            self.constraint.smithy_text()
        )
    }

    /// The violation as the AWS CLI and boto3 word parameter validation
    /// failures (`Invalid length for parameter repositoryName, value: 1, valid
    /// min length: 2`). Constraints botocore does not check get a message in
    /// the same style.
    pub fn parameter_message(&self) -> String {
        let p = &self.parameter;
        match &self.constraint {
            Constraint::Required => {
                let (parent, name) = match p.rsplit_once('.') {
                    Some((parent, name)) => (parent, name),
                    None => ("input", p.as_str()),
                };
                format!("Missing required parameter in {parent}: \"{name}\"")
            }
            Constraint::Length {
                length,
                min: Some(min),
                ..
            } if self.constraint.under() => {
                format!(
                    "Invalid length for parameter {p}, value: {length}, valid min length: {min}"
                )
            }
            Constraint::Length { length, max, .. } => {
                format!(
                    "Invalid length for parameter {p}, value: {length}, valid max length: {}",
                    max.unwrap_or_default()
                )
            }
            Constraint::Pattern { value, pattern } => {
                format!("Invalid value for parameter {p}, value: {value}, valid pattern: {pattern}")
            }
            Constraint::Range {
                value,
                min: Some(min),
                ..
            } if self.constraint.under() => format!(
                "Invalid value for parameter {p}, value: {}, valid min value: {}",
                fmt_bound(*value),
                fmt_bound(*min)
            ),
            Constraint::Range { value, max, .. } => format!(
                "Invalid value for parameter {p}, value: {}, valid max value: {}",
                fmt_bound(*value),
                fmt_bound(max.unwrap_or_default())
            ),
            Constraint::Enum { known } => format!(
                "Invalid value for parameter {p}, valid values: {}",
                known.join(", ")
            ),
            Constraint::Unique => format!("Invalid value for parameter {p}: values must be unique"),
        }
    }
}

/// How many violations a document's report lists; the rest are counted, so
/// a request with 10,000 bad elements gets a message of bounded size.
pub const MAX_VIOLATIONS: usize = 100;

/// The constraint violations found in one document: the first
/// [`MAX_VIOLATIONS`] in full, and how many more there were.
#[derive(Debug, Clone, PartialEq)]
pub struct Violations {
    pub list: Vec<Violation>,
    pub omitted: usize,
}

impl Violations {
    /// Every violation found, listed or not.
    pub fn total(&self) -> usize {
        self.list.len() + self.omitted
    }
}

impl Violations {
    /// The message of a `smithy.framework#ValidationException`: `N
    /// validation error(s) detected. ` and each violation, `; `-separated.
    pub fn smithy_message(&self) -> String {
        let n = self.total();
        let plural = if n == 1 { "" } else { "s" };
        let mut out = format!("{n} validation error{plural} detected. ");
        for (i, v) in self.list.iter().enumerate() {
            if i > 0 {
                out.push_str("; ");
            }
            out.push_str(&v.smithy_message());
        }
        if self.omitted > 0 {
            out.push_str(&format!("; and {} more", self.omitted));
        }
        out
    }
}

impl fmt::Display for Violations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.total();
        let plural = if n == 1 { "" } else { "s" };
        write!(f, "{n} validation error{plural} detected: ")?;
        for (i, v) in self.list.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{v}")?;
        }
        if self.omitted > 0 {
            write!(f, "; and {} more", self.omitted)?;
        }
        Ok(())
    }
}

impl std::error::Error for Violations {}

/// Parsing state: the mode, and the violations found so far.
#[derive(Debug)]
pub struct Ctx {
    strict: bool,
    /// Timestamps are epoch seconds whatever their format (rpcv2 protocols).
    epoch_timestamps: bool,
    violations: Vec<Violation>,
    omitted: usize,
}

fn fmt_bound(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

impl Ctx {
    /// Check every constraint and reject unknown enum values (servers).
    pub fn strict() -> Self {
        Self {
            strict: true,
            epoch_timestamps: false,
            violations: Vec::new(),
            omitted: 0,
        }
    }

    /// Check nothing (clients reading responses).
    pub fn lenient() -> Self {
        Self {
            strict: false,
            epoch_timestamps: false,
            violations: Vec::new(),
            omitted: 0,
        }
    }

    /// The same context, reading every timestamp as epoch seconds (the
    /// rpcv2 protocols ignore `@timestampFormat`).
    pub fn with_epoch_timestamps(mut self, epoch: bool) -> Self {
        self.epoch_timestamps = epoch;
        self
    }

    /// Whether constraints are being checked.
    pub fn is_strict(&self) -> bool {
        self.strict
    }

    /// Records a violation at `path` (strict mode only).
    pub fn violation(&mut self, path: &Path<'_>, constraint: Constraint) {
        if self.strict && self.violations.len() >= MAX_VIOLATIONS {
            self.omitted += 1;
        } else if self.strict {
            self.violations.push(Violation {
                path: path.to_string(),
                parameter: path.parameter(),
                pointer: path.pointer(),
                constraint,
            });
        }
    }

    /// A required member is absent.
    pub fn missing(&mut self, path: &Path<'_>) {
        self.violation(path, Constraint::Required);
    }

    /// A length (characters of a string, bytes of a blob, entries of a list or map) outside `min..=max`.
    pub fn length(&mut self, path: &Path<'_>, len: usize, min: Option<u64>, max: Option<u64>) {
        let length = len as u64;
        if min.is_some_and(|m| length < m) || max.is_some_and(|m| length > m) {
            self.violation(path, Constraint::Length { length, min, max });
        }
    }

    /// A string that does not match the model's pattern.
    pub fn pattern(&mut self, path: &Path<'_>, value: &str, re: &crate::pattern::Pattern) {
        if self.strict && !re.is_match(value) {
            self.violation(
                path,
                Constraint::Pattern {
                    value: value.to_owned(),
                    pattern: re.as_str().to_owned(),
                },
            );
        }
    }

    /// A number outside `min..=max`.
    pub fn range(&mut self, path: &Path<'_>, value: f64, min: Option<f64>, max: Option<f64>) {
        if min.is_some_and(|m| value < m) || max.is_some_and(|m| value > m) {
            self.violation(path, Constraint::Range { value, min, max });
        }
    }

    /// An enum value outside the model's set; the message lists the values
    /// in `known` that are not `internal`.
    pub fn enum_value(&mut self, path: &Path<'_>, known: &[&str], internal: &[&str]) {
        if self.strict {
            let known = known
                .iter()
                .filter(|k| !internal.contains(k))
                .map(|k| (*k).to_owned())
                .collect();
            self.violation(path, Constraint::Enum { known });
        }
    }

    /// A `@uniqueItems` list (its JSON array `v`) with repeated elements;
    /// linear time: elements are bucketed by a hash of their canonical form
    /// (object keys in order) and compared only within a bucket.
    pub fn unique(&mut self, path: &Path<'_>, v: &Value) {
        let Some(items) = v.as_array().filter(|_| self.strict) else {
            return;
        };
        let mut seen: std::collections::HashMap<u64, Vec<usize>> =
            std::collections::HashMap::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let bucket = seen.entry(canonical_hash(item)).or_default();
            if bucket.iter().any(|&j| items[j] == *item) {
                self.violation(path, Constraint::Unique);
                return;
            }
            bucket.push(i);
        }
    }

    /// Ends parsing: the violations, if any.
    pub fn finish(self) -> Result<(), Violations> {
        if self.violations.is_empty() {
            Ok(())
        } else {
            Err(Violations {
                list: self.violations,
                omitted: self.omitted,
            })
        }
    }
}

/// A hash of a JSON value that equal values share (object keys sorted).
fn canonical_hash(v: &Value) -> u64 {
    use std::hash::{Hash, Hasher};
    fn feed(v: &Value, h: &mut impl Hasher) {
        match v {
            Value::Null => 0u8.hash(h),
            Value::Bool(b) => (1u8, b).hash(h),
            Value::Number(n) => (2u8, n.to_string()).hash(h),
            Value::String(s) => (3u8, s).hash(h),
            Value::Array(a) => {
                (4u8, a.len()).hash(h);
                a.iter().for_each(|x| feed(x, h));
            }
            Value::Object(m) => {
                (5u8, m.len()).hash(h);
                let mut keys: Vec<&String> = m.keys().collect();
                keys.sort();
                for k in keys {
                    k.hash(h);
                    feed(&m[k], h);
                }
            }
        }
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    feed(v, &mut h);
    h.finish()
}

/// Parses a whole document strictly: a shape error, or all violations, or the value.
pub fn parse_strict<T: FromJson>(v: &Value) -> Result<T, ParseError> {
    parse_strict_in(v, Ctx::strict())
}

/// [`parse_strict`] in a given context (see [`Ctx::with_epoch_timestamps`]).
pub fn parse_strict_in<T: FromJson>(v: &Value, mut cx: Ctx) -> Result<T, ParseError> {
    let value = T::from_json(v, &Path::ROOT, &mut cx)?;
    cx.finish()?;
    Ok(value)
}

/// Parses a whole document leniently.
pub fn parse_lenient<T: FromJson>(v: &Value) -> Result<T, DeError> {
    T::from_json(v, &Path::ROOT, &mut Ctx::lenient())
}

/// [`parse_lenient`] in a given context (see [`Ctx::with_epoch_timestamps`]).
pub fn parse_lenient_in<T: FromJson>(v: &Value, mut cx: Ctx) -> Result<T, DeError> {
    T::from_json(v, &Path::ROOT, &mut cx)
}

/// Why a strictly parsed document was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum ParseError {
    /// The document is not shaped like the model (a `SerializationException`).
    Shape(DeError),
    /// The document breaks constraints (the operation's validation error).
    Constraints(Violations),
}

impl From<DeError> for ParseError {
    fn from(e: DeError) -> Self {
        ParseError::Shape(e)
    }
}

impl From<Violations> for ParseError {
    fn from(v: Violations) -> Self {
        ParseError::Constraints(v)
    }
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParseError::Shape(e) => e.fmt(f),
            ParseError::Constraints(v) => v.fmt(f),
        }
    }
}

impl std::error::Error for ParseError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ParseError::Shape(e) => e.source(),
            ParseError::Constraints(v) => v.source(),
        }
    }
}

/// Conversion into JSON: written straight to any `serde` serializer (the
/// bytes of a request or response, with `serde_json::to_vec`), or built as a
/// [`Value`] where one is needed.
pub trait ToJson {
    /// Writes the JSON form of `self` to `s`.
    fn write_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error>;

    /// The JSON form of `self` as a value.
    fn to_json(&self) -> Value {
        to_value(&Json(self))
    }
}

/// A [`ToJson`] value as a `serde::Serialize` one.
pub struct Json<'a, T: ?Sized>(pub &'a T);

impl<T: ToJson + ?Sized> Serialize for Json<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.write_json(s)
    }
}

/// A timestamp written in a given format.
pub struct Ts<'a>(pub &'a DateTime, pub TimestampFormat);

impl Serialize for Ts<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let Ts(t, format) = *self;
        if !s.is_human_readable() {
            // CBOR: tag 1 around epoch seconds as a double (what the AWS
            // SDKs write), whatever the format.
            return s.serialize_newtype_struct(crate::codec::cbor::TIMESTAMP, &t.as_secs_f64());
        }
        match format {
            TimestampFormat::EpochSeconds => {
                if t.has_subsec_nanos() && t.secs() >= 0 {
                    // Through the decimal text, so that a value read from
                    // JSON goes back out as the same number.
                    let text = format!("{}.{:09}", t.secs(), t.subsec_nanos());
                    write_float(text.parse().unwrap_or_else(|_| t.as_secs_f64()), s)
                } else if t.has_subsec_nanos() {
                    write_float(t.as_secs_f64(), s)
                } else {
                    s.serialize_i64(t.secs())
                }
            }
            TimestampFormat::DateTime => {
                s.serialize_str(&t.fmt(Format::DateTime).unwrap_or_default())
            }
            TimestampFormat::HttpDate => {
                s.serialize_str(&t.fmt(Format::HttpDate).unwrap_or_default())
            }
        }
    }
}

/// JSON `null` (an absent element of a `@sparse` collection).
pub struct Null;

impl Serialize for Null {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_unit()
    }
}

/// The empty JSON object (a `Unit` member).
pub struct EmptyObject;

impl Serialize for EmptyObject {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_map(Some(0))?.end()
    }
}

/// A serializable value as a JSON [`Value`]. Our values always are JSON
/// (every map key is a string), so there is no error to report.
pub fn to_value<T: Serialize + ?Sized>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

/// The JSON text of `v`, written once, with no [`Value`] in between.
pub fn to_vec<T: ToJson + ?Sized>(v: &T) -> Result<Vec<u8>, serde_json::Error> {
    serde_json::to_vec(&Json(v))
}

// Recursive structures hold themselves in a `Box`.
impl<T: ToJson> ToJson for Box<T> {
    fn write_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (**self).write_json(s)
    }
}

// An element of a `@sparse` collection.
impl<T: ToJson> ToJson for Option<T> {
    fn write_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Some(v) => v.write_json(s),
            None => s.serialize_unit(),
        }
    }
}

/// Checking a typed value against its constraints, as a strict parse of its
/// JSON form would (a client checks its input this way before sending it):
/// every violation goes to `cx`; what no JSON form could carry (a union
/// variant this version of the model does not know) is an error.
pub trait Validate {
    /// Checks `self`, found at `path`.
    fn validate(&self, path: &Path<'_>, cx: &mut Ctx) -> Result<(), DeError>;
}

impl<T: Validate> Validate for Box<T> {
    fn validate(&self, path: &Path<'_>, cx: &mut Ctx) -> Result<(), DeError> {
        (**self).validate(path, cx)
    }
}

/// An operation's input as a client sends it: checked ([`Validate`]),
/// written ([`ToJson`]), and asked for the top-level members that endpoint
/// context parameters and host labels name.
///
/// For restJson1 the input also says what its body is: the members bound to
/// no label, query, header or payload ([`write_body`](Self::write_body)), or
/// its `@httpPayload` ([`payload`](Self::payload)); bound members are read
/// one by one through [`member`](Self::member).
pub trait Input: ToJson + Validate {
    /// The member of wire name `name` as JSON; `None` when it is unset (or
    /// names nothing an endpoint parameter, host label or HTTP binding reads).
    fn member(&self, name: &str) -> Option<Value>;

    /// Writes the members that travel in a JSON body (for awsJson, all).
    fn write_body<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.write_json(s)
    }

    /// The bytes of a set, non-streaming `@httpPayload` member: a structure,
    /// union or document as JSON, a blob as itself, a string as UTF-8.
    fn payload(&self) -> Result<Option<Vec<u8>>, serde_json::Error> {
        Ok(None)
    }
}

/// The JSON body members of an [`Input`] as a `serde::Serialize` value.
pub struct Body<'a, T: ?Sized>(pub &'a T);

impl<T: Input + ?Sized> Serialize for Body<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.write_body(s)
    }
}

/// Checks a whole typed value strictly: a shape error, or all violations.
pub fn validate<T: Validate + ?Sized>(v: &T) -> Result<(), ParseError> {
    let mut cx = Ctx::strict();
    v.validate(&Path::ROOT, &mut cx)?;
    cx.finish()?;
    Ok(())
}

impl<T: FromJson> FromJson for Box<T> {
    fn from_json(v: &Value, path: &Path<'_>, cx: &mut Ctx) -> Result<Self, DeError> {
        T::from_json(v, path, cx).map(Box::new)
    }
}

impl<T: Fallback> Fallback for Box<T> {
    fn fallback() -> Self {
        Box::new(T::fallback())
    }
}

/// Conversion from JSON, recording constraint violations in `cx`.
pub trait FromJson: Sized {
    /// Reads `v`, found at `path`.
    fn from_json(v: &Value, path: &Path<'_>, cx: &mut Ctx) -> Result<Self, DeError>;
}

/// A stand-in for a required member that a lenient parse found missing.
pub trait Fallback {
    /// The neutral value.
    fn fallback() -> Self;
}

macro_rules! fallback_default {
    ($($t:ty),*) => {$(
        impl Fallback for $t {
            fn fallback() -> Self {
                Default::default()
            }
        }
    )*};
}
fallback_default!(String, bool, i8, i16, i32, i64, f32, f64, Blob, Document);

impl Fallback for DateTime {
    fn fallback() -> Self {
        DateTime::from_secs(0)
    }
}
impl<T> Fallback for Vec<T> {
    fn fallback() -> Self {
        Vec::new()
    }
}
impl<T> Fallback for BTreeMap<String, T> {
    fn fallback() -> Self {
        BTreeMap::new()
    }
}

/// The value of a required member: `found`, or a violation and a stand-in.
pub fn required<T: Fallback>(found: Option<T>, path: &Path<'_>, cx: &mut Ctx) -> T {
    match found {
        Some(v) => v,
        None => {
            cx.missing(path);
            T::fallback()
        }
    }
}

/// The members of a structure.
pub fn object<'v>(v: &'v Value, path: &Path<'_>) -> Result<&'v Map<String, Value>, DeError> {
    v.as_object()
        .ok_or_else(|| DeError::expected(path, "an object", v))
}

/// Writes optional member `name` when it is set.
pub fn put<T: ToJson>(obj: &mut Map<String, Value>, name: &str, value: &Option<T>) {
    if let Some(v) = value {
        obj.insert(name.to_owned(), v.to_json());
    }
}

/// Reads optional member `name` of `obj` (at `path`) as a `T`.
pub fn get<T: FromJson>(
    obj: &Map<String, Value>,
    name: &str,
    path: &Path<'_>,
    cx: &mut Ctx,
) -> Result<Option<T>, DeError> {
    match member(obj, name) {
        Some(v) => T::from_json(v, &path.field(name), cx).map(Some),
        None => Ok(None),
    }
}

/// A structure member; JSON `null` counts as absent.
pub fn member<'v>(obj: &'v Map<String, Value>, name: &str) -> Option<&'v Value> {
    obj.get(name).filter(|v| !v.is_null())
}

/// Reads member `name` of `obj` (absent or null: `None`) with `read`, which
/// gets the member's JSON and path.
pub fn get_with<T>(
    obj: &Map<String, Value>,
    name: &str,
    path: &Path<'_>,
    cx: &mut Ctx,
    read: impl FnOnce(&Value, &Path<'_>, &mut Ctx) -> Result<T, DeError>,
) -> Result<Option<T>, DeError> {
    match member(obj, name) {
        Some(v) => read(v, &path.field(name), cx).map(Some),
        None => Ok(None),
    }
}

impl ToJson for String {
    fn write_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self)
    }
}

impl FromJson for String {
    fn from_json(v: &Value, path: &Path<'_>, _: &mut Ctx) -> Result<Self, DeError> {
        v.as_str()
            .map(str::to_owned)
            .ok_or_else(|| DeError::expected(path, "a string", v))
    }
}

impl ToJson for bool {
    fn write_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bool(*self)
    }
}

impl FromJson for bool {
    fn from_json(v: &Value, path: &Path<'_>, _: &mut Ctx) -> Result<Self, DeError> {
        v.as_bool()
            .ok_or_else(|| DeError::expected(path, "a boolean", v))
    }
}

macro_rules! json_int {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn write_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_i64(i64::from(*self))
            }
        }
        impl FromJson for $t {
            fn from_json(v: &Value, path: &Path<'_>, _: &mut Ctx) -> Result<Self, DeError> {
                let n = v.as_i64().ok_or_else(|| DeError::expected(path, "an integer", v))?;
                <$t>::try_from(n).map_err(|_| {
                    DeError::at(path, format_args!("{n} is out of range for {}", stringify!($t)))
                })
            }
        }
    )*};
}
json_int!(i8, i16, i32, i64);

/// A float: a JSON number, or for the values JSON has no number for, the
/// strings `NaN`, `Infinity` and `-Infinity`.
fn write_float<S: Serializer>(v: f64, s: S) -> Result<S::Ok, S::Error> {
    if !s.is_human_readable() {
        // A binary codec has NaN and the infinities.
        s.serialize_f64(v)
    } else if v.is_nan() {
        s.serialize_str("NaN")
    } else if v == f64::INFINITY {
        s.serialize_str("Infinity")
    } else if v == f64::NEG_INFINITY {
        s.serialize_str("-Infinity")
    } else {
        s.serialize_f64(v)
    }
}

fn float_from_json(v: &Value, path: &Path<'_>) -> Result<f64, DeError> {
    match v {
        Value::Number(n) => n
            .as_f64()
            .ok_or_else(|| DeError::expected(path, "a number", v)),
        Value::String(s) => match s.as_str() {
            "NaN" => Ok(f64::NAN),
            "Infinity" => Ok(f64::INFINITY),
            "-Infinity" => Ok(f64::NEG_INFINITY),
            _ => Err(DeError::expected(path, "a number", v)),
        },
        _ => Err(DeError::expected(path, "a number", v)),
    }
}

impl ToJson for f64 {
    fn write_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        write_float(*self, s)
    }
}

impl FromJson for f64 {
    fn from_json(v: &Value, path: &Path<'_>, _: &mut Ctx) -> Result<Self, DeError> {
        float_from_json(v, path)
    }
}

impl ToJson for f32 {
    fn write_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if !s.is_human_readable() {
            return s.serialize_f32(*self);
        }
        // Through the shortest text that reads back as this f32 (1.1, not
        // 1.100000023841858), as the AWS SDKs write 32-bit floats.
        let wide = if self.is_finite() {
            self.to_string().parse().unwrap_or(f64::from(*self))
        } else {
            f64::from(*self)
        };
        write_float(wide, s)
    }
}

impl FromJson for f32 {
    fn from_json(v: &Value, path: &Path<'_>, _: &mut Ctx) -> Result<Self, DeError> {
        // Narrowing is what a 32-bit float member means.
        #[allow(clippy::cast_possible_truncation)]
        float_from_json(v, path).map(|f| f as f32)
    }
}

// Arbitrary-precision numbers travel as JSON numbers; the text of the number
// is kept as it was read (serde_json's `arbitrary_precision`), so no digit is
// lost between the wire and the `BigInteger`/`BigDecimal` string.
macro_rules! json_big {
    ($t:ty, $what:literal, $cbor:path) => {
        impl ToJson for $t {
            fn write_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                if !s.is_human_readable() {
                    return s.serialize_newtype_struct($cbor, self.as_ref());
                }
                // A value that `FromStr` accepted is a JSON number, but for a
                // leading `+` or `.5`, which JSON does not allow.
                let text = self.as_ref();
                let text = text.strip_prefix('+').unwrap_or(text);
                let text = if text.starts_with('.') || text.starts_with("-.") {
                    text.replacen('.', "0.", 1)
                } else {
                    text.to_owned()
                };
                match serde_json::from_str::<serde_json::Number>(&text) {
                    Ok(n) => n.serialize(s),
                    Err(_) => s.serialize_str(&text),
                }
            }
        }

        impl FromJson for $t {
            fn from_json(v: &Value, path: &Path<'_>, _: &mut Ctx) -> Result<Self, DeError> {
                let text = match v {
                    Value::Number(n) => n.to_string(),
                    // Some services send big numbers as strings.
                    Value::String(s) => s.clone(),
                    _ => return Err(DeError::expected(path, $what, v)),
                };
                text.parse::<$t>()
                    .map_err(|_| DeError::expected(path, $what, v))
            }
        }

        impl Fallback for $t {
            fn fallback() -> Self {
                <$t>::default()
            }
        }
    };
}
json_big!(
    aws_smithy_types::BigInteger,
    "an integer",
    crate::codec::cbor::BIG_INTEGER
);
json_big!(
    aws_smithy_types::BigDecimal,
    "a number",
    crate::codec::cbor::BIG_DECIMAL
);

impl ToJson for Blob {
    fn write_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if !s.is_human_readable() {
            return s.serialize_bytes(self.as_ref());
        }
        s.serialize_str(&aws_smithy_types::base64::encode(self.as_ref()))
    }
}

impl FromJson for Blob {
    fn from_json(v: &Value, path: &Path<'_>, _: &mut Ctx) -> Result<Self, DeError> {
        let s = v
            .as_str()
            .ok_or_else(|| DeError::expected(path, "a base64 string", v))?;
        aws_smithy_types::base64::decode(s)
            .map(Blob::new)
            .map_err(|e| DeError::at(path, format_args!("invalid base64: {e}")))
    }
}

impl ToJson for Document {
    fn write_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Document::Object(m) => {
                // Keys in order, so that the same document is the same text.
                let sorted: BTreeMap<_, _> = m.iter().collect();
                let mut out = s.serialize_map(Some(sorted.len()))?;
                for (k, v) in sorted {
                    out.serialize_entry(k, &Json(v))?;
                }
                out.end()
            }
            Document::Array(a) => {
                let mut out = s.serialize_seq(Some(a.len()))?;
                for v in a {
                    out.serialize_element(&Json(v))?;
                }
                out.end()
            }
            Document::Number(Number::PosInt(n)) => s.serialize_u64(*n),
            Document::Number(Number::NegInt(n)) => s.serialize_i64(*n),
            Document::Number(Number::Float(f)) => write_float(*f, s),
            Document::String(v) => s.serialize_str(v),
            Document::Bool(b) => s.serialize_bool(*b),
            Document::Null => s.serialize_unit(),
        }
    }
}

fn document(v: &Value) -> Document {
    match v {
        Value::Null => Document::Null,
        Value::Bool(b) => Document::Bool(*b),
        Value::Number(n) => Document::Number(if let Some(u) = n.as_u64() {
            Number::PosInt(u)
        } else if let Some(i) = n.as_i64() {
            Number::NegInt(i)
        } else {
            Number::Float(n.as_f64().unwrap_or(f64::NAN))
        }),
        Value::String(s) => Document::String(s.clone()),
        Value::Array(a) => Document::Array(a.iter().map(document).collect()),
        Value::Object(m) => {
            Document::Object(m.iter().map(|(k, e)| (k.clone(), document(e))).collect())
        }
    }
}

impl FromJson for Document {
    fn from_json(v: &Value, _: &Path<'_>, _: &mut Ctx) -> Result<Self, DeError> {
        Ok(document(v))
    }
}

/// How a timestamp is written (`@timestampFormat`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimestampFormat {
    /// Seconds since the epoch, as a number (the awsJson default).
    EpochSeconds,
    /// RFC 3339, as a string.
    DateTime,
    /// RFC 7231 HTTP date, as a string.
    HttpDate,
}

/// Whether two decimal texts are the same number (`-1.50e2` and `-150`;
/// `0` and `-0.0`), digit for digit: no rounding through `f64`. `false`
/// when either is not a decimal number.
pub fn same_number(a: &str, b: &str) -> bool {
    match (decimal_digits(a), decimal_digits(b)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// A decimal number's sign, significant digits and the exponent of its
/// last digit (`-1.50e2` and `-150` are both `(true, "15", 1)`), to tell
/// whether two texts are the same number.
fn decimal_digits(text: &str) -> Option<(bool, String, i64)> {
    let (negative, text) = match text.strip_prefix('-') {
        Some(t) => (true, t),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(i) => (&text[..i], text[i + 1..].parse::<i64>().ok()?),
        None => (text, 0),
    };
    let (whole, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{whole}{frac}");
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut exponent = exponent.checked_sub(i64::try_from(frac.len()).ok()?)?;
    let trimmed = digits.trim_end_matches('0');
    exponent = exponent.checked_add(i64::try_from(digits.len() - trimmed.len()).ok()?)?;
    let trimmed = trimmed.trim_start_matches('0');
    if trimmed.is_empty() {
        return Some((false, String::new(), 0));
    }
    Some((negative, trimmed.to_owned(), exponent))
}

/// A timestamp's JSON form.
pub fn timestamp_to_json(t: &DateTime, format: TimestampFormat) -> Value {
    to_value(&Ts(t, format))
}

/// `1795431943.8644857` as whole seconds and nanoseconds, exactly as written
/// (a round trip through `f64` would lose the last digits).
fn epoch_from_decimal(text: &str) -> Option<DateTime> {
    let (whole, frac) = text.split_once('.')?;
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let secs: i64 = whole.parse().ok()?;
    let digits: String = frac.chars().chain(std::iter::repeat('0')).take(9).collect();
    let nanos: u32 = digits.parse().ok()?;
    Some(DateTime::from_secs_and_nanos(secs, nanos))
}

/// A document from JSON text (a model's `@default` for a document member).
pub fn document_from_text(json: &str) -> Document {
    let v: Value = serde_json::from_str(json).unwrap_or(Value::Null);
    Document::from_json(&v, &Path::ROOT, &mut Ctx::lenient()).unwrap_or(Document::Null)
}

/// Reads a timestamp leniently: a `date-time` may carry a UTC offset (what
/// clients accept in responses).
pub fn timestamp_from_json(
    v: &Value,
    path: &Path<'_>,
    format: TimestampFormat,
) -> Result<DateTime, DeError> {
    read_timestamp(v, path, format, true)
}

/// Reads a timestamp member: when checking (a server reading a request), a
/// `date-time` must be in UTC (`Z`), as Smithy's `date-time` format is;
/// otherwise as [`timestamp_from_json`].
pub fn timestamp(
    v: &Value,
    path: &Path<'_>,
    format: TimestampFormat,
    cx: &Ctx,
) -> Result<DateTime, DeError> {
    let format = if cx.epoch_timestamps {
        TimestampFormat::EpochSeconds
    } else {
        format
    };
    read_timestamp(v, path, format, !cx.is_strict())
}

/// Reads a timestamp in text form (URI label, query, header): a `date-time`
/// must be in UTC (`Z`).
pub fn timestamp_from_text(text: &str, format: TimestampFormat) -> Result<DateTime, DeError> {
    let v = match format {
        TimestampFormat::EpochSeconds => text
            .parse::<serde_json::Number>()
            .map(Value::Number)
            .map_err(|_| DeError::new(format!("'{text}' is not epoch seconds")))?,
        _ => Value::String(text.to_owned()),
    };
    read_timestamp(&v, &Path::ROOT, format, false)
}

fn read_timestamp(
    v: &Value,
    path: &Path<'_>,
    format: TimestampFormat,
    offsets: bool,
) -> Result<DateTime, DeError> {
    let date_time = if offsets {
        Format::DateTimeWithOffset
    } else {
        Format::DateTime
    };
    match (format, v) {
        (TimestampFormat::EpochSeconds, Value::Number(n)) => Ok(match n.as_i64() {
            Some(secs) => DateTime::from_secs(secs),
            None => epoch_from_decimal(&n.to_string())
                .unwrap_or_else(|| DateTime::from_secs_f64(n.as_f64().unwrap_or_default())),
        }),
        (TimestampFormat::DateTime, Value::String(s)) => DateTime::from_str(s, date_time)
            .map_err(|e| DeError::at(path, format_args!("invalid date-time: {e}"))),
        (TimestampFormat::HttpDate, Value::String(s)) => DateTime::from_str(s, Format::HttpDate)
            .map_err(|e| DeError::at(path, format_args!("invalid http-date: {e}"))),
        (TimestampFormat::EpochSeconds, _) => {
            Err(DeError::expected(path, "a number of epoch seconds", v))
        }
        _ => Err(DeError::expected(path, "a timestamp string", v)),
    }
}

/// Reads a list whose elements may not be null.
pub fn list<T>(
    v: &Value,
    path: &Path<'_>,
    cx: &mut Ctx,
    mut element: impl FnMut(&Value, &Path<'_>, &mut Ctx) -> Result<T, DeError>,
) -> Result<Vec<T>, DeError> {
    let items = v
        .as_array()
        .ok_or_else(|| DeError::expected(path, "an array", v))?;
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let p = path.index(i);
        if item.is_null() {
            // A dense list cannot hold null: the request is malformed.
            // Responses are read leniently: the null is dropped.
            if cx.is_strict() {
                return Err(DeError::at(&p, "null in a list that is not @sparse"));
            }
            continue;
        }
        out.push(element(item, &p, cx)?);
    }
    Ok(out)
}

/// Reads a `@sparse` list.
pub fn sparse_list<T>(
    v: &Value,
    path: &Path<'_>,
    cx: &mut Ctx,
    mut element: impl FnMut(&Value, &Path<'_>, &mut Ctx) -> Result<T, DeError>,
) -> Result<Vec<Option<T>>, DeError> {
    let items = v
        .as_array()
        .ok_or_else(|| DeError::expected(path, "an array", v))?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| match item {
            Value::Null => Ok(None),
            item => element(item, &path.index(i), cx).map(Some),
        })
        .collect()
}

/// Reads a map whose values may not be null.
pub fn map<T>(
    v: &Value,
    path: &Path<'_>,
    cx: &mut Ctx,
    mut entry: impl FnMut(&str, &Value, &Path<'_>, &mut Ctx) -> Result<T, DeError>,
) -> Result<BTreeMap<String, T>, DeError> {
    let obj = v
        .as_object()
        .ok_or_else(|| DeError::expected(path, "an object", v))?;
    let mut out = BTreeMap::new();
    for (k, item) in obj {
        let p = path.key(k);
        if item.is_null() {
            if cx.is_strict() {
                return Err(DeError::at(&p, "null in a map that is not @sparse"));
            }
            continue;
        }
        out.insert(k.clone(), entry(k, item, &p, cx)?);
    }
    Ok(out)
}

/// Reads a `@sparse` map.
pub fn sparse_map<T>(
    v: &Value,
    path: &Path<'_>,
    cx: &mut Ctx,
    mut entry: impl FnMut(&str, &Value, &Path<'_>, &mut Ctx) -> Result<T, DeError>,
) -> Result<BTreeMap<String, Option<T>>, DeError> {
    let obj = v
        .as_object()
        .ok_or_else(|| DeError::expected(path, "an object", v))?;
    obj.iter()
        .map(|(k, item)| {
            let value = match item {
                Value::Null => None,
                item => Some(entry(k, item, &path.key(k), cx)?),
            };
            Ok((k.clone(), value))
        })
        .collect()
}

/// The `__type` member of a union (or any object) is protocol metadata, not data.
pub fn union_members(obj: &Map<String, Value>) -> impl Iterator<Item = (&String, &Value)> {
    obj.iter()
        .filter(|(k, v)| k.as_str() != "__type" && !v.is_null())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn paths_render_like_aws() {
        let root = Path::ROOT;
        let a = root.field("imageIds");
        let b = a.index(0);
        let c = b.field("imageDigest");
        assert_eq!(c.to_string(), "imageIds.1.member.imageDigest");
        assert_eq!(root.to_string(), "");
        assert_eq!(c.parameter(), "imageIds[0].imageDigest");
    }

    #[test]
    fn epoch_seconds_survive_a_round_trip() {
        for text in [
            "1795431943.8644857",
            "1795431943.7612777",
            "1700000000.5",
            "1700000000",
        ] {
            let v: Value = serde_json::from_str(text).unwrap();
            let t = timestamp_from_json(&v, &Path::ROOT, TimestampFormat::EpochSeconds).unwrap();
            let back = timestamp_to_json(&t, TimestampFormat::EpochSeconds);
            assert_eq!(back.to_string(), text);
        }
    }

    #[test]
    fn violations_read_like_botocore_for_parameters() {
        let mut cx = Ctx::strict();
        let root = Path::ROOT;
        cx.length(&root.field("repositoryName"), 1, Some(2), Some(256));
        cx.missing(&root.field("layerDigest"));
        let ids = root.field("imageIds");
        let first = ids.index(0);
        cx.missing(&first.field("imageTag"));
        cx.range(&root.field("maxResults"), 0.0, Some(1.0), None);
        let v = cx.finish().unwrap_err();
        let lines: Vec<String> = v.list.iter().map(Violation::parameter_message).collect();
        assert_eq!(
            lines,
            [
                "Invalid length for parameter repositoryName, value: 1, valid min length: 2",
                "Missing required parameter in input: \"layerDigest\"",
                "Missing required parameter in imageIds[0]: \"imageTag\"",
                "Invalid value for parameter maxResults, value: 0, valid min value: 1",
            ]
        );
        assert!(v.to_string().starts_with(
            "4 validation errors detected: Value at 'repositoryName' failed to satisfy \
             constraint: Member must have length greater than or equal to 2; "
        ));
    }

    #[test]
    fn violations_are_counted_and_joined() {
        let mut cx = Ctx::strict();
        let p = Path::ROOT;
        let f = p.field("repositoryName");
        cx.length(&f, 1, Some(2), Some(256));
        cx.missing(&p.field("layerDigest"));
        let err = cx.finish().unwrap_err();
        assert_eq!(
            err.to_string(),
            "2 validation errors detected: Value at 'repositoryName' failed to satisfy constraint: \
             Member must have length greater than or equal to 2; Value at 'layerDigest' failed to \
             satisfy constraint: Member must not be null"
        );
    }

    #[test]
    fn lenient_records_nothing() {
        let mut cx = Ctx::lenient();
        cx.missing(&Path::ROOT.field("x"));
        cx.range(&Path::ROOT, 5.0, Some(10.0), None);
        assert!(cx.finish().is_ok());
    }

    #[test]
    fn numbers_check_their_range() {
        let mut cx = Ctx::strict();
        assert!(i8::from_json(&json!(300), &Path::ROOT, &mut cx).is_err());
        assert_eq!(i64::from_json(&json!(-3), &Path::ROOT, &mut cx), Ok(-3));
        assert!(i32::from_json(&json!(1.5), &Path::ROOT, &mut cx).is_err());
        assert!(same_number("-1.50e2", "-150"));
        assert!(same_number("0.0", "-0"));
        assert!(same_number("10e+0", "10.0"));
        assert!(!same_number("0.1", "0.10000000000000001"));
        assert!(!same_number("1", "x"));
        assert!(f64::from_json(&json!("NaN"), &Path::ROOT, &mut cx)
            .unwrap()
            .is_nan());
        assert_eq!(f64::INFINITY.to_json(), json!("Infinity"));
    }

    #[test]
    fn timestamps_round_trip() {
        let t = DateTime::from_secs_f64(1_515_531_081.123);
        let v = timestamp_to_json(&t, TimestampFormat::EpochSeconds);
        assert_eq!(v, json!(1_515_531_081.123));
        let d = timestamp_to_json(&DateTime::from_secs(0), TimestampFormat::DateTime);
        assert_eq!(d, json!("1970-01-01T00:00:00Z"));
        let back = timestamp_from_json(&d, &Path::ROOT, TimestampFormat::DateTime).unwrap();
        assert_eq!(back, DateTime::from_secs(0));
    }

    #[test]
    fn blobs_are_base64() {
        let b = Blob::new(b"hi".to_vec());
        assert_eq!(b.to_json(), json!("aGk="));
        let mut cx = Ctx::strict();
        assert!(Blob::from_json(&json!("!!"), &Path::ROOT, &mut cx).is_err());
    }

    #[test]
    fn shape_errors_name_the_path() {
        let p = Path::ROOT;
        let f = p.field("maxResults");
        let e = i32::from_json(&json!("x"), &f, &mut Ctx::strict()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "Invalid value at 'maxResults': expected an integer, found a string"
        );
    }

    #[test]
    fn lists_reject_null_elements_strictly() {
        let read = |cx: &mut Ctx| {
            list(
                &json!(["a", null]),
                &Path::ROOT.field("l"),
                cx,
                String::from_json,
            )
        };
        let e = read(&mut Ctx::strict()).unwrap_err();
        assert!(e.to_string().contains("'l.2.member'"), "{e}");
        let mut cx = Ctx::lenient();
        assert_eq!(read(&mut cx).unwrap(), vec!["a".to_owned()]);
        assert!(cx.finish().is_ok());
    }
}
