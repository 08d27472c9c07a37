//! AWS SDK customizations: what the AWS SDKs do for some services beyond
//! their models (smithy-rs's `aws/sdk-codegen` decorators, botocore's
//! `handlers.py`). The generator lists a service's in its `ServiceInfo`
//! (`codegen/src/lower/customize.rs` has the table and where each comes
//! from); this module applies them.

use serde_json::{Map, Value};

/// One customization of a service's client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Customization {
    /// Every request carries this header (API Gateway's
    /// `Accept: application/json`, Glacier's `x-amz-glacier-version`).
    Header {
        name: &'static str,
        value: &'static str,
    },
    /// A member bound to the URI or a header (wire name) that is `value`
    /// when the caller leaves it unset or empty (Glacier's `accountId`:
    /// `-`, the caller's own account).
    DefaultMember {
        member: &'static str,
        value: &'static str,
    },
    /// These operations' in-memory payloads get `x-amz-content-sha256` and
    /// the SHA-256 tree hash `x-amz-sha256-tree-hash` (Glacier's uploads),
    /// unless the caller gave the tree hash.
    TreeHash { operations: &'static [&'static str] },
    /// Responses carry `x-amz-crc32`, the CRC32 of the body, which is
    /// checked; a mismatch (a corrupted response) is retried (DynamoDB).
    Crc32Responses,
    /// `operation` is sent to the URL its input `member` gives, when the
    /// caller sets it (MachineLearning's `Predict` and `PredictEndpoint`).
    EndpointMember {
        operation: &'static str,
        member: &'static str,
    },
    /// The endpoint rules put this URI label in the endpoint (S3's
    /// `Bucket`: `bucket.s3...` or `.../bucket`): request paths leave its
    /// segment out.
    LabelInEndpoint(&'static str),
}

/// `path_and_query` of an operation whose URI pattern `uri` starts with a
/// label the endpoint carries ([`Customization::LabelInEndpoint`]),
/// without that label's segment: `/bucket/key?x` becomes `/key?x`,
/// `/bucket?list-type=2` becomes `?list-type=2`.
pub fn label_in_endpoint(custom: &[Customization], uri: &str, path_and_query: &mut String) {
    let labelled = custom.iter().any(|c| match c {
        Customization::LabelInEndpoint(label) => {
            let first = uri.trim_start_matches('/').split(['/', '?']).next();
            first == Some(format!("{{{label}}}").as_str())
        }
        _ => false,
    });
    if !labelled {
        return;
    }
    let rest = path_and_query.strip_prefix('/').unwrap_or(path_and_query);
    let cut = rest.find(['/', '?']).unwrap_or(rest.len());
    *path_and_query = rest[cut..].to_owned();
}

/// The URL an [`Customization::EndpointMember`] sends `operation` to, if
/// the input sets that member.
pub(crate) fn endpoint_from_member(
    list: &[Customization],
    operation: &str,
    member: &(dyn Fn(&str) -> Option<Value> + Sync),
) -> Option<String> {
    list.iter().find_map(|c| match c {
        Customization::EndpointMember {
            operation: o,
            member: m,
        } if *o == operation => match member(m) {
            Some(Value::String(url)) if !url.is_empty() => Some(url),
            _ => None,
        },
        _ => None,
    })
}

/// Fills members a [`Customization::DefaultMember`] names.
pub(crate) fn default_members(list: &[Customization], obj: &mut Map<String, Value>) {
    for c in list {
        if let Customization::DefaultMember { member, value } = c {
            let unset = match obj.get(*member) {
                None | Some(Value::Null) => true,
                Some(Value::String(s)) => s.is_empty(),
                Some(_) => false,
            };
            if unset {
                obj.insert((*member).to_owned(), Value::String((*value).to_owned()));
            }
        }
    }
}

/// The input's check without the `Required` violations of members a
/// [`Customization::DefaultMember`] fills (Glacier's `accountId` may be
/// left unset: the request carries `-`).
pub(crate) fn unless_defaulted(
    list: &[Customization],
    checked: Result<(), crate::json::ParseError>,
) -> Result<(), crate::json::ParseError> {
    use crate::json::{Constraint, ParseError};
    let Err(ParseError::Constraints(mut v)) = checked else {
        return checked;
    };
    let defaulted = |path: &str| {
        list.iter()
            .any(|c| matches!(c, Customization::DefaultMember { member, .. } if *member == path))
    };
    v.list
        .retain(|x| !(x.constraint == Constraint::Required && defaulted(&x.path)));
    if v.total() == 0 {
        Ok(())
    } else {
        Err(ParseError::Constraints(v))
    }
}

/// The headers every request carries.
pub(crate) fn headers(
    list: &[Customization],
) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    list.iter().filter_map(|c| match c {
        Customization::Header { name, value } => Some((*name, *value)),
        _ => None,
    })
}

/// Whether `operation`'s payload gets Glacier's checksums.
pub(crate) fn tree_hashed(list: &[Customization], operation: &str) -> bool {
    list.iter().any(
        |c| matches!(c, Customization::TreeHash { operations } if operations.contains(&operation)),
    )
}

/// Whether responses' `x-amz-crc32` is checked.
pub(crate) fn checks_crc32(list: &[Customization]) -> bool {
    list.contains(&Customization::Crc32Responses)
}

/// SHA-256 of `body`, hex.
pub(crate) fn sha256_hex(body: &[u8]) -> String {
    use sha2::Digest as _;
    hex::encode(sha2::Sha256::digest(body))
}

