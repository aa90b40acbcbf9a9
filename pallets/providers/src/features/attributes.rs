//! Auditors verifying and unverifying provider attributes.

use crate::{AttributeKeysOf, Config, Error, Event, Pallet, Registry};
use frame_support::ensure;
use sp_runtime::{DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// Sets the verification flag of `who`'s attributes `keys` to `verified`; all keys must
	/// exist, or nothing changes.
	pub(crate) fn do_set_verified(
		who: &T::AccountId,
		keys: AttributeKeysOf<T>,
		verified: bool,
	) -> DispatchResult {
		ensure!(!keys.is_empty(), Error::<T>::NoKeys);
		Registry::<T>::try_mutate(who, |record| {
			let record = record.as_mut().ok_or(Error::<T>::NotRegistered)?;
			ensure!(
				keys.iter().all(|key| record.attribute(key).is_some()),
				Error::<T>::UnknownAttribute
			);
			for attribute in record.attributes.iter_mut() {
				if keys.contains(&attribute.key) {
					attribute.verified = verified;
				}
			}
			Ok::<_, DispatchError>(())
		})?;
		let provider = who.clone();
		Self::deposit_event(if verified {
			Event::AttributesVerified { provider, keys }
		} else {
			Event::AttributesUnverified { provider, keys }
		});
		Ok(())
	}
}
