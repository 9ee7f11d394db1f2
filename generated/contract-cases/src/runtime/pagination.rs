//! Auto-pagination: lazy streams of pages and of items, fetched on demand.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures::stream::{self, BoxStream, Stream, StreamExt, TryStreamExt};

use super::error::Error;
use super::response::Response;

/// A lazy stream of pages. A page is fetched only when the stream is polled for it; the
/// stream ends after the last page or after the first error. `Send` and `Unpin`.
pub struct PageStream<T, E> {
    inner: BoxStream<'static, Result<Response<T>, Error<E>>>,
}

/// A lazy stream of the items of every page, in order. `Send` and `Unpin`.
pub struct ItemStream<I, E> {
    inner: BoxStream<'static, Result<I, Error<E>>>,
}

impl<T, E> Stream for PageStream<T, E> {
    type Item = Result<Response<T>, Error<E>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl<I, E> Stream for ItemStream<I, E> {
    type Item = Result<I, Error<E>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl<T, E> fmt::Debug for PageStream<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PageStream")
    }
}

impl<I, E> fmt::Debug for ItemStream<I, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ItemStream")
    }
}

struct State<B, F, N> {
    next: Option<B>,
    fetch: F,
    advance: N,
}

/// Pages through an operation: `fetch(request)` gets a page, and `next(&request, &page)`
/// returns the request for the following page, or `None` after the last one.
///
/// `B` is typically the generated request builder with the page number or cursor set.
pub fn paginate<B, T, E, F, Fut, N>(first: B, fetch: F, next: N) -> PageStream<T, E>
where
    B: Clone + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
    F: Fn(B) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Response<T>, Error<E>>> + Send + 'static,
    N: Fn(&B, &Response<T>) -> Option<B> + Send + 'static,
{
    let state = State {
        next: Some(first),
        fetch,
        advance: next,
    };
    let inner = stream::unfold(state, |mut state| async move {
        let request = state.next.take()?;
        let page = (state.fetch)(request.clone()).await;
        if let Ok(page) = &page {
            state.next = (state.advance)(&request, page);
        }
        Some((page, state))
    });
    PageStream {
        inner: inner.boxed(),
    }
}

/// Flattens pages into their items, with `extract` taking the items out of a page.
pub fn items<T, I, E>(pages: PageStream<T, E>, extract: fn(T) -> Vec<I>) -> ItemStream<I, E>
where
    T: Send + 'static,
    I: Send + 'static,
    E: Send + 'static,
{
    let inner = pages
        .map_ok(move |page| stream::iter(extract(page.into_inner()).into_iter().map(Ok)))
        .try_flatten();
    ItemStream {
        inner: inner.boxed(),
    }
}

/// The next page number of a page-number listing, or `None` after the last page: when the
/// page was empty, or `current` reached `page_count`.
pub fn next_page_number(
    current: i64,
    page_count: Option<i64>,
    items_on_page: usize,
) -> Option<i64> {
    if items_on_page == 0 || page_count.is_some_and(|count| current >= count) {
        return None;
    }
    current.checked_add(1)
}

/// The next cursor of a cursor listing, or `None` after the last page: when the server sent
/// no cursor, an empty one, or the same one again (which would loop forever).
pub fn next_cursor(current: Option<&str>, next: Option<&str>) -> Option<String> {
    match next {
        Some(next) if !next.is_empty() && Some(next) != current => Some(next.to_owned()),
        _ => None,
    }
}
