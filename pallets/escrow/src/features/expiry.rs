//! The expiry index and the `on_initialize` work on it.
//!
//! Every account with a stream has exactly one entry in [`Expiries`]: at the last block its
//! balance pays for while active (`paid_through`), at the end of its grace period while
//! overdrawn. Entries are only ever placed after the current block, so the hook, which walks the
//! index block by block from [`IncompleteSince`] (or the current block) with a per-block budget,
//! reaches each of them. Deposits move the entry; stopping the stream removes it.

use crate::{pallet::*, types::*, weights::WeightInfo};
use alloc::vec::Vec;
use deinfra_primitives::OnEscrowExhausted;
use frame_support::{defensive, pallet_prelude::*, storage::with_storage_layer, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, Saturating};

/// What processing one expiry entry did.
#[derive(Clone, Copy, Eq, PartialEq, Debug)]
pub enum ExpiryOutcome {
	/// The account's funds ran out: it is overdrawn now.
	Overdrawn,
	/// The grace period ended: the account was closed.
	Closed,
	/// The account had been funded again: its entry moved.
	Rescheduled,
	/// The entry pointed to no streaming account (defensive; never expected).
	Stale,
}

impl<T: Config> Pallet<T> {
	/// Moves the account's expiry entry from `from` to `to`.
	fn move_entry(id: AccountIndex, from: BlockNumberFor<T>, to: BlockNumberFor<T>) {
		if from != to {
			Expiries::<T>::remove(from, id);
			Expiries::<T>::insert(to, id, ());
		}
	}

	/// Brings the stream's status and expiry entry in line with its balance at `now`:
	/// - active and funded past `now`: entry at `paid_through` (a deposit may have moved it);
	/// - active and not funded past `now`: overdrawn, entry at the end of the grace period;
	/// - overdrawn and funded past `now` again: revived, entry at `paid_through`;
	/// - overdrawn and still not funded: unchanged.
	pub(crate) fn update_schedule(
		id: AccountIndex,
		account: &mut EscrowAccountOf<T>,
		now: BlockNumberFor<T>,
	) -> DispatchResult {
		let balance = account.balance;
		let Some(stream) = account.stream.as_mut() else { return Ok(()) };
		let paid_through = Self::paid_through(stream, balance)?;
		let old = stream.status;
		let new = match old {
			StreamStatus::Active { expires_at } if paid_through > now => {
				if expires_at != paid_through {
					Self::deposit_event(Event::Extended { account: id, paid_through });
				}
				StreamStatus::Active { expires_at: paid_through }
			}
			StreamStatus::Active { .. } => {
				let grace_ends =
					now.saturating_add(T::GracePeriod::get()).max(Self::next_block(now));
				Self::deposit_event(Event::Overdrawn { account: id, grace_ends });
				StreamStatus::Overdrawn { since: now, grace_ends }
			}
			StreamStatus::Overdrawn { .. } if paid_through > now => {
				Self::deposit_event(Event::Revived { account: id, paid_through });
				StreamStatus::Active { expires_at: paid_through }
			}
			StreamStatus::Overdrawn { .. } => old,
		};
		Self::move_entry(id, old.scheduled_at(), new.scheduled_at());
		stream.status = new;
		Ok(())
	}

	fn next_block(now: BlockNumberFor<T>) -> BlockNumberFor<T> {
		now.saturating_add(One::one())
	}

	/// Processes the expiry index from [`IncompleteSince`] (or `now`) up to `now`: at most
	/// [`Config::MaxExpiriesPerBlock`] entries and as many blocks. Returns the weight used.
	pub(crate) fn process_expiries(now: BlockNumberFor<T>) -> Weight {
		let max = T::MaxExpiriesPerBlock::get();
		let mut cursor = IncompleteSince::<T>::get().unwrap_or(now);
		let mut blocks = 0u32;
		let mut items = 0u32;
		while cursor <= now && blocks < max && items < max {
			blocks.saturating_inc();
			let budget = max.saturating_sub(items);
			let due: Vec<AccountIndex> =
				Expiries::<T>::iter_key_prefix(cursor).take(budget as usize).collect();
			let drained = (due.len() as u32) < budget;
			for id in due {
				items.saturating_inc();
				Self::process_expiry_or_defer(id, cursor, now);
			}
			if !drained {
				// Out of budget; this block may have more entries.
				break;
			}
			cursor = Self::next_block(cursor);
		}
		if cursor <= now {
			IncompleteSince::<T>::put(cursor);
		} else {
			IncompleteSince::<T>::kill();
		}
		let per_item = T::WeightInfo::expire_overdrawn().max(T::WeightInfo::expire_closed());
		T::WeightInfo::on_initialize_scan(blocks)
			.saturating_add(per_item.saturating_mul(items.into()))
	}

