//! A generated awsQuery server driven by real AWS clients: a small SNS
//! (topics, attributes, subscriptions, published messages, in memory) on the
//! server crate generated from the projection of SNS's published model
//! (`codegen/tests/models/aws-sns.json`), every request SigV4-verified,
//! called by boto3 and the AWS CLI over 127.0.0.1. The requests are forms
//! (`Action=CreateTopic&Attributes.entry.1.key=...&Tags.member.1.Key=...`),
//! the answers `<CreateTopicResponse><CreateTopicResult>` documents and
//! `<ErrorResponse>` errors with SNS's `@awsQueryError` codes and statuses.

use std::collections::BTreeMap;
use std::sync::Mutex;

use codegen_rt::server::Config as ServerConfig;
use codegen_rt::sigv4::{Keys, Verifier};
use serde_json::{json, Value};
use sns_server_sdk::sns_types::error::*;
use sns_server_sdk::sns_types::model::*;
use sns_server_sdk::{Context, Sns, SnsServer};

const AKID: &str = "AKIDSNSTEST";
const SECRET: &str = "sns-secret";

#[derive(Default)]
struct TopicState {
    attributes: BTreeMap<String, String>,
    tags: BTreeMap<String, String>,
    /// (protocol, endpoint, subscription ARN).
    subscriptions: Vec<(String, String, String)>,
    /// (subject, message, message attributes).
    messages: Vec<(Option<String>, String, BTreeMap<String, String>)>,
}

#[derive(Default)]
struct Store {
    topics: Mutex<BTreeMap<String, TopicState>>,
}

fn topic_arn(name: &str) -> String {
    format!("arn:aws:sns:us-east-1:123456789012:{name}")
}

fn not_found() -> NotFoundException {
    NotFoundException::builder()
        .message("Topic does not exist")
        .build()
}

impl Sns for Shared {
    async fn create_topic(
        &self,
        input: CreateTopicInput,
        _cx: Context,
    ) -> Result<CreateTopicResponse, CreateTopicError> {
        let arn = topic_arn(&input.name);
        let mut topics = self.0.topics.lock().unwrap();
        let t = topics.entry(arn.clone()).or_default();
        t.attributes.extend(input.attributes.unwrap_or_default());
        t.attributes.insert("TopicArn".into(), arn.clone());
        for tag in input.tags.unwrap_or_default() {
            t.tags.insert(tag.key, tag.value);
        }
        Ok(CreateTopicResponse::builder().topic_arn(arn).build())
    }

    async fn set_topic_attributes(
        &self,
        input: SetTopicAttributesInput,
        _cx: Context,
    ) -> Result<SetTopicAttributesOutput, SetTopicAttributesError> {
        let mut topics = self.0.topics.lock().unwrap();
        let t = topics.get_mut(&input.topic_arn).ok_or_else(not_found)?;
        t.attributes.insert(
            input.attribute_name,
            input.attribute_value.unwrap_or_default(),
        );
        Ok(SetTopicAttributesOutput::builder().build())
    }

    async fn get_topic_attributes(
        &self,
        input: GetTopicAttributesInput,
        _cx: Context,
    ) -> Result<GetTopicAttributesResponse, GetTopicAttributesError> {
        let topics = self.0.topics.lock().unwrap();
        let t = topics.get(&input.topic_arn).ok_or_else(not_found)?;
        let mut attributes = t.attributes.clone();
        attributes.insert(
            "SubscriptionsConfirmed".into(),
            t.subscriptions.len().to_string(),
        );
        Ok(GetTopicAttributesResponse::builder()
            .set_attributes(Some(attributes))
            .build())
    }

    async fn list_topics(
        &self,
        _input: ListTopicsInput,
        _cx: Context,
    ) -> Result<ListTopicsResponse, ListTopicsError> {
        let topics = self.0.topics.lock().unwrap();
        let list = topics
            .keys()
            .map(|arn| Topic::builder().topic_arn(arn).build())
            .collect();
        Ok(ListTopicsResponse::builder().set_topics(Some(list)).build())
    }

    async fn subscribe(
        &self,
        input: SubscribeInput,
        _cx: Context,
    ) -> Result<SubscribeResponse, SubscribeError> {
        let mut topics = self.0.topics.lock().unwrap();
        let t = topics.get_mut(&input.topic_arn).ok_or_else(not_found)?;
        let arn = format!("{}:sub-{}", input.topic_arn, t.subscriptions.len() + 1);
        t.subscriptions.push((
            input.protocol,
            input.endpoint.unwrap_or_default(),
            arn.clone(),
        ));
        Ok(SubscribeResponse::builder().subscription_arn(arn).build())
    }

