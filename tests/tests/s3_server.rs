//! A generated restXml server driven by real AWS clients: a small S3
//! (buckets, objects, multipart uploads, in memory) on the server crate
//! generated from the projection of S3's published model
//! (`codegen/tests/models/aws-s3.json`), every request SigV4-verified
//! (streamed bodies hashed as they are read), called over 127.0.0.1 by the
//! AWS CLI (`aws s3 mb/cp/ls/rm/rb` with a 64 MiB multipart upload and a
//! ranged download, `aws s3api`) and boto3. Path-style addresses (an IP
//! endpoint), bare `<Error>` errors, `x-amz-checksum-crc32` verified.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use codegen_rt::server::Config as ServerConfig;
use codegen_rt::sigv4::{Keys, Verifier};
use codegen_rt::{DateTime, Unhandled};
use md5::{Digest, Md5};
use s3_server_sdk::s3_types::error::*;
use s3_server_sdk::s3_types::model::*;
use s3_server_sdk::{ByteStream, Context, S3Server, S3};
use serde_json::{json, Value};

const AKID: &str = "AKIDS3TEST";
const SECRET: &str = "s3-secret";

#[derive(Clone)]
struct Obj {
    data: Vec<u8>,
    etag: String,
    content_type: Option<String>,
    metadata: Option<BTreeMap<String, String>>,
    modified: DateTime,
}

struct Upload {
    bucket: String,
    key: String,
    content_type: Option<String>,
    metadata: Option<BTreeMap<String, String>>,
    parts: BTreeMap<i32, (Vec<u8>, String)>,
}

#[derive(Default)]
struct Store {
    buckets: BTreeMap<String, BTreeMap<String, Obj>>,
    uploads: BTreeMap<String, Upload>,
    next_upload: u32,
    /// The `x-amz-content-sha256` of the last PutObject.
    last_payload: Option<String>,
}

#[derive(Clone, Default)]
struct Shared(Arc<Mutex<Store>>);

fn md5_hex(b: &[u8]) -> String {
    Md5::digest(b).iter().map(|x| format!("{x:02x}")).collect()
}

fn crc32(b: &[u8]) -> String {
    codegen_rt::checksum::compute("crc32", b).expect("CRC32")
}

fn now() -> DateTime {
    DateTime::from_secs(1_765_000_000)
}

/// An error the operation does not model, as S3 answers it.
fn s3_error(status: u16, code: &str, message: &str) -> Unhandled {
    Unhandled::new(status, code, message)
}

fn no_bucket() -> Unhandled {
    s3_error(404, "NoSuchBucket", "The specified bucket does not exist")
}

/// A body read whole, and checked against the CRC32 the client sent.
async fn read_body(body: ByteStream, crc: Option<&str>) -> Result<Vec<u8>, Unhandled> {
    let bytes = body
        .collect()
        .await
        .map_err(|e| s3_error(400, "IncompleteBody", &e.to_string()))?;
    if let Some(given) = crc {
        if crc32(&bytes) != given {
            return Err(s3_error(
                400,
                "BadDigest",
                "The CRC32 you specified did not match the calculated checksum.",
            ));
        }
    }
    Ok(bytes.to_vec())
}

/// `bytes=a-b`, `bytes=a-`, `bytes=-n` of a `len`-byte object.
fn range(spec: &str, len: usize) -> Option<(usize, usize)> {
    let (a, b) = spec.strip_prefix("bytes=")?.split_once('-')?;
    let (start, end) = match (a.parse::<usize>().ok(), b.parse::<usize>().ok()) {
        (Some(a), Some(b)) => (a, b.min(len.checked_sub(1)?)),
        (Some(a), None) => (a, len.checked_sub(1)?),
        (None, Some(n)) => (len.saturating_sub(n), len.checked_sub(1)?),
        (None, None) => return None,
    };
    (start <= end).then_some((start, end))
}

impl S3 for Shared {
    /// This test store answers `SELECT * FROM S3Object` only: the records
    /// are the object's bytes as stored, 4 bytes to an event, then the
    /// totals and the end, as S3 streams them.
    async fn select_object_content(
        &self,
        input: SelectObjectContentRequest,
        _cx: Context,
    ) -> Result<SelectObjectContentOutput, SelectObjectContentError> {
        let data = {
            let s = self.0.lock().unwrap();
            let bucket = s.buckets.get(&input.bucket).ok_or_else(no_bucket)?;
            let obj = bucket
                .get(&input.key)
                .ok_or_else(|| s3_error(404, "NoSuchKey", "The specified key does not exist."))?;
            obj.data.clone()
        };
        if !input
            .expression
            .trim()
            .eq_ignore_ascii_case("SELECT * FROM S3Object")
        {
            return Err(s3_error(
                400,
                "UnsupportedSqlOperation",
                "this store selects whole objects only",
            )
            .into());
        }
        let n = data.len() as i64;
        let mut events: Vec<SelectObjectContentEventStream> = data
            .chunks(4)
            .map(|c| {
                SelectObjectContentEventStream::Records(RecordsEvent {
                    payload: Some(codegen_rt::Blob::new(c.to_vec())),
                })
            })
            .collect();
        events.push(SelectObjectContentEventStream::Stats(StatsEvent {
            details: Some(Stats {
                bytes_scanned: Some(n),
                bytes_processed: Some(n),
                bytes_returned: Some(n),
            }),
        }));
        events.push(SelectObjectContentEventStream::End(EndEvent {}));
        Ok(SelectObjectContentOutput {
            payload: codegen_rt::EventStream::from_events(events),
            _meta: Default::default(),
        })
    }

    async fn create_bucket(
        &self,
        input: CreateBucketRequest,
        _cx: Context,
    ) -> Result<CreateBucketOutput, CreateBucketError> {
        let mut s = self.0.lock().unwrap();
        if s.buckets.contains_key(&input.bucket) {
            return Err(BucketAlreadyOwnedByYou::builder().build().into());
        }
        s.buckets.insert(input.bucket.clone(), BTreeMap::new());
        Ok(CreateBucketOutput::builder()
            .location(format!("/{}", input.bucket))
            .build())
    }

