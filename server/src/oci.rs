//! The OCI Distribution API (what `docker`, `skopeo` and `crane` speak) under
//! `/v2/`, over the same store as the ECR API: a repository created with
//! `CreateRepository` is pushed to with `skopeo copy`, an image pushed with
//! `skopeo` is listed by `ListImages`, and the other way round.
//!
//! Authentication is ECR's: HTTP Basic with user `AWS` and the password
//! `GetAuthorizationToken` hands out (`aws ecr get-login-password`), or that
//! token as a Bearer token. Errors are `{"errors":[{"code","message","detail"}]}`
//! with the specification's codes.

use std::collections::HashSet;
use std::sync::{Arc, LazyLock, Mutex};
use std::time::SystemTime;

use aws_smithy_http_server::body::{collect_body_limited, to_boxed, BoxBody, CollectBodyError};
use aws_smithy_types::base64;
use bytes::Buf;
use http::{header, HeaderMap, HeaderValue, Method, Request, Response, StatusCode};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tokio::io::{AsyncSeekExt, AsyncWriteExt};

use crate::blobs;
use crate::media::{self, content_type, essence, IMAGE_TYPES, INDEX_TYPES, MANIFEST_LIMIT};
use crate::registry::Caller;
use crate::registry::{ManifestError, Registry};
use crate::store::{LayerDeletion, PutImageOutcome, Store, StoreError};
use crate::upstream::UpstreamError;
use codegen_rt::sigv4::{self as auth, Keys};

/// A `/v2/` request, routed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `/v2/`: the version check.
    Base,
    /// `/v2/_catalog`
    Catalog,
    /// `/v2/{name}/tags/list`
    Tags(String),
    /// `/v2/{name}/manifests/{reference}`
    Manifest(String, String),
    /// `/v2/{name}/blobs/{digest}`
    Blob(String, String),
    /// `/v2/{name}/blobs/uploads/`
    Uploads(String),
    /// `/v2/{name}/blobs/uploads/{id}`
    Upload(String, String),
    /// `/v2/{name}/referrers/{digest}` (OCI 1.1)
    Referrers(String, String),
}

impl Route {
    /// The repository the request is about, if any.
    pub fn repository(&self) -> Option<&str> {
        match self {
            Route::Base | Route::Catalog => None,
            Route::Tags(n)
            | Route::Manifest(n, _)
            | Route::Blob(n, _)
            | Route::Uploads(n)
            | Route::Upload(n, _)
            | Route::Referrers(n, _) => Some(n),
        }
    }

    /// The ECR action a request is, for repository and registry policies:
    /// the ECR API operation that does the same (`None`: the version check).
    pub fn action(&self, method: &Method) -> Option<&'static str> {
        let write = !matches!(*method, Method::GET | Method::HEAD);
        Some(match self {
            Route::Base => return None,
            Route::Catalog => "ecr:DescribeRepositories",
            Route::Tags(_) => "ecr:ListImages",
            Route::Manifest(..) if *method == Method::PUT => "ecr:PutImage",
            Route::Manifest(..) | Route::Blob(..) if *method == Method::DELETE => {
                "ecr:BatchDeleteImage"
            }
            Route::Manifest(..) | Route::Referrers(..) => "ecr:BatchGetImage",
            Route::Blob(..) if *method == Method::HEAD => "ecr:BatchCheckLayerAvailability",
            Route::Blob(..) => "ecr:GetDownloadUrlForLayer",
            Route::Uploads(_) => "ecr:InitiateLayerUpload",
            Route::Upload(..) if *method == Method::PUT => "ecr:CompleteLayerUpload",
            Route::Upload(..) if write => "ecr:UploadLayerPart",
            Route::Upload(..) => "ecr:InitiateLayerUpload",
        })
    }
}

/// A refusal by the repository or registry policy, as `/v2/` says it.
fn denied(e: codegen_rt::error::Unhandled) -> OciError {
    OciError::new(
        StatusCode::FORBIDDEN,
        "DENIED",
        e.message().unwrap_or_default(),
    )
}

/// An error as the distribution specification words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OciError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    pub detail: Option<Value>,
}

impl OciError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            detail: None,
        }
    }

    fn with_detail(mut self, detail: Value) -> Self {
        self.detail = Some(detail);
        self
    }

    fn manifest_unknown(name: &str, reference: &str, message: String) -> Self {
        Self::new(StatusCode::NOT_FOUND, "MANIFEST_UNKNOWN", message)
            .with_detail(json!({ "name": name, "reference": reference }))
    }

    fn name_unknown(name: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "NAME_UNKNOWN",
            format!("repository '{name}' is not known to the registry"),
        )
        .with_detail(json!({ "name": name }))
    }

    fn digest_invalid(d: &str) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "DIGEST_INVALID",
            format!("'{d}' is not a valid sha256 digest"),
        )
        .with_detail(json!({ "digest": d }))
    }

    fn upload_unknown(id: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "BLOB_UPLOAD_UNKNOWN",
            format!("upload '{id}' is not known to the registry"),
        )
    }

    fn storage(e: impl std::fmt::Display) -> Self {
        tracing::error!(error = %e, "storage failure");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "UNKNOWN",
            format!("internal storage failure: {e}"),
        )
    }

    fn upstream(e: &UpstreamError) -> Self {
        Self::new(StatusCode::BAD_GATEWAY, "UNKNOWN", e.to_string())
            .with_detail(json!({ "upstream": e.to_string() }))
    }

    /// The response: the status, `{"errors":[...]}`, and for 401 the challenge.
    pub fn response(&self, host: &str) -> Response<BoxBody> {
        let mut entry = json!({ "code": self.code, "message": self.message });
        if let Some(d) = &self.detail {
            entry["detail"] = d.clone();
        }
        let body = serde_json::to_vec(&json!({ "errors": [entry] })).unwrap_or_default();
        let mut r = Response::new(to_boxed(body));
        *r.status_mut() = self.status;
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        if self.status == StatusCode::UNAUTHORIZED {
            let challenge = format!("Basic realm=\"http://{host}/\",service=\"ecr.amazonaws.com\"");
            if let Ok(v) = HeaderValue::from_str(&challenge) {
                r.headers_mut().insert(header::WWW_AUTHENTICATE, v);
            }
        }
        r
    }
}

