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
