//! Accepting bids, closing leases (tenant, provider, governance) and topping them up.

use super::*;
use crate::{
	BidEnd, CloseReason, Counts, Error, Event, IndexCounts, LeaseExpiries, LeaseOfEscrow,
	LeaseState, LeasesByProvider, LeasesByTenant, OrderState,
};
use deinfra_primitives::{LeaseOutcome, ProviderRegistry, Resources};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::{DispatchError, TokenError};

#[test]
fn accept_bid_starts_the_lease_and_releases_every_bid() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		let b1 = bid(P1, o, PRICE);
		let b2 = bid(P2, o, MAX_PRICE);
		let b3 = bid(P3, o, PRICE - 1);
		events();

		assert_ok!(Market::accept_bid(RuntimeOrigin::signed(ALICE), o, b1));
		let mut got = events();
		let created = got.pop().expect("LeaseCreated comes last");
		assert_eq!(
			created,
			Event::LeaseCreated {
				lease: 0,
				order: o,
				bid: b1,
				tenant: ALICE,
				provider: P1,
				price_per_block: PRICE,
				ends_at: None,
			}
		);
		got.sort_by_key(|e| format!("{e:?}"));
		assert_eq!(
			got,
			vec![
				Event::BidClosed {
					bid: b1,
					order: o,
					provider: P1,
					deposit: BID_HOLD,
					end: BidEnd::Accepted
				},
				Event::BidClosed {
					bid: b2,
					order: o,
					provider: P2,
					deposit: BID_HOLD,
					end: BidEnd::Lost
				},
				Event::BidClosed {
					bid: b3,
					order: o,
					provider: P3,
					deposit: BID_HOLD,
					end: BidEnd::Lost
				},
			]
		);

		let l = lease(0);
		assert_eq!((l.order, l.bid, l.tenant, l.provider, l.escrow), (o, b1, ALICE, P1, 0));
		assert_eq!(
			(l.resources, l.price_per_block, l.started_at, l.ends_at),
			(small(), PRICE, 1, None)
		);
		assert_eq!(l.state, LeaseState::Active);
		assert_eq!(order(o).state, OrderState::Matched { lease: 0 });
		assert_eq!(order(o).bids, 0);
		// Capacity reserved, stream started at the bid's price to the provider.
		assert_eq!(MockRegistry::get(P1).reserved, small());
		assert_eq!(MockRegistry::get(P1).leases, 1);
		let stream = MockEscrow::stream(0).expect("streaming");
		assert_eq!((stream.payee, stream.rate, stream.settled_at), (P1, PRICE, 1));
		// Every deposit released, the winner's too.
		for p in [P1, P2, P3] {
			assert_eq!(held_bids(p), 0);
			assert_eq!(free(p), PROVIDER_FUNDS - BOND);
		}
		// Indexes: the order left "my orders", the lease is in "my leases" of both sides.
		assert_eq!(Market::orders_of(&ALICE), Vec::<u64>::new());
		assert_eq!(Market::leases_of_tenant(&ALICE), vec![0]);
		assert_eq!(Market::leases_of_provider(&P1), vec![0]);
		assert_eq!(LeaseOfEscrow::<Test>::get(0), Some(0));
		assert_eq!(
			Counts::<Test>::get(ALICE),
			IndexCounts { tenant_leases: 1, ..Default::default() }
		);
		assert_eq!(
			Counts::<Test>::get(P1),
			IndexCounts { provider_leases: 1, ..Default::default() }
		);
		assert_eq!(LeaseExpiries::<Test>::iter().count(), 0);
	});
}

#[test]
fn accept_bid_schedules_the_end_of_a_lease_with_a_duration() {
	ExtBuilder.build_and_execute(|| {
		run_to_block(5);
		let o = open_order(ALICE, Some(30));
		let b = bid(P1, o, PRICE);
		accept(ALICE, o, b);
		assert_eq!(lease(0).ends_at, Some(35));
		assert!(LeaseExpiries::<Test>::contains_key(35, 0));
	});
}

#[test]
fn accept_bid_fails_for_unknown_foreign_or_matched_orders() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Market::accept_bid(RuntimeOrigin::signed(ALICE), 0, 0),
			Error::<Test>::UnknownOrder
		);
		let o = open_order(ALICE, None);
		let b = bid(P1, o, PRICE);
		let b2 = bid(P2, o, PRICE);
		assert_noop!(
			Market::accept_bid(RuntimeOrigin::signed(BOB), o, b),
			Error::<Test>::NotOrderOwner
		);
		assert_noop!(
			Market::accept_bid(RuntimeOrigin::signed(P1), o, b),
			Error::<Test>::NotOrderOwner
		);
		accept(ALICE, o, b);
		assert_noop!(
			Market::accept_bid(RuntimeOrigin::signed(ALICE), o, b2),
			Error::<Test>::OrderNotOpen
		);
	});
}

