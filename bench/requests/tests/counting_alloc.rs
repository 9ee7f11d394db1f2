//! The counting allocator counts every allocation call and its bytes, on every thread.

use request_bench::counting_alloc::{totals, CountingAlloc};

#[global_allocator]
static ALLOCATOR: CountingAlloc = CountingAlloc;

#[test]
fn allocations_and_bytes_are_counted_on_every_thread() {
    let before = totals();
    let boxes: Vec<Box<[u8; 100]>> = (0..1_000).map(|_| Box::new([0; 100])).collect();
    let on_threads: Vec<Vec<u8>> = (0..4)
        .map(|_| std::thread::spawn(|| Vec::with_capacity(4_096)))
        .map(|thread| thread.join().expect("thread"))
        .collect();
    let after = totals();
    drop((boxes, on_threads));
    let allocations = after.allocations - before.allocations;
    let bytes = after.bytes - before.bytes;
    // The boxes, the threads' vectors, the outer vectors, and what spawning a thread takes.
    assert!(
        (1_005..1_100).contains(&allocations),
        "{allocations} allocations"
    );
    assert!(
        (100_000 + 4 * 4_096..200_000).contains(&bytes),
        "{bytes} bytes"
    );
}