    async fn head_bucket(
        &self,
        input: HeadBucketRequest,
        _cx: Context,
    ) -> Result<HeadBucketOutput, HeadBucketError> {
        let s = self.0.lock().unwrap();
        if !s.buckets.contains_key(&input.bucket) {
            // S3's model gives `NotFound` no @httpError; S3 answers a HEAD 404.
            return Err(s3_error(404, "NotFound", "Not Found").into());
        }
        Ok(HeadBucketOutput::builder()
            .bucket_region("us-east-1")
            .build())
    }

    async fn list_buckets(
        &self,
        _input: ListBucketsRequest,
        _cx: Context,
    ) -> Result<ListBucketsOutput, ListBucketsError> {
        let s = self.0.lock().unwrap();
        let buckets = s
            .buckets
            .keys()
            .map(|n| Bucket::builder().name(n).creation_date(now()).build())
            .collect();
        Ok(ListBucketsOutput::builder()
            .set_buckets(Some(buckets))
            .owner(Owner::builder().id("owner").display_name("me").build())
            .build())
    }

    async fn delete_bucket(
        &self,
        input: DeleteBucketRequest,
        _cx: Context,
    ) -> Result<DeleteBucketOutput, DeleteBucketError> {
        let mut s = self.0.lock().unwrap();
        match s.buckets.get(&input.bucket) {
            None => Err(no_bucket().into()),
            Some(b) if !b.is_empty() => Err(s3_error(
                409,
                "BucketNotEmpty",
                "The bucket you tried to delete is not empty",
            )
            .into()),
            Some(_) => {
                s.buckets.remove(&input.bucket);
                Ok(DeleteBucketOutput::builder().build())
            }
        }
    }

    async fn put_object(
        &self,
        input: PutObjectRequest,
        cx: Context,
    ) -> Result<PutObjectOutput, PutObjectError> {
        if !self.0.lock().unwrap().buckets.contains_key(&input.bucket) {
            return Err(no_bucket().into());
        }
        let payload = cx.parts.headers.get("x-amz-content-sha256");
        self.0.lock().unwrap().last_payload =
            payload.and_then(|v| v.to_str().ok()).map(str::to_owned);
        let data = read_body(input.body, input.checksum_crc32.as_deref()).await?;
        let etag = format!("\"{}\"", md5_hex(&data));
        let crc = crc32(&data);
        let obj = Obj {
            etag: etag.clone(),
            content_type: input.content_type,
            metadata: input.metadata,
            modified: now(),
            data,
        };
        let mut s = self.0.lock().unwrap();
        let bucket = s.buckets.get_mut(&input.bucket).ok_or_else(no_bucket)?;
        bucket.insert(input.key, obj);
        Ok(PutObjectOutput::builder()
            .e_tag(etag)
            .checksum_crc32(crc)
            .build())
    }

    async fn get_object(
        &self,
        input: GetObjectRequest,
        _cx: Context,
    ) -> Result<GetObjectOutput, GetObjectError> {
        let obj = {
            let s = self.0.lock().unwrap();
            let bucket = s.buckets.get(&input.bucket).ok_or_else(no_bucket)?;
            bucket
                .get(&input.key)
                .cloned()
                .ok_or_else(|| NoSuchKey::builder().build())?
        };
        let len = obj.data.len();
        let (body, content_range) = match input.range.as_deref() {
            Some(spec) => {
                let (a, b) = range(spec, len).ok_or_else(|| {
                    s3_error(
                        416,
                        "InvalidRange",
                        "The requested range is not satisfiable",
                    )
                })?;
                (
                    obj.data[a..=b].to_vec(),
                    Some(format!("bytes {a}-{b}/{len}")),
                )
            }
            None => (obj.data.clone(), None),
        };
        Ok(GetObjectOutput::builder()
            .content_length(body.len() as i64)
            .body(ByteStream::from(body))
            .e_tag(obj.etag)
            .set_content_type(obj.content_type)
            .set_metadata(obj.metadata)
            .set_content_range(content_range)
            .accept_ranges("bytes")
            .last_modified(obj.modified)
            .build())
    }

    async fn head_object(
        &self,
        input: HeadObjectRequest,
        _cx: Context,
    ) -> Result<HeadObjectOutput, HeadObjectError> {
        let s = self.0.lock().unwrap();
        let bucket = s.buckets.get(&input.bucket).ok_or_else(no_bucket)?;
        let obj = bucket
            .get(&input.key)
            .ok_or_else(|| s3_error(404, "NotFound", "Not Found"))?;
        Ok(HeadObjectOutput::builder()
            .content_length(obj.data.len() as i64)
            .e_tag(&obj.etag)
            .set_content_type(obj.content_type.clone())
            .set_metadata(obj.metadata.clone())
            .accept_ranges("bytes")
            .last_modified(obj.modified)
            .build())
    }

    async fn delete_object(
        &self,
        input: DeleteObjectRequest,
        _cx: Context,
    ) -> Result<DeleteObjectOutput, DeleteObjectError> {
        let mut s = self.0.lock().unwrap();
        let bucket = s.buckets.get_mut(&input.bucket).ok_or_else(no_bucket)?;
        bucket.remove(&input.key);
        Ok(DeleteObjectOutput::builder().build())
    }

    async fn copy_object(
        &self,
        input: CopyObjectRequest,
        _cx: Context,
    ) -> Result<CopyObjectOutput, CopyObjectError> {
        let mut s = self.0.lock().unwrap();
        let source = input.copy_source.trim_start_matches('/');
        let (src_bucket, src_key) = source
            .split_once('/')
            .ok_or_else(|| s3_error(400, "InvalidArgument", "Invalid copy source"))?;
        let src_key = codegen_rt::binding::decode(src_key).unwrap_or_default();
        let obj = s
            .buckets
            .get(src_bucket)
            .ok_or_else(no_bucket)?
            .get(&src_key)
            .cloned()
            .ok_or_else(|| s3_error(404, "NoSuchKey", "The specified key does not exist."))?;
        let etag = obj.etag.clone();
        let bucket = s.buckets.get_mut(&input.bucket).ok_or_else(no_bucket)?;
        bucket.insert(input.key, obj);
        Ok(CopyObjectOutput::builder()
            .copy_object_result(
                CopyObjectResult::builder()
                    .e_tag(etag)
                    .last_modified(now())
                    .build(),
            )
            .build())
    }

