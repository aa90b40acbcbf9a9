//! `do_try_state` catches broken state (each test breaks one thing on purpose).

use super::*;
use crate::{
	Bids, Counts, HoldReason, IndexCounts, LeaseExpiries, LeasesByTenant, OrderBids, OrdersByTenant,
};
use frame_support::{assert_ok, traits::fungible::MutateHold};

/// Runs `setup`, then `break_it`, and expects `do_try_state` to fail with `message`.
fn caught(setup: impl FnOnce(), break_it: impl FnOnce(), message: &'static str) {
	ExtBuilder.build().execute_with(|| {
		setup();
		check_invariants();
		break_it();
		assert_eq!(Market::do_try_state(), Err(message.into()));
	});
}

fn a_lease() {
	lease_between(ALICE, P1, Some(10));
}

fn an_order_with_a_bid() {
	let o = open_order(ALICE, None);
	bid(P1, o, PRICE);
}

#[test]
fn a_lease_missing_from_an_index_is_caught() {
	caught(
		a_lease,
		|| {
			LeasesByTenant::<Test>::remove(ALICE, 0);
			Counts::<Test>::remove(ALICE);
		},
		"market: an active lease is missing from an index",
	);
}

#[test]
fn wrong_counts_are_caught() {
	caught(
		a_lease,
		|| Counts::<Test>::insert(ALICE, IndexCounts { tenant_leases: 2, ..Default::default() }),
		"market: index counts disagree with the indexes",
	);
}

#[test]
fn a_lease_without_an_escrow_stream_is_caught() {
	caught(
		a_lease,
		|| {
			assert_ok!(<MockEscrow as deinfra_primitives::Escrow<_, _, _>>::close(0));
		},
		"market: an active lease has no escrow stream",
	);
}

#[test]
fn an_open_order_without_an_escrow_account_is_caught() {
	caught(
		an_order_with_a_bid,
		|| {
			assert_ok!(<MockEscrow as deinfra_primitives::Escrow<_, _, _>>::close(0));
		},
		"market: an open order has no escrow account",
	);
}

#[test]
fn a_wrong_bid_count_is_caught() {
	caught(
		an_order_with_a_bid,
		|| crate::Orders::<Test>::mutate(0, |o| o.as_mut().unwrap().bids = 2),
		"market: an order's bid count is wrong",
	);
}

#[test]
fn a_stray_bid_is_caught() {
	caught(
		an_order_with_a_bid,
		|| OrderBids::<Test>::remove(0, P1),
		"market: an order's bid count is wrong",
	);
	caught(
		an_order_with_a_bid,
		|| {
			OrderBids::<Test>::remove(0, P1);
			crate::Orders::<Test>::mutate(0, |o| o.as_mut().unwrap().bids = 0);
		},
		"market: a bid stands on no open order",
	);
}

#[test]
fn held_deposits_that_differ_from_the_bids_are_caught() {
	caught(
		an_order_with_a_bid,
		|| {
			assert_ok!(Balances::hold(&HoldReason::BidDeposit.into(), &P1, 1));
		},
		"market: held bid deposits differ from the bids' deposits",
	);
	caught(
		an_order_with_a_bid,
		|| Bids::<Test>::mutate(0, |b| b.as_mut().unwrap().deposit = BID_HOLD + 1),
		"market: held bid deposits differ from the bids' deposits",
	);
}

#[test]
fn a_misplaced_expiry_entry_is_caught() {
	caught(
		a_lease,
		|| {
			LeaseExpiries::<Test>::remove(11, 0);
			LeaseExpiries::<Test>::insert(12, 0, ());
		},
		"market: an expiry entry points to a closed lease or the wrong block",
	);
	caught(
		a_lease,
		|| LeaseExpiries::<Test>::remove(11, 0),
		"market: a lease with an end has no expiry entry",
	);
}

#[test]
fn a_matched_order_in_the_order_index_is_caught() {
	caught(
		a_lease,
		|| OrdersByTenant::<Test>::insert(ALICE, 0, ()),
		"market: a matched order is indexed",
	);
}
