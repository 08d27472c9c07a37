//! The server crate: one trait with an async method per operation, and a tower
//! `Service` that routes calls of every protocol the service lists to it.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::{docs, ident};
use crate::lower::{Ir, OperationIr};

/// `lib.rs`.
pub fn lib(ir: &Ir, types_crate: &str) -> TokenStream {
    let traits = super::rt_traits(true);
    let types = format_ident!("{}", types_crate);
    let svc = &ir.service;
    let trait_name = ident(&svc.trait_name);
    let operation = ident(&svc.operation_enum);
    let crate_doc = format!(
        " Server SDK for the {}: implement [`{}`] and serve [`{}`].",
        svc.title, svc.trait_name, svc.server_name
    );
    let trait_doc = docs(&svc.docs);
    let methods = ir.operations.iter().map(trait_method);
    let variants: Vec<_> = ir
        .operations
        .iter()
        .map(|op| format_ident!("{}", op.input_variant()))
        .collect();
    let names = ir.operations.iter().map(|op| op.name.as_str());
    let readonly: Vec<_> = ir
        .operations
        .iter()
        .filter(|op| op.readonly)
        .map(|op| format_ident!("{}", op.input_variant()))
        .collect();
    let is_readonly = if readonly.is_empty() {
        quote! {
            let _ = self;
            false
        }
    } else {
        quote!(matches!(self, #(Self::#readonly)|*))
    };
    let variant_docs = ir
        .operations
        .iter()
        .map(|op| format!(" A call of [`{}::{}`].", svc.trait_name, op.method));
    let server = server(ir, &types);
    let operation_doc = format!(
        " The operations of [`{}`]: what a [`rt::server::Plugin`] is told each request is.",
        svc.server_name
    );
    let (rt_root, rt_all) = super::reexports(ir, quote!(rt), super::RUNTIME_REEXPORTS);
    let (auth_root, auth_all) = super::reexports(
        ir,
        quote!(rt::auth),
        &["AnyOf", "ApiKeyAuth", "BasicAuth", "BearerAuth"],
    );
    quote! {
        #![doc = #crate_doc]
        // The model's deprecated items are used by the generated code itself.
        #![allow(deprecated)]

        use ::codegen_rt as rt;
        #traits
        use rt::server::{http, http_body, tower};
        pub use rt::server::{Authenticate, Config, Context};
        #auth_root
        /// The runtime's types this crate's API names (values, streams, errors),
        /// so that users need not depend on the runtime crate themselves
        /// (at the root unless a type of the model has the name).
        #rt_root
        /// Every runtime type this crate's API names, whatever the model's
        /// own types are called.
        pub mod primitives {
            use ::codegen_rt as rt;
            #rt_all
            #auth_all
        }
        use #types::error::*;
        use #types::model::*;
        pub use #types;

        #trait_doc
        ///
        /// Every method has a default that answers `NotImplementedException`
        /// (HTTP 501); implement the operations your service supports.
        pub trait #trait_name: rt::Send + rt::Sync + 'static {
            #(#methods)*
        }

        #[doc = #operation_doc]
        // Variants are the model's operation names, whatever they end with.
        #[allow(clippy::enum_variant_names)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #operation {
            #(#[doc = #variant_docs] #variants,)*
        }

        impl #operation {
            /// Every operation, in the model's order.
            pub const ALL: &'static [Self] = &[#(Self::#variants),*];

            /// The operation's name in the model.
            pub fn name(self) -> &'static str {
                match self {
                    #(Self::#variants => #names,)*
                }
            }

            /// Whether the model marks the operation `@readonly`: it changes nothing.
            pub fn is_readonly(self) -> bool {
                #is_readonly
            }
        }

        #server
    }
}

