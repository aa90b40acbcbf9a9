//! The pallet's invariants, checked by `try_state` and after every test and every test block.

use crate::{pallet::*, types::*};
use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
use deinfra_primitives::{Allocation, Escrow, ProviderRegistry};
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use sp_runtime::{
	traits::{CheckedAdd, One, Saturating, Zero},
	TryRuntimeError,
};

impl<T: Config> Pallet<T> {
	/// Checks the market's invariants:
	/// - ids: every stored order, bid and lease id is below its counter;
	/// - orders: an open order has an open escrow account, is in its tenant's index, and has
	///   exactly `bids` bids, each in [`Bids`] for that order and provider; a matched order has
	///   no bids, is in no index, and its lease is active and points back to it;
	/// - bids: every bid stands on an open order through [`OrderBids`]; what each provider holds
	///   under [`HoldReason::BidDeposit`] is the sum of its bids' deposits;
	/// - leases: an active lease has a streaming escrow account (the escrow still knows it), is
	///   in its tenant's and provider's indexes and [`LeaseOfEscrow`], its order is matched to
	///   it, and it has an expiry entry exactly at `ends_at` if it has one; a closed lease is in
	///   no index;
	/// - indexes: every entry of [`OrdersByTenant`], [`LeasesByTenant`], [`LeasesByProvider`],
	///   [`LeaseOfEscrow`] and [`LeaseExpiries`] points to a live record that agrees with it,
	///   [`Counts`] counts them exactly (and has no all-zero entry), and no expiry entry is
	///   behind the point the hook resumes from.
	///
	/// - against the registry: each provider's allocation (capacity, lease count and GPUs per
	///   model) is exactly the sum over its active leases ([`LeaseGpus`] naming each GPU lease's
	///   model, and only active GPU leases having an entry);
	/// - against the escrow: each active lease's escrow account is owned by its tenant,
	///   managed (by the market) and streams the lease's price to its provider;
	/// - purges: every closed lease is in [`LeasePurges`] once, no active one is, and no entry
	///   is behind [`PurgeCursor`].
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let now = Self::now();
		let resume_from = ExpiryCursor::<T>::get().unwrap_or(now.saturating_add(One::one()));
		let mut counts: BTreeMap<T::AccountId, IndexCounts> = BTreeMap::new();
		let mut count = |who: &T::AccountId, f: fn(&mut IndexCounts) -> &mut u32| {
			let c = f(counts.entry(who.clone()).or_default());
			*c = c.saturating_add(1);
		};

		for (tenant, id, ()) in OrdersByTenant::<T>::iter() {
			let order = Orders::<T>::get(id).ok_or("market: an order index entry has no order")?;
			ensure!(order.tenant == tenant, "market: an order is indexed under another tenant");
			ensure!(order.state == OrderState::Open, "market: a matched order is indexed");
			count(&tenant, |c| &mut c.open_orders);
		}
		for (tenant, id, ()) in LeasesByTenant::<T>::iter() {
			let lease = Leases::<T>::get(id).ok_or("market: a lease index entry has no lease")?;
			ensure!(lease.tenant == tenant, "market: a lease is indexed under another tenant");
			ensure!(lease.is_active(), "market: a closed lease is in its tenant's index");
			count(&tenant, |c| &mut c.tenant_leases);
		}
		for (provider, id, ()) in LeasesByProvider::<T>::iter() {
			let lease = Leases::<T>::get(id).ok_or("market: a lease index entry has no lease")?;
			ensure!(
				lease.provider == provider,
				"market: a lease is indexed under another provider"
			);
			ensure!(lease.is_active(), "market: a closed lease is in its provider's index");
			count(&provider, |c| &mut c.provider_leases);
		}
		for (who, stored) in Counts::<T>::iter() {
			ensure!(!stored.is_empty(), "market: an all-zero count is stored");
			let counted = counts.remove(&who).unwrap_or_default();
			ensure!(stored == counted, "market: index counts disagree with the indexes");
		}
		ensure!(counts.is_empty(), "market: an account has index entries but no counts");