    async fn list_objects_v2(
        &self,
        input: ListObjectsV2Request,
        _cx: Context,
    ) -> Result<ListObjectsV2Output, ListObjectsV2Error> {
        let s = self.0.lock().unwrap();
        let bucket = s
            .buckets
            .get(&input.bucket)
            .ok_or_else(|| NoSuchBucket::builder().build())?;
        let prefix = input.prefix.clone().unwrap_or_default();
        let after = input
            .continuation_token
            .clone()
            .or(input.start_after.clone())
            .unwrap_or_default();
        let max = input.max_keys.unwrap_or(1000).max(0) as usize;
        let mut contents = Vec::new();
        let mut prefixes: Vec<String> = Vec::new();
        let mut truncated = false;
        let mut last = None;
        for (k, o) in bucket.range(after.clone()..) {
            if k == &after || !k.starts_with(&prefix) {
                continue;
            }
            if contents.len() + prefixes.len() == max {
                truncated = true;
                break;
            }
            if let Some(d) = input.delimiter.as_deref().filter(|d| !d.is_empty()) {
                if let Some(i) = k[prefix.len()..].find(d) {
                    let p = k[..prefix.len() + i + d.len()].to_owned();
                    if !prefixes.contains(&p) {
                        prefixes.push(p);
                    }
                    last = Some(k.clone());
                    continue;
                }
            }
            contents.push(
                Object::builder()
                    .key(k)
                    .size(o.data.len() as i64)
                    .e_tag(&o.etag)
                    .last_modified(o.modified)
                    .storage_class(ObjectStorageClass::Standard)
                    .build(),
            );
            last = Some(k.clone());
        }
        let common = prefixes
            .into_iter()
            .map(|p| CommonPrefix::builder().prefix(p).build())
            .collect::<Vec<_>>();
        Ok(ListObjectsV2Output::builder()
            .name(&input.bucket)
            .prefix(prefix)
            .key_count((contents.len() + common.len()) as i32)
            .max_keys(max as i32)
            .is_truncated(truncated)
            .set_next_continuation_token(last.filter(|_| truncated))
            .set_continuation_token(input.continuation_token)
            .set_delimiter(input.delimiter)
            .set_contents(Some(contents))
            .set_common_prefixes((!common.is_empty()).then_some(common))
            .build())
    }

    async fn create_multipart_upload(
        &self,
        input: CreateMultipartUploadRequest,
        _cx: Context,
    ) -> Result<CreateMultipartUploadOutput, CreateMultipartUploadError> {
        let mut s = self.0.lock().unwrap();
        if !s.buckets.contains_key(&input.bucket) {
            return Err(no_bucket().into());
        }
        s.next_upload += 1;
        let id = format!("upload-{}", s.next_upload);
        s.uploads.insert(
            id.clone(),
            Upload {
                bucket: input.bucket.clone(),
                key: input.key.clone(),
                content_type: input.content_type,
                metadata: input.metadata,
                parts: BTreeMap::new(),
            },
        );
        Ok(CreateMultipartUploadOutput::builder()
            .bucket(input.bucket)
            .key(input.key)
            .upload_id(id)
            .build())
    }

    async fn upload_part(
        &self,
        input: UploadPartRequest,
        _cx: Context,
    ) -> Result<UploadPartOutput, UploadPartError> {
        if !self
            .0
            .lock()
            .unwrap()
            .uploads
            .contains_key(&input.upload_id)
        {
            return Err(
                s3_error(404, "NoSuchUpload", "The specified upload does not exist.").into(),
            );
        }
        let data = read_body(input.body, input.checksum_crc32.as_deref()).await?;
        let etag = format!("\"{}\"", md5_hex(&data));
        let crc = crc32(&data);
        let mut s = self.0.lock().unwrap();
        let upload = s
            .uploads
            .get_mut(&input.upload_id)
            .ok_or_else(|| s3_error(404, "NoSuchUpload", "The specified upload does not exist."))?;
        upload.parts.insert(input.part_number, (data, etag.clone()));
        Ok(UploadPartOutput::builder()
            .e_tag(etag)
            .checksum_crc32(crc)
            .build())
    }

    async fn complete_multipart_upload(
        &self,
        input: CompleteMultipartUploadRequest,
        _cx: Context,
    ) -> Result<CompleteMultipartUploadOutput, CompleteMultipartUploadError> {
        let mut s = self.0.lock().unwrap();
        let upload = s
            .uploads
            .remove(&input.upload_id)
            .ok_or_else(|| s3_error(404, "NoSuchUpload", "The specified upload does not exist."))?;
        let listed = input
            .multipart_upload
            .and_then(|m| m.parts)
            .unwrap_or_default();
        let mut data = Vec::new();
        let mut digests = Vec::new();
        for p in &listed {
            let n = p.part_number.unwrap_or_default();
            let (bytes, etag) = upload.parts.get(&n).ok_or_else(|| {
                s3_error(
                    400,
                    "InvalidPart",
                    "One or more of the specified parts could not be found.",
                )
            })?;
            if p.e_tag.as_deref() != Some(etag.as_str()) {
                return Err(s3_error(400, "InvalidPart", "A part's ETag does not match.").into());
            }
            data.extend_from_slice(bytes);
            digests.extend_from_slice(&Md5::digest(bytes));
        }
        let etag = format!("\"{}-{}\"", md5_hex(&digests), listed.len());
        let obj = Obj {
            data,
            etag: etag.clone(),
            content_type: upload.content_type,
            metadata: upload.metadata,
            modified: now(),
        };
        let bucket = s.buckets.get_mut(&upload.bucket).ok_or_else(no_bucket)?;
        bucket.insert(upload.key.clone(), obj);
        Ok(CompleteMultipartUploadOutput::builder()
            .bucket(upload.bucket)
            .key(upload.key)
            .e_tag(etag)
            .build())
    }

    async fn abort_multipart_upload(
        &self,
        input: AbortMultipartUploadRequest,
        _cx: Context,
    ) -> Result<AbortMultipartUploadOutput, AbortMultipartUploadError> {
        let mut s = self.0.lock().unwrap();
        s.uploads
            .remove(&input.upload_id)
            .ok_or_else(|| NoSuchUpload::builder().build())?;
        Ok(AbortMultipartUploadOutput::builder().build())
    }
}

async fn start(store: Shared) -> e2e_tests::Running {
    let mut keys = Keys::default();
    keys.add(AKID, SECRET);
    let config = ServerConfig {
        authenticate: Some(Arc::new(Verifier::new(keys))),
        body_limit: 16 << 20,
        ..ServerConfig::default()
    };
    e2e_tests::serve(S3Server::with_config(store, config)).await
}

