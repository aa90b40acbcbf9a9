//! Bonding more, unbonding and withdrawing unbonded funds.

use crate::{
	BalanceOf, Config, Error, Event, HoldReason, Pallet, PendingSlashes, Registry, Unbonding,
	UnbondingChunk, UnbondingChunksOf,
};
use frame_support::{
	ensure,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, Saturating, Zero},
	DispatchError, DispatchResult,
};

impl<T: Config> Pallet<T> {
	/// Holds `amount` more of `who`'s balance as bond.
	pub(crate) fn do_bond_more(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut record = Registry::<T>::get(who).ok_or(Error::<T>::NotRegistered)?;
		record.bond = record.bond.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::ProviderBond.into(), who, amount)?;
		let bond = record.bond;
		Registry::<T>::insert(who, record);
		Self::deposit_event(Event::Bonded { provider: who.clone(), amount, bond });
		Ok(())
	}

	/// Fails with `SlashPending` if `who` has a pending slash: its bond must stay where the
	/// slash can reach it.
	pub(crate) fn ensure_no_pending_slash(who: &T::AccountId) -> DispatchResult {
		ensure!(!PendingSlashes::<T>::contains_key(who), Error::<T>::SlashPending);
		Ok(())
	}

	/// Moves `amount` of `who`'s bond into an unbonding chunk.
	pub(crate) fn do_unbond(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		Self::ensure_no_pending_slash(who)?;
		let mut record = Registry::<T>::get(who).ok_or(Error::<T>::NotRegistered)?;
		record.bond = record.bond.checked_sub(&amount).ok_or(Error::<T>::InsufficientBond)?;
		ensure!(record.bond >= T::MinimumBond::get(), Error::<T>::BondBelowMinimum);
		let mut chunks = Unbonding::<T>::get(who);
		let unlock_at = Self::add_unbonding_chunk(&mut chunks, amount, false)?;
		Unbonding::<T>::insert(who, chunks);
		Registry::<T>::insert(who, record);
		Self::deposit_event(Event::Unbonded { provider: who.clone(), amount, unlock_at });
		Ok(())
	}

	/// Releases `who`'s unbonding chunks that are unlocked under the unbonding period in force
	/// now; returns the amount released.
	pub(crate) fn do_withdraw_unbonded(who: &T::AccountId) -> Result<BalanceOf<T>, DispatchError> {
		Self::ensure_no_pending_slash(who)?;
		let now = frame_system::Pallet::<T>::block_number();
		let period = T::UnbondingPeriod::get();
		let mut chunks = Unbonding::<T>::get(who);
		let mut amount = BalanceOf::<T>::zero();
		chunks.retain(|chunk| {
			let unlocked = chunk.unlock_at(period) <= now;
			if unlocked {
				amount = amount.saturating_add(chunk.amount);
			}
			!unlocked
		});
		ensure!(!amount.is_zero(), Error::<T>::NothingToWithdraw);
		T::Currency::release(&HoldReason::ProviderBond.into(), who, amount, Precision::Exact)?;
		if chunks.is_empty() {
			Unbonding::<T>::remove(who);
		} else {
			Unbonding::<T>::insert(who, chunks);
		}
		Self::deposit_event(Event::Withdrawn { provider: who.clone(), amount });
		Ok(amount)
	}

	/// Adds `amount`, starting unbonding now, to `chunks` and returns the unlock block of the
	/// chunk that took it under the unbonding period in force now. A chunk started in this
	/// block absorbs it. When `chunks` is full, the call fails with `TooManyUnbondingChunks`
	/// unless `merge_when_full`, in which case the chunk started last absorbs it and counts as
	/// started now: a merge never shortens a lock. Chunks stay sorted by start block (hence by
	/// unlock block, as one period applies to all). A zero amount adds nothing.
	pub(crate) fn add_unbonding_chunk(
		chunks: &mut UnbondingChunksOf<T>,
		amount: BalanceOf<T>,
		merge_when_full: bool,
	) -> Result<BlockNumberFor<T>, DispatchError> {
		let now = frame_system::Pallet::<T>::block_number();
		let period = T::UnbondingPeriod::get();
		let unlock_at = now.saturating_add(period);
		if amount.is_zero() {
			return Ok(unlock_at);
		}
		if let Some(same) = chunks.iter_mut().find(|c| c.started == now) {
			same.amount = same.amount.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
			return Ok(unlock_at);
		}
		if chunks.is_full() {
			ensure!(merge_when_full, Error::<T>::TooManyUnbondingChunks);
			let last = chunks
				.iter_mut()
				.max_by_key(|c| c.started)
				.ok_or(Error::<T>::TooManyUnbondingChunks)?;
			last.amount = last.amount.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
			last.started = last.started.max(now);
			return Ok(last.unlock_at(period));
		}
		chunks
			.try_push(UnbondingChunk { amount, started: now })
			.map_err(|_| Error::<T>::TooManyUnbondingChunks)?;
		chunks.sort_by(|a, b| a.started.cmp(&b.started));
		Ok(unlock_at)
	}
}
