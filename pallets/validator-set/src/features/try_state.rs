//! The pallet's invariants, checked after every test block and by `try-runtime`.

use crate::{
	max_changes, AuthoredBlocks, Config, KeylessValidators, LiveValidators, Pallet,
	QueuedValidators, Validators, WaitingValidators,
};
use alloc::{collections::btree_set::BTreeSet, vec::Vec};
use frame_support::{ensure, traits::Get, traits::ValidatorSet};
use sp_runtime::TryRuntimeError;

/// Whether `list` has no duplicates.
fn unique<A: Ord>(list: &[A]) -> bool {
	list.iter().collect::<BTreeSet<_>>().len() == list.len()
}

impl<T: Config> Pallet<T> {
	/// Checks the pallet's invariants:
	///
	/// - the governed set is non-empty, without duplicates (and at most `MaxValidators`, by
	///   its type); so are the queued set, and the waiting, keyless and live lists have no
	///   duplicates;
	/// - the governed set and the queued set agree: every governed validator is exactly one of
	///   queued, waiting (it had keys at the last session change or was added since, and only
	///   the step rule holds it back) or keyless (it had no keys at the last session change);
	///   every queued validator that is not governed is a removal governance made that the
	///   step rule still has to carry out;
	/// - the queued set is one step from the active set: it adds at most
	///   [`max_changes`]`(active)` validators, and if it adds any, strictly more than two
	///   thirds of it authored in the last session;
	/// - at most as many authors are counted as validators may exist.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let governed = Validators::<T>::get();
		ensure!(!governed.is_empty(), "the validator set is empty");
		ensure!(unique(&governed), "a validator is in the set twice");
		let queued = QueuedValidators::<T>::get();
		ensure!(!queued.is_empty(), "the queued validator set is empty");
		ensure!(unique(&queued), "a validator is queued twice");
		let waiting = WaitingValidators::<T>::get();
		let keyless = KeylessValidators::<T>::get();
		let live = LiveValidators::<T>::get();
		ensure!(unique(&waiting), "a validator waits twice");
		ensure!(unique(&keyless), "a validator is keyless twice");
		ensure!(unique(&live), "a validator is live twice");

		// The governed set is partitioned into queued, waiting and keyless validators.
		for v in governed.iter() {
			let roles = [queued.contains(v), waiting.contains(v), keyless.contains(v)];
			ensure!(
				roles.iter().filter(|r| **r).count() == 1,
				"a governed validator is not exactly one of queued, waiting and keyless"
			);
		}
		ensure!(
			waiting.iter().chain(keyless.iter()).all(|v| governed.contains(v)),
			"a waiting or keyless validator is not governed"
		);

		// The queued set is one step from the active set.
		let active: Vec<T::AccountId> = T::Session::validators();
		let added = queued.iter().filter(|v| !active.contains(v)).count();
		ensure!(added <= max_changes(active.len()), "more validators queued at once than the cap");
		if added > 0 {
			let up = queued.iter().filter(|v| live.contains(v)).count();
			ensure!(
				up.saturating_mul(3) > queued.len().saturating_mul(2),
				"validators were added to a set without a live two-thirds majority"
			);
		}

		ensure!(
			AuthoredBlocks::<T>::iter().count() <= T::MaxValidators::get() as usize,
			"more authors counted than validators may exist"
		);
		Ok(())
	}
}
