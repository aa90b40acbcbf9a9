//! The storage migrations.

use super::*;
use crate::{
	migrations::v1::{MigrateV0ToV1, UnbondingChunkV0, UnbondingChunksV0Of},
	Error, Pallet, Unbonding, UnbondingChunk,
};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::MutateHold, GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
	BoundedVec,
};

/// Writes `chunks` (amount, unlock block) for `who` as version 0 stored them, holds their sum
/// as bond, and sets storage version 0.
fn store_v0(who: AccountId, chunks: &[(Balance, u64)]) {
	let v0: UnbondingChunksV0Of<Test> = BoundedVec::truncate_from(
		chunks.iter().map(|&(amount, unlock_at)| UnbondingChunkV0 { amount, unlock_at }).collect(),
	);
	let total = chunks.iter().map(|c| c.0).sum();
	assert_ok!(Balances::hold(&HoldReason::ProviderBond.into(), &who, total));
	frame_support::storage::unhashed::put_raw(
		&Unbonding::<Test>::hashed_key_for(who),
		&v0.encode(),
	);
	StorageVersion::new(0).put::<Pallet<Test>>();
}

fn started(who: AccountId) -> Vec<(Balance, u64)> {
	Unbonding::<Test>::get(who).iter().map(|c| (c.amount, c.started)).collect()
}

#[test]
fn v1_stores_the_start_block_so_chunks_unlock_when_they_did() {
	new_test_ext().execute_with(|| {
		run_to_block(5);
		store_v0(BOB, &[(100, 11), (200, 14)]);
		MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(started(BOB), vec![(100, 11 - UNBONDING_PERIOD), (200, 14 - UNBONDING_PERIOD)]);
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), 1);
		Providers::do_try_state().expect("consistent after the migration");
		// Under the same period they unlock at the blocks version 0 stored.
		run_to_block(10);
		assert_noop!(
			Providers::withdraw_unbonded(RuntimeOrigin::signed(BOB)),
			Error::<Test>::NothingToWithdraw
		);
		run_to_block(11);
		assert_ok!(Providers::withdraw_unbonded(RuntimeOrigin::signed(BOB)));
		assert_eq!(started(BOB), vec![(200, 4)]);
		assert_eq!(held_bond(BOB), 200);
	});
}

#[test]
fn v1_merges_chunks_whose_start_block_saturates_at_zero() {
	new_test_ext().execute_with(|| {
		store_v0(BOB, &[(100, 3), (200, 5), (300, 12)]);
		MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(
			Unbonding::<Test>::get(BOB).into_inner(),
			vec![
				UnbondingChunk { amount: 300, started: 0 },
				UnbondingChunk { amount: 300, started: 2 }
			]
		);
		assert_eq!(held_bond(BOB), 600);
		Providers::do_try_state().expect("consistent after the migration");
	});
}

#[test]
fn v1_runs_once() {
	new_test_ext().execute_with(|| {
		store_v0(BOB, &[(100, 11)]);
		MigrateV0ToV1::<Test>::on_runtime_upgrade();
		let once = Unbonding::<Test>::get(BOB);
		// A second upgrade with the migration still listed changes nothing, even after the
		// period changed.
		UnbondingBlocks::set(3);
		MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(Unbonding::<Test>::get(BOB), once);
	});
}

#[test]
fn v1_leaves_a_chain_without_unbonding_chunks_as_it_is() {
	new_test_ext().execute_with(|| {
		StorageVersion::new(0).put::<Pallet<Test>>();
		MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(Unbonding::<Test>::iter().count(), 0);
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), 1);
	});
}

#[cfg(feature = "try-runtime")]
#[test]
fn v1_passes_its_pre_and_post_upgrade_checks() {
	new_test_ext().execute_with(|| {
		register(ALICE);
		store_v0(BOB, &[(100, 3), (200, 5), (300, 12)]);
		MigrateV0ToV1::<Test>::try_on_runtime_upgrade(true).expect("checks pass");
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), 1);
	});
}

#[test]
fn a_new_chain_starts_at_storage_version_1() {
	new_test_ext().execute_with(|| {
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), 1);
	});
}
