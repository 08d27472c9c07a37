//! restJson1 end to end: the client and server generated from
//! `codegen/tests/models/objects.json` (a small object store) talk over
//! 127.0.0.1. Labels (a greedy one holding slashes), query lists, headers,
//! prefix headers, a modeled error with a header-bound member, validation
//! errors answered as `smithy.framework#ValidationException`, and a 1 GiB
//! body streamed up and down while the process's peak memory is measured.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use codegen_rt::{ByteStream, OperationError, Unhandled};
use e2e_tests::serve;
use objects_client_sdk::prelude::*;
use objects_client_sdk::{Client, Config, Credentials, SdkError};
use objects_server_sdk::objects_types::error::*;
use objects_server_sdk::objects_types::model::*;
use objects_server_sdk::{Context, Objects, ObjectsServer};

/// Bodies up to this size are kept; larger ones are checked (size and
/// CRC-32) as they stream in, and only their digest is kept.
const KEEP: u64 = 1 << 20;

/// Keys under this prefix name generated objects: `generated/SIZE` streams
/// SIZE bytes of [`chunk`]s with seed [`GENERATED_SEED`].
const GENERATED: &str = "generated/";
const GENERATED_SEED: u64 = 7;

/// One stored object.
#[derive(Debug, Clone)]
struct Stored {
    bytes: Option<Bytes>,
    size: u64,
    crc: u32,
    tags: Vec<String>,
    metadata: BTreeMap<String, String>,
    storage_class: Option<StorageClass>,
}

#[derive(Default)]
struct Store {
    objects: Mutex<BTreeMap<(String, String), Stored>>,
    /// The request paths PutObject was called with, as sent.
    paths: Mutex<Vec<String>>,
}

struct Handler(Arc<Store>);

fn failed<E: OperationError>(message: String) -> E {
    E::unhandled(Unhandled::new(500, "StoreFailure", message))
}

impl Objects for Handler {
    async fn put_object(
        &self,
        mut input: PutObjectInput,
        cx: Context,
    ) -> Result<PutObjectOutput, PutObjectError> {
        self.0
            .paths
            .lock()
            .unwrap()
            .push(cx.parts.uri.path().to_owned());
        let mut crc = crc32fast::Hasher::new();
        let mut size = 0u64;
        let mut kept = Vec::new();
        while let Some(chunk) = input.body.next().await {
            let chunk = chunk.map_err(|e| failed::<PutObjectError>(e.to_string()))?;
            crc.update(&chunk);
            size += chunk.len() as u64;
            if size <= KEEP {
                kept.extend_from_slice(&chunk);
            }
        }
        let crc = crc.finalize();
        let stored = Stored {
            bytes: (size <= KEEP).then(|| Bytes::from(kept)),
            size,
            crc,
            tags: input.tags.unwrap_or_default(),
            metadata: input.metadata.unwrap_or_default(),
            storage_class: input.storage_class,
        };
        self.0
            .objects
            .lock()
            .unwrap()
            .insert((input.bucket, input.key), stored);
        Ok(PutObjectOutput {
            _meta: Default::default(),
            etag: Some(format!("{crc:08x}")),
            size: Some(size as i64),
        })
    }

    async fn get_object(
        &self,
        input: GetObjectInput,
        _cx: Context,
    ) -> Result<GetObjectOutput, GetObjectError> {
        if let Some(size) = input.key.strip_prefix(GENERATED) {
            let size: u64 = size
                .parse()
                .map_err(|_| failed::<GetObjectError>(format!("bad size {size}")))?;
            return Ok(GetObjectOutput {
                _meta: Default::default(),
                storage_class: Some(StorageClass::Standard),
                metadata: Some(BTreeMap::from([("origin".into(), "generated".into())])),
                size: Some(size as i64),
                body: ByteStream::from_chunks(Chunks::new(GENERATED_SEED, size)),
            });
        }
        let found = self
            .0
            .objects
            .lock()
            .unwrap()
            .get(&(input.bucket, input.key.clone()))
            .cloned();
        let Some(s) = found else {
            return Err(GetObjectError::NoSuchKey(NoSuchKey {
                _meta: Default::default(),
                message: Some(format!("no object under {}", input.key)),
                key: Some(input.key),
            }));
        };
        let Some(bytes) = s.bytes else {
            return Err(failed(format!("only the digest of {} is kept", input.key)));
        };
        Ok(GetObjectOutput {
            _meta: Default::default(),
            storage_class: s.storage_class,
            metadata: Some(s.metadata),
            size: Some(s.size as i64),
            body: ByteStream::from(bytes),
        })
    }

