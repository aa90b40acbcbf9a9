//! Lease outcomes and the reputation score.

use crate::{Config, Event, Pallet, Reputation};
use deinfra_primitives::LeaseOutcome;

impl<T: Config> Pallet<T> {
	/// Counts `outcome` for `who` and recomputes its score
	/// (see [`ReputationRecord`](crate::ReputationRecord)).
	pub(crate) fn do_record_outcome(who: &T::AccountId, outcome: LeaseOutcome) {
		let score = Reputation::<T>::mutate(who, |rep| {
			let counter = match outcome {
				LeaseOutcome::Completed => &mut rep.completed,
				LeaseOutcome::ClosedEarlyByProvider => &mut rep.closed_early,
				LeaseOutcome::Slashed => &mut rep.slashed,
			};
			*counter = counter.saturating_add(1);
			rep.score = rep.compute_score();
			rep.score
		});
		Self::deposit_event(Event::OutcomeRecorded { provider: who.clone(), outcome, score });
	}
}