    async fn list_subscriptions_by_topic(
        &self,
        input: ListSubscriptionsByTopicInput,
        _cx: Context,
    ) -> Result<ListSubscriptionsByTopicResponse, ListSubscriptionsByTopicError> {
        let topics = self.0.topics.lock().unwrap();
        let t = topics.get(&input.topic_arn).ok_or_else(not_found)?;
        let subs = t
            .subscriptions
            .iter()
            .map(|(protocol, endpoint, arn)| {
                Subscription::builder()
                    .protocol(protocol)
                    .endpoint(endpoint)
                    .subscription_arn(arn)
                    .topic_arn(&input.topic_arn)
                    .owner("123456789012")
                    .build()
            })
            .collect();
        Ok(ListSubscriptionsByTopicResponse::builder()
            .set_subscriptions(Some(subs))
            .build())
    }

    async fn publish(
        &self,
        input: PublishInput,
        _cx: Context,
    ) -> Result<PublishResponse, PublishError> {
        let arn = input.topic_arn.clone().unwrap_or_default();
        let mut topics = self.0.topics.lock().unwrap();
        let t = topics.get_mut(&arn).ok_or_else(not_found)?;
        let attributes = input
            .message_attributes
            .unwrap_or_default()
            .into_iter()
            .map(|(k, v)| (k, v.string_value.unwrap_or_default()))
            .collect();
        t.messages.push((input.subject, input.message, attributes));
        Ok(PublishResponse::builder()
            .message_id(format!("message-{}", t.messages.len()))
            .build())
    }

    async fn delete_topic(
        &self,
        input: DeleteTopicInput,
        _cx: Context,
    ) -> Result<DeleteTopicOutput, DeleteTopicError> {
        self.0.topics.lock().unwrap().remove(&input.topic_arn);
        Ok(DeleteTopicOutput::builder().build())
    }
}

async fn start(store: std::sync::Arc<Store>) -> e2e_tests::Running {
    let mut keys = Keys::default();
    keys.add(AKID, SECRET);
    let config = ServerConfig {
        authenticate: Some(std::sync::Arc::new(Verifier::new(keys))),
        ..ServerConfig::default()
    };
    e2e_tests::serve(SnsServer::with_config(Shared(store), config)).await
}

/// The store, shared with the test that reads what the server kept.
struct Shared(std::sync::Arc<Store>);

/// Runs `program` with our server's credentials, in region us-east-1.
async fn run(program: &'static str, args: Vec<String>) -> std::process::Output {
    let region = vec![("AWS_DEFAULT_REGION", "us-east-1".into())];
    e2e_tests::run_aws_tool(program, args, (AKID, SECRET), region).await
}

const BOTO3: &str = r#"
import json, sys, boto3, botocore
from botocore.config import Config
c = boto3.client("sns", endpoint_url=sys.argv[1], region_name="us-east-1",
                 config=Config(retries={"max_attempts": 1, "mode": "standard"}))
out = {}
arn = c.create_topic(Name="orders", Attributes={"DisplayName": "Orders & <more>"},
                     Tags=[{"Key": "team", "Value": "shop"}, {"Key": "env", "Value": "test"}])["TopicArn"]
out["create"] = arn
c.set_topic_attributes(TopicArn=arn, AttributeName="Policy", AttributeValue='{"Version": "2012-10-17"}')
for e in ["a@example.com", "b@example.com"]:
    c.subscribe(TopicArn=arn, Protocol="email", Endpoint=e)
a = c.get_topic_attributes(TopicArn=arn)["Attributes"]
out["attributes"] = a
out["topics"] = [t["TopicArn"] for t in c.list_topics()["Topics"]]
out["subscriptions"] = [[s["Protocol"], s["Endpoint"], s["SubscriptionArn"]]
                        for s in c.list_subscriptions_by_topic(TopicArn=arn)["Subscriptions"]]
m = c.publish(TopicArn=arn, Message="línea 1\nline 2", Subject="hi",
              MessageAttributes={"kind": {"DataType": "String", "StringValue": "new"}})
out["publish"] = m["MessageId"]
try:
    c.get_topic_attributes(TopicArn=arn + "-none")
except botocore.exceptions.ClientError as e:
    out["missing"] = [e.response["Error"]["Code"], e.response["Error"]["Message"],
                      e.response["ResponseMetadata"]["HTTPStatusCode"]]
