//! The types crate's `http` module: each operation's binding as data
//! (`rt::binding::HttpOp`: how it is routed and where each member travels,
//! for every protocol) that the server and the client both read, and the
//! `Streaming` impls of operation inputs and outputs.

use proc_macro2::TokenStream;
use quote::quote;

use super::ident;
use crate::lower::{
    BindingIr, Ir, LocIr, MessageIr, PayloadKindIr, ScalarIr, StructIr, TsFormat, TypeRef,
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

/// `impl rt::Streaming` for an operation's input or output.
fn streaming(s: &StructIr, stream_field: Option<&String>) -> TokenStream {
    let name = ident(&s.name);
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
                impls.push(streaming(ir.structure(r), m.stream_field.as_ref()));
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
