//! Endpoint rules at generation time: finding the AWS partitions data,
//! loading a service's rule set (so a bad one is an error naming the
//! service), and running its `smithy.rules#endpointTests` cases through the
//! runtime's resolver (`codegen_rt::endpoint`), the one generated clients use.

use std::path::{Path, PathBuf};

use codegen_rt::endpoint::{Partitions, RuleSet, TestCase};
use serde_json::Value as Json;

use crate::load::Shape;
use crate::Error;

/// Environment variable naming the partitions file.
pub const PARTITIONS_ENV: &str = "SMITHY_PARTITIONS";

/// The AWS partitions data this generator carries (`codegen/data/partitions.json`,
/// smithy-aws-endpoints' `partitions.json`, Apache-2.0): used unless a file is named.
pub const EMBEDDED_PARTITIONS: &str = include_str!("../data/partitions.json");

/// The partitions file to read instead of the embedded data: `explicit`,
/// else `$SMITHY_PARTITIONS`; `None` means [`EMBEDDED_PARTITIONS`].
pub fn partitions_path(explicit: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = explicit {
        return Some(p.to_path_buf());
    }
    std::env::var_os(PARTITIONS_ENV)
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
}

/// The partitions data, read and loaded once.
#[derive(Debug, Clone)]
pub struct PartitionsData {
    /// Loaded, for resolving here.
    pub parsed: Partitions,
    /// The file as compact JSON, for generated clients to embed.
    pub json: String,
}

/// Reads and loads the partitions data (see [`partitions_path`]).
pub fn read_partitions(explicit: Option<&Path>) -> Result<PartitionsData, Error> {
    let path = partitions_path(explicit);
    let name = path.as_ref().map_or_else(
        || "the embedded partitions data".to_string(),
        |p| p.display().to_string(),
    );
    let bad = |e: &dyn std::fmt::Display| Error::Io(format!("{name}: {e}"));
    let text = match &path {
        Some(p) => std::fs::read_to_string(p).map_err(|e| bad(&e))?,
        None => EMBEDDED_PARTITIONS.to_string(),
    };
    let parsed = Partitions::from_json(&text).map_err(|e| bad(&e))?;
    let doc: Json = serde_json::from_str(&text).map_err(|e| bad(&e))?;
    let json = serde_json::to_string(&doc).map_err(|e| bad(&e))?;
    Ok(PartitionsData { parsed, json })
}

/// The raw trait value of the service's rules: the BDD when it has one,
/// else the rule set; with whether it is the BDD.
pub fn rules_trait(service: &Shape) -> Option<(&Json, bool)> {
    service.t.endpoint_rules.as_ref().map(|(v, bdd)| (v, *bdd))
}

/// A service's endpoint rules: loaded, and the trait value they came from.
#[derive(Debug)]
pub struct ServiceRules<'m> {
    /// The loaded rules.
    pub set: RuleSet,
    /// The trait's value.
    pub json: &'m Json,
    /// Whether it is an `endpointBdd`.
    pub bdd: bool,
}

/// The service's rules, loaded (an error names the service); `None` when
/// it has none.
pub fn rules(service: &Shape) -> Result<Option<ServiceRules<'_>>, Error> {
    let Some((json, bdd)) = rules_trait(service) else {
        return Ok(None);
    };
    let set =
        RuleSet::from_trait(json, bdd).map_err(|e| Error::shape(&service.id, e.to_string()))?;
    Ok(Some(ServiceRules { set, json, bdd }))
}

/// The service's endpoint test cases (none when it has no such trait).
pub fn cases(service: &Shape) -> Result<Vec<TestCase>, Error> {
    service
        .t
        .endpoint_tests
        .iter()
        .flatten()
        .enumerate()
        .map(|(i, c)| {
            TestCase::from_json(c, i).map_err(|e| Error::shape(&service.id, e.to_string()))
        })
        .collect()
}