static NAME: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$")
        .expect("repository name pattern")
});
static TAG: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$").expect("tag pattern")
});
static DIGEST: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"^sha256:[a-f0-9]{64}$").expect("digest pattern"));

/// The media types a request's `Accept` headers name (parameters such as
/// `q` dropped, lowercase); `None` when any type will do: no `Accept`, or a
/// wildcard (`*/*`, `application/*`) among them.
pub fn accepted_types(headers: &HeaderMap) -> Option<Vec<String>> {
    let mut types = Vec::new();
    for value in headers.get_all(header::ACCEPT) {
        let Ok(value) = value.to_str() else { continue };
        for t in value.split(',') {
            let t = essence(t);
            if t == "*/*" || t.eq_ignore_ascii_case("application/*") {
                return None;
            }
            if !t.is_empty() {
                types.push(t.to_ascii_lowercase());
            }
        }
    }
    (!types.is_empty()).then_some(types)
}

fn accepts(accepted: &[String], media_type: &str) -> bool {
    accepted.iter().any(|a| a.eq_ignore_ascii_case(media_type))
}

/// What a manifest GET by tag answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    /// The manifest the tag names.
    Stored,
    /// The image manifest with this digest, from the index the tag names.
    Child(String),
}

/// Content negotiation for a manifest GET by tag, as the distribution
/// registry does it: the stored manifest when its type is accepted; for an
/// index (or Docker manifest list) when only single-image manifests are
/// accepted, its `linux/amd64` image (a client that cannot read an index
/// predates multi-platform images, which were all `linux/amd64`); otherwise
/// a refusal saying why (`MANIFEST_UNKNOWN`, as the distribution registry
/// answers).
pub fn negotiate(accepted: &[String], image: &crate::store::Image) -> Result<Pick, String> {
    if accepts(accepted, &image.media_type) {
        return Ok(Pick::Stored);
    }
    let is_index = INDEX_TYPES
        .iter()
        .any(|t| t.eq_ignore_ascii_case(&image.media_type));
    if is_index && IMAGE_TYPES.iter().any(|t| accepts(accepted, t)) {
        let index: Value = serde_json::from_str(&image.manifest).unwrap_or(Value::Null);
        let entries = index["manifests"].as_array().map_or(&[][..], Vec::as_slice);
        let child = entries.iter().find(|m| {
            m["platform"]["os"] == "linux"
                && m["platform"]["architecture"] == "amd64"
                && m["mediaType"].as_str().is_none_or(|t| accepts(accepted, t))
        });
        return match child.and_then(|m| m["digest"].as_str()) {
            Some(d) => Ok(Pick::Child(d.to_owned())),
            None => Err(format!(
                "manifest '{}' is an index of type '{}' with no linux/amd64 image of a type the request accepts ({})",
                image.digest,
                image.media_type,
                accepted.join(", ")
            )),
        };
    }
    Err(format!(
        "manifest '{}' is of type '{}', which the request does not accept ({})",
        image.digest,
        image.media_type,
        accepted.join(", ")
    ))
}

/// Whether `d` is a digest this registry stores (`sha256:` and 64 hex digits).
pub fn valid_digest(d: &str) -> bool {
    DIGEST.is_match(d)
}

fn check_name(name: &str) -> Result<(), OciError> {
    if name.len() > 256 || !NAME.is_match(name) {
        return Err(OciError::new(
            StatusCode::BAD_REQUEST,
            "NAME_INVALID",
            format!("invalid repository name '{name}'"),
        )
        .with_detail(json!({ "name": name })));
    }
    Ok(())
}

/// Routes a request path (percent-decoded first); `None` when it is no `/v2/` endpoint.
pub fn route(path: &str) -> Result<Route, OciError> {
    let path = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    let Some(p) = path
        .strip_prefix("/v2/")
        .or(if path == "/v2" { Some("") } else { None })
    else {
        return Err(not_found(&path));
    };
    if p.is_empty() {
        return Ok(Route::Base);
    }
    if p == "_catalog" {
        return Ok(Route::Catalog);
    }
    let r = if let Some(name) = p.strip_suffix("/tags/list") {
        Route::Tags(name.to_owned())
    } else if let Some((name, rest)) = p.rsplit_once("/blobs/uploads") {
        match rest.trim_start_matches('/') {
            "" => Route::Uploads(name.to_owned()),
            id if !id.contains('/') => Route::Upload(name.to_owned(), id.to_owned()),
            _ => return Err(not_found(&path)),
        }
    } else if let Some((name, d)) = p.rsplit_once("/blobs/") {
        Route::Blob(name.to_owned(), d.to_owned())
    } else if let Some((name, r)) = p.rsplit_once("/manifests/") {
        Route::Manifest(name.to_owned(), r.to_owned())
    } else if let Some((name, d)) = p.rsplit_once("/referrers/") {
        Route::Referrers(name.to_owned(), d.to_owned())
    } else {
        return Err(not_found(&path));
    };
    let name = match &r {
        Route::Tags(n)
        | Route::Manifest(n, _)
        | Route::Blob(n, _)
        | Route::Uploads(n)
        | Route::Upload(n, _)
        | Route::Referrers(n, _) => n,
        Route::Base | Route::Catalog => unreachable!("returned above"),
    };
    check_name(name)?;
    Ok(r)
}

fn not_found(path: &str) -> OciError {
    OciError::new(
        StatusCode::NOT_FOUND,
        "UNSUPPORTED",
        format!("no registry endpoint at '{path}'"),
    )
}

fn unsupported(method: &Method) -> OciError {
    OciError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "UNSUPPORTED",
        format!("{method} is not supported here"),
    )
}

