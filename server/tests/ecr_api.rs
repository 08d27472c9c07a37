//! ECR's API beyond images, driven by the AWS CLI against the real server
//! binary: repository and registry policies enforced for several users and
//! accounts (ECR API and `/v2/`), repository creation templates (applied on
//! push and on pull-through), account settings, scanning configuration, the
//! registry's description, and pull-through rules updated and validated
//! against a live upstream.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::{json, Value};

mod common;
use common::*;

const ACCOUNT: &str = "123456789012";

/// A user of the registry: one of its access keys.
struct User<'a> {
    server: &'a Server,
    akid: &'a str,
    secret: &'a str,
    /// The region to sign for, when not the test servers' `us-west-2`.
    region: Option<&'a str>,
}

impl User<'_> {
    fn aws(&self, args: &[&str]) -> Output {
        let mut cmd = Command::new("aws");
        aws_env(&mut cmd, self.server)
            .env("AWS_ACCESS_KEY_ID", self.akid)
            .env("AWS_SECRET_ACCESS_KEY", self.secret)
            .env("AWS_DEFAULT_REGION", self.region.unwrap_or("us-west-2"))
            .arg("ecr")
            .args(args)
            .args(["--endpoint-url", &self.server.url]);
        cmd.output().expect("aws runs")
    }

    fn ok(&self, args: &[&str]) -> Value {
        let out = self.aws(args);
        assert!(
            out.status.success(),
            "{} aws {args:?}: {}",
            self.akid,
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap_or(Value::Null)
    }

    /// The error code of a call that must fail.
    fn err(&self, args: &[&str]) -> String {
        let out = self.aws(args);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(
            out.status.code(),
            Some(255),
            "{} aws {args:?}: {stderr}",
            self.akid
        );
        stderr
            .split_once("An error occurred (")
            .and_then(|(_, rest)| rest.split_once(')'))
            .map(|(code, _)| code.to_owned())
            .unwrap_or(stderr)
    }

    /// `AWS:<password>` for `/v2/`.
    fn login(&self) -> String {
        let out = self.aws(&["get-login-password"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        format!("AWS:{}", String::from_utf8_lossy(&out.stdout).trim())
    }
}

/// The status of a `/v2/` request.
fn v2(method: &str, url: &str, auth: &str, body: Option<(&str, &str)>) -> u16 {
    let mut args = vec![
        "-o",
        "/dev/null",
        "-w",
        "%{http_code}",
        "-X",
        method,
        "-u",
        auth,
    ];
    if let Some((content_type, data)) = body {
        args.extend(["-H", content_type, "--data-binary", data]);
    }
    args.push(url);
    let out = curl(&args);
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .unwrap_or(0)
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let f = dir.join(name);
    std::fs::write(&f, text).unwrap();
    format!("file://{}", f.display())
}

fn push_image(s: &Server, dir: &Path, repo: &str, tag: &str) -> String {
    let layer = random(1000);
    let ld = cli_upload(s, dir, repo, &layer, 1 << 20);
    let cd = cli_upload(s, dir, repo, b"{}", 64);
    let m = manifest(&cd, &[(&ld, layer.len())]);
    let f = write(dir, &format!("{tag}.json"), &m);
    aws_ok(
        s,
        &[
            "put-image",
            "--repository-name",
            repo,
            "--image-tag",
            tag,
            "--image-manifest",
            &f,
        ],
    );
    m
}

#[test]
fn repository_and_registry_policies_are_enforced() {
    if !have("aws", &["--version"]) || !have("curl", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let s = start(
        &tmp.path().join("data"),
        &[
            "--key",
            "AKIDBOB:bob-secret",
            "--principal",
            "AKIDBOB=arn:aws:iam::210987654321:user/bob",
            "--key",
            "AKIDCAROL:carol-secret",
            "--principal",
            "AKIDCAROL=arn:aws:iam::123456789012:user/carol",
        ],
    );
    let alice = User {
        server: &s,
        akid: &s.akid,
        secret: &s.secret,
        region: None,
    };
    let bob = User {
        server: &s,
        akid: "AKIDBOB",
        secret: "bob-secret",
        region: None,
    };
    let carol = User {
        server: &s,
        akid: "AKIDCAROL",
        secret: "carol-secret",
        region: None,
    };
    alice.ok(&["create-repository", "--repository-name", "shared"]);
    let manifest = push_image(&s, tmp.path(), "shared", "v1");
    let describe = [
        "describe-images",
        "--repository-name",
        "shared",
        "--registry-id",
        ACCOUNT,
    ];

    let step = "without a policy, another account is refused and the account's users are not";
    assert_eq!(bob.err(&describe), "AccessDeniedException", "{step}");
    carol.ok(&describe);
    let out = bob.aws(&describe);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("User: arn:aws:iam::210987654321:user/bob is not authorized to perform: ecr:DescribeImages on resource: arn:aws:ecr:us-west-2:123456789012:repository/shared because no resource-based policy allows the ecr:DescribeImages action"),
        "{step}: {stderr}"
    );

    let step = "a repository policy lets bob's account pull, and nothing else";
    let pull = json!({
        "Version": "2012-10-17",
        "Statement": [{
            "Sid": "pull",
            "Effect": "Allow",
            "Principal": {"AWS": "arn:aws:iam::210987654321:root"},
            "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability", "ecr:Describe*"],
        }],
    })
    .to_string();
    let set = alice.ok(&[
        "set-repository-policy",
        "--repository-name",
        "shared",
        "--policy-text",
        &pull,
    ]);
    assert_eq!(set["policyText"], pull.as_str(), "{step}");
    let got = alice.ok(&["get-repository-policy", "--repository-name", "shared"]);
    assert_eq!(
        (got["policyText"].as_str(), got["registryId"].as_str()),
        (Some(pull.as_str()), Some(ACCOUNT)),
        "{step}"
    );
    let images = bob.ok(&describe);
    assert_eq!(
        images["imageDetails"][0]["imageTags"],
        json!(["v1"]),
        "{step}"
    );
    assert_eq!(
        bob.err(&[
            "batch-delete-image",
            "--repository-name",
            "shared",
            "--image-ids",
            "imageTag=v1"
        ]),
        "AccessDeniedException",
        "{step}"
    );

    let step = "over /v2/ too: bob pulls, and may not push";
    let auth = bob.login();
    let url = format!("{}/v2/shared/manifests/v1", s.url);
    assert_eq!(v2("GET", &url, &auth, None), 200, "{step}");
    let body = (
        "Content-Type: application/vnd.docker.distribution.manifest.v2+json",
        manifest.as_str(),
    );
    let put = format!("{}/v2/shared/manifests/v2", s.url);
    assert_eq!(v2("PUT", &put, &auth, Some(body)), 403, "{step}");
    assert_eq!(v2("PUT", &put, &alice.login(), Some(body)), 201, "{step}");

    let step = "an explicit deny wins, even in the registry's own account";
    let deny = json!({
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": {"AWS": "210987654321"}, "Action": "ecr:*"},
            {"Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::123456789012:user/carol"}, "Action": "ecr:BatchDelete*"},
        ],
    })
    .to_string();
    alice.ok(&[
        "set-repository-policy",
        "--repository-name",
        "shared",
        "--policy-text",
        &deny,
    ]);
    let delete = [
        "batch-delete-image",
        "--repository-name",
        "shared",
        "--image-ids",
        "imageTag=v2",
    ];
    assert_eq!(carol.err(&delete), "AccessDeniedException", "{step}");
    let deleted = bob.ok(&delete);
    assert_eq!(
        deleted["imageIds"].as_array().map(Vec::len),
        Some(1),
        "{step}: {deleted}"
    );

    let step = "bad policies are refused, and one that locks its author out needs --force";
    for bad in [
        "{",
        r#"{"Statement": []}"#,
        r#"{"Statement": {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"}}"#,
    ] {
        assert_eq!(
            alice.err(&[
                "set-repository-policy",
                "--repository-name",
                "shared",
                "--policy-text",
                bad
            ]),
            "InvalidParameterException",
            "{step}: {bad}"
        );
    }
    let lockout = json!({"Statement": {"Effect": "Deny", "Principal": "*", "Action": "ecr:SetRepositoryPolicy"}}).to_string();
    let args = [
        "set-repository-policy",
        "--repository-name",
        "shared",
        "--policy-text",
        &lockout,
    ];
    assert_eq!(alice.err(&args), "InvalidParameterException", "{step}");
    let forced: Vec<&str> = args.iter().copied().chain(["--force"]).collect();
    alice.ok(&forced);
    assert_eq!(alice.err(&args), "AccessDeniedException", "{step}");
    let removed = alice.ok(&["delete-repository-policy", "--repository-name", "shared"]);
    assert_eq!(removed["policyText"], lockout.as_str(), "{step}");
    assert_eq!(
        alice.err(&["get-repository-policy", "--repository-name", "shared"]),
        "RepositoryPolicyNotFoundException",
        "{step}"
    );

    let step =
        "the registry policy covers every action under scope V2, only replication's under V1";
    let registry = json!({
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Deny", "Principal": "*", "Action": "ecr:CreateRepository",
             "Condition": {"StringLike": {"aws:PrincipalArn": "arn:aws:iam::*:user/carol"}}},
            {"Effect": "Deny", "Principal": "*", "Action": "ecr:ListImages",
             "Condition": {"IpAddress": {"aws:SourceIp": "127.0.0.0/8"}}},
        ],
    })
    .to_string();
    assert_eq!(
        alice.err(&["get-registry-policy"]),
        "RegistryPolicyNotFoundException",
        "{step}"
    );
    alice.ok(&["put-registry-policy", "--policy-text", &registry]);
    assert_eq!(
        alice.ok(&["get-registry-policy"])["policyText"],
        registry.as_str(),
        "{step}"
    );
    let create = ["create-repository", "--repository-name", "carols"];
    assert_eq!(carol.err(&create), "AccessDeniedException", "{step}");
    let list = ["list-images", "--repository-name", "shared"];
    assert_eq!(
        alice.err(&list),
        "AccessDeniedException",
        "{step}: aws:SourceIp"
    );
    alice.ok(&[
        "put-account-setting",
        "--name",
        "REGISTRY_POLICY_SCOPE",
        "--value",
        "V1",
    ]);
    alice.ok(&list);
    assert_eq!(
        carol.err(&create),
        "AccessDeniedException",
        "{step}: CreateRepository is a V1 action"
    );
    let removed = alice.ok(&["delete-registry-policy"]);
    assert_eq!(removed["policyText"], registry.as_str(), "{step}");
    carol.ok(&create);
    assert_eq!(
        alice.err(&["delete-registry-policy"]),
        "RegistryPolicyNotFoundException",
        "{step}"
    );
}

