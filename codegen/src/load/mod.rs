//! Stage 1, load: a Smithy 2.0 JSON AST document becomes a typed [`Model`].
//!
//! The `smithy.api` prelude is known here without a definition in the file, mixins
//! are flattened into the shapes that use them, and every problem is an error
//! naming the shape.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

use crate::Error;

pub mod ast;
pub mod idl;
pub mod protocol_tests;
pub mod typed;
pub mod waiters;

pub use typed::Typed;

/// An absolute shape id such as `com.amazonaws.ecr#RepositoryName`.
pub type ShapeId = String;

/// Trait values by absolute trait id.
pub type Traits = BTreeMap<String, Value>;

/// The kinds of shape Smithy 2.0 defines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Blob,
    Boolean,
    String,
    Byte,
    Short,
    Integer,
    Long,
    Float,
    Double,
    BigInteger,
    BigDecimal,
    Timestamp,
    Document,
    Enum,
    IntEnum,
    List,
    Set,
    Map,
    Structure,
    Union,
    Service,
    Operation,
    Resource,
}

impl Kind {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "blob" => Kind::Blob,
            "boolean" => Kind::Boolean,
            "string" => Kind::String,
            "byte" => Kind::Byte,
            "short" => Kind::Short,
            "integer" => Kind::Integer,
            "long" => Kind::Long,
            "float" => Kind::Float,
            "double" => Kind::Double,
            "bigInteger" => Kind::BigInteger,
            "bigDecimal" => Kind::BigDecimal,
            "timestamp" => Kind::Timestamp,
            "document" => Kind::Document,
            "enum" => Kind::Enum,
            "intEnum" => Kind::IntEnum,
            "list" => Kind::List,
            "set" => Kind::Set,
            "map" => Kind::Map,
            "structure" => Kind::Structure,
            "union" => Kind::Union,
            "service" => Kind::Service,
            "operation" => Kind::Operation,
            "resource" => Kind::Resource,
            _ => return None,
        })
    }

    /// The name Smithy uses.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Blob => "blob",
            Kind::Boolean => "boolean",
            Kind::String => "string",
            Kind::Byte => "byte",
            Kind::Short => "short",
            Kind::Integer => "integer",
            Kind::Long => "long",
            Kind::Float => "float",
            Kind::Double => "double",
            Kind::BigInteger => "bigInteger",
            Kind::BigDecimal => "bigDecimal",
            Kind::Timestamp => "timestamp",
            Kind::Document => "document",
            Kind::Enum => "enum",
            Kind::IntEnum => "intEnum",
            Kind::List => "list",
            Kind::Set => "set",
            Kind::Map => "map",
            Kind::Structure => "structure",
            Kind::Union => "union",
            Kind::Service => "service",
            Kind::Operation => "operation",
            Kind::Resource => "resource",
        }
    }
}

/// A member: its target and its own traits, in model order.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub name: String,
    pub target: ShapeId,
    pub traits: Traits,
    /// The traits the generator acts on, typed.
    pub t: Typed,
}

/// One shape.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub id: ShapeId,
    pub kind: Kind,
    pub traits: Traits,
    /// The traits the generator acts on, typed.
    pub t: Typed,
    /// Structure, union, enum and intEnum members, list `member`, map `key`/`value`, in model order.
    pub members: Vec<Member>,
    /// Operation input and output (`None` = `smithy.api#Unit`).
    pub input: Option<ShapeId>,
    pub output: Option<ShapeId>,
    /// Operation or service errors.
    pub errors: Vec<ShapeId>,
    /// Service and resource operations (all lifecycle operations included) and resources.
    pub operations: Vec<ShapeId>,
    pub resources: Vec<ShapeId>,
    /// Service `version`.
    pub version: Option<String>,
}

impl Shape {
    /// A shape with no members or references.
    fn bare(id: String, kind: Kind, traits: Traits) -> Self {
        Shape {
            id,
            kind,
            t: Typed::default(),
            traits,
            members: Vec::new(),
            input: None,
            output: None,
            errors: Vec::new(),
            operations: Vec::new(),
            resources: Vec::new(),
            version: None,
        }
    }

    /// The member called `name`.
    pub fn member(&self, name: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.name == name)
    }

    /// The name part of the id (`RepositoryName`).
    pub fn name(&self) -> &str {
        short_name(&self.id)
    }

    /// Whether the shape carries trait `id` (`smithy.api#` may be left out).
    pub fn has_trait(&self, id: &str) -> bool {
        self.traits.contains_key(&absolute_trait(id))
    }
}