/// Checks `Authorization`: Basic `AWS:<password>` or Bearer `<authorizationToken>`,
/// where the password is what `GetAuthorizationToken` signed.
/// Returns the access key id the token was issued to.
pub fn check_auth(keys: &Keys, region: &str, headers: &HeaderMap) -> Result<String, OciError> {
    let unauthorized = |m: &str| OciError::new(StatusCode::UNAUTHORIZED, "UNAUTHORIZED", m);
    let Some(value) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    else {
        return Err(unauthorized("authentication required"));
    };
    let (scheme, token) = value.split_once(' ').unwrap_or((value, ""));
    if !scheme.eq_ignore_ascii_case("basic") && !scheme.eq_ignore_ascii_case("bearer") {
        return Err(unauthorized("use Basic authentication with user AWS"));
    }
    let decoded = base64::decode(token.trim())
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or_else(|| unauthorized("the credentials are not valid base64"))?;
    let (user, password) = decoded
        .split_once(':')
        .ok_or_else(|| unauthorized("the credentials are not user:password"))?;
    if user != "AWS" {
        return Err(unauthorized("the user name must be AWS"));
    }
    let password = base64::decode(password)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or_else(|| unauthorized("the password is not one GetAuthorizationToken issued"))?;
    let url = password
        .strip_prefix("http://")
        .or_else(|| password.strip_prefix("https://"))
        .ok_or_else(|| unauthorized("the password is not one GetAuthorizationToken issued"))?;
    let (host, rest) = url.split_once('/').unwrap_or((url, ""));
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if path != "v2/" {
        return Err(unauthorized(
            "the password is not one GetAuthorizationToken issued",
        ));
    }
    auth::verify_url(keys, region, host, "/v2/", query, SystemTime::now()).map_err(|e| match e {
        auth::UrlError::Expired => unauthorized(
            "the authorization token has expired; get a new one with GetAuthorizationToken",
        ),
        auth::UrlError::BadSignature(_) => {
            unauthorized("the password is not one GetAuthorizationToken issued")
        }
    })
}

/// Uploads with a request writing to them right now: a second writer is refused.
#[derive(Default)]
pub struct Busy(Mutex<HashSet<String>>);

struct Claim<'a>(&'a Busy, String);

impl Busy {
    /// The right to write to upload `id`, or 416 while another request has it.
    fn claim(&self, id: &str) -> Result<Claim<'_>, OciError> {
        let mut set = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if set.insert(id.to_owned()) {
            Ok(Claim(self, id.to_owned()))
        } else {
            Err(OciError::new(
                StatusCode::RANGE_NOT_SATISFIABLE,
                "BLOB_UPLOAD_INVALID",
                format!("another request is writing to upload '{id}'"),
            ))
        }
    }
}

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        self.0
             .0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&self.1);
    }
}

/// The `/v2/` endpoints over a [`Registry`].
#[derive(Clone)]
pub struct Oci {
    registry: Arc<Registry>,
    check_auth: bool,
    busy: Arc<Busy>,
}

