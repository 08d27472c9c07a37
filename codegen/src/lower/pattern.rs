//! `@pattern` translation: Smithy says patterns are ECMA-262, and AWS models also
//! write Java syntax. Both are read with the meaning Java gives them (the
//! reference Smithy implementation validates with `java.util.regex`) and
//! rewritten into `regex` syntax:
//!
//! - `\d \w \s` (and negations) are ASCII, as in Java and ECMA-262;
//! - Java's POSIX classes (`\p{Alnum}`, `\p{Print}`, `\p{Punct}`, ...) are ASCII;
//!   `\p{javaX}` are `java.lang.Character`'s; Unicode categories, scripts,
//!   blocks (from the `unicode-blocks` table) and binary properties, in each
//!   spelling Java takes (`IsX`, `InX`, `gc=`, `sc=`, `blk=`), map to `regex`'s;
//! - `\uXXXX` escapes are UTF-16 code units: surrogate pairs become the code
//!   point they encode, and lone surrogates (which no Rust string contains) are
//!   dropped from classes and never match outside one;
//! - octal `\0nnn`, `\xhh`, `\cX`, `\e`, `\Q...\E`, `\h`, `\v`, `\R`, `\Z`;
//! - literal characters inside classes are escaped, so `--`, `&&`-free `&` and
//!   `~` keep their Java meaning in `regex`'s set syntax.
//!
//! Look-around, backreferences, atomic groups and possessive quantifiers need a
//! backtracking engine; every other pattern runs on the linear-time one. A
//! quantified look-around (`(?!\.)+`, which ECMA-262 allows) is the assertion
//! once, or nothing when the quantifier allows zero.

use codegen_rt::pattern::Engine;

/// A pattern in `regex` syntax and the engine it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translated {
    pub regex: String,
    pub engine: Engine,
}

/// Translates and compiles `pattern` (the compile is the check that the
/// generated code's `Pattern::compiled` cannot fail).
pub fn translate(pattern: &str) -> Result<Translated, String> {
    let mut t = Translator {
        chars: pattern.chars().collect(),
        i: 0,
        backtracking: false,
        groups: Vec::new(),
    };
    let regex = t.sequence()?;
    // The smallest engine that runs it: `regex-lite` unless the pattern
    // needs Unicode classes (which `regex-lite` refuses) or backtracking.
    let compile = |engine| codegen_rt::pattern::Pattern::new("", &regex, engine).map(|_| engine);
    let engine = if t.backtracking {
        compile(Engine::Backtracking)?
    } else {
        compile(Engine::Lite).or_else(|_| compile(Engine::Linear))?
    };
    Ok(Translated { regex, engine })
}

/// Everything a class can hold: code points in `[lo, hi]` (UTF-16 code units
/// for lone surrogates) or a ready-made nested class.
#[derive(Debug)]
enum Item {
    Range(u32, u32),
    Class(String),
}

/// An escape outside a class.
enum Atom {
    Char(u32),
    /// `\Q...\E`: characters taken literally.
    Quoted(Vec<u32>),
    Class(String),
    Raw(String),
}

const ANY: &str = r"\x{0}-\x{10FFFF}";

fn is_high(u: u32) -> bool {
    (0xD800..0xDC00).contains(&u)
}

fn is_low(u: u32) -> bool {
    (0xDC00..0xE000).contains(&u)
}

fn is_surrogate(u: u32) -> bool {
    (0xD800..0xE000).contains(&u)
}

/// One code point as `regex` literal text (escaped where it would be syntax).
fn literal(c: u32) -> String {
    match char::from_u32(c) {
        Some(ch) if ch.is_ascii_alphanumeric() || ch == '_' => ch.to_string(),
        // Meta characters (and `&`, `-`, `~`, which are set operators in a
        // class) are escaped; `<` and `>` are not (`\<` is a word boundary).
        Some(ch) if ch.is_ascii_graphic() => regex::escape(&ch.to_string()),
        _ => format!("\\x{{{c:X}}}"),
    }
}

