//! Routing: which protocol a request speaks and which operation it calls.
//!
//! A service answers every protocol its model lists. The protocol of a
//! request is told by the request itself: a `smithy-protocol` header is an
//! rpcv2 call, an `X-Amz-Target` header an awsJson call, anything else a
//! restJson1 call (where the model lists it). Then each protocol's router
//! finds the operation: awsJson by `X-Amz-Target` (aws-smithy-http-server's
//! awsJson router), restJson1 by method and URI ([`HttpRouter`]: the most
//! specific route wins, a greedy label takes at least one character), rpcv2
//! by the `/service/{Service}/operation/{Operation}` path.

use std::collections::HashMap;

use aws_smithy_http_server::protocol::aws_json::router::{AwsJsonRouter, Error as TargetError};
use aws_smithy_http_server::routing::Router;

use crate::binding::{self, HttpOp, Segment, UriPattern};
use crate::error::WireError;
use crate::protocol::{Protocol, Routing};

/// A routing table: the service's protocols and an operation per route.
#[derive(Debug)]
pub struct Routes<Op> {
    service: &'static str,
    protocols: Vec<Protocol>,
    ops: Vec<(&'static HttpOp, Op)>,
    target: Option<AwsJsonRouter<usize>>,
    http: Option<HttpRouter>,
    by_name: HashMap<&'static str, usize>,
    /// Operations that take calls without credentials.
    anonymous: Vec<bool>,
}

/// `uri` without the trailing slash of its path (`/a/?q` as `/a?q`), when
/// it has one and is not `/`.
fn without_trailing_slash(uri: &http::Uri) -> Option<http::Uri> {
    let path = uri.path();
    let trimmed = path.strip_suffix('/').filter(|p| !p.is_empty())?;
    let pq = match uri.query() {
        Some(q) => format!("{trimmed}?{q}"),
        None => trimmed.to_owned(),
    };
    pq.parse().ok()
}

/// A request's operation, its bindings and the protocol it speaks.
#[derive(Debug, Clone)]
pub struct Routed<Op> {
    pub op: Op,
    pub binding: &'static HttpOp,
    pub protocol: Protocol,
    /// The operation takes calls that present no credentials
    /// (`@optionalAuth`, `noAuth`).
    pub anonymous: bool,
}

impl<Op: Clone> Routes<Op> {
    /// The routing table of service `service` (the service shape's name),
    /// speaking `protocols` (at least one; the model's order), with each
    /// operation's bindings and value.
    pub fn new(
        service: &'static str,
        protocols: &[Protocol],
        ops: &[(&'static HttpOp, Op)],
    ) -> Self {
        let has = |r: Routing| protocols.iter().any(|p| p.routing() == r);
        let target = has(Routing::Target).then(|| {
            AwsJsonRouter::from_owned(
                ops.iter()
                    .enumerate()
                    .map(|(i, (h, _))| (format!("{service}.{}", h.name), i)),
            )
        });
        let http = has(Routing::Http).then(|| HttpRouter::new(ops.iter().map(|(h, _)| *h)));
        let by_name = ops
            .iter()
            .enumerate()
            .map(|(i, (h, _))| (h.name, i))
            .collect();
        Self {
            service,
            protocols: if protocols.is_empty() {
                vec![Protocol::AwsJson1_1]
            } else {
                protocols.to_vec()
            },
            ops: ops.to_vec(),
            target,
            http,
            by_name,
            anonymous: vec![false; ops.len()],
        }
    }

    /// Marks operations (by name) that take calls presenting no
    /// credentials: the model lists `noAuth` among their auth schemes.
    pub fn anonymous(mut self, names: &[&str]) -> Self {
        for name in names {
            if let Some(&i) = self.by_name.get(name) {
                self.anonymous[i] = true;
            }
        }
        self
    }

    /// The XML descriptions of some operation, for what the service's
    /// operations share (whether restXml errors are wrapped); `None` for
    /// JSON and CBOR services.
    pub fn xml(&self) -> Option<&'static crate::codec::message::XmlOp> {
        self.ops.iter().find_map(|(h, _)| h.xml)
    }

    /// The protocols served, in the model's order.
    pub fn protocols(&self) -> &[Protocol] {
        &self.protocols
    }

    /// The protocol a request speaks (the first listed when nothing tells).
    pub fn protocol_of(&self, parts: &http::request::Parts) -> Protocol {
        let listed = |p: Protocol| self.protocols.contains(&p).then_some(p);
        let first = self.protocols[0];
        if self.protocols.len() == 1 {
            return first;
        }
        let header = |name: &str| parts.headers.get(name).and_then(|v| v.to_str().ok());
        if let Some(v) = header("smithy-protocol") {
            let p = match v {
                "rpc-v2-cbor" => listed(Protocol::RpcV2Cbor),
                "rpc-v2-json" => listed(Protocol::RpcV2Json),
                _ => None,
            };
            return p
                .or_else(|| listed(Protocol::RpcV2Cbor))
                .or_else(|| listed(Protocol::RpcV2Json))
                .unwrap_or(first);
        }
        if parts.headers.contains_key("x-amz-target") {
            if let Some(p) = listed(Protocol::AwsJson1_0).or_else(|| listed(Protocol::AwsJson1_1)) {
                return p;
            }
        }
        let form = parts
            .headers
            .get(http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if form {
            if let Some(p) = listed(Protocol::AwsQuery).or_else(|| listed(Protocol::Ec2Query)) {
                return p;
            }
        }
        listed(Protocol::RestJson1)
            .or_else(|| listed(Protocol::RestXml))
            .unwrap_or(first)
    }

    /// The operation a request calls, or the error that says why none (with
    /// the protocol to answer it in). The request head is lent to the
    /// routers and given back.
    #[allow(clippy::type_complexity)]
    pub fn route(
        &self,
        parts: http::request::Parts,
    ) -> (
        http::request::Parts,
        Result<Routed<Op>, (Protocol, WireError)>,
    ) {
        let protocol = self.protocol_of(&parts);
        let (parts, found) = match protocol.routing() {
            Routing::Target => match &self.target {
                Some(router) => {
                    let mut head = http::Request::from_parts(parts, ());
                    // The router compares the whole URI with `/`: an
                    // HTTP/2 request's is absolute (`http://host/`), so it
                    // is matched on its path and query.
                    let sent = head.uri().clone();
                    if let Some(pq) = sent.path_and_query().filter(|_| sent.scheme().is_some()) {
                        if let Ok(relative) = http::Uri::try_from(pq.as_str()) {
                            *head.uri_mut() = relative;
                        }
                    }
                    let found = router.match_route(&head);
                    *head.uri_mut() = sent;
                    let (parts, ()) = head.into_parts();
                    let found = found.map_err(|e| target_error(&e, &parts));
                    (parts, found)
                }
                None => (
                    parts,
                    Err(WireError::plain(
                        500,
                        "InternalFailure",
                        "no awsJson routes",
                    )),
                ),
            },
            Routing::Http => match &self.http {
                Some(router) => {
                    let mut parts = parts;
                    let mut found = router.route(&parts);
                    // `/bucket/` as `/bucket` (aws-sdk-s3's CreateBucket):
                    // a trailing slash no route has is left out, the
                    // signature still checked over the path as sent.
                    if found.is_err() {
                        if let Some(trimmed) = without_trailing_slash(&parts.uri) {
                            // Tried in place; served so only if it routes.
                            let sent = std::mem::replace(&mut parts.uri, trimmed);
                            let again = router.route(&parts);
                            let trimmed = std::mem::replace(&mut parts.uri, sent);
                            if let Ok(i) = again {
                                super::serve_as(&mut parts, trimmed);
                                found = Ok(i);
                            }
                        }
                    }
                    let found = found.map_err(|e| rest_error(e, &parts));
                    (parts, found)
                }
                None => (
                    parts,
                    Err(WireError::plain(500, "InternalFailure", "no REST routes")),
                ),
            },
            Routing::RpcV2 => {
                let found = self.rpc_v2(&parts, protocol);
                (parts, found)
            }
            // Routed once the body is read (`route_form`).
            Routing::Query => (
                parts,
                Err(WireError::plain(
                    500,
                    "InternalFailure",
                    "query protocols are routed by their form body",
                )),
            ),
        };
        let routed = match found {
            Ok(i) => {
                let (binding, op) = &self.ops[i];
                // A REST-bound operation called in an RPC protocol: every
                // member in the body.
                let binding = match protocol.routing() {
                    Routing::Http => *binding,
                    _ => binding.rpc(),
                };
                Ok(Routed {
                    op: op.clone(),
                    binding,
                    protocol,
                    anonymous: self.anonymous[i],
                })
            }
            Err(e) => Err((protocol, e)),
        };
        (parts, routed)
    }

    /// The operation a query protocol's request calls: `POST` with a form
    /// whose `Action` names it (`body` already decoded).
    pub fn route_form(
        &self,
        parts: &http::request::Parts,
        protocol: Protocol,
        body: &[u8],
    ) -> Result<Routed<Op>, WireError> {
        if parts.method != http::Method::POST {
            return Err(WireError::plain(
                405,
                "InvalidAction",
                format!(
                    "Method {} is not allowed; {protocol} operations are called with POST",
                    parts.method
                ),
            ));
        }
        let form = crate::codec::query::parse(body);
        let action = form.action.ok_or_else(|| {
            WireError::plain(400, "MissingAction", "the form has no Action parameter")
        })?;
        let i = self.by_name.get(action.as_str()).copied().ok_or_else(|| {
            WireError::plain(
                400,
                "InvalidAction",
                format!("The action {action} is not valid for this web service."),
            )
        })?;
        let (binding, op) = &self.ops[i];
        Ok(Routed {
            op: op.clone(),
            binding: binding.rpc(),
            protocol,
            anonymous: self.anonymous[i],
        })
    }

    /// `POST [prefix]/service/{Service}/operation/{Operation}`.
    fn rpc_v2(&self, parts: &http::request::Parts, protocol: Protocol) -> Result<usize, WireError> {
        let unknown =
            |status: u16, msg: String| WireError::plain(status, "UnknownOperationException", msg);
        let path = parts.uri.path();
        if parts.method != http::Method::POST {
            return Err(unknown(
                405,
                format!(
                    "Method {} is not allowed; {protocol} operations are called with POST",
                    parts.method
                ),
            ));
        }
        let wanted = protocol.smithy_protocol().unwrap_or_default();
        match parts.headers.get("smithy-protocol").map(|v| v.to_str()) {
            Some(Ok(v)) if v == wanted => {}
            _ => {
                return Err(unknown(
                    400,
                    format!("{protocol} calls carry the header 'smithy-protocol: {wanted}'"),
                ))
            }
        }
        let mut segments = path.rsplit('/');
        let (op, keyword, service, keyword2) = (
            segments.next(),
            segments.next(),
            segments.next(),
            segments.next(),
        );
        let found = match (op, keyword, service, keyword2) {
            (Some(op), Some("operation"), Some(service), Some("service"))
                if service == self.service =>
            {
                self.by_name.get(op).copied()
            }
            _ => None,
        };
        found.ok_or_else(|| unknown(404, format!("No operation at '{path}'")))
    }
}

/// Why no HTTP-bound operation takes a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpRouteError {
    /// A route has this path, for another method.
    MethodNotAllowed,
    /// No route has this path.
    NotFound,
}

/// The router of HTTP-bound protocols: every operation's method and URI
/// pattern, tried most specific first. A route is more specific when it has
/// more literal path segments, then fewer greedy labels, then more
/// segments, then more query literals; so `GET /` is not taken by
/// `GET /{Path+}` (a greedy label matches at least one character) and
/// `/a/b` wins over `/a/{x}`.
#[derive(Debug, Clone)]
pub struct HttpRouter {
    /// Method, pattern and operation index, most specific first.
    routes: Vec<(http::Method, UriPattern, usize)>,
    /// Each operation's name and input bindings, by index.
    ops: Vec<(&'static str, &'static [binding::Binding])>,
}

impl HttpRouter {
    /// The router of `ops` (a route's value is its index here).
    pub fn new<'a>(ops: impl IntoIterator<Item = &'a HttpOp>) -> Self {
        let ops: Vec<&HttpOp> = ops.into_iter().collect();
        let named = ops.iter().map(|h| (h.name, h.input.bindings)).collect();
        let mut routes: Vec<_> = ops
            .into_iter()
            .enumerate()
            .map(|(i, h)| {
                let method =
                    http::Method::from_bytes(h.method.as_bytes()).unwrap_or(http::Method::POST);
                (method, UriPattern::parse(h.uri), i)
            })
            .collect();
        routes.sort_by_key(|(_, p, i)| {
            let count = |f: fn(&Segment) -> bool| p.path.iter().filter(|s| f(s)).count();
            (
                std::cmp::Reverse(count(|s| matches!(s, Segment::Literal(_)))),
                count(|s| matches!(s, Segment::Greedy(_))),
                std::cmp::Reverse(p.path.len()),
                std::cmp::Reverse(p.query.len()),
                *i,
            )
        });
        Self { routes, ops: named }
    }

