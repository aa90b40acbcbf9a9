//! Opening, funding and closing accounts, and moving money in and out of the escrow.
//!
//! All deposits are moved into the escrow's sovereign account ([`Pallet::account_id`]) and held
//! there under [`HoldReason::Escrow`]; every payment and refund is a transfer out of that hold
//! (or, for an amount the fee destination cannot receive, a burn from it). The held total is
//! therefore exactly the sum of the open accounts' balances.

use crate::{pallet::*, types::*};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, InspectHold, MutateHold},
		tokens::{DepositConsequence, Fortitude, Precision, Preservation, Provenance, Restriction},
		Get,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{AccountIdConversion, CheckedAdd, Zero},
	ArithmeticError,
};

impl<T: Config> Pallet<T> {
	/// The escrow's sovereign account, which holds every deposit.
	pub fn account_id() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// The hold reason of all escrowed funds.
	pub fn hold_reason() -> T::RuntimeHoldReason {
		HoldReason::Escrow.into()
	}

	/// What the escrow holds in total: the sum of the open accounts' balances.
	pub fn total_held() -> BalanceOf<T> {
		T::Currency::balance_on_hold(&Self::hold_reason(), &Self::account_id())
	}

	/// The current block.
	pub(crate) fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	/// An open account, or why there is none.
	pub(crate) fn open_account(id: AccountIndex) -> Result<EscrowAccountOf<T>, DispatchError> {
		Accounts::<T>::get(id).ok_or_else(|| {
			if id < NextAccountIndex::<T>::get() {
				Error::<T>::AccountClosed.into()
			} else {
				Error::<T>::UnknownAccount.into()
			}
		})
	}

	/// Adds `amount` to a running total.
	pub(crate) fn add_to(total: &mut BalanceOf<T>, amount: BalanceOf<T>) -> DispatchResult {
		*total = total.checked_add(&amount).ok_or(ArithmeticError::Overflow)?;
		Ok(())
	}

	/// Updates [`Total`].
	pub(crate) fn add_to_totals(
		f: impl FnOnce(&mut Totals<BalanceOf<T>>) -> DispatchResult,
	) -> DispatchResult {
		Total::<T>::try_mutate(f)
	}

	/// Rejects zero deposits and deposits below the existential deposit (the escrow account
	/// keeps no free balance, so each deposit must be creditable on its own).
	fn ensure_deposit_amount(amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(amount >= T::Currency::minimum_balance(), Error::<T>::DepositBelowMinimum);
		Ok(())
	}

	/// Moves `amount` of `from`'s free balance (keeping `from` alive) onto the escrow's hold.
	fn take_in(from: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		let pot = Self::account_id();
		// The escrow's account holds everything and keeps no free balance, so it needs a
		// provider reference of its own to exist. It is taken once and never dropped.
		if frame_system::Pallet::<T>::providers(&pot).is_zero() {
			frame_system::Pallet::<T>::inc_providers(&pot);
		}
		T::Currency::transfer_and_hold(
			&Self::hold_reason(),
			from,
			&pot,
			amount,
			Precision::Exact,
			Preservation::Preserve,
			Fortitude::Polite,
		)?;
		Ok(())
	}

	/// Checks that `from` can spend `amount` and keep its account alive, as [`Self::take_in`]
	/// needs; [`Error::InsufficientBalance`] otherwise (rather than a token error from deep in
	/// the transfer).
	fn ensure_can_pay(from: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		let spendable =
			T::Currency::reducible_balance(from, Preservation::Preserve, Fortitude::Polite);
		ensure!(spendable >= amount, Error::<T>::InsufficientBalance);
		Ok(())
	}

