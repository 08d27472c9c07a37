//! Snapshots of what the generator emits for small models, one per feature.
//! Review changes with `cargo insta review`.

use std::path::Path;

fn generate(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/models")
        .join(format!("{name}.json"));
    let model = codegen::load::load_file(&path).expect("test model loads");
    let files =
        codegen::generate_model(&model, &format!("tests/{name}.json"), "../../runtime", None)
            .expect("test model generates");
    let mut out = String::new();
    for (path, text) in files {
        out.push_str(&format!("==== {} ====\n{text}\n", path.display()));
    }
    out
}

macro_rules! snapshot {
    ($name:ident) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(stringify!($name), generate(stringify!($name)));
        }
    };
}

snapshot!(constraints);
snapshot!(enums);
snapshot!(errors);
snapshot!(collections);
snapshot!(documentation);
snapshot!(naming);
snapshot!(pagination);
snapshot!(traits);

#[test]
fn generation_is_deterministic() {
    assert_eq!(generate("constraints"), generate("constraints"));
}
