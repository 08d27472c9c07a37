//! Stage 3, lower: the resolved model becomes a Rust IR: names (sanitized,
//! collision-checked), types, nullability, constraints and rustdoc. Emission
//! reads only this IR.

use std::collections::{BTreeMap, BTreeSet};

use crate::docs::to_rustdoc;
use crate::load::{Kind, Member, Shape, Typed};
use crate::resolve::Closure;
use crate::Error;

pub mod customize;
mod graph;
mod http;
mod ir;
pub mod names;
mod operations;
pub mod pattern;
pub mod protocol_cases;
mod service;
mod shapes;
mod types;
mod xml;

pub use ir::*;
pub use xml::XML_UNIT;

use graph::{box_recursion, mark_fallbacks};

use names::{NameTable, CRATE_API, MEMBER_RESERVED};

struct Lowerer<'c, 'm> {
    cx: &'c Closure<'m>,
    /// The AWS partitions data, for endpoint rules.
    partitions: Option<&'c crate::endpoints::PartitionsData>,
    /// Shape id -> Rust type name, for structures, unions and enums.
    type_names: BTreeMap<String, String>,
    /// Rust type name -> its index among the structures, unions or enums,
    /// which the IR holds sorted by name.
    type_index: BTreeMap<String, usize>,
    /// Rust type name of a structure (synthetic ones included) -> its builder.
    builders: BTreeMap<String, String>,
    /// Operation id -> its `Unit` input / output type names, when synthetic.
    unit_io: BTreeMap<(String, &'static str), String>,
    /// The server trait, the server and its operation enum.
    service_names: (String, String, String),
    /// Operation id -> (error enum, fluent builder, paginator).
    op_names: BTreeMap<String, (String, String, String)>,
    /// Collection codec function stems.
    fn_names: NameTable,
    patterns: Vec<PatternIr>,
    collections: BTreeMap<String, CollectionIr>,
}

fn docs_of(t: &Typed) -> Vec<String> {
    let mut lines = t
        .documentation
        .as_deref()
        .map(to_rustdoc)
        .unwrap_or_default();
    if let Some(dep) = &t.deprecated {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        let line = format!("**Deprecated**{}", deprecation_detail(dep));
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// ` (since X). message` of a `@deprecated` trait.
fn deprecation_detail(dep: &crate::load::typed::Deprecated) -> String {
    let since = dep
        .since
        .as_ref()
        .map(|s| format!(" (since {s})"))
        .unwrap_or_default();
    format!("{since}. {}", dep.message.as_deref().unwrap_or(""))
}

/// The `#[deprecated]` note of a `@deprecated` trait.
pub fn deprecation(t: &Typed) -> Option<String> {
    let dep = t.deprecated.as_ref()?;
    let note = format!("deprecated in the model{}", deprecation_detail(dep));
    Some(note.trim().to_owned())
}

fn member_id(shape: &Shape, m: &Member) -> String {
    format!("{}${}", shape.id, m.name)
}

/// Lowers a resolved closure.
///
/// `partitions` is the AWS partitions data (`partitions.json`); a service
/// with endpoint rules needs it.
pub fn lower(
    cx: &Closure<'_>,
    partitions: Option<&crate::endpoints::PartitionsData>,
) -> Result<Ir, Error> {
    let mut l = Lowerer {
        cx,
        partitions,
        type_names: BTreeMap::new(),
        type_index: BTreeMap::new(),
        builders: BTreeMap::new(),
        unit_io: BTreeMap::new(),
        op_names: BTreeMap::new(),
        service_names: Default::default(),
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
    let outputs: BTreeSet<&str> = cx
        .operations
        .iter()
        .filter_map(|o| o.output.as_deref())
        .collect();
    for shape in cx.shapes.values() {
        match shape.kind {
            Kind::Structure if shape.id != "smithy.api#Unit" => structs.push(l.structure(
                shape,
                inputs.contains(shape.id.as_str()),
                outputs.contains(shape.id.as_str()),
            )?),
            Kind::Union => unions.push(l.union(shape)?),
            Kind::Enum | Kind::IntEnum => enums.push(l.enumeration(shape)?),
            Kind::String if shape.t.enum_definitions.is_some() => enums.push(l.enumeration(shape)?),
            _ => {}
        }
    }
    let mut operations = Vec::new();
    for op in &cx.operations {
        let (o, synthetic) = l.operation(op)?;
        structs.extend(synthetic);
        operations.push(o);
    }
    let validation: BTreeSet<&String> = operations
        .iter()
        .filter_map(|o: &OperationIr| Some(&o.errors[o.validation?].ty.name))
        .collect();
    for s in &mut structs {
        s.validation_error = validation.contains(&s.name);
    }
    structs.sort_by(|a, b| a.name.cmp(&b.name));
    enums.sort_by(|a, b| a.name.cmp(&b.name));
    unions.sort_by(|a, b| a.name.cmp(&b.name));
    let mut warnings: Vec<String> = operations
        .iter()
        .zip(&cx.operations)
        .filter(|(o, _)| o.event_stream)
        .map(|(_, op)| {
            format!(
                "operation `{}` streams events outside an @httpPayload or an RPC body; it is generated, and answers \"event streams are not supported yet\" on both sides",
                op.id
            )
        })
        .collect();
    if let Some(e) = &service.endpoint {
        warnings.extend(e.disagreeing.iter().cloned());
    }
    operations::paginators(&structs, &mut operations, &mut warnings);
    http::name_statics(&mut operations);
    // `service` is bound mutably only here.
    let mut service = service;
    service.customizations = customize::for_service(&cx.service.id, &service.version, &operations);
    box_recursion(&mut structs, &mut unions);
    mark_fallbacks(&mut structs);
    let protocol_cases = protocol_cases::resolve(cx, &operations, &service.protocols)?;
    let event_cases = protocol_cases::resolve_events(cx, &operations, &service.protocols)?;
    let xml = l.xml_shapes()?;
    if !xml.is_empty() {
        link_xml(
            cx,
            &l.type_names,
            &xml,
            &mut structs,
            &mut unions,
            &mut operations,
        );
    }
    let ir = Ir {
        service,
        structs,
        enums,
        unions,
        collections: l.collections.into_values().collect(),
        patterns: l.patterns,
        operations,
        protocol_cases,
        event_cases,
        warnings,
        xml,
    };
    check_type_refs(&ir)?;
    Ok(ir)
}

impl<'m> Lowerer<'_, 'm> {
    fn shape(&self, id: &str) -> &'m Shape {
        self.cx.shapes[id]
    }

    /// The structure, union or enum generated for shape `id`.
    fn type_ref(&self, id: &str) -> TypeRef {
        self.type_ref_named(&self.type_names[id])
    }

    /// The structure, union or enum of Rust name `name`.
    fn type_ref_named(&self, name: &str) -> TypeRef {
        TypeRef {
            index: self.type_index[name],
            name: name.to_owned(),
        }
    }
}

/// Points operations and errors at their XML descriptions.
fn link_xml(
    cx: &Closure<'_>,
    type_names: &BTreeMap<String, String>,
    xml: &[XmlShapeIr],
    structs: &mut [StructIr],
    unions: &mut [UnionIr],
    operations: &mut [OperationIr],
) {
    let by_id: BTreeMap<&str, &XmlShapeIr> = xml.iter().map(|s| (s.id.as_str(), s)).collect();
    let by_rust: BTreeMap<&str, &str> = xml
        .iter()
        .map(|s| (type_names[&s.id].as_str(), s.static_name.as_str()))
        .collect();
    let service = &cx.service.t;
    // The root of a message: its `@httpPayload` structure (named by the
    // member's `@xmlName`, else the structure's), else the structure.
    let root = |io: &Option<String>, msg: &MessageIr| -> XmlRootIr {
        let Some(s) = io
            .as_deref()
            .and_then(|id| Some((cx.shapes.get(id)?, by_id.get(id)?)))
        else {
            return XmlRootIr {
                name: String::new(),
                ns: None,
                shape: xml::XML_UNIT.to_owned(),
            };
        };
        let (shape, desc) = s;
        let payload = msg
            .payload
            .as_ref()
            .filter(|p| matches!(p.kind, PayloadKindIr::Structure | PayloadKindIr::Json))
            .and_then(|p| {
                let m = shape.members.iter().find(|m| m.name == p.key)?;
                Some((m, *by_id.get(m.target.as_str())?))
            });
        match payload {
            Some((m, target)) => XmlRootIr {
                name: m.t.xml_name.clone().unwrap_or_else(|| target.name.clone()),
                ns: m.t.xml_namespace.clone().or_else(|| target.ns.clone()),
                shape: target.static_name.clone(),
            },
            None => XmlRootIr {
                name: desc.name.clone(),
                ns: desc.ns.clone(),
                shape: desc.static_name.clone(),
            },
        }
    };
    for (o, op) in operations.iter_mut().zip(&cx.operations) {
        let input = root(&op.input, &o.binding.input);
        let output = root(&op.output, &o.binding.output);
        o.binding.xml = Some(XmlOpIr {
            input,
            output,
            ns: service.xml_namespace.clone(),
            version: cx.service.version.clone().unwrap_or_default(),
            unwrapped_output: op.t.s3_unwrapped_xml_output,
            bare_errors: service.no_error_wrapping,
        });
    }
    for s in structs {
        if let Some(e) = &mut s.error {
            e.xml = by_rust.get(s.name.as_str()).map(|s| (*s).to_owned());
        }
    }
    // Event payloads in XML: their structure's description.
    for e in unions
        .iter_mut()
        .flat_map(|u| u.events.iter_mut().flatten())
    {
        e.xml = e
            .payload_shape
            .as_deref()
            .and_then(|id| by_id.get(id))
            .map(|d| d.static_name.clone());
    }
}

/// Checks that every [`TypeRef`] handed out points where its name says: the
/// indices were given before the types were lowered.
fn check_type_refs(ir: &Ir) -> Result<(), Error> {
    let name_at = |kind: TypeKind, i: usize| match kind {
        TypeKind::Struct => ir.structs.get(i).map(|s| &s.name),
        TypeKind::Union => ir.unions.get(i).map(|u| &u.name),
        TypeKind::Enum => ir.enums.get(i).map(|e| &e.name),
    };
    let mut bad = None;
    let mut check = |t: &Ty| {
        let Some((kind, r)) = t.named_kind() else {
            return;
        };
        if name_at(kind, r.index) != Some(&r.name) {
            bad = Some(r.name.clone());
        }
    };
    for s in &ir.structs {
        s.members.iter().for_each(|m| check(&m.ty));
    }
    for u in &ir.unions {
        u.variants.iter().for_each(|v| check(&v.ty));
    }
    for o in &ir.operations {
        check(&Ty::Struct(o.input.clone()));
        check(&Ty::Struct(o.output.clone()));
        o.errors
            .iter()
            .for_each(|e| check(&Ty::Struct(e.ty.clone())));
    }
    match bad {
        Some(name) => Err(Error::Internal(format!(
            "type `{name}` is not where the IR says it is"
        ))),
        None => Ok(()),
    }
}