/// Runs `program` with our server's credentials, in region us-east-1.
async fn run(program: &'static str, args: Vec<String>) -> std::process::Output {
    let region = vec![("AWS_DEFAULT_REGION", "us-east-1".into())];
    e2e_tests::run_aws_tool(program, args, (AKID, SECRET), region).await
}

fn ok(step: &str, out: &std::process::Output) -> String {
    assert!(
        out.status.success(),
        "{step}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn aws_cli_uses_a_generated_s3() {
    if !e2e_tests::have("aws", &["--version"]) {
        return;
    }
    let store = Shared::default();
    let server = start(store.clone()).await;
    let url = server.url();
    let s3 = |args: &[&str]| {
        let mut v: Vec<String> = vec!["--endpoint-url".into(), url.clone()];
        v.extend(args.iter().map(|a| (*a).to_owned()));
        run("aws", v)
    };
    let tmp = tempfile::tempdir().unwrap();
    let big = tmp.path().join("big.bin");
    // 64 MiB: the CLI uploads it in 8 MiB parts and downloads it in ranges.
    let data: Vec<u8> = (0..64u32 << 20).map(|i| (i % 251) as u8).collect();
    std::fs::write(&big, &data).unwrap();
    let small = tmp.path().join("note & <1>.txt");
    std::fs::write(&small, b"a small note\n").unwrap();
    let (big_s, small_s) = (big.display().to_string(), small.display().to_string());

    ok("mb", &s3(&["s3", "mb", "s3://media"]).await);
    ok(
        "cp small",
        &s3(&["s3", "cp", &small_s, "s3://media/notes/note & <1>.txt"]).await,
    );
    ok(
        "cp big (multipart)",
        &s3(&["s3", "cp", &big_s, "s3://media/big.bin"]).await,
    );
    {
        let s = store.0.lock().unwrap();
        let obj = &s.buckets["media"]["big.bin"];
        assert_eq!(obj.data.len(), data.len(), "multipart upload: size");
        assert!(obj.data == data, "multipart upload: the bytes differ");
        assert!(obj.etag.ends_with("-8\""), "8 parts: {}", obj.etag);
        assert!(s.uploads.is_empty(), "the upload is complete");
    }
    let listed = ok("ls", &s3(&["s3", "ls", "s3://media", "--recursive"]).await);
    assert!(listed.contains("67108864 big.bin"), "{listed}");
    assert!(listed.contains("13 notes/note & <1>.txt"), "{listed}");
    let buckets = ok("ls buckets", &s3(&["s3", "ls"]).await);
    assert!(buckets.contains("media"), "{buckets}");
    let back = tmp.path().join("back.bin");
    ok(
        "cp down (ranged)",
        &s3(&[
            "s3",
            "cp",
            "s3://media/big.bin",
            &back.display().to_string(),
        ])
        .await,
    );
    assert!(
        std::fs::read(&back).unwrap() == data,
        "the download differs"
    );
    let put = ok(
        "s3api put-object",
        &s3(&[
            "s3api",
            "put-object",
            "--bucket",
            "media",
            "--key",
            "meta.txt",
            "--body",
            &small_s,
            "--metadata",
            "owner=me",
            "--content-type",
            "text/plain",
            "--output",
            "json",
        ])
        .await,
    );
    let put: Value = serde_json::from_str(&put).unwrap();
    assert_eq!(put["ETag"], format!("\"{}\"", md5_hex(b"a small note\n")));
    let out = tmp.path().join("meta.out");
    let got = ok(
        "s3api get-object",
        &s3(&[
            "s3api",
            "get-object",
            "--bucket",
            "media",
            "--key",
            "meta.txt",
            &out.display().to_string(),
            "--output",
            "json",
        ])
        .await,
    );
    let got: Value = serde_json::from_str(&got).unwrap();
    assert_eq!(got["Metadata"], json!({"owner": "me"}));
    assert_eq!(got["ContentType"], "text/plain");
    assert_eq!(std::fs::read(&out).unwrap(), b"a small note\n");
    let missing = s3(&[
        "s3api",
        "get-object",
        "--bucket",
        "media",
        "--key",
        "none",
        "/dev/null",
    ])
    .await;
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert!(stderr.contains("(NoSuchKey)"), "{stderr}");
    let full = s3(&["s3", "rb", "s3://media"]).await;
    let stderr = String::from_utf8_lossy(&full.stderr);
    assert!(stderr.contains("BucketNotEmpty"), "{stderr}");
    ok("rm", &s3(&["s3", "rm", "s3://media", "--recursive"]).await);
    ok("rb", &s3(&["s3", "rb", "s3://media"]).await);
    assert!(store.0.lock().unwrap().buckets.is_empty());
}

const BOTO3: &str = r#"
import json, sys, boto3, botocore
from botocore.config import Config
c = boto3.client("s3", endpoint_url=sys.argv[1], region_name="us-east-1",
                 config=Config(retries={"max_attempts": 1, "mode": "standard"}))
out = {}
c.create_bucket(Bucket="docs")
out["again"] = None
try:
    c.create_bucket(Bucket="docs")
except botocore.exceptions.ClientError as e:
    out["again"] = [e.response["Error"]["Code"], e.response["ResponseMetadata"]["HTTPStatusCode"]]
p = c.put_object(Bucket="docs", Key="a/b c.txt", Body=b"hello", ChecksumAlgorithm="CRC32",
                 Metadata={"k": "v"})
out["put"] = [p["ETag"], p["ChecksumCRC32"]]
c.copy_object(Bucket="docs", Key="copy.txt", CopySource={"Bucket": "docs", "Key": "a/b c.txt"})
g = c.get_object(Bucket="docs", Key="copy.txt", Range="bytes=1-3")
out["range"] = [g["Body"].read().decode(), g["ContentRange"]]
mp = c.create_multipart_upload(Bucket="docs", Key="mp")
parts = []
for n in (1, 2):
    r = c.upload_part(Bucket="docs", Key="mp", UploadId=mp["UploadId"], PartNumber=n,
                      Body=(b"x" * (5 << 20)) if n == 1 else b"tail")
    parts.append({"PartNumber": n, "ETag": r["ETag"]})
done = c.complete_multipart_upload(Bucket="docs", Key="mp", UploadId=mp["UploadId"],
                                   MultipartUpload={"Parts": parts})
out["multipart"] = [done["Key"], done["ETag"].endswith('-2"'), c.head_object(Bucket="docs", Key="mp")["ContentLength"]]
listing = c.list_objects_v2(Bucket="docs", Delimiter="/")
out["list"] = [[o["Key"] for o in listing.get("Contents", [])],
               [p["Prefix"] for p in listing.get("CommonPrefixes", [])]]
for call in (lambda: c.get_object(Bucket="docs", Key="none"),
             lambda: c.head_object(Bucket="docs", Key="none"),
             lambda: c.list_objects_v2(Bucket="none"),
             lambda: c.abort_multipart_upload(Bucket="docs", Key="mp", UploadId="nope")):
    try:
        call()
        out.setdefault("errors", []).append(None)
    except botocore.exceptions.ClientError as e:
        out.setdefault("errors", []).append([e.response["Error"]["Code"],
                                             e.response["ResponseMetadata"]["HTTPStatusCode"]])
print(json.dumps(out, sort_keys=True))
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn boto3_uses_a_generated_s3() {
    if !e2e_tests::have("python3", &["-c", "import boto3"]) {
        return;
    }
    let server = start(Shared::default()).await;
    let out = run("python3", vec!["-c".into(), BOTO3.into(), server.url()]).await;
    let got: Value = serde_json::from_str(&ok("boto3", &out)).unwrap();
    assert_eq!(
        got,
        json!({
            "again": ["BucketAlreadyOwnedByYou", 409],
            "put": [format!("\"{}\"", md5_hex(b"hello")), crc32(b"hello")],
            "range": ["ell", "bytes 1-3/5"],
            "multipart": ["mp", true, (5 << 20) + 4],
            "list": [["copy.txt", "mp"], ["a/"]],
            "errors": [["NoSuchKey", 404], ["404", 404], ["NoSuchBucket", 404], ["NoSuchUpload", 404]],
        })
    );
}

/// `curl` with `args`, answering (HTTP status, body).
async fn curl(args: Vec<String>) -> (u16, Vec<u8>) {
    let mut all = vec![
        "-s".to_owned(),
        "--max-time".into(),
        "30".into(),
        "-w".into(),
        "\n%{http_code}".into(),
    ];
    all.extend(args);
    let out = tokio::process::Command::new("curl")
        .args(&all)
        .output()
        .await
        .expect("curl runs");
    let mut body = out.stdout;
    let cut = body
        .iter()
        .rposition(|b| *b == b'\n')
        .expect("a status line");
    let status = String::from_utf8_lossy(&body[cut + 1..])
        .parse()
        .expect("a status");
    body.truncate(cut);
    (status, body)
}

/// Pre-signed GET and PUT URLs from our generated S3 client, sent by curl to
/// our generated S3 server, which verifies the query-string signatures:
/// the URL works without credentials, a changed URL or an expired one is
/// refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn presigned_urls_from_a_generated_client_work_with_curl() {
    use s3_client_sdk::{Credentials, PresigningConfig};
    use std::time::{Duration, SystemTime};
    if !e2e_tests::have("curl", &["--version"]) {
        return;
    }
    let server = start(Shared::default()).await;
    let client = s3_client_sdk::Client::new(
        s3_client_sdk::Config::new()
            .region("us-east-1")
            .endpoint_url(server.url())
            .credentials_provider(Credentials::new(AKID, SECRET, None, None, "test"))
            .force_path_style(true)
            .max_attempts(1),
    );
    let step = "create the bucket and an object";
    client
        .create_bucket()
        .bucket("shared")
        .send()
        .await
        .expect(step);
    let data = b"hello from a pre-signed URL".to_vec();
    client
        .put_object()
        .bucket("shared")
        .key("docs/read me.txt")
        .body(s3_client_sdk::ByteStream::from(data.clone()))
        .send()
        .await
        .expect(step);

    let step = "GET through a pre-signed URL";
    let fifteen = PresigningConfig::expires_in(Duration::from_secs(900)).unwrap();
    let get = client
        .get_object()
        .bucket("shared")
        .key("docs/read me.txt")
        .presigned(fifteen)
        .await
        .expect(step);
    assert_eq!(get.method(), "GET");
    assert!(
        get.uri().contains("X-Amz-Signature="),
        "{step}: {}",
        get.uri()
    );
    assert!(
        get.uri().contains("X-Amz-Expires=900"),
        "{step}: {}",
        get.uri()
    );
    assert_eq!(
        curl(vec![get.uri().to_owned()]).await,
        (200, data.clone()),
        "{step}"
    );

    let step = "a changed URL is refused";
    let other = get.uri().replace("read%20me.txt", "other.txt");
    assert_eq!(curl(vec![other]).await.0, 403, "{step}");

    let step = "PUT through a pre-signed URL, with its signed headers";
    let put = client
        .put_object()
        .bucket("shared")
        .key("uploaded.txt")
        .content_type("text/plain")
        .presigned(fifteen)
        .await
        .expect(step);
    assert_eq!(put.method(), "PUT");
    let mut args = vec![
        "-X".to_owned(),
        "PUT".into(),
        "--data-binary".into(),
        "uploaded by curl".into(),
    ];
    for (k, v) in put.headers() {
        args.extend(["-H".to_owned(), format!("{k}: {v}")]);
    }
    args.push(put.uri().to_owned());
    assert_eq!(curl(args).await.0, 200, "{step}");
    let got = client
        .get_object()
        .bucket("shared")
        .key("uploaded.txt")
        .send()
        .await
        .expect(step);
    assert_eq!(got.content_type.as_deref(), Some("text/plain"), "{step}");
    let body = got.body.collect().await.expect(step);
    assert_eq!(&body[..], b"uploaded by curl", "{step}");

    let step = "an expired URL is refused";
    let two_hours_ago = SystemTime::now() - Duration::from_secs(7200);
    let old = PresigningConfig::expires_in(Duration::from_secs(3600))
        .unwrap()
        .start_time(two_hours_ago);
    let expired = client
        .get_object()
        .bucket("shared")
        .key("docs/read me.txt")
        .presigned(old)
        .await
        .expect(step);
    let (status, body) = curl(vec![expired.uri().to_owned()]).await;
    assert_eq!(status, 403, "{step}");
    assert!(
        String::from_utf8_lossy(&body).contains("Request has expired"),
        "{step}"
    );
}

