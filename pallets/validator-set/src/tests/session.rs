//! The pallet as the session pallet's manager and the authorship pallet's event handler: the
//! step rule (removals first, fewer than a third of the set per session, a live two-thirds
//! majority after every change) and the liveness report.

use crate::{
	max_changes, mock::*, next_step, AuthoredBlocks, Event, KeylessValidators, LiveValidators,
	QueuedValidators, WaitingValidators,
};
use frame_support::assert_ok;
use pallet_authorship::EventHandler;
use pallet_session::SessionManager;

fn add(v: u64) {
	assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), v));
}

fn remove(v: u64) {
	assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), v));
}

fn waiting() -> Vec<u64> {
	WaitingValidators::<Test>::get().into_inner()
}

#[test]
fn genesis_session_gets_the_genesis_set() {
	build_and_execute(|| {
		assert_eq!(
			<ValidatorSet as SessionManager<u64>>::new_session_genesis(0),
			Some(vec![1, 2, 3, 4])
		);
	});
}

#[test]
fn at_most_a_third_of_the_set_changes_per_session() {
	assert_eq!((1..=10).map(max_changes).collect::<Vec<_>>(), vec![1, 1, 1, 1, 1, 1, 2, 2, 2, 3]);
	assert_eq!(max_changes(32), 10);
	// From four validators (the runtime's floor) on, fewer than a third of the set; smaller
	// (development) sets still change by one.
	for n in 4..=100 {
		assert!(max_changes(n) * 3 < n, "fewer than a third of {n}");
	}
}

#[test]
fn new_session_keeps_the_active_set_when_it_is_the_target() {
	build_and_execute(|| {
		assert_eq!(rotate(everyone), None);
		assert_eq!(rotate(everyone), None);
		assert!(!events().iter().any(|e| matches!(e, Event::NewSetQueued { .. })));
		assert_eq!(QueuedValidators::<Test>::get().into_inner(), vec![1, 2, 3, 4]);
	});
}

#[test]
fn removals_come_first_then_additions_one_per_session() {
	build_and_execute(|| {
		add(5);
		remove(1);
		// Session 0 ends: 1 leaves the set of session 2; 5 waits (one change at a time).
		assert_eq!(rotate(everyone), Some(vec![2, 3, 4]));
		assert_eq!(
			events().last(),
			Some(&Event::NewSetQueued {
				session: 2,
				validators: vec![2, 3, 4].try_into().unwrap()
			})
		);
		assert_eq!(waiting(), vec![5]);
		// Session 1 ends: 5 joins the set of session 3.
		assert_eq!(rotate(everyone), Some(vec![2, 3, 4, 5]));
		assert!(waiting().is_empty());
		assert_eq!(rotate(everyone), None);
	});
}

#[test]
fn the_cap_grows_with_the_set() {
	build_and_execute(|| {
		for v in 5..=7 {
			add(v);
		}
		// One per session while the set has up to six validators; each new one authors.
		assert_eq!(rotate(everyone), Some(vec![1, 2, 3, 4, 5]));
		assert_eq!(rotate(everyone), None, "5 has not authored yet: 6 waits");
		assert_eq!(rotate(everyone), Some(vec![1, 2, 3, 4, 5, 6]));
		// 6 has not authored yet, but five live validators of seven are more than two thirds.
		assert_eq!(rotate(everyone), Some(vec![1, 2, 3, 4, 5, 6, 7]));
		assert_eq!(rotate(everyone), None);
		assert_eq!(rotate(everyone), None);
		// Seven validators: two removals per session.
		remove(5);
		remove(6);
		remove(7);
		assert_eq!(rotate(everyone), Some(vec![1, 2, 3, 4, 7]));
		assert_eq!(rotate(everyone), Some(vec![1, 2, 3, 4]));
		assert_eq!(rotate(everyone), None);
	});
}

#[test]
fn an_addition_that_never_authors_holds_back_the_next() {
	build_and_execute(|| {
		add(5);
		add(6);
		let offline = |v: u64| v != 5 && v != 6;
		assert_eq!(rotate(offline), Some(vec![1, 2, 3, 4, 5]));
		assert_eq!(waiting(), vec![6]);
		// 5 is active from session 2 on but never authors: adding 6 would leave four live
		// validators of six, not more than two thirds.
		for _ in 0..5 {
			assert_eq!(rotate(offline), None);
			assert_eq!(waiting(), vec![6]);
		}
		assert_eq!(LiveValidators::<Test>::get().into_inner(), vec![1, 2, 3, 4]);
		// Once 5 authors, 6 joins.
		assert_eq!(rotate(|v| v != 6), Some(vec![1, 2, 3, 4, 5, 6]));
		assert!(waiting().is_empty());
	});
}

