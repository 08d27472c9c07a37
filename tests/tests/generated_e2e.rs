//! The generated client calls the generated server over 127.0.0.1, with a small
//! in-test implementation of the server trait.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use codegen_rt::{ModeledError, OperationError as _};
use e2e_tests::{serve, Running};
use ecr_client_sdk::prelude::*;
use ecr_client_sdk::{Client, Config, Credentials, SdkError};
use ecr_server_sdk::{Context, Ecr, EcrServer};
use ecr_types::error::*;
use ecr_types::model::*;

const DIGEST: &str = "sha256:6171c7451a50945f8ddd72f7732cc04d7a0d1f48138a426b2e64387fdeb834ed";
const REPO_PATTERN: &str = "^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$";

/// Answers GetDownloadUrlForLayer by repository name, so each error can be asked for.
#[derive(Default)]
struct Fake {
    calls: AtomicUsize,
}

fn msg(m: &str) -> Option<String> {
    Some(m.to_owned())
}

impl Ecr for Fake {
    async fn get_download_url_for_layer(
        &self,
        input: GetDownloadUrlForLayerRequest,
        cx: Context,
    ) -> Result<GetDownloadUrlForLayerResponse, GetDownloadUrlForLayerError> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        assert!(!cx.request_id.is_empty());
        use GetDownloadUrlForLayerError as E;
        match input.repository_name.as_str() {
            "missing" => Err(E::RepositoryNotFoundException(
                RepositoryNotFoundException {
                    _meta: Default::default(),
                    message: msg("no repository 'missing'"),
                },
            )),
            "no-layer" => Err(E::LayersNotFoundException(LayersNotFoundException {
                _meta: Default::default(),
                message: msg("no such layer"),
            })),
            "unreferenced" => Err(E::LayerInaccessibleException(LayerInaccessibleException {
                _meta: Default::default(),
                message: msg("layer is not referenced by an image"),
            })),
            "bad-param" => Err(E::InvalidParameterException(InvalidParameterException {
                _meta: Default::default(),
                message: msg("handler says no"),
            })),
            "upstream" => Err(E::UnableToGetUpstreamLayerException(
                UnableToGetUpstreamLayerException {
                    _meta: Default::default(),
                    message: msg("upstream unavailable"),
                },
            )),
            "broken" => Err(E::ServerException(ServerException {
                _meta: Default::default(),
                message: msg("storage failure"),
            })),
            repo => Ok(GetDownloadUrlForLayerResponse {
                _meta: Default::default(),
                download_url: Some(format!(
                    "http://blobs.invalid/{repo}/{}",
                    input.layer_digest
                )),
                layer_digest: Some(input.layer_digest),
            }),
        }
    }

    async fn describe_repositories(
        &self,
        _input: DescribeRepositoriesRequest,
        _cx: Context,
    ) -> Result<DescribeRepositoriesResponse, DescribeRepositoriesError> {
        // A value from a newer model: clients must accept it.
        Ok(DescribeRepositoriesResponse {
            _meta: Default::default(),
            repositories: Some(vec![Repository {
                repository_name: Some("web".into()),
                image_tag_mutability: Some(ImageTagMutability::Unknown("SOMETIMES".into())),
                repository_arn: None,
                registry_id: None,
                repository_uri: None,
                created_at: None,
                image_scanning_configuration: None,
                encryption_configuration: None,
            }]),
            next_token: None,
        })
    }
}

async fn start() -> (Running, Arc<EcrServer<Fake>>) {
    let server = EcrServer::new(Fake::default());
    let running = serve(server.clone()).await;
    (running, Arc::new(server))
}

fn config(url: &str) -> Config {
    Config::new()
        .region("us-west-2")
        .endpoint_url(url)
        .credentials_provider(Credentials::new(
            "AKIDEXAMPLE",
            "secret",
            None,
            None,
            "test",
        ))
        .backoff(Duration::from_millis(1), Duration::from_millis(5))
        .read_timeout(Some(Duration::from_secs(10)))
}

fn calls(server: &EcrServer<Fake>) -> usize {
    server.handler().calls.load(Ordering::SeqCst)
}

#[tokio::test]
async fn success_round_trip() {
    let (running, server) = start().await;
    let client = Client::new(config(&running.url()));
    let out = client
        .get_download_url_for_layer()
        .repository_name("team/web")
        .layer_digest(DIGEST)
        .send()
        .await
        .expect("call succeeds");
    assert_eq!(out.layer_digest.as_deref(), Some(DIGEST));
    assert_eq!(
        out.download_url.as_deref(),
        Some(format!("http://blobs.invalid/team/web/{DIGEST}").as_str())
    );
    assert_eq!(calls(&server), 1);
    // The server's x-amzn-RequestId, one per call; not part of equality.
    let id = out.request_id().expect("a request id").to_owned();
    assert_eq!(id.len(), 36, "{id}");
    let again = client
        .get_download_url_for_layer()
        .repository_name("team/web")
        .layer_digest(DIGEST)
        .send()
        .await
        .expect("call succeeds");
    assert_ne!(again.request_id(), Some(id.as_str()));
    assert_eq!(again, out);
}

