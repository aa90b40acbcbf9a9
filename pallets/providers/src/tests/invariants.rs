//! `do_try_state` itself: it must notice broken invariants, not only pass on good state.

use super::*;
use crate::Unbonding;
use frame_support::{assert_ok, traits::fungible::MutateHold};

#[test]
fn try_state_detects_a_bond_not_matching_the_hold() {
	new_test_ext().execute_with(|| {
		register(ALICE);
		assert!(Providers::do_try_state().is_ok());
		Registry::<Test>::mutate(ALICE, |r| r.as_mut().unwrap().bond += 1);
		assert!(Providers::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_unbonding_funds_not_held() {
	new_test_ext().execute_with(|| {
		assert_ok!(Balances::hold(&HoldReason::ProviderBond.into(), &BOB, 10));
		// An unbonding chunk larger than what BOB holds.
		Unbonding::<Test>::insert(
			BOB,
			frame_support::BoundedVec::truncate_from(vec![crate::UnbondingChunk {
				amount: 11,
				started: 5,
			}]),
		);
		assert!(Providers::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_a_deposit_not_matching_the_hold() {
	new_test_ext().execute_with(|| {
		register(ALICE);
		Registry::<Test>::mutate(ALICE, |r| r.as_mut().unwrap().deposit -= 1);
		assert!(Providers::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_allocation_beyond_capacity() {
	new_test_ext().execute_with(|| {
		register(ALICE);
		Registry::<Test>::mutate(ALICE, |r| {
			let r = r.as_mut().unwrap();
			r.active_leases = 1;
			r.allocated = r.capacity;
			r.allocated.gpus += 1;
		});
		assert!(Providers::do_try_state().is_err());
	});
}