	/// Pays `amount` out of the escrow's hold to `to`.
	///
	/// - A recipient that does not exist and would receive less than the existential deposit
	///   cannot be credited; the amount (dust) goes to the fee destination instead
	///   ([`Event::DustSwept`]).
	/// - An amount due to the fee destination (directly or as dust) that it cannot receive
	///   (it was reaped and the amount is below the existential deposit) is burned from the
	///   hold ([`Event::FeeBurned`]), so that a reaped treasury never blocks a settlement, a
	///   close, a top-up or an expiry.
	pub(crate) fn pay_out(
		id: AccountIndex,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<PaidTo, DispatchError> {
		if amount.is_zero() {
			return Ok(PaidTo::Recipient);
		}
		let fee_destination = T::FeeDestination::get();
		let swept = *to != fee_destination
			&& T::Currency::can_deposit(to, amount, Provenance::Extant)
				== DepositConsequence::BelowMinimum;
		if swept {
			Self::deposit_event(Event::DustSwept { account: id, who: to.clone(), amount });
		}
		let dest = if swept { &fee_destination } else { to };
		if *dest == fee_destination
			&& T::Currency::can_deposit(dest, amount, Provenance::Extant)
				!= DepositConsequence::Success
		{
			T::Currency::burn_held(
				&Self::hold_reason(),
				&Self::account_id(),
				amount,
				Precision::Exact,
				Fortitude::Polite,
			)?;
			Self::deposit_event(Event::FeeBurned { account: id, amount });
			return Ok(PaidTo::Burned);
		}
		T::Currency::transfer_on_hold(
			&Self::hold_reason(),
			&Self::account_id(),
			dest,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Polite,
		)?;
		Ok(if swept { PaidTo::FeeDestination } else { PaidTo::Recipient })
	}

	/// Opens an account owned by `owner` with `deposit` from the owner. The `Escrow` trait
	/// opens `managed` accounts; unmanaged ones (closed by their owner's call) were opened by
	/// the former `open` call, and are only opened now by tests and benchmarks of that close.
	pub fn do_open(
		owner: &T::AccountId,
		deposit: BalanceOf<T>,
		managed: bool,
	) -> Result<AccountIndex, DispatchError> {
		Self::ensure_deposit_amount(deposit)?;
		let id = NextAccountIndex::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IndexOverflow)?;
		Self::ensure_can_pay(owner, deposit)?;
		Self::take_in(owner, deposit)?;
		Self::add_to_totals(|t| Self::add_to(&mut t.deposited, deposit))?;
		NextAccountIndex::<T>::put(next);
		Accounts::<T>::insert(
			id,
			EscrowAccount {
				owner: owner.clone(),
				balance: deposit,
				deposited: deposit,
				paid: Zero::zero(),
				fees: Zero::zero(),
				stream: None,
				managed,
			},
		);
		Self::deposit_event(Event::Opened { account: id, owner: owner.clone() });
		Self::deposit_event(Event::Deposited { account: id, from: owner.clone(), amount: deposit });
		Ok(id)
	}

	/// Deposits `amount` from `from` into account `id`, then settles and reschedules it.
	pub fn do_deposit(
		from: &T::AccountId,
		id: AccountIndex,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		Self::ensure_deposit_amount(amount)?;
		let mut account = Self::open_account(id)?;
		Self::ensure_can_pay(from, amount)?;
		Self::take_in(from, amount)?;
		Self::add_to(&mut account.balance, amount)?;
		Self::add_to(&mut account.deposited, amount)?;
		Self::add_to_totals(|t| Self::add_to(&mut t.deposited, amount))?;
		Self::deposit_event(Event::Deposited { account: id, from: from.clone(), amount });
		Self::touch(id, &mut account, Self::now())?;
		Accounts::<T>::insert(id, account);
		Ok(())
	}

	/// Closes account `id` for its owner `who`; it must have no stream.
	pub fn do_owner_close(
		who: &T::AccountId,
		id: AccountIndex,
	) -> Result<BalanceOf<T>, DispatchError> {
		let account = Self::open_account(id)?;
		ensure!(account.owner == *who, Error::<T>::NotOwner);
		ensure!(!account.managed, Error::<T>::ManagedAccount);
		ensure!(account.stream.is_none(), Error::<T>::StreamRunning);
		Self::close_account(id, account, CloseReason::Requested, Self::now())
	}

	/// Settles and stops the stream if any, refunds the balance to the owner and removes the
	/// account. Returns what the owner received.
	pub(crate) fn close_account(
		id: AccountIndex,
		mut account: EscrowAccountOf<T>,
		reason: CloseReason,
		now: BlockNumberFor<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		if account.stream.is_some() {
			Self::settle_account(id, &mut account, now)?;
			Self::end_stream(id, &mut account);
		}
		let left = account.balance;
		let refund = match Self::pay_out(id, &account.owner, left)? {
			PaidTo::Recipient => {
				Self::add_to_totals(|t| Self::add_to(&mut t.refunded, left))?;
				left
			}
			PaidTo::FeeDestination | PaidTo::Burned => {
				Self::add_to_totals(|t| Self::add_to(&mut t.fees, left))?;
				Zero::zero()
			}
		};
		Accounts::<T>::remove(id);
		Self::deposit_event(Event::Closed { account: id, owner: account.owner, refund, reason });
		Ok(refund)
	}
}
