//! Pushing versions, rolling back, and pruning the history.

use crate::{cid::CidBytes, pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::{ensure, traits::Get};
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, Zero},
	DispatchResult,
};

/// The version an append pruned, and the deposit it released.
pub type Pruned<Balance> = Option<(VersionNumber, Balance)>;

impl<T: Config> Pallet<T> {
	/// `who` (owner or editor) records a new version of deployment `id` deploying `cid_text`,
	/// with an optional `note` of at most [`Config::MaxNoteLen`] bytes.
	pub fn do_push_version(
		who: &T::AccountId,
		id: DeploymentId,
		cid_text: &[u8],
		note: Option<Vec<u8>>,
	) -> DispatchResult {
		let mut record = Deployments::<T>::get(id).ok_or(Error::<T>::UnknownDeployment)?;
		ensure!(record.may_edit(who), Error::<T>::NotEditor);
		let cid = Self::parse_cid(cid_text)?;
		let note =
			note.map(NoteOf::<T>::try_from).transpose().map_err(|_| Error::<T>::NoteTooLong)?;

		let pruned =
			Self::append_version(id, &mut record, who, cid.clone(), VersionOrigin::Pushed, note)?;

		Self::deposit_event(Event::VersionPushed {
			deployment: id,
			version: record.current,
			cid,
			author: who.clone(),
		});
		Self::deposit_pruned_event(id, pruned);
		Ok(())
	}

	/// `who` (owner or editor) makes the kept version `to` of deployment `id` current again,
	/// as a new version with its CID.
	pub fn do_rollback(who: &T::AccountId, id: DeploymentId, to: VersionNumber) -> DispatchResult {
		let mut record = Deployments::<T>::get(id).ok_or(Error::<T>::UnknownDeployment)?;
		ensure!(record.may_edit(who), Error::<T>::NotEditor);
		Self::ensure_kept(&record, to)?;
		ensure!(to != record.current, Error::<T>::AlreadyCurrent);
		let cid = Versions::<T>::get(id, to).ok_or(Error::<T>::VersionPruned)?.cid;

		let pruned = Self::append_version(
			id,
			&mut record,
			who,
			cid.clone(),
			VersionOrigin::Rollback { to },
			None,
		)?;

		Self::deposit_event(Event::RolledBack {
			deployment: id,
			version: record.current,
			to,
			cid,
			author: who.clone(),
		});
		Self::deposit_pruned_event(id, pruned);
		Ok(())
	}

	/// Checks that `version` is in the kept history of `record`:
	/// [`Error::UnknownVersion`] if it was never recorded, [`Error::VersionPruned`] if it was
	/// pruned.
	pub(crate) fn ensure_kept(record: &Deployment<T>, version: VersionNumber) -> DispatchResult {
		ensure!(version >= 1 && version <= record.current, Error::<T>::UnknownVersion);
		ensure!(version >= record.oldest, Error::<T>::VersionPruned);
		Ok(())
	}

	/// Appends a version to deployment `id` and makes it current, pruning the oldest if the
	/// history is full, and holds the net deposit change from the owner. Checks everything
	/// before writing. Writes the record.
	pub(crate) fn append_version(
		id: DeploymentId,
		record: &mut Deployment<T>,
		author: &T::AccountId,
		cid: CidBytes,
		origin: VersionOrigin,
		note: Option<NoteOf<T>>,
	) -> Result<Pruned<BalanceOf<T>>, sp_runtime::DispatchError> {
		let number = record.current.checked_add(1).ok_or(Error::<T>::VersionOverflow)?;
		let mut version = Version::<T> {
			cid,
			created_at: frame_system::Pallet::<T>::block_number(),
			author: author.clone(),
			origin,
			note,
			deposit: Zero::zero(),
		};
		version.deposit = Self::version_deposit(&version)?;

		let pruned = if record.kept() >= T::MaxVersions::get() {
			let oldest = record.oldest;
			let released = Versions::<T>::get(id, oldest).ok_or(Error::<T>::VersionPruned)?.deposit;
			Some((oldest, released))
		} else {
			None
		};
		let old_held = record.held;
		let released = pruned.map(|(_, d)| d).unwrap_or_else(Zero::zero);
		record.held = old_held
			.checked_sub(&released)
			.and_then(|h| h.checked_add(&version.deposit))
			.ok_or(Error::<T>::Overflow)?;
		record.current = number;
		if let Some((oldest, _)) = pruned {
			record.oldest = oldest.checked_add(1).ok_or(Error::<T>::VersionOverflow)?;
		}

		Self::settle_hold(&record.owner, old_held, record.held)?;
		if let Some((oldest, _)) = pruned {
			Versions::<T>::remove(id, oldest);
		}
		Versions::<T>::insert(id, number, version);
		Deployments::<T>::insert(id, record.clone());
		Ok(pruned)
	}

	fn deposit_pruned_event(id: DeploymentId, pruned: Pruned<BalanceOf<T>>) {
		if let Some((version, released)) = pruned {
			Self::deposit_event(Event::VersionPruned { deployment: id, version, released });
		}
	}
}