/// The class body (without brackets) for a range, with lone surrogates cut
/// away; `None` when nothing is left.
fn range_text(lo: u32, hi: u32) -> Option<String> {
    let (mut lo, mut hi) = (lo, hi);
    if is_surrogate(lo) && is_surrogate(hi) {
        return None;
    }
    if is_surrogate(lo) {
        lo = 0xE000;
    }
    if is_surrogate(hi) {
        hi = 0xD7FF;
    }
    if lo > hi {
        // Only a range spanning exactly the surrogate block can get here.
        return None;
    }
    Some(if lo == hi {
        literal(lo)
    } else {
        format!("{}-{}", literal(lo), literal(hi))
    })
}

/// Java's ASCII POSIX classes, `\p{Name}` (case as Java spells them).
fn posix(name: &str) -> Option<&'static str> {
    Some(match name {
        "Lower" => "a-z",
        "Upper" => "A-Z",
        "ASCII" => r"\x{0}-\x{7F}",
        "Alpha" => "a-zA-Z",
        "Digit" => "0-9",
        "Alnum" => "a-zA-Z0-9",
        "Punct" => r"!-/:-@\[-`\{-\~",
        "Graph" => r"!-\~",
        "Print" => r"\x{20}-\~",
        "Blank" => r" \t",
        "Cntrl" => r"\x{0}-\x{1F}\x{7F}",
        "XDigit" => "0-9a-fA-F",
        "Space" => r" \t\n\x{B}\x{C}\r",
        _ => return None,
    })
}

/// A `\p{...}` name as `regex` spells it (a class body), with the meaning
/// `java.util.regex` gives it: POSIX classes (ASCII), `java.lang.Character`
/// classes (`javaLowerCase`, `javaLetterOrDigit`, `javaJavaIdentifierStart`,
/// ...), general categories (`L`, `Lu`, `IsLu`, `gc=Lu`,
/// `general_category=Lu`), scripts (`IsLatin`, `sc=Latin`,
/// `script=Latin`), blocks (`InGreek`, `blk=Greek`, `block=Basic Latin`)
/// and binary properties (`IsAlphabetic`, `IsWhite_Space`, ...).
fn property(name: &str) -> Result<String, String> {
    if let Some(body) = posix(name) {
        return Ok(body.to_owned());
    }
    if let Some(body) = java_character(name) {
        return Ok(body);
    }
    let unicode = |n: &str| format!(r"\p{{{n}}}");
    if let Some((key, value)) = name.split_once('=') {
        return match key.to_ascii_lowercase().as_str() {
            "gc" | "general_category" => Ok(unicode(value)),
            "sc" | "script" => Ok(unicode(&format!("Script={value}"))),
            "blk" | "block" => block(value),
            _ => Err(format!("`\\p{{{name}}}`: unknown property `{key}`")),
        };
    }
    if let Some(b) = name.strip_prefix("In").filter(|b| !b.is_empty()) {
        return block(b);
    }
    Ok(match name {
        "all" => ANY.to_owned(),
        // Java's Latin-1 category.
        "L1" => r"\x{0}-\x{FF}".to_owned(),
        "LD" => format!("{}{}", unicode("L"), unicode("Nd")),
        "L&" => unicode("LC"),
        _ => {
            let n = name
                .strip_prefix("Is")
                .filter(|rest| !rest.is_empty())
                .unwrap_or(name);
            let n = match n {
                "WhiteSpace" | "Whitespace" | "White_Space" => "White_Space",
                "Letter" => "L",
                "Digit" => "Nd",
                "Punctuation" => "P",
                "Control" => "Cc",
                "Titlecase" | "TitleCase" => "Lt",
                "HexDigit" | "Hex_Digit" => "Hex_Digit",
                "JoinControl" | "Join_Control" => "Join_Control",
                "NoncharacterCodePoint" | "Noncharacter_Code_Point" => "Noncharacter_Code_Point",
                "L&" => "LC",
                other => other,
            };
            unicode(n)
        }
    })
}

