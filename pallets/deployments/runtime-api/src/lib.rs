//! # Deployments runtime API
//!
//! Chain state holds a deployment's CIDs in their canonical binary form (`0x0170…`), which no
//! one reads. `DeploymentsApi` returns deployments with their kept version history and every
//! CID as text: multibase base32 (`bafy…`, `bafk…`), the form IPFS tools print, and for dag-pb
//! content hashed with sha2-256 also the CIDv0 `Qm…` text. Names and notes come as text too.
//!
//! Polkadot.js calls it as `api.call.deploymentsApi.*` (Apps: Developer → Runtime calls); the
//! node serves it as the `deployments_*` JSON-RPC methods.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

use codec::Codec;
pub use deinfra_primitives::Page;
pub use pallet_deployments::{
	DeploymentId, DeploymentStatus, DeploymentView, LeaseId, StatusReport, VersionNumber,
	VersionOrigin, VersionView,
};

sp_api::decl_runtime_apis! {
	/// Queries of DeInfra's deployments, at the block they are called at.
	pub trait DeploymentsApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// A deployment with its last status report and its kept history (oldest first, the
		/// last entry current), CIDs as text. `None` for an unknown (or removed) id.
		fn deployment(id: DeploymentId) -> Option<DeploymentView<AccountId, Balance, BlockNumber>>;

		/// The deployment bound to a lease, as [`DeploymentsApi::deployment`] returns it;
		/// `None` if no deployment is bound to it.
		fn lease_deployment(lease: LeaseId) -> Option<DeploymentView<AccountId, Balance, BlockNumber>>;

		/// One page of an owner's deployments, in storage order, after the deployment
		/// `start_after` (which must still be the owner's; otherwise the page is empty). At
		/// most `limit` entries, capped at [`deinfra_primitives::MAX_PAGE_SIZE`]; pass the
		/// page's `next` as `start_after` for the following page.
		fn owner_deployments(
			owner: AccountId,
			start_after: Option<DeploymentId>,
			limit: u32,
		) -> Page<DeploymentView<AccountId, Balance, BlockNumber>, DeploymentId>;
	}
}
