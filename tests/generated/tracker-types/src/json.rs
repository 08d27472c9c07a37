// Generated from models/traits.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! JSON codecs for lists and maps, and the model's patterns.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use codegen_rt::prelude::*;
/// Runs as `^(?!aws:)[[\p{L}][\p{Z}][\p{N}]_\.:/=\+\-@[!-/:-@\[-`\{-\~]\x{20}-\x{D7FF}\x{E000}-\x{FFFD}\x{10000}-\x{10FFFF}]*$`.
pub(crate) static PATTERN_0: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::compiled(
        "^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@\\p{Punct}\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF]*$",
        "^(?!aws:)[[\\p{L}][\\p{Z}][\\p{N}]_\\.:/=\\+\\-@[!-/:-@\\[-`\\{-\\~]\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]*$",
        PatternEngine::Backtracking,
    )
});
