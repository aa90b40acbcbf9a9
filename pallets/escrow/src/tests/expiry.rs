//! On-chain expiry: overdrawn accounts, grace, revival, closing, and the hook's bounded work.

use super::*;
use crate::{weights::WeightInfo, CloseReason, Error, Event, IncompleteSince};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Preservation},
		Hooks,
	},
	weights::Weight,
};

fn item_weight() -> Weight {
	<() as WeightInfo>::expire_overdrawn().max(<() as WeightInfo>::expire_closed())
}

fn hook_weight(blocks: u32, items: u64) -> Weight {
	<() as WeightInfo>::on_initialize_scan(blocks).saturating_add(item_weight() * items)
}

#[test]
fn account_is_marked_overdrawn_at_paid_through() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		run_to_block(100);
		assert_eq!(status(id), Some(StreamStatus::Active { expires_at: 101 }));
		assert_eq!(api_runway(id), Some(1));
		assert_eq!(events(), vec![]);

		let weight = run_to_block(101);
		assert_eq!(
			events(),
			vec![
				Event::Settled { account: id, payee: BOB, paid: 900, fee: 100, remaining: 0 },
				Event::Overdrawn { account: id, grace_ends: 111 },
			]
		);
		assert_eq!(status(id), Some(StreamStatus::Overdrawn { since: 101, grace_ends: 111 }));
		assert_eq!(entries_of(id), vec![111]);
		assert_eq!(free(BOB), BOB_FUNDS + 900);
		assert_eq!(free(TREASURY), TREASURY_FUNDS + 100);
		assert_eq!(held(), 0);
		assert_eq!(api_runway(id), Some(0));
		assert_eq!(weight, hook_weight(1, 1));
	});
}

#[test]
fn top_up_within_grace_revives_the_stream_and_pays_the_debt() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		run_to_block(105);
		events();
		// The stream kept earning during the grace period: 4 blocks are owed, unfunded.
		assert_eq!(api_owed(id), Some(0));

		assert_ok!(Escrow::deposit(RuntimeOrigin::signed(CHARLIE), id, 500));
		assert_eq!(
			events(),
			vec![
				Event::Deposited { account: id, from: CHARLIE, amount: 500 },
				Event::Settled { account: id, payee: BOB, paid: 36, fee: 4, remaining: 460 },
				Event::Revived { account: id, paid_through: 151 },
			]
		);
		assert_eq!(status(id), Some(StreamStatus::Active { expires_at: 151 }));
		assert_eq!(entries_of(id), vec![151]);
		assert_eq!(free(BOB), BOB_FUNDS + 936);
		assert_eq!(free(TREASURY), TREASURY_FUNDS + 104);
		assert_eq!(held(), 460);

		// Nothing happens at the old grace end.
		run_to_block(111);
		assert!(Accounts::<Test>::contains_key(id));
		assert_eq!(exhausted(), Vec::<AccountIndex>::new());
		// It runs out again at 151.
		run_to_block(151);
		assert_eq!(status(id), Some(StreamStatus::Overdrawn { since: 151, grace_ends: 161 }));
	});
}

#[test]
fn insufficient_top_up_keeps_the_account_overdrawn() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		run_to_block(105);
		events();
		// 40 owed; 45 pays that and half a block.
		assert_ok!(Escrow::deposit(RuntimeOrigin::signed(CHARLIE), id, 45));
		assert_eq!(
			events(),
			vec![
				Event::Deposited { account: id, from: CHARLIE, amount: 45 },
				Event::Settled { account: id, payee: BOB, paid: 36, fee: 4, remaining: 5 },
			]
		);
		assert_eq!(status(id), Some(StreamStatus::Overdrawn { since: 101, grace_ends: 111 }));
		assert_eq!(entries_of(id), vec![111]);

		run_to_block(111);
		// The payee keeps the last 5 too; nothing is left to refund.
		assert_eq!(free(BOB), BOB_FUNDS + 900 + 36 + 5);
		assert!(!Accounts::<Test>::contains_key(id));
		assert_eq!(exhausted(), vec![id]);
	});
}

