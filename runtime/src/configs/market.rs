//! The marketplace pallets: protocol parameters (set by governance) and the pallets that read
//! them through `Get` adapters.

use frame_support::{parameter_types, traits::EitherOf, PalletId};
use frame_system::EnsureRoot;
use pallet_protocol_params::{fields, ParamGetter};
use sp_runtime::Perbill;

use super::governance::{RootOrTwoThirdsCouncil, TreasuryAccount};
use crate::{
	deposit,
	governance::{ProtocolParamsAdmin, ReferendumCanceller},
	AccountId, Balance, Balances, BlockNumber, Escrow, Market, Providers, Runtime,
	RuntimeHoldReason, DAYS, MINUTES, UNIT,
};

/// The most versions governance may let a deployment keep (the hard bound of
/// `max_deployment_versions`).
pub const MAX_DEPLOYMENT_VERSIONS: u32 = 64;

/// The slash deferral of the genesis presets and of a chain upgraded to protocol parameters
/// with one ([`SlashDeferralAtUpgrade`]): two weeks for token holders to cancel a wrongful
/// slash. With the `fast-runtime` feature, 25 blocks.
#[cfg(not(feature = "fast-runtime"))]
pub const DEFAULT_SLASH_DEFERRAL: BlockNumber = 14 * DAYS;
/// The slash deferral of the genesis presets and of a chain upgraded to protocol parameters
/// with one ([`SlashDeferralAtUpgrade`]): two weeks for token holders to cancel a wrongful
/// slash. With the `fast-runtime` feature, 25 blocks.
#[cfg(feature = "fast-runtime")]
pub const DEFAULT_SLASH_DEFERRAL: BlockNumber = 25;

/// The shortest slash deferral: longer than the slowest referendum on the
/// `referendum_canceller` track (prepare, the whole decision period, confirm and enactment:
/// 7 days 5 h 10 min), so that token holders can always cancel a slash before it applies.
/// Eight days; with the `fast-runtime` feature, 25 blocks (that track takes at most 23).
#[cfg(not(feature = "fast-runtime"))]
pub const MIN_SLASH_DEFERRAL: BlockNumber = 8 * DAYS;
/// The shortest slash deferral: longer than the slowest referendum on the
/// `referendum_canceller` track (prepare, the whole decision period, confirm and enactment:
/// 7 days 5 h 10 min), so that token holders can always cancel a slash before it applies.
/// Eight days; with the `fast-runtime` feature, 25 blocks (that track takes at most 23).
#[cfg(feature = "fast-runtime")]
pub const MIN_SLASH_DEFERRAL: BlockNumber = 25;

/// The slowest referendum on the `referendum_canceller` track fits inside the shortest slash
/// deferral.
const _: () = {
	let p = crate::governance::tracks::CANCELLER_PERIODS;
	assert!(p[0] + p[1] + p[2] + p[3] < MIN_SLASH_DEFERRAL);
};

