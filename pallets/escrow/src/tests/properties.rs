//! Property tests: the settlement arithmetic on its own, and random histories of deposits,
//! rates, block gaps, top-ups, settlements and closes on the test runtime.

use super::*;
use crate::{features::math, Total};
use frame_support::traits::{fungible::Inspect, Hooks};
use proptest::prelude::*;
use sp_runtime::{traits::Zero, Perbill};

const MAX_RATE: u128 = u128::MAX / u32::MAX as u128;

proptest! {
	#![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

	/// A settlement never pays more than is earned nor more than the balance, the take is at
	/// most the settlement, and a second settlement in the same block pays nothing.
	#[test]
	fn settlement_is_bounded_and_idempotent(
		rate in 1..=MAX_RATE,
		elapsed in 0..=u32::MAX,
		streamed_part in 0u128..=1_000_000,
		balance in any::<u128>(),
		take in 0u32..=1_000_000_000,
	) {
		let take = Perbill::from_parts(take);
		let elapsed = elapsed as u128;
		let earned = math::earned(rate, elapsed).expect("rate × u32 fits for rates that pass");
		let streamed = streamed_part.min(earned);
		let (gross, fee) = math::settlement(rate, elapsed, streamed, balance, take).unwrap();
		prop_assert!(gross <= balance);
		prop_assert!(streamed + gross <= earned);
		prop_assert!(fee <= gross);
		prop_assert_eq!(gross, (earned - streamed).min(balance));
		// Twice in a block: nothing more.
		let (again, again_fee) =
			math::settlement(rate, elapsed, streamed + gross, balance - gross, take).unwrap();
		prop_assert_eq!((again, again_fee), (0, 0));
	}

	/// However a stream's payments are split, the total take is the take on the total.
	#[test]
	fn take_does_not_depend_on_how_settlements_are_split(
		parts in prop::collection::vec(0u128..=1_000_000_000_000, 1..30),
		take in 0u32..=1_000_000_000,
	) {
		let take = Perbill::from_parts(take);
		let mut streamed = 0u128;
		let mut fees = 0u128;
		for part in parts {
			fees += math::take(take, streamed, part).unwrap();
			streamed += part;
		}
		prop_assert_eq!(fees, take.mul_floor(streamed));
	}

	/// `paid_through` is the last block the funds cover: at it, everything earned is payable;
	/// one block later, it is not.
	#[test]
	fn funded_blocks_is_the_last_fully_funded_block(
		rate in 1..=MAX_RATE,
		streamed in 0u128..=u64::MAX as u128,
		balance in 0u128..=u64::MAX as u128,
	) {
		let blocks = math::funded_blocks(rate, streamed, balance).unwrap();
		prop_assert!(math::earned(rate, blocks).unwrap() <= streamed + balance);
		prop_assert!(rate.saturating_mul(blocks + 1) > streamed + balance);
	}
}

/// One step of a random history.
#[derive(Clone, Debug)]
enum Op {
	/// `who` deposits `amount` into account `account`.
	Deposit { who: AccountId, account: AccountIndex, amount: Balance },
	/// Blocks pass, with the hook running at each.
	Advance(u32),
	/// `on_idle` runs with the weight of looking at one block and processing `n` entries.
	Idle(u32),
	/// Someone settles.
	Settle(AccountIndex),
	/// The payee withdraws.
	Withdraw(AccountIndex),
	/// The market stops and starts a stream again at `rate`.
	Restart { account: AccountIndex, rate: Balance },
	/// The market stops the stream.
	Stop(AccountIndex),
	/// The market closes the account.
	Close(AccountIndex),
	/// Alice opens another account and streams to Bob.
	Open { deposit: Balance, rate: Balance },
}

fn op() -> impl Strategy<Value = Op> {
	let who = prop_oneof![Just(ALICE), Just(CHARLIE), Just(BOB)];
	let account = 0u64..4;
	prop_oneof![
		1 => (who, account.clone(), 1u128..3_000)
			.prop_map(|(who, account, amount)| Op::Deposit { who, account, amount }),
		4 => (0u32..40).prop_map(Op::Advance),
		1 => (0u32..6).prop_map(Op::Idle),
		1 => account.clone().prop_map(Op::Settle),
		1 => account.clone().prop_map(Op::Withdraw),
		1 => (account.clone(), 0u128..80).prop_map(|(account, rate)| Op::Restart { account, rate }),
		1 => account.clone().prop_map(Op::Stop),
		1 => account.prop_map(Op::Close),
		1 => (1u128..2_000, 1u128..60).prop_map(|(deposit, rate)| Op::Open { deposit, rate }),
	]
}

