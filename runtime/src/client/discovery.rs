//! Endpoint discovery (`aws.api#clientEndpointDiscovery`), as the AWS SDKs
//! do it: an operation marked `aws.api#clientDiscoveredEndpoint` goes to an
//! endpoint the service's discovery operation (`DescribeEndpoints`) names.
//!
//! - Discovered endpoints are cached per identity (the access key id) and,
//!   when the operation has `aws.api#clientEndpointDiscoveryId` members,
//!   per operation and identifier values, each for its
//!   `CachePeriodInMinutes`. In its last minute an entry is refreshed in
//!   the background while it is still used.
//! - A `required` operation is never sent without a discovered endpoint: its
//!   first call waits for discovery, and a failed discovery fails the call.
//!   An optional one goes to the regular endpoint while discovery runs in
//!   the background.
//! - The error the model names (`InvalidEndpointException`) drops the entry
//!   it was sent to, so the next call discovers again.
//! - On by default when some operation of the service requires it;
//!   [`Config::endpoint_discovery`](super::Config::endpoint_discovery) or
//!   `AWS_ENDPOINT_DISCOVERY_ENABLED` (also `AWS_ENABLE_ENDPOINT_DISCOVERY`)
//!   turn it on or off (off, a required operation fails). With an
//!   `endpoint_url` configured it is off unless turned on explicitly: the
//!   discovery operation is then called at that URL.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::{Map, Value};

use super::{Handle, OperationInfo, SdkError};
use crate::binding::HttpOp;
use crate::error::{HasResponseMeta, ResponseMeta};
use crate::json::{Ctx, DeError, FromJson, Path};
use crate::stream::Streaming;

/// A service's endpoint discovery, as the generator describes it.
#[derive(Debug, Clone, Copy)]
pub struct EndpointDiscovery {
    /// The discovery operation (`DescribeEndpoints`).
    pub operation: &'static HttpOp,
    /// The code of the error that says a discovered endpoint went stale.
    pub error: Option<&'static str>,
    /// Some operation requires a discovered endpoint: discovery is on by
    /// default.
    pub required_by_any: bool,
}

/// How long before its expiry an entry is refreshed in the background.
const REFRESH_WINDOW: Duration = Duration::from_secs(60);

/// One discovered endpoint.
#[derive(Debug, Clone)]
struct Entry {
    url: String,
    expires: Instant,
    refreshing: bool,
}

/// Discovered endpoints by cache key.
#[derive(Debug, Default)]
pub(crate) struct Cache {
    entries: Mutex<HashMap<String, Entry>>,
}

/// What the cache says about a key at `now`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Lookup {
    /// A usable endpoint; `refresh` when this caller should refresh it in
    /// the background (only the first caller in the window is told).
    Fresh { url: String, refresh: bool },
    /// Nothing usable.
    Missing,
}

impl Cache {
    pub(crate) fn lookup(&self, key: &str, now: Instant) -> Lookup {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        match entries.get_mut(key) {
            Some(e) if now < e.expires => {
                let due = now + REFRESH_WINDOW >= e.expires && !e.refreshing;
                if due {
                    e.refreshing = true;
                }
                Lookup::Fresh {
                    url: e.url.clone(),
                    refresh: due,
                }
            }
            Some(_) => {
                entries.remove(key);
                Lookup::Missing
            }
            None => Lookup::Missing,
        }
    }

    pub(crate) fn insert(&self, key: String, url: String, ttl: Duration, now: Instant) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.insert(
            key,
            Entry {
                url,
                expires: now + ttl,
                refreshing: false,
            },
        );
    }

    /// Lets a failed background refresh be tried again by a later call.
    pub(crate) fn refresh_failed(&self, key: &str) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(e) = entries.get_mut(key) {
            e.refreshing = false;
        }
    }

    pub(crate) fn remove(&self, key: &str) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.remove(key);
    }
}

/// The discovery operation's answer: `Endpoints: [{Address, CachePeriodInMinutes}]`.
#[derive(Debug, Default)]
pub(crate) struct Discovered {
    endpoints: Vec<(String, u64)>,
    meta: ResponseMeta,
}

