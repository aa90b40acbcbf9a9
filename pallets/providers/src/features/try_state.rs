//! Invariants checked by `try_state` and after every test.

use crate::{Config, GpusAllocated, HoldReason, Pallet, PendingSlashes, Registry, Unbonding};
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
	/// - GPUs in use are accounted per model: each model in use is one of the provider's GPU
	///   kinds with at least that many GPUs, and the models' sum is `allocated.gpus`;
	/// - unbonding chunks are non-empty lists of non-zero amounts, sorted by start block (hence
	///   by unlock block), no two started in the same block;
	/// - every pending slash belongs to a registered or unbonding account, with a non-zero
	///   amount and `apply_at` not before `proposed_at`;
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
			let mut gpus_in_use = 0u32;
			for (model, used) in GpusAllocated::<T>::iter_prefix(&who) {
				ensure!(used > 0, "a zero GPU allocation is stored");
				let listed = record.gpus.iter().find(|k| k.model == model).map(|k| k.count);
				ensure!(listed.unwrap_or(0) >= used, "more GPUs of a model in use than listed");
				gpus_in_use = gpus_in_use.saturating_add(used);
			}
			ensure!(
				gpus_in_use == record.allocated.gpus,
				"GPUs in use per model do not add up to allocated.gpus"
			);
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ProviderDeposit.into(), &who)
					== record.deposit,
				"held storage deposit differs from the record's deposit"
			);
			accounts.insert(who);
		}
		ensure!(Registry::<T>::count() == count, "provider counter differs from the registry");
		for (who, _, _) in GpusAllocated::<T>::iter() {
			ensure!(Registry::<T>::contains_key(&who), "GPUs allocated to an unregistered account");
		}
		for (who, chunks) in Unbonding::<T>::iter() {
			ensure!(!chunks.is_empty(), "empty unbonding entry stored");
			ensure!(chunks.iter().all(|c| !c.amount.is_zero()), "zero unbonding chunk stored");
			ensure!(
				chunks.windows(2).all(|w| w[0].started < w[1].started),
				"unbonding chunks are not sorted by start block"
			);
			accounts.insert(who);
		}
		for (who, pending) in PendingSlashes::<T>::iter() {
			ensure!(!pending.amount.is_zero(), "zero pending slash stored");
			ensure!(
				pending.apply_at >= pending.proposed_at,
				"pending slash applies before proposal"
			);
			ensure!(
				accounts.contains(&who),
				"pending slash of an account neither registered nor unbonding"
			);
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
