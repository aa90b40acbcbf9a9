//! Read-only queries for the runtime API (`MarketApi`): what storage alone cannot answer
//! because settlement is lazy (a lease's accrued and remaining escrow), and bounded, paginated
//! listings of the per-account indexes.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use deinfra_primitives::{Escrow, Page, ProviderRegistry, MAX_PAGE_SCAN, MAX_PAGE_SIZE};
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Lease `id` and, if it is active, its escrow now: balance, accrued, remaining, runway.
	pub fn lease_status(id: LeaseId) -> Option<LeaseStatusOf<T>> {
		let lease = Leases::<T>::get(id)?;
		let escrow = if lease.is_active() {
			T::Escrow::balance(lease.escrow).map(|balance| {
				let accrued = T::Escrow::owed(lease.escrow).unwrap_or_default().min(balance);
				EscrowStatus {
					balance,
					accrued,
					remaining: balance.saturating_sub(accrued),
					runway: T::Escrow::runway(lease.escrow),
				}
			})
		} else {
			None
		};
		Some(LeaseStatus { lease, escrow, at: Self::now() })
	}

	/// The open orders of `tenant`, by id, after `start_after`; at most `limit` (at most
	/// [`MAX_PAGE_SIZE`]).
	pub fn tenant_orders(
		tenant: &T::AccountId,
		start_after: Option<OrderId>,
		limit: u32,
	) -> Page<(OrderId, OrderOf<T>), OrderId> {
		Self::page(Self::orders_of(tenant), start_after, limit, Orders::<T>::get)
	}

	/// The active leases of `tenant`, by id, after `start_after`; at most `limit`.
	pub fn tenant_leases(
		tenant: &T::AccountId,
		start_after: Option<LeaseId>,
		limit: u32,
	) -> Page<(LeaseId, LeaseOf<T>), LeaseId> {
		Self::page(Self::leases_of_tenant(tenant), start_after, limit, Leases::<T>::get)
	}

	/// The active leases of `provider`, by id, after `start_after`; at most `limit`.
	pub fn provider_leases(
		provider: &T::AccountId,
		start_after: Option<LeaseId>,
		limit: u32,
	) -> Page<(LeaseId, LeaseOf<T>), LeaseId> {
		Self::page(Self::leases_of_provider(provider), start_after, limit, Leases::<T>::get)
	}

	/// The standing bids on `order`, by id (at most the order's bid limit).
	pub fn order_bids(order: OrderId) -> Vec<(BidId, BidOf<T>)> {
		let mut bids: Vec<_> = OrderBids::<T>::iter_prefix_values(order)
			.take(MAX_PAGE_SCAN as usize)
			.filter_map(|id| Bids::<T>::get(id).map(|bid| (id, bid)))
			.collect();
		bids.sort_by_key(|(id, _)| *id);
		bids
	}

	/// Open orders that `provider` could bid on now (it matches the request, is not the
	/// tenant, has not bid yet), by id, after `start_after`. A page holds at most `limit`
	/// orders and looks at most at [`MAX_PAGE_SCAN`] ids, so it may be short and still have a
	/// `next`.
	pub fn open_orders_for(
		provider: &T::AccountId,
		start_after: Option<OrderId>,
		limit: u32,
	) -> Page<(OrderId, OrderOf<T>), OrderId> {
		let limit = limit.min(MAX_PAGE_SIZE) as usize;
		let end = NextOrderId::<T>::get();
		let mut id = start_after.map_or(0, |after| after.saturating_add(1));
		let mut items = Vec::new();
		let mut scanned = 0u32;
		while id < end && items.len() < limit && scanned < MAX_PAGE_SCAN {
			if let Some(order) = Orders::<T>::get(id) {
				if order.state == OrderState::Open
					&& order.tenant != *provider
					&& !OrderBids::<T>::contains_key(id, provider)
					&& T::Providers::matches(provider, &order.request)
				{
					items.push((id, order));
				}
			}
			scanned = scanned.saturating_add(1);
			id = id.saturating_add(1);
		}
		let next = (id < end && limit > 0).then(|| id.saturating_sub(1));
		Page { items, next }
	}

	/// One page of the entries with `ids` (ascending; an index bounded by the pallet's
	/// limits) after `start_after`.
	fn page<V>(
		mut ids: Vec<u64>,
		start_after: Option<u64>,
		limit: u32,
		get: impl Fn(u64) -> Option<V>,
	) -> Page<(u64, V), u64> {
		let limit = limit.min(MAX_PAGE_SIZE) as usize;
		ids.retain(|id| start_after.is_none_or(|after| *id > after));
		let more = ids.len() > limit;
		ids.truncate(limit);
		let next = if more { ids.last().copied() } else { None };
		let items = ids.into_iter().filter_map(|id| get(id).map(|v| (id, v))).collect();
		Page { items, next }
	}
}
