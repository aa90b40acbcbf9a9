//! Slashing a provider's bond: proposing, cancelling and applying a deferred slash, the
//! market's immediate slash and penalty, and the `ProviderRegistry` implementation.

use crate::{
	BalanceOf, Config, Error, Event, GpusAllocated, HoldReason, Pallet, PendingSlash,
	PendingSlashes, Registry, Unbonding,
};
use deinfra_primitives::{
	Allocation, GpuModel, GpuRequirement, LeaseOutcome, ProviderRegistry, ResourceRequest,
	Resources,
};
use frame_support::{
	ensure,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError, DispatchResult,
};

impl<T: Config> Pallet<T> {
	/// `who`'s bond, active plus unbonding; `None` if it is neither registered nor unbonding.
	pub fn slashable_of(who: &T::AccountId) -> Option<BalanceOf<T>> {
		let record = Registry::<T>::get(who);
		let chunks = Unbonding::<T>::get(who);
		if record.is_none() && chunks.is_empty() {
			return None;
		}
		let bond = record.map(|r| r.bond).unwrap_or_default();
		Some(chunks.iter().fold(bond, |sum, chunk| sum.saturating_add(chunk.amount)))
	}

	/// Records a slash of up to `amount` of `who`'s bond (capped at its bond now), applicable
	/// `SlashDeferral` blocks from now.
	pub(crate) fn do_propose_slash(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let slashable = Self::slashable_of(who).ok_or(Error::<T>::NotProvider)?;
		ensure!(!PendingSlashes::<T>::contains_key(who), Error::<T>::SlashAlreadyPending);
		let amount = amount.min(slashable);
		ensure!(!amount.is_zero(), Error::<T>::NothingToSlash);
		let proposed_at = frame_system::Pallet::<T>::block_number();
		let apply_at = proposed_at.saturating_add(T::SlashDeferral::get());
		PendingSlashes::<T>::insert(who, PendingSlash { amount, proposed_at, apply_at });
		Self::deposit_event(Event::SlashProposed { provider: who.clone(), amount, apply_at });
		Ok(())
	}

	/// Removes `who`'s pending slash without taking anything.
	pub(crate) fn do_cancel_slash(who: &T::AccountId) -> DispatchResult {
		let pending = PendingSlashes::<T>::take(who).ok_or(Error::<T>::NoPendingSlash)?;
		Self::deposit_event(Event::SlashCancelled {
			provider: who.clone(),
			amount: pending.amount,
		});
		Ok(())
	}

	/// Applies `who`'s pending slash if its deferral has ended: moves what it can of the
	/// pending amount to `SlashBeneficiary`, removes the pending slash and records a slashed
	/// outcome.
	pub(crate) fn do_apply_slash(who: &T::AccountId) -> DispatchResult {
		let pending = PendingSlashes::<T>::get(who).ok_or(Error::<T>::NoPendingSlash)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= pending.apply_at, Error::<T>::SlashDeferred);
		let beneficiary = T::SlashBeneficiary::get();
		let moved = Self::take_bond(who, pending.amount, &beneficiary)?;
		PendingSlashes::<T>::remove(who);
		Self::deposit_event(Event::Slashed { provider: who.clone(), beneficiary, amount: moved });
		Self::do_record_outcome(who, LeaseOutcome::Slashed);
		Ok(())
	}

	/// Moves up to `amount` of `who`'s bond to `beneficiary` at once (the market's slash),
	/// taking the active bond first, then unbonding chunks from the latest unlock back. Returns
	/// the amount moved (zero, and no change, if there was nothing to take).
	pub(crate) fn do_slash(
		who: &T::AccountId,
		amount: BalanceOf<T>,
		beneficiary: &T::AccountId,
	) -> Result<BalanceOf<T>, DispatchError> {
		ensure!(Self::slashable_of(who).is_some(), Error::<T>::NotProvider);
		let slashed = Self::take_bond(who, amount, beneficiary)?;
		if !slashed.is_zero() {
			Self::deposit_event(Event::Slashed {
				provider: who.clone(),
				beneficiary: beneficiary.clone(),
				amount: slashed,
			});
		}
		Ok(slashed)
	}

	/// Moves up to `amount` of `who`'s bond to `beneficiary`: the active bond first, then
	/// unbonding chunks from the latest unlock (the latest start) back. Returns the amount
	/// moved; nothing changes if it is zero or if the transfer fails. Emits nothing.
	fn take_bond(
		who: &T::AccountId,
		amount: BalanceOf<T>,
		beneficiary: &T::AccountId,
	) -> Result<BalanceOf<T>, DispatchError> {
		let mut record = Registry::<T>::get(who);
		let mut chunks = Unbonding::<T>::get(who);

		let mut remaining = amount;
		if let Some(record) = record.as_mut() {
			let taken = remaining.min(record.bond);
			record.bond = record.bond.saturating_sub(taken);
			remaining = remaining.saturating_sub(taken);
		}
		// The latest unlock first: one unbonding period applies to all chunks, so that is the
		// latest start.
		chunks.sort_by(|a, b| b.started.cmp(&a.started));
		for chunk in chunks.iter_mut() {
			let taken = remaining.min(chunk.amount);
			chunk.amount = chunk.amount.saturating_sub(taken);
			remaining = remaining.saturating_sub(taken);
		}
		chunks.retain(|chunk| !chunk.amount.is_zero());
		chunks.sort_by(|a, b| a.started.cmp(&b.started));
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
		let registered = record.is_some();
		if let Some(record) = record {
			Registry::<T>::insert(who, record);
		}
		if chunks.is_empty() {
			Unbonding::<T>::remove(who);
			// A deregistered provider with nothing left has nothing a pending slash could take.
			if !registered && PendingSlashes::<T>::take(who).is_some() {
				log::info!(
					target: crate::LOG_TARGET,
					"pending slash of {who:?} dropped: nothing left to take",
				);
			}
		} else {
			Unbonding::<T>::insert(who, chunks);
		}
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

	/// Moves at once, not deferred: for the market's own rules. Governance slashes go through
	/// `propose_slash`. Does not touch the reputation: the market records the `Slashed` outcome
	/// itself.
	fn slash(
		who: &T::AccountId,
		amount: BalanceOf<T>,
		beneficiary: &T::AccountId,
	) -> Result<BalanceOf<T>, DispatchError> {
		Self::do_slash(who, amount, beneficiary)
	}
}
