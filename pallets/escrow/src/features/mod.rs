//! The pallet's logic, by topic. Calls and the [`deinfra_primitives::Escrow`] implementation are
//! thin wrappers around the `do_*` functions here.

pub mod accounts;
pub mod escrow;
pub mod expiry;
pub mod math;
pub mod settle;
pub mod streams;
#[cfg(any(feature = "try-runtime", feature = "std", test))]
pub mod try_state;
