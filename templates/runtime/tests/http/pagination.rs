//! Page streams over HTTP, built as a generated `pages()` builds them: `paginate` with the
//! request as the state and `next_page_number` deciding the next request, or
//! `paginate_cursor` (which catches cursor cycles), and `items` flattening the pages.

use std::convert::Infallible;

use clientgen_runtime::runtime::{
    items, next_cursor, next_page_number, paginate, paginate_cursor, Endpoint, Envelope,
    PageStream, ResponseFuture,
};
use clientgen_runtime::{Client, Error, Response};
use futures::{StreamExt, TryStreamExt};
use reqwest::Method;
use serde_json::{json, Value};
use wiremock::matchers::{method, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer};

use crate::support::*;

static LIST: Endpoint = Endpoint {
    method: Method::GET,
    path: "/trustees",
    operation_id: "listTrustees",
    security: &[],
};

/// A page-number listing's request, as a generated builder holds it.
#[derive(Clone)]
struct PageNumbered {
    client: Client,
    page_number: Option<i64>,
}

impl PageNumbered {
    fn send(self) -> ResponseFuture<Value, Infallible> {
        let mut request = self.client.request(&LIST);
        request.query_param("pageSize", &2, FORM_EXPLODE);
        if let Some(page) = self.page_number {
            request.query_param("pageNumber", &page, FORM_EXPLODE);
        }
        request.send_and_decode(decode::<Value>)
    }

    /// The next page's request: `entities` are the items, `pageCount` the number of pages.
    fn next(&self, page: &Response<Value>) -> Option<Self> {
        let on_page = page.data()["entities"].as_array().map_or(0, Vec::len);
        let page_count = page.data()["pageCount"].as_i64();
        let number = next_page_number(self.page_number.unwrap_or(1), page_count, on_page)?;
        Some(PageNumbered {
            page_number: Some(number),
            ..self.clone()
        })
    }
}

fn page_numbered(server: &MockServer) -> PageNumbered {
    PageNumbered {
        client: client(server),
        page_number: None,
    }
}

fn entities(page: Value) -> Vec<Value> {
    page["entities"].as_array().cloned().unwrap_or_default()
}

/// Answers the listing's page `number` (1 when the request names none) with `body`, once.
async fn page(server: &MockServer, number: Option<&str>, body: Value) {
    let request = Mock::given(method("GET")).and(query_param("pageSize", "2"));
    let request = match number {
        Some(number) => request.and(query_param("pageNumber", number)),
        None => request.and(query_param_is_missing("pageNumber")),
    };
    request
        .respond_with(json_response(200, body))
        .expect(1)
        .mount(server)
        .await;
}

#[tokio::test]
async fn pages_are_fetched_lazily_until_the_page_count() {
    let server = MockServer::start().await;
    for (number, ids) in [(None, ["t1", "t2"]), (Some("2"), ["t3", "t4"])] {
        let entities: Vec<Value> = ids.iter().map(|id| json!({"id": id})).collect();
        page(
            &server,
            number,
            json!({"entities": entities, "pageCount": 2}),
        )
        .await;
    }
    let first = page_numbered(&server);
    let mut all = items(
        paginate(first, PageNumbered::send, PageNumbered::next),
        entities,
    );
    assert!(received(&server).await.is_empty(), "nothing before polling");
    let t1 = all.try_next().await.unwrap().expect("an item");
    assert_eq!(t1["id"], "t1");
    assert_eq!(received(&server).await.len(), 1, "one page per poll");
    let rest: Vec<Value> = all.try_collect().await.unwrap();
    let ids: Vec<&str> = rest.iter().filter_map(|t| t["id"].as_str()).collect();
    assert_eq!(ids, ["t2", "t3", "t4"]);
}

#[tokio::test]
async fn an_error_ends_the_stream() {
    let server = MockServer::start().await;
    page(
        &server,
        None,
        json!({"entities": [{"id": "o1"}], "pageCount": 5}),
    )
    .await;
    Mock::given(method("GET"))
        .and(query_param("pageNumber", "2"))
        .respond_with(json_response(403, json!({"message": "Missing permission"})))
        .expect(1)
        .mount(&server)
        .await;
    let first = page_numbered(&server);
    let mut pages = paginate(first, PageNumbered::send, PageNumbered::next);
    let first = pages.try_next().await.unwrap().expect("first page");
    assert_eq!(entities(first.into_inner()).len(), 1);
    let error = pages.try_next().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(403));
    assert!(
        pages.next().await.is_none(),
        "the stream ends after an error"
    );
}