/// `smithy.api#length` for `length`; absolute ids are returned unchanged.
pub fn absolute_trait(id: &str) -> String {
    if id.contains('#') {
        id.to_owned()
    } else {
        format!("smithy.api#{id}")
    }
}

/// The name part of a shape id.
pub fn short_name(id: &str) -> &str {
    id.rsplit('#').next().unwrap_or(id)
}

/// A loaded model: every shape of the file plus the prelude.
#[derive(Debug, Clone, Default)]
pub struct Model {
    pub shapes: BTreeMap<ShapeId, Shape>,
    pub metadata: BTreeMap<String, Value>,
}

impl Model {
    /// The shape with this id.
    pub fn shape(&self, id: &str) -> Option<&Shape> {
        self.shapes.get(id)
    }

    /// The shape with this id, or an error naming `user` (the shape that refers to it).
    pub fn expect(&self, id: &str, user: &str) -> Result<&Shape, Error> {
        self.shapes
            .get(id)
            .ok_or_else(|| Error::shape(user, format!("refers to `{id}`, which is not defined")))
    }
}

#[derive(Deserialize)]
struct Document {
    smithy: Option<String>,
    #[serde(default)]
    metadata: BTreeMap<String, Value>,
    #[serde(default)]
    shapes: BTreeMap<String, Value>,
}

/// Reads and loads the model at `path` (a `.json` or `.smithy` file, or a
/// directory of them).
pub fn load_file(path: &Path) -> Result<Model, Error> {
    load_paths(&[path.to_path_buf()])
}

/// Reads and loads a model from any mix of `.smithy` and `.json` files and
/// directories (see [`ast::assemble`]).
pub fn load_paths(paths: &[std::path::PathBuf]) -> Result<Model, Error> {
    let assembled = ast::assemble_files(paths)?;
    load_value(assembled.doc)
}

/// Loads a model from JSON AST text.
pub fn load_str(text: &str) -> Result<Model, Error> {
    let assembled = ast::assemble(&[("model.json".into(), text.to_owned())])?;
    load_value(assembled.doc)
}

/// Loads a model from an assembled JSON AST document.
pub fn load_value(doc: Value) -> Result<Model, Error> {
    let doc: Document = serde_json::from_value(doc)
        .map_err(|e| Error::Model(format!("not a Smithy JSON AST document: {e}")))?;
    match doc.smithy.as_deref() {
        Some(v) if v.starts_with('2') || v.starts_with("1.") => {}
        Some(v) => {
            return Err(Error::Model(format!(
                "unsupported Smithy IDL version `{v}`"
            )));
        }
        None => return Err(Error::Model("the `smithy` version key is missing".into())),
    }
    let mut model = Model {
        shapes: prelude(),
        metadata: doc.metadata,
    };
    let mut raw = BTreeMap::new();
    for (id, value) in doc.shapes {
        if !id.contains('#') {
            return Err(Error::shape(
                &id,
                "is not an absolute shape id (`namespace#Name`)",
            ));
        }
        let (shape, mixins) = parse_shape(&id, &value)?;
        raw.insert(id, (shape, mixins));
    }
    // Flatten mixins: a shape gets its mixins' members (first) and their traits
    // (its own win), except the `mixin` trait itself.
    let ids: Vec<String> = raw.keys().cloned().collect();
    for id in &ids {
        let flat = flatten(id, &raw, &mut Vec::new())?;
        model.shapes.insert(id.clone(), flat);
    }
    // Trait bodies become typed values once, after mixins are flattened.
    for shape in model.shapes.values_mut() {
        shape.t = Typed::parse(&shape.id, &shape.traits)?;
        for m in &mut shape.members {
            m.t = Typed::parse(&format!("{}${}", shape.id, m.name), &m.traits)?;
        }
    }
    Ok(model)
}