parameter_types! {
	/// The take rate can never exceed 20%.
	pub const MaxTakeRate: Perbill = Perbill::from_percent(20);
	/// The grace period can never be shorter than 10 blocks (a minute): a tenant gets at least
	/// that to top up a dry escrow.
	pub const MinGracePeriod: BlockNumber = 10;
	/// The grace period can never exceed a week: longer, a dry lease would keep its
	/// provider's capacity reserved (unpaid) and the tenant's refund waiting for weeks.
	pub const MaxGracePeriod: BlockNumber = 7 * DAYS;
	/// The unbonding period can never be shorter than 10 blocks (a minute).
	pub const MinUnbondingPeriod: BlockNumber = 10;
	/// The unbonding period can never exceed four weeks: it applies to chunks already
	/// unbonding, so a longer one would lock every leaving provider's bond for months.
	pub const MaxUnbondingPeriod: BlockNumber = 28 * DAYS;
	/// The minimum provider bond can never be below 10 INFRA.
	pub const MinProviderBondFloor: Balance = 10 * UNIT;
	/// The minimum provider bond can never exceed 100,000 INFRA (100 times the genesis value):
	/// above it few providers could register or stay active and the market would halt.
	pub const MinProviderBondCeiling: Balance = 100_000 * UNIT;
	/// The minimum lease deposit can never be below 0.1 INFRA.
	pub const MinLeaseDepositFloor: Balance = UNIT / 10;
	/// The minimum lease deposit can never exceed 1,000 INFRA (100 times the genesis value):
	/// above it tenants could not open orders and the market would halt.
	pub const MinLeaseDepositCeiling: Balance = 1_000 * UNIT;
	/// The bid deposit can never be below 0.01 INFRA (bids must not be free spam).
	pub const MinBidDepositFloor: Balance = UNIT / 100;
	/// The bid deposit can never exceed 100 INFRA (100 times the genesis value): above it
	/// providers could not bid on many orders at once and the market would halt.
	pub const MaxBidDeposit: Balance = 100 * UNIT;
	/// An order always takes at least one bid.
	pub const MinBidsPerOrder: u32 = 1;
	/// The most bids an order can ever take (the hard bound of `max_bids_per_order`).
	pub const MaxBidsPerOrderLimit: u32 = 32;
	/// The early-close penalty can never exceed 1,000 INFRA (the genesis minimum bond; it can
	/// never exceed the minimum bond in force either): one early close never moves more than
	/// that of a provider's bond, however high governance sets the minimum bond.
	pub const MaxEarlyClosePenalty: Balance = 1_000 * UNIT;
	/// The provider minimum term can never be shorter than 10 blocks (a minute).
	pub const MinProviderMinimumTerm: BlockNumber = 10;
	/// The provider minimum term can never exceed a week: longer, nearly every close by a
	/// provider would be early and move bond to the tenant.
	pub const MaxProviderMinimumTerm: BlockNumber = 7 * DAYS;
	/// The deployment deposit per byte can never exceed 0.01 INFRA (100 times the genesis
	/// value): a full deployment history stays affordable, and even `u32::MAX` bytes at this
	/// rate is far from overflowing the balance type.
	pub const MaxDeploymentDepositPerByte: Balance = deposit(0, 100);
	/// A deployment always keeps at least its current version.
	pub const MinDeploymentVersions: u32 = 1;
	/// At 16 expiries per block (and more in spare weight) the expiry hooks keep up with any
	/// sustained rate of new leases a block's weight allows.
	pub const MinExpiryItemsPerBlock: u32 = 16;
	/// The most expiry entries a block processes in its hooks (what a block's weight allows).
	pub const MaxExpiryItemsPerBlock: u32 = 256;
	/// A bid stands at least 10 minutes (a tenant needs time to compare bids).
	pub const MinBidTtl: BlockNumber = 10 * MINUTES;
	/// A bid stands at most a week (abandoned bids must not hold an order's slots).
	pub const MaxBidTtl: BlockNumber = 7 * DAYS;
	/// See [`MIN_SLASH_DEFERRAL`].
	pub const MinSlashDeferral: BlockNumber = MIN_SLASH_DEFERRAL;
	/// A slash waits at most four weeks: meanwhile the provider cannot unbond, so its bond
	/// stays locked.
	pub const MaxSlashDeferral: BlockNumber = 28 * DAYS;
	/// The slash deferral a chain upgraded to protocol parameters with one starts with
	/// (`pallet_protocol_params::migrations::v2::MigrateV1ToV2`).
	pub const SlashDeferralAtUpgrade: BlockNumber = DEFAULT_SLASH_DEFERRAL;
	/// How long a closed lease's record stays readable before `on_idle` removes it.
	pub const LeaseRetention: BlockNumber = 7 * DAYS;
}

// The deposit arithmetic cannot overflow at the bounds: the largest per-byte deposit times
// the most bytes a `u32` counts, and the largest minimum bond times the most leases, bids and
// chunks any account could hold, all fit in a `Balance` many times over.
const _: () =
	assert!(MaxDeploymentDepositPerByte::get().checked_mul(u32::MAX as Balance).is_some());
const _: () = assert!(MinProviderBondCeiling::get().checked_mul(u32::MAX as Balance).is_some());
const _: () = assert!(MaxBidDeposit::get().checked_mul(u32::MAX as Balance).is_some());
const _: () = assert!(MinLeaseDepositCeiling::get().checked_mul(u32::MAX as Balance).is_some());
const _: () = assert!(MIN_SLASH_DEFERRAL <= DEFAULT_SLASH_DEFERRAL);

