//! Arbitrary bytes → load → lower → render, through the library as the CLI runs it.
//! Any outcome is fine except a panic, an abort or running out of stack or memory.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = clientgen::generate_bytes(data, std::path::Path::new("fuzz.yaml"), &clientgen::Options::default());
});
