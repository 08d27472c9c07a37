//! Model files in, one JSON AST document out: `.smithy` (IDL) and `.json`
//! (JSON AST) files and directories, any mix. Shapes are merged, `apply`
//! statements folded into the shapes they name, elided member targets
//! resolved, annotation traits given their empty value, IDL 1.0 documents
//! upgraded; [`flatten`] then folds mixins into the shapes that use them.
//! [`print`] writes the document with sorted keys and a 4-space indent.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::idl::{self, PRELUDE_LIST_TRAITS};
use crate::Error;

/// The files a list of paths names: files as given, directories searched
/// (recursively, sorted) for `.smithy` and `.json` files.
pub fn model_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found)?;
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Error> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Error::Io(format!("cannot read {}: {e}", dir.display())))?;
    for e in entries {
        let p = e
            .map_err(|e| Error::Io(format!("{}: {e}", dir.display())))?
            .path();
        if p.is_dir() {
            walk(&p, out)?;
        } else if p.extension().is_some_and(|x| x == "smithy" || x == "json") {
            out.push(p);
        }
    }
    Ok(())
}

/// An assembled model: the JSON AST document and warnings for the user.
#[derive(Debug)]
pub struct Assembled {
    pub doc: Value,
    pub warnings: Vec<String>,
}

/// Reads and assembles model files (see [`model_files`]).
pub fn assemble_files(paths: &[PathBuf]) -> Result<Assembled, Error> {
    let mut sources = Vec::new();
    for p in model_files(paths)? {
        let text = std::fs::read_to_string(&p)
            .map_err(|e| Error::Io(format!("cannot read model {}: {e}", p.display())))?;
        sources.push((p.display().to_string(), text));
    }
    assemble(&sources)
}

/// Assembles sources (`(name, text)`; a name ending in `.json` is JSON AST,
/// anything else IDL).
pub fn assemble(sources: &[(String, String)]) -> Result<Assembled, Error> {
    let mut idl_files = Vec::new();
    let mut json_docs = Vec::new();
    let mut warnings = Vec::new();
    for (name, text) in sources {
        if name.ends_with(".json") {
            let doc: Value = serde_json::from_str(text).map_err(|e| {
                Error::Model(format!("{name}: not a Smithy JSON AST document: {e}"))
            })?;
            json_docs.push((name.clone(), doc));
        } else {
            let f = idl::parse(name, text)?;
            warnings.extend(f.warnings.iter().cloned());
            idl_files.push(f);
        }
    }
    let mut defined = BTreeSet::new();
    for f in &idl_files {
        let ns = f.namespace.as_deref().unwrap_or("");
        defined.extend(f.shapes.iter().map(|s| format!("{ns}#{}", s.name)));
    }
    for (_, d) in &json_docs {
        if let Some(Value::Object(shapes)) = d.get("shapes") {
            defined.extend(shapes.keys().cloned());
        }
    }
    let mut docs: Vec<(String, Value)> = Vec::new();
    for f in &idl_files {
        docs.push((f.file.clone(), f.to_document(&defined)?));
    }
    docs.extend(json_docs);
    let mut model = Model::default();
    for (name, doc) in docs {
        model.add(&name, doc)?;
    }
    model.resolve_elided()?;
    model.apply()?;
    model.normalize();
    // Checked on every operation mixin, used or not (so `flat` need not).
    for (id, shape) in &model.shapes {
        let io = ["input", "output"].iter().any(|k| {
            shape
                .get(*k)
                .and_then(|t| t.get("target"))
                .is_some_and(|t| t != "smithy.api#Unit")
        });
        if is_mixin(shape) && shape["type"] == "operation" && io {
            return Err(Error::shape(
                id,
                "is an operation mixin; its input and output must be smithy.api#Unit",
            ));
        }
    }
    let doc = model.into_document();
    // Mixins are checked here (conflicting members, cycles, operation mixins
    // with input or output) even when the caller keeps them unflattened.
    let has_mixins = doc["shapes"]
        .as_object()
        .is_some_and(|s| s.values().any(|v| v.get("mixins").is_some()));
    if has_mixins {
        flatten(&mut doc.clone())?;
    }
    Ok(Assembled { doc, warnings })
}

