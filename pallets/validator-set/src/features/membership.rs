//! Adding and removing validators.

use crate::{Config, Error, Event, Pallet, SetChanged, Validators};
use frame_support::{
	ensure,
	traits::{Get, ValidatorRegistration},
};
use sp_runtime::DispatchResult;

/// What the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Gives `who` session keys, so that it may become a validator.
	fn register_keys(who: &AccountId);
}

impl<T: Config> Pallet<T> {
	/// Adds `validator` to the set (see [`Pallet::add_validator`]).
	pub fn do_add_validator(validator: T::AccountId) -> DispatchResult {
		let mut set = Validators::<T>::get();
		ensure!(!set.contains(&validator), Error::<T>::AlreadyValidator);
		ensure!(T::KeysRegistration::is_registered(&validator), Error::<T>::NoSessionKeys);
		set.try_push(validator.clone()).map_err(|_| Error::<T>::TooManyValidators)?;
		Validators::<T>::put(set);
		SetChanged::<T>::put(true);
		Self::deposit_event(Event::ValidatorAdded { validator });
		Ok(())
	}

	/// Removes `validator` from the set (see [`Pallet::remove_validator`]).
	pub fn do_remove_validator(validator: T::AccountId) -> DispatchResult {
		let mut set = Validators::<T>::get();
		let position = set.iter().position(|v| *v == validator).ok_or(Error::<T>::NotValidator)?;
		ensure!(set.len() > T::MinValidators::get() as usize, Error::<T>::TooFewValidators);
		set.remove(position);
		Validators::<T>::put(set);
		SetChanged::<T>::put(true);
		Self::deposit_event(Event::ValidatorRemoved { validator });
		Ok(())
	}
}
