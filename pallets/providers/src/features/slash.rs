//! Slashing a provider's bond to a beneficiary, and the `ProviderRegistry` implementation.

use crate::{
	BalanceOf, Config, Error, Event, GpusAllocated, HoldReason, Pallet, Registry, Unbonding,
};
use deinfra_primitives::{
	Allocation, GpuModel, GpuRequirement, LeaseOutcome, ProviderRegistry, ResourceRequest,
	Resources,
};
use frame_support::traits::{
	fungible::MutateHold,
	tokens::{Fortitude, Precision, Restriction},
};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError, DispatchResult,
};

impl<T: Config> Pallet<T> {
	/// Moves up to `amount` of `who`'s bond to `beneficiary`, taking the active bond first,
	/// then unbonding chunks from the latest unlock back. Returns the amount moved (zero, and no
	/// change, if there was nothing to take).
	pub(crate) fn do_slash(
		who: &T::AccountId,
		amount: BalanceOf<T>,
		beneficiary: &T::AccountId,
	) -> Result<BalanceOf<T>, DispatchError> {
		let mut record = Registry::<T>::get(who);
		let mut chunks = Unbonding::<T>::get(who);
		if record.is_none() && chunks.is_empty() {
			return Err(Error::<T>::NotProvider.into());
		}

		let mut remaining = amount;
		if let Some(record) = record.as_mut() {
			let taken = remaining.min(record.bond);
			record.bond = record.bond.saturating_sub(taken);
			remaining = remaining.saturating_sub(taken);
		}
		// The latest unlock first, whatever order the chunks were added in (a later,
		// shorter unbonding period can add a chunk that unlocks before an earlier one).
		chunks.sort_by(|a, b| b.unlock_at.cmp(&a.unlock_at));
		for chunk in chunks.iter_mut() {
			let taken = remaining.min(chunk.amount);
			chunk.amount = chunk.amount.saturating_sub(taken);
			remaining = remaining.saturating_sub(taken);
		}
		chunks.retain(|chunk| !chunk.amount.is_zero());
		chunks.sort_by(|a, b| a.unlock_at.cmp(&b.unlock_at));
		let slashed = amount.saturating_sub(remaining);
		if !remaining.is_zero() {
			log::warn!(
				target: crate::LOG_TARGET,
				"slash of {who:?}: {amount:?} requested, only {slashed:?} bonded or unbonding",
			);
		}
		if slashed.is_zero() {
			return Ok(slashed);
		}

		T::Currency::transfer_on_hold(
			&HoldReason::ProviderBond.into(),
			who,
			beneficiary,
			slashed,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)?;
		if let Some(record) = record {
			Registry::<T>::insert(who, record);
		}
		if chunks.is_empty() {
			Unbonding::<T>::remove(who);
		} else {
			Unbonding::<T>::insert(who, chunks);
		}
		Self::deposit_event(Event::Slashed {
			provider: who.clone(),
			beneficiary: beneficiary.clone(),
			amount: slashed,
		});
		Ok(slashed)
	}
}

impl<T: Config> Pallet<T> {
	/// Moves up to `amount` of `who`'s active bond (never its unbonding chunks) to
	/// `beneficiary`. Returns the amount moved: zero, and no change, if `who` is not registered
	/// or has no active bond.
	pub(crate) fn do_penalize(
		who: &T::AccountId,
		amount: BalanceOf<T>,
		beneficiary: &T::AccountId,
	) -> Result<BalanceOf<T>, DispatchError> {
		let Some(mut record) = Registry::<T>::get(who) else { return Ok(Zero::zero()) };
		let taken = amount.min(record.bond);
		if taken.is_zero() {
			return Ok(taken);
		}
		T::Currency::transfer_on_hold(
			&HoldReason::ProviderBond.into(),
			who,
			beneficiary,
			taken,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)?;
		record.bond = record.bond.saturating_sub(taken);
		Registry::<T>::insert(who, record);
		Self::deposit_event(Event::Penalized {
			provider: who.clone(),
			beneficiary: beneficiary.clone(),
			amount: taken,
		});
		Ok(taken)
	}

	/// What `who`'s leases use now, `None` if it is not registered.
	pub fn allocation_of(who: &T::AccountId) -> Option<Allocation> {
		let record = Registry::<T>::get(who)?;
		Some(Allocation {
			resources: record.allocated,
			leases: record.active_leases,
			gpus: GpusAllocated::<T>::iter_prefix(who).collect(),
		})
	}
}

impl<T: Config> ProviderRegistry<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn is_active(who: &T::AccountId) -> bool {
		Self::do_is_active(who)
	}

	fn matches(who: &T::AccountId, request: &ResourceRequest) -> bool {
		Self::do_matches(who, request)
	}

	/// Call once per lease when it starts; fails with `NotActive` or `InsufficientCapacity`.
	fn reserve_capacity(who: &T::AccountId, resources: &Resources) -> DispatchResult {
		Self::do_reserve_capacity(who, resources)
	}

	/// Call once per lease when it ends, with the resources it reserved; fails with
	/// `ReleaseExceedsReserved` otherwise.
	fn release_capacity(who: &T::AccountId, resources: &Resources) -> DispatchResult {
		Self::do_release_capacity(who, resources)
	}

	fn record_outcome(who: &T::AccountId, outcome: LeaseOutcome) {
		Self::do_record_outcome(who, outcome)
	}

	fn reserve_gpus(
		who: &T::AccountId,
		requirement: &GpuRequirement,
	) -> Result<GpuModel, DispatchError> {
		Self::do_reserve_gpus(who, requirement)
	}

	fn release_gpus(who: &T::AccountId, model: &GpuModel, count: u32) -> DispatchResult {
		Self::do_release_gpus(who, model, count)
	}

	fn penalize(
		who: &T::AccountId,
		amount: BalanceOf<T>,
		beneficiary: &T::AccountId,
	) -> Result<BalanceOf<T>, DispatchError> {
		Self::do_penalize(who, amount, beneficiary)
	}

	fn allocation(who: &T::AccountId) -> Option<Allocation> {
		Self::allocation_of(who)
	}

	/// Does not touch the reputation: the market records the `Slashed` outcome itself.
	fn slash(
		who: &T::AccountId,
		amount: BalanceOf<T>,
		beneficiary: &T::AccountId,
	) -> Result<BalanceOf<T>, DispatchError> {
		Self::do_slash(who, amount, beneficiary)
	}
}
