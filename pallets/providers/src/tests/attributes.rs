use super::*;
use crate::{AttributeKeysOf, Error, Event};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

fn keys(keys: &[&str]) -> AttributeKeysOf<Test> {
	keys.iter().map(|k| bounded(k.as_bytes())).collect::<Vec<_>>().try_into().unwrap()
}

fn verified(who: AccountId, key: &str) -> bool {
	record(who).attribute(key.as_bytes()).unwrap().verified
}

#[test]
fn verify_attributes_marks_them_verified() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(Providers::verify_attributes(
			RuntimeOrigin::signed(AUDITOR),
			ALICE,
			keys(&["tier"])
		));
		assert!(verified(ALICE, "tier"));
		assert!(!verified(ALICE, "dc"));
		assert_eq!(held_deposit(ALICE), INFO_DEPOSIT, "verification does not change the deposit");
		System::assert_last_event(
			Event::AttributesVerified { provider: ALICE, keys: keys(&["tier"]) }.into(),
		);
	});
}

#[test]
fn unverify_attributes_withdraws_the_verification() {
	build_and_execute(|| {
		register(ALICE);
		let auditor = RuntimeOrigin::signed(AUDITOR);
		assert_ok!(Providers::verify_attributes(auditor.clone(), ALICE, keys(&["tier", "dc"])));
		assert_ok!(Providers::unverify_attributes(auditor, ALICE, keys(&["dc"])));
		assert!(verified(ALICE, "tier"));
		assert!(!verified(ALICE, "dc"));
		System::assert_last_event(
			Event::AttributesUnverified { provider: ALICE, keys: keys(&["dc"]) }.into(),
		);
	});
}

#[test]
fn verify_attributes_requires_the_auditor_origin() {
	build_and_execute(|| {
		register(ALICE);
		assert_noop!(
			Providers::verify_attributes(RuntimeOrigin::signed(ALICE), ALICE, keys(&["tier"])),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Providers::unverify_attributes(RuntimeOrigin::signed(BOB), ALICE, keys(&["tier"])),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn verify_attributes_fails_if_any_key_is_unknown() {
	build_and_execute(|| {
		register(ALICE);
		assert_noop!(
			Providers::verify_attributes(
				RuntimeOrigin::signed(AUDITOR),
				ALICE,
				keys(&["tier", "gpu-vendor"])
			),
			Error::<Test>::UnknownAttribute
		);
		assert!(!verified(ALICE, "tier"));
	});
}

#[test]
fn verify_attributes_fails_without_keys_or_for_unregistered_account() {
	build_and_execute(|| {
		register(ALICE);
		let auditor = RuntimeOrigin::signed(AUDITOR);
		assert_noop!(
			Providers::verify_attributes(auditor.clone(), ALICE, keys(&[])),
			Error::<Test>::NoKeys
		);
		assert_noop!(
			Providers::unverify_attributes(auditor.clone(), ALICE, keys(&[])),
			Error::<Test>::NoKeys
		);
		assert_noop!(
			Providers::verify_attributes(auditor, BOB, keys(&["tier"])),
			Error::<Test>::NotRegistered
		);
	});
}
