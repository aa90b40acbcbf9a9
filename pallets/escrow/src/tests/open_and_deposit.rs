//! Opening accounts (only through the `Escrow` trait) and depositing into them.

use super::*;
use crate::{Call, Error, Event, NextAccountIndex, Total};
use codec::{Decode, Encode};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{InspectHold, Mutate},
};

#[test]
fn accounts_cannot_be_opened_by_call() {
	// What a signed `open(1_000)` (call index 0) was: it decodes to no call any more.
	let open = (0u8, 1_000 as Balance).encode();
	assert!(Call::<Test>::decode(&mut &open[..]).is_err());
}

#[test]
fn the_remaining_calls_keep_their_indices() {
	let index = |call: Call<Test>| call.encode()[0];
	assert_eq!(index(Call::deposit { account: 0, amount: 1 }), 1);
	assert_eq!(index(Call::settle { account: 0 }), 2);
	assert_eq!(index(Call::withdraw { account: 0 }), 3);
	assert_eq!(index(Call::close { account: 0 }), 4);
}

#[test]
fn open_holds_the_deposit_on_the_escrow_account() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(api_open(ALICE, 1_000), Ok(0));

		let account = Accounts::<Test>::get(0).unwrap();
		assert_eq!(account.owner, ALICE);
		assert!(account.managed);
		assert_eq!(account.balance, 1_000);
		assert_eq!(account.deposited, 1_000);
		assert!(account.stream.is_none());
		assert_eq!(free(ALICE), ALICE_FUNDS - 1_000);
		assert_eq!(held(), 1_000);
		assert_eq!(Balances::total_balance_on_hold(&Escrow::account_id()), 1_000);
		assert_eq!(free(Escrow::account_id()), 0);
		assert_eq!(NextAccountIndex::<Test>::get(), 1);
		assert_eq!(Total::<Test>::get().deposited, 1_000);
		assert_eq!(
			events(),
			vec![
				Event::Opened { account: 0, owner: ALICE },
				Event::Deposited { account: 0, from: ALICE, amount: 1_000 },
			]
		);
	});
}

#[test]
fn open_assigns_increasing_indices() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(api_open(ALICE, 100), Ok(0));
		assert_eq!(api_open(CHARLIE, 100), Ok(1));
		assert_ok!(api_close(0));
		assert_eq!(api_open(ALICE, 100), Ok(2));
		assert_eq!(held(), 200);
	});
}

#[test]
fn open_fails_on_zero_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(api_open(ALICE, 0), Error::<Test>::ZeroAmount);
	});
}

#[test]
fn open_fails_below_the_existential_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(api_open(ALICE, ED - 1), Error::<Test>::DepositBelowMinimum);
		assert_ok!(api_open(ALICE, ED));
		assert_eq!(held(), ED);
	});
}

#[test]
fn open_fails_when_the_owner_cannot_pay_and_never_reaps_the_owner() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(api_open(ALICE, ALICE_FUNDS), Error::<Test>::InsufficientBalance);
		assert_noop!(api_open(ALICE, ALICE_FUNDS - ED + 1), Error::<Test>::InsufficientBalance);
		assert_noop!(api_open(DAVE, 100), Error::<Test>::InsufficientBalance);
		// Everything but the existential deposit is fine.
		assert_ok!(api_open(ALICE, ALICE_FUNDS - ED));
		assert_eq!(free(ALICE), ED);
	});
}

#[test]
fn a_deposit_beyond_what_the_payer_can_spend_is_insufficient_balance_not_a_token_error() {
	ExtBuilder::default().build_and_execute(|| {
		let id = api_open(ALICE, 1_000).unwrap();
		for amount in [Balance::MAX, Balance::MAX - 1, Balance::MAX / 2] {
			assert_noop!(api_open(ALICE, amount), Error::<Test>::InsufficientBalance);
			assert_noop!(api_deposit(CHARLIE, id, amount), Error::<Test>::InsufficientBalance);
			assert_noop!(
				Escrow::deposit(RuntimeOrigin::signed(CHARLIE), id, amount),
				Error::<Test>::InsufficientBalance
			);
		}
		assert_eq!(held(), 1_000);
	});
}

#[test]
fn open_fails_when_indices_run_out() {
	ExtBuilder::default().build_and_execute(|| {
		NextAccountIndex::<Test>::put(u64::MAX);
		assert_noop!(api_open(ALICE, 100), Error::<Test>::IndexOverflow);
		// Leave a consistent state for the final check.
		NextAccountIndex::<Test>::put(0);
	});
}

