//! The XML reader (restXml bodies, awsQuery / ec2Query responses) on any
//! bytes: it answers the JSON form of a described structure or an error,
//! never panics, hangs or expands an entity; what it reads writes back as
//! XML that reads again to the same JSON form.

#![no_main]

mod shapes;

use codegen_rt::codec::xml::{self, XmlWriter};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(root) = xml::parse(data) else {
        return;
    };
    let Ok(value) = xml::read_struct(&root, &shapes::ROOT) else {
        return;
    };
    let obj = value.as_object().expect("a structure reads as an object");
    let mut w = XmlWriter::new();
    w.structure("Root", None, &shapes::ROOT, obj);
    let bytes = w.finish();
    let again = xml::parse(&bytes)
        .and_then(|el| xml::read_struct(&el, &shapes::ROOT))
        .unwrap_or_else(|e| panic!("written XML reads back: {e}\n{}", String::from_utf8_lossy(&bytes)));
    assert_eq!(value, again, "{}", String::from_utf8_lossy(&bytes));
});