impl FromJson for Discovered {
    fn from_json(v: &Value, path: &Path<'_>, _cx: &mut Ctx) -> Result<Self, DeError> {
        let bad = |what: &str| DeError::at(path, what.to_owned());
        let list = v
            .get("Endpoints")
            .and_then(Value::as_array)
            .ok_or_else(|| bad("the discovery answer has no `Endpoints` list"))?;
        let endpoints = list
            .iter()
            .filter_map(|e| {
                let address = e
                    .get("Address")?
                    .as_str()
                    .filter(|a| !a.is_empty())?
                    .to_owned();
                let minutes = e.get("CachePeriodInMinutes").and_then(Value::as_u64);
                Some((address, minutes.unwrap_or(1)))
            })
            .collect();
        Ok(Self {
            endpoints,
            meta: ResponseMeta::default(),
        })
    }
}

impl Streaming for Discovered {}

impl HasResponseMeta for Discovered {
    fn response_meta_mut(&mut self) -> &mut ResponseMeta {
        &mut self.meta
    }
}

/// Any input: the discovery operation's is built here, not by a caller.
struct AnyInput;

impl FromJson for AnyInput {
    fn from_json(_: &Value, _: &Path<'_>, _: &mut Ctx) -> Result<Self, DeError> {
        Ok(AnyInput)
    }
}

crate::operation_error! {
    /// The discovery operation's errors, whatever they are.
    pub enum DiscoveryError {}
    validation = unmodeled;
}

/// `address` as a URL: `https://` unless it names its scheme.
fn url_of(address: &str) -> String {
    if address.contains("://") {
        address.to_owned()
    } else {
        format!("https://{address}")
    }
}

/// A call's discovered endpoint and the key it is cached under.
#[derive(Debug, Clone)]
pub(crate) struct Chosen {
    pub(crate) url: String,
    pub(crate) key: String,
}

impl Handle {
    /// Whether discovery runs for this client: explicit configuration, else
    /// on when some operation requires it; never with an `endpoint_url`
    /// unless turned on explicitly.
    fn discovery_enabled(&self, d: &EndpointDiscovery) -> bool {
        match self.config.endpoint_discovery {
            Some(on) => on,
            None => d.required_by_any && self.config.endpoint_url.is_none(),
        }
    }

    /// The discovered endpoint for a call of `info`, if the operation uses
    /// one; `member` answers its discovery-id members.
    pub(crate) async fn discovered_endpoint<E>(
        &self,
        info: &OperationInfo,
        member: &(dyn Fn(&str) -> Option<Value> + Sync),
    ) -> Result<Option<Chosen>, SdkError<E>> {
        let (Some(required), Some(d)) = (info.discovered_endpoint, self.info.endpoint_discovery)
        else {
            return Ok(None);
        };
        if !self.discovery_enabled(&d) {
            if required && self.config.endpoint_url.is_none() {
                return Err(SdkError::construction(format!(
                    "{} requires endpoint discovery, which is turned off",
                    info.name
                )));
            }
            return Ok(None);
        }
        let ids: Map<String, Value> = info
            .discovery_ids
            .iter()
            .filter_map(|k| Some(((*k).to_owned(), member(k)?)))
            .collect();
        let key = self.discovery_key(info, &ids).await;
        match self.discovery.lookup(&key, Instant::now()) {
            Lookup::Fresh { url, refresh } => {
                if refresh {
                    self.discover_in_background(d, info.name, ids, key.clone());
                }
                return Ok(Some(Chosen { url, key }));
            }
            Lookup::Missing => {}
        }
        if !required {
            // The regular endpoint serves the call meanwhile.
            self.discover_in_background(d, info.name, ids, key);
            return Ok(None);
        }
        match self.discover(d, info.name, &ids, &key).await {
            Ok(url) => Ok(Some(Chosen { url, key })),
            Err(e) => Err(SdkError::construction(format!(
                "{} requires a discovered endpoint, and discovery failed: {e}",
                info.name
            ))),
        }
    }

