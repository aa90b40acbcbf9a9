//! Slashing is two steps: `SlashOrigin` proposes, anyone applies after `SlashDeferral` blocks
//! (to `SlashBeneficiary`), and `SlashCancelOrigin` may cancel in between. While a slash is
//! pending the provider's bond cannot leave.

use super::*;
use crate::{Error, Event, PendingSlash, PendingSlashes, Reputation, Unbonding, UnbondingChunk};
use deinfra_primitives::{LeaseOutcome, ProviderRegistry};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::{DispatchError, DispatchResult, Permill};

fn propose(who: AccountId, amount: Balance) -> DispatchResult {
	Providers::propose_slash(RuntimeOrigin::root(), who, amount)
}

fn cancel(who: AccountId) -> DispatchResult {
	Providers::cancel_slash(RuntimeOrigin::signed(CANCELLER), who)
}

fn apply(who: AccountId) -> DispatchResult {
	Providers::apply_slash(RuntimeOrigin::signed(BOB), who)
}

fn unbond(who: AccountId, amount: Balance) -> DispatchResult {
	Providers::unbond(RuntimeOrigin::signed(who), amount)
}

fn withdraw(who: AccountId) -> DispatchResult {
	Providers::withdraw_unbonded(RuntimeOrigin::signed(who))
}

fn chunk_amounts(who: AccountId) -> Vec<Balance> {
	Unbonding::<Test>::get(who).iter().map(|c| c.amount).collect()
}

fn register_with_bond(who: AccountId, bond: Balance) {
	assert_ok!(Providers::register(RuntimeOrigin::signed(who), info(), bond));
}

#[test]
fn propose_slash_does_not_move_funds_until_deferral_ends() {
	build_and_execute(|| {
		register_with_bond(ALICE, 3_000);
		let free_before = free(ALICE);
		assert_ok!(propose(ALICE, 1_200));
		System::assert_last_event(
			Event::SlashProposed { provider: ALICE, amount: 1_200, apply_at: 1 + SLASH_DEFERRAL }
				.into(),
		);
		assert_eq!(
			PendingSlashes::<Test>::get(ALICE),
			Some(PendingSlash { amount: 1_200, proposed_at: 1, apply_at: 1 + SLASH_DEFERRAL })
		);
		run_to_block(SLASH_DEFERRAL);
		assert_eq!(record(ALICE).bond, 3_000);
		assert_eq!(held_bond(ALICE), 3_000);
		assert_eq!(free(ALICE), free_before);
		assert_eq!(free(TREASURY), 0);
		assert_eq!(Reputation::<Test>::get(ALICE).slashed, 0, "no outcome before it applies");
	});
}

#[test]
fn apply_slash_pays_the_treasury_after_deferral() {
	build_and_execute(|| {
		register_with_bond(ALICE, 3_000);
		let free_before = free(ALICE);
		assert_ok!(propose(ALICE, 1_200));
		run_to_block(1 + SLASH_DEFERRAL);
		assert_ok!(apply(ALICE));
		assert_eq!(record(ALICE).bond, 1_800);
		assert_eq!(held_bond(ALICE), 1_800);
		assert_eq!(free(ALICE), free_before);
		assert_eq!(held_deposit(ALICE), INFO_DEPOSIT, "the storage deposit is not slashed");
		assert_eq!(free(TREASURY), 1_200);
		assert!(!PendingSlashes::<Test>::contains_key(ALICE));
		System::assert_has_event(
			Event::Slashed { provider: ALICE, beneficiary: TREASURY, amount: 1_200 }.into(),
		);
		// An applied slash counts in the reputation.
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
fn apply_slash_pays_the_configured_beneficiary_whoever_applies_it() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(propose(ALICE, 300));
		run_to_block(1 + SLASH_DEFERRAL);
		let (bob, charlie) = (free(BOB), free(CHARLIE));
		assert_ok!(Providers::apply_slash(RuntimeOrigin::signed(CHARLIE), ALICE));
		assert_eq!(free(TREASURY), 300);
		assert_eq!((free(BOB), free(CHARLIE)), (bob, charlie), "the caller gets nothing");
		System::assert_has_event(
			Event::Slashed { provider: ALICE, beneficiary: TREASURY, amount: 300 }.into(),
		);
	});
}

#[test]
fn apply_slash_fails_before_deferral() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(propose(ALICE, 300));
		run_to_block(SLASH_DEFERRAL);
		assert_noop!(apply(ALICE), Error::<Test>::SlashDeferred);
		run_to_block(1 + SLASH_DEFERRAL);
		assert_ok!(apply(ALICE));
		assert_eq!(free(TREASURY), 300);
	});
}

