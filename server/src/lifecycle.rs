//! Lifecycle policies: ECR's rules for expiring images, validated as ECR
//! validates them and evaluated as ECR documents their evaluation.
//!
//! A policy is `{"rules": [...]}`; each rule has a unique `rulePriority`
//! (1 and up; lower goes first), a `selection` (`tagStatus` `tagged`,
//! `untagged` or `any`; for `tagged`, a `tagPrefixList` or a
//! `tagPatternList` whose every entry some tag of the image must match;
//! `countType` `imageCountMoreThan` or `sinceImagePushed` with `countUnit`
//! `days`; `countNumber`), and `action` `{"type": "expire"}`.
//!
//! Evaluation: rules in priority order; a rule selects the images its tag
//! selection matches, and expires, oldest first, those beyond the newest
//! `countNumber` (`imageCountMoreThan`) or pushed more than `countNumber`
//! days ago (`sinceImagePushed`). An image is expired by at most one rule:
//! one that a rule's selection matched (expired or kept) is not expired by
//! a rule that comes after it, though later rules still count it.

use serde_json::Value;

/// A validated policy.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    /// In evaluation order.
    pub rules: Vec<Rule>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub priority: i64,
    pub tags: TagSelection,
    pub count: Count,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TagSelection {
    Any,
    Untagged,
    /// Every prefix must begin some tag of the image.
    Prefixes(Vec<String>),
    /// Every pattern (`*` matches any run of characters) must match some
    /// tag of the image.
    Patterns(Vec<String>),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Count {
    /// Keep the newest N.
    MoreThan(u64),
    /// Expire what was pushed more than N days ago.
    SinceDays(u64),
}

/// An image as the rules see it.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub digest: String,
    pub tags: Vec<String>,
    /// Seconds since the epoch.
    pub pushed_at: f64,
}

/// Parses and validates a policy text; the error says what is wrong, as
/// ECR's `Lifecycle policy validation failure` does.
pub fn parse(text: &str) -> Result<Policy, String> {
    let v: Value =
        serde_json::from_str(text).map_err(|e| format!("the policy is not JSON: {e}"))?;
    let rules = v
        .get("rules")
        .and_then(Value::as_array)
        .filter(|r| !r.is_empty())
        .ok_or("the policy must have a non-empty 'rules' array")?;
    let mut out = Vec::new();
    for (i, r) in rules.iter().enumerate() {
        let at = |m: &str| format!("rule {}: {m}", i + 1);
        let priority = r
            .get("rulePriority")
            .and_then(Value::as_i64)
            .filter(|p| *p >= 1)
            .ok_or_else(|| at("'rulePriority' must be an integer of at least 1"))?;
        let action = r.pointer("/action/type").and_then(Value::as_str);
        if action != Some("expire") {
            return Err(at("'action' must be {\"type\": \"expire\"}"));
        }
        let s = r
            .get("selection")
            .ok_or_else(|| at("'selection' is missing"))?;
        let list = |key: &str| -> Result<Option<Vec<String>>, String> {
            match s.get(key) {
                None => Ok(None),
                Some(Value::Array(items)) if !items.is_empty() => items
                    .iter()
                    .map(|x| {
                        x.as_str()
                            .filter(|t| !t.is_empty())
                            .map(str::to_owned)
                            .ok_or_else(|| at(&format!("'{key}' must hold non-empty strings")))
                    })
                    .collect::<Result<Vec<_>, _>>()
                    .map(Some),
                Some(_) => Err(at(&format!("'{key}' must be a non-empty array"))),
            }
        };
        let (prefixes, patterns) = (list("tagPrefixList")?, list("tagPatternList")?);
        let tags = match s.get("tagStatus").and_then(Value::as_str) {
            Some("any") | Some("untagged") if prefixes.is_some() || patterns.is_some() => {
                return Err(at(
                    "tag prefixes and patterns go only with tagStatus 'tagged'",
                ))
            }
            Some("any") => TagSelection::Any,
            Some("untagged") => TagSelection::Untagged,
            Some("tagged") => match (prefixes, patterns) {
                (Some(p), None) => TagSelection::Prefixes(p),
                (None, Some(p)) => {
                    if let Some(bad) = p.iter().find(|p| p.matches('*').count() > 4) {
                        return Err(at(&format!(
                            "the pattern '{bad}' has more than 4 wildcards"
                        )));
                    }
                    TagSelection::Patterns(p)
                }
                (Some(_), Some(_)) => {
                    return Err(at(
                        "'tagPrefixList' and 'tagPatternList' cannot both be given",
                    ))
                }
                (None, None) => {
                    return Err(at(
                        "tagStatus 'tagged' needs a 'tagPrefixList' or a 'tagPatternList'",
                    ))
                }
            },
            _ => return Err(at("'tagStatus' must be 'tagged', 'untagged' or 'any'")),
        };
        let number = s
            .get("countNumber")
            .and_then(Value::as_u64)
            .filter(|n| *n >= 1)
            .ok_or_else(|| at("'countNumber' must be an integer of at least 1"))?;
        let count = match (
            s.get("countType").and_then(Value::as_str),
            s.get("countUnit").and_then(Value::as_str),
        ) {
            (Some("imageCountMoreThan"), None) => Count::MoreThan(number),
            (Some("imageCountMoreThan"), Some(_)) => {
                return Err(at(
                    "'countUnit' goes only with countType 'sinceImagePushed'",
                ))
            }
            (Some("sinceImagePushed"), Some("days")) => Count::SinceDays(number),
            (Some("sinceImagePushed"), _) => {
                return Err(at("countType 'sinceImagePushed' needs countUnit 'days'"))
            }
            _ => {
                return Err(at(
                    "'countType' must be 'imageCountMoreThan' or 'sinceImagePushed'",
                ))
            }
        };
        out.push(Rule {
            priority,
            tags,
            count,
        });
    }
    out.sort_by_key(|r| r.priority);
    if out.windows(2).any(|w| w[0].priority == w[1].priority) {
        return Err("rule priorities must be unique".to_owned());
    }
    let anys = out.iter().filter(|r| r.tags == TagSelection::Any).count();
    if anys > 1 || (anys == 1 && out.last().is_some_and(|r| r.tags != TagSelection::Any)) {
        return Err(
            "a rule with tagStatus 'any' must be the only one and have the highest rulePriority"
                .to_owned(),
        );
    }
    if out
        .iter()
        .filter(|r| r.tags == TagSelection::Untagged)
        .count()
        > 1
    {
        return Err("only one rule may select untagged images".to_owned());
    }
    Ok(Policy { rules: out })
}

