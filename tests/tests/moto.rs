//! Generated clients against `moto_server`, an independent AWS emulator
//! (PyPI `moto[server]`), side by side with boto3: DynamoDB and SQS
//! (awsJson1_0, SQS query-compatible), KMS and Secrets Manager (awsJson1_1),
//! Glacier (restJson1, a streamed upload and a streamed download), STS and
//! SNS (awsQuery: assumed-role credentials used by a second client, maps,
//! lists of structures, escaped text, error codes). Each
//! test starts its own `moto_server` on 127.0.0.1, makes the same calls
//! with the generated client and with boto3 (on names of their own), and
//! compares what both got: values, error codes, pages.
//!
//! The clients come from projections of the models AWS publishes
//! (`codegen/tests/models/aws-*.json`, see the README there), so what is
//! tested is the generator on the real shapes, traits and documentation.

use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// A `moto_server` of this test's own, killed when dropped.
struct Moto {
    child: Child,
    url: String,
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `moto_server` on a free 127.0.0.1 port; `None` (skip) when moto
/// or boto3 is not installed.
fn moto() -> Option<Moto> {
    if !e2e_tests::have("moto_server", &["--help"])
        || !e2e_tests::have("python3", &["-c", "import boto3"])
    {
        return None;
    }
    for _ in 0..3 {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new("moto_server")
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("moto_server");
        let mut moto = Moto {
            child,
            url: format!("http://127.0.0.1:{port}"),
        };
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(30) {
            if moto.child.try_wait().ok().flatten().is_some() {
                break; // lost the port to someone else: try another
            }
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Some(moto);
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = moto.child.kill();
    }
    panic!("moto_server did not start");
}

const AKID: &str = "AKIDMOTOTEST";
const SECRET: &str = "moto-secret";

/// What boto3 got: `script` (after [`PRELUDE`]) run with the endpoint
/// and the name prefix, its `out` printed as JSON.
async fn boto3(moto: &Moto, prefix: &str, script: &str) -> Value {
    let program = format!("{PRELUDE}{script}\nprint(json.dumps(out, sort_keys=True))\n");
    let args = vec![
        "-c".to_owned(),
        program,
        moto.url.clone(),
        prefix.to_owned(),
    ];
    let out = e2e_tests::run_aws_tool("python3", args, (AKID, SECRET), Vec::new()).await;
    assert!(
        out.status.success(),
        "boto3 failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("boto3's answer as JSON")
}

/// What every boto3 script starts with: `client(name)`, `code(call)` (the
/// error code a call fails with, `None` when it succeeds), `p` (the
/// prefix of every name the script creates).
const PRELUDE: &str = r#"
import json, sys, time, boto3, botocore
from botocore.config import Config
url, p = sys.argv[1], sys.argv[2]
def client(name):
    return boto3.client(name, endpoint_url=url, region_name="us-east-1",
                        config=Config(retries={"max_attempts": 1, "mode": "standard"}))
def code(call):
    try:
        call()
        return None
    except botocore.exceptions.ClientError as e:
        return e.response["Error"]["Code"]
out = {}
"#;

/// The error code of a failed call, `None` when it succeeded.
fn code<T, E: codegen_rt::OperationError + std::fmt::Debug>(
    r: Result<T, codegen_rt::client::SdkError<E>>,
) -> Value {
    match r {
        Ok(_) => Value::Null,
        Err(codegen_rt::client::SdkError::Service(e)) => json!(e.code()),
        Err(other) => panic!("expected a service error, got {other:?}"),
    }
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|b| format!("{b:02x}")).collect()
}

/// Both sides' answers, with a readable diff when they differ.
fn same(step: &str, ours: &Value, theirs: &Value) {
    eprintln!("{step}: {ours}");
    assert_eq!(
        ours, theirs,
        "{step}: the generated client (left) and boto3 (right) differ"
    );
}

// ---- DynamoDB (awsJson1_0) ----

const DYNAMODB: &str = r##"
def av(v):
    (k, x), = v.items()
    if k == "B": return {"B": x.hex()}
    if k == "BS": return {"BS": sorted(b.hex() for b in x)}
    if k in ("SS", "NS"): return {k: sorted(x)}
    if k == "M": return {"M": {a: av(b) for a, b in x.items()}}
    if k == "L": return {"L": [av(b) for b in x]}
    return {k: x}
def item(i):
    return None if i is None else {k: av(v) for k, v in i.items()}
c = client("dynamodb")
t = p + "-items"
r = c.create_table(TableName=t, BillingMode="PAY_PER_REQUEST",
    KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
    AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}, {"AttributeName": "sk", "AttributeType": "N"}])
d = r["TableDescription"]
out["create"] = [d["TableName"] == t, d["TableStatus"], [k["KeyType"] for k in d["KeySchema"]],
                 d["BillingModeSummary"]["BillingMode"]]
for n in range(1, 4):
    c.put_item(TableName=t, Item={"pk": {"S": "a"}, "sk": {"N": str(n)}, "name": {"S": f"item {n}"},
        "tags": {"SS": ["y", "x"]}, "data": {"B": bytes([n, 0, 255])},
        "nested": {"M": {"n": {"N": "1.5"}, "l": {"L": [{"S": "s"}, {"BOOL": True}, {"NULL": True}]}}}})
out["get"] = item(c.get_item(TableName=t, Key={"pk": {"S": "a"}, "sk": {"N": "2"}}).get("Item"))
out["absent"] = item(c.get_item(TableName=t, Key={"pk": {"S": "a"}, "sk": {"N": "9"}}).get("Item"))
out["conditional"] = code(lambda: c.put_item(TableName=t, Item={"pk": {"S": "a"}, "sk": {"N": "1"}},
                                             ConditionExpression="attribute_not_exists(pk)"))
r = c.update_item(TableName=t, Key={"pk": {"S": "a"}, "sk": {"N": "3"}}, UpdateExpression="SET #n = :v",
                  ExpressionAttributeNames={"#n": "name"}, ExpressionAttributeValues={":v": {"S": "renamed"}},
                  ReturnValues="ALL_NEW")
out["update"] = item(r["Attributes"])
pages = c.get_paginator("query").paginate(TableName=t, KeyConditionExpression="pk = :p",
                                          ExpressionAttributeValues={":p": {"S": "a"}}, Limit=1)
out["query"] = [[i["sk"]["N"] for i in page["Items"]] for page in pages]
out["missing_table"] = code(lambda: c.get_item(TableName=p + "-none", Key={"pk": {"S": "a"}}))
out["delete"] = c.delete_table(TableName=t)["TableDescription"]["TableName"] == t
"##;

mod dynamo {
    use super::*;
    use dynamodb_client_sdk::dynamodb_types::model::{
        AttributeDefinition, AttributeValue, BillingMode, KeySchemaElement, KeyType, ReturnValue,
        ScalarAttributeType,
    };
    use dynamodb_client_sdk::{Blob, Client, Config, Credentials};
    use std::collections::BTreeMap;

