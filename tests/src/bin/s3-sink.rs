//! A generated S3 server for throughput measurements (`tests/lean-build/run.sh
//! s3`): PutObject reads the body to the end (SigV4-verified, `aws-chunked`
//! decoded, checksums checked by the server pipeline) and keeps only its
//! size and CRC32; GetObject streams that many bytes back (a repeating
//! pattern, made as they are sent). Nothing is held in memory.
//!
//! ```text
//! s3-sink --listen 127.0.0.1:0 --access-key-id KEY --secret-access-key SECRET
//! ```
//! prints `listening on http://ADDR` once it serves.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use codegen_rt::server::Config as ServerConfig;
use codegen_rt::sigv4::{Keys, Verifier};
use codegen_rt::Unhandled;
use s3_server_sdk::s3_types::error::*;
use s3_server_sdk::s3_types::model::*;
use s3_server_sdk::{ByteStream, Context, S3Server, S3};

/// The pattern GetObject sends, 1 MiB.
const PATTERN: usize = 1 << 20;

#[derive(Clone, Default)]
struct Sink {
    /// (bucket, key) -> size
    objects: Arc<Mutex<BTreeMap<(String, String), u64>>>,
}

fn no_key() -> Unhandled {
    Unhandled::new(404, "NoSuchKey", "The specified key does not exist.")
}

impl S3 for Sink {
    async fn create_bucket(
        &self,
        _input: CreateBucketRequest,
        _cx: Context,
    ) -> Result<CreateBucketOutput, CreateBucketError> {
        Ok(CreateBucketOutput::builder().build())
    }

    async fn list_buckets(
        &self,
        _input: ListBucketsRequest,
        _cx: Context,
    ) -> Result<ListBucketsOutput, ListBucketsError> {
        Ok(ListBucketsOutput::builder().build())
    }

    async fn put_object(
        &self,
        input: PutObjectRequest,
        _cx: Context,
    ) -> Result<PutObjectOutput, PutObjectError> {
        let mut body = input.body;
        let mut size = 0u64;
        while let Some(chunk) = body.next().await {
            let chunk = chunk.map_err(|e| Unhandled::new(400, "BadDigest", e.to_string()))?;
            size += chunk.len() as u64;
        }
        self.objects
            .lock()
            .unwrap()
            .insert((input.bucket, input.key), size);
        Ok(PutObjectOutput::builder()
            .e_tag(format!("\"{size:x}\""))
            .build())
    }

    async fn head_object(
        &self,
        input: HeadObjectRequest,
        _cx: Context,
    ) -> Result<HeadObjectOutput, HeadObjectError> {
        let size = self
            .objects
            .lock()
            .unwrap()
            .get(&(input.bucket, input.key))
            .copied();
        let size = size.ok_or_else(no_key)?;
        Ok(HeadObjectOutput::builder()
            .content_length(size as i64)
            .build())
    }

    async fn get_object(
        &self,
        input: GetObjectRequest,
        _cx: Context,
    ) -> Result<GetObjectOutput, GetObjectError> {
        let size = self
            .objects
            .lock()
            .unwrap()
            .get(&(input.bucket, input.key))
            .copied();
        let size = size.ok_or_else(no_key)?;
        let block = Bytes::from((0..PATTERN).map(|i| (i % 251) as u8).collect::<Vec<u8>>());
        let (full, rest) = (size / PATTERN as u64, (size % PATTERN as u64) as usize);
        let blocks = (0..full)
            .map(move |_| block.clone())
            .chain((rest > 0).then(|| Bytes::from(vec![7u8; rest])))
            .map(Ok);
        Ok(GetObjectOutput::builder()
            .content_length(size as i64)
            .body(ByteStream::from_chunks(blocks))
            .build())
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut listen, mut key, mut secret) =
        ("127.0.0.1:0".to_owned(), String::new(), String::new());
    while let Some(a) = args.next() {
        let value = args.next().unwrap_or_else(|| panic!("{a} needs a value"));
        match a.as_str() {
            "--listen" => listen = value,
            "--access-key-id" => key = value,
            "--secret-access-key" => secret = value,
            other => panic!("unknown option {other}"),
        }
    }
    let mut keys = Keys::default();
    keys.add(&key, &secret);
    let config = ServerConfig {
        authenticate: Some(Arc::new(Verifier::new(keys))),
        ..ServerConfig::default()
    };
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(&listen).await.expect("bind");
        println!(
            "listening on http://{}",
            listener.local_addr().expect("an address")
        );
        let server = S3Server::with_config(Sink::default(), config);
        codegen_rt::server::serve(listener, codegen_rt::server::IntoMakeService::new(server))
            .await
            .expect("serve");
    });
}
