//! The pallet's logic, by topic. Calls, hooks and the [`deinfra_primitives::OnEscrowExhausted`]
//! implementation are thin wrappers around the `do_*` functions here.

pub mod bids;
pub mod expiry;
pub mod indexes;
pub mod leases;
pub mod orders;
pub mod queries;
#[cfg(any(feature = "try-runtime", feature = "std", test))]
pub mod try_state;