#[test]
fn deposit_by_a_third_party_is_held_and_refunded_to_the_owner_on_close() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(api_open(ALICE, 1_000));
		events();
		assert_ok!(Escrow::deposit(RuntimeOrigin::signed(CHARLIE), 0, 500));
		assert_eq!(events(), vec![Event::Deposited { account: 0, from: CHARLIE, amount: 500 }]);
		assert_eq!(free(CHARLIE), CHARLIE_FUNDS - 500);
		assert_eq!(held(), 1_500);
		assert_eq!(balance_of(0), 1_500);
		assert_eq!(Accounts::<Test>::get(0).unwrap().deposited, 1_500);

		assert_eq!(api_close(0), Ok(1_500));
		assert_eq!(free(ALICE), ALICE_FUNDS + 500);
		assert_eq!(free(CHARLIE), CHARLIE_FUNDS - 500);
		assert_eq!(held(), 0);
	});
}

#[test]
fn deposit_fails_on_closed_account() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(api_open(ALICE, 1_000));
		assert_ok!(api_close(0));
		assert_noop!(
			Escrow::deposit(RuntimeOrigin::signed(CHARLIE), 0, 500),
			Error::<Test>::AccountClosed
		);
		assert_noop!(api_deposit(CHARLIE, 0, 500), Error::<Test>::AccountClosed);
	});
}

#[test]
fn deposit_fails_on_unknown_account() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Escrow::deposit(RuntimeOrigin::signed(CHARLIE), 7, 500),
			Error::<Test>::UnknownAccount
		);
	});
}

#[test]
fn deposit_fails_on_zero_or_dust_amount() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(api_open(ALICE, 1_000));
		assert_noop!(
			Escrow::deposit(RuntimeOrigin::signed(CHARLIE), 0, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			Escrow::deposit(RuntimeOrigin::signed(CHARLIE), 0, ED - 1),
			Error::<Test>::DepositBelowMinimum
		);
	});
}

#[test]
fn deposit_fails_when_the_depositor_cannot_pay() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(api_open(ALICE, 1_000));
		assert_noop!(
			Escrow::deposit(RuntimeOrigin::signed(BOB), 0, BOB_FUNDS),
			Error::<Test>::InsufficientBalance
		);
		// Everything but the existential deposit is fine.
		assert_ok!(Escrow::deposit(RuntimeOrigin::signed(BOB), 0, BOB_FUNDS - ED));
		assert_eq!(free(BOB), ED);
	});
}

#[test]
fn deposit_extends_paid_through_and_moves_the_expiry_entry() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		assert_eq!(entries_of(id), vec![101]);
		run_to_block(21);

		assert_ok!(Escrow::deposit(RuntimeOrigin::signed(CHARLIE), id, 500));
		// 20 blocks are settled on the way: 200, 20 of them the take.
		assert_eq!(
			events(),
			vec![
				Event::Deposited { account: id, from: CHARLIE, amount: 500 },
				Event::Settled { account: id, payee: BOB, paid: 180, fee: 20, remaining: 1_300 },
				Event::Extended { account: id, paid_through: 151 },
			]
		);
		assert_eq!(status(id), Some(StreamStatus::Active { expires_at: 151 }));
		assert_eq!(entries_of(id), vec![151]);
		assert_eq!(free(BOB), BOB_FUNDS + 180);
		assert_eq!(free(TREASURY), TREASURY_FUNDS + 20);
		assert_eq!(held(), 1_300);
	});
}

#[test]
fn deposit_into_an_account_without_stream_schedules_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(api_open(ALICE, 1_000));
		assert_ok!(Escrow::deposit(RuntimeOrigin::signed(ALICE), 0, 1_000));
		assert_eq!(Expiries::<Test>::iter().count(), 0);
		assert_eq!(held(), 2_000);
	});
}

#[test]
fn the_escrow_account_survives_being_emptied_and_refilled() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(api_open(ALICE, 100));
		assert_ok!(api_close(0));
		assert_eq!(held(), 0);
		assert_ok!(api_open(CHARLIE, 100));
		assert_eq!(held(), 100);
		// Free funds someone sends to the escrow account are not escrowed.
		assert_ok!(<Balances as Mutate<_>>::transfer(
			&CHARLIE,
			&Escrow::account_id(),
			50,
			frame_support::traits::tokens::Preservation::Preserve
		));
		assert_eq!(held(), 100);
	});
}
