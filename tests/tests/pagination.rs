//! Paginators whose continuation token is not a string: `ScanThings` of
//! `codegen/tests/models/pagination.json` pages with a key (a map), as
//! DynamoDB's Scan and Query do. The generated client pages through a
//! generated server on 127.0.0.1.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use pages_client_sdk::{Client, Config};
use pages_server_sdk::pages_types::error::*;
use pages_server_sdk::pages_types::model::*;
use pages_server_sdk::{Context, Pages, PagesServer};

/// Ten things, three a page; the key is the last thing's id.
#[derive(Default)]
struct Handler {
    seen: Mutex<Vec<Option<BTreeMap<String, String>>>>,
}

struct Shared(Arc<Handler>);

impl Pages for Shared {
    async fn scan_things(
        &self,
        input: ScanThingsInput,
        _: Context,
    ) -> Result<ScanThingsOutput, ScanThingsError> {
        self.0
            .seen
            .lock()
            .unwrap()
            .push(input.exclusive_start_key.clone());
        let start = input
            .exclusive_start_key
            .as_ref()
            .and_then(|k| k.get("id"))
            .map_or(0, |id| id.parse::<usize>().unwrap() + 1);
        let end = (start + 3).min(10);
        let things: Vec<String> = (start..end).map(|i| format!("thing-{i}")).collect();
        let last_evaluated_key =
            (end < 10).then(|| BTreeMap::from([("id".to_owned(), (end - 1).to_string())]));
        Ok(ScanThingsOutput {
            things: Some(things),
            last_evaluated_key,
            _meta: Default::default(),
        })
    }
}

#[tokio::test]
async fn map_tokens_are_followed_to_the_last_page() {
    let handler = Arc::new(Handler::default());
    let server = e2e_tests::serve(PagesServer::new(Shared(handler.clone()))).await;
    let client = Client::new(Config::new().region("us-east-1").endpoint_url(server.url()));
    let all = client.scan_things().into_paginator().items().await.unwrap();
    let expected: Vec<String> = (0..10).map(|i| format!("thing-{i}")).collect();
    assert_eq!(all, expected);
    let seen = handler.seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 4, "{seen:?}");
    assert_eq!(seen[0], None);
    assert_eq!(
        seen[3],
        Some(BTreeMap::from([("id".to_owned(), "8".to_owned())]))
    );
}