#[tokio::test]
async fn each_modeled_error_arrives_typed() {
    let (running, server) = start().await;
    let client = Client::new(config(&running.url()));
    let call = |repo: &'static str| {
        let client = client.clone();
        async move {
            client
                .get_download_url_for_layer()
                .repository_name(repo)
                .layer_digest(DIGEST)
                .send()
                .await
                .expect_err("the server answers an error")
                .into_service_error()
                .expect("a service error")
        }
    };
    use GetDownloadUrlForLayerError as E;
    let missing = call("missing").await;
    assert_eq!(
        missing.request_id().map(str::len),
        Some(36),
        "a modeled error carries the request id"
    );
    match missing {
        E::RepositoryNotFoundException(e) => {
            assert_eq!(e.message(), Some("no repository 'missing'"));
            assert!(e.request_id().is_some());
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        call("no-layer").await,
        E::LayersNotFoundException(_)
    ));
    assert!(matches!(
        call("unreferenced").await,
        E::LayerInaccessibleException(_)
    ));
    assert!(matches!(
        call("bad-param").await,
        E::InvalidParameterException(_)
    ));
    assert!(matches!(
        call("upstream").await,
        E::UnableToGetUpstreamLayerException(_)
    ));
    let before = calls(&server);
    match call("broken").await {
        E::ServerException(e) => assert_eq!(e.to_string(), "ServerException: storage failure"),
        other => panic!("{other:?}"),
    }
    // A 500 is retried: three attempts by default.
    assert_eq!(calls(&server) - before, 3);
}

#[tokio::test]
async fn server_reports_every_violation() {
    let (running, server) = start().await;
    let client = Client::new(config(&running.url()).validate_input(false));
    let err = client
        .get_download_url_for_layer()
        .repository_name("A")
        .registry_id("123")
        .send()
        .await
        .unwrap_err()
        .into_service_error()
        .unwrap();
    let GetDownloadUrlForLayerError::InvalidParameterException(e) = err else {
        panic!("expected InvalidParameterException, got {err:?}");
    };
    assert_eq!(
        e.message().unwrap(),
        format!(
            "4 validation errors detected: \
             Value at 'registryId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9]{{12}}$; \
             Value at 'repositoryName' failed to satisfy constraint: Member must have length greater than or equal to 2; \
             Value at 'repositoryName' failed to satisfy constraint: Member must satisfy regular expression pattern: {REPO_PATTERN}; \
             Value at 'layerDigest' failed to satisfy constraint: Member must not be null"
        )
    );
    assert_eq!(calls(&server), 0, "the handler never sees invalid input");
}

#[tokio::test]
async fn client_validates_before_sending() {
    let (running, server) = start().await;
    let client = Client::new(config(&running.url()));
    let err = client
        .get_download_url_for_layer()
        .repository_name("x")
        .layer_digest("not-a-digest")
        .send()
        .await
        .unwrap_err();
    let SdkError::Validation(v) = &err else {
        panic!("expected a validation error, got {err:?}");
    };
    assert_eq!(v.list.len(), 2, "{v}");
    assert!(v.to_string().starts_with("2 validation errors detected"));
    assert_eq!(calls(&server), 0);
}

#[tokio::test]
async fn enums_are_open_for_clients_and_closed_for_servers() {
    let (running, _server) = start().await;
    let client = Client::new(config(&running.url()));
    let out = client.describe_repositories().send().await.unwrap();
    let repo = &out.repositories.unwrap()[0];
    assert_eq!(
        repo.image_tag_mutability,
        Some(ImageTagMutability::Unknown("SOMETIMES".into()))
    );

    let client = Client::new(config(&running.url()).validate_input(false));
    let err = client
        .create_repository()
        .repository_name("web")
        .image_tag_mutability("SOMETIMES")
        .send()
        .await
        .unwrap_err()
        .into_service_error()
        .unwrap();
    let CreateRepositoryError::InvalidParameterException(e) = err else {
        panic!("{err:?}");
    };
    assert_eq!(
        e.message().unwrap(),
        "1 validation error detected: Value at 'imageTagMutability' failed to satisfy constraint: \
         Member must satisfy enum value set: [MUTABLE, IMMUTABLE]"
    );
}

