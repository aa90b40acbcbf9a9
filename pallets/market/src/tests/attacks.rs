//! The marketplace read as an attacker would: a provider draining its bond through a tenant it
//! controls, providers squatting an order's bid slots, GPUs booked twice, free permanent records
//! and laundered reputation, expiry backlogs. Each test is named for the attack it closes.

use super::*;
use crate::{
	BidEnd, Bids, Call, CloseReason, Error, Event, LeaseExpiries, LeaseGpus, LeasePurges,
	LeaseState, Leases, WeightInfo,
};
use deinfra_primitives::{GpuRequirement, LeaseOutcome};
use frame_support::{assert_noop, assert_ok, dispatch::GetDispatchInfo, weights::Weight};

/// A generous `on_idle` budget.
fn plenty() -> Weight {
	Weight::from_parts(u64::MAX / 4, u64::MAX / 4)
}

// ---------------------------------------------------------------------------------------------
// 1. Early-close penalties as a withdrawal path.

#[test]
fn self_dealt_leases_closed_early_at_once_cannot_drain_the_bond_attack_bond_drain() {
	ExtBuilder.build_and_execute(|| {
		// P1's second account BOB opens tiny orders that P1 wins, then P1 closes them all in
		// the block they started: each would have paid PENALTY out of the bond before.
		let mut leases = vec![];
		for _ in 0..MAX_TENANT_LEASES {
			leases.push(lease_between(BOB, P1, None));
		}
		let bob = free(BOB);
		for l in leases {
			assert_ok!(Market::close_lease(RuntimeOrigin::signed(P1), l));
			let Some(Event::LeaseClosed { penalty, .. }) = events().pop() else { panic!() };
			assert_eq!(penalty, 0, "nothing was paid on the lease, so nothing is owed");
		}
		assert_eq!(MockRegistry::get(P1).bond, BOND);
		assert_eq!(free(BOB), bob + 3 * DEPOSIT, "only the deposits came back");
	});
}

#[test]
fn early_close_penalty_is_what_the_tenant_paid_up_to_the_parameter() {
	ExtBuilder.build_and_execute(|| {
		let a = lease_between(ALICE, P1, None);
		let b = lease_between(BOB, P1, None);
		run_to_block(11);
		// 10 blocks at 10 = 100 paid on each lease, below PENALTY.
		const { assert!(100 < PENALTY) };
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(P1), a));
		assert_eq!(free(ALICE), TENANT_FUNDS - 100 + 100);
		assert_eq!(Market::early_close_penalty(100), 100);
		assert_eq!(Market::early_close_penalty(PENALTY * 3), PENALTY);
		// Bob's lease pays long enough for the parameter to bind.
		ProviderMinimumTerm::set(1_000);
		run_to_block(101);
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(P1), b));
		let Some(Event::LeaseClosed { penalty, .. }) = events().pop() else { panic!() };
		assert_eq!(penalty, PENALTY);
		assert_eq!(MockRegistry::get(P1).bond, BOND - 100 - PENALTY);
		assert_eq!(
			MockRegistry::outcomes(),
			vec![
				(P1, LeaseOutcome::ClosedEarlyByProvider),
				(P1, LeaseOutcome::ClosedEarlyByProvider)
			]
		);
	});
}

// ---------------------------------------------------------------------------------------------
// 2. Bid-slot squatting.

/// Fills order `o`'s slots with bids of P1..P4 and returns their ids.
fn fill_slots(o: crate::OrderId) -> Vec<crate::BidId> {
	assert_eq!(MAX_BIDS, 4);
	[P1, P2, P3, P4].into_iter().map(|p| bid(p, o, PRICE)).collect()
}

