//! Invariants checked by `try_state` and after every test.

use crate::{Config, HoldReason, Pallet, Registry, Unbonding};
use alloc::collections::BTreeSet;
use frame_support::{ensure, traits::fungible::InspectHold};
use sp_runtime::{
	traits::{Saturating, Zero},
	TryRuntimeError,
};

impl<T: Config> Pallet<T> {
	/// Checks the pallet's invariants:
	/// - every account's `ProviderBond` hold equals its record's bond plus its unbonding chunks;
	/// - every provider's `ProviderDeposit` hold equals its record's deposit;
	/// - allocated capacity is within total capacity, and zero without active leases;
	/// - GPU kinds add up to `capacity.gpus`;
	/// - unbonding chunks are non-empty lists of non-zero amounts;
	/// - the provider counter matches the registry.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut accounts = BTreeSet::new();
		let mut count: u32 = 0;
		for (who, record) in Registry::<T>::iter() {
			count = count.saturating_add(1);
			ensure!(
				record.allocated.fits_within(&record.capacity),
				"allocated capacity exceeds total capacity"
			);
			ensure!(
				record.active_leases > 0 || record.allocated.is_zero(),
				"capacity allocated without active leases"
			);
			let gpus = record.gpus.iter().fold(0u32, |sum, g| sum.saturating_add(g.count));
			ensure!(gpus == record.capacity.gpus, "GPU kinds do not add up to capacity.gpus");
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ProviderDeposit.into(), &who)
					== record.deposit,
				"held storage deposit differs from the record's deposit"
			);
			accounts.insert(who);
		}
		ensure!(Registry::<T>::count() == count, "provider counter differs from the registry");
		for (who, chunks) in Unbonding::<T>::iter() {
			ensure!(!chunks.is_empty(), "empty unbonding entry stored");
			ensure!(chunks.iter().all(|c| !c.amount.is_zero()), "zero unbonding chunk stored");
			accounts.insert(who);
		}
		for who in accounts {
			let bond = Registry::<T>::get(&who).map(|r| r.bond).unwrap_or_default();
			let expected = Unbonding::<T>::get(&who)
				.iter()
				.fold(bond, |sum, chunk| sum.saturating_add(chunk.amount));
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ProviderBond.into(), &who) == expected,
				"held bond differs from bond plus unbonding chunks"
			);
		}
		Ok(())
	}
}
