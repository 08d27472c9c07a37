//! Endpoint discovery end to end: the client and server generated from
//! `codegen/tests/models/discovery.smithy` (awsJson1_0, as DynamoDB). Two
//! generated servers run on 127.0.0.1: the "front", which answers
//! `DescribeEndpoints` with the "cell"'s address, and the cell. Every answer
//! says which server gave it.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use cells_client_sdk::{Client, Config, Credentials, SdkError};
use cells_server_sdk::cells_types::error::*;
use cells_server_sdk::cells_types::model::*;
use cells_server_sdk::{Cells, CellsServer, Context};

#[derive(Default)]
struct Handler {
    name: &'static str,
    /// What `DescribeEndpoints` answers (the front only).
    cell_url: Option<String>,
    describes: AtomicUsize,
    described_with: Mutex<Vec<DescribeEndpointsInput>>,
    /// Answer `InvalidEndpointException` (the cell moved).
    stale: AtomicBool,
}

fn served(name: &str) -> Served {
    Served {
        served_by: Some(name.to_owned()),
        _meta: Default::default(),
    }
}

fn stale() -> InvalidEndpointException {
    InvalidEndpointException {
        message: Some("this cell no longer holds it".into()),
        _meta: Default::default(),
    }
}

struct Shared(Arc<Handler>);

impl Cells for Shared {
    async fn describe_endpoints(
        &self,
        input: DescribeEndpointsInput,
        _: Context,
    ) -> Result<DescribeEndpointsOutput, DescribeEndpointsError> {
        self.0.describes.fetch_add(1, Ordering::SeqCst);
        self.0.described_with.lock().unwrap().push(input);
        let address = self.0.cell_url.clone().unwrap_or_default();
        Ok(DescribeEndpointsOutput {
            endpoints: vec![Endpoint {
                address,
                cache_period_in_minutes: 5,
            }],
            _meta: Default::default(),
        })
    }
    async fn get_item(&self, _: GetItemInput, _: Context) -> Result<Served, GetItemError> {
        if self.0.stale.load(Ordering::SeqCst) {
            return Err(stale().into());
        }
        Ok(served(self.0.name))
    }
    async fn list_tables(&self, _: ListTablesInput, _: Context) -> Result<Served, ListTablesError> {
        Ok(served(self.0.name))
    }
    async fn describe_table(
        &self,
        _: DescribeTableInput,
        _: Context,
    ) -> Result<Served, DescribeTableError> {
        Ok(served(self.0.name))
    }
}

struct Setup {
    front: Arc<Handler>,
    cell: Arc<Handler>,
    front_server: e2e_tests::Running,
    _cell_server: e2e_tests::Running,
}

async fn start() -> Setup {
    let cell = Arc::new(Handler {
        name: "cell",
        ..Handler::default()
    });
    let cell_server = e2e_tests::serve(CellsServer::new(Shared(cell.clone()))).await;
    let front = Arc::new(Handler {
        name: "front",
        // A full URL: plain HTTP on 127.0.0.1 (a bare host means https).
        cell_url: Some(cell_server.url()),
        ..Handler::default()
    });
    let front_server = e2e_tests::serve(CellsServer::new(Shared(front.clone()))).await;
    Setup {
        front,
        cell,
        front_server,
        _cell_server: cell_server,
    }
}

/// A client of the front with endpoint discovery turned on explicitly (an
/// `endpoint_url` turns it off by default), as access key `akid`.
fn client(s: &Setup, akid: &str) -> Client {
    Client::new(
        Config::new()
            .region("us-east-1")
            .endpoint_url(s.front_server.url())
            .credentials_provider(Credentials::new(akid, "secret", None, None, "test"))
            .endpoint_discovery(true)
            .max_attempts(1),
    )
}

fn by(r: Result<Served, impl std::fmt::Debug>) -> String {
    r.unwrap().served_by.unwrap_or_default()
}

