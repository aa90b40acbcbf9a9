//! Binding deployments to leases, unbinding, and the providers' status reports.

use super::*;
use crate::{DeploymentByLease, DeploymentStatus, Error, Event, StatusReport, Statuses};
use frame_support::assert_noop;

const BOUND: Balance = DEPOSIT_PER_BYTE * LEASE_BYTES;

#[test]
fn bind_lease_binds_and_announces_the_current_version() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		push(ALICE, id, HELLO);
		assert_ok!(Deployments::bind_lease(RuntimeOrigin::signed(ALICE), id, LEASE));
		assert_eq!(record(id).lease, Some(LEASE));
		assert_eq!(DeploymentByLease::<Test>::get(LEASE), Some(id));
		assert_eq!(record(id).deposit, RECORD + BOUND);
		assert_eq!(held(ALICE), CREATED + VERSION + BOUND);
		assert_eq!(
			events(),
			vec![Event::LeaseBound {
				deployment: id,
				lease: LEASE,
				version: 2,
				cid: stored(HELLO)
			}]
		);
	});
}

#[test]
fn bind_lease_checks_the_deployment_and_the_lease() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		let bind = |who, id, lease| Deployments::bind_lease(RuntimeOrigin::signed(who), id, lease);
		assert_noop!(bind(ALICE, 5, LEASE), Error::<Test>::UnknownDeployment);
		assert_noop!(bind(CHARLIE, id, CHARLIES_LEASE), Error::<Test>::NotOwner);
		assert_noop!(bind(ALICE, id, NO_LEASE), Error::<Test>::UnknownLease);
		assert_noop!(bind(ALICE, id, CHARLIES_LEASE), Error::<Test>::NotLeaseTenant);
		assert_noop!(bind(ALICE, id, CLOSED_LEASE), Error::<Test>::LeaseNotActive);
		assert_ok!(bind(ALICE, id, LEASE));
		assert_noop!(bind(ALICE, id, LEASE_2), Error::<Test>::AlreadyBound);
		let other = create_as(ALICE, "other", DIR);
		assert_noop!(bind(ALICE, other, LEASE), Error::<Test>::LeaseAlreadyBound);
		assert_ok!(bind(ALICE, other, LEASE_2));
	});
}

#[test]
fn bind_lease_fails_if_the_owner_cannot_afford_the_bigger_record() {
	ExtBuilder::default().with_balance(DAVE, CREATED + ED + BOUND - 1).build_and_execute(|| {
		set_lease(50, DAVE, BOB, true);
		let id = create_as(DAVE, "site", DIR);
		assert_noop!(
			Deployments::bind_lease(RuntimeOrigin::signed(DAVE), id, 50),
			Error::<Test>::CannotAffordDeposit
		);
	});
}

#[test]
fn unbind_lease_releases_the_binding_and_clears_the_status() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		assert_ok!(Deployments::bind_lease(RuntimeOrigin::signed(ALICE), id, LEASE));
		assert_ok!(Deployments::report_status(
			RuntimeOrigin::signed(BOB),
			id,
			1,
			DeploymentStatus::Running
		));
		events();
		assert_ok!(Deployments::unbind_lease(RuntimeOrigin::signed(ALICE), id));
		assert_eq!(record(id).lease, None);
		assert_eq!(record(id).deposit, RECORD);
		assert_eq!(held(ALICE), CREATED);
		assert_eq!(DeploymentByLease::<Test>::get(LEASE), None);
		assert_eq!(Statuses::<Test>::get(id), None);
		assert_eq!(events(), vec![Event::LeaseUnbound { deployment: id, lease: LEASE }]);
		// The lease may be bound again.
		assert_ok!(Deployments::bind_lease(RuntimeOrigin::signed(ALICE), id, LEASE));
	});
}

