//! Error plumbing shared by generated clients and servers.

use std::fmt;

use serde_json::{Map, Value};

/// An error the model does not describe for the operation that returned it: its
/// code, message, HTTP status and request id, as they arrived (client) or as
/// they are to be sent (server).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unhandled {
    code: String,
    message: Option<String>,
    status: u16,
    request_id: Option<String>,
}

impl Unhandled {
    /// An error with this status, code and message.
    pub fn new(status: u16, code: impl Into<String>, message: impl Into<String>) -> Self {
        Self::from_parts(status, code, Some(message.into()))
    }

    /// An error with this status and code, and a message if there is one.
    pub fn from_parts(status: u16, code: impl Into<String>, message: Option<String>) -> Self {
        Self {
            code: code.into(),
            message,
            status,
            request_id: None,
        }
    }

    /// The same error, carrying the service's request id.
    pub fn with_request_id(mut self, request_id: Option<String>) -> Self {
        self.request_id = request_id;
        self
    }

    /// The error code (`ThrottlingException`), namespace and URI stripped.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The human-readable message, if any.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The HTTP status code.
    pub fn status(&self) -> u16 {
        self.status
    }
}

impl RequestId for Unhandled {
    fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

impl fmt::Display for Unhandled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.message {
            Some(m) => write!(f, "{}: {m}", self.code),
            None => f.write_str(&self.code),
        }
    }
}

impl std::error::Error for Unhandled {}

/// The service's request id (`x-amzn-RequestId`) of the response a value
/// came from: every operation output and every error a client returns.
pub trait RequestId {
    /// The request id, when the service sent one (and `None` for values a
    /// program built itself).
    fn request_id(&self) -> Option<&str>;
}

/// What a response says about itself rather than its data, kept on
/// generated outputs and error structures (the `_meta` field). Two values
/// always compare equal: outputs are equal when their data is.
#[derive(Clone, Default)]
pub struct ResponseMeta {
    request_id: Option<String>,
    /// An error's code as the response gave it, where it differs from the
    /// shape's (an `@awsQueryCompatible` service's `x-amzn-query-error`).
    code: Option<String>,
    /// An error's message from the envelope, for errors whose own message
    /// member the body did not fill (`message` against `Message`).
    message: Option<String>,
}

impl ResponseMeta {
    /// The service's request id, if any.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// Sets the request id (what a client does with the response header).
    pub fn set_request_id(&mut self, request_id: Option<String>) {
        self.request_id = request_id;
    }

    /// The error code the response carried, when it is not the shape's own.
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The message the error envelope carried, if any.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// What a client keeps of an error response it read as the modeled
    /// error `code`: the request id, the code it arrived under when that
    /// differs, and the envelope's message.
    pub fn received(&mut self, code: &str, unhandled: &Unhandled) {
        self.request_id = unhandled.request_id.clone();
        self.code = (unhandled.code != code).then(|| unhandled.code.clone());
        self.message = unhandled.message.clone();
    }
}

impl PartialEq for ResponseMeta {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl fmt::Debug for ResponseMeta {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut t = f.debug_tuple("ResponseMeta");
        for v in [&self.request_id, &self.code, &self.message]
            .into_iter()
            .flatten()
        {
            t.field(v);
        }
        t.finish()
    }
}

/// Generated outputs and error structures: where a client puts what it
/// knows about the response.
pub trait HasResponseMeta {
    /// The metadata, to fill in.
    fn response_meta_mut(&mut self) -> &mut ResponseMeta;

    /// The same value, carrying the service's request id.
    fn with_request_id(mut self, request_id: Option<String>) -> Self
    where
        Self: Sized,
    {
        self.response_meta_mut().set_request_id(request_id);
        self
    }
}

/// Reduces an awsJson error code to its shape name:
/// `aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/...` -> `FooError`.
pub fn sanitize_error_code(raw: &str) -> &str {
    let raw = raw.split(':').next().unwrap_or(raw);
    raw.rsplit('#').next().unwrap_or(raw).trim()
}

