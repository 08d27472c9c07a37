//! awsQuery and ec2Query request bodies: `application/x-www-form-urlencoded`
//! pairs (`Action=Op&Version=2020-01-08&List.member.1=a`), keyed by the
//! structure's XML description ([`super::xml::Shape`]). awsQuery lists are
//! `Name.member.N` (`Name.N` when flattened), maps `Name.entry.N.key` /
//! `.value`, an empty list `Name=`; ec2Query keys are capitalized (or
//! `@ec2QueryName`), its lists always `Name.N`, and empty lists are not
//! sent. Encoding and decoding of pairs is `form_urlencoded`'s.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::xml::{Entry, Shape, Ty};
use crate::binding;

/// The query dialect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    AwsQuery,
    Ec2Query,
}

/// The form body of a call of `action`: `Action`, `Version`, then the
/// input's members from its JSON form.
pub fn write(
    dialect: Dialect,
    action: &str,
    version: &str,
    shape: &Shape,
    obj: &Map<String, Value>,
) -> String {
    let mut pairs = Vec::new();
    struct_pairs(dialect, "", shape, obj, &mut pairs);
    let mut out = form_urlencoded::Serializer::new(String::new());
    out.append_pair("Action", action);
    out.append_pair("Version", version);
    for (k, v) in &pairs {
        out.append_pair(k, v);
    }
    out.finish()
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}.{name}")
    }
}

fn struct_pairs(
    dialect: Dialect,
    prefix: &str,
    shape: &Shape,
    obj: &Map<String, Value>,
    out: &mut Vec<(String, String)>,
) {
    for m in shape.members {
        let Some(v) = obj.get(m.key).filter(|v| !v.is_null()) else {
            continue;
        };
        let name = match dialect {
            Dialect::AwsQuery => m.name,
            Dialect::Ec2Query => m.query,
        };
        let key = join(prefix, name);
        match (&m.ty, v) {
            (Ty::List(item), Value::Array(items)) => {
                if items.is_empty() {
                    if dialect == Dialect::AwsQuery {
                        out.push((key, String::new()));
                    }
                    continue;
                }
                let base = if m.flattened || dialect == Dialect::Ec2Query {
                    key
                } else {
                    join(&key, item.name)
                };
                for (i, e) in items.iter().enumerate() {
                    value_pairs(dialect, &format!("{base}.{}", i + 1), &item.ty, e, out);
                }
            }
            (Ty::Map(entry), Value::Object(map)) => {
                let base = if m.flattened {
                    key
                } else {
                    join(&key, "entry")
                };
                map_pairs(dialect, &base, entry, map, out);
            }
            (ty, v) => value_pairs(dialect, &key, ty, v, out),
        }
    }
}

fn map_pairs(
    dialect: Dialect,
    base: &str,
    entry: &Entry,
    map: &Map<String, Value>,
    out: &mut Vec<(String, String)>,
) {
    for (i, (k, v)) in map.iter().enumerate() {
        let at = format!("{base}.{}", i + 1);
        out.push((join(&at, entry.key.name), k.clone()));
        value_pairs(
            dialect,
            &join(&at, entry.value.name),
            &entry.value.ty,
            v,
            out,
        );
    }
}

fn value_pairs(dialect: Dialect, key: &str, ty: &Ty, v: &Value, out: &mut Vec<(String, String)>) {
    match (ty, v) {
        (Ty::Scalar(s), v) => {
            if let Some(text) = binding::to_text(*s, v, false) {
                out.push((key.to_owned(), text));
            }
        }
        (Ty::Struct(shape), Value::Object(obj)) => struct_pairs(dialect, key, shape, obj, out),
        (Ty::List(item), Value::Array(items)) => {
            if items.is_empty() && dialect == Dialect::AwsQuery {
                out.push((key.to_owned(), String::new()));
            }
            let base = match dialect {
                Dialect::AwsQuery => join(key, item.name),
                Dialect::Ec2Query => key.to_owned(),
            };
            for (i, e) in items.iter().enumerate() {
                value_pairs(dialect, &format!("{base}.{}", i + 1), &item.ty, e, out);
            }
        }
        (Ty::Map(entry), Value::Object(map)) => {
            map_pairs(dialect, &join(key, "entry"), entry, map, out);
        }
        _ => {}
    }
}

