//! Operation input from the command line, as the AWS CLI builds it: flags
//! converted by the member's model type (JSON or `key=value` shorthand for
//! structures, several values for lists, `file://` and `fileb://` contents),
//! on top of `--cli-input-json` / `--cli-input-yaml`; the botocore-style
//! checks for unknown members and wrong types; and skeletons.

use base64::Engine as _;
use codegen_rt::schema::{Member, Structure, Type};
use serde_json::{Map, Number, Value};

use crate::error::CliError;

/// `--cli-binary-format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryFormat {
    /// Blob arguments are base64 text.
    Base64,
    /// Blob arguments are the bytes of the text itself.
    RawInBase64Out,
}

/// The flag a member gets: `registryId` -> `registry-id`.
pub fn flag_name(member: &str) -> String {
    heck::ToKebabCase::to_kebab_case(member)
}

fn parse_error(param: &str, problem: impl std::fmt::Display) -> CliError {
    CliError::Failure(format!("Error parsing parameter '{param}': {problem}"))
}

/// A value as given, with `file://` (text) and `fileb://` (bytes) replaced by
/// the file's contents.
pub enum Raw {
    Text(String),
    Bytes(Vec<u8>),
}

pub fn load_value(param: &str, value: &str) -> Result<Raw, CliError> {
    let read = |path: &str| {
        std::fs::read(expand_home(path))
            .map_err(|e| parse_error(param, format_args!("Unable to load paramfile {value}: {e}")))
    };
    if let Some(path) = value.strip_prefix("fileb://") {
        return read(path).map(Raw::Bytes);
    }
    if let Some(path) = value.strip_prefix("file://") {
        let bytes = read(path)?;
        return String::from_utf8(bytes)
            .map(Raw::Text)
            .map_err(|_| parse_error(param, format_args!("{value} is not UTF-8 text")));
    }
    Ok(Raw::Text(value.to_owned()))
}

fn expand_home(path: &str) -> std::path::PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => std::path::Path::new(&home).join(rest),
        _ => path.into(),
    }
}

fn parse_json(param: &str, text: &str) -> Result<Value, CliError> {
    serde_json::from_str(text).map_err(|e| {
        CliError::Failure(format!(
            "Error parsing parameter '{param}': Invalid JSON: {e}\nJSON received: {text}"
        ))
    })
}

/// The JSON value of one command-line argument for a member of type `ty`.
fn scalar(param: &str, raw: Raw, ty: &Type, binary: BinaryFormat) -> Result<Value, CliError> {
    let text = match raw {
        Raw::Bytes(b) if matches!(ty, Type::Blob) => {
            return Ok(Value::String(
                base64::engine::general_purpose::STANDARD.encode(b),
            ))
        }
        Raw::Bytes(b) => String::from_utf8(b)
            .map_err(|_| parse_error(param, "fileb:// is only for binary (blob) parameters"))?,
        Raw::Text(t) => t,
    };
    let trimmed = text.trim();
    Ok(match ty {
        Type::String | Type::Enum(_) => Value::String(text),
        Type::Integer | Type::IntEnum(_) => Value::Number(
            trimmed
                .parse::<i64>()
                .map_err(|_| {
                    parse_error(param, format_args!("expected an integer, received: {text}"))
                })?
                .into(),
        ),
        Type::Float => {
            let f = trimmed.parse::<f64>().map_err(|_| {
                parse_error(param, format_args!("expected a number, received: {text}"))
            })?;
            Value::Number(Number::from_f64(f).ok_or_else(|| {
                parse_error(
                    param,
                    format_args!("expected a finite number, received: {text}"),
                )
            })?)
        }
        Type::Boolean => match trimmed.to_ascii_lowercase().as_str() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => {
                return Err(parse_error(
                    param,
                    format_args!("expected true or false, received: {text}"),
                ))
            }
        },
        Type::Timestamp => timestamp(param, trimmed)?,
        Type::Blob => match binary {
            BinaryFormat::Base64 => {
                base64::engine::general_purpose::STANDARD
                    .decode(trimmed)
                    .map_err(|e| parse_error(param, format_args!("Invalid base64: {e}")))?;
                Value::String(trimmed.to_owned())
            }
            BinaryFormat::RawInBase64Out => {
                Value::String(base64::engine::general_purpose::STANDARD.encode(text.as_bytes()))
            }
        },
        Type::Document => parse_json(param, &text)?,
        Type::List(elem) => {
            if trimmed.starts_with('[') {
                parse_json(param, &text)?
            } else {
                Value::Array(vec![scalar(param, Raw::Text(text), elem, binary)?])
            }
        }
        Type::Structure(_) | Type::Map(_) => {
            if trimmed.starts_with('{') {
                parse_json(param, &text)?
            } else {
                shorthand(param, &text, ty, binary)?
            }
        }
    })
}