#[test]
fn creation_templates_shape_the_repositories_the_registry_creates() {
    if !have("aws", &["--version"]) || !have("curl", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let s = start(&tmp.path().join("data"), &[]);
    let me = User {
        server: &s,
        akid: &s.akid,
        secret: &s.secret,
        region: None,
    };
    let lifecycle = json!({"rules": [{"rulePriority": 1, "selection": {"tagStatus": "untagged", "countType": "imageCountMoreThan", "countNumber": 5}, "action": {"type": "expire"}}]}).to_string();
    let policy = json!({"Statement": {"Effect": "Allow", "Principal": {"AWS": "210987654321"}, "Action": "ecr:BatchGetImage"}}).to_string();
    let create = [
        "create-repository-creation-template",
        "--prefix",
        "team",
        "--description",
        "the team's images",
        "--applied-for",
        "CREATE_ON_PUSH",
        "PULL_THROUGH_CACHE",
        "--image-tag-mutability",
        "IMMUTABLE",
        "--resource-tags",
        "Key=owner,Value=team",
        "--lifecycle-policy",
        &lifecycle,
        "--repository-policy",
        &policy,
    ];

    let step = "create, refuse a second and bad ones, describe";
    let made = me.ok(&create);
    let t = &made["repositoryCreationTemplate"];
    assert_eq!(t["prefix"], "team", "{step}");
    assert_eq!(
        t["appliedFor"],
        json!(["CREATE_ON_PUSH", "PULL_THROUGH_CACHE"]),
        "{step}"
    );
    assert_eq!(
        t["resourceTags"],
        json!([{"Key": "owner", "Value": "team"}]),
        "{step}"
    );
    assert!(t["createdAt"].is_number(), "{step}: {t}");
    assert_eq!(me.err(&create), "TemplateAlreadyExistsException", "{step}");
    let bad_lifecycle = [
        "create-repository-creation-template",
        "--prefix",
        "other",
        "--applied-for",
        "CREATE_ON_PUSH",
        "--lifecycle-policy",
        "{\"rules\": []}",
    ];
    assert_eq!(
        me.err(&bad_lifecycle),
        "InvalidParameterException",
        "{step}"
    );
    let bad_prefix = [
        "create-repository-creation-template",
        "--prefix",
        "Bad Prefix",
        "--applied-for",
        "CREATE_ON_PUSH",
    ];
    assert_eq!(me.err(&bad_prefix), "InvalidParameterException", "{step}");
    me.ok(&[
        "create-repository-creation-template",
        "--prefix",
        "ROOT",
        "--applied-for",
        "REPLICATION",
    ]);
    let all = me.ok(&["describe-repository-creation-templates"]);
    let prefixes: Vec<&str> = all["repositoryCreationTemplates"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["prefix"].as_str())
        .collect();
    assert_eq!(prefixes, ["ROOT", "team"], "{step}");
    let one = me.ok(&[
        "describe-repository-creation-templates",
        "--prefixes",
        "team",
    ]);
    assert_eq!(
        one["repositoryCreationTemplates"].as_array().map(Vec::len),
        Some(1),
        "{step}"
    );

    let step = "update one field, keep the others";
    let updated = me.ok(&[
        "update-repository-creation-template",
        "--prefix",
        "team",
        "--description",
        "renamed",
    ]);
    let t = &updated["repositoryCreationTemplate"];
    assert_eq!(
        (t["description"].as_str(), t["imageTagMutability"].as_str()),
        (Some("renamed"), Some("IMMUTABLE")),
        "{step}"
    );
    assert_eq!(
        me.err(&[
            "update-repository-creation-template",
            "--prefix",
            "nobody",
            "--description",
            "x"
        ]),
        "TemplateNotFoundException",
        "{step}"
    );

    let step = "a push to a repository that is not there creates it from the template";
    let auth = me.login();
    let blob = b"layer bytes";
    let digest = sha256(blob);
    let status = v2(
        "POST",
        &format!("{}/v2/team/web/blobs/uploads/?digest={digest}", s.url),
        &auth,
        Some(("Content-Type: application/octet-stream", "layer bytes")),
    );
    assert_eq!(status, 201, "{step}");
    let repo = me.ok(&["describe-repositories", "--repository-names", "team/web"]);
    assert_eq!(
        repo["repositories"][0]["imageTagMutability"], "IMMUTABLE",
        "{step}"
    );
    let arn = repo["repositories"][0]["repositoryArn"]
        .as_str()
        .unwrap()
        .to_owned();
    let tags = me.ok(&["list-tags-for-resource", "--resource-arn", &arn]);
    assert_eq!(
        tags["tags"],
        json!([{"Key": "owner", "Value": "team"}]),
        "{step}"
    );
    let got = me.ok(&["get-lifecycle-policy", "--repository-name", "team/web"]);
    assert_eq!(got["lifecyclePolicyText"], lifecycle.as_str(), "{step}");
    let got = me.ok(&["get-repository-policy", "--repository-name", "team/web"]);
    assert_eq!(got["policyText"], policy.as_str(), "{step}");
    // The ECR API's pushes too.
    me.ok(&["initiate-layer-upload", "--repository-name", "team/api"]);
    me.ok(&["describe-repositories", "--repository-names", "team/api"]);

    let step = "no template, no repository; a template not for pushes creates nothing";
    let status = v2(
        "POST",
        &format!("{}/v2/elsewhere/app/blobs/uploads/", s.url),
        &auth,
        None,
    );
    assert_eq!(status, 404, "{step}");
    assert_eq!(
        me.err(&[
            "initiate-layer-upload",
            "--repository-name",
            "elsewhere/app"
        ]),
        "RepositoryNotFoundException",
        "{step}"
    );

    let step = "delete";
    let gone = me.ok(&["delete-repository-creation-template", "--prefix", "team"]);
    assert_eq!(
        gone["repositoryCreationTemplate"]["description"], "renamed",
        "{step}"
    );
    assert_eq!(
        me.err(&["delete-repository-creation-template", "--prefix", "team"]),
        "TemplateNotFoundException",
        "{step}"
    );
    assert_eq!(
        me.err(&["initiate-layer-upload", "--repository-name", "team/new"]),
        "RepositoryNotFoundException",
        "{step}"
    );
}

#[test]
fn account_settings_scanning_configuration_and_the_registry() {
    if !have("aws", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let s = start(&tmp.path().join("data"), &[]);
    let me = User {
        server: &s,
        akid: &s.akid,
        secret: &s.secret,
        region: None,
    };

    let step = "account settings: defaults, changes, refusals";
    let got = me.ok(&["get-account-setting", "--name", "BASIC_SCAN_TYPE_VERSION"]);
    assert_eq!(
        (got["name"].as_str(), got["value"].as_str()),
        (Some("BASIC_SCAN_TYPE_VERSION"), Some("AWS_NATIVE")),
        "{step}"
    );
    assert_eq!(
        me.ok(&["get-account-setting", "--name", "REGISTRY_POLICY_SCOPE"])["value"],
        "V2",
        "{step}"
    );
    me.ok(&[
        "put-account-setting",
        "--name",
        "BASIC_SCAN_TYPE_VERSION",
        "--value",
        "CLAIR",
    ]);
    assert_eq!(
        me.ok(&["get-account-setting", "--name", "BASIC_SCAN_TYPE_VERSION"])["value"],
        "CLAIR",
        "{step}"
    );
    assert_eq!(
        me.err(&[
            "put-account-setting",
            "--name",
            "BASIC_SCAN_TYPE_VERSION",
            "--value",
            "FAST"
        ]),
        "ValidationException",
        "{step}"
    );
    assert_eq!(
        me.err(&["get-account-setting", "--name", "NO_SUCH_SETTING"]),
        "ValidationException",
        "{step}"
    );

    let step = "the registry";
    let registry = me.ok(&["describe-registry"]);
    assert_eq!(registry["registryId"], ACCOUNT, "{step}");
    assert_eq!(
        registry["replicationConfiguration"]["rules"],
        json!([]),
        "{step}"
    );

    let step = "registry scanning rules decide each repository's scanning";
    for r in ["prod-api", "dev-api"] {
        me.ok(&["create-repository", "--repository-name", r]);
    }
    let got = me.ok(&["get-registry-scanning-configuration"]);
    assert_eq!(got["scanningConfiguration"]["scanType"], "BASIC", "{step}");
    let rules = json!([{"scanFrequency": "SCAN_ON_PUSH", "repositoryFilters": [{"filter": "prod-*", "filterType": "WILDCARD"}]}]).to_string();
    let put = me.ok(&[
        "put-registry-scanning-configuration",
        "--scan-type",
        "BASIC",
        "--rules",
        &rules,
    ]);
    assert_eq!(
        put["registryScanningConfiguration"]["rules"][0]["scanFrequency"], "SCAN_ON_PUSH",
        "{step}"
    );
    let got = me.ok(&["get-registry-scanning-configuration"]);
    assert_eq!(
        got["scanningConfiguration"]["rules"][0]["repositoryFilters"][0]["filter"], "prod-*",
        "{step}"
    );
    let continuous = json!([{"scanFrequency": "CONTINUOUS_SCAN", "repositoryFilters": [{"filter": "*", "filterType": "WILDCARD"}]}]).to_string();
    assert_eq!(
        me.err(&[
            "put-registry-scanning-configuration",
            "--scan-type",
            "BASIC",
            "--rules",
            &continuous
        ]),
        "InvalidParameterException",
        "{step}"
    );
    let batch = [
        "batch-get-repository-scanning-configuration",
        "--repository-names",
        "prod-api",
        "dev-api",
        "nope",
    ];
    let got = me.ok(&batch);
    let configs = got["scanningConfigurations"].as_array().unwrap();
    assert_eq!(configs.len(), 2, "{step}: {got}");
    assert_eq!(
        (
            configs[0]["scanOnPush"].as_bool(),
            configs[0]["scanFrequency"].as_str()
        ),
        (Some(true), Some("SCAN_ON_PUSH")),
        "{step}"
    );
    assert_eq!(
        configs[0]["appliedScanFilters"][0]["filter"], "prod-*",
        "{step}"
    );
    assert_eq!(
        (
            configs[1]["scanOnPush"].as_bool(),
            configs[1]["scanFrequency"].as_str()
        ),
        (Some(false), Some("MANUAL")),
        "{step}"
    );
    assert_eq!(
        got["failures"][0]["failureCode"], "REPOSITORY_NOT_FOUND",
        "{step}"
    );

    let step = "a repository's own scan-on-push flag";
    let put = me.ok(&[
        "put-image-scanning-configuration",
        "--repository-name",
        "dev-api",
        "--image-scanning-configuration",
        "scanOnPush=true",
    ]);
    assert_eq!(
        put["imageScanningConfiguration"]["scanOnPush"], true,
        "{step}"
    );
    let repo = me.ok(&["describe-repositories", "--repository-names", "dev-api"]);
    assert_eq!(
        repo["repositories"][0]["imageScanningConfiguration"]["scanOnPush"], true,
        "{step}"
    );
    let got = me.ok(&batch);
    assert_eq!(
        got["scanningConfigurations"][1]["scanOnPush"], true,
        "{step}"
    );
}

#[test]
fn pull_through_rules_are_updated_and_validated_against_the_upstream() {
    if !have("aws", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let secrets = tmp.path().join("secrets.json");
    let arn = "arn:aws:secretsmanager:us-west-2:123456789012:secret:ecr-pullthroughcache/up";
    std::fs::write(
        &secrets,
        json!({arn: {"username": "u", "accessToken": "t"}}).to_string(),
    )
    .unwrap();
    let up = start(&tmp.path().join("upstream"), &["--no-auth"]);
    let s = start(
        &tmp.path().join("data"),
        &["--upstream-secrets", secrets.to_str().unwrap()],
    );
    let me = User {
        server: &s,
        akid: &s.akid,
        secret: &s.secret,
        region: None,
    };
    // A port nothing listens on: bound, then closed.
    let dead = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", l.local_addr().unwrap())
    };
    me.ok(&[
        "create-pull-through-cache-rule",
        "--ecr-repository-prefix",
        "live",
        "--upstream-registry-url",
        &up.url,
    ]);
    me.ok(&[
        "create-pull-through-cache-rule",
        "--ecr-repository-prefix",
        "dead",
        "--upstream-registry-url",
        &dead,
    ]);

    let step = "validation asks the upstream";
    let ok = me.ok(&[
        "validate-pull-through-cache-rule",
        "--ecr-repository-prefix",
        "live",
    ]);
    assert_eq!(
        (ok["isValid"].as_bool(), ok["upstreamRegistryUrl"].as_str()),
        (Some(true), Some(up.url.as_str())),
        "{step}: {ok}"
    );
    let bad = me.ok(&[
        "validate-pull-through-cache-rule",
        "--ecr-repository-prefix",
        "dead",
    ]);
    assert_eq!(bad["isValid"], false, "{step}: {bad}");
    assert!(
        bad["failure"]
            .as_str()
            .is_some_and(|f| f.contains("cannot be reached")),
        "{step}: {bad}"
    );
    assert_eq!(
        me.err(&[
            "validate-pull-through-cache-rule",
            "--ecr-repository-prefix",
            "none"
        ]),
        "PullThroughCacheRuleNotFoundException",
        "{step}"
    );

    let step = "an update changes the credentials; an unknown secret is refused";
    let updated = me.ok(&[
        "update-pull-through-cache-rule",
        "--ecr-repository-prefix",
        "live",
        "--credential-arn",
        arn,
    ]);
    assert_eq!(updated["credentialArn"], arn, "{step}");
    let rules = me.ok(&[
        "describe-pull-through-cache-rules",
        "--ecr-repository-prefixes",
        "live",
    ]);
    assert_eq!(
        rules["pullThroughCacheRules"][0]["credentialArn"], arn,
        "{step}"
    );
    let unknown = format!("{arn}-other");
    assert_eq!(
        me.err(&[
            "update-pull-through-cache-rule",
            "--ecr-repository-prefix",
            "live",
            "--credential-arn",
            &unknown
        ]),
        "SecretNotFoundException",
        "{step}"
    );
    assert_eq!(
        me.err(&[
            "update-pull-through-cache-rule",
            "--ecr-repository-prefix",
            "none",
            "--credential-arn",
            arn
        ]),
        "PullThroughCacheRuleNotFoundException",
        "{step}"
    );
    // The upstream asks for no credentials: offered ones do no harm.
    let ok = me.ok(&[
        "validate-pull-through-cache-rule",
        "--ecr-repository-prefix",
        "live",
    ]);
    assert_eq!(ok["isValid"], true, "{step}: {ok}");
}

#[test]
fn archived_images_referrers_and_pull_time_exclusions() {
    if !have("aws", &["--version"]) || !have("curl", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let s = start(
        &tmp.path().join("data"),
        &[
            "--key",
            "AKIDSCAN:scan-secret",
            "--principal",
            "AKIDSCAN=arn:aws:iam::123456789012:role/scanner",
        ],
    );
    let me = User {
        server: &s,
        akid: &s.akid,
        secret: &s.secret,
        region: None,
    };
    let scanner = User {
        server: &s,
        akid: "AKIDSCAN",
        secret: "scan-secret",
        region: None,
    };
    me.ok(&["create-repository", "--repository-name", "app"]);
    let manifest = push_image(&s, tmp.path(), "app", "v1");
    let digest = sha256(manifest.as_bytes());
    let v1 = ["--image-id", "imageTag=v1"];
    let described = |extra: &[&str]| -> Value {
        let args: Vec<&str> = ["describe-images", "--repository-name", "app"]
            .iter()
            .copied()
            .chain(extra.iter().copied())
            .collect();
        me.ok(&args)["imageDetails"].clone()
    };

    let step = "an image starts active";
    assert_eq!(described(&[])[0]["imageStatus"], "ACTIVE", "{step}");

    let step = "archive it: kept, described when asked for, not pullable";
    let args: Vec<&str> = [
        "update-image-storage-class",
        "--repository-name",
        "app",
        "--target-storage-class",
        "ARCHIVE",
    ]
    .iter()
    .copied()
    .chain(v1)
    .collect();
    let out = me.ok(&args);
    assert_eq!(
        (
            out["imageStatus"].as_str(),
            out["imageId"]["imageDigest"].as_str()
        ),
        (Some("ARCHIVED"), Some(digest.as_str())),
        "{step}"
    );
    assert_eq!(
        me.err(&args),
        "ImageStorageClassUpdateNotSupportedException",
        "{step}"
    );
    assert_eq!(
        described(&[]),
        json!([]),
        "{step}: active images only by default"
    );
    let archived = described(&["--filter", "imageStatus=ARCHIVED"]);
    assert_eq!(archived[0]["imageDigest"], digest.as_str(), "{step}");
    assert!(
        archived[0]["lastArchivedAt"].is_number(),
        "{step}: {archived}"
    );
    assert_eq!(
        described(&["--image-ids", "imageTag=v1"])[0]["imageStatus"],
        "ARCHIVED",
        "{step}"
    );
    let got = me.ok(&[
        "batch-get-image",
        "--repository-name",
        "app",
        "--image-ids",
        "imageTag=v1",
    ]);
    assert_eq!(
        got["failures"][0]["failureCode"], "ImageInaccessible",
        "{step}: {got}"
    );
    let auth = me.login();
    let url = format!("{}/v2/app/manifests/v1", s.url);
    assert_eq!(v2("GET", &url, &auth, None), 404, "{step}");

    let step = "restore it";
    let args: Vec<&str> = [
        "update-image-storage-class",
        "--repository-name",
        "app",
        "--target-storage-class",
        "STANDARD",
    ]
    .iter()
    .copied()
    .chain(v1)
    .collect();
    assert_eq!(me.ok(&args)["imageStatus"], "ACTIVE", "{step}");
    let detail = &described(&[])[0];
    assert!(detail["lastActivatedAt"].is_number(), "{step}: {detail}");
    assert_eq!(v2("GET", &url, &auth, None), 200, "{step}");

    let step = "ListImageReferrers lists what refers to the image";
    // The empty blob `{}` is there already: the image's config.
    let empty = sha256(b"{}");
    let signature = json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "artifactType": "application/vnd.example.signature",
        "config": {"mediaType": "application/vnd.oci.empty.v1+json", "size": 2, "digest": empty},
        "layers": [{"mediaType": "application/vnd.oci.empty.v1+json", "size": 2, "digest": empty}],
        "subject": {"mediaType": "application/vnd.docker.distribution.manifest.v2+json", "digest": digest, "size": manifest.len()},
        "annotations": {"signer": "ci"},
    })
    .to_string();
    let sig_digest = sha256(signature.as_bytes());
    let put = format!("{}/v2/app/manifests/{sig_digest}", s.url);
    assert_eq!(
        v2(
            "PUT",
            &put,
            &auth,
            Some((
                "Content-Type: application/vnd.oci.image.manifest.v1+json",
                &signature
            ))
        ),
        201,
        "{step}"
    );
    let subject = format!("imageDigest={digest}");
    let listed = me.ok(&[
        "list-image-referrers",
        "--repository-name",
        "app",
        "--subject-id",
        &subject,
    ]);
    let r = &listed["referrers"][0];
    assert_eq!(
        (
            r["digest"].as_str(),
            r["artifactType"].as_str(),
            r["annotations"]["signer"].as_str(),
            r["artifactStatus"].as_str()
        ),
        (
            Some(sig_digest.as_str()),
            Some("application/vnd.example.signature"),
            Some("ci"),
            Some("ACTIVE")
        ),
        "{step}: {listed}"
    );
    assert_eq!(r["size"], signature.len(), "{step}");
    let other = me.ok(&[
        "list-image-referrers",
        "--repository-name",
        "app",
        "--subject-id",
        &subject,
        "--filter",
        "artifactTypes=application/vnd.example.sbom",
    ]);
    assert_eq!(other["referrers"], json!([]), "{step}");
    let details = described(&["--image-ids", &format!("imageDigest={sig_digest}")]);
    assert_eq!(
        details[0]["subjectManifestDigest"],
        digest.as_str(),
        "{step}"
    );

    let step = "a scanner's pulls are not recorded once it is excluded";
    let scanner_arn = "arn:aws:iam::123456789012:role/scanner";
    let registered = me.ok(&[
        "register-pull-time-update-exclusion",
        "--principal-arn",
        scanner_arn,
    ]);
    assert_eq!(registered["principalArn"], scanner_arn, "{step}");
    assert!(registered["createdAt"].is_number(), "{step}");
    assert_eq!(
        me.err(&[
            "register-pull-time-update-exclusion",
            "--principal-arn",
            scanner_arn
        ]),
        "ExclusionAlreadyExistsException",
        "{step}"
    );
    let listed = me.ok(&["list-pull-time-update-exclusions"]);
    assert_eq!(
        listed["pullTimeUpdateExclusions"],
        json!([scanner_arn]),
        "{step}"
    );
    me.ok(&["create-repository", "--repository-name", "fresh"]);
    push_image(&s, tmp.path(), "fresh", "v1");
    let get = [
        "batch-get-image",
        "--repository-name",
        "fresh",
        "--image-ids",
        "imageTag=v1",
    ];
    scanner.ok(&get);
    let pulled = |who: &str| {
        let d = me.ok(&["describe-images", "--repository-name", "fresh"]);
        assert!(
            d["imageDetails"][0]["imageDigest"].is_string(),
            "{who}: {d}"
        );
        d["imageDetails"][0]["lastRecordedPullTime"].clone()
    };
    assert_eq!(pulled("scanner"), Value::Null, "{step}");
    me.ok(&get);
    assert!(pulled("me").is_number(), "{step}");

    let step = "deregister";
    me.ok(&[
        "deregister-pull-time-update-exclusion",
        "--principal-arn",
        scanner_arn,
    ]);
    assert_eq!(
        me.err(&[
            "deregister-pull-time-update-exclusion",
            "--principal-arn",
            scanner_arn
        ]),
        "ExclusionNotFoundException",
        "{step}"
    );
    assert_eq!(
        me.ok(&["list-pull-time-update-exclusions"])["pullTimeUpdateExclusions"],
        json!([]),
        "{step}"
    );
}

/// A layer: a tar (gzipped when `gzip`) of `(path, bytes)` files.
fn layer(files: &[(&str, &[u8])], gzip: bool) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for (path, data) in files {
        let mut h = tar::Header::new_gnu();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        b.append_data(&mut h, path, *data).unwrap();
    }
    let raw = b.into_inner().unwrap();
    if !gzip {
        return raw;
    }
    let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut z, &raw).unwrap();
    z.finish().unwrap()
}

