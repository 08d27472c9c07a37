//! A generated restJson1 server driven by real AWS clients: a small Glacier
//! (vaults and archives in memory) on the server crate generated from the
//! projection of Glacier's published model
//! (`codegen/tests/models/aws-glacier.json`), every request SigV4-verified,
//! called by boto3 and the AWS CLI over 127.0.0.1. Archives are streamed in
//! (`UploadArchive`'s `@httpPayload` blob), checked against the SHA-256 tree
//! hash the client sent, and the answers carry what the clients read from
//! headers (`Location`, `x-amz-archive-id`, `x-amz-sha256-tree-hash`).

use std::collections::BTreeMap;
use std::sync::Mutex;

use codegen_rt::server::Config as ServerConfig;
use codegen_rt::sigv4::{Keys, Verifier};
use glacier_server_sdk::glacier_types::error::*;
use glacier_server_sdk::glacier_types::model::*;
use glacier_server_sdk::{Context, Glacier, GlacierServer};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

const AKID: &str = "AKIDGLACIERTEST";
const SECRET: &str = "glacier-secret";

/// One vault: its archives (id -> bytes).
#[derive(Default)]
struct Vault {
    archives: BTreeMap<String, Vec<u8>>,
}

#[derive(Default)]
struct Store {
    vaults: Mutex<BTreeMap<String, Vault>>,
}

fn arn(name: &str) -> String {
    format!("arn:aws:glacier:us-east-1:123456789012:vaults/{name}")
}

fn not_found(name: &str) -> ResourceNotFoundException {
    ResourceNotFoundException::builder()
        .code("ResourceNotFoundException")
        .r#type("Client")
        .message(format!("Vault not found for ARN: {}", arn(name)))
        .build()
}

/// Glacier's SHA-256 tree hash (1 MiB leaves, combined pairwise), hex.
fn tree_hash(body: &[u8]) -> String {
    let mut level: Vec<Vec<u8>> = if body.is_empty() {
        vec![Sha256::digest(body).to_vec()]
    } else {
        body.chunks(1 << 20)
            .map(|c| Sha256::digest(c).to_vec())
            .collect()
    };
    while level.len() > 1 {
        level = level
            .chunks(2)
            .map(|p| match p {
                [a, b] => Sha256::digest([a.as_slice(), b.as_slice()].concat()).to_vec(),
                [a] => a.clone(),
                _ => unreachable!(),
            })
            .collect();
    }
    level[0].iter().map(|b| format!("{b:02x}")).collect()
}

fn describe(name: &str, v: &Vault) -> DescribeVaultOutput {
    DescribeVaultOutput::builder()
        .vault_name(name)
        .vault_arn(arn(name))
        .creation_date("2026-12-07T00:00:00.000Z")
        .number_of_archives(v.archives.len() as i64)
        .size_in_bytes(v.archives.values().map(|a| a.len() as i64).sum::<i64>())
        .build()
}

impl Glacier for Store {
    async fn create_vault(
        &self,
        input: CreateVaultInput,
        _cx: Context,
    ) -> Result<CreateVaultOutput, CreateVaultError> {
        let mut vaults = self.vaults.lock().unwrap();
        vaults.entry(input.vault_name.clone()).or_default();
        Ok(CreateVaultOutput::builder()
            .location(format!("/123456789012/vaults/{}", input.vault_name))
            .build())
    }

    async fn describe_vault(
        &self,
        input: DescribeVaultInput,
        _cx: Context,
    ) -> Result<DescribeVaultOutput, DescribeVaultError> {
        let vaults = self.vaults.lock().unwrap();
        match vaults.get(&input.vault_name) {
            Some(v) => Ok(describe(&input.vault_name, v)),
            None => Err(not_found(&input.vault_name).into()),
        }
    }

