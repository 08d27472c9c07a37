//! The Smithy IDL (2.0, and 1.0 files) read into a syntax tree, in pure Rust.
//!
//! [`parse`] turns one `.smithy` file into an [`IdlFile`]: control statements,
//! metadata, the namespace, `use` statements, shapes and `apply` statements, with
//! shape references still as written. Resolving them needs every file of the
//! model (forward references reach across files), so that is
//! [`IdlFile::to_document`], called by [`super::ast`] once all files are parsed.
//! Syntax errors are `FILE:LINE:COLUMN: message`.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::Error;

/// A position in a file, 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

/// A node value as written; unquoted shape ids are resolved later.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Null,
    Bool(bool),
    /// A number, as written (converted once, with a range check).
    Num(String, Pos),
    Str(String),
    /// An unquoted shape id, resolved like a shape reference.
    Id(String, Pos),
    Arr(Vec<Node>),
    Obj(Vec<(String, Node)>),
}

/// `@trait` or `@trait(value)`; `None` when written without parentheses.
#[derive(Debug, Clone)]
pub struct TraitApp {
    pub name: String,
    pub pos: Pos,
    pub value: Option<Node>,
}

/// A member: `name: Target`, `$name` (elided), or an enum member.
#[derive(Debug, Clone)]
pub struct MemberDef {
    pub name: String,
    /// `None` for `$name` (target elision).
    pub target: Option<String>,
    pub traits: Vec<TraitApp>,
    /// `= value`: a default value, or an enum member's value.
    pub value: Option<Node>,
    pub pos: Pos,
}

/// One shape statement.
#[derive(Debug, Clone)]
pub struct ShapeDef {
    pub kind: String,
    pub name: String,
    pub traits: Vec<TraitApp>,
    pub mixins: Vec<(String, Pos)>,
    pub for_resource: Option<(String, Pos)>,
    pub members: Vec<MemberDef>,
    /// Service, resource and operation properties.
    pub props: Vec<(String, Node, Pos)>,
    pub pos: Pos,
}

impl ShapeDef {
    fn new(kind: &str, name: String, traits: Vec<TraitApp>, pos: Pos) -> Self {
        ShapeDef {
            kind: kind.to_owned(),
            name,
            traits,
            mixins: Vec::new(),
            for_resource: None,
            members: Vec::new(),
            props: Vec::new(),
            pos,
        }
    }
}

/// `apply Target @trait` or `apply Target { ... }`.
#[derive(Debug, Clone)]
pub struct Apply {
    pub target: String,
    pub traits: Vec<TraitApp>,
    pub pos: Pos,
}

/// One parsed `.smithy` file.
#[derive(Debug, Clone, Default)]
pub struct IdlFile {
    pub file: String,
    pub version: String,
    pub namespace: Option<String>,
    pub uses: BTreeMap<String, String>,
    pub metadata: Vec<(String, Node)>,
    pub shapes: Vec<ShapeDef>,
    pub applies: Vec<Apply>,
    /// Warnings (unknown control statements).
    pub warnings: Vec<String>,
}

const SIMPLE: [&str; 13] = [
    "blob",
    "boolean",
    "document",
    "string",
    "byte",
    "short",
    "integer",
    "long",
    "float",
    "double",
    "bigInteger",
    "bigDecimal",
    "timestamp",
];
const AGGREGATE: [&str; 7] = [
    "enum",
    "intEnum",
    "list",
    "set",
    "map",
    "structure",
    "union",
];
const ENTITY: [&str; 3] = ["service", "resource", "operation"];

/// Parses one IDL file.
pub fn parse(file: &str, text: &str) -> Result<IdlFile, Error> {
    let mut p = Parser {
        file,
        s: text.as_bytes(),
        text,
        i: 0,
        line: 1,
        col: 1,
        docs: None,
        input_suffix: "Input".into(),
        output_suffix: "Output".into(),
        version_1: true,
    };
    let mut out = IdlFile {
        file: file.to_owned(),
        version: "1.0".into(),
        ..IdlFile::default()
    };
    p.control_section(&mut out)?;
    p.metadata_section(&mut out)?;
    p.shape_section(&mut out)?;
    Ok(out)
}

struct Parser<'a> {
    file: &'a str,
    s: &'a [u8],
    text: &'a str,
    i: usize,
    line: usize,
    col: usize,
    /// The documentation comment lines just read, if nothing came since.
    docs: Option<Vec<String>>,
    input_suffix: String,
    output_suffix: String,
    /// An IDL 1.0 file (no `$version`, or `"1.0"`).
    version_1: bool,
}

type R<T> = Result<T, Error>;

