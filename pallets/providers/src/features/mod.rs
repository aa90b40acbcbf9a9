//! The pallet's logic, one file per topic; the calls in `lib.rs` only check the origin and
//! call the `do_*` functions here.

mod attributes;
mod bond;
mod capacity;
mod queries;
mod register;
mod reputation;
mod slash;
#[cfg(any(feature = "try-runtime", feature = "std", test))]
mod try_state;
pub(crate) mod validation;
