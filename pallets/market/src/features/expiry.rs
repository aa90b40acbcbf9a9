//! Leases with a duration close themselves: the expiry index and the `on_initialize` work on it.
//!
//! A lease with a duration has exactly one entry in [`LeaseExpiries`], at its `ends_at` block,
//! placed when it starts (always after the current block) and removed when it closes, however
//! it closes. The hook walks the index block by block from [`ExpiryCursor`] (or the current
//! block), closing at most [`Config::MaxExpiriesPerBlock`] leases and looking at as many blocks;
//! what is left carries over to the next block, and `on_idle` goes on with it in the block's
//! spare weight, so a backlog drains whenever blocks are not full. It never iterates leases.
//!
//! `on_idle` also removes the records of closed leases whose retention period ended, walking
//! [`LeasePurges`] from [`PurgeCursor`] the same way.

use crate::{pallet::*, types::*, weights::WeightInfo};
use alloc::vec::Vec;
use frame_support::{pallet_prelude::*, storage::with_storage_layer, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, Saturating};

impl<T: Config> Pallet<T> {
	/// Processes the expiry index from [`ExpiryCursor`] (or `now`) up to `now`: at most `max`
	/// entries and as many blocks. Returns the weight used.
	pub(crate) fn process_expiries(now: BlockNumberFor<T>, max: u32) -> Weight {
		let mut cursor = ExpiryCursor::<T>::get().unwrap_or(now);
		let mut blocks = 0u32;
		let mut items = 0u32;
		while cursor <= now && blocks < max && items < max {
			blocks.saturating_inc();
			let budget = max.saturating_sub(items);
			let due: Vec<LeaseId> =
				LeaseExpiries::<T>::iter_key_prefix(cursor).take(budget as usize).collect();
			let drained = (due.len() as u32) < budget;
			for id in due {
				items.saturating_inc();
				Self::expire_lease(id, cursor);
			}
			if !drained {
				// Out of budget; this block may have more entries.
				break;
			}
			cursor = cursor.saturating_add(One::one());
		}
		if cursor <= now {
			ExpiryCursor::<T>::put(cursor);
		} else {
			ExpiryCursor::<T>::kill();
		}
		T::WeightInfo::on_initialize_scan(blocks)
			.saturating_add(T::WeightInfo::expire_lease().saturating_mul(items.into()))
	}

	/// Closes lease `id`, whose entry is at block `at`, with [`CloseReason::Expired`]. If that
	/// fails, its changes are dropped and the lease stays active with its expiry moved
	/// [`Config::ExpiryRetryDelay`] blocks on ([`Event::ExpiryFailed`]), so the index always
	/// moves on and the lease still ends.
	pub(crate) fn expire_lease(id: LeaseId, at: BlockNumberFor<T>) {
		let lease = Leases::<T>::get(id).filter(|l| l.is_active() && l.ends_at == Some(at));
		let Some(mut lease) = lease else {
			frame_support::defensive!("an expiry entry points to no active lease ending then");
			LeaseExpiries::<T>::remove(at, id);
			return;
		};
		let Err(error) = with_storage_layer(|| Self::do_close_lease(id, CloseReason::Expired))
		else {
			return;
		};
		let retry_at = Self::now().max(at).saturating_add(T::ExpiryRetryDelay::get());
		log::warn!(
			target: crate::LOG_TARGET,
			"lease {id} could not expire at {at:?}: {error:?}; retried at {retry_at:?}",
		);
		LeaseExpiries::<T>::remove(at, id);
		LeaseExpiries::<T>::insert(retry_at, id, ());
		lease.ends_at = Some(retry_at);
		Leases::<T>::insert(id, lease);
		Self::deposit_event(Event::ExpiryFailed { lease: id, error, retry_at });
	}

	/// The `on_idle` work: a backlog of expiries first (as many as the weight left allows),
	/// then purges (at most [`Config::MaxExpiriesPerBlock`] items and blocks), within
	/// `remaining`.
	pub(crate) fn do_on_idle(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
		let max = T::MaxExpiriesPerBlock::get();
		let mut used = T::DbWeight::get().reads(2);
		if remaining.any_lt(used) {
			return Weight::zero();
		}
		if ExpiryCursor::<T>::exists() {
			let per_item =
				T::WeightInfo::expire_lease().saturating_add(T::WeightInfo::on_initialize_scan(1));
			// Only the weight bounds the catch-up: that is what a backlog needs.
			let items = Self::items_within(remaining.saturating_sub(used), per_item, u32::MAX);
			if items > 0 {
				used = used.saturating_add(Self::process_expiries(now, items));
			}
		}
		let per_purge = Self::purge_weight();
		let items = Self::items_within(remaining.saturating_sub(used), per_purge, max);
		if items > 0 {
			used = used.saturating_add(Self::process_purges(now, items));
		}
		used
	}

	/// How many items of `per_item` weight fit in `budget`, at most `max`.
	fn items_within(budget: Weight, per_item: Weight, max: u32) -> u32 {
		let by_time = budget.ref_time().checked_div(per_item.ref_time().max(1)).unwrap_or(0);
		let by_size = budget.proof_size().checked_div(per_item.proof_size()).unwrap_or(u64::MAX);
		u32::try_from(by_time.min(by_size)).unwrap_or(u32::MAX).min(max)
	}

	/// The weight of removing one closed lease (and its purge entry), or of looking at one
	/// block of the purge index: storage work only.
	pub(crate) fn purge_weight() -> Weight {
		T::DbWeight::get().reads_writes(2, 2)
	}

	/// Removes the records of closed leases whose entries in [`LeasePurges`] are due by `now`,
	/// from [`PurgeCursor`] on: at most `max` items and blocks looked at. Returns the weight.
	pub(crate) fn process_purges(now: BlockNumberFor<T>, max: u32) -> Weight {
		// Absent until the first lease closes (closing sets it): nothing to purge.
		let Some(mut cursor) = PurgeCursor::<T>::get() else {
			return T::DbWeight::get().reads(1);
		};
		let mut steps = 0u32;
		while cursor <= now && steps < max {
			let due: Vec<LeaseId> = LeasePurges::<T>::iter_key_prefix(cursor)
				.take(max.saturating_sub(steps) as usize)
				.collect();
			let drained = (due.len() as u32) < max.saturating_sub(steps);
			for id in due {
				steps.saturating_inc();
				LeasePurges::<T>::remove(cursor, id);
				if Leases::<T>::get(id).is_some_and(|l| !l.is_active()) {
					Leases::<T>::remove(id);
					Self::deposit_event(Event::LeasePurged { lease: id });
				}
			}
			if !drained {
				break;
			}
			steps.saturating_inc();
			cursor = cursor.saturating_add(One::one());
		}
		PurgeCursor::<T>::put(cursor);
		Self::purge_weight().saturating_mul(u64::from(steps).saturating_add(1))
	}
}
