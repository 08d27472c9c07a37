//! CBOR (RFC 8949), the codec of `smithy.protocols#rpcv2Cbor`, on `minicbor`.
//!
//! Reading gives the JSON form the generated codecs read, so CBOR and JSON
//! bodies go through the same member codecs and constraint checks: byte
//! strings become base64 text (what a blob's JSON form is), tag-1 epoch
//! timestamps their number of seconds, NaN and the infinities awsJson's
//! strings (`"NaN"`, `"Infinity"`, `"-Infinity"`), bignums (tags 2 and 3)
//! and decimal fractions (tag 4) exact numbers. Every item is read:
//! half-precision floats, indefinite-length strings, arrays and maps.
//! Malformed input (truncated items, map keys that are not text, a declared
//! length longer than the input, nesting deeper than [`MAX_DEPTH`], bytes
//! after the item) is an [`Error`], never a panic; a declared length never
//! allocates more than the input could hold.
//!
//! Writing goes from a typed value through `serde` (the generated `ToJson`
//! impls) with [`to_vec`]: the serializer says it is not human-readable, so
//! blobs write byte strings, timestamps tag 1 with their epoch seconds as a
//! double (as the AWS SDKs write them; integers are read too), floats native floats (NaN included), and big numbers a plain
//! integer when one fits, else a bignum or a decimal fraction.

use std::fmt;

use minicbor::data::Type;
use minicbor::{Decoder, Encoder};
use serde::ser::{self, Serialize};
use serde_json::{Map, Number, Value};

/// How deep arrays, maps and tags may nest.
pub const MAX_DEPTH: usize = 128;

/// The name of the newtype struct a timestamp serializes as when the
/// serializer is not human-readable: its content is its epoch seconds.
pub const TIMESTAMP: &str = "$codegen_rt::cbor::Timestamp";
/// The newtype struct a `bigInteger` serializes as (content: decimal text).
pub const BIG_INTEGER: &str = "$codegen_rt::cbor::BigInteger";
/// The newtype struct a `bigDecimal` serializes as (content: decimal text).
pub const BIG_DECIMAL: &str = "$codegen_rt::cbor::BigDecimal";

/// A CBOR body that could not be read, or a value that could not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

fn err(at: usize, what: impl fmt::Display) -> Error {
    Error(format!("at byte {at}: {what}"))
}

/// One CBOR item, the whole input, as its JSON form.
pub fn to_json(bytes: &[u8]) -> Result<Value, Error> {
    let mut d = Decoder::new(bytes);
    let v = item(&mut d, 0)?;
    if d.position() != bytes.len() {
        return Err(err(d.position(), "bytes after the end of the item"));
    }
    Ok(v)
}

fn float(f: f64) -> Value {
    if f.is_nan() {
        Value::String("NaN".into())
    } else if f == f64::INFINITY {
        Value::String("Infinity".into())
    } else if f == f64::NEG_INFINITY {
        Value::String("-Infinity".into())
    } else {
        Number::from_f64(f).map_or(Value::Null, Value::Number)
    }
}

/// A number from its decimal text (exact: `serde_json`'s arbitrary precision).
fn number(text: &str, at: usize) -> Result<Value, Error> {
    text.parse::<Number>()
        .map(Value::Number)
        .map_err(|_| err(at, format_args!("'{text}' is not a number")))
}

fn is_break(d: &Decoder<'_>) -> bool {
    matches!(d.datatype(), Ok(Type::Break))
}

/// Steps over the `break` that ends an indefinite-length item.
fn skip_break(d: &mut Decoder<'_>) {
    d.set_position(d.position() + 1);
}

fn text(d: &mut Decoder<'_>) -> Result<String, Error> {
    let at = d.position();
    let e = |x: minicbor::decode::Error| err(at, x);
    match d.datatype().map_err(e)? {
        Type::String => d.str().map(str::to_owned).map_err(e),
        Type::StringIndef => {
            let mut s = String::new();
            for chunk in d.str_iter().map_err(e)? {
                s.push_str(chunk.map_err(e)?);
            }
            Ok(s)
        }
        t => Err(err(at, format_args!("expected a text string, found {t}"))),
    }
}

