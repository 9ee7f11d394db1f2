//! Unit tests of `auth.rs`, which reach its private items; kept out of the file so that
//! the copy a generated crate gets stays short. Never copied into a generated crate.

use super::*;

const SCHEMES: &[SecurityScheme] = &[
    SecurityScheme {
        name: "bearer",
        kind: SchemeKind::Bearer,
    },
    SecurityScheme {
        name: "email",
        kind: SchemeKind::ApiKey {
            location: ApiKeyLocation::Header,
            name: "X-Auth-Email",
        },
    },
    SecurityScheme {
        name: "key",
        kind: SchemeKind::ApiKey {
            location: ApiKeyLocation::Header,
            name: "X-Auth-Key",
        },
    },
];

#[test]
fn redacted_debug() {
    let c = Credential::bearer("sekrit-token");
    let dbg = format!("{c:?}");
    assert!(!dbg.contains("sekrit"), "{dbg}");
    assert!(dbg.contains("redacted"));
    let b = Credential::basic("alice", "hunter2");
    let dbg = format!("{b:?}");
    assert!(!dbg.contains("hunter2"), "{dbg}");
    assert!(dbg.contains("alice"));
}

/// The parts of the selected schemes, as a request gets them.
async fn resolve(
    creds: &Credentials<'_>,
    security: &[&[usize]],
    is_set: impl Fn(&str) -> bool,
) -> Result<Vec<AuthPart>, Error> {
    let selected = creds
        .select(security, SCHEMES, is_set)
        .map_err(Error::Auth)?;
    let mut parts = Vec::new();
    for &index in selected {
        if let Some(part) = creds.part(SCHEMES, index).await? {
            parts.push(part.into_owned());
        }
    }
    Ok(parts)
}

fn header(name: &'static str, value: &str) -> AuthPart {
    match AuthPart::header(name, value) {
        Ok(part) => part,
        Err(e) => panic!("{e:?}"),
    }
}

#[tokio::test]
async fn resolve_parts() {
    let credentials: BTreeMap<usize, Credential> = [
        (1, Credential::api_key("me@example.com")),
        (2, Credential::api_key("k3y")),
        (9, Credential::api_key("no such scheme")),
    ]
    .into_iter()
    .collect();
    let by_scheme = ready_credentials(&credentials, SCHEMES);
    assert_eq!(by_scheme.len(), 2, "index 9 has no scheme");
    let creds = Credentials {
        by_scheme: &by_scheme,
        token_provider: None,
    };
    let security: &[&[usize]] = &[&[0], &[1, 2]];
    let parts = resolve(&creds, security, |_| false).await;
    assert_eq!(
        parts.ok(),
        Some(vec![
            header("X-Auth-Email", "me@example.com"),
            header("X-Auth-Key", "k3y"),
        ])
    );
    let bearer_only: &[&[usize]] = &[&[0]];
    assert!(resolve(&creds, bearer_only, |_| false).await.is_err());
    // An Authorization header set by hand stands in for the missing token.
    let manual = resolve(&creds, bearer_only, |name| name == "authorization").await;
    assert_eq!(manual.ok(), Some(vec![]));
    let provider = || async { Ok::<_, BoxError>("fresh".to_owned()) };
    let with_provider = Credentials {
        by_scheme: &by_scheme,
        token_provider: Some(&provider),
    };
    let parts = resolve(&with_provider, bearer_only, |_| false).await;
    assert_eq!(
        parts.ok(),
        Some(vec![header("authorization", "Bearer fresh")])
    );
    let failing = || async { Err::<String, BoxError>("down".into()) };
    let with_failing = Credentials {
        by_scheme: &by_scheme,
        token_provider: Some(&failing),
    };
    let err = resolve(&with_failing, bearer_only, |_| false).await;
    assert!(matches!(err, Err(Error::Auth(e)) if e.source.is_some()));
}

#[test]
fn credentials_are_made_ready_once() {
    let bearer = AuthPart::new(&SCHEMES[0], &Credential::bearer("t0k"));
    assert_eq!(bearer, Ok(header("authorization", "Bearer t0k")));
    let Ok(AuthPart::Header(_, value)) = &bearer else {
        panic!("{bearer:?}")
    };
    assert!(value.is_sensitive());
    assert!(!format!("{bearer:?}").contains("t0k"));
    let basic = Credential::basic("alice", "pw");
    let basic_scheme = SecurityScheme {
        name: "basic",
        kind: SchemeKind::Basic,
    };
    assert_eq!(
        AuthPart::new(&basic_scheme, &basic),
        Ok(header("authorization", "Basic YWxpY2U6cHc="))
    );
    assert_eq!(AuthPart::new(&SCHEMES[0], &basic), Err(Unusable::WrongKind));
    assert_eq!(
        AuthPart::new(&basic_scheme, &Credential::api_key("k")),
        Err(Unusable::WrongKind)
    );
    assert_eq!(
        AuthPart::new(&SCHEMES[1], &Credential::api_key("a\nb")),
        Err(Unusable::InvalidHeader("X-Auth-Email"))
    );
    let in_query = SecurityScheme {
        name: "q",
        kind: SchemeKind::ApiKey {
            location: ApiKeyLocation::Query,
            name: "api key",
        },
    };
    assert_eq!(
        AuthPart::new(&in_query, &Credential::api_key("a&b c")),
        Ok(AuthPart::Query(Secret::new("api%20key=a%26b%20c")))
    );
    let in_cookie = SecurityScheme {
        name: "c",
        kind: SchemeKind::ApiKey {
            location: ApiKeyLocation::Cookie,
            name: "session",
        },
    };
    assert_eq!(
        AuthPart::new(&in_cookie, &Credential::api_key("a;b")),
        Ok(AuthPart::Cookie(Secret::new("session=a%3Bb")))
    );
}

#[test]
fn selection_order_and_pairs() {
    let security: &[&[usize]] = &[&[0], &[1, 2]];
    // Only one of the pair: nothing matches.
    assert!(select(security, SCHEMES, |i| i == 1).is_err());
    // The pair applies together.
    assert_eq!(
        select(security, SCHEMES, |i| i != 0).ok(),
        Some(&[1, 2][..])
    );
    // Spec order wins when both are available.
    assert_eq!(select(security, SCHEMES, |_| true).ok(), Some(&[0][..]));
    // No security: no auth.
    assert_eq!(select(&[], SCHEMES, |_| false).ok(), Some(&[][..]));
    // Optional auth: use it when available, else anonymous.
    let optional: &[&[usize]] = &[&[], &[0]];
    assert_eq!(select(optional, SCHEMES, |_| true).ok(), Some(&[0][..]));
    assert_eq!(select(optional, SCHEMES, |_| false).ok(), Some(&[][..]));
    // Out-of-range index never matches.
    let bad: &[&[usize]] = &[&[9]];
    let err = select(bad, SCHEMES, |_| true).err().map(|e| e.message);
    assert!(err.is_some_and(|m| m.contains('?')));
}
