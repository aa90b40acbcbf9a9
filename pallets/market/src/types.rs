//! Types stored by the market pallet.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use deinfra_primitives::{ResourceRequest, Resources};
use frame_support::traits::fungible;
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;

/// Identifies an order; assigned from a counter, never reused.
pub type OrderId = u64;
/// Identifies a bid; assigned from a counter, never reused.
pub type BidId = u64;
/// Identifies a lease; assigned from a counter, never reused.
pub type LeaseId = u64;
/// Identifies an escrow account (the escrow's `AccountIndex`).
pub type EscrowId = u64;

/// The balance type of the pallet's currency.
pub type BalanceOf<T> = <<T as crate::Config>::Currency as fungible::Inspect<
	<T as frame_system::Config>::AccountId,
>>::Balance;

/// An order as stored, for a runtime `T`.
pub type OrderOf<T> =
	Order<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// A bid as stored, for a runtime `T`.
pub type BidOf<T> = Bid<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// A lease as stored, for a runtime `T`.
pub type LeaseOf<T> =
	Lease<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// A [`ResourceRequest`] as [`crate::Pallet::create_order`] takes it: its strings and lists are
/// plain vectors (encoded exactly like the bounded ones), so that oversized input gets a named
/// error instead of failing to decode.
#[derive(Clone, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo)]
pub struct RequestInput {
	/// See [`ResourceRequest::resources`].
	pub resources: Resources,
	/// See [`ResourceRequest::gpu`]; the model at most 32 bytes.
	pub gpu: Option<GpuInput>,
	/// See [`ResourceRequest::region`]; at most 8 bytes.
	pub region: Option<Vec<u8>>,
	/// See [`ResourceRequest::attributes`]; at most 8, keys and values at most 64 bytes.
	pub attributes: Vec<(Vec<u8>, Vec<u8>)>,
	/// See [`ResourceRequest::verified_attributes`].
	pub verified_attributes: bool,
}

/// A [`deinfra_primitives::GpuRequirement`] as a call takes it.
#[derive(Clone, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo)]
pub struct GpuInput {
	/// The model, or empty for any model.
	pub model: Vec<u8>,
	/// Minimum memory per GPU, in GiB.
	pub min_vram_gib: u32,
	/// How many such GPUs.
	pub count: u32,
}

impl From<ResourceRequest> for RequestInput {
	fn from(r: ResourceRequest) -> Self {
		Self {
			resources: r.resources,
			gpu: r.gpu.map(|g| GpuInput {
				model: g.model.into_inner(),
				min_vram_gib: g.min_vram_gib,
				count: g.count,
			}),
			region: r.region.map(|region| region.into_inner()),
			attributes: r
				.attributes
				.into_iter()
				.map(|(k, v)| (k.into_inner(), v.into_inner()))
				.collect(),
			verified_attributes: r.verified_attributes,
		}
	}
}

/// Where an order stands.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum OrderState {
	/// Taking bids. Its escrow account is open, without a stream.
	Open,
	/// A bid was accepted: the order became lease `lease`, which is active. The order record is
	/// removed when the lease closes.
	Matched {
		/// The lease the order became.
		lease: LeaseId,
	},
}

/// A tenant's request for capacity, with the escrow account that will pay for it.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Order<AccountId, Balance, BlockNumber> {
	/// Who asks, pays and owns the escrow account.
	pub tenant: AccountId,
	/// What is asked for.
	pub request: ResourceRequest,
	/// The most the tenant pays per block; bids above it are refused.
	pub max_price_per_block: Balance,
	/// What the tenant deposited into the escrow account when opening the order.
	pub deposit: Balance,
	/// The escrow account that funds the lease.
	pub escrow: EscrowId,
	/// How many blocks the lease runs before it closes itself; `None`: until closed.
	pub duration: Option<BlockNumber>,
	/// The block the order was created.
	pub created_at: BlockNumber,
	/// How many bids the order has now (while open).
	pub bids: u32,
	/// Open or matched.
	pub state: OrderState,
}

/// A provider's offer to serve an order at a price.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Bid<AccountId, Balance, BlockNumber> {
	/// The order bid on.
	pub order: OrderId,
	/// The bidder.
	pub provider: AccountId,
	/// The price asked per block (at most the order's maximum).
	pub price_per_block: Balance,
	/// The deposit held from the provider under [`crate::HoldReason::BidDeposit`]; exactly this
	/// is released when the bid ends, whatever `BidDeposit` is then.
	pub deposit: Balance,
	/// The block the bid was placed.
	pub placed_at: BlockNumber,
}

/// Why a lease closed.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum CloseReason {
	/// The tenant closed it.
	Tenant,
	/// The provider closed it (paying `EarlyClosePenalty` if before its minimum term).
	Provider,
	/// The escrow closed its stream: the funds ran out and the grace period passed.
	InsufficientFunds,
	/// It reached the end of its duration.
	Expired,
	/// Governance (`GovernanceOrigin`) closed it.
	Governance,
}