/// S3 answers CopyObject `200 OK` before the copy ends, and an `<Error>`
/// document in that body when it then fails. A peer on 127.0.0.1 answers
/// that way once (`InternalError`), then with the copy's result: the
/// generated client reads the first as the error it is, retries it as a
/// 500, and returns the second. A peer that always fails gives the error.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_error_in_a_200_is_an_error_and_retried() {
    use s3_client_sdk::{Credentials, OperationError as _};
    use std::sync::atomic::Ordering;

    const FAILED: &str =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InternalError</Code>\
        <Message>We encountered an internal error. Please try again.</Message>\
        <RequestId>656c76696e6727732072657175657374</RequestId></Error>";
    const COPIED: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CopyObjectResult>\
        <LastModified>2026-12-07T10:00:00.000Z</LastModified><ETag>\"9b2cf535f27731c974343645a3985328\"</ETag>\
        </CopyObjectResult>";
    let peer = |bodies: &'static [&'static str]| {
        raw_peer(move |n, _head| {
            let body = bodies[n.min(bodies.len() - 1)];
            format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/xml\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            )
        })
    };
    let client = |url: &str| {
        s3_client_sdk::Client::new(
            s3_client_sdk::Config::new()
                .region("us-east-1")
                .endpoint_url(url)
                .credentials_provider(Credentials::new(AKID, SECRET, None, None, "test"))
                .force_path_style(true)
                .max_attempts(3),
        )
    };
    let copy = |c: s3_client_sdk::Client| async move {
        c.copy_object()
            .bucket("dst")
            .key("copy.txt")
            .copy_source("src/original.txt")
            .send()
            .await
    };

    let step = "one error in a 200, then the copy";
    let (url, count) = peer(&[FAILED, COPIED]).await;
    let out = copy(client(&url)).await.expect(step);
    let etag = out.copy_object_result.and_then(|r| r.e_tag);
    assert_eq!(
        etag.as_deref(),
        Some("\"9b2cf535f27731c974343645a3985328\""),
        "{step}"
    );
    assert_eq!(count.load(Ordering::SeqCst), 2, "{step}: retried once");

    let step = "always an error in a 200";
    let (url, count) = peer(&[FAILED]).await;
    match copy(client(&url)).await {
        Err(s3_client_sdk::SdkError::Service(e)) => {
            assert_eq!(e.code(), "InternalError", "{step}");
            assert_eq!(e.to_unhandled().status(), 500, "{step}");
        }
        other => panic!("{step}: {other:?}"),
    }
    assert_eq!(count.load(Ordering::SeqCst), 3, "{step}: every attempt");
}

