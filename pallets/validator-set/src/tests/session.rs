//! The pallet as the session pallet's manager and the authorship pallet's event handler.

use crate::{mock::*, AuthoredBlocks, Event, SetChanged};
use frame_support::assert_ok;
use pallet_authorship::EventHandler;
use pallet_session::SessionManager;

#[test]
fn genesis_session_gets_the_genesis_set() {
	build_and_execute(|| {
		assert_eq!(
			<ValidatorSet as SessionManager<u64>>::new_session_genesis(0),
			Some(vec![1, 2, 3])
		);
	});
}

#[test]
fn new_session_keeps_the_current_set_when_nothing_changed() {
	build_and_execute(|| {
		assert_eq!(<ValidatorSet as SessionManager<u64>>::new_session(2), None);
		assert!(events().is_empty());
	});
}

#[test]
fn new_session_hands_over_a_changed_set_once() {
	build_and_execute(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 1));
		assert_eq!(<ValidatorSet as SessionManager<u64>>::new_session(2), Some(vec![2, 3, 4]));
		assert!(!SetChanged::<Test>::get());
		assert_eq!(
			events().last(),
			Some(&Event::NewSetQueued {
				session: 2,
				validators: vec![2, 3, 4].try_into().unwrap()
			})
		);
		// The next session change has nothing new.
		assert_eq!(<ValidatorSet as SessionManager<u64>>::new_session(3), None);
	});
}

#[test]
fn new_session_leaves_out_validators_that_dropped_their_keys() {
	build_and_execute(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		WithoutKeys::set(vec![99, 2]);
		assert_eq!(<ValidatorSet as SessionManager<u64>>::new_session(2), Some(vec![1, 3, 4]));
	});
}

#[test]
fn new_session_keeps_the_current_set_when_no_validator_has_keys() {
	build_and_execute(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		WithoutKeys::set(vec![1, 2, 3, 4]);
		assert_eq!(<ValidatorSet as SessionManager<u64>>::new_session(2), None);
		assert!(!SetChanged::<Test>::get());
	});
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
fn end_session_reports_blocks_flags_offline_validators_and_resets() {
	build_and_execute(|| {
		ActiveSet::set(vec![1, 2, 3]);
		ValidatorSet::note_author(1);
		ValidatorSet::note_author(3);
		ValidatorSet::note_author(3);
		<ValidatorSet as SessionManager<u64>>::end_session(5);
		assert_eq!(
			events(),
			vec![
				Event::ValidatorOffline { session: 5, validator: 2 },
				Event::SessionEnded {
					session: 5,
					authored: vec![(1, 1), (2, 0), (3, 2)].try_into().unwrap()
				},
			]
		);
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
	});
}
