//! Setting editors.

use super::*;
use crate::{Error, Event};
use frame_support::assert_noop;

const EDITOR: Balance = DEPOSIT_PER_BYTE * EDITOR_BYTES;

#[test]
fn set_editors_replaces_them_and_reprices_the_record() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		assert_ok!(Deployments::set_editors(
			RuntimeOrigin::signed(ALICE),
			id,
			editors(&[EVE, CHARLIE])
		));
		assert_eq!(record(id).editors.to_vec(), vec![EVE, CHARLIE]);
		assert_eq!(record(id).deposit, RECORD + 2 * EDITOR);
		assert_eq!(held(ALICE), CREATED + 2 * EDITOR);
		assert_eq!(
			events(),
			vec![Event::EditorsSet { deployment: id, editors: bounded_editors(&[EVE, CHARLIE]) }]
		);
		assert!(record(id).may_edit(&EVE) && record(id).may_edit(&CHARLIE));

		// Fewer editors: the difference is released.
		assert_ok!(Deployments::set_editors(RuntimeOrigin::signed(ALICE), id, editors(&[EVE])));
		assert_eq!(held(ALICE), CREATED + EDITOR);
		assert!(!record(id).may_edit(&CHARLIE));
		assert_noop!(
			Deployments::push_version(RuntimeOrigin::signed(CHARLIE), id, text(HELLO), None),
			Error::<Test>::NotEditor
		);

		// None at all.
		assert_ok!(Deployments::set_editors(RuntimeOrigin::signed(ALICE), id, editors(&[])));
		assert_eq!(held(ALICE), CREATED);
		assert!(record(id).may_edit(&ALICE));
	});
}

#[test]
fn set_editors_errors() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		assert_noop!(
			Deployments::set_editors(RuntimeOrigin::signed(ALICE), id, editors(&[EVE, BOB, EVE])),
			Error::<Test>::DuplicateEditor
		);
		assert_noop!(
			Deployments::set_editors(RuntimeOrigin::signed(ALICE), 2, editors(&[EVE])),
			Error::<Test>::UnknownDeployment
		);
		// Editors cannot change the editors.
		assert_ok!(Deployments::set_editors(RuntimeOrigin::signed(ALICE), id, editors(&[EVE])));
		assert_noop!(
			Deployments::set_editors(RuntimeOrigin::signed(EVE), id, editors(&[EVE, BOB])),
			Error::<Test>::NotOwner
		);
		assert!(crate::EditorsOf::<Test>::try_from(vec![1, 2, 3, 4, 5]).is_err());
	});
}

#[test]
fn set_editors_fails_if_the_owner_cannot_afford_them() {
	ExtBuilder::default().with_balance(DAVE, CREATED + ED + EDITOR).build_and_execute(|| {
		let id = create_as(DAVE, "site", DIR);
		assert_ok!(Deployments::set_editors(RuntimeOrigin::signed(DAVE), id, editors(&[EVE])));
		assert_noop!(
			Deployments::set_editors(RuntimeOrigin::signed(DAVE), id, editors(&[EVE, BOB])),
			Error::<Test>::CannotAffordDeposit
		);
	});
}
