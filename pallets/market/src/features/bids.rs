//! Placing, withdrawing and releasing bids, and their deposits.
//!
//! A bid holds [`Config::BidDeposit`] on the provider's own account under
//! [`HoldReason::BidDeposit`], and remembers the amount: whatever the parameter is later, the
//! bid releases exactly what it held. So the held total of each provider is the sum of its
//! standing bids' deposits.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use deinfra_primitives::ProviderRegistry;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision, DefensiveSaturating, Get},
};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// The hold reason of bid deposits.
	pub fn bid_hold_reason() -> T::RuntimeHoldReason {
		HoldReason::BidDeposit.into()
	}

	/// Places a bid of `provider` on open order `order_id` at `price_per_block`.
	pub fn do_place_bid(
		provider: &T::AccountId,
		order_id: OrderId,
		price_per_block: BalanceOf<T>,
	) -> Result<BidId, DispatchError> {
		let mut order = Orders::<T>::get(order_id).ok_or(Error::<T>::UnknownOrder)?;
		ensure!(order.state == OrderState::Open, Error::<T>::OrderNotOpen);
		ensure!(order.tenant != *provider, Error::<T>::OwnOrder);
		ensure!(!price_per_block.is_zero(), Error::<T>::ZeroPrice);
		ensure!(price_per_block <= order.max_price_per_block, Error::<T>::PriceAboveMaximum);
		ensure!(T::Providers::is_active(provider), Error::<T>::NotActiveProvider);
		ensure!(T::Providers::matches(provider, &order.request), Error::<T>::RequestNotMatched);
		ensure!(!OrderBids::<T>::contains_key(order_id, provider), Error::<T>::AlreadyBid);
		ensure!(order.bids < T::MaxBidsPerOrder::get(), Error::<T>::TooManyBids);
		Self::ensure_provider_can_add_lease(provider)?;
		let id = NextBidId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		order.bids = order.bids.checked_add(1).ok_or(Error::<T>::Overflow)?;

		let deposit = T::BidDeposit::get();
		if !deposit.is_zero() {
			T::Currency::hold(&Self::bid_hold_reason(), provider, deposit)?;
		}
		NextBidId::<T>::put(next);
		Bids::<T>::insert(
			id,
			Bid {
				order: order_id,
				provider: provider.clone(),
				price_per_block,
				deposit,
				placed_at: Self::now(),
			},
		);
		OrderBids::<T>::insert(order_id, provider, id);
		Orders::<T>::insert(order_id, order);
		Self::deposit_event(Event::BidPlaced {
			bid: id,
			order: order_id,
			provider: provider.clone(),
			price_per_block,
			deposit,
		});
		Ok(id)
	}

	/// Withdraws bid `id` of `provider` and releases its deposit.
	pub fn do_withdraw_bid(provider: &T::AccountId, id: BidId) -> DispatchResult {
		let bid = Bids::<T>::get(id).ok_or(Error::<T>::UnknownBid)?;
		ensure!(bid.provider == *provider, Error::<T>::NotBidder);
		Self::remove_bid(id, bid, BidEnd::Withdrawn)
	}

	/// Rejects bid `id` on an open order of `tenant` and releases its deposit.
	pub fn do_reject_bid(tenant: &T::AccountId, id: BidId) -> DispatchResult {
		let bid = Bids::<T>::get(id).ok_or(Error::<T>::UnknownBid)?;
		let order = Orders::<T>::get(bid.order).ok_or(Error::<T>::UnknownOrder)?;
		ensure!(order.tenant == *tenant, Error::<T>::NotOrderOwner);
		Self::remove_bid(id, bid, BidEnd::Rejected)
	}

	/// Drops bid `id` if it expired or its provider no longer takes orders, releasing its
	/// deposit.
	pub fn do_drop_bid(id: BidId) -> DispatchResult {
		let bid = Bids::<T>::get(id).ok_or(Error::<T>::UnknownBid)?;
		let end = if Self::bid_expired(&bid) {
			BidEnd::Expired
		} else if !T::Providers::is_active(&bid.provider) {
			BidEnd::ProviderInactive
		} else {
			return Err(Error::<T>::BidStillValid.into());
		};
		Self::remove_bid(id, bid, end)
	}

	/// Whether `bid` can no longer be accepted because it is [`Config::BidTtl`] old.
	pub fn bid_expired(bid: &BidOf<T>) -> bool {
		Self::now() >= bid.placed_at.saturating_add(T::BidTtl::get())
	}

	/// Ends standing bid `id` as `end`: takes it off its order and releases its deposit.
	fn remove_bid(id: BidId, bid: BidOf<T>, end: BidEnd) -> DispatchResult {
		// Bids only stand on open orders: accepting and cancelling release them all.
		let mut order = Orders::<T>::get(bid.order).ok_or(Error::<T>::UnknownOrder)?;
		order.bids.defensive_saturating_dec();
		OrderBids::<T>::remove(bid.order, &bid.provider);
		let order_id = bid.order;
		Self::end_bid(id, bid, end)?;
		Orders::<T>::insert(order_id, order);
		Ok(())
	}

	/// Ends every bid on order `order_id`, releasing the deposits: `winner` (if any) as
	/// [`BidEnd::Accepted`], the others as `others`. Returns how many bids there were. The
	/// caller updates or removes the order.
	pub(crate) fn release_bids(
		order_id: OrderId,
		winner: Option<BidId>,
		others: BidEnd,
	) -> Result<u32, DispatchError> {
		let ids: Vec<BidId> = OrderBids::<T>::drain_prefix(order_id).map(|(_, id)| id).collect();
		let count = u32::try_from(ids.len()).map_err(|_| Error::<T>::Overflow)?;
		for id in ids {
			let Some(bid) = Bids::<T>::get(id) else {
				frame_support::defensive!("an order's bid index points to no bid");
				continue;
			};
			let end = if winner == Some(id) { BidEnd::Accepted } else { others };
			Self::end_bid(id, bid, end)?;
		}
		Ok(count)
	}

	/// Releases bid `id`'s deposit, removes it from [`Bids`] and emits [`Event::BidClosed`].
	/// The caller removes it from [`OrderBids`].
	fn end_bid(id: BidId, bid: BidOf<T>, end: BidEnd) -> DispatchResult {
		let released = if bid.deposit.is_zero() {
			Zero::zero()
		} else {
			T::Currency::release(
				&Self::bid_hold_reason(),
				&bid.provider,
				bid.deposit,
				Precision::BestEffort,
			)?
		};
		Bids::<T>::remove(id);
		Self::deposit_event(Event::BidClosed {
			bid: id,
			order: bid.order,
			provider: bid.provider,
			deposit: released,
			end,
		});
		Ok(())
	}
}
