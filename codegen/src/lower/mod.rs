//! Stage 3, lower: the resolved model becomes a Rust IR: names (sanitized,
//! collision-checked), types, nullability, constraints and rustdoc. Emission
//! reads only this IR.

use std::collections::{BTreeMap, BTreeSet};

use heck::{ToKebabCase, ToSnakeCase, ToUpperCamelCase};
use serde_json::Value;

use crate::docs::to_rustdoc;
use crate::load::{short_name, Kind, Member, Shape};
use crate::naming;
use crate::resolve::Closure;
use crate::Error;

pub mod names;
pub mod pattern;

use names::{NameTable, MEMBER_RESERVED};

/// The whole service, ready to emit.
#[derive(Debug, Clone)]
pub struct Ir {
    pub service: ServiceIr,
    pub structs: Vec<StructIr>,
    pub enums: Vec<EnumIr>,
    pub unions: Vec<UnionIr>,
    pub collections: Vec<CollectionIr>,
    /// Distinct `@pattern`s; `Checks::pattern` indexes this.
    pub patterns: Vec<PatternIr>,
    pub operations: Vec<OperationIr>,
    /// What the generator wants its user to know (one line each).
    pub warnings: Vec<String>,
}

/// A `@pattern` as the model writes it and as the runtime runs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternIr {
    pub source: String,
    pub translated: pattern::Translated,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    AwsJson10,
    AwsJson11,
}

#[derive(Debug, Clone)]
pub struct ServiceIr {
    /// The service shape's name: the `X-Amz-Target` prefix.
    pub shape_name: String,
    /// `ecr`: crate names are `ecr-types`, `ecr-server-sdk`, `ecr-client-sdk`.
    pub crate_prefix: String,
    /// `Ecr`: the server trait; `EcrServer` its service.
    pub trait_name: String,
    pub title: String,
    pub docs: Vec<String>,
    pub protocol: Protocol,
    pub signing_name: String,
    pub endpoint_prefix: String,
    pub version: String,
    /// `@awsQueryCompatible`.
    pub query_compatible: bool,
    /// Codes of `@retryable` errors the service's operations can return.
    pub retryable_errors: Vec<String>,
}

/// A Rust type as generated code spells it.
#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    String,
    Bool,
    I8,
    I16,
    I32,
    I64,
    F32,
    F64,
    Blob,
    Document,
    Timestamp(TsFormat),
    Struct(String),
    Union(String),
    Enum(String),
    /// A structure or union held in a `Box`: the member closes a cycle of
    /// directly contained shapes (`KitchenSink.RecursiveStruct`).
    Boxed(Box<Ty>),
    List {
        func: String,
        elem: Box<Ty>,
        sparse: bool,
    },
    Map {
        func: String,
        value: Box<Ty>,
        sparse: bool,
    },
}

impl Ty {
    /// The structure, union or enum this is (boxed or not).
    pub fn named(&self) -> Option<&str> {
        match self {
            Ty::Struct(n) | Ty::Union(n) | Ty::Enum(n) => Some(n),
            Ty::Boxed(inner) => inner.named(),
            _ => None,
        }
    }

