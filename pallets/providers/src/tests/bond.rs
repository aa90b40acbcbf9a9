use super::*;
use crate::{Error, Event, Unbonding};
use deinfra_primitives::ProviderRegistry;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::TokenError;

fn unbond(who: AccountId, amount: Balance) -> sp_runtime::DispatchResult {
	Providers::unbond(RuntimeOrigin::signed(who), amount)
}

fn withdraw(who: AccountId) -> sp_runtime::DispatchResult {
	Providers::withdraw_unbonded(RuntimeOrigin::signed(who))
}

/// `who`'s unbonding chunks as (amount, unlock block under the current unbonding period).
fn chunks(who: AccountId) -> Vec<(Balance, u64)> {
	Unbonding::<Test>::get(who)
		.iter()
		.map(|c| (c.amount, c.unlock_at(UnbondingBlocks::get())))
		.collect()
}

fn register_with_bond(who: AccountId, bond: Balance) {
	assert_ok!(Providers::register(RuntimeOrigin::signed(who), info(), bond));
}

#[test]
fn bond_more_adds_to_the_held_bond() {
	build_and_execute(|| {
		register(ALICE);
		let free_before = free(ALICE);
		assert_ok!(Providers::bond_more(RuntimeOrigin::signed(ALICE), 500));
		assert_eq!(held_bond(ALICE), MIN_BOND + 500);
		assert_eq!(record(ALICE).bond, MIN_BOND + 500);
		assert_eq!(free(ALICE), free_before - 500);
		assert_eq!(held_deposit(ALICE), INFO_DEPOSIT);
		System::assert_last_event(
			Event::Bonded { provider: ALICE, amount: 500, bond: MIN_BOND + 500 }.into(),
		);
	});
}

#[test]
fn bond_more_fails_with_zero_amount_unregistered_or_without_funds() {
	build_and_execute(|| {
		register(ALICE);
		assert_noop!(
			Providers::bond_more(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			Providers::bond_more(RuntimeOrigin::signed(BOB), 10),
			Error::<Test>::NotRegistered
		);
		assert_noop!(
			Providers::bond_more(RuntimeOrigin::signed(ALICE), INITIAL_BALANCE),
			TokenError::FundsUnavailable
		);
	});
}

#[test]
fn unbond_moves_bond_into_an_unbonding_chunk_still_held() {
	build_and_execute(|| {
		register_with_bond(ALICE, 3_000);
		let free_before = free(ALICE);
		assert_ok!(unbond(ALICE, 500));
		assert_eq!(record(ALICE).bond, 2_500);
		assert_eq!(chunks(ALICE), vec![(500, 1 + UNBONDING_PERIOD)]);
		// Unbonding funds stay held (and slashable) until withdrawn.
		assert_eq!(held_bond(ALICE), 3_000);
		assert_eq!(free(ALICE), free_before);
		System::assert_last_event(
			Event::Unbonded { provider: ALICE, amount: 500, unlock_at: 1 + UNBONDING_PERIOD }
				.into(),
		);
	});
}

#[test]
fn unbond_fails_below_minimum_while_registered() {
	build_and_execute(|| {
		register_with_bond(ALICE, 3_000);
		assert_noop!(unbond(ALICE, 2_001), Error::<Test>::BondBelowMinimum);
		// Down to exactly the minimum is fine.
		assert_ok!(unbond(ALICE, 2_000));
		assert_eq!(record(ALICE).bond, MIN_BOND);
		assert_noop!(unbond(ALICE, 1), Error::<Test>::BondBelowMinimum);
	});
}

#[test]
fn unbond_fails_with_more_than_the_bond_zero_amount_or_unregistered() {
	build_and_execute(|| {
		register(ALICE);
		assert_noop!(unbond(ALICE, MIN_BOND + 1), Error::<Test>::InsufficientBond);
		assert_noop!(unbond(ALICE, 0), Error::<Test>::ZeroAmount);
		assert_noop!(unbond(BOB, 10), Error::<Test>::NotRegistered);
	});
}

#[test]
fn unbond_twice_in_one_block_makes_one_chunk() {
	build_and_execute(|| {
		register_with_bond(ALICE, 3_000);
		assert_ok!(unbond(ALICE, 100));
		assert_ok!(unbond(ALICE, 200));
		assert_eq!(chunks(ALICE), vec![(300, 1 + UNBONDING_PERIOD)]);
	});
}

#[test]
fn unbond_fails_when_unbonding_chunks_are_full() {
	build_and_execute(|| {
		register_with_bond(ALICE, 3_000);
		for n in 0..MAX_UNBONDING_CHUNKS as u64 {
			run_to_block(1 + n);
			assert_ok!(unbond(ALICE, 100));
		}
		run_to_block(1 + MAX_UNBONDING_CHUNKS as u64);
		assert_noop!(unbond(ALICE, 100), Error::<Test>::TooManyUnbondingChunks);
		// Withdrawing an unlocked chunk frees a slot.
		run_to_block(1 + UNBONDING_PERIOD);
		assert_ok!(withdraw(ALICE));
		assert_ok!(unbond(ALICE, 100));
		assert_eq!(chunks(ALICE).len(), MAX_UNBONDING_CHUNKS as usize);
	});
}

#[test]
fn withdraw_unbonded_fails_before_the_unbonding_period_ends() {
	build_and_execute(|| {
		register_with_bond(ALICE, 3_000);
		assert_ok!(unbond(ALICE, 500));
		run_to_block(UNBONDING_PERIOD);
		assert_noop!(withdraw(ALICE), Error::<Test>::NothingToWithdraw);
		let free_before = free(ALICE);
		run_to_block(1 + UNBONDING_PERIOD);
		assert_ok!(withdraw(ALICE));
		assert_eq!(free(ALICE), free_before + 500);
		assert_eq!(held_bond(ALICE), 2_500);
		assert!(!Unbonding::<Test>::contains_key(ALICE));
		System::assert_last_event(Event::Withdrawn { provider: ALICE, amount: 500 }.into());
	});
}

#[test]
fn withdraw_unbonded_releases_only_unlocked_chunks() {
	build_and_execute(|| {
		register_with_bond(ALICE, 3_000);
		assert_ok!(unbond(ALICE, 100));
		run_to_block(4);
		assert_ok!(unbond(ALICE, 200));
		run_to_block(1 + UNBONDING_PERIOD);
		assert_ok!(withdraw(ALICE));
		assert_eq!(chunks(ALICE), vec![(200, 4 + UNBONDING_PERIOD)]);
		assert_eq!(held_bond(ALICE), 2_900);
		assert_noop!(withdraw(ALICE), Error::<Test>::NothingToWithdraw);
		run_to_block(4 + UNBONDING_PERIOD);
		assert_ok!(withdraw(ALICE));
		assert_eq!(held_bond(ALICE), 2_700);
		assert!(chunks(ALICE).is_empty());
	});
}

#[test]
fn withdraw_unbonded_fails_without_unbonding_funds() {
	build_and_execute(|| {
		assert_noop!(withdraw(BOB), Error::<Test>::NothingToWithdraw);
	});
}

#[test]
fn deregister_starts_unbonding_the_whole_bond_and_returns_the_deposit() {
	build_and_execute(|| {
		register_with_bond(ALICE, 3_000);
		let free_before = free(ALICE);
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(ALICE)));
		assert!(!Registry::<Test>::contains_key(ALICE));
		assert_eq!(Registry::<Test>::count(), 0);
		assert_eq!(held_deposit(ALICE), 0);
		assert_eq!(free(ALICE), free_before + INFO_DEPOSIT);
		assert_eq!(held_bond(ALICE), 3_000);
		assert_eq!(chunks(ALICE), vec![(3_000, 1 + UNBONDING_PERIOD)]);
		assert!(!Providers::is_active(&ALICE));
		System::assert_last_event(
			Event::Deregistered {
				provider: ALICE,
				unbonding: 3_000,
				unlock_at: 1 + UNBONDING_PERIOD,
				deposit: INFO_DEPOSIT,
			}
			.into(),
		);
	});
}

