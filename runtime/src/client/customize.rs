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
    /// A 200 response of these operations whose body is an `<Error>`
    /// document is that error (S3's CopyObject, UploadPartCopy and
    /// CompleteMultipartUpload: the status is sent before the work ends).
    ErrorIn200 { operations: &'static [&'static str] },
    /// A request answered `301`, `307` or `400` with an `x-amz-bucket-region`
    /// other than the region it was signed for is sent again, once, to that
    /// region, which is remembered for the bucket (S3's buckets live in one
    /// region; botocore's `S3RegionRedirector`).
    BucketRegionRedirect,
    /// These operations' streamed payloads, and payloads of 1 MiB or more,
    /// go with `Expect: 100-continue`: the body waits for the server's
    /// `100 Continue` (or a second), so a refused upload is refused before
    /// its bytes are sent (botocore's `add_expect_header`).
    ExpectContinue { operations: &'static [&'static str] },
}

/// Whether `operation` sends its payload of `len` bytes (`None`: a stream)
/// with `Expect: 100-continue`.
pub(crate) fn expects_continue(
    custom: &[Customization],
    operation: &str,
    len: Option<usize>,
) -> bool {
    custom.iter().any(|c| {
        matches!(c, Customization::ExpectContinue { operations } if operations.contains(&operation))
    }) && len.is_none_or(|n| n >= 1 << 20)
}

/// The region to send a request again to: the `x-amz-bucket-region` of a
/// redirect-like answer (`301`, `307`, `400`) when it is not `used`.
pub(crate) fn bucket_region(
    custom: &[Customization],
    status: u16,
    headers: &http::HeaderMap,
    used: Option<&str>,
) -> Option<String> {
    if !custom.contains(&Customization::BucketRegionRedirect) || !matches!(status, 301 | 307 | 400)
    {
        return None;
    }
    let region = headers.get("x-amz-bucket-region")?.to_str().ok()?.trim();
    let valid = !region.is_empty()
        && region
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    (valid && Some(region) != used).then(|| region.to_owned())
}

/// Whether `body`, a 200 response of `operation`, is an error document a
/// [`Customization::ErrorIn200`] names.
pub(crate) fn error_in_200(custom: &[Customization], operation: &str, body: &[u8]) -> bool {
    let listed = custom.iter().any(|c| {
        matches!(c, Customization::ErrorIn200 { operations } if operations.contains(&operation))
    });
    listed && crate::codec::xml::parse(body).is_ok_and(|root| root.name == "Error")
}

/// `path_and_query` of an operation whose URI pattern `uri` starts with a
/// label the endpoint carries ([`Customization::LabelInEndpoint`]),
/// without that label's segment: `/bucket/key?x` becomes `/key?x`,
/// `/bucket?list-type=2` becomes `?list-type=2`.
pub fn label_in_endpoint(custom: &[Customization], uri: &str, path_and_query: &mut String) {
    if !labelled(custom, uri) {
        return;
    }
    let rest = path_and_query.strip_prefix('/').unwrap_or(path_and_query);
    let cut = rest.find(['/', '?']).unwrap_or(rest.len());
    *path_and_query = rest[cut..].to_owned();
}

/// What the client's settings say about S3-style addressing of a label
/// the endpoint carries, for models without endpoint rules.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Addressing {
    pub force_path_style: bool,
    pub accelerate: bool,
    pub dual_stack: bool,
}

/// Places a label the endpoint carries ([`Customization::LabelInEndpoint`])
/// in a model without endpoint rules, as the AWS SDKs addressed S3 before
/// its rules: virtual-hosted (`bucket.s3.us-west-2.amazonaws.com/key`)
/// unless path style is forced or the value cannot be a host name (then
/// `/bucket/key`, as the request was prepared). An AWS S3 endpoint
/// (`s3.REGION.amazonaws.com`) becomes `s3-accelerate[.dualstack].amazonaws.com`
/// or `s3.dualstack.REGION.amazonaws.com` when those are asked for; another
/// endpoint keeps its host. Returns the host prefix (`bucket.`) when the
/// label goes to the host, `path_and_query` then losing its segment.
pub(crate) fn legacy_addressing(
    custom: &[Customization],
    uri: &str,
    value: Option<&str>,
    how: Addressing,
    url: &mut String,
    path_and_query: &mut String,
) -> Option<String> {
    if !labelled(custom, uri) {
        return None;
    }
    let value = value?;
    // A dotted name cannot be a host under TLS (the certificate is for one
    // level of subdomain).
    let https = url.starts_with("https://");
    if how.force_path_style || !crate::endpoint::is_virtual_hostable_s3_bucket(value, !https) {
        return None;
    }
    let (scheme, rest) = url.split_once("://")?;
    let cut = rest.find(['/', ':']).unwrap_or(rest.len());
    let (host, tail) = rest.split_at(cut);
    // An endpoint named by its address has no subdomains.
    if rest.starts_with('[') || host.parse::<std::net::Ipv4Addr>().is_ok() {
        return None;
    }
    let region = host
        .strip_prefix("s3.")
        .and_then(|h| h.strip_suffix(".amazonaws.com"))
        .filter(|r| !r.contains('.'));
    let aws = region.is_some() || host == "s3.amazonaws.com";
    let new_host = match (aws, how.accelerate, how.dual_stack) {
        (true, true, false) => Some("s3-accelerate.amazonaws.com".to_owned()),
        (true, true, true) => Some("s3-accelerate.dualstack.amazonaws.com".to_owned()),
        (true, false, true) => Some(format!(
            "s3.dualstack.{}.amazonaws.com",
            region.unwrap_or("us-east-1")
        )),
        _ => None,
    };
    if let Some(h) = new_host {
        *url = format!("{scheme}://{h}{tail}");
    }
    label_in_endpoint(custom, uri, path_and_query);
    if path_and_query.is_empty() || path_and_query.starts_with('?') {
        path_and_query.insert(0, '/');
    }
    Some(format!("{value}."))
}

