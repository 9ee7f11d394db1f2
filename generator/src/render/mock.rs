//! The test kit's files (the `mock` feature): `src/mock/mod.rs`, one `src/mock/<module>.rs`
//! per API module, and the README's example, `examples/mock.rs`.

use minijinja::context;

use super::jobs::RustJob;
use crate::ir::Api;

/// Adds the jobs that render the test kit's Rust files to `jobs`.
pub(super) fn add_jobs(ir: &Api, api: &minijinja::Value, jobs: &mut Vec<RustJob>) {
    jobs.push(RustJob::new(
        "mock.rs.j2",
        "src/mock/mod.rs",
        context! { api },
    ));
    if ir.mock.example.is_some() {
        jobs.push(RustJob::new(
            "docs/mock.rs.j2",
            "examples/mock.rs",
            context! { api },
        ));
    }
    for (module, mocks) in ir.modules.iter().zip(&ir.mock.modules) {
        let path = format!("src/mock/{}.rs", module.name);
        let context = context! { api, module, mocks };
        jobs.push(RustJob::new("mock_api.rs.j2", path, context).cost(module.operations.len()));
    }
}