    /// The index of the operation `parts` calls.
    pub fn route(&self, parts: &http::request::Parts) -> Result<usize, HttpRouteError> {
        let path = parts.uri.path();
        let query: Vec<(String, String)> = parts
            .uri
            .query()
            .map(|q| {
                q.split('&')
                    .filter(|kv| !kv.is_empty())
                    .map(|kv| {
                        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                        (
                            binding::decode_query(k).unwrap_or_default(),
                            binding::decode_query(v).unwrap_or_default(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut other_method = false;
        for (method, pattern, i) in &self.routes {
            if !pattern.matches_path(path) || !query_fits(pattern, &query) {
                continue;
            }
            if method == parts.method {
                return Ok(*i);
            }
            other_method = true;
        }
        // A client that leaves out a URI's `x-id=Operation` literal (the AWS
        // models' disambiguator, which botocore does not send): among the
        // routes of this method and path, the one whose required bound
        // members the request has, the most of them winning (S3's
        // `UploadPart` by `partNumber` and `uploadId`, `CopyObject` by
        // `x-amz-copy-source`, else `PutObject`).
        let mut best: Option<(usize, usize)> = None;
        for (method, pattern, i) in &self.routes {
            let (name, bindings) = self.ops[*i];
            let x_id =
                |(k, v): &(String, Option<String>)| k == "x-id" && v.as_deref() == Some(name);
            if method != parts.method
                || !pattern.query.iter().any(x_id)
                || !pattern.matches_path(path)
            {
                continue;
            }
            let rest = UriPattern {
                path: Vec::new(),
                query: pattern.query.iter().filter(|q| !x_id(q)).cloned().collect(),
            };
            if !query_fits(&rest, &query) {
                continue;
            }
            let mut met = 0;
            let all = bindings.iter().filter(|b| b.required).all(|b| {
                let present = match b.loc {
                    binding::Loc::Query(q) => query.iter().any(|(k, _)| k == q),
                    binding::Loc::Header(h) => parts.headers.contains_key(h),
                    _ => true,
                };
                met += usize::from(present && !matches!(b.loc, binding::Loc::Label(_)));
                present
            });
            if all && best.is_none_or(|(m, _)| met > m) {
                best = Some((met, *i));
            }
        }
        if let Some((_, i)) = best {
            return Ok(i);
        }
        Err(if other_method {
            HttpRouteError::MethodNotAllowed
        } else {
            HttpRouteError::NotFound
        })
    }
}

/// Whether the request's query has every literal of the pattern's.
fn query_fits(pattern: &UriPattern, query: &[(String, String)]) -> bool {
    pattern.query.iter().all(|(k, v)| {
        query
            .iter()
            .any(|(qk, qv)| qk == k && v.as_ref().is_none_or(|v| v == qv))
    })
}

fn rest_error(e: HttpRouteError, parts: &http::request::Parts) -> WireError {
    let (status, what) = match e {
        HttpRouteError::MethodNotAllowed => (405, "does not allow method"),
        HttpRouteError::NotFound => (404, "has no operation for"),
    };
    WireError::plain(
        status,
        "UnknownOperationException",
        format!("this service {what} {} {}", parts.method, parts.uri.path()),
    )
}

fn target_error(e: &TargetError, parts: &http::request::Parts) -> WireError {
    match e {
        TargetError::MethodNotAllowed => WireError::plain(
            405,
            "UnknownOperationException",
            format!(
                "Method {} is not allowed; awsJson operations are called with POST /",
                parts.method
            ),
        ),
        TargetError::NotRootUrl => WireError::plain(
            404,
            "UnknownOperationException",
            format!(
                "No operation at '{}'; awsJson operations are called with POST /",
                parts.uri.path()
            ),
        ),
        TargetError::MissingHeader => WireError::plain(
            400,
            "UnknownOperationException",
            "Missing the X-Amz-Target header naming the operation",
        ),
        TargetError::InvalidHeader(_) => WireError::plain(
            400,
            "UnknownOperationException",
            "The X-Amz-Target header is not valid text",
        ),
        TargetError::NotFound => {
            let target = parts
                .headers
                .get("x-amz-target")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            WireError::plain(
                400,
                "UnknownOperationException",
                format!("Unknown operation '{target}'"),
            )
        }
    }
}
