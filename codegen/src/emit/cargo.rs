//! `Cargo.toml` for each generated crate.

/// How generated crates find the runtime crate.
pub struct RuntimeDep<'a> {
    /// Path to `runtime/`, relative to the output directory or absolute.
    pub path: &'a str,
}

fn rt_path(rt: &RuntimeDep<'_>) -> String {
    if std::path::Path::new(rt.path).is_absolute() {
        rt.path.to_owned()
    } else {
        format!("../{}", rt.path)
    }
}

fn package(name: &str, description: &str, header: &str) -> String {
    let header = header.replace("//", "#");
    format!(
        "{header}\n[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\ndescription = \"{description}\"\nlicense = \"Apache-2.0\"\npublish = false\n\n[lib]\ndoctest = false\n"
    )
}

/// The types crate; `features` are the runtime's pattern engines the
/// model's patterns need beyond `regex-lite`.
pub fn types(
    name: &str,
    title: &str,
    rt: &RuntimeDep<'_>,
    header: &str,
    features: &[&str],
) -> String {
    let features = if features.is_empty() {
        String::new()
    } else {
        let list: Vec<String> = features.iter().map(|f| format!("\"{f}\"")).collect();
        format!(", features = [{}]", list.join(", "))
    };
    format!(
        "{}\n[dependencies]\ncodegen-rt = {{ path = \"{}\"{features} }}\n",
        package(
            name,
            &format!("Shared types of the {title} API (generated)"),
            header
        ),
        rt_path(rt)
    )
}

/// The runtime features the patterns of `ir` need.
pub fn pattern_features(ir: &crate::lower::Ir) -> Vec<&'static str> {
    use codegen_rt::pattern::Engine;
    let needs = |e: Engine| ir.patterns.iter().any(|p| p.translated.engine == e);
    let mut out = Vec::new();
    if needs(Engine::Linear) {
        out.push("unicode-patterns");
    }
    if needs(Engine::Backtracking) {
        out.push("lookaround-patterns");
    }
    out
}

pub fn server(
    name: &str,
    types: &str,
    title: &str,
    rt: &RuntimeDep<'_>,
    header: &str,
    features: &[&str],
) -> String {
    let features: Vec<String> = features.iter().map(|f| format!("\"{f}\"")).collect();
    format!(
        "{}\n[dependencies]\ncodegen-rt = {{ path = \"{}\", features = [{}] }}\n{types} = {{ path = \"../{types}\" }}\n",
        package(name, &format!("Server SDK for the {title} API (generated)"), header),
        rt_path(rt),
        features.join(", ")
    )
}

/// The runtime features a client of this model needs beyond `client`:
/// waiters, request compression, request checksums, only when it uses them.
pub fn client_features(ir: &crate::lower::Ir) -> Vec<&'static str> {
    let mut out = vec!["client"];
    let ops = &ir.operations;
    if ops.iter().any(|o| !o.waiters.is_empty()) {
        out.push("waiters");
    }
    if ops.iter().any(|o| o.gzip) {
        out.push("request-compression");
    }
    if ops.iter().any(|o| o.checksum_required) {
        out.push("checksums");
    }
    if ops.iter().any(|o| o.flexible_checksum.is_some()) {
        out.push("flexible-checksums");
    }
    out
}

/// The runtime features a server of this model needs beyond `server`.
pub fn server_features(ir: &crate::lower::Ir) -> Vec<&'static str> {
    let mut out = vec!["server"];
    if ir.operations.iter().any(|o| o.flexible_checksum.is_some()) {
        out.push("flexible-checksums");
    }
    out
}

pub fn client(
    name: &str,
    types: &str,
    title: &str,
    rt: &RuntimeDep<'_>,
    header: &str,
    features: &[&str],
) -> String {
    let features: Vec<String> = features.iter().map(|f| format!("\"{f}\"")).collect();
    format!(
        "{}\n[features]\n# TLS for https endpoints: the system's (OpenSSL, Security.framework,\n# SChannel), or rustls (pure Rust). With neither, only http endpoints work.\ndefault = [\"native-tls\"]\nnative-tls = [\"codegen-rt/tls-native\"]\nrustls = [\"codegen-rt/tls-rustls\"]\n\n[dependencies]\ncodegen-rt = {{ path = \"{}\", features = [{}] }}\n{types} = {{ path = \"../{types}\" }}\n",
        package(name, &format!("Client SDK for the {title} API (generated)"), header),
        rt_path(rt),
        features.join(", ")
    )
}

/// The crate holding a model's protocol compliance tests (`tests/protocol.rs`,
/// its own harness).
pub fn protocol_tests(
    name: &str,
    crates: &[&str],
    title: &str,
    rt: &RuntimeDep<'_>,
    header: &str,
) -> String {
    let deps: String = crates
        .iter()
        .map(|c| format!("{c} = {{ path = \"../{c}\" }}\n"))
        .collect();
    format!(
        "{}\n[dev-dependencies]\ncodegen-rt = {{ path = \"{}\", features = [\"protocol-test\"] }}\n{deps}\n[[test]]\nname = \"protocol\"\nharness = false\n",
        package(name, &format!("Protocol compliance tests for the {title} API (generated)"), header),
        rt_path(rt)
    )
}