/// A form body's pairs as a tree of their dotted keys.
#[derive(Debug, Default)]
struct Node {
    value: Option<String>,
    children: BTreeMap<String, Node>,
}

impl Node {
    /// Children named by 1-based indexes, in index order.
    fn indexed(&self) -> Result<Vec<&Node>, String> {
        let mut items: Vec<(u64, &Node)> = Vec::with_capacity(self.children.len());
        for (k, n) in &self.children {
            let i: u64 = k
                .parse()
                .ok()
                .filter(|i| *i > 0)
                .ok_or_else(|| format!("'{k}' is not a list index (1, 2, ...)"))?;
            items.push((i, n));
        }
        items.sort_by_key(|(i, _)| *i);
        Ok(items.into_iter().map(|(_, n)| n).collect())
    }
}

/// A parsed form body: `Action`, `Version` and the rest.
#[derive(Debug)]
pub struct Form {
    pub action: Option<String>,
    pub version: Option<String>,
    root: Node,
}

/// Parses a form body.
pub fn parse(body: &[u8]) -> Form {
    let mut root = Node::default();
    let mut action = None;
    let mut version = None;
    for (k, v) in form_urlencoded::parse(body) {
        match k.as_ref() {
            "Action" => action = Some(v.into_owned()),
            "Version" => version = Some(v.into_owned()),
            _ => {
                let mut at = &mut root;
                for seg in k.split('.') {
                    at = at.children.entry(seg.to_owned()).or_default();
                }
                at.value = Some(v.into_owned());
            }
        }
    }
    Form {
        action,
        version,
        root,
    }
}

impl Form {
    /// The JSON form of structure `shape` read from the pairs.
    pub fn read(&self, dialect: Dialect, shape: &Shape) -> Result<Value, String> {
        read_struct(dialect, &self.root, shape)
    }
}

fn read_struct(dialect: Dialect, node: &Node, shape: &Shape) -> Result<Value, String> {
    let mut obj = Map::new();
    for m in shape.members {
        let name = match dialect {
            Dialect::AwsQuery => m.name,
            Dialect::Ec2Query => m.query,
        };
        let Some(n) = node.children.get(name) else {
            continue;
        };
        let v = match &m.ty {
            Ty::List(item) if m.flattened || dialect == Dialect::Ec2Query => Value::Array(
                n.indexed()?
                    .into_iter()
                    .map(|e| read_value(dialect, e, &item.ty))
                    .collect::<Result<_, _>>()?,
            ),
            Ty::Map(entry) if m.flattened => read_entries(dialect, n, entry)?,
            ty => read_value(dialect, n, ty)?,
        };
        obj.insert(m.key.to_owned(), v);
    }
    Ok(Value::Object(obj))
}

fn read_entries(dialect: Dialect, node: &Node, entry: &Entry) -> Result<Value, String> {
    let mut map = Map::new();
    for e in node.indexed()? {
        let key = e
            .children
            .get(entry.key.name)
            .and_then(|k| k.value.clone())
            .ok_or_else(|| format!("a map entry without its '{}'", entry.key.name))?;
        let value = match e.children.get(entry.value.name) {
            Some(v) => read_value(dialect, v, &entry.value.ty)?,
            None => Value::Null,
        };
        map.insert(key, value);
    }
    Ok(Value::Object(map))
}

fn read_value(dialect: Dialect, node: &Node, ty: &Ty) -> Result<Value, String> {
    match ty {
        Ty::Scalar(s) => binding::from_text(*s, node.value.as_deref().unwrap_or_default(), false),
        Ty::Struct(shape) => read_struct(dialect, node, shape),
        Ty::List(item) => {
            let items = match dialect {
                Dialect::AwsQuery => match node.children.get(item.name) {
                    Some(n) => n.indexed()?,
                    None => Vec::new(),
                },
                Dialect::Ec2Query => node.indexed()?,
            };
            Ok(Value::Array(
                items
                    .into_iter()
                    .map(|e| read_value(dialect, e, &item.ty))
                    .collect::<Result<_, _>>()?,
            ))
        }
        Ty::Map(entry) => match node.children.get("entry") {
            Some(n) => read_entries(dialect, n, entry),
            None => Ok(Value::Object(Map::new())),
        },
    }
}
