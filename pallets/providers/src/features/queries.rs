//! Read-only queries for the runtime API: a provider's capacity, and the providers that can
//! serve a request.

use crate::{Config, Pallet, ProviderRecord, Registry};
use alloc::vec::Vec;
use deinfra_primitives::{CapacityView, Page, ResourceRequest, MAX_PAGE_SCAN, MAX_PAGE_SIZE};

impl<T: Config> Pallet<T> {
	/// The capacity of `who` now, `None` if it is not registered.
	pub fn capacity_of(who: &T::AccountId) -> Option<CapacityView> {
		Registry::<T>::get(who).map(|record| Self::capacity_view(&record))
	}

	fn capacity_view(record: &ProviderRecord<T>) -> CapacityView {
		CapacityView {
			total: record.capacity,
			allocated: record.allocated,
			free: record.free_capacity().unwrap_or_default(),
			active_leases: record.active_leases,
			active: Self::record_is_active(record),
		}
	}

	/// Providers that could take `request` now (active, region, attributes, GPUs, free
	/// capacity), with their capacity. Registry order, which is the order of the accounts'
	/// hashes: pass the page's `next` as `start_after` to go on. A page holds at most `limit`
	/// (at most [`MAX_PAGE_SIZE`]) providers and reads at most [`MAX_PAGE_SCAN`] records, so a
	/// page may be short, or even empty, and still have a `next`.
	pub fn find_providers(
		request: &ResourceRequest,
		start_after: Option<T::AccountId>,
		limit: u32,
	) -> Page<(T::AccountId, CapacityView), T::AccountId> {
		let limit = limit.min(MAX_PAGE_SIZE) as usize;
		let mut iter = match start_after {
			Some(after) => Registry::<T>::iter_from(Registry::<T>::hashed_key_for(after)),
			None => Registry::<T>::iter(),
		};
		if limit == 0 {
			return Page::default();
		}
		let mut items = Vec::new();
		let mut scanned = 0u32;
		let mut last = None;
		for (who, record) in iter.by_ref() {
			scanned = scanned.saturating_add(1);
			if Self::record_matches(&who, &record, request) {
				items.push((who.clone(), Self::capacity_view(&record)));
			}
			last = Some(who);
			if items.len() >= limit || scanned >= MAX_PAGE_SCAN {
				break;
			}
		}
		// There is a next page only if the registry goes on after the last record read.
		let next = match last {
			Some(last) if iter.next().is_some() => Some(last),
			_ => None,
		};
		Page { items, next }
	}
}