#[test]
fn stream_is_closed_after_grace_with_insufficient_funds_and_the_market_is_told() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		run_to_block(110);
		assert!(Accounts::<Test>::contains_key(id));
		assert_eq!(exhausted(), Vec::<AccountIndex>::new());
		events();

		let weight = run_to_block(111);
		assert_eq!(
			events(),
			vec![
				Event::StreamStopped { account: id, payee: BOB },
				Event::Closed {
					account: id,
					owner: ALICE,
					refund: 0,
					reason: CloseReason::InsufficientFunds
				},
			]
		);
		assert_eq!(exhausted(), vec![id]);
		assert!(!Accounts::<Test>::contains_key(id));
		assert!(entries_of(id).is_empty());
		assert_eq!(held(), 0);
		assert_eq!(free(ALICE), ALICE_FUNDS - 1_000);
		assert_eq!(free(BOB), BOB_FUNDS + 900);
		assert_eq!(free(TREASURY), TREASURY_FUNDS + 100);
		assert_eq!(weight, hook_weight(1, 1));
		// Closed for good.
		assert_noop!(api_deposit(ALICE, id, 500), Error::<Test>::AccountClosed);
	});
}

#[test]
fn a_grace_period_of_zero_closes_at_the_next_block() {
	ExtBuilder::default().build_and_execute(|| {
		GracePeriod::set(0);
		let id = open_streaming(1_000, 10);
		run_to_block(101);
		assert_eq!(status(id), Some(StreamStatus::Overdrawn { since: 101, grace_ends: 102 }));
		run_to_block(102);
		assert_eq!(exhausted(), vec![id]);
	});
}

#[test]
fn only_exhausted_accounts_are_closed() {
	ExtBuilder::default().build_and_execute(|| {
		let short = open_streaming(100, 10);
		let long = open_streaming(10_000, 10);
		let idle = api_open(ALICE, 500).unwrap();
		run_to_block(30);
		assert_eq!(exhausted(), vec![short]);
		assert!(Accounts::<Test>::contains_key(long));
		assert!(Accounts::<Test>::contains_key(idle));
		assert_eq!(held(), 10_000 + 500);
	});
}

#[test]
fn expiries_beyond_the_per_block_cap_carry_over() {
	ExtBuilder::default().build_and_execute(|| {
		MaxExpiriesPerBlock::set(2);
		let ids: Vec<_> = (0..5).map(|_| open_streaming(100, 10)).collect();
		assert!(ids.iter().all(|id| entries_of(*id) == vec![11]));
		let overdrawn = || ids.iter().filter(|id| status(**id).unwrap().is_overdrawn()).count();

		let weight = run_to_block(11);
		assert_eq!(overdrawn(), 2);
		assert_eq!(IncompleteSince::<Test>::get(), Some(11));
		assert_eq!(weight, hook_weight(1, 2));

		let weight = run_to_block(12);
		assert_eq!(overdrawn(), 4);
		assert_eq!(IncompleteSince::<Test>::get(), Some(11));
		assert_eq!(weight, hook_weight(1, 2));

		// One left at block 11; then block 12 is looked at, which is as many blocks as allowed.
		let weight = run_to_block(13);
		assert_eq!(overdrawn(), 5);
		assert_eq!(IncompleteSince::<Test>::get(), Some(13));
		assert_eq!(weight, hook_weight(2, 1));

		run_to_block(14);
		assert_eq!(IncompleteSince::<Test>::get(), None);
		// Each got its grace period from when it was found.
		let grace_ends: Vec<_> = ids.iter().map(|id| status(*id).unwrap().scheduled_at()).collect();
		let mut sorted = grace_ends.clone();
		sorted.sort();
		assert_eq!(sorted, vec![21, 21, 22, 22, 23]);
		run_to_block(30);
		let mut closed = exhausted();
		closed.sort();
		assert_eq!(closed, ids);
		assert_eq!(held(), 0);
	});
}

#[test]
fn deposit_moves_the_expiry_entry_without_leaving_stale_entries() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(100, 10);
		for (block, top_up, paid_through) in [(3, 100, 21), (5, 50, 26), (20, 1_000, 126)] {
			run_to_block(block);
			assert_ok!(api_deposit(CHARLIE, id, top_up));
			assert_eq!(entries_of(id), vec![paid_through]);
			assert_eq!(status(id), Some(StreamStatus::Active { expires_at: paid_through }));
		}
		assert_eq!(Expiries::<Test>::iter().count(), 1);
		run_to_block(126);
		assert_eq!(entries_of(id), vec![136]);
		assert_eq!(Expiries::<Test>::iter().count(), 1);
	});
}