/// A cursor listing's request: the cursor comes from the envelope's `result_info`.
#[derive(Clone)]
struct Cursored {
    client: Client,
    page_token: Option<String>,
}

const RESULT: Envelope = Envelope {
    data: "result",
    success: Some("success"),
    errors: Some("errors"),
};

impl Cursored {
    fn send(self) -> ResponseFuture<Vec<Value>, Infallible> {
        let mut request = self.client.request(&LIST);
        if let Some(token) = &self.page_token {
            request.query_param("page_token", token, FORM_EXPLODE);
        }
        request.send_and_decode(|raw| raw.json_enveloped(&RESULT))
    }

    /// What a generated `pages()` does for a cursor listing.
    fn pages(self) -> PageStream<Vec<Value>, Infallible> {
        paginate_cursor(
            self,
            Cursored::send,
            |page| page.envelope_str(&["result_info", "next_page_token"]),
            |request, token| Cursored {
                page_token: Some(token),
                ..request.clone()
            },
        )
    }
}

/// Answers the request with `page_token` (none: the first page) with one item `id` and the
/// cursor `next`, once.
async fn cursor_page(server: &MockServer, token: Option<&str>, id: &str, next: &str) {
    let request = Mock::given(method("GET"));
    let request = match token {
        Some(token) => request.and(query_param("page_token", token)),
        None => request.and(query_param_is_missing("page_token")),
    };
    let body = json!({"result": [{"id": id}], "result_info": {"next_page_token": next}});
    request
        .respond_with(json_response(200, body))
        .up_to_n_times(1)
        .expect(1)
        .mount(server)
        .await;
}

#[tokio::test]
async fn cursors_are_followed_until_there_is_none() {
    let server = MockServer::start().await;
    cursor_page(&server, None, "o1", "tok-2").await;
    cursor_page(&server, Some("tok-2"), "o2", "").await;
    let first = Cursored {
        client: client(&server),
        page_token: None,
    };
    let pages: Vec<_> = first.pages().take(4).try_collect().await.unwrap();
    assert_eq!(pages.len(), 2);
}

#[tokio::test]
async fn a_cursor_cycle_ends_the_stream_with_an_error() {
    // A → B → A: each cursor differs from the one before, yet the listing would loop forever.
    // (At most 6 pages are taken, so a regression fails instead of hanging.)
    let server = MockServer::start().await;
    cursor_page(&server, None, "o1", "A").await;
    cursor_page(&server, Some("A"), "o2", "B").await;
    cursor_page(&server, Some("B"), "o3", "A").await;
    let first = Cursored {
        client: client(&server),
        page_token: None,
    };
    let pages: Vec<_> = first.pages().take(6).collect().await;
    assert_eq!(pages.len(), 4, "three pages, then the error");
    assert!(pages.iter().take(3).all(Result::is_ok));
    match pages.last() {
        Some(Err(Error::Pagination(e))) => assert!(e.message.contains("`A`"), "{}", e.message),
        other => panic!("expected a pagination error, got {other:?}"),
    }
    assert_eq!(received(&server).await.len(), 3);
}

#[tokio::test]
async fn a_cursor_the_server_repeats_ends_the_stream_with_an_error() {
    let server = MockServer::start().await;
    cursor_page(&server, None, "o1", "tok-2").await;
    cursor_page(&server, Some("tok-2"), "o2", "tok-2").await;
    let first = Cursored {
        client: client(&server),
        page_token: None,
    };
    let pages: Vec<_> = first.pages().take(4).collect().await;
    assert_eq!(pages.len(), 3);
    assert!(matches!(pages.last(), Some(Err(Error::Pagination(_)))));
    assert!(next_cursor(Some("tok-2"), Some("tok-2")).is_none());
}