#[test]
fn the_deferral_is_read_when_the_slash_is_proposed() {
	build_and_execute(|| {
		register(ALICE);
		SlashDeferralBlocks::set(20);
		assert_ok!(propose(ALICE, 300));
		assert_eq!(PendingSlashes::<Test>::get(ALICE).map(|p| p.apply_at), Some(21));
		// A later change does not move the proposal's apply block.
		SlashDeferralBlocks::set(1);
		run_to_block(20);
		assert_noop!(apply(ALICE), Error::<Test>::SlashDeferred);
		run_to_block(21);
		assert_ok!(apply(ALICE));
	});
}

#[test]
fn cancelled_slash_cannot_be_applied() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(propose(ALICE, 300));
		assert_ok!(cancel(ALICE));
		System::assert_last_event(Event::SlashCancelled { provider: ALICE, amount: 300 }.into());
		assert!(!PendingSlashes::<Test>::contains_key(ALICE));
		run_to_block(1 + SLASH_DEFERRAL);
		assert_noop!(apply(ALICE), Error::<Test>::NoPendingSlash);
		assert_eq!(held_bond(ALICE), MIN_BOND);
		assert_eq!(free(TREASURY), 0);
		assert_eq!(Reputation::<Test>::get(ALICE).slashed, 0);
		assert_noop!(cancel(ALICE), Error::<Test>::NoPendingSlash);
	});
}

#[test]
fn a_slash_can_be_cancelled_until_it_is_applied() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(propose(ALICE, 300));
		// After the deferral, as long as nobody applied it, it can still be cancelled.
		run_to_block(10 + SLASH_DEFERRAL);
		assert_ok!(cancel(ALICE));
		assert_noop!(apply(ALICE), Error::<Test>::NoPendingSlash);
		// Once applied, there is nothing left to cancel.
		assert_ok!(propose(ALICE, 300));
		run_to_block(20 + SLASH_DEFERRAL);
		assert_ok!(apply(ALICE));
		assert_noop!(cancel(ALICE), Error::<Test>::NoPendingSlash);
	});
}

#[test]
fn provider_cannot_unbond_withdraw_or_deregister_while_slash_pending() {
	build_and_execute(|| {
		register_with_bond(ALICE, 3_000);
		assert_ok!(unbond(ALICE, 500));
		run_to_block(1 + UNBONDING_PERIOD);
		// The chunk is due, but a slash is proposed first.
		assert_ok!(propose(ALICE, 100));
		assert_noop!(unbond(ALICE, 100), Error::<Test>::SlashPending);
		assert_noop!(withdraw(ALICE), Error::<Test>::SlashPending);
		assert_noop!(
			Providers::deregister(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::SlashPending
		);
		// Adding to the bond is fine.
		assert_ok!(Providers::bond_more(RuntimeOrigin::signed(ALICE), 10));
		// Once the slash is cancelled, everything works again.
		assert_ok!(cancel(ALICE));
		assert_ok!(withdraw(ALICE));
		assert_ok!(unbond(ALICE, 100));
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(ALICE)));
	});
}

#[test]
fn provider_can_leave_again_once_the_slash_is_applied() {
	build_and_execute(|| {
		register_with_bond(ALICE, 3_000);
		assert_ok!(propose(ALICE, 100));
		run_to_block(1 + SLASH_DEFERRAL);
		assert_ok!(apply(ALICE));
		assert_ok!(unbond(ALICE, 100));
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(ALICE)));
		run_to_block(1 + SLASH_DEFERRAL + UNBONDING_PERIOD);
		assert_ok!(withdraw(ALICE));
		assert_eq!(free(ALICE), INITIAL_BALANCE - 100);
	});
}

#[test]
fn slash_reaches_unbonding_chunks_started_before_proposal() {
	build_and_execute(|| {
		register_with_bond(ALICE, 3_000);
		assert_ok!(unbond(ALICE, 1_000));
		run_to_block(2);
		assert_ok!(unbond(ALICE, 500));
		// Bond 1_500, chunks [1_000 started 1, 500 started 2]; both are due before the slash
		// can be applied, but cannot be withdrawn while it is pending.
		run_to_block(1 + UNBONDING_PERIOD - SLASH_DEFERRAL);
		assert_ok!(propose(ALICE, 2_200));
		run_to_block(1 + UNBONDING_PERIOD);
		assert_noop!(withdraw(ALICE), Error::<Test>::SlashPending);
		// The active bond first, then the chunk unlocking last.
		assert_ok!(apply(ALICE));
		assert_eq!(record(ALICE).bond, 0);
		assert_eq!(chunk_amounts(ALICE), vec![800]);
		assert_eq!(held_bond(ALICE), 800);
		assert_eq!(free(TREASURY), 2_200);
		assert_ok!(withdraw(ALICE));
		assert_eq!(held_bond(ALICE), 0);
	});
}

