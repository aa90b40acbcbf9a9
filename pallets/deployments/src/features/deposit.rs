//! Storage deposits: what a record and a version cost, and holding and releasing them.
//!
//! A deployment's record costs [`Config::DepositBase`] plus [`Config::DepositPerByte`] per byte
//! of its SCALE encoding; each version kept costs [`Config::DepositPerByte`] per byte of its
//! encoding. Every version records its own deposit and the record records its own and the
//! total held, so what is released is exactly what was held, even if the prices change.

use crate::{pallet::*, types::*};
use codec::Encode;
use frame_support::{
	ensure,
	traits::{
		fungible::{InspectHold, MutateHold},
		tokens::Precision,
		Get,
	},
};
use sp_runtime::{
	traits::{CheckedAdd, CheckedMul, CheckedSub, Zero},
	DispatchError, DispatchResult,
};

impl<T: Config> Pallet<T> {
	/// The hold reason of all deposits of this pallet.
	pub fn hold_reason() -> T::RuntimeHoldReason {
		HoldReason::DeploymentDeposit.into()
	}

	/// [`Config::DepositPerByte`] × `bytes`.
	fn bytes_deposit(bytes: usize) -> Result<BalanceOf<T>, DispatchError> {
		let bytes = u32::try_from(bytes).map_err(|_| Error::<T>::Overflow)?;
		Ok(T::DepositPerByte::get().checked_mul(&bytes.into()).ok_or(Error::<T>::Overflow)?)
	}

	/// The deposit of a record of this size: base plus its encoded bytes (the values of its
	/// `deposit` and `held` fields do not change its size).
	pub fn record_deposit(record: &Deployment<T>) -> Result<BalanceOf<T>, DispatchError> {
		Ok(T::DepositBase::get()
			.checked_add(&Self::bytes_deposit(record.encoded_size())?)
			.ok_or(Error::<T>::Overflow)?)
	}

	/// The deposit of a version: its encoded bytes.
	pub fn version_deposit(version: &Version<T>) -> Result<BalanceOf<T>, DispatchError> {
		Self::bytes_deposit(version.encoded_size())
	}

	/// Checks that `who` can have `amount` more held, or fails with `error`.
	pub(crate) fn ensure_affordable(
		who: &T::AccountId,
		amount: BalanceOf<T>,
		error: Error<T>,
	) -> DispatchResult {
		ensure!(
			amount.is_zero() || T::Currency::can_hold(&Self::hold_reason(), who, amount),
			error
		);
		Ok(())
	}

	/// Holds `amount` from `who`'s free balance.
	pub(crate) fn hold(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::hold(&Self::hold_reason(), who, amount)
	}

	/// Releases exactly `amount` of what is held from `who`.
	pub(crate) fn release(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::release(&Self::hold_reason(), who, amount, Precision::Exact).map(|_| ())
	}

	/// Moves the owner's hold from `old` to `new` held: holds the difference if it grew (the
	/// owner must afford it: [`Error::CannotAffordDeposit`]), releases it if it shrank.
	pub(crate) fn settle_hold(
		owner: &T::AccountId,
		old: BalanceOf<T>,
		new: BalanceOf<T>,
	) -> DispatchResult {
		if new > old {
			let more = new.checked_sub(&old).ok_or(Error::<T>::Overflow)?;
			Self::ensure_affordable(owner, more, Error::<T>::CannotAffordDeposit)?;
			Self::hold(owner, more)
		} else {
			let less = old.checked_sub(&new).ok_or(Error::<T>::Overflow)?;
			Self::release(owner, less)
		}
	}

	/// Recomputes the record's own deposit for its current size, updating `deposit` and
	/// `held`; returns the old `held`. Does not touch balances: follow with
	/// [`Self::settle_hold`].
	pub(crate) fn reprice_record(
		record: &mut Deployment<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		let old_held = record.held;
		let versions = record.held.checked_sub(&record.deposit).ok_or(Error::<T>::Overflow)?;
		record.deposit = Self::record_deposit(record)?;
		record.held = versions.checked_add(&record.deposit).ok_or(Error::<T>::Overflow)?;
		Ok(old_held)
	}
}
