//! XML descriptions (restXml, awsQuery, ec2Query): for every structure and
//! union, its element name and namespace, and for each member its element
//! or attribute name, its query key, whether it is flattened and its type
//! as XML sees it. Emitted as `rt::xml::Shape` statics; the runtime reads
//! and writes XML bodies and query forms through them.

use heck::ToShoutySnakeCase;

use super::*;
use crate::load::{Kind, Member, Shape};
use crate::Error;

impl<'m> Lowerer<'_, 'm> {
    /// The service speaks an XML protocol: its shapes get XML descriptions.
    pub(super) fn is_xml(&self) -> bool {
        self.cx.service.t.is_xml()
    }

    /// Whether the service speaks ec2Query (its query keys differ).
    fn is_ec2(&self) -> bool {
        self.cx
            .service
            .t
            .protocols
            .contains(&crate::load::typed::ProtocolTrait::Ec2Query)
    }

    /// The XML descriptions of every structure and union, with unique
    /// static names; empty unless the service speaks an XML protocol.
    pub(super) fn xml_shapes(&self) -> Result<Vec<XmlShapeIr>, Error> {
        if !self.is_xml() {
            return Ok(Vec::new());
        }
        let mut table = NameTable::new(&[XML_UNIT]);
        let shapes: Vec<(&Shape, bool)> = self
            .cx
            .shapes
            .values()
            .filter_map(|shape| match shape.kind {
                Kind::Structure if shape.id != "smithy.api#Unit" => Some((*shape, false)),
                Kind::Union => Some((*shape, true)),
                _ => None,
            })
            .collect();
        let names: BTreeMap<&str, String> = shapes
            .iter()
            .map(|(shape, _)| {
                let rust = &self.type_names[&shape.id];
                let name = table.claim(&shape.id, &[rust.to_shouty_snake_case()], "_");
                (shape.id.as_str(), name)
            })
            .collect();
        let mut out = Vec::new();
        for (shape, union) in shapes {
            let static_name = names[shape.id.as_str()].clone();
            let members = shape
                .members
                .iter()
                .map(|m| self.xml_member(shape, m, &names))
                .collect::<Result<_, _>>()?;
            out.push(XmlShapeIr {
                id: shape.id.clone(),
                static_name,
                name: shape
                    .t
                    .xml_name
                    .clone()
                    .unwrap_or_else(|| shape.name().to_owned()),
                ns: shape.t.xml_namespace.clone(),
                members,
                union,
            });
        }
        out.sort_by(|a, b| a.static_name.cmp(&b.static_name));
        Ok(out)
    }

    fn xml_member(
        &self,
        shape: &Shape,
        m: &Member,
        names: &BTreeMap<&str, String>,
    ) -> Result<XmlMemberIr, Error> {
        let id = member_id(shape, m);
        let name = m.t.xml_name.clone().unwrap_or_else(|| m.name.clone());
        let query = match &m.t.ec2_query_name {
            Some(n) if self.is_ec2() => n.clone(),
            _ if self.is_ec2() => capitalize(&name),
            _ => name.clone(),
        };
        let ty = self.xml_ty(&m.target, &m.t, &id, names)?;
        if m.t.xml_attribute && !matches!(ty, XmlTyIr::Scalar(_)) {
            return Err(Error::shape(
                &id,
                "is an @xmlAttribute member that is not a simple value",
            ));
        }
        Ok(XmlMemberIr {
            key: self.wire_name(m),
            name,
            query,
            attribute: m.t.xml_attribute,
            flattened: m.t.xml_flattened,
            ns: m.t.xml_namespace.clone(),
            ty,
        })
    }

    fn xml_item(
        &self,
        owner: &Shape,
        m: &Member,
        default: &str,
        names: &BTreeMap<&str, String>,
    ) -> Result<XmlItemIr, Error> {
        Ok(XmlItemIr {
            name: m.t.xml_name.clone().unwrap_or_else(|| default.to_owned()),
            ns: m.t.xml_namespace.clone(),
            ty: self.xml_ty(&m.target, &m.t, &member_id(owner, m), names)?,
        })
    }

    fn xml_ty(
        &self,
        target: &str,
        traits: &crate::load::Typed,
        id: &str,
        names: &BTreeMap<&str, String>,
    ) -> Result<XmlTyIr, Error> {
        let shape = self.shape(target);
        Ok(match shape.kind {
            Kind::Structure | Kind::Union => XmlTyIr::Struct(
                names
                    .get(shape.id.as_str())
                    .cloned()
                    .unwrap_or_else(|| XML_UNIT.to_owned()),
            ),
            Kind::List | Kind::Set => XmlTyIr::List(Box::new(self.xml_item(
                shape,
                &shape.members[0],
                "member",
                names,
            )?)),
            Kind::Map => XmlTyIr::Map(
                Box::new(self.xml_item(shape, &shape.members[0], "key", names)?),
                Box::new(self.xml_item(shape, &shape.members[1], "value", names)?),
            ),
            Kind::Document => {
                return Err(Error::shape(
                    id,
                    "is a document, which the XML protocols cannot carry",
                ))
            }
            // A streaming blob is an `@httpPayload`, never in a document.
            Kind::Blob if shape.t.streaming => XmlTyIr::Scalar(ScalarIr::Blob),
            _ => {
                let json = super::types::timestamp_format(shape, traits, self.body_ts_default());
                let scalar = super::http::scalar(shape, json, json).ok_or_else(|| {
                    Error::shape(id, format!("is a {} in an XML body", shape.kind.name()))
                })?;
                XmlTyIr::Scalar(scalar)
            }
        })
    }
}

/// The static of an empty structure (a `Unit` input or output).
pub const XML_UNIT: &str = "UNIT";

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
