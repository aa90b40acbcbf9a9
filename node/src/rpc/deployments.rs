//! `deployments_*` JSON-RPC methods over the runtime's `DeploymentsApi`.
//!
//! Deployments as JSON with every CID as text: `cid` is the multibase base32 CIDv1 (`bafy…`,
//! `bafk…`), `cidV0` the `Qm…` text of dag-pb sha2-256 content (else `null`). Accounts are
//! SS58 strings, balances decimal strings; every method takes an optional block hash `at`
//! (default: the best block).

use std::sync::Arc;

use deinfra_runtime::{opaque::Block, AccountId, Balance, BlockNumber};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_deployments_runtime_api::{
	DeploymentStatus, DeploymentView, DeploymentsApi as DeploymentsRuntimeApi, StatusReport,
	VersionOrigin, VersionView,
};
use serde::Serialize;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;

use super::market::{call_at, Amount, Hash, PageJson, DEFAULT_LIMIT};

/// A status report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusJson {
	/// The version it is about.
	pub version: u32,
	/// `running`, `failed` or `stopped`.
	pub state: &'static str,
	/// The provider software's reason code when failed, else `null`.
	pub code: Option<u16>,
	/// The block it was reported in.
	pub reported_at: BlockNumber,
}

impl From<StatusReport<BlockNumber>> for StatusJson {
	fn from(r: StatusReport<BlockNumber>) -> Self {
		let (state, code) = match r.status {
			DeploymentStatus::Running => ("running", None),
			DeploymentStatus::Failed { code } => ("failed", Some(code)),
			DeploymentStatus::Stopped => ("stopped", None),
		};
		Self { version: r.version, state, code, reported_at: r.reported_at }
	}
}

/// A version of a deployment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VersionJson {
	/// Its number.
	pub number: u32,
	/// The CID as base32 text (`bafy…`, `bafk…`).
	pub cid: String,
	/// The `Qm…` text of the same content for dag-pb sha2-256 content, else `null`.
	pub cid_v0: Option<String>,
	/// The block it was recorded in.
	pub created_at: BlockNumber,
	/// Who recorded it.
	pub author: AccountId,
	/// `created`, `pushed` or `rollback`.
	pub origin: &'static str,
	/// For a rollback, the version it made current again; else `null`.
	pub rollback_to: Option<u32>,
	/// Its note, if any.
	pub note: Option<String>,
	/// The storage deposit held for it.
	pub deposit: Amount,
}

impl From<VersionView<AccountId, Balance, BlockNumber>> for VersionJson {
	fn from(v: VersionView<AccountId, Balance, BlockNumber>) -> Self {
		let (origin, rollback_to) = match v.origin {
			VersionOrigin::Created => ("created", None),
			VersionOrigin::Pushed => ("pushed", None),
			VersionOrigin::Rollback { to } => ("rollback", Some(to)),
		};
		Self {
			number: v.number,
			cid: v.cid,
			cid_v0: v.cid_v0,
			created_at: v.created_at,
			author: v.author,
			origin,
			rollback_to,
			note: v.note,
			deposit: v.deposit.into(),
		}
	}
}

/// A deployment with its kept history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeploymentJson {
	/// Its id.
	pub id: u64,
	/// The tenant who owns it.
	pub owner: AccountId,
	/// Its name.
	pub name: String,
	/// The lease it runs on, if bound.
	pub lease: Option<u64>,
	/// Accounts besides the owner that may push versions and roll back.
	pub editors: Vec<AccountId>,
	/// The current version's number.
	pub current: u32,
	/// The oldest kept version's number.
	pub oldest: u32,
	/// The block it was created in.
	pub created_at: BlockNumber,
	/// The storage deposit of the record itself.
	pub deposit: Amount,
	/// Everything held from the owner for it.
	pub held: Amount,
	/// The last status report, if any.
	pub status: Option<StatusJson>,
	/// The kept versions, oldest first; the last is current.
	pub versions: Vec<VersionJson>,
}

impl From<DeploymentView<AccountId, Balance, BlockNumber>> for DeploymentJson {
	fn from(d: DeploymentView<AccountId, Balance, BlockNumber>) -> Self {
		Self {
			id: d.id,
			owner: d.owner,
			name: d.name,
			lease: d.lease,
			editors: d.editors,
			current: d.current,
			oldest: d.oldest,
			created_at: d.created_at,
			deposit: d.deposit.into(),
			held: d.held.into(),
			status: d.status.map(Into::into),
			versions: d.versions.into_iter().map(Into::into).collect(),
		}
	}
}

