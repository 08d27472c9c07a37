//! `@pattern` matchers. The generator translates a model's pattern (ECMA-262 or
//! Java syntax, as AWS models write them) into `regex` syntax and picks the
//! smallest engine that runs it: `regex-lite` (always built) for patterns
//! without Unicode classes, `regex` (feature `unicode-patterns`) for the
//! others, and `fancy-regex` with a backtracking limit (feature
//! `lookaround-patterns`) for look-around, backreferences and atomic groups.
//! A generated crate enables the features its model's patterns need, so a
//! client whose model has only ASCII patterns builds neither large engine.

use std::fmt;

/// Compiled-program size allowed for the linear engine: large Unicode classes
/// (`\p{L}` repeated, long alternations) exceed `regex`'s 10 MiB default.
pub const SIZE_LIMIT: usize = 256 << 20;

/// Backtracking steps a look-around pattern may take on one value before the
/// value is treated as not matching (so a hostile input cannot stall a server).
pub const BACKTRACK_LIMIT: usize = 1_000_000;

/// Which engine a translated pattern needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// `regex-lite`: linear time, no Unicode classes (`\p{..}`), ASCII case
    /// folding (as Java's `(?i)`).
    Lite,
    /// `regex`: linear time in the input, Unicode classes.
    Linear,
    /// `fancy-regex`: look-around and backreferences, with [`BACKTRACK_LIMIT`].
    Backtracking,
}

#[derive(Clone)]
enum Matcher {
    Lite(regex_lite::Regex),
    /// A `Lite` pattern on `regex` with Unicode off (ASCII classes and case
    /// folding, as `regex-lite`): `regex`'s DFAs are many times faster.
    #[cfg(feature = "unicode-patterns")]
    Ascii(regex::Regex),
    #[cfg(feature = "unicode-patterns")]
    Linear(regex::Regex),
    #[cfg(feature = "lookaround-patterns")]
    Backtracking(Box<fancy_regex::Regex>),
}

/// A compiled `@pattern`: matches with the translated expression, reports the
/// model's own text.
#[derive(Clone)]
pub struct Pattern {
    source: &'static str,
    matcher: Matcher,
}

impl fmt::Debug for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Pattern").field(&self.source).finish()
    }
}

impl Pattern {
    /// Compiles `translated` (in `regex` syntax) for `engine`; `source` is the
    /// pattern as the model writes it.
    pub fn new(source: &'static str, translated: &str, engine: Engine) -> Result<Self, String> {
        #[cfg(feature = "unicode-patterns")]
        if engine == Engine::Lite {
            if let Some(re) = ascii_regex(translated) {
                return Ok(Pattern {
                    source,
                    matcher: Matcher::Ascii(re),
                });
            }
        }
        let matcher = match engine {
            Engine::Lite => Matcher::Lite(
                regex_lite::RegexBuilder::new(translated)
                    .size_limit(SIZE_LIMIT)
                    .build()
                    .map_err(|e| e.to_string())?,
            ),
            #[cfg(feature = "unicode-patterns")]
            Engine::Linear => Matcher::Linear(
                regex::RegexBuilder::new(translated)
                    .size_limit(SIZE_LIMIT)
                    .dfa_size_limit(SIZE_LIMIT)
                    .build()
                    .map_err(|e| e.to_string())?,
            ),
            #[cfg(feature = "lookaround-patterns")]
            Engine::Backtracking => Matcher::Backtracking(Box::new(
                fancy_regex::RegexBuilder::new(translated)
                    .backtrack_limit(BACKTRACK_LIMIT)
                    .delegate_size_limit(SIZE_LIMIT)
                    .delegate_dfa_size_limit(SIZE_LIMIT)
                    .build()
                    .map_err(|e| e.to_string())?,
            )),
            #[allow(unreachable_patterns)]
            other => {
                let feature = if other == Engine::Linear {
                    "unicode-patterns"
                } else {
                    "lookaround-patterns"
                };
                return Err(format!(
                    "the {other:?} engine is not built (codegen-rt feature `{feature}`)"
                ));
            }
        };
        Ok(Pattern { source, matcher })
    }

    /// For generated statics: the generator compiled this pattern already.
    pub fn compiled(source: &'static str, translated: &str, engine: Engine) -> Self {
        match Self::new(source, translated, engine) {
            Ok(p) => p,
            Err(e) => panic!("pattern {source:?} was checked by the generator: {e}"),
        }
    }

