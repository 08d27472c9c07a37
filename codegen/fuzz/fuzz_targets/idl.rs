//! The Smithy IDL loader on arbitrary bytes: parse, resolve, assemble and
//! flatten must return a model or an error, never panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let sources = [("fuzz.smithy".to_owned(), text.to_owned())];
    if let Ok(mut assembled) = codegen::load::ast::assemble(&sources) {
        let _ = codegen::load::ast::print(&assembled.doc);
        let _ = codegen::load::ast::flatten(&mut assembled.doc);
        let _ = codegen::load::load_value(assembled.doc);
    }
});
