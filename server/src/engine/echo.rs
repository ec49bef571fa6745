//! How a caller's input is quoted back in an error message: in Rust's debug quoting, cut to at most
//! [`MAX_ECHO_CHARS`] characters, so a 3 MB name or a 60 KB `as_of` never becomes a header that
//! size (grpc-message is a header) but the caller still sees which input was refused.

/// The most characters of an input an error message repeats.
pub const MAX_ECHO_CHARS: usize = 100;

/// `text` quoted, cut after [`MAX_ECHO_CHARS`] characters with the length it had.
pub fn quote(text: &str) -> String {
    match text.char_indices().nth(MAX_ECHO_CHARS) {
        None => format!("{text:?}"),
        Some((cut, _)) => format!("{:?}… ({} characters in all)", &text[..cut], text.chars().count()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_input_is_quoted_whole_and_long_input_cut_at_the_limit() {
        assert_eq!(quote("2023-13-01"), "\"2023-13-01\"");
        let long = "座".repeat(60_000);
        let quoted = quote(&long);
        assert!(quoted.starts_with(&format!("\"{}\"…", "座".repeat(MAX_ECHO_CHARS))), "{quoted}");
        assert!(quoted.ends_with("(60000 characters in all)"), "{quoted}");
        assert!(quoted.chars().count() < MAX_ECHO_CHARS + 40);
    }
}
