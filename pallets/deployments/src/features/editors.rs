//! The accounts besides the owner that may push versions.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::ensure;
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// The owner replaces the editors of deployment `id` with `editors`, at most
	/// [`Config::MaxEditors`] of them.
	pub fn do_set_editors(
		owner: &T::AccountId,
		id: DeploymentId,
		editors: Vec<T::AccountId>,
	) -> DispatchResult {
		let mut record = Self::owned(owner, id)?;
		let editors = EditorsOf::<T>::try_from(editors).map_err(|_| Error::<T>::TooManyEditors)?;
		for (i, editor) in editors.iter().enumerate() {
			ensure!(!editors.iter().skip(i + 1).any(|e| e == editor), Error::<T>::DuplicateEditor);
		}
		record.editors = editors.clone();
		let old_held = Self::reprice_record(&mut record)?;

		Self::settle_hold(owner, old_held, record.held)?;
		Deployments::<T>::insert(id, record);

		Self::deposit_event(Event::EditorsSet { deployment: id, editors });
		Ok(())
	}
}
