//! The pallet's logic, by topic. Calls are thin wrappers around the `do_*` functions here.

pub mod deposit;
pub mod editors;
pub mod leases;
pub mod lifecycle;
#[cfg(any(feature = "try-runtime", feature = "std", test))]
pub mod try_state;
pub mod versions;
pub mod views;
