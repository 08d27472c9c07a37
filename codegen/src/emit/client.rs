//! The client crate: `Client::new(config)` and a fluent builder per operation.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{docs, ident};
use std::collections::{BTreeMap, BTreeSet};

use heck::ToShoutySnakeCase;

use crate::lower::{Ir, OperationIr, Protocol, Ty};

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
    let op_infos = operation_infos(ir);
    let retryable = &svc.retryable_errors;
    let query_compatible = svc.query_compatible;
    let methods = ir.operations.iter().map(|op| {
        let d = docs(&op.docs);
        let m = ident(&op.method);
        let fluent = ident(&op.fluent);
        let input = ident(&op.input);
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
                    handle: Arc::clone(&self.handle),
                    input: #input::builder(),
                }
            }
        }
    });
    let dispatch = ir.operations.iter().map(|op| {
        let name = &op.name;
        let (input, output, error) = (ident(&op.input), ident(&op.output), ident(&op.error_enum));
        quote!(#name => self.handle.call_json::<#input, #output, #error>(operation, input).await,)
    });
    let validate = ir.operations.iter().map(|op| {
        let name = &op.name;
        let input = ident(&op.input);
        quote!(#name => codegen_rt::client::validate::<#input, Unhandled>(input),)
    });
    let builders = ir.operations.iter().map(|op| fluent_builder(ir, op));
    quote! {
        #![doc = #crate_doc]
        // The model's deprecated items are used by the generated code itself.
        #![allow(deprecated)]

        use std::sync::Arc;

        pub use codegen_rt::client::{Config, Credentials, SdkError};
        use codegen_rt::prelude::*;
        use #types::error::*;
        use #types::model::*;
        pub use #types;

        pub mod schema;

        const SERVICE: ::codegen_rt::client::ServiceInfo = ::codegen_rt::client::ServiceInfo {
            target_prefix: #target,
            signing_name: #signing,
            endpoint_prefix: #prefix,
            content_type: #content_type,
            user_agent: #ua,
            operations: &[#(#op_infos),*],
            retryable_errors: &[#(#retryable),*],
            query_compatible: #query_compatible,
        };

        #client_doc
        #[derive(Debug, Clone)]
        pub struct Client {
            handle: Arc<::codegen_rt::client::Handle>,
        }

        impl Client {
            /// A client configured by `config`.
            pub fn new(config: Config) -> Self {
                Self {
                    handle: ::codegen_rt::client::Handle::new(config, SERVICE),
                }
            }

            /// The configuration.
            pub fn config(&self) -> &Config {
                self.handle.config()
            }

            #(#methods)*

            /// Calls the operation with this model name on a JSON input and
            /// answers its JSON output, with the error reduced to code, message
            /// and status: one signature for all operations, for tools that
            /// work from [`schema`].
            pub async fn call_json(
                &self,
                operation: &str,
                input: JsonValue,
            ) -> Result<JsonValue, SdkError<Unhandled>> {
                match operation {
                    #(#dispatch)*
                    _ => Err(SdkError::Construction(format!(
                        "the model has no operation `{operation}`"
                    ))),
                }
            }
        }

        /// Checks a JSON input for the operation with this model name against
        /// the model's constraints, as `send` does before sending.
        pub fn validate_json(
            operation: &str,
            input: &JsonValue,
        ) -> Result<(), SdkError<Unhandled>> {
            match operation {
                #(#validate)*
                _ => Err(SdkError::Construction(format!(
                    "the model has no operation `{operation}`"
                ))),
            }
        }

        #(#builders)*
    }
}

/// For a `@paginated` operation: `into_paginator()` on its fluent builder, and a
/// `OperationInfo`s for the operations the model says something special about.
fn operation_infos(ir: &Ir) -> Vec<TokenStream> {
    ir.operations
        .iter()
        .filter(|o| {
            o.gzip
                || o.host_prefix.is_some()
                || !o.idempotency_tokens.is_empty()
                || o.optional_auth
                || o.event_stream
                || o.sensitive_input
        })
        .map(|o| {
            let (name, gzip, auth, events) = (&o.name, o.gzip, o.optional_auth, o.event_stream);
            let sensitive = o.sensitive_input;
            let host = match &o.host_prefix {
                Some(h) => quote!(Some(#h)),
                None => quote!(None),
            };
            let tokens = &o.idempotency_tokens;
            quote! {
                codegen_rt::client::OperationInfo {
                    name: #name,
                    gzip: #gzip,
                    host_prefix: #host,
                    idempotency_tokens: &[#(#tokens),*],
                    optional_auth: #auth,
                    event_stream: #events,
                    sensitive: #sensitive,
                }
            }
        })
        .collect()
}

/// An operation's fluent builder (setters, `send`) and paginator.
fn fluent_builder(ir: &Ir, op: &OperationIr) -> TokenStream {
    let fluent = ident(&op.fluent);
    let input = ident(&op.input);
    let output = ident(&op.output);
    let error = ident(&op.error_enum);
    let name = &op.name;
    let Some(s) = ir.structs.iter().find(|s| s.name == op.input) else {
        return quote!(compile_error!("the generator lost an operation input"););
    };
    let input_builder = ident(&s.builder);
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
            handle: Arc<::codegen_rt::client::Handle>,
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
}

/// paginator that follows the output token page by page.
fn paginator(
    ir: &Ir,
    op: &crate::lower::OperationIr,
    fluent: &proc_macro2::Ident,
    output: &proc_macro2::Ident,
    error: &proc_macro2::Ident,
) -> TokenStream {
    use crate::lower::Presence;
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
    let pag = ident(&op.paginator);
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
        let (take, take_ok) = if m.presence == Presence::Optional {
            (
                quote!(page?.#f.unwrap_or_default()),
                quote!(page.#f.unwrap_or_default()),
            )
        } else {
            (quote!(page?.#f), quote!(page.#f))
        };
        let doc = format!(" Every `{}` of every page, in order.", m.wire);
        let stream_doc = format!(
            " Every `{}` of every page as a stream, fetching pages as it goes; an error ends it.",
            m.wire
        );
        quote! {
            #[doc = #doc]
            pub async fn items(mut self) -> Result<Vec<#elem>, SdkError<#error>> {
                let mut all = Vec::new();
                while let Some(page) = self.next_page().await {
                    all.extend(#take);
                }
                Ok(all)
            }

            #[doc = #stream_doc]
            pub fn into_item_stream(
                self,
            ) -> impl rt::client::Stream<Item = Result<#elem, SdkError<#error>>> {
                let start = (self, std::collections::VecDeque::new());
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

            /// The pages as a stream; an error ends it.
            pub fn into_stream(self) -> impl rt::client::Stream<Item = Result<#output, SdkError<#error>>> {
                rt::client::stream::unfold(self, |mut pages| async move {
                    let page = pages.next_page().await?;
                    Some((page, pages))
                })
            }

            #items_fn
        }
    }
}

/// The schema's static for each structure, union (`NAME`) and enum
/// (`NAME_VALUES`), named through a names table so that `Dimension` (enum:
/// `DIMENSION_VALUES`) and `DimensionValues` (structure) cannot meet.
fn schema_static_names(ir: &Ir) -> BTreeMap<String, proc_macro2::Ident> {
    let mut table = crate::lower::names::NameTable::default();
    let mut names = BTreeMap::new();
    let shapes = ir
        .structs
        .iter()
        .map(|s| &s.name)
        .chain(ir.unions.iter().map(|u| &u.name));
    for s in shapes {
        let n = table.claim(s, &[s.to_shouty_snake_case()], "_");
        names.insert(s.clone(), format_ident!("{}", n));
    }
    for e in &ir.enums {
        let candidate = format!("{}_VALUES", e.name.to_shouty_snake_case());
        let n = table.claim(&e.name, &[candidate], "_");
        names.insert(e.name.clone(), format_ident!("{}", n));
    }
    names
}

/// The structures and unions, and the enums, reachable from operation inputs
/// and outputs.
fn reachable(ir: &Ir) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut reached = BTreeSet::new();
    let mut stack: Vec<String> = ir
        .operations
        .iter()
        .flat_map(|o| [o.input.clone(), o.output.clone()])
        .collect();
    let mut enums = BTreeSet::new();
    fn walk<'t>(t: &'t Ty, out: &mut Vec<&'t str>) {
        match t {
            Ty::List { elem, .. } => walk(elem, out),
            Ty::Map { value, .. } => walk(value, out),
            other => out.extend(other.named()),
        }
    }
    while let Some(name) = stack.pop() {
        if !reached.insert(name.clone()) {
            continue;
        }
        let mut named = Vec::new();
        if let Some(s) = ir.structs.iter().find(|s| s.name == name) {
            s.members.iter().for_each(|m| walk(&m.ty, &mut named));
        } else if let Some(u) = ir.unions.iter().find(|u| u.name == name) {
            u.variants.iter().for_each(|v| walk(&v.ty, &mut named));
        } else if ir.enums.iter().any(|e| e.name == name) {
            enums.insert(name.clone());
        }
        stack.extend(named.into_iter().map(str::to_owned));
    }
    (reached, enums)
}

/// A member's `Type`, as source text (the statics are laid out by hand).
fn ty_text(ir: &Ir, t: &Ty, name: &dyn Fn(&str) -> proc_macro2::Ident) -> String {
    match t {
        Ty::String => "Type::String".into(),
        Ty::Bool => "Type::Boolean".into(),
        Ty::I8 | Ty::I16 | Ty::I32 | Ty::I64 | Ty::BigInteger => "Type::Integer".into(),
        Ty::F32 | Ty::F64 | Ty::BigDecimal => "Type::Float".into(),
        Ty::Blob => "Type::Blob".into(),
        Ty::Document => "Type::Document".into(),
        Ty::Timestamp(_) => "Type::Timestamp".into(),
        Ty::Struct(n) | Ty::Union(n) => format!("Type::Structure(&{})", name(n)),
        Ty::Enum(n) if ir.enums.iter().any(|e| &e.name == n && e.int) => {
            format!("Type::IntEnum({})", name(n))
        }
        Ty::Enum(n) => format!("Type::Enum({})", name(n)),
        Ty::Boxed(inner) => ty_text(ir, inner, name),
        Ty::List { elem, .. } => format!("Type::List(&{})", ty_text(ir, elem, name)),
        Ty::Map { value, .. } => format!("Type::Map(&{})", ty_text(ir, value, name)),
    }
}

/// `schema.rs`: the operations and the structures they reach, as
/// `codegen_rt::schema` data.
pub fn schema(ir: &Ir) -> (TokenStream, String) {
    let names = schema_static_names(ir);
    let static_name = |name: &str| {
        names
            .get(name)
            .cloned()
            .unwrap_or_else(|| format_ident!("{}", name.to_shouty_snake_case()))
    };
    let (reached, enums) = reachable(ir);
    let summary = |docs: &[String]| {
        docs.iter()
            .take_while(|l| !l.is_empty())
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ")
    };
    // One line per member: `{:?}` of a `str` is a valid Rust string literal.
    let member = |wire: &str, t: &Ty, required: bool, docs: &[String]| {
        let t = ty_text(ir, t, &static_name);
        let s = summary(docs);
        format!("    Member {{ name: {wire:?}, ty: {t}, required: {required}, summary: {s:?} }},\n")
    };
    let structures = reached.iter().filter_map(|name| {
        let st = static_name(name);
        let (members, union): (Vec<String>, bool) =
            if let Some(s) = ir.structs.iter().find(|s| &s.name == name) {
                let ms = s.members.iter().map(|m| {
                    let required = m.presence == crate::lower::Presence::Required;
                    member(&m.wire, &m.ty, required, &m.docs)
                });
                (ms.collect(), false)
            } else {
                let u = ir.unions.iter().find(|u| &u.name == name)?;
                let ms = u
                    .variants
                    .iter()
                    .map(|v| member(&v.wire, &v.ty, false, &v.docs));
                (ms.collect(), true)
            };
        Some(format!(
            "\n#[rustfmt::skip]\nstatic {st}: Structure = Structure {{ name: {name:?}, union: {union}, members: &[\n{}]}};\n",
            members.concat()
        ))
    });
    let structures: String = structures.collect();
    // One line per enum.
    let enum_values: String = enums
        .iter()
        .filter_map(|name| {
            let e = ir.enums.iter().find(|e| &e.name == name)?;
            let values: Vec<String> = e
                .values
                .iter()
                .map(|v| match &v.value {
                    crate::lower::EnumLit::Str(s) => format!("{s:?}"),
                    crate::lower::EnumLit::Int(i) => i.to_string(),
                })
                .collect();
            let ty = if e.int { "i64" } else { "&str" };
            Some(format!(
                "#[rustfmt::skip]\nconst {}: &[{ty}] = &[{}];\n",
                static_name(name),
                values.join(", ")
            ))
        })
        .collect();
    // Three lines per operation, laid out by hand like the structures.
    let operations: String = ir
        .operations
        .iter()
        .map(|op| {
            let (input, output) = (static_name(&op.input), static_name(&op.output));
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
        .collect();
    let structures = format!(
        "\n/// Every operation, in model order.\n#[rustfmt::skip]\npub static OPERATIONS: &[Operation] = &[\n{operations}];\n{structures}\n{enum_values}"
    );
    let tokens = quote! {
        //! The service model as data (`codegen_rt::schema`): for tools that work
        //! from the model, such as a CLI that builds its flags from it.

        use codegen_rt::schema::*;

        /// The operation with this model name.
        pub fn operation(name: &str) -> Option<&'static Operation> {
            find(OPERATIONS, name)
        }

    };
    (tokens, structures)
}
