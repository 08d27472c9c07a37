//! restJson1 HTTP bindings: where each member of an input, output or error
//! travels, checked against the `@http` URI pattern.

use super::*;
use crate::load::typed::HttpBinding;
use crate::load::{Kind, Member, Shape};
use crate::Error;

/// Which message a structure is, for the binding rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    Input,
    Output,
    Error,
}

impl<'m> Lowerer<'_, 'm> {
    /// The service speaks restJson1: operations are bound by `@http`.
    pub(super) fn is_rest(&self) -> bool {
        self.cx.service.t.is_rest()
    }

    /// Every protocol the service speaks ignores `@timestampFormat` in
    /// bodies (the rpcv2 protocols write epoch seconds).
    pub(super) fn epoch_timestamps(&self) -> bool {
        use crate::load::typed::ProtocolTrait;
        let ps = &self.cx.service.t.protocols;
        !ps.is_empty()
            && ps
                .iter()
                .all(|p| matches!(p, ProtocolTrait::RpcV2Cbor | ProtocolTrait::RpcV2Json))
    }

    /// The timestamp format of bodies when a member has no
    /// `@timestampFormat`: date-time in XML, epoch seconds in JSON and CBOR.
    pub(super) fn body_ts_default(&self) -> TsFormat {
        if self.cx.service.t.is_xml() {
            TsFormat::DateTime
        } else {
            TsFormat::EpochSeconds
        }
    }

    /// The key of member `m` in its structure's JSON form: `@jsonName` in
    /// restJson1, the member name otherwise.
    pub(super) fn wire_name(&self, m: &Member) -> String {
        use crate::load::typed::ProtocolTrait;
        let ps = &self.cx.service.t.protocols;
        match &m.t.json_name {
            Some(n) if ps.contains(&ProtocolTrait::RestJson1) => n.clone(),
            _ => m.name.clone(),
        }
    }

    /// An RPC operation's binding (awsJson, rpcv2): `POST`, routed on the
    /// operation's name, every member in the body; no body for a `Unit`
    /// input or output.
    pub(super) fn rpc_binding(&self, op: &Shape) -> HttpIr {
        let message = |io: &Option<String>| {
            let mut msg = MessageIr {
                body: io.is_some(),
                ..MessageIr::default()
            };
            // An event stream is the body (awsJson, rpcv2; the query
            // protocols have none); the other members travel in its
            // initial message.
            let stream = io.iter().flat_map(|io| &self.shape(io).members).find(|m| {
                let t = self.shape(&m.target);
                t.kind == Kind::Union && t.t.streaming
            });
            if let Some(m) = stream.filter(|_| !self.is_xml()) {
                msg.stream_field = Some(crate::naming::field(&m.name));
                msg.events = Some(self.type_ref(&m.target));
                msg.payload = Some(PayloadIr {
                    key: self.wire_name(m),
                    kind: PayloadKindIr::Events,
                    media_type: None,
                });
            }
            msg
        };
        HttpIr {
            // Claimed once all operations are lowered (`name_statics`).
            static_name: String::new(),
            method: "POST".to_owned(),
            uri: "/".to_owned(),
            code: 200,
            input: message(&op.input),
            output: message(&op.output),
            xml: None,
        }
    }

    /// The operation's `@http` binding, or an error naming what is wrong.
    pub(super) fn http(&self, op: &Shape) -> Result<HttpIr, Error> {
        let h = op.t.http.as_ref().ok_or_else(|| {
            Error::shape(
                &op.id,
                "has no @http trait, which restJson1 and restXml need",
            )
        })?;
        let input = match &op.input {
            Some(i) => self.message(self.shape(i), Side::Input)?,
            None => MessageIr::default(),
        };
        let output = match &op.output {
            Some(o) => self.message(self.shape(o), Side::Output)?,
            None => MessageIr::default(),
        };
        self.check_labels(op, &h.uri, &input)?;
        Ok(HttpIr {
            // Claimed once all operations are lowered (`name_statics`).
            static_name: String::new(),
            method: h.method.clone(),
            uri: h.uri.clone(),
            code: h.code,
            input,
            output,
            xml: None,
        })
    }

    /// Every `{label}` of the URI names a label member, and the other way round.
    fn check_labels(&self, op: &Shape, uri: &str, input: &MessageIr) -> Result<(), Error> {
        let path = uri.split('?').next().unwrap_or(uri);
        let mut in_uri = Vec::new();
        for seg in path.split('/') {
            if let Some(l) = seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                in_uri.push(l.trim_end_matches('+').to_owned());
            } else if seg.contains('{') || seg.contains('}') {
                return Err(Error::shape(
                    &op.id,
                    format!("has URI '{uri}' with a label that is not a whole segment"),
                ));
            }
        }
        let labels: Vec<&String> = input
            .bindings
            .iter()
            .filter_map(|b| match &b.loc {
                LocIr::Label(n) => Some(n),
                _ => None,
            })
            .collect();
        for l in &in_uri {
            if !labels.contains(&l) {
                return Err(Error::shape(
                    &op.id,
                    format!(
                        "has URI label {{{l}}} without an @httpLabel input member of that name"
                    ),
                ));
            }
        }
        for l in labels {
            if !in_uri.contains(l) {
                return Err(Error::shape(
                    &op.id,
                    format!("has @httpLabel member {l}, which its URI '{uri}' does not name"),
                ));
            }
        }
        Ok(())
    }

    /// Where the members of `shape` travel.
    pub(super) fn message(&self, shape: &Shape, side: Side) -> Result<MessageIr, Error> {
        let mut msg = MessageIr {
            empty_structure: side == Side::Input && shape.members.is_empty(),
            ..MessageIr::default()
        };
        for m in &shape.members {
            let id = member_id(shape, m);
            let key = self.wire_name(m);
            let target = self.shape(&m.target);
            // A binding that does not apply to this side is ignored: the
            // member travels in the body (`IgnoreQueryParamsInResponse`).
            let binding = m.t.http_binding.as_ref().filter(|b| applies(b, side));
            let loc = match binding {
                None => {
                    msg.body = true;
                    continue;
                }
                Some(HttpBinding::Payload) => {
                    if msg.payload.is_some() {
                        return Err(Error::shape(&id, "is a second @httpPayload member"));
                    }
                    let kind = payload_kind(target).ok_or_else(|| {
                        Error::shape(
                            &id,
                            format!("is an @httpPayload of a {}", target.kind.name()),
                        )
                    })?;
                    if matches!(kind, PayloadKindIr::Stream | PayloadKindIr::Events) {
                        msg.stream_field = Some(crate::naming::field(&m.name));
                    }
                    if kind == PayloadKindIr::Events {
                        msg.events = Some(self.type_ref(&m.target));
                    }
                    msg.payload = Some(PayloadIr {
                        key,
                        kind,
                        media_type: target.t.media_type.clone(),
                    });
                    continue;
                }
                Some(b) => self.location(&id, b, m)?,
            };
            let (scalar, list) = self.bound_value(&id, target, m, &loc)?;
            msg.bindings.push(BindingIr {
                key,
                loc,
                scalar,
                list,
                required: m.t.required,
            });
        }
        // Outputs and errors without a payload always have a JSON body
        // (`{}` when nothing is in it).
        if side != Side::Input && msg.payload.is_none() {
            msg.body = true;
        }
        if msg.payload.is_some() && msg.body {
            return Err(Error::shape(
                &shape.id,
                "has an @httpPayload member and members without bindings; restJson1 allows one or the other",
            ));
        }
        Ok(msg)
    }

    fn location(&self, id: &str, b: &HttpBinding, m: &Member) -> Result<LocIr, Error> {
        if *b == HttpBinding::Label && !m.t.required {
            return Err(Error::shape(
                id,
                "is an @httpLabel member that is not @required",
            ));
        }
        Ok(match b {
            HttpBinding::Label => LocIr::Label(m.name.clone()),
            HttpBinding::Query(n) => LocIr::Query(n.clone()),
            HttpBinding::QueryParams => LocIr::QueryParams,
            HttpBinding::Header(n) => LocIr::Header(n.clone()),
            HttpBinding::PrefixHeaders(p) => LocIr::PrefixHeaders(p.clone()),
            HttpBinding::ResponseCode => LocIr::ResponseCode,
            HttpBinding::Payload => unreachable!("payloads are handled by the caller"),
        })
    }

    /// The text kind of a bound member, and whether it is a list (for query
    /// params: a map of lists).
    fn bound_value(
        &self,
        id: &str,
        target: &Shape,
        m: &Member,
        loc: &LocIr,
    ) -> Result<(ScalarIr, bool), Error> {
        let location_default = match loc {
            LocIr::Header(_) | LocIr::PrefixHeaders(_) => TsFormat::HttpDate,
            _ => TsFormat::DateTime,
        };
        // The JSON form keeps the codec's format (the body's default); the
        // text in the message defaults by location.
        let scalar_of = |shape: &Shape, traits: &crate::load::Typed| {
            let text = traits
                .timestamp_format
                .or(shape.t.timestamp_format)
                .unwrap_or(location_default);
            scalar(
                shape,
                text,
                super::types::timestamp_format(shape, traits, self.body_ts_default()),
            )
        };
        let bad = || {
            Error::shape(
                id,
                format!(
                    "binds a {} to {loc:?}, which cannot carry it",
                    target.kind.name()
                ),
            )
        };
        let (elem, list) = match (target.kind, loc) {
            (Kind::Map, LocIr::QueryParams | LocIr::PrefixHeaders(_)) => {
                let v = &target.members[1];
                let vt = self.shape(&v.target);
                match vt.kind {
                    Kind::List | Kind::Set if *loc == LocIr::QueryParams => {
                        let e = &vt.members[0];
                        (scalar_of(self.shape(&e.target), &e.t), true)
                    }
                    _ => (scalar_of(vt, &v.t), false),
                }
            }
            (_, LocIr::QueryParams | LocIr::PrefixHeaders(_)) => return Err(bad()),
            (Kind::List | Kind::Set, LocIr::Query(_) | LocIr::Header(_)) => {
                let e = &target.members[0];
                (scalar_of(self.shape(&e.target), &e.t), true)
            }
            (Kind::Integer | Kind::Short | Kind::Byte | Kind::Long, LocIr::ResponseCode) => {
                (Some(ScalarIr::Integer), false)
            }
            (_, LocIr::ResponseCode) => return Err(bad()),
            _ => (scalar_of(target, &m.t), false),
        };
        elem.map(|s| (s, list)).ok_or_else(bad)
    }
}