    type Item = BTreeMap<String, AttributeValue>;

    /// An attribute value as boto3's script prints it.
    fn av(v: &AttributeValue) -> Value {
        match v {
            AttributeValue::S(s) => json!({ "S": s }),
            AttributeValue::N(n) => json!({ "N": n }),
            AttributeValue::B(b) => json!({ "B": hex(b.as_ref()) }),
            AttributeValue::Bool(b) => json!({ "BOOL": b }),
            AttributeValue::Null(n) => json!({ "NULL": n }),
            AttributeValue::Ss(s) => json!({ "SS": sorted(s.clone()) }),
            AttributeValue::Ns(s) => json!({ "NS": sorted(s.clone()) }),
            AttributeValue::Bs(s) => {
                json!({ "BS": sorted(s.iter().map(|b| hex(b.as_ref())).collect()) })
            }
            AttributeValue::L(l) => json!({ "L": l.iter().map(av).collect::<Vec<_>>() }),
            AttributeValue::M(m) => json!({ "M": item(m) }),
            other => panic!("an attribute value boto3's script does not print: {other:?}"),
        }
    }

    fn sorted(mut v: Vec<String>) -> Vec<String> {
        v.sort();
        v
    }

    fn item(i: &Item) -> Value {
        Value::Object(i.iter().map(|(k, v)| (k.clone(), av(v))).collect())
    }

    fn s(v: &str) -> AttributeValue {
        AttributeValue::S(v.to_owned())
    }

    fn n(v: &str) -> AttributeValue {
        AttributeValue::N(v.to_owned())
    }

    fn key(sk: &str) -> Item {
        Item::from([("pk".to_owned(), s("a")), ("sk".to_owned(), n(sk))])
    }

    async fn ours(client: &Client, p: &str) -> Value {
        let mut out = serde_json::Map::new();
        let t = format!("{p}-items");
        let r = client
            .create_table()
            .table_name(&t)
            .billing_mode(BillingMode::PayPerRequest)
            // One element or entry per call, as the AWS SDKs have it.
            .key_schema(KeySchemaElement {
                attribute_name: "pk".into(),
                key_type: KeyType::Hash,
            })
            .key_schema(KeySchemaElement {
                attribute_name: "sk".into(),
                key_type: KeyType::Range,
            })
            .attribute_definitions(AttributeDefinition {
                attribute_name: "pk".into(),
                attribute_type: ScalarAttributeType::S,
            })
            .attribute_definitions(AttributeDefinition {
                attribute_name: "sk".into(),
                attribute_type: ScalarAttributeType::N,
            })
            .send()
            .await
            .expect("CreateTable");
        let d = r.table_description.expect("TableDescription");
        out.insert(
            "create".into(),
            json!([
                d.table_name.as_deref() == Some(t.as_str()),
                d.table_status.as_ref().map(|s| s.as_str()),
                d.key_schema
                    .iter()
                    .flatten()
                    .map(|k| k.key_type.as_str())
                    .collect::<Vec<_>>(),
                d.billing_mode_summary
                    .and_then(|b| b.billing_mode)
                    .map(|b| b.as_str().to_owned()),
            ]),
        );
        for i in 1..=3u8 {
            let mut it = key(&i.to_string());
            it.insert("name".into(), s(&format!("item {i}")));
            it.insert(
                "tags".into(),
                AttributeValue::Ss(vec!["y".into(), "x".into()]),
            );
            it.insert("data".into(), AttributeValue::B(Blob::new(vec![i, 0, 255])));
            it.insert(
                "nested".into(),
                AttributeValue::M(Item::from([
                    ("n".to_owned(), n("1.5")),
                    (
                        "l".to_owned(),
                        AttributeValue::L(vec![
                            s("s"),
                            AttributeValue::Bool(true),
                            AttributeValue::Null(true),
                        ]),
                    ),
                ])),
            );
            client
                .put_item()
                .table_name(&t)
                .set_item(Some(it))
                .send()
                .await
                .expect("PutItem");
        }
        let got = |sk: &'static str| {
            let call = client.get_item().table_name(&t).set_key(Some(key(sk)));
            async move {
                let r = call.send().await.expect("GetItem");
                r.item.as_ref().map_or(Value::Null, item)
            }
        };
        out.insert("get".into(), got("2").await);
        out.insert("absent".into(), got("9").await);
        out.insert(
            "conditional".into(),
            code(
                client
                    .put_item()
                    .table_name(&t)
                    .item("pk", s("a"))
                    .item("sk", n("1"))
                    .condition_expression("attribute_not_exists(pk)")
                    .send()
                    .await,
            ),
        );
        let r = client
            .update_item()
            .table_name(&t)
            .set_key(Some(key("3")))
            .update_expression("SET #n = :v")
            .expression_attribute_names("#n", "name")
            .expression_attribute_values(":v", s("renamed"))
            .return_values(ReturnValue::AllNew)
            .send()
            .await
            .expect("UpdateItem");
        out.insert(
            "update".into(),
            item(r.attributes.as_ref().expect("Attributes")),
        );
        let mut pages = client
            .query()
            .table_name(&t)
            .key_condition_expression("pk = :p")
            .expression_attribute_values(":p", s("a"))
            .limit(1)
            .into_paginator();
        let mut query = Vec::new();
        while let Some(page) = pages.next_page().await {
            let page = page.expect("Query");
            let sks: Vec<Value> = page
                .items
                .iter()
                .flatten()
                .map(|i| match &i["sk"] {
                    AttributeValue::N(n) => json!(n),
                    other => panic!("sk: {other:?}"),
                })
                .collect();
            query.push(Value::Array(sks));
        }
        out.insert("query".into(), Value::Array(query));
        out.insert(
            "missing_table".into(),
            code(
                client
                    .get_item()
                    .table_name(format!("{p}-none"))
                    .key("pk", s("a"))
                    .send()
                    .await,
            ),
        );
        let r = client
            .delete_table()
            .table_name(&t)
            .send()
            .await
            .expect("DeleteTable");
        out.insert(
            "delete".into(),
            json!(r.table_description.and_then(|d| d.table_name).as_deref() == Some(t.as_str())),
        );
        Value::Object(out)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn dynamodb_beside_boto3() {
        let Some(moto) = moto() else { return };
        let client = Client::new(
            Config::new()
                .region("us-east-1")
                .endpoint_url(&moto.url)
                .credentials_provider(Credentials::new(AKID, SECRET, None, None, "test"))
                .max_attempts(1),
        );
        let (ours, theirs) = tokio::join!(ours(&client, "rs"), boto3(&moto, "py", DYNAMODB));
        same("DynamoDB", &ours, &theirs);
        // Not vacuous: what both got is what DynamoDB answers.
        assert_eq!(ours["conditional"], "ConditionalCheckFailedException");
        assert_eq!(ours["missing_table"], "ResourceNotFoundException");
        assert_eq!(ours["update"]["name"], json!({"S": "renamed"}));
        assert!(ours["query"].as_array().unwrap().len() >= 3, "{ours}");
    }
}

