//! A vulnerability database in OSV format (<https://ossf.github.io/osv-schema/>):
//! a directory of JSON files, one vulnerability each (as osv.dev's exports
//! are), loaded once; matched by ecosystem, package and version range.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use super::packages::{Manager, Os, Package};
use super::versions;

/// One vulnerability of one package.
#[derive(Debug, Clone)]
struct Affected {
    id: String,
    summary: String,
    uri: Option<String>,
    severity: &'static str,
    /// `(introduced, fixed, last_affected)` events of `ECOSYSTEM` ranges.
    ranges: Vec<(Option<String>, Option<String>, Option<String>)>,
    versions: Vec<String>,
}

/// The database: vulnerabilities by (ecosystem, package name).
#[derive(Debug, Default)]
pub struct Database {
    by_package: HashMap<(String, String), Vec<Affected>>,
    /// The newest `modified` time of its entries, seconds since the epoch.
    pub updated_at: Option<f64>,
    /// How many vulnerabilities it holds.
    pub entries: usize,
}

/// One finding: a vulnerability of an installed package.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub id: String,
    pub summary: String,
    pub uri: Option<String>,
    pub severity: &'static str,
    pub package: String,
    pub version: String,
    pub fixed: Option<String>,
}

/// ECR's severity of an advisory's words or score.
fn rating(word: &str) -> Option<&'static str> {
    Some(match word.to_ascii_uppercase().as_str() {
        "CRITICAL" => "CRITICAL",
        "HIGH" | "IMPORTANT" => "HIGH",
        "MEDIUM" | "MODERATE" => "MEDIUM",
        "LOW" => "LOW",
        "UNIMPORTANT" | "NEGLIGIBLE" | "INFORMATIONAL" => "INFORMATIONAL",
        _ => return None,
    })
}

fn score_rating(score: f64) -> &'static str {
    match score {
        s if s >= 9.0 => "CRITICAL",
        s if s >= 7.0 => "HIGH",
        s if s >= 4.0 => "MEDIUM",
        s if s > 0.0 => "LOW",
        _ => "INFORMATIONAL",
    }
}

/// The base score of a CVSS 3.x vector (`CVSS:3.1/AV:N/AC:L/...`).
pub fn cvss3_base(vector: &str) -> Option<f64> {
    let mut m: HashMap<&str, &str> = HashMap::new();
    for part in vector.split('/').skip(1) {
        let (k, v) = part.split_once(':')?;
        m.insert(k, v);
    }
    let changed = *m.get("S")? == "C";
    let av = match *m.get("AV")? {
        "N" => 0.85,
        "A" => 0.62,
        "L" => 0.55,
        "P" => 0.2,
        _ => return None,
    };
    let ac = match *m.get("AC")? {
        "L" => 0.77,
        "H" => 0.44,
        _ => return None,
    };
    let pr = match (*m.get("PR")?, changed) {
        ("N", _) => 0.85,
        ("L", false) => 0.62,
        ("L", true) => 0.68,
        ("H", false) => 0.27,
        ("H", true) => 0.5,
        _ => return None,
    };
    let ui = match *m.get("UI")? {
        "N" => 0.85,
        "R" => 0.62,
        _ => return None,
    };
    let cia = |k: &str| -> Option<f64> {
        Some(match *m.get(k)? {
            "H" => 0.56,
            "L" => 0.22,
            "N" => 0.0,
            _ => return None,
        })
    };
    let iss = 1.0 - (1.0 - cia("C")?) * (1.0 - cia("I")?) * (1.0 - cia("A")?);
    let impact = if changed {
        7.52 * (iss - 0.029) - 3.25 * (iss - 0.02).powi(15)
    } else {
        6.42 * iss
    };
    let exploitability = 8.22 * av * ac * pr * ui;
    if impact <= 0.0 {
        return Some(0.0);
    }
    let raw = if changed {
        1.08 * (impact + exploitability)
    } else {
        impact + exploitability
    };
    // CVSS 3.1's Roundup: the smallest one-decimal number not below the input.
    let int = (raw.min(10.0) * 100_000.0).round() as i64;
    Some(if int % 10_000 == 0 {
        int as f64 / 100_000.0
    } else {
        ((int / 10_000) + 1) as f64 / 10.0
    })
}

/// The severity an OSV entry gives one affected package.
fn severity_of(entry: &Value, affected: &Value) -> &'static str {
    let words = [
        &affected["ecosystem_specific"]["severity"],
        &affected["ecosystem_specific"]["urgency"],
        &affected["database_specific"]["severity"],
        &entry["database_specific"]["severity"],
    ];
    if let Some(r) = words.iter().filter_map(|w| w.as_str()).find_map(rating) {
        return r;
    }
    let scores = entry["severity"]
        .as_array()
        .into_iter()
        .flatten()
        .chain(affected["severity"].as_array().into_iter().flatten());
    for s in scores {
        if let Some(score) = s["score"].as_str().and_then(cvss3_base) {
            return score_rating(score);
        }
    }
    "UNDEFINED"
}