#[test]
fn deregistered_provider_gets_everything_back_after_the_unbonding_period() {
	build_and_execute(|| {
		register_with_bond(ALICE, 3_000);
		assert_ok!(unbond(ALICE, 1_000));
		run_to_block(5);
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(ALICE)));
		run_to_block(5 + UNBONDING_PERIOD);
		assert_ok!(withdraw(ALICE));
		assert_eq!(held_bond(ALICE), 0);
		assert_eq!(free(ALICE), INITIAL_BALANCE);
		assert!(!Unbonding::<Test>::contains_key(ALICE));
	});
}

#[test]
fn deregister_fails_with_active_leases() {
	build_and_execute(|| {
		register(ALICE);
		let lease = lease(1_000, 1_024, 0);
		assert_ok!(Providers::reserve_capacity(&ALICE, &lease));
		assert_noop!(
			Providers::deregister(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::HasActiveLeases
		);
		assert_ok!(Providers::release_capacity(&ALICE, &lease));
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(ALICE)));
	});
}

#[test]
fn deregister_fails_for_unregistered_account() {
	build_and_execute(|| {
		assert_noop!(
			Providers::deregister(RuntimeOrigin::signed(BOB)),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn deregister_with_full_unbonding_chunks_joins_the_last_chunk() {
	build_and_execute(|| {
		register_with_bond(ALICE, 3_000);
		for n in 0..MAX_UNBONDING_CHUNKS as u64 {
			run_to_block(1 + n);
			assert_ok!(unbond(ALICE, 100));
		}
		run_to_block(7);
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(ALICE)));
		assert_eq!(MAX_UNBONDING_CHUNKS, 3);
		assert_eq!(
			chunks(ALICE),
			vec![
				(100, 1 + UNBONDING_PERIOD),
				(100, 2 + UNBONDING_PERIOD),
				// The last chunk takes the bond and the later unlock block.
				(100 + 2_700, 7 + UNBONDING_PERIOD),
			]
		);
		assert_eq!(held_bond(ALICE), 3_000);
	});
}

#[test]
fn register_again_while_the_old_bond_is_unbonding() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(ALICE)));
		register_with_bond(ALICE, 2_000);
		assert_eq!(held_bond(ALICE), MIN_BOND + 2_000);
		assert_eq!(chunks(ALICE), vec![(MIN_BOND, 1 + UNBONDING_PERIOD)]);
		assert_eq!(record(ALICE).bond, 2_000);
		run_to_block(1 + UNBONDING_PERIOD);
		assert_ok!(withdraw(ALICE));
		assert_eq!(held_bond(ALICE), 2_000);
	});
}
