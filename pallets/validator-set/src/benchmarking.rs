//! Benchmarks of `pallet-validator-set`.

use super::*;
use crate::features::membership::BenchmarkHelper;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get};
use sp_runtime::traits::StaticLookup;

/// A set of `n` validators with session keys.
fn validators<T: Config>(n: u32) -> Vec<T::AccountId> {
	(0..n)
		.map(|i| {
			let who: T::AccountId = account("validator", i, 0);
			T::BenchmarkHelper::register_keys(&who);
			who
		})
		.collect()
}

fn set_validators<T: Config>(n: u32) -> Vec<T::AccountId> {
	let set = validators::<T>(n);
	Validators::<T>::put(ValidatorsOf::<T>::try_from(set.clone()).expect("n <= MaxValidators"));
	set
}

fn bounded<T: Config>(list: Vec<T::AccountId>) -> ValidatorsOf<T> {
	ValidatorsOf::<T>::try_from(list).expect("at most MaxValidators")
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The set holds `v` validators, all queued: the new one is checked against both lists,
	/// then waits.
	#[benchmark]
	fn add_validator(v: Linear<1, { T::MaxValidators::get() - 1 }>) -> Result<(), BenchmarkError> {
		let origin =
			T::UpdateOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let set = set_validators::<T>(v);
		QueuedValidators::<T>::put(bounded::<T>(set));
		let new: T::AccountId = account("new", 0, 0);
		T::BenchmarkHelper::register_keys(&new);
		let lookup = T::Lookup::unlookup(new.clone());

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, lookup);

		assert!(Validators::<T>::get().contains(&new));
		assert!(WaitingValidators::<T>::get().contains(&new));
		Ok(())
	}

	/// The set holds `v` validators, all waiting (the longest list to search); the last one is
	/// removed (the longest search of the set).
	#[benchmark]
	fn remove_validator(
		v: Linear<{ T::MinValidators::get() + 1 }, { T::MaxValidators::get() }>,
	) -> Result<(), BenchmarkError> {
		let origin =
			T::UpdateOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let set = set_validators::<T>(v);
		QueuedValidators::<T>::kill();
		WaitingValidators::<T>::put(bounded::<T>(set.clone()));
		let last = set.last().cloned().ok_or(BenchmarkError::Weightless)?;
		let lookup = T::Lookup::unlookup(last.clone());

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, lookup);

		assert!(!Validators::<T>::get().contains(&last));
		assert!(!WaitingValidators::<T>::get().contains(&last));
		Ok(())
	}

	/// Counting a block's author: one counter read and written.
	#[benchmark]
	fn note_author() {
		let author: T::AccountId = account("validator", 0, 0);
		AuthoredBlocks::<T>::insert(&author, 7);

		#[block]
		{
			Pallet::<T>::do_note_author(author.clone());
		}

		assert_eq!(AuthoredBlocks::<T>::get(&author), 8);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
