//! The storage migrations.

use crate::{
	migrations::v1::{MigrateV0ToV1, SetChanged},
	mock::*,
	KeylessValidators, Pallet, QueuedValidators, Validators, WaitingValidators,
};
use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};

/// Storage as version 0 left it: `SetChanged` set, no queued, waiting or keyless records.
fn store_v0() {
	SetChanged::<Test>::put(true);
	QueuedValidators::<Test>::kill();
	WaitingValidators::<Test>::kill();
	KeylessValidators::<Test>::kill();
	StorageVersion::new(0).put::<Pallet<Test>>();
}

#[test]
fn v1_removes_set_changed_and_records_the_active_set() {
	new_test_ext().execute_with(|| {
		// Governance added 5 (with keys) and 6 (keys purged since) under version 0; 4 purged
		// its keys too.
		Validators::<Test>::put(
			crate::ValidatorsOf::<Test>::try_from(vec![1, 2, 3, 4, 5, 6]).unwrap(),
		);
		WithoutKeys::set(vec![99, 4, 6]);
		store_v0();
		MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert!(!SetChanged::<Test>::exists());
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), 1);
		assert_eq!(QueuedValidators::<Test>::get().into_inner(), vec![1, 2, 3]);
		assert_eq!(WaitingValidators::<Test>::get().into_inner(), vec![5]);
		assert_eq!(KeylessValidators::<Test>::get().into_inner(), vec![4, 6]);
		ValidatorSet::do_try_state().expect("consistent after the migration");
		// The next session change steps toward the governed set as usual.
		ActiveSet::set(vec![1, 2, 3]);
		assert_eq!(rotate(everyone), Some(vec![1, 2, 3, 5]));
	});
}

#[test]
fn v1_runs_once() {
	new_test_ext().execute_with(|| {
		store_v0();
		MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(QueuedValidators::<Test>::get().into_inner(), vec![1, 2, 3, 4]);
		// A second upgrade with the migration still listed changes nothing.
		SetChanged::<Test>::put(true);
		QueuedValidators::<Test>::kill();
		MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert!(SetChanged::<Test>::get());
		assert!(QueuedValidators::<Test>::get().is_empty());
	});
}
