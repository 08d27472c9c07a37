//! Endpoint rules: the resolver behind every generated client, and behind the
//! `endpoint-tests` conformance runner.
//!
//! A service's `smithy.rules#endpointRuleSet` (a decision tree) or
//! `smithy.rules#endpointBdd` (the same logic compiled into a binary decision
//! diagram) is loaded once into a [`RuleSet`]: expressions are parsed,
//! functions named and their arity checked, templates split, BDD nodes decoded
//! and checked, so that a rule set that loads only fails at resolution time
//! for the reasons its own logic gives. [`RuleSet::resolve`] then evaluates it
//! for a set of parameter values ([`Params`]) and gives the [`Endpoint`] (URL,
//! headers, properties such as `authSchemes`) or the rule set's own error.
//!
//! The functions are the rules engine's standard library (`isSet`, `not`,
//! `booleanEquals`, `stringEquals`, `getAttr`, `substring`, `uriEncode`,
//! `parseURL`, `isValidHostLabel`, `coalesce`, `ite`, `split`) and the AWS
//! ones (`aws.partition`, `aws.parseArn`, `aws.isVirtualHostableS3Bucket`).
//! `aws.partition` reads [`Partitions`], the AWS partitions data.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::Value as Json;

/// A value of the rules language. An unset value (an empty optional) is
/// `None` wherever a value is an `Option<Value>`.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A string.
    String(String),
    /// A boolean.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// An array (`stringArray` parameters, `split`, ARN resource ids).
    Array(Vec<Value>),
    /// A record (`parseURL`, `aws.partition`, `aws.parseArn` results, properties).
    Record(BTreeMap<String, Value>),
}

impl Value {
    /// The value of a JSON document (numbers must be integers).
    pub fn from_json(json: &Json) -> Result<Option<Value>, String> {
        Ok(Some(match json {
            Json::Null => return Ok(None),
            Json::Bool(b) => Value::Bool(*b),
            Json::String(s) => Value::String(s.clone()),
            Json::Number(n) => {
                Value::Int(n.as_i64().ok_or_else(|| format!("{n} is not an integer"))?)
            }
            Json::Array(items) => Value::Array(
                items
                    .iter()
                    .map(|v| Value::from_json(v)?.ok_or_else(|| "null in an array".to_owned()))
                    .collect::<Result<_, _>>()?,
            ),
            Json::Object(map) => Value::Record(
                map.iter()
                    .filter_map(|(k, v)| match Value::from_json(v) {
                        Ok(Some(v)) => Some(Ok((k.clone(), v))),
                        Ok(None) => None,
                        Err(e) => Some(Err(e)),
                    })
                    .collect::<Result<_, _>>()?,
            ),
        }))
    }

    /// This value as JSON.
    pub fn to_json(&self) -> Json {
        match self {
            Value::String(s) => Json::String(s.clone()),
            Value::Bool(b) => Json::Bool(*b),
            Value::Int(i) => Json::from(*i),
            Value::Array(items) => Json::Array(items.iter().map(Value::to_json).collect()),
            Value::Record(map) => {
                Json::Object(map.iter().map(|(k, v)| (k.clone(), v.to_json())).collect())
            }
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The boolean, if this is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Value::String(_) => "a string",
            Value::Bool(_) => "a boolean",
            Value::Int(_) => "an integer",
            Value::Array(_) => "an array",
            Value::Record(_) => "a record",
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<Vec<String>> for Value {
    fn from(items: Vec<String>) -> Self {
        Value::Array(items.into_iter().map(Value::String).collect())
    }
}

/// Parameter values for one resolution, by parameter name.
pub type Params = BTreeMap<String, Value>;

/// A resolved endpoint.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Endpoint {
    /// The URL requests go to.
    pub url: String,
    /// Headers every request to this endpoint carries.
    pub headers: BTreeMap<String, Vec<String>>,
    /// Properties, such as `authSchemes` (signing name and region).
    pub properties: BTreeMap<String, Value>,
}

impl Endpoint {
    /// The SigV4 signing name and region this endpoint asks for (the first
    /// `sigv4` entry of its `authSchemes` property), where it names them.
    pub fn sigv4_overrides(&self) -> (Option<&str>, Option<&str>) {
        let schemes = match self.properties.get("authSchemes") {
            Some(Value::Array(schemes)) => schemes,
            _ => return (None, None),
        };
        for scheme in schemes {
            let Value::Record(scheme) = scheme else {
                continue;
            };
            if scheme.get("name").and_then(Value::as_str) == Some("sigv4") {
                let field = |k: &str| scheme.get(k).and_then(Value::as_str);
                return (field("signingName"), field("signingRegion"));
            }
        }
        (None, None)
    }
}

/// Why no endpoint was resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum ResolveError {
    /// The rule set's own error for these parameters (e.g. "Invalid
    /// Configuration: FIPS and custom endpoint are not supported").
    Rule(String),
    /// No rule matched these parameters.
    NoMatch,
    /// A required parameter has no value and no default.
    MissingParameter(String),
    /// The rule set asked for something it cannot do with these values
    /// (a type mismatch, an unknown region with no default partition).
    Evaluation(String),
}

impl fmt::Display for ResolveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResolveError::Rule(m) => f.write_str(m),
            ResolveError::NoMatch => f.write_str("no endpoint rule matched"),
            ResolveError::MissingParameter(p) => {
                write!(f, "endpoint parameter `{p}` is required and not set")
            }
            ResolveError::Evaluation(m) => write!(f, "the endpoint rules failed: {m}"),
        }
    }
}

impl std::error::Error for ResolveError {}

/// A rule set that did not load.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError(pub String);

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid endpoint rules: {}", self.0)
    }
}

impl std::error::Error for LoadError {}

fn load_err<T>(msg: impl Into<String>) -> Result<T, LoadError> {
    Err(LoadError(msg.into()))
}

/// The type of a parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamType {
    /// `String`.
    String,
    /// `Boolean`.
    Boolean,
    /// `stringArray`.
    StringArray,
}

/// A declared parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    /// Its name.
    pub name: String,
    /// Its type.
    pub kind: ParamType,
    /// Whether it must have a value (its own or its default).
    pub required: bool,
    /// The value it has when none is given.
    pub default: Option<Value>,
    /// The SDK setting it comes from (`AWS::Region`, `SDK::Endpoint`, ...).
    pub built_in: Option<String>,
    /// Its documentation.
    pub documentation: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