#[test]
fn slash_after_deregistration_takes_unbonding_funds() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(ALICE)));
		assert_ok!(propose(ALICE, 400));
		run_to_block(1 + SLASH_DEFERRAL);
		assert_ok!(apply(ALICE));
		assert_eq!(held_bond(ALICE), MIN_BOND - 400);
		assert_eq!(free(TREASURY), 400);
		assert_ok!(propose(ALICE, MIN_BOND));
		run_to_block(1 + 2 * SLASH_DEFERRAL);
		assert_ok!(apply(ALICE));
		assert!(!Unbonding::<Test>::contains_key(ALICE));
		assert_eq!(free(TREASURY), MIN_BOND);
		assert_eq!(Reputation::<Test>::get(ALICE).slashed, 2);
	});
}

#[test]
fn propose_slash_caps_the_amount_at_the_bond_active_and_unbonding() {
	build_and_execute(|| {
		register_with_bond(ALICE, 3_000);
		assert_ok!(unbond(ALICE, 1_000));
		assert_ok!(propose(ALICE, 1_000_000));
		System::assert_last_event(
			Event::SlashProposed { provider: ALICE, amount: 3_000, apply_at: 1 + SLASH_DEFERRAL }
				.into(),
		);
		assert_eq!(PendingSlashes::<Test>::get(ALICE).map(|p| p.amount), Some(3_000));
		// Bond added later does not raise the amount taken (the active bond still goes first).
		assert_ok!(Providers::bond_more(RuntimeOrigin::signed(ALICE), 500));
		run_to_block(1 + SLASH_DEFERRAL);
		assert_ok!(apply(ALICE));
		assert_eq!(free(TREASURY), 3_000);
		assert_eq!(record(ALICE).bond, 0);
		assert_eq!(chunk_amounts(ALICE), vec![500]);
		assert_eq!(held_bond(ALICE), 500);
	});
}

#[test]
fn propose_slash_fails_with_zero_amount_unknown_account_nothing_to_slash_or_one_pending() {
	build_and_execute(|| {
		register(ALICE);
		assert_noop!(propose(ALICE, 0), Error::<Test>::ZeroAmount);
		assert_noop!(propose(BOB, 100), Error::<Test>::NotProvider);
		assert_ok!(propose(ALICE, 100));
		assert_noop!(propose(ALICE, 100), Error::<Test>::SlashAlreadyPending);
		assert_ok!(cancel(ALICE));
		// A registered provider whose bond is all gone has nothing to slash.
		assert_eq!(Providers::penalize(&ALICE, MIN_BOND, &CHARLIE), Ok(MIN_BOND));
		assert_noop!(propose(ALICE, 100), Error::<Test>::NothingToSlash);
	});
}

#[test]
fn apply_slash_takes_what_is_left_when_the_bond_shrank() {
	build_and_execute(|| {
		register_with_bond(ALICE, 3_000);
		assert_ok!(propose(ALICE, 2_000));
		// The market's penalty still works while the slash is pending.
		assert_eq!(Providers::penalize(&ALICE, 1_500, &CHARLIE), Ok(1_500));
		run_to_block(1 + SLASH_DEFERRAL);
		assert_ok!(apply(ALICE));
		assert_eq!(free(TREASURY), 1_500);
		assert_eq!(held_bond(ALICE), 0);
		System::assert_has_event(
			Event::Slashed { provider: ALICE, beneficiary: TREASURY, amount: 1_500 }.into(),
		);
	});
}

#[test]
fn apply_slash_with_nothing_left_removes_the_pending_slash_and_moves_nothing() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(propose(ALICE, 500));
		assert_eq!(Providers::penalize(&ALICE, MIN_BOND, &CHARLIE), Ok(MIN_BOND));
		run_to_block(1 + SLASH_DEFERRAL);
		assert_ok!(apply(ALICE));
		assert!(!PendingSlashes::<Test>::contains_key(ALICE));
		assert_eq!(free(TREASURY), 0);
		System::assert_has_event(
			Event::Slashed { provider: ALICE, beneficiary: TREASURY, amount: 0 }.into(),
		);
		// The decision stands: it counts in the reputation.
		assert_eq!(Reputation::<Test>::get(ALICE).slashed, 1);
	});
}

#[test]
fn propose_slash_requires_the_slash_origin() {
	build_and_execute(|| {
		register(ALICE);
		for origin in
			[RuntimeOrigin::signed(BOB), RuntimeOrigin::signed(CANCELLER), RuntimeOrigin::none()]
		{
			assert_noop!(Providers::propose_slash(origin, ALICE, 100), DispatchError::BadOrigin);
		}
	});
}

