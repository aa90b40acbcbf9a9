//! Leases whose funds ran out: the escrow closes the account and tells the market.

use super::*;
use crate::{CloseReason, Event, LeaseExpiries, LeaseState, WeightInfo};
use deinfra_primitives::{LeaseOutcome, OnEscrowExhausted};
use frame_support::assert_ok;

#[test]
fn a_lease_whose_funds_ran_out_closes_with_insufficient_funds() {
	ExtBuilder.build_and_execute(|| {
		// 1,000 pays 100 blocks at 10: funded through block 101, closed after the grace period.
		let o = Market::create_order(
			RuntimeOrigin::signed(ALICE),
			request().into(),
			MAX_PRICE,
			MIN_DEPOSIT,
			Some(500),
		);
		assert_ok!(o);
		let b = bid(P1, 0, PRICE);
		let l = accept(ALICE, 0, b);
		events();
		run_to_block(101 + GRACE - 1);
		assert!(lease(l).is_active());
		run_to_block(101 + GRACE);
		assert_eq!(
			events(),
			vec![Event::LeaseClosed {
				lease: l,
				tenant: ALICE,
				provider: P1,
				reason: CloseReason::InsufficientFunds,
				refund: 0,
				penalty: 0,
			}]
		);
		assert_eq!(
			lease(l).state,
			LeaseState::Closed { at: 101 + GRACE, reason: CloseReason::InsufficientFunds }
		);
		assert_eq!(escrow_balance(0), None);
		assert_eq!(free(ALICE), TENANT_FUNDS - MIN_DEPOSIT);
		assert_eq!(free(P1), PROVIDER_FUNDS - BOND + 900);
		assert_eq!(free(TREASURY), TREASURY_FUNDS + 100);
		assert_eq!(MockRegistry::get(P1).leases, 0);
		assert_eq!(MockRegistry::outcomes(), vec![(P1, LeaseOutcome::Completed)]);
		assert_eq!(LeaseExpiries::<Test>::iter().count(), 0);
		assert_eq!(Market::leases_of_tenant(&ALICE), Vec::<u64>::new());
	});
}

#[test]
fn a_top_up_in_time_keeps_the_lease_running() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Market::create_order(
			RuntimeOrigin::signed(ALICE),
			request().into(),
			MAX_PRICE,
			MIN_DEPOSIT,
			None
		));
		let b = bid(P1, 0, PRICE);
		let l = accept(ALICE, 0, b);
		run_to_block(101 + GRACE - 1);
		assert_ok!(Market::top_up(RuntimeOrigin::signed(CHARLIE), l, 1_000));
		run_to_block(150);
		assert!(lease(l).is_active());
	});
}

#[test]
fn an_exhausted_account_without_a_lease_is_ignored() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		events();
		<Market as OnEscrowExhausted<u64>>::on_exhausted(0);
		<Market as OnEscrowExhausted<u64>>::on_exhausted(77);
		assert!(events().is_empty());
		assert_eq!(order(o).state, crate::OrderState::Open);
	});
}

#[test]
fn the_market_adds_its_work_to_the_block_weight() {
	ExtBuilder.build_and_execute(|| {
		let l = lease_between(ALICE, P1, None);
		let before = System::block_weight().total();
		// As the escrow would: close the account, then tell the market.
		assert_ok!(<MockEscrow as deinfra_primitives::Escrow<_, _, _>>::close(0));
		<Market as OnEscrowExhausted<u64>>::on_exhausted(0);
		assert_eq!(System::block_weight().total(), before + <() as WeightInfo>::on_exhausted());
		assert_eq!(
			lease(l).state,
			LeaseState::Closed { at: 1, reason: CloseReason::InsufficientFunds }
		);
	});
}