/// A timestamp as epoch seconds: given as a number or as an RFC 3339 date.
fn timestamp(param: &str, text: &str) -> Result<Value, CliError> {
    if let Ok(n) = text.parse::<f64>() {
        if let Some(n) = Number::from_f64(n) {
            return Ok(Value::Number(n));
        }
    }
    let t =
        aws_smithy_types::DateTime::from_str(text, aws_smithy_types::date_time::Format::DateTime)
            .map_err(|e| parse_error(param, format_args!("Invalid timestamp {text}: {e}")))?;
    let secs = t.as_secs_f64();
    Ok(Number::from_f64(secs).map_or(Value::Null, Value::Number))
}

/// `key=value,key2=value2` for a flat structure or a map.
fn shorthand(param: &str, text: &str, ty: &Type, binary: BinaryFormat) -> Result<Value, CliError> {
    let mut out = Map::new();
    for pair in text.split(',').filter(|p| !p.trim().is_empty()) {
        let (key, value) = pair.split_once('=').ok_or_else(|| {
            parse_error(
                param,
                format_args!("Expected: '=', received: '{pair}' (use key=value pairs, or JSON)"),
            )
        })?;
        let key = key.trim();
        let value_ty = match ty {
            Type::Map(v) => **v,
            Type::Structure(s) => match s.member(key) {
                Some(m) => m.ty,
                None => {
                    return Err(parse_error(
                        param,
                        format_args!(
                            "Unknown key '{key}', valid choices are: {}",
                            names(s).join(", ")
                        ),
                    ))
                }
            },
            _ => Type::String,
        };
        let v = scalar(param, Raw::Text(value.to_owned()), &value_ty, binary)?;
        out.insert(key.to_owned(), v);
    }
    Ok(Value::Object(out))
}

fn names(s: &Structure) -> Vec<&'static str> {
    s.members.iter().map(|m| m.name).collect()
}

/// The value of a member given as flag values (several for a list).
pub fn member_value(
    member: &Member,
    values: &[String],
    binary: BinaryFormat,
) -> Result<Value, CliError> {
    let param = format!("--{}", flag_name(member.name));
    match (&member.ty, values) {
        (Type::List(elem), many) => {
            if let [one] = many {
                if one.trim_start().starts_with('[') || one.starts_with("file://") {
                    let raw = load_value(&param, one)?;
                    return scalar(&param, raw, &member.ty, binary);
                }
            }
            many.iter()
                .map(|v| scalar(&param, load_value(&param, v)?, elem, binary))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array)
        }
        (ty, [.., last]) => scalar(&param, load_value(&param, last)?, ty, binary),
        (_, []) => Ok(Value::Null),
    }
}

/// The document given with `--cli-input-json` or `--cli-input-yaml`.
pub fn cli_input(json: Option<&str>, yaml: Option<&str>) -> Result<Map<String, Value>, CliError> {
    let (param, text, is_yaml) = match (json, yaml) {
        (Some(j), _) => ("cli-input-json", j, false),
        (None, Some(y)) => ("cli-input-yaml", y, true),
        (None, None) => return Ok(Map::new()),
    };
    let text = match load_value(param, text)? {
        Raw::Text(t) => t,
        Raw::Bytes(b) => String::from_utf8_lossy(&b).into_owned(),
    };
    let value: Value = if is_yaml {
        serde_yaml::from_str(&text).map_err(|e| {
            CliError::Failure(format!(
                "Error parsing parameter '{param}': Invalid YAML: {e}\nYAML received: {text}"
            ))
        })?
    } else {
        parse_json(param, &text)?
    };
    match value {
        Value::Object(m) => Ok(m),
        Value::Null => Ok(Map::new()),
        other => Err(CliError::Failure(format!(
            "Error parsing parameter '{param}': the document must be an object, received: {other}"
        ))),
    }
}

