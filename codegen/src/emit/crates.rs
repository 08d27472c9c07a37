//! Each generated crate's file list, declared once: the types, server and
//! client crates, and the protocol compliance test crate. Each file is a
//! closure the render pool runs on a worker.

use super::cargo::RuntimeDep;
use super::Artifact;
use crate::format::pool::Render;
use crate::lower;
use crate::Error;

/// The generated crates' names.
pub struct CrateNames {
    pub types: String,
    pub server: String,
    pub client: String,
    pub tests: String,
}

/// The files of the types, server and client crates. Each file is emitted and
/// formatted on its own thread (token streams are not `Send`, so emission
/// happens there too).
pub fn crate_artifacts<'a>(
    ir: &'a lower::Ir,
    n: &'a CrateNames,
    rt: &'a RuntimeDep<'a>,
    header: &'a str,
) -> Vec<(String, Render<'a>)> {
    let (types, server, client) = (&n.types, &n.server, &n.client);
    let title = &ir.service.title;
    let types_ident = types.replace('-', "_");
    let types_ident2 = types_ident.clone();
    let then = |(tokens, tail)| Artifact::RustThen(tokens, tail);
    let mut rest: Vec<(String, Render<'a>)> = Vec::new();
    rest.push((
        format!("{types}/src/http.rs"),
        Box::new(|| Artifact::Rust(super::http::module(ir))),
    ));
    if !ir.xml.is_empty() {
        rest.push((
            format!("{types}/src/xml.rs"),
            Box::new(|| match super::xml::module(ir) {
                Some(t) => Artifact::Rust(t),
                None => Artifact::Failed("no XML descriptions".to_owned()),
            }),
        ));
    }
    // Largest first: `format_all` hands files to its workers in this order.
    let mut files: Vec<(String, Render<'a>)> = vec![
        (
            format!("{types}/src/json.rs"),
            Box::new(|| Artifact::Rust(super::types::json(ir))),
        ),
        (
            format!("{types}/src/model.rs"),
            Box::new(move || then(super::types::model(ir))),
        ),
        (
            format!("{types}/Cargo.toml"),
            Box::new(move || {
                let features = super::cargo::pattern_features(ir);
                Artifact::Text(super::cargo::types(types, title, rt, header, &features))
            }),
        ),
        (
            format!("{types}/src/lib.rs"),
            Box::new(|| Artifact::Rust(super::types::lib(ir))),
        ),
        (
            format!("{types}/src/error.rs"),
            Box::new(move || then(super::types::errors(ir))),
        ),
        (
            format!("{server}/Cargo.toml"),
            Box::new(move || {
                let features = super::cargo::server_features(ir);
                Artifact::Text(super::cargo::server(
                    server, types, title, rt, header, &features,
                ))
            }),
        ),
        (
            format!("{server}/src/lib.rs"),
            Box::new(move || Artifact::Rust(super::server::lib(ir, &types_ident))),
        ),
        (
            format!("{client}/Cargo.toml"),
            Box::new(move || {
                let features = super::cargo::client_features(ir);
                Artifact::Text(super::cargo::client(
                    client, types, title, rt, header, &features,
                ))
            }),
        ),
        (
            format!("{client}/src/lib.rs"),
            Box::new(move || Artifact::Rust(super::client::lib(ir, &types_ident2, client))),
        ),
        (
            format!("{client}/src/schema.rs"),
            Box::new(move || then(super::client::schema(ir))),
        ),
    ];
    files.extend(rest);
    files
}

/// The protocol compliance test crate's files.
pub fn protocol_test_artifacts<'a>(
    ir: &'a lower::Ir,
    n: &'a CrateNames,
    rt: &'a RuntimeDep<'a>,
    header: &'a str,
    suite: &str,
) -> Result<Vec<(String, Render<'a>)>, Error> {
    let (types, server, client, tests) = (&n.types, &n.server, &n.client, &n.tests);
    let title = &ir.service.title;
    let crates = super::protocol_tests::Crates {
        types,
        server,
        client,
    };
    let test_file = super::protocol_tests::tests(ir, &crates, suite)
        .map_err(|e| Error::Internal(format!("protocol tests: {e}")))?;
    let test_file = std::sync::Mutex::new(Some(test_file.to_string()));
    let lib_text =
        format!("{header}\n//! Protocol compliance tests for the {title} API: `cargo test`.\n");
    Ok(vec![
        (
            format!("{tests}/Cargo.toml"),
            Box::new(move || {
                let deps: [&str; 3] = [types, server, client];
                Artifact::Text(super::cargo::protocol_tests(
                    tests, &deps, title, rt, header,
                ))
            }),
        ),
        (
            format!("{tests}/src/lib.rs"),
            Box::new(move || Artifact::Text(lib_text.clone())),
        ),
        (
            format!("{tests}/tests/protocol.rs"),
            Box::new(move || {
                let text = test_file
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .take()
                    .unwrap_or_default();
                // Token streams are not `Send`: the text crosses threads and
                // is parsed back here; a failure is an error, not an empty file.
                match text.parse() {
                    Ok(tokens) => Artifact::Rust(tokens),
                    Err(e) => Artifact::Failed(format!("protocol tests do not parse: {e}")),
                }
            }),
        ),
    ])
}
