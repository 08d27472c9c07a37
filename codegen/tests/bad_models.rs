//! A bad model is an error naming the shape and the problem, never a panic.

fn error_for(shapes: &str) -> String {
    let text = format!(r#"{{"smithy": "2.0", "shapes": {{{shapes}}}}}"#);
    let model = match codegen::load::load_str(&text) {
        Ok(m) => m,
        Err(e) => return e.to_string(),
    };
    codegen::generate_model(&model, "test.json", "../runtime", None)
        .expect_err("the model is bad")
        .to_string()
}

const SVC: &str = r#""a#Svc": {"type": "service", "operations": [{"target": "a#Op"}],
    "traits": {"aws.protocols#awsJson1_1": {}}},
    "a#Op": {"type": "operation", "input": {"target": "a#In"}}"#;

fn with_input(members: &str, extra: &str) -> String {
    error_for(&format!(
        r#"{SVC}, "a#In": {{"type": "structure", "members": {{{members}}}}}{extra}"#
    ))
}

#[test]
fn undefined_target() {
    let e = with_input(r#""x": {"target": "a#Nope"}"#, "");
    assert!(e.contains("a#In$x") && e.contains("a#Nope"), "{e}");
}

#[test]
fn unknown_and_refused_traits() {
    let e = with_input(
        r#""x": {"target": "smithy.api#String", "traits": {"smithy.api#somethingNew": {}}}"#,
        "",
    );
    assert!(
        e.contains("a#In$x") && e.contains("smithy.api#somethingNew") && e.contains("unknown"),
        "{e}"
    );
    let e = with_input(
        r#""x": {"target": "smithy.api#String"}"#,
        r#", "a#Svc2": {"type": "service", "traits": {"aws.auth#sigv4a": {}}}"#,
    );
    assert!(e.contains("several services"), "{e}");
    let e = with_input(
        r#""x": {"target": "a#Blob"}"#,
        r#", "a#Blob": {"type": "blob", "traits": {"smithy.api#streaming": {}}}"#,
    );
    assert!(e.contains("a#Blob") && e.contains("@streaming blob"), "{e}");
}

fn generates(shapes: &str) -> String {
    let text = format!(r#"{{"smithy": "2.0", "shapes": {{{SVC}, {shapes}}}}}"#);
    let model = codegen::load::load_str(&text).unwrap();
    let files = codegen::generate_model(&model, "test.json", "../runtime", None)
        .unwrap_or_else(|e| panic!("{e}"));
    files.values().cloned().collect::<Vec<_>>().join("\n")
}

#[test]
fn custom_and_metadata_traits_pass() {
    let out = generates(
        r#""a#In": {"type": "structure", "members": {
            "x": {"target": "smithy.api#String", "traits": {"a#mine": {}, "aws.iam#anything": {},
                  "smithy.api#xmlName": "X", "smithy.api#httpHeader": "x-x"}}}},
           "a#mine": {"type": "structure", "traits": {"smithy.api#trait": {}}}"#,
    );
    assert!(out.contains("pub x: rt::Option<rt::String>"), "{out}");
}

#[test]
fn bad_pattern() {
    let e = with_input(
        r#""x": {"target": "a#S"}"#,
        r#", "a#S": {"type": "string", "traits": {"smithy.api#pattern": "(unclosed"}}"#,
    );
    assert!(e.contains("a#In$x") && e.contains("@pattern"), "{e}");
}

#[test]
fn inverted_length() {
    let e = with_input(
        r#""x": {"target": "smithy.api#String", "traits": {"smithy.api#length": {"min": 5, "max": 1}}}"#,
        "",
    );
    assert!(
        e.contains("a#In$x") && e.contains("min 5 greater than max 1"),
        "{e}"
    );
}

#[test]
fn range_on_a_string() {
    let e = with_input(
        r#""x": {"target": "smithy.api#String", "traits": {"smithy.api#range": {"min": 1}}}"#,
        "",
    );
    assert!(
        e.contains("a#In$x") && e.contains("@range on a string"),
        "{e}"
    );
}

#[test]
fn default_of_the_wrong_type() {
    let e = with_input(
        r#""x": {"target": "smithy.api#Integer", "traits": {"smithy.api#default": "ten"}}"#,
        "",
    );
    assert!(e.contains("a#In$x") && e.contains("@default"), "{e}");
}

#[test]
fn colliding_names_are_resolved_not_refused() {
    // Two members meet after case conversion; a member is named like a
    // builder method; a shape takes the operation error enum's name.
    let out = generates(
        r#""a#In": {"type": "structure", "members": {
            "fooBar": {"target": "smithy.api#String"}, "foo_bar": {"target": "smithy.api#String"},
            "send": {"target": "smithy.api#String"}, "e": {"target": "a#OpError"}}},
           "a#OpError": {"type": "structure", "members": {}}"#,
    );
    for needle in [
        "pub foo_bar: rt::Option<rt::String>",
        "pub foo_bar_2: rt::Option<rt::String>",
        "pub send_member: rt::Option<rt::String>",
        "pub struct OpError",
        "pub enum OpOperationError",
    ] {
        assert!(out.contains(needle), "{needle} missing");
    }
}

