//! Lazy settlement: `settle`, `withdraw`, the take, dust and the arithmetic.

use super::*;
use crate::{features::math, Error, Event, Total};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::{ArithmeticError, Perbill};

#[test]
fn settle_pays_payee_rate_times_elapsed_minus_take() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		run_to_block(31);
		// Nothing moves until someone touches the account.
		assert_eq!(free(BOB), BOB_FUNDS);
		assert_eq!(held(), 1_000);
		assert_eq!(api_owed(id), Some(300));

		assert_ok!(Escrow::settle(RuntimeOrigin::signed(CHARLIE), id));
		assert_eq!(
			events(),
			vec![Event::Settled { account: id, payee: BOB, paid: 270, fee: 30, remaining: 700 }]
		);
		assert_eq!(free(BOB), BOB_FUNDS + 270);
		assert_eq!(free(TREASURY), TREASURY_FUNDS + 30);
		assert_eq!(free(CHARLIE), CHARLIE_FUNDS);
		assert_eq!(free(ALICE), ALICE_FUNDS - 1_000);
		assert_eq!(held(), 700);
		let account = Accounts::<Test>::get(id).unwrap();
		assert_eq!((account.paid, account.fees, account.balance), (270, 30, 700));
		assert_eq!(account.stream.unwrap().streamed, 300);
		// Settlement does not move the expiry.
		assert_eq!(entries_of(id), vec![101]);
	});
}

#[test]
fn settle_twice_in_a_block_pays_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		run_to_block(31);
		assert_ok!(Escrow::settle(RuntimeOrigin::signed(CHARLIE), id));
		events();
		let bob = free(BOB);
		assert_ok!(Escrow::settle(RuntimeOrigin::signed(CHARLIE), id));
		assert_eq!(api_settle(id), Ok(0));
		assert_eq!(events(), vec![]);
		assert_eq!(free(BOB), bob);
		assert_eq!(held(), 700);
	});
}

#[test]
fn settle_in_the_start_block_pays_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		assert_eq!(api_settle(id), Ok(0));
		assert_eq!(held(), 1_000);
	});
}

#[test]
fn settle_is_capped_by_the_balance_and_marks_the_account_overdrawn() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		// Skip the hook: go straight past `paid_through`.
		System::set_block_number(150);
		assert_eq!(api_owed(id), Some(1_000));
		assert_ok!(Escrow::settle(RuntimeOrigin::signed(CHARLIE), id));
		assert_eq!(
			events(),
			vec![
				Event::Settled { account: id, payee: BOB, paid: 900, fee: 100, remaining: 0 },
				Event::Overdrawn { account: id, grace_ends: 160 },
			]
		);
		assert_eq!(held(), 0);
		assert_eq!(status(id), Some(StreamStatus::Overdrawn { since: 150, grace_ends: 160 }));
		assert_eq!(entries_of(id), vec![160]);
		// The payee was never paid more than rate × elapsed.
		assert_eq!(free(BOB) + free(TREASURY), BOB_FUNDS + TREASURY_FUNDS + 1_000);
		// The hook catches up from block 150 on, and finds the entry at 160.
		run_to_block(160);
		assert_eq!(exhausted(), vec![id]);
	});
}

#[test]
fn settle_fails_without_stream() {
	ExtBuilder::default().build_and_execute(|| {
		let id = api_open(ALICE, 1_000).unwrap();
		assert_noop!(Escrow::settle(RuntimeOrigin::signed(CHARLIE), id), Error::<Test>::NoStream);
		assert_noop!(api_settle(id), Error::<Test>::NoStream);
	});
}

#[test]
fn settle_fails_on_closed_or_unknown_account() {
	ExtBuilder::default().build_and_execute(|| {
		let id = api_open(ALICE, 1_000).unwrap();
		assert_ok!(api_close(id));
		assert_noop!(
			Escrow::settle(RuntimeOrigin::signed(CHARLIE), id),
			Error::<Test>::AccountClosed
		);
		assert_noop!(
			Escrow::settle(RuntimeOrigin::signed(CHARLIE), 9),
			Error::<Test>::UnknownAccount
		);
	});
}

#[test]
fn settle_needs_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		assert_noop!(
			Escrow::settle(RuntimeOrigin::none(), id),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn withdraw_by_the_payee_pays_what_is_due() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		run_to_block(51);
		assert_ok!(Escrow::withdraw(RuntimeOrigin::signed(BOB), id));
		assert_eq!(
			events(),
			vec![Event::Settled { account: id, payee: BOB, paid: 450, fee: 50, remaining: 500 }]
		);
		assert_eq!(free(BOB), BOB_FUNDS + 450);
		assert_eq!(free(TREASURY), TREASURY_FUNDS + 50);
		assert_eq!(held(), 500);
		// And again later: only the new blocks.
		run_to_block(61);
		assert_ok!(Escrow::withdraw(RuntimeOrigin::signed(BOB), id));
		assert_eq!(free(BOB), BOB_FUNDS + 540);
		assert_eq!(held(), 400);
	});
}

#[test]
fn withdraw_fails_for_wrong_payee() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		run_to_block(51);
		assert_noop!(Escrow::withdraw(RuntimeOrigin::signed(ALICE), id), Error::<Test>::NotPayee);
		assert_noop!(Escrow::withdraw(RuntimeOrigin::signed(CHARLIE), id), Error::<Test>::NotPayee);
	});
}