fn parse_time(t: &str) -> Option<f64> {
    codegen_rt::DateTime::from_str(t, aws_smithy_types::date_time::Format::DateTime)
        .ok()
        .map(|d| d.as_secs_f64())
}

impl Database {
    /// Loads every `*.json` file under `dir` (subdirectories too); a file
    /// that is not an OSV entry is an error naming it.
    pub fn load(dir: &Path) -> Result<Self, String> {
        let mut db = Database::default();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            let entries = std::fs::read_dir(&d).map_err(|e| format!("{}: {e}", d.display()))?;
            for e in entries.flatten() {
                let path = e.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|x| x == "json") {
                    let text = std::fs::read_to_string(&path)
                        .map_err(|e| format!("{}: {e}", path.display()))?;
                    let v: Value = serde_json::from_str(&text)
                        .map_err(|e| format!("{}: not JSON: {e}", path.display()))?;
                    db.add(&v).map_err(|e| format!("{}: {e}", path.display()))?;
                }
            }
        }
        Ok(db)
    }

    /// Adds one OSV entry.
    pub fn add(&mut self, v: &Value) -> Result<(), String> {
        let id = v["id"]
            .as_str()
            .ok_or("an OSV entry has an 'id'")?
            .to_owned();
        if v["withdrawn"].is_string() {
            return Ok(());
        }
        let summary = v["summary"]
            .as_str()
            .or_else(|| v["details"].as_str())
            .unwrap_or_default()
            .to_owned();
        let uri = v["references"]
            .as_array()
            .and_then(|r| r.iter().find_map(|x| x["url"].as_str()))
            .map(str::to_owned);
        if let Some(t) = v["modified"].as_str().and_then(parse_time) {
            self.updated_at = Some(self.updated_at.map_or(t, |u| u.max(t)));
        }
        let affected = v["affected"]
            .as_array()
            .ok_or("an OSV entry lists what it 'affected'")?;
        for a in affected {
            let (Some(ecosystem), Some(name)) = (
                a["package"]["ecosystem"].as_str(),
                a["package"]["name"].as_str(),
            ) else {
                continue;
            };
            let ranges = a["ranges"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|r| r["type"] == "ECOSYSTEM")
                .map(|r| {
                    let mut range = (None, None, None);
                    for e in r["events"].as_array().into_iter().flatten() {
                        let s = |k: &str| e[k].as_str().map(str::to_owned);
                        if let Some(x) = s("introduced") {
                            range.0 = Some(x);
                        }
                        if let Some(x) = s("fixed") {
                            range.1 = Some(x);
                        }
                        if let Some(x) = s("last_affected") {
                            range.2 = Some(x);
                        }
                    }
                    range
                })
                .collect();
            let versions = a["versions"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect();
            self.by_package
                .entry((ecosystem.to_owned(), name.to_owned()))
                .or_default()
                .push(Affected {
                    id: id.clone(),
                    summary: summary.clone(),
                    uri: uri.clone(),
                    severity: severity_of(v, a),
                    ranges,
                    versions,
                });
        }
        self.entries += 1;
        Ok(())
    }

    /// The OSV ecosystems an OS's packages are published under, most
    /// specific first (`Debian:12`, `Debian`).
    pub fn ecosystems(os: &Os) -> Vec<String> {
        let major = os.version_id.split('.').next().unwrap_or_default();
        let minor2 = os
            .version_id
            .split('.')
            .take(2)
            .collect::<Vec<_>>()
            .join(".");
        let v = |name: &str, version: String| vec![format!("{name}:{version}"), name.to_owned()];
        match os.id.as_str() {
            "debian" => v("Debian", major.to_owned()),
            "ubuntu" => vec![
                format!("Ubuntu:{}:LTS", os.version_id),
                format!("Ubuntu:{}", os.version_id),
                "Ubuntu".into(),
            ],
            "alpine" => v("Alpine", format!("v{minor2}")),
            "rocky" => v("Rocky Linux", major.to_owned()),
            "almalinux" => v("AlmaLinux", major.to_owned()),
            "rhel" => v("Red Hat", major.to_owned()),
            "opensuse-leap" => v("openSUSE", format!("Leap {}", os.version_id)),
            "wolfi" => vec!["Wolfi".into()],
            "chainguard" => vec!["Chainguard".into()],
            other => vec![other.to_owned()],
        }
    }

    /// The vulnerabilities of `packages` on `os`.
    pub fn findings(&self, os: &Os, packages: &[Package]) -> Vec<Finding> {
        let ecosystems = Self::ecosystems(os);
        let mut out = Vec::new();
        for p in packages {
            let cmp = |a: &str, b: &str| match p.manager {
                Manager::Dpkg => versions::dpkg(a, b),
                Manager::Rpm => versions::rpm(a, b),
                Manager::Apk => versions::apk(a, b),
            };
            let names: Vec<&str> = p
                .source
                .iter()
                .map(String::as_str)
                .chain([p.name.as_str()])
                .collect();
            let Some(list) = ecosystems.iter().find_map(|e| {
                names
                    .iter()
                    .find_map(|n| self.by_package.get(&(e.clone(), (*n).to_owned())))
            }) else {
                continue;
            };
            for a in list {
                let listed = a
                    .versions
                    .iter()
                    .any(|v| cmp(v, &p.version) == Ordering::Equal);
                let mut fixed = None;
                let in_range = a.ranges.iter().any(|(introduced, fix, last)| {
                    let after_start = introduced
                        .as_deref()
                        .is_none_or(|i| i == "0" || cmp(&p.version, i) != Ordering::Less);
                    let before_end = match (fix, last) {
                        (Some(f), _) => cmp(&p.version, f) == Ordering::Less,
                        (None, Some(l)) => cmp(&p.version, l) != Ordering::Greater,
                        (None, None) => true,
                    };
                    if after_start && before_end {
                        fixed = fix.clone();
                    }
                    after_start && before_end
                });
                if listed || in_range {
                    out.push(Finding {
                        id: a.id.clone(),
                        summary: a.summary.clone(),
                        uri: a.uri.clone(),
                        severity: a.severity,
                        package: p.name.clone(),
                        version: p.version.clone(),
                        fixed,
                    });
                }
            }
        }
        out.sort_by(|a, b| (&a.id, &a.package).cmp(&(&b.id, &b.package)));
        out.dedup_by(|a, b| a.id == b.id && a.package == b.package);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn cvss_scores() {
        assert_eq!(
            cvss3_base("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
            Some(9.8)
        );
        assert_eq!(
            cvss3_base("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"),
            Some(10.0)
        );
        assert_eq!(
            cvss3_base("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N"),
            Some(5.5)
        );
        assert_eq!(
            cvss3_base("CVSS:3.0/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N"),
            Some(3.1)
        );
        assert_eq!(
            cvss3_base("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N"),
            Some(0.0)
        );
        assert_eq!(cvss3_base("nonsense"), None);
    }

    #[test]
    fn ranges_and_ecosystems() {
        let mut db = Database::default();
        db.add(&json!({
            "id": "DSA-1", "summary": "openssl bug", "modified": "2024-02-01T00:00:00Z",
            "references": [{"type": "ADVISORY", "url": "https://example.test/DSA-1"}],
            "affected": [{"package": {"ecosystem": "Debian:12", "name": "openssl"},
                          "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "3.0.13-1~deb12u1"}]}],
                          "ecosystem_specific": {"urgency": "high"}}]
        })).unwrap();
        db.add(&json!({
            "id": "ALPINE-1", "modified": "2024-03-01T00:00:00Z",
            "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
            "affected": [{"package": {"ecosystem": "Alpine:v3.19", "name": "openssl"},
                          "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "3.1.4-r5"}]}]}]
        })).unwrap();
        assert_eq!(db.entries, 2);
        assert_eq!(db.updated_at, parse_time("2024-03-01T00:00:00Z"));
        let debian = Os {
            id: "debian".into(),
            version_id: "12".into(),
        };
        let pkg = |m, n: &str, v: &str, s: Option<&str>| Package {
            manager: m,
            name: n.into(),
            version: v.into(),
            source: s.map(Into::into),
        };
        let found = db.findings(
            &debian,
            &[
                pkg(
                    Manager::Dpkg,
                    "libssl3",
                    "3.0.11-1~deb12u2",
                    Some("openssl"),
                ),
                pkg(Manager::Dpkg, "openssl", "3.0.13-1~deb12u1", None),
            ],
        );
        assert_eq!(found.len(), 1);
        assert_eq!(
            (
                found[0].id.as_str(),
                found[0].package.as_str(),
                found[0].severity
            ),
            ("DSA-1", "libssl3", "HIGH")
        );
        assert_eq!(found[0].fixed.as_deref(), Some("3.0.13-1~deb12u1"));
        assert_eq!(found[0].uri.as_deref(), Some("https://example.test/DSA-1"));
        let alpine = Os {
            id: "alpine".into(),
            version_id: "3.19.1".into(),
        };
        let found = db.findings(
            &alpine,
            &[pkg(Manager::Apk, "libcrypto3", "3.1.4-r1", Some("openssl"))],
        );
        assert_eq!((found.len(), found[0].severity), (1, "CRITICAL"));
        assert!(db
            .findings(
                &alpine,
                &[pkg(Manager::Apk, "libcrypto3", "3.1.4-r5", Some("openssl"))]
            )
            .is_empty());
        assert!(db
            .findings(
                &debian,
                &[pkg(Manager::Apk, "libcrypto3", "3.1.4-r1", Some("openssl"))]
            )
            .is_empty());
    }
}
