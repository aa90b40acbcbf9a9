//! The trait's read-only side: balance, owed, runway.

use super::*;
use frame_support::assert_ok;

#[test]
fn views_of_an_unknown_account_are_none() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(api_balance(0), None);
		assert_eq!(api_owed(0), None);
		assert_eq!(api_runway(0), None);
	});
}

#[test]
fn views_of_an_account_without_stream() {
	ExtBuilder::default().build_and_execute(|| {
		let id = api_open(ALICE, 1_000).unwrap();
		assert_eq!(api_balance(id), Some(1_000));
		assert_eq!(api_owed(id), Some(0));
		assert_eq!(api_runway(id), None);
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