impl<'a> Parser<'a> {
    fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            col: self.col,
        }
    }

    fn err_at<T>(&self, pos: Pos, msg: impl std::fmt::Display) -> R<T> {
        Err(Error::Model(format!(
            "{}:{}:{}: {msg}",
            self.file, pos.line, pos.col
        )))
    }

    fn err<T>(&self, msg: impl std::fmt::Display) -> R<T> {
        self.err_at(self.pos(), msg)
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn peek_at(&self, n: usize) -> Option<u8> {
        self.s.get(self.i + n).copied()
    }

    fn bump(&mut self) -> Option<u8> {
        let c = self.peek()?;
        // Count columns in characters, not bytes.
        let len = self.text[self.i..].chars().next().map_or(1, char::len_utf8);
        self.i += len;
        if c == b'\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn at_eof(&self) -> bool {
        self.i >= self.s.len()
    }

    fn starts_with(&self, t: &str) -> bool {
        self.s[self.i..].starts_with(t.as_bytes())
    }

    /// Skips whitespace, commas and comments; doc comments are remembered
    /// until the next token. With `newline`, stops after the first line break
    /// (`Some(true)` when one was seen).
    fn ws(&mut self) {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\r' | b'\n' | b',') => {
                    self.bump();
                }
                Some(b'/') if self.peek_at(1) == Some(b'/') => {
                    // `///` starts a doc comment only as the first thing on its line.
                    let line_start = self.text[..self.i].rfind('\n').map_or(0, |n| n + 1);
                    let first = self.text[line_start..self.i].trim().is_empty();
                    let doc = first && self.peek_at(2) == Some(b'/');
                    let start = self.i;
                    while !matches!(self.peek(), None | Some(b'\n')) {
                        self.bump();
                    }
                    let line = &self.text[start..self.i];
                    if doc {
                        let body = line[3..].strip_prefix(' ').unwrap_or(&line[3..]);
                        self.docs
                            .get_or_insert_with(Vec::new)
                            .push(body.trim_end_matches('\r').to_owned());
                    }
                }
                _ => return,
            }
        }
    }

    /// Whitespace without line breaks or commas (inside a statement line).
    fn spaces(&mut self) {
        while let Some(b' ' | b'\t') = self.peek() {
            self.bump();
        }
    }

    /// Requires a line break (or end of file) after a statement, comments allowed.
    fn end_of_line(&mut self) -> R<()> {
        self.spaces();
        match self.peek() {
            None | Some(b'\n') => Ok(()),
            Some(b'\r') if self.peek_at(1) == Some(b'\n') => Ok(()),
            Some(b'/') if self.peek_at(1) == Some(b'/') => Ok(()),
            Some(_) => self.err(format!("expected a line break, found {}", self.describe())),
        }
    }

    fn describe(&self) -> String {
        match self.text[self.i..].chars().next() {
            None => "the end of the file".into(),
            Some(c) => format!("`{c}`"),
        }
    }

    /// Takes the pending doc comment (clearing it).
    fn take_docs(&mut self) -> Option<String> {
        self.docs.take().map(|lines| lines.join("\n"))
    }

    fn expect(&mut self, c: u8) -> R<()> {
        if self.peek() == Some(c) {
            self.bump();
            self.docs = None;
            Ok(())
        } else {
            self.err(format!(
                "expected `{}`, found {}",
                c as char,
                self.describe()
            ))
        }
    }

    fn identifier(&mut self) -> R<String> {
        let start = self.i;
        match self.peek() {
            Some(c) if c.is_ascii_alphabetic() || c == b'_' => {}
            _ => return self.err(format!("expected an identifier, found {}", self.describe())),
        }
        while let Some(c) = self.peek() {
            if c.is_ascii_alphanumeric() || c == b'_' {
                self.bump();
            } else {
                break;
            }
        }
        let id = &self.text[start..self.i];
        if id.bytes().all(|c| c == b'_') {
            return self.err_at(
                Pos {
                    line: self.line,
                    col: self.col - id.len(),
                },
                "an identifier needs a letter or digit",
            );
        }
        self.docs = None;
        Ok(id.to_owned())
    }

    fn namespace_name(&mut self) -> R<String> {
        let mut ns = self.identifier()?;
        while self.peek() == Some(b'.') {
            self.bump();
            ns.push('.');
            ns.push_str(&self.identifier()?);
        }
        Ok(ns)
    }

    /// A shape id as written: `Name`, `ns.x#Name`, optionally `$member`.
    fn shape_id(&mut self, member: bool) -> R<String> {
        let mut id = self.namespace_name()?;
        if self.peek() == Some(b'#') {
            self.bump();
            id.push('#');
            id.push_str(&self.identifier()?);
        } else if id.contains('.') {
            return self.err(format!("expected `#` after namespace `{id}`"));
        }
        if member && self.peek() == Some(b'$') {
            self.bump();
            id.push('$');
            id.push_str(&self.identifier()?);
        }
        Ok(id)
    }

    // ---- sections ----

    fn control_section(&mut self, out: &mut IdlFile) -> R<()> {
        let mut version_seen = false;
        loop {
            self.ws();
            if self.peek() != Some(b'$') {
                return Ok(());
            }
            let pos = self.pos();
            self.bump();
            let key = match self.peek() {
                Some(b'"') => self.string()?,
                _ => self.identifier()?,
            };
            self.spaces();
            self.expect(b':')?;
            self.spaces();
            let value = self.node()?;
            self.end_of_line()?;
            match (key.as_str(), &value) {
                ("version", Node::Str(v)) => {
                    if version_seen {
                        return self.err_at(pos, "`$version` is given twice");
                    }
                    if !matches!(v.as_str(), "1" | "1.0" | "2" | "2.0") {
                        return self.err_at(pos, format!("unsupported IDL version `{v}`"));
                    }
                    version_seen = true;
                    out.version = if v.starts_with('2') { "2.0" } else { "1.0" }.into();
                    self.version_1 = out.version == "1.0";
                }
                ("version", _) => return self.err_at(pos, "`$version` must be a string"),
                ("operationInputSuffix", Node::Str(v)) => self.input_suffix = v.clone(),
                ("operationOutputSuffix", Node::Str(v)) => self.output_suffix = v.clone(),
                ("operationInputSuffix" | "operationOutputSuffix", _) => {
                    return self.err_at(pos, format!("`${key}` must be a string"))
                }
                _ => out.warnings.push(format!(
                    "{}:{}:{}: unknown control statement `${key}` ignored",
                    self.file, pos.line, pos.col
                )),
            }
        }
    }

    fn metadata_section(&mut self, out: &mut IdlFile) -> R<()> {
        loop {
            self.ws();
            if !self.keyword("metadata") {
                return Ok(());
            }
            if !matches!(self.peek(), Some(b' ' | b'\t')) {
                return self.err(format!(
                    "expected a space after `metadata`, found {}",
                    self.describe()
                ));
            }
            self.spaces();
            let key = match self.peek() {
                Some(b'"') => self.string()?,
                _ => self.identifier()?,
            };
            self.spaces();
            self.expect(b'=')?;
            self.spaces();
            let value = self.node()?;
            self.end_of_line()?;
            out.metadata.push((key, value));
        }
    }

    /// Consumes `word` when it is the next whole word.
    fn keyword(&mut self, word: &str) -> bool {
        if self.keyword_ahead(word) {
            for _ in 0..word.len() {
                self.bump();
            }
            self.docs = None;
            true
        } else {
            false
        }
    }

    fn shape_section(&mut self, out: &mut IdlFile) -> R<()> {
        self.ws();
        if self.at_eof() {
            return Ok(());
        }
        if !self.keyword("namespace") {
            if self.peek() == Some(b'$') {
                return self.err("control statements must come before metadata and shapes");
            }
            if self.starts_with("metadata") {
                return self.err("metadata must come before the namespace");
            }
            return self.err(format!(
                "expected `namespace` (shapes need one), found {}",
                self.describe()
            ));
        }
        self.spaces();
        let ns = self.namespace_name()?;
        self.end_of_line()?;
        out.namespace = Some(ns);
        // use statements
        loop {
            self.ws();
            if !self.keyword("use") {
                break;
            }
            self.spaces();
            let pos = self.pos();
            let id = self.shape_id(false)?;
            if !id.contains('#') {
                return self.err_at(pos, format!("`use` needs an absolute shape id, not `{id}`"));
            }
            self.end_of_line()?;
            let name = id.rsplit('#').next().unwrap_or_default().to_owned();
            match out.uses.get(&name) {
                Some(prev) if *prev != id => {
                    return self.err_at(pos, format!("`{name}` is already imported as `{prev}`"))
                }
                _ => {}
            }
            out.uses.insert(name, id);
        }
        loop {
            self.ws();
            if self.at_eof() {
                return Ok(());
            }
            if self.peek() == Some(b'$') {
                return self.err("control statements must come first in the file");
            }
            if self.keyword_ahead("metadata") {
                return self.err("metadata must come before the namespace");
            }
            if self.keyword_ahead("namespace") {
                return self.err("a file has one namespace statement");
            }
            if self.keyword_ahead("use") {
                return self.err("`use` statements must come before shapes");
            }
            if self.keyword_ahead("apply") {
                let apply = self.apply()?;
                out.applies.push(apply);
                continue;
            }
            self.shape_statement(out)?;
        }
    }

    /// Whether `word` is next as a whole word (not the start of a longer
    /// identifier or shape id).
    fn keyword_ahead(&self, word: &str) -> bool {
        self.starts_with(word)
            && !self.s.get(self.i + word.len()).is_some_and(|c| {
                c.is_ascii_alphanumeric() || *c == b'_' || *c == b'.' || *c == b'#'
            })
    }

    fn apply(&mut self) -> R<Apply> {
        let pos = self.pos();
        self.keyword("apply");
        self.spaces();
        let target = self.shape_id(true)?;
        self.ws();
        let traits = if self.peek() == Some(b'{') {
            self.bump();
            let mut traits = Vec::new();
            loop {
                self.ws();
                match self.peek() {
                    Some(b'}') => {
                        self.bump();
                        break;
                    }
                    Some(b'@') => traits.push(self.trait_app()?),
                    _ => {
                        return self.err(format!(
                            "expected a trait or `}}` in the apply block, found {}",
                            self.describe()
                        ))
                    }
                }
            }
            traits
        } else if self.peek() == Some(b'@') {
            vec![self.trait_app()?]
        } else {
            return self.err(format!("expected a trait after `apply {target}`"));
        };
        self.docs = None;
        Ok(Apply {
            target,
            traits,
            pos,
        })
    }

    /// Traits before a shape or member, with the doc comment before them.
    fn traits(&mut self) -> R<Vec<TraitApp>> {
        let docs_pos = self.pos();
        let docs = self.take_docs();
        let mut traits = Vec::new();
        if let Some(d) = docs {
            traits.push(TraitApp {
                name: "smithy.api#documentation".into(),
                pos: docs_pos,
                value: Some(Node::Str(d)),
            });
        }
        loop {
            if self.peek() != Some(b'@') {
                return Ok(traits);
            }
            traits.push(self.trait_app()?);
            self.ws();
        }
    }

    fn trait_app(&mut self) -> R<TraitApp> {
        let pos = self.pos();
        self.expect(b'@')?;
        let name = self.shape_id(false)?;
        if self.peek() != Some(b'(') {
            return Ok(TraitApp {
                name,
                pos,
                value: None,
            });
        }
        self.bump();
        self.ws();
        if self.peek() == Some(b')') {
            self.bump();
            return Ok(TraitApp {
                name,
                pos,
                value: Some(Node::Obj(Vec::new())),
            });
        }
        // `key: value` pairs (structured) or a single node value.
        let value = if self.structured_trait_ahead() {
            Node::Obj(self.entries(b')')?)
        } else {
            let v = self.node()?;
            self.ws();
            v
        };
        self.ws();
        self.expect(b')')?;
        Ok(TraitApp {
            name,
            pos,
            value: Some(value),
        })
    }

    /// After `(`: an identifier or string followed by `:`.
    fn structured_trait_ahead(&self) -> bool {
        let mut j = self.i;
        let s = self.s;
        if s.get(j) == Some(&b'"') {
            j += 1;
            while j < s.len() && s[j] != b'"' {
                if s[j] == b'\\' {
                    j += 1;
                }
                j += 1;
            }
            j += 1;
        } else {
            while j < s.len() && (s[j].is_ascii_alphanumeric() || s[j] == b'_') {
                j += 1;
            }
            if j == self.i {
                return false;
            }
        }
        while j < s.len() && matches!(s[j], b' ' | b'\t' | b'\r' | b'\n' | b',') {
            j += 1;
        }
        s.get(j) == Some(&b':')
    }

    /// `key: value` entries, keys unique, up to `close` (left for the caller).
    fn entries(&mut self, close: u8) -> R<Vec<(String, Node)>> {
        let mut entries: Vec<(String, Node)> = Vec::new();
        loop {
            self.ws();
            if self.peek() == Some(close) {
                return Ok(entries);
            }
            if self.at_eof() {
                return self.err(format!(
                    "expected `{}` before the end of the file",
                    close as char
                ));
            }
            let kpos = self.pos();
            let key = self.object_key()?;
            if entries.iter().any(|(k, _)| *k == key) {
                return self.err_at(kpos, format!("duplicate key `{key}`"));
            }
            self.ws();
            self.expect(b':')?;
            self.ws();
            entries.push((key, self.node()?));
        }
    }

    fn object_key(&mut self) -> R<String> {
        match self.peek() {
            Some(b'"') if self.starts_with("\"\"\"") => {
                self.err("an object key cannot be a text block")
            }
            Some(b'"') => self.string(),
            _ => self.identifier(),
        }
    }

    fn shape_statement(&mut self, out: &mut IdlFile) -> R<()> {
        let traits = self.traits()?;
        let (kind, pos) = self.shape_type(out)?;
        self.spaces();
        let name = self.shape_name(out)?;
        let mut shape = ShapeDef::new(&kind, name, traits, pos);
        self.spaces();
        if self.keyword_ahead("for") {
            if out.version == "1.0" {
                return self
                    .err("binding a shape to a resource with `for` needs `$version: \"2.0\"`");
            }
            if !matches!(kind.as_str(), "structure" | "union" | "list" | "map") {
                return self.err(format!("`for` is not allowed on {kind} shapes"));
            }
            shape.for_resource = Some(self.resource_binding()?);
            self.spaces();
        }
        if self.keyword_ahead("with") {
            if out.version == "1.0" {
                return self.err("mixins (`with`) need `$version: \"2.0\"`");
            }
            self.keyword("with");
            self.mixin_list(&mut shape)?;
        }
        if out.version == "1.0" {
            if let Some(t) = shape
                .traits
                .iter()
                .find(|t| t.name == "mixin" || t.name == "smithy.api#mixin")
            {
                return self.err_at(t.pos, "the @mixin trait needs `$version: \"2.0\"`");
            }
        }
        self.versioned_traits(&shape.traits)?;
        if SIMPLE.contains(&kind.as_str()) {
            self.end_of_line()?;
            out.shapes.push(shape);
            return Ok(());
        }
        self.ws();
        if ENTITY.contains(&kind.as_str()) {
            self.entity_body(&mut shape, out)?;
            let is_mixin = shape
                .traits
                .iter()
                .any(|t| t.name == "mixin" || t.name == "smithy.api#mixin");
            if kind == "resource" && is_mixin && !shape.props.is_empty() {
                return self.err_at(
                    shape.pos,
                    format!(
                        "resource shapes with the mixin trait may not define any properties; resource mixin `{}` defines `{}`",
                        shape.name, shape.props[0].0
                    ),
                );
            }
        } else {
            self.members(&mut shape)?;
        }
        out.shapes.push(shape);
        Ok(())
    }

    /// A shape statement's type keyword, known and allowed in the file's version.
    fn shape_type(&mut self, out: &IdlFile) -> R<(String, Pos)> {
        let pos = self.pos();
        let Ok(kind) = self.identifier() else {
            return self.err_at(
                pos,
                format!("expected a shape type, found {}", self.describe()),
            );
        };
        if kind == "set" && out.version == "2.0" {
            return self.err_at(
                pos,
                "`set` is not part of IDL 2.0: use a list with @uniqueItems",
            );
        }
        if ![&SIMPLE[..], &AGGREGATE[..], &ENTITY[..]]
            .iter()
            .any(|kinds| kinds.contains(&kind.as_str()))
        {
            return self.err_at(pos, format!("unknown shape type `{kind}`"));
        }
        if out.version == "1.0" && matches!(kind.as_str(), "enum" | "intEnum") {
            return self.err_at(pos, format!("`{kind}` shapes need `$version: \"2.0\"`"));
        }
        Ok((kind, pos))
    }

    /// A new shape's name: not defined before in the file, not imported.
    fn shape_name(&mut self, out: &IdlFile) -> R<String> {
        let pos = self.pos();
        let name = self.identifier()?;
        if out.shapes.iter().any(|s| s.name == name) {
            return self.err_at(pos, format!("shape `{name}` is defined twice"));
        }
        if let Some(imported) = out.uses.get(&name) {
            return self.err_at(
                pos,
                format!("shape `{name}` conflicts with the imported `{imported}`"),
            );
        }
        Ok(name)
    }

    /// `for Resource` (the keyword is next): the resource and where it is named.
    fn resource_binding(&mut self) -> R<(String, Pos)> {
        self.keyword("for");
        self.spaces();
        let pos = self.pos();
        Ok((self.shape_id(false)?, pos))
    }

    /// `[A, B]` after `with`: at least one shape id.
    fn mixin_list(&mut self, shape: &mut ShapeDef) -> R<()> {
        self.ws();
        self.expect(b'[')?;
        loop {
            self.ws();
            if self.peek() == Some(b']') {
                if shape.mixins.is_empty() {
                    return self.err("expected a mixin shape id, found `]`");
                }
                self.bump();
                return Ok(());
            }
            let mpos = self.pos();
            shape.mixins.push((self.shape_id(false)?, mpos));
        }
    }

    fn members(&mut self, shape: &mut ShapeDef) -> R<()> {
        self.expect(b'{')?;
        let is_enum = matches!(shape.kind.as_str(), "enum" | "intEnum");
        loop {
            self.ws();
            if self.peek() == Some(b'}') {
                if is_enum && shape.members.is_empty() && shape.mixins.is_empty() {
                    return self.err_at(
                        shape.pos,
                        format!(
                            "{} `{}` must have at least one member",
                            shape.kind, shape.name
                        ),
                    );
                }
                self.bump();
                self.docs = None;
                return Ok(());
            }
            if self.at_eof() {
                return self.err("expected `}` before the end of the file");
            }
            let traits = self.traits()?;
            self.versioned_traits(&traits)?;
            let pos = self.pos();
            let elided = self.peek() == Some(b'$');
            if elided {
                if is_enum {
                    return self.err("enum members cannot use target elision");
                }
                if self.version_1 {
                    return self.err("target elision (`$member`) needs `$version: \"2.0\"`");
                }
                self.bump();
            }
            let name = self.identifier()?;
            if shape.members.iter().any(|m| m.name == name) {
                return self.err_at(pos, format!("member `{name}` is defined twice"));
            }
            self.spaces();
            let mut target = None;
            if !elided && !is_enum {
                if self.peek() != Some(b':') {
                    return self.err(format!(
                        "expected `:` after member `{name}`, found {}",
                        self.describe()
                    ));
                }
                self.bump();
                self.spaces();
                target = Some(self.shape_id(false)?);
                self.spaces();
            } else if self.peek() == Some(b':') {
                return self.err(if is_enum {
                    "enum members have no target".to_owned()
                } else {
                    format!("an elided member `${name}` has no target")
                });
            }
            let mut value = None;
            if self.peek() == Some(b'=') {
                if self.version_1 && !is_enum {
                    return self.err("default values (`= value`) need `$version: \"2.0\"`");
                }
                self.bump();
                // The value is on the same line, and the line ends after it.
                self.spaces();
                if matches!(self.peek(), None | Some(b'\n' | b'\r')) {
                    return self.err("expected a value after `=` on the same line");
                }
                value = Some(self.node()?);
                // One comma may follow the value on its line, as in Smithy.
                self.spaces();
                if self.peek() == Some(b',') {
                    self.bump();
                }
                self.end_of_line()?;
            }
            shape.members.push(MemberDef {
                name,
                target,
                traits,
                value,
                pos,
            });
        }
    }

    /// Traits one IDL version does not allow: `@default` in 1.0, `@box` in 2.0.
    fn versioned_traits(&self, traits: &[TraitApp]) -> R<()> {
        let named = |n: &str| {
            traits
                .iter()
                .find(|t| t.name == n || t.name.strip_prefix("smithy.api#") == Some(n))
        };
        if self.version_1 {
            if let Some(t) = named("default") {
                return self.err_at(
                    t.pos,
                    "the @default trait can only be used in Smithy 2.0 or later",
                );
            }
        } else if let Some(t) = named("box") {
            return self.err_at(t.pos, "@box is not supported in Smithy IDL 2.0");
        }
        Ok(())
    }

    fn entity_body(&mut self, shape: &mut ShapeDef, out: &mut IdlFile) -> R<()> {
        self.expect(b'{')?;
        loop {
            self.ws();
            if self.peek() == Some(b'}') {
                self.bump();
                return Ok(());
            }
            let pos = self.pos();
            let key = self.identifier()?;
            if shape.props.iter().any(|(k, _, _)| *k == key) {
                return self.err_at(pos, format!("`{key}` is given twice"));
            }
            // Line breaks and comments may come before `:=` (doc comments
            // there document nothing, as in Smithy).
            self.ws();
            if self.starts_with(":=") {
                if self.version_1 {
                    return self.err_at(
                        pos,
                        "inline input and output (`:=`) need `$version: \"2.0\"`",
                    );
                }
                if shape.kind != "operation" || !matches!(key.as_str(), "input" | "output") {
                    return self.err_at(
                        pos,
                        format!("`{key} :=` is only for operation input and output"),
                    );
                }
                self.bump();
                self.bump();
                self.docs = None;
                self.ws();
                let id = self.inline_structure(shape, &key, out)?;
                shape.props.push((key, Node::Id(id, pos), pos));
                continue;
            }
            if self.version_1 && shape.kind == "resource" && key == "properties" {
                return self.err_at(pos, "resource properties need `$version: \"2.0\"`");
            }
            self.ws();
            self.expect(b':')?;
            self.ws();
            let value = self.node()?;
            shape.props.push((key, value, pos));
        }
    }

    fn inline_structure(&mut self, op: &ShapeDef, key: &str, out: &mut IdlFile) -> R<String> {
        let suffix = if key == "input" {
            &self.input_suffix
        } else {
            &self.output_suffix
        };
        let name = format!("{}{suffix}", op.name);
        let pos = self.pos();
        let mut traits = self.traits()?;
        let implicit = format!("smithy.api#{key}");
        if !traits.iter().any(|t| t.name == key || t.name == implicit) {
            traits.push(TraitApp {
                name: implicit,
                pos,
                value: None,
            });
        }
        let mut shape = ShapeDef::new("structure", name.clone(), traits, pos);
        if self.keyword_ahead("for") {
            shape.for_resource = Some(self.resource_binding()?);
            self.ws();
        }
        if self.keyword_ahead("with") {
            self.keyword("with");
            self.mixin_list(&mut shape)?;
            self.ws();
        }
        if out.shapes.iter().any(|s| s.name == name) {
            return self.err_at(pos, format!("shape `{name}` is defined twice"));
        }
        self.members(&mut shape)?;
        out.shapes.push(shape);
        Ok(name)
    }

    // ---- node values ----

    fn node(&mut self) -> R<Node> {
        let pos = self.pos();
        match self.peek() {
            Some(b'{') => {
                self.bump();
                let entries = self.entries(b'}')?;
                self.bump();
                Ok(Node::Obj(entries))
            }
            Some(b'[') => {
                self.bump();
                let mut items = Vec::new();
                loop {
                    self.ws();
                    if self.peek() == Some(b']') {
                        self.bump();
                        return Ok(Node::Arr(items));
                    }
                    if self.at_eof() {
                        return self.err("expected `]` before the end of the file");
                    }
                    items.push(self.node()?);
                }
            }
            Some(b'"') => Ok(Node::Str(self.string()?)),
            Some(c) if c == b'-' || c.is_ascii_digit() => self.number(),
            Some(c) if c.is_ascii_alphabetic() || c == b'_' => {
                let id = self.shape_id(true)?;
                Ok(match id.as_str() {
                    "true" => Node::Bool(true),
                    "false" => Node::Bool(false),
                    "null" => Node::Null,
                    _ => Node::Id(id, pos),
                })
            }
            _ => self.err(format!("expected a value, found {}", self.describe())),
        }
    }

    fn number(&mut self) -> R<Node> {
        let pos = self.pos();
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.bump();
        }
        let digits = |p: &mut Self| {
            let s = p.i;
            while p.peek().is_some_and(|c| c.is_ascii_digit()) {
                p.bump();
            }
            p.i - s
        };
        let int_start = self.i;
        if digits(self) == 0 {
            return self.err("expected digits");
        }
        if self.s[int_start] == b'0' && self.i - int_start > 1 {
            return self.err_at(pos, "a number cannot have leading zeros");
        }
        if self.peek() == Some(b'.') {
            self.bump();
            if digits(self) == 0 {
                return self.err("expected digits after `.`");
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.bump();
            if let Some(b'+' | b'-') = self.peek() {
                self.bump();
            }
            if digits(self) == 0 {
                return self.err("expected digits in the exponent");
            }
        }
        if self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.')
        {
            return self.err(format!("unexpected {} in a number", self.describe()));
        }
        self.docs = None;
        Ok(Node::Num(self.text[start..self.i].to_owned(), pos))
    }

    /// A quoted string or text block, escapes processed.
    fn string(&mut self) -> R<String> {
        if self.starts_with("\"\"\"") {
            return self.text_block();
        }
        let pos = self.pos();
        self.bump();
        let start = self.i;
        loop {
            match self.peek() {
                None => {
                    return self
                        .err("expected `\"` to close the string, found the end of the file");
                }
                Some(b'"') => break,
                Some(b'\\') => {
                    self.bump();
                    self.bump();
                }
                Some(_) => {
                    self.bump();
                }
            }
        }
        let raw = &self.text[start..self.i];
        self.bump();
        self.docs = None;
        let raw = raw.replace("\r\n", "\n");
        unescape(&raw).map_err(|(off, m)| {
            let before = &raw[..off];
            let line = pos.line + before.matches('\n').count();
            let col = match before.rfind('\n') {
                Some(n) => before[n + 1..].chars().count() + 1,
                None => pos.col + 1 + before.chars().count(),
            };
            Error::Model(format!("{}:{line}:{col}: {m}", self.file))
        })
    }

    fn text_block(&mut self) -> R<String> {
        let pos = self.pos();
        for _ in 0..3 {
            self.bump();
        }
        self.spaces();
        match self.peek() {
            Some(b'\n') => {
                self.bump();
            }
            Some(b'\r') if self.peek_at(1) == Some(b'\n') => {
                self.bump();
                self.bump();
            }
            _ => return self.err("a text block's opening `\"\"\"` must end its line"),
        }
        let start = self.i;
        loop {
            match self.peek() {
                // Reported where the file ends, as Smithy does.
                None => {
                    return self.err(
                        "expected `\"\"\"` to close the text block, found the end of the file",
                    )
                }
                Some(b'"') if self.starts_with("\"\"\"") => break,
                Some(b'\\') => {
                    self.bump();
                    self.bump();
                }
                Some(_) => {
                    self.bump();
                }
            }
        }
        let raw = self.text[start..self.i].replace("\r\n", "\n");
        for _ in 0..3 {
            self.bump();
        }
        self.docs = None;
        // Incidental whitespace: the least indentation of the non-blank lines
        // and of the closing delimiter's line.
        let lines: Vec<&str> = raw.split('\n').collect();
        let last = lines.len() - 1;
        let indent = lines
            .iter()
            .enumerate()
            .filter(|(i, l)| *i == last || !l.trim().is_empty())
            .map(|(_, l)| l.len() - l.trim_start_matches([' ', '\t']).len())
            .min()
            .unwrap_or(0);
        let mut out = Vec::new();
        for l in &lines {
            let l = if l.len() >= indent {
                &l[indent..]
            } else {
                l.trim_start()
            };
            // Trailing whitespace is not content, on any line.
            let l = l.trim_end_matches([' ', '\t']);
            out.push(l);
        }
        let text = out.join("\n");
        unescape(&text)
            .map_err(|(_, m)| Error::Model(format!("{}:{}:{}: {m}", self.file, pos.line, pos.col)))
    }
}

