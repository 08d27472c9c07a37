//! Every HTTP-bound operation is reachable: for each operation of every
//! restJson1 model we have (`codegen/tests/models/`, `../shared/models/aws/`
//! and the protocol suites' models in `../shared/protocol-tests/`), a request built from its own `@http`
//! URI template (labels filled, query literals added) is routed by the
//! runtime's `HttpRouter` to that operation and no other.

use std::path::{Path, PathBuf};

use codegen_rt::binding::{HttpOp, Message};
use codegen_rt::server::{http, HttpRouter};

/// `uri` with its labels filled in: a label gets one segment, a greedy
/// label two; a query literal `k` or `k=v` is kept.
fn request_path(uri: &str) -> String {
    let (path, query) = uri.split_once('?').unwrap_or((uri, ""));
    let mut out = String::new();
    for seg in path.split('/').filter(|s| !s.is_empty()) {
        out.push('/');
        match seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(l) if l.ends_with('+') => out.push_str("v4lue/m0re"),
            Some(_) => out.push_str("v4lue"),
            None => out.push_str(seg),
        }
    }
    if out.is_empty() {
        out.push('/');
    }
    if !query.is_empty() {
        out.push('?');
        out.push_str(query);
    }
    out
}

/// Routes every operation of the restJson1 service in `model`; the
/// mistakes found, as text.
fn check_model(
    path: &Path,
    partitions: &codegen::endpoints::PartitionsData,
) -> (usize, Vec<String>) {
    let Ok(model) = codegen::load::load_file(path) else {
        return (0, Vec::new());
    };
    let Ok(closure) = codegen::resolve::resolve(&model, None) else {
        return (0, Vec::new());
    };
    let Ok(ir) = codegen::lower::lower(&closure, Some(partitions)) else {
        return (0, Vec::new());
    };
    if !ir.service.rest {
        return (0, Vec::new());
    }
    let leak = |s: &str| -> &'static str { Box::leak(s.to_owned().into_boxed_str()) };
    let ops: Vec<&'static HttpOp> = ir
        .operations
        .iter()
        .map(|o| {
            &*Box::leak(Box::new(HttpOp {
                name: leak(&o.name),
                method: leak(&o.binding.method),
                uri: leak(&o.binding.uri),
                code: o.binding.code,
                input: Message::EMPTY,
                output: Message::EMPTY,
                xml: None,
            }))
        })
        .collect();
    let router = HttpRouter::new(ops.iter().copied());
    let mut wrong = Vec::new();
    for (i, op) in ops.iter().enumerate() {
        let uri = request_path(op.uri);
        let (parts, ()) = http::Request::builder()
            .method(op.method)
            .uri(&uri)
            .body(())
            .unwrap()
            .into_parts();
        match router.route(&parts) {
            Ok(j) if j == i => {}
            other => wrong.push(format!(
                "{}: {} {} ({} {uri}) went to {:?}",
                path.display(),
                op.name,
                op.uri,
                op.method,
                other.map(|j| ops[j].name)
            )),
        }
    }
    (ops.len(), wrong)
}

fn models() -> Vec<PathBuf> {
    let ws = codegen::workspace_dir();
    let mut dirs = vec![ws.join("codegen/tests/models")];
    let shared = ws.join("../shared/models/aws");
    if shared.is_dir() {
        dirs.push(shared);
        dirs.push(ws.join("../shared/protocol-tests"));
    } else if std::env::var("CI").as_deref() == Ok("true") {
        panic!("CI=true but {} is missing", shared.display());
    } else {
        eprintln!(
            "skipping the AWS models: {} not found (only our own models are routed)",
            shared.display()
        );
    }
    let mut out = Vec::new();
    for d in dirs {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("json" | "smithy")
            ) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_operation_is_reached_by_its_own_uri_template() {
    let partitions = codegen::endpoints::read_partitions(None).unwrap();
    let (mut wrong, mut routed) = (Vec::new(), 0);
    for m in models() {
        let (n, w) = check_model(&m, &partitions);
        routed += n;
        wrong.extend(w);
    }
    eprintln!("{routed} operations routed");
    assert!(routed > 0);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_root_is_not_taken_by_a_greedy_label() {
    let ops: Vec<&'static HttpOp> = [("ListItems", "/"), ("GetObject", "/{Path+}")]
        .into_iter()
        .map(|(name, uri)| {
            &*Box::leak(Box::new(HttpOp {
                name,
                method: "GET",
                uri,
                code: 200,
                input: Message::EMPTY,
                output: Message::EMPTY,
                xml: None,
            }))
        })
        .collect();
    let router = HttpRouter::new(ops.iter().copied());
    let route = |uri: &str| {
        let (parts, ()) = http::Request::get(uri).body(()).unwrap().into_parts();
        router.route(&parts)
    };
    assert_eq!(route("/"), Ok(0));
    assert_eq!(route("/?Path=x"), Ok(0));
    assert_eq!(route("/a"), Ok(1));
    assert_eq!(route("/a/b/c"), Ok(1));
}