#[tokio::test]
async fn required_operations_go_to_the_discovered_endpoint_cached_per_identity() {
    let s = start().await;
    let c = client(&s, "AKID1");
    assert_eq!(by(c.get_item().key("a").send().await), "cell");
    assert_eq!(s.front.describes.load(Ordering::SeqCst), 1);
    // Cached: no second discovery.
    assert_eq!(by(c.get_item().key("b").send().await), "cell");
    assert_eq!(s.front.describes.load(Ordering::SeqCst), 1);
    // The discovery call itself took no identifiers.
    assert_eq!(
        s.front.described_with.lock().unwrap()[0],
        DescribeEndpointsInput {
            operation: None,
            identifiers: None
        }
    );
    // Another identity discovers for itself.
    let other = client(&s, "AKID2");
    assert_eq!(by(other.get_item().key("a").send().await), "cell");
    assert_eq!(s.front.describes.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn identifiers_are_sent_and_key_the_cache() {
    let s = start().await;
    let c = client(&s, "AKID");
    assert_eq!(by(c.describe_table().table_name("t1").send().await), "cell");
    assert_eq!(by(c.describe_table().table_name("t1").send().await), "cell");
    assert_eq!(by(c.describe_table().table_name("t2").send().await), "cell");
    let seen = s.front.described_with.lock().unwrap().clone();
    assert_eq!(seen.len(), 2, "one discovery per table: {seen:?}");
    assert_eq!(seen[0].operation.as_deref(), Some("DescribeTable"));
    assert_eq!(
        seen[1]
            .identifiers
            .as_ref()
            .and_then(|m| m.get("TableName"))
            .map(String::as_str),
        Some("t2")
    );
}

#[tokio::test]
async fn optional_operations_use_the_regular_endpoint_until_one_is_discovered() {
    let s = start().await;
    let c = client(&s, "AKID");
    // The first call does not wait for discovery.
    assert_eq!(by(c.list_tables().send().await), "front");
    // Discovery ran in the background; later calls go to the cell.
    let mut answered = String::new();
    for _ in 0..100 {
        answered = by(c.list_tables().send().await);
        if answered == "cell" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(answered, "cell");
    assert_eq!(s.front.describes.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_stale_endpoint_is_dropped_and_discovered_again() {
    let s = start().await;
    let c = client(&s, "AKID");
    assert_eq!(by(c.get_item().key("a").send().await), "cell");
    s.cell.stale.store(true, Ordering::SeqCst);
    match c.get_item().key("a").send().await {
        Err(SdkError::Service(GetItemError::InvalidEndpointException(_))) => {}
        other => panic!("expected InvalidEndpointException, got {other:?}"),
    }
    s.cell.stale.store(false, Ordering::SeqCst);
    assert_eq!(by(c.get_item().key("a").send().await), "cell");
    assert_eq!(s.front.describes.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn off_and_endpoint_url_defaults() {
    let s = start().await;
    // With an endpoint URL and no explicit setting, discovery is off: the
    // call goes to that URL, required or not.
    let plain = Client::new(
        Config::new()
            .region("us-east-1")
            .endpoint_url(s.front_server.url())
            .credentials_provider(Credentials::new("AKID", "secret", None, None, "test")),
    );
    assert_eq!(by(plain.get_item().key("a").send().await), "front");
    assert_eq!(s.front.describes.load(Ordering::SeqCst), 0);
    // Turned off without an endpoint URL, a required operation fails
    // before anything is sent.
    let off = Client::new(
        Config::new()
            .region("us-east-1")
            .credentials_provider(Credentials::new("AKID", "secret", None, None, "test"))
            .endpoint_discovery(false),
    );
    let err = off.get_item().key("a").send().await.unwrap_err();
    assert!(
        err.to_string().contains("requires endpoint discovery"),
        "{err}"
    );
    // The environment variable turns it off too.
    let from_env =
        Config::from_vars(|k| (k == "AWS_ENDPOINT_DISCOVERY_ENABLED").then(|| "false".to_owned()))
            .unwrap();
    let err = Client::new(
        from_env
            .region("us-east-1")
            .credentials_provider(Credentials::new("AKID", "secret", None, None, "test")),
    )
    .get_item()
    .key("a")
    .send()
    .await
    .unwrap_err();
    assert!(
        err.to_string().contains("requires endpoint discovery"),
        "{err}"
    );
}

#[tokio::test]
async fn a_failed_discovery_fails_a_required_call() {
    // A front that names no endpoint.
    let front = Arc::new(Handler {
        name: "front",
        cell_url: Some(String::new()),
        ..Handler::default()
    });
    let server = e2e_tests::serve(CellsServer::new(Shared(front.clone()))).await;
    let c = Client::new(
        Config::new()
            .region("us-east-1")
            .endpoint_url(server.url())
            .credentials_provider(Credentials::new("AKID", "secret", None, None, "test"))
            .endpoint_discovery(true)
            .max_attempts(1),
    );
    let err = c.get_item().key("a").send().await.unwrap_err();
    assert!(err.to_string().contains("discovery failed"), "{err}");
}

/// A call's future can move between threads (`tokio::spawn`), discovery
/// and all.
#[test]
fn client_calls_are_send() {
    fn is_send<T: Send>(_: &T) {}
    let c = Client::new(Config::new());
    let call = c.get_item().key("a").send();
    is_send(&call);
}