/// Whether `uri` starts with a label the endpoint carries.
fn labelled(custom: &[Customization], uri: &str) -> bool {
    custom.iter().any(|c| match c {
        Customization::LabelInEndpoint(label) => {
            let first = uri.trim_start_matches('/').split(['/', '?']).next();
            first == Some(format!("{{{label}}}").as_str())
        }
        _ => false,
    })
}

/// The label an operation's URI starts with, if the endpoint carries it.
pub(crate) fn endpoint_label(custom: &[Customization], uri: &str) -> Option<&'static str> {
    custom.iter().find_map(|c| match c {
        Customization::LabelInEndpoint(label) if labelled(&[*c], uri) => Some(*label),
        _ => None,
    })
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
    fn s3_addressing_without_endpoint_rules() {
        let custom = [Customization::LabelInEndpoint("Bucket")];
        let how = |force_path_style, accelerate, dual_stack| Addressing {
            force_path_style,
            accelerate,
            dual_stack,
        };
        // (endpoint, bucket, settings) -> (url, path, host prefix)
        let cases = [
            (
                "https://s3.us-west-2.amazonaws.com",
                "mybucket",
                how(false, false, false),
                "https://s3.us-west-2.amazonaws.com",
                "/k?x=1",
                Some("mybucket."),
            ),
            (
                "https://s3.us-west-2.amazonaws.com",
                "mybucket",
                how(true, false, false),
                "https://s3.us-west-2.amazonaws.com",
                "/mybucket/k?x=1",
                None,
            ),
            (
                "https://s3.us-west-2.amazonaws.com",
                "mybucket",
                how(false, true, false),
                "https://s3-accelerate.amazonaws.com",
                "/k?x=1",
                Some("mybucket."),
            ),
            (
                "https://s3.us-west-2.amazonaws.com",
                "mybucket",
                how(false, true, true),
                "https://s3-accelerate.dualstack.amazonaws.com",
                "/k?x=1",
                Some("mybucket."),
            ),
            (
                "https://s3.us-west-2.amazonaws.com",
                "mybucket",
                how(false, false, true),
                "https://s3.dualstack.us-west-2.amazonaws.com",
                "/k?x=1",
                Some("mybucket."),
            ),
            // Names that cannot be host names, and dotted names over TLS.
            (
                "https://s3.us-west-2.amazonaws.com",
                "My_Bucket",
                how(false, false, false),
                "https://s3.us-west-2.amazonaws.com",
                "/My_Bucket/k?x=1",
                None,
            ),
            (
                "https://s3.us-west-2.amazonaws.com",
                "a.b.c",
                how(false, false, false),
                "https://s3.us-west-2.amazonaws.com",
                "/a.b.c/k?x=1",
                None,
            ),
            (
                "http://s3.us-west-2.amazonaws.com",
                "a.b.c",
                how(false, false, false),
                "http://s3.us-west-2.amazonaws.com",
                "/k?x=1",
                Some("a.b.c."),
            ),
            // Another endpoint keeps its host; an address has no subdomains.
            (
                "http://minio.local:9000",
                "mybucket",
                how(false, true, true),
                "http://minio.local:9000",
                "/k?x=1",
                Some("mybucket."),
            ),
            (
                "http://127.0.0.1:9000",
                "mybucket",
                how(false, false, false),
                "http://127.0.0.1:9000",
                "/mybucket/k?x=1",
                None,
            ),
        ];
        for (endpoint, bucket, how, want_url, want_path, want_prefix) in cases {
            let mut url = endpoint.to_owned();
            let mut path = format!("/{bucket}/k?x=1");
            let prefix = legacy_addressing(
                &custom,
                "/{Bucket}/{Key+}",
                Some(bucket),
                how,
                &mut url,
                &mut path,
            );
            assert_eq!(
                (url.as_str(), path.as_str(), prefix.as_deref()),
                (want_url, want_path, want_prefix),
                "{endpoint} {bucket} {how:?}"
            );
        }
        // A bucket-only URI keeps a path.
        let mut url = "https://s3.us-west-2.amazonaws.com".to_owned();
        let mut path = "/mybucket?list-type=2".to_owned();
        let prefix = legacy_addressing(
            &custom,
            "/{Bucket}?list-type=2",
            Some("mybucket"),
            Addressing::default(),
            &mut url,
            &mut path,
        );
        assert_eq!(
            (path.as_str(), prefix.as_deref()),
            ("/?list-type=2", Some("mybucket."))
        );
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
