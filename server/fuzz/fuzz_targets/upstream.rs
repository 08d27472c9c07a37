//! What an upstream registry's responses put in front of the pull-through
//! client: `WWW-Authenticate` challenges, `Location` redirects, and the token
//! endpoint's JSON; plus the `--upstream-secrets` file. Never a panic; a
//! redirect resolves to an absolute http(s) URL with an origin.
#![no_main]

use ecr_server::upstream::{bearer_challenge, origin, parse_secrets, resolve};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(3, '\n');
    let (a, b, c) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    let _ = bearer_challenge(a);
    let _ = origin(a);
    if let Some(to) = resolve(a, b) {
        let lower = to.to_ascii_lowercase();
        assert!(
            lower.starts_with("http://") || lower.starts_with("https://"),
            "{a:?} + {b:?} -> {to:?}"
        );
        assert!(origin(&to).is_some(), "{to:?}");
    }
    let _ = parse_secrets(c);
});