    /// Whether `value` contains a match (Smithy patterns are not anchored
    /// implicitly). A value that exhausts the backtracking limit does not match.
    pub fn is_match(&self, value: &str) -> bool {
        match &self.matcher {
            Matcher::Lite(re) => re.is_match(value),
            #[cfg(feature = "unicode-patterns")]
            Matcher::Ascii(re) | Matcher::Linear(re) => re.is_match(value),
            #[cfg(feature = "lookaround-patterns")]
            Matcher::Backtracking(re) => re.is_match(value).unwrap_or(false),
        }
    }

    /// The pattern as the model writes it.
    pub fn as_str(&self) -> &'static str {
        self.source
    }

    /// The engine this pattern runs on.
    pub fn engine(&self) -> Engine {
        match self.matcher {
            Matcher::Lite(_) => Engine::Lite,
            #[cfg(feature = "unicode-patterns")]
            Matcher::Ascii(_) => Engine::Lite,
            #[cfg(feature = "unicode-patterns")]
            Matcher::Linear(_) => Engine::Linear,
            #[cfg(feature = "lookaround-patterns")]
            Matcher::Backtracking(_) => Engine::Backtracking,
        }
    }
}

/// `translated` on `regex` with Unicode off, when that means what
/// `regex-lite` means: `regex` refuses (so `None`) the patterns that could
/// then match a part of a UTF-8 sequence (`.`, negated classes), which stay on
/// `regex-lite`.
#[cfg(feature = "unicode-patterns")]
fn ascii_regex(translated: &str) -> Option<regex::Regex> {
    regex::RegexBuilder::new(translated)
        .unicode(false)
        .size_limit(SIZE_LIMIT)
        .build()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lite_patterns_fold_case_in_ascii_only() {
        let p = Pattern::new("(?i)^[a-z]+$", "(?i)^[a-z]+$", Engine::Lite).unwrap();
        assert!(p.is_match("AbC"));
        assert!(
            !p.is_match("\u{212A}"),
            "the Kelvin sign is not `k` in Java's (?i)"
        );
        assert!(Pattern::new("u", r"\p{L}", Engine::Lite).is_err());
    }

    #[cfg(feature = "lookaround-patterns")]
    #[test]
    fn backtracking_limit_means_no_match() {
        // Catastrophic on a backtracking engine: (a+)+b against a long run of `a`.
        let p = Pattern::new("(?=x|)(a+)+b", "(?=x|)(a+)+b", Engine::Backtracking).unwrap();
        assert!(p.is_match("aaab"));
        assert!(!p.is_match(&"a".repeat(64)));
    }

    /// With `regex` built, ASCII patterns run on it and mean the same.
    #[cfg(feature = "unicode-patterns")]
    #[test]
    fn ascii_patterns_mean_the_same_on_both_engines() {
        let cases: &[(&str, &[&str])] = &[
            (
                r"(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*",
                &["web", "a/b-c", "Web", "", "--", "é", "a\u{212A}"],
            ),
            (r"^\d+\s\w+$", &["12 ab", "١٢ ab", "12\u{a0}ab", "12 añ"]),
            (r"(?i)^[a-k]+$", &["ABK", "\u{212A}", "abk"]),
            (r"^[^a]+$", &["bc", "é", "a"]),
            (r"^.{2}$", &["ab", "éé", "a"]),
            (r"\bx\b", &["a x b", "éxé", "axb"]),
        ];
        for (pattern, values) in cases {
            let fast = Pattern::new("p", pattern, Engine::Lite).unwrap();
            let lite = regex_lite::Regex::new(pattern).unwrap();
            for v in *values {
                assert_eq!(fast.is_match(v), lite.is_match(v), "{pattern} on {v:?}");
            }
        }
        let p = Pattern::new("p", "^[a-z]+$", Engine::Lite).unwrap();
        assert!(matches!(p.matcher, Matcher::Ascii(_)));
        assert_eq!(p.engine(), Engine::Lite);
        let p = Pattern::new("p", "^.+$", Engine::Lite).unwrap();
        assert!(matches!(p.matcher, Matcher::Lite(_)));
    }

    #[cfg(feature = "unicode-patterns")]
    #[test]
    fn large_patterns_compile_on_the_linear_engine() {
        let big = format!("^(?:{})$", [r"[\p{L}\p{N}]{1,64}"; 6].join("|"));
        let p = Pattern::new("big", &big, Engine::Linear).unwrap();
        assert!(p.is_match("héllo"));
        assert_eq!(p.as_str(), "big");
    }
}
