//! Closing accounts and refunds. The `close` call is for accounts opened with the former `open`
//! call ([`legacy_open`]); the market closes the accounts it opened through the trait.

use super::*;
use crate::{CloseReason, Error, Event, Total};
use frame_support::{assert_noop, assert_ok};

#[test]
fn close_refunds_the_owner_and_removes_the_account_opened_by_the_former_open_call() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(legacy_open(ALICE, 1_000), 0);
		events();
		assert_ok!(Escrow::close(RuntimeOrigin::signed(ALICE), 0));
		assert_eq!(
			events(),
			vec![Event::Closed {
				account: 0,
				owner: ALICE,
				refund: 1_000,
				reason: CloseReason::Requested
			}]
		);
		assert_eq!(free(ALICE), ALICE_FUNDS);
		assert_eq!(held(), 0);
		assert!(!Accounts::<Test>::contains_key(0));
		assert_eq!(Total::<Test>::get().refunded, 1_000);
	});
}

#[test]
fn close_fails_for_anyone_but_the_owner() {
	ExtBuilder::default().build_and_execute(|| {
		legacy_open(ALICE, 1_000);
		assert_ok!(Escrow::deposit(RuntimeOrigin::signed(CHARLIE), 0, 500));
		assert_noop!(Escrow::close(RuntimeOrigin::signed(CHARLIE), 0), Error::<Test>::NotOwner);
		assert_noop!(Escrow::close(RuntimeOrigin::signed(BOB), 0), Error::<Test>::NotOwner);
	});
}

#[test]
fn close_fails_while_a_stream_runs() {
	ExtBuilder::default().build_and_execute(|| {
		// Opened by the owner's former call; a stream is started on it.
		legacy_open(ALICE, 1_000);
		assert_ok!(api_start(0, BOB, 10));
		assert_noop!(Escrow::close(RuntimeOrigin::signed(ALICE), 0), Error::<Test>::StreamRunning);
		// Once the stream stops, the owner may close.
		run_to_block(11);
		assert_ok!(api_stop(0));
		assert_ok!(Escrow::close(RuntimeOrigin::signed(ALICE), 0));
		assert_eq!(free(ALICE), ALICE_FUNDS - 100);
		assert_eq!(free(BOB), BOB_FUNDS + 90);
		assert_eq!(free(TREASURY), TREASURY_FUNDS + 10);
	});
}

#[test]
fn close_fails_for_an_account_opened_by_another_pallet() {
	ExtBuilder::default().build_and_execute(|| {
		// The market opens the account for Alice's order: only the market closes it.
		let id = api_open(ALICE, 1_000).expect("Alice can open");
		assert!(Accounts::<Test>::get(id).expect("open").managed);
		assert_noop!(
			Escrow::close(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::ManagedAccount
		);
		// Even with no stream running, and after the stream a lease ran has stopped.
		assert_ok!(api_start(id, BOB, 10));
		run_to_block(11);
		assert_ok!(api_stop(id));
		assert_noop!(
			Escrow::close(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::ManagedAccount
		);
		// The market's close refunds the owner.
		assert_eq!(api_close(id), Ok(900));
		assert_eq!(free(ALICE), ALICE_FUNDS - 100);
		assert!(!Accounts::<Test>::contains_key(id));
	});
}

#[test]
fn every_account_opened_now_is_managed_and_only_the_market_closes_it() {
	ExtBuilder::default().build_and_execute(|| {
		let id = api_open(ALICE, 1_000).unwrap();
		assert!(Accounts::<Test>::get(id).expect("open").managed);
		assert_noop!(
			Escrow::close(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::ManagedAccount
		);
		// Accounts opened before the `open` call was removed are not, and their owners close
		// them.
		let legacy = legacy_open(ALICE, 1_000);
		assert!(!Accounts::<Test>::get(legacy).expect("open").managed);
		assert_ok!(Escrow::close(RuntimeOrigin::signed(ALICE), legacy));
	});
}

#[test]
fn close_fails_on_closed_or_unknown_account() {
	ExtBuilder::default().build_and_execute(|| {
		legacy_open(ALICE, 1_000);
		assert_ok!(Escrow::close(RuntimeOrigin::signed(ALICE), 0));
		assert_noop!(Escrow::close(RuntimeOrigin::signed(ALICE), 0), Error::<Test>::AccountClosed);
		assert_noop!(api_close(0), Error::<Test>::AccountClosed);
		assert_noop!(Escrow::close(RuntimeOrigin::signed(ALICE), 1), Error::<Test>::UnknownAccount);
	});
}

#[test]
fn market_close_settles_stops_and_refunds_the_rest() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		assert_ok!(api_deposit(CHARLIE, id, 200));
		events();
		run_to_block(31);
		assert_eq!(api_close(id), Ok(900));
		assert_eq!(
			events(),
			vec![
				Event::Settled { account: id, payee: BOB, paid: 270, fee: 30, remaining: 900 },
				Event::StreamStopped { account: id, payee: BOB },
				Event::Closed {
					account: id,
					owner: ALICE,
					refund: 900,
					reason: CloseReason::Requested
				},
			]
		);
		assert_eq!(free(ALICE), ALICE_FUNDS - 1_000 + 900);
		assert_eq!(free(CHARLIE), CHARLIE_FUNDS - 200);
		assert_eq!(free(BOB), BOB_FUNDS + 270);
		assert_eq!(free(TREASURY), TREASURY_FUNDS + 30);
		assert_eq!(held(), 0);
		assert!(entries_of(id).is_empty());
		// Not reported as exhausted: the market closed it.
		assert_eq!(exhausted(), Vec::<AccountIndex>::new());
		let totals = Total::<Test>::get();
		assert_eq!(
			(totals.deposited, totals.paid, totals.fees, totals.refunded),
			(1_200, 270, 30, 900)
		);
	});
}

#[test]
fn a_refund_too_small_for_a_reaped_owner_goes_to_the_fee_destination() {
	const EVE: AccountId = 5;
	ExtBuilder::default().with_balance(EVE, 1_000).build_and_execute(|| {
		// Paid through block 12 (58 / 5 = 11 blocks); closed at 11 with 8 left.
		let id = api_open(EVE, 58).unwrap();
		assert_ok!(api_start(id, BOB, 5));
		// Eve empties and loses her account.
		assert_ok!(Balances::transfer_all(RuntimeOrigin::signed(EVE), CHARLIE, false));
		assert!(!System::account_exists(&EVE));
		run_to_block(11);
		events();
		// 50 to settle, 8 left: dust for an account that does not exist.
		assert_eq!(api_close(id), Ok(0));
		assert_eq!(
			events(),
			vec![
				Event::Settled { account: id, payee: BOB, paid: 45, fee: 5, remaining: 8 },
				Event::StreamStopped { account: id, payee: BOB },
				Event::DustSwept { account: id, who: EVE, amount: 8 },
				Event::Closed {
					account: id,
					owner: EVE,
					refund: 0,
					reason: CloseReason::Requested
				},
			]
		);
		assert_eq!(free(TREASURY), TREASURY_FUNDS + 13);
		assert_eq!(held(), 0);
	});
}

#[test]
fn a_refund_of_at_least_the_existential_deposit_recreates_a_reaped_owner() {
	const EVE: AccountId = 5;
	ExtBuilder::default().with_balance(EVE, 1_000).build_and_execute(|| {
		let id = api_open(EVE, 500).unwrap();
		assert_ok!(Balances::transfer_all(RuntimeOrigin::signed(EVE), CHARLIE, false));
		assert_eq!(api_close(id), Ok(500));
		assert_eq!(free(EVE), 500);
	});
}
