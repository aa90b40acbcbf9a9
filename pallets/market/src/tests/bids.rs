//! Placing and withdrawing bids, and their deposits.

use super::*;
use crate::{BidEnd, Bids, Error, Event, OrderBids};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::TokenError;

#[test]
fn place_bid_holds_the_deposit_and_records_the_bid() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		events();
		assert_ok!(Market::place_bid(RuntimeOrigin::signed(P1), o, PRICE));
		assert_eq!(
			events(),
			vec![Event::BidPlaced {
				bid: 0,
				order: o,
				provider: P1,
				price_per_block: PRICE,
				deposit: BID_HOLD
			}]
		);
		let b = Bids::<Test>::get(0).expect("stored");
		assert_eq!(
			(b.order, b.provider, b.price_per_block, b.deposit, b.placed_at),
			(o, P1, PRICE, BID_HOLD, 1)
		);
		assert_eq!(OrderBids::<Test>::get(o, P1), Some(0));
		assert_eq!(order(o).bids, 1);
		assert_eq!(held_bids(P1), BID_HOLD);
		assert_eq!(free(P1), PROVIDER_FUNDS - BOND - BID_HOLD);
		// A bid at exactly the maximum is fine.
		bid(P2, o, MAX_PRICE);
		assert_eq!(order(o).bids, 2);
	});
}

#[test]
fn place_bid_fails_on_unknown_or_matched_orders_and_own_orders() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Market::place_bid(RuntimeOrigin::signed(P1), 0, PRICE),
			Error::<Test>::UnknownOrder
		);
		let o = open_order(ALICE, None);
		let b = bid(P1, o, PRICE);
		accept(ALICE, o, b);
		assert_noop!(
			Market::place_bid(RuntimeOrigin::signed(P2), o, PRICE),
			Error::<Test>::OrderNotOpen
		);

		// A provider may be a tenant too, but not bid on its own order.
		let own = open_order(P3, None);
		assert_noop!(
			Market::place_bid(RuntimeOrigin::signed(P3), own, PRICE),
			Error::<Test>::OwnOrder
		);
	});
}

#[test]
fn place_bid_checks_the_price() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		assert_noop!(Market::place_bid(RuntimeOrigin::signed(P1), o, 0), Error::<Test>::ZeroPrice);
		assert_noop!(
			Market::place_bid(RuntimeOrigin::signed(P1), o, MAX_PRICE + 1),
			Error::<Test>::PriceAboveMaximum
		);
	});
}

#[test]
fn place_bid_needs_an_active_matching_provider() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		assert_noop!(
			Market::place_bid(RuntimeOrigin::signed(NOT_PROVIDER), o, PRICE),
			Error::<Test>::NotActiveProvider
		);
		MockRegistry::set_active(P1, false);
		assert_noop!(
			Market::place_bid(RuntimeOrigin::signed(P1), o, PRICE),
			Error::<Test>::NotActiveProvider
		);

		// P6 is in the US; an order for the EU does not match it.
		let mut eu = request();
		eu.region = Some(b"EU".to_vec().try_into().unwrap());
		assert_ok!(Market::create_order(
			RuntimeOrigin::signed(BOB),
			eu.into(),
			MAX_PRICE,
			DEPOSIT,
			None
		));
		assert_noop!(
			Market::place_bid(RuntimeOrigin::signed(P6), 1, PRICE),
			Error::<Test>::RequestNotMatched
		);
		bid(P2, 1, PRICE);

		// More than the provider has free does not match either.
		let mut huge = request();
		huge.resources.cpu_millicores = big().cpu_millicores + 1;
		assert_ok!(Market::create_order(
			RuntimeOrigin::signed(BOB),
			huge.into(),
			MAX_PRICE,
			DEPOSIT,
			None
		));
		assert_noop!(
			Market::place_bid(RuntimeOrigin::signed(P2), 2, PRICE),
			Error::<Test>::RequestNotMatched
		);
	});
}

#[test]
fn place_bid_allows_one_bid_per_provider_and_max_bids_per_order() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		bid(P1, o, PRICE);
		assert_noop!(
			Market::place_bid(RuntimeOrigin::signed(P1), o, PRICE - 1),
			Error::<Test>::AlreadyBid
		);
		bid(P2, o, PRICE);
		bid(P3, o, PRICE);
		bid(P4, o, PRICE);
		assert_eq!(order(o).bids, MAX_BIDS);
		assert_noop!(
			Market::place_bid(RuntimeOrigin::signed(P5), o, PRICE),
			Error::<Test>::TooManyBids
		);
		// A withdrawal makes room.
		assert_ok!(Market::withdraw_bid(RuntimeOrigin::signed(P1), 0));
		bid(P5, o, PRICE);
	});
}

