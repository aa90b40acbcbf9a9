//! Pushing versions, pruning the history, rolling back.

use super::*;
use crate::{Error, Event, StatusReport, VersionOrigin};
use frame_support::assert_noop;

#[test]
fn push_version_appends_and_makes_current() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		run_to_block(3);
		assert_ok!(Deployments::push_version(
			RuntimeOrigin::signed(ALICE),
			id,
			text(HELLO),
			Some(note("v2"))
		));

		let r = record(id);
		assert_eq!((r.current, r.oldest), (2, 1));
		let v = version(id, 2);
		assert_eq!(v.cid, stored(HELLO));
		assert_eq!((v.created_at, v.author, v.origin), (3, ALICE, VersionOrigin::Pushed));
		assert_eq!(v.note, Some(stored_note("v2")));
		// The note's bytes are paid for: its length (1) and 2 bytes.
		assert_eq!(v.deposit, VERSION + DEPOSIT_PER_BYTE * 3);
		assert_eq!(held(ALICE), CREATED + VERSION + DEPOSIT_PER_BYTE * 3);
		assert_eq!(r.held, held(ALICE));
		assert_eq!(
			events(),
			vec![Event::VersionPushed {
				deployment: id,
				version: 2,
				cid: stored(HELLO),
				author: ALICE
			}]
		);
		assert_eq!(
			Deployments::current_version(id).map(|(n, v)| (n, v.cid)),
			Some((2, stored(HELLO)))
		);
	});
}

#[test]
fn pushing_past_the_limit_prunes_the_oldest_and_releases_exactly_its_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		// Version 2 has a note, so it costs more than the others.
		assert_ok!(Deployments::push_version(
			RuntimeOrigin::signed(ALICE),
			id,
			text(HELLO),
			Some(note("0123456789"))
		));
		let v2 = VERSION + DEPOSIT_PER_BYTE * 11;
		push(ALICE, id, EMPTY_RAW);
		assert_eq!(kept(id), vec![1, 2, 3]);
		assert_eq!(held(ALICE), CREATED + v2 + VERSION);

		// Version 4: the history is full (3), version 1 goes.
		assert_ok!(Deployments::push_version(RuntimeOrigin::signed(ALICE), id, text(V0), None));
		assert_eq!(kept(id), vec![2, 3, 4]);
		assert_eq!((record(id).oldest, record(id).current), (2, 4));
		assert_eq!(held(ALICE), RECORD + v2 + VERSION + VERSION);
		assert_eq!(
			events(),
			vec![
				Event::VersionPushed { deployment: id, version: 4, cid: stored(V0), author: ALICE },
				Event::VersionPruned { deployment: id, version: 1, released: VERSION },
			]
		);

		// Version 5: version 2 (with its note) goes, and exactly its deposit is released.
		let before = free(ALICE);
		assert_ok!(Deployments::push_version(RuntimeOrigin::signed(ALICE), id, text(DIR), None));
		assert_eq!(kept(id), vec![3, 4, 5]);
		assert_eq!(held(ALICE), RECORD + 3 * VERSION);
		assert_eq!(free(ALICE), before + v2 - VERSION);
		assert_eq!(
			events(),
			vec![
				Event::VersionPushed {
					deployment: id,
					version: 5,
					cid: stored(DIR),
					author: ALICE
				},
				Event::VersionPruned { deployment: id, version: 2, released: v2 },
			]
		);
		let history: Vec<_> = Deployments::history(id).into_iter().map(|(n, _)| n).collect();
		assert_eq!(history, vec![3, 4, 5]);
	});
}

#[test]
fn version_numbers_are_never_reused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		for _ in 0..10 {
			push(ALICE, id, HELLO);
		}
		assert_eq!(kept(id), vec![9, 10, 11]);
		assert_eq!(record(id).current, 11);
		assert_eq!(held(ALICE), RECORD + 3 * VERSION);
	});
}

#[test]
fn lowering_the_limit_stops_longer_histories_from_growing() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		push(ALICE, id, HELLO);
		push(ALICE, id, EMPTY_RAW);
		assert_eq!(kept(id), vec![1, 2, 3]);

		// Governance lowers the limit to 2: the history keeps its 3 versions (the invariants
		// still hold), and each push prunes one, so it stays at 3.
		MaxVersions::set(2);
		assert_ok!(Deployments::do_try_state());
		push(ALICE, id, V0);
		assert_eq!(kept(id), vec![2, 3, 4]);
		assert_eq!(held(ALICE), RECORD + 3 * VERSION);

		// A new deployment keeps 2.
		let second = create_as(ALICE, "second", HELLO);
		push(ALICE, second, V0);
		push(ALICE, second, DIR);
		assert_eq!(kept(second), vec![2, 3]);
	});
}