// ---- botocore-style type checks ----

fn py_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "<class 'NoneType'>",
        Value::Bool(_) => "<class 'bool'>",
        Value::Number(n) if n.is_f64() => "<class 'float'>",
        Value::Number(_) => "<class 'int'>",
        Value::String(_) => "<class 'str'>",
        Value::Array(_) => "<class 'list'>",
        Value::Object(_) => "<class 'dict'>",
    }
}

fn valid_types(ty: &Type) -> &'static str {
    match ty {
        Type::String | Type::Enum(_) => "<class 'str'>",
        Type::Integer | Type::IntEnum(_) => "<class 'int'>",
        Type::Float => "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>",
        Type::Boolean => "<class 'bool'>",
        Type::Timestamp => "<class 'datetime.datetime'>, timestamp-string",
        Type::Blob => "<class 'bytes'>, <class 'bytearray'>, file-like object",
        Type::Document => "any",
        Type::List(_) => "<class 'list'>, <class 'tuple'>",
        Type::Structure(_) | Type::Map(_) => "<class 'dict'>",
    }
}

fn shown(name: &str) -> &str {
    if name.is_empty() {
        "input"
    } else {
        name
    }
}

fn join(name: &str, key: &str) -> String {
    if name.is_empty() {
        key.to_owned()
    } else {
        format!("{name}.{key}")
    }
}

/// What botocore checks before sending and our strict validation does not
/// word the same way: missing required members, unknown members and JSON
/// types, named like botocore names them.
pub fn check(v: &Value, ty: &Type, name: &str, errors: &mut Vec<String>) {
    let type_error = |errors: &mut Vec<String>| {
        let value = match v {
            Value::String(s) => s.clone(),
            other => crate::output::py_str(other),
        };
        errors.push(format!(
            "Invalid type for parameter {}, value: {value}, type: {}, valid types: {}",
            shown(name),
            py_type(v),
            valid_types(ty)
        ));
    };
    match (ty, v) {
        (Type::Document, _) => {}
        (Type::Structure(s), Value::Object(obj)) => {
            for m in s.members.iter().filter(|m| m.required) {
                if !obj.contains_key(m.name) {
                    errors.push(format!(
                        "Missing required parameter in {}: \"{}\"",
                        shown(name),
                        m.name
                    ));
                }
            }
            for (key, value) in obj {
                match s.member(key) {
                    Some(m) => check(value, &m.ty, &join(name, key), errors),
                    None => errors.push(format!(
                        "Unknown parameter in {}: \"{key}\", must be one of: {}",
                        shown(name),
                        names(s).join(", ")
                    )),
                }
            }
        }
        (Type::List(elem), Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                check(item, elem, &format!("{name}[{i}]"), errors);
            }
        }
        (Type::Map(value_ty), Value::Object(obj)) => {
            for (key, value) in obj {
                check(value, value_ty, &join(name, key), errors);
            }
        }
        (Type::String | Type::Enum(_) | Type::Blob, Value::String(_))
        | (Type::Boolean, Value::Bool(_))
        | (Type::Timestamp, Value::Number(_) | Value::String(_))
        | (Type::Float, Value::Number(_)) => {}
        (Type::Integer | Type::IntEnum(_), Value::Number(n)) if !n.is_f64() => {}
        _ => type_error(errors),
    }
}

// ---- skeletons ----

