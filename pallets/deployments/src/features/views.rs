//! Read-only helpers for the runtime, RPCs and clients.

use crate::{cid, pallet::*, types::*};
use alloc::vec::Vec;

impl<T: Config> Pallet<T> {
	/// The current version of deployment `id`: its number and entry.
	pub fn current_version(id: DeploymentId) -> Option<(VersionNumber, Version<T>)> {
		let record = Deployments::<T>::get(id)?;
		Versions::<T>::get(id, record.current).map(|v| (record.current, v))
	}

	/// The kept history of deployment `id`, oldest first.
	pub fn history(id: DeploymentId) -> Vec<(VersionNumber, Version<T>)> {
		let Some(record) = Deployments::<T>::get(id) else { return Vec::new() };
		(record.oldest..=record.current)
			.filter_map(|n| Versions::<T>::get(id, n).map(|v| (n, v)))
			.collect()
	}

	/// The CID of a kept version as base32 text (`b…`), as IPFS tools print it.
	pub fn cid_text(id: DeploymentId, version: VersionNumber) -> Option<Vec<u8>> {
		Versions::<T>::get(id, version).map(|v| cid::to_text(&v.cid))
	}
}