/// Processes string escapes; errors carry the byte offset.
fn unescape(raw: &str) -> Result<String, (usize, String)> {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            // The IDL's QuotedChar: no control characters but tab and line ends.
            if c < ' ' && !matches!(c, '\t' | '\n' | '\r') {
                return Err((i, format!("invalid string character U+{:04X}", c as u32)));
            }
            out.push(c);
            continue;
        }
        match chars.next() {
            Some((_, '"')) => out.push('"'),
            Some((_, '\\')) => out.push('\\'),
            Some((_, '/')) => out.push('/'),
            Some((_, 'b')) => out.push('\u{8}'),
            Some((_, 'f')) => out.push('\u{c}'),
            Some((_, 'n')) => out.push('\n'),
            Some((_, 'r')) => out.push('\r'),
            Some((_, 't')) => out.push('\t'),
            Some((_, '\n')) => {}
            Some((_, 'u')) => {
                let hex = |chars: &mut std::iter::Peekable<std::str::CharIndices>| {
                    let mut v = 0u32;
                    for _ in 0..4 {
                        let d = chars.next().and_then(|(_, c)| c.to_digit(16));
                        v = v * 16 + d.ok_or((i, "invalid unicode escape".to_owned()))?;
                    }
                    Ok::<u32, (usize, String)>(v)
                };
                let mut v = hex(&mut chars)?;
                if (0xD800..0xDC00).contains(&v) {
                    let rest: String = chars.clone().take(2).map(|(_, c)| c).collect();
                    if rest == "\\u" {
                        chars.next();
                        chars.next();
                        let lo = hex(&mut chars)?;
                        if !(0xDC00..0xE000).contains(&lo) {
                            return Err((i, "invalid surrogate pair".into()));
                        }
                        v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
                    }
                }
                out.push(char::from_u32(v).ok_or((i, "invalid unicode escape".to_owned()))?);
            }
            Some((_, other)) => return Err((i, format!("invalid escape `\\{other}`"))),
            None => return Err((i, "a string cannot end with `\\`".into())),
        }
    }
    Ok(out)
}

