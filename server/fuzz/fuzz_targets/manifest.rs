//! Manifest JSON as PutImage and `/v2/` manifest pushes read it: never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = ecr_server::media::manifest_references(text);
    }
});
