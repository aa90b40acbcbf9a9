use super::*;
use crate::{Error, Event, Reputation, Unbonding};
use deinfra_primitives::{LeaseOutcome, ProviderRegistry};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::{DispatchError, Permill};

fn slash(who: AccountId, amount: Balance) -> sp_runtime::DispatchResult {
	Providers::slash(RuntimeOrigin::root(), who, amount, TREASURY)
}

#[test]
fn slash_moves_bond_to_the_beneficiary() {
	build_and_execute(|| {
		assert_ok!(Providers::register(RuntimeOrigin::signed(ALICE), info(), 3_000));
		let free_before = free(ALICE);
		assert_ok!(slash(ALICE, 1_200));
		assert_eq!(record(ALICE).bond, 1_800);
		assert_eq!(held_bond(ALICE), 1_800);
		assert_eq!(free(ALICE), free_before);
		assert_eq!(held_deposit(ALICE), INFO_DEPOSIT, "the storage deposit is not slashed");
		assert_eq!(free(TREASURY), 1_200);
		System::assert_has_event(
			Event::Slashed { provider: ALICE, beneficiary: TREASURY, amount: 1_200 }.into(),
		);
		// A governance slash counts in the reputation.
		assert_eq!(Reputation::<Test>::get(ALICE).slashed, 1);
		System::assert_last_event(
			Event::OutcomeRecorded {
				provider: ALICE,
				outcome: LeaseOutcome::Slashed,
				score: Permill::from_rational(1u32, 6),
			}
			.into(),
		);
	});
}

#[test]
fn slash_takes_unbonding_funds_when_the_bond_is_not_enough() {
	build_and_execute(|| {
		assert_ok!(Providers::register(RuntimeOrigin::signed(ALICE), info(), 3_000));
		assert_ok!(Providers::unbond(RuntimeOrigin::signed(ALICE), 1_000));
		run_to_block(2);
		assert_ok!(Providers::unbond(RuntimeOrigin::signed(ALICE), 500));
		// Bond 1_500, chunks [1_000 @ 11, 500 @ 12]: take the bond, then the latest chunk.
		assert_ok!(slash(ALICE, 2_200));
		assert_eq!(record(ALICE).bond, 0);
		let chunks: Vec<_> = Unbonding::<Test>::get(ALICE).iter().map(|c| c.amount).collect();
		assert_eq!(chunks, vec![800]);
		assert_eq!(held_bond(ALICE), 800);
		assert_eq!(free(TREASURY), 2_200);
	});
}

#[test]
fn slash_moves_at_most_what_is_held() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(slash(ALICE, 1_000_000));
		assert_eq!(free(TREASURY), MIN_BOND);
		assert_eq!(held_bond(ALICE), 0);
		assert_noop!(slash(ALICE, 1), Error::<Test>::NothingToSlash);
	});
}

#[test]
fn slash_after_deregistration_takes_unbonding_funds() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(ALICE)));
		assert_ok!(slash(ALICE, 400));
		assert_eq!(held_bond(ALICE), MIN_BOND - 400);
		assert_eq!(free(TREASURY), 400);
		assert_ok!(slash(ALICE, MIN_BOND));
		assert!(!Unbonding::<Test>::contains_key(ALICE));
		assert_eq!(free(TREASURY), MIN_BOND);
	});
}

#[test]
fn slash_requires_the_slash_origin() {
	build_and_execute(|| {
		register(ALICE);
		assert_noop!(
			Providers::slash(RuntimeOrigin::signed(BOB), ALICE, 100, BOB),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Providers::slash(RuntimeOrigin::signed(AUDITOR), ALICE, 100, BOB),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn slash_fails_with_zero_amount_or_for_an_unknown_account() {
	build_and_execute(|| {
		register(ALICE);
		assert_noop!(slash(ALICE, 0), Error::<Test>::ZeroAmount);
		assert_noop!(slash(BOB, 100), Error::<Test>::NotProvider);
	});
}

#[test]
fn slash_below_minimum_makes_the_provider_inactive_until_bond_more() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(slash(ALICE, 1));
		assert!(!Providers::is_active(&ALICE));
		assert_ok!(Providers::bond_more(RuntimeOrigin::signed(ALICE), 1));
		assert!(Providers::is_active(&ALICE));
	});
}

#[test]
fn registry_slash_returns_the_amount_moved_and_leaves_reputation_to_the_caller() {
	build_and_execute(|| {
		register(ALICE);
		assert_eq!(<Providers as ProviderRegistry<_, _>>::slash(&ALICE, 300, &BOB), Ok(300));
		assert_eq!(free(BOB), INITIAL_BALANCE + 300);
		assert_eq!(
			<Providers as ProviderRegistry<_, _>>::slash(&ALICE, 5_000, &BOB),
			Ok(MIN_BOND - 300)
		);
		assert_eq!(<Providers as ProviderRegistry<_, _>>::slash(&ALICE, 5, &BOB), Ok(0));
		assert_eq!(Reputation::<Test>::get(ALICE).slashed, 0);
		assert_eq!(
			<Providers as ProviderRegistry<_, _>>::slash(&CHARLIE, 5, &BOB),
			Err(Error::<Test>::NotProvider.into())
		);
	});
}
