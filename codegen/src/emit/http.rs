//! The types crate's `http` module: each operation's binding as data
//! (`rt::binding::HttpOp`: how it is routed and where each member travels,
//! for every protocol) that the server and the client both read, and the
//! `Streaming` impls of operation inputs and outputs.

use proc_macro2::TokenStream;
use quote::quote;

use super::ident;
use crate::lower::{
    BindingIr, EventHeaderKind, EventIr, EventPayloadIr, Ir, LocIr, MessageIr, PayloadKindIr,
    ScalarIr, StructIr, TsFormat, TypeRef,
};

fn ts(f: TsFormat) -> TokenStream {
    match f {
        TsFormat::EpochSeconds => quote!(rt::TimestampFormat::EpochSeconds),
        TsFormat::DateTime => quote!(rt::TimestampFormat::DateTime),
        TsFormat::HttpDate => quote!(rt::TimestampFormat::HttpDate),
    }
}

pub(super) fn scalar(s: ScalarIr) -> TokenStream {
    match s {
        ScalarIr::String => quote!(rt::binding::Scalar::String),
        ScalarIr::MediaString => quote!(rt::binding::Scalar::MediaString),
        ScalarIr::Bool => quote!(rt::binding::Scalar::Bool),
        ScalarIr::Integer => quote!(rt::binding::Scalar::Integer),
        ScalarIr::Float => quote!(rt::binding::Scalar::Float),
        ScalarIr::Blob => quote!(rt::binding::Scalar::Blob),
        ScalarIr::Big => quote!(rt::binding::Scalar::Big),
        ScalarIr::Timestamp { text, json } => {
            let (t, j) = (ts(text), ts(json));
            quote!(rt::binding::Scalar::Timestamp { text: #t, json: #j })
        }
    }
}

fn binding(b: &BindingIr) -> TokenStream {
    let key = &b.key;
    let loc = match &b.loc {
        LocIr::Label(n) => quote!(rt::binding::Loc::Label(#n)),
        LocIr::Query(n) => quote!(rt::binding::Loc::Query(#n)),
        LocIr::QueryParams => quote!(rt::binding::Loc::QueryParams),
        LocIr::Header(n) => quote!(rt::binding::Loc::Header(#n)),
        LocIr::PrefixHeaders(p) => quote!(rt::binding::Loc::PrefixHeaders(#p)),
        LocIr::ResponseCode => quote!(rt::binding::Loc::ResponseCode),
    };
    let (s, list, required) = (scalar(b.scalar), b.list, b.required);
    quote!(rt::binding::Binding { key: #key, loc: #loc, scalar: #s, list: #list, required: #required })
}

/// Header names are sent lowercase (HTTP/2 requires it; HTTP/1 ignores case).
fn lowercase_headers(bindings: &[BindingIr]) -> Vec<BindingIr> {
    bindings
        .iter()
        .cloned()
        .map(|mut b| {
            b.loc = match b.loc {
                LocIr::Header(n) => LocIr::Header(n.to_ascii_lowercase()),
                LocIr::PrefixHeaders(p) => LocIr::PrefixHeaders(p.to_ascii_lowercase()),
                other => other,
            };
            b
        })
        .collect()
}

fn message(m: &MessageIr) -> TokenStream {
    if m.bindings.is_empty() && m.payload.is_none() && !m.empty_structure {
        return if m.body {
            quote!(rt::binding::Message::BODY)
        } else {
            quote!(rt::binding::Message::EMPTY)
        };
    }
    let bindings = lowercase_headers(&m.bindings);
    let bindings = bindings.iter().map(binding);
    let payload = match &m.payload {
        None => quote!(None),
        Some(p) => {
            let key = &p.key;
            let kind = match p.kind {
                PayloadKindIr::Structure => quote!(Structure),
                PayloadKindIr::Json => quote!(Json),
                PayloadKindIr::Blob => quote!(Blob),
                PayloadKindIr::Stream => quote!(Stream),
                PayloadKindIr::Events => quote!(Events),
                PayloadKindIr::Text => quote!(Text),
            };
            let media = match &p.media_type {
                Some(m) => quote!(Some(#m)),
                None => quote!(None),
            };
            quote!(Some(rt::binding::Payload { key: #key, kind: rt::binding::PayloadKind::#kind, media_type: #media }))
        }
    };
    let (body, empty) = (m.body, m.empty_structure);
    quote!(rt::binding::Message {
        bindings: &[#(#bindings),*],
        payload: #payload,
        body: #body,
        empty_structure: #empty,
    })
}

/// The name of a `@streaming` union's `EventUnion` static.
pub(super) fn events_static(union: &TypeRef) -> proc_macro2::Ident {
    use heck::ToShoutySnakeCase as _;
    quote::format_ident!("EVENTS_{}", union.name.to_shouty_snake_case())
}

/// The `EventUnion` static of a `@streaming` union: how each member travels
/// as an event.
fn event_union(union: &TypeRef, events: &[EventIr]) -> TokenStream {
    let n = events_static(union);
    let doc = format!(" How the events of [`{}`] travel.", union.name);
    let events = events.iter().map(|e| {
        let (name, key, error) = (&e.name, &e.key, e.error);
        let headers = e.headers.iter().map(|h| {
            let (name, key) = (&h.name, &h.key);
            let kind = match h.kind {
                EventHeaderKind::Bool => quote!(Bool),
                EventHeaderKind::Byte => quote!(Byte),
                EventHeaderKind::Short => quote!(Short),
                EventHeaderKind::Integer => quote!(Integer),
                EventHeaderKind::Long => quote!(Long),
                EventHeaderKind::Blob => quote!(Blob),
                EventHeaderKind::String => quote!(String),
                EventHeaderKind::Timestamp(f) => {
                    let f = ts(f);
                    quote!(Timestamp(#f))
                }
            };
            quote!(rt::event_stream::EventHeader { name: #name, key: #key, kind: rt::event_stream::HeaderKind::#kind })
        });
        let payload = match &e.payload {
            EventPayloadIr::Implicit => quote!(Implicit),
            EventPayloadIr::Blob(k) => quote!(Blob(#k)),
            EventPayloadIr::Text(k) => quote!(Text(#k)),
            EventPayloadIr::Structure(k) => quote!(Structure(#k)),
        };
        let xml = match &e.xml {
            Some(x) => {
                let x = quote::format_ident!("{}", x);
                quote!(Some(&crate::xml::#x))
            }
            None => quote!(None),
        };
        quote! {
            rt::event_stream::Event {
                name: #name,
                key: #key,
                error: #error,
                headers: &[#(#headers),*],
                payload: rt::event_stream::EventPayload::#payload,
                xml: #xml,
            }
        }
    });
    quote! {
        #[doc = #doc]
        pub static #n: rt::event_stream::EventUnion = rt::event_stream::EventUnion {
            events: &[#(#events),*],
        };
    }
}

/// `impl rt::Streaming` for an operation's input or output.
fn streaming(s: &StructIr, stream_field: Option<&String>, events: Option<&TypeRef>) -> TokenStream {
    let name = ident(&s.name);
    if let (Some(f), Some(union)) = (stream_field, events) {
        let f = ident(f);
        let st = events_static(union);
        return quote! {
            impl rt::Streaming for #name {
                fn take_events(&mut self, protocol: rt::Protocol) -> rt::Option<rt::ByteStream> {
                    Some(::std::mem::take(&mut self.#f).into_frames(protocol, &#st))
                }
                fn put_events(
                    &mut self,
                    frames: rt::ByteStream,
                    protocol: rt::Protocol,
                    unknown: rt::event_stream::UnknownEvents,
                ) {
                    self.#f = rt::EventStream::from_frames(frames, protocol, &#st, unknown);
                }
            }
        };
    }
    match stream_field {
        None => quote!(impl rt::Streaming for #name {}),
        Some(f) => {
            let f = ident(f);
            quote! {
                impl rt::Streaming for #name {
                    fn take_stream(&mut self) -> rt::Option<rt::ByteStream> {
                        Some(::std::mem::take(&mut self.#f))
                    }
                    fn put_stream(&mut self, stream: rt::ByteStream) {
                        self.#f = stream;
                    }
                }
            }
        }
    }
}

/// `http.rs` of the types crate.
pub fn module(ir: &Ir) -> TokenStream {
    let mut statics = Vec::new();
    let mut impls = Vec::new();
    let mut done: Vec<&TypeRef> = Vec::new();
    for op in &ir.operations {
        let h = &op.binding;
        let n = ident(&h.static_name);
        let (name, method, uri, code) = (&op.name, &h.method, &h.uri, h.code);
        let (input, output) = (message(&h.input), message(&h.output));
        let xml = match &h.xml {
            Some(_) => quote!(Some(&crate::xml::#n)),
            None => quote!(None),
        };
        let doc = if ir.service.rest {
            format!(" `{name}`: `{method} {uri}`.")
        } else {
            format!(" `{name}`: routed by its name, every member in the body.")
        };
        statics.push(quote! {
            #[doc = #doc]
            pub static #n: rt::binding::HttpOp = rt::binding::HttpOp {
                name: #name,
                method: #method,
                uri: #uri,
                code: #code,
                input: #input,
                output: #output,
                xml: #xml,
            };
        });
        for (r, m) in [(&op.input, &h.input), (&op.output, &h.output)] {
            if !done.contains(&r) {
                done.push(r);
                impls.push(streaming(
                    ir.structure(r),
                    m.stream_field.as_ref(),
                    m.events.as_ref(),
                ));
            }
        }
    }
    let errors = ir.structs.iter().filter_map(|s| {
        let e = s.error.as_ref()?;
        if e.headers.is_empty() {
            return None;
        }
        let code = &e.code;
        let bindings = lowercase_headers(&e.headers);
        let bindings = bindings.iter().map(binding);
        Some(quote!((#code, &[#(#bindings),*])))
    });
    let unions = ir.unions.iter().enumerate().filter_map(|(index, u)| {
        let events = u.events.as_ref()?;
        let r = TypeRef {
            index,
            name: u.name.clone(),
        };
        Some(event_union(&r, events))
    });
    statics.extend(unions);
    quote! {
        //! Operation bindings: how each operation is routed and where its
        //! members travel, as data the server and the client read.

        #[allow(unused_imports)]
        use crate::error::*;
        #[allow(unused_imports)]
        use crate::model::*;
        use ::codegen_rt as rt;

        #(#statics)*

        /// The members each error sends in headers, by error code.
        pub const ERROR_HEADERS: &[(&str, &[rt::binding::Binding])] = &[#(#errors),*];

        #(#impls)*
    }
}