#[derive(Default)]
struct Model {
    shapes: BTreeMap<String, Value>,
    /// Which file defined each shape (for messages).
    origin: BTreeMap<String, String>,
    metadata: Map<String, Value>,
    /// `(target, traits, where)`.
    applies: Vec<(String, Map<String, Value>, String)>,
}

fn version_of(name: &str, doc: &Value) -> Result<String, Error> {
    match doc.get("smithy").and_then(Value::as_str) {
        Some(v) if v == "2" || v.starts_with("2.") => Ok("2.0".into()),
        Some(v) if v == "1" || v.starts_with("1.") => Ok("1.0".into()),
        Some(v) => Err(Error::Model(format!(
            "{name}: unsupported Smithy version `{v}`"
        ))),
        None => Err(Error::Model(format!(
            "{name}: the `smithy` version key is missing"
        ))),
    }
}

impl Model {
    fn add(&mut self, name: &str, mut doc: Value) -> Result<(), Error> {
        let version = version_of(name, &doc)?;
        if let Some(Value::Array(applies)) = doc.get("applies") {
            for a in applies {
                let target = a["target"].as_str().unwrap_or_default().to_owned();
                let traits = a["traits"].as_object().cloned().unwrap_or_default();
                let at = a["at"].as_str().unwrap_or(name).to_owned();
                self.applies.push((target, traits, at));
            }
        }
        match doc.get_mut("metadata") {
            None => {}
            Some(Value::Object(meta)) => {
                for (k, v) in std::mem::take(meta) {
                    self.add_metadata(name, k, v)?;
                }
            }
            Some(_) => return Err(Error::Model(format!("{name}: `metadata` is not an object"))),
        }
        let shapes = match doc.get_mut("shapes") {
            None => Map::new(),
            Some(Value::Object(s)) => std::mem::take(s),
            Some(_) => return Err(Error::Model(format!("{name}: `shapes` is not an object"))),
        };
        let mut own = BTreeMap::new();
        for (id, mut shape) in shapes {
            if !id.contains('#') {
                return Err(Error::shape(
                    &id,
                    "is not an absolute shape id (`namespace#Name`)",
                ));
            }
            if !shape.is_object() {
                return Err(Error::shape(&id, "is not a JSON object"));
            }
            if shape["type"] == "apply" {
                let traits = shape["traits"].as_object().cloned().unwrap_or_default();
                self.applies.push((id, traits, name.to_owned()));
                continue;
            }
            if let Some(Value::Object(traits)) = shape.get_mut("traits") {
                absolute_trait_keys(traits);
            }
            for (_, member) in members_mut(&mut shape) {
                if let Some(Value::Object(traits)) = member.get_mut("traits") {
                    absolute_trait_keys(traits);
                }
            }
            own.insert(id, shape);
        }
        if version == "1.0" {
            upgrade_v1(&mut own);
        }
        for (id, shape) in own {
            if let Some(prev) = self.shapes.get(&id) {
                if *prev != shape {
                    return Err(Error::shape(
                        &id,
                        format!(
                            "is defined in {} and again, differently, in {name}",
                            self.origin[&id]
                        ),
                    ));
                }
                continue;
            }
            self.origin.insert(id.clone(), name.to_owned());
            self.shapes.insert(id, shape);
        }
        Ok(())
    }

    fn add_metadata(&mut self, name: &str, key: String, value: Value) -> Result<(), Error> {
        match (self.metadata.get_mut(&key), value) {
            (None, v) => {
                self.metadata.insert(key, v);
            }
            (Some(Value::Array(a)), Value::Array(b)) => a.extend(b),
            (Some(prev), v) if *prev == v => {}
            (Some(_), _) => {
                return Err(Error::Model(format!(
                    "{name}: metadata `{key}` conflicts with its value in another file"
                )))
            }
        }
        Ok(())
    }

    /// The target of member `name` of shape `id`, through its mixins.
    fn member_target(&self, id: &str, name: &str, depth: usize) -> Option<String> {
        let shape = self.shapes.get(id)?;
        if depth > 64 {
            return None;
        }
        if let Some(t) = member_ref(shape, name)
            .and_then(|m| m.get("target"))
            .and_then(Value::as_str)
        {
            return Some(t.to_owned());
        }
        mixins_of(shape)
            .iter()
            .rev()
            .find_map(|m| self.member_target(m, name, depth + 1))
    }

