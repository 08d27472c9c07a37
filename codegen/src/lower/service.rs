//! The service facts and the type-level names table.

use crate::load::typed::{AuthDef, ProtocolTrait};
use heck::{ToKebabCase, ToUpperCamelCase};

use super::*;
use crate::load::Kind;
use crate::naming;
use crate::Error;

impl<'m> Lowerer<'_, 'm> {
    /// The auth schemes an `@auth` list (`listed`, on `owner`) names, or
    /// without one every auth trait of the service in shape-id order.
    fn auth_list(&self, listed: Option<&[String]>, owner: &str) -> Result<Vec<AuthIr>, Error> {
        let defs = &self.cx.service.t.auth_schemes;
        let ir = |id: &str, def: &AuthDef| -> Result<AuthIr, Error> {
            Ok(match def {
                AuthDef::SigV4 => AuthIr::SigV4,
                AuthDef::Bearer => AuthIr::Bearer,
                AuthDef::Basic => AuthIr::Basic,
                AuthDef::ApiKey {
                    name,
                    query,
                    scheme,
                } => AuthIr::ApiKey {
                    name: name.clone(),
                    query: *query,
                    scheme: scheme.clone(),
                },
                AuthDef::Digest => {
                    return Err(Error::shape(
                        owner,
                        format!("uses `{id}`: HTTP Digest authentication (a challenge and response) is not generated"),
                    ))
                }
            })
        };
        match listed {
            None => defs.iter().map(|(id, d)| ir(id, d)).collect(),
            Some(ids) => ids
                .iter()
                .map(|id| {
                    if id == "smithy.api#noAuth" {
                        return Ok(AuthIr::NoAuth);
                    }
                    let def = defs.get(id).ok_or_else(|| {
                        Error::shape(
                            owner,
                            format!("has @auth naming `{id}`, which is not an auth trait of the service"),
                        )
                    })?;
                    ir(id, def)
                })
                .collect(),
        }
    }

    /// `aws.api#clientEndpointDiscovery`: the operation (which must be one
    /// of the service's) and the stale-endpoint error.
    fn endpoint_discovery(&self) -> Result<Option<DiscoveryIr>, Error> {
        let s = self.cx.service;
        let Some((op, error)) = &s.t.endpoint_discovery else {
            return Ok(None);
        };
        let found = self.cx.operations.iter().find(|o| o.id == *op).ok_or_else(|| {
            Error::shape(
                &s.id,
                format!("names `{op}` as its endpoint discovery operation, which is not one of its operations"),
            )
        })?;
        Ok(Some(DiscoveryIr {
            operation: found.name().to_owned(),
            error: error
                .as_deref()
                .map(|e| crate::load::short_name(e).to_owned()),
            required_by_any: self
                .cx
                .operations
                .iter()
                .any(|o| o.t.discovered_endpoint == Some(true)),
        }))
    }

    /// An operation's auth schemes, most preferred first: its `@auth`, else
    /// the service's; `@optionalAuth` adds `noAuth` last.
    pub(super) fn operation_auth(&self, op: &Shape) -> Result<Vec<AuthIr>, Error> {
        let service = self.cx.service;
        let mut list = match &op.t.auth {
            Some(ids) => self.auth_list(Some(ids), &op.id)?,
            None => self.auth_list(service.t.auth.as_deref(), &service.id)?,
        };
        // `@auth([])` says "no auth"; `@optionalAuth` that none is needed.
        let explicit_none = list.is_empty() && (op.t.auth.is_some() || service.t.auth.is_some());
        if (op.t.optional_auth || explicit_none) && !list.contains(&AuthIr::NoAuth) {
            list.push(AuthIr::NoAuth);
        }
        Ok(list)
    }

    /// Claims every type-level name, in the order `names` documents.
    pub(super) fn name_types(&mut self) -> Result<(), Error> {
        let mut table = NameTable::new(CRATE_API);
        let both = |n: &str, alt: &str| vec![n.to_owned(), format!("{n}{alt}")];
        // The names of the structures, unions and enums, by `TypeKind`.
        let mut kinds: [Vec<String>; 3] = Default::default();
        for shape in self.cx.shapes.values() {
            let kind = match shape.kind {
                _ if shape.id == "smithy.api#Unit" => continue,
                Kind::Structure => TypeKind::Struct,
                Kind::Union => TypeKind::Union,
                Kind::Enum | Kind::IntEnum => TypeKind::Enum,
                Kind::String if shape.t.enum_definitions.is_some() => TypeKind::Enum,
                _ => continue,
            };
            let n = naming::type_name(shape.name());
            let name = table.claim(&shape.id, &both(&n, "Shape"), "");
            kinds[kind as usize].push(name.clone());
            self.type_names.insert(shape.id.clone(), name);
        }
        for op in &self.cx.operations {
            let n = naming::type_name(op.name());
            for (io, suffix) in [(&op.input, "Input"), (&op.output, "Output")] {
                if io.is_none() {
                    let name = table.claim(
                        &op.id,
                        &[format!("{n}{suffix}"), format!("{n}Operation{suffix}")],
                        "",
                    );
                    kinds[TypeKind::Struct as usize].push(name.clone());
                    self.unit_io.insert((op.id.clone(), suffix), name);
                }
            }
        }
        // The IR holds each kind sorted by name: that order gives the indices.
        for names in &mut kinds {
            names.sort();
            for (i, name) in names.iter().enumerate() {
                self.type_index.insert(name.clone(), i);
            }
        }
        let [structs, ..] = kinds;
        for s in structs {
            let b = table.claim(&s, &[format!("{s}Builder"), format!("{s}ShapeBuilder")], "");
            self.builders.insert(s, b);
        }
        let svc = naming::type_name(&self.sdk_id().to_upper_camel_case());
        let service_trait = table.claim("(service trait)", &both(&svc, "Service"), "");
        let server = table.claim("(server)", &[format!("{service_trait}Server")], "");
        let operation_enum = table.claim("(operations)", &both("Operation", "Name"), "");
        self.service_names = (service_trait, server, operation_enum);
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

    /// `aws.api#service` `sdkId`, else the service shape's name.
    fn sdk_id(&self) -> &'m str {
        let s = self.cx.service;
        s.t.aws_service
            .as_ref()
            .and_then(|a| a.sdk_id.as_deref())
            .unwrap_or_else(|| s.name())
    }

    pub(super) fn service(&self) -> Result<ServiceIr, Error> {
        let s = self.cx.service;
        let protocols: Vec<Protocol> =
            s.t.protocols
                .iter()
                .map(|p| match p {
                    ProtocolTrait::AwsJson11 => Protocol::AwsJson11,
                    ProtocolTrait::AwsJson10 => Protocol::AwsJson10,
                    ProtocolTrait::RestJson1 => Protocol::RestJson1,
                    ProtocolTrait::RpcV2Cbor => Protocol::RpcV2Cbor,
                    ProtocolTrait::RpcV2Json => Protocol::RpcV2Json,
                    ProtocolTrait::RestXml => Protocol::RestXml,
                    ProtocolTrait::AwsQuery => Protocol::AwsQuery,
                    ProtocolTrait::Ec2Query => Protocol::Ec2Query,
                })
                .collect();
        if protocols.is_empty() {
            return Err(Error::shape(
                &s.id,
                "has no supported protocol trait (aws.protocols#awsJson1_0, awsJson1_1, restJson1, restXml, awsQuery, ec2Query, smithy.protocols#rpcv2Cbor or rpcv2Json)",
            ));
        }
        let rest = protocols.iter().any(|p| p.is_rest());
        let api = s.t.aws_service.clone().unwrap_or_default();
        let sdk_id = self.sdk_id();
        let signing_name =
            s.t.sigv4_name
                .clone()
                .unwrap_or_else(|| sdk_id.to_kebab_case());
        let endpoint_prefix = api
            .endpoint_prefix
            .clone()
            .unwrap_or_else(|| signing_name.clone());
        let title = s.t.title.as_deref().unwrap_or(sdk_id).to_owned();
        let prefix = crate_prefix(
            s.t.aws_service.as_ref().and_then(|a| a.sdk_id.as_deref()),
            s.name(),
        );
        if prefix.is_empty() {
            return Err(Error::shape(&s.id, "has an empty sdkId"));
        }
        Ok(ServiceIr {
            shape_name: s.name().to_owned(),
            trait_name: self.service_names.0.clone(),
            server_name: self.service_names.1.clone(),
            operation_enum: self.service_names.2.clone(),
            crate_prefix: prefix,
            title,
            docs: docs_of(&s.t),
            protocols,
            rest,
            signing_name,
            auth: self.auth_list(s.t.auth.as_deref(), &s.id)?,
            endpoint_discovery: self.endpoint_discovery()?,
            customizations: Vec::new(),
            endpoint_prefix,
            version: s.version.clone().unwrap_or_default(),
            query_compatible: s.t.aws_query_compatible,
            retryable_errors: self
                .cx
                .shapes
                .values()
                .filter(|e| e.t.error.is_some() && e.t.retryable.is_some())
                .map(|e| e.name().to_owned())
                .collect(),
            endpoint: self.endpoint_rules()?,
        })
    }

    /// The service's endpoint rules, loaded (so a bad rule set is an error
    /// naming the service), with its test cases checked against the
    /// partitions data.
    fn endpoint_rules(&self) -> Result<Option<EndpointIr>, Error> {
        use codegen_rt::endpoint::TestCase;
        let s = self.cx.service;
        let Some(rules) = crate::endpoints::rules(s)? else {
            return Ok(None);
        };
        let partitions = self.partitions.ok_or_else(|| {
            Error::shape(
                &s.id,
                "has endpoint rules, but no AWS partitions data was given (--partitions)",
            )
        })?;
        let compact = |v: &serde_json::Value| {
            serde_json::to_string(v).map_err(|e| Error::Internal(e.to_string()))
        };
        let mut kept = Vec::new();
        let mut disagreeing = Vec::new();
        for (i, c) in s.t.endpoint_tests.iter().flatten().enumerate() {
            let case = TestCase::from_json(c, i).map_err(|e| Error::shape(&s.id, e.to_string()))?;
            match case.check(&rules.set, &partitions.parsed) {
                Ok(()) => kept.push(c.clone()),
                Err(diff) => disagreeing.push(format!(
                    "endpoint test `{}` disagrees with the partitions data, left out of the client's tests: {}",
                    case.documentation,
                    diff
                )),
            }
        }
        Ok(Some(EndpointIr {
            rules: compact(rules.json)?,
            bdd: rules.bdd,
            partitions: partitions.json.clone(),
            test_count: kept.len(),
            tests: compact(&serde_json::Value::Array(kept))?,
            disagreeing,
        }))
    }
}