/// The `java.lang.Character` classes (`\p{javaMethodName}`), as the
/// `Character.isMethodName` methods define them.
fn java_character(name: &str) -> Option<String> {
    let ignorable = r"\x{0}-\x{8}\x{E}-\x{1B}\x{7F}-\x{9F}\p{Cf}";
    Some(match name {
        "javaLowerCase" => r"\p{Lowercase}".into(),
        "javaUpperCase" => r"\p{Uppercase}".into(),
        "javaTitleCase" => r"\p{Lt}".into(),
        // isWhitespace: space separators but the no-break spaces, and the
        // ASCII controls that separate.
        "javaWhitespace" => {
            r"[\p{Z}--[\x{A0}\x{2007}\x{202F}]]\t\n\x{B}\x{C}\r\x{1C}-\x{1F}".into()
        }
        "javaSpaceChar" => r"\p{Z}".into(),
        "javaMirrored" => r"\p{Bidi_Mirrored}".into(),
        "javaLetter" => r"\p{L}".into(),
        "javaAlphabetic" => r"\p{Alphabetic}".into(),
        "javaIdeographic" => r"\p{Ideographic}".into(),
        "javaDigit" => r"\p{Nd}".into(),
        "javaLetterOrDigit" => r"\p{L}\p{Nd}".into(),
        "javaISOControl" => r"\x{0}-\x{1F}\x{7F}-\x{9F}".into(),
        "javaDefined" => r"\P{Cn}".into(),
        "javaIdentifierIgnorable" => ignorable.into(),
        "javaJavaIdentifierStart" => r"\p{L}\p{Nl}\p{Sc}\p{Pc}".into(),
        "javaJavaIdentifierPart" => {
            format!(r"\p{{L}}\p{{Nl}}\p{{Sc}}\p{{Pc}}\p{{Nd}}\p{{Mc}}\p{{Mn}}{ignorable}")
        }
        "javaUnicodeIdentifierStart" => r"\p{ID_Start}".into(),
        "javaUnicodeIdentifierPart" => format!(r"\p{{ID_Continue}}{ignorable}"),
        _ => return None,
    })
}

