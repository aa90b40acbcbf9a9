//! Transferring deployments: the deposit moves from the old owner to the new one.

use super::*;
use crate::{DeploymentByLease, DeploymentByName, DeploymentStatus, Error, Event, Statuses};
use frame_support::assert_noop;

#[test]
fn transfer_moves_the_deposit_and_the_name() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		push(ALICE, id, HELLO);
		assert_ok!(Deployments::transfer(RuntimeOrigin::signed(ALICE), id, CHARLIE));

		let r = record(id);
		assert_eq!(r.owner, CHARLIE);
		assert_eq!(r.held, CREATED + VERSION);
		assert_eq!(held(ALICE), 0);
		assert_eq!(free(ALICE), FUNDS);
		assert_eq!(held(CHARLIE), CREATED + VERSION);
		assert_eq!(free(CHARLIE), FUNDS - CREATED - VERSION);
		assert_eq!(DeploymentByName::<Test>::get(ALICE, stored_name("site")), None);
		assert_eq!(DeploymentByName::<Test>::get(CHARLIE, stored_name("site")), Some(id));
		// The history goes along.
		assert_eq!(kept(id), vec![1, 2]);
		assert_eq!(
			events(),
			vec![Event::Transferred {
				deployment: id,
				from: ALICE,
				to: CHARLIE,
				held: CREATED + VERSION
			}]
		);
		// The new owner is in charge; the old one is not.
		push(CHARLIE, id, EMPTY_RAW);
		assert_noop!(
			Deployments::push_version(RuntimeOrigin::signed(ALICE), id, text(V0), None),
			Error::<Test>::NotEditor
		);
		// The old owner may use the name again.
		create_as(ALICE, "site", DIR);
	});
}

#[test]
fn transfer_unbinds_the_lease_and_clears_the_editors() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Deployments::create(
			RuntimeOrigin::signed(ALICE),
			name("site"),
			text(DIR),
			Some(LEASE)
		));
		assert_ok!(Deployments::set_editors(RuntimeOrigin::signed(ALICE), 0, editors(&[EVE])));
		assert_ok!(Deployments::report_status(
			RuntimeOrigin::signed(BOB),
			0,
			1,
			DeploymentStatus::Running
		));
		events();
		let alice_held = held(ALICE);
		assert_eq!(alice_held, CREATED + DEPOSIT_PER_BYTE * (LEASE_BYTES + EDITOR_BYTES));

		assert_ok!(Deployments::transfer(RuntimeOrigin::signed(ALICE), 0, CHARLIE));
		let r = record(0);
		assert_eq!(r.lease, None);
		assert!(r.editors.is_empty());
		// The record is smaller now: the new owner holds less than the old one did.
		assert_eq!(r.deposit, RECORD);
		assert_eq!(held(CHARLIE), CREATED);
		assert_eq!(held(ALICE), 0);
		assert_eq!(DeploymentByLease::<Test>::get(LEASE), None);
		assert_eq!(Statuses::<Test>::get(0), None);
		assert_eq!(
			events(),
			vec![
				Event::LeaseUnbound { deployment: 0, lease: LEASE },
				Event::Transferred { deployment: 0, from: ALICE, to: CHARLIE, held: CREATED },
			]
		);
		// The new owner binds its own lease.
		assert_ok!(Deployments::bind_lease(RuntimeOrigin::signed(CHARLIE), 0, CHARLIES_LEASE));
	});
}

#[test]
fn transfer_fails_if_the_new_owner_cannot_afford_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		assert_noop!(
			Deployments::transfer(RuntimeOrigin::signed(ALICE), id, DAVE),
			Error::<Test>::NewOwnerCannotAffordDeposit
		);
		assert_noop!(
			Deployments::transfer(RuntimeOrigin::signed(ALICE), id, NOBODY),
			Error::<Test>::NewOwnerCannotAffordDeposit
		);
		assert_eq!(held(ALICE), CREATED);
	});
	ExtBuilder::default().with_balance(DAVE, CREATED + ED).build_and_execute(|| {
		let id = create_site();
		assert_ok!(Deployments::transfer(RuntimeOrigin::signed(ALICE), id, DAVE));
		assert_eq!(free(DAVE), ED);
	});
}

#[test]
fn transfer_errors() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		create_as(CHARLIE, "site", HELLO);
		let transfer = |who, id, to| Deployments::transfer(RuntimeOrigin::signed(who), id, to);
		assert_noop!(transfer(ALICE, 9, CHARLIE), Error::<Test>::UnknownDeployment);
		assert_noop!(transfer(CHARLIE, id, CHARLIE), Error::<Test>::NotOwner);
		assert_noop!(transfer(ALICE, id, ALICE), Error::<Test>::TransferToSelf);
		assert_noop!(transfer(ALICE, id, CHARLIE), Error::<Test>::NewOwnerHasName);
		// Editors cannot transfer.
		assert_ok!(Deployments::set_editors(RuntimeOrigin::signed(ALICE), id, editors(&[EVE])));
		assert_noop!(transfer(EVE, id, EVE), Error::<Test>::NotOwner);
	});
}
