//! The pallet's invariants, checked after every test block and by `try-runtime`.

use crate::{AuthoredBlocks, Config, Pallet, Validators};
use alloc::collections::btree_set::BTreeSet;
use frame_support::traits::Get;
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Checks that the set is non-empty and has no duplicates, and that only as many
	/// validators as the set may hold have authored blocks this session.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let set = Validators::<T>::get();
		frame_support::ensure!(!set.is_empty(), "the validator set is empty");
		let unique: BTreeSet<_> = set.iter().collect();
		frame_support::ensure!(unique.len() == set.len(), "a validator is in the set twice");
		frame_support::ensure!(
			AuthoredBlocks::<T>::iter().count() <= T::MaxValidators::get() as usize,
			"more authors counted than validators may exist"
		);
		Ok(())
	}
}