    fn resolve_elided(&mut self) -> Result<(), Error> {
        let ids: Vec<String> = self.shapes.keys().cloned().collect();
        for id in ids {
            let shape = &self.shapes[&id];
            let resource = shape.get("$for").and_then(Value::as_str).map(str::to_owned);
            let mut found = Vec::new();
            for (name, member) in members_ref(shape) {
                let Some(at) = member.get("$elided").and_then(Value::as_str) else {
                    continue;
                };
                let from_resource = resource.as_ref().and_then(|r| {
                    let res = self.shapes.get(r)?;
                    ["identifiers", "properties"].iter().find_map(|k| {
                        res.get(*k)?
                            .get(&name)?
                            .get("target")?
                            .as_str()
                            .map(str::to_owned)
                    })
                });
                let from_mixin = || {
                    mixins_of(shape)
                        .iter()
                        .rev()
                        .find_map(|m| self.member_target(m, &name, 0))
                };
                match from_resource.or_else(from_mixin) {
                    Some(t) => found.push((name, t)),
                    None => {
                        return Err(Error::Model(format!(
                            "{at}: member `${name}` of `{id}` names no identifier or property of its resource and no member of its mixins"
                        )))
                    }
                }
            }
            if let Some(r) = &resource {
                if !self.shapes.get(r).is_some_and(|s| s["type"] == "resource") {
                    return Err(Error::shape(
                        &id,
                        format!("is `for` `{r}`, which is not a resource"),
                    ));
                }
            }
            let shape = self.shapes.get_mut(&id).expect("listed above");
            if let Value::Object(m) = shape {
                m.remove("$for");
            }
            for (name, target) in found {
                if let Some(Value::Object(m)) = member_mut(shape, &name) {
                    m.remove("$elided");
                    m.insert("target".into(), Value::String(target));
                }
            }
        }
        Ok(())
    }

    fn apply(&mut self) -> Result<(), Error> {
        for (target, traits, at) in std::mem::take(&mut self.applies) {
            let (shape_id, member) = match target.split_once('$') {
                Some((s, m)) => (s.to_owned(), Some(m.to_owned())),
                None => (target.clone(), None),
            };
            let inherited = member
                .as_ref()
                .and_then(|m| self.member_target(&shape_id, m, 0));
            let Some(shape) = self.shapes.get_mut(&shape_id) else {
                return Err(Error::Model(format!(
                    "{at}: `apply` names `{target}`, which is not defined"
                )));
            };
            let mut traits = traits;
            absolute_trait_keys(&mut traits);
            let node = match &member {
                None => shape,
                Some(m) => {
                    if member_ref(shape, m).is_none() {
                        let Some(t) = inherited else {
                            return Err(Error::Model(format!(
                                "{at}: `apply` names `{target}`, which is not defined"
                            )));
                        };
                        insert_member(shape, m, serde_json::json!({ "target": t }));
                    }
                    member_mut(shape, m).expect("inserted above")
                }
            };
            let Value::Object(obj) = node else { continue };
            let existing = obj
                .entry("traits")
                .or_insert_with(|| Value::Object(Map::new()));
            let Value::Object(existing) = existing else {
                continue;
            };
            for (k, v) in traits {
                match existing.get_mut(&k) {
                    None => {
                        existing.insert(k, v);
                    }
                    Some(Value::Array(a)) if v.is_array() => {
                        a.extend(v.as_array().cloned().unwrap_or_default());
                    }
                    Some(prev) if *prev == v => {}
                    Some(_) => {
                        return Err(Error::Model(format!(
                            "{at}: `apply` gives `{target}` trait `{k}` a second, different value"
                        )))
                    }
                }
            }
        }
        Ok(())
    }