/// The error code an AWS client reads from an error response (awsJson and
/// restJson1 alike): the `X-Amzn-Errortype` header, else the body's `code`,
/// else `__type`; sanitized, and `None` when empty.
pub fn error_code<'a>(header: Option<&'a str>, body: &'a Value) -> Option<&'a str> {
    let field = |name: &str| body.get(name).and_then(Value::as_str);
    let raw = header
        .or_else(|| field("code"))
        .or_else(|| field("__type"))?;
    Some(sanitize_error_code(raw)).filter(|c| !c.is_empty())
}

/// An error as it goes on the wire: status, code and JSON body members.
#[derive(Debug, Clone, PartialEq)]
pub struct WireError {
    /// HTTP status.
    pub status: u16,
    /// Shape name of the error, sent as `X-Amzn-Errortype` and `__type`.
    pub code: String,
    /// The error's members (`message`, ...), boxed to keep `Result<_, WireError>` small.
    pub body: Box<Map<String, Value>>,
    /// The absolute shape id of a modeled error, which awsJson1_0 sends as `__type`.
    pub shape_id: Option<&'static str>,
    /// `x-amzn-query-error` (`Code;Sender`) of an `@awsQueryCompatible` service.
    pub query_error: Option<&'static str>,
    /// The XML description of a modeled error (XML protocols), which
    /// writes its members.
    pub xml: Option<&'static crate::codec::xml::Shape>,
}

impl WireError {
    /// A protocol-level error with just a message.
    pub fn plain(status: u16, code: &str, message: impl Into<String>) -> Self {
        let mut body = Map::new();
        body.insert("message".to_owned(), Value::String(message.into()));
        Self {
            status,
            code: code.to_owned(),
            body: Box::new(body),
            shape_id: None,
            query_error: None,
            xml: None,
        }
    }

    /// A body that is not JSON of the expected shape.
    pub fn serialization(message: impl Into<String>) -> Self {
        Self::plain(400, "SerializationException", message)
    }

    /// The message member, whatever its capitalisation.
    pub fn message(&self) -> Option<&str> {
        ["message", "Message", "errorMessage"]
            .iter()
            .find_map(|k| self.body.get(*k).and_then(Value::as_str))
    }
}

impl From<&Unhandled> for WireError {
    fn from(u: &Unhandled) -> Self {
        let mut body = Map::new();
        if let Some(m) = &u.message {
            body.insert("message".to_owned(), Value::String(m.clone()));
        }
        Self {
            status: u.status,
            code: u.code.clone(),
            body: Box::new(body),
            shape_id: None,
            query_error: None,
            xml: None,
        }
    }
}

/// What every generated error structure provides.
pub trait ModeledError: RequestId + std::error::Error + Send + Sync + 'static {
    /// The error code: the shape's name, or the code the response gave
    /// it (an `@awsQueryCompatible` service's `x-amzn-query-error` code).
    fn code(&self) -> &str;
    /// The absolute shape id (`namespace#Name`).
    fn shape_id(&self) -> &'static str;
    /// The HTTP status a server answers it with.
    fn status(&self) -> u16;
    /// The message, if any.
    fn message(&self) -> Option<&str>;
    /// The members as JSON.
    fn body(&self) -> Value;
    /// What an `@awsQueryCompatible` service sends in `x-amzn-query-error`.
    fn query_error(&self) -> Option<&'static str> {
        None
    }
    /// Its XML description (XML protocols).
    fn xml(&self) -> Option<&'static crate::codec::xml::Shape> {
        None
    }
    /// [`ModeledError::xml`] without a value (to read one).
    fn xml_description() -> Option<&'static crate::codec::xml::Shape>
    where
        Self: Sized,
    {
        None
    }
}