/// `*` in `pattern` matches any run of characters (none included).
fn wildcard(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !text.starts_with(first) || !text[first.len()..].ends_with(last) {
        return false;
    }
    let mut rest = &text[first.len()..text.len() - last.len()];
    for part in &parts[1..parts.len() - 1] {
        match rest.find(part) {
            Some(i) => rest = &rest[i + part.len()..],
            None => return false,
        }
    }
    true
}

impl TagSelection {
    fn selects(&self, tags: &[String]) -> bool {
        match self {
            TagSelection::Any => true,
            TagSelection::Untagged => tags.is_empty(),
            TagSelection::Prefixes(ps) => ps.iter().all(|p| tags.iter().any(|t| t.starts_with(p))),
            TagSelection::Patterns(ps) => ps.iter().all(|p| tags.iter().any(|t| wildcard(p, t))),
        }
    }
}

/// The images `policy` expires at time `now` (seconds since the epoch):
/// each image's index in `images` and the priority of the rule that
/// expires it, oldest push first.
pub fn evaluate(policy: &Policy, images: &[Candidate], now: f64) -> Vec<(usize, i64)> {
    let mut claimed = vec![false; images.len()];
    let mut expired: Vec<(usize, i64)> = Vec::new();
    for rule in &policy.rules {
        let mut selected: Vec<usize> = (0..images.len())
            .filter(|&i| rule.tags.selects(&images[i].tags))
            .collect();
        // Newest first; the same push time, by digest.
        selected.sort_by(|&a, &b| {
            images[b]
                .pushed_at
                .total_cmp(&images[a].pushed_at)
                .then_with(|| images[a].digest.cmp(&images[b].digest))
        });
        let doomed: Vec<usize> = match rule.count {
            Count::MoreThan(n) => selected
                .iter()
                .copied()
                .skip(usize::try_from(n).unwrap_or(usize::MAX))
                .collect(),
            Count::SinceDays(d) => selected
                .iter()
                .copied()
                .filter(|&i| now - images[i].pushed_at > d as f64 * 86_400.0)
                .collect(),
        };
        for i in doomed {
            if !claimed[i] {
                expired.push((i, rule.priority));
            }
        }
        for i in selected {
            claimed[i] = true;
        }
    }
    expired.sort_by(|a, b| {
        images[a.0]
            .pushed_at
            .total_cmp(&images[b.0].pushed_at)
            .then_with(|| images[a.0].digest.cmp(&images[b.0].digest))
    });
    expired
}

