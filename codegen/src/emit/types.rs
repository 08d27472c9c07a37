//! The shared types crate: structures, unions, enums, errors, their builders and
//! their JSON codecs. Both the server and the client crate build on it.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::{checks, de, default_expr, docs, ident, ser_view, ty, unwrap_default};
use crate::lower::{
    Checks, CollectionIr, CollectionKind, EnumIr, EnumLit, Ir, MemberIr, OperationIr, Presence,
    StructIr, Ty, TypeRef, UnionIr,
};

const REDACTED: &str = "*** Sensitive Data Redacted ***";

/// `lib.rs`.
pub fn lib(ir: &Ir) -> TokenStream {
    let mut lines = vec![format!(
        "Shared types of the {} API: operation inputs and outputs, data types, errors and their JSON forms.",
        ir.service.title
    )];
    if !ir.service.docs.is_empty() {
        lines.push(String::new());
        lines.extend(ir.service.docs.iter().cloned());
    }
    let d = lines.iter().map(|l| {
        let l = if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        };
        quote!(#![doc = #l])
    });
    let http = quote!(
        pub mod http;
    );
    let xml = (!ir.xml.is_empty()).then(|| {
        quote!(
            pub mod xml;
        )
    });
    quote! {
        #(#d)*
        // The model's deprecated items are used by the generated code itself;
        // users of them still get the warning.
        #![allow(deprecated)]

        pub mod error;
        #http
        pub mod model;
        #xml
        mod json;
    }
}

/// `model.rs`: every non-error structure, union and enum.
pub fn model(ir: &Ir) -> (TokenStream, String) {
    let traits = super::rt_traits(false);
    let structs = ir
        .structs
        .iter()
        .filter(|s| s.error.is_none())
        .map(structure);
    let unions = ir.unions.iter().map(union);
    let enums: String = ir.enums.iter().map(enumeration).collect();
    let tokens = quote! {
        //! Data types: operation inputs and outputs, structures, unions and enums.

        #[allow(unused_imports)]
        use crate::error::*;
        // Unused when every type is an enum (macro invocations name what they
        // use by path).
        #[allow(unused_imports)]
        use ::codegen_rt as rt;
        #traits

        #(#structs)*
        #(#unions)*
    };
    (tokens, enums)
}

/// `error.rs`: error structures and one error enum per operation.
pub fn errors(ir: &Ir) -> (TokenStream, String) {
    let traits = super::rt_traits(false);
    let structs = ir
        .structs
        .iter()
        .filter(|s| s.error.is_some())
        .map(|s| structure_in(ir, s));
    let enums: String = ir.operations.iter().map(op_error).collect();
    let tokens = quote! {
        //! Errors: the modeled error structures, and per operation an enum of
        //! the errors it can return.

        #[allow(unused_imports)]
        use crate::model::*;
        // Unused when the model has no error structures (the enums below are
        // macro invocations naming what they use by path).
        #[allow(unused_imports)]
        use ::codegen_rt as rt;
        #traits

        #(#structs)*
    };
    (tokens, enums)
}

/// `json.rs`: the JSON codecs of structures, unions, lists and maps, and the
/// model's patterns.
pub fn json(ir: &Ir) -> TokenStream {
    let traits = super::rt_traits(false);
    let structs = ir.structs.iter().map(structure_codec);
    let unions = ir.unions.iter().map(union_codec);
    let collections = ir.collections.iter().map(collection);
    let validation = super::validate::impls(ir);
    let patterns = ir.patterns.iter().enumerate().map(|(i, p)| {
        let name = format_ident!("PATTERN_{}", i);
        let (source, regex) = (&p.source, &p.translated.regex);
        let engine = match p.translated.engine {
            codegen_rt::pattern::Engine::Lite => quote!(Lite),
            codegen_rt::pattern::Engine::Linear => quote!(Linear),
            codegen_rt::pattern::Engine::Backtracking => quote!(Backtracking),
        };
        // The model's pattern is what violation messages quote; the
        // translation (see `lower::pattern`) is what runs.
        let doc = if source == regex {
            quote!()
        } else {
            let d = format!(" Runs as `{regex}`.");
            quote!(#[doc = #d])
        };
        quote! {
            #doc
            pub(crate) static #name: rt::LazyLock<rt::Pattern> = rt::LazyLock::new(|| {
                rt::Pattern::compiled(#source, #regex, rt::PatternEngine::#engine)
            });
        }
    });
    quote! {
        //! JSON codecs: structures, unions, lists and maps; the model's patterns.

        #[allow(unused_imports)]
        use crate::error::*;
        #[allow(unused_imports)]
        use crate::model::*;
        use ::codegen_rt as rt;
        #traits

        #(#structs)*
        #(#unions)*
        #(#collections)*
        #validation
        #(#patterns)*
    }
}

