//! The storage migrations.

use crate::{
	migrations::{
		v1::{MigrateV0ToV1, ProtocolParamsV0},
		v2::{MigrateV1ToV2, ProtocolParamsV1},
	},
	mock::*,
	Pallet, Params,
};
use codec::{Decode, Encode};
use frame_support::{
	parameter_types,
	traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
};
use sp_runtime::Perbill;

parameter_types! {
	pub const UpgradeBidTtl: u64 = 600;
	pub const UpgradeSlashDeferral: u64 = 70;
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

fn v1() -> ProtocolParamsV1<u128, u64> {
	v0().upgraded(100)
}

/// Writes `v0()` as version 0 stored it, at storage version 0.
fn store_v0() {
	frame_support::storage::unhashed::put_raw(&Params::<Test>::hashed_key(), &v0().encode());
	StorageVersion::new(0).put::<Pallet<Test>>();
}

/// Writes `v1()` as version 1 stored it, at storage version 1.
fn store_v1() {
	frame_support::storage::unhashed::put_raw(&Params::<Test>::hashed_key(), &v1().encode());
	StorageVersion::new(1).put::<Pallet<Test>>();
}

/// The stored parameters read in the version-1 layout.
fn stored_v1() -> Option<ProtocolParamsV1<u128, u64>> {
	frame_support::storage::unhashed::get_raw(&Params::<Test>::hashed_key())
		.map(|bytes| ProtocolParamsV1::decode(&mut &bytes[..]).expect("version 1 layout"))
}

#[test]
fn v1_adds_bid_ttl_and_keeps_every_other_parameter() {
	new_test_ext().execute_with(|| {
		store_v0();
		assert!(Params::<Test>::get().is_none(), "version 0 bytes do not decode as version 2");
		MigrateV0ToV1::<Test, UpgradeBidTtl>::on_runtime_upgrade();
		let params = stored_v1().expect("decodes as version 1 now");
		assert_eq!(params, v0().upgraded(600));
		assert_eq!(params.bid_ttl, 600);
		assert_eq!(params.take_rate, Perbill::from_percent(5));
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), 1);
	});
}

#[test]
fn v1_runs_once() {
	new_test_ext().execute_with(|| {
		store_v0();
		MigrateV0ToV1::<Test, UpgradeBidTtl>::on_runtime_upgrade();
		let once = stored_v1();
		// A second upgrade with the migration still listed changes nothing.
		MigrateV0ToV1::<Test, UpgradeBidTtl>::on_runtime_upgrade();
		assert_eq!(stored_v1(), once);
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
fn v2_adds_slash_deferral_and_keeps_every_other_parameter() {
	new_test_ext().execute_with(|| {
		store_v1();
		assert!(Params::<Test>::get().is_none(), "version 1 bytes do not decode as version 2");
		MigrateV1ToV2::<Test, UpgradeSlashDeferral>::on_runtime_upgrade();
		let params = Params::<Test>::get().expect("decodes now");
		assert_eq!(params, v1().upgraded(70));
		assert_eq!(params.slash_deferral, 70);
		assert_eq!(params.bid_ttl, 100);
		assert_eq!(params.take_rate, Perbill::from_percent(5));
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), 2);
		Pallet::<Test>::do_try_state().expect("within bounds");
	});
}

#[test]
fn v2_runs_once() {
	new_test_ext().execute_with(|| {
		store_v1();
		MigrateV1ToV2::<Test, UpgradeSlashDeferral>::on_runtime_upgrade();
		let once = Params::<Test>::get();
		assert!(once.is_some());
		// A second upgrade with the migration still listed changes nothing.
		MigrateV1ToV2::<Test, UpgradeSlashDeferral>::on_runtime_upgrade();
		assert_eq!(Params::<Test>::get(), once);
	});
}

#[test]
fn v2_does_not_run_at_storage_version_0() {
	new_test_ext().execute_with(|| {
		store_v0();
		MigrateV1ToV2::<Test, UpgradeSlashDeferral>::on_runtime_upgrade();
		assert_eq!(
			frame_support::storage::unhashed::get_raw(&Params::<Test>::hashed_key()),
			Some(v0().encode())
		);
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), 0);
	});
}

#[test]
fn v2_leaves_a_chain_on_the_defaults_as_it_is() {
	new_test_ext().execute_with(|| {
		Params::<Test>::kill();
		StorageVersion::new(1).put::<Pallet<Test>>();
		MigrateV1ToV2::<Test, UpgradeSlashDeferral>::on_runtime_upgrade();
		assert!(Params::<Test>::get().is_none());
		assert_eq!(Pallet::<Test>::params(), Pallet::<Test>::defaults());
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), 2);
	});
}

/// The runtime's `Migrations` for a chain still at version 0: both, in order.
type Both = (MigrateV0ToV1<Test, UpgradeBidTtl>, MigrateV1ToV2<Test, UpgradeSlashDeferral>);

#[test]
fn a_chain_at_version_0_upgrades_through_v1_and_v2() {
	new_test_ext().execute_with(|| {
		store_v0();
		Both::on_runtime_upgrade();
		assert_eq!(Params::<Test>::get(), Some(v0().upgraded(600).upgraded(70)));
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), 2);
		Pallet::<Test>::do_try_state().expect("within bounds");
	});
}

#[cfg(feature = "try-runtime")]
#[test]
fn try_runtime_checks_pass_from_version_0_and_from_version_1() {
	new_test_ext().execute_with(|| {
		store_v0();
		Both::try_on_runtime_upgrade(true).expect("v0 -> v1 -> v2 checks pass");
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), 2);
	});
	new_test_ext().execute_with(|| {
		store_v1();
		Both::try_on_runtime_upgrade(true).expect("v1 -> v2 checks pass");
		assert_eq!(Params::<Test>::get(), Some(v1().upgraded(70)));
	});
}

#[test]
fn a_new_chain_starts_at_storage_version_2() {
	new_test_ext().execute_with(|| {
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), 2);
	});
}