fn bytes(d: &mut Decoder<'_>) -> Result<Vec<u8>, Error> {
    let at = d.position();
    let e = |x: minicbor::decode::Error| err(at, x);
    match d.datatype().map_err(e)? {
        Type::Bytes => d.bytes().map(<[u8]>::to_vec).map_err(e),
        Type::BytesIndef => {
            let mut b = Vec::new();
            for chunk in d.bytes_iter().map_err(e)? {
                b.extend_from_slice(chunk.map_err(e)?);
            }
            Ok(b)
        }
        t => Err(err(at, format_args!("expected a byte string, found {t}"))),
    }
}

/// An unsigned big-endian integer's decimal digits.
fn decimal(be: &[u8]) -> String {
    // Base 10^9 limbs, least significant first.
    let mut limbs: Vec<u32> = vec![0];
    for &byte in be {
        let mut carry = u64::from(byte);
        for limb in &mut limbs {
            let v = u64::from(*limb) * 256 + carry;
            *limb = (v % 1_000_000_000) as u32;
            carry = v / 1_000_000_000;
        }
        while carry > 0 {
            limbs.push((carry % 1_000_000_000) as u32);
            carry /= 1_000_000_000;
        }
    }
    let mut out = limbs.last().copied().unwrap_or_default().to_string();
    for limb in limbs.iter().rev().skip(1) {
        out.push_str(&format!("{limb:09}"));
    }
    out
}

/// `n + 1` of a big-endian unsigned integer.
fn plus_one(be: &[u8]) -> Vec<u8> {
    let mut out = be.to_vec();
    for b in out.iter_mut().rev() {
        let (v, overflow) = b.overflowing_add(1);
        *b = v;
        if !overflow {
            return out;
        }
    }
    out.insert(0, 1);
    out
}

/// An integer item (major types 0 and 1, or a bignum) as decimal text.
fn integer_text(d: &mut Decoder<'_>, depth: usize) -> Result<String, Error> {
    let at = d.position();
    match item(d, depth)? {
        Value::Number(n)
            if n.is_i64() || n.is_u64() || !n.to_string().contains(['.', 'e', 'E']) =>
        {
            Ok(n.to_string())
        }
        v => Err(err(at, format_args!("expected an integer, found {v}"))),
    }
}