    /// Traits written in IDL without a value ([`idl::annotation`]) get the
    /// empty value of their shape (`{}`, or `[]` for list traits; a JSON AST
    /// `null` is left alone); string enum members without a value get their name.
    fn normalize(&mut self) {
        let list_traits: BTreeSet<String> = self
            .shapes
            .iter()
            .filter(|(_, s)| matches!(s["type"].as_str(), Some("list" | "set")))
            .map(|(id, _)| id.clone())
            .chain(
                PRELUDE_LIST_TRAITS
                    .iter()
                    .map(|t| format!("smithy.api#{t}")),
            )
            .collect();
        let fill = |traits: &mut Map<String, Value>| {
            for (k, v) in traits.iter_mut() {
                if *v == idl::annotation() {
                    *v = if list_traits.contains(k) {
                        Value::Array(Vec::new())
                    } else {
                        Value::Object(Map::new())
                    };
                }
            }
        };
        for shape in self.shapes.values_mut() {
            if let Some(Value::Object(t)) = shape.get_mut("traits") {
                fill(t);
            }
            if shape["type"] == "operation" && shape.get("mixins").is_none() {
                unit_io(shape);
            }
            let is_enum = shape["type"] == "enum";
            for (name, member) in members_mut(shape) {
                let Value::Object(m) = member else { continue };
                if is_enum {
                    let traits = m
                        .entry("traits")
                        .or_insert_with(|| Value::Object(Map::new()));
                    if let Value::Object(t) = traits {
                        t.entry("smithy.api#enumValue")
                            .or_insert_with(|| Value::String(name.clone()));
                    }
                }
                if let Some(Value::Object(t)) = m.get_mut("traits") {
                    fill(t);
                }
                drop_empty_traits(member);
            }
            drop_empty_traits(shape);
        }
    }

    fn into_document(self) -> Value {
        let mut doc = Map::new();
        doc.insert("smithy".into(), Value::String("2.0".into()));
        if !self.metadata.is_empty() {
            doc.insert("metadata".into(), Value::Object(self.metadata));
        }
        doc.insert(
            "shapes".into(),
            Value::Object(self.shapes.into_iter().collect()),
        );
        Value::Object(doc)
    }
}

/// An operation without `input` or `output` has `smithy.api#Unit`.
fn unit_io(shape: &mut Value) {
    if let Value::Object(o) = shape {
        for k in ["input", "output"] {
            o.entry(k)
                .or_insert_with(|| serde_json::json!({ "target": "smithy.api#Unit" }));
        }
    }
}

/// Drops empty `traits`, and the empty member and property collections that
/// the JSON AST may equally leave out.
fn drop_empty_traits(v: &mut Value) {
    const OPTIONAL: [&str; 10] = [
        "traits",
        "members",
        "errors",
        "operations",
        "resources",
        "collectionOperations",
        "identifiers",
        "properties",
        "rename",
        "mixins",
    ];
    if let Value::Object(o) = v {
        o.retain(|k, v| {
            let empty = match v {
                Value::Object(m) => m.is_empty(),
                Value::Array(a) => a.is_empty(),
                _ => false,
            };
            !(empty && OPTIONAL.contains(&k.as_str()))
        });
    }
}

fn absolute_trait_keys(traits: &mut Map<String, Value>) {
    if traits.keys().all(|k| k.contains('#')) {
        return;
    }
    *traits = std::mem::take(traits)
        .into_iter()
        .map(|(k, v)| (super::absolute_trait(&k), v))
        .collect();
}

/// IDL/JSON 1.0 semantics in 2.0 terms: `set` is a list with unique items,
/// and a structure member targeting a primitive number or boolean (a 1.0
/// shape without `@box`, or a `smithy.api#Primitive*`) gets its zero default.
fn upgrade_v1(shapes: &mut BTreeMap<String, Value>) {
    const NUMERIC: [&str; 7] = [
        "byte", "short", "integer", "long", "float", "double", "boolean",
    ];
    let zero = |kind: &str| {
        if kind == "boolean" {
            Value::Bool(false)
        } else {
            Value::from(0)
        }
    };
    let mut primitive: BTreeMap<String, Value> = [
        "Boolean", "Byte", "Short", "Integer", "Long", "Float", "Double",
    ]
    .iter()
    .map(|p| (format!("smithy.api#Primitive{p}"), zero(&p.to_lowercase())))
    .collect();
    for (id, s) in shapes.iter() {
        let kind = s["type"].as_str().unwrap_or_default();
        let boxed = s
            .get("traits")
            .and_then(|t| t.get("smithy.api#box"))
            .is_some();
        if NUMERIC.contains(&kind) && !boxed {
            primitive.insert(id.clone(), zero(kind));
        }
    }
    for shape in shapes.values_mut() {
        if shape["type"] == "set" {
            shape["type"] = Value::String("list".into());
            let traits = shape.as_object_mut().map(|o| {
                o.entry("traits")
                    .or_insert_with(|| Value::Object(Map::new()))
            });
            if let Some(Value::Object(t)) = traits {
                t.insert("smithy.api#uniqueItems".into(), Value::Object(Map::new()));
            }
        }
        if shape["type"] != "structure" {
            continue;
        }
        for (_, member) in members_mut(shape) {
            let Some(target) = member.get("target").and_then(Value::as_str) else {
                continue;
            };
            let Some(z) = primitive.get(target).cloned() else {
                continue;
            };
            let Value::Object(m) = member else { continue };
            let traits = m
                .entry("traits")
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(t) = traits {
                if !t.contains_key("smithy.api#box") && !t.contains_key("smithy.api#default") {
                    t.insert("smithy.api#default".into(), z);
                }
                if t.is_empty() {
                    m.remove("traits");
                }
            }
        }
    }
}

