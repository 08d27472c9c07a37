//! Auth schemes: which identity a call presents (clients) and which
//! identities a service accepts (servers).
//!
//! The model lists each operation's schemes in order of preference
//! (Smithy's `@auth`, else every auth trait of the service by shape id;
//! `@optionalAuth` adds [`AuthScheme::NoAuth`]). A client uses the first
//! scheme it has an identity for: SigV4 credentials, a bearer token, an API
//! key, a user name and password; `NoAuth` needs none. A server runs its
//! [`Authenticate`](crate::server::Authenticate) on every request, except
//! that an operation that lists `NoAuth` takes a request that presents no
//! credentials at all.

/// One auth scheme of an operation, as the model names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthScheme {
    /// `aws.auth#sigv4`: SigV4 signatures.
    SigV4,
    /// `smithy.api#httpBearerAuth`: `Authorization: Bearer <token>`.
    Bearer,
    /// `smithy.api#httpBasicAuth`: `Authorization: Basic base64(user:password)`.
    Basic,
    /// `smithy.api#httpApiKeyAuth`: a key in header or query parameter `name`
    /// (a header's value prefixed with `scheme ` when the model gives one).
    ApiKey {
        name: &'static str,
        query: bool,
        scheme: Option<&'static str>,
    },
    /// `smithy.api#noAuth`: no identity.
    NoAuth,
}

#[cfg(feature = "client")]
pub use self::tokens::*;

#[cfg(feature = "client")]
mod tokens {
    use std::fmt;
    use std::future::Future;
    use std::pin::Pin;

    /// What [`ProvideToken::provide_token`] returns.
    pub type TokenFuture<'a> = Pin<Box<dyn Future<Output = Result<String, String>> + Send + 'a>>;

    /// Where a client's bearer token comes from: asked before each attempt,
    /// so a provider can refresh it. [`StaticToken`], [`EnvToken`], or any
    /// `Fn() -> impl Future<Output = Result<String, String>>`.
    pub trait ProvideToken: Send + Sync {
        /// The token, or why there is none.
        fn provide_token(&self) -> TokenFuture<'_>;
    }

    /// A fixed token.
    #[derive(Clone)]
    pub struct StaticToken(String);

    impl StaticToken {
        /// The token `token`.
        pub fn new(token: impl Into<String>) -> Self {
            Self(token.into())
        }
    }

    impl fmt::Debug for StaticToken {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("StaticToken(** redacted **)")
        }
    }

    impl ProvideToken for StaticToken {
        fn provide_token(&self) -> TokenFuture<'_> {
            let token = self.0.clone();
            Box::pin(async move { Ok(token) })
        }
    }

    /// The token in an environment variable, read at each call (the AWS
    /// SDKs name it `AWS_BEARER_TOKEN_<SIGNING NAME>`, see
    /// [`EnvToken::for_service`]).
    #[derive(Debug, Clone)]
    pub struct EnvToken(String);

    impl EnvToken {
        /// The token in variable `var`.
        pub fn new(var: impl Into<String>) -> Self {
            Self(var.into())
        }

        /// `AWS_BEARER_TOKEN_<SIGNING_NAME>`: the signing name upper-cased,
        /// `-` as `_` (`AWS_BEARER_TOKEN_BEDROCK`).
        pub fn for_service(signing_name: &str) -> Self {
            Self(format!(
                "AWS_BEARER_TOKEN_{}",
                signing_name.to_ascii_uppercase().replace(['-', ' '], "_")
            ))
        }
    }

    impl ProvideToken for EnvToken {
        fn provide_token(&self) -> TokenFuture<'_> {
            let var = self.0.clone();
            Box::pin(async move {
                std::env::var(&var)
                    .ok()
                    .filter(|t| !t.is_empty())
                    .ok_or_else(|| format!("no bearer token: {var} is not set"))
            })
        }
    }

    impl<F, Fut> ProvideToken for F
    where
        F: Fn() -> Fut + Send + Sync,
        Fut: Future<Output = Result<String, String>> + Send + 'static,
    {
        fn provide_token(&self) -> TokenFuture<'_> {
            Box::pin(self())
        }
    }
}

#[cfg(feature = "server")]
pub use self::verify::*;

#[cfg(feature = "server")]
mod verify {
    use std::sync::Arc;

    use http::header::AUTHORIZATION;

    use crate::error::WireError;
    use crate::server::Authenticate;

