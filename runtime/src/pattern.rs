//! `@pattern` matchers. The generator translates a model's pattern (ECMA-262 or
//! Java syntax, as AWS models write them) into `regex` syntax; patterns that
//! need look-around, backreferences or atomic groups run on `fancy-regex` with a
//! backtracking limit, everything else on the linear-time `regex` engine.

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
    /// `regex`: linear time in the input.
    Linear,
    /// `fancy-regex`: look-around and backreferences, with [`BACKTRACK_LIMIT`].
    Backtracking,
}

#[derive(Clone)]
enum Matcher {
    Linear(regex::Regex),
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
        let matcher = match engine {
            Engine::Linear => Matcher::Linear(
                regex::RegexBuilder::new(translated)
                    .size_limit(SIZE_LIMIT)
                    .dfa_size_limit(SIZE_LIMIT)
                    .build()
                    .map_err(|e| e.to_string())?,
            ),
            Engine::Backtracking => Matcher::Backtracking(Box::new(
                fancy_regex::RegexBuilder::new(translated)
                    .backtrack_limit(BACKTRACK_LIMIT)
                    .delegate_size_limit(SIZE_LIMIT)
                    .delegate_dfa_size_limit(SIZE_LIMIT)
                    .build()
                    .map_err(|e| e.to_string())?,
            )),
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
            Matcher::Linear(re) => re.is_match(value),
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
            Matcher::Linear(_) => Engine::Linear,
            Matcher::Backtracking(_) => Engine::Backtracking,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backtracking_limit_means_no_match() {
        // Catastrophic on a backtracking engine: (a+)+b against a long run of `a`.
        let p = Pattern::new("(?=x|)(a+)+b", "(?=x|)(a+)+b", Engine::Backtracking).unwrap();
        assert!(p.is_match("aaab"));
        assert!(!p.is_match(&"a".repeat(64)));
    }

    #[test]
    fn large_patterns_compile_on_the_linear_engine() {
        let big = format!("^(?:{})$", [r"[\p{L}\p{N}]{1,64}"; 6].join("|"));
        let p = Pattern::new("big", &big, Engine::Linear).unwrap();
        assert!(p.is_match("héllo"));
        assert_eq!(p.as_str(), "big");
    }
}
