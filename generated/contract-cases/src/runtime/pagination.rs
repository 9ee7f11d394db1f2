//! Auto-pagination: lazy streams of pages and of items, fetched on demand.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures::stream::{self, BoxStream, Stream, StreamExt, TryStreamExt};

use std::collections::HashSet;

use super::error::{Error, PaginationError};
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

/// What follows a page.
enum Step<B, E> {
    /// Fetch this request next.
    Next(B),
    /// That was the last page.
    End,
    /// The listing cannot go on: this error follows the page.
    Fail(Error<E>),
}

/// Pages through an operation: `fetch(request)` gets a page, and `next(&request, &page)`
/// returns the request for the following page, or `None` after the last one.
///
/// `B` is typically the generated request builder with the page number set.
pub fn paginate<B, T, E, F, Fut, N>(first: B, fetch: F, next: N) -> PageStream<T, E>
where
    B: Clone + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
    F: Fn(B) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Response<T>, Error<E>>> + Send + 'static,
    N: Fn(&B, &Response<T>) -> Option<B> + Send + 'static,
{
    page_stream(first, fetch, move |request, page| {
        next(request, page).map_or(Step::End, Step::Next)
    })
}

/// Pages through a cursor listing: `cursor(&page)` reads the next page's cursor (none or an
/// empty one ends the listing) and `with_cursor(&request, cursor)` makes the next request.
///
/// A cursor the server sent before (`A → B → A`, or the same one twice) would make the
/// listing loop forever: the stream ends with an [`Error::Pagination`] after that page.
pub fn paginate_cursor<B, T, E, F, Fut, C, W>(
    first: B,
    fetch: F,
    cursor: C,
    with_cursor: W,
) -> PageStream<T, E>
where
    B: Clone + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
    F: Fn(B) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Response<T>, Error<E>>> + Send + 'static,
    C: Fn(&Response<T>) -> Option<&str> + Send + 'static,
    W: Fn(&B, String) -> B + Send + 'static,
{
    let mut seen: HashSet<String> = HashSet::new();
    page_stream(first, fetch, move |request, page| match cursor(page) {
        None | Some("") => Step::End,
        Some(token) if !seen.insert(token.to_owned()) => {
            Step::Fail(Error::Pagination(PaginationError {
                message: format!(
                    "the server sent page cursor `{token}` again after {} page(s); the \
                     listing would never end",
                    seen.len()
                ),
            }))
        }
        Some(token) => Step::Next(with_cursor(request, token.to_owned())),
    })
}

struct State<B, F, A, E> {
    next: Option<B>,
    fetch: F,
    advance: A,
    /// An error to yield after the page that caused it.
    failure: Option<Error<E>>,
}

fn page_stream<B, T, E, F, Fut, A>(first: B, fetch: F, advance: A) -> PageStream<T, E>
where
    B: Clone + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
    F: Fn(B) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Response<T>, Error<E>>> + Send + 'static,
    A: FnMut(&B, &Response<T>) -> Step<B, E> + Send + 'static,
{
    let state = State {
        next: Some(first),
        fetch,
        advance,
        failure: None,
    };
    let inner = stream::unfold(state, |mut state| async move {
        if let Some(error) = state.failure.take() {
            return Some((Err(error), state));
        }
        let request = state.next.take()?;
        let page = (state.fetch)(request.clone()).await;
        if let Ok(page) = &page {
            match (state.advance)(&request, page) {
                Step::Next(next) => state.next = Some(next),
                Step::End => {}
                Step::Fail(error) => state.failure = Some(error),
            }
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
/// no cursor, an empty one, or the same one again. [`paginate_cursor`] does more: it ends
/// the stream with an error on any cursor seen before.
pub fn next_cursor(current: Option<&str>, next: Option<&str>) -> Option<String> {
    match next {
        Some(next) if !next.is_empty() && Some(next) != current => Some(next.to_owned()),
        _ => None,
    }
}