// ---- members of any shape kind ----

const SINGLE_MEMBERS: [&str; 3] = ["member", "key", "value"];

fn mixins_of(shape: &Value) -> Vec<String> {
    shape
        .get("mixins")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|m| m.get("target").and_then(Value::as_str).map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn has_named_members(shape: &Value) -> bool {
    matches!(
        shape["type"].as_str(),
        Some("structure" | "union" | "enum" | "intEnum")
    )
}

fn members_ref(shape: &Value) -> Vec<(String, Value)> {
    if has_named_members(shape) {
        shape
            .get("members")
            .and_then(Value::as_object)
            .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default()
    } else {
        SINGLE_MEMBERS
            .iter()
            .filter_map(|k| shape.get(*k).map(|v| ((*k).to_owned(), v.clone())))
            .collect()
    }
}

fn members_mut(shape: &mut Value) -> Vec<(String, &mut Value)> {
    if has_named_members(shape) {
        match shape.get_mut("members") {
            Some(Value::Object(m)) => m.iter_mut().map(|(k, v)| (k.clone(), v)).collect(),
            _ => Vec::new(),
        }
    } else {
        match shape {
            Value::Object(o) => o
                .iter_mut()
                .filter(|(k, _)| SINGLE_MEMBERS.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), v))
                .collect(),
            _ => Vec::new(),
        }
    }
}

fn member_ref<'a>(shape: &'a Value, name: &str) -> Option<&'a Value> {
    if has_named_members(shape) {
        shape.get("members")?.get(name)
    } else if SINGLE_MEMBERS.contains(&name) {
        shape.get(name)
    } else {
        None
    }
}

fn member_mut<'a>(shape: &'a mut Value, name: &str) -> Option<&'a mut Value> {
    if has_named_members(shape) {
        shape.get_mut("members")?.get_mut(name)
    } else if SINGLE_MEMBERS.contains(&name) {
        shape.get_mut(name)
    } else {
        None
    }
}

fn insert_member(shape: &mut Value, name: &str, member: Value) {
    let named = has_named_members(shape);
    let Value::Object(o) = shape else { return };
    if named {
        let members = o
            .entry("members")
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(m) = members {
            m.insert(name.to_owned(), member);
        }
    } else {
        o.insert(name.to_owned(), member);
    }
}

/// Whether a shape carries the `@mixin` trait.
fn is_mixin(shape: &Value) -> bool {
    shape
        .get("traits")
        .and_then(|t| t.get("smithy.api#mixin"))
        .is_some()
}

// ---- flattening ----

/// Folds mixins into the shapes that use them and drops the mixin shapes:
/// members of the mixins first (in mixin order), then the shape's own (a
/// redeclared member keeps the mixin's traits under its own); traits of the
/// mixins except `@mixin` and its `localTraits`, under the shape's own; for
/// services, resources and operations, their lists and maps merged.
pub fn flatten(doc: &mut Value) -> Result<(), Error> {
    let Some(Value::Object(shapes)) = doc.get("shapes") else {
        return Ok(());
    };
    let mut done: BTreeMap<String, Value> = BTreeMap::new();
    for id in shapes.keys() {
        flat(id, shapes, &mut done, &mut Vec::new())?;
    }
    let kept: Map<String, Value> = done.into_iter().filter(|(_, s)| !is_mixin(s)).collect();
    doc["shapes"] = Value::Object(kept);
    Ok(())
}