/// A streamed upload with a checksum goes `aws-chunked` from the generated
/// client (over plain HTTP: every chunk signed, the CRC32 in a signed
/// trailer), and the generated server decodes it as it arrives, checking
/// each chunk's signature and the trailing checksum before the handler
/// stores the bytes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_streamed_upload_goes_aws_chunked_and_is_verified() {
    use s3_client_sdk::s3_types::model::ChecksumAlgorithm;
    use s3_client_sdk::Credentials;
    let store = Shared::default();
    let server = start(store.clone()).await;
    let client = s3_client_sdk::Client::new(
        s3_client_sdk::Config::new()
            .region("us-east-1")
            .endpoint_url(server.url())
            .credentials_provider(Credentials::new(AKID, SECRET, None, None, "test"))
            .force_path_style(true)
            .max_attempts(1),
    );
    client
        .create_bucket()
        .bucket("chunks")
        .send()
        .await
        .expect("create the bucket");
    let data: Vec<u8> = (0..3_000_000u32).map(|i| (i % 253) as u8).collect();
    let pieces: Vec<Result<bytes::Bytes, codegen_rt::stream::BoxError>> = data
        .chunks(100_000)
        .map(|c| Ok(bytes::Bytes::copy_from_slice(c)))
        .collect();
    let step = "a 3 MB stream with a CRC32";
    client
        .put_object()
        .bucket("chunks")
        .key("streamed.bin")
        .content_length(data.len() as i64)
        .checksum_algorithm(ChecksumAlgorithm::Crc32)
        .body(s3_client_sdk::ByteStream::from_chunks(pieces.into_iter()))
        .send()
        .await
        .expect(step);
    let stored = store.0.lock().unwrap().buckets["chunks"]["streamed.bin"]
        .data
        .clone();
    assert_eq!(stored.len(), data.len(), "{step}");
    assert!(
        stored == data,
        "{step}: the bytes stored are the bytes sent"
    );
    let payload = store.0.lock().unwrap().last_payload.clone();
    assert_eq!(
        payload.as_deref(),
        Some("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER"),
        "{step}: sent aws-chunked"
    );
}

/// A peer on 127.0.0.1 that answers each request (on its own connection)
/// with what `respond` makes of its number (from 0) and its head (request
/// line and headers); it counts the requests.
async fn raw_peer(
    respond: impl Fn(usize, &str) -> String + Send + Sync + 'static,
) -> (String, Arc<std::sync::atomic::AtomicUsize>) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let count = Arc::new(AtomicUsize::new(0));
    let seen = count.clone();
    let respond = Arc::new(respond);
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            let n = seen.fetch_add(1, Ordering::SeqCst);
            let respond = respond.clone();
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut buf = [0u8; 4096];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                    match sock.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(k) => head.extend_from_slice(&buf[..k]),
                    }
                }
                let reply = respond(n, &String::from_utf8_lossy(&head));
                let _ = sock.write_all(reply.as_bytes()).await;
                let _ = sock.shutdown().await;
            });
        }
    });
    (url, count)
}

