//! The client checks its typed input without a JSON round trip; these tests
//! hold that check to the strict parse a server runs on the same input's
//! JSON form (`validate_json`): the same violations, at the same paths, with
//! the same messages, in the same order. Nothing is sent: the endpoint is a
//! closed port, so a check that wrongly passes shows up as a dispatch error.

use ecr_client_sdk::{validate_json, Client, Config, Credentials, SdkError};
use ecr_types::model::*;
use serde_json::json;

fn client() -> Client {
    // Port 9 on loopback: nothing listens; a request that got out would fail
    // to connect rather than be validated.
    Client::new(
        Config::new()
            .region("us-east-1")
            .endpoint_url("http://127.0.0.1:9")
            .credentials_provider(Credentials::new("AKID", "SECRET", None, None, "test"))
            .max_attempts(1),
    )
}

/// The violations of a typed send, which must be a validation error.
fn violations<T: std::fmt::Debug>(
    result: Result<T, SdkError<impl std::fmt::Debug>>,
) -> codegen_rt::json::Violations {
    match result {
        Err(SdkError::Validation(v)) => v,
        other => panic!("expected a validation error, got {other:?}"),
    }
}

/// The violations the strict parse of `input` reports for `op`.
fn expected(op: &str, input: serde_json::Value) -> codegen_rt::json::Violations {
    match validate_json(op, &input) {
        Err(SdkError::Validation(v)) => v,
        other => panic!("expected {op} {input} to be refused, got {other:?}"),
    }
}

#[tokio::test]
async fn top_level_members_patterns_lengths_and_missing() {
    let c = client();
    let got = violations(
        c.get_download_url_for_layer()
            .registry_id("not-an-account")
            .repository_name("A")
            .send()
            .await,
    );
    let want = expected(
        "GetDownloadUrlForLayer",
        json!({"registryId": "not-an-account", "repositoryName": "A"}),
    );
    assert_eq!(got, want);
    // Pattern of registryId, length and pattern of repositoryName, missing layerDigest.
    assert_eq!(got.total(), 4, "{got}");
}

#[tokio::test]
async fn nested_structures_in_lists() {
    let c = client();
    let long_tag = "t".repeat(400);
    let got = violations(
        c.batch_get_image()
            .repository_name("ok/name")
            .image_ids(ImageIdentifier::builder().image_tag("latest").build())
            .image_ids(
                ImageIdentifier::builder()
                    .image_digest("md5:nope")
                    .image_tag(long_tag.clone())
                    .build(),
            )
            .send()
            .await,
    );
    let want = expected(
        "BatchGetImage",
        json!({
            "repositoryName": "ok/name",
            "imageIds": [
                {"imageTag": "latest"},
                {"imageDigest": "md5:nope", "imageTag": long_tag},
            ],
        }),
    );
    assert_eq!(got, want);
    assert!(
        got.to_string().contains("imageIds.2.member.imageTag"),
        "{got}"
    );

    // An empty list breaks the list's own length.
    let got = violations(
        c.batch_get_image()
            .repository_name("ok/name")
            .set_image_ids(Some(Vec::new()))
            .send()
            .await,
    );
    let want = expected(
        "BatchGetImage",
        json!({"repositoryName": "ok/name", "imageIds": []}),
    );
    assert_eq!(got, want);
}

#[tokio::test]
async fn enums_and_structures_as_members() {
    let c = client();
    let got = violations(
        c.create_repository()
            .repository_name("UPPER")
            .image_tag_mutability(ImageTagMutability::Unknown("SOMETIMES".into()))
            .tags(Tag::builder().key("").value("v").build().unwrap())
            .send()
            .await,
    );
    let want = expected(
        "CreateRepository",
        json!({
            "repositoryName": "UPPER",
            "imageTagMutability": "SOMETIMES",
            "tags": [{"Key": "", "Value": "v"}],
        }),
    );
    assert_eq!(got, want);
    assert!(
        got.to_string().contains("SOMETIMES") || got.total() >= 2,
        "{got}"
    );
}

#[tokio::test]
async fn valid_input_passes_the_check_and_is_sent() {
    let c = client();
    let err = c
        .get_download_url_for_layer()
        .repository_name("team/service")
        .layer_digest("sha256:6171c7451a50945f8ddd72f7732cc04d7a0d1f48138a426b2e64387fdeb834ed")
        .send()
        .await
        .unwrap_err();
    // Past the check: the closed port refuses the connection.
    assert!(
        matches!(&err, SdkError::Dispatch(d) if d.is_connect()),
        "{err:?}"
    );
}