fn flat(
    id: &str,
    shapes: &Map<String, Value>,
    done: &mut BTreeMap<String, Value>,
    stack: &mut Vec<String>,
) -> Result<Value, Error> {
    if let Some(v) = done.get(id) {
        return Ok(v.clone());
    }
    let Some(shape) = shapes.get(id) else {
        let user = stack.last().map_or(id, String::as_str);
        return Err(Error::shape(
            user,
            format!("uses mixin `{id}`, which is not defined"),
        ));
    };
    if stack.iter().any(|s| s == id) {
        return Err(Error::shape(id, "is its own mixin (a mixin cycle)"));
    }
    let mixins = mixins_of(shape);
    if mixins.is_empty() {
        done.insert(id.to_owned(), shape.clone());
        return Ok(shape.clone());
    }
    stack.push(id.to_owned());
    let mut folded = Folded::default();
    for m in &mixins {
        let mixin = flat(m, shapes, done, stack)?;
        if !is_mixin(&mixin) {
            return Err(Error::shape(
                id,
                format!("uses `{m}` as a mixin, but it has no @mixin trait"),
            ));
        }
        if mixin["type"] != shape["type"] {
            return Err(Error::shape(
                id,
                format!(
                    "is a {} and cannot use the {} `{m}` as a mixin",
                    shape["type"], mixin["type"]
                ),
            ));
        }
        let local = &mixin["traits"]["smithy.api#mixin"]["localTraits"];
        let local: Vec<&str> = local
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        folded.add_traits(&mixin, |k| k != "smithy.api#mixin" && !local.contains(&k));
        folded.add_members(&mixin, |name, a, b| {
            (a != b).then(|| {
                Error::shape(
                    &format!("{id}${name}"),
                    format!("conflicts with an inherited member of mixin `{m}` (another target)"),
                )
            })
        })?;
        folded.add_properties(&mixin);
    }
    folded.add_members(shape, |name, a, b| match (a, b) {
        (Some(a), Some(b)) if a != b => Some(Error::shape(
            id,
            format!("redeclares mixin member `{name}` with target {b}, not {a}"),
        )),
        _ => None,
    })?;
    folded.add_traits(shape, |_| true);
    folded.add_properties(shape);
    let out = folded.into_shape(shape);
    stack.pop();
    done.insert(id.to_owned(), out.clone());
    Ok(out)
}

/// What a shape flattens to, built from its mixins (in order) and then itself.
#[derive(Default)]
struct Folded {
    properties: Map<String, Value>,
    traits: Map<String, Value>,
    members: Vec<(String, Value)>,
}

impl Folded {
    /// `from`'s traits that `keep` takes, over those folded so far.
    fn add_traits(&mut self, from: &Value, keep: impl Fn(&str) -> bool) {
        if let Some(Value::Object(t)) = from.get("traits") {
            for (k, v) in t {
                if keep(k) {
                    self.traits.insert(k.clone(), v.clone());
                }
            }
        }
    }

    /// `from`'s members: a new name is appended; a known one takes `from`'s
    /// traits, unless `conflict` (given the name and both targets) refuses it.
    fn add_members(
        &mut self,
        from: &Value,
        conflict: impl Fn(&str, Option<&Value>, Option<&Value>) -> Option<Error>,
    ) -> Result<(), Error> {
        for (name, member) in members_ref(from) {
            match self.members.iter_mut().find(|(n, _)| *n == name) {
                Some((_, existing)) => {
                    if let Some(e) = conflict(&name, existing.get("target"), member.get("target")) {
                        return Err(e);
                    }
                    merge_member_traits(existing, &member);
                }
                None => self.members.push((name, member)),
            }
        }
        Ok(())
    }

    /// Service, resource and operation properties (see [`merge_property`]).
    fn add_properties(&mut self, from: &Value) {
        for (k, v) in from.as_object().into_iter().flatten() {
            if !matches!(
                k.as_str(),
                "type" | "traits" | "mixins" | "members" | "member" | "key" | "value"
            ) {
                merge_property(&mut self.properties, k, v);
            }
        }
    }