/// What every generated per-operation error enum can do.
pub trait OperationError: std::error::Error + Sized + Send + 'static {
    /// The modeled error this is, or the unmodeled one.
    fn modeled(&self) -> Result<&dyn ModeledError, &Unhandled>;
    /// Builds the error a client received: `code` is already sanitized, `body` is
    /// the parsed response body, `unhandled` what to fall back to.
    fn from_response(code: &str, body: &Value, unhandled: Unhandled) -> Self;
    /// The error as a server sends it.
    fn to_wire(&self) -> WireError {
        match self.modeled() {
            Ok(e) => WireError {
                status: e.status(),
                code: e.code().to_owned(),
                shape_id: Some(e.shape_id()),
                query_error: e.query_error(),
                xml: e.xml(),
                body: Box::new(match e.body() {
                    Value::Object(m) => m,
                    _ => Map::new(),
                }),
            },
            Err(u) => WireError::from(u),
        }
    }
    /// The operation's validation error carrying `message`: its
    /// `InvalidParameterException` or `ValidationException` where it models one,
    /// an unmodeled `ValidationException` otherwise.
    fn validation(violations: &crate::json::Violations) -> Self;
    /// An error the model does not describe.
    fn unhandled(unhandled: Unhandled) -> Self;
    /// The XML description of the modeled error of this code (XML
    /// protocols), which reads its members from a response.
    fn xml_shape(code: &str) -> Option<&'static crate::codec::xml::Shape> {
        let _ = code;
        None
    }
    /// The error code (shape name).
    fn code(&self) -> &str {
        match self.modeled() {
            Ok(e) => e.code(),
            Err(u) => u.code(),
        }
    }
    /// The error message, if any.
    fn message(&self) -> Option<&str> {
        match self.modeled() {
            Ok(e) => e.message(),
            Err(u) => u.message(),
        }
    }
    /// Code, message and status without the type, for code that handles
    /// every operation alike (a CLI).
    fn to_unhandled(&self) -> Unhandled {
        match self.modeled() {
            Ok(e) => Unhandled {
                code: e.code().to_owned(),
                message: e.message().map(str::to_owned),
                status: e.status(),
                request_id: e.request_id().map(str::to_owned),
            },
            Err(u) => u.clone(),
        }
    }
}

/// `Display` for an operation error enum: the error it holds.
pub fn fmt_operation_error<E: OperationError>(e: &E, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match e.modeled() {
        Ok(m) => fmt::Display::fmt(m, f),
        Err(u) => fmt::Display::fmt(u, f),
    }
}

/// `Error::source` for an operation error enum: the error it holds.
pub fn operation_error_source<E: OperationError>(
    e: &E,
) -> Option<&(dyn std::error::Error + 'static)> {
    match e.modeled() {
        Ok(m) => Some(m),
        Err(u) => Some(u),
    }
}

/// `Display` for an error structure: `Code: message`.
pub fn fmt_modeled(e: &dyn ModeledError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match e.message() {
        Some(m) => write!(f, "{}: {m}", e.code()),
        None => f.write_str(e.code()),
    }
}

/// A missing required member when building a structure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildError {
    /// The structure being built.
    pub shape: &'static str,
    /// The member that is missing.
    pub member: &'static str,
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: required member `{}` was not set",
            self.shape, self.member
        )
    }
}

impl std::error::Error for BuildError {}

