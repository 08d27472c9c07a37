//! Paginators of `codegen/tests/models/pagination.json` beyond a string
//! token at the top of the output: `ScanThings` pages with a key (a map), as
//! DynamoDB's Scan and Query do; `ListShelves` finds its token and items
//! inside a member (`shelfList.nextMarker`, `shelfList.items`), as
//! CloudFront's `ListDistributions` does; `ListLabels` names its members
//! (`NextToken`) apart from their `@jsonName` (`nextToken`), as GuardDuty
//! does, and its items are a map's entries, as API Gateway's `GetUsage`'s
//! are. The generated client pages through
//! a generated server on 127.0.0.1.

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

    async fn list_shelves(
        &self,
        input: ListShelvesInput,
        _: Context,
    ) -> Result<ListShelvesOutput, ListShelvesError> {
        // Seven shelves, `maxItems` (default 2) a page; the marker is the
        // index of the page's first shelf.
        let start: usize = input.marker.as_deref().map_or(0, |m| m.parse().unwrap());
        let size = input.max_items.map_or(2, |n| n as usize);
        let end = (start + size).min(7);
        Ok(ListShelvesOutput {
            shelf_list: ShelfList {
                marker: start.to_string(),
                next_marker: (end < 7).then(|| end.to_string()),
                // The last page has no items member at all.
                items: (start < end && end < 7)
                    .then(|| (start..end).map(|i| format!("shelf-{i}")).collect()),
            },
            _meta: Default::default(),
        })
    }

    async fn list_labels(
        &self,
        input: ListLabelsInput,
        _: Context,
    ) -> Result<ListLabelsOutput, ListLabelsError> {
        // Two pages: a and b, then c.
        let (labels, next): (&[&str], _) = match input.next_token.as_deref() {
            None => (&["a", "b"], Some("page-2".to_owned())),
            Some("page-2") => (&["c"], None),
            Some(other) => panic!("unexpected token {other}"),
        };
        Ok(ListLabelsOutput {
            labels: Some(
                labels
                    .iter()
                    .map(|l| (l.to_string(), l.to_uppercase()))
                    .collect(),
            ),
            next_token: next,
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

#[tokio::test]
async fn nested_tokens_and_items_are_followed() {
    let handler = Arc::new(Handler::default());
    let server = e2e_tests::serve(PagesServer::new(Shared(handler))).await;
    let client = Client::new(Config::new().region("us-east-1").endpoint_url(server.url()));
    let mut pages = client.list_shelves().max_items(3).into_paginator();
    let mut markers = Vec::new();
    while let Some(page) = pages.next_page().await {
        markers.push(page.unwrap().shelf_list.marker);
    }
    assert_eq!(markers, ["0", "3", "6"]);
    let items = client
        .list_shelves()
        .into_paginator()
        .items()
        .await
        .unwrap();
    // The pages of two: 0-1, 2-3, 4-5, then 6 without an items member.
    let expected: Vec<String> = (0..6).map(|i| format!("shelf-{i}")).collect();
    assert_eq!(items, expected);
}

#[tokio::test]
async fn map_items_are_entries_and_tokens_are_named_by_member() {
    let handler = Arc::new(Handler::default());
    let server = e2e_tests::serve(PagesServer::new(Shared(handler))).await;
    let client = Client::new(Config::new().region("us-east-1").endpoint_url(server.url()));
    let entries = client.list_labels().into_paginator().items().await.unwrap();
    let expected: Vec<(String, String)> = [("a", "A"), ("b", "B"), ("c", "C")]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    assert_eq!(entries, expected);
}
