//! Lazy settlement: what a stream owes is computed and paid only when its account is touched.

use crate::{features::math, pallet::*, types::*};
use frame_support::{ensure, pallet_prelude::*, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedSub, Saturating, UniqueSaturatedFrom, UniqueSaturatedInto, Zero},
	ArithmeticError,
};

impl<T: Config> Pallet<T> {
	/// A number of blocks as a balance, for `rate × blocks`.
	pub(crate) fn blocks_as_balance(
		blocks: BlockNumberFor<T>,
	) -> Result<BalanceOf<T>, ArithmeticError> {
		let wide: u128 = blocks.try_into().map_err(|_| ArithmeticError::Overflow)?;
		BalanceOf::<T>::try_from(wide).map_err(|_| ArithmeticError::Overflow)
	}

	/// A balance as a number of blocks, saturating at the largest block number.
	fn balance_as_blocks(amount: BalanceOf<T>) -> BlockNumberFor<T> {
		let wide: u128 = amount.unique_saturated_into();
		BlockNumberFor::<T>::unique_saturated_from(wide)
	}

	/// The last block `stream` is funded for, given the account's `balance` (saturating at the
	/// largest block number).
	pub fn paid_through(
		stream: &StreamOf<T>,
		balance: BalanceOf<T>,
	) -> Result<BlockNumberFor<T>, ArithmeticError> {
		let blocks = math::funded_blocks(stream.rate, stream.streamed, balance)?;
		Ok(stream.started_at.saturating_add(Self::balance_as_blocks(blocks)))
	}

	/// What `stream` is owed at `now`, capped by `balance`.
	pub(crate) fn owed_at(
		stream: &StreamOf<T>,
		balance: BalanceOf<T>,
		now: BlockNumberFor<T>,
	) -> Result<BalanceOf<T>, ArithmeticError> {
		let elapsed = Self::blocks_as_balance(now.saturating_sub(stream.started_at))?;
		math::owed(stream.rate, elapsed, stream.streamed, balance)
	}

	/// Pays what the account's stream is owed at `now`, up to its balance: the take to the fee
	/// destination (burned if it cannot receive it), the rest to the payee. Updates `account`
	/// (not storage, apart from [`Total`]). Does nothing without a stream or when nothing is
	/// owed.
	pub(crate) fn settle_account(
		id: AccountIndex,
		account: &mut EscrowAccountOf<T>,
		now: BlockNumberFor<T>,
	) -> Result<Settlement<BalanceOf<T>>, DispatchError> {
		let Some(stream) = account.stream.as_mut() else { return Ok(Settlement::default()) };
		let elapsed = Self::blocks_as_balance(now.saturating_sub(stream.started_at))?;
		let (gross, take) = math::settlement(
			stream.rate,
			elapsed,
			stream.streamed,
			account.balance,
			T::TakeRate::get(),
		)?;
		if gross.is_zero() {
			return Ok(Settlement::default());
		}
		let share = gross.checked_sub(&take).ok_or(ArithmeticError::Underflow)?;
		let mut settlement = Settlement { paid: Zero::zero(), fee: take };
		match Self::pay_out(id, &stream.payee, share)? {
			PaidTo::Recipient => settlement.paid = share,
			PaidTo::FeeDestination | PaidTo::Burned => Self::add_to(&mut settlement.fee, share)?,
		}
		Self::pay_out(id, &T::FeeDestination::get(), take)?;

		Self::add_to(&mut stream.streamed, gross)?;
		account.balance = account.balance.checked_sub(&gross).ok_or(ArithmeticError::Underflow)?;
		Self::add_to(&mut account.paid, settlement.paid)?;
		Self::add_to(&mut account.fees, settlement.fee)?;
		Self::add_to_totals(|t| {
			Self::add_to(&mut t.paid, settlement.paid)?;
			Self::add_to(&mut t.fees, settlement.fee)
		})?;
		Self::deposit_event(Event::Settled {
			account: id,
			payee: stream.payee.clone(),
			paid: settlement.paid,
			fee: settlement.fee,
			remaining: account.balance,
		});
		Ok(settlement)
	}

	/// Settles the account and brings its expiry up to date (see
	/// [`Pallet::update_schedule`]).
	pub(crate) fn touch(
		id: AccountIndex,
		account: &mut EscrowAccountOf<T>,
		now: BlockNumberFor<T>,
	) -> Result<Settlement<BalanceOf<T>>, DispatchError> {
		let settlement = Self::settle_account(id, account, now)?;
		Self::update_schedule(id, account, now)?;
		Ok(settlement)
	}

	/// Settles the stream of account `id`; anyone may.
	pub fn do_settle(id: AccountIndex) -> Result<Settlement<BalanceOf<T>>, DispatchError> {
		let mut account = Self::open_account(id)?;
		ensure!(account.stream.is_some(), Error::<T>::NoStream);
		let settlement = Self::touch(id, &mut account, Self::now())?;
		Accounts::<T>::insert(id, account);
		Ok(settlement)
	}

	/// Settles the stream of account `id` for its payee `who`.
	pub fn do_withdraw(
		who: &T::AccountId,
		id: AccountIndex,
	) -> Result<Settlement<BalanceOf<T>>, DispatchError> {
		let account = Self::open_account(id)?;
		let stream = account.stream.as_ref().ok_or(Error::<T>::NoStream)?;
		ensure!(stream.payee == *who, Error::<T>::NotPayee);
		Self::do_settle(id)
	}
}
