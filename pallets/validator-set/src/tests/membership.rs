//! Governance adds and removes validators.

use crate::{
	mock::*, Error, Event, KeylessValidators, QueuedValidators, Validators, WaitingValidators,
};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

fn set() -> Vec<u64> {
	Validators::<Test>::get().into_inner()
}

fn waiting() -> Vec<u64> {
	WaitingValidators::<Test>::get().into_inner()
}

#[test]
fn genesis_sets_the_validators_queued_and_nothing_waiting() {
	build_and_execute(|| {
		assert_eq!(set(), vec![1, 2, 3, 4]);
		assert_eq!(QueuedValidators::<Test>::get().into_inner(), vec![1, 2, 3, 4]);
		assert!(waiting().is_empty());
		assert!(KeylessValidators::<Test>::get().is_empty());
	});
}

#[test]
fn add_validator_appends_waits_for_a_session_change_and_emits() {
	build_and_execute(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 5));
		assert_eq!(set(), vec![1, 2, 3, 4, 5]);
		assert_eq!(waiting(), vec![5]);
		assert_eq!(QueuedValidators::<Test>::get().into_inner(), vec![1, 2, 3, 4]);
		assert_eq!(events(), vec![Event::ValidatorAdded { validator: 5 }]);
	});
}

#[test]
fn adding_back_a_removal_still_queued_does_not_wait() {
	build_and_execute(|| {
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 2));
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 2));
		assert_eq!(set(), vec![1, 3, 4, 2]);
		assert!(waiting().is_empty());
		// Nothing to do at the session change.
		assert_eq!(rotate(everyone), None);
	});
}

#[test]
fn add_validator_fails_for_a_signed_origin() {
	build_and_execute(|| {
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::signed(5), 5),
			DispatchError::BadOrigin
		);
		assert_eq!(set(), vec![1, 2, 3, 4]);
	});
}

#[test]
fn add_validator_fails_for_a_member() {
	build_and_execute(|| {
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::root(), 2),
			Error::<Test>::AlreadyValidator
		);
	});
}

#[test]
fn add_validator_fails_without_session_keys() {
	build_and_execute(|| {
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::root(), 99),
			Error::<Test>::NoSessionKeys
		);
		assert!(waiting().is_empty());
	});
}

#[test]
fn add_validator_fails_when_the_set_is_full() {
	build_and_execute(|| {
		for v in 5..=8 {
			assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), v));
		}
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::root(), 9),
			Error::<Test>::TooManyValidators
		);
		assert_eq!(set(), vec![1, 2, 3, 4, 5, 6, 7, 8]);
		assert_eq!(waiting(), vec![5, 6, 7, 8]);
	});
}

#[test]
fn remove_validator_removes_and_emits_and_the_session_change_carries_it_out() {
	build_and_execute(|| {
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 2));
		assert_eq!(set(), vec![1, 3, 4]);
		// Still queued: a removal the next session change carries out.
		assert!(QueuedValidators::<Test>::get().contains(&2));
		assert_eq!(events(), vec![Event::ValidatorRemoved { validator: 2 }]);
		assert_eq!(rotate(everyone), Some(vec![1, 3, 4]));
	});
}

#[test]
fn removing_a_waiting_or_keyless_validator_forgets_it() {
	build_and_execute(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 5));
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 5));
		assert!(waiting().is_empty());
		WithoutKeys::set(vec![99, 4]);
		assert_eq!(rotate(everyone), Some(vec![1, 2, 3]));
		assert_eq!(KeylessValidators::<Test>::get().into_inner(), vec![4]);
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 4));
		assert!(KeylessValidators::<Test>::get().is_empty());
	});
}

#[test]
fn remove_validator_fails_below_the_minimum() {
	build_and_execute(|| {
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 2));
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 3));
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), 4),
			Error::<Test>::TooFewValidators
		);
		assert_eq!(set(), vec![1, 4]);
	});
}

#[test]
fn remove_validator_fails_for_a_non_member() {
	build_and_execute(|| {
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), 7),
			Error::<Test>::NotValidator
		);
	});
}

#[test]
fn remove_validator_fails_for_a_signed_origin() {
	build_and_execute(|| {
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::signed(1), 1),
			DispatchError::BadOrigin
		);
	});
}
