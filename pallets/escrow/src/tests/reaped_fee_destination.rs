//! A fee destination that was reaped (e.g. a treasury spend emptied the treasury) never makes a
//! settlement, a close, a top-up or an expiry fail: what it cannot receive is burned.

use super::*;
use crate::{CloseReason, Event, Total};
use frame_support::assert_ok;
use sp_runtime::Perbill;

/// Accounts' and totals' fees.
fn fees(id: AccountIndex) -> (Balance, Balance) {
	(Accounts::<Test>::get(id).map(|a| a.fees).unwrap_or_default(), Total::<Test>::get().fees)
}

#[test]
fn settle_with_a_reaped_fee_destination_burns_a_take_below_the_existential_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		reap_treasury();
		let issuance = Balances::total_issuance();
		run_to_block(3);
		// 20 owed; the take of 2 is below the existential deposit of a treasury that is gone.
		assert_ok!(Escrow::settle(RuntimeOrigin::signed(CHARLIE), id));
		assert_eq!(
			events(),
			vec![
				Event::FeeBurned { account: id, amount: 2 },
				Event::Settled { account: id, payee: BOB, paid: 18, fee: 2, remaining: 980 },
			]
		);
		assert_eq!(free(BOB), BOB_FUNDS + 18);
		assert!(!System::account_exists(&TREASURY));
		assert_eq!(Balances::total_issuance(), issuance - 2);
		assert_eq!(held(), 980);
		// Burned amounts count as fees, so the ledgers still add up.
		assert_eq!(fees(id), (2, 2));

		// The payee's withdraw works too.
		run_to_block(5);
		assert_ok!(Escrow::withdraw(RuntimeOrigin::signed(BOB), id));
		assert_eq!(fees(id), (4, 4));
		assert_eq!(Balances::total_issuance(), issuance - 4);
	});
}

#[test]
fn close_with_a_reaped_fee_destination_succeeds() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		reap_treasury();
		run_to_block(3);
		assert_eq!(api_close(id), Ok(980));
		assert_eq!(
			events(),
			vec![
				Event::FeeBurned { account: id, amount: 2 },
				Event::Settled { account: id, payee: BOB, paid: 18, fee: 2, remaining: 980 },
				Event::StreamStopped { account: id, payee: BOB },
				Event::Closed {
					account: id,
					owner: ALICE,
					refund: 980,
					reason: CloseReason::Requested
				},
			]
		);
		assert_eq!(free(ALICE), ALICE_FUNDS - 20);
		assert_eq!(held(), 0);
		assert_eq!(Total::<Test>::get().fees, 2);
	});
}

#[test]
fn top_up_with_a_reaped_fee_destination_succeeds() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		reap_treasury();
		run_to_block(3);
		assert_ok!(Escrow::deposit(RuntimeOrigin::signed(CHARLIE), id, 500));
		assert_eq!(
			events(),
			vec![
				Event::Deposited { account: id, from: CHARLIE, amount: 500 },
				Event::FeeBurned { account: id, amount: 2 },
				Event::Settled { account: id, payee: BOB, paid: 18, fee: 2, remaining: 1_480 },
				Event::Extended { account: id, paid_through: 151 },
			]
		);
		assert_ok!(api_deposit(CHARLIE, id, 500));
		assert_eq!(held(), 1_980);
	});
}

#[test]
fn expiry_with_a_reaped_fee_destination_is_not_deferred() {
	ExtBuilder::default().build_and_execute(|| {
		TakeRate::set(Perbill::from_percent(5));
		let id = open_streaming(100, 10);
		reap_treasury();
		run_to_block(10);
		events();
		// The take at expiry is 5: burned, and the account is marked overdrawn on time.
		run_to_block(11);
		assert_eq!(
			events(),
			vec![
				Event::FeeBurned { account: id, amount: 5 },
				Event::Settled { account: id, payee: BOB, paid: 95, fee: 5, remaining: 0 },
				Event::Overdrawn { account: id, grace_ends: 21 },
			]
		);
		// And closed at the end of its grace period.
		run_to_block(21);
		assert!(!Accounts::<Test>::contains_key(id));
		assert_eq!(exhausted(), vec![id]);
		assert_eq!(free(BOB), BOB_FUNDS + 95);
		assert_eq!(Total::<Test>::get().fees, 5);
	});
}

#[test]
fn dust_for_a_reaped_owner_is_burned_when_the_fee_destination_is_reaped_too() {
	const EVE: AccountId = 5;
	ExtBuilder::default().with_balance(EVE, 1_000).build_and_execute(|| {
		let id = api_open(EVE, 58).unwrap();
		assert_ok!(api_start(id, BOB, 5));
		assert_ok!(Balances::transfer_all(RuntimeOrigin::signed(EVE), CHARLIE, false));
		reap_treasury();
		let issuance = Balances::total_issuance();
		run_to_block(11);
		events();
		// 50 to settle (take 5), 8 left for an owner that does not exist.
		assert_eq!(api_close(id), Ok(0));
		assert_eq!(
			events(),
			vec![
				Event::FeeBurned { account: id, amount: 5 },
				Event::Settled { account: id, payee: BOB, paid: 45, fee: 5, remaining: 8 },
				Event::StreamStopped { account: id, payee: BOB },
				Event::DustSwept { account: id, who: EVE, amount: 8 },
				Event::FeeBurned { account: id, amount: 8 },
				Event::Closed {
					account: id,
					owner: EVE,
					refund: 0,
					reason: CloseReason::Requested
				},
			]
		);
		assert_eq!(Balances::total_issuance(), issuance - 13);
		assert_eq!(Total::<Test>::get().fees, 13);
		assert_eq!(held(), 0);
	});
}

#[test]
fn a_take_of_at_least_the_existential_deposit_recreates_a_reaped_fee_destination() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(10_000, 100);
		reap_treasury();
		let issuance = Balances::total_issuance();
		run_to_block(2);
		// 100 owed, take 10: the existential deposit.
		assert_eq!(api_settle(id), Ok(90));
		assert_eq!(free(TREASURY), 10);
		assert_eq!(Balances::total_issuance(), issuance);
		assert!(!events().iter().any(|e| matches!(e, Event::FeeBurned { .. })));
	});
}