#[test]
fn withdraw_fails_without_stream_or_account() {
	ExtBuilder::default().build_and_execute(|| {
		let id = api_open(ALICE, 1_000).unwrap();
		assert_noop!(Escrow::withdraw(RuntimeOrigin::signed(BOB), id), Error::<Test>::NoStream);
		assert_noop!(
			Escrow::withdraw(RuntimeOrigin::signed(BOB), id + 1),
			Error::<Test>::UnknownAccount
		);
	});
}

#[test]
fn the_take_cannot_be_rounded_away_by_settling_every_block() {
	ExtBuilder::default().build_and_execute(|| {
		// 10% of 5 per block rounds down to 0 each block, but the take is charged on the
		// running total.
		let id = open_streaming(1_000, 5);
		for block in 2..=41 {
			run_to_block(block);
			assert_ok!(Escrow::withdraw(RuntimeOrigin::signed(BOB), id));
		}
		// 40 blocks × 5 = 200: 20 to the treasury, 180 to the payee.
		assert_eq!(free(TREASURY), TREASURY_FUNDS + 20);
		assert_eq!(free(BOB), BOB_FUNDS + 180);
		assert_eq!(held(), 800);
	});
}

#[test]
fn a_zero_take_rate_pays_everything_to_the_payee() {
	ExtBuilder::default().build_and_execute(|| {
		TakeRate::set(Perbill::zero());
		let id = open_streaming(1_000, 10);
		run_to_block(31);
		assert_ok!(api_settle(id));
		assert_eq!(free(BOB), BOB_FUNDS + 300);
		assert_eq!(free(TREASURY), TREASURY_FUNDS);
	});
}

#[test]
fn dust_for_a_payee_that_does_not_exist_goes_to_the_fee_destination() {
	ExtBuilder::default().build_and_execute(|| {
		let id = api_open(ALICE, 1_000).unwrap();
		assert_ok!(api_start(id, DAVE, 5));
		events();
		run_to_block(2);
		// 5 due, take 0 (10% of 5 rounds down), 5 for Dave: below the existential deposit.
		assert_eq!(api_settle(id), Ok(0));
		assert_eq!(
			events(),
			vec![
				Event::DustSwept { account: id, who: DAVE, amount: 5 },
				Event::Settled { account: id, payee: DAVE, paid: 0, fee: 5, remaining: 995 },
			]
		);
		assert_eq!(free(DAVE), 0);
		assert_eq!(free(TREASURY), TREASURY_FUNDS + 5);
		// Once enough accrues, Dave is paid.
		run_to_block(12);
		assert_eq!(api_settle(id), Ok(45));
		assert_eq!(free(DAVE), 45);
		assert_eq!(free(TREASURY), TREASURY_FUNDS + 10);
		let account = Accounts::<Test>::get(id).unwrap();
		assert_eq!((account.paid, account.fees, account.balance), (45, 10, 945));
		assert_eq!(Total::<Test>::get().fees, 10);
	});
}

#[test]
fn rate_times_elapsed_overflow_is_an_error_not_a_wrap() {
	let elapsed = u32::MAX as u128;
	assert_eq!(math::earned(u128::MAX / elapsed, elapsed), Ok(u128::MAX / elapsed * elapsed));
	assert_eq!(math::earned(u128::MAX / elapsed + 1, elapsed), Err(ArithmeticError::Overflow));
	assert_eq!(math::earned(u128::MAX, 2u128), Err(ArithmeticError::Overflow));
	assert_eq!(math::owed(u128::MAX, 2u128, 0, 1_000), Err(ArithmeticError::Overflow));
	assert_eq!(
		math::settlement(u128::MAX, 2u128, 0, 1_000, Perbill::from_percent(10)),
		Err(ArithmeticError::Overflow)
	);
	assert_eq!(math::take(Perbill::one(), u128::MAX, 1), Err(ArithmeticError::Overflow));
	assert_eq!(math::funded_blocks(10u128, u128::MAX, 1), Err(ArithmeticError::Overflow));
	assert_eq!(math::funded_blocks(0u128, 10, 1), Err(ArithmeticError::DivisionByZero));
	assert!(math::rate_fits(u128::MAX / elapsed, elapsed));
	assert!(!math::rate_fits(u128::MAX / elapsed + 1, elapsed));
	// And with u64 balances, the largest rate is smaller.
	assert!(!math::rate_fits(u64::MAX / u32::MAX as u64 + 1, u32::MAX as u64));
}

#[test]
fn settlement_at_the_largest_rate_and_block_does_not_overflow() {
	ExtBuilder::default().with_balance(5, u128::MAX / 4).build_and_execute(|| {
		let rate = u128::MAX / u32::MAX as u128;
		let id = api_open(5, rate * 3).unwrap();
		assert_ok!(api_start(id, BOB, rate));
		System::set_block_number(u32::MAX);
		assert_eq!(api_owed(id), Some(rate * 3));
		assert_ok!(api_settle(id));
		assert_eq!(balance_of(id), 0);
		assert_eq!(free(BOB) + free(TREASURY), BOB_FUNDS + TREASURY_FUNDS + rate * 3);
		// Leave nothing for the final check at the last block.
		assert_ok!(api_close(id));
	});
}