/// A client of one of the generated crates, for moto.
macro_rules! client {
    ($krate:ident, $moto:expr) => {
        $krate::Client::new(
            $krate::Config::new()
                .region("us-east-1")
                .endpoint_url(&$moto.url)
                .credentials_provider($krate::Credentials::new(AKID, SECRET, None, None, "test"))
                .max_attempts(1),
        )
    };
}

// ---- SQS (awsJson1_0, query-compatible error codes) ----

const SQS: &str = r#"
c = client("sqs")
q = p + "-queue"
url = c.create_queue(QueueName=q, Attributes={"VisibilityTimeout": "5"})["QueueUrl"]
out["create"] = url.rsplit("/", 1)[1] == q
out["url"] = c.get_queue_url(QueueName=q)["QueueUrl"] == url
sent = [c.send_message(QueueUrl=url, MessageBody=f"hello {n}",
                       MessageAttributes={"k": {"DataType": "String", "StringValue": f"v{n}"}})
        for n in range(1, 4)]
out["md5"] = [[s["MD5OfMessageBody"], s["MD5OfMessageAttributes"]] for s in sent]
got = []
for _ in range(10):
    if len(got) >= 3:
        break
    r = c.receive_message(QueueUrl=url, MaxNumberOfMessages=10, MessageAttributeNames=["All"])
    for m in r.get("Messages", []):
        got.append([m["Body"], m["MessageAttributes"]["k"]["StringValue"], m["MD5OfBody"]])
        c.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
out["received"] = sorted(got)
out["attributes"] = c.get_queue_attributes(QueueUrl=url, AttributeNames=["VisibilityTimeout"])["Attributes"]
out["listed"] = url in c.list_queues(QueueNamePrefix=q).get("QueueUrls", [])
out["missing"] = code(lambda: c.get_queue_url(QueueName=p + "-none"))
c.delete_queue(QueueUrl=url)
out["deleted"] = code(lambda: c.get_queue_url(QueueName=q))
"#;

mod sqs {
    use super::*;
    use sqs_client_sdk::sqs_types::model::{MessageAttributeValue, QueueAttributeName};

    async fn ours(c: &sqs_client_sdk::Client, p: &str) -> Value {
        let mut out = serde_json::Map::new();
        let q = format!("{p}-queue");
        let url = c
            .create_queue()
            .queue_name(&q)
            .attributes("VisibilityTimeout", "5")
            .send()
            .await
            .expect("CreateQueue")
            .queue_url
            .expect("QueueUrl");
        out.insert("create".into(), json!(url.rsplit('/').next() == Some(&q)));
        let again = c.get_queue_url().queue_name(&q).send().await;
        out.insert(
            "url".into(),
            json!(again.expect("GetQueueUrl").queue_url.as_ref() == Some(&url)),
        );
        let mut md5 = Vec::new();
        for n in 1..=3 {
            let attr = MessageAttributeValue::builder()
                .data_type("String")
                .string_value(format!("v{n}"))
                .build()
                .expect("DataType is set");
            let s = c
                .send_message()
                .queue_url(&url)
                .message_body(format!("hello {n}"))
                .message_attributes("k", attr)
                .send()
                .await
                .expect("SendMessage");
            md5.push(json!([s.md5_of_message_body, s.md5_of_message_attributes]));
        }
        out.insert("md5".into(), Value::Array(md5));
        let mut got = Vec::new();
        for _ in 0..10 {
            if got.len() >= 3 {
                break;
            }
            let r = c
                .receive_message()
                .queue_url(&url)
                .max_number_of_messages(10)
                .message_attribute_names("All")
                .send()
                .await
                .expect("ReceiveMessage");
            for m in r.messages.into_iter().flatten() {
                let k = m.message_attributes.as_ref().and_then(|a| a.get("k"));
                got.push(json!([
                    m.body,
                    k.and_then(|k| k.string_value.clone()),
                    m.md5_of_body
                ]));
                c.delete_message()
                    .queue_url(&url)
                    .receipt_handle(m.receipt_handle.expect("ReceiptHandle"))
                    .send()
                    .await
                    .expect("DeleteMessage");
            }
        }
        got.sort_by_key(|v| v.to_string());
        out.insert("received".into(), Value::Array(got));
        let attrs = c
            .get_queue_attributes()
            .queue_url(&url)
            .attribute_names(QueueAttributeName::VisibilityTimeout)
            .send()
            .await
            .expect("GetQueueAttributes")
            .attributes
            .unwrap_or_default();
        out.insert(
            "attributes".into(),
            Value::Object(
                attrs
                    .into_iter()
                    .map(|(k, v)| (k.as_str().to_owned(), json!(v)))
                    .collect(),
            ),
        );
        let listed = c
            .list_queues()
            .queue_name_prefix(&q)
            .send()
            .await
            .expect("ListQueues")
            .queue_urls
            .unwrap_or_default();
        out.insert("listed".into(), json!(listed.contains(&url)));
        let missing = c
            .get_queue_url()
            .queue_name(format!("{p}-none"))
            .send()
            .await;
        out.insert("missing".into(), code(missing));
        c.delete_queue()
            .queue_url(&url)
            .send()
            .await
            .expect("DeleteQueue");
        let deleted = c.get_queue_url().queue_name(&q).send().await;
        out.insert("deleted".into(), code(deleted));
        Value::Object(out)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqs_beside_boto3() {
        let Some(moto) = moto() else { return };
        let client = client!(sqs_client_sdk, moto);
        let (ours, theirs) = tokio::join!(ours(&client, "rs"), boto3(&moto, "py", SQS));
        same("SQS", &ours, &theirs);
        // The query-compatible code, as boto3 reports it.
        assert_eq!(ours["missing"], "AWS.SimpleQueueService.NonExistentQueue");
        assert_eq!(ours["received"].as_array().unwrap().len(), 3, "{ours}");
    }
}

// ---- KMS (awsJson1_1, blobs) ----

const KMS: &str = r#"
c = client("kms")
alias = "alias/" + p + "-key"
k = c.create_key(Description=p + " key")["KeyMetadata"]
out["key"] = [k.get("KeyUsage"), k.get("KeySpec"), k["Enabled"], k.get("KeyState"), k["Description"] == p + " key"]
c.create_alias(AliasName=alias, TargetKeyId=k["KeyId"])
e = c.encrypt(KeyId=alias, Plaintext=b"secret \x00\xff bytes")
out["encrypt"] = [e["KeyId"] == k["Arn"], e.get("EncryptionAlgorithm"), len(e["CiphertextBlob"]) > 16]
d = c.decrypt(CiphertextBlob=e["CiphertextBlob"])
out["decrypt"] = [d["Plaintext"].hex(), d["KeyId"] == k["Arn"]]
g = c.generate_data_key(KeyId=k["KeyId"], KeySpec="AES_256")
out["data_key"] = [len(g["Plaintext"]), c.decrypt(CiphertextBlob=g["CiphertextBlob"])["Plaintext"] == g["Plaintext"]]
out["described"] = c.describe_key(KeyId=alias)["KeyMetadata"]["KeyId"] == k["KeyId"]
out["aliased"] = any(a["AliasName"] == alias and a.get("TargetKeyId") == k["KeyId"]
                     for a in c.list_aliases()["Aliases"])
out["listed"] = any(x["KeyId"] == k["KeyId"] for x in c.list_keys()["Keys"])
out["missing"] = code(lambda: c.describe_key(KeyId="alias/" + p + "-none"))
"#;

mod kms {
    use super::*;
    use kms_client_sdk::kms_types::model::DataKeySpec;
    use kms_client_sdk::Blob;