fn item(d: &mut Decoder<'_>, depth: usize) -> Result<Value, Error> {
    let at = d.position();
    if depth > MAX_DEPTH {
        return Err(err(at, format_args!("nested deeper than {MAX_DEPTH}")));
    }
    let e = |x: minicbor::decode::Error| err(at, x);
    match d.datatype().map_err(e)? {
        Type::Bool => d.bool().map(Value::Bool).map_err(e),
        Type::Null => d.null().map(|()| Value::Null).map_err(e),
        Type::Undefined => d.undefined().map(|()| Value::Null).map_err(e),
        Type::U8 | Type::U16 | Type::U32 | Type::U64 => d.u64().map(Value::from).map_err(e),
        Type::I8 | Type::I16 | Type::I32 | Type::I64 => d.i64().map(Value::from).map_err(e),
        Type::Int => {
            let i = i128::from(d.int().map_err(e)?);
            number(&i.to_string(), at)
        }
        Type::F16 => d.f16().map(|f| float(f64::from(f))).map_err(e),
        Type::F32 => d.f32().map(|f| float(f64::from(f))).map_err(e),
        Type::F64 => d.f64().map(float).map_err(e),
        Type::Bytes | Type::BytesIndef => {
            bytes(d).map(|b| Value::String(aws_smithy_types::base64::encode(b)))
        }
        Type::String | Type::StringIndef => text(d).map(Value::String),
        Type::Array | Type::ArrayIndef => {
            let len = d.array().map_err(e)?;
            // A declared length is a claim, not an allocation.
            let mut items = Vec::with_capacity(len.map_or(0, |n| n.min(64) as usize));
            match len {
                Some(n) => {
                    for _ in 0..n {
                        items.push(item(d, depth + 1)?);
                    }
                }
                None => {
                    while !is_break(d) {
                        items.push(item(d, depth + 1)?);
                    }
                    skip_break(d);
                }
            }
            Ok(Value::Array(items))
        }
        Type::Map | Type::MapIndef => {
            let len = d.map().map_err(e)?;
            let mut map = Map::new();
            let mut entry = |d: &mut Decoder<'_>| -> Result<(), Error> {
                let key = text(d).map_err(|x| Error(format!("{x} (map keys must be text)")))?;
                let value = item(d, depth + 1)?;
                map.insert(key, value);
                Ok(())
            };
            match len {
                Some(n) => {
                    for _ in 0..n {
                        entry(d)?;
                    }
                }
                None => {
                    while !is_break(d) {
                        entry(d)?;
                    }
                    skip_break(d);
                }
            }
            Ok(Value::Object(map))
        }
        Type::Tag => {
            let tag = d.tag().map_err(e)?.as_u64();
            match tag {
                // Epoch seconds: an integer or a float.
                1 => match item(d, depth + 1)? {
                    v @ Value::Number(_) => Ok(v),
                    v => Err(err(
                        at,
                        format_args!("a timestamp (tag 1) holds {v}, not a number"),
                    )),
                },
                // Bignums: an unsigned big-endian magnitude n; tag 3 is -1 - n.
                2 => number(&decimal(&bytes(d)?), at),
                3 => number(&format!("-{}", decimal(&plus_one(&bytes(d)?))), at),
                // A decimal fraction: [exponent, mantissa], mantissa * 10^exponent.
                4 => {
                    let len = d.array().map_err(e)?;
                    if len.is_some_and(|n| n != 2) {
                        return Err(err(at, "a decimal fraction (tag 4) needs two items"));
                    }
                    let exponent = integer_text(d, depth + 1)?;
                    // Any number a decimal type holds; a larger exponent is
                    // no number a service exchanges.
                    if exponent.parse::<i32>().is_err() {
                        return Err(err(
                            at,
                            format_args!(
                                "a decimal fraction's exponent {exponent} is out of range"
                            ),
                        ));
                    }
                    let mantissa = integer_text(d, depth + 1)?;
                    if len.is_none() {
                        if !is_break(d) {
                            return Err(err(at, "a decimal fraction (tag 4) needs two items"));
                        }
                        skip_break(d);
                    }
                    number(&format!("{mantissa}e{exponent}"), at)
                }
                // Other tags add meaning this codec does not use.
                _ => item(d, depth + 1),
            }
        }
        Type::Break => Err(err(at, "unexpected break")),
        t => Err(err(at, format_args!("unsupported item {t}"))),
    }
}

/// The entries of the map `bytes` holds, each key with its value's bytes
/// as written (its types kept: byte strings, tags), in order.
pub fn map_entries(bytes: &[u8]) -> Result<Vec<(String, &[u8])>, Error> {
    let mut d = Decoder::new(bytes);
    let e = |at: usize| move |x: minicbor::decode::Error| err(at, x);
    let len = d.map().map_err(e(0))?;
    let mut out = Vec::new();
    let mut left = len;
    loop {
        match left {
            Some(0) => break,
            Some(n) => left = Some(n - 1),
            None if is_break(&d) => break,
            None => {}
        }
        let key = text(&mut d)?;
        let start = d.position();
        d.skip().map_err(e(start))?;
        out.push((key, &bytes[start..d.position()]));
    }
    Ok(out)
}