#[test]
fn accept_bid_fails_for_unknown_or_foreign_bids() {
	ExtBuilder.build_and_execute(|| {
		let o1 = open_order(ALICE, None);
		let o2 = open_order(ALICE, None);
		let b = bid(P1, o2, PRICE);
		assert_noop!(
			Market::accept_bid(RuntimeOrigin::signed(ALICE), o1, 9),
			Error::<Test>::UnknownBid
		);
		assert_noop!(
			Market::accept_bid(RuntimeOrigin::signed(ALICE), o1, b),
			Error::<Test>::BidNotForOrder
		);
		assert_ok!(Market::withdraw_bid(RuntimeOrigin::signed(P1), b));
		assert_noop!(
			Market::accept_bid(RuntimeOrigin::signed(ALICE), o2, b),
			Error::<Test>::UnknownBid
		);
	});
}

#[test]
fn accept_bid_fails_when_the_provider_no_longer_matches() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		let b = bid(P1, o, PRICE);
		MockRegistry::set_active(P1, false);
		assert_noop!(
			Market::accept_bid(RuntimeOrigin::signed(ALICE), o, b),
			Error::<Test>::RequestNotMatched
		);
		MockRegistry::set_active(P1, true);

		// Its capacity went to other leases in the meantime.
		let mut most = big();
		most.cpu_millicores -= small().cpu_millicores - 1;
		assert_ok!(<MockRegistry as ProviderRegistry<_, _>>::reserve_capacity(&P1, &most));
		assert_noop!(
			Market::accept_bid(RuntimeOrigin::signed(ALICE), o, b),
			Error::<Test>::RequestNotMatched
		);
		assert_ok!(<MockRegistry as ProviderRegistry<_, _>>::release_capacity(&P1, &most));
		accept(ALICE, o, b);
	});
}

#[test]
fn accept_bid_respects_the_lease_limits() {
	ExtBuilder.build_and_execute(|| {
		for p in [P1, P2, P3] {
			lease_between(ALICE, p, None);
		}
		let o = open_order(ALICE, None);
		let b = bid(P4, o, PRICE);
		assert_noop!(
			Market::accept_bid(RuntimeOrigin::signed(ALICE), o, b),
			Error::<Test>::TooManyTenantLeases
		);

		// P4 bid while it had room; then it filled up.
		lease_between(BOB, P4, None);
		lease_between(BOB, P4, None);
		let o2 = open_order(CHARLIE, None);
		let b2 = bid(P4, o2, PRICE);
		lease_between(BOB, P4, None);
		assert_noop!(
			Market::accept_bid(RuntimeOrigin::signed(CHARLIE), o2, b2),
			Error::<Test>::TooManyProviderLeases
		);

		// Closing leases makes room again: one of Alice's, one of P4's.
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(ALICE), 0));
		assert_noop!(
			Market::accept_bid(RuntimeOrigin::signed(ALICE), o, b),
			Error::<Test>::TooManyProviderLeases
		);
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(P4), 5));
		accept(ALICE, o, b);
	});
}

#[test]
fn accept_bid_changes_nothing_when_the_escrow_cannot_stream() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		let b = bid(P1, o, PRICE);
		// The escrow account no longer pays one block (an escrow fault): the capacity reserved
		// just before is rolled back with the rest.
		crate::mock::EscrowAccounts::mutate(0, |a| a.as_mut().unwrap().balance = PRICE - 1);
		assert_noop!(
			Market::accept_bid(RuntimeOrigin::signed(ALICE), o, b),
			DispatchError::Other("cannot stream")
		);
		assert_eq!(MockRegistry::get(P1).leases, 0);
		crate::mock::EscrowAccounts::mutate(0, |a| a.as_mut().unwrap().balance = DEPOSIT);
	});
}

#[test]
fn accept_bid_reports_the_actual_weight() {
	ExtBuilder.build_and_execute(|| {
		use crate::WeightInfo;
		let o = open_order(ALICE, None);
		let b = bid(P1, o, PRICE);
		let info = Market::accept_bid(RuntimeOrigin::signed(ALICE), o, b).expect("accepts");
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::accept_bid(1)));
	});
}

