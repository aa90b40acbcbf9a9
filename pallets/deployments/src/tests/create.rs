//! Creating deployments: names, ids, first version, deposit, optional lease.

use super::*;
use crate::{DeploymentByLease, DeploymentByName, Error, Event, NextDeploymentId, VersionOrigin};
use codec::Encode;
use frame_support::assert_noop;

#[test]
fn create_records_the_first_version_and_holds_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		run_to_block(5);
		assert_ok!(Deployments::create(
			RuntimeOrigin::signed(ALICE),
			name("site"),
			text(DIR),
			None
		));

		let r = record(0);
		assert_eq!(r.owner, ALICE);
		assert_eq!(r.name, name("site"));
		assert_eq!((r.current, r.oldest, r.lease, r.created_at), (1, 1, None, 5));
		assert!(r.editors.is_empty());
		assert_eq!(r.deposit, RECORD);
		assert_eq!(r.held, CREATED);
		let v = version(0, 1);
		assert_eq!(v.cid, stored(DIR));
		assert_eq!(
			(v.created_at, v.author, v.origin, v.note),
			(5, ALICE, VersionOrigin::Created, None)
		);
		assert_eq!(v.deposit, VERSION);
		assert_eq!(held(ALICE), CREATED);
		assert_eq!(free(ALICE), FUNDS - CREATED);
		assert_eq!(DeploymentByName::<Test>::get(ALICE, stored_name("site")), Some(0));
		assert_eq!(NextDeploymentId::<Test>::get(), 1);
		assert_eq!(
			events(),
			vec![Event::Created {
				deployment: 0,
				owner: ALICE,
				name: stored_name("site"),
				version: 1,
				cid: stored(DIR),
				held: CREATED,
			}]
		);
	});
}

#[test]
fn deposits_are_priced_by_encoded_bytes() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		let r = record(id);
		assert_eq!(r.encoded_size() as Balance, RECORD_BYTES);
		assert_eq!(version(id, 1).encoded_size() as Balance, VERSION_BYTES);
		// A longer name costs its bytes.
		let long = create_as(ALICE, "a-much-longer-name", DIR);
		assert_eq!(record(long).deposit, RECORD + DEPOSIT_PER_BYTE * 14);
		// A 39-byte CID costs 3 bytes more than a 36-byte one.
		let json =
			create_as(ALICE, "json", "z25sX6LgHoZpCZUT3VEMjKbNPvMpQ2EU16DF2mM4vQDixfQGHLJ1cB");
		assert_eq!(version(json, 1).deposit, VERSION + DEPOSIT_PER_BYTE * 3);
	});
}

#[test]
fn ids_increase_and_are_never_reused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(create_as(ALICE, "a", DIR), 0);
		assert_eq!(create_as(CHARLIE, "a", DIR), 1);
		assert_ok!(Deployments::remove(RuntimeOrigin::signed(ALICE), 0));
		assert_eq!(create_as(ALICE, "a", DIR), 2);
	});
}

#[test]
fn names_are_unique_per_owner() {
	ExtBuilder::default().build_and_execute(|| {
		create_site();
		assert_noop!(
			Deployments::create(RuntimeOrigin::signed(ALICE), name("site"), text(HELLO), None),
			Error::<Test>::NameTaken
		);
		// Another owner may use the name.
		assert_ok!(Deployments::create(
			RuntimeOrigin::signed(CHARLIE),
			name("site"),
			text(DIR),
			None
		));
		assert_eq!(DeploymentByName::<Test>::get(CHARLIE, stored_name("site")), Some(1));
	});
}

#[test]
fn create_rejects_an_empty_name() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Deployments::create(RuntimeOrigin::signed(ALICE), name(""), text(DIR), None),
			Error::<Test>::EmptyName
		);
	});
}

#[test]
fn create_fails_if_the_owner_cannot_afford_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Deployments::create(RuntimeOrigin::signed(DAVE), name("site"), text(DIR), None),
			Error::<Test>::CannotAffordDeposit
		);
		assert_noop!(
			Deployments::create(RuntimeOrigin::signed(NOBODY), name("site"), text(DIR), None),
			Error::<Test>::CannotAffordDeposit
		);
	});
}

#[test]
fn create_may_keep_exactly_the_existential_deposit_free() {
	ExtBuilder::default().with_balance(DAVE, CREATED + ED).build_and_execute(|| {
		assert_ok!(Deployments::create(RuntimeOrigin::signed(DAVE), name("site"), text(DIR), None));
		assert_eq!(free(DAVE), ED);
		assert_eq!(held(DAVE), CREATED);
	});
	ExtBuilder::default().with_balance(DAVE, CREATED + ED - 1).build_and_execute(|| {
		assert_noop!(
			Deployments::create(RuntimeOrigin::signed(DAVE), name("site"), text(DIR), None),
			Error::<Test>::CannotAffordDeposit
		);
	});
}

#[test]
fn create_with_a_lease_binds_it() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Deployments::create(
			RuntimeOrigin::signed(ALICE),
			name("site"),
			text(V0),
			Some(LEASE)
		));
		let r = record(0);
		assert_eq!(r.lease, Some(LEASE));
		assert_eq!(r.deposit, RECORD + DEPOSIT_PER_BYTE * LEASE_BYTES);
		assert_eq!(held(ALICE), CREATED + DEPOSIT_PER_BYTE * LEASE_BYTES);
		assert_eq!(DeploymentByLease::<Test>::get(LEASE), Some(0));
		let cid = stored(V0);
		assert_eq!(
			events(),
			vec![
				Event::Created {
					deployment: 0,
					owner: ALICE,
					name: stored_name("site"),
					version: 1,
					cid: cid.clone(),
					held: CREATED + DEPOSIT_PER_BYTE * LEASE_BYTES,
				},
				Event::LeaseBound { deployment: 0, lease: LEASE, version: 1, cid },
			]
		);
	});
}

#[test]
fn create_checks_the_lease() {
	ExtBuilder::default().build_and_execute(|| {
		let create = |lease| {
			Deployments::create(RuntimeOrigin::signed(ALICE), name("site"), text(DIR), Some(lease))
		};
		assert_noop!(create(NO_LEASE), Error::<Test>::UnknownLease);
		assert_noop!(create(CHARLIES_LEASE), Error::<Test>::NotLeaseTenant);
		assert_noop!(create(CLOSED_LEASE), Error::<Test>::LeaseNotActive);
		assert_ok!(create(LEASE));
		assert_noop!(
			Deployments::create(
				RuntimeOrigin::signed(ALICE),
				name("other"),
				text(DIR),
				Some(LEASE)
			),
			Error::<Test>::LeaseAlreadyBound
		);
	});
}

#[test]
fn create_needs_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Deployments::create(RuntimeOrigin::none(), name("site"), text(DIR), None),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn create_fails_when_ids_run_out() {
	ExtBuilder::default().build_and_execute(|| {
		NextDeploymentId::<Test>::put(u64::MAX);
		assert_noop!(
			Deployments::create(RuntimeOrigin::signed(ALICE), name("site"), text(DIR), None),
			Error::<Test>::IdOverflow
		);
	});
}

#[test]
fn create_fails_on_deposit_overflow() {
	ExtBuilder::default().build_and_execute(|| {
		ByteDeposit::set(Balance::MAX / 10);
		assert_noop!(
			Deployments::create(RuntimeOrigin::signed(ALICE), name("site"), text(DIR), None),
			Error::<Test>::Overflow
		);
	});
}
