//! What an image scan reads from pushed layers: a layer (gzip or plain tar,
//! whiteouts), dpkg status files, apk databases, os-release, RPM headers,
//! and versions compared as each package manager orders them; never a panic.
#![no_main]

use ecr_server::scan::{packages, versions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = packages::dpkg_status(&text);
    let _ = packages::apk_installed(&text);
    let _ = packages::os_release(&text);
    let _ = packages::rpm_package(data);
    if let Some((a, b)) = text.split_once('\n') {
        let _ = (versions::dpkg(a, b), versions::rpm(a, b), versions::apk(a, b));
    }
    let dir = std::env::temp_dir().join(format!("image-contents-fuzz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let layer = dir.join("layer");
    if std::fs::write(&layer, data).is_ok() {
        let (files, unreadable) = packages::read_layers(&[("sha256:00".to_owned(), layer.as_path())]);
        let _ = packages::contents(&files, unreadable);
    }
});
