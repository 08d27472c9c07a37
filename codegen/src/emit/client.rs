//! The client crate: `Client::new(config)` and a fluent builder per operation.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::{docs, ident};
use std::collections::BTreeSet;

use heck::ToShoutySnakeCase;

use crate::lower::{EndpointParamIr, Ir, MatcherIr, OperationIr, Ty, TypeKind, TypeRef, WaiterIr};

/// `lib.rs`.
pub fn lib(ir: &Ir, types_crate: &str, crate_name: &str) -> TokenStream {
    let traits = super::rt_traits(false);
    let types = format_ident!("{}", types_crate);
    let crate_doc = format!(" Client SDK for the {}.", ir.service.title);
    let client_doc = docs(&ir.service.docs);
    let service = service_info(ir, crate_name, &types);
    let methods = ir.operations.iter().map(client_method);
    let waiters = ir
        .operations
        .iter()
        .flat_map(|op| op.waiters.iter().map(move |w| waiter_method(ir, op, w)));
    let json = json_entry_points(ir, &types);
    let endpoint_tests = endpoint_tests(ir);
    let builders = ir
        .operations
        .iter()
        .map(|op| fluent_builder(ir, op, &types));
    let (rt_root, rt_all) = super::reexports(ir, quote!(rt), super::RUNTIME_REEXPORTS);
    let (auth_root, auth_all) = super::reexports(
        ir,
        quote!(rt::auth),
        &["EnvToken", "ProvideToken", "StaticToken"],
    );
    let presigns = ir
        .service
        .customizations
        .iter()
        .any(|c| matches!(c, crate::lower::CustomizationIr::Presign(_)));
    let mut client_types = vec!["AssumeRoleProvider", "AssumeRoleError"];
    if presigns {
        client_types.extend([
            "PresigningConfig",
            "PresignedRequest",
            "PresigningConfigError",
        ]);
    }
    let (creds_root, creds_all) = super::reexports(ir, quote!(rt::client), &client_types);
    quote! {
        #![doc = #crate_doc]
        // The model's deprecated items are used by the generated code itself.
        #![allow(deprecated)]

        use ::codegen_rt as rt;
        #traits
        pub use rt::client::{Config, Credentials, SdkError};
        #auth_root
        #creds_root
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
            #creds_all
        }
        use #types::error::*;
        use #types::model::*;
        pub use #types;

        pub mod schema;

        /// The traits a caller wants in scope (`request_id()` on outputs and
        /// errors): `use this_crate::prelude::*;`.
        pub mod prelude {
            pub use ::codegen_rt::RequestId;
        }

        #service

        #client_doc
        #[derive(Debug, Clone)]
        pub struct Client {
            handle: rt::Arc<rt::client::Handle>,
        }

        impl Client {
            /// A client configured by `config`.
            pub fn new(config: Config) -> Self {
                Self {
                    handle: rt::client::Handle::new(config, SERVICE),
                }
            }

            /// The configuration.
            pub fn config(&self) -> &Config {
                self.handle.config()
            }

            #(#methods)*

            #(#waiters)*
        }

        #json

        #(#builders)*

        #endpoint_tests
    }
}

