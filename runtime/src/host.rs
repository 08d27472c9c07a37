//! `@endpoint` host prefix templates (`{Label}.data.`): literal text and
//! `{labels}` naming input members. The generator reads a model's templates
//! with [`template`] (a malformed one is a model error); a client fills them
//! with the same function.

/// A piece of a host prefix template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostPart<'a> {
    /// Text taken as it is.
    Literal(&'a str),
    /// `{Name}`: the input member of this wire name.
    Label(&'a str),
}

/// `prefix` split into literal text and labels; an unclosed `{` is an error.
pub fn template(prefix: &str) -> Result<Vec<HostPart<'_>>, String> {
    let mut out = Vec::new();
    let mut rest = prefix;
    while let Some(start) = rest.find('{') {
        if start > 0 {
            out.push(HostPart::Literal(&rest[..start]));
        }
        let end = rest[start..]
            .find('}')
            .map(|e| start + e)
            .ok_or_else(|| format!("host prefix `{prefix}` has an unclosed label"))?;
        out.push(HostPart::Label(&rest[start + 1..end]));
        rest = &rest[end + 1..];
    }
    if !rest.is_empty() {
        out.push(HostPart::Literal(rest));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_split_into_text_and_labels() {
        assert_eq!(
            template("{Label}.data.").unwrap(),
            vec![HostPart::Label("Label"), HostPart::Literal(".data.")]
        );
        assert_eq!(template("foo.").unwrap(), vec![HostPart::Literal("foo.")]);
        assert!(template("{Open.").is_err());
    }
}