/// The names `smithy.api` defines, for resolving relative ids.
pub const PRELUDE: &[&str] = &[
    "String",
    "Blob",
    "BigInteger",
    "BigDecimal",
    "Timestamp",
    "Document",
    "Boolean",
    "Byte",
    "Short",
    "Integer",
    "Long",
    "Float",
    "Double",
    "Unit",
    "PrimitiveBoolean",
    "PrimitiveByte",
    "PrimitiveShort",
    "PrimitiveInteger",
    "PrimitiveLong",
    "PrimitiveFloat",
    "PrimitiveDouble",
    "addedDefault",
    "auth",
    "authDefinition",
    "box",
    "clientOptional",
    "cors",
    "default",
    "deprecated",
    "documentation",
    "endpoint",
    "enum",
    "enumValue",
    "error",
    "eventHeader",
    "eventPayload",
    "examples",
    "externalDocumentation",
    "hostLabel",
    "http",
    "httpApiKeyAuth",
    "httpBasicAuth",
    "httpBearerAuth",
    "httpChecksumRequired",
    "httpDigestAuth",
    "httpError",
    "httpHeader",
    "httpLabel",
    "httpPayload",
    "httpPrefixHeaders",
    "httpQuery",
    "httpQueryParams",
    "httpResponseCode",
    "idRef",
    "idempotencyToken",
    "idempotent",
    "input",
    "internal",
    "jsonName",
    "length",
    "mediaType",
    "mixin",
    "nestedProperties",
    "noReplace",
    "notProperty",
    "optionalAuth",
    "output",
    "paginated",
    "pattern",
    "private",
    "property",
    "protocolDefinition",
    "range",
    "readonly",
    "recommended",
    "references",
    "required",
    "requestCompression",
    "requiresLength",
    "resourceIdentifier",
    "retryable",
    "sensitive",
    "since",
    "sparse",
    "streaming",
    "suppress",
    "tags",
    "timestampFormat",
    "title",
    "trait",
    "traitValidators",
    "uniqueItems",
    "unitType",
    "unstable",
    "xmlAttribute",
    "xmlFlattened",
    "xmlName",
    "xmlNamespace",
];

