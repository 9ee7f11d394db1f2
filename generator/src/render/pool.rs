//! The render stage's one thread pool: runs jobs on every core, costliest first, within a
//! budget of cost running at once.

/// Maps `f` over `items` on every core, keeping the order, scheduled by `cost` (for formatting, the size of an item's text):
/// the costliest items start first, which balances the cores when a few items are much
/// larger than the rest, and the items running at once cost at most `budget` in all, which
/// bounds memory: a file being formatted holds all its tokens, and proc-macro2 a copy of its
/// text, however small its items' syntax trees. An item costlier than the budget runs with
/// small items only (those under a sixteenth of it, which always fit); an item that does not
/// fit waits while smaller ones run. Results keep the items' order.
pub(super) fn run_by_cost<T: Sync, R: Send>(
    items: &[T],
    cost: impl Fn(&T) -> usize,
    budget: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

    /// Which items (by position in `order`) are taken, and the cost running now.
    struct State {
        taken: Vec<bool>,
        first_free: usize,
        running: usize,
    }
    /// Gives an item's cost back when it is done, also when `f` panics (so that no other
    /// thread waits for it forever).
    struct Running<'a> {
        state: &'a Mutex<State>,
        done: &'a Condvar,
        cost: usize,
    }
    impl Drop for Running<'_> {
        fn drop(&mut self) {
            let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
            state.running -= self.cost;
            self.done.notify_all();
        }
    }

    let mut order: Vec<(usize, usize)> = items
        .iter()
        .enumerate()
        .map(|(index, item)| (cost(item), index))
        .collect();
    // Costliest first; equal costs keep their order.
    order.sort_by_key(|&(cost, _)| std::cmp::Reverse(cost));
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if threads == 0 {
        return Vec::new();
    }
    let state = Mutex::new(State {
        taken: vec![false; order.len()],
        first_free: 0,
        running: 0,
    });
    let done = Condvar::new();
    let lock = || state.lock().unwrap_or_else(PoisonError::into_inner);
    // The next item to run: the costliest free one that fits the budget, waiting if none does.
    let next = || -> Option<(usize, usize)> {
        let mut guard: MutexGuard<'_, State> = lock();
        loop {
            let state = &mut *guard;
            while state.taken.get(state.first_free) == Some(&true) {
                state.first_free += 1;
            }
            if state.first_free == order.len() {
                return None;
            }
            let fits = (state.first_free..order.len()).find(|&at| {
                let cost = order[at].0;
                !state.taken[at]
                    && (state.running == 0
                        || state.running.saturating_add(cost) <= budget
                        || cost <= budget / 16)
            });
            if let Some(at) = fits {
                state.taken[at] = true;
                state.running += order[at].0;
                return Some(order[at]);
            }
            guard = done.wait(guard).unwrap_or_else(PoisonError::into_inner);
        }
    };
    let mut results: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut results = Vec::new();
                    while let Some((cost, index)) = next() {
                        let _running = Running {
                            state: &state,
                            done: &done,
                            cost,
                        };
                        results.push((index, f(&items[index])));
                    }
                    results
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    results.sort_by_key(|(index, _)| *index);
    results.into_iter().map(|(_, r)| r).collect()
}
