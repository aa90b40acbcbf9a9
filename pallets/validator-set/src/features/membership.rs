//! Adding and removing validators.

use crate::{
	Config, Error, Event, KeylessValidators, Pallet, QueuedValidators, Validators,
	WaitingValidators,
};
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
	/// Adds `validator` to the set (see [`Pallet::add_validator`]). Unless it is still queued
	/// (a removal the step rule has not carried out yet), it waits in [`WaitingValidators`]
	/// for a session change to take it.
	pub fn do_add_validator(validator: T::AccountId) -> DispatchResult {
		let mut set = Validators::<T>::get();
		ensure!(!set.contains(&validator), Error::<T>::AlreadyValidator);
		ensure!(T::KeysRegistration::is_registered(&validator), Error::<T>::NoSessionKeys);
		set.try_push(validator.clone()).map_err(|_| Error::<T>::TooManyValidators)?;
		if !QueuedValidators::<T>::get().contains(&validator) {
			// The waiting validators are governed ones: no more than the set holds.
			WaitingValidators::<T>::try_mutate(|waiting| waiting.try_push(validator.clone()))
				.map_err(|_| Error::<T>::TooManyValidators)?;
		}
		Validators::<T>::put(set);
		Self::deposit_event(Event::ValidatorAdded { validator });
		Ok(())
	}

	/// Removes `validator` from the set (see [`Pallet::remove_validator`]). If it is queued,
	/// the step rule removes it at a session change; if it was waiting or keyless, nothing
	/// else remains to do.
	pub fn do_remove_validator(validator: T::AccountId) -> DispatchResult {
		let mut set = Validators::<T>::get();
		let position = set.iter().position(|v| *v == validator).ok_or(Error::<T>::NotValidator)?;
		ensure!(set.len() > T::MinValidators::get() as usize, Error::<T>::TooFewValidators);
		set.remove(position);
		Validators::<T>::put(set);
		WaitingValidators::<T>::mutate(|waiting| waiting.retain(|v| *v != validator));
		KeylessValidators::<T>::mutate(|keyless| keyless.retain(|v| *v != validator));
		Self::deposit_event(Event::ValidatorRemoved { validator });
		Ok(())
	}
}