/// Prelude traits whose value is a list (`@tags` alone means `[]`).
pub const PRELUDE_LIST_TRAITS: &[&str] =
    &["auth", "enum", "examples", "references", "suppress", "tags"];

/// What a relative name resolves against: the file's namespace and `use`
/// statements, and every shape the model defines.
pub struct Resolver<'a> {
    pub namespace: &'a str,
    pub uses: &'a BTreeMap<String, String>,
    pub defined: &'a BTreeSet<String>,
    pub file: &'a str,
}

impl Resolver<'_> {
    /// `use`d names, then the namespace's shapes, then the prelude, else the
    /// namespace (an undefined shape, reported when it is used).
    pub fn resolve(&self, name: &str) -> String {
        if name.contains('#') {
            return name.to_owned();
        }
        let (base, member) = match name.split_once('$') {
            Some((b, m)) => (b, Some(m)),
            None => (name, None),
        };
        let abs = if let Some(u) = self.uses.get(base) {
            u.clone()
        } else {
            let local = format!("{}#{base}", self.namespace);
            if self.defined.contains(&local) || !PRELUDE.contains(&base) {
                local
            } else {
                format!("smithy.api#{base}")
            }
        };
        match member {
            Some(m) => format!("{abs}${m}"),
            None => abs,
        }
    }

    fn error(&self, pos: Pos, msg: impl std::fmt::Display) -> Error {
        Error::Model(format!("{}:{}:{}: {msg}", self.file, pos.line, pos.col))
    }

    /// A node value as JSON, unquoted shape ids resolved.
    pub fn node(&self, n: &Node) -> Result<Value, Error> {
        Ok(match n {
            Node::Null => Value::Null,
            Node::Bool(b) => Value::Bool(*b),
            Node::Str(s) => Value::String(s.clone()),
            Node::Id(id, pos) => {
                let resolved = self.resolve(id);
                let shape = resolved.split('$').next().unwrap_or_default();
                let known = self.defined.contains(shape)
                    || shape
                        .strip_prefix("smithy.api#")
                        .is_some_and(|n| PRELUDE.contains(&n))
                    // The standard traits (`protocol: rpcv2Json` in a
                    // protocol test) need no definition in the model.
                    || crate::traits::is_listed(shape);
                if !known {
                    return Err(self.error(*pos, format!(
                        "unquoted `{id}` is not a shape (resolved to `{resolved}`); quote it to write a string"
                    )));
                }
                Value::String(resolved)
            }
            Node::Num(text, pos) => number(text)
                .ok_or_else(|| self.error(*pos, format!("number `{text}` is out of range")))?,
            Node::Arr(items) => Value::Array(
                items
                    .iter()
                    .map(|i| self.node(i))
                    .collect::<Result<_, _>>()?,
            ),
            Node::Obj(entries) => {
                let mut m = Map::new();
                for (k, v) in entries {
                    m.insert(k.clone(), self.node(v)?);
                }
                Value::Object(m)
            }
        })
    }
}