    async fn list_objects(
        &self,
        input: ListObjectsInput,
        _cx: Context,
    ) -> Result<ListObjectsOutput, ListObjectsError> {
        let prefix = input.prefix.unwrap_or_default();
        let want = input.tags.unwrap_or_default();
        let max = input.max_keys.unwrap_or(1000) as usize;
        let objects = self
            .0
            .objects
            .lock()
            .unwrap()
            .iter()
            .filter(|((b, k), s)| {
                *b == input.bucket
                    && k.starts_with(&prefix)
                    && want.iter().all(|t| s.tags.contains(t))
            })
            .take(max)
            .map(|((_, k), s)| ObjectSummary {
                key: k.clone(),
                size: s.size as i64,
                tags: Some(s.tags.clone()),
            })
            .collect();
        Ok(ListObjectsOutput {
            _meta: Default::default(),
            objects,
        })
    }

    async fn delete_object(
        &self,
        input: DeleteObjectInput,
        _cx: Context,
    ) -> Result<DeleteObjectOutput, DeleteObjectError> {
        let removed = self
            .0
            .objects
            .lock()
            .unwrap()
            .remove(&(input.bucket, input.key.clone()));
        match removed {
            Some(_) => Ok(DeleteObjectOutput {
                _meta: Default::default(),
            }),
            None => Err(DeleteObjectError::NoSuchKey(NoSuchKey {
                _meta: Default::default(),
                message: Some(format!("no object under {}", input.key)),
                key: Some(input.key),
            })),
        }
    }
}

/// 64 KiB chunks of deterministic bytes (xorshift64*), `size` bytes in all,
/// each made when it is read; `crc` follows what was produced.
struct Chunks {
    state: u64,
    left: u64,
    crc: Option<Arc<Mutex<crc32fast::Hasher>>>,
}

const CHUNK: usize = 64 * 1024;

impl Chunks {
    fn new(seed: u64, size: u64) -> Self {
        Self {
            state: seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1,
            left: size,
            crc: None,
        }
    }

    fn tracked(seed: u64, size: u64, crc: Arc<Mutex<crc32fast::Hasher>>) -> Self {
        Self {
            crc: Some(crc),
            ..Self::new(seed, size)
        }
    }

    fn fill(&mut self) -> Option<Vec<u8>> {
        if self.left == 0 {
            return None;
        }
        let n = CHUNK.min(self.left as usize);
        self.left -= n as u64;
        let mut buf = vec![0u8; n];
        for word in buf.chunks_mut(8) {
            self.state ^= self.state >> 12;
            self.state ^= self.state << 25;
            self.state ^= self.state >> 27;
            let v = self.state.wrapping_mul(0x2545_F491_4F6C_DD1D).to_le_bytes();
            word.copy_from_slice(&v[..word.len()]);
        }
        Some(buf)
    }
}

impl Iterator for Chunks {
    type Item = Result<Bytes, codegen_rt::stream::BoxError>;

    fn next(&mut self) -> Option<Self::Item> {
        let buf = self.fill()?;
        if let Some(crc) = &self.crc {
            crc.lock().unwrap().update(&buf);
        }
        Some(Ok(Bytes::from(buf)))
    }
}

/// The CRC-32 of the generated object of `size` bytes.
fn generated_crc(seed: u64, size: u64) -> u32 {
    let mut chunks = Chunks::new(seed, size);
    let mut crc = crc32fast::Hasher::new();
    while let Some(buf) = chunks.fill() {
        crc.update(&buf);
    }
    crc.finalize()
}

fn client(url: &str, validate: bool) -> Client {
    Client::new(
        Config::new()
            .region("us-east-1")
            .endpoint_url(url)
            .credentials_provider(Credentials::new(
                "AKIDTEST",
                "SECRETTEST",
                None,
                None,
                "test",
            ))
            .max_attempts(1)
            .validate_input(validate),
    )
}

async fn start() -> (e2e_tests::Running, Arc<Store>) {
    let store = Arc::new(Store::default());
    let running = serve(ObjectsServer::new(Handler(Arc::clone(&store)))).await;
    (running, store)
}

