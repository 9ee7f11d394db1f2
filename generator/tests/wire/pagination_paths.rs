//! Pagination paths of several steps on the wire: the items, the page count and the next
//! cursor are read through nested, optional and nullable properties, and through an
//! envelope's optional data field.

mod common;

use fixture_pagination_paths::{Client, Error};
use futures::{StreamExt, TryStreamExt};

fn client(url: String) -> Client {
    Client::builder()
        .base_url(url)
        .max_retries(0)
        .build()
        .unwrap()
}

#[tokio::test]
async fn items_and_page_count_are_read_through_nested_paths() {
    // `data.entries` are the items, `data.paging.pageCount` says this is the last page: one
    // request (the server answers only one).
    let (url, requests) = common::serve_once(
        200,
        r#"{"data": {"entries": ["a", "b"], "paging": {"pageCount": 1}}}"#,
    );
    let items: Vec<String> = client(url)
        .entries()
        .list_entries()
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(items, ["a", "b"]);
    let request = requests.recv().unwrap();
    assert!(
        request.head.starts_with("GET /entries "),
        "{}",
        request.head
    );
    assert!(request.body.is_empty());
}

#[tokio::test]
async fn the_next_cursor_is_read_through_a_nested_path() {
    // `meta.links.next` names a next page: the stream asks for it (and finds the one-request
    // server gone), which shows the cursor was read.
    let (url, _requests) = common::serve_once(
        200,
        r#"{"body": {"events": ["e1"]}, "meta": {"links": {"next": "c2"}}}"#,
    );
    let pages: Vec<_> = client(url)
        .events()
        .list_events()
        .pages()
        .take(3)
        .collect()
        .await;
    assert_eq!(pages.len(), 2, "{pages:?}");
    assert_eq!(
        pages[0].as_ref().unwrap().body.events.as_deref(),
        Some(&["e1".to_string()][..])
    );
    assert!(
        matches!(pages[1], Err(Error::Transport(_))),
        "{:?}",
        pages[1]
    );
}

#[tokio::test]
async fn a_null_object_on_the_cursor_path_is_the_last_page() {
    let (url, _requests) = common::serve_once(200, r#"{"body": {"events": ["e1"]}, "meta": null}"#);
    let items: Vec<String> = client(url)
        .events()
        .list_events()
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(items, ["e1"]);
}

#[tokio::test]
async fn paths_start_inside_an_envelopes_optional_data_field() {
    let (url, _requests) = common::serve_once(
        200,
        r#"{"ok": true, "problems": [], "info": {"cursors": {"next": ""}}, "result": {"page": {"entries": ["w1", "w2"]}}}"#,
    );
    let items: Vec<String> = client(url)
        .wrapped()
        .list_wrapped()
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(items, ["w1", "w2"]);
}

#[tokio::test]
async fn a_failing_envelope_ends_the_stream_with_its_errors() {
    let (url, _requests) = common::serve_once(
        200,
        r#"{"ok": false, "problems": [{"code": 7, "message": "nope"}], "result": null}"#,
    );
    let error = client(url)
        .wrapped()
        .list_wrapped()
        .into_stream()
        .try_collect::<Vec<String>>()
        .await
        .unwrap_err();
    let errors = error.envelope_errors().expect("the envelope's errors");
    assert_eq!(
        (errors[0].code, errors[0].message.as_str()),
        (Some(7), "nope")
    );
}