#[test]
fn cancel_slash_requires_the_cancel_origin_not_the_slash_origin() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(propose(ALICE, 100));
		for origin in
			[RuntimeOrigin::root(), RuntimeOrigin::signed(BOB), RuntimeOrigin::signed(ALICE)]
		{
			assert_noop!(Providers::cancel_slash(origin, ALICE), DispatchError::BadOrigin);
		}
		assert_ok!(cancel(ALICE));
	});
}

#[test]
fn apply_slash_requires_a_signed_origin() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(propose(ALICE, 100));
		run_to_block(1 + SLASH_DEFERRAL);
		assert_noop!(
			Providers::apply_slash(RuntimeOrigin::none(), ALICE),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Providers::apply_slash(RuntimeOrigin::root(), ALICE),
			DispatchError::BadOrigin
		);
		// The provider itself may apply it too.
		assert_ok!(Providers::apply_slash(RuntimeOrigin::signed(ALICE), ALICE));
	});
}

#[test]
fn apply_slash_fails_without_a_pending_slash() {
	build_and_execute(|| {
		register(ALICE);
		assert_noop!(apply(ALICE), Error::<Test>::NoPendingSlash);
		assert_noop!(apply(CHARLIE), Error::<Test>::NoPendingSlash);
	});
}

#[test]
fn slash_below_minimum_makes_the_provider_inactive_until_bond_more() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(propose(ALICE, 1));
		run_to_block(1 + SLASH_DEFERRAL);
		assert_ok!(apply(ALICE));
		assert!(!Providers::is_active(&ALICE));
		assert_ok!(Providers::bond_more(RuntimeOrigin::signed(ALICE), 1));
		assert!(Providers::is_active(&ALICE));
	});
}

#[test]
fn shortened_unbonding_period_applies_to_scheduled_chunks() {
	build_and_execute(|| {
		register_with_bond(ALICE, 3_000);
		assert_ok!(unbond(ALICE, 500));
		assert_eq!(
			Unbonding::<Test>::get(ALICE).into_inner(),
			vec![UnbondingChunk { amount: 500, started: 1 }]
		);
		run_to_block(4);
		assert_noop!(withdraw(ALICE), Error::<Test>::NothingToWithdraw);
		// Governance shortens the period: the chunk scheduled for block 11 is due at 1 + 3.
		UnbondingBlocks::set(3);
		assert_ok!(withdraw(ALICE));
		assert_eq!(held_bond(ALICE), 2_500);
		assert!(!Unbonding::<Test>::contains_key(ALICE));
	});
}

#[test]
fn lengthened_unbonding_period_applies_to_scheduled_chunks() {
	build_and_execute(|| {
		register_with_bond(ALICE, 3_000);
		assert_ok!(unbond(ALICE, 500));
		UnbondingBlocks::set(20);
		run_to_block(1 + UNBONDING_PERIOD);
		assert_noop!(withdraw(ALICE), Error::<Test>::NothingToWithdraw);
		run_to_block(21);
		assert_ok!(withdraw(ALICE));
	});
}

#[test]
fn registry_slash_moves_at_once_and_leaves_reputation_to_the_caller() {
	build_and_execute(|| {
		register(ALICE);
		assert_eq!(<Providers as ProviderRegistry<_, _>>::slash(&ALICE, 300, &BOB), Ok(300));
		assert_eq!(free(BOB), INITIAL_BALANCE + 300);
		System::assert_last_event(
			Event::Slashed { provider: ALICE, beneficiary: BOB, amount: 300 }.into(),
		);
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

#[test]
fn registry_slash_taking_everything_of_a_deregistered_provider_drops_its_pending_slash() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(ALICE)));
		assert_ok!(propose(ALICE, 100));
		assert_eq!(
			<Providers as ProviderRegistry<_, _>>::slash(&ALICE, MIN_BOND, &BOB),
			Ok(MIN_BOND)
		);
		assert!(!Unbonding::<Test>::contains_key(ALICE));
		// Nothing is left that the pending slash could take.
		assert!(!PendingSlashes::<Test>::contains_key(ALICE));
	});
}

#[test]
fn try_state_detects_a_pending_slash_of_an_unknown_account_or_of_zero() {
	new_test_ext().execute_with(|| {
		register(ALICE);
		let pending = PendingSlash { amount: 1, proposed_at: 1, apply_at: 6 };
		PendingSlashes::<Test>::insert(BOB, pending);
		assert!(Providers::do_try_state().is_err());
		PendingSlashes::<Test>::remove(BOB);
		PendingSlashes::<Test>::insert(ALICE, PendingSlash { amount: 0, ..pending });
		assert!(Providers::do_try_state().is_err());
		PendingSlashes::<Test>::insert(ALICE, pending);
		assert!(Providers::do_try_state().is_ok());
	});
}
