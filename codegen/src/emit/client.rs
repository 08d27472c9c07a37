//! The client crate: `Client::new(config)` and a fluent builder per operation.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{docs, ident};
use crate::lower::{Ir, Protocol};

/// `lib.rs`.
pub fn lib(ir: &Ir, types_crate: &str, crate_name: &str) -> TokenStream {
    let types = format_ident!("{}", types_crate);
    let svc = &ir.service;
    let crate_doc = format!(" Client SDK for the {}.", svc.title);
    let content_type = match svc.protocol {
        Protocol::AwsJson10 => "application/x-amz-json-1.0",
        Protocol::AwsJson11 => "application/x-amz-json-1.1",
    };
    let target = &svc.shape_name;
    let signing = &svc.signing_name;
    let prefix = &svc.endpoint_prefix;
    let ua = format!("{crate_name}/{}", env!("CARGO_PKG_VERSION"));
    let client_doc = docs(&svc.docs);
    let methods = ir.operations.iter().map(|op| {
        let d = docs(&op.docs);
        let m = ident(&op.method);
        let fluent = format_ident!("{}FluentBuilder", op.input_variant());
        let input = ident(&op.input);
        quote! {
            #d
            pub fn #m(&self) -> #fluent {
                #fluent {
                    handle: Arc::clone(&self.handle),
                    input: #input::builder(),
                }
            }
        }
    });
    let builders = ir.operations.iter().map(|op| {
        let fluent = format_ident!("{}FluentBuilder", op.input_variant());
        let input = ident(&op.input);
        let input_builder = format_ident!("{}Builder", op.input);
        let output = ident(&op.output);
        let error = ident(&op.error_enum);
        let name = &op.name;
        let s = ir
            .structs
            .iter()
            .find(|s| s.name == op.input)
            .expect("input is a structure");
        let setters = s.members.iter().map(|m| {
            let f = ident(&m.field);
            let doc = [format!("Sets [`{0}::{1}`]({0}::{1}).", s.name, m.field)];
            super::setter(
                &m.field,
                &m.ty,
                &doc,
                quote!(self.input = self.input.#f(value)),
            )
        });
        let paginator = paginator(ir, op, &fluent, &output, &error);
        let doc =
            format!(" A `{name}` call being prepared: set members, then [`send`](Self::send) it.");
        quote! {
            #[doc = #doc]
            #[derive(Debug, Clone)]
            pub struct #fluent {
                handle: Arc<Handle>,
                input: #input_builder,
            }

            impl #fluent {
                #(#setters)*

                /// Replaces the whole input.
                pub fn input(mut self, input: #input_builder) -> Self {
                    self.input = input;
                    self
                }

                /// The input being built, to set members from `Option`s.
                pub fn input_mut(&mut self) -> &mut #input_builder {
                    &mut self.input
                }

                /// Validates the input (unless switched off), sends the request and
                /// parses the response.
                pub async fn send(self) -> Result<#output, SdkError<#error>> {
                    self.handle
                        .call::<#input, _, _>(#name, self.input.to_json())
                        .await
                }
            }

            #paginator
        }
    });
    quote! {
        #![doc = #crate_doc]

        use std::sync::Arc;

        use codegen_rt::client::{Handle, ServiceInfo};
        pub use codegen_rt::client::{Config, Credentials, SdkError};
        use codegen_rt::prelude::*;
        use #types::error::*;
        use #types::model::*;
        pub use #types;

        const SERVICE: ServiceInfo = ServiceInfo {
            target_prefix: #target,
            signing_name: #signing,
            endpoint_prefix: #prefix,
            content_type: #content_type,
            user_agent: #ua,
        };

        #client_doc
        #[derive(Debug, Clone)]
        pub struct Client {
            handle: Arc<Handle>,
        }

        impl Client {
            /// A client configured by `config`.
            pub fn new(config: Config) -> Self {
                Self {
                    handle: Handle::new(config, SERVICE),
                }
            }

            /// The configuration.
            pub fn config(&self) -> &Config {
                self.handle.config()
            }

            #(#methods)*
        }

        #(#builders)*
    }
}

/// For a `@paginated` operation: `into_paginator()` on its fluent builder, and a
/// paginator that follows the output token page by page.
fn paginator(
    ir: &Ir,
    op: &crate::lower::OperationIr,
    fluent: &proc_macro2::Ident,
    output: &proc_macro2::Ident,
    error: &proc_macro2::Ident,
) -> TokenStream {
    use crate::lower::{Presence, Ty};
    let Some(p) = &op.pagination else {
        return quote!();
    };
    let find = |structure: &str, wire: &str| {
        ir.structs
            .iter()
            .find(|s| s.name == structure)
            .and_then(|s| s.members.iter().find(|m| m.wire == wire))
    };
    // Tokens must be optional strings on both sides; anything else is not paginated here.
    let (Some(in_tok), Some(out_tok)) = (
        find(&op.input, &p.input_token),
        find(&op.output, &p.output_token),
    ) else {
        return quote!();
    };
    if in_tok.ty != Ty::String || out_tok.ty != Ty::String || out_tok.presence != Presence::Optional
    {
        return quote!();
    }
    let pag = format_ident!("{}Paginator", op.input_variant());
    let in_f = ident(&in_tok.field);
    let out_f = ident(&out_tok.field);
    // Builder fields are `Option`s whatever the member's presence.
    let set_token = quote!(call.input.#in_f = Some(token.clone()););
    let items = p
        .items
        .as_deref()
        .and_then(|i| find(&op.output, i))
        .and_then(|m| match &m.ty {
            Ty::List {
                elem,
                sparse: false,
                ..
            } => Some((m, super::ty(elem))),
            _ => None,
        });
    let items_fn = items.map(|(m, elem)| {
        let f = ident(&m.field);
        let take = if m.presence == Presence::Optional {
            quote!(page?.#f.unwrap_or_default())
        } else {
            quote!(page?.#f)
        };
        let doc = format!(" Every `{}` of every page, in order.", m.wire);
        quote! {
            #[doc = #doc]
            pub async fn items(mut self) -> Result<Vec<#elem>, SdkError<#error>> {
                let mut all = Vec::new();
                while let Some(page) = self.next_page().await {
                    all.extend(#take);
                }
                Ok(all)
            }
        }
    });
    let doc = format!(" Pages of `{}`, following `{}`.", op.name, p.output_token);
    quote! {
        impl #fluent {
            /// Sends one request per page, following the continuation token
            /// (use [`send`](Self::send) for one page only).
            pub fn into_paginator(self) -> #pag {
                #pag {
                    call: self,
                    token: None,
                    done: false,
                }
            }
        }

        #[doc = #doc]
        #[derive(Debug)]
        pub struct #pag {
            call: #fluent,
            token: Option<String>,
            done: bool,
        }

        impl #pag {
            /// The next page; `None` after the last one, or after an error.
            pub async fn next_page(&mut self) -> Option<Result<#output, SdkError<#error>>> {
                if self.done {
                    return None;
                }
                let mut call = self.call.clone();
                if let Some(token) = &self.token {
                    #set_token
                }
                let page = call.send().await;
                let next = page.as_ref().ok().and_then(|p| p.#out_f.clone());
                // No token ends the pages; so does a service repeating one.
                self.done = next.is_none() || next == self.token;
                self.token = next;
                Some(page)
            }

            #items_fn
        }
    }
}