/// A bucket in another region: S3 answers `301 PermanentRedirect` with
/// `x-amz-bucket-region` (a HEAD, with no body at all). The generated client
/// signs the request for that region and sends it again, and remembers the
/// region: the next call on the bucket goes there at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bucket_in_another_region_is_followed_there() {
    use s3_client_sdk::Credentials;
    use std::sync::atomic::Ordering;
    let (url, count) = raw_peer(|_, head| {
        let scoped = |r: &str| head.contains(&format!("/{r}/s3/aws4_request"));
        if head.contains("/faraway") && !scoped("eu-west-1") {
            "HTTP/1.1 301 Moved Permanently\r\nx-amz-bucket-region: eu-west-1\r\n\
             content-length: 0\r\nconnection: close\r\n\r\n"
                .to_owned()
        } else if head.contains("/faraway") || scoped("us-east-1") {
            "HTTP/1.1 200 OK\r\ncontent-length: 0\r\nx-amz-meta-seen: yes\r\n\
             last-modified: Mon, 07 Dec 2026 10:00:00 GMT\r\nconnection: close\r\n\r\n"
                .to_owned()
        } else {
            "HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".to_owned()
        }
    })
    .await;
    let client = s3_client_sdk::Client::new(
        s3_client_sdk::Config::new()
            .region("us-east-1")
            .endpoint_url(&url)
            .credentials_provider(Credentials::new(AKID, SECRET, None, None, "test"))
            .force_path_style(true)
            .max_attempts(1),
    );
    let head = |bucket: &'static str| client.head_object().bucket(bucket).key("k").send();
    let step = "the first call: redirected, then answered";
    head("faraway").await.expect(step);
    assert_eq!(count.load(Ordering::SeqCst), 2, "{step}");
    let step = "the second call goes to eu-west-1 at once";
    head("faraway").await.expect(step);
    assert_eq!(count.load(Ordering::SeqCst), 3, "{step}");
    let step = "another bucket stays in us-east-1";
    head("nearby").await.expect(step);
    assert_eq!(count.load(Ordering::SeqCst), 4, "{step}");
}

/// Uploads go with `Expect: 100-continue`: the body waits for the server's
/// `100 Continue`. A server that refuses the upload (a wrong signature)
/// answers before the body is sent, so not one byte of it is read from its
/// source; a server that takes it gets all of it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_upload_sends_no_bytes() {
    use s3_client_sdk::{Credentials, OperationError as _};
    use std::sync::atomic::{AtomicU64, Ordering};
    let store = Shared::default();
    let server = start(store.clone()).await;
    let client = |secret: &str| {
        s3_client_sdk::Client::new(
            s3_client_sdk::Config::new()
                .region("us-east-1")
                .endpoint_url(server.url())
                .credentials_provider(Credentials::new(AKID, secret, None, None, "test"))
                .force_path_style(true)
                .max_attempts(1),
        )
    };
    client(SECRET)
        .create_bucket()
        .bucket("gate")
        .send()
        .await
        .expect("create the bucket");
    // 2 MiB in 64 KiB pieces, counted as they are read from the source.
    let upload = |read: Arc<AtomicU64>| {
        let pieces = (0..32).map(move |_| {
            read.fetch_add(65536, Ordering::SeqCst);
            Ok::<_, codegen_rt::stream::BoxError>(bytes::Bytes::from(vec![7u8; 65536]))
        });
        s3_client_sdk::ByteStream::from_chunks(pieces)
    };

    let step = "a wrong secret: refused before the body";
    let read = Arc::new(AtomicU64::new(0));
    let refused = client("not-the-secret")
        .put_object()
        .bucket("gate")
        .key("refused.bin")
        .content_length(2 << 20)
        .body(upload(read.clone()))
        .send()
        .await;
    match &refused {
        Err(s3_client_sdk::SdkError::Service(e)) => {
            assert_eq!(e.to_unhandled().status(), 403, "{step}: {e:?}");
        }
        other => panic!("{step}: {other:?}"),
    }
    assert_eq!(
        read.load(Ordering::SeqCst),
        0,
        "{step}: bytes read from the source"
    );

    let step = "the right secret: all of it";
    let read = Arc::new(AtomicU64::new(0));
    client(SECRET)
        .put_object()
        .bucket("gate")
        .key("taken.bin")
        .content_length(2 << 20)
        .body(upload(read.clone()))
        .send()
        .await
        .expect(step);
    assert_eq!(read.load(Ordering::SeqCst), 2 << 20, "{step}");
    let stored = store.0.lock().unwrap().buckets["gate"]["taken.bin"]
        .data
        .len();
    assert_eq!(stored, 2 << 20, "{step}");
}

/// aws-sdk-s3 creates a bucket with `PUT /bucket/`; curl, signing with its
/// own SigV4 (`--aws-sigv4`), does the same here: the trailing slash no
/// route has is left out, and the signature is checked over the path as
/// sent.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trailing_slash_names_the_same_bucket() {
    if !e2e_tests::have("curl", &["--version"]) {
        return;
    }
    let store = Shared::default();
    let server = start(store.clone()).await;
    let sign = |user: &str| {
        vec![
            "-X".to_owned(),
            "PUT".into(),
            "--aws-sigv4".into(),
            "aws:amz:us-east-1:s3".into(),
            "--user".into(),
            user.to_owned(),
            format!("{}/made-by-curl/", server.url()),
        ]
    };
    let step = "PUT /made-by-curl/ with curl's own signature";
    let (status, body) = curl(sign(&format!("{AKID}:{SECRET}"))).await;
    assert_eq!(status, 200, "{step}: {}", String::from_utf8_lossy(&body));
    assert!(
        store.0.lock().unwrap().buckets.contains_key("made-by-curl"),
        "{step}"
    );
    let step = "the same with a wrong secret";
    let (status, _) = curl(sign(&format!("{AKID}:wrong"))).await;
    assert_eq!(status, 403, "{step}");
}

const BOTO3_SELECT: &str = r#"
import json, sys, boto3, botocore
s3 = boto3.client("s3", endpoint_url=sys.argv[1],
                  config=botocore.config.Config(s3={"addressing_style": "path"}))
s3.create_bucket(Bucket="sel")
s3.put_object(Bucket="sel", Key="data.csv", Body=b"a,1\nb,2\nc,3\n")
r = s3.select_object_content(Bucket="sel", Key="data.csv", ExpressionType="SQL",
    Expression="SELECT * FROM S3Object", InputSerialization={"CSV": {}},
    OutputSerialization={"CSV": {}})
out = {"records": "", "events": [], "stats": None}
for e in r["Payload"]:
    kind = list(e.keys())[0]
    out["events"].append(kind)
    if kind == "Records":
        out["records"] += e["Records"]["Payload"].decode()
    elif kind == "Stats":
        out["stats"] = e["Stats"]["Details"]
try:
    s3.select_object_content(Bucket="sel", Key="missing", ExpressionType="SQL",
        Expression="SELECT * FROM S3Object", InputSerialization={"CSV": {}},
        OutputSerialization={"CSV": {}})
    out["missing"] = None
except botocore.exceptions.ClientError as e:
    out["missing"] = [e.response["Error"]["Code"], e.response["ResponseMetadata"]["HTTPStatusCode"]]