#[tokio::test]
async fn labels_queries_headers_and_prefix_headers_travel() {
    let (server, store) = start().await;
    let c = client(&server.url(), true);
    let key = "photos/2026/cat 1.jpg";
    let body = Bytes::from_static(b"not really a jpeg");
    let put = c
        .put_object()
        .bucket("pets-01")
        .key(key)
        .tags("pets")
        .tags("cats & dogs")
        .storage_class(StorageClass::Archive)
        .set_metadata(Some(BTreeMap::from([
            ("owner".to_owned(), "ana".to_owned()),
            ("colour".to_owned(), "grey, mostly".to_owned()),
        ])))
        .body(body.clone())
        .send()
        .await
        .expect("put");
    assert_eq!(put.size, Some(body.len() as i64));
    assert_eq!(put.etag, Some(format!("{:08x}", crc32fast::hash(&body))));
    // The greedy label keeps its slashes; the space is percent-encoded.
    assert_eq!(
        store.paths.lock().unwrap().as_slice(),
        ["/buckets/pets-01/objects/photos/2026/cat%201.jpg"]
    );

    let got = c
        .get_object()
        .bucket("pets-01")
        .key(key)
        .send()
        .await
        .expect("get");
    assert_eq!(got.storage_class, Some(StorageClass::Archive));
    assert_eq!(got.size, Some(body.len() as i64));
    // A streaming output carries the request id too.
    assert!(got.request_id().is_some_and(|id| id.len() == 36));
    let metadata = got.metadata.clone().unwrap_or_default();
    assert_eq!(metadata.get("owner").map(String::as_str), Some("ana"));
    assert_eq!(
        metadata.get("colour").map(String::as_str),
        Some("grey, mostly")
    );
    assert_eq!(got.body.collect().await.expect("body"), body);

    let list = |tags: &[&str]| {
        c.list_objects()
            .bucket("pets-01")
            .prefix("photos/")
            .set_tags(Some(tags.iter().map(|t| (*t).to_owned()).collect()))
            .max_keys(10)
            .send()
    };
    let both = list(&["pets", "cats & dogs"]).await.expect("list");
    assert_eq!(both.objects.len(), 1);
    assert_eq!(both.objects[0].key, key);
    assert_eq!(
        both.objects[0].tags.as_deref(),
        Some(&["pets".to_owned(), "cats & dogs".to_owned()][..])
    );
    let none = list(&["pets", "fish"]).await.expect("list");
    assert!(none.objects.is_empty(), "{none:?}");
}

#[tokio::test]
async fn a_missing_key_is_the_modeled_error_with_its_header_member() {
    let (server, _store) = start().await;
    let c = client(&server.url(), true);
    match c
        .get_object()
        .bucket("pets-01")
        .key("no/such key")
        .send()
        .await
    {
        Err(SdkError::Service(GetObjectError::NoSuchKey(e))) => {
            // `key` travels in the `x-missing-key` header, `message` in the body.
            assert_eq!(e.key.as_deref(), Some("no/such key"));
            assert_eq!(e.message.as_deref(), Some("no object under no/such key"));
            assert!(e.request_id().is_some());
        }
        other => panic!("expected NoSuchKey, got {other:?}"),
    }
    c.put_object()
        .bucket("pets-01")
        .key("a")
        .body(Bytes::from_static(b"x"))
        .send()
        .await
        .expect("put");
    // 204 and no body.
    c.delete_object()
        .bucket("pets-01")
        .key("a")
        .send()
        .await
        .expect("delete");
    let again = c.delete_object().bucket("pets-01").key("a").send().await;
    assert!(
        matches!(
            again,
            Err(SdkError::Service(DeleteObjectError::NoSuchKey(_)))
        ),
        "{again:?}"
    );
}