#[tokio::test]
async fn unimplemented_operations_answer_a_typed_error() {
    let (running, _server) = start().await;
    let client = Client::new(config(&running.url()));
    let err = client
        .initiate_layer_upload()
        .repository_name("web")
        .send()
        .await
        .unwrap_err()
        .into_service_error()
        .unwrap();
    // Unmodeled: reached through the error's methods, not its variant.
    assert!(err.modeled().is_err(), "{err:?}");
    assert_eq!(
        (err.to_unhandled().status(), err.code()),
        (501, "NotImplementedException")
    );
    assert!(err.request_id().is_some());
}

async fn raw(
    url: &str,
    target: Option<&str>,
    content_type: &str,
    body: &str,
) -> (u16, String, String, String) {
    let mut req = reqwest::Client::new()
        .post(url)
        .header("content-type", content_type)
        .body(body.to_owned());
    if let Some(t) = target {
        req = req.header("x-amz-target", t);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    let header = |n: &str| {
        resp.headers()
            .get(n)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    };
    let (etype, rid) = (header("x-amzn-errortype"), header("x-amzn-requestid"));
    assert!(!rid.is_empty(), "every response carries x-amzn-RequestId");
    let body = resp.text().await.unwrap();
    (status, etype, body, rid)
}

#[tokio::test]
async fn protocol_errors_have_json_bodies() {
    let (running, _server) = start().await;
    let url = running.url();
    let json = "application/x-amz-json-1.1";

    let (status, etype, body, _) = raw(
        &url,
        Some("AmazonEC2ContainerRegistry_V20150921.NoSuchThing"),
        json,
        "{}",
    )
    .await;
    assert_eq!((status, etype.as_str()), (400, "UnknownOperationException"));
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["__type"], "UnknownOperationException");
    assert!(v["message"].as_str().unwrap().contains("NoSuchThing"));

    let (status, etype, _, _) = raw(&url, None, json, "{}").await;
    assert_eq!((status, etype.as_str()), (400, "UnknownOperationException"));

    let target = Some("AmazonEC2ContainerRegistry_V20150921.GetDownloadUrlForLayer");
    let (status, etype, body, _) = raw(&url, target, json, "{\"repositoryName\": ").await;
    assert_eq!((status, etype.as_str()), (400, "SerializationException"));
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["__type"], "SerializationException");

    let (status, etype, body, _) = raw(&url, target, json, "{\"repositoryName\": 5}").await;
    assert_eq!((status, etype.as_str()), (400, "SerializationException"));
    assert!(body.contains("repositoryName"), "{body}");

    let (status, etype, _, _) = raw(&url, target, "text/plain", "{}").await;
    assert_eq!(
        (status, etype.as_str()),
        (415, "UnsupportedMediaTypeException")
    );
}

/// The endpoint rules' own errors reach the caller typed, and nothing is sent.
#[tokio::test]
async fn endpoint_rule_errors_are_typed_and_nothing_is_sent() {
    use codegen_rt::endpoint::ResolveError;
    let (running, server) = start().await;
    for (config, want) in [
        (
            config(&running.url()).use_fips(true),
            "Invalid Configuration: FIPS and custom endpoint are not supported",
        ),
        (
            config(&running.url()).use_dual_stack(true),
            "Invalid Configuration: Dualstack and custom endpoint are not supported",
        ),
    ] {
        let err = Client::new(config)
            .get_download_url_for_layer()
            .repository_name("team/web")
            .layer_digest(DIGEST)
            .send()
            .await
            .expect_err("the rules refuse this configuration");
        match err {
            SdkError::Endpoint(ResolveError::Rule(m)) => assert_eq!(m, want),
            other => panic!("expected the rule's error, got {other:?}"),
        }
    }
    let no_region = Config::new().sign_requests(false);
    let err = Client::new(no_region)
        .get_download_url_for_layer()
        .repository_name("team/web")
        .layer_digest(DIGEST)
        .send()
        .await
        .expect_err("no region");
    assert!(
        matches!(&err, SdkError::Endpoint(ResolveError::Rule(m)) if m == "Invalid Configuration: Missing Region"),
        "{err:?}"
    );
    assert_eq!(calls(&server), 0);
}

