//! Starting and stopping streams (the market's side of the trait).

use super::*;
use crate::{Error, Event};
use frame_support::{assert_noop, assert_ok};

#[test]
fn start_stream_sets_paid_through_and_schedules_one_expiry() {
	ExtBuilder::default().build_and_execute(|| {
		let id = api_open(ALICE, 1_000).unwrap();
		events();
		assert_ok!(api_start(id, BOB, 10));
		assert_eq!(
			events(),
			vec![Event::StreamStarted { account: id, payee: BOB, rate: 10, paid_through: 101 }]
		);
		let stream = Accounts::<Test>::get(id).unwrap().stream.unwrap();
		assert_eq!(stream.payee, BOB);
		assert_eq!(stream.rate, 10);
		assert_eq!(stream.started_at, 1);
		assert_eq!(stream.streamed, 0);
		assert_eq!(stream.status, StreamStatus::Active { expires_at: 101 });
		assert_eq!(entries_of(id), vec![101]);
		// Starting moves no money.
		assert_eq!(held(), 1_000);
		assert_eq!(free(BOB), BOB_FUNDS);
	});
}

#[test]
fn start_stream_rounds_paid_through_down_to_whole_blocks() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_005, 10);
		assert_eq!(status(id), Some(StreamStatus::Active { expires_at: 101 }));
		assert_eq!(api_runway(id), Some(100));
	});
}

#[test]
fn start_stream_fails_on_zero_rate() {
	ExtBuilder::default().build_and_execute(|| {
		let id = api_open(ALICE, 1_000).unwrap();
		assert_noop!(api_start(id, BOB, 0), Error::<Test>::ZeroRate);
	});
}

#[test]
fn start_stream_fails_when_a_stream_already_runs() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		assert_noop!(api_start(id, CHARLIE, 5), Error::<Test>::StreamAlreadyRunning);
	});
}

#[test]
fn start_stream_fails_without_one_funded_block() {
	ExtBuilder::default().build_and_execute(|| {
		let id = api_open(ALICE, 100).unwrap();
		assert_noop!(api_start(id, BOB, 101), Error::<Test>::InsufficientBalance);
		assert_ok!(api_start(id, BOB, 100));
		assert_eq!(status(id), Some(StreamStatus::Active { expires_at: 2 }));
	});
}

#[test]
fn start_stream_rejects_a_rate_that_could_overflow() {
	ExtBuilder::default().build_and_execute(|| {
		let id = api_open(ALICE, 1_000).unwrap();
		// rate × u32::MAX must fit in u128.
		let max_rate = u128::MAX / u32::MAX as u128;
		assert_noop!(api_start(id, BOB, max_rate + 1), Error::<Test>::RateTooHigh);
		assert_noop!(api_start(id, BOB, u128::MAX), Error::<Test>::RateTooHigh);
		// The largest rate passes that check (and fails only for lack of funds).
		assert_noop!(api_start(id, BOB, max_rate), Error::<Test>::InsufficientBalance);
	});
}

#[test]
fn start_stream_rejects_the_escrow_account_as_payee() {
	ExtBuilder::default().build_and_execute(|| {
		let id = api_open(ALICE, 1_000).unwrap();
		assert_noop!(api_start(id, Escrow::account_id(), 10), Error::<Test>::InvalidPayee);
	});
}

#[test]
fn start_stream_fails_on_closed_or_unknown_account() {
	ExtBuilder::default().build_and_execute(|| {
		let id = api_open(ALICE, 1_000).unwrap();
		assert_ok!(api_close(id));
		assert_noop!(api_start(id, BOB, 10), Error::<Test>::AccountClosed);
		assert_noop!(api_start(id + 1, BOB, 10), Error::<Test>::UnknownAccount);
	});
}

#[test]
fn stop_stream_settles_and_removes_the_expiry_entry() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		run_to_block(31);
		events();
		assert_ok!(api_stop(id));
		assert_eq!(
			events(),
			vec![
				Event::Settled { account: id, payee: BOB, paid: 270, fee: 30, remaining: 700 },
				Event::StreamStopped { account: id, payee: BOB },
			]
		);
		assert_eq!(status(id), None);
		assert!(entries_of(id).is_empty());
		assert_eq!(free(BOB), BOB_FUNDS + 270);
		assert_eq!(free(TREASURY), TREASURY_FUNDS + 30);
		assert_eq!(held(), 700);
		// The stream earns nothing more.
		run_to_block(200);
		assert_eq!(held(), 700);
		assert_eq!(api_owed(id), Some(0));
	});
}

#[test]
fn stop_stream_fails_without_stream() {
	ExtBuilder::default().build_and_execute(|| {
		let id = api_open(ALICE, 1_000).unwrap();
		assert_noop!(api_stop(id), Error::<Test>::NoStream);
		assert_noop!(api_stop(id + 1), Error::<Test>::UnknownAccount);
	});
}

#[test]
fn stop_stream_of_an_overdrawn_account_drops_the_unfunded_debt() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		run_to_block(105);
		assert!(status(id).unwrap().is_overdrawn());
		assert_eq!(api_owed(id), Some(0));
		assert_ok!(api_stop(id));
		assert_eq!(free(BOB), BOB_FUNDS + 900);
		assert_eq!(free(TREASURY), TREASURY_FUNDS + 100);
		assert!(entries_of(id).is_empty());
		// A top-up now is the owner's again.
		assert_ok!(api_deposit(ALICE, id, 500));
		assert_ok!(api_close(id));
		assert_eq!(free(ALICE), ALICE_FUNDS - 1_000);
		assert_eq!(exhausted(), Vec::<AccountIndex>::new());
	});
}

#[test]
fn a_stopped_stream_can_be_replaced_by_a_new_one() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		run_to_block(11);
		assert_ok!(api_stop(id));
		assert_ok!(api_start(id, CHARLIE, 20));
		// 900 left at 20 per block from block 11.
		assert_eq!(status(id), Some(StreamStatus::Active { expires_at: 56 }));
		run_to_block(21);
		assert_ok!(api_settle(id));
		assert_eq!(free(CHARLIE), CHARLIE_FUNDS + 180);
		assert_eq!(free(BOB), BOB_FUNDS + 90);
		assert_eq!(free(TREASURY), TREASURY_FUNDS + 10 + 20);
	});
}
