//! IDL rules Smithy's own loader enforces, each a case of its own: what a
//! 1.0 file may not use, what 2.0 dropped, string escapes and characters,
//! and resource mixins. Each error names the file, line and column.

fn error(text: &str) -> String {
    match codegen::load::idl::parse("case.smithy", text) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(e) => e.to_string(),
    }
}

fn accepted(text: &str) {
    if let Err(e) = codegen::load::idl::parse("case.smithy", text) {
        panic!("refused: {e}\n{text}");
    }
}

#[test]
fn version_1_files_cannot_use_2_0_syntax() {
    let v1 = "$version: \"1.0\"\nnamespace a\n";
    let e = error(&format!("{v1}structure S {{\n    a: String = \"x\"\n}}\n"));
    assert!(
        e.contains("case.smithy:4") && e.contains("default values"),
        "{e}"
    );
    let e = error(&format!(
        "{v1}resource R {{ identifiers: {{ id: String }} }}\nstructure S for R {{\n    $id\n}}\n"
    ));
    assert!(e.contains("needs `$version: \"2.0\"`"), "{e}");
    let e = error(&format!("{v1}structure S {{\n    $id\n}}\n"));
    assert!(
        e.contains("case.smithy:4") && e.contains("target elision"),
        "{e}"
    );
    let e = error(&format!(
        "{v1}structure S {{\n    @default(1)\n    a: Integer\n}}\n"
    ));
    assert!(e.contains("case.smithy:4") && e.contains("@default"), "{e}");
    // Allowed in 2.0.
    accepted("$version: \"2.0\"\nnamespace a\nstructure S {\n    a: String = \"x\"\n    @default(1)\n    b: Integer\n}\n");
}

#[test]
fn version_2_0_files_cannot_use_box() {
    let e = error("$version: \"2.0\"\nnamespace a\nstructure S {\n    @box\n    a: Integer\n}\n");
    assert!(e.contains("case.smithy:4") && e.contains("@box"), "{e}");
    accepted("$version: \"1.0\"\nnamespace a\nstructure S {\n    @box\n    a: Integer\n}\n");
}

#[test]
fn strings_take_only_the_escapes_and_characters_of_the_grammar() {
    let e = error("$version: \"2.0\"\nnamespace a\n@documentation(\"it\\'s\")\nstring S\n");
    assert!(
        e.contains("case.smithy:3") && e.contains("invalid escape"),
        "{e}"
    );
    let e = error("$version: \"2.0\"\nnamespace a\n@documentation(\"bell\u{7}\")\nstring S\n");
    assert!(e.contains("invalid string character"), "{e}");
    accepted("$version: \"2.0\"\nnamespace a\n@documentation(\"tab\\t \\\"q\\\" \\u00e9 \\/\")\nstring S\n");
}

#[test]
fn resource_mixins_define_no_properties() {
    let e = error(
        "$version: \"2.0\"\nnamespace a\n@mixin\nresource R {\n    identifiers: { id: String }\n}\n",
    );
    assert!(
        e.contains("case.smithy:4") && e.contains("mixin") && e.contains("identifiers"),
        "{e}"
    );
    accepted("$version: \"2.0\"\nnamespace a\n@mixin\nresource R {}\n");
}

/// The documentation each shape and member of `text` gets, by shape id.
fn docs(text: &str) -> std::collections::BTreeMap<String, String> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("case.smithy");
    std::fs::write(&file, text).unwrap();
    let a = codegen::load::ast::assemble_files(&[file]).unwrap();
    let mut out = std::collections::BTreeMap::new();
    for (id, shape) in a.doc["shapes"].as_object().unwrap() {
        let doc = |v: &serde_json::Value| {
            v.get("traits")
                .and_then(|t| t.get("smithy.api#documentation"))
                .and_then(|d| d.as_str())
                .map(str::to_owned)
        };
        if let Some(d) = doc(shape) {
            out.insert(id.clone(), d);
        }
        for (m, member) in shape
            .get("members")
            .and_then(|m| m.as_object())
            .into_iter()
            .flatten()
        {
            if let Some(d) = doc(member) {
                out.insert(format!("{id}${m}"), d);
            }
        }
    }
    out
}

#[test]
fn doc_comments_document_only_what_smithy_documents() {
    let got = docs(
        r#"$version: "2.0"
namespace a

/// Structure
structure S {
    /// A default, then a comma.
    foo: String = "hi",

    /// Before the traits.
    @required
    /// After the traits: ignored.
    baz: String,

    // Not a doc comment.
    bam: String,
}

operation Op {
    input
        /// Before the walrus: ignored.
        := {}

    output :=
        /// After the walrus.
        {}
}

/// Before apply: ignored.
apply Op @deprecated
"#,
    );
    let want: Vec<(&str, &str)> = vec![
        ("a#OpOutput", "After the walrus."),
        ("a#S", "Structure"),
        ("a#S$baz", "Before the traits."),
        ("a#S$foo", "A default, then a comma."),
    ];
    let got: Vec<(&str, &str)> = got.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(got, want);
}

#[test]
fn an_unclosed_text_block_fails_where_the_file_ends() {
    // As Smithy reports it: at the end of the file, not at the opening quotes.
    let e = error("namespace a\n\n@documentation(\"\"\"\n)\nstring S\n");
    assert!(e.contains("case.smithy:6:1:"), "{e}");
}