/// The model's `smithy.rules#endpointTests` cases as a unit test of this
/// client's endpoint resolution.
fn endpoint_tests(ir: &Ir) -> TokenStream {
    let Some(e) = &ir.service.endpoint else {
        return TokenStream::new();
    };
    if e.test_count == 0 {
        return TokenStream::new();
    }
    let (cases, count) = (&e.tests, e.test_count);
    quote! {
        /// The model's endpoint test cases, run through a [`Client`]
        /// configured as its parameters say.
        #[cfg(test)]
        mod endpoint_tests {
            /// The `testCases` of the model's `smithy.rules#endpointTests`.
            const CASES: &str = #cases;

            #[test]
            fn model_endpoint_tests() {
                match rt::client::check_endpoint_cases(super::SERVICE, CASES) {
                    Ok(n) => assert_eq!(n, #count),
                    Err(failures) => panic!("{} endpoint test cases failed:\n{}", failures.len(), failures.join("\n")),
                }
            }

            use ::codegen_rt as rt;
        }
    }
}

/// The `SERVICE` constant: what the runtime needs to know of the service.
fn service_info(ir: &Ir, crate_name: &str, types: &Ident) -> TokenStream {
    let svc = &ir.service;
    let protocols = svc.protocols.iter().map(|p| super::protocol(*p));
    let target = &svc.shape_name;
    let signing = &svc.signing_name;
    let prefix = &svc.endpoint_prefix;
    let ua = format!("{crate_name}/{}", env!("CARGO_PKG_VERSION"));
    let op_infos = operation_infos(ir);
    let auth = super::auth_schemes(&svc.auth);
    let customizations = svc.customizations.iter().filter_map(|c| Some(match c {
        crate::lower::CustomizationIr::Header { name, value } => {
            quote!(rt::client::Customization::Header { name: #name, value: #value })
        }
        crate::lower::CustomizationIr::DefaultMember { member, value } => {
            quote!(rt::client::Customization::DefaultMember { member: #member, value: #value })
        }
        crate::lower::CustomizationIr::TreeHash(ops) => {
            quote!(rt::client::Customization::TreeHash { operations: &[#(#ops),*] })
        }
        crate::lower::CustomizationIr::Crc32Responses => {
            quote!(rt::client::Customization::Crc32Responses)
        }
        crate::lower::CustomizationIr::EndpointMember { operation, member } => {
            quote!(rt::client::Customization::EndpointMember { operation: #operation, member: #member })
        }
        crate::lower::CustomizationIr::LabelInEndpoint(label) => {
            quote!(rt::client::Customization::LabelInEndpoint(#label))
        }
        crate::lower::CustomizationIr::ErrorIn200(ops) => {
            quote!(rt::client::Customization::ErrorIn200 { operations: &[#(#ops),*] })
        }
        crate::lower::CustomizationIr::ExpectContinue(ops) => {
            quote!(rt::client::Customization::ExpectContinue { operations: &[#(#ops),*] })
        }
        crate::lower::CustomizationIr::BucketRegionRedirect => {
            quote!(rt::client::Customization::BucketRegionRedirect)
        }
        // The fluent builders' `presigned`: nothing at run time.
        crate::lower::CustomizationIr::Presign(_) => return None,
    }));
    let discovery = match &svc.endpoint_discovery {
        Some(d) => {
            let op = ir
                .operations
                .iter()
                .find(|o| o.name == d.operation)
                .map(|o| ident(&o.binding.static_name))
                .expect("lowering checked the discovery operation");
            let error = match &d.error {
                Some(e) => quote!(Some(#e)),
                None => quote!(None),
            };
            let required = d.required_by_any;
            quote!(Some(rt::client::EndpointDiscovery {
                operation: &#types::http::#op,
                error: #error,
                required_by_any: #required,
            }))
        }
        None => quote!(None),
    };
    let retryable = &svc.retryable_errors;
    let query_compatible = svc.query_compatible;
    let endpoint_rules = match &svc.endpoint {
        Some(e) => {
            let (rules, bdd, partitions) = (&e.rules, e.bdd, &e.partitions);
            quote!(Some(rt::client::EndpointRules { rules: #rules, bdd: #bdd, partitions: #partitions }))
        }
        None => quote!(None),
    };
    let error_headers = quote!(#types::http::ERROR_HEADERS);
    quote! {
        const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
            target_prefix: #target,
            signing_name: #signing,
            auth: #auth,
            endpoint_discovery: #discovery,
            customizations: &[#(#customizations),*],
            endpoint_prefix: #prefix,
            protocols: &[#(#protocols),*],
            user_agent: #ua,
            operations: &[#(#op_infos),*],
            retryable_errors: &[#(#retryable),*],
            query_compatible: #query_compatible,
            error_headers: #error_headers,
            endpoint_rules: #endpoint_rules,
        };
    }
}

/// `Client::wait_until_<waiter>()`: calls the operation until the waiter's
/// acceptors end the wait.
fn waiter_method(ir: &Ir, op: &OperationIr, w: &WaiterIr) -> TokenStream {
    let m = ident(&w.method);
    let input = ident(&ir.structure(&op.input).builder);
    let output = ident(&op.output.name);
    let error = ident(&op.error_enum);
    let op_method = ident(&op.method);
    let mut lines = w.docs.clone();
    if !lines.is_empty() {
        lines.push(String::new());
    }
    lines.push(format!(
        "Waiter `{}`: calls [`{}`](Self::{}) with `input` (its input builder, or the fluent builder `client.op().member(..)`) every {}-{} s (exponential backoff with jitter) until an acceptor of the model ends the wait or `max_wait` passes.",
        w.name, op.method, op.method, w.min_delay, w.max_delay
    ));
    let d = docs(&lines);
    let name = &w.name;
    let (min, max) = (w.min_delay, w.max_delay);
    let acceptors = w.acceptors.iter().map(|a| {
        let state = format_ident!("{}", a.state);
        let matcher = match &a.matcher {
            MatcherIr::Path { input_output, path, expected, comparator } => {
                let variant = if *input_output { format_ident!("InputOutput") } else { format_ident!("Output") };
                let cmp = format_ident!("{}", comparator);
                quote!(rt::client::waiter::Matcher::#variant { path: #path, expected: #expected, comparator: rt::client::waiter::Comparator::#cmp })
            }
            MatcherIr::Success(b) => quote!(rt::client::waiter::Matcher::Success(#b)),
            MatcherIr::ErrorType(e) => quote!(rt::client::waiter::Matcher::ErrorType(#e)),
        };
        quote!(rt::client::waiter::Acceptor { state: rt::client::waiter::State::#state, matcher: #matcher })
    });
    let dep = w
        .deprecated
        .then(|| quote!(#[deprecated(note = "the model marks this waiter deprecated")]));
    quote! {
        #d
        #dep
        pub async fn #m(
            &self,
            input: impl rt::Into<#input>,
            max_wait: ::std::time::Duration,
        ) -> rt::Result<rt::client::waiter::Waited<#output, #error>, rt::client::waiter::WaiterError<#output, #error>> {
            static WAITER: rt::client::waiter::Waiter = rt::client::waiter::Waiter {
                name: #name,
                acceptors: &[#(#acceptors),*],
                min_delay: ::std::time::Duration::from_secs(#min),
                max_delay: ::std::time::Duration::from_secs(#max),
            };
            let input: #input = input.into();
            let json = input.to_json();
            let call = self.#op_method().input(input);
            rt::client::waiter::wait(&WAITER, json, max_wait, || call.clone().send()).await
        }
    }
}

/// `Client::op()`: the operation's fluent builder.
fn client_method(op: &OperationIr) -> TokenStream {
    let d = docs(&op.docs);
    let m = ident(&op.method);
    let fluent = ident(&op.fluent);
    let input = ident(&op.input.name);
    let events = op.event_stream.then(|| {
        quote! {
            ///
            /// **Event stream**: not supported by this client yet; `send` answers
            /// `SdkError::Unsupported`.
        }
    });
    let dep = op.deprecated.iter();
    quote! {
        #d
        #events
        #(#[deprecated(note = #dep)])*
        pub fn #m(&self) -> #fluent {
            #fluent {
                handle: rt::Arc::clone(&self.handle),
                input: #input::builder(),
            }
        }
    }
}

/// `Client::call_json` and `validate_json`: every operation through one
/// JSON signature, for tools that work from the schema.
fn json_entry_points(ir: &Ir, types: &Ident) -> TokenStream {
    let dispatch = ir.operations.iter().map(|op| {
        let name = &op.name;
        let (input, output, error) = (
            ident(&op.input.name),
            ident(&op.output.name),
            ident(&op.error_enum),
        );
        let s = ident(&op.binding.static_name);
        quote!(#name => self.handle.call_json::<#input, #output, #error>(&crate::#types::http::#s, input).await,)
    });
    let validate = ir.operations.iter().map(|op| {
        let name = &op.name;
        let input = ident(&op.input.name);
        quote!(#name => rt::client::validate::<#input, rt::Unhandled>(input),)
    });
    quote! {
        impl Client {
            /// Calls the operation with this model name on a JSON input and
            /// answers its JSON output, with the error reduced to code, message
            /// and status: one signature for all operations, for tools that
            /// work from [`schema`].
            pub async fn call_json(
                &self,
                operation: &str,
                input: rt::JsonValue,
            ) -> rt::Result<rt::JsonValue, SdkError<rt::Unhandled>> {
                match operation {
                    #(#dispatch)*
                    _ => Err(SdkError::construction(format!(
                        "the model has no operation `{operation}`"
                    ))),
                }
            }
        }

        /// Checks a JSON input for the operation with this model name against
        /// the model's constraints, as `send` does before sending.
        pub fn validate_json(
            operation: &str,
            input: &rt::JsonValue,
        ) -> rt::Result<(), SdkError<rt::Unhandled>> {
            match operation {
                #(#validate)*
                _ => Err(SdkError::construction(format!(
                    "the model has no operation `{operation}`"
                ))),
            }
        }
    }
}

/// `OperationInfo`s for the operations the model says something special about.
fn operation_infos(ir: &Ir) -> Vec<TokenStream> {
    ir.operations
        .iter()
        .filter(|o| {
            o.gzip
                || o.host_prefix.is_some()
                || !o.idempotency_tokens.is_empty()
                || o.auth != ir.service.auth
                || o.discovered_endpoint.is_some()
                || o.event_stream
                || o.sensitive_input
                || o.checksum_required
                || o.flexible_checksum.is_some()
                || !o.endpoint_params.is_empty()
        })
        .map(|o| {
            let (name, gzip, events) = (&o.name, o.gzip, o.event_stream);
            let auth = if o.auth == ir.service.auth {
                quote!(None)
            } else {
                let schemes = super::auth_schemes(&o.auth);
                quote!(Some(#schemes))
            };
            let sensitive = o.sensitive_input;
            let checksum = o.checksum_required;
            let flexible = match &o.flexible_checksum {
                None => quote!(None),
                Some(c) => {
                    let opt = |m: &Option<String>| match m {
                        Some(m) => quote!(Some(#m)),
                        None => quote!(None),
                    };
                    let (alg, val) = (
                        opt(&c.request_algorithm_member),
                        opt(&c.request_validation_mode_member),
                    );
                    let required = c.request_checksum_required;
                    let algs = &c.response_algorithms;
                    quote!(Some(rt::client::FlexibleChecksum {
                        algorithm_member: #alg,
                        required: #required,
                        validation_member: #val,
                        response_algorithms: &[#(#algs),*],
                    }))
                }
            };
            let host = match &o.host_prefix {
                Some(h) => quote!(Some(#h)),
                None => quote!(None),
            };
            let tokens = &o.idempotency_tokens;
            let discovered = match o.discovered_endpoint {
                Some(r) => quote!(Some(#r)),
                None => quote!(None),
            };
            let ids = &o.discovery_ids;
            let params = o.endpoint_params.iter().map(|(name, p)| {
                let source = match p {
                    EndpointParamIr::Bool(b) => quote!(rt::client::EndpointParam::Bool(#b)),
                    EndpointParamIr::Str(s) => quote!(rt::client::EndpointParam::Str(#s)),
                    EndpointParamIr::Member(m) => quote!(rt::client::EndpointParam::Member(#m)),
                };
                quote!((#name, #source))
            });
            quote! {
                rt::client::OperationInfo {
                    name: #name,
                    gzip: #gzip,
                    host_prefix: #host,
                    idempotency_tokens: &[#(#tokens),*],
                    auth: #auth,
                    discovered_endpoint: #discovered,
                    discovery_ids: &[#(#ids),*],
                    event_stream: #events,
                    sensitive: #sensitive,
                    checksum_required: #checksum,
                    flexible_checksum: #flexible,
                    endpoint_params: &[#(#params),*],
                }
            }
        })
        .collect()
}

/// An operation's fluent builder (setters, `send`) and paginator.
fn fluent_builder(ir: &Ir, op: &OperationIr, types: &Ident) -> TokenStream {
    let fluent = ident(&op.fluent);
    let output = ident(&op.output.name);
    let error = ident(&op.error_enum);
    let name = &op.name;
    let s = ir.structure(&op.input);
    let input_builder = ident(&s.builder);
    let setters = s
        .members
        .iter()
        .map(|m| super::setters(&s.name, &m.field, &m.ty, super::SetterTarget::Input));
    let paginator = paginator(op, &fluent, &output, &error);
    // Idempotency tokens the caller left unset.
    let tokens: Vec<TokenStream> = op
        .idempotency_tokens
        .iter()
        .filter_map(|t| s.members.iter().find(|m| &m.wire == t))
        .map(|m| {
            let f = ident(&m.field);
            quote! {
                if input.#f.is_none() {
                    input.#f = Some(self.handle.idempotency_token());
                }
            }
        })
        .collect();
    let mutable = if tokens.is_empty() {
        quote!()
    } else {
        quote!(mut)
    };
    let send_body = {
        let h = &op.binding;
        let s = ident(&h.static_name);
        let take = match (&h.input.stream_field, &h.input.events) {
            (Some(f), Some(union)) => {
                // The events go as frames in the protocol the call speaks.
                let f = ident(f);
                let st = super::http::events_static(union);
                quote! {
                    let mut input = self.input;
                    let protocol = self.handle.protocol();
                    let stream = input.#f.take().map(|e| e.into_frames(protocol, &#types::http::#st));
                }
            }
            (Some(f), None) => {
                let f = ident(f);
                quote!(let mut input = self.input; let stream = input.#f.take();)
            }
            (None, _) => quote!(let #mutable input = self.input; let stream = None;),
        };
        quote! {
            #take
            #(#tokens)*
            self.handle.call(&#types::http::#s, &input, stream).await
        }
    };

    let presignable = ir.service.customizations.iter().any(
        |c| matches!(c, crate::lower::CustomizationIr::Presign(ops) if ops.contains(&op.name)),
    );
    let presigned = presignable.then(|| {
        let s = ident(&op.binding.static_name);
        let take = op.binding.input.stream_field.as_ref().map(|f| {
            let f = ident(f);
            quote!(let mut input = input; input.#f = None;)
        });
        quote! {
            /// Signs the request instead of sending it: a URL with the
            /// signature in its query, valid for `config`'s time, and the
            /// method and headers to send it with (`curl`, a browser, any
            /// HTTP client; whoever sends it chooses the body of a `PUT`).
            pub async fn presigned(
                self,
                config: rt::client::PresigningConfig,
            ) -> rt::Result<rt::client::PresignedRequest, SdkError<#error>> {
                let input = self.input;
                #take
                self.handle.presign(&#types::http::#s, &input, &config).await
            }
        }
    });
    let doc =
        format!(" A `{name}` call being prepared: set members, then [`send`](Self::send) it.");
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone)]
        pub struct #fluent {
            handle: rt::Arc<rt::client::Handle>,
            input: #input_builder,
        }

        impl ::std::convert::From<#fluent> for #input_builder {
            /// The input the fluent builder holds (what a waiter takes).
            fn from(fluent: #fluent) -> Self {
                fluent.input
            }
        }

        impl #fluent {
            #(#setters)*

            /// Replaces the whole input.
            pub fn input(mut self, input: #input_builder) -> Self {
                self.input = input;
                self
            }

            /// The input being built, to set members from `rt::Option`s.
            pub fn input_mut(&mut self) -> &mut #input_builder {
                &mut self.input
            }

            /// Validates the input (unless switched off), sends the request and
            /// parses the response.
            pub async fn send(self) -> rt::Result<#output, SdkError<#error>> {
                #send_body
            }

            #presigned
        }

        #paginator
    }
}

/// For a `@paginated` operation: `into_paginator()` on its fluent builder, and a
/// paginator that follows the output token page by page.
fn paginator(
    op: &crate::lower::OperationIr,
    fluent: &proc_macro2::Ident,
    output: &proc_macro2::Ident,
    error: &proc_macro2::Ident,
) -> TokenStream {
    let Some((p, pg)) = op
        .pagination
        .as_ref()
        .and_then(|p| Some((p, p.paginator.as_ref()?)))
    else {
        return quote!();
    };
    let pag = ident(&op.paginator);
    let in_f = ident(&pg.input_token);
    let next_token = token_path(&pg.output_token);
    let token_ty = super::ty(&pg.token);
    // Builder fields are `Option`s whatever the member's presence.
    let set_token = quote!(call.input.#in_f = Some(token.clone()););
    let items_fn = pg.items.as_ref().map(|m| page_items(m, error));
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
            token: rt::Option<#token_ty>,
            done: bool,
        }

        impl #pag {
            /// The next page; `None` after the last one, or after an error.
            pub async fn next_page(&mut self) -> rt::Option<rt::Result<#output, SdkError<#error>>> {
                if self.done {
                    return None;
                }
                let mut call = self.call.clone();
                if let Some(token) = &self.token {
                    #set_token
                }
                let page = call.send().await;
                let next = page.as_ref().ok().and_then(|p| #next_token);
                // No token ends the pages; so does a service repeating one.
                self.done = next.is_none() || next == self.token;
                self.token = next;
                Some(page)
            }

            /// The pages as a stream; an error ends it.
            pub fn into_stream(self) -> impl rt::client::Stream<Item = rt::Result<#output, SdkError<#error>>> {
                rt::client::stream::unfold(self, |mut pages| async move {
                    let page = pages.next_page().await?;
                    Some((page, pages))
                })
            }

            #items_fn
        }
    }
}

/// The token of the page `p` (a reference) as an `Option` of its own,
/// following `path`.
fn token_path(path: &[crate::lower::PathStep]) -> TokenStream {
    if let Some((last, before)) = path.split_last() {
        let (e, in_option) = walk(before, quote!(p), true);
        if !in_option && last.optional {
            let f = ident(&last.field);
            return quote!(#e.#f.clone());
        }
    }
    let (e, in_option) = walk(path, quote!(p), true);
    if in_option {
        quote!(#e.cloned())
    } else {
        quote!(rt::Some(#e.clone()))
    }
}

/// The items of the page `page` (owned), following `path`: empty where a
/// member on the way is absent.
fn items_path(path: &[crate::lower::PathStep], page: TokenStream) -> TokenStream {
    let (e, in_option) = walk(path, page, false);
    if in_option {
        quote!(#e.unwrap_or_default())
    } else {
        e
    }
}

/// `from` followed along `path` (by reference or by value), and whether the
/// expression is an `Option` (once an optional field is on the way).
fn walk(path: &[crate::lower::PathStep], from: TokenStream, by_ref: bool) -> (TokenStream, bool) {
    let mut e = from;
    let mut in_option = false;
    for step in path {
        let f = ident(&step.field);
        e = match (in_option, step.optional, by_ref) {
            (false, false, _) => quote!(#e.#f),
            (false, true, true) => quote!(#e.#f.as_ref()),
            (false, true, false) => quote!(#e.#f),
            (true, false, true) => quote!(#e.map(|v| &v.#f)),
            (true, false, false) => quote!(#e.map(|v| v.#f)),
            (true, true, true) => quote!(#e.and_then(|v| v.#f.as_ref())),
            (true, true, false) => quote!(#e.and_then(|v| v.#f)),
        };
        in_option |= step.optional;
    }
    (e, in_option)
}

/// A paginator's `items()` and `into_item_stream()`: the items of every page.
fn page_items(m: &crate::lower::PageItemsIr, error: &Ident) -> TokenStream {
    let elem = match &m.ty {
        Ty::List { elem, sparse, .. } => super::item_ty(elem, *sparse),
        Ty::Map { value, sparse, .. } => {
            let v = super::item_ty(value, *sparse);
            quote!((rt::String, #v))
        }
        _ => return quote!(),
    };
    let (take, take_ok) = (
        items_path(&m.path, quote!(page?)),
        items_path(&m.path, quote!(page)),
    );
    let doc = format!(" Every `{}` of every page, in order.", m.wire);
    let stream_doc = format!(
        " Every `{}` of every page as a stream, fetching pages as it goes; an error ends it.",
        m.wire
    );
    quote! {
        #[doc = #doc]
        pub async fn items(mut self) -> rt::Result<rt::Vec<#elem>, SdkError<#error>> {
            let mut all = rt::Vec::new();
            while let Some(page) = self.next_page().await {
                all.extend(#take);
            }
            Ok(all)
        }

        #[doc = #stream_doc]
        pub fn into_item_stream(
            self,
        ) -> impl rt::client::Stream<Item = rt::Result<#elem, SdkError<#error>>> {
            let start = (self, ::std::collections::VecDeque::new());
            rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
                loop {
                    if let Some(item) = buffer.pop_front() {
                        return Some((Ok(item), (pages, buffer)));
                    }
                    match pages.next_page().await? {
                        Ok(page) => buffer.extend(#take_ok),
                        Err(e) => return Some((Err(e), (pages, buffer))),
                    }
                }
            })
        }
    }
}

/// The schema's static for each structure, union (`NAME`) and enum
/// (`NAME_VALUES`), named through a names table so that `Dimension` (enum:
/// `DIMENSION_VALUES`) and `DimensionValues` (structure) cannot meet. Indexed
/// like the IR's structures, unions and enums ([`Ty::named_kind`]).
fn schema_static_names(ir: &Ir) -> [Vec<Ident>; 3] {
    let mut table = crate::lower::names::NameTable::default();
    let mut claim = |name: &String, candidate: String| {
        format_ident!("{}", table.claim(name, &[candidate], "_"))
    };
    let structs = ir
        .structs
        .iter()
        .map(|s| claim(&s.name, s.name.to_shouty_snake_case()));
    let structs = structs.collect();
    let unions = ir
        .unions
        .iter()
        .map(|u| claim(&u.name, u.name.to_shouty_snake_case()));
    let unions = unions.collect();
    let enums = ir.enums.iter().map(|e| {
        let candidate = format!("{}_VALUES", e.name.to_shouty_snake_case());
        claim(&e.name, candidate)
    });
    [structs, unions, enums.collect()]
}

/// The structures, unions and enums reachable from operation inputs and
/// outputs, in name order: (kind as in [`Ty::named_kind`], the type).
fn reachable(ir: &Ir) -> Vec<(TypeKind, &TypeRef)> {
    let mut reached = BTreeSet::new();
    let mut stack: Vec<(TypeKind, &TypeRef)> = ir
        .operations
        .iter()
        .flat_map(|o| [(TypeKind::Struct, &o.input), (TypeKind::Struct, &o.output)])
        .collect();
    fn walk<'t>(t: &'t Ty, out: &mut Vec<(TypeKind, &'t TypeRef)>) {
        match t {
            Ty::List { elem, .. } => walk(elem, out),
            Ty::Map { value, .. } => walk(value, out),
            other => out.extend(other.named_kind()),
        }
    }
    while let Some((kind, r)) = stack.pop() {
        if !reached.insert((&r.name, kind, r)) {
            continue;
        }
        match kind {
            TypeKind::Struct => ir
                .structure(r)
                .members
                .iter()
                .for_each(|m| walk(&m.ty, &mut stack)),
            TypeKind::Union => ir
                .union(r)
                .variants
                .iter()
                .for_each(|v| walk(&v.ty, &mut stack)),
            TypeKind::Enum => {}
        }
    }
    reached.into_iter().map(|(_, k, r)| (k, r)).collect()
}

/// A member's `Type`, as source text (the statics are laid out by hand).
fn ty_text(ir: &Ir, t: &Ty, names: &[Vec<Ident>; 3]) -> String {
    match t {
        Ty::String => "Type::String".into(),
        Ty::Bool => "Type::Boolean".into(),
        Ty::I8 | Ty::I16 | Ty::I32 | Ty::I64 | Ty::BigInteger => "Type::Integer".into(),
        Ty::F32 | Ty::F64 | Ty::BigDecimal => "Type::Float".into(),
        Ty::Blob | Ty::Stream => "Type::Blob".into(),
        Ty::Events(_) => "Type::Document".into(),
        Ty::Document | Ty::Unit => "Type::Document".into(),
        Ty::Timestamp(_) => "Type::Timestamp".into(),
        Ty::Struct(r) => format!(
            "Type::Structure(&{})",
            names[TypeKind::Struct as usize][r.index]
        ),
        Ty::Union(r) => format!(
            "Type::Structure(&{})",
            names[TypeKind::Union as usize][r.index]
        ),
        Ty::Enum(r) if ir.enumeration(r).int => {
            format!("Type::IntEnum({})", names[TypeKind::Enum as usize][r.index])
        }
        Ty::Enum(r) => format!("Type::Enum({})", names[TypeKind::Enum as usize][r.index]),
        Ty::Boxed(inner) => ty_text(ir, inner, names),
        Ty::List { elem, .. } => format!("Type::List(&{})", ty_text(ir, elem, names)),
        Ty::Map { value, .. } => format!("Type::Map(&{})", ty_text(ir, value, names)),
    }
}

/// One line per enum: its values.
fn schema_enums(ir: &Ir, names: &[Vec<Ident>; 3], reached: &[(TypeKind, &TypeRef)]) -> String {
    reached
        .iter()
        .filter(|(k, _)| *k == TypeKind::Enum)
        .map(|(_, r)| {
            let e = ir.enumeration(r);
            let values: Vec<String> = e
                .values
                .iter()
                .map(|v| match &v.value {
                    crate::lower::EnumLit::Str(s) => format!("{s:?}"),
                    crate::lower::EnumLit::Int(i) => i.to_string(),
                })
                .collect();
            let ty = if e.int { "i64" } else { "&str" };
            format!(
                "#[rustfmt::skip]\nconst {}: &[{ty}] = &[{}];\n",
                names[TypeKind::Enum as usize][r.index],
                values.join(", ")
            )
        })
        .collect()
}

/// Three lines per operation, laid out by hand like the structures.
fn schema_operations(ir: &Ir, names: &[Vec<Ident>; 3]) -> String {
    ir
        .operations
        .iter()
        .map(|op| {
            let (input, output) = (&names[TypeKind::Struct as usize][op.input.index], &names[TypeKind::Struct as usize][op.output.index]);
            let errors: Vec<String> = op.errors.iter().map(|e| format!("{:?}", e.code)).collect();
            let pagination = match &op.pagination {
                Some(p) => format!(
                    "Some(Pagination {{ input_token: {:?}, output_token: {:?}, items: {:?}, page_size: {:?} }})",
                    p.input_token, p.output_token, p.items, p.page_size
                ),
                None => "None".to_owned(),
            };
            format!(
                "    Operation {{ name: {:?}, input: &{input}, output: &{output}, pagination: {pagination},\n        errors: &[{}],\n        summary: {:?} }},\n",
                op.name,
                errors.join(", "),
                summary(&op.docs)
            )
        })
        .collect()
}

/// The first paragraph of documentation, on one line.
fn summary(docs: &[String]) -> String {
    docs.iter()
        .take_while(|l| !l.is_empty())
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ")
}

/// `schema.rs`: the operations and the structures they reach, as
/// `codegen_rt::schema` data.
pub fn schema(ir: &Ir) -> (TokenStream, String) {
    let names = schema_static_names(ir);
    let reached = reachable(ir);
    // One line per member: `{:?}` of a `str` is a valid Rust string literal.
    let member = |wire: &str, t: &Ty, required: bool, docs: &[String]| {
        let t = ty_text(ir, t, &names);
        let s = summary(docs);
        format!("    Member {{ name: {wire:?}, ty: {t}, required: {required}, summary: {s:?} }},\n")
    };
    let structures = reached.iter().filter(|(k, _)| *k != TypeKind::Enum).map(|&(kind, r)| {
        let st = &names[kind as usize][r.index];
        let members: Vec<String> = if kind == TypeKind::Struct {
            let ms = ir.structure(r).members.iter().map(|m| {
                let required = m.presence == crate::lower::Presence::Required;
                member(&m.wire, &m.ty, required, &m.docs)
            });
            ms.collect()
        } else {
            let vs = ir.union(r).variants.iter();
            vs.map(|v| member(&v.wire, &v.ty, false, &v.docs)).collect()
        };
        format!(
            "\n#[rustfmt::skip]\nstatic {st}: Structure = Structure {{ name: {:?}, union: {}, members: &[\n{}]}};\n",
            r.name,
            kind == TypeKind::Union,
            members.concat()
        )
    });
    let structures: String = structures.collect();
    let enum_values = schema_enums(ir, &names, &reached);
    let operations = schema_operations(ir, &names);
    let structures = format!(
        "\n/// Every operation, in model order.\n#[rustfmt::skip]\npub static OPERATIONS: &[Operation] = &[\n{operations}];\n{structures}\n{enum_values}"
    );
    let tokens = quote! {
        //! The service model as data (`codegen_rt::schema`): for tools that work
        //! from the model, such as a CLI that builds its flags from it.

        // Only the runtime's schema types and this file's statics live here.
        use ::codegen_rt::schema::*;

        /// The operation with this model name.
        pub fn operation(name: &str) -> ::std::option::Option<&'static Operation> {
            find(OPERATIONS, name)
        }

    };
    (tokens, structures)
}