fn query_param(query: Option<&str>, key: &str) -> Option<String> {
    form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

fn empty(status: StatusCode) -> Response<BoxBody> {
    let mut r = Response::new(to_boxed(bytes::Bytes::new()));
    *r.status_mut() = status;
    r.headers_mut()
        .insert(header::CONTENT_LENGTH, HeaderValue::from(0));
    r
}

fn set(r: &mut Response<BoxBody>, name: &'static str, value: &str) {
    if let Ok(v) = HeaderValue::from_str(value) {
        r.headers_mut().insert(name, v);
    }
}

fn json_response(v: &Value) -> Response<BoxBody> {
    let body = serde_json::to_vec(v).unwrap_or_default();
    let mut r = Response::new(to_boxed(body));
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    r
}

/// `n` and `last` of a paginated list; `n` is capped at 1000.
fn page(query: Option<&str>) -> Result<(usize, Option<String>), OciError> {
    let n = match query_param(query, "n") {
        Some(v) => v.parse::<usize>().map_err(|_| {
            OciError::new(
                StatusCode::BAD_REQUEST,
                "PAGINATION_NUMBER_INVALID",
                format!("n must be a number, not '{v}'"),
            )
        })?,
        None => 100,
    };
    Ok((n.min(1000), query_param(query, "last")))
}

/// A page of a `/v2/` list: `body` with `key` holding the first `n` of
/// `items` (read with one extra to tell whether more follow), and a `Link` to
/// the next page when they do.
fn list_page(
    mut body: Value,
    key: &str,
    items: &[&str],
    n: usize,
    path: &str,
) -> Response<BoxBody> {
    let page = &items[..items.len().min(n)];
    body[key] = json!(page);
    let mut r = json_response(&body);
    if let (true, Some(last)) = (items.len() > n, page.last()) {
        let q: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("n", &n.to_string())
            .append_pair("last", last)
            .finish();
        set(&mut r, "link", &format!("<{path}?{q}>; rel=\"next\""));
    }
    r
}

/// Where an upload is, for `Location`/`Range`/`Docker-Upload-UUID`.
fn upload_status(status: StatusCode, name: &str, id: &str, received: u64) -> Response<BoxBody> {
    let mut r = empty(status);
    set(
        &mut r,
        "location",
        &format!("/v2/{name}/blobs/uploads/{id}"),
    );
    set(
        &mut r,
        "range",
        &format!("0-{}", received.saturating_sub(1)),
    );
    set(&mut r, "docker-upload-uuid", id);
    r
}

fn blob_created(name: &str, digest: &str) -> Response<BoxBody> {
    let mut r = empty(StatusCode::CREATED);
    set(&mut r, "location", &format!("/v2/{name}/blobs/{digest}"));
    set(&mut r, "docker-content-digest", digest);
    r
}

/// `Content-Range: a-b` (also `bytes a-b`, `bytes=a-b`) of a PATCH: its start.
pub fn content_range_start(headers: &HeaderMap) -> Result<Option<u64>, String> {
    let Some(v) = headers.get(header::CONTENT_RANGE) else {
        return Ok(None);
    };
    let bad = || "Content-Range must be <start>-<end>".to_owned();
    let v = v.to_str().map_err(|_| bad())?;
    let v = v
        .trim()
        .trim_start_matches("bytes")
        .trim_start_matches(['=', ' ']);
    let (a, b) = v.split_once('-').ok_or_else(bad)?;
    let a: u64 = a.trim().parse().map_err(|_| bad())?;
    let b: u64 = b
        .split('/')
        .next()
        .unwrap_or_default()
        .trim()
        .parse()
        .map_err(|_| bad())?;
    if b < a {
        return Err(format!("Content-Range ends ({b}) before it starts ({a})"));
    }
    Ok(Some(a))
}

impl Oci {
    pub fn new(registry: Arc<Registry>, check_auth: bool) -> Self {
        Self {
            registry,
            check_auth,
            busy: Arc::default(),
        }
    }

    fn store(&self) -> &Arc<Store> {
        self.registry.store()
    }

    /// Storage work off the async threads; a failure is a 500 `UNKNOWN`.
    async fn blocking<T, F>(&self, f: F) -> Result<T, OciError>
    where
        F: FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
        T: Send + 'static,
    {
        self.registry.run(f).await.map_err(OciError::storage)
    }

    /// Handles one `/v2/` request (pre-signed downloads are the caller's).
    pub async fn handle<B>(&self, req: Request<B>) -> Response<BoxBody>
    where
        B: http_body::Body,
        B::Error: std::fmt::Display,
    {
        let host = req
            .headers()
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("localhost")
            .to_owned();
        let (method, path) = (req.method().clone(), req.uri().path().to_owned());
        let mut resp = match self.dispatch(req).await {
            Ok(r) => r,
            Err(e) => {
                tracing::info!(%method, path, code = e.code, status = e.status.as_u16(), message = %e.message, "registry request refused");
                e.response(&host)
            }
        };
        resp.headers_mut().insert(
            "docker-distribution-api-version",
            HeaderValue::from_static("registry/2.0"),
        );
        resp
    }

    async fn dispatch<B>(&self, req: Request<B>) -> Result<Response<BoxBody>, OciError>
    where
        B: http_body::Body,
        B::Error: std::fmt::Display,
    {
        let mut caller = None;
        if self.check_auth {
            let s = self.registry.settings();
            let key = check_auth(&s.keys, &s.region, req.headers())?;
            let reads = matches!(*req.method(), Method::GET | Method::HEAD);
            if !reads && s.read_only.contains(&key) {
                return Err(OciError::new(
                    StatusCode::FORBIDDEN,
                    "DENIED",
                    format!("access key '{key}' may only pull from this registry"),
                ));
            }
            caller = Some(key);
        }
        let route = route(req.uri().path())?;
        let method = req.method().clone();
        let who = Caller::new(caller.as_deref(), req.extensions());
        if let Some(action) = route.action(&method) {
            self.registry
                .authorize(&who, action, route.repository())
                .await
                .map_err(denied)?;
        }
        let head = method == Method::HEAD;
        let query = req.uri().query().map(str::to_owned);
        let query = query.as_deref();
        match (route, method) {
            (Route::Base, Method::GET | Method::HEAD) => Ok(json_response(&json!({}))),
            (Route::Catalog, Method::GET) => self.catalog(query).await,
            (Route::Tags(name), Method::GET) => self.tags(&name, query).await,
            (Route::Manifest(name, r), Method::GET | Method::HEAD) => {
                let accepted = accepted_types(req.headers());
                self.get_manifest(&name, &r, accepted.as_deref(), head, caller.as_deref())
                    .await
            }
            (Route::Manifest(name, r), Method::PUT) => {
                let repo = self.push_repo(&name, &who).await?;
                self.put_manifest(repo, &r, req).await
            }
            (Route::Manifest(name, r), Method::DELETE) => self.delete_manifest(&name, &r).await,
            (Route::Blob(name, d), Method::GET | Method::HEAD) => {
                let range = req
                    .headers()
                    .get(header::RANGE)
                    .and_then(|v| v.to_str().ok());
                self.get_blob(&name, &d, range, head).await
            }
            (Route::Blob(name, d), Method::DELETE) => self.delete_blob(&name, &d).await,
            (Route::Referrers(name, d), Method::GET) => self.referrers(&name, &d, query).await,
            (Route::Uploads(name), Method::POST) => {
                self.push_repo(&name, &who).await?;
                self.start_upload(&name, query, req).await
            }
            (Route::Upload(name, id), Method::PATCH) => self.patch_upload(&name, &id, req).await,
            (Route::Upload(name, id), Method::PUT) => self.put_upload(&name, &id, query, req).await,
            (Route::Upload(name, id), Method::GET) => {
                let received = self.upload(&name, &id).await?;
                Ok(upload_status(StatusCode::NO_CONTENT, &name, &id, received))
            }
            (Route::Upload(name, id), Method::DELETE) => {
                let (n, i) = (name.clone(), id.clone());
                if self.blocking(move |s| s.cancel_upload(&n, &i)).await? {
                    Ok(empty(StatusCode::NO_CONTENT))
                } else {
                    Err(OciError::upload_unknown(&id))
                }
            }
            (_, m) => Err(unsupported(&m)),
        }
    }

    /// The repository pushed to: it exists, or a `CREATE_ON_PUSH` template
    /// creates it, which the caller must be allowed (`ecr:CreateRepository`).
    async fn push_repo(
        &self,
        name: &str,
        caller: &Caller<'_>,
    ) -> Result<crate::store::Repo, OciError> {
        let n = name.to_owned();
        if let Some(r) = self.blocking(move |s| s.repository(&n)).await? {
            return Ok(r);
        }
        self.registry
            .authorize(caller, "ecr:CreateRepository", Some(name))
            .await
            .map_err(denied)?;
        match self.registry.create_on_push(name).await {
            Ok(Some(r)) => Ok(r),
            Ok(None) => Err(OciError::name_unknown(name)),
            Err(e) => Err(OciError::storage(e)),
        }
    }

    /// The repository must exist (or be one a pull-through cache rule creates on demand).
    async fn repo(&self, name: &str) -> Result<crate::store::Repo, OciError> {
        match self.registry.repository_or_cache(name).await {
            Ok(Some(r)) => Ok(r),
            Ok(None) => Err(OciError::name_unknown(name)),
            Err(e) => Err(OciError::storage(e)),
        }
    }

    /// OCI 1.1's referrers: an image index of the manifests whose `subject`
    /// is `digest`, each with its `artifactType` (the manifest's, else its
    /// config's media type) and annotations; `?artifactType=` keeps those of
    /// that type and says so in `OCI-Filters-Applied`. Never a 404: a
    /// subject (or repository) nothing refers to has an empty list.
    async fn referrers(
        &self,
        name: &str,
        digest: &str,
        query: Option<&str>,
    ) -> Result<Response<BoxBody>, OciError> {
        if !valid_digest(digest) {
            return Err(OciError::digest_invalid(digest));
        }
        let wanted = query_param(query, "artifactType");
        let known = match self.registry.repository_or_cache(name).await {
            Ok(r) => r.is_some(),
            Err(e) => return Err(OciError::storage(e)),
        };
        let rows = if known {
            let (n, d) = (name.to_owned(), digest.to_owned());
            self.blocking(move |s| s.referrers(&n, &d)).await?
        } else {
            Vec::new()
        };
        let mut manifests = Vec::new();
        for r in rows {
            let v: Value = serde_json::from_str(&r.manifest).unwrap_or_default();
            let artifact_type = media::artifact_type(&v, &r.media_type);
            if wanted.as_deref().is_some_and(|w| artifact_type != Some(w)) {
                continue;
            }
            let mut d =
                json!({ "mediaType": r.media_type, "digest": r.digest, "size": r.manifest.len() });
            if let Some(a) = artifact_type {
                d["artifactType"] = json!(a);
            }
            if let Some(a) = v.get("annotations").filter(|a| a.is_object()) {
                d["annotations"] = a.clone();
            }
            manifests.push(d);
        }
        let index = json!({
            "schemaVersion": 2,
            "mediaType": INDEX_TYPES[0],
            "manifests": manifests,
        });
        let mut r = json_response(&index);
        set(&mut r, "content-type", INDEX_TYPES[0]);
        if wanted.is_some() {
            set(&mut r, "oci-filters-applied", "artifactType");
        }
        Ok(r)
    }

    async fn catalog(&self, query: Option<&str>) -> Result<Response<BoxBody>, OciError> {
        let (n, last) = page(query)?;
        let repos = self
            .blocking(move |s| s.repositories(last.as_deref(), n + 1))
            .await?;
        let names: Vec<&str> = repos.iter().map(|r| r.name.as_str()).collect();
        Ok(list_page(
            json!({}),
            "repositories",
            &names,
            n,
            "/v2/_catalog",
        ))
    }

    async fn tags(&self, name: &str, query: Option<&str>) -> Result<Response<BoxBody>, OciError> {
        self.repo(name).await?;
        let (n, last) = page(query)?;
        let repo = name.to_owned();
        let tags = self
            .blocking(move |s| s.tags(&repo, last.as_deref(), n + 1))
            .await?;
        let tags: Vec<&str> = tags.iter().map(String::as_str).collect();
        let path = format!("/v2/{name}/tags/list");
        Ok(list_page(json!({ "name": name }), "tags", &tags, n, &path))
    }

    /// `(digest, tag)` of a manifest reference.
    fn reference(r: &str) -> Result<(Option<&str>, Option<&str>), OciError> {
        if r.contains(':') {
            if !valid_digest(r) {
                return Err(OciError::digest_invalid(r));
            }
            Ok((Some(r), None))
        } else if TAG.is_match(r) {
            Ok((None, Some(r)))
        } else {
            Err(OciError::new(
                StatusCode::BAD_REQUEST,
                "TAG_INVALID",
                format!("'{r}' is neither a valid tag nor a digest"),
            ))
        }
    }

    /// A reference looked up (GET, HEAD, DELETE): one that is neither a tag
    /// nor a digest names no manifest, which is a 404 `MANIFEST_UNKNOWN` (as
    /// the specification says of a manifest that is not found; a push to
    /// it is still refused as `TAG_INVALID`).
    fn lookup<'r>(name: &str, r: &'r str) -> Result<(Option<&'r str>, Option<&'r str>), OciError> {
        Self::reference(r).map_err(|e| {
            if e.code == "TAG_INVALID" {
                OciError::manifest_unknown(
                    name,
                    r,
                    format!("'{r}' is neither a tag nor a digest: no manifest has it"),
                )
            } else {
                e
            }
        })
    }

    /// A manifest by digest or tag (pulled through when a cache rule covers
    /// the repository).
    async fn manifest(
        &self,
        name: &str,
        digest: Option<&str>,
        tag: Option<&str>,
    ) -> Result<crate::store::Image, OciError> {
        let image = self
            .registry
            .image_or_cache(name, digest, tag)
            .await
            .map_err(|e| match e {
                crate::registry::CacheError::Store(e) => OciError::storage(e),
                crate::registry::CacheError::Upstream(e) => OciError::upstream(&e),
            })?;
        image.ok_or_else(|| {
            let reference = digest.or(tag).unwrap_or_default();
            OciError::manifest_unknown(
                name,
                reference,
                format!("manifest '{reference}' is not in repository '{name}'"),
            )
        })
    }

    /// GET or HEAD of a manifest. By tag, the client's `Accept` decides
    /// (see [`negotiate`]); by digest, the stored bytes are the answer.
    async fn get_manifest(
        &self,
        name: &str,
        reference: &str,
        accepted: Option<&[String]>,
        head: bool,
        caller: Option<&str>,
    ) -> Result<Response<BoxBody>, OciError> {
        self.repo(name).await?;
        let (digest, tag) = Self::lookup(name, reference)?;
        let mut image = self.manifest(name, digest, tag).await?;
        if let (Some(accepted), Some(_)) = (accepted, tag) {
            let refuse = |why: String| OciError::manifest_unknown(name, reference, why);
            match negotiate(accepted, &image).map_err(refuse)? {
                Pick::Stored => {}
                Pick::Child(child) => {
                    image = self.manifest(name, Some(&child), None).await?;
                    if !accepts(accepted, &image.media_type) {
                        return Err(refuse(format!(
                            "the linux/amd64 image '{child}' of manifest '{reference}' is of type '{}', which the request does not accept",
                            image.media_type
                        )));
                    }
                }
            }
        }
        if image.archived {
            return Err(OciError::manifest_unknown(
                name,
                reference,
                format!(
                    "manifest '{}' is archived: restore it with UpdateImageStorageClass (targetStorageClass STANDARD)",
                    image.digest
                ),
            ));
        }
        if !head {
            self.registry.record_pull(name, &image.digest, caller).await;
        }
        let len = image.manifest.len();
        let mut r = if head {
            Response::new(to_boxed(bytes::Bytes::new()))
        } else {
            Response::new(to_boxed(image.manifest))
        };
        r.headers_mut()
            .insert(header::CONTENT_LENGTH, HeaderValue::from(len));
        set(&mut r, "content-type", &image.media_type);
        set(&mut r, "docker-content-digest", &image.digest);
        set(&mut r, "etag", &format!("\"{}\"", image.digest));
        Ok(r)
    }

    async fn put_manifest<B>(
        &self,
        repo: crate::store::Repo,
        reference: &str,
        req: Request<B>,
    ) -> Result<Response<BoxBody>, OciError>
    where
        B: http_body::Body,
        B::Error: std::fmt::Display,
    {
        let name = repo.name.as_str();
        let (digest, tag) = Self::reference(reference)?;
        let media_type = content_type(req.headers());
        let bytes = collect_body_limited(req.into_body(), MANIFEST_LIMIT)
            .await
            .map_err(|e| match e {
                CollectBodyError::TooLarge(_) => OciError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "SIZE_INVALID",
                    format!("a manifest is at most {MANIFEST_LIMIT} bytes"),
                ),
                CollectBodyError::Body(e) => OciError::new(
                    StatusCode::BAD_REQUEST,
                    "MANIFEST_INVALID",
                    format!("could not read the manifest: {e}"),
                ),
            })?;
        let text = String::from_utf8(bytes.to_vec()).map_err(|_| {
            OciError::new(
                StatusCode::BAD_REQUEST,
                "MANIFEST_INVALID",
                "the manifest is not UTF-8 JSON",
            )
        })?;
        let stored = self
            .registry
            .store_manifest(&repo, &text, media_type.as_deref(), tag, digest)
            .await;
        let (digest, _, outcome) = stored.map_err(|e| match e {
            ManifestError::DigestMismatch { given, actual } => OciError::new(
                StatusCode::BAD_REQUEST,
                "DIGEST_INVALID",
                format!("the manifest's digest is {actual}, not {given}"),
            ),
            ManifestError::Invalid(m) => {
                OciError::new(StatusCode::BAD_REQUEST, "MANIFEST_INVALID", m)
            }
            ManifestError::MissingImages(images) => OciError::new(
                StatusCode::BAD_REQUEST,
                "MANIFEST_BLOB_UNKNOWN",
                "manifests the index references are not in the repository",
            )
            .with_detail(json!({ "manifests": images })),
            ManifestError::Store(e) => OciError::storage(e),
        })?;
        match outcome {
            PutImageOutcome::Stored | PutImageOutcome::AlreadyExists => {
                let mut r = empty(StatusCode::CREATED);
                set(&mut r, "location", &format!("/v2/{name}/manifests/{digest}"));
                set(&mut r, "docker-content-digest", &digest);
                // OCI 1.1: the subject is indexed for the referrers API.
                if let Some(subject) = media::subject_of(&text) {
                    set(&mut r, "oci-subject", &subject);
                }
                Ok(r)
            }
            PutImageOutcome::TagImmutable => Err(OciError::new(
                StatusCode::BAD_REQUEST,
                "TAG_INVALID",
                format!(
                    "tag '{}' already names another image and repository '{name}' has immutable tags",
                    tag.unwrap_or_default()
                ),
            )),
            PutImageOutcome::MissingLayers(missing) => Err(OciError::new(
                StatusCode::BAD_REQUEST,
                "MANIFEST_BLOB_UNKNOWN",
                "blobs the manifest references are not in the repository",
            )
            .with_detail(json!({ "blobs": missing }))),
        }
    }

    async fn delete_manifest(
        &self,
        name: &str,
        reference: &str,
    ) -> Result<Response<BoxBody>, OciError> {
        self.repo(name).await?;
        let (digest, tag) = Self::lookup(name, reference)?;
        let (n, d, t) = (
            name.to_owned(),
            digest.map(str::to_owned),
            tag.map(str::to_owned),
        );
        match self
            .blocking(move |s| s.delete_image(&n, d.as_deref(), t.as_deref()))
            .await?
        {
            Some(_) => Ok(empty(StatusCode::ACCEPTED)),
            None => Err(OciError::manifest_unknown(
                name,
                reference,
                format!("manifest '{reference}' is not in repository '{name}'"),
            )),
        }
    }

    /// `DELETE /v2/<name>/blobs/<digest>`: the repository stops having the
    /// blob (202); the bytes go with the next garbage collection unless
    /// another repository has them. A blob that an image of the repository
    /// references is refused (405 `UNSUPPORTED`, naming the image): delete
    /// the image first, so no stored image ever loses a layer.
    async fn delete_blob(&self, name: &str, digest: &str) -> Result<Response<BoxBody>, OciError> {
        if !valid_digest(digest) {
            return Err(OciError::digest_invalid(digest));
        }
        self.repo(name).await?;
        let (n, d) = (name.to_owned(), digest.to_owned());
        match self.blocking(move |s| s.delete_layer(&n, &d)).await? {
            LayerDeletion::Deleted => Ok(empty(StatusCode::ACCEPTED)),
            LayerDeletion::Unknown => Err(OciError::new(
                StatusCode::NOT_FOUND,
                "BLOB_UNKNOWN",
                format!("blob '{digest}' is not in repository '{name}'"),
            )
            .with_detail(json!({ "digest": digest }))),
            LayerDeletion::Referenced(image) => Err(OciError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "UNSUPPORTED",
                format!(
                    "blob '{digest}' is a layer of image '{image}' in repository '{name}': delete the image first"
                ),
            )
            .with_detail(json!({ "digest": digest, "image": image }))),
        }
    }

    async fn get_blob(
        &self,
        name: &str,
        digest: &str,
        range: Option<&str>,
        head: bool,
    ) -> Result<Response<BoxBody>, OciError> {
        if !valid_digest(digest) {
            return Err(OciError::digest_invalid(digest));
        }
        self.repo(name).await?;
        let size = match self.registry.layer_or_cache(name, digest).await {
            Ok(Some(size)) => size,
            Ok(None) => {
                return Err(OciError::new(
                    StatusCode::NOT_FOUND,
                    "BLOB_UNKNOWN",
                    format!("blob '{digest}' is not in repository '{name}'"),
                )
                .with_detail(json!({ "digest": digest })))
            }
            Err(crate::registry::CacheError::Store(e)) => return Err(OciError::storage(e)),
            Err(crate::registry::CacheError::Upstream(e)) => return Err(OciError::upstream(&e)),
        };
        match blobs::send(self.store(), digest, size, range, head).await {
            Ok(r) => Ok(r),
            Err(blobs::SendError::Range) => {
                let mut e = OciError::new(
                    StatusCode::RANGE_NOT_SATISFIABLE,
                    "BLOB_UNKNOWN",
                    format!(
                        "range '{}' is outside the blob's {size} bytes",
                        range.unwrap_or_default()
                    ),
                )
                .response("");
                set(&mut e, "content-range", &format!("bytes */{size}"));
                Ok(e)
            }
            Err(blobs::SendError::Io(e)) => Err(OciError::storage(e)),
        }
    }

    /// Bytes upload `id` of `name` has received.
    async fn upload(&self, name: &str, id: &str) -> Result<u64, OciError> {
        self.repo(name).await?;
        let (n, i) = (name.to_owned(), id.to_owned());
        self.blocking(move |s| s.upload_received(&n, &i))
            .await?
            .ok_or_else(|| OciError::upload_unknown(id))
    }

    async fn start_upload<B>(
        &self,
        name: &str,
        query: Option<&str>,
        req: Request<B>,
    ) -> Result<Response<BoxBody>, OciError>
    where
        B: http_body::Body,
        B::Error: std::fmt::Display,
    {
        if let (Some(digest), Some(from)) =
            (query_param(query, "mount"), query_param(query, "from"))
        {
            if valid_digest(&digest) && check_name(&from).is_ok() {
                let (to, f, d) = (name.to_owned(), from.clone(), digest.clone());
                if self
                    .blocking(move |s| s.link_layer(&to, &f, &d))
                    .await?
                    .is_some()
                {
                    return Ok(blob_created(name, &digest));
                }
            }
            // Not mountable: an ordinary upload, as the specification says.
        }
        let repo = name.to_owned();
        let id = self.blocking(move |s| s.new_upload(&repo)).await?;
        match query_param(query, "digest") {
            Some(digest) => {
                let claim = self.busy.claim(&id)?;
                let received = self.write(&id, 0, req.into_body()).await?;
                drop(claim);
                self.finish(name, &id, &digest, received).await
            }
            None => Ok(upload_status(StatusCode::ACCEPTED, name, &id, 0)),
        }
    }

    async fn patch_upload<B>(
        &self,
        name: &str,
        id: &str,
        req: Request<B>,
    ) -> Result<Response<BoxBody>, OciError>
    where
        B: http_body::Body,
        B::Error: std::fmt::Display,
    {
        let received = self.upload(name, id).await?;
        match content_range_start(req.headers()) {
            Ok(Some(start)) if start != received => {
                return Err(OciError::new(
                    StatusCode::RANGE_NOT_SATISFIABLE,
                    "BLOB_UPLOAD_INVALID",
                    format!("the chunk starts at byte {start}; the upload has {received} bytes"),
                ))
            }
            Err(why) => {
                return Err(OciError::new(
                    StatusCode::BAD_REQUEST,
                    "BLOB_UPLOAD_INVALID",
                    why,
                ))
            }
            _ => {}
        }
        let claim = self.busy.claim(id)?;
        let total = self.write(id, received, req.into_body()).await?;
        drop(claim);
        Ok(upload_status(StatusCode::ACCEPTED, name, id, total))
    }

    async fn put_upload<B>(
        &self,
        name: &str,
        id: &str,
        query: Option<&str>,
        req: Request<B>,
    ) -> Result<Response<BoxBody>, OciError>
    where
        B: http_body::Body,
        B::Error: std::fmt::Display,
    {
        let received = self.upload(name, id).await?;
        let Some(digest) = query_param(query, "digest") else {
            return Err(OciError::new(
                StatusCode::BAD_REQUEST,
                "DIGEST_INVALID",
                "the digest query parameter is required",
            ));
        };
        if !valid_digest(&digest) {
            return Err(OciError::digest_invalid(&digest));
        }
        let claim = self.busy.claim(id)?;
        let total = self.write(id, received, req.into_body()).await?;
        let r = self.finish(name, id, &digest, total).await;
        drop(claim);
        r
    }

    /// Verifies and stores what upload `id` received as blob `digest`.
    async fn finish(
        &self,
        name: &str,
        id: &str,
        digest: &str,
        received: u64,
    ) -> Result<Response<BoxBody>, OciError> {
        if !valid_digest(digest) {
            return Err(OciError::digest_invalid(digest));
        }
        let i = id.to_owned();
        let actual = self.blocking(move |s| s.hash_upload(&i, received)).await?;
        if actual != digest {
            return Err(OciError::new(
                StatusCode::BAD_REQUEST,
                "DIGEST_INVALID",
                format!("the uploaded content's digest is {actual}, not {digest}"),
            )
            .with_detail(json!({ "digest": digest })));
        }
        let (n, i, d) = (name.to_owned(), id.to_owned(), actual);
        self.blocking(move |s| {
            if !s.finish_upload(&n, &i, &d, received)? {
                // The repository had the layer already.
                s.cancel_upload(&n, &i)?;
            }
            Ok(())
        })
        .await?;
        Ok(blob_created(name, digest))
    }

    /// Appends the request body to upload `id` at `at`; the bytes count once
    /// they are fsynced and recorded. A body that fails midway records nothing.
    async fn write<B>(&self, id: &str, at: u64, body: B) -> Result<u64, OciError>
    where
        B: http_body::Body,
        B::Error: std::fmt::Display,
    {
        let path = self.store().upload_file(id);
        let io = OciError::storage;
        let mut f = tokio::fs::OpenOptions::new()
            .write(true)
            .open(&path)
            .await
            .map_err(io)?;
        f.set_len(at).await.map_err(io)?;
        f.seek(std::io::SeekFrom::Start(at)).await.map_err(io)?;
        let mut f = tokio::io::BufWriter::with_capacity(1 << 20, f);
        let mut total = at;
        let mut body = std::pin::pin!(body);
        loop {
            // The body's error type need not be Send: turned into text at once.
            let data = match body.frame().await {
                None => break,
                Some(Ok(frame)) => match frame.into_data() {
                    Ok(d) => d,
                    Err(_) => continue,
                },
                Some(Err(e)) => {
                    return Err(OciError::new(
                        StatusCode::BAD_REQUEST,
                        "BLOB_UPLOAD_INVALID",
                        format!("the request body ended early: {e}"),
                    ))
                }
            };
            let mut data = data;
            let n = data.remaining();
            let bytes = data.copy_to_bytes(n);
            f.write_all(&bytes).await.map_err(io)?;
            total += n as u64;
        }
        f.flush().await.map_err(io)?;
        f.get_ref().sync_all().await.map_err(io)?;
        if total != at {
            let i = id.to_owned();
            self.blocking(move |s| s.record_received(&i, total)).await?;
        }
        Ok(total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes() {
        let d = format!("sha256:{}", "a".repeat(64));
        assert_eq!(route("/v2/").unwrap(), Route::Base);
        assert_eq!(route("/v2").unwrap(), Route::Base);
        assert_eq!(route("/v2/_catalog").unwrap(), Route::Catalog);
        assert_eq!(
            route("/v2/team/web/tags/list").unwrap(),
            Route::Tags("team/web".into())
        );
        assert_eq!(
            route("/v2/team/web/manifests/latest").unwrap(),
            Route::Manifest("team/web".into(), "latest".into())
        );
        assert_eq!(
            route(&format!("/v2/a/blobs/{d}")).unwrap(),
            Route::Blob("a".into(), d.clone())
        );
        assert_eq!(
            route(&format!("/v2/a/blobs/{}", d.replace(':', "%3A"))).unwrap(),
            Route::Blob("a".into(), d.clone())
        );
        assert_eq!(
            route("/v2/a/b/blobs/uploads/").unwrap(),
            Route::Uploads("a/b".into())
        );
        assert_eq!(
            route("/v2/a/blobs/uploads/1234").unwrap(),
            Route::Upload("a".into(), "1234".into())
        );
        // A repository may be named like an endpoint's part.
        assert_eq!(
            route("/v2/blobs/manifests/v1").unwrap(),
            Route::Manifest("blobs".into(), "v1".into())
        );
        assert_eq!(
            route("/v2/UPPER/tags/list").unwrap_err().code,
            "NAME_INVALID"
        );
        assert_eq!(
            route("/v2/a//b/tags/list").unwrap_err().code,
            "NAME_INVALID"
        );
        assert_eq!(route("/v2/a/nothing").unwrap_err().status, 404);
        assert_eq!(route("/other").unwrap_err().status, 404);
    }

    #[test]
    fn content_ranges() {
        let mut h = HeaderMap::new();
        assert_eq!(content_range_start(&h), Ok(None));
        for (v, want) in [
            ("0-99", Some(0)),
            ("100-199", Some(100)),
            ("bytes 5-9/10", Some(5)),
            ("bytes=5-9", Some(5)),
            ("9-5", None),
            ("x-y", None),
            ("", None),
        ] {
            h.insert(header::CONTENT_RANGE, HeaderValue::from_static(v));
            assert_eq!(content_range_start(&h).ok().flatten(), want, "{v}");
            assert_eq!(content_range_start(&h).is_err(), want.is_none(), "{v}");
        }
    }

    #[test]
    fn accept_headers() {
        let of = |values: &[&str]| {
            let mut h = HeaderMap::new();
            for v in values {
                h.append(header::ACCEPT, HeaderValue::from_str(v).unwrap());
            }
            accepted_types(&h)
        };
        assert_eq!(of(&[]), None);
        assert_eq!(of(&["*/*"]), None);
        assert_eq!(of(&[IMAGE_TYPES[1], "application/*;q=0.1"]), None);
        assert_eq!(
            of(&[
                "Application/VND.oci.image.manifest.v1+json; q=0.9 , ",
                IMAGE_TYPES[1]
            ]),
            Some(vec![IMAGE_TYPES[0].to_owned(), IMAGE_TYPES[1].to_owned()])
        );
    }

    #[test]
    fn negotiation() {
        let d = |c: char| format!("sha256:{}", c.to_string().repeat(64));
        let entry = |digest: String, media_type: Option<&str>, arch: &str| {
            let mut e = json!({"digest": digest, "size": 1,
                "platform": {"os": "linux", "architecture": arch}});
            if let Some(t) = media_type {
                e["mediaType"] = json!(t);
            }
            e
        };
        let index = |media_type: &str, entries: Vec<Value>| crate::store::Image {
            digest: d('f'),
            manifest: json!({"schemaVersion": 2, "manifests": entries}).to_string(),
            media_type: media_type.into(),
            tags: vec!["v1".into()],
            archived: false,
        };
        let only = |t: &str| vec![t.to_owned()];
        let (oci, docker) = (IMAGE_TYPES[0], IMAGE_TYPES[1]);
        let multi = index(
            INDEX_TYPES[0],
            vec![
                entry(d('a'), Some(oci), "arm64"),
                entry(d('b'), Some(oci), "amd64"),
                entry(d('c'), None, "amd64"),
            ],
        );
        // An accepted index is the answer; else its linux/amd64 image of an accepted type.
        assert_eq!(negotiate(&only(INDEX_TYPES[0]), &multi), Ok(Pick::Stored));
        assert_eq!(negotiate(&only(oci), &multi), Ok(Pick::Child(d('b'))));
        assert_eq!(negotiate(&only(docker), &multi), Ok(Pick::Child(d('c'))));
        let arm_only = index(INDEX_TYPES[1], vec![entry(d('a'), Some(docker), "arm64")]);
        let why = negotiate(&only(docker), &arm_only).unwrap_err();
        assert!(why.contains("no linux/amd64 image"), "{why}");
        // A single image is the answer only when its type is accepted.
        let image = crate::store::Image {
            media_type: docker.into(),
            ..index(docker, vec![])
        };
        assert_eq!(
            negotiate(&[oci.into(), docker.into()], &image),
            Ok(Pick::Stored)
        );
        let why = negotiate(&only(oci), &image).unwrap_err();
        assert!(why.contains(docker) && why.contains(oci), "{why}");
        let why = negotiate(&only(INDEX_TYPES[0]), &image).unwrap_err();
        assert!(why.contains("does not accept"), "{why}");
    }
}
