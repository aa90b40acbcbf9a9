//! Leases with a duration close themselves: the expiry index and the `on_initialize` work on it.
//!
//! A lease with a duration has exactly one entry in [`LeaseExpiries`], at its `ends_at` block,
//! placed when it starts (always after the current block) and removed when it closes, however
//! it closes. The hook walks the index block by block from [`ExpiryCursor`] (or the current
//! block), closing at most [`Config::MaxExpiriesPerBlock`] leases and looking at as many blocks;
//! what is left carries over to the next block. It never iterates leases.

use crate::{pallet::*, types::*, weights::WeightInfo};
use alloc::vec::Vec;
use frame_support::{pallet_prelude::*, storage::with_storage_layer, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, Saturating};

impl<T: Config> Pallet<T> {
	/// Processes the expiry index from [`ExpiryCursor`] (or `now`) up to `now`: at most
	/// [`Config::MaxExpiriesPerBlock`] entries and as many blocks. Returns the weight used.
	pub(crate) fn process_expiries(now: BlockNumberFor<T>) -> Weight {
		let max = T::MaxExpiriesPerBlock::get();
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
	/// fails, its changes are dropped, the entry is removed and the lease stays active without an
	/// end block ([`Event::ExpiryFailed`]), so the index always moves on.
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
		log::warn!(target: crate::LOG_TARGET, "lease {id} could not expire at {at:?}: {error:?}");
		LeaseExpiries::<T>::remove(at, id);
		lease.ends_at = None;
		Leases::<T>::insert(id, lease);
		Self::deposit_event(Event::ExpiryFailed { lease: id, error });
	}
}