    /// The cache key: the access key id, and the operation and its
    /// identifiers when it has any.
    async fn discovery_key(&self, info: &OperationInfo, ids: &Map<String, Value>) -> String {
        let mut key = match &self.config.credentials {
            Some(p) => {
                use aws_credential_types::provider::ProvideCredentials as _;
                p.provide_credentials()
                    .await
                    .map(|c| c.access_key_id().to_owned())
                    .unwrap_or_default()
            }
            None => String::new(),
        };
        if !ids.is_empty() {
            key.push('\n');
            key.push_str(info.name);
            for (k, v) in ids {
                key.push('\n');
                key.push_str(k);
                key.push('=');
                key.push_str(v.as_str().unwrap_or_default());
            }
        }
        key
    }

    /// Calls the discovery operation and caches its first endpoint.
    async fn discover(
        &self,
        d: EndpointDiscovery,
        operation: &str,
        ids: &Map<String, Value>,
        key: &str,
    ) -> Result<String, String> {
        let mut input = Map::new();
        if !ids.is_empty() {
            input.insert("Operation".into(), Value::String(operation.to_owned()));
            input.insert("Identifiers".into(), Value::Object(ids.clone()));
        }
        let call = self.call_with_json::<AnyInput, Discovered, DiscoveryError>(
            d.operation,
            Value::Object(input),
            None,
        );
        // Boxed: the discovery call goes through the send loop that called
        // this.
        let out = Box::pin(call).await.map_err(|e| e.to_string())?;
        let (address, minutes) = out
            .endpoints
            .into_iter()
            .next()
            .ok_or_else(|| "the discovery answer lists no endpoint".to_owned())?;
        let url = url_of(&address);
        self.discovery.insert(
            key.to_owned(),
            url.clone(),
            Duration::from_secs(minutes.max(1) * 60),
            Instant::now(),
        );
        Ok(url)
    }

    /// Discovers in a task of its own (the call goes on meanwhile).
    fn discover_in_background(
        &self,
        d: EndpointDiscovery,
        operation: &'static str,
        ids: Map<String, Value>,
        key: String,
    ) {
        let Some(me) = self.me.upgrade() else {
            return;
        };
        if tokio::runtime::Handle::try_current().is_err() {
            return;
        }
        tokio::spawn(async move {
            if let Err(e) = me.discover(d, operation, &ids, &key).await {
                tracing::debug!(operation, error = %e, "endpoint discovery failed");
                me.discovery.refresh_failed(&key);
            }
        });
    }

    /// Drops the entry a call went to when the service said it is stale.
    pub(crate) fn discovered_endpoint_failed(&self, chosen: &Chosen, code: &str) {
        if self
            .info
            .endpoint_discovery
            .and_then(|d| d.error)
            .is_some_and(|e| e == code)
        {
            self.discovery.remove(&chosen.key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_live_for_their_ttl_and_are_refreshed_once_in_their_last_minute() {
        let cache = Cache::default();
        let t0 = Instant::now();
        assert_eq!(cache.lookup("k", t0), Lookup::Missing);
        cache.insert("k".into(), "https://a".into(), Duration::from_secs(300), t0);
        let fresh = |refresh| Lookup::Fresh {
            url: "https://a".into(),
            refresh,
        };
        assert_eq!(cache.lookup("k", t0), fresh(false));
        let late = t0 + Duration::from_secs(250);
        assert_eq!(cache.lookup("k", late), fresh(true));
        // Only the first caller in the window refreshes...
        assert_eq!(cache.lookup("k", late), fresh(false));
        // ...unless that refresh failed.
        cache.refresh_failed("k");
        assert_eq!(cache.lookup("k", late), fresh(true));
        // Expired: gone.
        assert_eq!(
            cache.lookup("k", t0 + Duration::from_secs(300)),
            Lookup::Missing
        );
        assert_eq!(cache.lookup("k", t0), Lookup::Missing);
        cache.insert("k".into(), "https://b".into(), Duration::from_secs(60), t0);
        cache.remove("k");
        assert_eq!(cache.lookup("k", t0), Lookup::Missing);
    }

    #[test]
    fn addresses_become_urls() {
        assert_eq!(url_of("cell-1.example.com"), "https://cell-1.example.com");
        assert_eq!(url_of("http://127.0.0.1:9"), "http://127.0.0.1:9");
    }
}
