//! The whole journey of an order, with every balance checked at each step.

use super::*;
use crate::{CloseReason, LeaseState, OrderState};
use deinfra_primitives::LeaseOutcome;
use frame_support::assert_ok;

/// Everyone's spendable balance and the pots, to compare step by step.
#[derive(Debug, PartialEq)]
struct Books {
	alice: Balance,
	charlie: Balance,
	p1: Balance,
	p2: Balance,
	p3: Balance,
	treasury: Balance,
	escrow_pot: Balance,
	bond_pot: Balance,
}

fn books() -> Books {
	Books {
		alice: free(ALICE),
		charlie: free(CHARLIE),
		p1: free(P1),
		p2: free(P2),
		p3: free(P3),
		treasury: free(TREASURY),
		escrow_pot: free(ESCROW_POT),
		bond_pot: free(BOND_POT),
	}
}

#[test]
fn order_bids_lease_top_up_and_close_move_the_money_as_agreed() {
	ExtBuilder.build_and_execute(|| {
		let provider = PROVIDER_FUNDS - BOND;
		let mut expected = Books {
			alice: TENANT_FUNDS,
			charlie: TENANT_FUNDS,
			p1: provider,
			p2: provider,
			p3: provider,
			treasury: TREASURY_FUNDS,
			escrow_pot: ED,
			bond_pot: ED + 6 * BOND,
		};
		assert_eq!(books(), expected);

		// Block 1: Alice orders, depositing 2,000 for at most 12 per block.
		assert_ok!(Market::create_order(
			RuntimeOrigin::signed(ALICE),
			request().into(),
			MAX_PRICE,
			2_000,
			None
		));
		expected.alice -= 2_000;
		expected.escrow_pot += 2_000;
		assert_eq!(books(), expected);

		// Three providers bid; each holds a bid deposit.
		let b1 = bid(P1, 0, 10);
		let b2 = bid(P2, 0, 12);
		let b3 = bid(P3, 0, 11);
		expected.p1 -= BID_HOLD;
		expected.p2 -= BID_HOLD;
		expected.p3 -= BID_HOLD;
		assert_eq!(books(), expected);
		assert_eq!((held_bids(P1), held_bids(P2), held_bids(P3)), (BID_HOLD, BID_HOLD, BID_HOLD));

		// P3 thinks better of it and withdraws.
		assert_ok!(Market::withdraw_bid(RuntimeOrigin::signed(P3), b3));
		expected.p3 += BID_HOLD;
		assert_eq!(books(), expected);

		// Block 5: Alice accepts P1's bid at 10; every bid deposit comes back.
		run_to_block(5);
		let l = accept(ALICE, 0, b1);
		expected.p1 += BID_HOLD;
		expected.p2 += BID_HOLD;
		assert_eq!(books(), expected);
		assert_eq!(order(0).state, OrderState::Matched { lease: l });
		assert_eq!(MockRegistry::get(P1).reserved, small());
		assert_eq!(Market::leases_of_tenant(&ALICE), vec![l]);
		assert_eq!(Market::leases_of_provider(&P1), vec![l]);
		let _ = b2;

		// Block 25: Charlie tops the lease up with 500 (the escrow settles lazily: nothing paid
		// out yet).
		run_to_block(25);
		assert_ok!(Market::top_up(RuntimeOrigin::signed(CHARLIE), l, 500));
		expected.charlie -= 500;
		expected.escrow_pot += 500;
		assert_eq!(books(), expected);
		assert_eq!(escrow_balance(0), Some(2_500));

		// Block 45: P1 closes, past its minimum term (5 + 20): no penalty. 40 blocks at 10 =
		// 400: 360 to P1, 40 to the treasury; the remaining 2,100 back to Alice.
		run_to_block(45);
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(P1), l));
		expected.p1 += 360;
		expected.treasury += 40;
		expected.alice += 2_100;
		expected.escrow_pot -= 2_500;
		assert_eq!(books(), expected);
		assert_eq!(lease(l).state, LeaseState::Closed { at: 45, reason: CloseReason::Provider });
		assert_eq!(MockRegistry::outcomes(), vec![(P1, LeaseOutcome::Completed)]);
		assert_eq!(MockRegistry::get(P1).reserved, Default::default());
		assert!(Market::leases_of_tenant(&ALICE).is_empty());
		assert!(!crate::Orders::<Test>::contains_key(0));

		// Nothing was created or lost: Alice paid 400 net of Charlie's 500.
		assert_eq!(expected.alice, TENANT_FUNDS + 100);
		assert_eq!(expected.p1 + expected.treasury, provider + TREASURY_FUNDS + 400);
		assert_eq!(held_bids(P1) + held_bids(P2) + held_bids(P3), 0);
	});
}
