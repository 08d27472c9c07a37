//! The query-form reader (awsQuery and ec2Query request bodies) on any
//! bytes: it answers the JSON form of a described structure or an error,
//! never panics or allocates by a list index; what it reads writes back as
//! a form that reads back, and settles, in both dialects.

#![no_main]

mod shapes;

use codegen_rt::codec::query::{self, Dialect};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for dialect in [Dialect::AwsQuery, Dialect::Ec2Query] {
        let form = query::parse(data);
        let Ok(value) = form.read(dialect, &shapes::ROOT) else {
            continue;
        };
        let obj = value.as_object().expect("a structure reads as an object");
        let written = query::write(dialect, "Op", "2020-01-01", &shapes::ROOT, obj);
        let again = query::parse(written.as_bytes());
        assert_eq!(again.action.as_deref(), Some("Op"));
        let again = again
            .read(dialect, &shapes::ROOT)
            .unwrap_or_else(|e| panic!("a written form reads back: {e}\n{written}"));
        // A form cannot say an empty structure (or, in ec2Query, an empty
        // list), so a writing may drop one (and renumber a list); each
        // writing drops only such things, so the form settles.
        let mut form = written;
        let mut value = again;
        let mut settled = false;
        for _ in 0..64 {
            let obj = value.as_object().expect("a structure reads as an object");
            let next = query::write(dialect, "Op", "2020-01-01", &shapes::ROOT, obj);
            if next == form {
                settled = true;
                break;
            }
            assert!(next.len() <= form.len(), "a writing only drops or renumbers:\n{form}\n{next}");
            value = query::parse(next.as_bytes())
                .read(dialect, &shapes::ROOT)
                .unwrap_or_else(|e| panic!("a written form reads back: {e}\n{next}"));
            form = next;
        }
        assert!(settled, "the form did not settle: {form}");
    }
});