#[test]
fn place_bid_refuses_a_provider_at_its_lease_limit() {
	ExtBuilder.build_and_execute(|| {
		lease_between(ALICE, P1, None);
		lease_between(BOB, P1, None);
		lease_between(CHARLIE, P1, None);
		let o = open_order(ALICE, None);
		assert_noop!(
			Market::place_bid(RuntimeOrigin::signed(P1), o, PRICE),
			Error::<Test>::TooManyProviderLeases
		);
	});
}

#[test]
fn place_bid_fails_when_the_deposit_cannot_be_held() {
	ExtBuilder.build_and_execute(|| {
		// NOT_PROVIDER registers with nearly all its funds as bond.
		MockRegistry::register(NOT_PROVIDER, b"EU", big(), PROVIDER_FUNDS - ED - BID_HOLD + 1);
		let o = open_order(ALICE, None);
		assert_noop!(
			Market::place_bid(RuntimeOrigin::signed(NOT_PROVIDER), o, PRICE),
			TokenError::FundsUnavailable
		);
	});
}

#[test]
fn a_bid_releases_the_deposit_it_held_whatever_the_parameter_is_now() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		let b = bid(P1, o, PRICE);
		BidDeposit::set(300);
		bid(P2, o, PRICE);
		assert_eq!((held_bids(P1), held_bids(P2)), (BID_HOLD, 300));
		assert_ok!(Market::withdraw_bid(RuntimeOrigin::signed(P1), b));
		assert_eq!(held_bids(P1), 0);
		assert_eq!(free(P1), PROVIDER_FUNDS - BOND);
		// With no deposit required, nothing is held.
		BidDeposit::set(0);
		bid(P3, o, PRICE);
		assert_eq!(held_bids(P3), 0);
		assert_ok!(Market::cancel_order(RuntimeOrigin::signed(ALICE), o));
		assert_eq!(free(P2), PROVIDER_FUNDS - BOND);
	});
}

#[test]
fn withdraw_bid_releases_the_deposit_and_lets_the_provider_bid_again() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		let b = bid(P1, o, PRICE);
		events();
		assert_ok!(Market::withdraw_bid(RuntimeOrigin::signed(P1), b));
		assert_eq!(
			events(),
			vec![Event::BidClosed {
				bid: b,
				order: o,
				provider: P1,
				deposit: BID_HOLD,
				end: BidEnd::Withdrawn
			}]
		);
		assert!(!Bids::<Test>::contains_key(b));
		assert!(!OrderBids::<Test>::contains_key(o, P1));
		assert_eq!(order(o).bids, 0);
		assert_eq!(free(P1), PROVIDER_FUNDS - BOND);
		let again = bid(P1, o, PRICE - 1);
		assert_ne!(again, b);
	});
}

#[test]
fn withdraw_bid_fails_for_unknown_foreign_or_ended_bids() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(Market::withdraw_bid(RuntimeOrigin::signed(P1), 0), Error::<Test>::UnknownBid);
		let o = open_order(ALICE, None);
		let b1 = bid(P1, o, PRICE);
		let b2 = bid(P2, o, PRICE);
		assert_noop!(Market::withdraw_bid(RuntimeOrigin::signed(P2), b1), Error::<Test>::NotBidder);
		assert_noop!(
			Market::withdraw_bid(RuntimeOrigin::signed(ALICE), b1),
			Error::<Test>::NotBidder
		);
		// Once accepted (or lost), a bid is gone.
		accept(ALICE, o, b1);
		assert_noop!(
			Market::withdraw_bid(RuntimeOrigin::signed(P1), b1),
			Error::<Test>::UnknownBid
		);
		assert_noop!(
			Market::withdraw_bid(RuntimeOrigin::signed(P2), b2),
			Error::<Test>::UnknownBid
		);
	});
}

#[test]
fn lowering_max_bids_per_order_keeps_existing_bids() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		for p in [P1, P2, P3, P4] {
			bid(p, o, PRICE);
		}
		MaxBidsPerOrder::set(2);
		assert_noop!(
			Market::place_bid(RuntimeOrigin::signed(P5), o, PRICE),
			Error::<Test>::TooManyBids
		);
		assert_ok!(Market::withdraw_bid(RuntimeOrigin::signed(P1), 0));
		assert_noop!(
			Market::place_bid(RuntimeOrigin::signed(P5), o, PRICE),
			Error::<Test>::TooManyBids
		);
		// Accepting still releases every bid.
		accept(ALICE, o, 3);
		for p in [P1, P2, P3, P4] {
			assert_eq!(held_bids(p), 0);
		}
	});
}