impl pallet_protocol_params::Config for Runtime {
	type Balance = Balance;
	// Root, or a referendum on the `protocol_params` track.
	type UpdateOrigin = EitherOf<EnsureRoot<AccountId>, ProtocolParamsAdmin>;
	type MaxTakeRate = MaxTakeRate;
	type MinGracePeriod = MinGracePeriod;
	type MaxGracePeriod = MaxGracePeriod;
	type MinUnbondingPeriod = MinUnbondingPeriod;
	type MaxUnbondingPeriod = MaxUnbondingPeriod;
	type MinProviderBondFloor = MinProviderBondFloor;
	type MinProviderBondCeiling = MinProviderBondCeiling;
	type MinLeaseDepositFloor = MinLeaseDepositFloor;
	type MinLeaseDepositCeiling = MinLeaseDepositCeiling;
	type MinBidDepositFloor = MinBidDepositFloor;
	type MaxBidDeposit = MaxBidDeposit;
	type MinBidsPerOrder = MinBidsPerOrder;
	type MaxBidsPerOrderLimit = MaxBidsPerOrderLimit;
	type MaxEarlyClosePenalty = MaxEarlyClosePenalty;
	type MinProviderMinimumTerm = MinProviderMinimumTerm;
	type MaxProviderMinimumTerm = MaxProviderMinimumTerm;
	type MaxDeploymentDepositPerByte = MaxDeploymentDepositPerByte;
	type MinDeploymentVersions = MinDeploymentVersions;
	type MaxDeploymentVersionsLimit = frame_support::traits::ConstU32<MAX_DEPLOYMENT_VERSIONS>;
	type MaxExpiryItemsPerBlock = MaxExpiryItemsPerBlock;
	type MinExpiryItemsPerBlock = MinExpiryItemsPerBlock;
	type MinBidTtl = MinBidTtl;
	type MaxBidTtl = MaxBidTtl;
	type MinSlashDeferral = MinSlashDeferral;
	type MaxSlashDeferral = MaxSlashDeferral;
	type WeightInfo = pallet_protocol_params::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// The escrow's pallet id: its account holds every escrow deposit.
	pub const EscrowPalletId: PalletId = PalletId(*b"di/escrw");
}

impl pallet_escrow::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type PalletId = EscrowPalletId;
	type TakeRate = ParamGetter<Runtime, fields::TakeRate>;
	type FeeDestination = TreasuryAccount;
	type GracePeriod = ParamGetter<Runtime, fields::GracePeriod>;
	type MaxExpiriesPerBlock = ParamGetter<Runtime, fields::ExpiryItemsPerBlock>;
	// The market learns of leases whose escrow ran dry and closes them.
	type OnExhausted = Market;
	type WeightInfo = pallet_escrow::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Storage deposit of a provider record: one item ...
	pub const ProviderDepositBase: Balance = deposit(1, 0);
	/// ... plus its encoded bytes.
	pub const ProviderDepositPerByte: Balance = deposit(0, 1);
}

impl pallet_providers::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	// A council motion (two thirds) or a root referendum proposes a slash; it applies after
	// `slash_deferral`, and a referendum on the `referendum_canceller` track (or root) can cancel
	// it in between. The slashed funds always go to the treasury.
	type SlashOrigin = RootOrTwoThirdsCouncil;
	type SlashCancelOrigin = EitherOf<EnsureRoot<AccountId>, ReferendumCanceller>;
	type SlashDeferral = ParamGetter<Runtime, fields::SlashDeferral>;
	type SlashBeneficiary = TreasuryAccount;
	// The council attests providers' attributes (audits).
	type AuditorOrigin = RootOrTwoThirdsCouncil;
	type MinimumBond = ParamGetter<Runtime, fields::MinProviderBond>;
	type UnbondingPeriod = ParamGetter<Runtime, fields::UnbondingPeriod>;
	type DepositBase = ProviderDepositBase;
	type DepositPerByte = ProviderDepositPerByte;
	type MaxEndpointLen = frame_support::traits::ConstU32<128>;
	type MaxAttributes = frame_support::traits::ConstU32<16>;
	type MaxGpuKinds = frame_support::traits::ConstU32<8>;
	type MaxUnbondingChunks = frame_support::traits::ConstU32<16>;
	type WeightInfo = pallet_providers::weights::SubstrateWeight<Runtime>;
}

