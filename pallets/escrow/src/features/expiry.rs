//! The expiry index and the `on_initialize` and `on_idle` work on it.
//!
//! Every account with a stream has exactly one entry in [`Expiries`]: at the last block its
//! balance pays for while active (`paid_through`), at the end of its grace period while
//! overdrawn. Entries are only ever placed after the current block, so the hook, which walks the
//! index block by block from [`IncompleteSince`] (or the current block) with a per-block budget,
//! reaches each of them. Deposits move the entry; stopping the stream removes it.
//!
//! When more entries fall due than the per-block budget allows, `on_initialize` leaves a
//! backlog, and with a small budget (e.g. one entry and one block per block) it would never
//! catch up on its own; `on_idle` works the backlog off with the block's spare weight.

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

	/// The weight of processing one expiry entry, whatever comes of it.
	fn expiry_item_weight() -> Weight {
		T::WeightInfo::expire_overdrawn().max(T::WeightInfo::expire_closed())
	}

	/// The weight of looking at `blocks` blocks of the expiry index and processing `items`
	/// entries.
	pub(crate) fn expiry_weight(blocks: u32, items: u32) -> Weight {
		T::WeightInfo::on_initialize_scan(blocks)
			.saturating_add(Self::expiry_item_weight().saturating_mul(items.into()))
	}

	/// `on_initialize`: processes the expiry index from [`IncompleteSince`] (or `now`) up to
	/// `now`, at most [`Config::MaxExpiriesPerBlock`] entries and as many blocks. Returns the
	/// weight used.
	pub(crate) fn process_expiries(now: BlockNumberFor<T>) -> Weight {
		let max = T::MaxExpiriesPerBlock::get();
		let cursor = IncompleteSince::<T>::get().unwrap_or(now);
		let (blocks, items) = Self::walk_expiries(cursor, now, |blocks, items| {
			if blocks <= max {
				max.saturating_sub(items)
			} else {
				0
			}
		});
		Self::expiry_weight(blocks, items)
	}

	/// `on_idle`: if `on_initialize` left a backlog ([`IncompleteSince`]), processes it up to
	/// `now` for as long as `limit` pays for it, each block looked at and each entry processed
	/// charged as in `on_initialize`. Returns the weight used, never more than `limit`: nothing
	/// if `limit` does not cover reading [`IncompleteSince`].
	pub(crate) fn process_backlog(now: BlockNumberFor<T>, limit: Weight) -> Weight {
		let read = T::DbWeight::get().reads(1);
		if !limit.all_gte(read) {
			return Weight::zero();
		}
		let Some(cursor) = IncompleteSince::<T>::get() else { return read };
		let per_item = Self::expiry_item_weight();
		let max = T::MaxExpiriesPerBlock::get();
		let (blocks, items) = Self::walk_expiries(cursor, now, |blocks, items| {
			let Some(spare) = limit.checked_sub(&Self::expiry_weight(blocks, items)) else {
				return 0;
			};
			match spare.checked_div_per_component(&per_item) {
				Some(fit) => u32::try_from(fit).unwrap_or(u32::MAX),
				// Entries weigh nothing (not benchmarked): stay within `on_initialize`'s bounds.
				None if blocks <= max => max.saturating_sub(items),
				None => 0,
			}
		});
		if blocks == 0 {
			read
		} else {
			Self::expiry_weight(blocks, items)
		}
	}

	/// Walks the expiry index block by block from `cursor` up to `now`, processing every entry
	/// of each block, and records where it stopped in [`IncompleteSince`] (removed once it
	/// reached past `now`). `room(blocks, items)` is how many more entries the walk may process
	/// once it has looked at `blocks` blocks and processed `items` entries; it looks at another
	/// block only if that leaves room for an entry. Returns the blocks looked at and the entries
	/// processed.
	fn walk_expiries(
		mut cursor: BlockNumberFor<T>,
		now: BlockNumberFor<T>,
		room: impl Fn(u32, u32) -> u32,
	) -> (u32, u32) {
		let mut blocks = 0u32;
		let mut items = 0u32;
		while cursor <= now {
			let budget = room(blocks.saturating_add(1), items);
			if budget == 0 {
				break;
			}
			blocks.saturating_inc();
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
		if blocks > 0 {
			if cursor <= now {
				IncompleteSince::<T>::put(cursor);
			} else {
				IncompleteSince::<T>::kill();
			}
		}
		(blocks, items)
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
