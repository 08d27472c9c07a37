//! `/v2/` routing of any path: a route names a valid repository, a refusal is
//! a 4xx with a specification code; never a panic.
#![no_main]

use ecr_server::oci::{route, Route};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = format!("/v2/{}", String::from_utf8_lossy(data));
    match route(&path) {
        Ok(Route::Base | Route::Catalog) => {}
        Ok(
            Route::Tags(name)
            | Route::Manifest(name, _)
            | Route::Blob(name, _)
            | Route::Uploads(name)
            | Route::Upload(name, _)
            | Route::Referrers(name, _),
        ) => {
            assert!(!name.is_empty() && name.len() <= 256, "{name:?}");
            assert!(!name.starts_with('/') && !name.contains("//"), "{name:?}");
        }
        Err(e) => assert!(e.status.is_client_error(), "{path:?}: {}", e.status),
    }
});