fn flatten(
    id: &str,
    raw: &BTreeMap<String, (Shape, Vec<String>)>,
    stack: &mut Vec<String>,
) -> Result<Shape, Error> {
    let (shape, mixins) = &raw[id];
    if mixins.is_empty() {
        return Ok(shape.clone());
    }
    if stack.iter().any(|s| s == id) {
        return Err(Error::shape(id, "has a mixin cycle"));
    }
    stack.push(id.to_owned());
    let mut members: Vec<Member> = Vec::new();
    let mut traits = Traits::new();
    for mixin in mixins {
        if !raw.contains_key(mixin) {
            return Err(Error::shape(
                id,
                format!("uses mixin `{mixin}`, which is not defined"),
            ));
        }
        let m = flatten(mixin, raw, stack)?;
        for member in m.members {
            if let Some(existing) = members.iter_mut().find(|x| x.name == member.name) {
                *existing = member;
            } else {
                members.push(member);
            }
        }
        traits.extend(
            m.traits
                .into_iter()
                .filter(|(k, _)| k != "smithy.api#mixin"),
        );
    }
    stack.pop();
    let mut out = shape.clone();
    for own in &shape.members {
        match members.iter_mut().find(|x| x.name == own.name) {
            // A member redeclared to add traits keeps the mixin's traits too.
            Some(existing) => {
                existing.traits.extend(own.traits.clone());
                existing.target = own.target.clone();
            }
            None => members.push(own.clone()),
        }
    }
    traits.extend(shape.traits.clone());
    out.members = members;
    out.traits = traits;
    Ok(out)
}

fn target_of(id: &str, what: &str, v: &Value) -> Result<String, Error> {
    v.get("target")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| Error::shape(id, format!("{what} has no `target`")))
}

fn traits_of(id: &str, v: &Value) -> Result<Traits, Error> {
    match v.get("traits") {
        None => Ok(Traits::new()),
        Some(Value::Object(m)) => Ok(m
            .iter()
            .map(|(k, v)| (absolute_trait(k), v.clone()))
            .collect()),
        Some(_) => Err(Error::shape(id, "`traits` is not an object")),
    }
}

fn refs(id: &str, v: &Value, key: &str) -> Result<Vec<String>, Error> {
    match v.get(key) {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) => items.iter().map(|i| target_of(id, key, i)).collect(),
        Some(_) => Err(Error::shape(id, format!("`{key}` is not a list"))),
    }
}

fn parse_shape(id: &str, v: &Value) -> Result<(Shape, Vec<String>), Error> {
    let ty = v
        .get("type")
        .and_then(Value::as_str)
        .ok_or_else(|| Error::shape(id, "has no `type`"))?;
    let kind = match Kind::parse(ty) {
        Some(k) => k,
        None if ty == "apply" => {
            return Err(Error::shape(
                id,
                "is an `apply` statement, which this generator does not support",
            ))
        }
        None => return Err(Error::shape(id, format!("has unknown shape type `{ty}`"))),
    };
    let mut members = Vec::new();
    match kind {
        Kind::List | Kind::Set => {
            let m = v
                .get("member")
                .ok_or_else(|| Error::shape(id, "is a list without a `member`"))?;
            members.push(member(id, "member", m)?);
        }
        Kind::Map => {
            for key in ["key", "value"] {
                let m = v
                    .get(key)
                    .ok_or_else(|| Error::shape(id, format!("is a map without a `{key}`")))?;
                members.push(member(id, key, m)?);
            }
        }
        Kind::Structure | Kind::Union | Kind::Enum | Kind::IntEnum => {
            if let Some(ms) = v.get("members") {
                let ms = ms
                    .as_object()
                    .ok_or_else(|| Error::shape(id, "`members` is not an object"))?;
                // serde_json keeps object order only with `preserve_order`; model
                // order matters for documentation and skeletons, so it is on.
                for (name, m) in ms {
                    members.push(member(id, name, m)?);
                }
            }
        }
        _ => {}
    }
    let single = |key: &str| -> Result<Option<String>, Error> {
        match v.get(key) {
            None => Ok(None),
            Some(t) => {
                let t = target_of(id, key, t)?;
                Ok((t != "smithy.api#Unit").then_some(t))
            }
        }
    };
    let mut operations = refs(id, v, "operations")?;
    for lifecycle in ["create", "put", "read", "update", "delete", "list"] {
        if let Some(op) = single(lifecycle)? {
            operations.push(op);
        }
    }
    operations.extend(refs(id, v, "collectionOperations")?);
    let shape = Shape {
        id: id.to_owned(),
        kind,
        t: Typed::default(),
        traits: traits_of(id, v)?,
        members,
        input: single("input")?,
        output: single("output")?,
        errors: refs(id, v, "errors")?,
        operations,
        resources: refs(id, v, "resources")?,
        version: v.get("version").and_then(Value::as_str).map(str::to_owned),
    };
    Ok((shape, refs(id, v, "mixins")?))
}

fn member(id: &str, name: &str, v: &Value) -> Result<Member, Error> {
    let mid = format!("{id}${name}");
    Ok(Member {
        name: name.to_owned(),
        target: target_of(&mid, "member", v)?,
        traits: traits_of(&mid, v)?,
        t: Typed::default(),
    })
}

