//! "My orders" and "my leases", their limits and counts.

use super::*;
use crate::{Counts, Error, IndexCounts};
use frame_support::{assert_noop, assert_ok};

#[test]
fn indexes_follow_orders_and_leases() {
	ExtBuilder.build_and_execute(|| {
		let o1 = open_order(ALICE, None);
		let o2 = open_order(ALICE, None);
		let o3 = open_order(BOB, None);
		assert_eq!(Market::orders_of(&ALICE), vec![o1, o2]);
		assert_eq!(Market::orders_of(&BOB), vec![o3]);

		let b = bid(P1, o2, PRICE);
		let l1 = accept(ALICE, o2, b);
		let b = bid(P1, o3, PRICE);
		let l2 = accept(BOB, o3, b);
		assert_eq!(Market::orders_of(&ALICE), vec![o1]);
		assert!(Market::orders_of(&BOB).is_empty());
		assert_eq!(Market::leases_of_tenant(&ALICE), vec![l1]);
		assert_eq!(Market::leases_of_tenant(&BOB), vec![l2]);
		assert_eq!(Market::leases_of_provider(&P1), vec![l1, l2]);
		assert_eq!(
			Counts::<Test>::get(ALICE),
			IndexCounts { open_orders: 1, tenant_leases: 1, provider_leases: 0 }
		);
		assert_eq!(
			Counts::<Test>::get(P1),
			IndexCounts { open_orders: 0, tenant_leases: 0, provider_leases: 2 }
		);

		assert_ok!(Market::close_lease(RuntimeOrigin::signed(P1), l1));
		assert_ok!(Market::cancel_order(RuntimeOrigin::signed(ALICE), o1));
		assert!(Market::orders_of(&ALICE).is_empty());
		assert!(Market::leases_of_tenant(&ALICE).is_empty());
		assert_eq!(Market::leases_of_provider(&P1), vec![l2]);
		assert!(!Counts::<Test>::contains_key(ALICE));
		assert_eq!(Counts::<Test>::get(P1).provider_leases, 1);
	});
}

#[test]
fn only_open_orders_count_against_the_order_limit() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		open_order(ALICE, None);
		open_order(ALICE, None);
		let b = bid(P1, o, PRICE);
		accept(ALICE, o, b);
		// The matched order became a lease: room for one more order.
		open_order(ALICE, None);
		assert_noop!(
			Market::create_order(
				RuntimeOrigin::signed(ALICE),
				request().into(),
				MAX_PRICE,
				DEPOSIT,
				None
			),
			Error::<Test>::TooManyOrders
		);
	});
}

#[test]
fn governance_may_lower_limits_below_what_accounts_have() {
	ExtBuilder.build_and_execute(|| {
		for _ in 0..3 {
			open_order(ALICE, None);
		}
		let l = lease_between(BOB, P1, None);
		MaxOrdersPerTenant::set(1);
		MaxLeasesPerTenant::set(0);
		// Nothing breaks: no new orders or leases until below the limit, the rest goes on.
		assert_noop!(
			Market::create_order(
				RuntimeOrigin::signed(ALICE),
				request().into(),
				MAX_PRICE,
				DEPOSIT,
				None
			),
			Error::<Test>::TooManyOrders
		);
		assert_ok!(Market::cancel_order(RuntimeOrigin::signed(ALICE), 0));
		assert_ok!(Market::cancel_order(RuntimeOrigin::signed(ALICE), 1));
		assert_eq!(Market::orders_of(&ALICE), vec![2]);
		let b = bid(P2, 2, PRICE);
		assert_noop!(
			Market::accept_bid(RuntimeOrigin::signed(ALICE), 2, b),
			Error::<Test>::TooManyTenantLeases
		);
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(BOB), l));
	});
}

#[test]
fn exhausted_counters_and_block_numbers_are_refused() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, Some(u32::MAX));
		let b = bid(P1, o, PRICE);

		crate::NextOrderId::<Test>::put(u64::MAX);
		assert_noop!(
			Market::create_order(
				RuntimeOrigin::signed(BOB),
				request().into(),
				MAX_PRICE,
				DEPOSIT,
				None
			),
			Error::<Test>::Overflow
		);
		crate::NextBidId::<Test>::put(u64::MAX);
		assert_noop!(
			Market::place_bid(RuntimeOrigin::signed(P2), o, PRICE),
			Error::<Test>::Overflow
		);
		// Block 1 + u32::MAX blocks is past the largest block number.
		assert_noop!(
			Market::accept_bid(RuntimeOrigin::signed(ALICE), o, b),
			Error::<Test>::Overflow
		);
		crate::Orders::<Test>::mutate(o, |x| x.as_mut().unwrap().duration = None);
		crate::NextLeaseId::<Test>::put(u64::MAX);
		assert_noop!(
			Market::accept_bid(RuntimeOrigin::signed(ALICE), o, b),
			Error::<Test>::Overflow
		);
		crate::NextLeaseId::<Test>::put(0);
		accept(ALICE, o, b);
	});
}