print(json.dumps(out, sort_keys=True))
"#;

/// S3's SelectObjectContent: a restXml event stream (records as blob
/// payloads, the totals as an XML structure payload, the end), read by
/// boto3 and by the generated client.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn select_object_content_streams_xml_events() {
    let server = start(Shared::default()).await;
    let client = s3_client_sdk::Client::new(
        s3_client_sdk::Config::new()
            .region("us-east-1")
            .endpoint_url(server.url())
            .credentials_provider(s3_client_sdk::Credentials::new(
                AKID, SECRET, None, None, "t",
            ))
            .force_path_style(true),
    );
    let step = "the generated client puts an object";
    client
        .create_bucket()
        .bucket("ours")
        .send()
        .await
        .expect(step);
    let data = b"x,1\ny,2\n".to_vec();
    client
        .put_object()
        .bucket("ours")
        .key("d.csv")
        .body(s3_client_sdk::ByteStream::from(data.clone()))
        .send()
        .await
        .expect(step);
    let step = "the generated client selects it";
    let csv = || {
        s3_client_sdk::s3_types::model::InputSerialization::builder()
            .csv(s3_client_sdk::s3_types::model::CsvInput::builder().build())
            .build()
    };
    let out_csv = || {
        s3_client_sdk::s3_types::model::OutputSerialization::builder()
            .csv(s3_client_sdk::s3_types::model::CsvOutput::builder().build())
            .build()
    };
    let mut out = client
        .select_object_content()
        .bucket("ours")
        .key("d.csv")
        .expression("SELECT * FROM S3Object")
        .expression_type(s3_client_sdk::s3_types::model::ExpressionType::Sql)
        .input_serialization(csv())
        .output_serialization(out_csv())
        .send()
        .await
        .expect(step);
    use s3_client_sdk::s3_types::model::SelectObjectContentEventStream as E;
    let (mut records, mut stats, mut ended) = (Vec::new(), None, false);
    while let Some(event) = out.payload.recv().await {
        match event.expect(step) {
            E::Records(r) => records.extend(r.payload.map(|b| b.into_inner()).unwrap_or_default()),
            E::Stats(s) => stats = s.details,
            E::End(_) => ended = true,
            other => panic!("{step}: unexpected {other:?}"),
        }
    }
    assert_eq!(records, data, "{step}");
    let stats = stats.expect("a Stats event");
    assert_eq!(stats.bytes_returned, Some(data.len() as i64), "{step}");
    assert!(ended, "{step}: the End event");

    if !e2e_tests::have("python3", &["-c", "import boto3"]) {
        return;
    }
    let out = run(
        "python3",
        vec!["-c".into(), BOTO3_SELECT.into(), server.url()],
    )
    .await;
    let got: Value = serde_json::from_str(&ok("boto3 select", &out)).unwrap();
    assert_eq!(got["records"], "a,1\nb,2\nc,3\n", "{got}");
    assert_eq!(
        got["stats"],
        json!({"BytesScanned": 12, "BytesProcessed": 12, "BytesReturned": 12}),
        "{got}"
    );
    let events: Vec<&str> = got["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(
        events,
        ["Records", "Records", "Records", "Stats", "End"],
        "{got}"
    );
    assert_eq!(got["missing"], json!(["NoSuchKey", 404]), "{got}");
}

/// A response read off a raw connection: its status and head (lowercase),
/// the body skipped by `Content-Length`; `None` when the server closed the
/// connection first.
fn raw_response(t: &mut std::net::TcpStream) -> Option<(u16, String)> {
    use std::io::Read as _;
    t.set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    let mut raw = Vec::new();
    let mut byte = [0u8; 1];
    while !raw.ends_with(b"\r\n\r\n") {
        match t.read(&mut byte) {
            Ok(0) | Err(_) => return None,
            Ok(_) => raw.push(byte[0]),
        }
    }
    let head = String::from_utf8_lossy(&raw).to_lowercase();
    let status = head.split_whitespace().nth(1)?.parse().ok()?;
    let len = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0u8; len];
    t.read_exact(&mut body).ok()?;
    Some((status, head))
}

/// The generated server's pipeline answers a streamed upload before its
/// body arrives (an unsigned PutObject: 403); the body comes after a pause,
/// then a second request on the same connection is answered, as Go clients
/// reuse connections for their retries. A body too large to read and
/// discard gets `Connection: close`, and the connection is closed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_early_refusal_keeps_the_connection_or_says_it_closes() {
    use std::io::Write as _;
    let server = start(Shared::default()).await;
    let hostport = server.url().trim_start_matches("http://").to_owned();
    tokio::task::spawn_blocking(move || {
        let put = |len: usize| {
            format!("PUT /bucket/key HTTP/1.1\r\nHost: {hostport}\r\nContent-Length: {len}\r\n\r\n")
        };
        let step = "an unsigned upload, its body after a pause";
        let mut t = std::net::TcpStream::connect(&hostport).unwrap();
        t.write_all(put(4096).as_bytes()).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(300));
        t.write_all(&[b'x'; 4096]).unwrap();
        let (st, head) = raw_response(&mut t).expect(step);
        assert_eq!(st, 403, "{step}: {head}");
        assert!(!head.contains("connection: close"), "{step}: {head}");
        let step = "a second request on the same connection";
        t.write_all(format!("GET / HTTP/1.1\r\nHost: {hostport}\r\n\r\n").as_bytes())
            .unwrap();
        let (st, head) = raw_response(&mut t).expect(step);
        assert_eq!(st, 403, "{step}: {head}");

        let step = "an unsigned upload of 4 MiB";
        let mut t = std::net::TcpStream::connect(&hostport).unwrap();
        let mut writer = t.try_clone().unwrap();
        let head = put(4 << 20);
        let sender = std::thread::spawn(move || {
            let _ = writer.write_all(head.as_bytes());
            let _ = writer.write_all(&vec![b'x'; 4 << 20]);
        });
        let (st, head) = raw_response(&mut t).expect(step);
        assert_eq!(st, 403, "{step}: {head}");
        assert!(head.contains("connection: close"), "{step}: {head}");
        let step = "the connection is closed as said";
        let _ = t.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        assert!(raw_response(&mut t).is_none(), "{step}");
        drop(t);
        sender.join().unwrap();
    })
    .await
    .unwrap();
}