    async fn list_vaults(
        &self,
        _input: ListVaultsInput,
        _cx: Context,
    ) -> Result<ListVaultsOutput, ListVaultsError> {
        let vaults = self.vaults.lock().unwrap();
        let list = vaults.iter().map(|(n, v)| describe(n, v)).collect();
        Ok(ListVaultsOutput::builder()
            .set_vault_list(Some(list))
            .build())
    }

    async fn upload_archive(
        &self,
        input: UploadArchiveInput,
        _cx: Context,
    ) -> Result<ArchiveCreationOutput, UploadArchiveError> {
        if !self.vaults.lock().unwrap().contains_key(&input.vault_name) {
            return Err(not_found(&input.vault_name).into());
        }
        let body = input.body.collect().await.map_err(|e| {
            InvalidParameterValueException::builder()
                .code("InvalidParameterValueException")
                .message(format!("the archive could not be read: {e}"))
                .build()
        })?;
        let hash = tree_hash(&body);
        if input.checksum.as_deref() != Some(hash.as_str()) {
            return Err(InvalidParameterValueException::builder()
                .code("InvalidParameterValueException")
                .r#type("Client")
                .message(format!(
                    "Checksum mismatch: expected {hash}, got {:?}",
                    input.checksum
                ))
                .build()
                .into());
        }
        let mut vaults = self.vaults.lock().unwrap();
        let vault = vaults.get_mut(&input.vault_name).expect("checked above");
        let id = format!("archive-{}", vault.archives.len() + 1);
        vault.archives.insert(id.clone(), body.to_vec());
        Ok(ArchiveCreationOutput::builder()
            .location(format!(
                "/123456789012/vaults/{}/archives/{id}",
                input.vault_name
            ))
            .archive_id(id)
            .checksum(hash)
            .build())
    }

    async fn delete_archive(
        &self,
        input: DeleteArchiveInput,
        _cx: Context,
    ) -> Result<DeleteArchiveOutput, DeleteArchiveError> {
        let mut vaults = self.vaults.lock().unwrap();
        let vault = vaults
            .get_mut(&input.vault_name)
            .ok_or_else(|| not_found(&input.vault_name))?;
        match vault.archives.remove(&input.archive_id) {
            Some(_) => Ok(DeleteArchiveOutput::builder().build()),
            None => Err(ResourceNotFoundException::builder()
                .code("ResourceNotFoundException")
                .message(format!("Archive not found: {}", input.archive_id))
                .build()
                .into()),
        }
    }
}

async fn start() -> e2e_tests::Running {
    let mut keys = Keys::default();
    keys.add(AKID, SECRET);
    let config = ServerConfig {
        authenticate: Some(std::sync::Arc::new(Verifier::new(keys))),
        ..ServerConfig::default()
    };
    e2e_tests::serve(GlacierServer::with_config(Store::default(), config)).await
}

/// Runs `program` with our server's credentials, in region us-east-1.
async fn run(program: &'static str, args: Vec<String>) -> std::process::Output {
    let region = vec![("AWS_DEFAULT_REGION", "us-east-1".into())];
    e2e_tests::run_aws_tool(program, args, (AKID, SECRET), region).await
}

const BOTO3: &str = r#"
import json, sys, boto3, botocore
from botocore.config import Config
c = boto3.client("glacier", endpoint_url=sys.argv[1], region_name="us-east-1",
                 config=Config(retries={"max_attempts": 1, "mode": "standard"}))
out = {}
r = c.create_vault(vaultName="photos")
out["create"] = [r["location"], r["ResponseMetadata"]["HTTPStatusCode"]]
data = bytes(range(256)) * 3000
a = c.upload_archive(vaultName="photos", body=data, archiveDescription="holiday")
out["upload"] = [a["archiveId"], a["checksum"], a["location"], a["ResponseMetadata"]["HTTPStatusCode"]]
d = c.describe_vault(vaultName="photos")
out["describe"] = [d["VaultName"], d["NumberOfArchives"], d["SizeInBytes"], d["VaultARN"]]
out["list"] = [v["VaultName"] for v in c.list_vaults()["VaultList"]]
try:
    c.describe_vault(vaultName="nope")