impl pallet_market::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Providers = Providers;
	type Escrow = Escrow;
	// A council motion (two thirds) or a root referendum force-closes a lease.
	type GovernanceOrigin = RootOrTwoThirdsCouncil;
	type MinLeaseDeposit = ParamGetter<Runtime, fields::MinLeaseDeposit>;
	type BidDeposit = ParamGetter<Runtime, fields::BidDeposit>;
	type MaxBidsPerOrder = ParamGetter<Runtime, fields::MaxBidsPerOrder>;
	type MaxBidsPerOrderBound = MaxBidsPerOrderLimit;
	type BidTtl = ParamGetter<Runtime, fields::BidTtl>;
	type LeaseRetention = LeaseRetention;
	type ExpiryRetryDelay = frame_support::traits::ConstU32<{ MINUTES }>;
	type ProviderMinimumTerm = ParamGetter<Runtime, fields::ProviderMinimumTerm>;
	type EarlyClosePenalty = ParamGetter<Runtime, fields::EarlyClosePenalty>;
	type MaxOrdersPerTenant = frame_support::traits::ConstU32<64>;
	type MaxLeasesPerTenant = frame_support::traits::ConstU32<256>;
	type MaxLeasesPerProvider = frame_support::traits::ConstU32<1024>;
	type MaxExpiriesPerBlock = ParamGetter<Runtime, fields::ExpiryItemsPerBlock>;
	type WeightInfo = pallet_market::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = bench::MarketBenchmarkHelper;
}

/// The market's leases as the deployments pallet sees them.
pub struct MarketLeases;

impl pallet_deployments::LeaseInspect<AccountId> for MarketLeases {
	fn tenant_of(lease: pallet_market::LeaseId) -> Option<AccountId> {
		pallet_market::Leases::<Runtime>::get(lease).map(|l| l.tenant)
	}
	fn provider_of(lease: pallet_market::LeaseId) -> Option<AccountId> {
		pallet_market::Leases::<Runtime>::get(lease).map(|l| l.provider)
	}
	fn is_active(lease: pallet_market::LeaseId) -> bool {
		pallet_market::Leases::<Runtime>::get(lease).is_some_and(|l| l.is_active())
	}
}

parameter_types! {
	/// Fixed part of a deployment's storage deposit: its record and index entries.
	pub const DeploymentDepositBase: Balance = deposit(3, 0);
}

impl pallet_deployments::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Leases = MarketLeases;
	type DepositBase = DeploymentDepositBase;
	type DepositPerByte = ParamGetter<Runtime, fields::DeploymentDepositPerByte>;
	type MaxVersions = ParamGetter<Runtime, fields::MaxDeploymentVersions>;
	type MaxVersionsCap = frame_support::traits::ConstU32<MAX_DEPLOYMENT_VERSIONS>;
	type MaxNameLen = frame_support::traits::ConstU32<64>;
	type MaxCidLen = frame_support::traits::ConstU32<128>;
	type MaxNoteLen = frame_support::traits::ConstU32<128>;
	type MaxEditors = frame_support::traits::ConstU32<8>;
	type WeightInfo = pallet_deployments::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = bench::DeploymentsBenchmarkHelper;
}

/// Set-up of the market and deployments benchmarks through the real provider registry and
/// market.
#[cfg(feature = "runtime-benchmarks")]
pub mod bench {
	use super::*;
	use crate::RuntimeOrigin;
	use alloc::{vec, vec::Vec};
	use deinfra_primitives::{ResourceRequest, Resources};
	use frame_support::{assert_ok, traits::fungible::Mutate};
	use pallet_providers::{GpuSpec, Prices, ProviderInfo};

	/// Registers providers and opens leases for the benchmarks.
	pub struct MarketBenchmarkHelper;

