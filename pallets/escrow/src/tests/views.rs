//! The trait's read-only side: balance, owed, runway, streamed, info.

use super::*;
use frame_support::assert_ok;

#[test]
fn views_of_an_unknown_account_are_none() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(api_balance(0), None);
		assert_eq!(api_owed(0), None);
		assert_eq!(api_runway(0), None);
		assert_eq!(api_streamed(0), None);
		assert_eq!(api_info(0), None);
	});
}

#[test]
fn views_of_an_account_without_stream() {
	ExtBuilder::default().build_and_execute(|| {
		let id = api_open(ALICE, 1_000).unwrap();
		assert_eq!(api_balance(id), Some(1_000));
		assert_eq!(api_owed(id), Some(0));
		assert_eq!(api_runway(id), None);
		assert_eq!(api_streamed(id), Some(0));
	});
}

#[test]
fn owed_and_runway_follow_the_clock_without_any_write() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		assert_eq!(api_owed(id), Some(0));
		assert_eq!(api_runway(id), Some(100));
		run_to_block(41);
		assert_eq!(api_balance(id), Some(1_000));
		assert_eq!(api_owed(id), Some(400));
		assert_eq!(api_runway(id), Some(60));
		assert_ok!(api_settle(id));
		assert_eq!(api_balance(id), Some(600));
		assert_eq!(api_owed(id), Some(0));
		// Settling does not change the runway; depositing does.
		assert_eq!(api_runway(id), Some(60));
		assert_ok!(api_deposit(CHARLIE, id, 100));
		assert_eq!(api_runway(id), Some(70));
	});
}

#[test]
fn owed_is_capped_by_the_balance() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		System::set_block_number(500);
		assert_eq!(api_owed(id), Some(1_000));
		assert_eq!(api_runway(id), Some(0));
		// Let the hook's view of time match again before the final check.
		System::set_block_number(1);
	});
}

#[test]
fn streamed_counts_what_was_settled_and_what_is_owed_now() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		assert_eq!(api_streamed(id), Some(0));
		run_to_block(41);
		// 400 owed, nothing settled yet.
		assert_eq!(api_streamed(id), Some(400));
		assert_ok!(api_settle(id));
		// Settled now (take included), same total.
		assert_eq!(api_streamed(id), Some(400));
		run_to_block(51);
		assert_eq!(api_streamed(id), Some(500));
		// Capped by the balance: the owner cannot pay more than it deposited.
		System::set_block_number(500);
		assert_eq!(api_streamed(id), Some(1_000));
		System::set_block_number(51);
		// Deposits add to what may be paid, not to what was.
		assert_ok!(api_deposit(CHARLIE, id, 300));
		assert_eq!(api_streamed(id), Some(500));
	});
}

#[test]
fn streamed_counts_only_the_current_stream_and_ends_with_the_account() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		run_to_block(11);
		assert_ok!(api_stop(id));
		assert_eq!(api_streamed(id), Some(0));
		assert_ok!(api_start(id, CHARLIE, 20));
		run_to_block(16);
		assert_eq!(api_streamed(id), Some(100));
		assert_eq!(api_close(id), Ok(800));
		assert_eq!(api_streamed(id), None);
	});
}

#[test]
fn info_names_the_owner_whether_managed_and_the_stream() {
	ExtBuilder::default().build_and_execute(|| {
		let id = api_open(ALICE, 1_000).unwrap();
		assert_eq!(api_info(id), Some(EscrowInfo { owner: ALICE, managed: true, stream: None }));
		assert_ok!(api_start(id, BOB, 10));
		assert_eq!(
			api_info(id),
			Some(EscrowInfo { owner: ALICE, managed: true, stream: Some((BOB, 10)) })
		);
		let legacy = legacy_open(CHARLIE, 500);
		assert_eq!(
			api_info(legacy),
			Some(EscrowInfo { owner: CHARLIE, managed: false, stream: None })
		);
		run_to_block(11);
		assert_ok!(api_close(id));
		assert_eq!(api_info(id), None);
	});
}