/// Defines an operation's error enum: a variant per modeled error (named and
/// typed like the error structure, or `Variant(Type)` where they differ,
/// matched by its code), `Unhandled` for the rest, `Display`/`Error`/`From`
/// impls and [`OperationError`]. Generated crates call it once per operation. `validation = Error;` names the error
/// that constraint violations become (built by its `validation_error`
/// constructor); `validation = unmodeled;` answers an unmodeled
/// `ValidationException`.
#[macro_export]
macro_rules! operation_error {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident $(($vty:ty))? = $code:literal, )*
        }
        validation = unmodeled;
    ) => {
        $crate::operation_error!(@define $(#[$meta])* $name { $( $(#[$vmeta])* $variant $(($vty))? = $code, )* }
            |violations| Self::Unhandled($crate::error::Unhandled::new(400, "ValidationException", violations.to_string())));
    };
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident $(($vty:ty))? = $code:literal, )*
        }
        validation = $verr:ident $(($verr_ty:ty))?;
    ) => {
        $crate::operation_error!(@define $(#[$meta])* $name { $( $(#[$vmeta])* $variant $(($vty))? = $code, )* }
            |violations| Self::$verr(<$crate::__variant_type!($verr $($verr_ty)?)>::validation_error(violations)));
    };
    (
        @define $(#[$meta:meta])* $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident $(($vty:ty))? = $code:literal, )*
        }
        |$violations:ident| $validation:expr
    ) => {
        $(#[$meta])*
        ///
        /// Models gain errors over time: match with a wildcard arm, which
        /// also covers errors the model does not describe.
        #[derive(Debug)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant($crate::__variant_type!($variant $($vty)?)), )*
            /// An error the model does not describe for this operation. Match
            /// it with a wildcard: an error that is unhandled today may be
            /// modeled, and a variant of its own, after a model update.
            #[doc(hidden)]
            Unhandled($crate::error::Unhandled),
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                $crate::error::fmt_operation_error(self, f)
            }
        }

        impl ::std::error::Error for $name {
            fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
                $crate::error::operation_error_source(self)
            }
        }

        $(
            impl ::std::convert::From<$crate::__variant_type!($variant $($vty)?)> for $name {
                fn from(e: $crate::__variant_type!($variant $($vty)?)) -> Self {
                    Self::$variant(e)
                }
            }
        )*

        /// An error the model does not describe, as any operation can
        /// answer one (`Unhandled::new(503, "Busy", "try later").into()`).
        impl ::std::convert::From<$crate::error::Unhandled> for $name {
            fn from(u: $crate::error::Unhandled) -> Self {
                Self::Unhandled(u)
            }
        }

        impl $crate::error::OperationError for $name {
            fn from_response(
                code: &str,
                body: &$crate::serde_json::Value,
                unhandled: $crate::error::Unhandled,
            ) -> Self {
                let _ = body;
                match code {
                    $( $code => match $crate::json::parse_lenient::<$crate::__variant_type!($variant $($vty)?)>(body) {
                        ::std::result::Result::Ok(mut e) => {
                            $crate::error::HasResponseMeta::response_meta_mut(&mut e).received($code, &unhandled);
                            Self::$variant(e)
                        }
                        ::std::result::Result::Err(_) => Self::Unhandled(unhandled),
                    }, )*
                    _ => Self::Unhandled(unhandled),
                }
            }

            fn modeled(
                &self,
            ) -> ::std::result::Result<&dyn $crate::error::ModeledError, &$crate::error::Unhandled> {
                match self {
                    $( Self::$variant(e) => Ok(e), )*
                    Self::Unhandled(e) => Err(e),
                }
            }

            fn validation($violations: &$crate::json::Violations) -> Self {
                $validation
            }

            fn unhandled(unhandled: $crate::error::Unhandled) -> Self {
                Self::Unhandled(unhandled)
            }

            fn xml_shape(code: &str) -> ::std::option::Option<&'static $crate::codec::xml::Shape> {
                match code {
                    $( $code => <$crate::__variant_type!($variant $($vty)?) as $crate::error::ModeledError>::xml_description(), )*
                    _ => ::std::option::Option::None,
                }
            }
        }

        impl $crate::error::RequestId for $name {
            fn request_id(&self) -> ::std::option::Option<&str> {
                match $crate::error::OperationError::modeled(self) {
                    ::std::result::Result::Ok(e) => e.request_id(),
                    ::std::result::Result::Err(u) => $crate::error::RequestId::request_id(u),
                }
            }
        }
    };
}

/// The type an `operation_error!` variant holds: its own name, unless given.
#[doc(hidden)]
#[macro_export]
macro_rules! __variant_type {
    ($variant:ident) => {
        $variant
    };
    ($variant:ident $ty:ty) => {
        $ty
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_codes_are_sanitized() {
        for raw in [
            "RepositoryNotFoundException",
            "com.amazonaws.ecr#RepositoryNotFoundException",
            "com.amazonaws.ecr#RepositoryNotFoundException:http://internal.amazon.com/coral/com.amazonaws.ecr/",
            "RepositoryNotFoundException:http://internal.amazon.com/coral/com.amazonaws.ecr/",
        ] {
            assert_eq!(sanitize_error_code(raw), "RepositoryNotFoundException");
        }
    }

    #[test]
    fn error_codes_come_from_header_then_code_then_type() {
        let body = serde_json::json!({"code": "aws.protocoltests#FooError:http://x"});
        assert_eq!(error_code(None, &body), Some("FooError"));
        assert_eq!(error_code(Some("Bar:uri"), &body), Some("Bar"));
        assert_eq!(
            error_code(None, &serde_json::json!({"__type": "ns#Baz"})),
            Some("Baz")
        );
        assert_eq!(error_code(None, &serde_json::json!({"__type": " "})), None);
    }
}