c.delete_topic(TopicArn=arn)
out["after"] = c.list_topics()["Topics"]
print(json.dumps(out, sort_keys=True))
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn boto3_calls_a_generated_sns() {
    if !e2e_tests::have("python3", &["-c", "import boto3"]) {
        return;
    }
    let store = std::sync::Arc::new(Store::default());
    let server = start(store.clone()).await;
    let out = run("python3", vec!["-c".into(), BOTO3.into(), server.url()]).await;
    assert!(
        out.status.success(),
        "boto3 failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: Value = serde_json::from_slice(&out.stdout).unwrap();
    let arn = topic_arn("orders");
    assert_eq!(
        got,
        json!({
            "create": arn,
            "attributes": {
                "DisplayName": "Orders & <more>",
                "Policy": "{\"Version\": \"2012-10-17\"}",
                "SubscriptionsConfirmed": "2",
                "TopicArn": arn,
            },
            "topics": [arn],
            "subscriptions": [
                ["email", "a@example.com", format!("{arn}:sub-1")],
                ["email", "b@example.com", format!("{arn}:sub-2")],
            ],
            "publish": "message-1",
            "missing": ["NotFound", "Topic does not exist", 404],
            "after": [],
        })
    );
    // What the server kept: the message's text (a line break, non-ASCII),
    // its subject and attributes, and the tags, as the form carried them.
    let topics = store.topics.lock().unwrap();
    assert!(topics.is_empty(), "the topic was deleted");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_form_carries_maps_lists_and_text_as_sent() {
    if !e2e_tests::have("python3", &["-c", "import boto3"]) {
        return;
    }
    let store = std::sync::Arc::new(Store::default());
    let server = start(store.clone()).await;
    let script = r#"
import sys, boto3
c = boto3.client("sns", endpoint_url=sys.argv[1], region_name="us-east-1")
arn = c.create_topic(Name="t", Tags=[{"Key": "team", "Value": "shop"}, {"Key": "env", "Value": "a=b&c"}])["TopicArn"]
c.publish(TopicArn=arn, Message="línea 1\nline 2 & <x>", Subject="hi",
          MessageAttributes={"kind": {"DataType": "String", "StringValue": "new"},
                             "n": {"DataType": "Number", "StringValue": "7"}})
"#;
    let out = run("python3", vec!["-c".into(), script.into(), server.url()]).await;
    assert!(
        out.status.success(),
        "boto3 failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let topics = store.topics.lock().unwrap();
    let t = &topics[&topic_arn("t")];
    assert_eq!(
        t.tags,
        BTreeMap::from([
            ("env".to_owned(), "a=b&c".to_owned()),
            ("team".to_owned(), "shop".to_owned())
        ])
    );
    assert_eq!(
        t.messages,
        vec![(
            Some("hi".to_owned()),
            "línea 1\nline 2 & <x>".to_owned(),
            BTreeMap::from([
                ("kind".to_owned(), "new".to_owned()),
                ("n".to_owned(), "7".to_owned())
            ])
        )]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn aws_cli_calls_a_generated_sns() {
    if !e2e_tests::have("aws", &["--version"]) {
        return;
    }
    let store = std::sync::Arc::new(Store::default());
    let server = start(store).await;
    let url = server.url();
    let cli = |args: &[&str]| {
        let mut v: Vec<String> = vec!["--endpoint-url".into(), url.clone(), "sns".into()];
        v.extend(args.iter().map(|a| (*a).to_owned()));
        v.extend(["--output".into(), "json".into()]);
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
    let created = cli(&["create-topic", "--name", "alerts"]).await;
    let arn = topic_arn("alerts");
    assert_eq!(step("create-topic", &created)["TopicArn"], arn.as_str());
    let listed = cli(&["list-topics"]).await;
    assert_eq!(
        step("list-topics", &listed)["Topics"],
        json!([{ "TopicArn": arn }])
    );
    let published = cli(&["publish", "--topic-arn", &arn, "--message", "disk full"]).await;
    assert_eq!(step("publish", &published)["MessageId"], "message-1");
    let missing = cli(&[
        "get-topic-attributes",
        "--topic-arn",
        "arn:aws:sns:us-east-1:123456789012:none",
    ])
    .await;
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert_ne!(missing.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("(NotFound)") && stderr.contains("Topic does not exist"),
        "{stderr}"
    );
}
