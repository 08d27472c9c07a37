//! Stage 4, emit: `quote!` token streams from the IR, one per generated file,
//! plus the crates' `Cargo.toml` text.

pub mod cargo;
pub mod client;
pub mod crates;
pub mod http;
pub mod protocol_tests;

pub mod server;
pub mod types;
pub mod validate;
pub mod xml;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

use crate::lower::{Checks, DefaultValue, Ir, Protocol, TsFormat, Ty, TypeRef};
use crate::naming;

/// One generated file before formatting.
pub enum Artifact {
    /// Rust source, formatted by the format stage.
    Rust(TokenStream),
    /// Rust source, then text laid out by hand (macro invocations) appended
    /// before rustfmt, which leaves macro bodies as they are.
    RustThen(TokenStream, String),
    /// Any other text, written as is.
    Text(String),
    /// What should have been a file could not be produced: an internal error.
    Failed(String),
}

/// The runtime traits whose methods generated code calls, in scope under no
/// name (`use rt::ToJson as _;`), so that no shape can shadow them.
pub fn rt_traits(with_operation_error: bool) -> TokenStream {
    let op = with_operation_error.then(|| quote!(OperationError as _,));
    quote! {
        #[allow(unused_imports)]
        use rt::{FromJson as _, #op ToJson as _};
    }
}

/// The runtime's value of a protocol (`rt::Protocol::RpcV2Cbor`).
pub fn protocol(p: Protocol) -> TokenStream {
    let v = format_ident!("{}", p.variant());
    quote!(rt::Protocol::#v)
}

/// An identifier, raw where the name is a keyword (`r#type`).
pub fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// `#[doc = "..."]` attributes, one per line.
pub fn docs(lines: &[String]) -> TokenStream {
    let attrs = lines.iter().map(|l| {
        let l = if l.is_empty() {
            String::new()
        } else {
            format!(" {}", l.replace('\t', "    "))
        };
        quote!(#[doc = #l])
    });
    quote!(#(#attrs)*)
}

/// The Rust type.
pub fn ty(t: &Ty) -> TokenStream {
    match t {
        Ty::String => quote!(rt::String),
        Ty::Bool => quote!(bool),
        Ty::I8 => quote!(i8),
        Ty::I16 => quote!(i16),
        Ty::I32 => quote!(i32),
        Ty::I64 => quote!(i64),
        Ty::F32 => quote!(f32),
        Ty::F64 => quote!(f64),
        Ty::Blob => quote!(rt::Blob),
        Ty::Stream => quote!(rt::ByteStream),
        Ty::Events(r) => {
            let n = ident(&r.name);
            quote!(rt::EventStream<#n>)
        }
        Ty::Unit => quote!(()),
        Ty::Document => quote!(rt::Document),
        Ty::BigInteger => quote!(rt::BigInteger),
        Ty::BigDecimal => quote!(rt::BigDecimal),
        Ty::Timestamp(_) => quote!(rt::DateTime),
        Ty::Struct(r) | Ty::Union(r) | Ty::Enum(r) => {
            let n = ident(&r.name);
            quote!(#n)
        }
        Ty::Boxed(inner) => {
            let t = ty(inner);
            quote!(rt::Box<#t>)
        }
        Ty::List { elem, sparse, .. } => {
            let e = item_ty(elem, *sparse);
            quote!(rt::Vec<#e>)
        }
        Ty::Map { value, sparse, .. } => {
            let v = item_ty(value, *sparse);
            quote!(rt::BTreeMap<rt::String, #v>)
        }
    }
}

fn ts_format(f: TsFormat) -> TokenStream {
    match f {
        TsFormat::EpochSeconds => quote!(rt::TimestampFormat::EpochSeconds),
        TsFormat::DateTime => quote!(rt::TimestampFormat::DateTime),
        TsFormat::HttpDate => quote!(rt::TimestampFormat::HttpDate),
    }
}

/// JSON for `value`, an expression of type `&T`: the value of its
/// [`ser_view`] (`to_json()` where the type's own `ToJson` is the view).
pub fn ser(t: &Ty, value: &TokenStream) -> TokenStream {
    if t.has_trait_codec() && *t != Ty::Unit {
        quote!(#value.to_json())
    } else {
        let view = ser_view(t, value);
        quote!(rt::json::to_value(&#view))
    }
}

/// A `serde::Serialize` view of `value`, an expression of type `&T`: what
/// codecs hand to a serializer (timestamps with their format, lists and
/// maps through their generated writers).
pub fn ser_view(t: &Ty, value: &TokenStream) -> TokenStream {
    match t {
        Ty::Timestamp(f) => {
            let f = ts_format(*f);
            quote!(rt::json::Ts(#value, #f))
        }
        Ty::List { func, .. } | Ty::Map { func, .. } => {
            let f = format_ident!("ser_{}", func);
            quote!(crate::json::#f(#value))
        }
        Ty::Stream | Ty::Events(_) => quote!(rt::json::Null),
        Ty::Unit => quote!(rt::json::EmptyObject),
        _ => quote!(rt::json::Json(#value)),
    }
}

/// Parses JSON `v` at path `p` (both references), `?` applied.
pub fn de(t: &Ty, v: &TokenStream, p: &TokenStream) -> TokenStream {
    let r = de_result(t, v, p);
    quote!(#r?)
}

/// Parses JSON `v` at path `p`: an expression of type `Result<T, DeError>`.
pub fn de_result(t: &Ty, v: &TokenStream, p: &TokenStream) -> TokenStream {
    match t {
        Ty::Timestamp(f) => {
            let f = ts_format(*f);
            quote!(rt::json::timestamp(#v, #p, #f, cx))
        }
        Ty::List { func, .. } | Ty::Map { func, .. } => {
            let f = format_ident!("de_{}", func);
            quote!(crate::json::#f(#v, #p, cx))
        }
        Ty::Stream => quote!(rt::DeResult::Ok(rt::ByteStream::default())),
        Ty::Events(_) => quote!(rt::DeResult::Ok(rt::EventStream::default())),
        Ty::Unit => quote!(rt::json::object(#v, #p).map(|_| ())),
        other => {
            let t = ty(other);
            quote!(<#t>::from_json(#v, #p, cx))
        }
    }
}

fn opt_u64(v: Option<u64>) -> TokenStream {
    match v {
        Some(n) => {
            let n = Literal::u64_unsuffixed(n);
            quote!(Some(#n))
        }
        None => quote!(None),
    }
}

fn opt_f64(v: Option<f64>) -> TokenStream {
    match v {
        Some(n) => {
            let n = Literal::f64_unsuffixed(n);
            quote!(Some(#n))
        }
        None => quote!(None),
    }
}

/// Whether parsing `t` needs the parse context.
pub fn de_uses_cx(t: &Ty) -> bool {
    !matches!(t, Ty::Stream | Ty::Events(_) | Ty::Unit)
}

/// Statements checking the constraints of value `x` (owned, of type `t`) at
/// path `p`, as a parser does: `@uniqueItems` on the JSON array `v` the value
/// was read from (hashing needs no `Hash` on generated types, whose floats
/// and documents have none).
pub fn checks(t: &Ty, c: &Checks, x: &TokenStream, p: &TokenStream) -> TokenStream {
    let mut out = checks_on(t, c, x, p, false);
    if c.unique {
        out.extend(quote!(cx.unique(#p, v);));
    }
    out
}

/// The length, pattern and range checks of `x` (of type `t`; `x_is_ref`
/// when `x` is a reference, as in a typed check or for a map key) at path
/// `p`. `@uniqueItems` is the caller's: it depends on what the value was
/// read from.
pub fn checks_on(
    t: &Ty,
    c: &Checks,
    x: &TokenStream,
    p: &TokenStream,
    x_is_ref: bool,
) -> TokenStream {
    let mut out = TokenStream::new();
    if let Some((min, max)) = c.length {
        let len = match t {
            Ty::String => quote!(#x.chars().count()),
            Ty::Enum(_) => quote!(#x.as_str().chars().count()),
            Ty::Blob => quote!(#x.as_ref().len()),
            _ => quote!(#x.len()),
        };
        let (min, max) = (opt_u64(min), opt_u64(max));
        out.extend(quote!(cx.length(#p, #len, #min, #max);));
    }
    if let Some(i) = c.pattern {
        let re = format_ident!("PATTERN_{}", i);
        let value = match (t, x_is_ref) {
            (Ty::Enum(_), _) => quote!(#x.as_str()),
            (_, true) => quote!(#x),
            (_, false) => quote!(&#x),
        };
        out.extend(quote!(cx.pattern(#p, #value, &crate::json::#re);));
    }
    if let Some((min, max)) = c.range {
        let n = if x_is_ref { quote!(*#x) } else { x.clone() };
        let v = match t {
            Ty::F64 => n,
            Ty::I64 => quote!(#n as f64),
            // Compared as f64: exact for every bound a model writes.
            Ty::BigInteger | Ty::BigDecimal => {
                quote!(#x.as_ref().parse::<f64>().unwrap_or(f64::NAN))
            }
            _ => quote!(f64::from(#n)),
        };
        let (min, max) = (opt_f64(min), opt_f64(max));
        out.extend(quote!(cx.range(#p, #v, #min, #max);));
    }
    out
}

/// The checks of a map's key `k` (a `&str` expression): the key shape's
/// constraints and, for keys that are a string enum's values, the enum. A
/// key's violations are the map's (at `path`; the key is not a place in it).
pub fn key_checks(c: &Checks, key_enum: Option<&TypeRef>, k: &TokenStream) -> TokenStream {
    let mut out = checks_on(&Ty::String, c, k, &quote!(path), true);
    if let Some(r) = key_enum {
        let en = ty(&Ty::Enum(r.clone()));
        out.extend(quote! {
            if let #en::Unknown(_) = #en::from(#k) {
                cx.enum_value(path, #en::VALUES, #en::INTERNAL);
            }
        });
    }
    out
}

/// Whether a default is the type's own `Default` (so `unwrap_or_default()` fits).
pub fn is_type_default(d: &DefaultValue) -> bool {
    match d {
        DefaultValue::Bool(b) => !b,
        DefaultValue::Int(i) => *i == 0,
        DefaultValue::Float(f) => *f == 0.0,
        DefaultValue::Str(s) => s.is_empty(),
        DefaultValue::EmptyList | DefaultValue::EmptyMap | DefaultValue::EmptyBlob => true,
        _ => false,
    }
}

/// The default as an expression of type `t`.
pub fn default_expr(t: &Ty, d: &DefaultValue) -> TokenStream {
    match d {
        DefaultValue::Bool(b) => quote!(#b),
        DefaultValue::Int(i) => {
            let lit = Literal::i64_unsuffixed(*i);
            quote!(#lit)
        }
        DefaultValue::Float(f) => {
            let lit = if matches!(t, Ty::F32) {
                Literal::f32_unsuffixed(*f as f32)
            } else {
                Literal::f64_unsuffixed(*f)
            };
            quote!(#lit)
        }
        DefaultValue::Str(s) => quote!(rt::String::from(#s)),
        DefaultValue::Enum(r, v) => {
            let n = ident(&r.name);
            quote!(#n::from(#v))
        }
        DefaultValue::IntEnum(r, v) => {
            let n = ident(&r.name);
            let lit = Literal::i64_unsuffixed(*v);
            quote!(#n::from(#lit))
        }
        DefaultValue::EmptyList => quote!(rt::Vec::new()),
        DefaultValue::EmptyMap => quote!(rt::BTreeMap::new()),
        DefaultValue::EmptyBlob if *t == Ty::Stream => quote!(rt::ByteStream::default()),
        DefaultValue::EmptyBlob if t.is_stream() => quote!(rt::EventStream::default()),
        DefaultValue::EmptyBlob => quote!(rt::Blob::new(rt::Vec::new())),
        DefaultValue::Blob(bytes) => {
            let lit = Literal::byte_string(bytes);
            quote!(rt::Blob::new(#lit.to_vec()))
        }
        DefaultValue::Document(text) => quote!(rt::json::document_from_text(#text)),
        // The generator parsed this text already: the fallback is never taken.
        DefaultValue::Big(text) => quote!(#text.parse().unwrap_or_default()),
        DefaultValue::Timestamp(secs) => {
            let lit = Literal::f64_unsuffixed(*secs);
            quote!(rt::DateTime::from_secs_f64(#lit))
        }
    }
}

/// `opt.unwrap_or...` giving the default.
pub fn unwrap_default(t: &Ty, d: &DefaultValue, opt: &TokenStream) -> TokenStream {
    if is_type_default(d) {
        return quote!(#opt.unwrap_or_default());
    }
    let e = default_expr(t, d);
    match d {
        DefaultValue::Bool(_) | DefaultValue::Int(_) | DefaultValue::Float(_) => {
            quote!(#opt.unwrap_or(#e))
        }
        _ => quote!(#opt.unwrap_or_else(|| #e)),
    }
}

/// The type of a list's element or a map's value: `Option` when sparse.
pub fn item_ty(t: &Ty, sparse: bool) -> TokenStream {
    let t = ty(t);
    if sparse {
        quote!(rt::Option<#t>)
    } else {
        t
    }
}

/// The name of a member's `set_x(Option<T>)` setter.
pub fn set_ident(field: &str) -> Ident {
    format_ident!("set_{}", field.trim_start_matches("r#"))
}

/// The runtime types a client or server crate re-exports (see [`reexports`]).
pub const RUNTIME_REEXPORTS: &[&str] = &[
    "BigDecimal",
    "BigInteger",
    "Blob",
    "BuildError",
    "ByteStream",
    "DateTime",
    "Document",
    "EventStream",
    "EventStreamError",
    "ModeledError",
    "OperationError",
    "Protocol",
    "RequestId",
    "ResponseMeta",
    "Unhandled",
];

/// Where a member's setters put the value: the builder's own field, or
/// the input builder a client's fluent builder holds.
pub enum SetterTarget {
    Field,
    Input,
}

/// A member's setters on a builder of structure `owner`: `x(value)` (for a
/// list, one more element; for a map, one more entry, `x(key, value)`), as
/// the AWS SDKs have them, and `set_x(Option<T>)`, the whole value or none.
pub fn setters(owner: &str, field: &str, t: &Ty, target: SetterTarget) -> TokenStream {
    let f = ident(field);
    let set = set_ident(field);
    let whole = ty(t);
    let bare = naming::bare(field);
    // A setter named like a conversion (`is_active`) takes `self` by value on purpose.
    // One named like an operator trait's method (`add`) is a setter, not `Add`.
    let operators = [
        "add", "sub", "mul", "div", "rem", "shl", "shr", "bitand", "bitor", "bitxor",
    ];
    let allow = if ["to_", "into_", "as_", "is_", "from_"]
        .iter()
        .any(|p| bare.starts_with(p))
    {
        quote!(#[allow(clippy::wrong_self_convention)])
    } else if operators.contains(&bare) {
        quote!(#[allow(clippy::should_implement_trait)])
    } else {
        quote!()
    };
    let member = format!("[`{owner}::{field}`]({owner}::{field})");
    let (doc, params, args, assign) = match t {
        Ty::List { elem, sparse, .. } => {
            let e = item_ty(elem, *sparse);
            (
                format!(" Appends one element to {member}."),
                quote!(value: impl rt::Into<#e>),
                quote!(value),
                quote!(self.#f.get_or_insert_with(rt::Vec::new).push(value.into())),
            )
        }
        Ty::Map { value, sparse, .. } => {
            let v = item_ty(value, *sparse);
            (
                format!(" Inserts one entry into {member}."),
                quote!(key: impl rt::Into<rt::String>, value: impl rt::Into<#v>),
                quote!(key, value),
                quote!(self.#f.get_or_insert_with(rt::BTreeMap::new).insert(key.into(), value.into())),
            )
        }
        _ => (
            format!(" Sets {member}."),
            quote!(value: impl rt::Into<#whole>),
            quote!(value),
            quote!(self.#f = Some(value.into())),
        ),
    };
    let set_doc = format!(" Sets or clears {member}.");
    let (assign, set_assign) = match target {
        SetterTarget::Field => (quote!(#assign;), quote!(self.#f = value;)),
        SetterTarget::Input => (
            quote!(self.input = self.input.#f(#args);),
            quote!(self.input = self.input.#set(value);),
        ),
    };
    quote! {
        #[doc = #doc]
        #allow
        pub fn #f(mut self, #params) -> Self {
            #assign
            self
        }
        #[doc = #set_doc]
        pub fn #set(mut self, value: rt::Option<#whole>) -> Self {
            #set_assign
            self
        }
    }
}

/// The runtime types a client or server crate re-exports (`path` is
/// `rt`, `rt::auth`, ...): all of them in `primitives`, and at the crate
/// root those no type of the model takes. A shape named `Document`
/// (Textract's) keeps its name, glob-imported from the types crate; the
/// runtime's is then `primitives::Document`.
pub fn reexports(ir: &Ir, path: TokenStream, names: &[&str]) -> (TokenStream, TokenStream) {
    let taken = |n: &str| {
        ir.structs.iter().any(|s| s.name == n || s.builder == n)
            || ir.enums.iter().any(|e| e.name == n)
            || ir.unions.iter().any(|u| u.name == n)
            || ir.operations.iter().any(|o| o.error_enum == n)
    };
    let all: Vec<Ident> = names.iter().map(|n| format_ident!("{}", n)).collect();
    let root: Vec<&Ident> = names
        .iter()
        .zip(&all)
        .filter(|(n, _)| !taken(n))
        .map(|(_, i)| i)
        .collect();
    let root = if root.is_empty() {
        quote!()
    } else {
        quote!(pub use #path::{#(#root),*};)
    };
    (root, quote!(pub use #path::{#(#all),*};))
}

/// A local variable name for a member that cannot shadow anything.
pub fn local(field: &str) -> Ident {
    format_ident!("m_{}", naming::bare(field))
}

/// The file header every generated file starts with.
pub fn header(model_name: &str) -> String {
    format!("// Generated from {model_name} by codegen — do not edit.\n// Regenerate with `cargo run -p codegen`.\n")
}

/// An auth scheme list as a `&[rt::auth::AuthScheme]` expression.
fn auth_schemes(list: &[crate::lower::AuthIr]) -> TokenStream {
    use crate::lower::AuthIr;
    let items = list.iter().map(|a| match a {
        AuthIr::SigV4 => quote!(rt::auth::AuthScheme::SigV4),
        AuthIr::Bearer => quote!(rt::auth::AuthScheme::Bearer),
        AuthIr::Basic => quote!(rt::auth::AuthScheme::Basic),
        AuthIr::NoAuth => quote!(rt::auth::AuthScheme::NoAuth),
        AuthIr::ApiKey {
            name,
            query,
            scheme,
        } => {
            let scheme = match scheme {
                Some(s) => quote!(Some(#s)),
                None => quote!(None),
            };
            quote!(rt::auth::AuthScheme::ApiKey { name: #name, query: #query, scheme: #scheme })
        }
    });
    quote!(&[#(#items),*])
}