enum Part {
    Lit(String),
    Var(String, Vec<PathSeg>),
}

#[derive(Debug, Clone, PartialEq)]
enum PathSeg {
    Key(String),
    Index(i64),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Func {
    IsSet,
    Not,
    BooleanEquals,
    StringEquals,
    Substring,
    UriEncode,
    ParseUrl,
    IsValidHostLabel,
    Coalesce,
    Ite,
    Split,
    Partition,
    ParseArn,
    IsVirtualHostableS3Bucket,
}

impl Func {
    fn from_name(name: &str) -> Option<(Func, usize, Option<usize>)> {
        // (function, minimum arity, maximum arity)
        Some(match name {
            "isSet" => (Func::IsSet, 1, Some(1)),
            "not" => (Func::Not, 1, Some(1)),
            "booleanEquals" => (Func::BooleanEquals, 2, Some(2)),
            "stringEquals" => (Func::StringEquals, 2, Some(2)),
            "substring" => (Func::Substring, 4, Some(4)),
            "uriEncode" => (Func::UriEncode, 1, Some(1)),
            "parseURL" => (Func::ParseUrl, 1, Some(1)),
            "isValidHostLabel" => (Func::IsValidHostLabel, 2, Some(2)),
            "coalesce" => (Func::Coalesce, 2, None),
            "ite" => (Func::Ite, 3, Some(3)),
            "split" => (Func::Split, 3, Some(3)),
            "aws.partition" => (Func::Partition, 1, Some(1)),
            "aws.parseArn" => (Func::ParseArn, 1, Some(1)),
            "aws.isVirtualHostableS3Bucket" => (Func::IsVirtualHostableS3Bucket, 2, Some(2)),
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Template(Vec<Part>),
    Bool(bool),
    Int(i64),
    Ref(String),
    Call(Func, Vec<Expr>),
    GetAttr(Box<Expr>, Vec<PathSeg>),
    Array(Vec<Expr>),
    Record(BTreeMap<String, Expr>),
}

#[derive(Debug, Clone, PartialEq)]
struct Condition {
    expr: Expr,
    assign: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
struct EndpointTemplate {
    url: Expr,
    headers: BTreeMap<String, Vec<Expr>>,
    properties: BTreeMap<String, Expr>,
}

#[derive(Debug, Clone, PartialEq)]
enum RuleKind {
    Endpoint(EndpointTemplate),
    Error(Expr),
    Tree(Vec<Rule>),
}

#[derive(Debug, Clone, PartialEq)]
struct Rule {
    conditions: Vec<Condition>,
    kind: RuleKind,
}

#[derive(Debug, Clone, PartialEq)]
enum Logic {
    Tree(Vec<Rule>),
    Bdd {
        conditions: Vec<Condition>,
        /// Index 0 is "no match"; the trait's results follow.
        results: Vec<Option<Rule>>,
        root: i32,
        /// `(condition, high, low)` per node.
        nodes: Vec<[i32; 3]>,
    },
}

/// A loaded rule set, ready to resolve endpoints.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleSet {
    parameters: Vec<Parameter>,
    logic: Logic,
}

const RESULT_OFFSET: i32 = 100_000_000;

impl RuleSet {
    /// Loads the value of a `smithy.rules#endpointRuleSet` trait.
    pub fn from_rule_set(json: &Json) -> Result<Self, LoadError> {
        let obj = json
            .as_object()
            .ok_or_else(|| LoadError("the rule set is not an object".into()))?;
        let parameters = parameters(obj.get("parameters"))?;
        let rules = match obj.get("rules") {
            Some(Json::Array(rules)) => rules.iter().map(rule).collect::<Result<_, _>>()?,
            _ => return load_err("`rules` is not an array"),
        };
        Ok(RuleSet {
            parameters,
            logic: Logic::Tree(rules),
        })
    }

    /// Loads the value of a `smithy.rules#endpointBdd` trait.
    pub fn from_bdd(json: &Json) -> Result<Self, LoadError> {
        use base64::Engine as _;
        let obj = json
            .as_object()
            .ok_or_else(|| LoadError("the BDD is not an object".into()))?;
        let parameters = parameters(obj.get("parameters"))?;
        let conditions = match obj.get("conditions") {
            Some(Json::Array(c)) => c.iter().map(condition).collect::<Result<Vec<_>, _>>()?,
            _ => return load_err("`conditions` is not an array"),
        };
        let mut results = vec![None];
        match obj.get("results") {
            Some(Json::Array(r)) => {
                for (i, r) in r.iter().enumerate() {
                    let r = rule(r)?;
                    if !r.conditions.is_empty() || matches!(r.kind, RuleKind::Tree(_)) {
                        return load_err(format!(
                            "BDD result {} has conditions or is a tree",
                            i + 1
                        ));
                    }
                    results.push(Some(r));
                }
            }
            _ => return load_err("`results` is not an array"),
        }
        let int = |k: &str| {
            obj.get(k)
                .and_then(Json::as_i64)
                .and_then(|v| i32::try_from(v).ok())
                .ok_or_else(|| LoadError(format!("`{k}` is not an integer")))
        };
        let root = int("root")?;
        let count = usize::try_from(int("nodeCount")?)
            .map_err(|_| LoadError("`nodeCount` is negative".into()))?;
        let bytes = obj
            .get("nodes")
            .and_then(Json::as_str)
            .ok_or_else(|| LoadError("`nodes` is not a string".into()))
            .and_then(|s| {
                base64::engine::general_purpose::STANDARD
                    .decode(s)
                    .map_err(|e| LoadError(format!("`nodes` is not base64: {e}")))
            })?;
        if bytes.len() != count * 12 {
            return load_err(format!(
                "`nodes` has {} bytes, {count} nodes need {}",
                bytes.len(),
                count * 12
            ));
        }
        let nodes: Vec<[i32; 3]> = bytes
            .chunks_exact(12)
            .map(|c| {
                let at = |i: usize| i32::from_be_bytes([c[i], c[i + 1], c[i + 2], c[i + 3]]);
                [at(0), at(4), at(8)]
            })
            .collect();
        let check_ref = |r: i32, what: &str| -> Result<(), LoadError> {
            let ok = match r {
                1 | -1 => true,
                r if r >= RESULT_OFFSET => ((r - RESULT_OFFSET) as usize) < results.len(),
                r if r > 1 => (r as usize - 1) < nodes.len(),
                r if r < -1 && r > -RESULT_OFFSET => ((-r) as usize - 1) < nodes.len(),
                _ => false,
            };
            if ok {
                Ok(())
            } else {
                load_err(format!("{what} refers to {r}, which does not exist"))
            }
        };
        check_ref(root, "the root")?;
        // Node 0 is the terminal itself (references 1 and -1), never tested.
        for (i, [var, high, low]) in nodes.iter().enumerate().skip(1) {
            if usize::try_from(*var).map_or(true, |v| v >= conditions.len()) {
                return load_err(format!(
                    "node {i} tests condition {var}, which does not exist"
                ));
            }
            check_ref(*high, &format!("node {i}"))?;
            check_ref(*low, &format!("node {i}"))?;
        }
        Ok(RuleSet {
            parameters,
            logic: Logic::Bdd {
                conditions,
                results,
                root,
                nodes,
            },
        })
    }

    /// Loads the value of a `smithy.rules#endpointBdd` trait (`bdd`) or of a
    /// `smithy.rules#endpointRuleSet` trait.
    pub fn from_trait(json: &Json, bdd: bool) -> Result<Self, LoadError> {
        if bdd {
            Self::from_bdd(json)
        } else {
            Self::from_rule_set(json)
        }
    }

    /// The declared parameters.
    pub fn parameters(&self) -> &[Parameter] {
        &self.parameters
    }

    /// The endpoint for `params` (parameters not given take their defaults).
    pub fn resolve(
        &self,
        params: &Params,
        partitions: &Partitions,
    ) -> Result<Endpoint, ResolveError> {
        let mut scope: Vec<(String, Value)> = Vec::with_capacity(params.len() + 8);
        for p in &self.parameters {
            match params.get(&p.name).or(p.default.as_ref()) {
                Some(v) => scope.push((p.name.clone(), v.clone())),
                None if p.required => return Err(ResolveError::MissingParameter(p.name.clone())),
                None => {}
            }
        }
        for (name, value) in params {
            if !self.parameters.iter().any(|p| &p.name == name) {
                scope.push((name.clone(), value.clone()));
            }
        }
        let mut eval = Eval { partitions, scope };
        let result = match &self.logic {
            Logic::Tree(rules) => eval.rules(rules)?,
            Logic::Bdd {
                conditions,
                results,
                root,
                nodes,
            } => {
                let mut r = *root;
                let mut steps = 0;
                while (r > 1 && r < RESULT_OFFSET) || (r < -1 && r > -RESULT_OFFSET) {
                    steps += 1;
                    if steps > nodes.len() + 1 {
                        return Err(ResolveError::Evaluation("the BDD has a cycle".into()));
                    }
                    let [var, high, low] = nodes[(r.unsigned_abs() - 1) as usize];
                    let holds = eval.condition(&conditions[var as usize])?;
                    r = if holds ^ (r < 0) { high } else { low };
                }
                if r < RESULT_OFFSET {
                    return Err(ResolveError::NoMatch);
                }
                match &results[(r - RESULT_OFFSET) as usize] {
                    Some(rule) => eval.outcome(rule)?,
                    None => return Err(ResolveError::NoMatch),
                }
            }
        };
        result.ok_or(ResolveError::NoMatch)?
    }
}

fn parameters(json: Option<&Json>) -> Result<Vec<Parameter>, LoadError> {
    let Some(Json::Object(map)) = json else {
        return load_err("`parameters` is not an object");
    };
    let mut out = Vec::with_capacity(map.len());
    for (name, p) in map {
        let kind = match p
            .get("type")
            .and_then(Json::as_str)
            .map(str::to_ascii_lowercase)
        {
            Some(t) if t == "string" => ParamType::String,
            Some(t) if t == "boolean" => ParamType::Boolean,
            Some(t) if t == "stringarray" => ParamType::StringArray,
            other => {
                return load_err(format!(
                    "parameter `{name}` has type {other:?}, not String, Boolean or stringArray"
                ))
            }
        };
        let default = match p.get("default") {
            Some(d) => Value::from_json(d)
                .map_err(|e| LoadError(format!("parameter `{name}` default: {e}")))?,
            None => None,
        };
        let str_field = |k: &str| p.get(k).and_then(Json::as_str).map(str::to_owned);
        out.push(Parameter {
            name: name.clone(),
            kind,
            required: p.get("required").and_then(Json::as_bool).unwrap_or(false),
            default,
            built_in: str_field("builtIn"),
            documentation: str_field("documentation"),
        });
    }
    Ok(out)
}

fn rule(json: &Json) -> Result<Rule, LoadError> {
    let obj = json
        .as_object()
        .ok_or_else(|| LoadError("a rule is not an object".into()))?;
    let conditions = match obj.get("conditions") {
        Some(Json::Array(c)) => c.iter().map(condition).collect::<Result<_, _>>()?,
        None => Vec::new(),
        Some(_) => return load_err("a rule's `conditions` is not an array"),
    };
    let kind = match obj.get("type").and_then(Json::as_str) {
        Some("endpoint") => {
            let e = obj
                .get("endpoint")
                .and_then(Json::as_object)
                .ok_or_else(|| LoadError("an endpoint rule has no `endpoint`".into()))?;
            let url = expr(
                e.get("url")
                    .ok_or_else(|| LoadError("an endpoint has no `url`".into()))?,
            )?;
            let mut headers = BTreeMap::new();
            if let Some(h) = e.get("headers") {
                let h = h
                    .as_object()
                    .ok_or_else(|| LoadError("an endpoint's `headers` is not an object".into()))?;
                for (k, v) in h {
                    let values = v
                        .as_array()
                        .ok_or_else(|| LoadError(format!("header `{k}` is not a list")))?;
                    headers.insert(
                        k.clone(),
                        values.iter().map(expr).collect::<Result<_, _>>()?,
                    );
                }
            }
            let mut properties = BTreeMap::new();
            if let Some(p) = e.get("properties") {
                let p = p.as_object().ok_or_else(|| {
                    LoadError("an endpoint's `properties` is not an object".into())
                })?;
                for (k, v) in p {
                    properties.insert(k.clone(), literal(v)?);
                }
            }
            RuleKind::Endpoint(EndpointTemplate {
                url,
                headers,
                properties,
            })
        }
        Some("error") => RuleKind::Error(expr(
            obj.get("error")
                .ok_or_else(|| LoadError("an error rule has no `error`".into()))?,
        )?),
        Some("tree") => match obj.get("rules") {
            Some(Json::Array(rules)) => {
                RuleKind::Tree(rules.iter().map(rule).collect::<Result<_, _>>()?)
            }
            _ => return load_err("a tree rule has no `rules` array"),
        },
        other => return load_err(format!("unknown rule type {other:?}")),
    };
    Ok(Rule { conditions, kind })
}

fn condition(json: &Json) -> Result<Condition, LoadError> {
    let assign = json.get("assign").and_then(Json::as_str).map(str::to_owned);
    if json.get("fn").is_none() {
        return load_err("a condition is not a function call");
    }
    Ok(Condition {
        expr: expr(json)?,
        assign,
    })
}

/// A literal of an endpoint's properties: strings are templates, objects
/// and arrays hold literals.
fn literal(json: &Json) -> Result<Expr, LoadError> {
    Ok(match json {
        Json::Object(map) if !map.contains_key("fn") && !map.contains_key("ref") => Expr::Record(
            map.iter()
                .map(|(k, v)| Ok((k.clone(), literal(v)?)))
                .collect::<Result<_, LoadError>>()?,
        ),
        Json::Array(items) => Expr::Array(items.iter().map(literal).collect::<Result<_, _>>()?),
        other => expr(other)?,
    })
}

fn expr(json: &Json) -> Result<Expr, LoadError> {
    Ok(match json {
        Json::String(s) => Expr::Template(template(s)?),
        Json::Bool(b) => Expr::Bool(*b),
        Json::Number(n) => Expr::Int(
            n.as_i64()
                .ok_or_else(|| LoadError(format!("{n} is not an integer")))?,
        ),
        Json::Array(items) => Expr::Array(items.iter().map(expr).collect::<Result<_, _>>()?),
        Json::Object(map) => {
            if let Some(r) = map.get("ref") {
                let name = r
                    .as_str()
                    .ok_or_else(|| LoadError("`ref` is not a string".into()))?;
                Expr::Ref(name.to_owned())
            } else if let Some(f) = map.get("fn") {
                let name = f
                    .as_str()
                    .ok_or_else(|| LoadError("`fn` is not a string".into()))?;
                let argv = match map.get("argv") {
                    Some(Json::Array(a)) => a,
                    _ => return load_err(format!("`{name}` has no `argv` array")),
                };
                if name == "getAttr" {
                    let [target, Json::String(path)] = argv.as_slice() else {
                        return load_err("`getAttr` takes a value and a path string");
                    };
                    Expr::GetAttr(Box::new(expr(target)?), attr_path(path)?)
                } else {
                    let (func, min, max) = Func::from_name(name)
                        .ok_or_else(|| LoadError(format!("unknown function `{name}`")))?;
                    if argv.len() < min || max.is_some_and(|m| argv.len() > m) {
                        return load_err(format!("`{name}` called with {} arguments", argv.len()));
                    }
                    Expr::Call(func, argv.iter().map(expr).collect::<Result<_, _>>()?)
                }
            } else {
                Expr::Record(
                    map.iter()
                        .map(|(k, v)| Ok((k.clone(), expr(v)?)))
                        .collect::<Result<_, LoadError>>()?,
                )
            }
        }
        Json::Null => return load_err("null is not an expression"),
    })
}

fn attr_path(path: &str) -> Result<Vec<PathSeg>, LoadError> {
    let mut out = Vec::new();
    for part in path.split('.') {
        match part.find('[') {
            Some(open) => {
                if open > 0 {
                    out.push(PathSeg::Key(part[..open].to_owned()));
                }
                let index = part[open + 1..]
                    .strip_suffix(']')
                    .and_then(|i| i.parse::<i64>().ok())
                    .ok_or_else(|| LoadError(format!("bad index in path `{path}`")))?;
                out.push(PathSeg::Index(index));
            }
            None if part.is_empty() => return load_err(format!("empty key in path `{path}`")),
            None => out.push(PathSeg::Key(part.to_owned())),
        }
    }
    Ok(out)
}

fn template(s: &str) -> Result<Vec<Part>, LoadError> {
    let mut parts = Vec::new();
    let mut lit = String::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '{' if chars.peek().map(|p| p.1) == Some('{') => {
                chars.next();
                lit.push('{');
            }
            '}' if chars.peek().map(|p| p.1) == Some('}') => {
                chars.next();
                lit.push('}');
            }
            '{' => {
                let end = s[i..]
                    .find('}')
                    .map(|e| i + e)
                    .ok_or_else(|| LoadError(format!("unclosed `{{` in template `{s}`")))?;
                let inner = &s[i + 1..end];
                if !lit.is_empty() {
                    parts.push(Part::Lit(std::mem::take(&mut lit)));
                }
                match inner.split_once('#') {
                    Some((name, path)) => parts.push(Part::Var(name.to_owned(), attr_path(path)?)),
                    None => parts.push(Part::Var(inner.to_owned(), Vec::new())),
                }
                while chars.peek().is_some_and(|p| p.0 <= end) {
                    chars.next();
                }
            }
            c => lit.push(c),
        }
    }
    if !lit.is_empty() || parts.is_empty() {
        parts.push(Part::Lit(lit));
    }
    Ok(parts)
}

struct Eval<'a> {
    partitions: &'a Partitions,
    scope: Vec<(String, Value)>,
}

type Outcome = Option<Result<Endpoint, ResolveError>>;

fn type_err<T>(func: &str, want: &str, got: Option<&Value>) -> Result<T, ResolveError> {
    Err(ResolveError::Evaluation(format!(
        "`{func}` expected {want}, got {}",
        got.map_or("an unset value", Value::kind)
    )))
}

impl Eval<'_> {
    fn lookup(&self, name: &str) -> Option<&Value> {
        self.scope
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
    }

