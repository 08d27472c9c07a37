//! Stage 2, resolve: find the service and the closure of shapes it reaches
//! (operations, through resources too; their inputs, outputs and errors; every
//! member target), and refuse what the generator cannot express.

use std::collections::{BTreeMap, BTreeSet};

use crate::load::{Kind, Model, Shape, ShapeId};
use crate::Error;

/// Traits the generator understands. Anything else on a shape in the closure is
/// an error, so that nothing the model says is silently dropped.
const KNOWN_TRAITS: &[&str] = &[
    // Applied by the generator.
    "smithy.api#documentation",
    "smithy.api#required",
    "smithy.api#default",
    "smithy.api#clientOptional",
    "smithy.api#addedDefault",
    "smithy.api#length",
    "smithy.api#pattern",
    "smithy.api#range",
    "smithy.api#uniqueItems",
    "smithy.api#sparse",
    "smithy.api#enumValue",
    "smithy.api#enum",
    "smithy.api#error",
    "smithy.api#httpError",
    "smithy.api#retryable",
    "smithy.api#sensitive",
    "smithy.api#deprecated",
    "smithy.api#timestampFormat",
    "smithy.api#paginated",
    "smithy.api#idempotencyToken",
    "smithy.api#input",
    "smithy.api#output",
    "smithy.api#title",
    "aws.api#service",
    "aws.auth#sigv4",
    "aws.protocols#awsJson1_0",
    "aws.protocols#awsJson1_1",
    // Understood and deliberately without effect on awsJson code.
    "smithy.api#jsonName",     // awsJson ignores jsonName by specification
    "smithy.api#xmlNamespace", // XML protocols only
    "smithy.api#mediaType",    // a hint; the value is still a string or blob
    "smithy.api#idempotent",   // retry-safety hint; retries already cover 5xx and throttling
    "smithy.api#readonly",     // same
    "smithy.api#tags",         // model organisation
    "smithy.api#externalDocumentation",
    "smithy.api#examples",           // documentation examples
    "smithy.api#suppress",           // validator suppression
    "smithy.api#private",            // model visibility
    "smithy.api#unitType",           // the prelude's Unit
    "smithy.api#box",                // Smithy 1.0 nullability, implied by Option
    "smithy.api#httpHeader",         // not bound by awsJson
    "smithy.api#requestCompression", // optional for clients
    "smithy.api#auth",               // the service's sigv4 is the only scheme generated
    "smithy.api#optionalAuth",
    "smithy.api#recommended",
    "smithy.api#unstable",
    "smithy.api#since",
    "smithy.api#noReplace",
    "smithy.api#references",
    "smithy.api#resourceIdentifier",
    "smithy.api#nestedProperties",
    "smithy.api#property",
    "smithy.api#notProperty",
    "smithy.api#internal",
    "smithy.api#endpoint", // host prefixes apply to real AWS endpoints
    "smithy.api#hostLabel",
    "smithy.rules#endpointRuleSet",
    "smithy.rules#endpointTests",
    "smithy.rules#contextParam",
    "smithy.rules#staticContextParams",
    "smithy.rules#clientContextParams",
    "smithy.rules#operationContextParams",
    "smithy.test#smokeTests",
    "smithy.test#httpRequestTests",
    "smithy.test#httpResponseTests",
    "smithy.test#httpMalformedRequestTests",
    "smithy.waiters#waitable",
    "aws.api#arn",
    "aws.api#arnReference",
    "aws.api#clientEndpointDiscovery",
    "aws.api#clientDiscoveredEndpoint",
    "aws.api#controlPlane",
    "aws.api#dataPlane",
    "aws.api#data",
    "aws.api#tagEnabled",
    "aws.api#taggable",
    "aws.iam#actionPermissionDescription",
    "aws.iam#conditionKeys",
    "aws.iam#requiredActions",
    "aws.iam#iamResource",
    "aws.iam#defineConditionKeys",
    "aws.protocols#awsQueryCompatible",
    "aws.protocols#awsQueryError",
];

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

    let mut operations = BTreeMap::new();
    collect_operations(model, service, &mut operations, &mut BTreeSet::new())?;
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
        check_shape(model, shape)?;
        for m in &shape.members {
            stack.push((m.target.clone(), format!("{}${}", shape.id, m.name)));
        }
        shapes.insert(id, shape);
    }
    for op in operations.values() {
        check_traits(&op.id, &op.traits)?;
        for e in op.errors.iter().chain(&service.errors) {
            if !shapes[e].has_trait("error") {
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
    check_traits(&service.id, &service.traits)?;
    Ok(Closure {
        model,
        service,
        operations: operations.into_values().collect(),
        shapes,
    })
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

fn check_traits(id: &str, traits: &crate::load::Traits) -> Result<(), Error> {
    for t in traits.keys() {
        if !KNOWN_TRAITS.contains(&t.as_str()) {
            return Err(Error::shape(
                id,
                format!("uses trait `{t}`, which this generator does not support"),
            ));
        }
    }
    Ok(())
}

fn check_shape(model: &Model, shape: &Shape) -> Result<(), Error> {
    check_traits(&shape.id, &shape.traits)?;
    for m in &shape.members {
        check_traits(&format!("{}${}", shape.id, m.name), &m.traits)?;
    }
    match shape.kind {
        Kind::BigInteger | Kind::BigDecimal => Err(Error::shape(
            &shape.id,
            format!(
                "is a {}, which this generator does not support yet",
                shape.kind.name()
            ),
        )),
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
