//! Inputs longer than the pallet's bounds (CID text, name, note, editors) decode, and fail with
//! a named error before anything is written, instead of failing to decode ("wasm trap:
//! unreachable" for a signed extrinsic).

use super::*;
use crate::{Call, Error, LeaseId};
use codec::{Decode, Encode};
use frame_support::{
	assert_noop,
	dispatch::DispatchResult,
	traits::{PalletInfoAccess, UnfilteredDispatchable},
};

/// The bounds of the test runtime.
const MAX_CID: usize = 128;
const MAX_NAME: usize = 32;
const MAX_NOTE: usize = 32;
const MAX_EDITORS: usize = 4;

/// A CID text of `len` bytes (not a valid CID).
fn long_cid(len: usize) -> Vec<u8> {
	let mut text = b"b".to_vec();
	text.resize(len, b'a');
	text
}

/// Decodes `bytes` as a call of this pallet, as the runtime decodes an extrinsic's call, and
/// dispatches it as Alice.
fn decode_and_dispatch(bytes: &[u8]) -> DispatchResult {
	let call = Call::<Test>::decode(&mut &bytes[..]).expect("the call decodes");
	call.dispatch_bypass_filter(RuntimeOrigin::signed(ALICE)).map(|_| ()).map_err(|e| e.error)
}

#[test]
fn a_200_byte_cid_fails_create_and_push_version_with_cid_too_long_and_changes_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		let cid = long_cid(200);
		assert_noop!(
			Deployments::create(RuntimeOrigin::signed(ALICE), name("other"), cid.clone(), None),
			Error::<Test>::CidTooLong
		);
		assert_noop!(
			Deployments::push_version(RuntimeOrigin::signed(ALICE), id, cid, None),
			Error::<Test>::CidTooLong
		);
		assert_eq!(record(id).current, 1);
		assert_eq!(held(ALICE), CREATED);
	});
}

#[test]
fn an_encoded_create_with_a_200_byte_cid_decodes_and_fails_with_cid_too_long() {
	ExtBuilder::default().build_and_execute(|| {
		// `create(name, cid, lease)` at call index 0, encoded as a client would.
		let create = (0u8, b"site".to_vec(), long_cid(200), None::<LeaseId>).encode();
		assert_noop!(decode_and_dispatch(&create), Error::<Test>::CidTooLong);
		let id = create_site();
		// `push_version(deployment, cid, note)` at call index 1.
		let push = (1u8, id, long_cid(200), None::<Vec<u8>>).encode();
		assert_noop!(decode_and_dispatch(&push), Error::<Test>::CidTooLong);
		// And so does the whole runtime call.
		let index = <Deployments as PalletInfoAccess>::index() as u8;
		let runtime_call = (index, 0u8, b"x".to_vec(), long_cid(200), None::<LeaseId>).encode();
		assert!(RuntimeCall::decode(&mut &runtime_call[..]).is_ok());
	});
}

#[test]
fn a_cid_text_of_exactly_max_cid_len_is_parsed_and_one_more_byte_is_too_long() {
	ExtBuilder::default().build_and_execute(|| {
		let at_max = Deployments::create(
			RuntimeOrigin::signed(ALICE),
			name("site"),
			long_cid(MAX_CID),
			None,
		);
		assert!(at_max.is_err());
		assert_ne!(at_max, Err(Error::<Test>::CidTooLong.into()));
		assert_noop!(
			Deployments::create(
				RuntimeOrigin::signed(ALICE),
				name("site"),
				long_cid(MAX_CID + 1),
				None
			),
			Error::<Test>::CidTooLong
		);
	});
}

#[test]
fn an_oversized_name_fails_with_name_too_long_and_changes_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		let longest = "n".repeat(MAX_NAME);
		let too_long = "n".repeat(MAX_NAME + 1);
		assert_noop!(
			Deployments::create(RuntimeOrigin::signed(ALICE), name(&too_long), text(DIR), None),
			Error::<Test>::NameTooLong
		);
		let encoded = (0u8, vec![b'n'; 200], text(DIR), None::<LeaseId>).encode();
		assert_noop!(decode_and_dispatch(&encoded), Error::<Test>::NameTooLong);
		assert_eq!(crate::NextDeploymentId::<Test>::get(), 0);
		assert_ok!(Deployments::create(
			RuntimeOrigin::signed(ALICE),
			name(&longest),
			text(DIR),
			None
		));
	});
}

#[test]
fn an_oversized_note_fails_with_note_too_long_and_changes_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		let too_long = "x".repeat(MAX_NOTE + 1);
		assert_noop!(
			Deployments::push_version(
				RuntimeOrigin::signed(ALICE),
				id,
				text(HELLO),
				Some(note(&too_long))
			),
			Error::<Test>::NoteTooLong
		);
		let encoded = (1u8, id, text(HELLO), Some(vec![b'x'; 200])).encode();
		assert_noop!(decode_and_dispatch(&encoded), Error::<Test>::NoteTooLong);
		assert_ok!(Deployments::push_version(
			RuntimeOrigin::signed(ALICE),
			id,
			text(HELLO),
			Some(note(&"x".repeat(MAX_NOTE)))
		));
		assert_eq!(record(id).current, 2);
	});
}

#[test]
fn too_many_editors_fail_with_too_many_editors_and_change_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		let too_many: Vec<AccountId> = (10..=10 + MAX_EDITORS as u64).collect();
		assert_noop!(
			Deployments::set_editors(RuntimeOrigin::signed(ALICE), id, too_many.clone()),
			Error::<Test>::TooManyEditors
		);
		// `set_editors(deployment, editors)` at call index 6.
		let encoded = (6u8, id, too_many).encode();
		assert_noop!(decode_and_dispatch(&encoded), Error::<Test>::TooManyEditors);
		assert!(record(id).editors.is_empty());
		let most: Vec<AccountId> = (10..10 + MAX_EDITORS as u64).collect();
		assert_ok!(Deployments::set_editors(RuntimeOrigin::signed(ALICE), id, most.clone()));
		assert_eq!(record(id).editors, most);
	});
}

#[test]
fn the_weight_of_set_editors_is_capped_at_max_editors() {
	use crate::weights::WeightInfo;
	use frame_support::dispatch::GetDispatchInfo;
	let call = |n: u64| Call::<Test>::set_editors { deployment: 0, editors: (0..n).collect() };
	let max = <() as WeightInfo>::set_editors(MAX_EDITORS as u32);
	assert_eq!(call(MAX_EDITORS as u64).get_dispatch_info().call_weight, max);
	assert_eq!(call(1_000).get_dispatch_info().call_weight, max);
	assert!(call(1).get_dispatch_info().call_weight.all_lte(max));
}