	impl pallet_market::BenchmarkHelper<AccountId> for MarketBenchmarkHelper {
		fn register_provider(who: &AccountId, request: &ResourceRequest, leases: u32) {
			let n = leases.max(1);
			let r = request.resources;
			let capacity = Resources {
				cpu_millicores: r.cpu_millicores.saturating_mul(n.into()),
				memory_mib: r.memory_mib.saturating_mul(n.into()),
				storage_gib: r.storage_gib.saturating_mul(n.into()),
				bandwidth_mbps: r.bandwidth_mbps.saturating_mul(n.into()),
				gpus: r.gpus.saturating_mul(n),
			};
			let gpus = request
				.gpu
				.as_ref()
				.map(|g| {
					let model = if g.model.is_empty() {
						frame_support::BoundedVec::truncate_from(b"any-gpu".to_vec())
					} else {
						g.model.clone()
					};
					vec![GpuSpec { model, vram_gib: g.min_vram_gib, count: capacity.gpus }]
				})
				.unwrap_or_default();
			let region = request
				.region
				.clone()
				.unwrap_or_else(|| frame_support::BoundedVec::truncate_from(b"US".to_vec()));
			let info = ProviderInfo {
				endpoint: b"https://provider.example".to_vec(),
				region,
				capacity,
				gpus,
				prices: Prices::<Balance> {
					cpu_millicore: 1,
					memory_mib: 1,
					storage_gib: 1,
					bandwidth_mbps: 1,
					gpu: 1,
				},
				attributes: request.attributes.to_vec(),
			};
			let bond = pallet_protocol_params::Pallet::<Runtime>::params().min_provider_bond;
			let _ = Balances::mint_into(who, bond.saturating_mul(10).saturating_add(1_000 * UNIT));
			assert_ok!(Providers::register(RuntimeOrigin::signed(who.clone()), info, bond));
			if !request.attributes.is_empty() {
				let keys = request.attributes.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
				assert_ok!(Providers::verify_attributes(
					RuntimeOrigin::root(),
					who.clone().into(),
					frame_support::BoundedVec::truncate_from(keys),
				));
			}
		}

		fn prepare_escrow() {
			let treasury = TreasuryAccount::get();
			if Balances::free_balance(&treasury) < crate::EXISTENTIAL_DEPOSIT {
				let _ = Balances::mint_into(&treasury, crate::EXISTENTIAL_DEPOSIT);
			}
		}
	}

	/// Opens active leases for the deployments benchmarks.
	pub struct DeploymentsBenchmarkHelper;

	impl pallet_deployments::BenchmarkHelper<AccountId> for DeploymentsBenchmarkHelper {
		fn active_lease(tenant: &AccountId, provider: &AccountId) -> pallet_market::LeaseId {
			use pallet_market::BenchmarkHelper as _;
			let request = ResourceRequest {
				resources: Resources {
					cpu_millicores: 1_000,
					memory_mib: 1_024,
					storage_gib: 10,
					bandwidth_mbps: 100,
					gpus: 0,
				},
				gpu: None,
				region: None,
				attributes: Default::default(),
				verified_attributes: false,
			};
			if pallet_providers::Registry::<Runtime>::get(provider).is_none() {
				MarketBenchmarkHelper::register_provider(provider, &request, 8);
			}
			MarketBenchmarkHelper::prepare_escrow();
			let params = pallet_protocol_params::Pallet::<Runtime>::params();
			let deposit = params.min_lease_deposit.saturating_mul(10);
			let _ = Balances::mint_into(tenant, deposit.saturating_mul(10).saturating_add(UNIT));
			let order = pallet_market::NextOrderId::<Runtime>::get();
			assert_ok!(Market::create_order(
				RuntimeOrigin::signed(tenant.clone()),
				request.into(),
				UNIT,
				deposit,
				None
			));
			let bid = pallet_market::NextBidId::<Runtime>::get();
			assert_ok!(Market::place_bid(
				RuntimeOrigin::signed(provider.clone()),
				order,
				UNIT / 1_000
			));
			let lease = pallet_market::NextLeaseId::<Runtime>::get();
			assert_ok!(Market::accept_bid(RuntimeOrigin::signed(tenant.clone()), order, bid));
			lease
		}
	}
}
