//! Rendering results the way the AWS CLI does: `json` (4-space indent, model
//! member order), `text` and `table` (ports of the AWS CLI's formatters, so the
//! same response prints the same bytes), and `yaml` / `yaml-stream`.

use std::fmt::Write as _;

use serde::Serialize;
use serde_json::Value;
use unicode_width::UnicodeWidthChar;

/// `--output`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Text,
    Table,
    Yaml,
    YamlStream,
}

impl Format {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "json" => Format::Json,
            "text" => Format::Text,
            "table" => Format::Table,
            "yaml" => Format::Yaml,
            "yaml-stream" => Format::YamlStream,
            _ => return None,
        })
    }
}

/// `--color`, resolved: whether table output is colorized.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Color {
    On,
    Off,
}

/// Renders `value`, the result of command `title` (after `--query`).
pub fn render(value: &Value, format: Format, title: &str, color: Color) -> String {
    match format {
        Format::Json => json(value),
        Format::Text => {
            let mut out = String::new();
            text(value, None, None, &mut out);
            out
        }
        Format::Table => table(value, title, color, terminal_width()),
        Format::Yaml => yaml(value),
        Format::YamlStream => yaml(&Value::Array(vec![value.clone()])),
    }
}

/// JSON with a 4-space indent; nothing at all for an empty object (an
/// operation without output), as the AWS CLI does.
pub fn json(value: &Value) -> String {
    if value.as_object().is_some_and(|o| o.is_empty()) {
        return String::new();
    }
    let mut buf = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
    value
        .serialize(&mut ser)
        .expect("a JSON value always serializes");
    let mut s = String::from_utf8(buf).expect("serde_json writes UTF-8");
    s.push('\n');
    s
}

fn yaml(value: &Value) -> String {
    serde_yaml::to_string(value).unwrap_or_else(|e| format!("# could not render YAML: {e}\n"))
}

fn is_scalar(v: &Value) -> bool {
    !matches!(v, Value::Array(_) | Value::Object(_))
}

/// Python's `str()` of a JSON scalar, which is what the AWS CLI prints.
pub fn py_str(v: &Value) -> String {
    match v {
        Value::Null => "None".to_owned(),
        Value::Bool(true) => "True".to_owned(),
        Value::Bool(false) => "False".to_owned(),
        Value::String(s) => s.clone(),
        Value::Number(n) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => i.to_string(),
            (_, Some(u), _) => u.to_string(),
            (_, _, Some(f)) if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e16 => {
                format!("{f:.1}")
            }
            _ => n.to_string(),
        },
        other => other.to_string(),
    }
}

// ---- text: a port of awscli/text.py ----

fn text(item: &Value, identifier: Option<&str>, scalar_keys: Option<&[String]>, out: &mut String) {
    match item {
        Value::Object(map) => text_dict(map, identifier, scalar_keys, out),
        Value::Array(list) => text_list(list, identifier, out),
        scalar => {
            out.push_str(&py_str(scalar));
            out.push('\n');
        }
    }
}

fn text_list(list: &[Value], identifier: Option<&str>, out: &mut String) {
    if list.is_empty() {
        return;
    }
    if list.iter().any(Value::is_object) {
        let mut keys: Vec<String> = list
            .iter()
            .filter_map(Value::as_object)
            .flat_map(|m| {
                m.iter()
                    .filter(|(_, v)| is_scalar(v))
                    .map(|(k, _)| k.clone())
            })
            .collect();
        keys.sort();
        keys.dedup();
        for element in list {
            text(element, identifier, Some(&keys), out);
        }
    } else if list.iter().any(Value::is_array) {
        let scalars: Vec<&Value> = list.iter().filter(|v| is_scalar(v)).collect();
        if !scalars.is_empty() {
            text_scalar_list(&scalars, identifier, out);
        }
        for non_scalar in list.iter().filter(|v| !is_scalar(v)) {
            text(non_scalar, identifier, None, out);
        }
    } else {
        let all: Vec<&Value> = list.iter().collect();
        text_scalar_list(&all, identifier, out);
    }
}

fn text_scalar_list(elements: &[&Value], identifier: Option<&str>, out: &mut String) {
    match identifier {
        Some(id) => {
            for item in elements {
                let _ = writeln!(out, "{}\t{}", id.to_uppercase(), py_str(item));
            }
        }
        None => {
            let line: Vec<String> = elements.iter().map(|v| py_str(v)).collect();
            out.push_str(&line.join("\t"));
            out.push('\n');
        }
    }
}

