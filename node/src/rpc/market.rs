//! `market_*` JSON-RPC methods over the runtime's `MarketApi`.
//!
//! Answers are JSON for any client (`curl`, scripts, provider software): accounts as SS58
//! strings, balances as decimal strings (they exceed JavaScript's safe integers), ids and
//! resources as numbers. Every method takes an optional block hash `at` (default: the best
//! block). Listings are pages: `{ items, next }`; pass `next` as `startAfter` to go on.

use std::sync::Arc;

use deinfra_primitives::{CapacityView, GpuRequirement, Page, ResourceRequest, Resources};
use deinfra_runtime::{opaque::Block, AccountId, Balance, BlockNumber};
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{error::ErrorObject, ErrorObjectOwned},
};
use pallet_market_runtime_api::{
	Bid, Lease, LeaseState, MarketApi as MarketRuntimeApi, Order, OrderState,
};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

pub(crate) type Hash = <Block as BlockT>::Hash;

/// The page size when a request names none.
pub(crate) const DEFAULT_LIMIT: u32 = 20;

/// A balance as a decimal string.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Amount(pub String);

impl From<Balance> for Amount {
	fn from(b: Balance) -> Self {
		Self(b.to_string())
	}
}

/// An amount of capacity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResourcesJson {
	/// CPU, in millicores.
	pub cpu_millicores: u64,
	/// Memory, in MiB.
	pub memory_mib: u64,
	/// Storage, in GiB.
	pub storage_gib: u64,
	/// Bandwidth, in Mbit/s.
	pub bandwidth_mbps: u64,
	/// GPUs.
	pub gpus: u32,
}

impl From<Resources> for ResourcesJson {
	fn from(r: Resources) -> Self {
		Self {
			cpu_millicores: r.cpu_millicores,
			memory_mib: r.memory_mib,
			storage_gib: r.storage_gib,
			bandwidth_mbps: r.bandwidth_mbps,
			gpus: r.gpus,
		}
	}
}

impl From<ResourcesJson> for Resources {
	fn from(r: ResourcesJson) -> Self {
		Self {
			cpu_millicores: r.cpu_millicores,
			memory_mib: r.memory_mib,
			storage_gib: r.storage_gib,
			bandwidth_mbps: r.bandwidth_mbps,
			gpus: r.gpus,
		}
	}
}

/// A GPU requirement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GpuJson {
	/// The model; empty for any.
	#[serde(default)]
	pub model: String,
	/// Minimum memory per GPU, in GiB.
	pub min_vram_gib: u32,
	/// How many.
	pub count: u32,
}

/// What a tenant asks for (an order's request, or a provider search).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestJson {
	/// The capacity needed.
	pub resources: ResourcesJson,
	/// GPUs needed, if any.
	#[serde(default)]
	pub gpu: Option<GpuJson>,
	/// The region, if any (e.g. `DE`, `US-CA`).
	#[serde(default)]
	pub region: Option<String>,
	/// Required attributes, as `[key, value]` pairs.
	#[serde(default)]
	pub attributes: Vec<(String, String)>,
	/// Whether the attributes must be verified by an auditor.
	#[serde(default)]
	pub verified_attributes: bool,
}

fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

fn bounded<S: sp_runtime::traits::Get<u32>>(
	s: String,
	what: &str,
) -> Result<sp_runtime::BoundedVec<u8, S>, ErrorObjectOwned> {
	s.into_bytes()
		.try_into()
		.map_err(|_| invalid_params(format!("{what} is longer than {} bytes", S::get())))
}

impl From<&ResourceRequest> for RequestJson {
	fn from(r: &ResourceRequest) -> Self {
		Self {
			resources: r.resources.into(),
			gpu: r.gpu.as_ref().map(|g| GpuJson {
				model: text(&g.model),
				min_vram_gib: g.min_vram_gib,
				count: g.count,
			}),
			region: r.region.as_ref().map(|region| text(region)),
			attributes: r.attributes.iter().map(|(k, v)| (text(k), text(v))).collect(),
			verified_attributes: r.verified_attributes,
		}
	}
}

impl TryFrom<RequestJson> for ResourceRequest {
	type Error = ErrorObjectOwned;
	fn try_from(r: RequestJson) -> Result<Self, Self::Error> {
		let gpu = match r.gpu {
			Some(g) => Some(GpuRequirement {
				model: bounded(g.model, "gpu.model")?,
				min_vram_gib: g.min_vram_gib,
				count: g.count,
			}),
			None => None,
		};
		let region = r.region.map(|region| bounded(region, "region")).transpose()?;
		let attributes = r
			.attributes
			.into_iter()
			.map(|(k, v)| Ok((bounded(k, "attribute key")?, bounded(v, "attribute value")?)))
			.collect::<Result<Vec<_>, ErrorObjectOwned>>()?;
		let attributes =
			attributes.try_into().map_err(|_| invalid_params("too many attributes".to_string()))?;
		Ok(Self {
			resources: r.resources.into(),
			gpu,
			region,
			attributes,
			verified_attributes: r.verified_attributes,
		})
	}
}

