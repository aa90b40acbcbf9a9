#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
// The pallet's logic never unwraps: failures are named errors (tests and benchmarks may).
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
mod features;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod types;
pub mod weights;

/// Log target of this pallet.
pub const LOG_TARGET: &str = "runtime::market";

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use deinfra_primitives::{Escrow, GpuModel, ProviderRegistry};
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, InspectHold, Mutate, MutateHold},
			Get,
		},
	};
	use frame_system::pallet_prelude::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the market pallet.
	///
	/// The limits and amounts are read through `Get` every time they are used, so the runtime
	/// may wire them to governance (e.g. `pallet-protocol-params`): none of them bounds a stored
	/// collection, so changing them never breaks decoding. A change applies to what comes next
	/// (new orders, bids, leases); what exists keeps what it was created with (e.g. a bid
	/// releases the deposit it held).
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency bid deposits are held in.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ InspectHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The provider registry: who may bid, capacity, reputation, penalties.
		type Providers: ProviderRegistry<Self::AccountId, BalanceOf<Self>>;

		/// The escrow that holds each order's deposit and streams the lease payments. It must
		/// tell this pallet (`OnEscrowExhausted`, implemented by [`Pallet`]) when it closes a
		/// stream for lack of funds.
		type Escrow: Escrow<
			Self::AccountId,
			BalanceOf<Self>,
			BlockNumberFor<Self>,
			AccountIndex = EscrowId,
		>;

		/// Who may force-close any lease ([`Pallet::force_close_lease`]).
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The least a tenant deposits into a new order's escrow account.
		#[pallet::constant]
		type MinLeaseDeposit: Get<BalanceOf<Self>>;

		/// Held from a provider per bid, released when the bid ends (withdrawn, accepted, lost,
		/// order cancelled).
		#[pallet::constant]
		type BidDeposit: Get<BalanceOf<Self>>;

		/// The most bids an order takes. Lowering it leaves orders that already have more bids
		/// as they are (they take no new ones).
		#[pallet::constant]
		type MaxBidsPerOrder: Get<u32>;

		/// The most [`Config::MaxBidsPerOrder`] can ever be (e.g. governance's hard bound): the
		/// up-front weight of calls that release every bid of an order covers this many.
		#[pallet::constant]
		type MaxBidsPerOrderBound: Get<u32>;

		/// How many blocks a bid stands: from `placed_at + BidTtl` on it cannot be accepted and
		/// anyone may drop it ([`Pallet::drop_bid`]). Read when used, so a change applies to
		/// standing bids too.
		#[pallet::constant]
		type BidTtl: Get<BlockNumberFor<Self>>;

		/// How many blocks a closed lease's record is kept (for provider software, deployments
		/// and explorers to read how it ended) before `on_idle` removes it.
		#[pallet::constant]
		type LeaseRetention: Get<BlockNumberFor<Self>>;

		/// How many blocks after a failed expiry the lease's expiry is tried again.
		#[pallet::constant]
		type ExpiryRetryDelay: Get<BlockNumberFor<Self>>;

		/// How many blocks a provider must keep a lease before it may close it without paying
		/// [`Config::EarlyClosePenalty`]; also the least a lease must run (and pay something) to
		/// count as completed in the provider's reputation.
		#[pallet::constant]
		type ProviderMinimumTerm: Get<BlockNumberFor<Self>>;

		/// The most a provider closing a lease before [`Config::ProviderMinimumTerm`] pays the
		/// tenant out of its active bond. The penalty is never more than what the tenant paid on
		/// that lease (its escrow stream's total, take included), and never comes from unbonding
		/// funds: it compensates a tenant's loss and cannot move a bond to a colluding tenant
		/// faster than the lease's own payments (on which the take is paid).
		#[pallet::constant]
		type EarlyClosePenalty: Get<BalanceOf<Self>>;

		/// The most open orders a tenant may have.
		#[pallet::constant]
		type MaxOrdersPerTenant: Get<u32>;

		/// The most active leases a tenant may have.
		#[pallet::constant]
		type MaxLeasesPerTenant: Get<u32>;

		/// The most active leases a provider may have.
		#[pallet::constant]
		type MaxLeasesPerProvider: Get<u32>;

		/// The most lease expiries `on_initialize` processes in one block, and the most blocks
		/// of the expiry index it looks at; the rest carries over to the next block.
		#[pallet::constant]
		type MaxExpiriesPerBlock: Get<u32>;

		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;

		/// Sets up the provider registry for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Why the market holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A provider's deposit for a bid, held on the provider's account while the bid stands.
		#[codec(index = 0)]
		BidDeposit,
	}

	/// The next order id to assign.
	#[pallet::storage]
	pub type NextOrderId<T> = StorageValue<_, OrderId, ValueQuery>;

	/// The next bid id to assign.
	#[pallet::storage]
	pub type NextBidId<T> = StorageValue<_, BidId, ValueQuery>;

	/// The next lease id to assign.
	#[pallet::storage]
	pub type NextLeaseId<T> = StorageValue<_, LeaseId, ValueQuery>;

	/// Open and matched orders. A cancelled order is removed; a matched order is removed when
	/// its lease closes.
	#[pallet::storage]
	pub type Orders<T: Config> = StorageMap<_, Twox64Concat, OrderId, OrderOf<T>, OptionQuery>;

	/// Standing bids (on open orders). A bid is removed when it ends.
	#[pallet::storage]
	pub type Bids<T: Config> = StorageMap<_, Twox64Concat, BidId, BidOf<T>, OptionQuery>;

	/// The bids of each open order, by provider: at most one per provider, and as many as the
	/// order's `bids` count.
	#[pallet::storage]
	pub type OrderBids<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		OrderId,
		Blake2_128Concat,
		T::AccountId,
		BidId,
		OptionQuery,
	>;

	/// Leases, active and closed. Closed leases keep their record (with the reason) for
	/// [`Config::LeaseRetention`] blocks, in no index but [`LeasePurges`].
	#[pallet::storage]
	pub type Leases<T: Config> = StorageMap<_, Twox64Concat, LeaseId, LeaseOf<T>, OptionQuery>;

	/// The active lease each streaming escrow account pays for.
	#[pallet::storage]
	pub type LeaseOfEscrow<T: Config> = StorageMap<_, Twox64Concat, EscrowId, LeaseId, OptionQuery>;

	/// Each tenant's open orders ("my orders"): at most `MaxOrdersPerTenant`.
	#[pallet::storage]
	pub type OrdersByTenant<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, OrderId, (), OptionQuery>;

	/// Each tenant's active leases ("my leases"): at most `MaxLeasesPerTenant`.
	#[pallet::storage]
	pub type LeasesByTenant<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, LeaseId, (), OptionQuery>;

	/// Each provider's active leases: at most `MaxLeasesPerProvider`.
	#[pallet::storage]
	pub type LeasesByProvider<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, LeaseId, (), OptionQuery>;

	/// How many entries each account has in [`OrdersByTenant`], [`LeasesByTenant`] and
	/// [`LeasesByProvider`]; absent when all are zero.
	#[pallet::storage]
	pub type Counts<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, IndexCounts, ValueQuery>;

	/// The expiry index: `(block, lease)` for every active lease with a duration, at the block
	/// it ends.
	#[pallet::storage]
	pub type LeaseExpiries<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		Twox64Concat,
		LeaseId,
		(),
		OptionQuery,
	>;

	/// The first block of the expiry index not fully processed, when `on_initialize` had to
	/// stop early (the carry-over cursor); absent when it is up to date.
	#[pallet::storage]
	pub type ExpiryCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	/// The GPU model each active lease with GPUs took its GPUs from (the registry accounts GPUs
	/// per model); removed when the lease closes.
	#[pallet::storage]
	pub type LeaseGpus<T: Config> = StorageMap<_, Twox64Concat, LeaseId, GpuModel, OptionQuery>;

	/// The purge index: `(block, lease)` for every closed lease whose record is still kept, at
	/// the block from which `on_idle` removes it ([`Config::LeaseRetention`] after it closed).
	#[pallet::storage]
	pub type LeasePurges<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		Twox64Concat,
		LeaseId,
		(),
		OptionQuery,
	>;

	/// The first block of the purge index `on_idle` has not fully processed; absent before the
	/// first purge.
	#[pallet::storage]
	pub type PurgeCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	/// Events of the market pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A tenant opened an order and funded its escrow account.
		OrderCreated {
			/// The order.
			order: OrderId,
			/// The tenant.
			tenant: T::AccountId,
			/// Its escrow account.
			escrow: EscrowId,
			/// The most the tenant pays per block.
			max_price_per_block: BalanceOf<T>,
			/// What the tenant deposited.
			deposit: BalanceOf<T>,
			/// How long the lease will run, if limited.
			duration: Option<BlockNumberFor<T>>,
		},
		/// A tenant cancelled an open order; its escrow account was closed.
		OrderCancelled {
			/// The order.
			order: OrderId,
			/// The tenant.
			tenant: T::AccountId,
			/// What the escrow refunded to the tenant.
			refund: BalanceOf<T>,
		},
		/// A provider bid on an order.
		BidPlaced {
			/// The bid.
			bid: BidId,
			/// The order.
			order: OrderId,
			/// The provider.
			provider: T::AccountId,
			/// The price asked per block.
			price_per_block: BalanceOf<T>,
			/// The deposit held from the provider.
			deposit: BalanceOf<T>,
		},
		/// A bid ended and its deposit was released to the provider.
		BidClosed {
			/// The bid.
			bid: BidId,
			/// The order.
			order: OrderId,
			/// The provider.
			provider: T::AccountId,
			/// The deposit released.
			deposit: BalanceOf<T>,
			/// How it ended.
			end: BidEnd,
		},
		/// A tenant accepted a bid: the lease started, the provider's capacity is reserved and
		/// the escrow streams the price to the provider. Provider software starts serving.
		LeaseCreated {
			/// The lease.
			lease: LeaseId,
			/// The order it came from.
			order: OrderId,
			/// The accepted bid.
			bid: BidId,
			/// The tenant.
			tenant: T::AccountId,
			/// The provider.
			provider: T::AccountId,
			/// The price per block.
			price_per_block: BalanceOf<T>,
			/// The block it closes itself, if it has a duration.
			ends_at: Option<BlockNumberFor<T>>,
		},
		/// A lease closed: its stream stopped and its capacity was released. Provider software
		/// stops serving.
		LeaseClosed {
			/// The lease.
			lease: LeaseId,
			/// The tenant.
			tenant: T::AccountId,
			/// The provider.
			provider: T::AccountId,
			/// Why.
			reason: CloseReason,
			/// What the escrow refunded to the tenant when the market closed the account; zero
			/// for [`CloseReason::InsufficientFunds`] (the escrow closed the account itself and
			/// reports its refund in its own event).
			refund: BalanceOf<T>,
			/// What the provider paid the tenant out of its bond for closing early.
			penalty: BalanceOf<T>,
		},
		/// Someone added funds to a lease's escrow account.
		ToppedUp {
			/// The lease.
			lease: LeaseId,
			/// Who paid.
			from: T::AccountId,
			/// How much.
			amount: BalanceOf<T>,
		},
		/// The provider registry refused to release a closing lease's capacity. The lease
		/// closed anyway; the registry's accounting needs attention.
		CapacityReleaseFailed {
			/// The lease.
			lease: LeaseId,
			/// The provider.
			provider: T::AccountId,
			/// What the registry said.
			error: DispatchError,
		},
		/// A lease reached its end block but could not be closed; it stays active and its
		/// expiry is tried again at `retry_at` (its `ends_at` moves there).
		ExpiryFailed {
			/// The lease.
			lease: LeaseId,
			/// Why.
			error: DispatchError,
			/// The block of the next attempt.
			retry_at: BlockNumberFor<T>,
		},
		/// A closed lease's record was removed after its retention period.
		LeasePurged {
			/// The lease.
			lease: LeaseId,
		},
	}

	/// Errors of the market pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// No order has this id (or it was cancelled, or its lease closed).
		UnknownOrder,
		/// The order is not open any more.
		OrderNotOpen,
		/// The caller is not the order's tenant.
		NotOrderOwner,
		/// No bid has this id (or it ended).
		UnknownBid,
		/// The caller did not place this bid.
		NotBidder,
		/// The bid is for another order.
		BidNotForOrder,
		/// No lease has this id.
		UnknownLease,
		/// The lease is closed.
		LeaseNotActive,
		/// The caller is neither the lease's tenant nor its provider.
		NotLeaseParty,
		/// The deposit is below `MinLeaseDeposit`.
		DepositBelowMinimum,
		/// The deposit does not pay for one block at the maximum price.
		DepositBelowMaxPrice,
		/// The price is zero.
		ZeroPrice,
		/// The price is above the order's maximum.
		PriceAboveMaximum,
		/// The duration is zero blocks.
		ZeroDuration,
		/// The request asks for no capacity, its GPU requirement's count differs from
		/// `resources.gpus`, or it asks for GPUs without a GPU requirement.
		InvalidRequest,
		/// The caller is not an active provider.
		NotActiveProvider,
		/// The provider does not offer what the order requests (region, attributes, GPUs or
		/// free capacity).
		RequestNotMatched,
		/// A provider cannot bid on its own order.
		OwnOrder,
		/// The provider already bid on this order.
		AlreadyBid,
		/// The order already has `MaxBidsPerOrder` bids.
		TooManyBids,
		/// The tenant already has `MaxOrdersPerTenant` open orders.
		TooManyOrders,
		/// The tenant already has `MaxLeasesPerTenant` active leases.
		TooManyTenantLeases,
		/// The provider already has `MaxLeasesPerProvider` active leases.
		TooManyProviderLeases,
		/// The amount is zero.
		ZeroAmount,
		/// A counter or block number overflowed.
		Overflow,
		/// The bid expired (`placed_at + BidTtl` has come); anyone may drop it.
		BidExpired,
		/// The bid has not expired and its provider is still active: only its provider may
		/// withdraw it, or the order's tenant reject it.
		BidStillValid,
		/// The request's region is longer than 8 bytes.
		RegionTooLong,
		/// The request's GPU model is longer than 32 bytes.
		GpuModelTooLong,
		/// The request requires more than 8 attributes.
		TooManyAttributes,
		/// A required attribute's key or value is longer than 64 bytes.
		AttributeTooLong,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Closes the leases that end by this block ([`CloseReason::Expired`]), at most
		/// [`Config::MaxExpiriesPerBlock`] of them and as many blocks of the index; the rest
		/// carries over.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::process_expiries(now, T::MaxExpiriesPerBlock::get())
		}

		/// With the block's spare weight: goes on with a backlog of lease expiries that
		/// `on_initialize` left, then removes closed lease records whose retention period
		/// ended. Bounded by `remaining_weight` and, per kind, by
		/// [`Config::MaxExpiriesPerBlock`] items per block.
		fn on_idle(now: BlockNumberFor<T>, remaining_weight: Weight) -> Weight {
			Self::do_on_idle(now, remaining_weight)
		}

		fn integrity_test() {
			assert!(T::MaxExpiriesPerBlock::get() > 0, "MaxExpiriesPerBlock must not be zero");
			assert!(
				T::MaxBidsPerOrder::get() <= T::MaxBidsPerOrderBound::get(),
				"MaxBidsPerOrder must be within MaxBidsPerOrderBound"
			);
			assert!(
				!sp_runtime::traits::Zero::is_zero(&T::ExpiryRetryDelay::get()),
				"ExpiryRetryDelay must not be zero"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Opens an order for `request`, paying at most `max_price_per_block`, and funds its
		/// escrow account with `deposit` from the caller. With `duration`, the lease closes
		/// itself that many blocks after it starts.
		///
		/// - Origin: signed; the caller becomes the tenant.
		/// - Events: [`Event::OrderCreated`] (and the escrow's own events).
		/// - Errors: [`Error::RegionTooLong`], [`Error::GpuModelTooLong`],
		///   [`Error::TooManyAttributes`], [`Error::AttributeTooLong`], [`Error::InvalidRequest`],
		///   [`Error::ZeroPrice`],
		///   [`Error::DepositBelowMinimum`], [`Error::DepositBelowMaxPrice`],
		///   [`Error::ZeroDuration`], [`Error::TooManyOrders`], [`Error::Overflow`], or the
		///   escrow's error (e.g. the caller cannot pay).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_order())]
		pub fn create_order(
			origin: OriginFor<T>,
			request: RequestInput,
			max_price_per_block: BalanceOf<T>,
			deposit: BalanceOf<T>,
			duration: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			let tenant = ensure_signed(origin)?;
			let request = Self::bounded_request(request)?;
			Self::do_create_order(&tenant, request, max_price_per_block, deposit, duration)
				.map(|_| ())
		}

		/// Cancels an open order: releases every bid's deposit, closes the escrow account
		/// (refunding it to the tenant) and removes the order.
		///
		/// - Origin: signed; the order's tenant.
		/// - Events: [`Event::BidClosed`] ([`BidEnd::OrderCancelled`]) per bid,
		///   [`Event::OrderCancelled`].
		/// - Errors: [`Error::UnknownOrder`], [`Error::NotOrderOwner`], [`Error::OrderNotOpen`],
		///   or the escrow's error.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::cancel_order(T::MaxBidsPerOrderBound::get()))]
		pub fn cancel_order(origin: OriginFor<T>, order: OrderId) -> DispatchResultWithPostInfo {
			let tenant = ensure_signed(origin)?;
			let bids = Self::do_cancel_order(&tenant, order)?;
			Ok(Some(T::WeightInfo::cancel_order(bids)).into())
		}

		/// Bids `price_per_block` on an open order, holding [`Config::BidDeposit`] from the
		/// caller under [`HoldReason::BidDeposit`].
		///
		/// - Origin: signed; an active provider that matches the order's request.
		/// - Events: [`Event::BidPlaced`].
		/// - Errors: [`Error::UnknownOrder`], [`Error::OrderNotOpen`], [`Error::OwnOrder`],
		///   [`Error::ZeroPrice`], [`Error::PriceAboveMaximum`], [`Error::NotActiveProvider`],
		///   [`Error::RequestNotMatched`], [`Error::AlreadyBid`], [`Error::TooManyBids`],
		///   [`Error::TooManyProviderLeases`], [`Error::Overflow`], or a token error if the
		///   deposit cannot be held.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::place_bid())]
		pub fn place_bid(
			origin: OriginFor<T>,
			order: OrderId,
			price_per_block: BalanceOf<T>,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::do_place_bid(&provider, order, price_per_block).map(|_| ())
		}

		/// Withdraws a standing bid (its order is still open) and releases its deposit.
		///
		/// - Origin: signed; the bid's provider.
		/// - Events: [`Event::BidClosed`] ([`BidEnd::Withdrawn`]).
		/// - Errors: [`Error::UnknownBid`], [`Error::NotBidder`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw_bid())]
		pub fn withdraw_bid(origin: OriginFor<T>, bid: BidId) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::do_withdraw_bid(&provider, bid)
		}

		/// Accepts a bid on an open order: reserves the provider's capacity, starts the escrow
		/// stream at the bid's price to the provider, creates the lease (with its expiry entry if
		/// the order has a duration), releases every bid's deposit (the winner's too) and marks
		/// the order matched.
		///
		/// - Origin: signed; the order's tenant.
		/// - Events: [`Event::BidClosed`] per bid ([`BidEnd::Accepted`] for the winner,
		///   [`BidEnd::Lost`] for the others), [`Event::LeaseCreated`].
		/// - Errors: [`Error::UnknownOrder`], [`Error::NotOrderOwner`], [`Error::OrderNotOpen`],
		///   [`Error::UnknownBid`], [`Error::BidNotForOrder`], [`Error::BidExpired`],
		///   [`Error::RequestNotMatched`] (the provider no longer matches, e.g. its GPUs of the
		///   model went to another lease), [`Error::TooManyTenantLeases`],
		///   [`Error::TooManyProviderLeases`], [`Error::Overflow`], or the registry's or the
		///   escrow's error.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::accept_bid(T::MaxBidsPerOrderBound::get()))]
		pub fn accept_bid(
			origin: OriginFor<T>,
			order: OrderId,
			bid: BidId,
		) -> DispatchResultWithPostInfo {
			let tenant = ensure_signed(origin)?;
			let (_, bids) = Self::do_accept_bid(&tenant, order, bid)?;
			Ok(Some(T::WeightInfo::accept_bid(bids)).into())
		}

		/// Closes an active lease: settles the escrow and closes its account (the rest is
		/// refunded to the tenant), releases the provider's capacity and records the outcome.
		/// A provider closing before `started_at + ProviderMinimumTerm` pays the tenant a
		/// penalty out of its active bond — [`Config::EarlyClosePenalty`], but never more than
		/// the tenant paid on the lease — and is recorded `ClosedEarlyByProvider`. Otherwise
		/// the outcome is `Completed` if the lease ran at least `ProviderMinimumTerm` and paid
		/// something, and nothing is recorded if not (a short, free lease builds no
		/// reputation). The record is kept for [`Config::LeaseRetention`] blocks.
		///
		/// - Origin: signed; the lease's tenant ([`CloseReason::Tenant`]) or provider
		///   ([`CloseReason::Provider`]).
		/// - Events: [`Event::LeaseClosed`] ([`Event::CapacityReleaseFailed`] if the registry
		///   refuses the release).
		/// - Errors: [`Error::UnknownLease`], [`Error::LeaseNotActive`],
		///   [`Error::NotLeaseParty`], or the escrow's error.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::close_lease())]
		pub fn close_lease(origin: OriginFor<T>, lease: LeaseId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_close_lease_by(&who, lease)
		}

		/// Adds `amount` from the caller to an active lease's escrow account.
		///
		/// - Origin: signed; anyone.
		/// - Events: [`Event::ToppedUp`] (and the escrow's own events).
		/// - Errors: [`Error::ZeroAmount`], [`Error::UnknownLease`], [`Error::LeaseNotActive`],
		///   or the escrow's error (e.g. the caller cannot pay).
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::top_up())]
		pub fn top_up(
			origin: OriginFor<T>,
			lease: LeaseId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_top_up(&who, lease, amount)
		}

		/// Closes an active lease as [`Pallet::close_lease`] does, for governance: no penalty and
		/// no outcome recorded (governance slashes through the registry if it must).
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Events: [`Event::LeaseClosed`] with [`CloseReason::Governance`].
		/// - Errors: [`Error::UnknownLease`], [`Error::LeaseNotActive`], or the escrow's error.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::force_close_lease())]
		pub fn force_close_lease(origin: OriginFor<T>, lease: LeaseId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_close_lease(lease, CloseReason::Governance).map(|_| ())
		}

		/// Rejects a standing bid on the caller's open order and releases its deposit to the
		/// provider, freeing the order's slot for another bid.
		///
		/// - Origin: signed; the tenant of the bid's order.
		/// - Events: [`Event::BidClosed`] ([`BidEnd::Rejected`]).
		/// - Errors: [`Error::UnknownBid`], [`Error::UnknownOrder`], [`Error::NotOrderOwner`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::withdraw_bid())]
		pub fn reject_bid(origin: OriginFor<T>, bid: BidId) -> DispatchResult {
			let tenant = ensure_signed(origin)?;
			Self::do_reject_bid(&tenant, bid)
		}

		/// Drops a bid that expired ([`Config::BidTtl`]) or whose provider no longer takes
		/// orders (maintenance, deregistered, bond below the minimum), releasing its deposit to
		/// the provider. Keeps bids that can never be accepted from filling an order's slots.
		///
		/// - Origin: signed; anyone.
		/// - Events: [`Event::BidClosed`] ([`BidEnd::Expired`] or
		///   [`BidEnd::ProviderInactive`]).
		/// - Errors: [`Error::UnknownBid`], [`Error::UnknownOrder`], [`Error::BidStillValid`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::withdraw_bid().saturating_add(T::DbWeight::get().reads(1)))]
		pub fn drop_bid(origin: OriginFor<T>, bid: BidId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_drop_bid(bid)
		}
	}
}