	/// Processes one entry in its own storage layer. If it fails (e.g. a payment cannot be
	/// made), its changes are dropped, the account is marked overdrawn and retried after a
	/// grace period, so the index always moves on.
	fn process_expiry_or_defer(id: AccountIndex, at: BlockNumberFor<T>, now: BlockNumberFor<T>) {
		let result = with_storage_layer(|| Self::process_expiry(id, at, now));
		let Err(error) = result else { return };
		log::warn!(
			target: crate::LOG_TARGET,
			"expiry of escrow account {id} failed at block {now:?}: {error:?}; deferred",
		);
		let retry_at = now.saturating_add(T::GracePeriod::get()).max(Self::next_block(now));
		let deferred = Accounts::<T>::try_mutate(id, |maybe| -> DispatchResult {
			let stream =
				maybe.as_mut().and_then(|a| a.stream.as_mut()).ok_or(Error::<T>::NoStream)?;
			let since = match stream.status {
				StreamStatus::Overdrawn { since, .. } => since,
				StreamStatus::Active { .. } => now,
			};
			stream.status = StreamStatus::Overdrawn { since, grace_ends: retry_at };
			Ok(())
		});
		if deferred.is_ok() {
			Self::move_entry(id, at, retry_at);
			Self::deposit_event(Event::ExpiryDeferred { account: id, retry_at, error });
		} else {
			defensive!("an expiry entry that cannot be processed has no streaming account");
			Expiries::<T>::remove(at, id);
		}
	}

	/// Processes the expiry entry of account `id` at block `at`, at block `now`: settles the
	/// account, then marks it overdrawn (its funds ran out), closes it (its grace period
	/// ended: [`CloseReason::InsufficientFunds`], and [`Config::OnExhausted`] is told) or moves
	/// its entry (it was funded again).
	pub(crate) fn process_expiry(
		id: AccountIndex,
		at: BlockNumberFor<T>,
		now: BlockNumberFor<T>,
	) -> Result<ExpiryOutcome, DispatchError> {
		let account = Accounts::<T>::get(id);
		let Some(mut account) =
			account.filter(|a| a.stream.as_ref().is_some_and(|s| s.status.scheduled_at() == at))
		else {
			defensive!("an expiry entry points to no streaming account");
			Expiries::<T>::remove(at, id);
			return Ok(ExpiryOutcome::Stale);
		};
		Self::settle_account(id, &mut account, now)?;
		let balance = account.balance;
		let Some(stream) = account.stream.as_ref() else { return Ok(ExpiryOutcome::Stale) };
		let funded = Self::paid_through(stream, balance)? > now;
		let outcome = match stream.status {
			StreamStatus::Overdrawn { grace_ends, .. } if !funded && grace_ends <= now => {
				Self::close_account(id, account, CloseReason::InsufficientFunds, now)?;
				T::OnExhausted::on_exhausted(id);
				return Ok(ExpiryOutcome::Closed);
			}
			StreamStatus::Active { .. } if !funded => ExpiryOutcome::Overdrawn,
			_ => ExpiryOutcome::Rescheduled,
		};
		Self::update_schedule(id, &mut account, now)?;
		if account.stream.as_ref().is_some_and(|s| s.status.scheduled_at() <= now) {
			defensive!("an expiry entry was left at or before the current block");
			return Err(DispatchError::Other("expiry entry not moved past the current block"));
		}
		Accounts::<T>::insert(id, account);
		Ok(outcome)
	}
}
