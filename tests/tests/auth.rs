//! Auth schemes other than SigV4, end to end: the client and server
//! generated from `codegen/tests/models/auth.smithy` talk over 127.0.0.1.
//! The service lists bearer, API key and Basic auth in that order; `Ping`
//! is `@optionalAuth`, `Health` is `@auth([])`, `KeyOnly` takes only an
//! API key.

use std::sync::Arc;

use gatekeeper_client_sdk::{Client, Config, EnvToken, SdkError};
use gatekeeper_server_sdk::gatekeeper_types::error::*;
use gatekeeper_server_sdk::gatekeeper_types::model::*;
use gatekeeper_server_sdk::{
    AnyOf, ApiKeyAuth, Authenticate, BasicAuth, BearerAuth, Config as ServerConfig, Context,
    Gatekeeper, GatekeeperServer,
};

struct Handler;

fn caller(cx: &Context) -> Caller {
    Caller {
        caller: cx.caller.clone(),
        authorization: cx
            .parts
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
        _meta: Default::default(),
    }
}

impl Gatekeeper for Handler {
    async fn who_am_i(&self, _: WhoAmIInput, cx: Context) -> Result<Caller, WhoAmIError> {
        Ok(caller(&cx))
    }
    async fn ping(&self, _: PingInput, cx: Context) -> Result<Caller, PingError> {
        Ok(caller(&cx))
    }
    async fn health(&self, _: HealthInput, cx: Context) -> Result<Caller, HealthError> {
        Ok(caller(&cx))
    }
    async fn key_only(&self, _: KeyOnlyInput, cx: Context) -> Result<Caller, KeyOnlyError> {
        Ok(caller(&cx))
    }
}

async fn start() -> e2e_tests::Running {
    let schemes: Vec<Arc<dyn Authenticate>> = vec![
        Arc::new(BearerAuth::tokens([("t0ken", "token-holder")])),
        Arc::new(ApiKeyAuth::keys(
            "x-api-key",
            false,
            None,
            [("k3y", "key-holder")],
        )),
        Arc::new(BasicAuth::users([("alice", "s3cret")])),
    ];
    let config = ServerConfig {
        authenticate: Some(Arc::new(AnyOf::new(schemes))),
        ..ServerConfig::default()
    };
    e2e_tests::serve(GatekeeperServer::with_config(Handler, config)).await
}

fn client(server: &e2e_tests::Running, config: Config) -> Client {
    Client::new(config.endpoint_url(server.url()).region("us-east-1"))
}

/// The error code and status of a failed call.
fn refused<E: std::fmt::Debug + codegen_rt::OperationError>(
    r: Result<Caller, SdkError<E>>,
) -> (String, u16) {
    match r {
        Err(SdkError::Service(e)) => {
            let u = e.to_unhandled();
            (u.code().to_owned(), u.status())
        }
        other => panic!("expected a service error, got {other:?}"),
    }
}

#[tokio::test]
async fn bearer_tokens_from_config_env_and_closures() {
    let server = start().await;
    let c = client(&server, Config::new().bearer_token("t0ken"));
    let out = c.who_am_i().send().await.unwrap();
    assert_eq!(out.caller.as_deref(), Some("token-holder"));
    assert_eq!(out.authorization.as_deref(), Some("Bearer t0ken"));

    std::env::set_var("GATEKEEPER_TEST_TOKEN", "t0ken");
    let c = client(
        &server,
        Config::new().token_provider(EnvToken::new("GATEKEEPER_TEST_TOKEN")),
    );
    let out = c.who_am_i().send().await.unwrap();
    assert_eq!(out.caller.as_deref(), Some("token-holder"));

    let c = client(
        &server,
        Config::new().token_provider(|| async { Ok("t0ken".to_owned()) }),
    );
    assert_eq!(
        c.who_am_i().send().await.unwrap().caller.as_deref(),
        Some("token-holder")
    );

    // A wrong token is refused with 401, typed.
    let c = client(&server, Config::new().bearer_token("wrong"));
    assert_eq!(
        refused(c.who_am_i().send().await),
        ("UnauthorizedException".to_owned(), 401)
    );
    // A missing variable fails before anything is sent.
    let c = client(
        &server,
        Config::new().token_provider(EnvToken::new("GATEKEEPER_TEST_NO_SUCH_VAR")),
    );
    let err = c.who_am_i().send().await.unwrap_err();
    assert!(
        err.to_string().contains("GATEKEEPER_TEST_NO_SUCH_VAR"),
        "{err}"
    );
}