    async fn ours(c: &kms_client_sdk::Client, p: &str) -> Value {
        let mut out = serde_json::Map::new();
        let alias = format!("alias/{p}-key");
        let k = c
            .create_key()
            .description(format!("{p} key"))
            .send()
            .await
            .expect("CreateKey")
            .key_metadata
            .expect("KeyMetadata");
        out.insert(
            "key".into(),
            json!([
                k.key_usage.as_ref().map(|v| v.as_str()),
                k.key_spec.as_ref().map(|v| v.as_str()),
                k.enabled,
                k.key_state.as_ref().map(|v| v.as_str()),
                k.description.as_deref() == Some(format!("{p} key").as_str()),
            ]),
        );
        c.create_alias()
            .alias_name(&alias)
            .target_key_id(&k.key_id)
            .send()
            .await
            .expect("CreateAlias");
        let e = c
            .encrypt()
            .key_id(&alias)
            .plaintext(Blob::new(b"secret \x00\xff bytes".to_vec()))
            .send()
            .await
            .expect("Encrypt");
        let ciphertext = e.ciphertext_blob.clone().expect("CiphertextBlob");
        out.insert(
            "encrypt".into(),
            json!([
                e.key_id == k.arn,
                e.encryption_algorithm.as_ref().map(|v| v.as_str()),
                ciphertext.as_ref().len() > 16,
            ]),
        );
        let d = c
            .decrypt()
            .ciphertext_blob(ciphertext)
            .send()
            .await
            .expect("Decrypt");
        out.insert(
            "decrypt".into(),
            json!([
                hex(d.plaintext.as_ref().expect("Plaintext").as_ref()),
                d.key_id == k.arn
            ]),
        );
        let g = c
            .generate_data_key()
            .key_id(&k.key_id)
            .key_spec(DataKeySpec::Aes256)
            .send()
            .await
            .expect("GenerateDataKey");
        let again = c
            .decrypt()
            .ciphertext_blob(g.ciphertext_blob.clone().expect("CiphertextBlob"))
            .send()
            .await
            .expect("Decrypt");
        out.insert(
            "data_key".into(),
            json!([
                g.plaintext.as_ref().map_or(0, |b| b.as_ref().len()),
                again.plaintext == g.plaintext
            ]),
        );
        let described = c.describe_key().key_id(&alias).send().await;
        out.insert(
            "described".into(),
            json!(
                described
                    .expect("DescribeKey")
                    .key_metadata
                    .map(|m| m.key_id)
                    == Some(k.key_id.clone())
            ),
        );
        let aliases = c.list_aliases().send().await.expect("ListAliases");
        out.insert(
            "aliased".into(),
            json!(aliases.aliases.iter().flatten().any(|a| {
                a.alias_name.as_deref() == Some(alias.as_str())
                    && a.target_key_id.as_deref() == Some(k.key_id.as_str())
            })),
        );
        let keys = c.list_keys().send().await.expect("ListKeys");
        out.insert(
            "listed".into(),
            json!(keys
                .keys
                .iter()
                .flatten()
                .any(|x| x.key_id.as_deref() == Some(k.key_id.as_str()))),
        );
        let missing = c
            .describe_key()
            .key_id(format!("alias/{p}-none"))
            .send()
            .await;
        out.insert("missing".into(), code(missing));
        Value::Object(out)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn kms_beside_boto3() {
        let Some(moto) = moto() else { return };
        let client = client!(kms_client_sdk, moto);
        let (ours, theirs) = tokio::join!(ours(&client, "rs"), boto3(&moto, "py", KMS));
        same("KMS", &ours, &theirs);
        assert_eq!(ours["decrypt"][0], hex(b"secret \x00\xff bytes"));
        assert_eq!(ours["data_key"], json!([32, true]));
        assert_eq!(ours["missing"], "NotFoundException");
    }
}

// ---- Secrets Manager (awsJson1_1, idempotency tokens) ----

const SECRETS: &str = r#"
c = client("secretsmanager")
n = p + "-secret"
r = c.create_secret(Name=n, SecretString="one")
out["create"] = [r["Name"] == n, r["ARN"].split(":")[2], len(r["VersionId"]) > 0]
g = c.get_secret_value(SecretId=n)
out["get"] = [g["SecretString"], g["VersionStages"], g["VersionId"] == r["VersionId"]]
v = c.put_secret_value(SecretId=n, SecretBinary=b"\x00\x01two")
out["put"] = [v["VersionStages"], v["VersionId"] != r["VersionId"]]
g = c.get_secret_value(SecretId=n)
out["binary"] = [g["SecretBinary"].hex(), "SecretString" in g]
d = c.describe_secret(SecretId=n)
out["describe"] = [d["Name"] == n, sorted(sorted(s) for s in d["VersionIdsToStages"].values())]
out["listed"] = [s["Name"] == n for s in c.list_secrets(Filters=[{"Key": "name", "Values": [n]}])["SecretList"]]
out["missing"] = code(lambda: c.get_secret_value(SecretId=p + "-none"))
out["deleted"] = c.delete_secret(SecretId=n, ForceDeleteWithoutRecovery=True)["Name"] == n
out["gone"] = code(lambda: c.get_secret_value(SecretId=n))
"#;

mod secrets {
    use super::*;
    use secretsmanager_client_sdk::secretsmanager_types::model::{Filter, FilterNameStringType};
    use secretsmanager_client_sdk::Blob;

