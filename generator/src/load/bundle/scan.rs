//! A cheap look at a document's text before its tree is walked.

use super::is_component_ref;
use super::shape::Layout;

/// Whether the document's text may hold a `$ref` the bundler acts on. Scanning the text for
/// `$ref` is much cheaper than walking the parsed tree, and for a document whose `$ref`s all
/// point at components (GitHub's: 13 MB, tens of thousands of them) it finds none, so the tree is
/// not walked at all. Anything the scan cannot read plainly counts as work.
pub fn may_need(text: &[u8], layout: Layout) -> bool {
    memchr::memmem::find_iter(text, b"$ref").any(|at| {
        let rest = &text[at + 4..];
        let rest = rest.strip_prefix(b"\"").unwrap_or(rest);
        let rest = rest.trim_ascii_start().strip_prefix(b":").unwrap_or(b"!");
        let rest = rest.trim_ascii_start();
        let value = match rest.first() {
            Some(quote @ (b'"' | b'\'')) => rest[1..].split(|c| c == quote).next(),
            _ => rest
                .split(|c| matches!(c, b'\n' | b'\r' | b',' | b'}' | b' '))
                .next(),
        };
        let Some(Ok(reference)) = value.map(std::str::from_utf8) else {
            return true;
        };
        !is_component_ref(reference, layout) || reference.starts_with("#/components/pathItems/")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_scan_lets_only_component_refs_through() {
        let plain = [
            r##"{"a": {"$ref": "#/components/schemas/Pet"}, "b": {"$ref":"#/components/responses/E"}}"##,
            "a:\n  $ref: '#/components/schemas/Pet'\nb: {$ref: \"#/components/parameters/P\", x: 1}\nc:\n  $ref: #/components/schemas/Q\n",
            "no references at all",
        ];
        for text in plain {
            assert!(!may_need(text.as_bytes(), Layout::OpenApi3), "{text}");
        }
        let work = [
            r##"{"$ref": "./pet.yaml"}"##,
            r##"{"$ref": "#/components/schemas/Pet/properties/id"}"##,
            "p:\n  $ref: '#/components/pathItems/P'\n",
            "description: see $ref below",
            r##"{"$ref": "#/definitions/Pet"}"##,
        ];
        for text in work {
            assert!(may_need(text.as_bytes(), Layout::OpenApi3), "{text}");
        }
        assert!(!may_need(
            br##"{"$ref": "#/definitions/Pet"}"##,
            Layout::Swagger2
        ));
    }
}