    /// Evaluates `rules` in order: the first that matches gives the outcome.
    fn rules(&mut self, rules: &[Rule]) -> Result<Outcome, ResolveError> {
        for r in rules {
            let mark = self.scope.len();
            let mut matched = true;
            for c in &r.conditions {
                if !self.condition(c)? {
                    matched = false;
                    break;
                }
            }
            let outcome = if matched { self.outcome(r)? } else { None };
            self.scope.truncate(mark);
            if outcome.is_some() {
                return Ok(outcome);
            }
        }
        Ok(None)
    }

    /// Whether condition `c` holds (set and not `false`), binding its value.
    fn condition(&mut self, c: &Condition) -> Result<bool, ResolveError> {
        let v = self.expr(&c.expr)?;
        let truthy = !matches!(v, None | Some(Value::Bool(false)));
        if let (Some(name), Some(v)) = (&c.assign, v) {
            self.scope.push((name.clone(), v));
        }
        Ok(truthy)
    }

    fn outcome(&mut self, r: &Rule) -> Result<Outcome, ResolveError> {
        Ok(Some(match &r.kind {
            RuleKind::Endpoint(e) => self.endpoint(e),
            RuleKind::Error(msg) => match self.expr(msg)? {
                Some(Value::String(s)) => Err(ResolveError::Rule(s)),
                other => type_err("error", "a string", other.as_ref())?,
            },
            RuleKind::Tree(sub) => match self.rules(sub)? {
                Some(o) => o,
                None => {
                    return Err(ResolveError::Evaluation(
                        "no rule inside a tree rule matched".into(),
                    ))
                }
            },
        }))
    }