#[tokio::test]
async fn transport_failures_keep_their_kind_and_source() {
    use codegen_rt::client::DispatchKind;
    use std::error::Error as _;
    // Nothing listens on a port just released: the connection is refused.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let client = Client::new(config(&url).max_attempts(1));
    let err = client
        .get_download_url_for_layer()
        .repository_name("team/web")
        .layer_digest(DIGEST)
        .send()
        .await
        .unwrap_err();
    let SdkError::Dispatch(d) = &err else {
        panic!("{err:?}");
    };
    assert_eq!(d.kind(), DispatchKind::Connect, "{d}");
    assert!(d.is_connect() && !d.is_timeout());
    assert!(
        err.source().is_some_and(|s| s.source().is_some()),
        "sources kept"
    );

    // A server that accepts and never answers: the read timeout.
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", silent.local_addr().unwrap());
    let holder = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((conn, _)) = silent.accept().await {
            held.push(conn);
        }
    });
    let client = Client::new(
        config(&url)
            .max_attempts(2)
            .read_timeout(Some(Duration::from_millis(200))),
    );
    let err = client
        .get_download_url_for_layer()
        .repository_name("team/web")
        .layer_digest(DIGEST)
        .send()
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    let SdkError::Dispatch(d) = &err else {
        panic!("{err:?}");
    };
    assert_eq!(d.kind(), DispatchKind::ReadTimeout);
    holder.abort();
}

/// A self-signed certificate for `name` (PEM certificate, PEM PKCS#8 key),
/// made by the `openssl` command; `None` (and a printed reason) without it,
/// which fails under CI=true.
fn self_signed(name: &str) -> Option<(Vec<u8>, Vec<u8>)> {
    let dir = std::env::temp_dir().join(format!("e2e-tls-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (cert, key) = (dir.join("cert.pem"), dir.join("key.pem"));
    let made = std::process::Command::new("openssl")
        .args(["req", "-x509", "-newkey", "ec", "-pkeyopt"])
        .arg("ec_paramgen_curve:prime256v1")
        .args(["-nodes", "-days", "1", "-subj"])
        .arg(format!("/CN={name}"))
        .arg("-addext")
        .arg(format!("subjectAltName=DNS:{name}"))
        // A leaf, not a CA: webpki refuses a CA certificate as the server's.
        .args(["-addext", "basicConstraints=critical,CA:FALSE"])
        .args(["-addext", "extendedKeyUsage=serverAuth"])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .stderr(std::process::Stdio::null())
        .status();
    let out = match made {
        Ok(s) if s.success() => Some((std::fs::read(&cert).unwrap(), std::fs::read(&key).unwrap())),
        other => {
            let reason = format!("openssl could not make a certificate ({other:?})");
            assert!(std::env::var("CI").as_deref() != Ok("true"), "{reason}");
            eprintln!("skipped: {reason}");
            None
        }
    };
    let _ = std::fs::remove_dir_all(&dir);
    out
}

#[tokio::test]
async fn https_with_a_ca_bundle_a_name_override_and_no_verify() {
    const NAME: &str = "ecr.test.invalid";
    let Some((cert, key)) = self_signed(NAME) else {
        return;
    };
    let (running, _server) = start().await;
    // A TLS-terminating peer on loopback in front of the plain server.
    let identity = native_tls::Identity::from_pkcs8(&cert, &key).unwrap();
    let acceptor =
        tokio_native_tls::TlsAcceptor::from(native_tls::TlsAcceptor::new(identity).unwrap());
    let tls = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let tls_addr = tls.local_addr().unwrap();
    let backend = running.addr;
    let front = tokio::spawn(async move {
        while let Ok((tcp, _)) = tls.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(mut conn) = acceptor.accept(tcp).await else {
                    return;
                };
                let mut plain = tokio::net::TcpStream::connect(backend).await.unwrap();
                let _ = tokio::io::copy_bidirectional(&mut conn, &mut plain).await;
            });
        }
    });
    let url = format!("https://{NAME}:{}", tls_addr.port());
    let call = |config: Config| async move {
        Client::new(config.max_attempts(1))
            .get_download_url_for_layer()
            .repository_name("team/web")
            .layer_digest(DIGEST)
            .send()
            .await
    };
    // Trusted through the bundle; the name resolves to the peer.
    let out = call(config(&url).resolve(NAME, tls_addr).ca_bundle(cert.clone()))
        .await
        .expect("https call with the CA bundle");
    assert_eq!(out.layer_digest.as_deref(), Some(DIGEST));
    // Not trusted without it: a connect failure, not a response.
    let err = call(config(&url).resolve(NAME, tls_addr))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, SdkError::Dispatch(d) if d.is_connect()),
        "{err:?}"
    );
    // `accept_invalid_certs` (the AWS CLI's --no-verify-ssl) accepts it.
    call(
        config(&url)
            .resolve(NAME, tls_addr)
            .accept_invalid_certs(true),
    )
    .await
    .expect("https call without verification");
    front.abort();
}