/// An order.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderJson {
	/// Its id.
	pub id: u64,
	/// The tenant.
	pub tenant: AccountId,
	/// What it asks for.
	pub request: RequestJson,
	/// The highest price per block it accepts.
	pub max_price_per_block: Amount,
	/// The deposit it opened its escrow with.
	pub deposit: Amount,
	/// Its escrow account.
	pub escrow: u64,
	/// Lease duration in blocks, if any.
	pub duration: Option<BlockNumber>,
	/// The block it was created at.
	pub created_at: BlockNumber,
	/// Standing bids.
	pub bids: u32,
	/// `open`, or `matched` with its lease.
	pub state: String,
	/// The lease, once matched.
	pub lease: Option<u64>,
}

impl From<(u64, Order<AccountId, Balance, BlockNumber>)> for OrderJson {
	fn from((id, o): (u64, Order<AccountId, Balance, BlockNumber>)) -> Self {
		let (state, lease) = match o.state {
			OrderState::Open => ("open", None),
			OrderState::Matched { lease } => ("matched", Some(lease)),
		};
		Self {
			id,
			tenant: o.tenant,
			request: (&o.request).into(),
			max_price_per_block: o.max_price_per_block.into(),
			deposit: o.deposit.into(),
			escrow: o.escrow,
			duration: o.duration,
			created_at: o.created_at,
			bids: o.bids,
			state: state.into(),
			lease,
		}
	}
}

/// A bid.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BidJson {
	/// Its id.
	pub id: u64,
	/// The order.
	pub order: u64,
	/// The provider.
	pub provider: AccountId,
	/// The price per block it offers.
	pub price_per_block: Amount,
	/// The deposit held for it.
	pub deposit: Amount,
	/// The block it was placed at.
	pub placed_at: BlockNumber,
}

impl From<(u64, Bid<AccountId, Balance, BlockNumber>)> for BidJson {
	fn from((id, b): (u64, Bid<AccountId, Balance, BlockNumber>)) -> Self {
		Self {
			id,
			order: b.order,
			provider: b.provider,
			price_per_block: b.price_per_block.into(),
			deposit: b.deposit.into(),
			placed_at: b.placed_at,
		}
	}
}

/// A lease.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LeaseJson {
	/// Its id.
	pub id: u64,
	/// The order it came from.
	pub order: u64,
	/// The accepted bid.
	pub bid: u64,
	/// The tenant.
	pub tenant: AccountId,
	/// The provider.
	pub provider: AccountId,
	/// The escrow account paying for it.
	pub escrow: u64,
	/// The capacity reserved at the provider.
	pub resources: ResourcesJson,
	/// What it costs per block, take included.
	pub price_per_block: Amount,
	/// The block it started.
	pub started_at: BlockNumber,
	/// The block it ends, if it has a duration.
	pub ends_at: Option<BlockNumber>,
	/// `active` or `closed`.
	pub state: String,
	/// When it closed.
	pub closed_at: Option<BlockNumber>,
	/// Why it closed: `Tenant`, `Provider`, `InsufficientFunds`, `Expired`, `Governance`.
	pub close_reason: Option<String>,
}

impl From<(u64, Lease<AccountId, Balance, BlockNumber>)> for LeaseJson {
	fn from((id, l): (u64, Lease<AccountId, Balance, BlockNumber>)) -> Self {
		let (state, closed_at, close_reason) = match l.state {
			LeaseState::Active => ("active", None, None),
			LeaseState::Closed { at, reason } => ("closed", Some(at), Some(format!("{reason:?}"))),
		};
		Self {
			id,
			order: l.order,
			bid: l.bid,
			tenant: l.tenant,
			provider: l.provider,
			escrow: l.escrow,
			resources: l.resources.into(),
			price_per_block: l.price_per_block.into(),
			started_at: l.started_at,
			ends_at: l.ends_at,
			state: state.into(),
			closed_at,
			close_reason,
		}
	}
}

/// A lease's escrow at a block.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EscrowJson {
	/// What the escrow holds, before what is owed is paid.
	pub balance: Amount,
	/// Owed to the provider and not yet settled (take included).
	pub accrued: Amount,
	/// `balance - accrued`.
	pub remaining: Amount,
	/// Blocks `remaining` pays for (0: the grace period runs).
	pub runway: Option<BlockNumber>,
}

/// A lease and its escrow.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LeaseStatusJson {
	/// The lease.
	pub lease: LeaseJson,
	/// Its escrow, while the lease is active.
	pub escrow: Option<EscrowJson>,
	/// The block of the figures.
	pub at: BlockNumber,
}