/// A JSON number from its text: integers exactly when they fit, a double
/// when one holds the number exactly (so `10e+0` reads as the JSON AST's
/// `10.0`); any other number keeps every digit as written, where
/// `serde_json` keeps numbers' text (its `arbitrary_precision`, which the
/// runtime turns on: `bigInteger` and `bigDecimal` values), else the
/// nearest finite double.
fn number(text: &str) -> Option<Value> {
    if !text.contains(['.', 'e', 'E']) {
        if let Ok(i) = text.parse::<i64>() {
            return Some(Value::from(i));
        }
        if let Ok(u) = text.parse::<u64>() {
            return Some(Value::from(u));
        }
    }
    let f = text.parse::<f64>().ok().filter(|f| f.is_finite());
    if let Some(f) = f.filter(|f| codegen_rt::json::same_number(&format!("{f:e}"), text)) {
        return serde_json::Number::from_f64(f).map(Value::Number);
    }
    if let Ok(n) = text.parse::<serde_json::Number>() {
        if n.to_string() == text {
            return Some(Value::Number(n));
        }
    }
    serde_json::Number::from_f64(f?).map(Value::Number)
}

impl IdlFile {
    /// The file as a JSON AST document (`smithy`, `metadata`, `shapes` with
    /// `apply` entries), every reference resolved against `defined`, the
    /// absolute ids of all shapes of the model.
    pub fn to_document(&self, defined: &BTreeSet<String>) -> Result<Value, Error> {
        let ns = self.namespace.as_deref().unwrap_or("");
        let r = Resolver {
            namespace: ns,
            uses: &self.uses,
            defined,
            file: &self.file,
        };
        let mut shapes = Map::new();
        for s in &self.shapes {
            let id = format!("{ns}#{}", s.name);
            shapes.insert(id, self.shape_json(&r, s)?);
        }
        let mut applies = Vec::new();
        for a in &self.applies {
            let target = r.resolve(&a.target);
            applies.push(serde_json::json!({
                "target": target,
                "traits": traits_json(&r, &a.traits)?,
                "at": format!("{}:{}:{}", self.file, a.pos.line, a.pos.col),
            }));
        }
        let mut metadata = Map::new();
        for (k, v) in &self.metadata {
            if metadata.contains_key(k) {
                return Err(Error::Model(format!(
                    "{}: metadata `{k}` is given twice",
                    self.file
                )));
            }
            metadata.insert(k.clone(), r.node(v)?);
        }
        Ok(serde_json::json!({
            "smithy": self.version,
            "metadata": metadata,
            "shapes": shapes,
            "applies": applies,
        }))
    }