#[test]
fn squatters_in_maintenance_can_be_dropped_by_anyone_attack_bid_squatting() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		let squats = fill_slots(o);
		for p in [P1, P2, P3, P4] {
			MockRegistry::set_active(p, false);
		}
		assert_noop!(
			Market::place_bid(RuntimeOrigin::signed(P5), o, PRICE),
			Error::<Test>::TooManyBids
		);
		assert_noop!(
			Market::accept_bid(RuntimeOrigin::signed(ALICE), o, squats[0]),
			Error::<Test>::RequestNotMatched
		);
		events();
		// An honest provider (or anyone) clears the dead bids; their deposits go back.
		for (b, p) in squats.iter().zip([P1, P2, P3, P4]) {
			assert_ok!(Market::drop_bid(RuntimeOrigin::signed(P5), *b));
			assert_eq!(
				events(),
				vec![Event::BidClosed {
					bid: *b,
					order: o,
					provider: p,
					deposit: BID_HOLD,
					end: BidEnd::ProviderInactive
				}]
			);
			assert_eq!(held_bids(p), 0);
		}
		assert_eq!(order(o).bids, 0);
		let honest = bid(P5, o, PRICE);
		accept(ALICE, o, honest);
	});
}

#[test]
fn tenant_rejects_bids_to_free_its_order_attack_bid_squatting() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		let squats = fill_slots(o);
		assert_noop!(
			Market::reject_bid(RuntimeOrigin::signed(BOB), squats[0]),
			Error::<Test>::NotOrderOwner
		);
		assert_noop!(
			Market::reject_bid(RuntimeOrigin::signed(ALICE), 99),
			Error::<Test>::UnknownBid
		);
		events();
		assert_ok!(Market::reject_bid(RuntimeOrigin::signed(ALICE), squats[0]));
		assert_eq!(
			events(),
			vec![Event::BidClosed {
				bid: squats[0],
				order: o,
				provider: P1,
				deposit: BID_HOLD,
				end: BidEnd::Rejected
			}]
		);
		assert!(!Bids::<Test>::contains_key(squats[0]));
		assert_eq!(held_bids(P1), 0);
		assert_eq!(free(P1), PROVIDER_FUNDS - BOND);
		assert_eq!(order(o).bids, 3);
		// The slot is free for another provider; a rejected provider may bid again.
		bid(P5, o, PRICE);
		assert_noop!(
			Market::place_bid(RuntimeOrigin::signed(P1), o, PRICE),
			Error::<Test>::TooManyBids
		);
	});
}

#[test]
fn drop_bid_fails_while_the_bid_is_valid() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		let b = bid(P1, o, PRICE);
		assert_noop!(
			Market::drop_bid(RuntimeOrigin::signed(CHARLIE), b),
			Error::<Test>::BidStillValid
		);
		assert_noop!(
			Market::drop_bid(RuntimeOrigin::signed(CHARLIE), 7),
			Error::<Test>::UnknownBid
		);
		run_to_block(BID_STANDS);
		assert_noop!(
			Market::drop_bid(RuntimeOrigin::signed(CHARLIE), b),
			Error::<Test>::BidStillValid
		);
	});
}

#[test]
fn an_expired_bid_cannot_be_accepted_and_anyone_may_drop_it() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		let b = bid(P1, o, PRICE);
		run_to_block(1 + BID_STANDS);
		assert_noop!(
			Market::accept_bid(RuntimeOrigin::signed(ALICE), o, b),
			Error::<Test>::BidExpired
		);
		events();
		assert_ok!(Market::drop_bid(RuntimeOrigin::signed(CHARLIE), b));
		assert_eq!(
			events(),
			vec![Event::BidClosed {
				bid: b,
				order: o,
				provider: P1,
				deposit: BID_HOLD,
				end: BidEnd::Expired
			}]
		);
		// The provider may bid again, and a fresh bid can be accepted.
		let again = bid(P1, o, PRICE);
		accept(ALICE, o, again);
	});
}

#[test]
fn a_longer_bid_ttl_applies_to_standing_bids() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		let b = bid(P1, o, PRICE);
		run_to_block(1 + BID_STANDS);
		BidTtl::set(BID_STANDS * 2);
		accept(ALICE, o, b);
	});
}

// ---------------------------------------------------------------------------------------------
// 3. GPUs booked twice.