#[test]
fn a_history_of_one_keeps_only_the_current_version() {
	ExtBuilder::default().build_and_execute(|| {
		MaxVersions::set(1);
		let id = create_site();
		push(ALICE, id, HELLO);
		assert_eq!(kept(id), vec![2]);
		assert_eq!(held(ALICE), CREATED);
		assert_noop!(
			Deployments::rollback(RuntimeOrigin::signed(ALICE), id, 1),
			Error::<Test>::VersionPruned
		);
	});
}

#[test]
fn editors_push_and_the_owner_pays() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		assert_ok!(Deployments::set_editors(RuntimeOrigin::signed(ALICE), id, editors(&[EVE])));
		let alice_held = held(ALICE);
		assert_ok!(Deployments::push_version(RuntimeOrigin::signed(EVE), id, text(HELLO), None));
		assert_eq!(version(id, 2).author, EVE);
		assert_eq!(held(ALICE), alice_held + VERSION);
		assert_eq!(held(EVE), 0);
		assert_eq!(free(EVE), FUNDS);
		assert_eq!(
			events().last(),
			Some(&Event::VersionPushed {
				deployment: id,
				version: 2,
				cid: stored(HELLO),
				author: EVE
			})
		);
	});
}

#[test]
fn push_version_fails_for_strangers_and_unknown_deployments() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		assert_noop!(
			Deployments::push_version(RuntimeOrigin::signed(CHARLIE), id, text(HELLO), None),
			Error::<Test>::NotEditor
		);
		// The lease's provider is not an editor either.
		assert_noop!(
			Deployments::push_version(RuntimeOrigin::signed(BOB), id, text(HELLO), None),
			Error::<Test>::NotEditor
		);
		assert_noop!(
			Deployments::push_version(RuntimeOrigin::signed(ALICE), 7, text(HELLO), None),
			Error::<Test>::UnknownDeployment
		);
	});
}

#[test]
fn push_version_fails_if_the_owner_cannot_afford_it() {
	let editor = DEPOSIT_PER_BYTE * EDITOR_BYTES;
	ExtBuilder::default()
		.with_balance(DAVE, CREATED + editor + ED + VERSION - 1)
		.build_and_execute(|| {
			let id = create_as(DAVE, "site", DIR);
			assert_ok!(Deployments::set_editors(RuntimeOrigin::signed(DAVE), id, editors(&[EVE])));
			assert_eq!(free(DAVE), ED + VERSION - 1);
			assert_noop!(
				Deployments::push_version(RuntimeOrigin::signed(DAVE), id, text(HELLO), None),
				Error::<Test>::CannotAffordDeposit
			);
			assert_noop!(
				Deployments::push_version(RuntimeOrigin::signed(EVE), id, text(HELLO), None),
				Error::<Test>::CannotAffordDeposit
			);
		});
}

#[test]
fn a_full_history_needs_only_the_difference() {
	// Enough for the deployment and two more versions, not three.
	ExtBuilder::default().with_balance(DAVE, CREATED + 2 * VERSION + ED).build_and_execute(|| {
		let id = create_as(DAVE, "site", DIR);
		push(DAVE, id, HELLO);
		push(DAVE, id, EMPTY_RAW);
		assert_eq!(free(DAVE), ED);
		// The next version of the same size prunes one: nothing more is needed.
		push(DAVE, id, V0);
		assert_eq!(kept(id), vec![2, 3, 4]);
		assert_eq!(free(DAVE), ED);
		// One with a note costs more than what is pruned.
		assert_noop!(
			Deployments::push_version(RuntimeOrigin::signed(DAVE), id, text(DIR), Some(note("x"))),
			Error::<Test>::CannotAffordDeposit
		);
	});
}

#[test]
fn push_and_rollback_fail_when_version_numbers_run_out() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		push(ALICE, id, HELLO);
		// Move the two versions to the last two numbers.
		let (v1, v2) = (version(id, 1), version(id, 2));
		Versions::<Test>::remove(id, 1);
		Versions::<Test>::remove(id, 2);
		Versions::<Test>::insert(id, u32::MAX - 1, v1);
		Versions::<Test>::insert(id, u32::MAX, v2);
		crate::Deployments::<Test>::mutate(id, |r| {
			let r = r.as_mut().unwrap();
			r.oldest = u32::MAX - 1;
			r.current = u32::MAX;
		});
		assert_noop!(
			Deployments::push_version(RuntimeOrigin::signed(ALICE), id, text(HELLO), None),
			Error::<Test>::VersionOverflow
		);
		assert_noop!(
			Deployments::rollback(RuntimeOrigin::signed(ALICE), id, u32::MAX - 1),
			Error::<Test>::VersionOverflow
		);
	});
}