/// A sample document of type `ty`, as `--generate-cli-skeleton` prints it:
/// empty strings (or, for output, member names), zeros, `true`, one list
/// element; a structure already being expanded becomes `{}`.
pub fn skeleton(ty: &Type, name: &str, member_names: bool, stack: &mut Vec<&'static str>) -> Value {
    match ty {
        Type::Structure(s) => {
            if stack.contains(&s.name) {
                return Value::Object(Map::new());
            }
            stack.push(s.name);
            let obj = s
                .members
                .iter()
                .map(|m| {
                    (
                        m.name.to_owned(),
                        skeleton(&m.ty, m.name, member_names, stack),
                    )
                })
                .collect();
            stack.pop();
            Value::Object(obj)
        }
        Type::List(elem) => Value::Array(vec![skeleton(elem, name, member_names, stack)]),
        Type::Map(value) => {
            let mut m = Map::new();
            m.insert(
                "KeyName".to_owned(),
                skeleton(value, name, member_names, stack),
            );
            Value::Object(m)
        }
        Type::String | Type::Enum(_) if member_names => Value::String(name.to_owned()),
        Type::Enum(values) => Value::String(values.first().copied().unwrap_or("").to_owned()),
        Type::String => Value::String(String::new()),
        Type::Integer => Value::Number(0.into()),
        Type::IntEnum(values) => Value::Number(values.first().copied().unwrap_or(0).into()),
        Type::Float => serde_json::json!(0.0),
        Type::Boolean => Value::Bool(true),
        Type::Timestamp => Value::String("1970-01-01T00:00:00".to_owned()),
        Type::Blob | Type::Document => Value::Null,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ecr_client_sdk::schema::operation;

    fn ty(op: &str) -> Type {
        Type::Structure(operation(op).unwrap().input)
    }

    #[test]
    fn flags_become_typed_json() {
        let op = operation("BatchGetImage").unwrap();
        let ids = op.input.member("imageIds").unwrap();
        let v = member_value(
            ids,
            &[
                "imageTag=latest".into(),
                "{\"imageDigest\":\"sha256:ab\"}".into(),
            ],
            BinaryFormat::Base64,
        )
        .unwrap();
        assert_eq!(
            v,
            serde_json::json!([{"imageTag": "latest"}, {"imageDigest": "sha256:ab"}])
        );
        let e = member_value(ids, &["bogus=1".into()], BinaryFormat::Base64).unwrap_err();
        assert!(e.to_string().contains("Unknown key 'bogus'"), "{e}");
        let part = operation("UploadLayerPart").unwrap().input;
        let blob = part.member("layerPartBlob").unwrap();
        let raw = member_value(blob, &["hi".into()], BinaryFormat::RawInBase64Out).unwrap();
        assert_eq!(raw, "aGk=");
        assert!(member_value(blob, &["%%".into()], BinaryFormat::Base64).is_err());
        let first = part.member("partFirstByte").unwrap();
        assert_eq!(
            member_value(first, &["7".into()], BinaryFormat::Base64).unwrap(),
            7
        );
        assert!(member_value(first, &["x".into()], BinaryFormat::Base64).is_err());
    }

    #[test]
    fn checks_word_errors_like_botocore() {
        let mut errors = Vec::new();
        let v = serde_json::json!({"repositoryName": "r1", "layerDigest": 5, "bogus": 1});
        check(&v, &ty("GetDownloadUrlForLayer"), "", &mut errors);
        assert_eq!(
            errors,
            [
                "Invalid type for parameter layerDigest, value: 5, type: <class 'int'>, valid types: <class 'str'>",
                "Unknown parameter in input: \"bogus\", must be one of: registryId, repositoryName, layerDigest",
            ]
        );
        errors.clear();
        check(
            &serde_json::json!({"repositoryName": "r1"}),
            &ty("GetDownloadUrlForLayer"),
            "",
            &mut errors,
        );
        assert_eq!(
            errors,
            ["Missing required parameter in input: \"layerDigest\""]
        );
    }

    #[test]
    fn skeletons_follow_model_order() {
        let s = skeleton(&ty("GetDownloadUrlForLayer"), "", false, &mut Vec::new());
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            r#"{"registryId":"","repositoryName":"","layerDigest":""}"#
        );
        let out = operation("GetDownloadUrlForLayer").unwrap().output;
        let s = skeleton(&Type::Structure(out), "", true, &mut Vec::new());
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            r#"{"downloadUrl":"downloadUrl","layerDigest":"layerDigest"}"#
        );
    }
}
