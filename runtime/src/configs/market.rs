//! The marketplace pallets: protocol parameters (set by governance) and the pallets that read
//! them through `Get` adapters.

use frame_support::{parameter_types, traits::EitherOf, PalletId};
use frame_system::EnsureRoot;
use pallet_protocol_params::{fields, ParamGetter};
use sp_runtime::Perbill;

use super::governance::{RootOrTwoThirdsCouncil, TreasuryAccount};
use crate::{
	deposit, governance::ProtocolParamsAdmin, AccountId, Balance, Balances, BlockNumber, Escrow,
	Market, Providers, Runtime, RuntimeHoldReason, DAYS, MINUTES, UNIT,
};

/// The most versions governance may let a deployment keep (the hard bound of
/// `max_deployment_versions`).
pub const MAX_DEPLOYMENT_VERSIONS: u32 = 64;

parameter_types! {
	/// The take rate can never exceed 20%.
	pub const MaxTakeRate: Perbill = Perbill::from_percent(20);
	/// The most bids an order can ever take (the hard bound of `max_bids_per_order`).
	pub const MaxBidsPerOrderLimit: u32 = 32;
	/// How long a closed lease's record stays readable before `on_idle` removes it.
	pub const LeaseRetention: BlockNumber = 7 * DAYS;
}

impl pallet_protocol_params::Config for Runtime {
	type Balance = Balance;
	// Root, or a referendum on the `protocol_params` track.
	type UpdateOrigin = EitherOf<EnsureRoot<AccountId>, ProtocolParamsAdmin>;
	type MaxTakeRate = MaxTakeRate;
	type MinGracePeriod = frame_support::traits::ConstU32<10>;
	type MinUnbondingPeriod = frame_support::traits::ConstU32<10>;
	type MinProviderBondFloor = frame_support::traits::ConstU128<{ 10 * UNIT }>;
	type MinLeaseDepositFloor = frame_support::traits::ConstU128<{ UNIT / 10 }>;
	type MinBidDepositFloor = frame_support::traits::ConstU128<{ UNIT / 100 }>;
	type MaxBidsPerOrderLimit = MaxBidsPerOrderLimit;
	type MaxDeploymentVersionsLimit = frame_support::traits::ConstU32<MAX_DEPLOYMENT_VERSIONS>;
	type MaxExpiryItemsPerBlock = frame_support::traits::ConstU32<256>;
	// At 16 expiries per block (and more in spare weight) the hooks keep up with any sustained
	// rate of new leases a block's weight allows.
	type MinExpiryItemsPerBlock = frame_support::traits::ConstU32<16>;
	type MinBidTtl = frame_support::traits::ConstU32<{ 10 * MINUTES }>;
	type MaxBidTtl = frame_support::traits::ConstU32<{ 7 * DAYS }>;
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
	// A council motion (two thirds) or a root referendum slashes a faulty provider.
	type SlashOrigin = RootOrTwoThirdsCouncil;
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
