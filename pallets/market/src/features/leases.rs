//! Accepting bids into leases, topping them up and closing them, and the
//! [`OnEscrowExhausted`] implementation.
//!
//! Every way a lease ends goes through [`Pallet::do_close_lease`], which, for an active lease:
//! 1. closes its escrow account (settling what the provider is owed and refunding the rest to
//!    the tenant), unless the escrow closed it already (funds ran out, or its owner closed it);
//! 2. makes a provider that closes before its minimum term pay the penalty to the tenant, out
//!    of its active bond and at most what the tenant paid on the lease;
//! 3. releases the provider's capacity (and GPUs) and records the outcome in the registry;
//! 4. removes the lease from every index and the expiry index, removes its order, and keeps the
//!    lease record as [`LeaseState::Closed`] with the reason, in the purge index for
//!    [`Config::LeaseRetention`] blocks.
//!
//! Only step 1 may fail (the call then changes nothing). The registry's side (penalty, release)
//! never keeps a tenant from closing: a failure there is logged and reported in an event.

use crate::{pallet::*, types::*, weights::WeightInfo};
use deinfra_primitives::{Escrow, LeaseOutcome, OnEscrowExhausted, ProviderRegistry};
use frame_support::{
	dispatch::DispatchClass, ensure, pallet_prelude::*, storage::with_storage_layer, traits::Get,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{CheckedAdd, One, Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Accepts bid `bid_id` on open order `order_id` of `tenant`. Returns the new lease and how
	/// many bids the order had.
	pub fn do_accept_bid(
		tenant: &T::AccountId,
		order_id: OrderId,
		bid_id: BidId,
	) -> Result<(LeaseId, u32), DispatchError> {
		let mut order = Self::open_order_of(tenant, order_id)?;
		let bid = Bids::<T>::get(bid_id).ok_or(Error::<T>::UnknownBid)?;
		ensure!(bid.order == order_id, Error::<T>::BidNotForOrder);
		ensure!(!Self::bid_expired(&bid), Error::<T>::BidExpired);
		let provider = bid.provider;
		ensure!(T::Providers::matches(&provider, &order.request), Error::<T>::RequestNotMatched);
		Self::ensure_tenant_can_add_lease(tenant)?;
		Self::ensure_provider_can_add_lease(&provider)?;
		let id = NextLeaseId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let now = Self::now();
		let ends_at = match order.duration {
			Some(duration) => Some(now.checked_add(&duration).ok_or(Error::<T>::Overflow)?),
			None => None,
		};

		let resources = order.request.resources;
		T::Providers::reserve_capacity(&provider, &resources)?;
		if let Some(gpu) = &order.request.gpu {
			let model = T::Providers::reserve_gpus(&provider, gpu)?;
			LeaseGpus::<T>::insert(id, model);
		}
		T::Escrow::start_stream(order.escrow, &provider, bid.price_per_block)?;
		let bids = Self::release_bids(order_id, Some(bid_id), BidEnd::Lost)?;
		NextLeaseId::<T>::put(next);
		Self::unindex_order(tenant, order_id)?;
		Self::index_lease(tenant, &provider, id)?;
		LeaseOfEscrow::<T>::insert(order.escrow, id);
		if let Some(end) = ends_at {
			LeaseExpiries::<T>::insert(end, id, ());
		}
		Leases::<T>::insert(
			id,
			Lease {
				order: order_id,
				bid: bid_id,
				tenant: tenant.clone(),
				provider: provider.clone(),
				escrow: order.escrow,
				resources,
				price_per_block: bid.price_per_block,
				started_at: now,
				ends_at,
				state: LeaseState::Active,
			},
		);
		order.bids = 0;
		order.state = OrderState::Matched { lease: id };
		Orders::<T>::insert(order_id, order);
		Self::deposit_event(Event::LeaseCreated {
			lease: id,
			order: order_id,
			bid: bid_id,
			tenant: tenant.clone(),
			provider,
			price_per_block: bid.price_per_block,
			ends_at,
		});
		Ok((id, bids))
	}

	/// An active lease, or why there is none.
	pub(crate) fn active_lease(id: LeaseId) -> Result<LeaseOf<T>, DispatchError> {
		let lease = Leases::<T>::get(id).ok_or(Error::<T>::UnknownLease)?;
		ensure!(lease.is_active(), Error::<T>::LeaseNotActive);
		Ok(lease)
	}

	/// Adds `amount` from `from` to the escrow account of active lease `id`.
	pub fn do_top_up(from: &T::AccountId, id: LeaseId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let lease = Self::active_lease(id)?;
		T::Escrow::deposit(from, lease.escrow, amount)?;
		Self::deposit_event(Event::ToppedUp { lease: id, from: from.clone(), amount });
		Ok(())
	}

	/// Closes active lease `id` for `who`, its tenant or its provider.
	pub fn do_close_lease_by(who: &T::AccountId, id: LeaseId) -> DispatchResult {
		let lease = Self::active_lease(id)?;
		let reason = if *who == lease.tenant {
			CloseReason::Tenant
		} else if *who == lease.provider {
			CloseReason::Provider
		} else {
			return Err(Error::<T>::NotLeaseParty.into());
		};
		Self::do_close_lease(id, reason).map(|_| ())
	}

	/// Whether closing `lease` now for `reason` is a provider leaving before its minimum term.
	pub fn is_early_close(lease: &LeaseOf<T>, reason: CloseReason) -> bool {
		reason == CloseReason::Provider
			&& Self::now() < lease.started_at.saturating_add(T::ProviderMinimumTerm::get())
	}

	/// Closes active lease `id` for `reason` (see the module docs). Returns the tenant's refund
	/// and penalty.
	pub fn do_close_lease(
		id: LeaseId,
		reason: CloseReason,
	) -> Result<(BalanceOf<T>, BalanceOf<T>), DispatchError> {
		let mut lease = Self::active_lease(id)?;
		let now = Self::now();
		// What the tenant paid on the lease; the escrow closes the account itself when the
		// funds run out, before telling us (it then paid the whole deposit).
		let paid = T::Escrow::streamed(lease.escrow);
		let refund = match T::Escrow::balance(lease.escrow) {
			Some(_) => T::Escrow::close(lease.escrow)?,
			None => Zero::zero(),
		};
		// An account the escrow closed for lack of funds paid out at least the order's deposit.
		let paid =
			paid.or_else(|| Orders::<T>::get(lease.order).map(|o| o.deposit)).unwrap_or_default();

		let early = Self::is_early_close(&lease, reason);
		let penalty = if early { Self::pay_penalty(&lease, paid) } else { Zero::zero() };
		let gpus = LeaseGpus::<T>::take(id);
		if let Err(error) = with_storage_layer(|| {
			T::Providers::release_capacity(&lease.provider, &lease.resources)?;
			match &gpus {
				Some(model) => {
					T::Providers::release_gpus(&lease.provider, model, lease.resources.gpus)
				}
				None => Ok(()),
			}
		}) {
			log::error!(
				target: crate::LOG_TARGET,
				"lease {id}: the registry refused to release {:?} of {:?}: {error:?}",
				lease.resources,
				lease.provider,
			);
			Self::deposit_event(Event::CapacityReleaseFailed {
				lease: id,
				provider: lease.provider.clone(),
				error,
			});
		}
		let ran_term = now >= lease.started_at.saturating_add(T::ProviderMinimumTerm::get());
		let outcome = match reason {
			CloseReason::Governance => None,
			CloseReason::Provider if early => Some(LeaseOutcome::ClosedEarlyByProvider),
			// Only a lease that ran its minimum term and paid counts for the provider, so
			// that self-dealt, free or instant leases launder no reputation.
			_ if ran_term && !paid.is_zero() => Some(LeaseOutcome::Completed),
			_ => None,
		};
		if let Some(outcome) = outcome {
			T::Providers::record_outcome(&lease.provider, outcome);
		}

		Self::unindex_lease(&lease.tenant, &lease.provider, id)?;
		LeaseOfEscrow::<T>::remove(lease.escrow);
		if let Some(end) = lease.ends_at {
			LeaseExpiries::<T>::remove(end, id);
		}
		Orders::<T>::remove(lease.order);
		lease.state = LeaseState::Closed { at: now, reason };
		Leases::<T>::insert(id, &lease);
		Self::schedule_purge(id, now);
		Self::deposit_event(Event::LeaseClosed {
			lease: id,
			tenant: lease.tenant,
			provider: lease.provider,
			reason,
			refund,
			penalty,
		});
		Ok((refund, penalty))
	}

	/// Puts lease `id`, closed at `closed_at`, in the purge index [`Config::LeaseRetention`]
	/// blocks on, never behind [`PurgeCursor`] (which it starts if this is the first).
	fn schedule_purge(id: LeaseId, closed_at: BlockNumberFor<T>) {
		let due = closed_at.saturating_add(T::LeaseRetention::get()).saturating_add(One::one());
		let at = match PurgeCursor::<T>::get() {
			Some(cursor) => due.max(cursor),
			None => {
				PurgeCursor::<T>::put(due);
				due
			}
		};
		LeasePurges::<T>::insert(at, id, ());
	}

	/// The penalty for closing `lease` early when the tenant paid `paid` on it:
	/// [`Config::EarlyClosePenalty`], capped by `paid`.
	pub fn early_close_penalty(paid: BalanceOf<T>) -> BalanceOf<T> {
		T::EarlyClosePenalty::get().min(paid)
	}

	/// Moves the early-close penalty (see [`Self::early_close_penalty`]) from the lease's
	/// provider's active bond to its tenant; returns what was moved (zero if the registry
	/// refused).
	fn pay_penalty(lease: &LeaseOf<T>, paid: BalanceOf<T>) -> BalanceOf<T> {
		let amount = Self::early_close_penalty(paid);
		if amount.is_zero() {
			return amount;
		}
		with_storage_layer(|| T::Providers::penalize(&lease.provider, amount, &lease.tenant))
			.unwrap_or_else(|error| {
				log::warn!(
					target: crate::LOG_TARGET,
					"early-close penalty of {:?} not paid: {error:?}",
					lease.provider,
				);
				Zero::zero()
			})
	}

	/// The escrow closed `account` because its funds ran out: closes the lease it paid for with
	/// [`CloseReason::InsufficientFunds`]. Nothing happens for an account that pays no lease.
	pub fn do_on_exhausted(account: EscrowId) -> Weight {
		let Some(id) = LeaseOfEscrow::<T>::get(account) else { return T::DbWeight::get().reads(1) };
		if let Err(error) =
			with_storage_layer(|| Self::do_close_lease(id, CloseReason::InsufficientFunds))
		{
			frame_support::defensive!("the lease of an exhausted escrow account cannot close");
			log::error!(
				target: crate::LOG_TARGET,
				"lease {id} of exhausted escrow account {account} not closed: {error:?}",
			);
		}
		T::WeightInfo::on_exhausted()
	}
}

impl<T: Config> OnEscrowExhausted<EscrowId> for Pallet<T> {
	/// Closes the lease; the work is added to the block's weight (the escrow's hook does not
	/// know it).
	fn on_exhausted(account: EscrowId) {
		let weight = Self::do_on_exhausted(account);
		frame_system::Pallet::<T>::register_extra_weight_unchecked(
			weight,
			DispatchClass::Mandatory,
		);
	}
}