#[test]
fn tenant_close_settles_refunds_and_releases() {
	ExtBuilder.build_and_execute(|| {
		let l = lease_between(ALICE, P1, Some(100));
		run_to_block(31);
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(ALICE), l));
		assert_eq!(
			events(),
			vec![Event::LeaseClosed {
				lease: l,
				tenant: ALICE,
				provider: P1,
				reason: CloseReason::Tenant,
				refund: DEPOSIT - 300,
				penalty: 0,
			}]
		);
		// 30 blocks at 10: the provider gets 270, the treasury 30, the tenant the rest back.
		assert_eq!(free(ALICE), TENANT_FUNDS - 300);
		assert_eq!(free(P1), PROVIDER_FUNDS - BOND + 270);
		assert_eq!(free(TREASURY), TREASURY_FUNDS + 30);
		assert_eq!(escrow_balance(0), None);
		assert_eq!(MockRegistry::get(P1).reserved, Resources::default());
		assert_eq!(MockRegistry::outcomes(), vec![(P1, LeaseOutcome::Completed)]);
		// The record stays with the reason; the order and every index entry are gone.
		assert_eq!(lease(l).state, LeaseState::Closed { at: 31, reason: CloseReason::Tenant });
		assert!(!crate::Orders::<Test>::contains_key(lease(l).order));
		assert!(!LeasesByTenant::<Test>::contains_key(ALICE, l));
		assert!(!LeasesByProvider::<Test>::contains_key(P1, l));
		assert!(!LeaseOfEscrow::<Test>::contains_key(0));
		assert_eq!(LeaseExpiries::<Test>::iter().count(), 0);
		assert!(!Counts::<Test>::contains_key(ALICE));
		assert!(!Counts::<Test>::contains_key(P1));
	});
}

#[test]
fn provider_closing_before_the_minimum_term_pays_the_penalty() {
	ExtBuilder.build_and_execute(|| {
		// The tenant has paid more than the penalty by then: the whole penalty is due.
		EarlyClosePenalty::set(100);
		let l = lease_between(ALICE, P1, None);
		run_to_block(1 + MIN_TERM - 1);
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(P1), l));
		let paid = PRICE * Balance::from(MIN_TERM - 1);
		const PENALTY: Balance = 100;
		assert!(paid > PENALTY);
		assert_eq!(
			events(),
			vec![Event::LeaseClosed {
				lease: l,
				tenant: ALICE,
				provider: P1,
				reason: CloseReason::Provider,
				refund: DEPOSIT - paid,
				penalty: PENALTY,
			}]
		);
		assert_eq!(free(ALICE), TENANT_FUNDS - paid + PENALTY);
		assert_eq!(MockRegistry::get(P1).bond, BOND - PENALTY);
		assert_eq!(free(P1), PROVIDER_FUNDS - BOND + paid - paid / 10);
		assert_eq!(MockRegistry::outcomes(), vec![(P1, LeaseOutcome::ClosedEarlyByProvider)]);
		assert_eq!(
			lease(l).state,
			LeaseState::Closed { at: MIN_TERM, reason: CloseReason::Provider }
		);
	});
}

#[test]
fn provider_closing_after_the_minimum_term_pays_no_penalty() {
	ExtBuilder.build_and_execute(|| {
		let l = lease_between(ALICE, P1, None);
		run_to_block(1 + MIN_TERM);
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(P1), l));
		assert_eq!(MockRegistry::get(P1).bond, BOND);
		assert_eq!(MockRegistry::outcomes(), vec![(P1, LeaseOutcome::Completed)]);
		assert_eq!(free(ALICE), TENANT_FUNDS - PRICE * Balance::from(MIN_TERM));
	});
}

#[test]
fn the_penalty_is_capped_by_the_bond() {
	ExtBuilder.build_and_execute(|| {
		EarlyClosePenalty::set(BOND * 2);
		ProviderMinimumTerm::set(1_000);
		let l = lease_between(ALICE, P1, None);
		// 600 blocks at 10: the tenant paid 6,000, more than the bond of 5,000.
		run_to_block(601);
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(P1), l));
		assert_eq!(MockRegistry::get(P1).bond, 0);
		assert_eq!(free(ALICE), TENANT_FUNDS - 6_000 + BOND);
		let Some(Event::LeaseClosed { penalty, .. }) = events().pop() else { panic!("closed") };
		assert_eq!(penalty, BOND);
	});
}

#[test]
fn a_refused_penalty_does_not_block_the_close() {
	ExtBuilder.build_and_execute(|| {
		let l = lease_between(ALICE, P1, None);
		run_to_block(3);
		MockRegistry::fail_slash(true);
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(P1), l));
		assert_eq!(
			events(),
			vec![Event::LeaseClosed {
				lease: l,
				tenant: ALICE,
				provider: P1,
				reason: CloseReason::Provider,
				refund: DEPOSIT - 20,
				penalty: 0,
			}]
		);
		assert_eq!(MockRegistry::get(P1).bond, BOND);
		assert_eq!(MockRegistry::outcomes(), vec![(P1, LeaseOutcome::ClosedEarlyByProvider)]);
	});
}