    fn endpoint(&mut self, e: &EndpointTemplate) -> Result<Endpoint, ResolveError> {
        let url = self.string(&e.url, "url")?;
        let mut headers = BTreeMap::new();
        for (k, values) in &e.headers {
            let values = values
                .iter()
                .map(|v| self.string(v, "header"))
                .collect::<Result<_, _>>()?;
            headers.insert(k.clone(), values);
        }
        let mut properties = BTreeMap::new();
        for (k, v) in &e.properties {
            if let Some(v) = self.expr(v)? {
                properties.insert(k.clone(), v);
            }
        }
        Ok(Endpoint {
            url,
            headers,
            properties,
        })
    }

    fn string(&mut self, e: &Expr, what: &str) -> Result<String, ResolveError> {
        match self.expr(e)? {
            Some(Value::String(s)) => Ok(s),
            other => type_err(what, "a string", other.as_ref()),
        }
    }

    fn boolean(&mut self, e: &Expr, func: &str) -> Result<bool, ResolveError> {
        match self.expr(e)? {
            Some(Value::Bool(b)) => Ok(b),
            other => type_err(func, "a boolean", other.as_ref()),
        }
    }

    fn expr(&mut self, e: &Expr) -> Result<Option<Value>, ResolveError> {
        Ok(match e {
            Expr::Template(parts) => Some(Value::String(self.template(parts)?)),
            Expr::Bool(b) => Some(Value::Bool(*b)),
            Expr::Int(i) => Some(Value::Int(*i)),
            Expr::Ref(name) => self.lookup(name).cloned(),
            Expr::GetAttr(target, path) => {
                let v = self.expr(target)?;
                v.as_ref().and_then(|v| get_attr(v, path)).cloned()
            }
            Expr::Array(items) => Some(Value::Array(
                items
                    .iter()
                    .map(|i| {
                        self.expr(i)?.ok_or_else(|| {
                            ResolveError::Evaluation("unset value in an array".into())
                        })
                    })
                    .collect::<Result<_, _>>()?,
            )),
            Expr::Record(map) => {
                let mut out = BTreeMap::new();
                for (k, v) in map {
                    if let Some(v) = self.expr(v)? {
                        out.insert(k.clone(), v);
                    }
                }
                Some(Value::Record(out))
            }
            Expr::Call(func, args) => self.call(*func, args)?,
        })
    }

