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

/// The AWS partitions file (`partitions.json` of smithy-aws-endpoints):
/// `explicit`, else `$SMITHY_PARTITIONS`, else `endpoints/partitions.json`
/// in the `shared/` directory beside this workspace.
pub fn partitions_path(explicit: Option<&Path>) -> Result<PathBuf, Error> {
    if let Some(p) = explicit {
        return Ok(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os(PARTITIONS_ENV).filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    let beside = crate::workspace_dir()
        .join("..")
        .join("shared")
        .join("endpoints")
        .join("partitions.json");
    if beside.is_file() {
        return Ok(beside);
    }
    Err(Error::Io(format!(
        "the AWS partitions data was not found at {}; pass --partitions PATH or set {PARTITIONS_ENV}",
        beside.display()
    )))
}

/// The partitions file's text, checked to load.
pub fn read_partitions(explicit: Option<&Path>) -> Result<String, Error> {
    let path = partitions_path(explicit)?;
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Error::Io(format!("{}: {e}", path.display())))?;
    Partitions::from_json(&text).map_err(|e| Error::Io(format!("{}: {e}", path.display())))?;
    Ok(text)
}

/// The raw trait value of the service's rules: the BDD when it has one,
/// else the rule set; with whether it is the BDD.
pub fn rules_trait(service: &Shape) -> Option<(&Json, bool)> {
    service
        .traits
        .get("smithy.rules#endpointBdd")
        .map(|b| (b, true))
        .or_else(|| {
            service
                .traits
                .get("smithy.rules#endpointRuleSet")
                .map(|r| (r, false))
        })
}

/// The service's rules, loaded; `None` when it has none.
pub fn rules(service: &Shape) -> Result<Option<RuleSet>, Error> {
    let Some((json, bdd)) = rules_trait(service) else {
        return Ok(None);
    };
    let loaded = if bdd {
        RuleSet::from_bdd(json)
    } else {
        RuleSet::from_rule_set(json)
    };
    loaded
        .map(Some)
        .map_err(|e| Error::shape(&service.id, e.to_string()))
}

/// The service's endpoint test cases (none when it has no such trait).
pub fn cases(service: &Shape) -> Result<Vec<TestCase>, Error> {
    match service.traits.get("smithy.rules#endpointTests") {
        Some(tests) => {
            TestCase::all_from_json(tests).map_err(|e| Error::shape(&service.id, e.to_string()))
        }
        None => Ok(Vec::new()),
    }
}
