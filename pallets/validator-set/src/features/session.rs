//! The pallet as `pallet-session`'s [`SessionManager`] and `pallet-authorship`'s
//! [`EventHandler`]: at every session change it moves the session pallet's set one bounded
//! step toward the set governance chose, and it counts the blocks each validator authors.
//!
//! # The step rule
//!
//! GRANDPA finalizes while more than two thirds of its voters are up. A set change is therefore
//! applied in steps, one per session change, from the active set toward the *target*: the
//! governed validators that have session keys.
//!
//! 1. Active validators without session keys are dropped (the session pallet would drop them
//!    anyway); each counts as a change.
//! 2. Removals of validators governance removed, those that authored nothing in the last
//!    session first.
//! 3. Additions, in the order governance added them.
//!
//! At most [`max_changes`]`(n)` changes per session (`n` the active set's size): fewer than a
//! third of the set. A removal or an addition is taken only if afterwards strictly more than two
//! thirds of the set are *live* (authored at least one block in the session that just ended),
//! except the removal of a validator that was not live, which only raises that share. A new
//! validator is not live until it has authored, so adding two that never come online to four
//! adds one, and the second only once the first has authored. A validator that purged its keys
//! and set new ones is part of the target again and rejoins by the same rule.

use crate::{
	AuthoredBlocks, AuthoredOf, Config, Event, KeylessValidators, LiveValidators, Pallet,
	QueuedValidators, Validators, ValidatorsOf, WaitingValidators, LOG_TARGET,
};
use alloc::vec::Vec;
use frame_support::traits::{Get, ValidatorRegistration, ValidatorSet};
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_authorship::EventHandler;
use pallet_session::SessionManager;
use sp_staking::SessionIndex;

/// The most changes one session change makes to a set of `n`: `max(1, (n - 1) / 3)`, fewer than
/// a third of the set (one for sets of up to six).
pub fn max_changes(n: usize) -> usize {
	core::cmp::max(1, n.saturating_sub(1) / 3)
}

/// Whether strictly more than two thirds of `set` are in `live`.
fn live_majority<A: PartialEq>(set: &[A], live: &[A]) -> bool {
	let up = set.iter().filter(|v| live.contains(v)).count();
	up.saturating_mul(3) > set.len().saturating_mul(2)
}

/// One session change's step (see the [module docs](self)).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Step<A> {
	/// The set to queue: the active set moved by one bounded step toward the target.
	pub next: Vec<A>,
	/// Governed validators with session keys that are not in `next` (held back by the step).
	pub waiting: Vec<A>,
	/// Governed validators without session keys.
	pub keyless: Vec<A>,
}

/// The step from `active` toward the governed validators in `governed` that have keys
/// (`has_keys`), given the validators that were `live` in the last session; `next` holds at
/// most `max` validators.
pub fn next_step<A: Clone + PartialEq>(
	active: &[A],
	governed: &[A],
	live: &[A],
	has_keys: impl Fn(&A) -> bool,
	max: usize,
) -> Step<A> {
	// 1. The session pallet drops validators without keys whatever the manager returns.
	let mut next: Vec<A> = active.iter().filter(|v| has_keys(v)).cloned().collect();
	let dropped = active.len().saturating_sub(next.len());
	let mut budget = max_changes(active.len()).saturating_sub(dropped);

	// 2. Removals: validators that were not live first.
	let mut leaving: Vec<A> = next.iter().filter(|v| !governed.contains(v)).cloned().collect();
	leaving.sort_by_key(|v| live.contains(v));
	for validator in leaving {
		if budget == 0 {
			break;
		}
		let candidate: Vec<A> = next.iter().filter(|v| **v != validator).cloned().collect();
		if candidate.is_empty() {
			continue;
		}
		if !live.contains(&validator) || live_majority(&candidate, live) {
			next = candidate;
			budget = budget.saturating_sub(1);
		}
	}

	// 3. Additions, in governance order.
	for validator in governed.iter().filter(|v| has_keys(v)) {
		if budget == 0 || next.len() >= max {
			break;
		}
		if next.contains(validator) {
			continue;
		}
		let mut candidate = next.clone();
		candidate.push(validator.clone());
		if live_majority(&candidate, live) {
			next = candidate;
			budget = budget.saturating_sub(1);
		}
	}

	let waiting = governed.iter().filter(|v| has_keys(v) && !next.contains(v)).cloned().collect();
	let keyless = governed.iter().filter(|v| !has_keys(v)).cloned().collect();
	Step { next, waiting, keyless }
}

impl<T: Config> Pallet<T> {
	/// The set for session `session`: the active set (which the session pallet has just
	/// made current) moved one step toward the governed set (see the [module docs](self)).
	/// Records the queued, waiting and keyless validators; returns `None` when the step changes
	/// nothing, so the session pallet keeps the active set.
	pub fn do_new_session(session: SessionIndex) -> Option<Vec<T::AccountId>> {
		let max = T::MaxValidators::get() as usize;
		let active: Vec<T::AccountId> = T::Session::validators().into_iter().take(max).collect();
		let governed = Validators::<T>::get();
		let live = LiveValidators::<T>::get();
		let step = next_step(&active, &governed, &live, T::KeysRegistration::is_registered, max);
		// Each is at most `max` long: `next` by construction, the others subsets of `governed`.
		let next = ValidatorsOf::<T>::truncate_from(step.next);
		QueuedValidators::<T>::put(&next);
		WaitingValidators::<T>::put(ValidatorsOf::<T>::truncate_from(step.waiting));
		KeylessValidators::<T>::put(ValidatorsOf::<T>::truncate_from(step.keyless));
		if next.is_empty() {
			log::error!(target: LOG_TARGET, "no validator of the active set has session keys");
		}
		if next[..] == active[..] {
			return None;
		}
		Self::deposit_event(Event::NewSetQueued { session, validators: next.clone() });
		Some(next.into_inner())
	}

	/// Ends session `session`: reports each active validator's authored blocks, and those that
	/// authored none, records those that authored (the liveness gate's [`LiveValidators`]),
	/// then resets the counters. Bounded by `MaxValidators`.
	pub fn do_end_session(session: SessionIndex) {
		let mut authored = AuthoredOf::<T>::default();
		let mut live = ValidatorsOf::<T>::default();
		for validator in T::Session::validators().into_iter().take(T::MaxValidators::get() as usize)
		{
			let blocks = AuthoredBlocks::<T>::take(&validator);
			if blocks == 0 {
				Self::deposit_event(Event::ValidatorOffline {
					session,
					validator: validator.clone(),
				});
			} else {
				// At most `MaxValidators` pushes.
				let _ = live.try_push(validator.clone());
			}
			// At most `MaxValidators` pushes.
			let _ = authored.try_push((validator, blocks));
		}
		// Authors outside the active set cannot exist; clear defensively, bounded.
		let _ = AuthoredBlocks::<T>::clear(T::MaxValidators::get(), None);
		LiveValidators::<T>::put(live);
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
