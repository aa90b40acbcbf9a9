//! Storage migrations of the validator set, listed in the runtime's `Migrations`.

/// Version 1: the session manager no longer hands the governed set over when `SetChanged` was
/// set; it moves the active set one bounded step toward the governed set at every session
/// change, and records the queued set and the validators still waiting. The migration removes
/// `SetChanged` and starts the records from the active set.
pub mod v1 {
	use crate::{
		Config, KeylessValidators, Pallet, QueuedValidators, Validators, ValidatorsOf,
		WaitingValidators,
	};
	use alloc::vec::Vec;
	use core::marker::PhantomData;
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade, ValidatorRegistration, ValidatorSet},
		weights::Weight,
	};
	#[cfg(feature = "try-runtime")]
	use sp_runtime::TryRuntimeError;

	/// Version 0's storage this migration removes.
	#[allow(missing_docs)]
	pub mod v0 {
		use crate::{Config, Pallet};
		use frame_support::{pallet_prelude::ValueQuery, storage_alias};

		/// Version 0's flag: whether the governed set changed since the session pallet last
		/// asked for a set.
		#[storage_alias]
		pub type SetChanged<T: Config> = StorageValue<Pallet<T>, bool, ValueQuery>;
	}
	pub use v0::SetChanged;

	/// Removes `SetChanged`, and records the active set as the queued set (the session pallet
	/// queued either it or the set `SetChanged` announced; the next session change steps from
	/// the active set either way), the governed validators with session keys outside it as
	/// waiting and those without keys as keyless. Use it through [`MigrateV0ToV1`], which runs
	/// it only at storage version 0 and then sets version 1.
	///
	/// Reads the governed set, the active set and each governed validator's keys; writes four
	/// values. At most `MaxValidators` of each.
	pub struct InnerMigrateV0ToV1<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for InnerMigrateV0ToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			SetChanged::<T>::kill();
			let max = T::MaxValidators::get() as usize;
			let active: Vec<T::AccountId> =
				T::Session::validators().into_iter().take(max).collect();
			let governed = Validators::<T>::get();
			let (mut waiting, mut keyless) = (Vec::new(), Vec::new());
			for v in governed.iter() {
				if !T::KeysRegistration::is_registered(v) {
					keyless.push(v.clone());
				} else if !active.contains(v) {
					waiting.push(v.clone());
				}
			}
			// The active validators with keys stay queued; a governed active validator without
			// keys is dropped at the next session change (the session pallet drops it), so it
			// counts as keyless, not queued.
			let queued: Vec<T::AccountId> =
				active.into_iter().filter(|v| !keyless.contains(v)).collect();
			// Each is at most `MaxValidators` long.
			QueuedValidators::<T>::put(ValidatorsOf::<T>::truncate_from(queued));
			WaitingValidators::<T>::put(ValidatorsOf::<T>::truncate_from(waiting));
			KeylessValidators::<T>::put(ValidatorsOf::<T>::truncate_from(keyless));
			let reads = (governed.len() as u64).saturating_add(2);
			T::DbWeight::get().reads_writes(reads, 4)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
			use codec::Encode;
			frame_support::ensure!(
				QueuedValidators::<T>::get().is_empty(),
				"version 0 has no queued validators"
			);
			Ok(Validators::<T>::get().encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
			use codec::Decode;
			let before = ValidatorsOf::<T>::decode(&mut &state[..])
				.map_err(|_| TryRuntimeError::Other("pre-upgrade state"))?;
			frame_support::ensure!(
				Validators::<T>::get() == before,
				"the governed set changed in the migration"
			);
			frame_support::ensure!(!SetChanged::<T>::exists(), "SetChanged is still stored");
			Pallet::<T>::do_try_state()
		}
	}

	/// The migration to list in the runtime's `Migrations`: [`InnerMigrateV0ToV1`] at
	/// storage version 0, then version 1.
	pub type MigrateV0ToV1<T> = VersionedMigration<
		0,
		1,
		InnerMigrateV0ToV1<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