#[tokio::test]
async fn schemes_are_tried_in_the_models_order() {
    let server = start().await;
    // Only an API key: the second scheme is used.
    let c = client(&server, Config::new().api_key("k3y"));
    let out = c.who_am_i().send().await.unwrap();
    assert_eq!(out.caller.as_deref(), Some("key-holder"));
    assert_eq!(out.authorization, None);
    // Only Basic credentials: the third.
    let c = client(&server, Config::new().basic_auth("alice", "s3cret"));
    let out = c.who_am_i().send().await.unwrap();
    assert_eq!(out.caller.as_deref(), Some("alice"));
    assert!(out.authorization.unwrap().starts_with("Basic "));
    // All three: bearer comes first.
    let all = Config::new()
        .bearer_token("t0ken")
        .api_key("k3y")
        .basic_auth("alice", "s3cret");
    let c = client(&server, all.clone());
    assert_eq!(
        c.who_am_i().send().await.unwrap().caller.as_deref(),
        Some("token-holder")
    );
    // KeyOnly lists only the API key: it is sent though a token is there.
    let out = c.key_only().send().await.unwrap();
    assert_eq!(out.caller.as_deref(), Some("key-holder"));
    assert_eq!(out.authorization, None);
    // Wrong Basic credentials: 401.
    let c = client(&server, Config::new().basic_auth("alice", "nope"));
    assert_eq!(
        refused(c.who_am_i().send().await),
        ("UnauthorizedException".to_owned(), 401)
    );
}

#[tokio::test]
async fn optional_auth_and_no_auth() {
    let server = start().await;
    let anonymous = client(&server, Config::new());
    // No identity: a client cannot call WhoAmI at all.
    let err = anonymous.who_am_i().send().await.unwrap_err();
    assert!(err.to_string().contains("bearer token"), "{err}");
    // @optionalAuth: anonymous calls go through, and identified ones are
    // still identified.
    let out = anonymous.ping().send().await.unwrap();
    assert_eq!(out.caller, None);
    let c = client(&server, Config::new().bearer_token("t0ken"));
    assert_eq!(
        c.ping().send().await.unwrap().caller.as_deref(),
        Some("token-holder")
    );
    // ...and a wrong credential on an optional-auth operation is refused,
    // not silently taken as anonymous.
    let c = client(&server, Config::new().bearer_token("wrong"));
    assert_eq!(
        refused(c.ping().send().await),
        ("UnauthorizedException".to_owned(), 401)
    );
    // @auth([]): the client sends nothing even when it has credentials.
    let c = client(&server, Config::new().bearer_token("t0ken"));
    let out = c.health().send().await.unwrap();
    assert_eq!((out.caller, out.authorization), (None, None));
}

#[tokio::test]
async fn a_server_refuses_calls_without_credentials() {
    let server = start().await;
    let resp = reqwest::Client::new()
        .get(format!("{}/whoami", server.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 401);
    assert_eq!(
        resp.headers()
            .get("x-amzn-errortype")
            .and_then(|v| v.to_str().ok()),
        Some("UnauthorizedException")
    );
    // An API key in the wrong header is no API key.
    let resp = reqwest::Client::new()
        .get(format!("{}/key-only", server.url()))
        .header("x-api-token", "k3y")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 401);
}

/// An error the model does not list converts into any operation's error,
/// through the server crate's own re-export.
#[test]
fn unmodeled_errors_convert_into_any_operation_error() {
    use gatekeeper_server_sdk::{OperationError, Unhandled};
    let e: WhoAmIError = Unhandled::new(503, "Busy", "try later").into();
    assert_eq!(e.code(), "Busy");
    assert_eq!(e.to_unhandled().status(), 503);
    let e: PingError = Unhandled::new(418, "Teapot", "no coffee").into();
    assert_eq!(e.message(), Some("no coffee"));
}