/// A request for `count` GPUs of `model` and [`small`] capacity.
fn gpu_request(model: &str, count: u32) -> ResourceRequest {
	let mut r = request();
	r.resources.gpus = count;
	r.gpu = Some(GpuRequirement {
		model: model.as_bytes().to_vec().try_into().unwrap(),
		min_vram_gib: 0,
		count,
	});
	r
}

fn gpu_order(tenant: AccountId, model: &str, count: u32) -> crate::OrderId {
	let id = crate::NextOrderId::<Test>::get();
	assert_ok!(Market::create_order(
		RuntimeOrigin::signed(tenant),
		gpu_request(model, count).into(),
		MAX_PRICE,
		DEPOSIT,
		None
	));
	id
}

#[test]
fn two_leases_never_get_the_same_gpus_attack_gpu_double_booking() {
	ExtBuilder.build_and_execute(|| {
		// P1 lists 2 × H100 and 2 × A100 (its capacity has 4 GPUs).
		MockRegistry::set_gpu_kinds(P1, &[("h100", 2), ("a100", 2)]);
		let first = gpu_order(ALICE, "h100", 2);
		let b = bid(P1, first, PRICE);
		let l = accept(ALICE, first, b);
		assert_eq!(LeaseGpus::<Test>::get(l).map(|m| m.into_inner()), Some(b"h100".to_vec()));
		// Two GPUs are still free at P1, but they are A100s.
		let second = gpu_order(BOB, "h100", 2);
		assert_noop!(
			Market::place_bid(RuntimeOrigin::signed(P1), second, PRICE),
			Error::<Test>::RequestNotMatched
		);
		let a100 = gpu_order(BOB, "a100", 2);
		let b2 = bid(P1, a100, PRICE);
		let l2 = accept(BOB, a100, b2);
		assert_eq!(LeaseGpus::<Test>::get(l2).map(|m| m.into_inner()), Some(b"a100".to_vec()));
		// Closing the first lease frees its H100s.
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(ALICE), l));
		assert!(!LeaseGpus::<Test>::contains_key(l));
		bid(P1, second, PRICE);
	});
}

#[test]
fn a_request_for_gpus_without_a_gpu_requirement_is_invalid() {
	ExtBuilder.build_and_execute(|| {
		let mut r = request();
		r.resources.gpus = 1;
		assert_noop!(
			Market::create_order(RuntimeOrigin::signed(ALICE), r.into(), MAX_PRICE, DEPOSIT, None),
			Error::<Test>::InvalidRequest
		);
	});
}

// ---------------------------------------------------------------------------------------------
// 4. Free permanent records and reputation laundering.

#[test]
fn a_self_dealt_lease_shorter_than_the_minimum_term_builds_no_reputation() {
	ExtBuilder.build_and_execute(|| {
		let l = lease_between(BOB, P1, None);
		run_to_block(MIN_TERM);
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(BOB), l));
		assert_eq!(MockRegistry::outcomes(), vec![]);
		// A lease that ran its term and paid counts.
		let l = lease_between(BOB, P1, None);
		run_to_block(2 * MIN_TERM);
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(BOB), l));
		assert_eq!(MockRegistry::outcomes(), vec![(P1, LeaseOutcome::Completed)]);
	});
}

#[test]
fn closed_lease_records_are_purged_after_the_retention_period() {
	ExtBuilder.build_and_execute(|| {
		IdleWeight::set(plenty());
		let l = lease_between(ALICE, P1, None);
		run_to_block(5);
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(ALICE), l));
		let due = 5 + RETENTION + 1;
		assert_eq!(LeasePurges::<Test>::iter_keys().collect::<Vec<_>>(), vec![(due, l)]);
		events();
		run_to_block(due - 1);
		assert_eq!(lease(l).state, LeaseState::Closed { at: 5, reason: CloseReason::Tenant });
		run_to_block(due);
		assert!(!Leases::<Test>::contains_key(l));
		assert_eq!(LeasePurges::<Test>::iter().count(), 0);
		assert_eq!(events(), vec![Event::LeasePurged { lease: l }]);
	});
}