    /// Decides who holds a credential: the caller's identity, or `None`.
    type Check<T> = Arc<dyn Fn(&T) -> Option<String> + Send + Sync>;

    /// Compares without leaking where two secrets differ.
    fn same(a: &[u8], b: &[u8]) -> bool {
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
    }

    /// The identity of the first `(secret, caller)` pair whose secret is `given`.
    fn lookup(pairs: &[(String, String)], given: &str) -> Option<String> {
        let mut found = None;
        for (secret, caller) in pairs {
            if same(secret.as_bytes(), given.as_bytes()) && found.is_none() {
                found = Some(caller.clone());
            }
        }
        found
    }

    fn pairs(
        pairs: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Vec<(String, String)> {
        pairs
            .into_iter()
            .map(|(s, c)| (s.into(), c.into()))
            .collect()
    }

    fn unauthorized(message: &str) -> WireError {
        WireError::plain(401, "UnauthorizedException", message)
    }

    /// The credentials after `Authorization: <scheme> `, if the request
    /// presents that scheme (named case-insensitively).
    fn authorization<'p>(parts: &'p http::request::Parts, scheme: &str) -> Option<&'p str> {
        let v = parts.headers.get(AUTHORIZATION)?.to_str().ok()?;
        let (s, rest) = v.split_once(' ')?;
        s.eq_ignore_ascii_case(scheme).then(|| rest.trim())
    }

    /// `smithy.api#httpBearerAuth` on a server: `Authorization: Bearer <token>`.
    #[derive(Clone)]
    pub struct BearerAuth(Check<str>);

    impl BearerAuth {
        /// Tokens checked by `check`, which names the caller.
        pub fn new(check: impl Fn(&str) -> Option<String> + Send + Sync + 'static) -> Self {
            Self(Arc::new(check))
        }

        /// A fixed set of `(token, caller)` pairs.
        pub fn tokens(
            tokens: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
        ) -> Self {
            let tokens = pairs(tokens);
            Self::new(move |t| lookup(&tokens, t))
        }
    }

    impl Authenticate for BearerAuth {
        fn authenticate(
            &self,
            parts: &http::request::Parts,
            _body: Option<&[u8]>,
        ) -> Result<String, WireError> {
            let token = authorization(parts, "Bearer").ok_or_else(|| {
                unauthorized("this service needs 'Authorization: Bearer <token>'")
            })?;
            (self.0)(token).ok_or_else(|| unauthorized("the bearer token is not valid"))
        }

        fn presented(&self, parts: &http::request::Parts) -> bool {
            authorization(parts, "Bearer").is_some()
        }
    }

    /// `smithy.api#httpBasicAuth` on a server.
    #[derive(Clone)]
    pub struct BasicAuth(Check<(String, String)>);

    impl BasicAuth {
        /// User names and passwords checked by `check`, which names the caller.
        pub fn new(check: impl Fn(&str, &str) -> Option<String> + Send + Sync + 'static) -> Self {
            Self(Arc::new(move |(u, p): &(String, String)| check(u, p)))
        }

        /// A fixed set of `(user, password)` pairs; the caller is the user.
        pub fn users(
            users: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
        ) -> Self {
            let users: Vec<(String, String)> = pairs(users);
            Self::new(move |u, p| {
                let mut found = None;
                for (user, password) in &users {
                    if same(user.as_bytes(), u.as_bytes()) & same(password.as_bytes(), p.as_bytes())
                        && found.is_none()
                    {
                        found = Some(user.clone());
                    }
                }
                found
            })
        }
    }

    impl Authenticate for BasicAuth {
        fn authenticate(
            &self,
            parts: &http::request::Parts,
            _body: Option<&[u8]>,
        ) -> Result<String, WireError> {
            let encoded = authorization(parts, "Basic").ok_or_else(|| {
                unauthorized("this service needs 'Authorization: Basic <base64(user:password)>'")
            })?;
            let bad = || unauthorized("the Basic credentials are not valid");
            let decoded = aws_smithy_types::base64::decode(encoded).map_err(|_| bad())?;
            let text = String::from_utf8(decoded).map_err(|_| bad())?;
            let (user, password) = text.split_once(':').ok_or_else(bad)?;
            (self.0)(&(user.to_owned(), password.to_owned())).ok_or_else(bad)
        }

        fn presented(&self, parts: &http::request::Parts) -> bool {
            authorization(parts, "Basic").is_some()
        }
    }

    /// `smithy.api#httpApiKeyAuth` on a server: the key in a header
    /// (after `scheme `, when given) or a query parameter.
    #[derive(Clone)]
    pub struct ApiKeyAuth {
        name: String,
        query: bool,
        scheme: Option<String>,
        check: Check<str>,
    }

    impl ApiKeyAuth {
        /// Keys in header (or, with `query`, query parameter) `name`,
        /// checked by `check`, which names the caller.
        pub fn new(
            name: impl Into<String>,
            query: bool,
            scheme: Option<&str>,
            check: impl Fn(&str) -> Option<String> + Send + Sync + 'static,
        ) -> Self {
            Self {
                name: name.into(),
                query,
                scheme: scheme.map(str::to_owned),
                check: Arc::new(check),
            }
        }

        /// As [`new`](Self::new), with a fixed set of `(key, caller)` pairs.
        pub fn keys(
            name: impl Into<String>,
            query: bool,
            scheme: Option<&str>,
            keys: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
        ) -> Self {
            let keys = pairs(keys);
            Self::new(name, query, scheme, move |k| lookup(&keys, k))
        }

        fn key(&self, parts: &http::request::Parts) -> Option<String> {
            if self.query {
                let q = parts.uri.query()?;
                return form_pairs(q).find(|(k, _)| *k == self.name).map(|(_, v)| v);
            }
            let v = parts.headers.get(self.name.as_str())?.to_str().ok()?;
            match &self.scheme {
                Some(s) => {
                    let (given, rest) = v.split_once(' ')?;
                    given
                        .eq_ignore_ascii_case(s)
                        .then(|| rest.trim().to_owned())
                }
                None => Some(v.to_owned()),
            }
        }
    }

    /// A query string's pairs, decoded.
    fn form_pairs(q: &str) -> impl Iterator<Item = (String, String)> + '_ {
        q.split('&').filter(|kv| !kv.is_empty()).map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (
                crate::binding::decode_query(k).unwrap_or_default(),
                crate::binding::decode_query(v).unwrap_or_default(),
            )
        })
    }

    impl Authenticate for ApiKeyAuth {
        fn authenticate(
            &self,
            parts: &http::request::Parts,
            _body: Option<&[u8]>,
        ) -> Result<String, WireError> {
            let key = self.key(parts).ok_or_else(|| {
                unauthorized(&format!(
                    "this service needs an API key in {} '{}'",
                    if self.query {
                        "query parameter"
                    } else {
                        "header"
                    },
                    self.name
                ))
            })?;
            (self.check)(&key).ok_or_else(|| unauthorized("the API key is not valid"))
        }

        fn presented(&self, parts: &http::request::Parts) -> bool {
            self.key(parts).is_some()
        }
    }

    /// Several schemes on one service (a model listing several): the first
    /// whose credentials the request presents decides; a request presenting
    /// none gets the first scheme's answer.
    #[derive(Clone)]
    pub struct AnyOf(Vec<Arc<dyn Authenticate>>);

    impl AnyOf {
        /// The schemes, in the model's order of preference.
        pub fn new(schemes: Vec<Arc<dyn Authenticate>>) -> Self {
            Self(schemes)
        }
    }

    impl AnyOf {
        /// The scheme whose credentials the request presents, else the first.
        fn chosen(&self, parts: &http::request::Parts) -> Option<&Arc<dyn Authenticate>> {
            self.0
                .iter()
                .find(|a| a.presented(parts))
                .or_else(|| self.0.first())
        }
    }

    impl Authenticate for AnyOf {
        fn authenticate(
            &self,
            parts: &http::request::Parts,
            body: Option<&[u8]>,
        ) -> Result<String, WireError> {
            let chosen = self
                .chosen(parts)
                .ok_or_else(|| unauthorized("this service accepts no credentials"))?;
            chosen.authenticate(parts, body)
        }

        fn presented(&self, parts: &http::request::Parts) -> bool {
            self.0.iter().any(|a| a.presented(parts))
        }

        fn reads_streamed_body(&self, parts: &http::request::Parts) -> bool {
            self.chosen(parts)
                .is_some_and(|a| a.reads_streamed_body(parts))
        }

        fn check_stream(
            &self,
            parts: &http::request::Parts,
            stream: crate::stream::ByteStream,
        ) -> crate::stream::ByteStream {
            match self.chosen(parts) {
                Some(a) => a.check_stream(parts, stream),
                None => stream,
            }
        }
    }
}