#[test]
fn a_removal_waits_while_it_would_leave_no_live_majority() {
	build_and_execute(|| {
		remove(1);
		// 4 authors nothing: without 1, two of three would be live.
		assert_eq!(rotate(|v| v != 4), None);
		assert!(QueuedValidators::<Test>::get().contains(&1));
		// Removing 4, which was not live, is always taken, and comes first.
		remove(4);
		assert_eq!(rotate(|v| v != 4), Some(vec![1, 2, 3]));
		assert_eq!(rotate(everyone), Some(vec![2, 3]));
		assert_eq!(rotate(everyone), None);
	});
}

#[test]
fn a_validator_that_purged_its_keys_rejoins_without_governance() {
	build_and_execute(|| {
		WithoutKeys::set(vec![99, 2]);
		// The session pallet drops 2; the pallet records it as keyless.
		assert_eq!(rotate(everyone), Some(vec![1, 3, 4]));
		assert_eq!(KeylessValidators::<Test>::get().into_inner(), vec![2]);
		// 2 sets new keys: the next session change takes it back, no governance call.
		WithoutKeys::set(vec![99]);
		assert_eq!(rotate(everyone), Some(vec![1, 3, 4, 2]));
		assert!(KeylessValidators::<Test>::get().is_empty());
		assert!(waiting().is_empty());
		assert_eq!(rotate(everyone), None);
	});
}

#[test]
fn validators_without_keys_are_dropped_and_count_against_the_cap() {
	build_and_execute(|| {
		add(5);
		WithoutKeys::set(vec![99, 3]);
		assert_eq!(rotate(everyone), Some(vec![1, 2, 4]));
		assert_eq!(waiting(), vec![5]);
		assert_eq!(rotate(everyone), Some(vec![1, 2, 4, 5]));
	});
}

#[test]
fn next_step_never_empties_the_set_nor_exceeds_the_maximum() {
	let keys = |_: &u64| true;
	// The last validator is not removed.
	let step = next_step(&[1], &[2], &[], keys, 8);
	assert_eq!(step.next, vec![1]);
	// A full set takes no addition until a removal made room.
	let step = next_step(&[1, 2, 3, 4], &[1, 2, 3, 5], &[1, 2, 3, 4], keys, 4);
	assert_eq!(step.next, vec![1, 2, 3]);
	let step = next_step(&[1, 2, 3, 4], &[1, 2, 3, 4, 5], &[1, 2, 3, 4], keys, 4);
	assert_eq!(step.next, vec![1, 2, 3, 4]);
	assert_eq!(step.waiting, vec![5]);
}

#[test]
fn note_author_counts_blocks_per_validator() {
	build_and_execute(|| {
		ValidatorSet::note_author(1);
		ValidatorSet::note_author(1);
		ValidatorSet::note_author(3);
		assert_eq!(AuthoredBlocks::<Test>::get(1), 2);
		assert_eq!(AuthoredBlocks::<Test>::get(2), 0);
		assert_eq!(AuthoredBlocks::<Test>::get(3), 1);
	});
}

#[test]
fn end_session_reports_blocks_flags_offline_validators_records_live_ones_and_resets() {
	build_and_execute(|| {
		ValidatorSet::note_author(1);
		ValidatorSet::note_author(3);
		ValidatorSet::note_author(3);
		ValidatorSet::note_author(4);
		<ValidatorSet as SessionManager<u64>>::end_session(5);
		assert_eq!(
			events(),
			vec![
				Event::ValidatorOffline { session: 5, validator: 2 },
				Event::SessionEnded {
					session: 5,
					authored: vec![(1, 1), (2, 0), (3, 2), (4, 1)].try_into().unwrap()
				},
			]
		);
		assert_eq!(LiveValidators::<Test>::get().into_inner(), vec![1, 3, 4]);
		assert_eq!(AuthoredBlocks::<Test>::iter().count(), 0);
	});
}

#[test]
fn end_session_clears_counters_of_accounts_outside_the_active_set() {
	build_and_execute(|| {
		ActiveSet::set(vec![1, 2]);
		ValidatorSet::note_author(9);
		<ValidatorSet as SessionManager<u64>>::end_session(1);
		assert_eq!(AuthoredBlocks::<Test>::get(9), 0);
		assert!(LiveValidators::<Test>::get().is_empty());
		ActiveSet::set(vec![1, 2, 3, 4]);
	});
}
