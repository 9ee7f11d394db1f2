//! A global allocator that counts allocations: the system allocator (what a program gets by
//! default, and what the generated crates use) with a tally of calls and bytes.
//!
//! Counting must not change what it measures, so a thread does not share a counter with
//! another: each thread gets a slot of its own, on its own cache line, and bumps it with a
//! plain load and store (no locked instruction). Only threads past [`SLOTS`] share the last
//! slot, with atomic adds. [`totals`] sums the slots.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::Relaxed};

/// Threads with a slot of their own; a tokio runtime here has at most a few.
pub const SLOTS: usize = 63;

/// The allocator: `#[global_allocator] static A: CountingAlloc = CountingAlloc;`.
pub struct CountingAlloc;

/// Allocation calls (`alloc`, `alloc_zeroed` and `realloc`, which all hand out memory) and
/// the bytes they asked for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// Calls.
    pub allocations: u64,
    /// Bytes asked for (a `realloc` counts its new size).
    pub bytes: u64,
}

#[repr(align(128))]
struct Slot {
    allocations: AtomicU64,
    bytes: AtomicU64,
}

static COUNTERS: [Slot; SLOTS + 1] = [const {
    Slot {
        allocations: AtomicU64::new(0),
        bytes: AtomicU64::new(0),
    }
}; SLOTS + 1];
static NEXT_SLOT: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    // `const` and without `Drop`: reading it never allocates, so the allocator may use it.
    static SLOT: Cell<usize> = const { Cell::new(usize::MAX) };
}

fn count(bytes: usize) {
    let slot = SLOT
        .try_with(|slot| {
            if slot.get() == usize::MAX {
                slot.set(NEXT_SLOT.fetch_add(1, Relaxed).min(SLOTS));
            }
            slot.get()
        })
        .unwrap_or(SLOTS);
    let counter = &COUNTERS[slot];
    if slot < SLOTS {
        // This thread is the only writer of its slot.
        counter
            .allocations
            .store(counter.allocations.load(Relaxed) + 1, Relaxed);
        counter
            .bytes
            .store(counter.bytes.load(Relaxed) + bytes as u64, Relaxed);
    } else {
        counter.allocations.fetch_add(1, Relaxed);
        counter.bytes.fetch_add(bytes as u64, Relaxed);
    }
}

/// The allocations of every thread so far.
pub fn totals() -> Totals {
    COUNTERS.iter().fold(Totals::default(), |sum, slot| Totals {
        allocations: sum.allocations + slot.allocations.load(Relaxed),
        bytes: sum.bytes + slot.bytes.load(Relaxed),
    })
}

// SAFETY: every call goes to `System` unchanged; counting touches no allocator state.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        // SAFETY: the caller's contract, passed on.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        // SAFETY: the caller's contract, passed on.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size);
        // SAFETY: the caller's contract, passed on.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract, passed on.
        unsafe { System.dealloc(ptr, layout) }
    }
}
