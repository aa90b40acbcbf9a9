//! # Market runtime API
//!
//! `MarketApi` answers what storage alone cannot, because the escrow settles lazily: a lease's
//! accrued and remaining escrow and its runway at the current block. It also lists, bounded and
//! paginated, a tenant's orders and leases, a provider's leases and the open orders it could
//! bid on, and the providers that could serve a request. The node serves it as `market_*`
//! JSON-RPC methods; Polkadot.js calls it as `api.call.marketApi.*`.
//!
//! Every listing returns a [`Page`]: pass its `next` as `start_after` for the following page.
//! A page holds at most [`deinfra_primitives::MAX_PAGE_SIZE`] entries.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use deinfra_primitives::{CapacityView, Page, ResourceRequest};
pub use pallet_market::{
	Bid, BidId, CloseReason, EscrowStatus, Lease, LeaseId, LeaseState, LeaseStatus, Order, OrderId,
	OrderState,
};

sp_api::decl_runtime_apis! {
	/// Queries of the DeInfra market, computed at the block they are called at.
	pub trait MarketApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// A lease and, while it is active, its escrow: balance, accrued (owed to the
		/// provider, not yet settled), remaining, runway in blocks. `None` for an unknown id.
		fn lease_status(lease: LeaseId) -> Option<LeaseStatus<AccountId, Balance, BlockNumber>>;

		/// A tenant's open orders, ascending by id, after `start_after`.
		fn tenant_orders(
			tenant: AccountId,
			start_after: Option<OrderId>,
			limit: u32,
		) -> Page<(OrderId, Order<AccountId, Balance, BlockNumber>), OrderId>;

		/// A tenant's active leases, ascending by id, after `start_after`.
		fn tenant_leases(
			tenant: AccountId,
			start_after: Option<LeaseId>,
			limit: u32,
		) -> Page<(LeaseId, Lease<AccountId, Balance, BlockNumber>), LeaseId>;

		/// A provider's active leases, ascending by id, after `start_after`.
		fn provider_leases(
			provider: AccountId,
			start_after: Option<LeaseId>,
			limit: u32,
		) -> Page<(LeaseId, Lease<AccountId, Balance, BlockNumber>), LeaseId>;

		/// A provider's capacity: total, allocated, free, active leases; `None` if it is not
		/// registered.
		fn provider_capacity(provider: AccountId) -> Option<CapacityView>;

		/// Open orders the provider could bid on now (it matches, is not the tenant, has not
		/// bid yet), ascending by id, after `start_after`.
		fn open_orders_for(
			provider: AccountId,
			start_after: Option<OrderId>,
			limit: u32,
		) -> Page<(OrderId, Order<AccountId, Balance, BlockNumber>), OrderId>;

		/// The standing bids on an open order, ascending by id.
		fn order_bids(order: OrderId) -> Vec<(BidId, Bid<AccountId, Balance, BlockNumber>)>;

		/// Providers that could serve `request` now (region, attributes, GPUs, free
		/// capacity), with their capacity, in registry order after `start_after`.
		fn find_providers(
			request: ResourceRequest,
			start_after: Option<AccountId>,
			limit: u32,
		) -> Page<(AccountId, CapacityView), AccountId>;
	}
}