#[cfg(test)]
mod tests {
    use super::*;

    fn img(d: &str, tags: &[&str], pushed: f64) -> Candidate {
        Candidate {
            digest: d.to_owned(),
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            pushed_at: pushed,
        }
    }

    fn digests(images: &[Candidate], out: &[(usize, i64)]) -> Vec<(String, i64)> {
        out.iter()
            .map(|(i, p)| (images[*i].digest.clone(), *p))
            .collect()
    }

    #[test]
    fn policies_are_validated() {
        let ok = r#"{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}"#;
        assert!(parse(ok).is_ok());
        let bad = [
            (r#"{"rules":[]}"#, "non-empty"),
            (
                r#"{"rules":[{"rulePriority":0,"selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}}]}"#,
                "rulePriority",
            ),
            (
                r#"{"rules":[{"rulePriority":1,"selection":{"tagStatus":"tagged","countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}}]}"#,
                "tagPrefixList",
            ),
            (
                r#"{"rules":[{"rulePriority":1,"selection":{"tagStatus":"any","countType":"sinceImagePushed","countNumber":1},"action":{"type":"expire"}}]}"#,
                "countUnit",
            ),
            (
                r#"{"rules":[{"rulePriority":1,"selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}},{"rulePriority":2,"selection":{"tagStatus":"untagged","countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}}]}"#,
                "highest rulePriority",
            ),
            (
                r#"{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}},{"rulePriority":1,"selection":{"tagStatus":"tagged","tagPrefixList":["v"],"countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}}]}"#,
                "unique",
            ),
            (
                r#"{"rules":[{"rulePriority":1,"selection":{"tagStatus":"tagged","tagPatternList":["a*b*c*d*e*f"],"countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}}]}"#,
                "wildcards",
            ),
        ];
        for (text, why) in bad {
            let e = parse(text).unwrap_err();
            assert!(e.contains(why), "{text}: {e}");
        }
    }

    #[test]
    fn the_newest_are_kept_and_an_image_is_expired_once() {
        let day = 86_400.0;
        let images = vec![
            img("a", &["prod-1"], 1.0 * day),
            img("b", &["prod-2"], 2.0 * day),
            img("c", &["prod-3", "x"], 3.0 * day),
            img("d", &[], 4.0 * day),
            img("e", &[], 5.0 * day),
            img("f", &["dev-1"], 6.0 * day),
        ];
        let policy = parse(r#"{"rules":[
            {"rulePriority":1,"selection":{"tagStatus":"tagged","tagPrefixList":["prod"],"countType":"imageCountMoreThan","countNumber":2},"action":{"type":"expire"}},
            {"rulePriority":2,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":2},"action":{"type":"expire"}},
            {"rulePriority":3,"selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}}
        ]}"#).unwrap();
        let out = evaluate(&policy, &images, 7.0 * day);
        // prod: the two newest kept (b, c), a expired by 1; untagged older
        // than 2 days: d (3 days) by 2, e (2 days, not more) kept; any:
        // all but the newest (f) are beyond 1, but the prod images were
        // matched by rule 1 and the untagged by rule 2: only nothing else.
        assert_eq!(
            digests(&images, &out),
            vec![("a".to_owned(), 1), ("d".to_owned(), 2)]
        );
        let patterns = parse(r#"{"rules":[{"rulePriority":1,"selection":{"tagStatus":"tagged","tagPatternList":["prod-*","*x"],"countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}}]}"#).unwrap();
        // Only c has a tag matching each pattern: one image, kept.
        assert!(evaluate(&patterns, &images, 7.0 * day).is_empty());
        let any = parse(r#"{"rules":[{"rulePriority":9,"selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":4},"action":{"type":"expire"}}]}"#).unwrap();
        assert_eq!(
            digests(&images, &evaluate(&any, &images, 7.0 * day)),
            vec![("a".to_owned(), 9), ("b".to_owned(), 9)]
        );
    }

    #[test]
    fn wildcards() {
        assert!(wildcard("prod-*", "prod-1"));
        assert!(wildcard("*-rc*", "v1-rc2"));
        assert!(wildcard("a*b*c", "aXbYc"));
        assert!(!wildcard("a*b*c", "aXcYb"));
        assert!(wildcard("exact", "exact"));
        assert!(!wildcard("exact", "exactly"));
    }
}