/// The server: routing, dispatch to the trait, and its `tower::Service`.
fn server(ir: &Ir, types: &Ident) -> TokenStream {
    let svc = &ir.service;
    let trait_name = ident(&svc.trait_name);
    let server = ident(&svc.server_name);
    let operation = ident(&svc.operation_enum);
    let service_name = &svc.shape_name;
    let protocols = svc.protocols.iter().map(|p| super::protocol(*p));
    let variants: Vec<_> = ir
        .operations
        .iter()
        .map(|op| format_ident!("{}", op.input_variant()))
        .collect();
    let arms = ir
        .operations
        .iter()
        .zip(&variants)
        .map(|(op, v)| dispatch_arm(op, &operation, v));
    let statics = ir.operations.iter().map(|op| {
        let s = ident(&op.binding.static_name);
        quote!(#types::http::#s)
    });
    // Operations a caller may call without an identity (`noAuth` among
    // their schemes: `@optionalAuth`, `@auth([])`).
    let anonymous: Vec<&str> = ir
        .operations
        .iter()
        .filter(|o| o.auth.contains(&crate::lower::AuthIr::NoAuth))
        .map(|o| o.name.as_str())
        .collect();
    let anonymous = (!anonymous.is_empty()).then(|| quote!(.anonymous(&[#(#anonymous),*])));
    let make_routes = quote! {
        rt::server::Routes::new(
            #service_name,
            &[#(#protocols),*],
            &[#((&#statics, #operation::#variants)),*],
        )
        #anonymous
    };
    let handle = quote! {
        /// Handles one request: read, authenticate, route, decode, validate,
        /// call the handler, encode, respond; then, when the answer left
        /// some of the request's body unread, keeps the connection usable
        /// for the client's next request (`rt::server::settle`).
        pub async fn handle<B>(&self, req: http::Request<B>) -> http::Response<rt::server::ResponseBody>
        where
            B: http_body::Body + rt::Send + 'static,
            B::Data: rt::Send,
            B::Error: rt::Into<rt::server::BoxError>,
        {
            let (req, tail) = rt::server::watch_body(req);
            let response = self.answer(req).await;
            rt::server::settle(tail, response).await
        }

        async fn answer<B>(&self, req: http::Request<B>) -> http::Response<rt::server::ResponseBody>
        where
            B: http_body::Body + rt::Send + 'static,
            B::Data: rt::Send,
            B::Error: rt::Into<rt::server::BoxError>,
        {
            let accepted = match rt::server::accept(&self.routes, &self.config, req).await {
                Ok(a) => a,
                Err(response) => return response,
            };
            let (op, input, mut stream, mut cx, call) = accepted.into_parts();
            let handler = &*self.handler;
            let result = match self.plugins.before(op, &mut cx).await {
                Err(e) => Err(e),
                Ok(()) => match op {
                    #(#arms)*
                },
            };
            let mut response = rt::server::respond(&call, result, #types::http::ERROR_HEADERS);
            self.plugins.after(op, &call, &mut response);
            response
        }
    };
    let names: Vec<String> = svc
        .protocols
        .iter()
        .map(|p| format!("`{}`", p.shape_id()))
        .collect();
    let server_doc = format!(
        " The [`{}`] as a tower `Service` over HTTP, answering {}: routes each request to its operation, validates input, answers errors as the protocol's clients expect.",
        svc.trait_name,
        names.join(", ")
    );
    let routes_ty = quote!(rt::server::Routes<#operation>);
    let tower = tower_service(ir);
    quote! {
        #[doc = #server_doc]
        ///
        /// `P` are the [plugins](rt::server::Plugin) added with [`Self::plugin`].
        pub struct #server<S, P = ()> {
            handler: rt::Arc<S>,
            routes: rt::Arc<#routes_ty>,
            config: rt::Arc<Config>,
            plugins: rt::Arc<P>,
        }

        impl<S: #trait_name> #server<S> {
            /// Serves `handler` with the default [`Config`].
            pub fn new(handler: S) -> Self {
                Self::with_config(handler, Config::default())
            }

            /// Serves `handler` with `config`.
            pub fn with_config(handler: S, config: Config) -> Self {
                let routes = #make_routes;
                Self {
                    handler: rt::Arc::new(handler),
                    routes: rt::Arc::new(routes),
                    config: rt::Arc::new(config),
                    plugins: rt::Arc::new(()),
                }
            }
        }

        impl<S: #trait_name, P: rt::server::Plugin<#operation>> #server<S, P> {
            /// Adds `plugin` for every operation (or, with
            /// [`only`](rt::server::Plugin::only), some): it runs inside those
            /// added before it.
            pub fn plugin<Q: rt::server::Plugin<#operation>>(self, plugin: Q) -> #server<S, (P, Q)>
            where
                P: rt::Clone,
            {
                #server {
                    handler: self.handler,
                    routes: self.routes,
                    config: self.config,
                    plugins: rt::Arc::new((rt::Arc::unwrap_or_clone(self.plugins), plugin)),
                }
            }

            /// The handler.
            pub fn handler(&self) -> &rt::Arc<S> {
                &self.handler
            }

            #handle
        }

        #tower
    }
}

/// `Clone` and `tower::Service` for the server.
fn tower_service(ir: &Ir) -> TokenStream {
    let trait_name = ident(&ir.service.trait_name);
    let server = ident(&ir.service.server_name);
    let body_error = quote!(B::Error: rt::Into<rt::server::BoxError>,);
    let operation = ident(&ir.service.operation_enum);
    quote! {
        impl<S, P> rt::Clone for #server<S, P> {
            fn clone(&self) -> Self {
                Self {
                    handler: rt::Arc::clone(&self.handler),
                    routes: rt::Arc::clone(&self.routes),
                    config: rt::Arc::clone(&self.config),
                    plugins: rt::Arc::clone(&self.plugins),
                }
            }
        }

        impl<S, P, B> tower::Service<http::Request<B>> for #server<S, P>
        where
            S: #trait_name,
            P: rt::server::Plugin<#operation>,
            B: http_body::Body + rt::Send + 'static,
            B::Data: rt::Send,
            #body_error
        {
            type Response = http::Response<rt::server::ResponseBody>;
            type Error = rt::Infallible;
            type Future = rt::Pin<rt::Box<dyn rt::Future<Output = rt::Result<Self::Response, rt::Infallible>> + rt::Send>>;

            fn poll_ready(&mut self, _: &mut ::std::task::Context<'_>) -> rt::Poll<rt::Result<(), rt::Infallible>> {
                rt::Poll::Ready(Ok(()))
            }

            fn call(&mut self, req: http::Request<B>) -> Self::Future {
                let this = self.clone();
                rt::Box::pin(async move { Ok(this.handle(req).await) })
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
    let input = ident(&op.input.name);
    let output = ident(&op.output.name);
    let error = ident(&op.error_enum);
    let name = &op.name;
    quote! {
        #d
        fn #m(
            &self,
            input: #input,
            cx: Context,
        ) -> impl rt::Future<Output = rt::Result<#output, #error>> + rt::Send {
            let _ = (input, cx);
            async { Err(rt::server::not_implemented(#name)) }
        }
    }
}

/// The `handle` match arm that parses, calls and answers operation `op`.
fn dispatch_arm(op: &OperationIr, operation: &Ident, v: &Ident) -> TokenStream {
    let m = ident(&op.method);
    if op.event_stream {
        let name = &op.name;
        let error = ident(&op.error_enum);
        return quote! {
            #operation::#v => {
                let _ = (&input, &mut stream, cx);
                Err(rt::server::event_stream_unsupported::<#error>(#name).to_wire())
            }
        };
    }
    quote! {
        #operation::#v => rt::server::invoke(&call, &input, stream.take(), |input| handler.#m(input, cx)).await,
    }
}