    /// The flattened shape of `shape`'s type.
    fn into_shape(self, shape: &Value) -> Value {
        let mut out = Map::new();
        out.insert("type".into(), shape["type"].clone());
        out.extend(self.properties);
        if has_named_members(shape) {
            out.insert(
                "members".into(),
                Value::Object(self.members.into_iter().collect()),
            );
        } else {
            out.extend(self.members);
        }
        if !self.traits.is_empty() {
            out.insert("traits".into(), Value::Object(self.traits));
        }
        let mut out = Value::Object(out);
        if shape["type"] == "operation" {
            unit_io(&mut out);
        }
        drop_empty_traits(&mut out);
        out
    }
}

/// Adds `from`'s traits to member `to` (`from`'s win).
fn merge_member_traits(to: &mut Value, from: &Value) {
    let Some(Value::Object(t)) = from.get("traits") else {
        return;
    };
    if t.is_empty() {
        return;
    }
    let et = to.as_object_mut().map(|o| {
        o.entry("traits")
            .or_insert_with(|| Value::Object(Map::new()))
    });
    if let Some(Value::Object(et)) = et {
        for (k, v) in t {
            et.insert(k.clone(), v.clone());
        }
    }
}

/// Service/resource/operation properties: lists are unions (first seen
/// first), objects merge, anything else is replaced.
fn merge_property(out: &mut Map<String, Value>, key: &str, value: &Value) {
    match (out.get_mut(key), value) {
        (Some(Value::Array(a)), Value::Array(b)) => {
            for v in b {
                if !a.contains(v) {
                    a.push(v.clone());
                }
            }
        }
        (Some(Value::Object(a)), Value::Object(b)) => {
            for (k, v) in b {
                a.insert(k.clone(), v.clone());
            }
        }
        _ => {
            out.insert(key.to_owned(), value.clone());
        }
    }
}

// ---- projection ----

/// Keeps, of every service, only the operations named in `operations` (by
/// name, as in `GetItem`) and drops every shape the services no longer reach,
/// as smithy-build's projections do: what a test or a small crate needs
/// from a large model. Shapes are reached through member and operation
/// targets and through any trait value that names a shape of the model
/// (`aws.api#clientEndpointDiscovery` names its operation, for example);
/// trait definitions stay. Resources are dropped: an operation is named
/// only where the service binds it itself.
pub fn keep_operations(doc: &mut Value, operations: &[String]) -> Result<(), Error> {
    let Some(Value::Object(shapes)) = doc.get_mut("shapes") else {
        return Ok(());
    };
    let mut roots = Vec::new();
    let mut found = BTreeSet::new();
    for (id, shape) in shapes.iter_mut() {
        let is_trait = shape
            .get("traits")
            .and_then(|t| t.get("smithy.api#trait"))
            .is_some();
        if is_trait {
            roots.push(id.clone());
        }
        if shape.get("type").and_then(Value::as_str) != Some("service") {
            continue;
        }
        roots.push(id.clone());
        let Value::Object(o) = shape else { continue };
        o.remove("resources");
        if let Some(Value::Array(ops)) = o.get_mut("operations") {
            ops.retain(|op| {
                let target = op.get("target").and_then(Value::as_str).unwrap_or("");
                let name = target.rsplit('#').next().unwrap_or(target);
                let keep = operations.iter().any(|o| o == name);
                if keep {
                    found.insert(name.to_owned());
                }
                keep
            });
        }
    }
    if let Some(missing) = operations.iter().find(|o| !found.contains(*o)) {
        return Err(Error::Model(format!(
            "no service binds an operation named `{missing}`"
        )));
    }
    let mut reached = BTreeSet::new();
    while let Some(id) = roots.pop() {
        if !reached.insert(id.clone()) {
            continue;
        }
        if let Some(shape) = shapes.get(&id) {
            names_in(shape, shapes, &mut roots);
        }
    }
    shapes.retain(|id, _| reached.contains(id));
    Ok(())
}

/// Every string in `v` that is the id of a shape in `shapes`.
fn names_in(v: &Value, shapes: &Map<String, Value>, out: &mut Vec<String>) {
    match v {
        Value::String(s) if s.contains('#') && shapes.contains_key(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|v| names_in(v, shapes, out)),
        Value::Object(o) => o.values().for_each(|v| names_in(v, shapes, out)),
        _ => {}
    }
}

// ---- printing ----

