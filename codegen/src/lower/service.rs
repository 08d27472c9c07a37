//! The service facts and the type-level names table.

use crate::load::typed::ProtocolTrait;
use heck::{ToKebabCase, ToUpperCamelCase};

use super::*;
use crate::load::Kind;
use crate::naming;
use crate::Error;

impl<'m> Lowerer<'_, 'm> {
    /// Claims every type-level name, in the order `names` documents.
    pub(super) fn name_types(&mut self) -> Result<(), Error> {
        let mut table = NameTable::new(naming::RESERVED_TYPES);
        let both = |n: &str, alt: &str| vec![n.to_owned(), format!("{n}{alt}")];
        for shape in self.cx.shapes.values() {
            let named = matches!(
                shape.kind,
                Kind::Structure | Kind::Union | Kind::Enum | Kind::IntEnum
            ) || (shape.kind == Kind::String && shape.t.enum_definitions.is_some());
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

    pub(super) fn service(&self) -> Result<ServiceIr, Error> {
        let s = self.cx.service;
        let protocol = match s.t.protocol {
            Some(ProtocolTrait::AwsJson11) => Protocol::AwsJson11,
            Some(ProtocolTrait::AwsJson10) => Protocol::AwsJson10,
            None => {
                return Err(Error::shape(
                    &s.id,
                    "has no supported protocol trait (aws.protocols#awsJson1_0 or awsJson1_1)",
                ))
            }
        };
        let api = s.t.aws_service.clone().unwrap_or_default();
        let sdk_id = api.sdk_id.as_deref().unwrap_or_else(|| s.name());
        let signing_name =
            s.t.sigv4_name
                .clone()
                .unwrap_or_else(|| sdk_id.to_kebab_case());
        let endpoint_prefix = api
            .endpoint_prefix
            .clone()
            .unwrap_or_else(|| signing_name.clone());
        let title = s.t.title.as_deref().unwrap_or(sdk_id).to_owned();
        let prefix = sdk_id.to_kebab_case();
        if prefix.is_empty() {
            return Err(Error::shape(&s.id, "has an empty sdkId"));
        }
        Ok(ServiceIr {
            shape_name: s.name().to_owned(),
            trait_name: naming::type_name(&sdk_id.to_upper_camel_case()),
            crate_prefix: prefix,
            title,
            docs: docs_of(&s.t),
            protocol,
            signing_name,
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
        })
    }
}