/// Every account that can hold funds in the test runtime.
fn everyone() -> Vec<AccountId> {
	vec![ALICE, BOB, CHARLIE, DAVE, TREASURY, Escrow::account_id()]
}

fn total_of_everyone() -> Balance {
	everyone().iter().map(Balances::total_balance).sum()
}

proptest! {
	#![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

	/// Random deposits, rates, block gaps, idle hooks, top-ups, settlements and closes never
	/// break conservation or the other invariants; a failed step changes nothing; settling twice
	/// in a block pays nothing; `on_idle` never uses more weight than it is given.
	#[test]
	fn random_histories_conserve_funds(
		take in 0u32..=1_000_000_000,
		grace in 0u32..20,
		cap in 1u32..4,
		opens in prop::collection::vec((10u128..2_000, 1u128..60), 1..4),
		ops in prop::collection::vec(op(), 1..80),
	) {
		ExtBuilder::default().build().execute_with(|| -> Result<(), TestCaseError> {
			TakeRate::set(Perbill::from_parts(take));
			GracePeriod::set(grace);
			MaxExpiriesPerBlock::set(cap);
			let issuance = Balances::total_issuance();
			let everyone_before = total_of_everyone();
			prop_assert_eq!(issuance, everyone_before);
			for (deposit, rate) in opens {
				if let Ok(id) = api_open(ALICE, deposit) {
					let _ = api_start(id, BOB, rate);
				}
			}
			for op in ops {
				let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
				let result = match op.clone() {
					Op::Deposit { who, account, amount } => api_deposit(who, account, amount),
					Op::Advance(blocks) => {
						run_to_block(System::block_number() + blocks);
						Ok(())
					},
					Op::Idle(n) => {
						let limit = Escrow::expiry_weight(1, n);
						let used = Escrow::on_idle(System::block_number(), limit);
						prop_assert!(used.all_lte(limit), "on_idle used {:?} of {:?}", used, limit);
						Ok(())
					},
					Op::Settle(account) => {
						let first = api_settle(account);
						if first.is_ok() {
							let held_before = held();
							prop_assert_eq!(api_settle(account), Ok(0));
							prop_assert_eq!(held(), held_before);
						}
						first.map(|_| ())
					},
					Op::Withdraw(account) => Escrow::withdraw(RuntimeOrigin::signed(BOB), account),
					Op::Restart { account, rate } => {
						let _ = api_stop(account);
						api_start(account, BOB, rate)
					},
					Op::Stop(account) => api_stop(account),
					Op::Close(account) => api_close(account).map(|_| ()),
					Op::Open { deposit, rate } =>
						api_open(ALICE, deposit).and_then(|id| api_start(id, BOB, rate)),
				};
				if result.is_err() && !matches!(op, Op::Restart { .. } | Op::Open { .. }) {
					prop_assert_eq!(
						sp_io::storage::root(sp_runtime::StateVersion::V1),
						root,
						"a failed step changed state: {:?}",
						op
					);
				}
				prop_assert_eq!(Escrow::do_try_state(), Ok(()), "after {:?}", op);
				prop_assert_eq!(Balances::total_issuance(), issuance);
				prop_assert_eq!(total_of_everyone(), everyone_before);
			}
			// Closing everything returns every held unit.
			for (id, _) in Accounts::<Test>::iter().collect::<Vec<_>>() {
				prop_assert!(api_close(id).is_ok());
			}
			prop_assert!(held().is_zero());
			let t = Total::<Test>::get();
			prop_assert_eq!(t.deposited, t.paid + t.fees + t.refunded);
			prop_assert_eq!(Escrow::do_try_state(), Ok(()));
			Ok(())
		})?;
	}
}

#[test]
fn a_block_hook_run_with_nothing_to_do_changes_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
		Escrow::on_initialize(1);
		assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), root);
	});
}