#[test]
fn a_refused_release_does_not_block_the_close() {
	ExtBuilder.build_and_execute(|| {
		let l = lease_between(ALICE, P1, None);
		MockRegistry::fail_release(true);
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(ALICE), l));
		assert_eq!(
			events(),
			vec![
				Event::CapacityReleaseFailed {
					lease: l,
					provider: P1,
					// `DispatchError::Other` keeps no message once stored.
					error: DispatchError::Other(""),
				},
				Event::LeaseClosed {
					lease: l,
					tenant: ALICE,
					provider: P1,
					reason: CloseReason::Tenant,
					refund: DEPOSIT,
					penalty: 0,
				},
			]
		);
		assert_eq!(free(ALICE), TENANT_FUNDS);
		// The registry's books need fixing by hand, as the event says.
		MockRegistry::fail_release(false);
		assert_ok!(<MockRegistry as ProviderRegistry<_, _>>::release_capacity(&P1, &small()));
	});
}

#[test]
fn close_lease_fails_for_unknown_closed_or_foreign_leases() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Market::close_lease(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::UnknownLease
		);
		let l = lease_between(ALICE, P1, None);
		assert_noop!(
			Market::close_lease(RuntimeOrigin::signed(CHARLIE), l),
			Error::<Test>::NotLeaseParty
		);
		assert_noop!(
			Market::close_lease(RuntimeOrigin::signed(P2), l),
			Error::<Test>::NotLeaseParty
		);
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(ALICE), l));
		assert_noop!(
			Market::close_lease(RuntimeOrigin::signed(ALICE), l),
			Error::<Test>::LeaseNotActive
		);
		assert_noop!(
			Market::close_lease(RuntimeOrigin::signed(P1), l),
			Error::<Test>::LeaseNotActive
		);
	});
}

#[test]
fn close_lease_changes_nothing_when_the_escrow_refuses() {
	ExtBuilder.build_and_execute(|| {
		let l = lease_between(ALICE, P1, None);
		MockEscrow::fail_close(true);
		assert_noop!(
			Market::close_lease(RuntimeOrigin::signed(P1), l),
			DispatchError::Other("close refused")
		);
		MockEscrow::fail_close(false);
	});
}

#[test]
fn governance_closes_without_penalty_or_outcome() {
	ExtBuilder.build_and_execute(|| {
		let l = lease_between(ALICE, P1, None);
		run_to_block(3);
		assert_noop!(
			Market::force_close_lease(RuntimeOrigin::signed(ALICE), l),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Market::force_close_lease(RuntimeOrigin::root(), 5),
			Error::<Test>::UnknownLease
		);
		assert_ok!(Market::force_close_lease(RuntimeOrigin::root(), l));
		assert_eq!(
			events(),
			vec![Event::LeaseClosed {
				lease: l,
				tenant: ALICE,
				provider: P1,
				reason: CloseReason::Governance,
				refund: DEPOSIT - 20,
				penalty: 0,
			}]
		);
		assert_eq!(MockRegistry::get(P1).bond, BOND);
		assert_eq!(MockRegistry::outcomes(), vec![]);
		assert_eq!(lease(l).state, LeaseState::Closed { at: 3, reason: CloseReason::Governance });
		assert_noop!(
			Market::force_close_lease(RuntimeOrigin::root(), l),
			Error::<Test>::LeaseNotActive
		);
	});
}

#[test]
fn anyone_may_top_up_an_active_lease() {
	ExtBuilder.build_and_execute(|| {
		let l = lease_between(ALICE, P1, None);
		assert_ok!(Market::top_up(RuntimeOrigin::signed(CHARLIE), l, 500));
		assert_eq!(events(), vec![Event::ToppedUp { lease: l, from: CHARLIE, amount: 500 }]);
		assert_eq!(escrow_balance(0), Some(DEPOSIT + 500));
		assert_eq!(free(CHARLIE), TENANT_FUNDS - 500);
		// The refund goes to the tenant.
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(ALICE), l));
		assert_eq!(free(ALICE), TENANT_FUNDS + 500);
	});
}

#[test]
fn top_up_fails_for_zero_unknown_closed_or_unpaid() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Market::top_up(RuntimeOrigin::signed(CHARLIE), 0, 500),
			Error::<Test>::UnknownLease
		);
		let l = lease_between(ALICE, P1, None);
		assert_noop!(
			Market::top_up(RuntimeOrigin::signed(CHARLIE), l, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			Market::top_up(RuntimeOrigin::signed(CHARLIE), l, TENANT_FUNDS + 1),
			TokenError::FundsUnavailable
		);
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(ALICE), l));
		assert_noop!(
			Market::top_up(RuntimeOrigin::signed(CHARLIE), l, 500),
			Error::<Test>::LeaseNotActive
		);
	});
}
