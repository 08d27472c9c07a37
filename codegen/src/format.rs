//! Stage 5, format: token streams become source text with `prettyplease`, under
//! the "generated, do not edit" header.

use proc_macro2::TokenStream;

use crate::Error;

/// Formats one file.
pub fn format(file: &str, tokens: TokenStream, header: &str) -> Result<String, Error> {
    let parsed: syn::File = syn::parse2(tokens)
        .map_err(|e| Error::Internal(format!("{file}: generated tokens do not parse: {e}")))?;
    Ok(format!("{header}\n{}", prettyplease::unparse(&parsed)))
}
