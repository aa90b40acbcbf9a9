//! The per-account indexes ("my orders", "my leases") and their limits.
//!
//! Each index is a double map `account → id → ()`, so adding and removing an entry is one
//! write, and a client lists an account's entries by iterating the account's prefix. How many
//! entries an account has is kept in [`Counts`] and checked against the `MaxOrdersPerTenant`,
//! `MaxLeasesPerTenant` and `MaxLeasesPerProvider` limits before anything is written. The limits
//! bound no stored collection, so governance may change them at any time.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::*, traits::DefensiveSaturating};
use frame_system::pallet_prelude::BlockNumberFor;

impl<T: Config> Pallet<T> {
	/// The current block.
	pub(crate) fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	/// Changes `who`'s counts, removing the entry when they are all zero.
	fn update_counts<R>(
		who: &T::AccountId,
		f: impl FnOnce(&mut IndexCounts) -> Result<R, DispatchError>,
	) -> Result<R, DispatchError> {
		Counts::<T>::try_mutate_exists(who, |maybe| {
			let mut counts = maybe.unwrap_or_default();
			let result = f(&mut counts)?;
			*maybe = (!counts.is_empty()).then_some(counts);
			Ok(result)
		})
	}

	/// Fails unless `tenant` may open one more order.
	pub(crate) fn ensure_can_add_order(tenant: &T::AccountId) -> DispatchResult {
		ensure!(
			Counts::<T>::get(tenant).open_orders < T::MaxOrdersPerTenant::get(),
			Error::<T>::TooManyOrders
		);
		Ok(())
	}

	/// Fails unless `tenant` may have one more lease.
	pub(crate) fn ensure_tenant_can_add_lease(tenant: &T::AccountId) -> DispatchResult {
		ensure!(
			Counts::<T>::get(tenant).tenant_leases < T::MaxLeasesPerTenant::get(),
			Error::<T>::TooManyTenantLeases
		);
		Ok(())
	}

	/// Fails unless `provider` may have one more lease.
	pub(crate) fn ensure_provider_can_add_lease(provider: &T::AccountId) -> DispatchResult {
		ensure!(
			Counts::<T>::get(provider).provider_leases < T::MaxLeasesPerProvider::get(),
			Error::<T>::TooManyProviderLeases
		);
		Ok(())
	}

	/// Adds an open order to its tenant's index (the caller checked the limit).
	pub(crate) fn index_order(tenant: &T::AccountId, order: OrderId) -> DispatchResult {
		Self::update_counts(tenant, |c| {
			c.open_orders = c.open_orders.checked_add(1).ok_or(Error::<T>::Overflow)?;
			Ok(())
		})?;
		OrdersByTenant::<T>::insert(tenant, order, ());
		Ok(())
	}

	/// Removes an order from its tenant's index.
	pub(crate) fn unindex_order(tenant: &T::AccountId, order: OrderId) -> DispatchResult {
		if OrdersByTenant::<T>::take(tenant, order).is_some() {
			Self::update_counts(tenant, |c| {
				c.open_orders.defensive_saturating_dec();
				Ok(())
			})?;
		}
		Ok(())
	}

	/// Adds an active lease to its tenant's and its provider's indexes (the caller checked the
	/// limits).
	pub(crate) fn index_lease(
		tenant: &T::AccountId,
		provider: &T::AccountId,
		lease: LeaseId,
	) -> DispatchResult {
		Self::update_counts(tenant, |c| {
			c.tenant_leases = c.tenant_leases.checked_add(1).ok_or(Error::<T>::Overflow)?;
			Ok(())
		})?;
		Self::update_counts(provider, |c| {
			c.provider_leases = c.provider_leases.checked_add(1).ok_or(Error::<T>::Overflow)?;
			Ok(())
		})?;
		LeasesByTenant::<T>::insert(tenant, lease, ());
		LeasesByProvider::<T>::insert(provider, lease, ());
		Ok(())
	}

	/// Removes a lease from its tenant's and its provider's indexes.
	pub(crate) fn unindex_lease(
		tenant: &T::AccountId,
		provider: &T::AccountId,
		lease: LeaseId,
	) -> DispatchResult {
		if LeasesByTenant::<T>::take(tenant, lease).is_some() {
			Self::update_counts(tenant, |c| {
				c.tenant_leases.defensive_saturating_dec();
				Ok(())
			})?;
		}
		if LeasesByProvider::<T>::take(provider, lease).is_some() {
			Self::update_counts(provider, |c| {
				c.provider_leases.defensive_saturating_dec();
				Ok(())
			})?;
		}
		Ok(())
	}

	/// The open orders of `tenant` (at most `MaxOrdersPerTenant`), by id.
	pub fn orders_of(tenant: &T::AccountId) -> Vec<OrderId> {
		Self::sorted(OrdersByTenant::<T>::iter_key_prefix(tenant))
	}

	/// The active leases of `tenant` (at most `MaxLeasesPerTenant`), by id.
	pub fn leases_of_tenant(tenant: &T::AccountId) -> Vec<LeaseId> {
		Self::sorted(LeasesByTenant::<T>::iter_key_prefix(tenant))
	}

	/// The active leases of `provider` (at most `MaxLeasesPerProvider`), by id.
	pub fn leases_of_provider(provider: &T::AccountId) -> Vec<LeaseId> {
		Self::sorted(LeasesByProvider::<T>::iter_key_prefix(provider))
	}

	fn sorted(ids: impl Iterator<Item = u64>) -> Vec<u64> {
		let mut ids: Vec<u64> = ids.collect();
		ids.sort_unstable();
		ids
	}
}