/// A Unicode block by any name Java accepts for it (`Greek`,
/// `GreekandCoptic`, `Greek and Coptic`, `GREEK_AND_COPTIC`: case, spaces,
/// `_` and `-` do not count), as the range it covers.
fn block(name: &str) -> Result<String, String> {
    use std::sync::OnceLock;
    static BLOCKS: OnceLock<Vec<(String, u32, u32)>> = OnceLock::new();
    let key = |n: &str| -> String {
        n.chars()
            .filter(|c| !matches!(c, ' ' | '_' | '-'))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let blocks = BLOCKS.get_or_init(|| {
        let mut out = Vec::new();
        let mut c = 0u32;
        while c <= 0x10FFFF {
            match char::from_u32(c).and_then(unicode_blocks::find_unicode_block) {
                Some(b) => {
                    out.push((key(b.name()), b.start(), b.end()));
                    c = b.end() + 1;
                }
                None => c += 1,
            }
        }
        out
    });
    // Java's historical names for renamed blocks.
    let wanted = match key(name).as_str() {
        "greek" => "greekandcoptic".to_owned(),
        "cyrillicsupplementary" => "cyrillicsupplement".to_owned(),
        "combiningmarksforsymbols" => "combiningdiacriticalmarksforsymbols".to_owned(),
        k => k.to_owned(),
    };
    blocks
        .iter()
        .find(|(n, _, _)| *n == wanted)
        .map(|&(_, lo, hi)| range_text(lo, hi).unwrap_or_default())
        .ok_or_else(|| format!("`{name}` is not a Unicode block"))
}

struct Translator {
    chars: Vec<char>,
    i: usize,
    backtracking: bool,
    /// Open groups: where each starts in the output, and whether it is a
    /// look-around.
    groups: Vec<(usize, bool)>,
}

impl Translator {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.i).copied()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.chars.get(self.i + n).copied()
    }

    fn next(&mut self) -> Result<char, String> {
        let c = self
            .peek()
            .ok_or_else(|| "the pattern ends in the middle of an escape or class".to_owned())?;
        self.i += 1;
        Ok(c)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn starts_with(&self, s: &str) -> bool {
        s.chars()
            .enumerate()
            .all(|(k, c)| self.peek_at(k) == Some(c))
    }

    /// The whole pattern, outside any class.
    fn sequence(&mut self) -> Result<String, String> {
        let mut out = String::new();
        while let Some(c) = self.peek() {
            self.i += 1;
            match c {
                '\\' => match self.escape()? {
                    Atom::Char(u) => out.push_str(&self.outside_char(u)),
                    Atom::Quoted(cs) => out.extend(cs.into_iter().map(literal)),
                    Atom::Class(body) => out.push_str(&format!("[{body}]")),
                    Atom::Raw(r) => out.push_str(&r),
                },
                '[' => out.push_str(&self.class()?),
                '(' => {
                    let start = out.len();
                    let open = self.group_open();
                    let look = ["(?=", "(?!", "(?<=", "(?<!"]
                        .iter()
                        .any(|l| open.starts_with(l));
                    self.groups.push((start, look));
                    out.push_str(&open);
                }
                ')' => {
                    out.push(')');
                    if let Some((start, true)) = self.groups.pop() {
                        // An assertion repeated is the assertion; allowed
                        // zero times, it asserts nothing.
                        if self.lookaround_quantifier() == Some(0) {
                            out.truncate(start);
                        }
                    }
                }
                '*' | '+' | '?' | '}' => {
                    out.push(c);
                    self.quantifier_suffix(&mut out);
                }
                _ => out.push(c),
            }
        }
        Ok(out)
    }

    /// The minimum of a quantifier right after a look-around group, which
    /// is consumed (with any lazy or possessive suffix).
    fn lookaround_quantifier(&mut self) -> Option<u64> {
        let min = match self.peek()? {
            '*' | '?' => {
                self.i += 1;
                0
            }
            '+' => {
                self.i += 1;
                1
            }
            '{' => {
                let rest: String = self.chars[self.i + 1..].iter().collect();
                let end = rest.find('}')?;
                let body = &rest[..end];
                let lo = body.split(',').next()?;
                if lo.is_empty() || !body.chars().all(|c| c.is_ascii_digit() || c == ',') {
                    return None;
                }
                let min = lo.parse().ok()?;
                self.i += end + 2;
                min
            }
            _ => return None,
        };
        if !self.eat('?') {
            self.eat('+');
        }
        Some(min)
    }

    /// After a quantifier: a lazy `?` passes; a possessive `+` needs backtracking.
    fn quantifier_suffix(&mut self, out: &mut String) {
        if self.eat('+') {
            self.backtracking = true;
            out.push('+');
        } else if self.eat('?') {
            out.push('?');
        }
    }

    /// A code point outside a class; a lone surrogate can never match.
    fn outside_char(&mut self, u: u32) -> String {
        let u = self.pair(u);
        if is_surrogate(u) {
            format!("[^{ANY}]")
        } else {
            literal(u)
        }
    }

    /// `u` joined with a following `\uDC00`-`\uDFFF` escape when it is a high surrogate.
    fn pair(&mut self, u: u32) -> u32 {
        if !is_high(u) || !self.starts_with("\\u") {
            return u;
        }
        let hex: String = self.chars[self.i + 2..].iter().take(4).collect();
        match u32::from_str_radix(&hex, 16) {
            Ok(low) if hex.len() == 4 && is_low(low) => {
                self.i += 6;
                0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
            }
            _ => u,
        }
    }

    fn group_open(&mut self) -> String {
        if !self.eat('?') {
            return "(".into();
        }
        for look in ["=", "!", "<=", "<!", ">"] {
            if self.starts_with(look) {
                self.i += look.len();
                self.backtracking = true;
                return format!("(?{look}");
            }
        }
        if self.eat('<') {
            return "(?P<".into();
        }
        // Inline flags `(?idmsuxU-idmsuxU)` or `(?flags:`: keep those `regex`
        // knows with the same meaning; UNIX_LINES, UNICODE_CASE and
        // UNICODE_CHARACTER_CLASS have no counterpart and are dropped.
        let mut flags = String::new();
        while let Some(c) = self.peek() {
            if c == ')' || c == ':' {
                break;
            }
            self.i += 1;
            if matches!(c, 'i' | 'm' | 's' | 'x' | '-') {
                flags.push(c);
            }
        }
        let flags = flags.trim_end_matches('-').to_owned();
        match self.peek() {
            Some(')') if flags.is_empty() || flags == "-" => {
                self.i += 1;
                // Nothing left to set: an empty non-capturing group.
                "(?:)".into()
            }
            Some(c) => {
                self.i += 1;
                format!("(?{flags}{c}")
            }
            None => format!("(?{flags}"),
        }
    }

    fn hex(&mut self, digits: usize) -> Result<u32, String> {
        let s: String = (0..digits).map(|_| self.next()).collect::<Result<_, _>>()?;
        u32::from_str_radix(&s, 16).map_err(|_| format!("`{s}` is not a hexadecimal escape"))
    }

    /// After a backslash.
    fn escape(&mut self) -> Result<Atom, String> {
        let c = self.next()?;
        let class = |body: &str| Ok(Atom::Class(body.to_owned()));
        match c {
            'u' => Ok(Atom::Char(self.hex(4)?)),
            'x' if self.eat('{') => {
                let s = self.braced()?;
                u32::from_str_radix(&s, 16)
                    .ok()
                    .filter(|&u| u <= 0x10FFFF)
                    .map(Atom::Char)
                    .ok_or_else(|| format!("`\\x{{{s}}}` is not a code point"))
            }
            'x' => Ok(Atom::Char(self.hex(2)?)),
            '0' => self.octal(),
            't' => Ok(Atom::Char(9)),
            'n' => Ok(Atom::Char(10)),
            'r' => Ok(Atom::Char(13)),
            'f' => Ok(Atom::Char(12)),
            'a' => Ok(Atom::Char(7)),
            'e' => Ok(Atom::Char(27)),
            'c' => Ok(Atom::Char(self.next()? as u32 ^ 64)),
            'd' => class("0-9"),
            'D' => class("^0-9"),
            'w' => class("a-zA-Z0-9_"),
            'W' => class("^a-zA-Z0-9_"),
            's' => class(r" \t\n\x{B}\x{C}\r"),
            'S' => class(r"^ \t\n\x{B}\x{C}\r"),
            'h' => class(r" \t\x{A0}\x{1680}\x{180E}\x{2000}-\x{200A}\x{202F}\x{205F}\x{3000}"),
            'H' => class(r"^ \t\x{A0}\x{1680}\x{180E}\x{2000}-\x{200A}\x{202F}\x{205F}\x{3000}"),
            'v' => class(r"\n\x{B}\x{C}\r\x{85}\x{2028}\x{2029}"),
            'V' => class(r"^\n\x{B}\x{C}\r\x{85}\x{2028}\x{2029}"),
            'p' | 'P' => {
                let name = if self.eat('{') {
                    self.braced()?
                } else {
                    self.next()?.to_string()
                };
                let body = property(&name)?;
                let caret = if c == 'P' { "^" } else { "" };
                Ok(Atom::Class(format!("{caret}{body}")))
            }
            'b' | 'B' | 'A' | 'z' => Ok(Atom::Raw(format!("\\{c}"))),
            'Z' => Ok(Atom::Raw(r"(?:\n?\z)".into())),
            'R' => Ok(Atom::Raw(
                r"(?:\r\n|[\n\x{B}\x{C}\r\x{85}\x{2028}\x{2029}])".into(),
            )),
            '1'..='9' => {
                self.backtracking = true;
                Ok(Atom::Raw(format!("\\{c}")))
            }
            'k' if self.peek() == Some('<') => self.named_backreference(),
            'Q' => self.quoted(),
            c if c.is_ascii_alphanumeric() => Err(format!("unsupported escape `\\{c}`")),
            c => Ok(Atom::Char(c as u32)),
        }
    }

    /// The text up to the next `}` (which is consumed).
    fn braced(&mut self) -> Result<String, String> {
        let mut s = String::new();
        while !self.eat('}') {
            s.push(self.next()?);
        }
        Ok(s)
    }

    /// Java octal, after `\0`: `\0n`, `\0nn`, `\0mnn` (m <= 3).
    fn octal(&mut self) -> Result<Atom, String> {
        let mut v = 0u32;
        let mut n = 0;
        while let Some(d) = self.peek().and_then(|d| d.to_digit(8)) {
            if n == 3 || (n == 2 && v > 0o37) {
                break;
            }
            v = v * 8 + d;
            n += 1;
            self.i += 1;
        }
        if n == 0 {
            return Err("`\\0` must be followed by octal digits".into());
        }
        Ok(Atom::Char(v))
    }

    /// `\k<name>`, after the `k`: a backreference (backtracking engine).
    fn named_backreference(&mut self) -> Result<Atom, String> {
        self.backtracking = true;
        let mut s = String::from("\\k");
        loop {
            let d = self.next()?;
            s.push(d);
            if d == '>' {
                break;
            }
        }
        Ok(Atom::Raw(s))
    }

    /// `\Q...\E`, after the `Q`: literal characters.
    fn quoted(&mut self) -> Result<Atom, String> {
        let mut quoted = Vec::new();
        while self.peek().is_some() && !self.starts_with("\\E") {
            quoted.push(self.next()? as u32);
        }
        self.i = (self.i + 2).min(self.chars.len());
        Ok(Atom::Quoted(quoted))
    }

    /// A class, after its `[`: Java's union (nesting), intersection (`&&`)
    /// and ranges.
    fn class(&mut self) -> Result<String, String> {
        let negated = self.eat('^');
        let mut parts: Vec<String> = Vec::new();
        let mut items: Vec<Item> = Vec::new();
        let mut first = true;
        loop {
            let c = self.next()?;
            match c {
                ']' if !first => break,
                '[' => items.push(Item::Class(self.class()?)),
                '&' if self.peek() == Some('&') => {
                    self.i += 1;
                    parts.push(Self::class_body(&items));
                    items.clear();
                }
                _ => {
                    let lo = match c {
                        '\\' => match self.escape()? {
                            Atom::Char(u) => self.pair(u),
                            Atom::Class(body) => {
                                items.push(Item::Class(format!("[{body}]")));
                                first = false;
                                continue;
                            }
                            Atom::Quoted(cs) => {
                                items.extend(cs.into_iter().map(|c| Item::Range(c, c)));
                                first = false;
                                continue;
                            }
                            Atom::Raw(r) => {
                                return Err(format!("`{r}` cannot stand inside a class"))
                            }
                        },
                        c => c as u32,
                    };
                    let is_range = self.peek() == Some('-')
                        && self.peek_at(1).is_some_and(|n| n != ']' && n != '[');
                    if is_range {
                        self.i += 1;
                        let hi = match self.next()? {
                            '\\' => match self.escape()? {
                                Atom::Char(u) => self.pair(u),
                                _ => return Err("a range ends in a class escape".into()),
                            },
                            c => c as u32,
                        };
                        if hi < lo && !(is_surrogate(lo) || is_surrogate(hi)) {
                            return Err(format!("the range {lo:#X}-{hi:#X} is reversed"));
                        }
                        items.push(Item::Range(lo, hi));
                    } else {
                        items.push(Item::Range(lo, lo));
                    }
                }
            }
            first = false;
        }
        parts.push(Self::class_body(&items));
        let body = parts.join("&&");
        let caret = if negated { "^" } else { "" };
        Ok(format!("[{caret}{body}]"))
    }

    /// The body of a class from its items; an empty body (every item was a
    /// lone surrogate) becomes a class that matches nothing.
    fn class_body(items: &[Item]) -> String {
        let mut body = String::new();
        for item in items {
            match item {
                Item::Range(lo, hi) => {
                    if let Some(t) = range_text(*lo, *hi) {
                        body.push_str(&t);
                    }
                }
                Item::Class(c) => body.push_str(c),
            }
        }
        if body.is_empty() {
            format!("[^{ANY}]")
        } else {
            body
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use codegen_rt::pattern::Pattern;

    fn compile(p: &'static str) -> Pattern {
        let t = translate(p).unwrap_or_else(|e| panic!("{p}: {e}"));
        Pattern::new(p, &t.regex, t.engine).unwrap()
    }

    fn check(p: &'static str, yes: &[&str], no: &[&str]) {
        let re = compile(p);
        for y in yes {
            assert!(re.is_match(y), "{p} should match {y:?} (as {re:?})");
        }
        for n in no {
            assert!(!re.is_match(n), "{p} should not match {n:?}");
        }
    }

    #[test]
    fn quantified_lookarounds_assert_once_or_not_at_all() {
        // EFS's RootDirectory path pattern.
        let efs = r"^(\/|(\/(?!\.)+[^$#<>;`|&?{}^*/\n]+){1,4})$";
        check(
            efs,
            &["/", "/a", "/a/b", "/a/b/c/d"],
            &["/.a", "/a/b/c/d/e", "a"],
        );
        check(r"^(?=a){2,3}\w+$", &["ab"], &["ba"]);
        check(r"^(?!x)*x$", &["x"], &[]);
        check(r"^(?<=^)?a$", &["a"], &["b"]);
    }

    #[test]
    fn posix_classes_are_ascii() {
        check(r"^\p{Print}+$", &["a b~"], &["tab\t", "é"]);
        check(r"^[\p{Alnum}_]+$", &["ab_09"], &["a-b", "é"]);
        check(r"^\p{Alpha}+$", &["Ab"], &["a1"]);
        check(r"^\p{Punct}+$", &["!-/[]~"], &["a", " "]);
        check(r"^\P{Alnum}+$", &["--"], &["a"]);
        check(r"^\p{XDigit}+$", &["0aF"], &["g"]);
        check(r"^\p{ASCII}*$", &["abc"], &["é"]);
    }

    #[test]
    fn unicode_categories() {
        check(r"^[\p{L}\p{Z}\p{N}]+$", &["héllo wörld 42"], &["a_b"]);
        check(r"^\p{IsAlphabetic}+$", &["héllo"], &["1"]);
        check(r"^\p{IsWhitespace}$", &[" "], &["a"]);
        check(r"^\P{C}+$", &["ok"], &["\u{0}"]);
        check(r"^[\p{all}]+$", &["any\nthing"], &[""]);
        check(r"^\pL+$", &["abc"], &["1"]);
    }

    #[test]
    fn java_character_classes_scripts_and_blocks() {
        check(r"^\p{javaLowerCase}+$", &["abcß"], &["aB"]);
        check(r"^\p{javaUpperCase}+$", &["ÀB"], &["a"]);
        check(r"^\p{javaLetterOrDigit}+$", &["a1é٣"], &["_", " "]);
        check(
            r"^\p{javaWhitespace}+$",
            &[" \t\u{1F}\u{2003}"],
            &["\u{A0}", "\u{202F}"],
        );
        check(r"^\p{javaSpaceChar}$", &["\u{A0}"], &["\t"]);
        check(
            r"^\p{javaJavaIdentifierStart}\p{javaJavaIdentifierPart}*$",
            &["$a_1", "é"],
            &["1a"],
        );
        check(r"^\p{javaUnicodeIdentifierStart}+$", &["aé"], &["1"]);
        check(r"^\p{javaMirrored}$", &["("], &["a"]);
        check(r"^\p{javaDefined}$", &["a"], &["\u{378}"]);
        check(r"^\p{javaISOControl}$", &["\u{85}"], &["a"]);
        check(
            r"^\p{javaIdentifierIgnorable}$",
            &["\u{0}", "\u{AD}"],
            &["a"],
        );
        // Scripts, categories and blocks, in each way Java spells them.
        check(r"^\p{IsLatin}+$", &["abé"], &["α"]);
        check(r"^\p{script=Greek}+$", &["αβ"], &["a"]);
        check(r"^\p{sc=Han}$", &["中"], &["a"]);
        check(
            r"^\p{IsLu}\p{gc=Ll}\p{general_category=Nd}$",
            &["Aa1"],
            &["aa1"],
        );
        check(r"^\p{InGreek}+$", &["αΩ"], &["a"]);
        check(r"^\p{InBasicLatin}+$", &["a~"], &["é"]);
        check(r"^\p{block=Basic Latin}$", &["a"], &["é"]);
        check(r"^\p{blk=CJK_UNIFIED_IDEOGRAPHS}$", &["中"], &["a"]);
        check(r"^[^\p{InCyrillic}]$", &["a"], &["ж"]);
        check(r"^\P{InLatin-1Supplement}$", &["a"], &["é"]);
        check(r"^\p{L1}+$", &["aé"], &["α"]);
        check(r"^\p{IsIdeographic}$", &["中"], &["a"]);
        check(r"^\p{IsTitlecase}$", &["ǅ"], &["a"]);
    }

    #[test]
    fn surrogate_pairs_are_supplementary_planes() {
        let p = r"^[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\r\n\t]*$";
        check(p, &["text 😀\n", "\u{10FFFF}"], &["\u{1}", "\u{FFFF}"]);
        check(r"^\uD83D\uDE00$", &["😀"], &["\u{D7FF}"]);
        // A lone surrogate range is dropped; a lone surrogate never matches.
        check(r"^[a\uD800-\uDFFF]$", &["a"], &["😀"]);
        check(r"^\uD800$", &[], &["a", "😀"]);
    }

    #[test]
    fn escapes() {
        check(r"^[\000-\037]$", &["\u{0}", "\u{1F}"], &[" "]);
        check(r"^\x41\x{42}\u0043$", &["ABC"], &["abc"]);
        check(r"^\d+$", &["123"], &["١٢٣"]);
        check(r"^\w+$", &["a_1"], &["é"]);
        check(r"^\s$", &[" ", "\u{B}"], &["\u{A0}"]);
        check(r"^\Qa.b\E$", &["a.b"], &["axb"]);
        check(r"^[\w\-\.]+$", &["a-b.c"], &["a b"]);
        check(r"^[a-z--]+$", &["a-b"], &["A"]);
        check(r"^[~&]+$", &["~&"], &["a"]);
        check(r"^\/\:\@$", &["/:@"], &["x"]);
    }

    #[test]
    fn lookaround_uses_the_backtracking_engine() {
        let p = compile(r"^(?!aws:)[\p{L}\p{Z}\p{N}_.:/=+\-@]*$");
        assert_eq!(p.engine(), Engine::Backtracking);
        check(
            r"^(?!aws:)[\p{L}\p{Z}\p{N}_.:/=+\-@]*$",
            &["key"],
            &["aws:key"],
        );
        check(r"^[0-9A-Za-z\.\-_]*(?<!\.)$", &["a.b"], &["a."]);
        check(r"^(?=.*[a-zA-Z_\-\.])[a-zA-Z0-9_\-\.]+$", &["a1"], &["12"]);
        check(r"^(?!(?i)(arn|aws):)\w+", &["x"], &["AWS:x"]);
        check(r"^(a)\1$", &["aa"], &["ab"]);
        check(r"^a++b$", &["aab"], &["aa"]);
        assert_eq!(compile(r"^[a-z]+$").engine(), Engine::Lite);
        assert_eq!(compile(r"^\p{L}+$").engine(), Engine::Linear);
    }

    #[test]
    fn flags_and_groups() {
        check(r"^(?i)abc$", &["ABC"], &["abd"]);
        check(r"(?s)^a.b$", &["a\nb"], &["ab"]);
        check(r"^(?<name>a)b$", &["ab"], &["a"]);
        check(r"^(?:ab)+$", &["abab"], &["aba"]);
    }

    #[test]
    fn large_patterns_compile() {
        let p: &'static str = Box::leak(
            format!(
                "^({})$",
                [r"[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}"; 6].join("|")
            )
            .into_boxed_str(),
        );
        check(p, &["abc"], &[""]);
    }

    #[test]
    fn refusals_are_errors() {
        for p in [
            r"\p{InNoSuchBlock}",
            r"\p{sc=Nope}",
            r"\p{javaNothing}",
            r"\q",
            "[abc",
            r"\",
        ] {
            assert!(translate(p).is_err(), "{p}");
        }
    }
}