#[test]
fn purging_waits_for_spare_weight() {
	ExtBuilder.build_and_execute(|| {
		let l = lease_between(ALICE, P1, None);
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(ALICE), l));
		run_to_block(RETENTION + 10);
		assert!(Leases::<Test>::contains_key(l), "blocks were full: no purge");
		// Room for one purge (plus the cursor reads) in a block.
		IdleWeight::set(
			<Test as frame_system::Config>::DbWeight::get()
				.reads(2)
				.saturating_add(Market::purge_weight().saturating_mul(2)),
		);
		run_to_block(RETENTION + 11);
		assert!(!Leases::<Test>::contains_key(l));
	});
}

// ---------------------------------------------------------------------------------------------
// 6. Expiry backlogs and up-front weights.

#[test]
fn an_expiry_backlog_drains_in_spare_weight_attack_expiry_backlog() {
	ExtBuilder.build_and_execute(|| {
		MaxExpiriesPerBlock::set(1);
		let leases: Vec<_> = [ALICE, BOB, CHARLIE].map(|t| lease_between(t, P1, Some(10))).into();
		// Full blocks: one expiry per block.
		run_to_block(11);
		assert_eq!(LeaseExpiries::<Test>::iter().count(), 2);
		// Spare weight: the rest goes at once.
		IdleWeight::set(plenty());
		run_to_block(12);
		assert_eq!(LeaseExpiries::<Test>::iter().count(), 0);
		for l in leases {
			assert!(!lease(l).is_active());
		}
	});
}

#[test]
fn cancel_order_and_accept_bid_weigh_the_bound_of_bids_not_todays_limit() {
	ExtBuilder.build_and_execute(|| {
		let cancel = Call::<Test>::cancel_order { order: 0 }.get_dispatch_info().call_weight;
		assert_eq!(cancel, <() as WeightInfo>::cancel_order(MAX_BIDS_BOUND));
		let accept = Call::<Test>::accept_bid { order: 0, bid: 0 }.get_dispatch_info().call_weight;
		assert_eq!(accept, <() as WeightInfo>::accept_bid(MAX_BIDS_BOUND));
		assert!(MAX_BIDS_BOUND > MaxBidsPerOrder::get());
	});
}

#[test]
fn oversized_request_fields_get_named_errors_instead_of_failing_to_decode() {
	use crate::{GpuInput, RequestInput};
	use codec::{Decode, Encode};
	ExtBuilder.build_and_execute(|| {
		let base: RequestInput = request().into();
		let create = |r: RequestInput| {
			Market::create_order(RuntimeOrigin::signed(ALICE), r, MAX_PRICE, DEPOSIT, None)
		};
		let region = RequestInput { region: Some(b"DE-BERLIN".to_vec()), ..base.clone() };
		assert_noop!(create(region), Error::<Test>::RegionTooLong);
		let mut gpu = base.clone();
		gpu.resources.gpus = 1;
		gpu.gpu = Some(GpuInput { model: vec![b'h'; 33], min_vram_gib: 0, count: 1 });
		assert_noop!(create(gpu), Error::<Test>::GpuModelTooLong);
		let many = RequestInput {
			attributes: (0..9u8).map(|i| (vec![i], vec![i])).collect(),
			..base.clone()
		};
		assert_noop!(create(many), Error::<Test>::TooManyAttributes);
		let long = RequestInput { attributes: vec![(vec![b'k'; 65], vec![1])], ..base.clone() };
		assert_noop!(create(long), Error::<Test>::AttributeTooLong);
		// Such a call decodes (it did not before: the bounded fields refused it).
		let call = Call::<Test>::create_order {
			request: RequestInput { region: Some(vec![b'X'; 200]), ..base.clone() },
			max_price_per_block: MAX_PRICE,
			deposit: DEPOSIT,
			duration: None,
		};
		assert!(Call::<Test>::decode(&mut &call.encode()[..]).is_ok());
		// The same request within bounds is stored as it was given.
		let o = open_order(ALICE, None);
		assert_eq!(RequestInput::from(order(o).request), base);
	});
}
