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