/// A provider's capacity.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CapacityJson {
	/// Total offered.
	pub total: ResourcesJson,
	/// Used by active leases.
	pub allocated: ResourcesJson,
	/// Free.
	pub free: ResourcesJson,
	/// Active leases.
	pub active_leases: u32,
	/// Whether it takes new orders.
	pub active: bool,
}

impl From<CapacityView> for CapacityJson {
	fn from(c: CapacityView) -> Self {
		Self {
			total: c.total.into(),
			allocated: c.allocated.into(),
			free: c.free.into(),
			active_leases: c.active_leases,
			active: c.active,
		}
	}
}

/// A provider that matches a search.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProviderMatchJson {
	/// The provider.
	pub provider: AccountId,
	/// Its capacity.
	pub capacity: CapacityJson,
}

/// One page of a listing.
#[derive(Clone, Debug, Serialize)]
pub struct PageJson<Item, Cursor> {
	/// The entries.
	pub items: Vec<Item>,
	/// Pass as `startAfter` for the next page; `null` at the end.
	pub next: Option<Cursor>,
}

fn page<I, J: From<I>, C>(p: Page<I, C>) -> PageJson<J, C> {
	PageJson { items: p.items.into_iter().map(J::from).collect(), next: p.next }
}

/// The `market_*` methods.
#[rpc(server)]
pub trait MarketApi {
	/// A lease and, while active, its escrow now: balance, accrued, remaining, runway.
	#[method(name = "market_leaseStatus")]
	fn lease_status(&self, lease: u64, at: Option<Hash>) -> RpcResult<Option<LeaseStatusJson>>;

