//! No spec text becomes code: a walker over the generated Rust sorts every marker
//! `INJECT_MARKER_<n>` into string literals and doc attributes (fine) or anything else.

use std::collections::BTreeMap;

use syn::visit::Visit;

use crate::cases::hostile_dir;
use crate::generate;

pub const MARKER: &str = "INJECT_MARKER_";

/// Where markers were found.
#[derive(Default, Debug)]
pub struct Findings {
    /// Markers inside string literals and doc attributes (fine).
    pub in_strings: Vec<String>,
    /// Markers anywhere else: identifiers, paths, code (injection).
    pub in_code: Vec<String>,
}

/// The markers `text` holds (`INJECT_MARKER_12`, ...).
fn markers(text: &str) -> Vec<String> {
    text.match_indices(MARKER)
        .map(|(at, _)| {
            let digits: String = text[at + MARKER.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            format!("{MARKER}{digits}")
        })
        .collect()
}

/// Walks a token stream (macro bodies, attribute arguments): strings are fine, the rest not.
fn walk_tokens(tokens: proc_macro2::TokenStream, findings: &mut Findings, context: &str) {
    for tree in tokens {
        match tree {
            proc_macro2::TokenTree::Group(g) => walk_tokens(g.stream(), findings, context),
            proc_macro2::TokenTree::Ident(i) => findings.in_code.extend(
                markers(&i.to_string())
                    .into_iter()
                    .map(|m| format!("{m} as identifier in {context}")),
            ),
            proc_macro2::TokenTree::Literal(l) => {
                let text = l.to_string();
                let found = markers(&text);
                if matches!(syn::parse_str::<syn::Lit>(&text), Ok(syn::Lit::Str(_))) {
                    findings.in_strings.extend(found);
                } else {
                    findings.in_code.extend(
                        found
                            .into_iter()
                            .map(|m| format!("{m} in a non-string literal in {context}")),
                    );
                }
            }
            proc_macro2::TokenTree::Punct(_) => {}
        }
    }
}

struct Walker<'a> {
    findings: &'a mut Findings,
}

impl<'ast> Visit<'ast> for Walker<'_> {
    fn visit_attribute(&mut self, attr: &'ast syn::Attribute) {
        if attr.path().is_ident("doc") {
            if let syn::Meta::NameValue(nv) = &attr.meta {
                if let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) = &nv.value
                {
                    self.findings.in_strings.extend(markers(&s.value()));
                    return;
                }
            }
        }
        if attr.path().is_ident("serde") {
            // Serde reads some string arguments as code (`with`, `bound`, `serialize_with`):
            // spec text may only appear in `rename` and `alias`.
            if let syn::Meta::List(list) = &attr.meta {
                let tokens: Vec<proc_macro2::TokenTree> = list.tokens.clone().into_iter().collect();
                for (index, tree) in tokens.iter().enumerate() {
                    if let proc_macro2::TokenTree::Literal(l) = tree {
                        let key = index
                            .checked_sub(2)
                            .and_then(|k| tokens.get(k))
                            .map(ToString::to_string)
                            .unwrap_or_default();
                        let found = markers(&l.to_string());
                        if key == "rename" || key == "alias" {
                            self.findings.in_strings.extend(found);
                        } else {
                            self.findings
                                .in_code
                                .extend(found.into_iter().map(|m| format!("{m} in serde `{key}`")));
                        }
                    } else {
                        walk_tokens(
                            std::iter::once(tree.clone()).collect(),
                            self.findings,
                            "a serde attribute",
                        );
                    }
                }
                return;
            }
        }
        walk_tokens(
            quote::ToTokens::to_token_stream(&attr.meta),
            self.findings,
            "an attribute",
        );
    }

    fn visit_ident(&mut self, ident: &'ast proc_macro2::Ident) {
        self.findings.in_code.extend(
            markers(&ident.to_string())
                .into_iter()
                .map(|m| format!("{m} as identifier `{ident}`")),
        );
    }

    fn visit_lit(&mut self, lit: &'ast syn::Lit) {
        match lit {
            syn::Lit::Str(s) => self.findings.in_strings.extend(markers(&s.value())),
            other => {
                let text = quote::ToTokens::to_token_stream(other).to_string();
                self.findings.in_code.extend(
                    markers(&text)
                        .into_iter()
                        .map(|m| format!("{m} in literal {text}")),
                );
            }
        }
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        syn::visit::visit_path(self, &mac.path);
        walk_tokens(mac.tokens.clone(), self.findings, "a macro call");
    }
}