fn text_dict(
    map: &serde_json::Map<String, Value>,
    identifier: Option<&str>,
    scalar_keys: Option<&[String]>,
    out: &mut String,
) {
    let mut scalars = Vec::new();
    let mut non_scalars: Vec<(&str, &Value)> = Vec::new();
    match scalar_keys {
        None => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            for (k, v) in entries {
                if is_scalar(v) {
                    scalars.push(py_str(v));
                } else {
                    non_scalars.push((k, v));
                }
            }
        }
        Some(keys) => {
            for k in keys {
                scalars.push(map.get(k).map_or_else(String::new, py_str));
            }
            let mut rest: Vec<(&String, &Value)> =
                map.iter().filter(|(k, _)| !keys.contains(k)).collect();
            rest.sort_by(|a, b| a.0.cmp(b.0));
            non_scalars.extend(rest.into_iter().map(|(k, v)| (k.as_str(), v)));
        }
    }
    if !scalars.is_empty() {
        if let Some(id) = identifier {
            scalars.insert(0, id.to_uppercase());
        }
        out.push_str(&scalars.join("\t"));
        out.push('\n');
    }
    for (id, v) in non_scalars {
        text(v, Some(id), None, out);
    }
}

// ---- table: a port of awscli/formatter.py's TableFormatter and awscli/table.py ----

/// The terminal's width, or 80 when stdout is not a terminal (as the AWS CLI).
fn terminal_width() -> usize {
    terminal_size::terminal_size_of(std::io::stdout())
        .map(|(w, _)| usize::from(w.0))
        .unwrap_or(80)
}

/// Display width: East Asian wide, full-width and ambiguous characters count 2.
fn text_width(s: &str) -> usize {
    s.chars()
        .map(|c| match c.width_cjk() {
            Some(2) => 2,
            _ => 1,
        })
        .sum()
}

fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

#[derive(Default)]
struct Section {
    title: String,
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    indent_level: usize,
    max_widths: Vec<usize>,
}

impl Section {
    fn update_max_widths(&mut self, row: &[String]) {
        if self.max_widths.is_empty() {
            self.max_widths = row.iter().map(|e| text_width(e)).collect();
        } else {
            for (i, e) in row.iter().enumerate() {
                if let Some(w) = self.max_widths.get_mut(i) {
                    *w = (*w).max(text_width(e));
                }
            }
        }
    }

    fn add_header(&mut self, headers: Vec<String>) {
        self.update_max_widths(&headers);
        self.headers = headers;
    }

    fn add_row(&mut self, row: Vec<String>) {
        self.update_max_widths(&row);
        self.rows.push(row);
    }

    fn column_widths(&self, padding: usize, max_width: Option<usize>) -> Vec<usize> {
        let unscaled: Vec<usize> = self.max_widths.iter().map(|w| w + padding).collect();
        let Some(max_width) = max_width else {
            return unscaled;
        };
        if unscaled.is_empty() {
            return unscaled;
        }
        let scale = max_width as f64 / unscaled.iter().sum::<usize>() as f64;
        // Python's round() rounds halves to even.
        let mut scaled: Vec<i64> = unscaled
            .iter()
            .map(|&w| (scale * w as f64).round_ties_even() as i64)
            .collect();
        let mut off_by = scaled.iter().sum::<i64>() - max_width as i64;
        while off_by != 0 {
            let order: Vec<usize> = if off_by < 0 {
                (0..scaled.len()).rev().collect()
            } else {
                (0..scaled.len()).collect()
            };
            for i in order {
                if off_by > 0 {
                    scaled[i] -= 1;
                    off_by -= 1;
                } else {
                    scaled[i] += 1;
                    off_by += 1;
                }
                if off_by == 0 {
                    break;
                }
            }
        }
        scaled.into_iter().map(|w| w.max(0) as usize).collect()
    }

    fn total_width(&self, padding: usize, outer_padding: usize) -> usize {
        let border = 2;
        let total: usize = self
            .column_widths(0, None)
            .iter()
            .map(|w| w + padding)
            .sum::<usize>()
            + border
            + 2 * outer_padding;
        total.max(text_width(&self.title) + border + 2 * outer_padding)
    }
}

struct Styler {
    color: bool,
}

