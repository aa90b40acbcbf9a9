//! Removing deployments: everything goes, the whole deposit comes back.

use super::*;
use crate::{DeploymentByLease, DeploymentByName, DeploymentStatus, Error, Event, Statuses};
use frame_support::assert_noop;

#[test]
fn remove_clears_everything_and_releases_the_deposit() {
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
		assert_ok!(Deployments::report_status(
			RuntimeOrigin::signed(BOB),
			0,
			4,
			DeploymentStatus::Running
		));
		let other = create_site_named("other");
		events();
		let total = record(0).held;
		let other_held = record(other).held;
		assert_eq!(other_held, CREATED + DEPOSIT_PER_BYTE, "a name one byte longer");
		assert_eq!(held(ALICE), total + other_held);

		assert_ok!(Deployments::remove(RuntimeOrigin::signed(ALICE), 0));
		assert_eq!(crate::Deployments::<Test>::get(0), None);
		assert!(kept(0).is_empty());
		assert_eq!(DeploymentByName::<Test>::get(ALICE, stored_name("site")), None);
		assert_eq!(DeploymentByLease::<Test>::get(LEASE), None);
		assert_eq!(Statuses::<Test>::get(0), None);
		assert_eq!(held(ALICE), other_held);
		assert_eq!(free(ALICE), FUNDS - other_held);
		assert_eq!(
			events(),
			vec![
				Event::LeaseUnbound { deployment: 0, lease: LEASE },
				Event::Removed { deployment: 0, owner: ALICE, released: total },
			]
		);
		// The other deployment is untouched.
		assert_eq!(kept(other), vec![1]);

		assert_ok!(Deployments::remove(RuntimeOrigin::signed(ALICE), other));
		assert_eq!(held(ALICE), 0);
		assert_eq!(free(ALICE), FUNDS);
	});
}

#[test]
fn remove_refunds_the_actual_weight() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		let info = Deployments::remove(RuntimeOrigin::signed(ALICE), id).unwrap();
		assert_eq!(info.actual_weight, Some(<() as crate::WeightInfo>::remove(1)));
	});
}

#[test]
fn remove_errors() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		assert_noop!(
			Deployments::remove(RuntimeOrigin::signed(ALICE), 4),
			Error::<Test>::UnknownDeployment
		);
		assert_noop!(
			Deployments::remove(RuntimeOrigin::signed(CHARLIE), id),
			Error::<Test>::NotOwner
		);
		assert_ok!(Deployments::set_editors(RuntimeOrigin::signed(ALICE), id, editors(&[EVE])));
		assert_noop!(Deployments::remove(RuntimeOrigin::signed(EVE), id), Error::<Test>::NotOwner);
	});
}

#[test]
fn a_removed_id_stays_unknown() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		assert_ok!(Deployments::remove(RuntimeOrigin::signed(ALICE), id));
		assert_noop!(
			Deployments::push_version(RuntimeOrigin::signed(ALICE), id, text(HELLO), None),
			Error::<Test>::UnknownDeployment
		);
		assert_noop!(
			Deployments::remove(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::UnknownDeployment
		);
		assert_eq!(Deployments::cid_text(id, 1), None);
		assert!(Deployments::history(id).is_empty());
		assert!(Deployments::current_version(id).is_none());
	});
}

fn create_site_named(n: &str) -> crate::DeploymentId {
	create_as(ALICE, n, DIR)
}
