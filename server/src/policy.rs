//! IAM policy documents as ECR's repository and registry policies use them:
//! parsed and validated once ([`Policy::parse`]), then evaluated against a
//! request (who, which action, which resource, and what is known about the
//! request: [`Request`]).
//!
//! What is evaluated: `Effect` (an explicit `Deny` wins over any `Allow`),
//! `Principal` / `NotPrincipal` (`*`, account ids, `arn:aws:iam::ACCOUNT:root`
//! for a whole account, exact user and role ARNs), `Action` / `NotAction` and
//! `Resource` / `NotResource` with `*` and `?` wildcards (actions without
//! regard to case), and `Condition` with the string, ARN, `Bool`, `Null` and
//! IP address operators, their `IfExists` forms and the `ForAnyValue:` /
//! `ForAllValues:` set qualifiers. A condition key the request does not
//! carry fails a positive operator and satisfies a negated one, as in IAM.

use std::collections::BTreeMap;
use std::net::IpAddr;

use serde_json::Value;

/// A statement's effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    Allow,
    Deny,
}

/// Who a statement is about.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Principals {
    /// `"*"` or `{"AWS": "*"}`.
    Anyone,
    /// AWS principals: account ids (a whole account) and ARNs; service
    /// principals, which no access key of this registry is, match nothing.
    Some(Vec<String>),
}

/// One condition: `operator` applied to a request key and its values.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Condition {
    op: Operator,
    negated: bool,
    if_exists: bool,
    qualifier: Qualifier,
    key: String,
    values: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operator {
    StringEquals,
    StringEqualsIgnoreCase,
    StringLike,
    ArnLike,
    Bool,
    Null,
    IpAddress,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Qualifier {
    Single,
    AnyValue,
    AllValues,
}

/// One statement of a policy.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Statement {
    effect: Effect,
    /// `(principals, negated)`: `NotPrincipal` when negated.
    principals: (Principals, bool),
    actions: (Vec<String>, bool),
    /// `None`: no `Resource` element (the resource the policy is attached to).
    resources: Option<(Vec<String>, bool)>,
    conditions: Vec<Condition>,
}

/// A parsed policy document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    statements: Vec<Statement>,
}

/// What a policy is asked about.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    /// The caller's ARN (`arn:aws:iam::ACCOUNT:user/NAME`, `...:root`).
    pub principal: &'a str,
    /// The caller's account id.
    pub account: &'a str,
    /// `ecr:BatchGetImage` and the like.
    pub action: &'a str,
    /// The ARN of the resource acted on, or `*`.
    pub resource: &'a str,
    /// Condition keys (`aws:SourceIp`, `aws:PrincipalArn`, ...) and their values.
    pub context: &'a BTreeMap<String, Vec<String>>,
}

/// What a policy says about a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// A statement denies it.
    Deny,
    /// A statement allows it and none denies it.
    Allow,
    /// No statement applies.
    Silent,
}

fn strings(v: &Value, what: &str) -> Result<Vec<String>, String> {
    match v {
        Value::String(s) => Ok(vec![s.clone()]),
        Value::Array(items) if !items.is_empty() => items
            .iter()
            .map(|i| {
                i.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| format!("every entry of '{what}' must be a string"))
            })
            .collect(),
        _ => Err(format!(
            "'{what}' must be a string or a non-empty list of strings"
        )),
    }
}

fn principals(v: &Value) -> Result<Principals, String> {
    match v {
        Value::String(s) if s == "*" => Ok(Principals::Anyone),
        Value::Object(m) if !m.is_empty() => {
            let mut out = Vec::new();
            for (kind, who) in m {
                let who = strings(who, "Principal")?;
                match kind.as_str() {
                    "AWS" => {
                        if who.iter().any(|w| w == "*") {
                            return Ok(Principals::Anyone);
                        }
                        for w in who {
                            let account = w.len() == 12 && w.bytes().all(|b| b.is_ascii_digit());
                            if !account
                                && !w.starts_with("arn:aws:iam::")
                                && !w.starts_with("arn:aws:sts::")
                            {
                                return Err(format!(
                                    "the principal '{w}' is neither an account id nor an IAM ARN"
                                ));
                            }
                            out.push(w);
                        }
                    }
                    "Service" | "Federated" | "CanonicalUser" => {}
                    other => return Err(format!("unknown principal type '{other}'")),
                }
            }
            Ok(Principals::Some(out))
        }
        _ => Err("'Principal' must be \"*\" or an object such as {\"AWS\": ...}".into()),
    }
}

