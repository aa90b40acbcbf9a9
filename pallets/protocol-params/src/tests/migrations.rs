//! The storage migrations.

use crate::{
	migrations::v1::{MigrateV0ToV1, ProtocolParamsV0},
	mock::*,
	Pallet, Params,
};
use codec::Encode;
use frame_support::{
	parameter_types,
	traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
};
use sp_runtime::Perbill;

parameter_types! {
	pub const UpgradeBidTtl: u64 = 600;
}

fn v0() -> ProtocolParamsV0<u128, u64> {
	ProtocolParamsV0 {
		min_provider_bond: 1_000,
		unbonding_period: 100,
		bid_deposit: 5,
		max_bids_per_order: 16,
		min_lease_deposit: 50,
		take_rate: Perbill::from_percent(5),
		grace_period: 30,
		early_close_penalty: 200,
		provider_minimum_term: 50,
		deployment_deposit_per_byte: 2,
		max_deployment_versions: 10,
		expiry_items_per_block: 50,
	}
}

/// Writes `v0()` as version 0 stored it, at storage version 0.
fn store_v0() {
	frame_support::storage::unhashed::put_raw(&Params::<Test>::hashed_key(), &v0().encode());
	StorageVersion::new(0).put::<Pallet<Test>>();
}

#[test]
fn v1_adds_bid_ttl_and_keeps_every_other_parameter() {
	new_test_ext().execute_with(|| {
		store_v0();
		assert!(Params::<Test>::get().is_none(), "version 0 bytes do not decode as version 1");
		MigrateV0ToV1::<Test, UpgradeBidTtl>::on_runtime_upgrade();
		let params = Params::<Test>::get().expect("decodes now");
		assert_eq!(params, v0().upgraded(600));
		assert_eq!(params.bid_ttl, 600);
		assert_eq!(params.take_rate, Perbill::from_percent(5));
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), 1);
		Pallet::<Test>::do_try_state().expect("within bounds");
	});
}

#[test]
fn v1_runs_once() {
	new_test_ext().execute_with(|| {
		store_v0();
		MigrateV0ToV1::<Test, UpgradeBidTtl>::on_runtime_upgrade();
		let once = Params::<Test>::get();
		// A second upgrade with the migration still listed changes nothing.
		MigrateV0ToV1::<Test, UpgradeBidTtl>::on_runtime_upgrade();
		assert_eq!(Params::<Test>::get(), once);
	});
}

#[test]
fn v1_leaves_a_chain_on_the_defaults_as_it_is() {
	new_test_ext().execute_with(|| {
		Params::<Test>::kill();
		StorageVersion::new(0).put::<Pallet<Test>>();
		MigrateV0ToV1::<Test, UpgradeBidTtl>::on_runtime_upgrade();
		assert!(Params::<Test>::get().is_none());
		assert_eq!(Pallet::<Test>::params(), Pallet::<Test>::defaults());
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), 1);
	});
}

#[test]
fn a_new_chain_starts_at_storage_version_1() {
	new_test_ext().execute_with(|| {
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), 1);
	});
}