#[test]
fn rollback_records_a_new_version_with_the_old_cid() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		push(ALICE, id, HELLO);
		run_to_block(4);
		assert_ok!(Deployments::rollback(RuntimeOrigin::signed(ALICE), id, 1));

		let r = record(id);
		assert_eq!((r.oldest, r.current), (1, 3));
		let v = version(id, 3);
		assert_eq!(v.cid, stored(DIR));
		assert_eq!(v.origin, VersionOrigin::Rollback { to: 1 });
		assert_eq!((v.author, v.created_at, v.note), (ALICE, 4, None));
		assert_eq!(v.deposit, ROLLBACK);
		assert_eq!(held(ALICE), CREATED + VERSION + ROLLBACK);
		// The earlier entries are untouched: the log is append-only.
		assert_eq!(version(id, 1).cid, stored(DIR));
		assert_eq!(version(id, 2).cid, stored(HELLO));
		assert_eq!(
			events(),
			vec![Event::RolledBack {
				deployment: id,
				version: 3,
				to: 1,
				cid: stored(DIR),
				author: ALICE
			}]
		);
	});
}

#[test]
fn rollback_prunes_like_a_push_and_may_restore_the_oldest() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		push(ALICE, id, HELLO);
		push(ALICE, id, EMPTY_RAW);
		// Restores version 1, which is also the one pruned.
		assert_ok!(Deployments::rollback(RuntimeOrigin::signed(ALICE), id, 1));
		assert_eq!(kept(id), vec![2, 3, 4]);
		assert_eq!(version(id, 4).cid, stored(DIR));
		assert_eq!(held(ALICE), RECORD + 2 * VERSION + ROLLBACK);
		assert_eq!(
			events(),
			vec![
				Event::RolledBack {
					deployment: id,
					version: 4,
					to: 1,
					cid: stored(DIR),
					author: ALICE
				},
				Event::VersionPruned { deployment: id, version: 1, released: VERSION },
			]
		);
		// A rollback of a rollback.
		push(ALICE, id, V0);
		assert_ok!(Deployments::rollback(RuntimeOrigin::signed(ALICE), id, 4));
		assert_eq!(version(id, 6).cid, stored(DIR));
		assert_eq!(version(id, 6).origin, VersionOrigin::Rollback { to: 4 });
	});
}

#[test]
fn rollback_checks_the_version() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		for cid in [HELLO, EMPTY_RAW, V0] {
			push(ALICE, id, cid);
		}
		let rollback = |v| Deployments::rollback(RuntimeOrigin::signed(ALICE), id, v);
		assert_noop!(rollback(0), Error::<Test>::UnknownVersion);
		assert_noop!(rollback(5), Error::<Test>::UnknownVersion);
		assert_noop!(rollback(1), Error::<Test>::VersionPruned);
		assert_noop!(rollback(4), Error::<Test>::AlreadyCurrent);
		assert_ok!(rollback(2));
	});
}

#[test]
fn rollback_is_for_the_owner_and_editors() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		push(ALICE, id, HELLO);
		assert_noop!(
			Deployments::rollback(RuntimeOrigin::signed(CHARLIE), id, 1),
			Error::<Test>::NotEditor
		);
		assert_noop!(
			Deployments::rollback(RuntimeOrigin::signed(ALICE), 9, 1),
			Error::<Test>::UnknownDeployment
		);
		assert_ok!(Deployments::set_editors(RuntimeOrigin::signed(ALICE), id, editors(&[EVE])));
		assert_ok!(Deployments::rollback(RuntimeOrigin::signed(EVE), id, 1));
		assert_eq!(version(id, 3).author, EVE);
		assert_eq!(held(EVE), 0);
	});
}

#[test]
fn rollback_fails_if_the_owner_cannot_afford_it() {
	ExtBuilder::default()
		.with_balance(DAVE, CREATED + VERSION + ED + ROLLBACK - 1)
		.build_and_execute(|| {
			let id = create_as(DAVE, "site", DIR);
			push(DAVE, id, HELLO);
			assert_noop!(
				Deployments::rollback(RuntimeOrigin::signed(DAVE), id, 1),
				Error::<Test>::CannotAffordDeposit
			);
		});
}

#[test]
fn status_reports_survive_pushes() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Deployments::create(
			RuntimeOrigin::signed(ALICE),
			name("s"),
			text(DIR),
			Some(LEASE)
		));
		assert_ok!(Deployments::report_status(
			RuntimeOrigin::signed(BOB),
			0,
			1,
			crate::DeploymentStatus::Running
		));
		push(ALICE, 0, HELLO);
		assert_eq!(
			crate::Statuses::<Test>::get(0),
			Some(StatusReport {
				version: 1,
				status: crate::DeploymentStatus::Running,
				reported_at: 1
			})
		);
	});
}