/// Where a lease stands.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum LeaseState<BlockNumber> {
	/// Running: the provider serves, the escrow streams the price to it.
	Active,
	/// Ended at block `at` for `reason`. The record is kept for `LeaseRetention` blocks so
	/// that anyone (deployments, provider software, explorers) can read how it ended; it is in
	/// no index any more.
	Closed {
		/// The block it closed.
		at: BlockNumber,
		/// Why.
		reason: CloseReason,
	},
}

/// A running (or ended) agreement: the provider serves `resources`, the tenant's escrow account
/// pays it `price_per_block`.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Lease<AccountId, Balance, BlockNumber> {
	/// The order it came from.
	pub order: OrderId,
	/// The accepted bid.
	pub bid: BidId,
	/// Who pays.
	pub tenant: AccountId,
	/// Who serves and is paid.
	pub provider: AccountId,
	/// The escrow account streaming the payments.
	pub escrow: EscrowId,
	/// The capacity reserved at the provider for the lease.
	pub resources: Resources,
	/// The agreed price per block (the escrow's stream rate).
	pub price_per_block: Balance,
	/// The block it started.
	pub started_at: BlockNumber,
	/// The block it closes itself, if it has a duration (its entry in the expiry index).
	pub ends_at: Option<BlockNumber>,
	/// Active or closed.
	pub state: LeaseState<BlockNumber>,
}

impl<AccountId, Balance, BlockNumber> Lease<AccountId, Balance, BlockNumber> {
	/// Whether the lease is running.
	pub fn is_active(&self) -> bool {
		matches!(self.state, LeaseState::Active)
	}
}

/// How a bid ended (its deposit is released in every case).
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum BidEnd {
	/// The provider withdrew it.
	Withdrawn,
	/// The tenant accepted it: it became a lease.
	Accepted,
	/// The tenant accepted another bid.
	Lost,
	/// The tenant cancelled the order.
	OrderCancelled,
	/// The order's tenant rejected it.
	Rejected,
	/// It expired (`placed_at + BidTtl`) and someone dropped it.
	Expired,
	/// Its provider stopped taking orders and someone dropped it.
	ProviderInactive,
}

/// How many entries an account has in the market's indexes, checked against the
/// `MaxOrdersPerTenant`, `MaxLeasesPerTenant` and `MaxLeasesPerProvider` limits.
#[derive(
	Clone,
	Copy,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct IndexCounts {
	/// Open orders of the account as tenant ([`crate::OrdersByTenant`]).
	pub open_orders: u32,
	/// Active leases of the account as tenant ([`crate::LeasesByTenant`]).
	pub tenant_leases: u32,
	/// Active leases of the account as provider ([`crate::LeasesByProvider`]).
	pub provider_leases: u32,
}

impl IndexCounts {
	/// Whether all counts are zero (the entry is then removed).
	pub fn is_empty(&self) -> bool {
		*self == Self::default()
	}
}

/// Makes the provider registry and the escrow ready for the benchmarks, whatever implements
/// them in the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Makes `who` (funded) an active provider that matches `request` and has capacity for
	/// at least `leases` leases of `request.resources`.
	fn register_provider(who: &AccountId, request: &ResourceRequest, leases: u32);

	/// Makes the escrow ready to pay out (e.g. its fee destination exists).
	fn prepare_escrow() {}
}

/// Where a lease's escrow stands at a block, computed lazily (nothing is settled to answer).
#[derive(Clone, Copy, Encode, Decode, Eq, PartialEq, Debug, TypeInfo)]
pub struct EscrowStatus<Balance, BlockNumber> {
	/// What the escrow account holds, before what is owed is paid out.
	pub balance: Balance,
	/// Earned by the stream since its last settlement and not yet paid (take included);
	/// capped by `balance`.
	pub accrued: Balance,
	/// `balance - accrued`: what is left for the blocks to come (and the refund if the lease
	/// closed now).
	pub remaining: Balance,
	/// How many more blocks `remaining` pays for; zero once the funds ran out (the grace
	/// period runs), `None` without a stream.
	pub runway: Option<BlockNumber>,
}

/// A lease and, while it is active, its escrow at the block of the query.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo)]
pub struct LeaseStatus<AccountId, Balance, BlockNumber> {
	/// The lease as stored.
	pub lease: Lease<AccountId, Balance, BlockNumber>,
	/// Its escrow; `None` once the lease closed (the account is closed too).
	pub escrow: Option<EscrowStatus<Balance, BlockNumber>>,
	/// The block the figures are for.
	pub at: BlockNumber,
}

/// A lease's status, for a runtime `T`.
pub type LeaseStatusOf<T> =
	LeaseStatus<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
