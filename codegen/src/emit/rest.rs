//! restJson1: the types crate's `http` module, where each operation's
//! bindings are data (`rt::rest::HttpOp`) that the server and the client
//! both read, and the `Streaming` impls of operation inputs and outputs.

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

fn scalar(s: ScalarIr) -> TokenStream {
    match s {
        ScalarIr::String => quote!(rt::rest::Scalar::String),
        ScalarIr::MediaString => quote!(rt::rest::Scalar::MediaString),
        ScalarIr::Bool => quote!(rt::rest::Scalar::Bool),
        ScalarIr::Integer => quote!(rt::rest::Scalar::Integer),
        ScalarIr::Float => quote!(rt::rest::Scalar::Float),
        ScalarIr::Blob => quote!(rt::rest::Scalar::Blob),
        ScalarIr::Big => quote!(rt::rest::Scalar::Big),
        ScalarIr::Timestamp { text, json } => {
            let (t, j) = (ts(text), ts(json));
            quote!(rt::rest::Scalar::Timestamp { text: #t, json: #j })
        }
    }
}

fn binding(b: &BindingIr) -> TokenStream {
    let key = &b.key;
    let loc = match &b.loc {
        LocIr::Label(n) => quote!(rt::rest::Loc::Label(#n)),
        LocIr::Query(n) => quote!(rt::rest::Loc::Query(#n)),
        LocIr::QueryParams => quote!(rt::rest::Loc::QueryParams),
        LocIr::Header(n) => quote!(rt::rest::Loc::Header(#n)),
        LocIr::PrefixHeaders(p) => quote!(rt::rest::Loc::PrefixHeaders(#p)),
        LocIr::ResponseCode => quote!(rt::rest::Loc::ResponseCode),
    };
    let (s, list) = (scalar(b.scalar), b.list);
    quote!(rt::rest::Binding { key: #key, loc: #loc, scalar: #s, list: #list })
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
            quote!(Some(rt::rest::Payload { key: #key, kind: rt::rest::PayloadKind::#kind, media_type: #media }))
        }
    };
    let (body, empty) = (m.body, m.empty_structure);
    quote!(rt::rest::Message {
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
        let Some(h) = &op.http else { continue };
        let n = ident(&h.static_name);
        let (name, method, uri, code) = (&op.name, &h.method, &h.uri, h.code);
        let (input, output) = (message(&h.input), message(&h.output));
        let doc = format!(" `{name}`: `{method} {uri}`.");
        statics.push(quote! {
            #[doc = #doc]
            pub static #n: rt::rest::HttpOp = rt::rest::HttpOp {
                name: #name,
                method: #method,
                uri: #uri,
                code: #code,
                input: #input,
                output: #output,
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
        //! restJson1 bindings: where each operation's members travel, as data
        //! the server and the client read.

        #[allow(unused_imports)]
        use crate::error::*;
        #[allow(unused_imports)]
        use crate::model::*;
        use ::codegen_rt as rt;

        #(#statics)*

        /// The members each error sends in headers, by error code.
        pub const ERROR_HEADERS: &[(&str, &[rt::rest::Binding])] = &[#(#errors),*];

        #(#impls)*
    }
}
