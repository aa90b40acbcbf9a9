//! `do_try_state` catches each kind of broken state (so that its passing elsewhere means
//! something).

use super::*;
use crate::{IncompleteSince, Total};
use sp_runtime::DispatchError;

fn broken(test: impl FnOnce(AccountIndex), expected: &'static str) {
	ExtBuilder::default().build().execute_with(|| {
		let id = open_streaming(1_000, 10);
		run_to_block(11);
		assert_eq!(Escrow::do_try_state(), Ok(()));
		test(id);
		assert_eq!(Escrow::do_try_state(), Err(DispatchError::Other(expected)));
	});
}

#[test]
fn try_state_catches_a_balance_the_escrow_does_not_hold() {
	broken(
		|id| {
			Accounts::<Test>::mutate(id, |a| {
				let a = a.as_mut().unwrap();
				a.balance += 1;
				a.deposited += 1;
			})
		},
		"escrow: held != sum of open balances",
	);
}

#[test]
fn try_state_catches_an_account_ledger_that_does_not_add_up() {
	broken(
		|id| Accounts::<Test>::mutate(id, |a| a.as_mut().unwrap().fees += 1),
		"escrow: deposited != paid + fees + balance",
	);
}

#[test]
fn try_state_catches_totals_that_do_not_add_up() {
	broken(
		|_| Total::<Test>::mutate(|t| t.refunded += 1),
		"escrow: deposited != paid + fees + refunded + open",
	);
}

#[test]
fn try_state_catches_a_payee_paid_beyond_rate_times_elapsed() {
	broken(
		|id| {
			Accounts::<Test>::mutate(id, |a| {
				a.as_mut().unwrap().stream.as_mut().unwrap().streamed = 101;
			})
		},
		"escrow: a payee was paid beyond rate × elapsed",
	);
}

#[test]
fn try_state_catches_a_streaming_account_without_entry() {
	broken(
		|id| Expiries::<Test>::remove(101, id),
		"escrow: a streaming account has no expiry entry",
	);
}

#[test]
fn try_state_catches_a_second_entry() {
	broken(
		|id| Expiries::<Test>::insert(50, id, ()),
		"escrow: a streaming account has several expiry entries",
	);
}

#[test]
fn try_state_catches_an_entry_for_no_account() {
	broken(
		|_| Expiries::<Test>::insert(50, 7, ()),
		"escrow: an expiry entry points to no streaming account",
	);
}

#[test]
fn try_state_catches_an_entry_for_an_account_without_stream() {
	broken(
		|id| {
			Expiries::<Test>::remove(101, id);
			Accounts::<Test>::mutate(id, |a| a.as_mut().unwrap().stream = None);
			Expiries::<Test>::insert(50, id, ());
		},
		"escrow: an account without a stream has an expiry entry",
	);
}

#[test]
fn try_state_catches_an_active_entry_away_from_paid_through() {
	broken(
		|id| {
			Expiries::<Test>::remove(101, id);
			Expiries::<Test>::insert(90, id, ());
			Accounts::<Test>::mutate(id, |a| {
				a.as_mut().unwrap().stream.as_mut().unwrap().status =
					StreamStatus::Active { expires_at: 90 };
			});
		},
		"escrow: an active stream's entry is not at its paid_through block",
	);
}

#[test]
fn try_state_catches_an_entry_the_hook_will_never_reach() {
	broken(
		|id| {
			Expiries::<Test>::remove(101, id);
			Expiries::<Test>::insert(5, id, ());
		},
		"escrow: an expiry entry is behind the hook's cursor",
	);
}

#[test]
fn try_state_catches_an_overdrawn_account_that_is_funded() {
	broken(
		|id| {
			Expiries::<Test>::remove(101, id);
			Expiries::<Test>::insert(20, id, ());
			Accounts::<Test>::mutate(id, |a| {
				a.as_mut().unwrap().stream.as_mut().unwrap().status =
					StreamStatus::Overdrawn { since: 11, grace_ends: 20 };
			});
		},
		"escrow: an overdrawn account is funded",
	);
}

#[test]
fn try_state_accepts_a_backlog_the_hook_will_reach() {
	ExtBuilder::default().build_and_execute(|| {
		let id = open_streaming(1_000, 10);
		IncompleteSince::<Test>::put(1);
		assert_eq!(Escrow::do_try_state(), Ok(()));
		assert_eq!(entries_of(id), vec![101]);
		IncompleteSince::<Test>::kill();
	});
}