    fn shape_json(&self, r: &Resolver, s: &ShapeDef) -> Result<Value, Error> {
        let mut m = Map::new();
        m.insert("type".into(), Value::String(s.kind.clone()));
        if !s.mixins.is_empty() {
            let mixins: Vec<Value> = s
                .mixins
                .iter()
                .map(|(id, _)| serde_json::json!({ "target": r.resolve(id) }))
                .collect();
            m.insert("mixins".into(), Value::Array(mixins));
        }
        let traits = traits_json(r, &s.traits)?;
        if !traits.is_empty() {
            m.insert("traits".into(), Value::Object(traits));
        }
        match s.kind.as_str() {
            "list" | "set" | "map" => {
                let allowed: &[&str] = if s.kind == "map" {
                    &["key", "value"]
                } else {
                    &["member"]
                };
                for mem in &s.members {
                    if !allowed.contains(&mem.name.as_str()) {
                        return Err(r.error(
                            mem.pos,
                            format!("{} shapes have no member `{}`", s.kind, mem.name),
                        ));
                    }
                    m.insert(mem.name.clone(), self.member_json(r, s, mem)?);
                }
                if s.mixins.is_empty() {
                    if let Some(missing) = allowed.iter().find(|n| !m.contains_key(**n)) {
                        return Err(r.error(
                            s.pos,
                            format!("{} `{}` has no `{missing}` member", s.kind, s.name),
                        ));
                    }
                }
            }
            "structure" | "union" | "enum" | "intEnum" => {
                let mut members = Map::new();
                for mem in &s.members {
                    members.insert(mem.name.clone(), self.member_json(r, s, mem)?);
                }
                if !members.is_empty() || s.kind != "structure" || s.mixins.is_empty() {
                    m.insert("members".into(), Value::Object(members));
                }
            }
            _ => {}
        }
        for (key, value, pos) in &s.props {
            m.insert(key.clone(), entity_prop(r, &s.kind, key, value, *pos)?);
        }
        if let Some((res, _)) = &s.for_resource {
            m.insert("$for".into(), Value::String(r.resolve(res)));
        }
        Ok(Value::Object(m))
    }