#[test]
fn unbind_lease_works_after_the_lease_ended() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		assert_ok!(Deployments::bind_lease(RuntimeOrigin::signed(ALICE), id, LEASE));
		set_lease(LEASE, ALICE, BOB, false);
		assert_ok!(Deployments::unbind_lease(RuntimeOrigin::signed(ALICE), id));
		assert_eq!(held(ALICE), CREATED);
	});
}

#[test]
fn unbind_lease_errors() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		assert_noop!(
			Deployments::unbind_lease(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::NoLease
		);
		assert_ok!(Deployments::bind_lease(RuntimeOrigin::signed(ALICE), id, LEASE));
		assert_noop!(
			Deployments::unbind_lease(RuntimeOrigin::signed(BOB), id),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			Deployments::unbind_lease(RuntimeOrigin::signed(ALICE), 3),
			Error::<Test>::UnknownDeployment
		);
	});
}

#[test]
fn the_provider_reports_status_with_the_block() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Deployments::create(
			RuntimeOrigin::signed(ALICE),
			name("site"),
			text(DIR),
			Some(LEASE)
		));
		push(ALICE, 0, HELLO);
		run_to_block(7);
		for (version, status) in [
			(2, DeploymentStatus::Failed { code: 2 }),
			(1, DeploymentStatus::Running),
			(2, DeploymentStatus::Stopped),
		] {
			assert_ok!(Deployments::report_status(RuntimeOrigin::signed(BOB), 0, version, status));
			assert_eq!(
				Statuses::<Test>::get(0),
				Some(StatusReport { version, status, reported_at: 7 })
			);
			assert_eq!(
				events(),
				vec![Event::StatusReported { deployment: 0, version, status, provider: BOB }]
			);
		}
		// Reports cost the owner nothing more.
		assert_eq!(held(ALICE), CREATED + VERSION + BOUND);
	});
}

#[test]
fn report_status_is_only_for_the_leases_provider() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		let report = |who, id, v| {
			Deployments::report_status(RuntimeOrigin::signed(who), id, v, DeploymentStatus::Running)
		};
		assert_noop!(report(BOB, 4, 1), Error::<Test>::UnknownDeployment);
		assert_noop!(report(BOB, id, 1), Error::<Test>::NoLease);
		assert_ok!(Deployments::bind_lease(RuntimeOrigin::signed(ALICE), id, LEASE));
		assert_noop!(report(CHARLIE, id, 1), Error::<Test>::NotLeaseProvider);
		assert_noop!(report(ALICE, id, 1), Error::<Test>::NotLeaseProvider);
		// If the market no longer knows the lease, nobody is its provider.
		set_lease(LEASE, ALICE, CHARLIE, true);
		assert_noop!(report(BOB, id, 1), Error::<Test>::NotLeaseProvider);
		assert_ok!(report(CHARLIE, id, 1));
	});
}

#[test]
fn report_status_checks_the_version() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Deployments::create(
			RuntimeOrigin::signed(ALICE),
			name("site"),
			text(DIR),
			Some(LEASE)
		));
		for cid in [HELLO, EMPTY_RAW, V0] {
			push(ALICE, 0, cid);
		}
		let report = |v| {
			Deployments::report_status(RuntimeOrigin::signed(BOB), 0, v, DeploymentStatus::Stopped)
		};
		assert_noop!(report(0), Error::<Test>::UnknownVersion);
		assert_noop!(report(5), Error::<Test>::UnknownVersion);
		assert_noop!(report(1), Error::<Test>::VersionPruned);
		assert_ok!(report(2));
	});
}

#[test]
fn the_provider_may_report_after_the_lease_ended() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Deployments::create(
			RuntimeOrigin::signed(ALICE),
			name("site"),
			text(DIR),
			Some(LEASE)
		));
		set_lease(LEASE, ALICE, BOB, false);
		assert_ok!(Deployments::report_status(
			RuntimeOrigin::signed(BOB),
			0,
			1,
			DeploymentStatus::Stopped
		));
	});
}