    fn template(&mut self, parts: &[Part]) -> Result<String, ResolveError> {
        let mut out = String::new();
        for p in parts {
            match p {
                Part::Lit(s) => out.push_str(s),
                Part::Var(name, path) => {
                    let v = self.lookup(name);
                    let v = if path.is_empty() {
                        v
                    } else {
                        v.and_then(|v| get_attr(v, path))
                    };
                    match v {
                        Some(Value::String(s)) => out.push_str(s),
                        other => type_err(&format!("template `{{{name}}}`"), "a string", other)?,
                    }
                }
            }
        }
        Ok(out)
    }

    fn call(&mut self, func: Func, args: &[Expr]) -> Result<Option<Value>, ResolveError> {
        Ok(match func {
            Func::IsSet => Some(Value::Bool(self.expr(&args[0])?.is_some())),
            Func::Not => Some(Value::Bool(!self.boolean(&args[0], "not")?)),
            Func::BooleanEquals => {
                let a = self.boolean(&args[0], "booleanEquals")?;
                Some(Value::Bool(a == self.boolean(&args[1], "booleanEquals")?))
            }
            Func::StringEquals => {
                let a = self.string(&args[0], "stringEquals")?;
                Some(Value::Bool(a == self.string(&args[1], "stringEquals")?))
            }
            Func::Substring => {
                let s = self.string(&args[0], "substring")?;
                let int = |v: Option<Value>| match v {
                    Some(Value::Int(i)) => Ok(i),
                    other => type_err("substring", "an integer", other.as_ref()),
                };
                let start = int(self.expr(&args[1])?)?;
                let stop = int(self.expr(&args[2])?)?;
                let reverse = self.boolean(&args[3], "substring")?;
                substring(&s, start, stop, reverse).map(Value::String)
            }
            Func::UriEncode => Some(Value::String(uri_encode(
                &self.string(&args[0], "uriEncode")?,
            ))),
            Func::ParseUrl => parse_url(&self.string(&args[0], "parseURL")?),
            Func::IsValidHostLabel => {
                let s = self.string(&args[0], "isValidHostLabel")?;
                let dots = self.boolean(&args[1], "isValidHostLabel")?;
                Some(Value::Bool(is_valid_host_label(&s, dots)))
            }
            Func::Coalesce => {
                let (last, init) = args.split_last().expect("arity checked at load");
                for a in init {
                    if let Some(v) = self.expr(a)? {
                        return Ok(Some(v));
                    }
                }
                self.expr(last)?
            }
            Func::Ite => {
                if self.boolean(&args[0], "ite")? {
                    self.expr(&args[1])?
                } else {
                    self.expr(&args[2])?
                }
            }
            Func::Split => {
                let s = self.string(&args[0], "split")?;
                let delim = self.string(&args[1], "split")?;
                let limit = match self.expr(&args[2])? {
                    Some(Value::Int(i)) if i >= 0 => i as usize,
                    other => type_err("split", "a non-negative integer", other.as_ref())?,
                };
                if delim.is_empty() {
                    return Err(ResolveError::Evaluation(
                        "`split` with an empty delimiter".into(),
                    ));
                }
                let parts: Vec<&str> = if limit == 0 {
                    s.split(delim.as_str()).collect()
                } else {
                    s.splitn(limit, delim.as_str()).collect()
                };
                Some(Value::Array(parts.into_iter().map(Value::from).collect()))
            }
            Func::Partition => {
                let region = self.string(&args[0], "aws.partition")?;
                Some(self.partitions.partition(&region).ok_or_else(|| {
                    ResolveError::Evaluation(format!("no partition matches region `{region}`"))
                })?)
            }
            Func::ParseArn => parse_arn(&self.string(&args[0], "aws.parseArn")?),
            Func::IsVirtualHostableS3Bucket => {
                let s = self.string(&args[0], "aws.isVirtualHostableS3Bucket")?;
                let dots = self.boolean(&args[1], "aws.isVirtualHostableS3Bucket")?;
                Some(Value::Bool(is_virtual_hostable_s3_bucket(&s, dots)))
            }
        })
    }
}