    /// Whether values convert through the `ToJson`/`FromJson` traits (rather
    /// than a timestamp format or a generated list/map function).
    pub fn has_trait_codec(&self) -> bool {
        !matches!(self, Ty::Timestamp(_) | Ty::List { .. } | Ty::Map { .. })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TsFormat {
    EpochSeconds,
    DateTime,
    HttpDate,
}

/// Constraints to check on a value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Checks {
    pub length: Option<(Option<u64>, Option<u64>)>,
    pub pattern: Option<usize>,
    pub range: Option<(Option<f64>, Option<f64>)>,
    pub unique: bool,
}

impl Checks {
    pub fn is_empty(&self) -> bool {
        self == &Checks::default()
    }
}

/// A member's value when the document leaves it out.
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultValue {
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    /// `Enum::from("value")`.
    Enum(String, String),
    IntEnum(String, i64),
    EmptyList,
    EmptyMap,
    EmptyBlob,
    /// A blob default's bytes (the model gives them in base64).
    Blob(Vec<u8>),
    Timestamp(f64),
    /// Any JSON value, as text.
    Document(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Presence {
    /// `@required`: `T`, absent is a violation.
    Required,
    /// `@default`: `T`, absent means the default.
    Default(DefaultValue),
    /// `Option<T>`.
    Optional,
}

#[derive(Debug, Clone)]
pub struct MemberIr {
    pub wire: String,
    pub field: String,
    pub docs: Vec<String>,
    pub ty: Ty,
    pub presence: Presence,
    pub checks: Checks,
    pub sensitive: bool,
    pub idempotency_token: bool,
    pub deprecated: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ErrorIr {
    pub code: String,
    /// The absolute shape id (`ns#Name`), which awsJson1_0 servers send as `__type`.
    pub shape_id: String,
    pub status: u16,
    /// The message member's field, and whether it is required.
    pub message: Option<(String, bool)>,
    /// `@retryable`: `Some(throttling)`.
    pub retryable: Option<bool>,
    /// What an `@awsQueryCompatible` service sends in `x-amzn-query-error`
    /// (`Code;Sender`): `@awsQueryError` code, else the shape name.
    pub query_error: Option<String>,
}

#[derive(Debug, Clone)]
pub struct StructIr {
    pub name: String,
    /// Its builder type (`NameBuilder` unless that name was taken).
    pub builder: String,
    pub docs: Vec<String>,
    pub members: Vec<MemberIr>,
    pub error: Option<ErrorIr>,
    pub sensitive: bool,
    pub needs_fallback: bool,
    /// An operation input: its builder is what a client serializes.
    pub is_input: bool,
    pub deprecated: Option<String>,
}

#[derive(Debug, Clone)]
pub struct EnumValueIr {
    pub variant: String,
    pub value: EnumLit,
    pub docs: Vec<String>,
    pub deprecated: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum EnumLit {
    Str(String),
    Int(i64),
}

#[derive(Debug, Clone)]
pub struct EnumIr {
    pub name: String,
    pub docs: Vec<String>,
    pub values: Vec<EnumValueIr>,
    pub int: bool,
    pub sensitive: bool,
    pub deprecated: Option<String>,
}

#[derive(Debug, Clone)]
pub struct UnionVariantIr {
    pub wire: String,
    pub variant: String,
    pub docs: Vec<String>,
    pub ty: Ty,
    pub checks: Checks,
    pub deprecated: Option<String>,
    /// The variant's value is `@sensitive`: redacted in `Debug`.
    pub sensitive: bool,
}

#[derive(Debug, Clone)]
pub struct UnionIr {
    pub name: String,
    pub docs: Vec<String>,
    pub variants: Vec<UnionVariantIr>,
    pub sensitive: bool,
    pub deprecated: Option<String>,
}

#[derive(Debug, Clone)]
pub enum CollectionKind {
    List {
        elem: Ty,
        checks: Checks,
        sparse: bool,
    },
    Map {
        key_checks: Checks,
        value: Ty,
        checks: Checks,
        sparse: bool,
    },
}

#[derive(Debug, Clone)]
pub struct CollectionIr {
    pub func: String,
    pub kind: CollectionKind,
}

#[derive(Debug, Clone)]
pub struct OpErrorIr {
    /// The error structure's Rust name (also the enum variant).
    pub name: String,
    pub code: String,
    pub status: u16,
    pub docs: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct PaginationIr {
    pub input_token: String,
    pub output_token: String,
    pub items: Option<String>,
    pub page_size: Option<String>,
}

#[derive(Debug, Clone)]
pub struct OperationIr {
    pub name: String,
    pub method: String,
    pub docs: Vec<String>,
    pub input: String,
    pub output: String,
    pub error_enum: String,
    /// The client's fluent builder and paginator types.
    pub fluent: String,
    pub paginator: String,
    pub errors: Vec<OpErrorIr>,
    /// The error variant validation failures become (`InvalidParameterException`).
    pub validation: Option<String>,
    pub pagination: Option<PaginationIr>,
    /// The output is `smithy.api#Unit`: servers answer with an empty body.
    pub unit_output: bool,
    /// `@requestCompression` with gzip: clients compress large bodies.
    pub gzip: bool,
    /// `@endpoint(hostPrefix)`, its `{labels}` naming input members by wire name.
    pub host_prefix: Option<String>,
    /// Input members (wire names) with `@idempotencyToken`.
    pub idempotency_tokens: Vec<String>,
    /// `@optionalAuth`, or `@auth([])`: may be sent unsigned.
    pub optional_auth: bool,
    /// The input or output has a `@streaming` union: an event stream, which
    /// is generated as "not supported yet" on both sides.
    pub event_stream: bool,
    /// `@deprecated`: the note for `#[deprecated]`.
    pub deprecated: Option<String>,
    /// The input carries a `@sensitive` value somewhere: its body is never logged.
    pub sensitive_input: bool,
}

impl OperationIr {
    /// The operation's name as a Rust type name (`GetDownloadUrlForLayer`).
    pub fn input_variant(&self) -> String {
        naming::type_name(&self.name)
    }
}

struct Lowerer<'c, 'm> {
    cx: &'c Closure<'m>,
    /// Shape id -> Rust type name, for structures, unions and enums.
    type_names: BTreeMap<String, String>,
    /// Rust type name of a structure (synthetic ones included) -> its builder.
    builders: BTreeMap<String, String>,
    /// Operation id -> its `Unit` input / output type names, when synthetic.
    unit_io: BTreeMap<(String, &'static str), String>,
    /// Operation id -> (error enum, fluent builder, paginator).
    op_names: BTreeMap<String, (String, String, String)>,
    /// Collection codec function stems.
    fn_names: NameTable,
    patterns: Vec<PatternIr>,
    collections: BTreeMap<String, CollectionIr>,
}

fn docs_of(traits: &crate::load::Traits) -> Vec<String> {
    let mut lines = traits
        .get("smithy.api#documentation")
        .and_then(Value::as_str)
        .map(to_rustdoc)
        .unwrap_or_default();
    if let Some(dep) = traits.get("smithy.api#deprecated") {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        let msg = dep.get("message").and_then(Value::as_str).unwrap_or("");
        let since = dep
            .get("since")
            .and_then(Value::as_str)
            .map(|s| format!(" (since {s})"))
            .unwrap_or_default();
        lines.push(
            format!("**Deprecated**{since}. {msg}")
                .trim_end()
                .to_owned(),
        );
    }
    lines
}

/// The `#[deprecated]` note of a `@deprecated` trait.
pub fn deprecation(traits: &crate::load::Traits) -> Option<String> {
    let dep = traits.get("smithy.api#deprecated")?;
    let msg = dep.get("message").and_then(Value::as_str).unwrap_or("");
    let since = dep
        .get("since")
        .and_then(Value::as_str)
        .map(|s| format!(" (since {s})"))
        .unwrap_or_default();
    Some(
        format!("deprecated in the model{since}. {msg}")
            .trim()
            .to_owned(),
    )
}

fn member_id(shape: &Shape, m: &Member) -> String {
    format!("{}${}", shape.id, m.name)
}

/// Lowers a resolved closure.
pub fn lower(cx: &Closure<'_>) -> Result<Ir, Error> {
    let mut l = Lowerer {
        cx,
        type_names: BTreeMap::new(),
        builders: BTreeMap::new(),
        unit_io: BTreeMap::new(),
        op_names: BTreeMap::new(),
        fn_names: NameTable::default(),
        patterns: Vec::new(),
        collections: BTreeMap::new(),
    };
    l.name_types()?;
    let service = l.service()?;

    let mut structs = Vec::new();
    let mut enums = Vec::new();
    let mut unions = Vec::new();
    let inputs: BTreeSet<&str> = cx
        .operations
        .iter()
        .filter_map(|o| o.input.as_deref())
        .collect();
    for shape in cx.shapes.values() {
        match shape.kind {
            Kind::Structure if shape.id != "smithy.api#Unit" => {
                structs.push(l.structure(shape, inputs.contains(shape.id.as_str()))?)
            }
            Kind::Union => unions.push(l.union(shape)?),
            Kind::Enum | Kind::IntEnum => enums.push(l.enumeration(shape)?),
            Kind::String if shape.has_trait("enum") => enums.push(l.enumeration(shape)?),
            _ => {}
        }
    }
    let mut operations = Vec::new();
    for op in &cx.operations {
        let (o, synthetic) = l.operation(op)?;
        structs.extend(synthetic);
        operations.push(o);
    }
    structs.sort_by(|a, b| a.name.cmp(&b.name));
    enums.sort_by(|a, b| a.name.cmp(&b.name));
    unions.sort_by(|a, b| a.name.cmp(&b.name));
    let warnings = operations
        .iter()
        .zip(&cx.operations)
        .filter(|(o, _)| o.event_stream)
        .map(|(_, op)| {
            format!(
                "operation `{}` streams events; it is generated, and answers \"event streams are not supported yet\" on both sides",
                op.id
            )
        })
        .collect();
    box_recursion(&mut structs, &mut unions);
    mark_fallbacks(&mut structs);
    Ok(Ir {
        service,
        structs,
        enums,
        unions,
        collections: l.collections.into_values().collect(),
        patterns: l.patterns,
        operations,
        warnings,
    })
}

/// The structure or union a member holds inline (not through a list or map).
fn inline_shape(t: &Ty) -> Option<&str> {
    match t {
        Ty::Struct(n) | Ty::Union(n) => Some(n),
        _ => None,
    }
}

/// Boxes every member whose shape, held inline, contains (inline, at any
/// depth) the shape the member belongs to: such types would have infinite size.
fn box_recursion(structs: &mut [StructIr], unions: &mut [UnionIr]) {
    let mut edges: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for s in structs.iter() {
        let to = s.members.iter().filter_map(|m| inline_shape(&m.ty));
        edges.insert(s.name.clone(), to.map(str::to_owned).collect());
    }
    for u in unions.iter() {
        let to = u.variants.iter().filter_map(|v| inline_shape(&v.ty));
        edges.insert(u.name.clone(), to.map(str::to_owned).collect());
    }
    let reaches = |from: &str, target: &str| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.to_owned()];
        while let Some(n) = stack.pop() {
            if n == target {
                return true;
            }
            if seen.insert(n.clone()) {
                stack.extend(edges.get(&n).into_iter().flatten().cloned());
            }
        }
        false
    };
    let boxed = |owner: &str, t: &mut Ty| {
        if inline_shape(t).is_some_and(|n| reaches(n, owner)) {
            *t = Ty::Boxed(Box::new(t.clone()));
        }
    };
    for s in structs.iter_mut() {
        for m in &mut s.members {
            boxed(&s.name, &mut m.ty);
        }
    }
    for u in unions.iter_mut() {
        for v in &mut u.variants {
            boxed(&u.name, &mut v.ty);
        }
    }
}

/// Types that are the target of a required member need a stand-in value for
/// lenient parsing; so do the required members of those, transitively. (Unions
/// and enums always fall back to their `Unknown` variant.)
fn mark_fallbacks(structs: &mut [StructIr]) {
    fn required_targets(s: &StructIr) -> impl Iterator<Item = String> + '_ {
        s.members
            .iter()
            .filter(|m| m.presence == Presence::Required)
            .filter_map(|m| m.ty.named().map(str::to_owned))
    }
    let mut work: Vec<String> = structs.iter().flat_map(required_targets).collect();
    let mut needed: BTreeSet<String> = BTreeSet::new();
    while let Some(n) = work.pop() {
        if needed.insert(n.clone()) {
            if let Some(s) = structs.iter().find(|s| s.name == n) {
                work.extend(required_targets(s));
            }
        }
    }
    for s in structs.iter_mut() {
        s.needs_fallback = needed.contains(&s.name);
    }
}

/// The HTTP status of an `@error` structure (`@httpError`, else 400 for client
/// and 500 for server errors).
fn error_status(shape: &Shape) -> Result<u16, Error> {
    let kind = shape
        .get_trait("error")
        .and_then(Value::as_str)
        .unwrap_or_default();
    match shape.get_trait("httpError").and_then(Value::as_u64) {
        Some(s) if (400..600).contains(&s) => Ok(s as u16),
        Some(s) => Err(Error::shape(
            &shape.id,
            format!("has @httpError {s}, outside 400..599"),
        )),
        None if kind == "client" => Ok(400),
        None if kind == "server" => Ok(500),
        None => Err(Error::shape(
            &shape.id,
            format!("has @error `{kind}`; expected client or server"),
        )),
    }
}

impl<'m> Lowerer<'_, 'm> {
    /// Claims every type-level name, in the order `names` documents.
    fn name_types(&mut self) -> Result<(), Error> {
        let mut table = NameTable::new(naming::RESERVED_TYPES);
        let both = |n: &str, alt: &str| vec![n.to_owned(), format!("{n}{alt}")];
        for shape in self.cx.shapes.values() {
            let named = matches!(
                shape.kind,
                Kind::Structure | Kind::Union | Kind::Enum | Kind::IntEnum
            ) || (shape.kind == Kind::String && shape.has_trait("enum"));
            if !named || shape.id == "smithy.api#Unit" {
                continue;
            }
            let n = naming::type_name(shape.name());
            let name = table.claim(&shape.id, &both(&n, "Shape"), "");
            self.type_names.insert(shape.id.clone(), name);
        }
        let mut structs: Vec<String> = self
            .cx
            .shapes
            .values()
            .filter(|s| s.kind == Kind::Structure && s.id != "smithy.api#Unit")
            .map(|s| self.type_names[&s.id].clone())
            .collect();
        for op in &self.cx.operations {
            let n = naming::type_name(op.name());
            for (io, suffix) in [(&op.input, "Input"), (&op.output, "Output")] {
                if io.is_none() {
                    let name = table.claim(
                        &op.id,
                        &[format!("{n}{suffix}"), format!("{n}Operation{suffix}")],
                        "",
                    );
                    structs.push(name.clone());
                    self.unit_io.insert((op.id.clone(), suffix), name);
                }
            }
        }
        for s in structs {
            let b = table.claim(&s, &[format!("{s}Builder"), format!("{s}ShapeBuilder")], "");
            self.builders.insert(s, b);
        }
        for op in &self.cx.operations {
            let n = naming::type_name(op.name());
            let error = table.claim(
                &op.id,
                &[format!("{n}Error"), format!("{n}OperationError")],
                "",
            );
            let fluent = table.claim(&op.id, &[format!("{n}FluentBuilder")], "");
            let paginator = table.claim(&op.id, &[format!("{n}Paginator")], "");
            self.op_names
                .insert(op.id.clone(), (error, fluent, paginator));
        }
        Ok(())
    }

    fn service(&self) -> Result<ServiceIr, Error> {
        let s = self.cx.service;
        let protocol = if s.has_trait("aws.protocols#awsJson1_1") {
            Protocol::AwsJson11
        } else if s.has_trait("aws.protocols#awsJson1_0") {
            Protocol::AwsJson10
        } else {
            return Err(Error::shape(
                &s.id,
                "has no supported protocol trait (aws.protocols#awsJson1_0 or awsJson1_1)",
            ));
        };
        let api = s.get_trait("aws.api#service");
        let sdk_id = api
            .and_then(|v| v.get("sdkId"))
            .and_then(Value::as_str)
            .unwrap_or_else(|| s.name());
        let signing_name = s
            .get_trait("aws.auth#sigv4")
            .and_then(|v| v.get("name"))
            .and_then(Value::as_str)
            .map(str::to_owned)
            .unwrap_or_else(|| sdk_id.to_kebab_case());
        let endpoint_prefix = api
            .and_then(|v| v.get("endpointPrefix"))
            .and_then(Value::as_str)
            .map(str::to_owned)
            .unwrap_or_else(|| signing_name.clone());
        let title = s
            .get_trait("title")
            .and_then(Value::as_str)
            .unwrap_or(sdk_id)
            .to_owned();
        let prefix = sdk_id.to_kebab_case();
        if prefix.is_empty() {
            return Err(Error::shape(&s.id, "has an empty sdkId"));
        }
        Ok(ServiceIr {
            shape_name: s.name().to_owned(),
            trait_name: naming::type_name(&sdk_id.to_upper_camel_case()),
            crate_prefix: prefix,
            title,
            docs: docs_of(&s.traits),
            protocol,
            signing_name,
            endpoint_prefix,
            version: s.version.clone().unwrap_or_default(),
            query_compatible: s.has_trait("aws.protocols#awsQueryCompatible"),
            retryable_errors: self
                .cx
                .shapes
                .values()
                .filter(|e| e.has_trait("error") && e.has_trait("retryable"))
                .map(|e| e.name().to_owned())
                .collect(),
        })
    }

    /// The stem of a list's or map's codec functions (`ser_<stem>`,
    /// `de_<stem>`), claimed once per shape.
    fn collection_fn(&mut self, shape: &Shape) -> String {
        match self.collections.get(&shape.id) {
            Some(c) => c.func.clone(),
            None => self
                .fn_names
                .claim(&shape.id, &[shape.name().to_snake_case()], "_"),
        }
    }

    /// Whether a value of shape `id` can hold a `@sensitive` value.
    fn carries_sensitive(&self, id: &str, seen: &mut BTreeSet<String>) -> bool {
        if !seen.insert(id.to_owned()) {
            return false;
        }
        let shape = self.shape(id);
        shape.has_trait("sensitive")
            || shape.members.iter().any(|m| {
                m.traits.contains_key("smithy.api#sensitive")
                    || self.carries_sensitive(&m.target, seen)
            })
    }

    fn shape(&self, id: &str) -> &'m Shape {
        self.cx.shapes[id]
    }

    /// The Rust type of a member targeting `target`, registering collections.
    fn ty(
        &mut self,
        target: &str,
        member_traits: &crate::load::Traits,
        user: &str,
    ) -> Result<Ty, Error> {
        let shape = self.shape(target);
        Ok(match shape.kind {
            Kind::String if shape.has_trait("enum") => Ty::Enum(self.type_names[target].clone()),
            Kind::String => Ty::String,
            Kind::Boolean => Ty::Bool,
            Kind::Byte => Ty::I8,
            Kind::Short => Ty::I16,
            Kind::Integer => Ty::I32,
            Kind::Long => Ty::I64,
            Kind::Float => Ty::F32,
            Kind::Double => Ty::F64,
            Kind::Blob => Ty::Blob,
            Kind::Document => Ty::Document,
            Kind::Timestamp => {
                let fmt = member_traits
                    .get("smithy.api#timestampFormat")
                    .or_else(|| shape.get_trait("timestampFormat"))
                    .and_then(Value::as_str)
                    .unwrap_or("epoch-seconds");
                Ty::Timestamp(match fmt {
                    "epoch-seconds" => TsFormat::EpochSeconds,
                    "date-time" => TsFormat::DateTime,
                    "http-date" => TsFormat::HttpDate,
                    other => {
                        return Err(Error::shape(
                            user,
                            format!("has unknown timestampFormat `{other}`"),
                        ))
                    }
                })
            }
            Kind::Structure => Ty::Struct(self.type_names[target].clone()),
            Kind::Union => Ty::Union(self.type_names[target].clone()),
            Kind::Enum | Kind::IntEnum => Ty::Enum(self.type_names[target].clone()),
            Kind::List | Kind::Set => {
                let func = self.collection_fn(shape);
                let m = &shape.members[0];
                let elem = self.ty(&m.target, &m.traits, &member_id(shape, m))?;
                let sparse = shape.has_trait("sparse");
                if !self.collections.contains_key(target) {
                    let checks = self.checks(&m.target, &m.traits, &member_id(shape, m))?;
                    self.collections.insert(
                        target.to_owned(),
                        CollectionIr {
                            func: func.clone(),
                            kind: CollectionKind::List {
                                elem: elem.clone(),
                                checks,
                                sparse,
                            },
                        },
                    );
                }
                Ty::List {
                    func,
                    elem: Box::new(elem),
                    sparse,
                }
            }
            Kind::Map => {
                let func = self.collection_fn(shape);
                let (k, v) = (&shape.members[0], &shape.members[1]);
                let value = self.ty(&v.target, &v.traits, &member_id(shape, v))?;
                let sparse = shape.has_trait("sparse");
                if !self.collections.contains_key(target) {
                    let key_checks = self.checks(&k.target, &k.traits, &member_id(shape, k))?;
                    let checks = self.checks(&v.target, &v.traits, &member_id(shape, v))?;
                    self.collections.insert(
                        target.to_owned(),
                        CollectionIr {
                            func: func.clone(),
                            kind: CollectionKind::Map {
                                key_checks,
                                value: value.clone(),
                                checks,
                                sparse,
                            },
                        },
                    );
                }
                Ty::Map {
                    func,
                    value: Box::new(value),
                    sparse,
                }
            }
            Kind::BigInteger | Kind::BigDecimal => {
                return Err(Error::shape(
                    user,
                    format!(
                        "targets `{target}`, a {}, which this generator does not support yet",
                        shape.kind.name()
                    ),
                ))
            }
            Kind::Service | Kind::Operation | Kind::Resource => {
                return Err(Error::shape(
                    user,
                    format!("targets a {}, which cannot be a member", shape.kind.name()),
                ))
            }
        })
    }

    /// Constraints of a member: the target's traits, overridden by the member's.
    fn checks(
        &mut self,
        target: &str,
        member_traits: &crate::load::Traits,
        user: &str,
    ) -> Result<Checks, Error> {
        let shape = self.shape(target);
        let get = |t: &str| member_traits.get(t).or_else(|| shape.traits.get(t));
        let num = |v: &Value, k: &str| v.get(k).and_then(Value::as_f64);
        let mut c = Checks::default();
        if let Some(len) = get("smithy.api#length") {
            let int = |k: &str| -> Result<Option<u64>, Error> {
                match num(len, k) {
                    None => Ok(None),
                    Some(f) if f >= 0.0 && f.fract() == 0.0 => Ok(Some(f as u64)),
                    Some(f) => Err(Error::shape(
                        user,
                        format!("has @length {k} {f}, which is not a non-negative integer"),
                    )),
                }
            };
            let (min, max) = (int("min")?, int("max")?);
            if let (Some(a), Some(b)) = (min, max) {
                if a > b {
                    return Err(Error::shape(
                        user,
                        format!("has @length min {a} greater than max {b}"),
                    ));
                }
            }
            if !matches!(
                shape.kind,
                Kind::String | Kind::Enum | Kind::Blob | Kind::List | Kind::Set | Kind::Map
            ) {
                return Err(Error::shape(
                    user,
                    format!("has @length on a {}", shape.kind.name()),
                ));
            }
            c.length = Some((min, max));
        }
        if let Some(p) = get("smithy.api#pattern") {
            let p = p
                .as_str()
                .ok_or_else(|| Error::shape(user, "has a @pattern that is not a string"))?;
            if !matches!(shape.kind, Kind::String | Kind::Enum) {
                return Err(Error::shape(
                    user,
                    format!("has @pattern on a {}", shape.kind.name()),
                ));
            }
            let idx = match self.patterns.iter().position(|x| x.source == p) {
                Some(i) => i,
                None => {
                    let translated = pattern::translate(p).map_err(|e| {
                        Error::shape(
                            user,
                            format!("has a @pattern {p:?} that cannot be used: {e}"),
                        )
                    })?;
                    self.patterns.push(PatternIr {
                        source: p.to_owned(),
                        translated,
                    });
                    self.patterns.len() - 1
                }
            };
            c.pattern = Some(idx);
        }
        if let Some(r) = get("smithy.api#range") {
            if !matches!(
                shape.kind,
                Kind::Byte | Kind::Short | Kind::Integer | Kind::Long | Kind::Float | Kind::Double
            ) {
                return Err(Error::shape(
                    user,
                    format!("has @range on a {}", shape.kind.name()),
                ));
            }
            c.range = Some((num(r, "min"), num(r, "max")));
        }
        c.unique = get("smithy.api#uniqueItems").is_some();
        Ok(c)
    }

    fn sensitive(&self, target: &str, member_traits: &crate::load::Traits) -> bool {
        let shape = self.shape(target);
        member_traits.contains_key("smithy.api#sensitive")
            || shape.has_trait("sensitive")
            || (matches!(shape.kind, Kind::List | Kind::Set | Kind::Map)
                && shape
                    .members
                    .iter()
                    .any(|m| self.sensitive(&m.target, &m.traits)))
    }

    fn default_value(&self, ty: &Ty, v: &Value, user: &str) -> Result<DefaultValue, Error> {
        let bad = || {
            Error::shape(
                user,
                format!("has a @default {v} that does not fit its type"),
            )
        };
        Ok(match ty {
            Ty::Bool => DefaultValue::Bool(v.as_bool().ok_or_else(bad)?),
            Ty::I8 | Ty::I16 | Ty::I32 | Ty::I64 => DefaultValue::Int(v.as_i64().ok_or_else(bad)?),
            Ty::F32 | Ty::F64 => DefaultValue::Float(v.as_f64().ok_or_else(bad)?),
            Ty::String => DefaultValue::Str(v.as_str().ok_or_else(bad)?.to_owned()),
            Ty::Enum(name) => match v {
                Value::String(s) => DefaultValue::Enum(name.clone(), s.clone()),
                Value::Number(n) => {
                    DefaultValue::IntEnum(name.clone(), n.as_i64().ok_or_else(bad)?)
                }
                _ => return Err(bad()),
            },
            Ty::List { .. } if v.as_array().is_some_and(Vec::is_empty) => DefaultValue::EmptyList,
            Ty::Map { .. } if v.as_object().is_some_and(|m| m.is_empty()) => DefaultValue::EmptyMap,
            Ty::Blob if v.as_str() == Some("") => DefaultValue::EmptyBlob,
            Ty::Blob => {
                use base64::Engine as _;
                let text = v.as_str().ok_or_else(bad)?;
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(text)
                    .map_err(|_| bad())?;
                DefaultValue::Blob(bytes)
            }
            Ty::Document => DefaultValue::Document(v.to_string()),
            Ty::Timestamp(_) => DefaultValue::Timestamp(v.as_f64().ok_or_else(bad)?),
            _ => return Err(bad()),
        })
    }

    fn member(&mut self, shape: &Shape, m: &Member) -> Result<MemberIr, Error> {
        let id = member_id(shape, m);
        let ty = self.ty(&m.target, &m.traits, &id)?;
        let target = self.shape(&m.target);
        let default = match m.traits.get("smithy.api#default") {
            Some(Value::Null) => None,
            Some(v) => Some(v),
            None => target.get_trait("default").filter(|v| !v.is_null()),
        };
        // @clientOptional: clients may not rely on the default, so the
        // member stays optional (our types serve clients and servers alike).
        let default = default.filter(|_| !m.traits.contains_key("smithy.api#clientOptional"));
        let presence = if let Some(v) = default {
            Presence::Default(self.default_value(&ty, v, &id)?)
        } else if m.traits.contains_key("smithy.api#required") {
            Presence::Required
        } else {
            Presence::Optional
        };
        let mut docs = docs_of(&m.traits);
        if docs.is_empty()
            && !matches!(
                target.kind,
                Kind::Structure | Kind::Union | Kind::Enum | Kind::IntEnum
            )
        {
            docs = docs_of(&target.traits);
        }
        Ok(MemberIr {
            wire: m.name.clone(),
            field: naming::field(&m.name),
            docs,
            checks: self.checks(&m.target, &m.traits, &id)?,
            sensitive: self.sensitive(&m.target, &m.traits),
            idempotency_token: m.traits.contains_key("smithy.api#idempotencyToken"),
            deprecated: deprecation(&m.traits),
            ty,
            presence,
        })
    }

    /// Members with their field names claimed from a per-structure table
    /// (see `names`).
    fn members(&mut self, shape: &Shape) -> Result<Vec<MemberIr>, Error> {
        let mut table = NameTable::new(MEMBER_RESERVED);
        let mut out: Vec<MemberIr> = Vec::new();
        for m in &shape.members {
            let mut ir = self.member(shape, m)?;
            let bare = naming::bare(&ir.field).to_owned();
            let candidates = if MEMBER_RESERVED.contains(&bare.as_str()) {
                vec![naming::field(&format!("{bare}_member"))]
            } else {
                vec![ir.field.clone()]
            };
            ir.field = table.claim(&member_id(shape, m), &candidates, "_");
            out.push(ir);
        }
        Ok(out)
    }

    fn structure(&mut self, shape: &Shape, is_input: bool) -> Result<StructIr, Error> {
        let members = self.members(shape)?;
        let error = match shape.get_trait("error") {
            None => None,
            Some(_) => {
                let status = error_status(shape)?;
                let message = members
                    .iter()
                    .find(|m| {
                        matches!(m.wire.as_str(), "message" | "Message" | "errorMessage")
                            && m.ty == Ty::String
                    })
                    .map(|m| (m.field.clone(), m.presence != Presence::Optional));
                let query_compatible = self
                    .cx
                    .service
                    .has_trait("aws.protocols#awsQueryCompatible");
                let query_error = query_compatible.then(|| {
                    let code = shape
                        .get_trait("aws.protocols#awsQueryError")
                        .and_then(|q| q.get("code"))
                        .and_then(Value::as_str)
                        .unwrap_or(shape.name());
                    let fault = if status < 500 { "Sender" } else { "Receiver" };
                    format!("{code};{fault}")
                });
                Some(ErrorIr {
                    code: shape.name().to_owned(),
                    shape_id: shape.id.clone(),
                    status,
                    message,
                    retryable: shape
                        .get_trait("retryable")
                        .map(|r| r.get("throttling").and_then(Value::as_bool) == Some(true)),
                    query_error,
                })
            }
        };
        let name = self.type_names[&shape.id].clone();
        Ok(StructIr {
            builder: self.builders[&name].clone(),
            name,
            docs: docs_of(&shape.traits),
            members,
            error,
            sensitive: shape.has_trait("sensitive"),
            needs_fallback: false,
            is_input,
            deprecated: deprecation(&shape.traits),
        })
    }

    fn union(&mut self, shape: &Shape) -> Result<UnionIr, Error> {
        let mut variants: Vec<UnionVariantIr> = Vec::new();
        let mut table = NameTable::new(&["Unknown"]);
        for m in &shape.members {
            let id = member_id(shape, m);
            let v = UnionVariantIr {
                wire: m.name.clone(),
                variant: table.claim(&id, &[naming::variant(&m.name)], ""),
                docs: docs_of(&m.traits),
                ty: self.ty(&m.target, &m.traits, &id)?,
                checks: self.checks(&m.target, &m.traits, &id)?,
                deprecated: deprecation(&m.traits),
                sensitive: self.sensitive(&m.target, &m.traits),
            };
            variants.push(v);
        }
        if variants.is_empty() {
            return Err(Error::shape(&shape.id, "is a union without members"));
        }
        Ok(UnionIr {
            name: self.type_names[&shape.id].clone(),
            docs: docs_of(&shape.traits),
            variants,
            sensitive: shape.has_trait("sensitive"),
            deprecated: deprecation(&shape.traits),
        })
    }

    fn enumeration(&mut self, shape: &Shape) -> Result<EnumIr, Error> {
        let mut values: Vec<EnumValueIr> = Vec::new();
        let int = shape.kind == Kind::IntEnum;
        if shape.kind == Kind::String {
            // Smithy 1.0 `@enum` trait.
            let defs = shape
                .get_trait("enum")
                .and_then(Value::as_array)
                .ok_or_else(|| Error::shape(&shape.id, "has an @enum trait that is not a list"))?;
            for d in defs {
                let value = d
                    .get("value")
                    .and_then(Value::as_str)
                    .ok_or_else(|| Error::shape(&shape.id, "has an @enum entry without a value"))?;
                let name = d.get("name").and_then(Value::as_str).unwrap_or(value);
                let docs = d
                    .get("documentation")
                    .and_then(Value::as_str)
                    .map(to_rustdoc)
                    .unwrap_or_default();
                let deprecated = d
                    .get("deprecated")
                    .and_then(Value::as_bool)
                    .filter(|d| *d)
                    .map(|_| "deprecated in the model".to_owned());
                values.push(EnumValueIr {
                    variant: naming::variant(name),
                    value: EnumLit::Str(value.to_owned()),
                    docs,
                    deprecated,
                });
            }
        } else {
            for m in &shape.members {
                let id = member_id(shape, m);
                let lit = match (m.traits.get("smithy.api#enumValue"), int) {
                    (Some(Value::String(s)), false) => EnumLit::Str(s.clone()),
                    (None, false) => EnumLit::Str(m.name.clone()),
                    (Some(Value::Number(n)), true) => EnumLit::Int(
                        n.as_i64()
                            .filter(|i| i32::try_from(*i).is_ok())
                            .ok_or_else(|| Error::shape(&id, "has an intEnum value outside i32"))?,
                    ),
                    _ => return Err(Error::shape(&id, "has an @enumValue of the wrong type")),
                };
                values.push(EnumValueIr {
                    variant: naming::variant(&m.name),
                    value: lit,
                    docs: docs_of(&m.traits),
                    deprecated: deprecation(&m.traits),
                });
            }
        }
        let mut table = NameTable::new(&["Unknown"]);
        for v in &mut values {
            v.variant = table.claim(&shape.id, std::slice::from_ref(&v.variant), "");
        }
        if values.is_empty() {
            return Err(Error::shape(&shape.id, "is an enum without values"));
        }
        Ok(EnumIr {
            name: self.type_names[&shape.id].clone(),
            docs: docs_of(&shape.traits),
            values,
            int,
            sensitive: shape.has_trait("sensitive"),
            deprecated: deprecation(&shape.traits),
        })
    }

    fn operation(&mut self, op: &Shape) -> Result<(OperationIr, Vec<StructIr>), Error> {
        let mut synthetic = Vec::new();
        let mut io = |shape: Option<&String>,
                      suffix: &'static str,
                      is_input: bool|
         -> Result<String, Error> {
            match shape {
                Some(id) => Ok(self.type_names[id].clone()),
                None => {
                    let n = self.unit_io[&(op.id.clone(), suffix)].clone();
                    synthetic.push(StructIr {
                        builder: self.builders[&n].clone(),
                        name: n.clone(),
                        docs: vec![format!(
                            "The (empty) {} of `{}`.",
                            suffix.to_lowercase(),
                            op.name()
                        )],
                        members: Vec::new(),
                        error: None,
                        sensitive: false,
                        needs_fallback: false,
                        is_input,
                        deprecated: None,
                    });
                    Ok(n)
                }
            }
        };
        let input = io(op.input.as_ref(), "Input", true)?;
        let output = io(op.output.as_ref(), "Output", false)?;
        let (error_enum, fluent, paginator) = &self.op_names[&op.id];
        let mut errors = Vec::new();
        let mut all: Vec<&String> = op.errors.iter().collect();
        all.extend(&self.cx.service.errors);
        for e in all {
            let shape = self.shape(e);
            if errors.iter().any(|x: &OpErrorIr| x.code == shape.name()) {
                continue;
            }
            errors.push(OpErrorIr {
                name: self.type_names[&shape.id].clone(),
                code: shape.name().to_owned(),
                status: error_status(shape)?,
                docs: docs_of(&shape.traits),
            });
        }
        errors.sort_by(|a, b| a.name.cmp(&b.name));
        let validation = ["InvalidParameterException", "ValidationException"]
            .iter()
            .find_map(|code| {
                let e = errors.iter().find(|e| e.code == *code)?;
                let shape = self
                    .cx
                    .shapes
                    .values()
                    .find(|s| s.name() == *code && s.has_trait("error"))?;
                let only_message = shape.members.iter().all(|m| {
                    !m.traits.contains_key("smithy.api#required")
                        || matches!(m.name.as_str(), "message" | "Message")
                });
                let has_message = shape
                    .members
                    .iter()
                    .any(|m| matches!(m.name.as_str(), "message" | "Message"));
                (only_message && has_message).then(|| e.name.clone())
            });
        let pagination = match op.get_trait("paginated") {
            None => None,
            Some(p) => {
                let merged = |k: &str| {
                    p.get(k)
                        .or_else(|| {
                            self.cx
                                .service
                                .get_trait("paginated")
                                .and_then(|s| s.get(k))
                        })
                        .and_then(Value::as_str)
                        .map(str::to_owned)
                };
                match (merged("inputToken"), merged("outputToken")) {
                    (Some(input_token), Some(output_token)) => Some(PaginationIr {
                        input_token,
                        output_token,
                        items: merged("items"),
                        page_size: merged("pageSize"),
                    }),
                    _ => {
                        return Err(Error::shape(
                            &op.id,
                            "is @paginated without inputToken and outputToken",
                        ))
                    }
                }
            }
        };
        Ok((
            OperationIr {
                method: naming::field(short_name(&op.id)),
                docs: docs_of(&op.traits),
                error_enum: error_enum.clone(),
                fluent: fluent.clone(),
                paginator: paginator.clone(),
                name: op.name().to_owned(),
                input,
                output,
                errors,
                validation,
                pagination,
                unit_output: op.output.is_none(),
                host_prefix: op
                    .get_trait("endpoint")
                    .and_then(|e| e.get("hostPrefix"))
                    .and_then(Value::as_str)
                    .map(str::to_owned),
                idempotency_tokens: op
                    .input
                    .iter()
                    .flat_map(|i| &self.shape(i).members)
                    .filter(|m| m.traits.contains_key("smithy.api#idempotencyToken"))
                    .map(|m| m.name.clone())
                    .collect(),
                optional_auth: op.has_trait("optionalAuth")
                    || op
                        .get_trait("auth")
                        .and_then(Value::as_array)
                        .is_some_and(Vec::is_empty),
                event_stream: op.input.iter().chain(&op.output).any(|io| {
                    self.shape(io).members.iter().any(|m| {
                        let t = self.shape(&m.target);
                        t.kind == Kind::Union && t.has_trait("streaming")
                    })
                }),
                deprecated: deprecation(&op.traits),
                sensitive_input: op
                    .input
                    .as_ref()
                    .is_some_and(|i| self.carries_sensitive(i, &mut BTreeSet::new())),
                gzip: op
                    .get_trait("requestCompression")
                    .and_then(|t| t.get("encodings"))
                    .and_then(Value::as_array)
                    .is_some_and(|e| e.iter().any(|x| x.as_str() == Some("gzip"))),
            },
            synthetic,
        ))
    }
}
