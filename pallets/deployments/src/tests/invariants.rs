//! `do_try_state` catches what it should: each corruption below is detected.

use super::*;
use frame_support::traits::fungible::MutateHold;

fn broken() -> bool {
	Deployments::do_try_state().is_err()
}

/// A deployment with a lease, an editor and three versions, and a second one.
fn setup() {
	assert_ok!(Deployments::create(
		RuntimeOrigin::signed(ALICE),
		name("site"),
		text(DIR),
		Some(LEASE)
	));
	assert_ok!(Deployments::set_editors(RuntimeOrigin::signed(ALICE), 0, editors(&[EVE])));
	push(ALICE, 0, HELLO);
	push(EVE, 0, EMPTY_RAW);
	create_as(CHARLIE, "site", V0);
	assert_ok!(Deployments::do_try_state());
}

/// Runs `corrupt` on the setup, checks that `do_try_state` fails, and restores the state.
fn detects(corrupt: impl FnOnce()) {
	ExtBuilder::default().build().execute_with(|| {
		setup();
		corrupt();
		assert!(broken());
	});
}

#[test]
fn a_hold_that_does_not_match_the_records_is_detected() {
	detects(|| {
		assert_ok!(Balances::hold(&crate::HoldReason::DeploymentDeposit.into(), &ALICE, 1));
	});
	detects(|| {
		crate::Deployments::<Test>::mutate(0, |r| r.as_mut().unwrap().held += 1);
	});
}

#[test]
fn a_version_deposit_that_does_not_add_up_is_detected() {
	detects(|| Versions::<Test>::mutate(0, 2, |v| v.as_mut().unwrap().deposit += 1));
}

#[test]
fn a_missing_or_stray_version_is_detected() {
	detects(|| Versions::<Test>::remove(0, 2));
	detects(|| Versions::<Test>::remove(0, 3));
	detects(|| {
		let v = version(0, 1);
		Versions::<Test>::insert(0, 9, v);
	});
}

#[test]
fn a_history_longer_than_the_cap_is_detected() {
	// Deployment 0 keeps 3 versions: fine under the cap of 8, even with a lower limit ...
	ExtBuilder::default().build().execute_with(|| {
		setup();
		MaxVersions::set(2);
		assert_ok!(Deployments::do_try_state());
	});
	// ... but not above the cap.
	detects(|| MaxVersionsCap::set(2));
}

#[test]
fn an_inconsistent_name_index_is_detected() {
	detects(|| crate::DeploymentByName::<Test>::remove(ALICE, stored_name("site")));
	detects(|| crate::DeploymentByName::<Test>::insert(ALICE, stored_name("ghost"), 0));
	detects(|| crate::DeploymentByName::<Test>::insert(ALICE, stored_name("site"), 1));
}

#[test]
fn an_inconsistent_lease_index_or_status_is_detected() {
	detects(|| crate::DeploymentByLease::<Test>::remove(LEASE));
	detects(|| crate::DeploymentByLease::<Test>::insert(LEASE_2, 1));
	detects(|| {
		crate::Statuses::<Test>::insert(
			1,
			crate::StatusReport {
				version: 1,
				status: crate::DeploymentStatus::Running,
				reported_at: 1,
			},
		)
	});
}

#[test]
fn an_invalid_stored_cid_or_a_bad_record_is_detected() {
	detects(|| Versions::<Test>::mutate(0, 3, |v| v.as_mut().unwrap().cid = bounded(&[1, 2, 3])));
	detects(|| crate::Deployments::<Test>::mutate(0, |r| r.as_mut().unwrap().oldest = 0));
	detects(|| crate::NextDeploymentId::<Test>::put(1));
	detects(|| {
		crate::Deployments::<Test>::mutate(0, |r| {
			r.as_mut().unwrap().editors = bounded_editors(&[EVE, EVE])
		})
	});
}

#[test]
fn the_invariants_hold_through_a_whole_journey() {
	ExtBuilder::default().build_and_execute(|| {
		setup();
		let check = || {
			assert_ok!(Deployments::do_try_state());
		};
		assert_ok!(Deployments::rollback(RuntimeOrigin::signed(ALICE), 0, 2));
		check();
		assert_ok!(Deployments::unbind_lease(RuntimeOrigin::signed(ALICE), 0));
		check();
		assert_ok!(Deployments::bind_lease(RuntimeOrigin::signed(ALICE), 0, LEASE_2));
		check();
		assert_ok!(Deployments::transfer(RuntimeOrigin::signed(ALICE), 0, EVE));
		check();
		push(EVE, 0, DIR);
		check();
		assert_ok!(Deployments::remove(RuntimeOrigin::signed(CHARLIE), 1));
		check();
		assert_ok!(Deployments::remove(RuntimeOrigin::signed(EVE), 0));
		check();
		assert_eq!(held(ALICE) + held(CHARLIE) + held(EVE), 0);
	});
}
