//! Model documentation (HTML in AWS models, Markdown or plain text in others)
//! to rustdoc Markdown.

use std::sync::LazyLock;

use regex::Regex;

static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?s)<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--.*?-->|&(#?[a-zA-Z0-9]+);|[^<&]+|[<&]"#)
        .expect("static regex")
});
static HREF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"href\s*=\s*["']([^"']*)["']"#).expect("static regex"));
static HTML: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^>]*)?>").expect("static regex"));

/// Converts documentation to rustdoc lines (no leading `///`).
pub fn to_rustdoc(doc: &str) -> Vec<String> {
    let md = if HTML.is_match(doc) {
        html_to_markdown(doc)
    } else {
        doc.to_owned()
    };
    tidy(&md)
}

/// `- x`, `* x`, `1. x`.
fn is_list_item(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    line.starts_with("- ")
        || line.starts_with("* ")
        || (digits > 0 && line[digits..].starts_with(". "))
}

/// Trims lines (so nothing becomes an indented code block, which rustdoc would
/// run as a test), drops repeated blank lines and leading/trailing blanks.
fn tidy(md: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut in_fence = false;
    for line in md.lines() {
        let t = if in_fence {
            line.trim_end()
        } else {
            line.trim()
        };
        if t.starts_with("```") {
            in_fence = !in_fence;
        }
        if t.is_empty() && out.last().is_none_or(String::is_empty) {
            continue;
        }
        // A paragraph line right after a list item would be read as a lazy
        // continuation of the item: a blank line ends the list first.
        if !in_fence
            && !t.is_empty()
            && !is_list_item(t)
            && out.last().is_some_and(|l| is_list_item(l))
        {
            out.push(String::new());
        }
        out.push(t.to_owned());
    }
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}

fn entity(name: &str) -> String {
    match name {
        "amp" => "&".into(),
        "lt" => "<".into(),
        "gt" => ">".into(),
        "quot" => "\"".into(),
        "apos" => "'".into(),
        "nbsp" => " ".into(),
        n if n.starts_with("#x") || n.starts_with("#X") => u32::from_str_radix(&n[2..], 16)
            .ok()
            .and_then(char::from_u32)
            .map_or_else(String::new, String::from),
        n if n.starts_with('#') => n[1..]
            .parse::<u32>()
            .ok()
            .and_then(char::from_u32)
            .map_or_else(String::new, String::from),
        n => format!("&{n};"),
    }
}

fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '[' | ']' | '<' | '>' | '*' | '`' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

struct Writer {
    out: String,
    /// Whitespace seen but not yet written.
    pending_space: bool,
    in_pre: bool,
    in_code: bool,
    list_depth: usize,
    link: Option<(String, usize)>,
}

impl Writer {
    fn text(&mut self, s: &str) {
        if self.in_pre {
            self.out.push_str(s);
            return;
        }
        let mut first = true;
        for word in s.split_whitespace() {
            if (!first || s.starts_with(char::is_whitespace)) && !self.at_line_start() {
                self.pending_space = true;
            }
            first = false;
            if self.pending_space && !self.at_line_start() {
                self.out.push(' ');
            }
            self.pending_space = false;
            if self.in_code {
                self.out.push_str(&word.replace('`', "'"));
            } else {
                self.out.push_str(&escape_text(word));
            }
        }
        let trailing = s.ends_with(char::is_whitespace) && !s.trim().is_empty();
        let blank = s.trim().is_empty() && !s.is_empty() && !self.at_line_start();
        if trailing || blank {
            self.pending_space = true;
        }
    }

    fn at_line_start(&self) -> bool {
        self.out.is_empty() || self.out.ends_with('\n') || self.out.ends_with("- ")
    }

    fn inline(&mut self, s: &str) {
        if self.pending_space && !self.at_line_start() {
            self.out.push(' ');
        }
        self.pending_space = false;
        self.out.push_str(s);
    }

    fn paragraph(&mut self) {
        // Inside a list item, or right after a note's label, a paragraph
        // boundary is only a space.
        if self.list_depth > 0 || self.out.ends_with("**Note:**") {
            self.pending_space = !self.out.ends_with("- ");
            return;
        }
        self.pending_space = false;
        while self.out.ends_with(' ') {
            self.out.pop();
        }
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            if !self.out.ends_with('\n') {
                self.out.push('\n');
            }
            self.out.push('\n');
        }
    }

    fn newline(&mut self) {
        self.pending_space = false;
        while self.out.ends_with(' ') {
            self.out.pop();
        }
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }
}

