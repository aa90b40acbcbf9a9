//! Starting and stopping payment streams.

use crate::{features::math, pallet::*, types::*};
use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{Bounded, Zero};

impl<T: Config> Pallet<T> {
	/// Starts paying `payee` `rate` per block out of account `id`, from the next block on.
	pub fn do_start_stream(
		id: AccountIndex,
		payee: &T::AccountId,
		rate: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!rate.is_zero(), Error::<T>::ZeroRate);
		let max_blocks = Self::blocks_as_balance(BlockNumberFor::<T>::max_value())
			.unwrap_or_else(|_| BalanceOf::<T>::max_value());
		ensure!(math::rate_fits(rate, max_blocks), Error::<T>::RateTooHigh);
		ensure!(*payee != Self::account_id(), Error::<T>::InvalidPayee);
		let mut account = Self::open_account(id)?;
		ensure!(account.stream.is_none(), Error::<T>::StreamAlreadyRunning);
		ensure!(account.balance >= rate, Error::<T>::InsufficientBalance);

		let now = Self::now();
		let mut stream = Stream {
			payee: payee.clone(),
			rate,
			started_at: now,
			streamed: Zero::zero(),
			status: StreamStatus::Active { expires_at: now },
		};
		// At least one block is funded, so this is after `now`.
		let paid_through = Self::paid_through(&stream, account.balance)?;
		stream.status = StreamStatus::Active { expires_at: paid_through };
		Expiries::<T>::insert(paid_through, id, ());
		account.stream = Some(stream);
		Accounts::<T>::insert(id, account);
		Self::deposit_event(Event::StreamStarted {
			account: id,
			payee: payee.clone(),
			rate,
			paid_through,
		});
		Ok(())
	}

	/// Settles and stops the stream of account `id`. What the balance could not cover is not
	/// owed any more.
	pub fn do_stop_stream(id: AccountIndex) -> DispatchResult {
		let mut account = Self::open_account(id)?;
		ensure!(account.stream.is_some(), Error::<T>::NoStream);
		Self::settle_account(id, &mut account, Self::now())?;
		Self::end_stream(id, &mut account);
		Accounts::<T>::insert(id, account);
		Ok(())
	}

	/// Removes the account's stream and its expiry entry (no settlement).
	pub(crate) fn end_stream(id: AccountIndex, account: &mut EscrowAccountOf<T>) {
		if let Some(stream) = account.stream.take() {
			Expiries::<T>::remove(stream.status.scheduled_at(), id);
			Self::deposit_event(Event::StreamStopped { account: id, payee: stream.payee });
		}
	}
}