fn get_attr<'v>(mut v: &'v Value, path: &[PathSeg]) -> Option<&'v Value> {
    for seg in path {
        v = match (seg, v) {
            (PathSeg::Key(k), Value::Record(map)) => map.get(k)?,
            (PathSeg::Index(i), Value::Array(items)) => {
                let idx = if *i < 0 {
                    items.len().checked_sub(i.unsigned_abs() as usize)?
                } else {
                    *i as usize
                };
                items.get(idx)?
            }
            _ => return None,
        };
    }
    Some(v)
}

/// `substring`: characters `start..stop` of an ASCII string (counted from
/// the end when `reverse`); unset when out of range or not ASCII.
pub fn substring(s: &str, start: i64, stop: i64, reverse: bool) -> Option<String> {
    let len = s.len() as i64;
    if start < 0 || start >= stop || len < stop || !s.is_ascii() {
        return None;
    }
    let (from, to) = if reverse {
        (len - stop, len - start)
    } else {
        (start, stop)
    };
    Some(s[from as usize..to as usize].to_owned())
}

/// `uriEncode`: every byte but `A-Z a-z 0-9 - _ . ~` percent-encoded.
pub fn uri_encode(s: &str) -> String {
    use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
    const SET: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~');
    utf8_percent_encode(s, SET).to_string()
}

/// `parseURL`: an `http` or `https` URL without a query, as a record of
/// `scheme`, `authority`, `path`, `normalizedPath` and `isIp`.
pub fn parse_url(s: &str) -> Option<Value> {
    let uri: http::Uri = s.parse().ok()?;
    let scheme = uri.scheme_str()?;
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return None;
    }
    if s.contains('?') {
        return None;
    }
    let authority = uri.authority()?.as_str();
    if authority.is_empty() {
        return None;
    }
    // The path as written (empty when there is none), fragment left out.
    let after = &s[s.find("://")? + 3..];
    let path = after.find('/').map_or("", |i| &after[i..]);
    let path = path.split('#').next().unwrap_or("");
    let normalized = if path.trim().is_empty() {
        "/".to_owned()
    } else {
        let mut p = String::with_capacity(path.len() + 2);
        if !path.starts_with('/') {
            p.push('/');
        }
        p.push_str(path);
        if !path.ends_with('/') {
            p.push('/');
        }
        p
    };
    let host = uri.host().unwrap_or("");
    let mut record = BTreeMap::new();
    record.insert("scheme".to_owned(), Value::from(scheme));
    record.insert("authority".to_owned(), Value::from(authority));
    record.insert("path".to_owned(), Value::from(path));
    record.insert("normalizedPath".to_owned(), Value::String(normalized));
    record.insert("isIp".to_owned(), Value::Bool(is_ip(host)));
    Some(Value::Record(record))
}

/// Whether `host` is an IPv6 literal (in brackets) or looks like a dotted
/// IPv4 address (four groups of one to three digits, no leading zeros).
pub fn is_ip(host: &str) -> bool {
    if host.len() >= 2 && host.starts_with('[') && host.ends_with(']') {
        return true;
    }
    let groups: Vec<&str> = host.split('.').collect();
    groups.len() == 4
        && groups.iter().all(|g| {
            let b = g.as_bytes();
            !b.is_empty()
                && b.len() <= 3
                && b.iter().all(u8::is_ascii_digit)
                && (b.len() == 1 || b[0] != b'0')
        })
}

/// `isValidHostLabel`: an RFC 1123 label (or labels joined by dots when
/// `allow_dots`).
pub fn is_valid_host_label(s: &str, allow_dots: bool) -> bool {
    let label = |l: &str| {
        let b = l.as_bytes();
        !b.is_empty()
            && b.len() <= 63
            && b[0].is_ascii_alphanumeric()
            && b[1..]
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || *c == b'-')
    };
    if allow_dots {
        !s.is_empty() && s.split('.').all(label)
    } else {
        label(s)
    }
}

/// `aws.isVirtualHostableS3Bucket`: a bucket name that can be a host label.
pub fn is_virtual_hostable_s3_bucket(s: &str, allow_dots: bool) -> bool {
    let b = s.as_bytes();
    let lower_alnum = |c: u8| c.is_ascii_lowercase() || c.is_ascii_digit();
    if b.len() < 3 || b.len() > 63 || !lower_alnum(b[0]) || !lower_alnum(b[b.len() - 1]) {
        return false;
    }
    if !allow_dots {
        return b[1..b.len() - 1]
            .iter()
            .all(|&c| lower_alnum(c) || c == b'-');
    }
    let mut last = b[0];
    for &c in &b[1..] {
        match c {
            b'.' if last == b'.' || last == b'-' => return false,
            b'-' if last == b'.' => return false,
            b'.' | b'-' => {}
            c if !lower_alnum(c) => return false,
            _ => {}
        }
        last = c;
    }
    !is_ip(s)
}

/// `aws.parseArn`: `partition`, `service`, `region`, `accountId` and
/// `resourceId` (the resource split on `:` and `/`).
pub fn parse_arn(s: &str) -> Option<Value> {
    let rest = s.strip_prefix("arn:")?;
    if s.len() < 8 {
        return None;
    }
    let mut parts = rest.splitn(5, ':');
    let partition = parts.next()?;
    let service = parts.next()?;
    let region = parts.next()?;
    let account = parts.next()?;
    let resource = parts.next()?;
    if partition.is_empty() || service.is_empty() || resource.is_empty() {
        return None;
    }
    let ids = resource.split([':', '/']).map(Value::from).collect();
    let mut record = BTreeMap::new();
    record.insert("partition".to_owned(), Value::from(partition));
    record.insert("service".to_owned(), Value::from(service));
    record.insert("region".to_owned(), Value::from(region));
    record.insert("accountId".to_owned(), Value::from(account));
    record.insert("resourceId".to_owned(), Value::Array(ids));
    Some(Value::Record(record))
}