    async fn ours(c: &secretsmanager_client_sdk::Client, p: &str) -> Value {
        let mut out = serde_json::Map::new();
        let n = format!("{p}-secret");
        // No ClientRequestToken: the client fills in the idempotency token.
        let r = c
            .create_secret()
            .name(&n)
            .secret_string("one")
            .send()
            .await
            .expect("CreateSecret");
        out.insert(
            "create".into(),
            json!([
                r.name.as_deref() == Some(n.as_str()),
                r.arn.as_deref().and_then(|a| a.split(':').nth(2)),
                r.version_id.as_ref().is_some_and(|v| !v.is_empty()),
            ]),
        );
        let g = c
            .get_secret_value()
            .secret_id(&n)
            .send()
            .await
            .expect("GetSecretValue");
        out.insert(
            "get".into(),
            json!([
                g.secret_string,
                g.version_stages,
                g.version_id == r.version_id
            ]),
        );
        let v = c
            .put_secret_value()
            .secret_id(&n)
            .secret_binary(Blob::new(b"\x00\x01two".to_vec()))
            .send()
            .await
            .expect("PutSecretValue");
        out.insert(
            "put".into(),
            json!([v.version_stages, v.version_id != r.version_id]),
        );
        let g = c
            .get_secret_value()
            .secret_id(&n)
            .send()
            .await
            .expect("GetSecretValue");
        out.insert(
            "binary".into(),
            json!([
                hex(g.secret_binary.as_ref().expect("SecretBinary").as_ref()),
                g.secret_string.is_some()
            ]),
        );
        let d = c
            .describe_secret()
            .secret_id(&n)
            .send()
            .await
            .expect("DescribeSecret");
        let mut stages: Vec<Vec<String>> = d
            .version_ids_to_stages
            .unwrap_or_default()
            .into_values()
            .map(|mut s| {
                s.sort();
                s
            })
            .collect();
        stages.sort();
        out.insert(
            "describe".into(),
            json!([d.name.as_deref() == Some(n.as_str()), stages]),
        );
        let listed = c
            .list_secrets()
            .filters(
                Filter::builder()
                    .key(FilterNameStringType::Name)
                    .values(&n)
                    .build(),
            )
            .send()
            .await
            .expect("ListSecrets");
        out.insert(
            "listed".into(),
            json!(listed
                .secret_list
                .iter()
                .flatten()
                .map(|s| s.name.as_deref() == Some(n.as_str()))
                .collect::<Vec<_>>()),
        );
        let missing = c
            .get_secret_value()
            .secret_id(format!("{p}-none"))
            .send()
            .await;
        out.insert("missing".into(), code(missing));
        let deleted = c
            .delete_secret()
            .secret_id(&n)
            .force_delete_without_recovery(true)
            .send()
            .await
            .expect("DeleteSecret");
        out.insert(
            "deleted".into(),
            json!(deleted.name.as_deref() == Some(n.as_str())),
        );
        let gone = c.get_secret_value().secret_id(&n).send().await;
        out.insert("gone".into(), code(gone));
        Value::Object(out)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn secrets_manager_beside_boto3() {
        let Some(moto) = moto() else { return };
        let client = client!(secretsmanager_client_sdk, moto);
        let (ours, theirs) = tokio::join!(ours(&client, "rs"), boto3(&moto, "py", SECRETS));
        same("Secrets Manager", &ours, &theirs);
        assert_eq!(ours["get"][0], "one");
        assert_eq!(ours["binary"][0], hex(b"\x00\x01two"));
        assert_eq!(ours["missing"], "ResourceNotFoundException");
    }
}

// ---- Glacier (restJson1, streamed bodies both ways) ----

const GLACIER: &str = r#"
c = client("glacier")
v = p + "-vault"
out["create"] = (c.create_vault(vaultName=v).get("location") or "").endswith("/vaults/" + v)
data = bytes(range(256)) * 4096 + b"tail"
a = c.upload_archive(vaultName=v, body=data, archiveDescription="moto test")
out["upload"] = [len(a["archiveId"]) > 0, a["checksum"]]
j = c.initiate_job(vaultName=v, jobParameters={"Type": "archive-retrieval", "ArchiveId": a["archiveId"],
                                               "Tier": "Expedited"})
for _ in range(80):
    d = c.describe_job(vaultName=v, jobId=j["jobId"])
    if d["Completed"]:
        break
    time.sleep(0.25)
out["job"] = [d["Action"], d["StatusCode"], d["Completed"]]
o = c.get_job_output(vaultName=v, jobId=j["jobId"])
body = o["body"].read()
out["output"] = [o["status"], body == data, len(body)]
out["listed"] = [x["VaultName"] for x in c.list_vaults()["VaultList"] if x["VaultName"] == v] == [v]
out["missing"] = code(lambda: c.describe_vault(vaultName=p + "-none"))
"#;

mod glacier {
    use super::*;
    use glacier_client_sdk::glacier_types::model::JobParameters;
    use glacier_client_sdk::ByteStream;

    fn data() -> Vec<u8> {
        let mut data: Vec<u8> = (0..=255u8).cycle().take(256 * 4096).collect();
        data.extend_from_slice(b"tail");
        data
    }

