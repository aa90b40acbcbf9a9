//! The pallet as `pallet-session`'s [`SessionManager`] and `pallet-authorship`'s
//! [`EventHandler`]: it hands the session pallet the set governance chose and counts the
//! blocks each validator authors.

use crate::{
	AuthoredBlocks, AuthoredOf, Config, Event, Pallet, SetChanged, Validators, LOG_TARGET,
};
use alloc::vec::Vec;
use frame_support::traits::{Get, ValidatorRegistration, ValidatorSet};
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_authorship::EventHandler;
use pallet_session::SessionManager;
use sp_staking::SessionIndex;

impl<T: Config> Pallet<T> {
	/// The set for session `session` if governance changed it since the last call: the
	/// validators that have session keys, in the order governance added them. `None` keeps the
	/// current set (no change, or no validator of the new set has keys).
	pub fn do_new_session(session: SessionIndex) -> Option<Vec<T::AccountId>> {
		if !SetChanged::<T>::take() {
			return None;
		}
		let mut ready = Validators::<T>::get();
		ready.retain(|v| T::KeysRegistration::is_registered(v));
		if ready.is_empty() {
			log::error!(target: LOG_TARGET, "no validator of the new set has session keys");
			return None;
		}
		Self::deposit_event(Event::NewSetQueued { session, validators: ready.clone() });
		Some(ready.into_inner())
	}

	/// Ends session `session`: reports each active validator's authored blocks, and those that
	/// authored none, then resets the counters. Bounded by `MaxValidators`.
	pub fn do_end_session(session: SessionIndex) {
		let mut authored = AuthoredOf::<T>::default();
		for validator in T::Session::validators().into_iter().take(T::MaxValidators::get() as usize)
		{
			let blocks = AuthoredBlocks::<T>::take(&validator);
			if blocks == 0 {
				Self::deposit_event(Event::ValidatorOffline {
					session,
					validator: validator.clone(),
				});
			}
			// At most `MaxValidators` pushes.
			let _ = authored.try_push((validator, blocks));
		}
		// Authors outside the active set cannot exist; clear defensively, bounded.
		let _ = AuthoredBlocks::<T>::clear(T::MaxValidators::get(), None);
		Self::deposit_event(Event::SessionEnded { session, authored });
	}

	/// Counts a block authored by `author`.
	pub fn do_note_author(author: T::AccountId) {
		AuthoredBlocks::<T>::mutate(author, |blocks| *blocks = blocks.saturating_add(1));
	}
}

impl<T: Config> SessionManager<T::AccountId> for Pallet<T> {
	fn new_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		Self::do_new_session(new_index)
	}

	fn new_session_genesis(_new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		Some(Validators::<T>::get().into_inner())
	}

	fn end_session(end_index: SessionIndex) {
		Self::do_end_session(end_index)
	}

	fn start_session(_start_index: SessionIndex) {}
}

impl<T: Config> EventHandler<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn note_author(author: T::AccountId) {
		Self::do_note_author(author)
	}
}