    fn member_json(&self, r: &Resolver, s: &ShapeDef, mem: &MemberDef) -> Result<Value, Error> {
        let mut m = Map::new();
        let mut traits = traits_json(r, &mem.traits)?;
        match s.kind.as_str() {
            "enum" | "intEnum" => {
                m.insert("target".into(), Value::String("smithy.api#Unit".into()));
                if let Some(v) = &mem.value {
                    let v = r.node(v)?;
                    let ok = if s.kind == "enum" {
                        v.is_string()
                    } else {
                        v.as_i64().is_some_and(|i| i32::try_from(i).is_ok())
                    };
                    if !ok {
                        return Err(r.error(
                            mem.pos,
                            format!(
                                "the value of {} member `{}` must be {}",
                                s.kind,
                                mem.name,
                                if s.kind == "enum" {
                                    "a string"
                                } else {
                                    "an integer"
                                }
                            ),
                        ));
                    }
                    if traits.contains_key("smithy.api#enumValue") {
                        return Err(
                            r.error(mem.pos, format!("member `{}` has two values", mem.name))
                        );
                    }
                    traits.insert("smithy.api#enumValue".into(), v);
                }
            }
            _ => {
                match &mem.target {
                    Some(t) => {
                        m.insert("target".into(), Value::String(r.resolve(t)));
                    }
                    None => {
                        m.insert(
                            "$elided".into(),
                            Value::String(format!(
                                "{}:{}:{}",
                                self.file, mem.pos.line, mem.pos.col
                            )),
                        );
                    }
                }
                if let Some(v) = &mem.value {
                    if traits.contains_key("smithy.api#default") {
                        return Err(r.error(
                            mem.pos,
                            format!("member `{}` has both `= value` and @default", mem.name),
                        ));
                    }
                    traits.insert("smithy.api#default".into(), r.node(v)?);
                }
            }
        }
        if !traits.is_empty() {
            m.insert("traits".into(), Value::Object(traits));
        }
        Ok(Value::Object(m))
    }
}

fn traits_json(r: &Resolver, traits: &[TraitApp]) -> Result<Map<String, Value>, Error> {
    let mut out = Map::new();
    for t in traits {
        let id = r.resolve(&t.name);
        // A doc comment comes first as `@documentation`; an explicit
        // @documentation after it wins. Any other trait twice is an error.
        if out.contains_key(&id) && id != "smithy.api#documentation" {
            return Err(r.error(t.pos, format!("trait `{id}` is applied twice")));
        }
        let value = match &t.value {
            None => annotation(),
            Some(v) => r.node(v)?,
        };
        out.insert(id, value);
    }
    Ok(out)
}

/// A service, resource or operation property as JSON AST.
fn entity_prop(r: &Resolver, kind: &str, key: &str, v: &Node, pos: Pos) -> Result<Value, Error> {
    let target = |n: &Node| -> Result<Value, Error> {
        match n {
            Node::Id(id, _) => Ok(serde_json::json!({ "target": r.resolve(id) })),
            Node::Str(s) if s.contains('#') => Ok(serde_json::json!({ "target": s })),
            _ => Err(r.error(pos, format!("`{key}` takes a shape id"))),
        }
    };
    let targets = |n: &Node| -> Result<Value, Error> {
        match n {
            Node::Arr(items) => Ok(Value::Array(
                items.iter().map(target).collect::<Result<_, _>>()?,
            )),
            _ => Err(r.error(pos, format!("`{key}` takes a list of shape ids"))),
        }
    };
    let named = |n: &Node| -> Result<Value, Error> {
        match n {
            Node::Obj(entries) => {
                let mut m = Map::new();
                for (k, v) in entries {
                    m.insert(k.clone(), target(v)?);
                }
                Ok(Value::Object(m))
            }
            _ => Err(r.error(pos, format!("`{key}` takes an object of shape ids"))),
        }
    };
    match (kind, key) {
        ("service", "version") => match v {
            Node::Str(s) => Ok(Value::String(s.clone())),
            _ => Err(r.error(pos, "`version` must be a string")),
        },
        ("service", "operations" | "resources" | "errors") => targets(v),
        ("service", "rename") => match v {
            Node::Obj(entries) => {
                let mut m = Map::new();
                for (k, v) in entries {
                    let Node::Str(to) = v else {
                        return Err(r.error(pos, "`rename` values must be strings"));
                    };
                    m.insert(r.resolve(k), Value::String(to.clone()));
                }
                Ok(Value::Object(m))
            }
            _ => Err(r.error(pos, "`rename` takes an object")),
        },
        ("resource", "identifiers" | "properties") => named(v),
        ("resource", "create" | "put" | "read" | "update" | "delete" | "list") => target(v),
        ("resource", "operations" | "collectionOperations" | "resources") => targets(v),
        ("operation", "input" | "output") => target(v),
        ("operation", "errors") => targets(v),
        _ => Err(r.error(pos, format!("{kind} shapes have no property `{key}`"))),
    }
}

/// The value of a trait written without one (`@sensitive`, `@tags`): a marker
/// the assembler replaces with `{}` or `[]` once the trait's shape is known.
/// (A JSON AST `null` is a value of its own, e.g. `@default(null)`.)
pub fn annotation() -> Value {
    serde_json::json!({ "$annotation": true })
}