    async fn ours(c: &glacier_client_sdk::Client, p: &str) -> Value {
        let mut out = serde_json::Map::new();
        let v = format!("{p}-vault");
        let created = c
            .create_vault()
            .vault_name(&v)
            .send()
            .await
            .expect("CreateVault");
        out.insert(
            "create".into(),
            json!(created
                .location
                .is_some_and(|l| l.ends_with(&format!("/vaults/{v}")))),
        );
        // No account id and no checksum: the client sends "-" and the
        // SHA-256 tree hash, as the AWS SDKs do.
        let a = c
            .upload_archive()
            .vault_name(&v)
            .archive_description("moto test")
            .body(ByteStream::from(data()))
            .send()
            .await
            .expect("UploadArchive");
        let archive = a.archive_id.clone().expect("archiveId");
        out.insert("upload".into(), json!([!archive.is_empty(), a.checksum]));
        let job = c
            .initiate_job()
            .vault_name(&v)
            .job_parameters(
                JobParameters::builder()
                    .r#type("archive-retrieval")
                    .archive_id(&archive)
                    .tier("Expedited")
                    .build(),
            )
            .send()
            .await
            .expect("InitiateJob")
            .job_id
            .expect("jobId");
        let mut d = None;
        for _ in 0..80 {
            let got = c
                .describe_job()
                .vault_name(&v)
                .job_id(&job)
                .send()
                .await
                .expect("DescribeJob");
            let done = got.completed;
            d = Some(got);
            if done {
                break;
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        let d = d.unwrap();
        out.insert(
            "job".into(),
            json!([
                d.action.as_ref().map(|a| a.as_str()),
                d.status_code.as_ref().map(|s| s.as_str()),
                d.completed
            ]),
        );
        let o = c
            .get_job_output()
            .vault_name(&v)
            .job_id(&job)
            .send()
            .await
            .expect("GetJobOutput");
        let status = o.status;
        let body = o.body.collect().await.expect("the archive's bytes");
        out.insert(
            "output".into(),
            json!([status, body.as_ref() == data().as_slice(), body.len()]),
        );
        let vaults = c.list_vaults().send().await.expect("ListVaults");
        let named: Vec<_> = vaults
            .vault_list
            .iter()
            .flatten()
            .filter(|x| x.vault_name.as_deref() == Some(v.as_str()))
            .collect();
        out.insert("listed".into(), json!(named.len() == 1));
        let missing = c
            .describe_vault()
            .vault_name(format!("{p}-none"))
            .send()
            .await;
        out.insert("missing".into(), code(missing));
        Value::Object(out)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn glacier_streams_beside_boto3() {
        let Some(moto) = moto() else { return };
        let client = client!(glacier_client_sdk, moto);
        let (ours, theirs) = tokio::join!(ours(&client, "rs"), boto3(&moto, "py", GLACIER));
        same("Glacier", &ours, &theirs);
        assert_eq!(ours["output"], json!([200, true, 256 * 4096 + 4]));
        assert_eq!(ours["job"][2], true);
    }
}

// ---- STS (awsQuery) ----

const STS: &str = r#"
c = client("sts")
me = c.get_caller_identity()
out["me"] = [me["Account"], me["Arn"]]
role = "arn:aws:iam::" + me["Account"] + ":role/" + p + "-role"
r = c.assume_role(RoleArn=role, RoleSessionName=p + "-session", DurationSeconds=900)
cr = r["Credentials"]
out["assumed"] = [r["AssumedRoleUser"]["Arn"].endswith("/" + p + "-role/" + p + "-session"),
                  cr["AccessKeyId"][:4], len(cr["SecretAccessKey"]) > 0, len(cr["SessionToken"]) > 0,
                  type(cr["Expiration"]).__name__]
as_role = boto3.client("sts", endpoint_url=url, region_name="us-east-1",
                       aws_access_key_id=cr["AccessKeyId"], aws_secret_access_key=cr["SecretAccessKey"],
                       aws_session_token=cr["SessionToken"])
out["as_role"] = as_role.get_caller_identity()["Arn"].endswith(":assumed-role/" + p + "-role/" + p + "-session")
t = c.get_session_token(DurationSeconds=900)["Credentials"]
out["session"] = [t["AccessKeyId"][:4], len(t["SessionToken"]) > 0]
"#;

mod sts {
    use super::*;

    async fn ours(c: &sts_client_sdk::Client, moto: &Moto, p: &str) -> Value {
        let mut out = serde_json::Map::new();
        let me = c
            .get_caller_identity()
            .send()
            .await
            .expect("GetCallerIdentity");
        out.insert("me".into(), json!([me.account, me.arn]));
        let account = me.account.unwrap_or_default();
        let role = format!("arn:aws:iam::{account}:role/{p}-role");
        let r = c
            .assume_role()
            .role_arn(&role)
            .role_session_name(format!("{p}-session"))
            .duration_seconds(900)
            .send()
            .await
            .expect("AssumeRole");
        let cr = r.credentials.expect("Credentials");
        let user = r.assumed_role_user.expect("AssumedRoleUser");
        out.insert(
            "assumed".into(),
            json!([
                user.arn.ends_with(&format!("/{p}-role/{p}-session")),
                &cr.access_key_id[..4],
                !cr.secret_access_key.is_empty(),
                !cr.session_token.is_empty(),
                // boto3 gives a datetime; ours is a DateTime in the future.
                if cr.expiration.secs() > 0 {
                    "datetime"
                } else {
                    "?"
                },
            ]),
        );
        // A client on the assumed role's credentials.
        let as_role = sts_client_sdk::Client::new(
            sts_client_sdk::Config::new()
                .region("us-east-1")
                .endpoint_url(&moto.url)
                .credentials_provider(sts_client_sdk::Credentials::new(
                    cr.access_key_id.clone(),
                    cr.secret_access_key.clone(),
                    Some(cr.session_token.clone()),
                    None,
                    "assumed",
                ))
                .max_attempts(1),
        );
        let arn = as_role
            .get_caller_identity()
            .send()
            .await
            .expect("GetCallerIdentity as the role")
            .arn
            .unwrap_or_default();
        out.insert(
            "as_role".into(),
            json!(arn.ends_with(&format!(":assumed-role/{p}-role/{p}-session"))),
        );
        let t = c
            .get_session_token()
            .duration_seconds(900)
            .send()
            .await
            .expect("GetSessionToken")
            .credentials
            .expect("Credentials");
        out.insert(
            "session".into(),
            json!([&t.access_key_id[..4], !t.session_token.is_empty()]),
        );
        Value::Object(out)
    }

    /// The runtime's `AssumeRoleProvider` (STS through the runtime's own
    /// awsQuery client) feeding a generated client: calls are made as the
    /// role, and the credentials are reused until they near expiry.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn assume_role_provider_feeds_a_client() {
        use aws_credential_types::provider::ProvideCredentials;
        use sts_client_sdk::AssumeRoleProvider;
        let Some(moto) = moto() else { return };
        let source = codegen_rt::client::Config::new()
            .region("us-east-1")
            .endpoint_url(&moto.url)
            .credentials_provider(sts_client_sdk::Credentials::new(
                AKID, SECRET, None, None, "src",
            ))
            .max_attempts(1);
        let role = AssumeRoleProvider::new(
            source,
            "arn:aws:iam::123456789012:role/provider-role",
            "provider-session",
        )
        .duration_seconds(900);
        let first = role.provide_credentials().await.expect("AssumeRole");
        let second = role.provide_credentials().await.expect("cached");
        assert!(first.access_key_id().starts_with("ASIA"), "{first:?}");
        assert_eq!(
            first.access_key_id(),
            second.access_key_id(),
            "reused, not asked again"
        );
        assert!(first.session_token().is_some());
        let expiry = first.expiry().expect("an expiry");
        let left = expiry
            .duration_since(std::time::SystemTime::now())
            .expect("in the future");
        assert!(left.as_secs() > 800 && left.as_secs() <= 900, "{left:?}");
        let client = sts_client_sdk::Client::new(
            sts_client_sdk::Config::new()
                .region("us-east-1")
                .endpoint_url(&moto.url)
                .credentials_provider(role)
                .max_attempts(1),
        );
        let arn = client
            .get_caller_identity()
            .send()
            .await
            .expect("GetCallerIdentity as the role")
            .arn
            .unwrap_or_default();
        assert!(
            arn.ends_with(":assumed-role/provider-role/provider-session"),
            "{arn}"
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sts_beside_boto3() {
        let Some(moto) = moto() else { return };
        let client = client!(sts_client_sdk, moto);
        let (ours, theirs) = tokio::join!(ours(&client, &moto, "rs"), boto3(&moto, "py", STS));
        same("STS", &ours, &theirs);
        assert_eq!(ours["as_role"], true, "{ours}");
        assert_eq!(ours["assumed"][1], "ASIA", "{ours}");
    }
}

// ---- SNS (awsQuery: maps, lists of structures, errors) ----

const SNS: &str = r#"
c = client("sns")
arn = c.create_topic(Name=p + "-topic", Attributes={"DisplayName": "first"},
                     Tags=[{"Key": "team", "Value": "x"}])["TopicArn"]
out["create"] = arn.endswith(":" + p + "-topic")
c.set_topic_attributes(TopicArn=arn, AttributeName="DisplayName", AttributeValue="second & <more>")
a = c.get_topic_attributes(TopicArn=arn)["Attributes"]
out["attributes"] = [a["DisplayName"], a["TopicArn"] == arn]
out["listed"] = arn in [t["TopicArn"] for t in c.list_topics()["Topics"]]
for n in range(2):
    c.subscribe(TopicArn=arn, Protocol="email", Endpoint=f"{p}{n}@example.com")
subs = c.list_subscriptions_by_topic(TopicArn=arn)["Subscriptions"]
out["subscriptions"] = sorted([s["Protocol"], s["Endpoint"].replace(p, "P"), s["TopicArn"] == arn] for s in subs)
m = c.publish(TopicArn=arn, Message="hello", Subject="s",
              MessageAttributes={"k": {"DataType": "String", "StringValue": "v"}})
out["published"] = len(m["MessageId"]) > 0
out["missing"] = code(lambda: c.get_topic_attributes(TopicArn=arn + "-none"))
c.delete_topic(TopicArn=arn)
out["deleted"] = arn in [t["TopicArn"] for t in c.list_topics()["Topics"]]
"#;

mod sns {
    use super::*;
    use sns_client_sdk::sns_types::model::{MessageAttributeValue, Tag};

    async fn ours(c: &sns_client_sdk::Client, p: &str) -> Value {
        let mut out = serde_json::Map::new();
        let arn = c
            .create_topic()
            .name(format!("{p}-topic"))
            .attributes("DisplayName", "first")
            .tags(Tag {
                key: "team".into(),
                value: "x".into(),
            })
            .send()
            .await
            .expect("CreateTopic")
            .topic_arn
            .expect("TopicArn");
        out.insert(
            "create".into(),
            json!(arn.ends_with(&format!(":{p}-topic"))),
        );
        c.set_topic_attributes()
            .topic_arn(&arn)
            .attribute_name("DisplayName")
            .attribute_value("second & <more>")
            .send()
            .await
            .expect("SetTopicAttributes");
        let a = c
            .get_topic_attributes()
            .topic_arn(&arn)
            .send()
            .await
            .expect("GetTopicAttributes")
            .attributes
            .unwrap_or_default();
        out.insert(
            "attributes".into(),
            json!([a.get("DisplayName"), a.get("TopicArn") == Some(&arn)]),
        );
        let topics = c.list_topics().send().await.expect("ListTopics").topics;
        let listed = |topics: Option<Vec<sns_client_sdk::sns_types::model::Topic>>| {
            topics
                .unwrap_or_default()
                .iter()
                .any(|t| t.topic_arn.as_ref() == Some(&arn))
        };
        out.insert("listed".into(), json!(listed(topics)));
        for n in 0..2 {
            c.subscribe()
                .topic_arn(&arn)
                .protocol("email")
                .endpoint(format!("{p}{n}@example.com"))
                .send()
                .await
                .expect("Subscribe");
        }
        let subs = c
            .list_subscriptions_by_topic()
            .topic_arn(&arn)
            .send()
            .await
            .expect("ListSubscriptionsByTopic")
            .subscriptions
            .unwrap_or_default();
        let mut subs: Vec<Value> = subs
            .iter()
            .map(|s| {
                json!([
                    s.protocol,
                    s.endpoint.as_deref().map(|e| e.replace(p, "P")),
                    s.topic_arn.as_ref() == Some(&arn)
                ])
            })
            .collect();
        subs.sort_by_key(|v| v.to_string());
        out.insert("subscriptions".into(), Value::Array(subs));
        let attr = MessageAttributeValue::builder()
            .data_type("String")
            .string_value("v")
            .build()
            .expect("DataType is set");
        let m = c
            .publish()
            .topic_arn(&arn)
            .message("hello")
            .subject("s")
            .message_attributes("k", attr)
            .send()
            .await
            .expect("Publish");
        out.insert(
            "published".into(),
            json!(m.message_id.is_some_and(|id| !id.is_empty())),
        );
        let missing = c
            .get_topic_attributes()
            .topic_arn(format!("{arn}-none"))
            .send()
            .await;
        out.insert("missing".into(), code(missing));
        c.delete_topic()
            .topic_arn(&arn)
            .send()
            .await
            .expect("DeleteTopic");
        let topics = c.list_topics().send().await.expect("ListTopics").topics;
        out.insert("deleted".into(), json!(listed(topics)));
        Value::Object(out)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sns_beside_boto3() {
        let Some(moto) = moto() else { return };
        let client = client!(sns_client_sdk, moto);
        let (ours, theirs) = tokio::join!(ours(&client, "rs"), boto3(&moto, "py", SNS));
        same("SNS", &ours, &theirs);
        assert_eq!(ours["attributes"][0], "second & <more>", "{ours}");
        assert_eq!(ours["subscriptions"].as_array().unwrap().len(), 2, "{ours}");
        assert_eq!(ours["missing"], "NotFound", "{ours}");
    }
}

// ---- S3 (restXml: path-style addressing through the endpoint rules,
// streamed payloads, flexible checksums, bare <Error> errors) ----

const S3: &str = r#"
c = client("s3")
b = p + "-bucket"
c.create_bucket(Bucket=b)
out["buckets"] = b in [x["Name"] for x in c.list_buckets()["Buckets"]]
data = bytes(range(256)) * 4096
put = c.put_object(Bucket=b, Key="dir/big.bin", Body=data, ContentType="application/x-test",
                   Metadata={"owner": "me"}, ChecksumAlgorithm="CRC32")
out["put"] = [put["ETag"], put.get("ChecksumCRC32")]
for n in range(3):
    c.put_object(Bucket=b, Key=f"small/{n} & <x>.txt", Body=f"hello {n}".encode())
g = c.get_object(Bucket=b, Key="dir/big.bin")
body = g["Body"].read()
out["get"] = [len(body), body == data, g["ContentType"], g["Metadata"], g["ETag"]]
h = c.head_object(Bucket=b, Key="small/1 & <x>.txt")
out["head"] = [h["ContentLength"], h["ETag"]]
pages = c.get_paginator("list_objects_v2").paginate(Bucket=b, MaxKeys=2)
out["list"] = [[o["Key"] for o in page.get("Contents", [])] for page in pages]
out["no_key"] = code(lambda: c.get_object(Bucket=b, Key="none"))
out["no_key_head"] = code(lambda: c.head_object(Bucket=b, Key="none"))
for k in ["dir/big.bin"] + [f"small/{n} & <x>.txt" for n in range(3)]:
    c.delete_object(Bucket=b, Key=k)
c.delete_bucket(Bucket=b)
out["no_bucket"] = code(lambda: c.list_objects_v2(Bucket=b))
"#;

mod s3 {
    use super::*;
    use s3_client_sdk::s3_types::model::ChecksumAlgorithm;
    use s3_client_sdk::ByteStream;

    async fn ours(c: &s3_client_sdk::Client, p: &str) -> Value {
        let mut out = serde_json::Map::new();
        let b = format!("{p}-bucket");
        c.create_bucket()
            .bucket(&b)
            .send()
            .await
            .expect("CreateBucket");
        let buckets = c.list_buckets().send().await.expect("ListBuckets").buckets;
        out.insert(
            "buckets".into(),
            json!(buckets
                .unwrap_or_default()
                .iter()
                .any(|x| x.name.as_deref() == Some(b.as_str()))),
        );
        let data: Vec<u8> = (0..=255u8).cycle().take(256 * 4096).collect();
        let put = c
            .put_object()
            .bucket(&b)
            .key("dir/big.bin")
            .body(ByteStream::from(data.clone()))
            .content_type("application/x-test")
            .metadata("owner", "me")
            .checksum_algorithm(ChecksumAlgorithm::Crc32)
            .send()
            .await
            .expect("PutObject");
        out.insert("put".into(), json!([put.e_tag, put.checksum_crc32]));
        for n in 0..3 {
            c.put_object()
                .bucket(&b)
                .key(format!("small/{n} & <x>.txt"))
                .body(ByteStream::from(format!("hello {n}").into_bytes()))
                .send()
                .await
                .expect("PutObject small");
        }
        let g = c
            .get_object()
            .bucket(&b)
            .key("dir/big.bin")
            .send()
            .await
            .expect("GetObject");
        let (content_type, metadata, etag) =
            (g.content_type.clone(), g.metadata.clone(), g.e_tag.clone());
        let body = g.body.collect().await.expect("the object's bytes");
        out.insert(
            "get".into(),
            json!([
                body.len(),
                body[..] == data[..],
                content_type,
                metadata,
                etag
            ]),
        );
        let h = c
            .head_object()
            .bucket(&b)
            .key("small/1 & <x>.txt")
            .send()
            .await
            .expect("HeadObject");
        out.insert("head".into(), json!([h.content_length, h.e_tag]));
        let mut pages = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let page = c
                .list_objects_v2()
                .bucket(&b)
                .max_keys(2)
                .set_continuation_token(token.clone())
                .send()
                .await
                .expect("ListObjectsV2");
            let keys: Vec<Value> = page
                .contents
                .unwrap_or_default()
                .iter()
                .map(|o| json!(o.key))
                .collect();
            pages.push(Value::Array(keys));
            token = page
                .next_continuation_token
                .filter(|_| page.is_truncated == Some(true));
            if token.is_none() {
                break;
            }
        }
        out.insert("list".into(), Value::Array(pages));
        let no_key = c.get_object().bucket(&b).key("none").send().await;
        out.insert("no_key".into(), code(no_key));
        let no_key_head = c.head_object().bucket(&b).key("none").send().await;
        out.insert("no_key_head".into(), code(no_key_head));
        let mut keys = vec!["dir/big.bin".to_owned()];
        keys.extend((0..3).map(|n| format!("small/{n} & <x>.txt")));
        for k in keys {
            c.delete_object()
                .bucket(&b)
                .key(k)
                .send()
                .await
                .expect("DeleteObject");
        }
        c.delete_bucket()
            .bucket(&b)
            .send()
            .await
            .expect("DeleteBucket");
        let no_bucket = c.list_objects_v2().bucket(&b).send().await;
        out.insert("no_bucket".into(), code(no_bucket));
        Value::Object(out)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn s3_streams_a_gibibyte_at_constant_memory() {
        const SIZE: u64 = 1 << 30;
        const BLOCK: usize = 1 << 20;
        const LIMIT_KB: u64 = 96 * 1024;
        let Some(moto) = moto() else { return };
        let Some(memory) = e2e_tests::PeakMemory::start() else {
            return;
        };
        let client = client!(s3_client_sdk, moto);
        let step = "create the bucket";
        client
            .create_bucket()
            .bucket("big")
            .send()
            .await
            .expect(step);
        // 1 GiB of 1 MiB blocks, each a different pattern, made as read.
        let block = |k: u64| {
            let b: Vec<u8> = (0..BLOCK).map(|i| (i as u64 * 31 + k * 7) as u8).collect();
            Ok(bytes::Bytes::from(b))
        };
        let mut want = crc32fast::Hasher::new();
        for k in 0..SIZE / BLOCK as u64 {
            want.update(&block(k).unwrap());
        }
        let want = want.finalize();

        let step = "1 GiB up, aws-chunked with signed chunks and a CRC32 trailer";
        let put = client
            .put_object()
            .bucket("big")
            .key("one.bin")
            .content_length(SIZE as i64)
            .checksum_algorithm(ChecksumAlgorithm::Crc32)
            .body(ByteStream::from_chunks((0..SIZE / BLOCK as u64).map(block)))
            .send()
            .await
            .expect(step);
        let crc = aws_smithy_types::base64::encode(want.to_be_bytes());
        assert_eq!(put.checksum_crc32.as_deref(), Some(crc.as_str()), "{step}");

        let step = "its size";
        let head = client
            .head_object()
            .bucket("big")
            .key("one.bin")
            .send()
            .await
            .expect(step);
        assert_eq!(head.content_length, Some(SIZE as i64), "{step}");

        let step = "1 GiB down";
        let mut got = client
            .get_object()
            .bucket("big")
            .key("one.bin")
            .send()
            .await
            .expect(step);
        let (mut received, mut crc) = (0u64, crc32fast::Hasher::new());
        while let Some(chunk) = got.body.next().await {
            let chunk = chunk.expect(step);
            received += chunk.len() as u64;
            crc.update(&chunk);
        }
        let (peak, how) = memory.stop();
        assert_eq!((received, crc.finalize()), (SIZE, want), "{step}");
        eprintln!("moto: 1 GiB up and down, peak resident memory {peak} kB ({how})");
        assert!(
            peak < LIMIT_KB,
            "peak resident memory {peak} kB >= {LIMIT_KB} kB ({how})"
        );
        client
            .delete_object()
            .bucket("big")
            .key("one.bin")
            .send()
            .await
            .expect("delete the object");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn s3_beside_boto3() {
        let Some(moto) = moto() else { return };
        let client = client!(s3_client_sdk, moto);
        let (ours, theirs) = tokio::join!(ours(&client, "rs"), boto3(&moto, "py", S3));
        same("S3", &ours, &theirs);
        assert_eq!(ours["no_key"], "NoSuchKey", "{ours}");
        assert_eq!(ours["no_bucket"], "NoSuchBucket", "{ours}");
        assert_eq!(ours["get"][1], true, "{ours}");
        assert_eq!(ours["list"].as_array().unwrap().len(), 2, "{ours}");
    }
}
