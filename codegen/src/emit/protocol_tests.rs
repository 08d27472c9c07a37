//! Protocol compliance tests: one Rust test per `smithy.test#httpRequestTests`
//! and `httpResponseTests` case of the model (client and server sides, as the
//! case's `appliesTo` says) and per `httpMalformedRequestTests` case and
//! parameter set (server side), in a crate of their own whose test target
//! runs them with `codegen_rt::protocol_test::run`.
//!
//! Expected values are built from each case's `params` with the generated
//! builders, so they do not go through the JSON code under test.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use serde_json::Value;

use super::ident;
use crate::lower::protocol_cases::{BodyAssertion, CaseKind, HttpCase, ProtocolCase, Side};
use crate::lower::{Ir, OperationIr, Protocol, Ty, TypeRef};

/// The crates a suite's tests use.
pub struct Crates<'a> {
    pub types: &'a str,
    pub server: &'a str,
    pub client: &'a str,
}

/// Whether the model has any compliance cases (HTTP or event-stream) for
/// this service's protocols.
pub fn has_cases(ir: &Ir) -> bool {
    !ir.protocol_cases.is_empty() || !ir.event_cases.is_empty()
}

/// The case's headers as `(name, value)` tuples.
fn header_pairs(case: &HttpCase) -> Vec<TokenStream> {
    case.headers.iter().map(|(k, v)| quote!((#k, #v))).collect()
}

fn headers(case: &HttpCase) -> TokenStream {
    let pairs = header_pairs(case);
    quote!(&[#(#pairs),*])
}

fn names(items: &[String]) -> TokenStream {
    quote!(&[#(#items),*])
}

fn body(case: &HttpCase) -> TokenStream {
    match &case.body {
        Some(b) => {
            // Without a bodyMediaType: the case's Content-Type, else bytes.
            let content_type = case
                .headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
                .map(|(_, v)| v.as_str());
            let media = case
                .body_media_type
                .as_deref()
                .or(content_type)
                .unwrap_or("application/octet-stream");
            quote!(Some((#b, #media)))
        }
        None => quote!(None),
    }
}

/// The case's body as the bytes that travel: a CBOR body is given in
/// base64, any other as text.
fn wire_body(case: &HttpCase) -> Result<TokenStream, String> {
    let text = case.body.as_deref().unwrap_or("");
    let content_type = case
        .headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
        .map(|(_, v)| v.as_str());
    body_literal(text, case.body_media_type.as_deref().or(content_type))
}

/// A case's body as a byte-string literal: base64 for CBOR, else text.
fn body_literal(text: &str, media: Option<&str>) -> Result<TokenStream, String> {
    let bytes = if media == Some("application/cbor") {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD
            .decode(text)
            .map_err(|e| format!("the CBOR body is not base64: {e}"))?
    } else {
        text.as_bytes().to_vec()
    };
    let lit = proc_macro2::Literal::byte_string(&bytes);
    Ok(quote!(#lit))
}

/// A Rust expression of type `ty` for the node value `v`.
fn value(ir: &Ir, ty: &Ty, v: &Value) -> Result<TokenStream, String> {
    let bad = || format!("cannot express {v} as {ty:?}");
    Ok(match ty {
        Ty::String => {
            let s = v.as_str().ok_or_else(bad)?;
            quote!(#s.to_owned())
        }
        Ty::Bool => {
            let b = v.as_bool().ok_or_else(bad)?;
            quote!(#b)
        }
        Ty::I8 | Ty::I16 | Ty::I32 | Ty::I64 => {
            let n = v.as_i64().ok_or_else(bad)?;
            let lit = match ty {
                Ty::I8 => Literal::i8_suffixed(i8::try_from(n).map_err(|_| bad())?),
                Ty::I16 => Literal::i16_suffixed(i16::try_from(n).map_err(|_| bad())?),
                Ty::I32 => Literal::i32_suffixed(i32::try_from(n).map_err(|_| bad())?),
                _ => Literal::i64_suffixed(n),
            };
            quote!(#lit)
        }
        Ty::F32 | Ty::F64 => float_value(ty, v)?,
        Ty::Blob => {
            let s = v.as_str().ok_or_else(bad)?;
            let lit = Literal::byte_string(s.as_bytes());
            quote!(rt::Blob::new(#lit.to_vec()))
        }
        Ty::Stream => {
            let s = v.as_str().ok_or_else(bad)?;
            let lit = Literal::byte_string(s.as_bytes());
            quote!(rt::ByteStream::from(#lit.to_vec()))
        }
        Ty::Events(_) => return Err("event streams are run as event-stream cases".into()),
        Ty::Unit => quote!(()),
        Ty::Timestamp(_) => timestamp_value(v)?,
        Ty::Document => {
            let text = v.to_string();
            quote!(rt::json::document_from_text(#text))
        }
        Ty::BigInteger | Ty::BigDecimal => {
            let text = match v {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let t = super::ty(ty);
            quote!(#text.parse::<#t>().map_err(|e| e.to_string())?)
        }
        Ty::Enum(r) => {
            let e = ir.enumeration(r);
            let n = ident(&r.name);
            if e.int {
                let i = v.as_i64().ok_or_else(bad)?;
                let i = i32::try_from(i).map_err(|_| bad())?;
                quote!(#n::from(#i))
            } else {
                let s = v.as_str().ok_or_else(bad)?;
                quote!(#n::from(#s))
            }
        }
        Ty::List { .. } | Ty::Map { .. } => collection_value(ir, ty, v)?,
        Ty::Struct(r) => {
            let b = builder(ir, r, v)?;
            built(ir, r, b)
        }
        Ty::Boxed(inner) => {
            let x = value(ir, inner, v)?;
            quote!(rt::Box::new(#x))
        }
        Ty::Union(r) => {
            let u = ir.union(r);
            let obj = v.as_object().ok_or_else(bad)?;
            let (k, x) = obj.iter().next().ok_or_else(bad)?;
            let var = u.variants.iter().find(|m| &m.name == k).ok_or_else(bad)?;
            let n = ident(&r.name);
            let variant = ident(&var.variant);
            if var.ty == Ty::Unit {
                return Ok(quote!(#n::#variant));
            }
            let inner = value(ir, &var.ty, x)?;
            quote!(#n::#variant(#inner))
        }
    })
}

/// A float literal, or `NaN` / `Infinity` / `-Infinity` as the constants.
fn float_value(ty: &Ty, v: &Value) -> Result<TokenStream, String> {
    let bad = || format!("cannot express {v} as {ty:?}");
    let t = if *ty == Ty::F32 {
        quote!(f32)
    } else {
        quote!(f64)
    };
    Ok(match v {
        Value::String(s) if s == "NaN" => quote!(#t::NAN),
        Value::String(s) if s == "Infinity" => quote!(#t::INFINITY),
        Value::String(s) if s == "-Infinity" => quote!(#t::NEG_INFINITY),
        Value::Number(n) => {
            let f = n.as_f64().ok_or_else(bad)?;
            if *ty == Ty::F32 {
                let lit = Literal::f32_suffixed(f as f32);
                quote!(#lit)
            } else {
                let lit = Literal::f64_suffixed(f);
                quote!(#lit)
            }
        }
        _ => return Err(bad()),
    })
}

/// A timestamp from epoch seconds, fractions exact to the nanosecond.
fn timestamp_value(v: &Value) -> Result<TokenStream, String> {
    let bad = || format!("cannot express {v} as a timestamp");
    if let Some(text) = v.as_str() {
        // A date-time, as the event-stream cases give header timestamps.
        let t = codegen_rt::json::timestamp_from_text(
            text,
            codegen_rt::json::TimestampFormat::DateTime,
        )
        .map_err(|_| bad())?;
        let (secs, nanos) = (t.secs(), t.subsec_nanos());
        return Ok(quote!(rt::DateTime::from_secs_and_nanos(#secs, #nanos)));
    }
    let n = v.as_number().ok_or_else(bad)?;
    Ok(match n.as_i64() {
        Some(secs) => quote!(rt::DateTime::from_secs(#secs)),
        None => {
            let text = n.to_string();
            let (whole, frac) = text.split_once('.').ok_or_else(bad)?;
            let secs: i64 = whole.parse().map_err(|_| bad())?;
            let digits: String = frac.chars().chain(std::iter::repeat('0')).take(9).collect();
            let nanos: u32 = digits.parse().map_err(|_| bad())?;
            quote!(rt::DateTime::from_secs_and_nanos(#secs, #nanos))
        }
    })
}

/// A list or map value; `null` entries where the collection is sparse.
fn collection_value(ir: &Ir, ty: &Ty, v: &Value) -> Result<TokenStream, String> {
    let bad = || format!("cannot express {v} as {ty:?}");
    let entry = |sparse: bool, t: &Ty, x: &Value| match (sparse, x) {
        (true, Value::Null) => Ok(quote!(None)),
        (true, x) => value(ir, t, x).map(|e| quote!(Some(#e))),
        (false, x) => value(ir, t, x),
    };
    match ty {
        Ty::List { elem, sparse, .. } => {
            let items = v.as_array().ok_or_else(bad)?;
            let items = items
                .iter()
                .map(|x| entry(*sparse, elem, x))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(quote!(vec![#(#items),*]))
        }
        Ty::Map {
            value: vt, sparse, ..
        } => {
            let entries = v.as_object().ok_or_else(bad)?;
            let entries = entries
                .iter()
                .map(|(k, x)| {
                    let x = entry(*sparse, vt, x)?;
                    Ok(quote!((#k.to_owned(), #x)))
                })
                .collect::<Result<Vec<_>, String>>()?;
            Ok(quote!(rt::BTreeMap::from([#(#entries),*])))
        }
        _ => Err(bad()),
    }
}

/// `Name::builder().member(value)...` for structure `name` (not built).
/// `b.build()` of structure `r`, its error (when it can fail) turned into
/// the case's.
fn built(ir: &Ir, r: &TypeRef, b: TokenStream) -> TokenStream {
    if ir.structure(r).build_can_fail() {
        quote!(#b.build().map_err(|e| e.to_string())?)
    } else {
        quote!(#b.build())
    }
}

fn builder(ir: &Ir, r: &TypeRef, v: &Value) -> Result<TokenStream, String> {
    let s = ir.structure(r);
    let name = &r.name;
    let n = ident(name);
    let mut calls = Vec::new();
    if let Some(obj) = v.as_object() {
        for (k, x) in obj {
            if x.is_null() {
                continue;
            }
            let m = s
                .members
                .iter()
                .find(|m| &m.name == k)
                .ok_or_else(|| format!("{name} has no member {k}"))?;
            let x = value(ir, &m.ty, x)?;
            if matches!(m.ty, Ty::List { .. } | Ty::Map { .. }) {
                // A collection's own setter adds one element or entry.
                let set = super::set_ident(&m.field);
                calls.push(quote!(.#set(Some(#x))));
            } else {
                let f = ident(&m.field);
                calls.push(quote!(.#f(#x)));
            }
        }
    }
    Ok(quote!(#n::builder() #(#calls)*))
}

fn empty() -> Value {
    Value::Object(serde_json::Map::new())
}

fn case_fn(ir: &Ir, c: &ProtocolCase, index: usize) -> Result<TokenStream, String> {
    let f = format_ident!("case_{}", index);
    let op = ir
        .operations
        .get(c.operation)
        .ok_or("the case names no operation")?;
    let params = c.case.params.clone().unwrap_or_else(empty);
    let body = match (c.side, c.kind) {
        (Side::Client, CaseKind::Request) => client_request(ir, op, c.protocol, &c.case, &params)?,
        (Side::Server, CaseKind::Request) => server_request(ir, op, c.protocol, &c.case, &params)?,
        (Side::Client, CaseKind::Response) => client_response(ir, op, c, &params)?,
        (Side::Server, CaseKind::Response) => server_response(ir, op, c, &params)?,
        (Side::Server, CaseKind::Malformed) => server_malformed(ir, op, c)?,
        (Side::Client, CaseKind::Malformed) => {
            return Err("malformed requests are server cases".into())
        }
    };
    Ok(quote! {
        fn #f() -> pt::CaseFuture {
            rt::Box::pin(async move { #body })
        }
    })
}

/// The case's URI with its `queryParams` appended.
fn request_uri(case: &HttpCase) -> String {
    let uri = case.uri.as_deref().unwrap_or("/");
    if case.query_params.is_empty() {
        return uri.to_owned();
    }
    let sep = if uri.contains('?') { '&' } else { '?' };
    format!("{uri}{sep}{}", case.query_params.join("&"))
}

/// The request headers of a server case; awsJson routes on X-Amz-Target,
/// which some cases leave out: it is added from the operation's name.
fn server_headers(ir: &Ir, op: &OperationIr, protocol: Protocol, case: &HttpCase) -> TokenStream {
    let has_target = !matches!(protocol, Protocol::AwsJson10 | Protocol::AwsJson11)
        || case
            .headers
            .keys()
            .any(|k| k.eq_ignore_ascii_case("x-amz-target"));
    if has_target {
        headers(case)
    } else {
        let target = format!("{}.{}", ir.service.shape_name, op.name);
        let pairs = header_pairs(case);
        quote!(&[#(#pairs,)* ("X-Amz-Target", #target)])
    }
}

/// A malformed-request case: the server must answer exactly the case's
/// status and headers (and body, where the case gives one) without calling
/// the handler.
fn server_malformed(ir: &Ir, op: &OperationIr, c: &ProtocolCase) -> Result<TokenStream, String> {
    let case = &c.case;
    let expect = c
        .expect
        .as_ref()
        .ok_or("a malformed case without its expected response")?;
    let body_text = wire_body(case)?;
    let m = case.method.as_deref().unwrap_or("POST");
    let uri = request_uri(case);
    let hdrs = server_headers(ir, op, c.protocol, case);
    let code = expect.code;
    let want: Vec<TokenStream> = expect
        .headers
        .iter()
        .map(|(k, v)| quote!((#k, #v)))
        .collect();
    let body = match &expect.body {
        None => quote!(None),
        Some((media, BodyAssertion::Contents(b))) => {
            quote!(Some(pt::BodyAssertion::Contents(#b, #media)))
        }
        Some((_, BodyAssertion::MessageRegex(r))) => {
            quote!(Some(pt::BodyAssertion::MessageRegex(#r)))
        }
    };
    Ok(quote! {
        let server = Server::new(Recorder::default());
        let resp = server.handle(pt::request(#m, #uri, #hdrs, #body_text)?).await;
        if server.handler().take().is_some() {
            return Err(format!("the handler was called; the server answered {}", pt::describe(resp).await));
        }
        pt::check_malformed(resp, #code, &[#(#want),*], #body).await
    })
}

/// Whether a server request case's body is the one the generated client
/// writes: the case gives none, for an operation whose client compresses
/// (`@requestCompression`), so the body the params describe travels
/// compressed and no case can spell it.
fn client_writes_body(op: &OperationIr, case: &HttpCase) -> bool {
    case.body.is_none() && op.gzip
}

/// A server request case: the request goes to the generated server, whose
/// handler must receive exactly the case's input.
fn server_request(
    ir: &Ir,
    op: &OperationIr,
    protocol: Protocol,
    case: &HttpCase,
    params: &Value,
) -> Result<TokenStream, String> {
    let input = ident(&op.input.name);
    let body_text = wire_body(case)?;
    let b = builder(ir, &op.input, params)?;
    let built = built(ir, &op.input, b.clone());
    let m = case.method.as_deref().unwrap_or("POST");
    let uri = request_uri(case);
    let hdrs = server_headers(ir, op, protocol, case);
    // A case of a service whose buckets are hosts (S3's virtual-hosted
    // addressing) whose client resolves another host than its own sends it
    // as `Host`, to a server that serves the domain the first name is a
    // subdomain of.
    let bucket_hosts = ir
        .service
        .customizations
        .iter()
        .any(|c| matches!(c, crate::lower::CustomizationIr::LabelInEndpoint(_)));
    let virtual_host = case
        .host
        .as_deref()
        .filter(|_| bucket_hosts)
        .zip(case.resolved_host.as_deref())
        .filter(|(h, r)| h != r)
        .and_then(|(_, r)| Some((r.split_once('.')?.1, r)));
    let (server, host) = match virtual_host {
        Some((domain, resolved)) => (
            quote! {
                Server::with_config(Recorder::default(), ServerConfig {
                    virtual_hosts: vec![#domain.to_owned()],
                    ..ServerConfig::default()
                })
            },
            quote!(Some(#resolved)),
        ),
        None => (quote!(Server::new(Recorder::default())), quote!(None)),
    };
    let request = if client_writes_body(op, case) {
        // A compressed body cannot be written in a case: the server gets
        // what the generated client writes for the params, once the
        // request it sent has the case's method, URI and headers.
        let method = ident(&op.method);
        let rt_protocol = super::protocol(protocol);
        let case_headers = headers(case);
        quote! {
            let peer = pt::Peer::start(200, &[], "").await?;
            let _ = client(#rt_protocol, &peer.url, &[], peer.addr, |c| c).#method().input(#b).send().await;
            let sent = peer.request()?;
            pt::check_request(&sent, &pt::ExpectedRequest {
                method: #m,
                uri: #uri,
                headers: #case_headers,
                forbid_headers: &[],
                require_headers: &[],
                host: None,
                body: None,
                query_params: &[],
                forbid_query_params: &[],
                require_query_params: &[],
            }).map_err(|e| format!("the client's request: {e}"))?;
            let mut req = sent.replay()?;
        }
    } else {
        quote!(let mut req = pt::request(#m, #uri, #hdrs, #body_text)?;)
    };
    Ok(quote! {
        let expected: #input = #built;
        let server = #server;
        #request
        pt::set_host(&mut req, #host);
        let resp = server.handle(req).await;
        let Some(got) = server.handler().take() else {
            return Err(format!(
                "the handler was not called; the server answered {}",
                pt::describe(resp).await
            ));
        };
        let got = got
            .downcast::<#input>()
            .map_err(|_| "the handler recorded another operation's input".to_owned())?;
        pt::same(&*got, &expected)
    })
}

/// A client response case: the generated client reads the case's response
/// from a peer, and must produce exactly its output or error.
fn client_response(
    ir: &Ir,
    op: &OperationIr,
    c: &ProtocolCase,
    params: &Value,
) -> Result<TokenStream, String> {
    let case = &c.case;
    let (method, error_enum) = (ident(&op.method), ident(&op.error_enum));
    let (code, hdrs) = (case.code.unwrap_or(200), headers(case));
    let body_text = wire_body(case)?;
    let protocol = super::protocol(c.protocol);
    let check = match &c.error {
        None => {
            let b = builder(ir, &op.output, params)?;
            let built = built(ir, &op.output, b);
            let collect = op.binding.output.stream_field.as_ref().map(|_| {
                quote! {
                    let mut got = got;
                    if let Some(s) = rt::Streaming::take_stream(&mut got) {
                        let bytes = s.collect().await.map_err(|e| e.to_string())?;
                        rt::Streaming::put_stream(&mut got, rt::ByteStream::from(bytes));
                    }
                }
            });
            quote! {
                let expected = #built;
                let got = result.map_err(|e| format!("{e:?}"))?;
                #collect
                pt::same(&got, &expected)
            }
        }
        Some(i) => {
            let e = &op.errors[*i];
            let v = ident(&e.variant);
            let b = builder(ir, &e.ty, params)?;
            let built = built(ir, &e.ty, b);
            quote! {
                let expected = #built;
                match result {
                    Err(SdkError::Service(#error_enum::#v(got))) => pt::same(&got, &expected),
                    other => Err(format!("expected {}, got {other:?}", stringify!(#v))),
                }
            }
        }
    };
    // The request only has to reach the peer: its URI labels get values.
    let labels: serde_json::Map<String, Value> = op
        .binding
        .input
        .bindings
        .iter()
        .filter(|b| matches!(b.loc, crate::lower::LocIr::Label(_)))
        .filter_map(|b| match b.scalar {
            crate::lower::ScalarIr::String => Some((b.key.clone(), Value::from("label"))),
            crate::lower::ScalarIr::Integer => Some((b.key.clone(), Value::from(1))),
            _ => None,
        })
        .collect();
    let input = builder(ir, &op.input, &Value::Object(labels))?;
    let configure = configure(case);
    Ok(quote! {
        let peer = pt::Peer::exact(#code, #hdrs, #body_text).await?;
        let result = client(#protocol, &peer.url, &[], peer.addr, #configure).#method().input(#input).send().await;
        #check
    })
}

/// A server response case: the generated server's response functions must
/// answer the case's output or error as the case's response. The request id
/// is the server's to choose; they put the one they are given in the header.
fn server_response(
    ir: &Ir,
    op: &OperationIr,
    c: &ProtocolCase,
    params: &Value,
) -> Result<TokenStream, String> {
    let case = &c.case;
    let error_enum = ident(&op.error_enum);
    let (code, hdrs, expected_body) = (case.code.unwrap_or(200), headers(case), body(case));
    let protocol = super::protocol(c.protocol);
    let request_id = case
        .headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("x-amzn-requestid"))
        .map(|(_, v)| v.clone())
        // XML protocols say the request id in the body.
        .or_else(|| {
            let body = case.body.as_deref().filter(|_| c.protocol.is_xml())?;
            codegen_rt::codec::message::request_id(body.as_bytes())
        })
        .unwrap_or_else(|| "request-id".to_owned());
    let s = ident(&op.binding.static_name);
    let resp = match &c.error {
        None => {
            let b = builder(ir, &op.output, params)?;
            let built = built(ir, &op.output, b);
            quote! {
                let output = #built;
                let reply = rt::server::Reply::new(output, #protocol, &bindings::#s);
                let resp = rt::server::output_response(#protocol, &bindings::#s, reply, #request_id)
                    .map_err(|e| format!("{e:?}"))?;
            }
        }
        Some(i) => {
            let e = &op.errors[*i];
            let v = ident(&e.variant);
            let b = builder(ir, &e.ty, params)?;
            let built = built(ir, &e.ty, b);
            quote! {
                let error = #error_enum::#v(#built);
                let resp = rt::server::operation_error_response(#protocol, &bindings::#s, &error.to_wire(), #request_id, bindings::ERROR_HEADERS);
            }
        }
    };
    Ok(quote! {
        #resp
        pt::check_response(resp, #code, #hdrs, #expected_body).await
    })
}

/// The case's client settings (`vendorParams`' AWS configuration), as a
/// function of the runner's `Config`; the operation's own settings win, as
/// they would for this one call.
fn configure(case: &HttpCase) -> TokenStream {
    let scoped = &case.vendor_params.scoped_config;
    let mut calls = Vec::new();
    if let Some(r) = &scoped.client.region {
        calls.push(quote!(.region(#r)));
    }
    for s3 in [&scoped.client.s3, &scoped.operation.s3] {
        if let Some(style) = &s3.addressing_style {
            let path = style == "path";
            calls.push(quote!(.force_path_style(#path)));
        }
        if let Some(on) = s3.use_dualstack_endpoint {
            calls.push(quote!(.use_dual_stack(#on)));
        }
        if let Some(on) = s3.use_accelerate_endpoint {
            calls.push(quote!(.accelerate(#on)));
        }
    }
    quote!(|c: Config| c #(#calls)*)
}

/// A client request case: the client sends the case's input to a capturing
/// peer, and the request it sent is checked.
fn client_request(
    ir: &Ir,
    op: &crate::lower::OperationIr,
    protocol: Protocol,
    case: &HttpCase,
    params: &Value,
) -> Result<TokenStream, String> {
    let method = ident(&op.method);
    let content_type = codegen_rt::Protocol::from_name(protocol.shape_id())
        .map_or("application/json", codegen_rt::Protocol::content_type);
    let rt_protocol = super::protocol(protocol);
    let hdrs = headers(case);
    let b = builder(ir, &op.input, params)?;
    let m = case.method.as_deref().unwrap_or("POST");
    let uri = case.uri.as_deref().unwrap_or("/");
    let forbid = names(&case.forbid_headers);
    let require = names(&case.require_headers);
    let expected_body = body(case);
    let query = names(&case.query_params);
    let forbid_query = names(&case.forbid_query_params);
    let require_query = names(&case.require_query_params);
    // A custom endpoint may have a path (`example.com/custom`).
    let host = case.host.as_deref().unwrap_or_default();
    let (host_name, path) = host.split_at(host.find('/').unwrap_or(host.len()));
    // With `resolvedHost`, the client talks to the case's host names
    // (resolved to the peer on 127.0.0.1, which answers HTTP and HTTPS)
    // and the request must name the resolved host: host prefixes and
    // customizations that choose the host (MachineLearning's
    // `PredictEndpoint`) are checked for real.
    let resolved = case.resolved_host.as_deref();
    let configure = configure(case);
    let (url, resolve, want_host) = match resolved {
        Some(r) if !host_name.is_empty() => (
            quote!(format!("http://{}:{}{}", #host_name, peer.addr.port(), #path)),
            quote!(&[#host_name, #r]),
            quote!(Some(#r)),
        ),
        _ => (
            quote!(format!("{}{}", peer.url, #path)),
            quote!(&[]),
            quote!(None),
        ),
    };
    Ok(quote! {
        let peer = pt::Peer::start(200, &[("content-type", #content_type)], "{}").await?;
        let url = #url;
        let _ = client(#rt_protocol, &url, #resolve, peer.addr, #configure).#method().input(#b).send().await;
        let got = peer.request()?;
        pt::check_request(&got, &pt::ExpectedRequest {
            method: #m,
            uri: #uri,
            headers: #hdrs,
            forbid_headers: #forbid,
            require_headers: #require,
            host: #want_host,
            body: #expected_body,
            query_params: #query,
            forbid_query_params: #forbid_query,
            require_query_params: #require_query,
        })
    })
}

/// Each case's function, and its entry in the case list.
fn case_fns(ir: &Ir) -> (Vec<TokenStream>, Vec<TokenStream>) {
    let mut fns = Vec::new();
    let mut entries = Vec::new();
    for (i, c) in ir.protocol_cases.iter().enumerate() {
        let f = format_ident!("case_{}", i);
        match case_fn(ir, c, i) {
            Ok(tokens) => fns.push(tokens),
            Err(e) => {
                // A case the builders cannot express fails loudly at run time.
                let msg = format!("could not generate this case: {e}");
                fns.push(quote! {
                    fn #f() -> pt::CaseFuture {
                        rt::Box::pin(async move { Err(#msg.to_owned()) })
                    }
                });
            }
        }
        let id = &c.case.id;
        let side = match c.side {
            Side::Client => "client",
            Side::Server => "server",
        };
        let kind = match c.kind {
            CaseKind::Request => "request",
            CaseKind::Response => "response",
            CaseKind::Malformed => "malformed",
        };
        entries.push(quote!(pt::Case { id: #id, side: #side, kind: #kind, run: #f }));
    }
    (fns, entries)
}

/// The recorder's trait method for `op`: records the input, answers an error.
fn recorder_method(op: &OperationIr) -> TokenStream {
    let m = ident(&op.method);
    let (input, output, error) = (
        ident(&op.input.name),
        ident(&op.output.name),
        ident(&op.error_enum),
    );
    let events_in = op
        .binding
        .input
        .events
        .as_ref()
        .zip(op.binding.input.stream_field.as_ref());
    let events_out = op.binding.output.events.is_some();
    if events_in.is_some() || events_out {
        // Event streams: the input's events are read to their end and
        // recorded with it; the answer is the case's (`reply`).
        let record = match events_in {
            Some((union, field)) => {
                let f = ident(field);
                let u = ident(&union.name);
                quote! {
                    let mut events: rt::Vec<#u> = rt::Vec::new();
                    let mut end = None;
                    while let Some(e) = input.#f.recv().await {
                        match e {
                            Ok(x) => events.push(x),
                            Err(e) => { end = Some(format!("{e:?}")); break; }
                        }
                    }
                    *self.input.lock().unwrap_or_else(|p| p.into_inner()) = Some(rt::Box::new((input, events, end)));
                }
            }
            None => quote! {
                *self.input.lock().unwrap_or_else(|p| p.into_inner()) = Some(rt::Box::new(input));
            },
        };
        let mutable = events_in.map(|_| quote!(mut));
        return quote! {
            fn #m(&self, #mutable input: #input, _cx: Context) -> impl rt::Future<Output = rt::Result<#output, #error>> + rt::Send {
                async move {
                    #record
                    let reply = self.reply.lock().unwrap_or_else(|p| p.into_inner()).take();
                    match reply.and_then(|r| r.downcast::<#output>().ok()) {
                        Some(o) => Ok(*o),
                        None => Err(#error::unhandled(rt::Unhandled::new(500, "Recorded", "the recorder only records"))),
                    }
                }
            }
        };
    }
    let streams = op.binding.input.stream_field.is_some();
    if streams {
        // The stream is read first, so that its bytes are what is recorded.
        return quote! {
            fn #m(&self, mut input: #input, _cx: Context) -> impl rt::Future<Output = rt::Result<#output, #error>> + rt::Send {
                async move {
                    if let Some(s) = rt::Streaming::take_stream(&mut input) {
                        if let Ok(bytes) = s.collect().await {
                            rt::Streaming::put_stream(&mut input, rt::ByteStream::from(bytes));
                        }
                    }
                    *self.input.lock().unwrap_or_else(|p| p.into_inner()) = Some(rt::Box::new(input));
                    Err(#error::unhandled(rt::Unhandled::new(500, "Recorded", "the recorder only records")))
                }
            }
        };
    }
    quote! {
        fn #m(&self, input: #input, _cx: Context) -> impl rt::Future<Output = rt::Result<#output, #error>> + rt::Send {
            *self.input.lock().unwrap_or_else(|p| p.into_inner()) = Some(rt::Box::new(input));
            async { Err(#error::unhandled(rt::Unhandled::new(500, "Recorded", "the recorder only records"))) }
        }
    }
}

/// The union of an event stream and its field, for a message with one.
fn stream_of(msg: &crate::lower::MessageIr) -> Option<(proc_macro2::Ident, TypeRef)> {
    let union = msg.events.clone()?;
    let field = msg.stream_field.as_ref()?;
    Some((ident(field), union))
}

/// Statements checking how a stream ended (`end`, the Debug text of its
/// error, if any) against the case: `None` a clean end, `Some("")` any
/// error, `Some(variant)` that member's exception.
fn end_check(want: Option<&str>) -> TokenStream {
    match want {
        None => quote! {
            if let Some(e) = end { return Err(format!("the stream failed: {e}")); }
        },
        Some("") => quote! {
            if end.is_none() { return Err("the stream ended cleanly; the case expects a failure".to_owned()); }
        },
        Some(v) => {
            let want = format!("Exception({v}(");
            quote! {
                match &end {
                    Some(e) if e.starts_with(#want) => {}
                    other => return Err(format!("the stream ended with {other:?}; the case expects {}", #want)),
                }
            }
        }
    }
}

/// `rt::EventStream::from_events(vec![...])` of a case's events of `kind`.
fn event_values(
    ir: &Ir,
    union: &TypeRef,
    c: &crate::lower::protocol_cases::EventStreamCase,
    kind: &str,
) -> Result<TokenStream, String> {
    let mut values = Vec::new();
    for e in c.events.iter().filter(|e| e.kind == kind) {
        if let Some(p) = &e.params {
            values.push(value(ir, &Ty::Union(union.clone()), p)?);
        }
    }
    Ok(quote!(rt::EventStream::from_events(vec![#(#values),*])))
}

/// The expected events of `kind` (their params) as a `Vec` of the union.
fn expected_events(
    ir: &Ir,
    union: &TypeRef,
    c: &crate::lower::protocol_cases::EventStreamCase,
    kind: &str,
) -> Result<TokenStream, String> {
    let mut values = Vec::new();
    for e in c.events.iter().filter(|e| e.kind == kind) {
        if let Some(p) = &e.params {
            // A modeled exception is the stream's end, not an event.
            let exception = p
                .as_object()
                .and_then(|o| o.keys().next())
                .is_some_and(|k| {
                    ir.union(union).variants.iter().any(|v| {
                        &v.name == k
                            && matches!(&v.ty, Ty::Struct(r) if ir.structure(r).error.is_some())
                    })
                });
            if !exception {
                values.push(value(ir, &Ty::Union(union.clone()), p)?);
            }
        }
    }
    Ok(quote!(vec![#(#values),*]))
}

/// The frames (base64) of a case's events of `kind`.
fn event_frames(c: &crate::lower::protocol_cases::EventStreamCase, kind: &str) -> Vec<String> {
    c.events
        .iter()
        .filter(|e| e.kind == kind)
        .filter_map(|e| e.bytes.clone())
        .collect()
}

/// What the end of a stream must be: `None` for a clean end, else the
/// variant (`Some("")`: any error) whose exception ends it.
fn expected_end(
    ir: &Ir,
    union: Option<&TypeRef>,
    c: &crate::lower::protocol_cases::EventStreamCase,
) -> Option<String> {
    let id = c.failure()?;
    let Some(id) = id else {
        return Some(String::new());
    };
    let short = id.rsplit('#').next().unwrap_or(&id).to_owned();
    let variant = union.and_then(|u| {
        ir.union(u)
            .variants
            .iter()
            .find(|v| matches!(&v.ty, Ty::Struct(r) if ir.structure(r).name == short))
            .map(|v| v.variant.clone())
    });
    Some(variant.unwrap_or(short))
}

/// An event-stream case: through the generated server (its request's
/// frames read by the handler, its answer's frames compared) or the
/// generated client (its request's frames compared, a peer's answer read).
fn event_case_fn(
    ir: &Ir,
    c: &crate::lower::protocol_cases::EventCaseIr,
    index: usize,
) -> Result<TokenStream, String> {
    let f = format_ident!("event_case_{}", index);
    let op = ir
        .operations
        .get(c.operation)
        .ok_or("the case names no operation")?;
    let case = &c.case;
    let input_stream = stream_of(&op.binding.input);
    let output_stream = stream_of(&op.binding.output);
    let empty_params = empty();
    let in_params = case
        .initial_request_params
        .as_ref()
        .unwrap_or(&empty_params);
    let out_params = case
        .initial_response_params
        .as_ref()
        .unwrap_or(&empty_params);
    let req_frames = event_frames(case, "request");
    let resp_frames = event_frames(case, "response");
    let end = expected_end(
        ir,
        output_stream
            .as_ref()
            .map(|(_, u)| u)
            .or(input_stream.as_ref().map(|(_, u)| u)),
        case,
    );
    // A stream that fails delivers the events before the failure: a prefix.
    let compare_events = if end.is_some() {
        quote! {
            if events.len() > want.len() || events[..] != want[..events.len()] {
                return Err(format!("events {events:?}, the case's {want:?} (or a prefix of them)"));
            }
        }
    } else {
        quote!(pt::same(&events, &want)?;)
    };
    let method = op.binding.method.clone();
    let init_req = case.initial_request.clone().unwrap_or_default();
    let init_resp = case.initial_response.clone().unwrap_or_default();
    let m = init_req.method.clone().unwrap_or(method);
    let uri = init_req
        .uri
        .clone()
        .unwrap_or_else(|| op.binding.uri.clone());
    let body = match c.side {
        Side::Server => {
            let input = ident(&op.input.name);
            let expected_input = built(ir, &op.input, builder(ir, &op.input, in_params)?);
            // A server may refuse a failing case's request outright.
            let refused_ok = end.is_some();
            // The answer the handler gives: the initial response's members
            // and the response events.
            let reply = {
                let b = builder(ir, &op.output, out_params)?;
                let b = match &output_stream {
                    Some((field, union)) => {
                        let events = event_values(ir, union, case, "response")?;
                        quote!(#b.#field(#events))
                    }
                    None => b,
                };
                built(ir, &op.output, b)
            };
            let mut hdrs: Vec<TokenStream> = init_req
                .headers
                .iter()
                .map(|(k, v)| quote!((#k, #v)))
                .collect();
            if !init_req
                .headers
                .keys()
                .any(|k| k.eq_ignore_ascii_case("content-type"))
                && input_stream.is_some()
            {
                hdrs.push(quote!((
                    "content-type",
                    "application/vnd.amazon.eventstream"
                )));
            }
            let frames = &req_frames;
            // The request is the stream's frames; an operation whose input
            // does not stream sends the initial request's body (the RPC
            // protocols' input members).
            let request_body = match (&input_stream, &init_req.body) {
                (None, Some(text)) => {
                    let media = init_req.body_media_type.as_deref().or(init_req
                        .headers
                        .iter()
                        .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
                        .map(|(_, v)| v.as_str()));
                    let lit = body_literal(text, media)?;
                    quote!(rt::Vec::from(&#lit[..]))
                }
                _ => quote!(pt::concat_frames(&[#(#frames),*])?),
            };
            let check_input = match &input_stream {
                Some((_, union)) => {
                    let expected = expected_events(ir, union, case, "request")?;
                    let union_n = ident(&union.name);
                    let end_check = end_check(end.as_deref());
                    quote! {
                        let Some(got) = server.handler().take() else {
                            if #refused_ok && (400..500).contains(&status) {
                                return Ok(());
                            }
                            return Err(format!("the handler was not called; the server answered {answered}"));
                        };
                        let (got, events, end) = *got
                            .downcast::<(#input, rt::Vec<#union_n>, rt::Option<rt::String>)>()
                            .map_err(|_| "the handler recorded another operation's input".to_owned())?;
                        let expected: #input = #expected_input;
                        pt::same(&got.to_json(), &expected.to_json())?;
                        let want: rt::Vec<#union_n> = #expected;
                        #compare_events
                        #end_check
                    }
                }
                None => quote! {
                    let Some(got) = server.handler().take() else {
                        if #refused_ok && (400..500).contains(&status) {
                            return Ok(());
                        }
                        return Err(format!("the handler was not called; the server answered {answered}"));
                    };
                    let got = got.downcast::<#input>().map_err(|_| "the handler recorded another operation's input".to_owned())?;
                    let expected: #input = #expected_input;
                    pt::same(&got.to_json(), &expected.to_json())?;
                },
            };
            let code = init_resp.code.unwrap_or(200);
            let resp_hdrs: Vec<TokenStream> = init_resp
                .headers
                .iter()
                .map(|(k, v)| quote!((#k, #v)))
                .collect();
            let checks_response = !resp_frames.is_empty() || case.initial_response.is_some();
            let check_output = if checks_response {
                let frames = &resp_frames;
                quote! {
                    if status != #code {
                        return Err(format!("status {status}, the case's {}: {}", #code, String::from_utf8_lossy(&body)));
                    }
                    pt::check_frames(&body, &[#(#frames),*])?;
                }
            } else {
                quote!(let _ = (status, &body);)
            };
            let check_headers = (!resp_hdrs.is_empty()).then(|| {
                quote! {
                    let want: &[(&str, &str)] = &[#(#resp_hdrs),*];
                    for (k, v) in want {
                        let got = resp.headers().get(*k).and_then(|x| x.to_str().ok());
                        if got != Some(*v) {
                            return Err(format!("header {k}: {got:?}, the case's {v}"));
                        }
                    }
                }
            });
            let set_reply =
                checks_response.then(|| quote!(server.handler().reply(rt::Box::new(#reply));));
            // The handler reads the request's events as the answer goes
            // out: the answer is read whole, then the input checked.
            quote! {
                let server = Server::new(Recorder::default());
                #set_reply
                let req = pt::request(#m, #uri, &[#(#hdrs),*], &#request_body)?;
                let resp = server.handle(req).await;
                #check_headers
                let (status, body) = pt::collect(resp).await;
                let answered = format!("{status} {}", String::from_utf8_lossy(&body));
                #check_input
                #check_output
            }
        }
        Side::Client => {
            let method_f = ident(&op.method);
            let b = builder(ir, &op.input, in_params)?;
            let b = match &input_stream {
                Some((field, union)) => {
                    let events = event_values(ir, union, case, "request")?;
                    quote!(#b.#field(#events))
                }
                None => b,
            };
            let code = init_resp.code.unwrap_or(200);
            let mut resp_hdrs: Vec<TokenStream> = init_resp
                .headers
                .iter()
                .map(|(k, v)| quote!((#k, #v)))
                .collect();
            if output_stream.is_some()
                && init_resp.body.is_none()
                && !init_resp
                    .headers
                    .keys()
                    .any(|k| k.eq_ignore_ascii_case("content-type"))
            {
                resp_hdrs.push(quote!((
                    "content-type",
                    "application/vnd.amazon.eventstream"
                )));
            }
            let answer = match &init_resp.body {
                Some(text) => quote!(rt::Vec::from(#text.as_bytes())),
                None => {
                    let frames = &resp_frames;
                    quote!(pt::concat_frames(&[#(#frames),*])?)
                }
            };
            let rt_protocol = super::protocol(c.protocol);
            let req_hdrs: Vec<TokenStream> = init_req
                .headers
                .iter()
                .map(|(k, v)| quote!((#k, #v)))
                .collect();
            // The initial request's body, when the input does not stream
            // (the RPC protocols' input members).
            let request_body = match (&input_stream, &init_req.body) {
                (None, Some(text)) => {
                    let media = init_req.body_media_type.clone().unwrap_or_else(|| {
                        init_req
                            .headers
                            .iter()
                            .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
                            .map_or_else(|| "application/json".to_owned(), |(_, v)| v.clone())
                    });
                    quote!(Some((#text, #media)))
                }
                _ => quote!(None),
            };
            let check_request_frames = input_stream.is_some().then(|| {
                let frames = &req_frames;
                quote!(pt::check_frames(&got.body, &[#(#frames),*]).map_err(|e| format!("the request's frames: {e}"))?;)
            });
            let call_error = end.is_some() && code >= 300;
            let output_checks = if call_error {
                let want = end.clone().unwrap_or_default();
                quote! {
                    match result {
                        Err(e) => {
                            let code = e.as_service_error().map(rt::OperationError::code).unwrap_or_default();
                            if !#want.is_empty() && code != #want {
                                return Err(format!("the call failed with {e:?}; the case expects {}", #want));
                            }
                        }
                        Ok(_) => return Err("the call succeeded; the case expects an error".to_owned()),
                    }
                }
            } else {
                let output = ident(&op.output.name);
                let stream_checks = match &output_stream {
                    Some((field, union)) => {
                        let expected = expected_events(ir, union, case, "response")?;
                        let union_n = ident(&union.name);
                        let end_check = end_check(end.as_deref());
                        quote! {
                            let mut events: rt::Vec<#union_n> = rt::Vec::new();
                            let mut end = None;
                            while let Some(e) = out.#field.recv().await {
                                match e {
                                    Ok(x) => events.push(x),
                                    Err(e) => { end = Some(format!("{e:?}")); break; }
                                }
                            }
                            let want: rt::Vec<#union_n> = #expected;
                            #compare_events
                            #end_check
                        }
                    }
                    None => quote!(),
                };
                // The initial response's members, when the case gives them.
                let compare_output = match &case.initial_response_params {
                    Some(params) => {
                        let expected = built(ir, &op.output, builder(ir, &op.output, params)?);
                        quote! {
                            let expected: #output = #expected;
                            pt::same(&out.to_json(), &expected.to_json())?;
                        }
                    }
                    None => quote!(),
                };
                quote! {
                    #[allow(unused_mut)]
                    let mut out = result.map_err(|e| format!("the call failed: {e:?}"))?;
                    #compare_output
                    #stream_checks
                }
            };
            quote! {
                let peer = pt::Peer::start_bytes(#code, &[#(#resp_hdrs),*], rt::Vec::from(#answer).into()).await?;
                let result = client(#rt_protocol, &peer.url, &[], peer.addr, |c| c).#method_f().input(#b).send().await;
                let got = peer.request()?;
                pt::check_request(&got, &pt::ExpectedRequest {
                    method: #m,
                    uri: #uri,
                    headers: &[#(#req_hdrs),*],
                    forbid_headers: &[],
                    require_headers: &[],
                    host: None,
                    body: #request_body,
                    query_params: &[],
                    forbid_query_params: &[],
                    require_query_params: &[],
                })?;
                #check_request_frames
                #output_checks
            }
        }
    };
    Ok(quote! {
        fn #f() -> pt::CaseFuture {
            rt::Box::pin(async move { #body Ok(()) })
        }
    })
}

/// The suite's test file, or why a case could not be generated.
pub fn tests(ir: &Ir, crates: &Crates<'_>, suite: &str) -> Result<TokenStream, String> {
    let traits = super::rt_traits(true);
    let cases = &ir.protocol_cases;
    let types = format_ident!("{}", crates.types.replace('-', "_"));
    let server = format_ident!("{}", crates.server.replace('-', "_"));
    let client = format_ident!("{}", crates.client.replace('-', "_"));
    let svc_trait = ident(&ir.service.trait_name);
    let svc_server = ident(&ir.service.server_name);
    let sdk_error = cases
        .iter()
        .any(|c| c.side == Side::Client && c.kind == CaseKind::Response && c.error.is_some())
        .then(|| quote!(use #client::SdkError;));
    let (fns, entries) = case_fns(ir);
    // Only what the cases use, so that the file compiles without warnings.
    let bindings = cases
        .iter()
        .any(|c| c.side == Side::Server && c.kind == CaseKind::Response)
        .then(|| quote!(use #types::http as bindings;));
    let clients = cases.iter().any(|c| {
        c.side == Side::Client
            || (c.kind == CaseKind::Request
                && ir
                    .operations
                    .get(c.operation)
                    .is_some_and(|op| client_writes_body(op, &c.case)))
    }) || ir.event_cases.iter().any(|c| c.side == Side::Client);
    let clients = clients.then(|| {
        quote! {
            use #client::{Client, Config, Credentials};

            /// A client speaking `protocol` to `url`, whose requests to
            /// `hosts` go to `addr`.
            fn client(
                protocol: rt::Protocol,
                url: &str,
                hosts: &[&str],
                addr: ::std::net::SocketAddr,
                configure: fn(Config) -> Config,
            ) -> Client {
                let config = Config::new()
                    .protocol(protocol)
                    .region("us-east-1")
                    .endpoint_url(url)
                    .credentials_provider(Credentials::new("AKIDTEST", "SECRETTEST", None, None, "test"))
                    .max_attempts(1)
                    .validate_input(false)
                    // The peer's HTTPS certificate is its own, self-signed.
                    .accept_invalid_certs(true)
                    // The suites' idempotency token cases expect this token.
                    .idempotency_token_provider(|| "00000000-0000-4000-8000-000000000000".to_owned());
                let config = configure(config);
                Client::new(hosts.iter().fold(config, |c, h| c.resolve(*h, addr)))
            }
        }
    });
    let methods = ir.operations.iter().map(recorder_method);
    let mut event_fns = Vec::new();
    let mut event_entries = Vec::new();
    for (i, c) in ir.event_cases.iter().enumerate() {
        let f = format_ident!("event_case_{}", i);
        match event_case_fn(ir, c, i) {
            Ok(t) => event_fns.push(t),
            Err(e) => {
                let msg = format!("could not generate this case: {e}");
                event_fns.push(quote! {
                    fn #f() -> pt::CaseFuture {
                        rt::Box::pin(async move { Err(#msg.to_owned()) })
                    }
                });
            }
        }
        let id = &c.case.id;
        let side = match c.side {
            Side::Client => "client",
            Side::Server => "server",
        };
        event_entries.push(quote!(pt::Case { id: #id, side: #side, kind: "events", run: #f }));
    }
    let events_suite = format!("{suite}-eventstreams");
    let events_run = (!event_entries.is_empty()).then(|| {
        quote! {
            let events = pt::run(#events_suite, vec![#(#event_entries),*]);
            if events != ::std::process::ExitCode::SUCCESS {
                return events;
            }
        }
    });
    let doc = format!(
        " The `{suite}` protocol compliance cases, run by `codegen_rt::protocol_test::run`."
    );
    Ok(quote! {
        #![doc = #doc]

        use ::codegen_rt as rt;
        #traits
        use rt::protocol_test as pt;
        use #types::error::*;
        use #types::model::*;
        #sdk_error
        use #server::{Context, #svc_trait};
        #bindings

        type Server = #server::#svc_server<Recorder>;
        #[allow(dead_code)]
        type ServerConfig = #server::Config;

        /// Records the input of the call it gets.
        #[derive(Default)]
        struct Recorder {
            input: ::std::sync::Mutex<rt::Option<rt::Box<dyn ::std::any::Any + rt::Send>>>,
            /// What an event-stream operation answers.
            #[allow(dead_code)]
            reply: ::std::sync::Mutex<rt::Option<rt::Box<dyn ::std::any::Any + rt::Send>>>,
        }

        impl Recorder {
            fn take(&self) -> rt::Option<rt::Box<dyn ::std::any::Any + rt::Send>> {
                self.input.lock().unwrap_or_else(|p| p.into_inner()).take()
            }

            #[allow(dead_code)]
            fn reply(&self, r: rt::Box<dyn ::std::any::Any + rt::Send>) {
                *self.reply.lock().unwrap_or_else(|p| p.into_inner()) = Some(r);
            }
        }

        impl #svc_trait for Recorder {
            #(#methods)*
        }

        #clients

        #(#fns)*

        #(#event_fns)*

        fn main() -> ::std::process::ExitCode {
            let cases = pt::run(#suite, vec![#(#entries),*]);
            #events_run
            cases
        }
    })
}