/// The AWS partitions data (`partitions.json`): which partition a region
/// belongs to, and its DNS suffixes and capabilities.
#[derive(Clone)]
pub struct Partitions {
    list: Vec<Partition>,
}

#[derive(Clone)]
struct Partition {
    id: String,
    regex: regex_lite::Regex,
    regions: BTreeMap<String, BTreeMap<String, Value>>,
    outputs: BTreeMap<String, Value>,
}

impl fmt::Debug for Partitions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.list.iter().map(|p| &p.id))
            .finish()
    }
}

impl Partitions {
    /// Loads `partitions.json`.
    pub fn from_json(text: &str) -> Result<Self, LoadError> {
        let doc: Json =
            serde_json::from_str(text).map_err(|e| LoadError(format!("partitions: {e}")))?;
        let list = doc
            .get("partitions")
            .and_then(Json::as_array)
            .ok_or_else(|| LoadError("partitions: no `partitions` array".into()))?;
        let record = |j: Option<&Json>| -> Result<BTreeMap<String, Value>, LoadError> {
            match j
                .map(Value::from_json)
                .transpose()
                .map_err(LoadError)?
                .flatten()
            {
                Some(Value::Record(r)) => Ok(r),
                None => Ok(BTreeMap::new()),
                Some(_) => load_err("partitions: outputs are not an object"),
            }
        };
        let mut out = Vec::with_capacity(list.len());
        for p in list {
            let id = p
                .get("id")
                .and_then(Json::as_str)
                .ok_or_else(|| LoadError("partitions: a partition has no id".into()))?;
            let re = p.get("regionRegex").and_then(Json::as_str).unwrap_or("^$");
            let regex = regex_lite::Regex::new(&format!("^(?:{re})$"))
                .map_err(|e| LoadError(format!("partition `{id}`: bad regionRegex: {e}")))?;
            let mut regions = BTreeMap::new();
            if let Some(Json::Object(r)) = p.get("regions") {
                for (name, overrides) in r {
                    regions.insert(name.clone(), record(Some(overrides))?);
                }
            }
            out.push(Partition {
                id: id.to_owned(),
                regex,
                regions,
                outputs: record(p.get("outputs"))?,
            });
        }
        Ok(Partitions { list: out })
    }

    /// `aws.partition(region)`: the partition that lists `region`, else the
    /// first whose region pattern matches it, else `aws`.
    pub fn partition(&self, region: &str) -> Option<Value> {
        let (p, overrides, inferred) = match self
            .list
            .iter()
            .find_map(|p| Some((p, p.regions.get(region)?)))
        {
            Some((p, o)) => (p, Some(o), false),
            None => (
                self.list
                    .iter()
                    .find(|p| p.regex.is_match(region))
                    .or_else(|| self.list.iter().find(|p| p.id == "aws"))?,
                None,
                true,
            ),
        };
        let mut outputs = p.outputs.clone();
        for (k, v) in overrides.into_iter().flatten() {
            if outputs.contains_key(k) {
                outputs.insert(k.clone(), v.clone());
            }
        }
        outputs.insert("name".to_owned(), Value::from(p.id.as_str()));
        outputs.insert("inferred".to_owned(), Value::Bool(inferred));
        Some(Value::Record(outputs))
    }
}

/// One `smithy.rules#endpointTests` case.
#[derive(Debug, Clone, PartialEq)]
pub struct TestCase {
    /// Its documentation line.
    pub documentation: String,
    /// The parameters.
    pub params: Params,
    /// The expected outcome.
    pub expect: Expected,
}

/// What a test case expects.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    /// This endpoint.
    Endpoint(Endpoint),
    /// The rule set's error with this message.
    Error(String),
}

impl Expected {
    /// The outcome of a resolution, in the form cases are written.
    pub fn of(result: Result<Endpoint, ResolveError>) -> Self {
        match result {
            Ok(e) => Expected::Endpoint(e),
            Err(e) => Expected::Error(e.to_string()),
        }
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::Error(e) => write!(f, "error {e:?}"),
            Expected::Endpoint(e) => {
                write!(f, "endpoint {}", e.url)?;
                if !e.headers.is_empty() {
                    write!(f, " headers {:?}", e.headers)?;
                }
                if !e.properties.is_empty() {
                    let props = Value::Record(e.properties.clone());
                    write!(f, " properties {}", props.to_json())?;
                }
                Ok(())
            }
        }
    }
}

impl TestCase {
    /// The cases of a `smithy.rules#endpointTests` trait value.
    pub fn all_from_json(tests: &Json) -> Result<Vec<TestCase>, LoadError> {
        let list = tests
            .get("testCases")
            .and_then(Json::as_array)
            .ok_or_else(|| LoadError("endpointTests: no `testCases` array".into()))?;
        list.iter()
            .enumerate()
            .map(|(i, c)| TestCase::from_json(c, i))
            .collect()
    }

    /// Case number `index` of a `testCases` list.
    pub fn from_json(c: &Json, index: usize) -> Result<TestCase, LoadError> {
        let documentation = c
            .get("documentation")
            .and_then(Json::as_str)
            .map_or_else(|| format!("case {index}"), str::to_owned);
        let bad = |what: String| LoadError(format!("endpoint test `{documentation}`: {what}"));
        let value = |v: &Json| Value::from_json(v).map_err(|e| bad(e.clone()));
        let mut params = Params::new();
        if let Some(Json::Object(p)) = c.get("params") {
            for (k, v) in p {
                if let Some(v) = value(v)? {
                    params.insert(k.clone(), v);
                }
            }
        }
        let expect = c.get("expect").ok_or_else(|| bad("no `expect`".into()))?;
        let expect = if let Some(err) = expect.get("error").and_then(Json::as_str) {
            Expected::Error(err.to_owned())
        } else if let Some(e) = expect.get("endpoint") {
            let url = e
                .get("url")
                .and_then(Json::as_str)
                .ok_or_else(|| bad("an endpoint without url".into()))?;
            let mut endpoint = Endpoint {
                url: url.to_owned(),
                ..Endpoint::default()
            };
            if let Some(Json::Object(h)) = e.get("headers") {
                for (k, v) in h {
                    let values = v
                        .as_array()
                        .ok_or_else(|| bad(format!("header `{k}` is not a list")))?
                        .iter()
                        .map(|v| {
                            v.as_str().map(str::to_owned).ok_or_else(|| {
                                bad(format!("header `{k}` has a value that is not a string"))
                            })
                        })
                        .collect::<Result<_, _>>()?;
                    endpoint.headers.insert(k.clone(), values);
                }
            }
            if let Some(Json::Object(p)) = e.get("properties") {
                for (k, v) in p {
                    if let Some(v) = value(v)? {
                        endpoint.properties.insert(k.clone(), v);
                    }
                }
            }
            Expected::Endpoint(endpoint)
        } else {
            return Err(bad("`expect` has neither endpoint nor error".into()));
        };
        Ok(TestCase {
            documentation,
            params,
            expect,
        })
    }