#[test]
fn no_protocol() {
    let e = error_for(r#""a#Svc": {"type": "service"}"#);
    assert!(e.contains("a#Svc") && e.contains("protocol"), "{e}");
}

#[test]
fn error_without_error_trait() {
    let e = error_for(&format!(
        r#"{SVC}, "a#In": {{"type": "structure", "members": {{}}}},
        "a#Op2": {{"type": "operation", "errors": [{{"target": "a#In"}}]}},
        "a#Svc2": {{"type": "service", "operations": [{{"target": "a#Op2"}}], "traits": {{"aws.protocols#awsJson1_1": {{}}}}}}"#
    ));
    assert!(e.contains("several services"), "{e}");
}

#[test]
fn malformed_documents() {
    for (text, needle) in [
        ("not json", "not a Smithy JSON AST"),
        (
            r#"{"smithy": "2.0", "shapes": {"a#X": {"type": "structure", "members": {"m": {"target": 5}}}}}"#,
            "a#X$m",
        ),
        (
            r#"{"smithy": "2.0", "shapes": {"a#X": {"type": "structure", "mixins": [{"target": "a#Gone"}]}}}"#,
            "a#Gone",
        ),
    ] {
        let e = codegen::load::load_str(text).unwrap_err().to_string();
        assert!(e.contains(needle), "{e} should mention {needle}");
    }
}

#[test]
fn unclosed_host_label() {
    let e = error_for(
        r#""a#Svc": {"type": "service", "operations": [{"target": "a#Op"}],
            "traits": {"aws.protocols#awsJson1_1": {}}},
        "a#Op": {"type": "operation", "input": {"target": "a#In"},
            "traits": {"smithy.api#endpoint": {"hostPrefix": "{Name.data."}}},
        "a#In": {"type": "structure", "members": {"Name": {"target": "smithy.api#String",
            "traits": {"smithy.api#required": {}, "smithy.api#hostLabel": {}}}}}"#,
    );
    assert!(e.contains("a#Op") && e.contains("unclosed label"), "{e}");
}

#[test]
fn a_protocol_not_generated_is_named_before_anything_it_carries() {
    // A service in a protocol of its own, with a streaming blob: the
    // protocol is the reason, not the blob.
    let e = error_for(
        r#""a#Svc": {"type": "service", "operations": [{"target": "a#Op"}],
            "traits": {"a#myProtocol": {}}},
        "a#myProtocol": {"type": "structure",
            "traits": {"smithy.api#trait": {}, "smithy.api#protocolDefinition": {}}},
        "a#Op": {"type": "operation", "input": {"target": "a#In"}},
        "a#In": {"type": "structure", "members": {"b": {"target": "a#Blob",
            "traits": {"smithy.api#httpPayload": {}}}}},
        "a#Blob": {"type": "blob", "traits": {"smithy.api#streaming": {}}}"#,
    );
    assert!(
        e.contains("a#Svc") && e.contains("a#myProtocol") && !e.contains("streaming"),
        "{e}"
    );
}

#[test]
fn http_errors_outside_4xx_and_5xx_are_accepted() {
    // Smithy's prelude puts no range on @httpError: a 3xx error is valid.
    let text = r#"{"smithy": "2.0", "shapes": {
        "a#Svc": {"type": "service", "operations": [{"target": "a#Op"}],
            "traits": {"aws.protocols#restJson1": {}}},
        "a#Op": {"type": "operation", "errors": [{"target": "a#Moved"}],
            "traits": {"smithy.api#http": {"method": "GET", "uri": "/"}}},
        "a#Moved": {"type": "structure", "members": {"message": {"target": "smithy.api#String"}},
            "traits": {"smithy.api#error": "client", "smithy.api#httpError": 301}}}}"#;
    let model = codegen::load::load_str(text).unwrap();
    let files = codegen::generate_model(&model, "test.json", "../runtime", None)
        .unwrap_or_else(|e| panic!("{e}"));
    let out = files.values().cloned().collect::<Vec<_>>().join("\n");
    assert!(
        out.contains("fn status(&self) -> u16 {\n        301"),
        "the 301 status is generated"
    );
    let e = with_input(
        "",
        r#", "a#Odd": {"type": "structure", "members": {},
            "traits": {"smithy.api#error": "client", "smithy.api#httpError": 42}}"#,
    );
    assert!(e.contains("a#Odd") && e.contains("42"), "{e}");
}