/// The `deployments_*` methods.
#[rpc(server)]
pub trait DeploymentsApi {
	/// A deployment with its status and kept history, CIDs as text; `null` if unknown.
	#[method(name = "deployments_get")]
	fn get(&self, id: u64, at: Option<Hash>) -> RpcResult<Option<DeploymentJson>>;

	/// The deployment bound to a lease; `null` if none is.
	#[method(name = "deployments_byLease")]
	fn by_lease(&self, lease: u64, at: Option<Hash>) -> RpcResult<Option<DeploymentJson>>;

	/// One page of an owner's deployments: `{ items, next }`; pass `next` as `startAfter`.
	#[method(name = "deployments_ofOwner")]
	fn of_owner(
		&self,
		owner: AccountId,
		start_after: Option<u64>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<PageJson<DeploymentJson, u64>>;
}

/// Serves [`DeploymentsApiServer`] from a client.
pub struct Deployments<C> {
	client: Arc<C>,
}

impl<C> Deployments<C> {
	/// Serves the methods from `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

impl<C> DeploymentsApiServer for Deployments<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: DeploymentsRuntimeApi<Block, AccountId, Balance, BlockNumber>,
{
	fn get(&self, id: u64, at: Option<Hash>) -> RpcResult<Option<DeploymentJson>> {
		call_at(&*self.client, at, |api, at| api.deployment(at, id)).map(|d| d.map(Into::into))
	}

	fn by_lease(&self, lease: u64, at: Option<Hash>) -> RpcResult<Option<DeploymentJson>> {
		call_at(&*self.client, at, |api, at| api.lease_deployment(at, lease))
			.map(|d| d.map(Into::into))
	}

	fn of_owner(
		&self,
		owner: AccountId,
		start_after: Option<u64>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<PageJson<DeploymentJson, u64>> {
		let limit = limit.unwrap_or(DEFAULT_LIMIT);
		let page = call_at(&*self.client, at, |api, at| {
			api.owner_deployments(at, owner, start_after, limit)
		})?;
		Ok(PageJson { items: page.items.into_iter().map(Into::into).collect(), next: page.next })
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_core::crypto::Ss58Codec;

	fn alice() -> AccountId {
		sp_keyring::Sr25519Keyring::Alice.to_account_id()
	}

	#[test]
	fn a_deployment_is_json_with_cids_as_text_and_named_states() {
		let view = DeploymentView {
			id: 4,
			owner: alice(),
			name: "site".into(),
			lease: Some(9),
			editors: vec![],
			current: 2,
			oldest: 1,
			created_at: 10,
			deposit: 5,
			held: u128::MAX,
			status: Some(StatusReport {
				version: 2,
				status: DeploymentStatus::Failed { code: 3 },
				reported_at: 12,
			}),
			versions: vec![VersionView {
				number: 2,
				cid: "bafybeie5nqv6kd3qnfjupgvz34woh3oksc3iau6abmyajn7qvtf6d2ho34".into(),
				cid_v0: Some("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG".into()),
				created_at: 11,
				author: alice(),
				origin: VersionOrigin::Rollback { to: 1 },
				note: None,
				deposit: 7,
			}],
		};
		let json = serde_json::to_value(DeploymentJson::from(view)).unwrap();
		assert_eq!(
			json,
			serde_json::json!({
				"id": 4, "owner": alice().to_ss58check(), "name": "site", "lease": 9,
				"editors": [], "current": 2, "oldest": 1, "createdAt": 10, "deposit": "5",
				"held": u128::MAX.to_string(),
				"status": { "version": 2, "state": "failed", "code": 3, "reportedAt": 12 },
				"versions": [{
					"number": 2,
					"cid": "bafybeie5nqv6kd3qnfjupgvz34woh3oksc3iau6abmyajn7qvtf6d2ho34",
					"cidV0": "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG",
					"createdAt": 11, "author": alice().to_ss58check(), "origin": "rollback",
					"rollbackTo": 1, "note": null, "deposit": "7"
				}]
			})
		);
	}
}
