//! The server crate: one trait with an async method per operation, and a tower
//! `Service` that routes awsJson calls to it.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{docs, ident};
use crate::lower::{Ir, OperationIr, Protocol};

/// `lib.rs`.
pub fn lib(ir: &Ir, types_crate: &str) -> TokenStream {
    let types = format_ident!("{}", types_crate);
    let svc = &ir.service;
    let trait_name = ident(&svc.trait_name);
    let server = format_ident!("{}Server", svc.trait_name);
    let protocol = match svc.protocol {
        Protocol::AwsJson10 => quote!(rt::server::Protocol::AwsJson1_0),
        Protocol::AwsJson11 => quote!(rt::server::Protocol::AwsJson1_1),
    };
    let service_name = &svc.shape_name;
    let crate_doc = format!(
        " Server SDK for the {}: implement [`{}`] and serve [`{}`].",
        svc.title, svc.trait_name, server
    );
    let trait_doc = docs(&svc.docs);
    let methods = ir.operations.iter().map(trait_method);
    let variants: Vec<_> = ir
        .operations
        .iter()
        .map(|op| format_ident!("{}", op.input_variant()))
        .collect();
    let names: Vec<&str> = ir.operations.iter().map(|op| op.name.as_str()).collect();
    let arms = ir
        .operations
        .iter()
        .zip(&variants)
        .map(|(op, v)| dispatch_arm(op, v));
    let server_doc = format!(
        " The [`{}`] as a tower `Service` over HTTP: routes on `X-Amz-Target`, validates input, answers errors as awsJson clients expect.",
        svc.trait_name
    );
    quote! {
        #![doc = #crate_doc]
        // The model's deprecated items are used by the generated code itself.
        #![allow(deprecated)]

        use std::convert::Infallible;
        use std::future::Future;
        use std::pin::Pin;
        use std::sync::Arc;
        use std::task::Poll;

        use codegen_rt::prelude::*;
        use codegen_rt::server::{http, http_body, tower, ResponseBody};
        pub use codegen_rt::server::{Config, Context};
        use #types::error::*;
        use #types::model::*;
        pub use #types;

        #trait_doc
        ///
        /// Every method has a default that answers `NotImplementedException`
        /// (HTTP 501); implement the operations your service supports.
        pub trait #trait_name: Send + Sync + 'static {
            #(#methods)*
        }

        // Variants are the model's operation names, whatever they end with.
        #[allow(clippy::enum_variant_names)]
        #[derive(Debug, Clone, Copy)]
        enum Operation {
            #(#variants,)*
        }

        #[doc = #server_doc]
        pub struct #server<S> {
            handler: Arc<S>,
            routes: Arc<rt::server::Routes<Operation>>,
            config: Arc<Config>,
        }

        impl<S> Clone for #server<S> {
            fn clone(&self) -> Self {
                Self {
                    handler: Arc::clone(&self.handler),
                    routes: Arc::clone(&self.routes),
                    config: Arc::clone(&self.config),
                }
            }
        }

        impl<S: #trait_name> #server<S> {
            /// Serves `handler` with the default [`Config`].
            pub fn new(handler: S) -> Self {
                Self::with_config(handler, Config::default())
            }

            /// Serves `handler` with `config`.
            pub fn with_config(handler: S, config: Config) -> Self {
                let routes = rt::server::routes(#service_name, &[#((#names, Operation::#variants)),*]);
                Self {
                    handler: Arc::new(handler),
                    routes: Arc::new(routes),
                    config: Arc::new(config),
                }
            }

            /// The handler.
            pub fn handler(&self) -> &Arc<S> {
                &self.handler
            }

            /// Handles one request.
            pub async fn handle<B>(&self, req: http::Request<B>) -> http::Response<ResponseBody>
            where
                B: http_body::Body,
                B::Error: std::fmt::Display,
            {
                let accepted = match rt::server::accept(&self.routes, #protocol, &self.config, req).await {
                    Ok(a) => a,
                    Err(response) => return response,
                };
                let (op, body, cx, call) = accepted.into_parts();
                let handler = &*self.handler;
                let result = match op {
                    #(#arms)*
                };
                rt::server::respond(&call, #protocol, result)
            }
        }

        impl<S, B> tower::Service<http::Request<B>> for #server<S>
        where
            S: #trait_name,
            B: http_body::Body + Send + 'static,
            B::Data: Send,
            B::Error: std::fmt::Display,
        {
            type Response = http::Response<ResponseBody>;
            type Error = Infallible;
            type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Infallible>> + Send>>;

            fn poll_ready(&mut self, _: &mut std::task::Context<'_>) -> Poll<Result<(), Infallible>> {
                Poll::Ready(Ok(()))
            }

            fn call(&mut self, req: http::Request<B>) -> Self::Future {
                let this = self.clone();
                Box::pin(async move { Ok(this.handle(req).await) })
            }
        }
    }
}

/// The trait method of an operation: a default that answers `NotImplementedException`.
fn trait_method(op: &OperationIr) -> TokenStream {
    let d = docs(&op.docs);
    let d = if op.event_stream {
        quote! {
            #d
            ///
            /// **Event stream**: not supported yet; the server answers
            /// `NotImplementedException` without calling this method.
        }
    } else {
        d
    };
    let m = ident(&op.method);
    let input = ident(&op.input);
    let output = ident(&op.output);
    let error = ident(&op.error_enum);
    let name = &op.name;
    quote! {
        #d
        fn #m(
            &self,
            input: #input,
            cx: Context,
        ) -> impl Future<Output = Result<#output, #error>> + Send {
            let _ = (input, cx);
            async { Err(rt::server::not_implemented(#name)) }
        }
    }
}

/// The `handle` match arm that parses, calls and answers operation `op`.
fn dispatch_arm(op: &OperationIr, v: &proc_macro2::Ident) -> TokenStream {
    let m = ident(&op.method);
    if op.event_stream {
        let name = &op.name;
        let error = ident(&op.error_enum);
        return quote! {
            Operation::#v => {
                let _ = (&body, cx);
                Err(rt::server::event_stream_unsupported::<#error>(#name).to_wire())
            }
        };
    }
    // No output: an empty body, as awsJson servers answer.
    let unit = op.unit_output.then(|| quote!(.map(|_| JsonValue::Null)));
    quote! {
        Operation::#v => rt::server::invoke(&body, |input| handler.#m(input, cx)).await #unit,
    }
}
