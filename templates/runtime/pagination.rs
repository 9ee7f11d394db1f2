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

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderMap;
    use reqwest::StatusCode;
    use std::convert::Infallible;

    #[test]
    fn page_numbers() {
        assert_eq!(next_page_number(1, Some(3), 10), Some(2));
        assert_eq!(next_page_number(3, Some(3), 10), None);
        assert_eq!(next_page_number(4, Some(3), 10), None);
        assert_eq!(next_page_number(1, None, 10), Some(2));
        assert_eq!(next_page_number(1, None, 0), None);
        assert_eq!(next_page_number(1, Some(5), 0), None);
        assert_eq!(next_page_number(i64::MAX, None, 1), None);
        assert_eq!(next_page_number(1, Some(0), 1), None);
    }

    #[test]
    fn cursors() {
        assert_eq!(next_cursor(None, Some("a")), Some("a".to_owned()));
        assert_eq!(next_cursor(Some("a"), Some("b")), Some("b".to_owned()));
        assert_eq!(next_cursor(Some("a"), Some("a")), None);
        assert_eq!(next_cursor(Some("a"), Some("")), None);
        assert_eq!(next_cursor(Some("a"), None), None);
    }

    fn assert_send_unpin<S: Send + Unpin>(_: &S) {}

    #[tokio::test]
    async fn pages_are_lazy_and_stop() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        use std::sync::Arc;
        let calls = Arc::new(AtomicUsize::new(0));
        let counter = calls.clone();
        let pages = paginate(
            1i64,
            move |page: i64| {
                counter.fetch_add(1, Ordering::SeqCst);
                async move {
                    let items: Vec<i64> = if page <= 3 {
                        vec![page * 10, page * 10 + 1]
                    } else {
                        vec![]
                    };
                    Ok::<_, Error<Infallible>>(Response::new(
                        StatusCode::OK,
                        HeaderMap::new(),
                        items,
                    ))
                }
            },
            |page: &i64, resp: &Response<Vec<i64>>| {
                next_page_number(*page, Some(3), resp.data().len())
            },
        );
        assert_send_unpin(&pages);
        assert_eq!(
            calls.load(Ordering::SeqCst),
            0,
            "nothing fetched before polling"
        );
        let mut items = items(pages, |v| v);
        assert_send_unpin(&items);
        let first = items.next().await;
        assert!(matches!(first, Some(Ok(10))));
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        let rest: Vec<i64> = items.try_collect().await.unwrap_or_default();
        assert_eq!(rest, vec![11, 20, 21, 30, 31]);
        assert_eq!(calls.load(Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn a_cursor_cycle_ends_in_an_error() {
        // The server answers A, B, then A again: without a guard this pages forever.
        let pages = paginate_cursor(
            None::<String>,
            |cursor: Option<String>| async move {
                let next = match cursor.as_deref() {
                    None => "A",
                    Some("A") => "B",
                    _ => "A",
                };
                Ok::<_, Error<Infallible>>(Response::new(
                    StatusCode::OK,
                    HeaderMap::new(),
                    next.to_owned(),
                ))
            },
            |page: &Response<String>| Some(page.data().as_str()),
            |_, token| Some(token),
        );
        let all: Vec<_> = pages.take(10).collect().await;
        assert_eq!(all.len(), 4, "three pages, then the error");
        assert!(all.iter().take(3).all(Result::is_ok));
        assert!(matches!(all.last(), Some(Err(Error::Pagination(_)))));
    }

    #[tokio::test]
    async fn error_ends_the_stream() {
        let pages = paginate(
            0u32,
            |_: u32| async {
                Err::<Response<Vec<u8>>, Error<Infallible>>(Error::invalid("boom", None))
            },
            |p: &u32, _: &Response<Vec<u8>>| Some(p + 1),
        );
        let all: Vec<_> = pages.collect().await;
        assert_eq!(all.len(), 1);
        assert!(all.first().is_some_and(|r| r.is_err()));
    }
}
