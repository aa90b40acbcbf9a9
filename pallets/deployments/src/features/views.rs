//! Read-only helpers for the runtime, RPCs and clients.

use crate::{cid, pallet::*, types::*};
use alloc::{string::String, vec::Vec};
use deinfra_primitives::{Page, MAX_PAGE_SIZE};

/// Bytes as text; invalid UTF-8 becomes U+FFFD.
fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

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

	/// Deployment `id` with its status and kept history, CIDs as text; `None` if there is no
	/// such deployment. Reads at most [`Config::MaxVersionsCap`] versions.
	pub fn deployment_view(id: DeploymentId) -> Option<DeploymentViewOf<T>> {
		Deployments::<T>::get(id).map(|record| Self::view_of(id, record))
	}

	/// The deployment bound to `lease`, as [`Self::deployment_view`] returns it.
	pub fn lease_deployment_view(lease: LeaseId) -> Option<DeploymentViewOf<T>> {
		DeploymentByLease::<T>::get(lease).and_then(Self::deployment_view)
	}

	/// One page of `owner`'s deployments, in storage order (by the hash of their names), after
	/// the deployment `start_after` (which must still be `owner`'s, otherwise the page is
	/// empty). At most `limit` entries, capped at [`MAX_PAGE_SIZE`].
	pub fn owner_deployments(
		owner: T::AccountId,
		start_after: Option<DeploymentId>,
		limit: u32,
	) -> Page<DeploymentViewOf<T>, DeploymentId> {
		let limit = limit.min(MAX_PAGE_SIZE) as usize;
		let ids: Vec<DeploymentId> = match start_after {
			None => DeploymentByName::<T>::iter_prefix_values(&owner)
				.take(limit.saturating_add(1))
				.collect(),
			Some(after) => {
				let Some(record) = Deployments::<T>::get(after).filter(|r| r.owner == owner) else {
					return Page::default();
				};
				let from = DeploymentByName::<T>::hashed_key_for(&owner, &record.name);
				DeploymentByName::<T>::iter_prefix_from(&owner, from)
					.map(|(_, id)| id)
					.take(limit.saturating_add(1))
					.collect()
			}
		};
		let more = ids.len() > limit;
		let items: Vec<_> = ids.into_iter().take(limit).filter_map(Self::deployment_view).collect();
		let next = if more { items.last().map(|view| view.id) } else { None };
		Page { items, next }
	}

	/// The view of `record`, the deployment `id`.
	fn view_of(id: DeploymentId, record: Deployment<T>) -> DeploymentViewOf<T> {
		let versions = (record.oldest..=record.current)
			.filter_map(|number| {
				Versions::<T>::get(id, number).map(|v| VersionView {
					number,
					cid: text(&cid::to_text(&v.cid)),
					cid_v0: cid::to_text_v0(&v.cid).map(|t| text(&t)),
					created_at: v.created_at,
					author: v.author,
					origin: v.origin,
					note: v.note.map(|n| text(&n)),
					deposit: v.deposit,
				})
			})
			.collect();
		DeploymentView {
			id,
			name: text(&record.name),
			owner: record.owner,
			lease: record.lease,
			editors: record.editors.into_inner(),
			current: record.current,
			oldest: record.oldest,
			created_at: record.created_at,
			deposit: record.deposit,
			held: record.held,
			status: Statuses::<T>::get(id),
			versions,
		}
	}
}
