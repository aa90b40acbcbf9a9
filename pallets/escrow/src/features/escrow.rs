//! The [`Escrow`] interface the market drives. Each mutating function runs in its own storage
//! layer, so an error leaves nothing behind even if the caller goes on.

use crate::{pallet::*, types::*};
use deinfra_primitives::{Escrow, EscrowInfo};
use frame_support::storage::with_storage_layer;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{DispatchError, DispatchResult, Saturating};

impl<T: Config> Escrow<T::AccountId, BalanceOf<T>, BlockNumberFor<T>> for Pallet<T> {
	type AccountIndex = AccountIndex;

	fn open(owner: &T::AccountId, deposit: BalanceOf<T>) -> Result<AccountIndex, DispatchError> {
		with_storage_layer(|| Self::do_open(owner, deposit, true))
	}

	fn deposit(from: &T::AccountId, account: AccountIndex, amount: BalanceOf<T>) -> DispatchResult {
		with_storage_layer(|| Self::do_deposit(from, account, amount))
	}

	fn start_stream(
		account: AccountIndex,
		payee: &T::AccountId,
		rate: BalanceOf<T>,
	) -> DispatchResult {
		with_storage_layer(|| Self::do_start_stream(account, payee, rate))
	}

	fn stop_stream(account: AccountIndex) -> DispatchResult {
		with_storage_layer(|| Self::do_stop_stream(account))
	}

	fn settle(account: AccountIndex) -> Result<BalanceOf<T>, DispatchError> {
		with_storage_layer(|| Self::do_settle(account).map(|s| s.paid))
	}

	fn close(account: AccountIndex) -> Result<BalanceOf<T>, DispatchError> {
		with_storage_layer(|| {
			let escrow_account = Self::open_account(account)?;
			Self::close_account(account, escrow_account, CloseReason::Requested, Self::now())
		})
	}

	fn balance(account: AccountIndex) -> Option<BalanceOf<T>> {
		Accounts::<T>::get(account).map(|a| a.balance)
	}

	/// `Some(0)` for an account without a stream.
	fn owed(account: AccountIndex) -> Option<BalanceOf<T>> {
		let a = Accounts::<T>::get(account)?;
		match a.stream {
			Some(stream) => Self::owed_at(&stream, a.balance, Self::now()).ok(),
			None => Some(Default::default()),
		}
	}

	/// `None` for an account without a stream; `Some(0)` once its funds ran out.
	fn runway(account: AccountIndex) -> Option<BlockNumberFor<T>> {
		let a = Accounts::<T>::get(account)?;
		let stream = a.stream?;
		let paid_through = Self::paid_through(&stream, a.balance).ok()?;
		Some(paid_through.saturating_sub(Self::now()))
	}

	/// What was settled since the stream started plus what it is owed now (capped by the
	/// balance); `Some(0)` for an account without a stream.
	fn streamed(account: AccountIndex) -> Option<BalanceOf<T>> {
		let a = Accounts::<T>::get(account)?;
		match a.stream {
			Some(stream) => {
				let owed = Self::owed_at(&stream, a.balance, Self::now()).ok()?;
				Some(stream.streamed.saturating_add(owed))
			}
			None => Some(Default::default()),
		}
	}

	fn info(account: AccountIndex) -> Option<EscrowInfo<T::AccountId, BalanceOf<T>>> {
		Accounts::<T>::get(account).map(|a| EscrowInfo {
			owner: a.owner,
			managed: a.managed,
			stream: a.stream.map(|s| (s.payee, s.rate)),
		})
	}
}