#[test]
fn on_initialize_weight_does_not_grow_with_the_number_of_open_accounts() {
	const FUNDER: AccountId = 5;
	let weight_with = |accounts: u32| {
		let mut weight = Weight::zero();
		ExtBuilder::default().with_balance(FUNDER, 1_000_000_000_000).build_and_execute(|| {
			for i in 0..accounts {
				let id = api_open(FUNDER, 10_000).unwrap();
				// Half stream (expiring far away), half just hold funds.
				if i % 2 == 0 {
					assert_ok!(api_start(id, BOB, 1));
				}
			}
			// Two accounts expire at block 3, as in both cases.
			let a = open_streaming(20, 10);
			let b = open_streaming(20, 10);
			System::set_block_number(2);
			assert_eq!(Escrow::on_initialize(2), hook_weight(1, 0));
			System::set_block_number(3);
			weight = Escrow::on_initialize(3);
			assert!(status(a).unwrap().is_overdrawn() && status(b).unwrap().is_overdrawn());
		});
		weight
	};
	let small = weight_with(10);
	let large = weight_with(10_000);
	assert_eq!(small, large);
	assert_eq!(large, hook_weight(1, 2));
}

#[test]
fn on_initialize_work_is_capped_however_many_accounts_expire_together() {
	ExtBuilder::default().build_and_execute(|| {
		let ids: Vec<_> = (0..50).map(|_| open_streaming(100, 10)).collect();
		run_to_block(10);
		System::set_block_number(11);
		let weight = Escrow::on_initialize(11);
		assert_eq!(weight, hook_weight(1, 5));
		assert_eq!(ids.iter().filter(|id| status(**id).unwrap().is_overdrawn()).count(), 5);
		// All are handled eventually, five per block.
		run_to_block(20);
		assert!(ids.iter().all(|id| status(*id).unwrap().is_overdrawn()));
	});
}

#[test]
fn the_hook_starts_at_the_current_block() {
	ExtBuilder::default().build_and_execute(|| {
		// As after a runtime upgrade that adds the pallet at a high block.
		System::set_block_number(1_000_000);
		assert_eq!(Escrow::on_initialize(1_000_000), hook_weight(1, 0));
		assert_eq!(IncompleteSince::<Test>::get(), None);
	});
}

#[test]
fn an_expiry_that_cannot_pay_is_deferred_not_stuck() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(100, 10);
		run_to_block(10);
		events();
		// Something outside the escrow's rules released half its hold (never expected): the
		// settlement at expiry cannot be paid.
		let reason: RuntimeHoldReason = crate::HoldReason::Escrow.into();
		assert_ok!(Balances::release(&reason, &Escrow::account_id(), 50, Precision::Exact));
		System::set_block_number(11);
		Escrow::on_initialize(11);
		let deferred = events();
		assert!(deferred.iter().any(|e| matches!(
			e,
			Event::ExpiryDeferred { account, retry_at: 21, .. } if *account == id
		)));
		assert_eq!(status(id), Some(StreamStatus::Overdrawn { since: 11, grace_ends: 21 }));
		assert_eq!(entries_of(id), vec![21]);
		// Nothing was paid.
		assert_eq!(held(), 50);
		assert_eq!(free(BOB), BOB_FUNDS);
		// Once the hold is whole again, the retry closes it.
		assert_ok!(Balances::transfer_and_hold(
			&reason,
			&CHARLIE,
			&Escrow::account_id(),
			50,
			Precision::Exact,
			Preservation::Preserve,
			Fortitude::Polite
		));
		run_to_block(21);
		assert!(!Accounts::<Test>::contains_key(id));
		assert_eq!(exhausted(), vec![id]);
		assert_eq!(free(BOB), BOB_FUNDS + 90);
		assert_eq!(free(TREASURY), TREASURY_FUNDS + 10);
	});
}

/// `n` accounts of Alice streaming 10 per block to Bob, all funded through block 11.
fn expiring_at_11(n: usize) -> Vec<AccountIndex> {
	(0..n).map(|_| open_streaming(100, 10)).collect()
}

fn overdrawn(ids: &[AccountIndex]) -> usize {
	ids.iter().filter(|id| status(**id).is_some_and(|s| s.is_overdrawn())).count()
}