impl Styler {
    fn row_element(&self, text: &str) -> String {
        if self.color {
            format!("\x1b[1m\x1b[34m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    fn indentation_char(&self) -> String {
        if self.color {
            "\x1b[2m\x1b[33m|\x1b[0m".to_owned()
        } else {
            "|".to_owned()
        }
    }
}

/// `|` + text centred in `length` columns + `|`; `text_length` is the width of
/// `text` without escape codes.
fn center_text(text: &str, length: usize, left: &str, right: &str, text_length: usize) -> String {
    let (length, text_length) = (length as i64, text_length as i64);
    let char_start = length.div_euclid(2) - text_length.div_euclid(2) - 1;
    let mut out = String::from(left);
    out.push_str(&" ".repeat(char_start.max(0) as usize));
    out.push_str(text);
    let so_far = text_width(left) as i64 + char_start + text_length;
    let right_spaces = length - text_width(right) as i64 - so_far;
    out.push_str(&" ".repeat(right_spaces.max(0) as usize));
    out.push_str(right);
    out
}

fn align_left(text: &str, length: usize, left: &str, right: &str, text_length: usize) -> String {
    let computed = text_length + 2 + text_width(left) + text_width(right);
    let padding = if length >= computed { 2 } else { 0 };
    let so_far = left.chars().count() + padding + text_length;
    let fill = (length as i64 - so_far as i64 - right.chars().count() as i64).max(0) as usize;
    format!(
        "{left}{}{text}{}{right}",
        " ".repeat(padding),
        " ".repeat(fill)
    )
}

struct Table {
    sections: Vec<Section>,
    styler: Styler,
}

impl Table {
    fn current(&mut self) -> &mut Section {
        if self.sections.is_empty() {
            self.sections.push(Section::default());
        }
        self.sections.last_mut().expect("one section at least")
    }

    fn new_section(&mut self, title: &str, indent_level: usize) {
        self.sections.push(Section {
            title: title.to_owned(),
            indent_level,
            ..Section::default()
        });
    }

    fn build(&mut self, title: Option<&str>, current: &Value, indent: usize) -> bool {
        if !truthy(current) {
            return false;
        }
        if let Some(t) = title {
            self.new_section(t, indent);
        }
        match current {
            Value::Array(list) => {
                if list[0].is_object() {
                    self.sub_table_from_list(list, indent, title.unwrap_or(""));
                } else {
                    for item in list {
                        match item {
                            Value::Array(inner) if inner.iter().all(is_scalar) => {
                                self.current().add_row(inner.iter().map(py_str).collect());
                            }
                            Value::Object(m) if m.values().all(is_scalar) => {
                                self.current().add_row(m.keys().cloned().collect());
                            }
                            scalar if is_scalar(scalar) => {
                                self.current().add_row(vec![py_str(scalar)]);
                            }
                            other => {
                                self.build(None, other, 0);
                            }
                        }
                    }
                }
            }
            Value::Object(map) => self.sub_table_from_dict(map, indent),
            _ => {}
        }
        true
    }

    fn sub_table_from_dict(&mut self, map: &serde_json::Map<String, Value>, indent: usize) {
        let (headers, more) = group_scalar_keys(map);
        if headers.len() == 1 {
            let h = &headers[0];
            self.current().add_row(vec![h.clone(), py_str(&map[h])]);
        } else if !headers.is_empty() {
            let row = headers.iter().map(|h| py_str(&map[h])).collect();
            self.current().add_header(headers);
            self.current().add_row(row);
        }
        for remaining in more {
            self.build(Some(&remaining), &map[&remaining], indent + 1);
        }
    }

    fn sub_table_from_list(&mut self, list: &[Value], indent: usize, title: &str) {
        let mut headers = Vec::new();
        let mut more = Vec::new();
        for item in list.iter().filter_map(Value::as_object) {
            let (h, m) = group_scalar_keys(item);
            headers.extend(h);
            more.extend(m);
        }
        headers.sort();
        headers.dedup();
        more.sort();
        more.dedup();
        self.current().add_header(headers.clone());
        let mut first = true;
        for element in list {
            if !first && !more.is_empty() {
                self.new_section(title, indent);
                self.current().add_header(headers.clone());
            }
            first = false;
            let Some(element) = element.as_object() else {
                continue;
            };
            let row = headers
                .iter()
                .map(|h| element.get(h).map_or_else(String::new, py_str))
                .collect();
            self.current().add_row(row);
            for remaining in &more {
                if let Some(v) = element.get(remaining) {
                    self.build(Some(remaining), v, indent + 1);
                }
            }
        }
    }

    fn max_width(&self) -> usize {
        self.sections
            .iter()
            .map(|s| s.total_width(4, s.indent_level))
            .max()
            .unwrap_or(0)
    }

    fn render(mut self, terminal_width: usize) -> String {
        let mut max_width = self.max_width();
        if max_width > terminal_width {
            // Too wide: single-row sections turn into key/value columns.
            for s in &mut self.sections {
                if s.rows.len() == 1 && !s.headers.is_empty() {
                    let headers = std::mem::take(&mut s.headers);
                    let row = s.rows.pop().unwrap_or_default();
                    s.max_widths.clear();
                    for (h, e) in headers.into_iter().zip(row) {
                        s.add_row(vec![h, e]);
                    }
                }
            }
            max_width = self.max_width();
        }
        let mut out = "-".repeat(max_width);
        out.push('\n');
        for s in &self.sections {
            self.render_section(s, max_width, &mut out);
        }
        out
    }

    fn render_section(&self, s: &Section, max_width: usize, out: &mut String) {
        let indent = self.styler.indentation_char().repeat(s.indent_level);
        let mut line = |text: &str| {
            out.push_str(&indent);
            out.push_str(text);
            out.push_str(&indent);
            out.push('\n');
        };
        let max_width = max_width.saturating_sub(s.indent_level * 2);
        if !s.title.is_empty() {
            line(&center_text(
                &s.title,
                max_width,
                "|",
                "|",
                text_width(&s.title),
            ));
            if s.headers.is_empty() && s.rows.is_empty() {
                line(&format!("+{}+", "-".repeat(max_width.saturating_sub(2))));
            }
        }
        let widths = s.column_widths(4, Some(max_width));
        let line_break = |widths: &[usize]| {
            let mut parts = String::new();
            for (i, w) in widths.iter().enumerate() {
                if i == 0 {
                    parts.push_str(&format!("+{}+", "-".repeat(w.saturating_sub(2))));
                } else {
                    parts.push_str(&format!("{}+", "-".repeat(w.saturating_sub(1))));
                }
            }
            parts
        };
        if !s.headers.is_empty() {
            let mut current = String::new();
            for (i, (w, h)) in widths.iter().zip(&s.headers).enumerate() {
                let left = if i == 0 { "|" } else { "" };
                current.push_str(&center_text(h, *w, left, "|", text_width(h)));
            }
            line(&line_break(&widths));
            line(&current);
        }
        if !s.rows.is_empty() && !widths.is_empty() {
            line(&line_break(&widths));
            for row in &s.rows {
                let mut current = String::new();
                for (i, (w, e)) in widths.iter().zip(row).enumerate() {
                    let left = if i == 0 { "|" } else { "" };
                    let styled = self.styler.row_element(e);
                    current.push_str(&align_left(&styled, *w, left, "|", text_width(e)));
                }
                line(&current);
            }
            line(&line_break(&widths));
        }
    }
}

fn group_scalar_keys(map: &serde_json::Map<String, Value>) -> (Vec<String>, Vec<String>) {
    let (mut headers, mut more): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    for (k, v) in map {
        if is_scalar(v) {
            headers.push(k.clone());
        } else {
            more.push(k.clone());
        }
    }
    headers.sort();
    more.sort();
    (headers, more)
}

/// The table for `value` titled `title`; empty when the value is empty.
pub fn table(value: &Value, title: &str, color: Color, terminal_width: usize) -> String {
    let mut t = Table {
        sections: Vec::new(),
        styler: Styler {
            color: color == Color::On,
        },
    };
    if t.build(Some(title), value, 0) {
        t.render(terminal_width)
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_is_indented_by_four_and_keeps_member_order() {
        let v = json!({"downloadUrl": "u", "layerDigest": "d", "a": [1, {"b": true}]});
        assert_eq!(
            json(&v),
            "{\n    \"downloadUrl\": \"u\",\n    \"layerDigest\": \"d\",\n    \"a\": [\n        1,\n        {\n            \"b\": true\n        }\n    ]\n}\n"
        );
        assert_eq!(json(&json!({})), "");
        assert_eq!(json(&json!("x")), "\"x\"\n");
    }

    #[test]
    fn text_matches_the_aws_cli_rules() {
        let v = json!({
            "repositories": [
                {"repositoryName": "a", "createdAt": 1.5, "tags": ["x", "y"]},
                {"repositoryName": "b", "imageTagMutability": "MUTABLE"}
            ],
            "nextToken": "t"
        });
        let mut out = String::new();
        text(&v, None, None, &mut out);
        assert_eq!(
            out,
            "t\nREPOSITORIES\t1.5\t\ta\nTAGS\tx\nTAGS\ty\nREPOSITORIES\t\tMUTABLE\tb\n"
        );
    }

    #[test]
    fn narrow_tables_keep_columns_and_wide_ones_turn_vertical() {
        let v = json!({"a": "1", "bb": "22"});
        assert_eq!(
            table(&v, "Op", Color::Off, 80),
            "-------------\n\
             |    Op     |\n\
             +----+------+\n\
             |  a | bb   |\n\
             +----+------+\n\
             |  1 |  22  |\n\
             +----+------+\n"
        );
        let long = "x".repeat(90);
        let v = json!({"a": long, "b": "c"});
        let t = table(&v, "Op", Color::Off, 80);
        assert!(t.contains(&format!("|  a|  {long}   |")), "{t}");
        assert!(
            t.starts_with(&format!(
                "{}\n|{}Op{}|\n",
                "-".repeat(101),
                " ".repeat(48),
                " ".repeat(49)
            )),
            "{t}"
        );
        // The expected strings come from awscli.formatter.TableFormatter.
        assert_eq!(
            table(&json!("scalar"), "Op", Color::Off, 80),
            "----\n|Op|\n+--+\n"
        );
        assert_eq!(table(&json!(null), "Op", Color::Off, 80), "");
    }
}