/// Parses `source` and sorts every marker in it.
pub fn scan(source: &str, findings: &mut Findings) -> Result<(), syn::Error> {
    let file = syn::parse_file(source)?;
    // Comments are not tokens: a marker in a `//` comment would be lost by the parse, so
    // the raw text must hold no more markers than the tokens do.
    let before = findings.in_strings.len() + findings.in_code.len();
    Walker { findings }.visit_file(&file);
    let seen = findings.in_strings.len() + findings.in_code.len() - before;
    let raw = markers(source).len();
    if raw > seen {
        // Escapes in literals can only hide a marker, never add one; more in the raw text
        // means some sit outside any token (in a comment), where no check reaches them.
        findings
            .in_code
            .push(format!("{} markers outside tokens", raw - seen));
    }
    Ok(())
}

#[test]
fn injection_walker_catches_markers_in_code() {
    for (source, bad) in [
        ("fn f() { INJECT_MARKER_1(); }", true),
        ("pub struct INJECT_MARKER_2;", true),
        ("#[serde(with = \"INJECT_MARKER_3\")] struct S;", true),
        ("fn f() { let x = 1; } // INJECT_MARKER_4", true),
        ("fn f() { println!(\"{}\", INJECT_MARKER_5); }", true),
        (
            "#[doc = \"INJECT_MARKER_6\"] fn f() { let _ = \"INJECT_MARKER_7\"; }",
            false,
        ),
        ("#[serde(rename = \"INJECT_MARKER_8\")] struct S;", false),
        ("/// INJECT_MARKER_9\nfn f() {}", false),
    ] {
        let mut findings = Findings::default();
        scan(source, &mut findings).expect("parses");
        assert_eq!(!findings.in_code.is_empty(), bad, "{source}: {findings:?}");
    }
}

#[test]
fn no_spec_text_becomes_code() {
    let spec = hostile_dir().join("injection.yaml");
    let text = std::fs::read_to_string(&spec).expect("injection.yaml");
    let planted: std::collections::BTreeSet<String> = (1..)
        .map(|n| format!("{}{n}", MARKER))
        .take_while(|m| text.contains(m.as_str()))
        .collect();
    assert!(
        planted.len() >= 50,
        "injection.yaml plants {} markers",
        planted.len()
    );

    let output = generate(&spec, "injection").expect("injection.yaml generates");
    let mut findings = Findings::default();
    let mut files: BTreeMap<&str, usize> = BTreeMap::new();
    for (file, contents) in &output.files {
        if !file.ends_with(".rs") {
            continue;
        }
        let before = findings.in_strings.len();
        scan(contents, &mut findings).unwrap_or_else(|e| panic!("{file} does not parse: {e}"));
        files.insert(file, findings.in_strings.len() - before);
    }
    assert!(
        findings.in_code.is_empty(),
        "spec text became code: {:#?}",
        findings.in_code
    );
    // The check saw the markers: most of the planted ones reach the code as strings or docs.
    let seen: std::collections::BTreeSet<&String> = findings.in_strings.iter().collect();
    assert!(
        seen.len() * 2 >= planted.len(),
        "only {} of {} markers reached the code: {files:?}",
        seen.len(),
        planted.len()
    );
}