except botocore.exceptions.ClientError as e:
    out["missing"] = [e.response["Error"]["Code"], e.response["Error"]["Message"],
                      e.response["ResponseMetadata"]["HTTPStatusCode"]]
r = c.delete_archive(vaultName="photos", archiveId=a["archiveId"])
out["delete"] = r["ResponseMetadata"]["HTTPStatusCode"]
out["after"] = c.describe_vault(vaultName="photos")["NumberOfArchives"]
print(json.dumps(out, sort_keys=True))
"#;

/// boto3: the calls and what it read back, from headers and bodies.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn boto3_calls_a_generated_glacier() {
    if !e2e_tests::have("python3", &["-c", "import boto3"]) {
        return;
    }
    let server = start().await;
    let out = run("python3", vec!["-c".into(), BOTO3.into(), server.url()]).await;
    assert!(
        out.status.success(),
        "boto3 failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: Value = serde_json::from_slice(&out.stdout).unwrap();
    let data: Vec<u8> = (0..=255u8).cycle().take(256 * 3000).collect();
    assert_eq!(
        got,
        json!({
            "create": ["/123456789012/vaults/photos", 201],
            "upload": ["archive-1", tree_hash(&data), "/123456789012/vaults/photos/archives/archive-1", 201],
            "describe": ["photos", 1, 256 * 3000, arn("photos")],
            "list": ["photos"],
            "missing": ["ResourceNotFoundException", format!("Vault not found for ARN: {}", arn("nope")), 404],
            "delete": 204,
            "after": 0,
        })
    );
}

/// The AWS CLI: JSON output, a streamed upload from a file, and a modeled
/// error's code and exit status.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn aws_cli_calls_a_generated_glacier() {
    if !e2e_tests::have("aws", &["--version"]) {
        return;
    }
    let server = start().await;
    let url = server.url();
    let cli = |args: &[&str]| {
        let mut v: Vec<String> = vec!["--endpoint-url".into(), url.clone(), "glacier".into()];
        v.extend(args.iter().map(|a| (*a).to_owned()));
        v.extend([
            "--account-id".into(),
            "-".into(),
            "--output".into(),
            "json".into(),
        ]);
        run("aws", v)
    };
    let step = |name: &str, out: &std::process::Output| -> Value {
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap_or(Value::Null)
    };
    let created = cli(&["create-vault", "--vault-name", "logs"]).await;
    assert_eq!(
        step("create-vault", &created)["location"],
        "/123456789012/vaults/logs"
    );
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("archive.bin");
    let data = b"log lines\n".repeat(5000);
    std::fs::write(&file, &data).unwrap();
    // A streaming blob parameter is a file path for the AWS CLI.
    let body = file.display().to_string();
    let uploaded = cli(&["upload-archive", "--vault-name", "logs", "--body", &body]).await;
    let uploaded = step("upload-archive", &uploaded);
    assert_eq!(uploaded["archiveId"], "archive-1");
    assert_eq!(uploaded["checksum"], tree_hash(&data));
    let listed = cli(&["list-vaults"]).await;
    let listed = step("list-vaults", &listed);
    assert_eq!(listed["VaultList"][0]["VaultName"], "logs");
    assert_eq!(listed["VaultList"][0]["SizeInBytes"], data.len());
    let missing = cli(&["describe-vault", "--vault-name", "nope"]).await;
    let stderr = String::from_utf8_lossy(&missing.stderr);
    // AWS CLI v1 exits 255 on a service error.
    assert_eq!(missing.status.code(), Some(255), "{stderr}");
    assert!(
        stderr.contains("(ResourceNotFoundException)") && stderr.contains("Vault not found"),
        "{stderr}"
    );
}