	/// A tenant's open orders.
	#[method(name = "market_tenantOrders")]
	fn tenant_orders(
		&self,
		tenant: AccountId,
		start_after: Option<u64>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<PageJson<OrderJson, u64>>;

	/// A tenant's active leases.
	#[method(name = "market_tenantLeases")]
	fn tenant_leases(
		&self,
		tenant: AccountId,
		start_after: Option<u64>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<PageJson<LeaseJson, u64>>;

	/// A provider's active leases.
	#[method(name = "market_providerLeases")]
	fn provider_leases(
		&self,
		provider: AccountId,
		start_after: Option<u64>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<PageJson<LeaseJson, u64>>;

	/// A provider's capacity; `null` if it is not registered.
	#[method(name = "market_providerCapacity")]
	fn provider_capacity(
		&self,
		provider: AccountId,
		at: Option<Hash>,
	) -> RpcResult<Option<CapacityJson>>;

	/// Open orders the provider could bid on now.
	#[method(name = "market_openOrdersFor")]
	fn open_orders_for(
		&self,
		provider: AccountId,
		start_after: Option<u64>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<PageJson<OrderJson, u64>>;

	/// The standing bids on an order.
	#[method(name = "market_orderBids")]
	fn order_bids(&self, order: u64, at: Option<Hash>) -> RpcResult<Vec<BidJson>>;

	/// Providers that could serve a request now.
	#[method(name = "market_findProviders")]
	fn find_providers(
		&self,
		request: RequestJson,
		start_after: Option<AccountId>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<PageJson<ProviderMatchJson, AccountId>>;
}

/// Serves [`MarketApiServer`] from a client.
pub struct Market<C> {
	client: Arc<C>,
}

impl<C> Market<C> {
	/// Serves the methods from `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

/// The JSON-RPC error code of a failed runtime call.
const RUNTIME_ERROR: i32 = 1;

pub(crate) fn runtime_error(e: impl ToString) -> ErrorObjectOwned {
	ErrorObject::owned(RUNTIME_ERROR, "the runtime call failed", Some(e.to_string()))
}

fn invalid_params(message: String) -> ErrorObjectOwned {
	ErrorObject::owned(jsonrpsee::types::error::INVALID_PARAMS_CODE, message, None::<()>)
}

/// Calls a runtime API of `client` at `at` (default: the best block).
pub(crate) fn call_at<C, R>(
	client: &C,
	at: Option<Hash>,
	f: impl FnOnce(&C::Api, Hash) -> Result<R, sp_api::ApiError>,
) -> RpcResult<R>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
{
	let api = client.runtime_api();
	f(&api, at.unwrap_or_else(|| client.info().best_hash)).map_err(runtime_error)
}

impl<C> Market<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
{
	/// Calls the runtime API at `at` (default: the best block).
	fn call<R>(
		&self,
		at: Option<Hash>,
		f: impl FnOnce(&C::Api, Hash) -> Result<R, sp_api::ApiError>,
	) -> RpcResult<R> {
		call_at(&*self.client, at, f)
	}
}

impl<C> MarketApiServer for Market<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: MarketRuntimeApi<Block, AccountId, Balance, BlockNumber>,
{
	fn lease_status(&self, lease: u64, at: Option<Hash>) -> RpcResult<Option<LeaseStatusJson>> {
		let status = self.call(at, |api, at| api.lease_status(at, lease))?;
		Ok(status.map(|s| LeaseStatusJson {
			lease: (lease, s.lease).into(),
			escrow: s.escrow.map(|e| EscrowJson {
				balance: e.balance.into(),
				accrued: e.accrued.into(),
				remaining: e.remaining.into(),
				runway: e.runway,
			}),
			at: s.at,
		}))
	}

	fn tenant_orders(
		&self,
		tenant: AccountId,
		start_after: Option<u64>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<PageJson<OrderJson, u64>> {
		let limit = limit.unwrap_or(DEFAULT_LIMIT);
		self.call(at, |api, at| api.tenant_orders(at, tenant, start_after, limit)).map(page)
	}

	fn tenant_leases(
		&self,
		tenant: AccountId,
		start_after: Option<u64>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<PageJson<LeaseJson, u64>> {
		let limit = limit.unwrap_or(DEFAULT_LIMIT);
		self.call(at, |api, at| api.tenant_leases(at, tenant, start_after, limit)).map(page)
	}

	fn provider_leases(
		&self,
		provider: AccountId,
		start_after: Option<u64>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<PageJson<LeaseJson, u64>> {
		let limit = limit.unwrap_or(DEFAULT_LIMIT);
		self.call(at, |api, at| api.provider_leases(at, provider, start_after, limit)).map(page)
	}

	fn provider_capacity(
		&self,
		provider: AccountId,
		at: Option<Hash>,
	) -> RpcResult<Option<CapacityJson>> {
		Ok(self.call(at, |api, at| api.provider_capacity(at, provider))?.map(Into::into))
	}

	fn open_orders_for(
		&self,
		provider: AccountId,
		start_after: Option<u64>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<PageJson<OrderJson, u64>> {
		let limit = limit.unwrap_or(DEFAULT_LIMIT);
		self.call(at, |api, at| api.open_orders_for(at, provider, start_after, limit)).map(page)
	}

	fn order_bids(&self, order: u64, at: Option<Hash>) -> RpcResult<Vec<BidJson>> {
		let bids = self.call(at, |api, at| api.order_bids(at, order))?;
		Ok(bids.into_iter().map(Into::into).collect())
	}

	fn find_providers(
		&self,
		request: RequestJson,
		start_after: Option<AccountId>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<PageJson<ProviderMatchJson, AccountId>> {
		let request = ResourceRequest::try_from(request)?;
		let limit = limit.unwrap_or(DEFAULT_LIMIT);
		let p = self.call(at, |api, at| api.find_providers(at, request, start_after, limit))?;
		Ok(PageJson {
			items: p
				.items
				.into_iter()
				.map(|(provider, c)| ProviderMatchJson { provider, capacity: c.into() })
				.collect(),
			next: p.next,
		})
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn request_json_round_trips_through_the_runtime_type() {
		let json = serde_json::json!({
			"resources": { "cpuMillicores": 2000, "memoryMib": 4096, "storageGib": 50,
				"bandwidthMbps": 100, "gpus": 1 },
			"gpu": { "model": "nvidia-h100", "minVramGib": 80, "count": 1 },
			"region": "DE",
			"attributes": [["tier", "gold"]],
			"verifiedAttributes": true
		});
		let parsed: RequestJson = serde_json::from_value(json).unwrap();
		let request = ResourceRequest::try_from(parsed.clone()).unwrap();
		assert_eq!(request.resources.gpus, 1);
		assert_eq!(request.region.as_ref().map(|r| r.to_vec()), Some(b"DE".to_vec()));
		assert_eq!(request.attributes.len(), 1);
		assert_eq!(RequestJson::from(&request), parsed);
	}

	#[test]
	fn a_request_with_an_overlong_region_is_invalid_params() {
		let parsed: RequestJson = serde_json::from_value(serde_json::json!({
			"resources": { "cpuMillicores": 1, "memoryMib": 1, "storageGib": 1,
				"bandwidthMbps": 1, "gpus": 0 },
			"region": "X".repeat(100)
		}))
		.unwrap();
		let error = ResourceRequest::try_from(parsed).unwrap_err();
		assert_eq!(error.code(), jsonrpsee::types::error::INVALID_PARAMS_CODE);
		assert!(error.message().contains("region"));
	}

	#[test]
	fn balances_are_decimal_strings() {
		let a: Amount = (u128::MAX).into();
		assert_eq!(serde_json::to_value(a).unwrap(), serde_json::json!(u128::MAX.to_string()));
	}
}