		let mut bids_seen = BTreeSet::new();
		for (id, order) in Orders::<T>::iter() {
			ensure!(id < NextOrderId::<T>::get(), "market: an order id was never assigned");
			let indexed = OrdersByTenant::<T>::contains_key(&order.tenant, id);
			let mut bids = 0u32;
			for (provider, bid_id) in OrderBids::<T>::iter_prefix(id) {
				let bid = Bids::<T>::get(bid_id).ok_or("market: an order's bid does not exist")?;
				ensure!(
					bid.order == id && bid.provider == provider,
					"market: an order's bid is for another order or provider"
				);
				ensure!(bids_seen.insert(bid_id), "market: a bid is indexed twice");
				bids = bids.saturating_add(1);
			}
			ensure!(bids == order.bids, "market: an order's bid count is wrong");
			match order.state {
				OrderState::Open => {
					ensure!(indexed, "market: an open order is not in its tenant's index");
					ensure!(
						T::Escrow::balance(order.escrow).is_some(),
						"market: an open order has no escrow account"
					);
				}
				OrderState::Matched { lease } => {
					ensure!(!indexed, "market: a matched order is in its tenant's index");
					ensure!(bids == 0, "market: a matched order has bids");
					let lease = Leases::<T>::get(lease).ok_or("market: a matched order's lease")?;
					ensure!(
						lease.is_active() && lease.order == id && lease.escrow == order.escrow,
						"market: a matched order's lease is closed or not its own"
					);
				}
			}
		}

		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, bid) in Bids::<T>::iter() {
			ensure!(id < NextBidId::<T>::get(), "market: a bid id was never assigned");
			ensure!(bids_seen.remove(&id), "market: a bid stands on no open order");
			let total = deposits.entry(bid.provider.clone()).or_insert_with(Zero::zero);
			*total = total.checked_add(&bid.deposit).ok_or("market: bid deposits overflow")?;
		}
		ensure!(bids_seen.is_empty(), "market: an order's bid index points to no bid");
		for (provider, total) in deposits {
			let held = T::Currency::balance_on_hold(&Self::bid_hold_reason(), &provider);
			ensure!(held == total, "market: held bid deposits differ from the bids' deposits");
		}

		for (escrow, id) in LeaseOfEscrow::<T>::iter() {
			let lease = Leases::<T>::get(id).ok_or("market: an escrow points to no lease")?;
			ensure!(
				lease.is_active() && lease.escrow == escrow,
				"market: an escrow points to a closed lease or another lease's account"
			);
		}
		for (block, id, ()) in LeaseExpiries::<T>::iter() {
			ensure!(block >= resume_from, "market: an expiry entry is behind the hook's cursor");
			let lease = Leases::<T>::get(id).ok_or("market: an expiry entry points to no lease")?;
			ensure!(
				lease.is_active() && lease.ends_at == Some(block),
				"market: an expiry entry points to a closed lease or the wrong block"
			);
		}
		for (id, lease) in Leases::<T>::iter() {
			ensure!(id < NextLeaseId::<T>::get(), "market: a lease id was never assigned");
			let in_tenant_index = LeasesByTenant::<T>::contains_key(&lease.tenant, id);
			let in_provider_index = LeasesByProvider::<T>::contains_key(&lease.provider, id);
			let expiry = lease.ends_at.map(|end| LeaseExpiries::<T>::contains_key(end, id));
			if lease.is_active() {
				ensure!(
					in_tenant_index && in_provider_index,
					"market: an active lease is missing from an index"
				);
				ensure!(
					LeaseOfEscrow::<T>::get(lease.escrow) == Some(id),
					"market: an active lease is not its escrow account's lease"
				);
				ensure!(
					T::Escrow::balance(lease.escrow).is_some(),
					"market: an active lease has no escrow stream"
				);
				ensure!(expiry != Some(false), "market: a lease with an end has no expiry entry");
				let order = Orders::<T>::get(lease.order).ok_or("market: a lease has no order")?;
				ensure!(
					order.state == OrderState::Matched { lease: id },
					"market: an active lease's order is not matched to it"
				);
			} else {
				ensure!(
					!in_tenant_index && !in_provider_index,
					"market: a closed lease is in an index"
				);
				ensure!(expiry != Some(true), "market: a closed lease has an expiry entry");
			}
		}
		ensure!(T::MaxExpiriesPerBlock::get() > 0, "market: MaxExpiriesPerBlock is zero");
		Self::check_registry_and_escrow()?;
		Self::check_purges()
	}

	/// The invariants between the market, the provider registry and the escrow.
	fn check_registry_and_escrow() -> Result<(), TryRuntimeError> {
		let mut expected: BTreeMap<T::AccountId, Allocation> = BTreeMap::new();
		for (id, lease) in Leases::<T>::iter().filter(|(_, l)| l.is_active()) {
			let info = T::Escrow::info(lease.escrow).ok_or("market: an active lease's escrow")?;
			ensure!(
				info.owner == lease.tenant
					&& info.managed && info.stream
					== Some((lease.provider.clone(), lease.price_per_block)),
				"market: an active lease's escrow is not its tenant's stream to its provider"
			);
			let a = expected.entry(lease.provider.clone()).or_default();
			a.resources = a
				.resources
				.checked_add(&lease.resources)
				.ok_or("market: lease resources overflow")?;
			a.leases = a.leases.saturating_add(1);
			let model = LeaseGpus::<T>::get(id);
			ensure!(
				model.is_some() == (lease.resources.gpus > 0),
				"market: a lease's GPUs have no model, or a lease without GPUs has one"
			);
			if let Some(model) = model {
				match a.gpus.iter_mut().find(|(m, _)| *m == model) {
					Some((_, n)) => *n = n.saturating_add(lease.resources.gpus),
					None => a.gpus.push((model, lease.resources.gpus)),
				}
			}
		}
		for (id, _) in LeaseGpus::<T>::iter() {
			ensure!(
				Leases::<T>::get(id).is_some_and(|l| l.is_active()),
				"market: a GPU model is recorded for a lease that is not active"
			);
		}
		for (provider, mut want) in expected {
			let mut have = T::Providers::allocation(&provider)
				.ok_or("market: an active lease's provider is not registered")?;
			want.gpus.sort();
			have.gpus.sort();
			ensure!(have == want, "market: a provider's allocation differs from its leases'");
		}
		Ok(())
	}

	/// The invariants of the purge index.
	fn check_purges() -> Result<(), TryRuntimeError> {
		let cursor = PurgeCursor::<T>::get();
		let mut purged = BTreeSet::new();
		for (block, id, ()) in LeasePurges::<T>::iter() {
			ensure!(cursor.is_some_and(|c| block >= c), "market: a purge entry is behind");
			let lease = Leases::<T>::get(id).ok_or("market: a purge entry points to no lease")?;
			ensure!(!lease.is_active(), "market: an active lease is in the purge index");
			ensure!(purged.insert(id), "market: a lease is in the purge index twice");
		}
		for (id, lease) in Leases::<T>::iter() {
			ensure!(
				lease.is_active() || purged.contains(&id),
				"market: a closed lease is not in the purge index"
			);
		}
		Ok(())
	}
}