fn html_to_markdown(doc: &str) -> String {
    let mut w = Writer {
        out: String::new(),
        pending_space: false,
        in_pre: false,
        in_code: false,
        list_depth: 0,
        link: None,
    };
    for cap in TOKEN.captures_iter(doc) {
        let whole = cap.get(0).map_or("", |m| m.as_str());
        if let Some(tag) = cap.get(2) {
            let attrs = cap.get(3).map_or("", |m| m.as_str());
            w.tag(
                &tag.as_str().to_ascii_lowercase(),
                !cap[1].is_empty(),
                attrs,
            );
        } else if let Some(e) = cap.get(4) {
            let t = entity(e.as_str());
            w.text(&t);
        } else if !whole.starts_with("<!--") {
            w.text(whole);
        }
    }
    w.out
}

impl Writer {
    /// An HTML tag, opening or `closing`.
    fn tag(&mut self, tag: &str, closing: bool, attrs: &str) {
        if self.inline_tag(tag, closing, attrs) {
            return;
        }
        match (tag, closing) {
            ("p" | "div" | "fullname" | "important" | "note", true) => self.paragraph(),
            ("p" | "div" | "fullname", false) => self.paragraph(),
            ("note" | "important", false) => {
                self.paragraph();
                self.inline("**Note:**");
                self.pending_space = true;
            }
            ("ul" | "ol", false) => {
                self.list_depth += 1;
                self.newline();
            }
            ("ul" | "ol", true) => {
                self.list_depth = self.list_depth.saturating_sub(1);
                self.paragraph();
            }
            ("li", false) => {
                if self.list_depth == 0 {
                    self.paragraph();
                }
                self.newline();
                self.out.push_str("- ");
            }
            ("li", true) => self.newline(),
            ("br", _) => self.newline(),
            ("pre", false) => {
                self.paragraph();
                self.out.push_str("```text\n");
                self.in_pre = true;
            }
            ("pre", true) => {
                self.in_pre = false;
                self.newline();
                self.out.push_str("```\n\n");
            }
            ("dt", false) => {
                self.paragraph();
                self.inline("**");
            }
            ("dt", true) => {
                self.out.push_str("**");
                self.newline();
            }
            ("dd", _) => self.newline(),
            ("h1" | "h2" | "h3" | "h4" | "h5" | "h6", false) => {
                self.paragraph();
                self.inline("**");
            }
            ("h1" | "h2" | "h3" | "h4" | "h5" | "h6", true) => {
                self.out.push_str("**");
                self.paragraph();
            }
            _ => {}
        }
    }

    /// Code, emphasis and links; whether `tag` was one of them.
    fn inline_tag(&mut self, tag: &str, closing: bool, attrs: &str) -> bool {
        match (tag, closing) {
            ("code", false) if !self.in_pre => {
                self.inline("`");
                self.in_code = true;
            }
            ("code", true) if !self.in_pre => {
                self.in_code = false;
                self.out.push('`');
            }
            ("b" | "strong", _) if !self.in_code => self.inline("**"),
            ("i" | "em", _) if !self.in_code => self.inline("*"),
            ("a", false) => {
                let href = HREF.captures(attrs).map(|c| c[1].to_owned());
                self.inline("");
                if let Some(h) = href {
                    self.out.push('[');
                    self.link = Some((h, self.out.len()));
                }
            }
            ("a", true) => {
                if let Some((href, start)) = self.link.take() {
                    if self.out.len() == start {
                        self.out.push_str(&escape_text(&href));
                    }
                    self.out.push_str(&format!("]({href})"));
                }
            }
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_code_and_links() {
        let lines = to_rustdoc(
            "<p>Gets a <code>URL</code> for a\n   layer.</p> <p>See <a href=\"https://x.example/a\">the guide</a>.</p>",
        );
        assert_eq!(
            lines,
            [
                "Gets a `URL` for a layer.",
                "",
                "See [the guide](https://x.example/a)."
            ]
        );
    }

    #[test]
    fn lists_and_notes() {
        let lines = to_rustdoc(
            "<p>Either:</p><ul><li><p>one</p></li><li>two</li></ul><note><p>careful</p></note>",
        );
        assert_eq!(
            lines,
            ["Either:", "", "- one", "- two", "", "**Note:** careful"]
        );
    }

    #[test]
    fn entities_and_markdown_metacharacters() {
        let lines = to_rustdoc("<p>a &lt;b&gt; [c] &amp; d*</p>");
        assert_eq!(lines, [r"a \<b\> \[c\] & d\*"]);
    }

    #[test]
    fn plain_text_is_kept_but_never_indented() {
        let lines = to_rustdoc("First line.\n\n      indented would be code\n");
        assert_eq!(lines, ["First line.", "", "indented would be code"]);
    }

    #[test]
    fn pre_becomes_a_text_block() {
        let lines = to_rustdoc("<p>Run:</p><pre>aws ecr x</pre>");
        assert_eq!(lines, ["Run:", "", "```text", "aws ecr x", "```"]);
    }
}