/// Glacier's SHA-256 tree hash of `body`, hex: the hashes of its 1 MiB
/// chunks, combined pairwise (a lone last one carried up) until one is left.
pub(crate) fn tree_hash(body: &[u8]) -> String {
    use sha2::{Digest as _, Sha256};
    const MIB: usize = 1024 * 1024;
    let mut level: Vec<[u8; 32]> = if body.is_empty() {
        vec![Sha256::digest(body).into()]
    } else {
        body.chunks(MIB).map(|c| Sha256::digest(c).into()).collect()
    };
    while level.len() > 1 {
        level = level
            .chunks(2)
            .map(|pair| match pair {
                [a, b] => {
                    let mut h = Sha256::new();
                    h.update(a);
                    h.update(b);
                    h.finalize().into()
                }
                [a] => *a,
                _ => unreachable!("chunks(2)"),
            })
            .collect();
    }
    hex::encode(level[0])
}

/// Whether `body` has the CRC32 `header` gives (decimal, as DynamoDB sends it).
pub(crate) fn crc32_matches(header: &str, body: &[u8]) -> bool {
    header
        .trim()
        .parse::<u32>()
        .is_ok_and(|want| crc32fast::hash(body) == want)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_segments_leave_the_path() {
        let custom = [Customization::LabelInEndpoint("Bucket")];
        let cases = [
            ("/{Bucket}/{Key+}", "/b/k/x?y=1", "/k/x?y=1"),
            ("/{Bucket}?list-type=2", "/b?list-type=2", "?list-type=2"),
            ("/{Bucket}", "/b", ""),
            ("/", "/", "/"),
            ("/{Other}/x", "/o/x", "/o/x"),
        ];
        for (uri, path, want) in cases {
            let mut p = path.to_owned();
            label_in_endpoint(&custom, uri, &mut p);
            assert_eq!(p, want, "{uri}");
        }
    }

    #[test]
    fn a_member_filled_by_default_may_be_left_unset() {
        use crate::json::{Constraint, ParseError, Violation, Violations};
        let missing = |member: &str| Violation {
            path: member.into(),
            parameter: member.into(),
            pointer: format!("/{member}"),
            constraint: Constraint::Required,
        };
        let glacier = [Customization::DefaultMember {
            member: "accountId",
            value: "-",
        }];
        let only_account = ParseError::Constraints(Violations {
            list: vec![missing("accountId")],
            omitted: 0,
        });
        assert_eq!(
            unless_defaulted(&glacier, Err(only_account.clone())),
            Ok(())
        );
        // Without the customization, or with another member missing too, it fails.
        assert!(unless_defaulted(&[], Err(only_account)).is_err());
        let both = ParseError::Constraints(Violations {
            list: vec![missing("accountId"), missing("vaultName")],
            omitted: 0,
        });
        match unless_defaulted(&glacier, Err(both)) {
            Err(ParseError::Constraints(v)) => assert_eq!(v.list, vec![missing("vaultName")]),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_operation_goes_where_its_member_says() {
        let ml = [Customization::EndpointMember {
            operation: "Predict",
            member: "PredictEndpoint",
        }];
        let set = |m: &str| (m == "PredictEndpoint").then(|| Value::from("https://x.example/"));
        let unset = |_: &str| None;
        let empty = |_: &str| Some(Value::from(""));
        assert_eq!(
            endpoint_from_member(&ml, "Predict", &set).as_deref(),
            Some("https://x.example/")
        );
        assert_eq!(endpoint_from_member(&ml, "Predict", &unset), None);
        assert_eq!(endpoint_from_member(&ml, "Predict", &empty), None);
        assert_eq!(endpoint_from_member(&ml, "GetMLModel", &set), None);
        assert_eq!(endpoint_from_member(&[], "Predict", &set), None);
    }

    #[test]
    fn tree_hashes_follow_glacier() {
        // One chunk: the tree hash is the plain SHA-256.
        assert_eq!(tree_hash(b"hello world"), sha256_hex(b"hello world"));
        assert_eq!(
            sha256_hex(b"hello world"),
            "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"
        );
        // Three chunks: ((h0 h1) h2).
        let body = vec![7u8; 2 * 1024 * 1024 + 10];
        let h = |b: &[u8]| -> Vec<u8> {
            use sha2::Digest as _;
            sha2::Sha256::digest(b).to_vec()
        };
        let (h0, h1, h2) = (
            h(&body[..1 << 20]),
            h(&body[1 << 20..2 << 20]),
            h(&body[2 << 20..]),
        );
        let h01 = h(&[h0, h1].concat());
        let want = hex::encode(h(&[h01, h2].concat()));
        assert_eq!(tree_hash(&body), want);
    }

    #[test]
    fn members_default_when_unset_or_empty() {
        let list = [Customization::DefaultMember {
            member: "accountId",
            value: "-",
        }];
        for given in [None, Some(""), Some("123")] {
            let mut obj = Map::new();
            if let Some(g) = given {
                obj.insert("accountId".into(), Value::String(g.into()));
            }
            default_members(&list, &mut obj);
            let want = if given == Some("123") { "123" } else { "-" };
            assert_eq!(obj["accountId"], want);
        }
    }

    #[test]
    fn crc32_is_checked_as_dynamodb_sends_it() {
        let body = br#"{"Table":{}}"#;
        let crc = crc32fast::hash(body).to_string();
        assert!(crc32_matches(&crc, body));
        assert!(!crc32_matches(&crc, b"{}"));
        assert!(!crc32_matches("not a number", body));
    }
}