    /// Resolves the case's parameters with `rules`: `Err` with the expected
    /// and the actual outcome when they differ.
    pub fn check(&self, rules: &RuleSet, partitions: &Partitions) -> Result<(), String> {
        let got = Expected::of(rules.resolve(&self.params, partitions));
        if got == self.expect {
            Ok(())
        } else {
            Err(format!("expected {}, got {got}", self.expect))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates() {
        assert_eq!(template("a{{b}}").unwrap(), vec![Part::Lit("a{b}".into())]);
        assert_eq!(
            template("https://{Region}.{P#dnsSuffix}").unwrap(),
            vec![
                Part::Lit("https://".into()),
                Part::Var("Region".into(), vec![]),
                Part::Lit(".".into()),
                Part::Var("P".into(), vec![PathSeg::Key("dnsSuffix".into())]),
            ]
        );
        assert!(template("{open").is_err());
    }

    #[test]
    fn library() {
        assert_eq!(substring("abcdef", 0, 3, false).as_deref(), Some("abc"));
        assert_eq!(substring("abcdef", 0, 3, true).as_deref(), Some("def"));
        assert_eq!(substring("ab", 0, 3, false), None);
        assert_eq!(substring("abcé", 0, 2, false), None);
        assert_eq!(uri_encode("a b/c~*"), "a%20b%2Fc~%2A");
        assert!(is_ip("127.0.0.1") && is_ip("[::1]") && !is_ip("1.2.3") && !is_ip("01.2.3.4"));
        assert!(is_valid_host_label("a-b", false) && !is_valid_host_label("a.b", false));
        assert!(is_valid_host_label("a.b", true) && !is_valid_host_label("a..b", true));
        assert!(is_virtual_hostable_s3_bucket("my.bucket", true));
        assert!(!is_virtual_hostable_s3_bucket("my.bucket", false));
        assert!(!is_virtual_hostable_s3_bucket("192.168.5.4", true));
        let u = parse_url("http://example.com:80/foo/bar").unwrap();
        let Value::Record(u) = u else { panic!() };
        assert_eq!(u["authority"], Value::from("example.com:80"));
        assert_eq!(u["normalizedPath"], Value::from("/foo/bar/"));
        assert!(parse_url("https://example.com?x=1").is_none());
        assert!(parse_url("not a url").is_none());
        let Some(Value::Record(arn)) = parse_arn("arn:aws:s3:us-east-1:123:a/b:c") else {
            panic!()
        };
        assert_eq!(
            arn["resourceId"],
            Value::from(vec!["a".to_owned(), "b".into(), "c".into()])
        );
        assert!(parse_arn("arn:aws:s3").is_none());
    }

    #[test]
    fn tree_and_bdd_agree() {
        use base64::Engine as _;
        let params = serde_json::json!({
            "Region": {"type": "String", "builtIn": "AWS::Region"},
            "UseFIPS": {"type": "Boolean", "required": true, "default": false}
        });
        let tree = serde_json::json!({"version": "1.0", "parameters": params, "rules": [
            {"type": "endpoint", "conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]}, {"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]}],
             "endpoint": {"url": "https://svc-fips.{Region}.example"}},
            {"type": "endpoint", "conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]}],
             "endpoint": {"url": "https://svc.{Region}.example", "headers": {"x": ["{Region}"]}}},
            {"type": "error", "conditions": [], "error": "Region is not set"}
        ]});
        // Node 0 is the terminal. Node 1 (ref 2): isSet(Region) ? node 2 :
        // result 3 (the error). Node 2 (ref 3): UseFIPS ? result 1 : result 2.
        let nodes: Vec<u8> = [
            [-1, 1, -1],
            [0, 3, RESULT_OFFSET + 3],
            [1, RESULT_OFFSET + 1, RESULT_OFFSET + 2],
        ]
        .iter()
        .flatten()
        .flat_map(|i: &i32| i.to_be_bytes())
        .collect();
        let bdd = serde_json::json!({"version": "1.1", "parameters": params,
            "conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]}, {"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]}],
            "results": [
                {"type": "endpoint", "endpoint": {"url": "https://svc-fips.{Region}.example"}},
                {"type": "endpoint", "endpoint": {"url": "https://svc.{Region}.example", "headers": {"x": ["{Region}"]}}},
                {"type": "error", "error": "Region is not set"}
            ],
            "root": 2, "nodeCount": 3, "nodes": base64::engine::general_purpose::STANDARD.encode(nodes)});
        let parts = Partitions::from_json(r#"{"partitions": []}"#).unwrap();
        let tree = RuleSet::from_rule_set(&tree).unwrap();
        let bdd = RuleSet::from_bdd(&bdd).unwrap();
        let cases: [(Params, Result<&str, &str>); 3] = [
            (
                Params::from([("Region".into(), Value::from("r1"))]),
                Ok("https://svc.r1.example"),
            ),
            (
                Params::from([
                    ("Region".into(), Value::from("r1")),
                    ("UseFIPS".into(), Value::Bool(true)),
                ]),
                Ok("https://svc-fips.r1.example"),
            ),
            (Params::new(), Err("Region is not set")),
        ];
        for rules in [&tree, &bdd] {
            for (params, want) in &cases {
                let got = rules
                    .resolve(params, &parts)
                    .map(|e| e.url)
                    .map_err(|e| e.to_string());
                assert_eq!(got.as_deref().map_err(String::as_str), *want);
            }
        }
        let e = bdd.resolve(&cases[0].0, &parts).unwrap();
        assert_eq!(e.headers["x"], vec!["r1".to_owned()]);
    }
}
