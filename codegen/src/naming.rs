//! Rust names for Smithy names: `heck` for the case conversion, then escaping of
//! keywords and of names that would shadow what generated code relies on.

use heck::{ToSnakeCase, ToUpperCamelCase};

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];

/// A field or method name: `repositoryName` -> `repository_name`, `type` -> `r#type`.
pub fn field(name: &str) -> String {
    escape(name.to_snake_case())
}

/// A type name: `repositoryName` -> `RepositoryName` (the names table then
/// resolves collisions, with runtime names among others).
pub fn type_name(name: &str) -> String {
    let n = name.to_upper_camel_case();
    if n.is_empty() || n.starts_with(|c: char| c.is_ascii_digit()) {
        format!("Shape{n}")
    } else {
        n
    }
}

/// An enum variant: `IMMUTABLE` -> `Immutable`, `sha256` -> `Sha256`, `1x` -> `V1x`.
pub fn variant(name: &str) -> String {
    let n = name.to_upper_camel_case();
    let n = if n.is_empty() || n.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{n}")
    } else {
        n
    };
    if n == "Unknown" || n == "Self" {
        format!("{n}Value")
    } else {
        n
    }
}

fn escape(n: String) -> String {
    let n = if n.is_empty() || n.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{n}")
    } else {
        n
    };
    if NOT_RAW.contains(&n.as_str()) {
        format!("{n}_")
    } else if KEYWORDS.contains(&n.as_str()) {
        format!("r#{n}")
    } else {
        n
    }
}

/// The identifier without a raw prefix, for building other names from it.
pub fn bare(ident: &str) -> &str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields() {
        assert_eq!(field("repositoryName"), "repository_name");
        assert_eq!(field("type"), "r#type");
        assert_eq!(field("self"), "self_");
        assert_eq!(field("Self"), "self_");
        assert_eq!(field("async"), "r#async");
        assert_eq!(field("ECRRepositoryArn"), "ecr_repository_arn");
        assert_eq!(field("2fa"), "_2fa");
    }

    #[test]
    fn types() {
        assert_eq!(type_name("RepositoryName"), "RepositoryName");
        assert_eq!(type_name("ECRRepository"), "EcrRepository");
    }

    #[test]
    fn variants() {
        assert_eq!(variant("IMMUTABLE"), "Immutable");
        assert_eq!(
            variant("IMMUTABLE_WITH_EXCLUSION"),
            "ImmutableWithExclusion"
        );
        assert_eq!(variant("sha256"), "Sha256");
        assert_eq!(variant("Unknown"), "UnknownValue");
        assert_eq!(variant("1x"), "V1x");
    }
}