/// A map of entries whose values are CBOR already ([`map_entries`]).
pub fn write_map(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut enc = Encoder::new(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = enc.map(entries.len() as u64);
    for (k, v) in entries {
        let _ = enc.str(k);
        enc.writer_mut().extend_from_slice(v);
    }
    enc.into_writer()
}

/// A typed value written as CBOR.
pub fn to_vec<T: crate::json::ToJson + ?Sized>(value: &T) -> Vec<u8> {
    serialize(&crate::json::Json(value))
}

/// Any `serde` value written as CBOR (not human-readable: see the module).
pub fn serialize<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    let mut enc = Encoder::new(Vec::new());
    // Writing to a Vec cannot fail, and our values have only text map keys.
    let _ = value.serialize(Ser(&mut enc));
    enc.into_writer()
}

/// A JSON form written as CBOR (numbers as integers where they are, else
/// as doubles; strings as text).
pub fn value_to_vec(value: &Value) -> Vec<u8> {
    serialize(value)
}

/// The struct `serde_json` writes a number as (its `arbitrary_precision`).
const JSON_NUMBER: &str = "$serde_json::private::Number";

/// A JSON number's text: an integer; a double when one holds the number
/// exactly; else a decimal fraction (nothing is lost either way).
fn write_number(enc: &mut Enc, text: &str) -> Result<(), Error> {
    if !text.contains(['.', 'e', 'E']) {
        return write_integer(enc, text);
    }
    match text.parse::<f64>() {
        Ok(f) if f.is_finite() && crate::json::same_number(&format!("{f:e}"), text) => {
            w(enc.f64(f))
        }
        _ => write_decimal(enc, text),
    }
}

type Enc = Encoder<Vec<u8>>;

fn w<T>(r: Result<T, minicbor::encode::Error<std::convert::Infallible>>) -> Result<(), Error> {
    r.map(|_| ()).map_err(|e| Error(e.to_string()))
}

/// A serializer writing CBOR.
struct Ser<'a>(&'a mut Enc);

/// Big-endian magnitude of a non-negative decimal integer's digits.
fn magnitude(digits: &str) -> Vec<u8> {
    let mut be: Vec<u8> = Vec::new();
    for c in digits.bytes() {
        let mut carry = u32::from(c - b'0');
        for b in be.iter_mut().rev() {
            let v = u32::from(*b) * 10 + carry;
            *b = (v & 0xff) as u8;
            carry = v >> 8;
        }
        while carry > 0 {
            be.insert(0, (carry & 0xff) as u8);
            carry >>= 8;
        }
    }
    be
}

/// `n - 1` of a non-zero big-endian magnitude.
fn minus_one(be: &mut Vec<u8>) {
    for b in be.iter_mut().rev() {
        let (v, borrow) = b.overflowing_sub(1);
        *b = v;
        if !borrow {
            break;
        }
    }
    while be.len() > 1 && be[0] == 0 {
        be.remove(0);
    }
}

/// A decimal integer: a plain integer when it fits, else a bignum.
fn write_integer(enc: &mut Enc, text: &str) -> Result<(), Error> {
    if let Ok(i) = text.parse::<i64>() {
        return w(enc.i64(i));
    }
    if let Ok(u) = text.parse::<u64>() {
        return w(enc.u64(u));
    }
    let (negative, digits) = match text.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error(format!("'{text}' is not an integer")));
    }
    let mut be = magnitude(digits);
    if negative {
        minus_one(&mut be);
        w(enc.tag(minicbor::data::Tag::new(3)))?;
    } else {
        w(enc.tag(minicbor::data::Tag::new(2)))?;
    }
    w(enc.bytes(&be))
}