/// The `smithy.api` prelude shapes a model may target without defining.
fn prelude() -> BTreeMap<ShapeId, Shape> {
    let simple = [
        ("String", Kind::String, None),
        ("Blob", Kind::Blob, None),
        ("BigInteger", Kind::BigInteger, None),
        ("BigDecimal", Kind::BigDecimal, None),
        ("Timestamp", Kind::Timestamp, None),
        ("Document", Kind::Document, None),
        ("Boolean", Kind::Boolean, None),
        ("Byte", Kind::Byte, None),
        ("Short", Kind::Short, None),
        ("Integer", Kind::Integer, None),
        ("Long", Kind::Long, None),
        ("Float", Kind::Float, None),
        ("Double", Kind::Double, None),
        ("PrimitiveBoolean", Kind::Boolean, Some(Value::Bool(false))),
        ("PrimitiveByte", Kind::Byte, Some(Value::from(0))),
        ("PrimitiveShort", Kind::Short, Some(Value::from(0))),
        ("PrimitiveInteger", Kind::Integer, Some(Value::from(0))),
        ("PrimitiveLong", Kind::Long, Some(Value::from(0))),
        ("PrimitiveFloat", Kind::Float, Some(Value::from(0))),
        ("PrimitiveDouble", Kind::Double, Some(Value::from(0))),
    ];
    let mut shapes = BTreeMap::new();
    for (name, kind, default) in simple {
        let id = format!("smithy.api#{name}");
        let mut traits = Traits::new();
        if let Some(d) = default {
            traits.insert("smithy.api#default".into(), d);
        }
        shapes.insert(id.clone(), Shape::bare(id, kind, traits));
    }
    let unit = "smithy.api#Unit".to_owned();
    let traits = [(
        "smithy.api#unitType".to_owned(),
        Value::Object(Default::default()),
    )]
    .into();
    shapes.insert(unit.clone(), Shape::bare(unit, Kind::Structure, traits));
    shapes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prelude_is_known() {
        let m = load_str(r#"{"smithy":"2.0","shapes":{}}"#).unwrap();
        assert_eq!(m.shape("smithy.api#String").unwrap().kind, Kind::String);
        assert!(m
            .shape("smithy.api#PrimitiveBoolean")
            .unwrap()
            .has_trait("default"));
    }

    #[test]
    fn members_keep_model_order() {
        let m = load_str(
            r#"{"smithy":"2.0","shapes":{"a#S":{"type":"structure","members":{
                "zeta":{"target":"smithy.api#String"},"alpha":{"target":"smithy.api#String"}}}}}"#,
        )
        .unwrap();
        let names: Vec<_> = m
            .shape("a#S")
            .unwrap()
            .members
            .iter()
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(names, ["zeta", "alpha"]);
    }

    #[test]
    fn mixins_are_flattened() {
        let m = load_str(
            r#"{"smithy":"2.0","shapes":{
              "a#M":{"type":"structure","members":{"x":{"target":"smithy.api#String"}},
                     "traits":{"smithy.api#mixin":{},"smithy.api#documentation":"d"}},
              "a#S":{"type":"structure","mixins":[{"target":"a#M"}],
                     "members":{"y":{"target":"smithy.api#String"}}}}}"#,
        )
        .unwrap();
        let s = m.shape("a#S").unwrap();
        assert_eq!(s.members.len(), 2);
        assert!(s.has_trait("documentation"));
        assert!(!s.has_trait("mixin"));
    }

    #[test]
    fn bad_documents_are_errors_not_panics() {
        for (text, needle) in [
            ("{", "not a Smithy JSON AST"),
            (r#"{"shapes":{}}"#, "version"),
            (r#"{"smithy":"2.0","shapes":{"a#S":{}}}"#, "a#S"),
            (
                r#"{"smithy":"2.0","shapes":{"a#S":{"type":"widget"}}}"#,
                "widget",
            ),
            (
                r#"{"smithy":"2.0","shapes":{"a#L":{"type":"list"}}}"#,
                "a#L",
            ),
            (
                r#"{"smithy":"2.0","shapes":{"S":{"type":"string"}}}"#,
                "absolute",
            ),
            (
                r#"{"smithy":"2.0","shapes":{"a#S":{"type":"structure","members":{"m":{}}}}}"#,
                "a#S$m",
            ),
        ] {
            let e = load_str(text).unwrap_err().to_string();
            assert!(e.contains(needle), "{e} should mention {needle}");
        }
    }
}