#[tokio::test]
async fn validation_errors_list_every_violation() {
    let (server, _store) = start().await;
    // The client checks before sending...
    let checked = client(&server.url(), true)
        .list_objects()
        .bucket("No!")
        .max_keys(0)
        .send()
        .await;
    match checked {
        Err(SdkError::Validation(v)) => assert_eq!(v.total(), 2, "{v}"),
        other => panic!("expected a client-side validation error, got {other:?}"),
    }
    // ... and the server answers smithy.framework#ValidationException with
    // every violation in fieldList.
    let sent = client(&server.url(), false)
        .list_objects()
        .bucket("No!")
        .max_keys(0)
        .send()
        .await;
    let e = match sent {
        Err(SdkError::Service(ListObjectsError::ValidationException(e))) => e,
        other => panic!("expected ValidationException, got {other:?}"),
    };
    assert!(
        e.message.starts_with("2 validation errors detected. "),
        "{}",
        e.message
    );
    let fields: Vec<(String, String)> = e
        .field_list
        .unwrap_or_default()
        .into_iter()
        .map(|f| (f.path, f.message))
        .collect();
    assert_eq!(
        fields,
        [
            (
                "/bucket".to_owned(),
                "Value at '/bucket' failed to satisfy constraint: Member must satisfy regular \
                 expression pattern: ^[a-z0-9][a-z0-9-]*$"
                    .to_owned()
            ),
            (
                "/maxKeys".to_owned(),
                "Value at '/maxKeys' failed to satisfy constraint: Member must be between 1 \
                 and 1000, inclusive"
                    .to_owned()
            ),
        ]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gibibyte_streams_up_and_down_in_bounded_memory() {
    const SIZE: u64 = 1 << 30;
    const LIMIT_KB: u64 = 64 * 1024;
    let Some(memory) = e2e_tests::PeakMemory::start() else {
        return;
    };

    let (server, store) = start().await;
    let c = client(&server.url(), true);
    let crc = Arc::new(Mutex::new(crc32fast::Hasher::new()));
    let upload = ByteStream::from_chunks(Chunks::tracked(1, SIZE, Arc::clone(&crc)));
    let put = c
        .put_object()
        .bucket("big-one")
        .key("upload.bin")
        .body(upload)
        .send()
        .await
        .expect("1 GiB upload");
    let sent_crc = crc.lock().unwrap().clone().finalize();
    assert_eq!(put.size, Some(SIZE as i64));
    assert_eq!(put.etag, Some(format!("{sent_crc:08x}")));
    let stored =
        store.objects.lock().unwrap()[&("big-one".to_owned(), "upload.bin".to_owned())].clone();
    assert_eq!((stored.size, stored.crc), (SIZE, sent_crc));

    let mut got = c
        .get_object()
        .bucket("big-one")
        .key(format!("{GENERATED}{SIZE}"))
        .send()
        .await
        .expect("1 GiB download");
    assert_eq!(got.size, Some(SIZE as i64));
    let (mut received, mut crc) = (0u64, crc32fast::Hasher::new());
    while let Some(chunk) = got.body.next().await {
        let chunk = chunk.expect("download chunk");
        received += chunk.len() as u64;
        crc.update(&chunk);
    }
    let (peak, how) = memory.stop();
    assert_eq!(received, SIZE);
    assert_eq!(crc.finalize(), generated_crc(GENERATED_SEED, SIZE));

    eprintln!("1 GiB up and 1 GiB down: peak resident memory {peak} kB ({how})");
    assert!(
        peak < LIMIT_KB,
        "peak resident memory {peak} kB >= {LIMIT_KB} kB ({how})"
    );
}

/// The objects server with SigV4 verification on (key `AKID`/`SECRET`).
async fn start_verified() -> (e2e_tests::Running, Arc<Store>) {
    let store = Arc::new(Store::default());
    let mut keys = codegen_rt::sigv4::Keys::default();
    keys.add("AKID", "SECRET");
    let config = objects_server_sdk::Config {
        authenticate: Some(Arc::new(codegen_rt::sigv4::Verifier::new(keys))),
        ..objects_server_sdk::Config::default()
    };
    let running = serve(ObjectsServer::with_config(
        Handler(Arc::clone(&store)),
        config,
    ))
    .await;
    (running, store)
}

/// `PUT body` to `url`, SigV4-signed by hand over `signed` (the payload as
/// the signer hashed it) with `declared` as `X-Amz-Content-Sha256`, or no
/// such header: the forms botocore and S3-style clients send.
async fn put_signed(
    url: &str,
    body: &'static [u8],
    signed: &'static [u8],
    declared: Option<&str>,
) -> u16 {
    use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
    use aws_sigv4::sign::v4;
    let identity: aws_smithy_runtime_api::client::identity::Identity =
        aws_credential_types::Credentials::new("AKID", "SECRET", None, None, "test").into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region("us-east-1")
        .name("objects")
        .time(std::time::SystemTime::now())
        .settings(SigningSettings::default())
        .build()
        .unwrap()
        .into();
    let mut req = codegen_rt::server::http::Request::builder()
        .method("PUT")
        .uri(url);
    let host = url.split('/').nth(2).unwrap().to_owned();
    req = req.header("host", host);
    if let Some(d) = declared {
        req = req.header("x-amz-content-sha256", d);
    }
    let mut req = req.body(()).unwrap();
    let headers: Vec<(String, String)> = req
        .headers()
        .iter()
        .map(|(k, v)| (k.as_str().to_owned(), v.to_str().unwrap().to_owned()))
        .collect();
    let signable = SignableRequest::new(
        "PUT",
        url,
        headers.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        SignableBody::Bytes(signed),
    )
    .unwrap();
    let (instructions, _) = sign(signable, &params).unwrap().into_parts();
    instructions.apply_to_request_http1x(&mut req);
    let mut out = reqwest::Client::new().put(url);
    for (k, v) in req.headers() {
        out = out.header(k.as_str(), v.to_str().unwrap());
    }
    let resp = out.body(body).send().await.unwrap();
    let status = resp.status().as_u16();
    eprintln!("{status} {}", resp.text().await.unwrap_or_default());
    status
}

/// SHA-256 of `hello`, hex.
const HELLO_SHA256: &str = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

#[tokio::test]
async fn sigv4_streamed_bodies_are_checked_against_their_hash() {
    let (server, store) = start_verified().await;
    let stored = |key: &str| {
        store
            .objects
            .lock()
            .unwrap()
            .get(&("bkt".to_owned(), key.to_owned()))
            .and_then(|o| o.bytes.clone())
    };
    let url = |key: &str| format!("{}/buckets/bkt/objects/{key}", server.url());
    // Signed over the payload's own hash with no X-Amz-Content-Sha256
    // header (botocore does this): accepted, the body read first.
    assert_eq!(
        put_signed(&url("plain"), b"hello", b"hello", None).await,
        200
    );
    assert_eq!(stored("plain").as_deref(), Some(&b"hello"[..]));
    // The same with another body than the one signed: refused.
    assert_eq!(
        put_signed(&url("forged"), b"HELLO", b"hello", None).await,
        403
    );
    assert_eq!(stored("forged"), None);
    // The hash declared and the body streamed: checked as it is read.
    let hash = HELLO_SHA256;
    assert_eq!(
        put_signed(&url("declared"), b"hello", b"hello", Some(hash)).await,
        200
    );
    assert_eq!(stored("declared").as_deref(), Some(&b"hello"[..]));
    // A swapped body under a declared hash (plain HTTP lets anyone swap
    // it): the stream fails at its end, the handler keeps nothing.
    let status = put_signed(&url("swapped"), b"HELLO", b"hello", Some(hash)).await;
    assert_ne!(status, 200);
    assert_eq!(stored("swapped"), None);
}

/// A file and a reader as request bodies, through the client crate's own
/// re-exports (no `codegen_rt` path needed).
#[tokio::test]
async fn files_and_readers_stream_through_the_client_crates_reexports() {
    use objects_client_sdk::ByteStream as ClientByteStream;
    let (server, store) = start().await;
    let c = client(&server.url(), true);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("layer.bin");
    let data: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
    std::fs::write(&path, &data).unwrap();
    c.put_object()
        .bucket("bkt")
        .key("from-file")
        .body(ClientByteStream::from_path(&path).await.unwrap())
        .send()
        .await
        .unwrap();
    let got = c
        .get_object()
        .bucket("bkt")
        .key("from-file")
        .send()
        .await
        .unwrap();
    assert_eq!(got.body.collect().await.unwrap().as_ref(), &data[..]);
    let reader = std::io::Cursor::new(b"from a reader".to_vec());
    c.put_object()
        .bucket("bkt")
        .key("from-reader")
        .body(ClientByteStream::from_reader(reader))
        .send()
        .await
        .unwrap();
    let stored = store
        .objects
        .lock()
        .unwrap()
        .get(&("bkt".to_owned(), "from-reader".to_owned()))
        .and_then(|o| o.bytes.clone());
    assert_eq!(stored.as_deref(), Some(&b"from a reader"[..]));
    assert!(ClientByteStream::from_path(dir.path().join("missing"))
        .await
        .is_err());
}