/// The document as text: keys sorted at every level, 4-space indent.
pub fn print(doc: &Value) -> String {
    use serde::Serialize;
    let sorted = sort_keys(doc);
    let mut buf = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
    // Serializing a `Value` into memory cannot fail.
    let _ = sorted.serialize(&mut ser);
    let mut s = String::from_utf8(buf).unwrap_or_default();
    s.push('\n');
    s
}

fn sort_keys(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            Value::Object(
                keys.into_iter()
                    .map(|k| (k.clone(), sort_keys(&m[k])))
                    .collect(),
            )
        }
        Value::Array(a) => Value::Array(a.iter().map(sort_keys).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(sources: &[(&str, &str)]) -> Value {
        let sources: Vec<(String, String)> = sources
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        assemble(&sources).unwrap().doc
    }

    #[test]
    fn a_projection_keeps_the_named_operations_and_what_they_reach() {
        let idl = r#"$version: "2.0"
namespace a
@trait
structure discovery { operation: String }
@discovery(operation: "a#Find")
service S { version: "1", operations: [Get, Put, Find], resources: [R], errors: [Oops] }
operation Get { input := { k: Key, n: Nested } output := {} errors: [Missing] }
operation Put { input := { v: Unused } }
operation Find { input := {} }
resource R {}
string Key
string Unused
structure Nested { inner: Inner }
list Inner { member: Key }
@error("client") structure Missing {}
@error("server") structure Oops {}
"#;
        let mut d = doc(&[("a.smithy", idl)]);
        keep_operations(&mut d, &["Get".into(), "Find".into()]).unwrap();
        let kept: Vec<&String> = d["shapes"].as_object().unwrap().keys().collect();
        assert_eq!(
            kept,
            [
                "a#Find",
                "a#FindInput",
                "a#Get",
                "a#GetInput",
                "a#GetOutput",
                "a#Inner",
                "a#Key",
                "a#Missing",
                "a#Nested",
                "a#Oops",
                "a#S",
                "a#discovery",
            ]
        );
        assert_eq!(
            d["shapes"]["a#S"]["operations"].as_array().unwrap().len(),
            2
        );
        assert!(d["shapes"]["a#S"].get("resources").is_none());
        let err = keep_operations(&mut d, &["Nope".into()]).unwrap_err();
        assert!(err.to_string().contains("`Nope`"), "{err}");
    }

    #[test]
    fn a_json_null_stays_null_and_idl_annotations_get_their_empty_value() {
        let json = r#"{"smithy": "2.0", "shapes": {"a#S": {"type": "structure", "members": {
            "d": {"target": "smithy.api#Document", "traits": {"smithy.api#default": null}}}}}}"#;
        let idl = "$version: \"2.0\"\nnamespace b\n@tags\n@sensitive\nstring T\n";
        let d = doc(&[("a.json", json), ("b.smithy", idl)]);
        assert_eq!(
            d["shapes"]["a#S"]["members"]["d"]["traits"]["smithy.api#default"],
            Value::Null
        );
        let t = &d["shapes"]["b#T"]["traits"];
        assert_eq!(t["smithy.api#tags"], serde_json::json!([]));
        assert_eq!(t["smithy.api#sensitive"], serde_json::json!({}));
    }

    #[test]
    fn forward_references_resolve_across_files() {
        let a = "$version: \"2.0\"\nnamespace n\nstructure A { b: B }\n";
        let b = "$version: \"2.0\"\nnamespace n\nstring B\nstring String\n";
        let c = "$version: \"2.0\"\nnamespace n\nstructure C { s: String }\n";
        let d = doc(&[("a.smithy", a), ("b.smithy", b), ("c.smithy", c)]);
        assert_eq!(d["shapes"]["n#A"]["members"]["b"]["target"], "n#B");
        // A shape of the namespace wins over the prelude.
        assert_eq!(d["shapes"]["n#C"]["members"]["s"]["target"], "n#String");
    }

    #[test]
    fn syntax_errors_name_file_line_and_column() {
        let sources = [(
            "x.smithy".to_owned(),
            "namespace n\n\nstructure A {\n  b: \n}\n".to_owned(),
        )];
        let e = assemble(&sources).unwrap_err().to_string();
        assert!(e.contains("x.smithy:4:"), "{e}");
    }
}