fn condition_block(v: &Value) -> Result<Vec<Condition>, String> {
    let Value::Object(ops) = v else {
        return Err("'Condition' must be an object of operators".into());
    };
    let mut out = Vec::new();
    for (name, keys) in ops {
        let (qualifier, rest) = if let Some(r) = name.strip_prefix("ForAnyValue:") {
            (Qualifier::AnyValue, r)
        } else if let Some(r) = name.strip_prefix("ForAllValues:") {
            (Qualifier::AllValues, r)
        } else {
            (Qualifier::Single, name.as_str())
        };
        let (base, if_exists) = match rest.strip_suffix("IfExists") {
            Some(b) => (b, true),
            None => (rest, false),
        };
        let (op, negated) = match base {
            "StringEquals" => (Operator::StringEquals, false),
            "StringNotEquals" => (Operator::StringEquals, true),
            "StringEqualsIgnoreCase" => (Operator::StringEqualsIgnoreCase, false),
            "StringNotEqualsIgnoreCase" => (Operator::StringEqualsIgnoreCase, true),
            "StringLike" => (Operator::StringLike, false),
            "StringNotLike" => (Operator::StringLike, true),
            "ArnEquals" | "ArnLike" => (Operator::ArnLike, false),
            "ArnNotEquals" | "ArnNotLike" => (Operator::ArnLike, true),
            "Bool" => (Operator::Bool, false),
            "Null" => (Operator::Null, false),
            "IpAddress" => (Operator::IpAddress, false),
            "NotIpAddress" => (Operator::IpAddress, true),
            _ => return Err(format!("the condition operator '{name}' is not supported")),
        };
        let Value::Object(keys) = keys else {
            return Err(format!("the condition '{name}' must be an object of keys"));
        };
        for (key, values) in keys {
            let values = match values {
                Value::Bool(b) => vec![b.to_string()],
                v => strings(v, key)?,
            };
            if op == Operator::IpAddress {
                for v in &values {
                    cidr(v).ok_or_else(|| format!("'{v}' is not an IP address or CIDR block"))?;
                }
            }
            out.push(Condition {
                op,
                negated,
                if_exists,
                qualifier,
                key: key.to_ascii_lowercase(),
                values,
            });
        }
    }
    Ok(out)
}

/// `10.0.0.0/8`, `::1/128` or a bare address.
fn cidr(s: &str) -> Option<(IpAddr, u8)> {
    let (addr, bits) = match s.split_once('/') {
        Some((a, b)) => (a.parse::<IpAddr>().ok()?, b.parse::<u8>().ok()?),
        None => {
            let a = s.parse::<IpAddr>().ok()?;
            (a, if a.is_ipv4() { 32 } else { 128 })
        }
    };
    let max = if addr.is_ipv4() { 32 } else { 128 };
    (bits <= max).then_some((addr, bits))
}

fn in_block(ip: &str, block: &str) -> bool {
    let (Ok(ip), Some((net, bits))) = (ip.parse::<IpAddr>(), cidr(block)) else {
        return false;
    };
    match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(n)) => {
            let mask = u32::MAX.checked_shl(32 - u32::from(bits)).unwrap_or(0);
            u32::from(a) & mask == u32::from(n) & mask
        }
        (IpAddr::V6(a), IpAddr::V6(n)) => {
            let mask = u128::MAX.checked_shl(128 - u32::from(bits)).unwrap_or(0);
            u128::from(a) & mask == u128::from(n) & mask
        }
        _ => false,
    }
}