/// Pushes an image of `layers` (with an image config) to `repo:tag`; its digest.
fn push_layers(
    s: &Server,
    dir: &Path,
    repo: &str,
    tag: &str,
    layers: &[Vec<u8>],
    config_type: &str,
) -> String {
    let digests: Vec<String> = layers
        .iter()
        .map(|l| cli_upload(s, dir, repo, l, 1 << 20))
        .collect();
    let config = format!("{{\"architecture\":\"amd64\",\"os\":\"linux\",\"tag\":\"{tag}\"}}");
    let cd = cli_upload(s, dir, repo, config.as_bytes(), 1 << 20);
    let m = json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": config_type, "size": config.len(), "digest": cd},
        "layers": digests.iter().zip(layers).map(|(d, l)| json!({
            "mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "size": l.len(), "digest": d,
        })).collect::<Vec<_>>(),
    })
    .to_string();
    let f = write(dir, &format!("{repo}-{tag}.json").replace('/', "_"), &m);
    aws_ok(
        s,
        &[
            "put-image",
            "--repository-name",
            repo,
            "--image-tag",
            tag,
            "--image-manifest",
            &f,
        ],
    );
    sha256(m.as_bytes())
}

/// An rpm database holding one package (a header blob as rpm writes it).
fn rpm_db(dir: &Path, name: &str, version: &str, release: &str, source: &str) -> Vec<u8> {
    let tags = [
        (1000u32, name),
        (1001, version),
        (1002, release),
        (1044, source),
    ];
    let (mut index, mut data) = (Vec::new(), Vec::new());
    for (tag, text) in tags {
        index.extend(
            [tag, 6, data.len() as u32, 1]
                .iter()
                .flat_map(|v| v.to_be_bytes()),
        );
        data.extend(text.as_bytes());
        data.push(0);
    }
    let mut blob = Vec::new();
    blob.extend((tags.len() as u32).to_be_bytes());
    blob.extend((data.len() as u32).to_be_bytes());
    blob.extend(index);
    blob.extend(data);
    let path = dir.join("rpmdb.sqlite");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "CREATE TABLE Packages (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL)",
    )
    .unwrap();
    conn.execute("INSERT INTO Packages (blob) VALUES (?1)", [&blob])
        .unwrap();
    drop(conn);
    std::fs::read(path).unwrap()
}