fn field_ty(m: &MemberIr) -> TokenStream {
    let t = ty(&m.ty);
    match m.presence {
        Presence::Optional => quote!(rt::Option<#t>),
        _ => t,
    }
}

fn debug_impl(
    name: &proc_macro2::Ident,
    fields: &[(String, bool, TokenStream)],
    all_sensitive: bool,
) -> TokenStream {
    let name_str = name.to_string();
    let entries = fields.iter().map(|(wire, sensitive, field)| {
        if *sensitive || all_sensitive {
            quote!(.field(#wire, &#REDACTED))
        } else {
            quote!(.field(#wire, &self.#field))
        }
    });
    quote! {
        impl ::std::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(#name_str)#(#entries)*.finish()
            }
        }
    }
}

fn structure(s: &StructIr) -> TokenStream {
    structure_with(s, None)
}

/// An error structure (which may need other structures for its validation
/// constructor).
fn structure_in(ir: &Ir, s: &StructIr) -> TokenStream {
    structure_with(s, Some(ir))
}

fn structure_with(s: &StructIr, ir: Option<&Ir>) -> TokenStream {
    let name = ident(&s.name);
    let builder = ident(&s.builder);
    let doc = docs(&s.docs);
    let dep = s.deprecated.iter();
    let doc = quote!(#doc #(#[deprecated(note = #dep)])*);
    let derive_debug = derive_debug(s);
    let fields = s.members.iter().map(|m| {
        let d = docs(&m.docs);
        let f = ident(&m.field);
        let t = field_ty(m);
        let dep = m.deprecated.iter();
        quote!(#d #(#[deprecated(note = #dep)])* pub #f: #t,)
    });
    let builder_struct = builder_struct(s);
    let debug = if derive_debug.is_empty() {
        let list: Vec<_> = s
            .members
            .iter()
            .map(|m| {
                let f = ident(&m.field);
                (m.wire.clone(), m.sensitive, quote!(#f))
            })
            .collect();
        let a = debug_impl(&name, &list, s.sensitive);
        let b = debug_impl(&builder, &list, s.sensitive);
        quote!(#a #b)
    } else {
        quote!()
    };
    let error_impls = error_impls(s, ir);
    let accessors = accessors(s);
    let (meta_field, meta_impls) = if s.response_meta {
        (
            quote! {
                /// What the response said about itself (the request id a
                /// client received); `Default::default()` when building
                /// this value. It never affects equality.
                pub _meta: rt::ResponseMeta,
            },
            quote! {
                impl rt::RequestId for #name {
                    fn request_id(&self) -> rt::Option<&str> {
                        self._meta.request_id()
                    }
                }

                impl rt::HasResponseMeta for #name {
                    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
                        &mut self._meta
                    }
                }
            },
        )
    } else {
        (quote!(), quote!())
    };
    quote! {
        #doc
        #[derive(Clone, #derive_debug PartialEq)]
        pub struct #name {
            #(#fields)*
            #meta_field
        }

        #meta_impls

        impl #name {
            /// A builder for this structure.
            pub fn builder() -> #builder {
                #builder::default()
            }
        }

        #accessors

        #builder_struct
        #debug
        #error_impls
    }
}

/// Accessors, one per member, named like its field, for code that reads a
/// value without `as_ref()`/`as_deref()` chains: a list reads as a slice
/// (empty when unset), a string as `&str`, numbers and booleans by value,
/// the rest by reference; `Option` where the member is optional. Error
/// structures have none (their `message()` and `code()` come from
/// `ModeledError`), nor have members whose name would hide a method every
/// value has (`clone`, `builder`, `request_id`, ...).
fn accessors(s: &StructIr) -> TokenStream {
    if s.error.is_some() {
        return quote!();
    }
    const TAKEN: &[&str] = &[
        "builder",
        "request_id",
        "clone",
        "clone_from",
        "eq",
        "ne",
        "fmt",
        "hash",
        "to_owned",
        "to_string",
        "into",
        "try_into",
        "from",
        "default",
        "borrow",
        "borrow_mut",
        "as_ref",
        "as_mut",
        "partial_cmp",
        "cmp",
        "type_id",
        "deref",
    ];
    let methods = s.members.iter().filter_map(|m| {
        if m.ty.is_stream() || TAKEN.contains(&crate::naming::bare(&m.field)) {
            return None;
        }
        let f = ident(&m.field);
        let optional = matches!(m.presence, Presence::Optional);
        let by_value = matches!(
            m.ty,
            Ty::Bool | Ty::I8 | Ty::I16 | Ty::I32 | Ty::I64 | Ty::F32 | Ty::F64
        );
        let (ret, body) = match (&m.ty, optional) {
            (Ty::String, false) => (quote!(&str), quote!(&self.#f)),
            (Ty::String, true) => (quote!(rt::Option<&str>), quote!(self.#f.as_deref())),
            (Ty::List { elem, sparse, .. }, _) => {
                let e = super::item_ty(elem, *sparse);
                if optional {
                    (
                        quote!(&[#e]),
                        quote!(self.#f.as_deref().unwrap_or_default()),
                    )
                } else {
                    (quote!(&[#e]), quote!(&self.#f))
                }
            }
            (Ty::Boxed(inner), _) => {
                let t = ty(inner);
                if optional {
                    (quote!(rt::Option<&#t>), quote!(self.#f.as_deref()))
                } else {
                    (quote!(&#t), quote!(&self.#f))
                }
            }
            (t, _) => {
                let t = ty(t);
                match (by_value, optional) {
                    (true, true) => (quote!(rt::Option<#t>), quote!(self.#f)),
                    (true, false) => (quote!(#t), quote!(self.#f)),
                    (false, true) => (quote!(rt::Option<&#t>), quote!(self.#f.as_ref())),
                    (false, false) => (quote!(&#t), quote!(&self.#f)),
                }
            }
        };
        let doc = match (&m.ty, optional) {
            (Ty::List { .. }, true) => format!(" [`{0}`](Self::{0}), empty when unset.", m.field),
            _ => format!(" [`{0}`](Self::{0}).", m.field),
        };
        let dep = m.deprecated.iter();
        Some(quote! {
            #[doc = #doc]
            #(#[deprecated(note = #dep)])*
            pub fn #f(&self) -> #ret {
                #body
            }
        })
    });
    let methods: Vec<TokenStream> = methods.collect();
    if methods.is_empty() {
        return quote!();
    }
    let name = ident(&s.name);
    quote! {
        #[allow(
            clippy::wrong_self_convention,
            clippy::should_implement_trait,
            clippy::len_without_is_empty,
            clippy::iter_not_returning_iterator,
            clippy::new_ret_no_self
        )]
        impl #name {
            #(#methods)*
        }
    }
}

/// The `_meta` field's initializer in a struct expression, where it has one.
fn meta_init(s: &StructIr) -> TokenStream {
    if s.response_meta {
        quote!(_meta: rt::ResponseMeta::default(),)
    } else {
        quote!()
    }
}

/// `Debug,` unless something is sensitive (then `Debug` is written by hand).
fn derive_debug(s: &StructIr) -> TokenStream {
    if s.sensitive || s.members.iter().any(|m| m.sensitive) {
        quote!()
    } else {
        quote!(Debug,)
    }
}

/// A structure's builder: every member optional, setters, `build()`.
fn builder_struct(s: &StructIr) -> TokenStream {
    let name = ident(&s.name);
    let builder = ident(&s.builder);
    let derive_debug = derive_debug(s);
    let builder_fields = s.members.iter().map(|m| {
        let f = ident(&m.field);
        let t = ty(&m.ty);
        let doc = format!(" [`{0}::{1}`]({0}::{1}), if set.", s.name, m.field);
        quote!(#[doc = #doc] pub #f: rt::Option<#t>,)
    });
    let setters = s
        .members
        .iter()
        .map(|m| super::setters(&s.name, &m.field, &m.ty, super::SetterTarget::Field));
    let shape_name = &s.name;
    let build_fields = s.members.iter().map(|m| {
        let f = ident(&m.field);
        let wire = &m.wire;
        match &m.presence {
            Presence::Required => {
                quote!(#f: self.#f.ok_or(rt::BuildError { shape: #shape_name, member: #wire })?,)
            }
            Presence::Default(d) => {
                let e = unwrap_default(&m.ty, d, &quote!(self.#f));
                quote!(#f: #e,)
            }
            Presence::Optional => quote!(#f: self.#f,),
        }
    });
    let builder_doc = format!(" Builds a [`{}`].", s.name);
    let meta = meta_init(s);
    let build_fn = if s.build_can_fail() {
        quote! {
            /// The structure; fails when a required member was not set.
            pub fn build(self) -> rt::Result<#name, rt::BuildError> {
                Ok(#name { #(#build_fields)* #meta })
            }
        }
    } else {
        quote! {
            /// The structure (nothing in it is required).
            pub fn build(self) -> #name {
                #name { #(#build_fields)* #meta }
            }
        }
    };
    quote! {
        #[doc = #builder_doc]
        #[derive(Clone, #derive_debug Default, PartialEq)]
        pub struct #builder {
            #(#builder_fields)*
        }

        impl #builder {
            #(#setters)*

            #build_fn
        }
    }
}

/// `CODE`, `ModeledError`, `Display` and `Error` for an error structure.
fn error_impls(s: &StructIr, ir: Option<&Ir>) -> Option<TokenStream> {
    let e = s.error.as_ref()?;
    let name = ident(&s.name);
    let validation_ctor = validation_constructor(s, ir);
    let code = &e.code;
    let shape_id = &e.shape_id;
    let status = proc_macro2::Literal::u16_unsuffixed(e.status);
    let message = match &e.message {
        Some((f, true)) => {
            let f = ident(f);
            quote!(Some(self.#f.as_str()).filter(|m| !m.is_empty()).or_else(|| self._meta.message()))
        }
        Some((f, false)) => {
            let f = ident(f);
            quote!(self.#f.as_deref().or_else(|| self._meta.message()))
        }
        None => quote!(self._meta.message()),
    };
    let xml = e.xml.as_ref().map(|x| {
        let x = ident(x);
        quote! {
            fn xml(&self) -> rt::Option<&'static rt::codec::xml::Shape> {
                Some(&crate::xml::#x)
            }
            fn xml_description() -> rt::Option<&'static rt::codec::xml::Shape> {
                Some(&crate::xml::#x)
            }
        }
    });
    let query_error = e.query_error.as_ref().map(|q| {
        quote! {
            fn query_error(&self) -> rt::Option<&'static str> {
                Some(#q)
            }
        }
    });
    Some(quote! {
        impl #name {
            /// The error code, as sent on the wire.
            pub const CODE: &'static str = #code;
            #validation_ctor
        }
        impl rt::ModeledError for #name {
            fn code(&self) -> &str {
                self._meta.code().unwrap_or(Self::CODE)
            }
            fn shape_id(&self) -> &'static str {
                #shape_id
            }
            fn status(&self) -> u16 {
                #status
            }
            fn message(&self) -> rt::Option<&str> {
                #message
            }
            fn body(&self) -> rt::JsonValue {
                self.to_json()
            }
            #query_error
            #xml
        }
        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                rt::error::fmt_modeled(self, f)
            }
        }
        impl ::std::error::Error for #name {}
    })
}

/// A structure's JSON codec (`ToJson` for it and, for inputs, its builder;
/// `FromJson`; the `Fallback` lenient parsing needs): in `json.rs`.
fn structure_codec(s: &StructIr) -> TokenStream {
    let name = ident(&s.name);
    let builder = ident(&s.builder);
    let to_json = ser_members(&name, &s.members, false);
    let builder_to_json = if s.is_input {
        ser_members(&builder, &s.members, true)
    } else {
        quote!()
    };
    let meta = meta_init(s);
    let from_json = de_struct(&name, &s.members, &meta);
    let fallback = if s.needs_fallback {
        let fs = s.members.iter().map(|m| {
            let f = ident(&m.field);
            match &m.presence {
                Presence::Required => quote!(#f: rt::Fallback::fallback(),),
                Presence::Default(d) => {
                    let e = default_expr(&m.ty, d);
                    quote!(#f: #e,)
                }
                Presence::Optional => quote!(#f: None,),
            }
        });
        quote! {
            impl rt::Fallback for #name {
                fn fallback() -> Self {
                    Self { #(#fs)* #meta }
                }
            }
        }
    } else {
        quote!()
    };
    quote! {
        #to_json
        #builder_to_json
        #from_json
        #fallback
    }
}

/// Statements writing `members` of `self` to the map serializer `out`
/// (`all_optional`: every field an `Option`, as in a builder). Streams
/// travel outside the JSON form.
pub(super) fn member_entries(members: &[MemberIr], all_optional: bool) -> Vec<TokenStream> {
    members
        .iter()
        .filter(|m| !m.ty.is_stream())
        .map(|m| {
            let f = ident(&m.field);
            let wire = &m.wire;
            if all_optional || m.presence == Presence::Optional {
                let view = ser_view(&m.ty, &quote!(v));
                quote! {
                    if let Some(v) = &self.#f {
                        out.serialize_entry(#wire, &#view)?;
                    }
                }
            } else {
                let view = ser_view(&m.ty, &quote!(&self.#f));
                quote!(out.serialize_entry(#wire, &#view)?;)
            }
        })
        .collect()
}

/// The body of a `write_json`-like method writing `members` as a JSON object.
pub(super) fn write_object(members: &[MemberIr], all_optional: bool) -> TokenStream {
    let entries = member_entries(members, all_optional);
    let out = if entries.is_empty() {
        quote!(out)
    } else {
        quote!(mut out)
    };
    quote! {
        use rt::serde::ser::SerializeMap as _;
        let #out = s.serialize_map(None)?;
        #(#entries)*
        out.end()
    }
}

/// `impl ToJson`: for a structure, or (`all_optional`) for its builder;
/// members written straight to the serializer.
fn ser_members(name: &proc_macro2::Ident, members: &[MemberIr], all_optional: bool) -> TokenStream {
    let body = write_object(members, all_optional);
    quote! {
        impl rt::ToJson for #name {
            fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
                #body
            }
        }
    }
}

fn de_struct(name: &proc_macro2::Ident, members: &[MemberIr], meta: &TokenStream) -> TokenStream {
    // Only streams (or nothing): nothing to read from the JSON form.
    if members.iter().all(|m| m.ty.is_stream()) {
        let streams = members.iter().map(|m| {
            let f = ident(&m.field);
            quote!(#f: rt::Default::default(),)
        });
        return quote! {
            impl rt::FromJson for #name {
                fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, _cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
                    rt::json::object(v, p)?;
                    Ok(Self { #(#streams)* #meta })
                }
            }
        };
    }
    // Each member read in place, in order (`get`, `get_with` take the context).
    let fields = members.iter().map(|m| {
        let f = ident(&m.field);
        if m.ty.is_stream() {
            return quote!(#f: rt::Default::default(),);
        }
        let wire = &m.wire;
        let simple = m.ty.has_trait_codec();
        let read = if m.checks.is_empty() && simple {
            quote!(rt::json::get(obj, #wire, p, cx)?)
        } else {
            let cx = if super::de_uses_cx(&m.ty) || !m.checks.is_empty() {
                quote!(cx)
            } else {
                quote!(_cx)
            };
            let reader = match &m.ty {
                // A list or map codec has exactly the reader's signature.
                Ty::List { func, .. } | Ty::Map { func, .. } if m.checks.is_empty() => {
                    let f = format_ident!("de_{}", func);
                    quote!(crate::json::#f)
                }
                _ if m.checks.is_empty() => {
                    let r = super::de_result(&m.ty, &quote!(v), &quote!(p));
                    quote!(|v, p, #cx| #r)
                }
                // Read with the type's codec, then check; `x` is the value,
                // `v` its JSON, `p` its path.
                _ => {
                    let d = de(&m.ty, &quote!(v), &quote!(p));
                    let c = checks(&m.ty, &m.checks, &quote!(x), &quote!(p));
                    quote!(|v, p, #cx| {
                        let x = #d;
                        #c
                        Ok(x)
                    })
                }
            };
            quote!(rt::json::get_with(obj, #wire, p, cx, #reader)?)
        };
        match &m.presence {
            Presence::Required => quote!(#f: rt::json::required(#read, &p.field(#wire), cx),),
            Presence::Default(d) => {
                let e = unwrap_default(&m.ty, d, &read);
                quote!(#f: #e,)
            }
            Presence::Optional => quote!(#f: #read,),
        }
    });
    quote! {
        impl rt::FromJson for #name {
            fn from_json(v: &rt::JsonValue, p: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
                let obj = rt::json::object(v, p)?;
                Ok(Self { #(#fields)* #meta })
            }
        }
    }
}

fn union(u: &UnionIr) -> TokenStream {
    let name = ident(&u.name);
    let doc = docs(&u.docs);
    let variants = u.variants.iter().map(|v| {
        let d = docs(&v.docs);
        let n = ident(&v.variant);
        let t = ty(&v.ty);
        let dep = v.deprecated.iter();
        if v.ty == Ty::Unit {
            return quote!(#d #(#[deprecated(note = #dep)])* #n,);
        }
        quote!(#d #(#[deprecated(note = #dep)])* #n(#t),)
    });
    let dep = u.deprecated.iter();
    let doc = quote!(#doc #(#[deprecated(note = #dep)])*);
    // Redacted: the whole union when it is sensitive, else the variants whose
    // value is.
    let any_sensitive = u.sensitive || u.variants.iter().any(|v| v.sensitive);
    let debug = if u.sensitive {
        let text = format!("{}({REDACTED})", u.name);
        quote! {
            impl ::std::fmt::Debug for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(#text)
                }
            }
        }
    } else if any_sensitive {
        let arms = u.variants.iter().map(|v| {
            let n = ident(&v.variant);
            let label = &v.variant;
            if v.ty == Ty::Unit {
                quote!(Self::#n => f.write_str(#label),)
            } else if v.sensitive {
                quote!(Self::#n(_) => f.debug_tuple(#label).field(&#REDACTED).finish(),)
            } else {
                quote!(Self::#n(x) => f.debug_tuple(#label).field(x).finish(),)
            }
        });
        quote! {
            impl ::std::fmt::Debug for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    match self {
                        #(#arms)*
                        Self::Unknown(x) => f.debug_tuple("Unknown").field(x).finish(),
                    }
                }
            }
        }
    } else {
        quote!()
    };
    let derive_debug = if any_sensitive {
        quote!()
    } else {
        quote!(Debug,)
    };
    quote! {
        #doc
        // The model decides the variants; one may hold a large structure.
        #[allow(clippy::large_enum_variant)]
        #[derive(Clone, #derive_debug PartialEq)]
        pub enum #name {
            #(#variants)*
            /// A member this version of the model does not know (its name).
            Unknown(rt::String),
        }

        #debug

    }
}

/// A union's JSON codec: in `json.rs`.
fn union_codec(u: &UnionIr) -> TokenStream {
    let name = ident(&u.name);
    let ser_arms = u.variants.iter().map(|v| {
        let n = ident(&v.variant);
        let wire = &v.wire;
        let view = ser_view(&v.ty, &quote!(x));
        if v.ty == Ty::Unit {
            return quote!(Self::#n => out.serialize_entry(#wire, &#view)?,);
        }
        quote!(Self::#n(x) => out.serialize_entry(#wire, &#view)?,)
    });
    let de_arms = u.variants.iter().map(|v| {
        let n = ident(&v.variant);
        let wire = &v.wire;
        let d = de(&v.ty, &quote!(v), &quote!(&p));
        let c = checks(&v.ty, &v.checks, &quote!(x), &quote!(&p));
        if v.ty == Ty::Unit {
            return quote!(#wire => { #d; Self::#n });
        }
        quote!(#wire => { let x = #d; #c Self::#n(x) })
    });
    quote! {
        impl rt::ToJson for #name {
            fn write_json<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
                use rt::serde::ser::SerializeMap as _;
                let mut out = s.serialize_map(Some(1))?;
                match self {
                    #(#ser_arms)*
                    // Nothing to write: validation refuses to send it.
                    Self::Unknown(_) => {}
                }
                out.end()
            }
        }

        impl rt::FromJson for #name {
            fn from_json(v: &rt::JsonValue, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<Self> {
                let obj = rt::json::object(v, path)?;
                let mut set = rt::json::union_members(obj);
                let (name, v) = set
                    .next()
                    .ok_or_else(|| rt::DeError::at(path, "a union must have exactly one member set"))?;
                if set.next().is_some() {
                    return Err(rt::DeError::at(path, "a union must have exactly one member set"));
                }
                let p = path.field(name);
                Ok(match name.as_str() {
                    #(#de_arms)*
                    other => {
                        if cx.is_strict() {
                            return Err(rt::DeError::at(&p, "is not a member of this union"));
                        }
                        Self::Unknown(other.to_owned())
                    }
                })
            }
        }

        impl rt::Fallback for #name {
            fn fallback() -> Self {
                Self::Unknown(rt::String::new())
            }
        }
    }
}

/// `///` lines for `docs` at `indent`.
fn doc_lines(docs: &[String], indent: &str) -> String {
    docs.iter()
        .map(|l| {
            if l.is_empty() {
                format!("{indent}///\n")
            } else {
                format!("{indent}/// {}\n", l.replace('\t', "    "))
            }
        })
        .collect()
}

/// One `string_enum!` / `int_enum!` invocation, laid out by hand (rustfmt
/// leaves macro bodies alone).
fn enumeration(e: &EnumIr) -> String {
    let mac = if e.int { "int_enum" } else { "string_enum" };
    let mut out = format!("\n::codegen_rt::{mac}! {{\n");
    if e.sensitive {
        out.push_str("    sensitive;\n");
    }
    out.push_str(&doc_lines(&e.docs, "    "));
    if let Some(d) = &e.deprecated {
        out.push_str(&format!("    #[deprecated(note = {d:?})]\n"));
    }
    out.push_str(&format!("    pub enum {} {{\n", e.name));
    for v in &e.values {
        out.push_str(&doc_lines(&v.docs, "        "));
        if let Some(d) = &v.deprecated {
            out.push_str(&format!("        #[deprecated(note = {d:?})]\n"));
        }
        let value = match &v.value {
            EnumLit::Str(s) => format!("{s:?}"),
            EnumLit::Int(i) => i.to_string(),
        };
        out.push_str(&format!("        {} = {value},\n", v.variant));
    }
    out.push_str("    }\n");
    let internal: Vec<String> = e
        .values
        .iter()
        .filter(|v| v.internal)
        .map(|v| match &v.value {
            EnumLit::Str(s) => format!("{s:?}"),
            EnumLit::Int(i) => i.to_string(),
        })
        .collect();
    if !internal.is_empty() {
        out.push_str(&format!("    internal = [{}];\n", internal.join(", ")));
    }
    out.push_str("}\n");
    out
}

fn collection(c: &CollectionIr) -> TokenStream {
    let ser_fn = format_ident!("ser_{}", c.func);
    let de_fn = format_ident!("de_{}", c.func);
    match &c.kind {
        CollectionKind::List {
            elem,
            checks: ch,
            sparse,
        } => list_codec(&ser_fn, &de_fn, elem, ch, *sparse),
        CollectionKind::Map {
            key_checks,
            key_enum,
            value,
            checks: ch,
            sparse,
        } => map_codec(
            &ser_fn,
            &de_fn,
            (key_checks, key_enum.as_ref()),
            value,
            ch,
            *sparse,
        ),
    }
}

/// A list's `ser_`/`de_` functions.
fn list_codec(ser_fn: &Ident, de_fn: &Ident, elem: &Ty, ch: &Checks, sparse: bool) -> TokenStream {
    let t = ty(elem);
    let view = ser_view(elem, &quote!(x));
    let d = de(elem, &quote!(v), &quote!(p));
    let c = checks(elem, ch, &quote!(x), &quote!(p));
    let cx = if super::de_uses_cx(elem) || !ch.is_empty() {
        quote!(cx)
    } else {
        quote!(_cx)
    };
    let (write, de_rt, item) = if sparse {
        (
            quote! {
                match x {
                    Some(x) => out.serialize_element(&#view)?,
                    None => out.serialize_element(&rt::json::Null)?,
                }
            },
            quote!(sparse_list),
            quote!(rt::Option<#t>),
        )
    } else {
        (
            quote!(out.serialize_element(&#view)?;),
            quote!(list),
            quote!(#t),
        )
    };
    quote! {
        /// Writes the list (a `serde::Serialize` view of it).
        #[allow(non_camel_case_types)]
        struct #ser_fn<'a>(&'a [#item]);

        impl rt::serde::Serialize for #ser_fn<'_> {
            fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
                use rt::serde::ser::SerializeSeq as _;
                let mut out = s.serialize_seq(Some(self.0.len()))?;
                for x in self.0 {
                    #write
                }
                out.end()
            }
        }

        pub(crate) fn #de_fn(v: &rt::JsonValue, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<rt::Vec<#item>> {
            rt::json::#de_rt(v, path, cx, |v, p, #cx| {
                let x = #d;
                #c
                Ok(x)
            })
        }
    }
}

/// A map's `ser_`/`de_` functions.
fn map_codec(
    ser_fn: &Ident,
    de_fn: &Ident,
    (key_checks, key_enum): (&Checks, Option<&TypeRef>),
    value: &Ty,
    ch: &Checks,
    sparse: bool,
) -> TokenStream {
    let t = ty(value);
    let view = ser_view(value, &quote!(x));
    let d = de(value, &quote!(v), &quote!(p));
    let c = checks(value, ch, &quote!(x), &quote!(p));
    let kc = super::key_checks(key_checks, key_enum, &quote!(k));
    let key_used = !key_checks.is_empty() || key_enum.is_some();
    let cx = if super::de_uses_cx(value) || !ch.is_empty() || key_used {
        quote!(cx)
    } else {
        quote!(_cx)
    };
    let k = if !key_used { quote!(_) } else { quote!(k) };
    let (write, de_rt, item) = if sparse {
        (
            quote! {
                match x {
                    Some(x) => out.serialize_entry(k, &#view)?,
                    None => out.serialize_entry(k, &rt::json::Null)?,
                }
            },
            quote!(sparse_map),
            quote!(rt::Option<#t>),
        )
    } else {
        (
            quote!(out.serialize_entry(k, &#view)?;),
            quote!(map),
            quote!(#t),
        )
    };
    quote! {
        /// Writes the map (a `serde::Serialize` view of it).
        #[allow(non_camel_case_types)]
        struct #ser_fn<'a>(&'a rt::BTreeMap<rt::String, #item>);

        impl rt::serde::Serialize for #ser_fn<'_> {
            fn serialize<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
                use rt::serde::ser::SerializeMap as _;
                let mut out = s.serialize_map(Some(self.0.len()))?;
                for (k, x) in self.0 {
                    #write
                }
                out.end()
            }
        }

        pub(crate) fn #de_fn(v: &rt::JsonValue, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<rt::BTreeMap<rt::String, #item>> {
            rt::json::#de_rt(v, path, cx, |#k, v, p, #cx| {
                #kc
                let x = #d;
                #c
                Ok(x)
            })
        }
    }
}

/// One `operation_error!` invocation, laid out by hand: rustfmt leaves the
/// bodies of brace macros as they are, and `prettyplease` would run them
/// together on a few long lines.
fn op_error(op: &OperationIr) -> String {
    // `Variant(Type)` where the variant is not named like its type.
    let variant = |e: &crate::lower::OpErrorIr| {
        if e.variant == e.ty.name {
            e.variant.clone()
        } else {
            format!("{}({})", e.variant, e.ty.name)
        }
    };
    let mut out = String::from("\n::codegen_rt::operation_error! {\n");
    out.push_str(&format!("    /// The errors `{}` can return.\n", op.name));
    out.push_str(&format!("    pub enum {} {{\n", op.error_enum));
    for e in &op.errors {
        for line in e.docs.iter().take_while(|l| !l.is_empty()) {
            out.push_str(&format!("        /// {line}\n"));
        }
        out.push_str(&format!("        {} = {:?},\n", variant(e), e.code));
    }
    out.push_str("    }\n");
    let validation = op
        .validation
        .map_or_else(|| "unmodeled".to_owned(), |i| variant(&op.errors[i]));
    out.push_str(&format!("    validation = {validation};\n}}\n"));
    out
}

/// The `smithy.framework#ValidationException` shape, whose `fieldList`
/// lists each violation's path and message.
const FRAMEWORK_VALIDATION: &str = "smithy.framework#ValidationException";

/// For `smithy.framework#ValidationException`: its `fieldList` member with
/// the element structure (members `path` and `message`).
fn field_list<'a>(ir: &'a Ir, s: &'a StructIr) -> Option<(&'a MemberIr, &'a StructIr)> {
    let m = s.members.iter().find(|m| m.wire == "fieldList")?;
    let Ty::List { elem, .. } = &m.ty else {
        return None;
    };
    let Ty::Struct(r) = elem.as_ref() else {
        return None;
    };
    let field = ir.structure(r);
    let has = |w: &str| {
        field
            .members
            .iter()
            .any(|m| m.wire == w && m.ty == Ty::String)
    };
    (has("path") && has("message")).then_some((m, field))
}

/// `validation_error(violations)` on an error that constraint violations
/// become: the message in its message member (and for
/// `smithy.framework#ValidationException`, each violation in `fieldList`),
/// every other member empty or default.
fn validation_constructor(s: &StructIr, ir: Option<&Ir>) -> TokenStream {
    if !s.validation_error {
        return quote!();
    }
    let framework = s
        .error
        .as_ref()
        .filter(|e| e.shape_id == FRAMEWORK_VALIDATION)
        .and(ir)
        .and_then(|ir| field_list(ir, s));
    let fields = s.members.iter().map(|m| {
        let f = ident(&m.field);
        let is_msg = matches!(m.wire.as_str(), "message" | "Message");
        if let Some((list, elem)) = framework.filter(|(l, _)| l.field == m.field) {
            let elem_name = ident(&elem.name);
            let elem_fields = elem.members.iter().map(|em| {
                let ef = ident(&em.field);
                let value = match em.wire.as_str() {
                    "path" => quote!(v.pointer.clone()),
                    _ => quote!(v.smithy_message()),
                };
                match (em.wire.as_str(), &em.presence) {
                    ("path" | "message", Presence::Optional) => quote!(#ef: Some(#value),),
                    ("path" | "message", _) => quote!(#ef: #value,),
                    (_, Presence::Default(d)) => {
                        let e = default_expr(&em.ty, d);
                        quote!(#ef: #e,)
                    }
                    _ => quote!(#ef: None,),
                }
            });
            let items =
                quote!(violations.list.iter().map(|v| #elem_name { #(#elem_fields)* }).collect());
            return match list.presence {
                Presence::Optional => quote!(#f: Some(#items),),
                _ => quote!(#f: #items,),
            };
        }
        match (&m.presence, is_msg) {
            (Presence::Optional, true) => quote!(#f: Some(message),),
            (_, true) if m.field == "message" => quote!(message,),
            (_, true) => quote!(#f: message,),
            (Presence::Default(d), false) => {
                let e = default_expr(&m.ty, d);
                quote!(#f: #e,)
            }
            _ => quote!(#f: None,),
        }
    });
    let meta = meta_init(s);
    let message = if framework.is_some() {
        quote!(violations.smithy_message())
    } else {
        quote!(violations.to_string())
    };
    quote! {
        /// The error for constraint violations: its message lists them.
        pub fn validation_error(violations: &rt::json::Violations) -> Self {
            let message = #message;
            Self { #(#fields)* #meta }
        }
    }
}
