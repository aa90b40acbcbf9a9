//! Governance adds and removes validators.

use crate::{mock::*, Error, Event, SetChanged, Validators};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

fn set() -> Vec<u64> {
	Validators::<Test>::get().into_inner()
}

#[test]
fn genesis_sets_the_validators_without_a_pending_change() {
	build_and_execute(|| {
		assert_eq!(set(), vec![1, 2, 3]);
		assert!(!SetChanged::<Test>::get());
	});
}

#[test]
fn add_validator_appends_marks_the_set_changed_and_emits() {
	build_and_execute(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		assert_eq!(set(), vec![1, 2, 3, 4]);
		assert!(SetChanged::<Test>::get());
		assert_eq!(events(), vec![Event::ValidatorAdded { validator: 4 }]);
	});
}

#[test]
fn add_validator_fails_for_a_signed_origin() {
	build_and_execute(|| {
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::signed(4), 4),
			DispatchError::BadOrigin
		);
		assert_eq!(set(), vec![1, 2, 3]);
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
		assert!(!SetChanged::<Test>::get());
	});
}

#[test]
fn add_validator_fails_when_the_set_is_full() {
	build_and_execute(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 5));
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::root(), 6),
			Error::<Test>::TooManyValidators
		);
		assert_eq!(set(), vec![1, 2, 3, 4, 5]);
	});
}

#[test]
fn remove_validator_removes_marks_the_set_changed_and_emits() {
	build_and_execute(|| {
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 2));
		assert_eq!(set(), vec![1, 3]);
		assert!(SetChanged::<Test>::get());
		assert_eq!(events(), vec![Event::ValidatorRemoved { validator: 2 }]);
	});
}

#[test]
fn remove_validator_fails_below_the_minimum() {
	build_and_execute(|| {
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 2));
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), 3),
			Error::<Test>::TooFewValidators
		);
		assert_eq!(set(), vec![1, 3]);
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