/// A decimal number as a decimal fraction (tag 4).
fn write_decimal(enc: &mut Enc, text: &str) -> Result<(), Error> {
    let bad = || Error(format!("'{text}' is not a decimal number"));
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(i) => (&text[..i], text[i + 1..].parse::<i64>().map_err(|_| bad())?),
        None => (text, 0),
    };
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa.strip_prefix('+').unwrap_or(mantissa)),
    };
    let (whole, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{sign}{whole}{frac}");
    let exponent = i64::try_from(frac.len())
        .ok()
        .and_then(|n| exponent.checked_sub(n))
        .ok_or_else(bad)?;
    w(enc.tag(minicbor::data::Tag::new(4)))?;
    w(enc.array(2))?;
    w(enc.i64(exponent))?;
    write_integer(enc, &digits)
}

/// Serializer methods that write one scalar with the encoder's method of
/// the same type.
macro_rules! scalars {
    ($($method:ident($t:ty) => $write:ident),*) => {$(
        fn $method(self, v: $t) -> Result<(), Error> {
            w(self.0.$write(v))
        }
    )*};
}

impl<'a> ser::Serializer for Ser<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn is_human_readable(&self) -> bool {
        false
    }

    scalars!(
        serialize_bool(bool) => bool,
        serialize_i8(i8) => i8,
        serialize_i16(i16) => i16,
        serialize_i32(i32) => i32,
        serialize_i64(i64) => i64,
        serialize_u8(u8) => u8,
        serialize_u16(u16) => u16,
        serialize_u32(u32) => u32,
        serialize_u64(u64) => u64,
        serialize_f32(f32) => f32,
        serialize_f64(f64) => f64
    );
    fn serialize_char(self, v: char) -> Result<(), Error> {
        w(self.0.str(v.encode_utf8(&mut [0; 4])))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        w(self.0.str(v))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        w(self.0.bytes(v))
    }
    fn serialize_none(self) -> Result<(), Error> {
        w(self.0.null())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        w(self.0.null())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        w(self.0.null())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, v: &'static str) -> Result<(), Error> {
        w(self.0.str(v))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        match name {
            TIMESTAMP => {
                w(self.0.tag(minicbor::data::Tag::new(1)))?;
                v.serialize(self)
            }
            BIG_INTEGER => write_integer(self.0, &text_of(v)?),
            BIG_DECIMAL => write_decimal(self.0, &text_of(v)?),
            _ => v.serialize(self),
        }
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        w(self.0.map(1))?;
        w(self.0.str(variant))?;
        v.serialize(self)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Compound<'a>, Error> {
        match len {
            Some(n) => w(self.0.array(n as u64))?,
            None => w(self.0.begin_array())?,
        }
        Ok(Compound(self.0, len.is_none(), false))
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, Error> {
        w(self.0.map(1))?;
        w(self.0.str(variant))?;
        self.serialize_seq(Some(len))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Compound<'a>, Error> {
        match len {
            Some(n) => w(self.0.map(n as u64))?,
            None => w(self.0.begin_map())?,
        }
        Ok(Compound(self.0, len.is_none(), false))
    }
    fn serialize_struct(self, name: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        if name == JSON_NUMBER {
            return Ok(Compound(self.0, false, true));
        }
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, Error> {
        w(self.0.map(1))?;
        w(self.0.str(variant))?;
        self.serialize_map(Some(len))
    }
}

/// The text a big number's newtype carries.
fn text_of<T: Serialize + ?Sized>(v: &T) -> Result<String, Error> {
    match serde_json::to_value(v) {
        Ok(Value::String(s)) => Ok(s),
        Ok(Value::Number(n)) => Ok(n.to_string()),
        _ => Err(Error("a big number must be written as its text".into())),
    }
}

/// An array or map being written; `.1`: indefinite length (ends with a
/// break); `.2`: a `serde_json` number, written as a number.
struct Compound<'a>(&'a mut Enc, bool, bool);

impl Compound<'_> {
    fn finish(self) -> Result<(), Error> {
        if self.1 {
            w(self.0.end())?;
        }
        Ok(())
    }
}

