//! The one place that hands out Rust identifiers.
//!
//! Generated code names everything from the runtime and std by path through
//! `rt` (`use ::codegen_rt as rt;`, lowercase, so no type can shadow it:
//! `rt::Option`, `rt::String`, `rt::JsonValue`), and brings trait methods into
//! scope unnamed (`use rt::ToJson as _`). So a shape may be called `Option`,
//! `Result` or `Handle` and keep its name. The names that do meet are the
//! generator's own: the client and server crates glob-import the types crate,
//! so one [`NameTable`] covers every type-level name of the three crates.
//! Names are claimed in a fixed order, so the result is deterministic:
//!
//! 1. the crates' fixed API ([`CRATE_API`]: `Client`, `Config`, ...);
//! 2. structures, unions and enums, in shape-id order: `Name`, else `NameShape`;
//! 3. `Unit` inputs and outputs of operations: `OpInput`, else `OpOperationInput`;
//! 4. builders: `NameBuilder`, else `NameShapeBuilder`;
//! 5. the server trait (`Ecr`, else `EcrService`), its server (`EcrServer`) and
//!    the server's operation enum (`Operation`, else `OperationName`);
//! 6. per operation, in name order: its error enum `OpError` (else
//!    `OpOperationError`), fluent builder `OpFluentBuilder` and paginator
//!    `OpPaginator`.
//!
//! When every candidate is taken, the first one gets the smallest free numeric
//! suffix (`Name2`, `Name3`, ...). So shapes always keep the name the model
//! gives them (unless it meets a runtime name) and generated helpers yield.
//!
//! Members get a [`NameTable`] of their own per structure, seeded with the
//! methods their builders and fluent builders define (`build`, `send`,
//! `input`, ...): a member named like one becomes `name_member`; two members
//! that meet after case conversion get `_2`, `_3`, ...

use std::collections::BTreeMap;

/// Identifiers already claimed, each with who claimed it.
#[derive(Debug, Default, Clone)]
pub struct NameTable {
    taken: BTreeMap<String, String>,
}

/// What the client crate (`Client`, and `Config`, `Credentials`, `SdkError`
/// re-exported) and the server crate (`Config`, `Context` re-exported) always
/// define: a shape with one of these names becomes `NameShape`.
pub const CRATE_API: &[&str] = &["Client", "Config", "Context", "Credentials", "SdkError"];

/// Methods of builders, fluent builders and generated trait impls that a
/// member's setter must not shadow.
pub const MEMBER_RESERVED: &[&str] = &[
    // The response metadata field of outputs and errors.
    "_meta",
    "build",
    "builder",
    "to_json",
    "from_json",
    "fallback",
    "input",
    "input_mut",
    "send",
    "into_paginator",
    "customize",
];

impl NameTable {
    /// A table with `reserved` already taken.
    pub fn new(reserved: &[&str]) -> Self {
        let mut t = NameTable::default();
        for r in reserved {
            t.taken.insert((*r).to_owned(), "(reserved)".to_owned());
        }
        t
    }

    /// Whether `name` is free.
    pub fn is_free(&self, name: &str) -> bool {
        !self.taken.contains_key(name)
    }

    /// Claims the first free candidate for `owner`; when none is free, the
    /// first candidate with the smallest free numeric suffix (`sep` between).
    pub fn claim(&mut self, owner: &str, candidates: &[String], sep: &str) -> String {
        let chosen = match candidates.iter().find(|c| self.is_free(c)) {
            Some(c) => c.clone(),
            None => {
                let base = candidates.first().cloned().unwrap_or_default();
                (2..)
                    .map(|n| format!("{base}{sep}{n}"))
                    .find(|c| self.is_free(c))
                    .unwrap_or(base)
            }
        };
        self.taken.insert(chosen.clone(), owner.to_owned());
        chosen
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_free_candidate_then_numbers() {
        let mut t = NameTable::new(&["Client"]);
        assert_eq!(
            t.claim("a#Client", &["Client".into(), "ClientShape".into()], ""),
            "ClientShape"
        );
        assert_eq!(
            t.claim("b#Client", &["Client".into(), "ClientShape".into()], ""),
            "Client2"
        );
        assert_eq!(
            t.claim("c#Client", &["Client".into(), "ClientShape".into()], ""),
            "Client3"
        );
        assert_eq!(t.claim("op", &["FooError".into()], ""), "FooError");
        assert_eq!(
            t.claim("op2", &["FooError".into(), "FooOperationError".into()], ""),
            "FooOperationError"
        );
    }

    #[test]
    fn members() {
        let mut t = NameTable::new(MEMBER_RESERVED);
        assert_eq!(
            t.claim("send", &["send".into(), "send_member".into()], "_"),
            "send_member"
        );
        assert_eq!(t.claim("fooBar", &["foo_bar".into()], "_"), "foo_bar");
        assert_eq!(t.claim("foo_bar", &["foo_bar".into()], "_"), "foo_bar_2");
    }
}
