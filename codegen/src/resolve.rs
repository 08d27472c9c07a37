//! Stage 2, resolve: find the service and the closure of shapes it reaches
//! (operations, through resources too; their inputs, outputs and errors; every
//! member target), and refuse what the generator cannot express.

use std::collections::{BTreeMap, BTreeSet};

use crate::load::{Kind, Model, Shape, ShapeId};
use crate::traits::{handling, Handling};
use crate::Error;

/// The service and everything it needs.
#[derive(Debug)]
pub struct Closure<'m> {
    pub model: &'m Model,
    pub service: &'m Shape,
    /// Operations in name order.
    pub operations: Vec<&'m Shape>,
    /// Every shape reachable from the operations and service errors (prelude included).
    pub shapes: BTreeMap<ShapeId, &'m Shape>,
}

/// Finds the service (`service` picks one when the model has several) and its closure.
pub fn resolve<'m>(model: &'m Model, service: Option<&str>) -> Result<Closure<'m>, Error> {
    let services: Vec<&Shape> = model
        .shapes
        .values()
        .filter(|s| s.kind == Kind::Service)
        .collect();
    let service = match (service, services.as_slice()) {
        (Some(id), _) => services
            .iter()
            .find(|s| s.id == id || s.name() == id)
            .copied()
            .ok_or_else(|| Error::Model(format!("the model has no service `{id}`")))?,
        (None, [one]) => one,
        (None, []) => return Err(Error::Model("the model defines no service".into())),
        (None, many) => {
            let names: Vec<_> = many.iter().map(|s| s.id.as_str()).collect();
            return Err(Error::Model(format!(
                "the model defines several services ({}); choose one with --service",
                names.join(", ")
            )));
        }
    };

    check_protocol(model, service)?;
    let mut operations = BTreeMap::new();
    collect_operations(model, service, &mut operations, &mut BTreeSet::new())?;
    let rest = service.t.is_rest();
    let mut shapes = BTreeMap::new();
    let mut stack: Vec<(ShapeId, String)> = Vec::new();
    for e in &service.errors {
        stack.push((e.clone(), service.id.clone()));
    }
    for op in operations.values() {
        for t in op.input.iter().chain(&op.output).chain(&op.errors) {
            stack.push((t.clone(), op.id.clone()));
        }
    }
    while let Some((id, user)) = stack.pop() {
        if shapes.contains_key(&id) {
            continue;
        }
        let shape = model.expect(&id, &user)?;
        check_shape(model, shape, rest)?;
        for m in &shape.members {
            stack.push((m.target.clone(), format!("{}${}", shape.id, m.name)));
        }
        shapes.insert(id, shape);
    }
    for op in operations.values() {
        check_traits(model, &op.id, &op.traits)?;
        for e in op.errors.iter().chain(&service.errors) {
            if shapes[e].t.error.is_none() {
                return Err(Error::shape(
                    &op.id,
                    format!("lists `{e}` as an error, but it has no @error trait"),
                ));
            }
        }
        for io in op.input.iter().chain(&op.output) {
            if shapes[io].kind != Kind::Structure {
                return Err(Error::shape(
                    &op.id,
                    format!("has input or output `{io}`, which is not a structure"),
                ));
            }
        }
    }
    check_traits(model, &service.id, &service.traits)?;
    Ok(Closure {
        model,
        service,
        operations: operations.into_values().collect(),
        shapes,
    })
}

/// The service's protocol comes first: a service in a protocol this
/// generator does not speak is refused for that reason, before anything its
/// shapes use in that protocol is looked at.
fn check_protocol(model: &Model, service: &Shape) -> Result<(), Error> {
    if !service.t.protocols.is_empty() {
        return Ok(());
    }
    let theirs: Vec<&str> = service
        .traits
        .keys()
        .map(String::as_str)
        .filter(|t| {
            t.starts_with("aws.protocols#") && !t.ends_with("awsQueryCompatible")
                || model
                    .shape(t)
                    .is_some_and(|s| s.traits.contains_key("smithy.api#protocolDefinition"))
        })
        .collect();
    Err(Error::shape(
        &service.id,
        if theirs.is_empty() {
            "has no protocol trait; generated protocols: aws.protocols#awsJson1_0, awsJson1_1, restJson1, restXml, awsQuery, ec2Query, smithy.protocols#rpcv2Cbor, rpcv2Json".to_string()
        } else {
            format!(
                "uses protocol {}, which this generator does not generate yet (it generates aws.protocols#awsJson1_0, awsJson1_1, restJson1, restXml, awsQuery, ec2Query, smithy.protocols#rpcv2Cbor, rpcv2Json)",
                theirs.join(", ")
            )
        },
    ))
}

fn collect_operations<'m>(
    model: &'m Model,
    container: &'m Shape,
    out: &mut BTreeMap<String, &'m Shape>,
    seen_resources: &mut BTreeSet<String>,
) -> Result<(), Error> {
    for id in &container.operations {
        let op = model.expect(id, &container.id)?;
        if op.kind != Kind::Operation {
            return Err(Error::shape(
                &container.id,
                format!(
                    "lists `{id}` as an operation, but it is a {}",
                    op.kind.name()
                ),
            ));
        }
        if let Some(other) = out.insert(op.name().to_owned(), op) {
            if other.id != op.id {
                return Err(Error::shape(
                    &op.id,
                    format!(
                        "has the same name as `{}`; operation names must be unique in a service",
                        other.id
                    ),
                ));
            }
        }
    }
    for id in &container.resources {
        if !seen_resources.insert(id.clone()) {
            continue;
        }
        let r = model.expect(id, &container.id)?;
        collect_operations(model, r, out, seen_resources)?;
    }
    Ok(())
}

fn check_traits(model: &Model, id: &str, traits: &crate::load::Traits) -> Result<(), Error> {
    for t in traits.keys() {
        if let Handling::Refused(why) = handling(t, model) {
            return Err(Error::shape(
                id,
                format!("uses trait `{t}`, which this generator refuses: {why}"),
            ));
        }
    }
    Ok(())
}

fn check_shape(model: &Model, shape: &Shape, rest: bool) -> Result<(), Error> {
    check_traits(model, &shape.id, &shape.traits)?;
    for m in &shape.members {
        check_traits(model, &format!("{}${}", shape.id, m.name), &m.traits)?;
    }
    if shape.kind == Kind::Blob && shape.t.streaming && !rest {
        return Err(Error::shape(
            &shape.id,
            "is a @streaming blob, which awsJson protocols cannot carry",
        ));
    }
    match shape.kind {
        Kind::Service | Kind::Resource | Kind::Operation => Err(Error::shape(
            &shape.id,
            format!("is a {} used as a member target", shape.kind.name()),
        )),
        Kind::Map => {
            let key = model.expect(&shape.members[0].target, &shape.id)?;
            if !matches!(key.kind, Kind::String | Kind::Enum) {
                return Err(Error::shape(
                    &shape.id,
                    "has a map key that is not a string",
                ));
            }
            Ok(())
        }
        _ => Ok(()),
    }
}