/// The crates' name prefix. With an `aws.api#service` `sdkId`, as the AWS
/// SDKs name their crates: lower case, spaces and hyphens dropped, a final
/// "Service" dropped ("DynamoDB" -> `dynamodb`, "Marketplace Entitlement
/// Service" -> `marketplaceentitlement`). Without one, the service shape's
/// name in kebab case.
fn crate_prefix(sdk_id: Option<&str>, shape_name: &str) -> String {
    match sdk_id {
        Some(id) => {
            let words: Vec<&str> = id.split_whitespace().collect();
            let words = match words.split_last() {
                Some((last, rest)) if !rest.is_empty() && last.eq_ignore_ascii_case("service") => {
                    rest
                }
                _ => &words[..],
            };
            words
                .concat()
                .chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .map(|c| c.to_ascii_lowercase())
                .collect()
        }
        None => shape_name.to_kebab_case(),
    }
}

#[cfg(test)]
mod tests {
    use super::crate_prefix;

    #[test]
    fn crate_names_follow_the_aws_sdks() {
        for (sdk_id, want) in [
            ("DynamoDB", "dynamodb"),
            ("Marketplace Entitlement Service", "marketplaceentitlement"),
            ("Cost and Usage Report Service", "costandusagereport"),
            ("Service Catalog", "servicecatalog"),
            ("API Gateway", "apigateway"),
            ("Elastic Load Balancing v2", "elasticloadbalancingv2"),
            ("ECR", "ecr"),
            ("S3 Control", "s3control"),
        ] {
            assert_eq!(crate_prefix(Some(sdk_id), "X"), want, "{sdk_id}");
        }
        assert_eq!(crate_prefix(None, "GateKeeper"), "gate-keeper");
    }
}
