//! The pallet's logic, by topic. Calls and the session and authorship hooks are thin wrappers
//! around the `do_*` functions here.

pub mod membership;
pub mod session;
#[cfg(any(feature = "try-runtime", feature = "std", test))]
pub mod try_state;