/// Names each operation's `HttpOp` static (`GET_FOO`), unique in the module.
pub(super) fn name_statics(operations: &mut [OperationIr]) {
    use heck::ToShoutySnakeCase;
    let mut table = NameTable::new(&["ERROR_HEADERS"]);
    for op in operations {
        let n = op.name.to_shouty_snake_case();
        op.binding.static_name = table.claim(&op.name, &[n.clone(), format!("{n}_OPERATION")], "_");
    }
}

/// Whether binding `b` applies to a member of `side`: URI and query
/// bindings to inputs, the response code to outputs.
fn applies(b: &HttpBinding, side: Side) -> bool {
    match b {
        HttpBinding::Label | HttpBinding::Query(_) | HttpBinding::QueryParams => {
            side == Side::Input
        }
        HttpBinding::ResponseCode => side == Side::Output,
        _ => true,
    }
}

/// The text kind of a scalar shape (`None` for aggregates and documents).
pub(super) fn scalar(shape: &Shape, text: TsFormat, json: TsFormat) -> Option<ScalarIr> {
    Some(match shape.kind {
        Kind::String if shape.t.media_type.is_some() => ScalarIr::MediaString,
        Kind::String | Kind::Enum => ScalarIr::String,
        Kind::Boolean => ScalarIr::Bool,
        Kind::Byte | Kind::Short | Kind::Integer | Kind::Long | Kind::IntEnum => ScalarIr::Integer,
        Kind::Float | Kind::Double => ScalarIr::Float,
        Kind::BigInteger | Kind::BigDecimal => ScalarIr::Big,
        Kind::Timestamp => ScalarIr::Timestamp { text, json },
        Kind::Blob if !shape.t.streaming => ScalarIr::Blob,
        _ => return None,
    })
}

fn payload_kind(target: &Shape) -> Option<PayloadKindIr> {
    Some(match target.kind {
        Kind::Structure => PayloadKindIr::Structure,
        Kind::Union if target.t.streaming => PayloadKindIr::Events,
        Kind::Union | Kind::Document => PayloadKindIr::Json,
        Kind::Blob if target.t.streaming => PayloadKindIr::Stream,
        Kind::Blob => PayloadKindIr::Blob,
        Kind::String | Kind::Enum => PayloadKindIr::Text,
        _ => return None,
    })
}