#[test]
fn with_one_expiry_per_block_the_hook_alone_never_catches_up() {
	ExtBuilder::default().build_and_execute(|| {
		MaxExpiriesPerBlock::set(1);
		let ids = expiring_at_11(5);
		run_to_block(15);
		assert_eq!(overdrawn(&ids), 5);
		// One block of the index per block, and a block with an entry takes two (one to
		// process it, one to find it empty): the cursor stays behind for good.
		for n in 16..80 {
			run_to_block(n);
			let cursor = IncompleteSince::<Test>::get().expect("a backlog");
			assert!(n - cursor >= 4, "at block {n} the hook is at {cursor}");
		}
	});
}

#[test]
fn on_idle_works_off_the_backlog_a_cap_of_one_leaves() {
	ExtBuilder::default().build_and_execute(|| {
		MaxExpiriesPerBlock::set(1);
		let ids = expiring_at_11(20);
		run_to_block(11);
		assert_eq!(overdrawn(&ids), 1);
		assert_eq!(IncompleteSince::<Test>::get(), Some(11));

		// Ample spare weight: the rest of block 11's entries, and the index is up to date.
		assert_eq!(run_idle(Weight::MAX), hook_weight(1, 19));
		assert_eq!(overdrawn(&ids), 20);
		assert_eq!(IncompleteSince::<Test>::get(), None);
		// Each got its grace period from when it was found: all at once.
		assert!(ids.iter().all(|id| entries_of(*id) == vec![21]));

		// With `on_idle` every block, the grace ends are handled on time too.
		for n in 12..=21 {
			run_to_block(n);
			run_idle(Weight::MAX);
		}
		assert_eq!(IncompleteSince::<Test>::get(), None);
		let mut closed = exhausted();
		closed.sort();
		assert_eq!(closed, ids);
	});
}

#[test]
fn on_idle_catches_up_a_hook_that_fell_behind() {
	ExtBuilder::default().build_and_execute(|| {
		MaxExpiriesPerBlock::set(1);
		let ids = expiring_at_11(5);
		run_to_block(40);
		assert!(IncompleteSince::<Test>::get().is_some());
		run_idle(Weight::MAX);
		assert_eq!(IncompleteSince::<Test>::get(), None);
		// Every grace period (ending at 21 to 25) has ended: all are closed.
		let mut closed = exhausted();
		closed.sort();
		assert_eq!(closed, ids);
		assert_eq!(held(), 0);
	});
}

#[test]
fn on_idle_processes_only_as_many_entries_as_the_weight_pays_for() {
	ExtBuilder::default().build_and_execute(|| {
		MaxExpiriesPerBlock::set(1);
		let ids = expiring_at_11(20);
		run_to_block(11);
		// Three entries' worth, and a little less than a fourth.
		let limit = hook_weight(1, 3)
			.saturating_add(item_weight().saturating_sub(Weight::from_parts(1, 1)));
		assert_eq!(run_idle(limit), hook_weight(1, 3));
		assert_eq!(overdrawn(&ids), 4);
		assert_eq!(IncompleteSince::<Test>::get(), Some(11));
		// Not even one entry's worth: nothing but reading the cursor.
		let read = <Test as frame_system::Config>::DbWeight::get().reads(1);
		assert_eq!(run_idle(hook_weight(1, 1).saturating_sub(Weight::from_parts(1, 1))), read);
		assert_eq!(overdrawn(&ids), 4);
		assert_eq!(IncompleteSince::<Test>::get(), Some(11));
	});
}

#[test]
fn on_idle_with_no_weight_left_does_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		MaxExpiriesPerBlock::set(1);
		let ids = expiring_at_11(3);
		run_to_block(11);
		events();
		let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
		assert_eq!(run_idle(Weight::zero()), Weight::zero());
		assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), root);
		assert_eq!(overdrawn(&ids), 1);
		assert_eq!(events(), vec![]);
	});
}

#[test]
fn on_idle_without_a_backlog_only_reads_the_cursor() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(100, 10);
		run_to_block(5);
		let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
		let read = <Test as frame_system::Config>::DbWeight::get().reads(1);
		assert_eq!(run_idle(Weight::MAX), read);
		assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), root);
		// Entries not yet due are left to `on_initialize`.
		assert_eq!(status(id), Some(StreamStatus::Active { expires_at: 11 }));
	});
}