/// `*` (any run) and `?` (any one character) wildcards.
pub fn glob(pattern: &str, text: &str) -> bool {
    let (p, t): (Vec<char>, Vec<char>) = (pattern.chars().collect(), text.chars().collect());
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

impl Policy {
    /// Parses and validates a policy document; the error says what is wrong.
    pub fn parse(text: &str) -> Result<Self, String> {
        let doc: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
        let Value::Object(doc) = doc else {
            return Err("a policy is a JSON object".into());
        };
        for key in doc.keys() {
            if !matches!(key.as_str(), "Version" | "Id" | "Statement") {
                return Err(format!("unknown policy element '{key}'"));
            }
        }
        match doc.get("Version").and_then(Value::as_str) {
            None | Some("2012-10-17" | "2008-10-17") => {}
            Some(v) => return Err(format!("unknown policy version '{v}'")),
        }
        let statements = match doc.get("Statement") {
            Some(Value::Array(s)) if !s.is_empty() => s.clone(),
            Some(s @ Value::Object(_)) => vec![s.clone()],
            _ => return Err("'Statement' must be a statement or a non-empty list of them".into()),
        };
        let mut out = Vec::new();
        for (i, s) in statements.iter().enumerate() {
            out.push(Self::statement(s).map_err(|e| format!("statement {}: {e}", i + 1))?);
        }
        Ok(Self { statements: out })
    }

    fn statement(s: &Value) -> Result<Statement, String> {
        let Value::Object(s) = s else {
            return Err("a statement is a JSON object".into());
        };
        for key in s.keys() {
            if !matches!(
                key.as_str(),
                "Sid"
                    | "Effect"
                    | "Principal"
                    | "NotPrincipal"
                    | "Action"
                    | "NotAction"
                    | "Resource"
                    | "NotResource"
                    | "Condition"
            ) {
                return Err(format!("unknown statement element '{key}'"));
            }
        }
        let effect = match s.get("Effect").and_then(Value::as_str) {
            Some("Allow") => Effect::Allow,
            Some("Deny") => Effect::Deny,
            _ => return Err("'Effect' must be \"Allow\" or \"Deny\"".into()),
        };
        let principals = match (s.get("Principal"), s.get("NotPrincipal")) {
            (Some(p), None) => (principals(p)?, false),
            (None, Some(p)) => (principals(p)?, true),
            _ => {
                return Err(
                    "a statement names exactly one of 'Principal' and 'NotPrincipal'".into(),
                )
            }
        };
        let actions = match (s.get("Action"), s.get("NotAction")) {
            (Some(a), None) => (strings(a, "Action")?, false),
            (None, Some(a)) => (strings(a, "NotAction")?, true),
            _ => return Err("a statement names exactly one of 'Action' and 'NotAction'".into()),
        };
        for a in &actions.0 {
            let service = a.split_once(':').map(|(s, _)| s.to_ascii_lowercase());
            if a != "*" && service.as_deref() != Some("ecr") {
                return Err(format!("the action '{a}' is not an ECR action (ecr:...)"));
            }
        }
        let resources = match (s.get("Resource"), s.get("NotResource")) {
            (None, None) => None,
            (Some(r), None) => Some((strings(r, "Resource")?, false)),
            (None, Some(r)) => Some((strings(r, "NotResource")?, true)),
            _ => {
                return Err("a statement names at most one of 'Resource' and 'NotResource'".into())
            }
        };
        let conditions = match s.get("Condition") {
            Some(c) => condition_block(c)?,
            None => Vec::new(),
        };
        Ok(Statement {
            effect,
            principals,
            actions,
            resources,
            conditions,
        })
    }

    /// What the statements say about `req`: one that applies and denies
    /// wins over any that allow.
    pub fn evaluate(&self, req: &Request<'_>) -> Decision {
        let mut decision = Decision::Silent;
        for s in &self.statements {
            if s.applies(req) {
                match s.effect {
                    Effect::Deny => return Decision::Deny,
                    Effect::Allow => decision = Decision::Allow,
                }
            }
        }
        decision
    }
}

impl Statement {
    fn applies(&self, req: &Request<'_>) -> bool {
        let (who, not) = &self.principals;
        let named = match who {
            Principals::Anyone => true,
            Principals::Some(list) => list.iter().any(|p| {
                p == req.principal
                    || p == req.account
                    || *p == format!("arn:aws:iam::{}:root", req.account)
            }),
        };
        if named == *not {
            return false;
        }
        let (actions, not) = &self.actions;
        let action = req.action.to_ascii_lowercase();
        if actions
            .iter()
            .any(|a| glob(&a.to_ascii_lowercase(), &action))
            == *not
        {
            return false;
        }
        if let Some((resources, not)) = &self.resources {
            if resources.iter().any(|r| glob(r, req.resource)) == *not {
                return false;
            }
        }
        self.conditions.iter().all(|c| c.holds(req.context))
    }
}

impl Condition {
    fn holds(&self, context: &BTreeMap<String, Vec<String>>) -> bool {
        let present = context.get(&self.key).filter(|v| !v.is_empty());
        if self.op == Operator::Null {
            // `"Null": {"key": "true"}`: the key is absent.
            let wants_absent = self.values.iter().any(|v| v.eq_ignore_ascii_case("true"));
            return present.is_none() == wants_absent;
        }
        let Some(actual) = present else {
            return self.if_exists || self.negated;
        };
        let one = |a: &str| {
            self.values.iter().any(|v| match self.op {
                Operator::StringEquals => a == v,
                Operator::StringEqualsIgnoreCase => a.eq_ignore_ascii_case(v),
                Operator::StringLike | Operator::ArnLike => glob(v, a),
                Operator::Bool => a.eq_ignore_ascii_case(v),
                Operator::IpAddress => in_block(a, v),
                Operator::Null => false,
            })
        };
        let matched = match self.qualifier {
            Qualifier::AllValues => actual.iter().all(|a| one(a)),
            Qualifier::Single | Qualifier::AnyValue => actual.iter().any(|a| one(a)),
        };
        matched != self.negated
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ask(policy: &str, principal: &str, action: &str, resource: &str) -> Decision {
        let account = principal.split(':').nth(4).unwrap_or_default();
        let mut context = BTreeMap::new();
        context.insert("aws:sourceip".to_owned(), vec!["127.0.0.1".to_owned()]);
        context.insert("aws:principalarn".to_owned(), vec![principal.to_owned()]);
        Policy::parse(policy).unwrap().evaluate(&Request {
            principal,
            account,
            action,
            resource,
            context: &context,
        })
    }

    const REPO: &str = "arn:aws:ecr:us-west-2:123456789012:repository/app";
    const ALICE: &str = "arn:aws:iam::123456789012:user/alice";
    const BOB: &str = "arn:aws:iam::210987654321:user/bob";

    #[test]
    fn deny_wins_and_wildcards_match() {
        let p = r#"{"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Principal": {"AWS": "210987654321"}, "Action": "ecr:*"},
            {"Effect": "Deny", "Principal": {"AWS": ["arn:aws:iam::210987654321:user/bob"]},
             "Action": ["ecr:Put*", "ecr:BatchDelete?mage"], "Resource": "arn:aws:ecr:*:*:repository/a*"}
        ]}"#;
        assert_eq!(ask(p, BOB, "ecr:BatchGetImage", REPO), Decision::Allow);
        assert_eq!(ask(p, BOB, "ecr:PutImage", REPO), Decision::Deny);
        assert_eq!(ask(p, BOB, "ECR:batchdeleteimage", REPO), Decision::Deny);
        let other = "arn:aws:ecr:us-west-2:123456789012:repository/web";
        assert_eq!(ask(p, BOB, "ecr:PutImage", other), Decision::Allow);
        assert_eq!(ask(p, ALICE, "ecr:PutImage", REPO), Decision::Silent);
    }

    #[test]
    fn not_elements_and_conditions() {
        let p = r#"{"Statement": {"Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::123456789012:user/alice"},
            "NotAction": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]}}"#;
        assert_eq!(ask(p, ALICE, "ecr:PutImage", REPO), Decision::Silent);
        assert_eq!(ask(p, BOB, "ecr:PutImage", REPO), Decision::Deny);
        assert_eq!(ask(p, BOB, "ecr:BatchGetImage", REPO), Decision::Silent);
        let p = r#"{"Statement": {"Effect": "Deny", "Principal": "*", "Action": "ecr:*",
            "Condition": {"NotIpAddress": {"aws:SourceIp": ["10.0.0.0/8"]}}}}"#;
        assert_eq!(ask(p, ALICE, "ecr:PutImage", REPO), Decision::Deny);
        let p = r#"{"Statement": {"Effect": "Deny", "Principal": "*", "Action": "ecr:*",
            "Condition": {"IpAddress": {"aws:SourceIp": "127.0.0.0/8"},
                          "StringLike": {"aws:PrincipalArn": "arn:aws:iam::*:user/b*"}}}}"#;
        assert_eq!(ask(p, ALICE, "ecr:PutImage", REPO), Decision::Silent);
        assert_eq!(ask(p, BOB, "ecr:PutImage", REPO), Decision::Deny);
        // A key the request lacks: a positive operator fails, a negated one holds.
        let p = r#"{"Statement": {"Effect": "Deny", "Principal": "*", "Action": "ecr:*",
            "Condition": {"StringNotEquals": {"aws:PrincipalTag/team": "core"}}}}"#;
        assert_eq!(ask(p, ALICE, "ecr:PutImage", REPO), Decision::Deny);
        let p = r#"{"Statement": {"Effect": "Deny", "Principal": "*", "Action": "ecr:*",
            "Condition": {"StringEquals": {"aws:PrincipalTag/team": "core"}}}}"#;
        assert_eq!(ask(p, ALICE, "ecr:PutImage", REPO), Decision::Silent);
    }

    #[test]
    fn bad_policies_say_why() {
        for (text, why) in [
            ("nope", "not JSON"),
            ("[]", "JSON object"),
            (r#"{"Statement": []}"#, "non-empty"),
            (r#"{"Version": "2020-01-01", "Statement": {}}"#, "version"),
            (
                r#"{"Statement": {"Effect": "Maybe", "Principal": "*", "Action": "ecr:*"}}"#,
                "Effect",
            ),
            (
                r#"{"Statement": {"Effect": "Allow", "Action": "ecr:*"}}"#,
                "Principal",
            ),
            (
                r#"{"Statement": {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"}}"#,
                "not an ECR action",
            ),
            (
                r#"{"Statement": {"Effect": "Allow", "Principal": {"AWS": "bob"}, "Action": "ecr:*"}}"#,
                "neither",
            ),
            (
                r#"{"Statement": {"Effect": "Allow", "Principal": "*", "Action": "ecr:*", "Extra": 1}}"#,
                "unknown statement element",
            ),
            (
                r#"{"Statement": {"Effect": "Allow", "Principal": "*", "Action": "ecr:*", "Condition": {"Maybe": {}}}}"#,
                "not supported",
            ),
            (
                r#"{"Statement": {"Effect": "Allow", "Principal": "*", "Action": "ecr:*", "Condition": {"IpAddress": {"aws:SourceIp": "300.1.1.1"}}}}"#,
                "CIDR",
            ),
        ] {
            let e = Policy::parse(text).unwrap_err();
            assert!(e.contains(why), "{text}: {e}");
        }
    }

    #[test]
    fn globs() {
        assert!(glob("ecr:*", "ecr:PutImage"));
        assert!(glob("a*b?d", "aXXbcd"));
        assert!(!glob("a*b?d", "aXXbd"));
        assert!(glob("*", ""));
        assert!(!glob("", "x"));
    }
}