#[test]
fn images_are_scanned_against_an_osv_database() {
    if !have("aws", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    // This machine's own dpkg database when it has one (a real one, hundreds
    // of packages), else a small one; libc6 from glibc either way.
    let host = std::fs::read_to_string("/var/lib/dpkg/status")
        .ok()
        .filter(|s| s.contains("\nPackage: libc6\n"));
    let status = host.unwrap_or_else(|| {
        "Package: libc6\nStatus: install ok installed\nSource: glibc\nVersion: 2.36-9+deb12u4\n\nPackage: bash\nStatus: install ok installed\nVersion: 5.2.15-2+b2\n".to_owned()
    });
    let libc = status
        .split("\n\n")
        .find(|s| s.starts_with("Package: libc6\n") || s.contains("\nPackage: libc6\n"))
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("Version: ")))
        .unwrap()
        .to_owned();
    let db = tmp.path().join("osv");
    std::fs::create_dir_all(db.join("debian")).unwrap();
    let entry = |id: &str, ecosystem: &str, name: &str, fixed: &str, severity: Value| {
        json!({
            "schema_version": "1.6.0", "id": id, "modified": "2026-11-30T12:00:00Z",
            "summary": format!("{name}: a flaw"), "severity": severity,
            "references": [{"type": "ADVISORY", "url": format!("https://security.example/{id}")}],
            "affected": [{"package": {"ecosystem": ecosystem, "name": name},
                          "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": fixed}]}]}],
        })
        .to_string()
    };
    let critical =
        json!([{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}]);
    let medium =
        json!([{"type": "CVSS_V3", "score": "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N"}]);
    let files = [
        (
            "debian/GLIBC-NEW.json",
            entry(
                "GLIBC-NEW",
                "Debian:12",
                "glibc",
                &format!("{libc}.1"),
                critical.clone(),
            ),
        ),
        (
            "debian/GLIBC-OLD.json",
            entry(
                "GLIBC-OLD",
                "Debian:12",
                "glibc",
                "2.36-1",
                critical.clone(),
            ),
        ),
        (
            "debian/EXAMPLE-1.json",
            entry(
                "EXAMPLE-1",
                "Debian:12",
                "examplessl",
                "1.0-2",
                medium.clone(),
            ),
        ),
        (
            "ALPINE-1.json",
            entry(
                "ALPINE-1",
                "Alpine:v3.19",
                "openssl",
                "3.1.4-r5",
                medium.clone(),
            ),
        ),
        (
            "ROCKY-1.json",
            entry(
                "ROCKY-1",
                "Rocky Linux:9",
                "openssl",
                "1:3.0.7-25.el9",
                critical.clone(),
            ),
        ),
    ];
    for (path, text) in &files {
        std::fs::write(db.join(path), text).unwrap();
    }
    let s = start(
        &tmp.path().join("data"),
        &["--vuln-db", db.to_str().unwrap()],
    );
    let me = User {
        server: &s,
        akid: &s.akid,
        secret: &s.secret,
        region: None,
    };
    let image_config = "application/vnd.oci.image.config.v1+json";

    let step = "a Debian image: the base layer's packages, a later layer's whiteout honoured";
    me.ok(&["create-repository", "--repository-name", "debian"]);
    // Installed by the base layer, removed by the top one: not a finding.
    let example =
        b"Package: libexample1\nStatus: install ok installed\nSource: examplessl\nVersion: 1.0-1\n";
    let base = layer(
        &[
            ("etc/os-release", b"ID=debian\nVERSION_ID=\"12\"\n"),
            ("var/lib/dpkg/status", status.as_bytes()),
            ("var/lib/dpkg/status.d/libexample1", example),
        ],
        true,
    );
    let top = layer(&[("var/lib/dpkg/status.d/.wh.libexample1", b"")], false);
    let digest = push_layers(&s, tmp.path(), "debian", "v1", &[base, top], image_config);
    let id = ["--image-id", "imageTag=v1"];
    let started = me.ok(&[
        "start-image-scan",
        "--repository-name",
        "debian",
        id[0],
        id[1],
    ]);
    assert_eq!(
        started["imageScanStatus"]["status"], "IN_PROGRESS",
        "{step}"
    );
    assert_eq!(started["imageId"]["imageDigest"], digest.as_str(), "{step}");
    me.ok(&[
        "wait",
        "image-scan-complete",
        "--repository-name",
        "debian",
        id[0],
        id[1],
    ]);
    let found = me.ok(&[
        "describe-image-scan-findings",
        "--repository-name",
        "debian",
        id[0],
        id[1],
    ]);
    assert_eq!(
        found["imageScanStatus"]["status"], "COMPLETE",
        "{step}: {found}"
    );
    let f = &found["imageScanFindings"];
    // Every installed package built from glibc, and nothing else.
    let mut glibc: Vec<&str> = status
        .split("\n\n")
        .filter(|s| {
            s.lines()
                .any(|l| l == "Source: glibc" || l.starts_with("Source: glibc "))
        })
        .filter(|s| {
            s.lines()
                .any(|l| l.starts_with("Status: ") && l.ends_with(" installed"))
        })
        .filter_map(|s| s.lines().find_map(|l| l.strip_prefix("Package: ")))
        .collect();
    glibc.sort_unstable();
    let listed = f["findings"].as_array().unwrap();
    let mut packages: Vec<&str> = listed
        .iter()
        .map(|x| {
            assert_eq!(x["name"], "GLIBC-NEW", "{step}: {x}");
            let a = x["attributes"].as_array().unwrap();
            a.iter()
                .find(|a| a["key"] == "package_name")
                .and_then(|a| a["value"].as_str())
                .unwrap()
        })
        .collect();
    packages.sort_unstable();
    assert_eq!(packages, glibc, "{step}");
    let finding = listed
        .iter()
        .find(|x| x["attributes"][0]["value"] == "libc6")
        .unwrap();
    assert_eq!(
        (finding["severity"].as_str(), finding["uri"].as_str()),
        (Some("CRITICAL"), Some("https://security.example/GLIBC-NEW")),
        "{step}"
    );
    let attrs: Vec<(String, String)> = finding["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["key"].as_str().unwrap().to_owned(),
                a["value"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert!(
        attrs.contains(&("package_name".into(), "libc6".into())),
        "{step}: {attrs:?}"
    );
    assert!(
        attrs.contains(&("package_version".into(), libc.clone())),
        "{step}: {attrs:?}"
    );
    assert_eq!(
        f["findingSeverityCounts"],
        json!({"CRITICAL": glibc.len()}),
        "{step}"
    );
    assert!(
        f["vulnerabilitySourceUpdatedAt"].is_number() && f["imageScanCompletedAt"].is_number(),
        "{step}: {f}"
    );
    let described = me.ok(&["describe-images", "--repository-name", "debian"]);
    let d = &described["imageDetails"][0];
    assert_eq!(d["imageScanStatus"]["status"], "COMPLETE", "{step}");
    assert_eq!(
        d["imageScanFindingsSummary"]["findingSeverityCounts"],
        json!({"CRITICAL": glibc.len()}),
        "{step}"
    );

    let step = "scan on push: Alpine (apk) and Rocky Linux (rpm)";
    me.ok(&[
        "create-repository",
        "--repository-name",
        "alpine",
        "--image-scanning-configuration",
        "scanOnPush=true",
    ]);
    let apk = layer(
        &[
            ("etc/os-release", b"ID=alpine\nVERSION_ID=3.19.1\n"),
            (
                "lib/apk/db/installed",
                b"P:libcrypto3\nV:3.1.4-r1\no:openssl\n\nP:musl\nV:1.2.4_git20230717-r4\no:musl\n",
            ),
        ],
        true,
    );
    push_layers(&s, tmp.path(), "alpine", "v1", &[apk], image_config);
    me.ok(&[
        "wait",
        "image-scan-complete",
        "--repository-name",
        "alpine",
        id[0],
        id[1],
    ]);
    let found = me.ok(&[
        "describe-image-scan-findings",
        "--repository-name",
        "alpine",
        id[0],
        id[1],
    ]);
    assert_eq!(
        found["imageScanFindings"]["findings"][0]["name"], "ALPINE-1",
        "{step}: {found}"
    );
    assert_eq!(
        found["imageScanFindings"]["findingSeverityCounts"],
        json!({"MEDIUM": 1}),
        "{step}"
    );
    let rules = json!([{"scanFrequency": "SCAN_ON_PUSH", "repositoryFilters": [{"filter": "rocky*", "filterType": "WILDCARD"}]}]).to_string();
    me.ok(&[
        "put-registry-scanning-configuration",
        "--scan-type",
        "BASIC",
        "--rules",
        &rules,
    ]);
    me.ok(&["create-repository", "--repository-name", "rocky"]);
    let rpmdb = rpm_db(
        tmp.path(),
        "openssl-libs",
        "3.0.7",
        "24.el9",
        "openssl-3.0.7-24.el9.src.rpm",
    );
    let rpm = layer(
        &[
            ("etc/os-release", b"ID=\"rocky\"\nVERSION_ID=\"9.3\"\n"),
            ("var/lib/rpm/rpmdb.sqlite", &rpmdb),
        ],
        true,
    );
    push_layers(&s, tmp.path(), "rocky", "v1", &[rpm], image_config);
    me.ok(&[
        "wait",
        "image-scan-complete",
        "--repository-name",
        "rocky",
        id[0],
        id[1],
    ]);
    let found = me.ok(&[
        "describe-image-scan-findings",
        "--repository-name",
        "rocky",
        id[0],
        id[1],
    ]);
    assert_eq!(
        found["imageScanFindings"]["findings"][0]["name"], "ROCKY-1",
        "{step}: {found}"
    );

    let step = "what cannot be scanned says why";
    let artifact = push_layers(
        &s,
        tmp.path(),
        "debian",
        "sbom",
        &[b"{}".to_vec()],
        "application/vnd.example.sbom.v1+json",
    );
    let sbom = format!("imageDigest={artifact}");
    me.ok(&[
        "start-image-scan",
        "--repository-name",
        "debian",
        "--image-id",
        &sbom,
    ]);
    let mut scan = Value::Null;
    for _ in 0..100 {
        scan = me.ok(&[
            "describe-image-scan-findings",
            "--repository-name",
            "debian",
            "--image-id",
            &sbom,
        ])["imageScanStatus"]
            .clone();
        if scan["status"] != "IN_PROGRESS" {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(scan["status"], "UNSUPPORTED_IMAGE", "{step}: {scan}");
    assert!(
        scan["description"]
            .as_str()
            .is_some_and(|d| d.contains("not a container image")),
        "{step}: {status}"
    );
    push_image(&s, tmp.path(), "alpine", "plain");
    assert_eq!(
        me.err(&[
            "describe-image-scan-findings",
            "--repository-name",
            "debian",
            "--image-id",
            "imageTag=nope"
        ]),
        "ImageNotFoundException",
        "{step}"
    );
    me.ok(&["create-repository", "--repository-name", "unscanned"]);
    push_image(&s, tmp.path(), "unscanned", "v1");
    assert_eq!(
        me.err(&[
            "describe-image-scan-findings",
            "--repository-name",
            "unscanned",
            id[0],
            id[1]
        ]),
        "ScanNotFoundException",
        "{step}"
    );

    let step = "without a database, scans fail saying so";
    let bare = start(&tmp.path().join("bare"), &[]);
    let other = User {
        server: &bare,
        akid: &bare.akid,
        secret: &bare.secret,
        region: None,
    };
    other.ok(&["create-repository", "--repository-name", "debian"]);
    let base = layer(
        &[
            ("etc/os-release", b"ID=debian\nVERSION_ID=12\n"),
            ("var/lib/dpkg/status", status.as_bytes()),
        ],
        true,
    );
    push_layers(&bare, tmp.path(), "debian", "v1", &[base], image_config);
    other.ok(&[
        "start-image-scan",
        "--repository-name",
        "debian",
        id[0],
        id[1],
    ]);
    let out = other.aws(&[
        "wait",
        "image-scan-complete",
        "--repository-name",
        "debian",
        id[0],
        id[1],
    ]);
    assert!(!out.status.success(), "{step}: the waiter stops at FAILED");
    let found = other.ok(&[
        "describe-image-scan-findings",
        "--repository-name",
        "debian",
        id[0],
        id[1],
    ]);
    assert_eq!(found["imageScanStatus"]["status"], "FAILED", "{step}");
    assert!(
        found["imageScanStatus"]["description"]
            .as_str()
            .is_some_and(|d| d.contains("--vuln-db")),
        "{step}: {found}"
    );
}

#[test]
fn images_are_replicated_to_other_registries() {
    if !have("aws", &["--version"]) || !have("curl", &["--version"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    // Two destinations: another region of the same account, and another account.
    let east = start_in("us-east-1", ACCOUNT, &tmp.path().join("east"), &[]);
    let other = start_in("us-west-2", "210987654321", &tmp.path().join("other"), &[]);
    let endpoints = tmp.path().join("endpoints.json");
    std::fs::write(
        &endpoints,
        json!({
            "us-east-1/123456789012": {"endpoint": east.url, "accessKeyId": east.akid, "secretAccessKey": east.secret},
            "us-west-2/210987654321": {"endpoint": other.url, "accessKeyId": other.akid, "secretAccessKey": other.secret},
        })
        .to_string(),
    )
    .unwrap();
    let s = start(
        &tmp.path().join("data"),
        &["--replication-endpoints", endpoints.to_str().unwrap()],
    );
    let me = User {
        server: &s,
        akid: &s.akid,
        secret: &s.secret,
        region: None,
    };

    let step = "the configuration: validated, stored, described";
    let itself =
        json!({"rules": [{"destinations": [{"region": "us-west-2", "registryId": ACCOUNT}]}]})
            .to_string();
    assert_eq!(
        me.err(&[
            "put-replication-configuration",
            "--replication-configuration",
            &itself
        ]),
        "InvalidParameterException",
        "{step}"
    );
    let config = json!({"rules": [
        {"destinations": [{"region": "us-east-1", "registryId": ACCOUNT}],
         "repositoryFilters": [{"filter": "prod", "filterType": "PREFIX_MATCH"}]},
        {"destinations": [{"region": "us-west-2", "registryId": "210987654321"}, {"region": "eu-west-1", "registryId": ACCOUNT}]},
    ]})
    .to_string();
    let put = me.ok(&[
        "put-replication-configuration",
        "--replication-configuration",
        &config,
    ]);
    assert_eq!(
        put["replicationConfiguration"]["rules"]
            .as_array()
            .map(Vec::len),
        Some(2),
        "{step}"
    );
    let described = me.ok(&["describe-registry"]);
    assert_eq!(
        described["replicationConfiguration"]["rules"][0]["repositoryFilters"][0]["filter"], "prod",
        "{step}"
    );

    let step = "the east destination keeps a creation template for replicated repositories";
    let east_user = User {
        server: &east,
        akid: &east.akid,
        secret: &east.secret,
        region: Some("us-east-1"),
    };
    let lifecycle = json!({"rules": [{"rulePriority": 1, "selection": {"tagStatus": "untagged", "countType": "imageCountMoreThan", "countNumber": 3}, "action": {"type": "expire"}}]}).to_string();
    let template = east_user.ok(&[
        "create-repository-creation-template",
        "--prefix",
        "prod",
        "--applied-for",
        "REPLICATION",
        "--image-tag-mutability",
        "IMMUTABLE",
        "--resource-tags",
        "Key=replicated,Value=yes",
        "--lifecycle-policy",
        &lifecycle,
    ]);
    assert_eq!(
        template["repositoryCreationTemplate"]["prefix"], "prod",
        "{step}"
    );

    let step = "a push is copied where the rules say, layers and tag included";
    me.ok(&["create-repository", "--repository-name", "prod/api"]);
    let manifest = push_image(&s, tmp.path(), "prod/api", "v1");
    let digest = sha256(manifest.as_bytes());
    let id = ["--image-id", "imageTag=v1"];
    let status = [
        "describe-image-replication-status",
        "--repository-name",
        "prod/api",
        id[0],
        id[1],
    ];
    let mut statuses = Value::Null;
    for _ in 0..200 {
        statuses = me.ok(&status)["replicationStatuses"].clone();
        let done = statuses
            .as_array()
            .is_some_and(|a| a.len() == 3 && a.iter().all(|x| x["status"] != "IN_PROGRESS"));
        if done {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let by = |region: &str, account: &str| {
        statuses
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["region"] == region && x["registryId"] == account)
            .cloned()
            .unwrap_or_else(|| panic!("{step}: no status for {region}/{account}: {statuses}"))
    };
    assert_eq!(
        by("us-east-1", ACCOUNT)["status"],
        "COMPLETE",
        "{step}: {statuses}"
    );
    assert_eq!(
        by("us-west-2", "210987654321")["status"],
        "COMPLETE",
        "{step}: {statuses}"
    );
    let unknown = by("eu-west-1", ACCOUNT);
    assert_eq!(unknown["status"], "FAILED", "{step}");
    assert!(
        unknown["failureCode"]
            .as_str()
            .is_some_and(|f| f.contains("--replication-endpoints")),
        "{step}: {unknown}"
    );
    for (dest, region) in [(&east, "us-east-1"), (&other, "us-west-2")] {
        let there = User {
            server: dest,
            akid: &dest.akid,
            secret: &dest.secret,
            region: Some(region),
        };
        let images = there.ok(&[
            "batch-get-image",
            "--repository-name",
            "prod/api",
            "--image-ids",
            "imageTag=v1",
        ]);
        assert_eq!(
            images["images"][0]["imageManifest"],
            manifest.as_str(),
            "{step}: {}",
            dest.url
        );
        assert_eq!(
            images["images"][0]["imageId"]["imageDigest"],
            digest.as_str(),
            "{step}"
        );
        // The layers came too: the image pulls whole over /v2/.
        let auth = there.login();
        let m: Value = serde_json::from_str(&manifest).unwrap();
        for l in m["layers"].as_array().unwrap().iter().chain([&m["config"]]) {
            let d = l["digest"].as_str().unwrap();
            let out = curl(&[
                "-u",
                &auth,
                "-o",
                "/dev/null",
                "-w",
                "%{http_code}",
                &format!("{}/v2/prod/api/blobs/{d}", dest.url),
            ]);
            assert_eq!(
                String::from_utf8_lossy(&out.stdout),
                "200",
                "{step}: {d} on {}",
                dest.url
            );
        }
    }

    let step = "the repository replication made in the east follows the east's template";
    let made = east_user.ok(&["describe-repositories", "--repository-names", "prod/api"]);
    assert_eq!(
        made["repositories"][0]["imageTagMutability"], "IMMUTABLE",
        "{step}"
    );
    let arn = made["repositories"][0]["repositoryArn"]
        .as_str()
        .unwrap()
        .to_owned();
    let tags = east_user.ok(&["list-tags-for-resource", "--resource-arn", &arn]);
    assert_eq!(
        tags["tags"],
        json!([{"Key": "replicated", "Value": "yes"}]),
        "{step}"
    );
    let got = east_user.ok(&["get-lifecycle-policy", "--repository-name", "prod/api"]);
    assert_eq!(got["lifecyclePolicyText"], lifecycle.as_str(), "{step}");

    let step = "a repository no rule's filter covers goes only where the unfiltered rule says";
    me.ok(&["create-repository", "--repository-name", "dev/api"]);
    push_image(&s, tmp.path(), "dev/api", "v1");
    let status = [
        "describe-image-replication-status",
        "--repository-name",
        "dev/api",
        id[0],
        id[1],
    ];
    let mut regions = Vec::new();
    for _ in 0..200 {
        let st = me.ok(&status)["replicationStatuses"].clone();
        regions = st
            .as_array()
            .unwrap()
            .iter()
            .map(|x| {
                format!(
                    "{}/{}",
                    x["region"].as_str().unwrap(),
                    x["status"].as_str().unwrap()
                )
            })
            .collect::<Vec<_>>();
        if !regions.iter().any(|r| r.ends_with("IN_PROGRESS")) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(
        regions,
        ["eu-west-1/FAILED", "us-west-2/COMPLETE"],
        "{step}"
    );
    assert_eq!(
        east_user.err(&["describe-repositories", "--repository-names", "dev/api"]),
        "RepositoryNotFoundException",
        "{step}"
    );
}

/// Checks a Notary Project JWS envelope with Python's `cryptography` (an
/// implementation of its own): the ES256 signature under the leaf
/// certificate of `x5c`; prints the signed digest and the leaf's SHA-256.
const VERIFY_JWS: &str = r#"
import base64, hashlib, json, sys
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, utils
env = json.load(open(sys.argv[1]))
d = lambda s: base64.urlsafe_b64decode(s + '=' * (-len(s) % 4))
protected = json.loads(d(env['protected']))
assert protected['alg'] == 'ES256' and protected['io.cncf.notary.signingScheme'] == 'notary.x509', protected
assert protected['cty'] == 'application/vnd.cncf.notary.payload.v1+json', protected
leaf = base64.b64decode(env['header']['x5c'][0])
sig = d(env['signature'])
r, s = int.from_bytes(sig[:32], 'big'), int.from_bytes(sig[32:], 'big')
x509.load_der_x509_certificate(leaf).public_key().verify(
    utils.encode_dss_signature(r, s), (env['protected'] + '.' + env['payload']).encode(), ec.ECDSA(hashes.SHA256()))
print(json.loads(d(env['payload']))['targetArtifact']['digest'])
print(hashlib.sha256(leaf).hexdigest())
"#;

#[test]
fn pushed_images_are_signed_in_the_notary_project_format() {
    if !have("aws", &["--version"])
        || !have("openssl", &["version"])
        || !have("python3", &["-c", "import cryptography"])
    {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let keys = tmp.path().join("keys");
    std::fs::create_dir_all(&keys).unwrap();
    let openssl = |args: &[&str]| {
        let out = Command::new("openssl")
            .args(args)
            .current_dir(&keys)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    openssl(&[
        "ecparam",
        "-name",
        "prime256v1",
        "-genkey",
        "-noout",
        "-out",
        "ec.pem",
    ]);
    openssl(&[
        "pkcs8", "-topk8", "-nocrypt", "-in", "ec.pem", "-out", "key.pem",
    ]);
    openssl(&[
        "req",
        "-new",
        "-x509",
        "-key",
        "key.pem",
        "-subj",
        "/CN=ecr-server signing test",
        "-days",
        "1",
        "-out",
        "cert.pem",
    ]);
    let ci = "arn:aws:signer:us-west-2:123456789012:/signing-profiles/ci";
    let nokey = "arn:aws:signer:us-west-2:123456789012:/signing-profiles/nokey";
    std::fs::write(
        keys.join("signing.json"),
        json!({ci: {"key": "key.pem", "certificates": "cert.pem"}}).to_string(),
    )
    .unwrap();
    let s = start(
        &tmp.path().join("data"),
        &[
            "--signing-keys",
            keys.join("signing.json").to_str().unwrap(),
        ],
    );
    let me = User {
        server: &s,
        akid: &s.akid,
        secret: &s.secret,
        region: None,
    };

    let step = "the signing configuration";
    assert_eq!(
        me.err(&["get-signing-configuration"]),
        "SigningConfigurationNotFoundException",
        "{step}"
    );
    let config = json!({"rules": [
        {"signingProfileArn": ci, "repositoryFilters": [{"filter": "signed*", "filterType": "WILDCARD_MATCH"}]},
        {"signingProfileArn": nokey},
    ]})
    .to_string();
    me.ok(&[
        "put-signing-configuration",
        "--signing-configuration",
        &config,
    ]);
    let got = me.ok(&["get-signing-configuration"]);
    assert_eq!(
        got["signingConfiguration"]["rules"][0]["signingProfileArn"], ci,
        "{step}"
    );
    assert_eq!(
        got["signingConfiguration"]["rules"][0]["repositoryFilters"][0]["filter"], "signed*",
        "{step}"
    );

    let step = "a push is signed by each profile whose rule covers it";
    me.ok(&["create-repository", "--repository-name", "signed-app"]);
    let manifest = push_image(&s, tmp.path(), "signed-app", "v1");
    let digest = sha256(manifest.as_bytes());
    let status = me.ok(&[
        "describe-image-signing-status",
        "--repository-name",
        "signed-app",
        "--image-id",
        "imageTag=v1",
    ]);
    let statuses = status["signingStatuses"].as_array().unwrap();
    let of = |arn: &str| {
        statuses
            .iter()
            .find(|x| x["signingProfileArn"] == arn)
            .cloned()
            .unwrap_or(Value::Null)
    };
    assert_eq!(of(ci)["status"], "COMPLETE", "{step}: {status}");
    assert_eq!(
        (
            of(nokey)["status"].as_str(),
            of(nokey)["failureCode"].as_str()
        ),
        (Some("FAILED"), Some("SigningProfileUnavailable")),
        "{step}: {status}"
    );
    assert!(
        of(nokey)["failureReason"]
            .as_str()
            .is_some_and(|r| r.contains("--signing-keys")),
        "{step}"
    );

    let step = "the signature is a referrer, and an independent verifier accepts it";
    let subject = format!("imageDigest={digest}");
    let referrers = me.ok(&[
        "list-image-referrers",
        "--repository-name",
        "signed-app",
        "--subject-id",
        &subject,
    ]);
    let r = &referrers["referrers"][0];
    assert_eq!(
        r["artifactType"], "application/vnd.cncf.notary.signature",
        "{step}: {referrers}"
    );
    let sig_digest = r["digest"].as_str().unwrap().to_owned();
    let got = me.ok(&[
        "batch-get-image",
        "--repository-name",
        "signed-app",
        "--image-ids",
        &format!("imageDigest={sig_digest}"),
    ]);
    let sig_manifest: Value =
        serde_json::from_str(got["images"][0]["imageManifest"].as_str().unwrap()).unwrap();
    assert_eq!(sig_manifest["subject"]["digest"], digest.as_str(), "{step}");
    assert_eq!(
        sig_manifest["layers"][0]["mediaType"], "application/jose+json",
        "{step}"
    );
    let envelope_digest = sig_manifest["layers"][0]["digest"].as_str().unwrap();
    let envelope = tmp.path().join("envelope.json");
    let out = curl(&[
        "-u",
        &me.login(),
        "-o",
        envelope.to_str().unwrap(),
        "-w",
        "%{http_code}",
        &format!("{}/v2/signed-app/blobs/{envelope_digest}", s.url),
    ]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "200", "{step}");
    let verified = Command::new("python3")
        .args(["-c", VERIFY_JWS])
        .arg(&envelope)
        .output()
        .unwrap();
    assert!(
        verified.status.success(),
        "{step}: {}",
        String::from_utf8_lossy(&verified.stderr)
    );
    let verified = String::from_utf8_lossy(&verified.stdout);
    let mut lines = verified.lines();
    assert_eq!(
        lines.next(),
        Some(digest.as_str()),
        "{step}: the signed digest"
    );
    let thumbprint = lines.next().unwrap().to_owned();
    let annotated: Vec<String> = serde_json::from_str(
        sig_manifest["annotations"]["io.cncf.notary.x509chain.thumbprint#S256"]
            .as_str()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        annotated,
        [thumbprint],
        "{step}: the chain's thumbprint annotation"
    );
    let of_signature = me.ok(&[
        "describe-image-signing-status",
        "--repository-name",
        "signed-app",
        "--image-id",
        &format!("imageDigest={sig_digest}"),
    ]);
    assert_eq!(
        of_signature["signingStatuses"],
        json!([]),
        "{step}: a signature is not signed again"
    );

    let step = "a repository only the keyless rule covers";
    me.ok(&["create-repository", "--repository-name", "other"]);
    push_image(&s, tmp.path(), "other", "v1");
    let status = me.ok(&[
        "describe-image-signing-status",
        "--repository-name",
        "other",
        "--image-id",
        "imageTag=v1",
    ]);
    let statuses = status["signingStatuses"].as_array().unwrap();
    assert_eq!(statuses.len(), 1, "{step}: {status}");
    assert_eq!(statuses[0]["signingProfileArn"], nokey, "{step}");

    let step = "delete the configuration";
    let deleted = me.ok(&["delete-signing-configuration"]);
    assert_eq!(
        deleted["signingConfiguration"]["rules"]
            .as_array()
            .map(Vec::len),
        Some(2),
        "{step}"
    );
    assert_eq!(
        me.err(&["get-signing-configuration"]),
        "SigningConfigurationNotFoundException",
        "{step}"
    );
}