/// The sequence-like compounds: each element written in turn.
macro_rules! sequence {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
                v.serialize(Ser(self.0))
            }
            fn end(self) -> Result<(), Error> {
                self.finish()
            }
        }
    )*};
}
sequence!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Result<(), Error> {
        k.serialize(Ser(self.0))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        v.serialize(Ser(self.0))
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        if self.2 {
            return write_number(self.0, &text_of(v)?);
        }
        w(self.0.str(key))?;
        v.serialize(Ser(self.0))
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        w(self.0.str(key))?;
        v.serialize(Ser(self.0))
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    #[test]
    fn reads_every_item_kind() {
        // {"a": [1, -2, 1.5 (f16), h'0102', "x"_indef], "b": 1(1000)}
        let v = to_json(&hex("a26161850121f93e004201027f6178ff6162c11903e8")).unwrap();
        assert_eq!(v, json!({"a": [1, -2, 1.5, "AQI=", "x"], "b": 1000}));
        // Indefinite map and array, NaN and -Infinity as awsJson writes them.
        let v = to_json(&hex("bf61619ff97e00f9fc00ffff")).unwrap();
        assert_eq!(v, json!({"a": ["NaN", "-Infinity"]}));
        // Bignums and a decimal fraction, exact.
        let v = to_json(&hex("c249010000000000000000")).unwrap();
        assert_eq!(v.to_string(), "18446744073709551616");
        let v = to_json(&hex("c349010000000000000000")).unwrap();
        assert_eq!(v.to_string(), "-18446744073709551617");
        let v = to_json(&hex("c4822219c3ff")).unwrap();
        assert_eq!(v.to_string(), "50175e-3");
    }

    #[test]
    fn refuses_malformed_input() {
        for (bytes, what) in [
            ("", "end of input"),
            ("a1", "end of input"),
            ("a10102", "map keys must be text"),
            ("9b0fffffffffffffff", "end of input"),
            ("0101", "bytes after"),
            ("ff", "unexpected break"),
            ("c16161", "not a number"),
            ("7a7fffffff", "end of input"),
            // A decimal fraction whose exponent no decimal type holds
            // (found by the fuzzer: it could not be written back).
            ("c4821bca30c482393939393939", "out of range"),
        ] {
            let e = to_json(&hex(bytes)).unwrap_err().to_string();
            assert!(e.contains(what), "{bytes}: {e}");
        }
        let deep = "81".repeat(MAX_DEPTH + 2) + "01";
        assert!(to_json(&hex(&deep))
            .unwrap_err()
            .to_string()
            .contains("deeper"));
    }

    #[test]
    fn big_numbers_round_trip() {
        for text in [
            "0",
            "-1",
            "18446744073709551616",
            "-18446744073709551617",
            "-340282366920938463463374607431768211457",
        ] {
            let mut enc = Encoder::new(Vec::new());
            write_integer(&mut enc, text).unwrap();
            assert_eq!(to_json(&enc.into_writer()).unwrap().to_string(), text);
        }
        let mut enc = Encoder::new(Vec::new());
        write_decimal(&mut enc, "-12.345e2").unwrap();
        assert_eq!(
            to_json(&enc.into_writer()).unwrap().to_string(),
            "-12345e-1"
        );
    }

    #[test]
    fn values_write_back() {
        let v = json!({"s": "x", "n": [1, -2, 2.5, null, true], "m": {}});
        assert_eq!(to_json(&value_to_vec(&v)).unwrap(), v);
        // A number no double holds goes out as a decimal fraction, exactly
        // (found by the fuzzer: it came back as -Infinity).
        for text in ["-19e8712", "0.100000000000000000000001", "1e3"] {
            let n: serde_json::Value = serde_json::from_str(text).unwrap();
            let back = to_json(&value_to_vec(&n)).unwrap();
            assert!(
                crate::json::same_number(&back.to_string(), text),
                "{text}: {back}"
            );
        }
    }
}
