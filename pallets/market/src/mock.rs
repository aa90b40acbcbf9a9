//! A test runtime: System, Balances and Market, with `u32` block numbers and `u128` balances like
//! the DeInfra runtime, and two storage-backed mocks standing in for the real pallets:
//!
//! - [`MockRegistry`], the provider registry: providers with a region, a capacity and a bond.
//!   The bond is real money, moved to [`BOND_POT`] at registration, and a slash moves it from
//!   there to the beneficiary. It tracks the capacity and the number of leases reserved per
//!   provider, so that [`check_invariants`] can check that every active lease reserved its
//!   capacity exactly once.
//! - [`MockEscrow`], the escrow: deposits are moved to [`ESCROW_POT`]; a stream pays
//!   `rate × blocks` since its last settlement, 10% of it to [`TREASURY`] and the rest to the
//!   payee, capped by the balance (debt beyond the balance is dropped). `close` settles and
//!   refunds the rest to the owner. [`run_to_block`] plays the escrow's hook: an account whose
//!   funds ran out [`GRACE`] blocks ago is settled, refunded and closed, and the market is told
//!   (`OnEscrowExhausted`).
//!
//! Both keep their state in storage (`storage_alias`), so a failed call leaves them unchanged
//! like the rest of the state and `assert_noop!` covers them.

use crate::{self as pallet_market, EscrowId, Leases};
use codec::{Decode, Encode, MaxEncodedLen};
use deinfra_primitives::{
	Allocation, Escrow, EscrowInfo, GpuModel, GpuRequirement, LeaseOutcome, OnEscrowExhausted,
	ProviderRegistry, RegionCode, ResourceRequest, Resources,
};
use frame_support::{
	derive_impl,
	pallet_prelude::{OptionQuery, ValueQuery},
	parameter_types,
	traits::{
		fungible::{Inspect, InspectHold, Mutate},
		tokens::Preservation,
		ConstU128, Hooks,
	},
	weights::Weight,
	Twox64Concat,
};
use frame_system::EnsureRoot;
use scale_info::TypeInfo;
use sp_runtime::{BuildStorage, DispatchError, DispatchResult, Perbill};

type Block = frame_system::mocking::MockBlockU32<Test>;
pub type Balance = u128;
pub type AccountId = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Market: pallet_market,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type DbWeight = frame_support::weights::constants::RocksDbWeight;
	type AccountData = pallet_balances::AccountData<Balance>;
}

pub const ED: Balance = 10;

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type ExistentialDeposit = ConstU128<ED>;
	type AccountStore = System;
}

/// A tenant.
pub const ALICE: AccountId = 1;
/// Another tenant.
pub const BOB: AccountId = 2;
/// A third party (tops up, tries what it may not).
pub const CHARLIE: AccountId = 3;
/// Providers P1..P6 (registered at genesis) and an account that is not one.
pub const P1: AccountId = 11;
pub const P2: AccountId = 12;
pub const P3: AccountId = 13;
pub const P4: AccountId = 14;
pub const P5: AccountId = 15;
pub const P6: AccountId = 16;
pub const NOT_PROVIDER: AccountId = 20;
/// The treasury: receives the escrow's take.
pub const TREASURY: AccountId = 99;
/// Holds the mock escrow's deposits.
pub const ESCROW_POT: AccountId = 98;
/// Holds the mock registry's bonds.
pub const BOND_POT: AccountId = 97;

pub const TENANT_FUNDS: Balance = 1_000_000;
pub const PROVIDER_FUNDS: Balance = 100_000;
pub const BOND: Balance = 5_000;
pub const TREASURY_FUNDS: Balance = 100;

pub const MIN_DEPOSIT: Balance = 1_000;
pub const BID_HOLD: Balance = 100;
pub const MAX_BIDS: u32 = 4;
pub const MIN_TERM: u32 = 20;
pub const PENALTY: Balance = 500;
pub const MAX_ORDERS: u32 = 3;
pub const MAX_TENANT_LEASES: u32 = 3;
pub const MAX_PROVIDER_LEASES: u32 = 3;
pub const MAX_EXPIRIES: u32 = 3;
/// The hard bound of `MaxBidsPerOrder`.
pub const MAX_BIDS_BOUND: u32 = 8;
/// How long a bid stands.
pub const BID_STANDS: u32 = 50;
/// How long a closed lease's record is kept.
pub const RETENTION: u32 = 30;
/// How long after a failed expiry it is retried.
pub const RETRY_DELAY: u32 = 4;
/// Blocks an account may stay out of funds before the mock escrow closes it.
pub const GRACE: u32 = 5;
/// The mock escrow's take.
pub const TAKE: Perbill = Perbill::from_percent(10);

parameter_types! {
	pub static MinLeaseDeposit: Balance = MIN_DEPOSIT;
	pub static BidDeposit: Balance = BID_HOLD;
	pub static MaxBidsPerOrder: u32 = MAX_BIDS;
	pub static ProviderMinimumTerm: u32 = MIN_TERM;
	pub static EarlyClosePenalty: Balance = PENALTY;
	pub static MaxOrdersPerTenant: u32 = MAX_ORDERS;
	pub static MaxLeasesPerTenant: u32 = MAX_TENANT_LEASES;
	pub static MaxLeasesPerProvider: u32 = MAX_PROVIDER_LEASES;
	pub static MaxExpiriesPerBlock: u32 = MAX_EXPIRIES;
	pub static BidTtl: u32 = BID_STANDS;
	pub static LeaseRetention: u32 = RETENTION;
}

impl pallet_market::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Providers = MockRegistry;
	type Escrow = MockEscrow;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type MinLeaseDeposit = MinLeaseDeposit;
	type BidDeposit = BidDeposit;
	type MaxBidsPerOrder = MaxBidsPerOrder;
	type MaxBidsPerOrderBound = frame_support::traits::ConstU32<MAX_BIDS_BOUND>;
	type BidTtl = BidTtl;
	type LeaseRetention = LeaseRetention;
	type ExpiryRetryDelay = frame_support::traits::ConstU32<RETRY_DELAY>;
	type ProviderMinimumTerm = ProviderMinimumTerm;
	type EarlyClosePenalty = EarlyClosePenalty;
	type MaxOrdersPerTenant = MaxOrdersPerTenant;
	type MaxLeasesPerTenant = MaxLeasesPerTenant;
	type MaxLeasesPerProvider = MaxLeasesPerProvider;
	type MaxExpiriesPerBlock = MaxExpiriesPerBlock;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockRegistry;
}

// ---------------------------------------------------------------------------------------------
// The mock provider registry.

/// A provider in the mock registry.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct MockProvider {
	/// Takes new orders.
	pub active: bool,
	/// Its region.
	pub region: RegionCode,
	/// Its total capacity.
	pub capacity: Resources,
	/// What its leases reserved.
	pub reserved: Resources,
	/// How many leases reserved capacity.
	pub leases: u32,
	/// Its bond, held in [`BOND_POT`].
	pub bond: Balance,
}

#[frame_support::storage_alias(verbatim)]
pub type RegistryProviders =
	StorageMap<MockRegistry, Twox64Concat, AccountId, MockProvider, OptionQuery>;

#[frame_support::storage_alias(verbatim)]
pub type RecordedOutcomes = StorageValue<MockRegistry, Vec<(AccountId, LeaseOutcome)>, ValueQuery>;

#[frame_support::storage_alias(verbatim)]
pub type FailRelease = StorageValue<MockRegistry, bool, ValueQuery>;

#[frame_support::storage_alias(verbatim)]
pub type FailSlash = StorageValue<MockRegistry, bool, ValueQuery>;

/// Each provider's GPU kinds: model and count.
#[frame_support::storage_alias(verbatim)]
pub type RegistryGpuKinds =
	StorageMap<MockRegistry, Twox64Concat, AccountId, Vec<(GpuModel, u32)>, ValueQuery>;

/// GPUs in use per provider and model.
#[frame_support::storage_alias(verbatim)]
pub type RegistryGpusUsed = StorageDoubleMap<
	MockRegistry,
	Twox64Concat,
	AccountId,
	Twox64Concat,
	GpuModel,
	u32,
	ValueQuery,
>;

/// The provider registry of the tests.
pub struct MockRegistry;

impl MockRegistry {
	/// Registers `who` in `region` with `capacity`, moving `bond` of its funds to [`BOND_POT`].
	pub fn register(who: AccountId, region: &[u8], capacity: Resources, bond: Balance) {
		Balances::transfer(&who, &BOND_POT, bond, Preservation::Preserve)
			.expect("the provider can bond");
		RegistryProviders::insert(
			who,
			MockProvider {
				active: true,
				region: region.to_vec().try_into().expect("short region"),
				capacity,
				reserved: Resources::default(),
				leases: 0,
				bond,
			},
		);
	}

	/// Gives `who` GPU kinds (model, count); their counts must add up to its `capacity.gpus`.
	pub fn set_gpu_kinds(who: AccountId, kinds: &[(&str, u32)]) {
		let kinds: Vec<(GpuModel, u32)> = kinds
			.iter()
			.map(|(m, n)| (GpuModel::try_from(m.as_bytes().to_vec()).expect("short model"), *n))
			.collect();
		RegistryGpuKinds::insert(who, kinds);
	}

	/// The first GPU kind of `who` that has `gpu.count` GPUs of the model free.
	fn gpu_kind_for(who: &AccountId, gpu: &GpuRequirement) -> Option<GpuModel> {
		RegistryGpuKinds::get(who)
			.into_iter()
			.find(|(model, count)| {
				(gpu.model.is_empty() || *model == gpu.model)
					&& count.saturating_sub(RegistryGpusUsed::get(who, model)) >= gpu.count
			})
			.map(|(model, _)| model)
	}

	/// Switches `who` between taking orders and not.
	pub fn set_active(who: AccountId, active: bool) {
		RegistryProviders::mutate(who, |p| p.as_mut().expect("registered").active = active);
	}

	/// The provider record of `who`.
	pub fn get(who: AccountId) -> MockProvider {
		RegistryProviders::get(who).expect("registered")
	}

	/// The outcomes recorded so far, oldest first.
	pub fn outcomes() -> Vec<(AccountId, LeaseOutcome)> {
		RecordedOutcomes::get()
	}

	/// Makes `release_capacity` fail (or not).
	pub fn fail_release(fail: bool) {
		FailRelease::put(fail);
	}

	/// Makes `slash` fail (or not).
	pub fn fail_slash(fail: bool) {
		FailSlash::put(fail);
	}
}

impl ProviderRegistry<AccountId, Balance> for MockRegistry {
	fn is_active(who: &AccountId) -> bool {
		RegistryProviders::get(who).is_some_and(|p| p.active)
	}

	fn matches(who: &AccountId, request: &ResourceRequest) -> bool {
		let Some(p) = RegistryProviders::get(who) else { return false };
		let free = p.capacity.checked_sub(&p.reserved).unwrap_or_default();
		p.active
			&& request.region.as_ref().is_none_or(|r| *r == p.region)
			&& request.resources.fits_within(&free)
			&& request.gpu.as_ref().is_none_or(|g| Self::gpu_kind_for(who, g).is_some())
	}

	fn reserve_capacity(who: &AccountId, resources: &Resources) -> DispatchResult {
		RegistryProviders::try_mutate(who, |p| {
			let p = p.as_mut().ok_or(DispatchError::Other("not registered"))?;
			if !p.active {
				return Err(DispatchError::Other("not active"));
			}
			let reserved = p
				.reserved
				.checked_add(resources)
				.filter(|r| r.fits_within(&p.capacity))
				.ok_or(DispatchError::Other("insufficient capacity"))?;
			p.reserved = reserved;
			p.leases += 1;
			Ok(())
		})
	}

	fn release_capacity(who: &AccountId, resources: &Resources) -> DispatchResult {
		if FailRelease::get() {
			return Err(DispatchError::Other("release refused"));
		}
		RegistryProviders::try_mutate(who, |p| {
			let p = p.as_mut().ok_or(DispatchError::Other("not registered"))?;
			p.reserved =
				p.reserved.checked_sub(resources).ok_or(DispatchError::Other("over release"))?;
			p.leases = p.leases.checked_sub(1).ok_or(DispatchError::Other("no lease"))?;
			Ok(())
		})
	}

	fn reserve_gpus(who: &AccountId, gpu: &GpuRequirement) -> Result<GpuModel, DispatchError> {
		let model = Self::gpu_kind_for(who, gpu).ok_or(DispatchError::Other("no such GPUs"))?;
		RegistryGpusUsed::mutate(who, &model, |n| *n += gpu.count);
		Ok(model)
	}

	fn release_gpus(who: &AccountId, model: &GpuModel, count: u32) -> DispatchResult {
		RegistryGpusUsed::try_mutate_exists(who, model, |n| {
			let left = n.unwrap_or(0).checked_sub(count).ok_or(DispatchError::Other("over"))?;
			*n = (left > 0).then_some(left);
			Ok(())
		})
	}

	fn penalize(
		who: &AccountId,
		amount: Balance,
		beneficiary: &AccountId,
	) -> Result<Balance, DispatchError> {
		<Self as ProviderRegistry<AccountId, Balance>>::slash(who, amount, beneficiary)
	}

	fn allocation(who: &AccountId) -> Option<Allocation> {
		let p = RegistryProviders::get(who)?;
		Some(Allocation {
			resources: p.reserved,
			leases: p.leases,
			gpus: RegistryGpusUsed::iter_prefix(who).collect(),
		})
	}

	fn record_outcome(who: &AccountId, outcome: LeaseOutcome) {
		RecordedOutcomes::append((*who, outcome));
	}

	fn slash(
		who: &AccountId,
		amount: Balance,
		beneficiary: &AccountId,
	) -> Result<Balance, DispatchError> {
		if FailSlash::get() {
			return Err(DispatchError::Other("slash refused"));
		}
		RegistryProviders::try_mutate(who, |p| {
			let p = p.as_mut().ok_or(DispatchError::Other("not registered"))?;
			let moved = amount.min(p.bond);
			Balances::transfer(&BOND_POT, beneficiary, moved, Preservation::Preserve)?;
			p.bond -= moved;
			Ok(moved)
		})
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for MockRegistry {
	fn register_provider(who: &AccountId, request: &ResourceRequest, leases: u32) {
		let r = request.resources;
		let n = u64::from(leases.max(1));
		let capacity = Resources {
			cpu_millicores: r.cpu_millicores * n,
			memory_mib: r.memory_mib * n,
			storage_gib: r.storage_gib * n,
			bandwidth_mbps: r.bandwidth_mbps * n,
			gpus: r.gpus * leases.max(1),
		};
		if Balances::balance(&BOND_POT) < ED {
			Balances::set_balance(&BOND_POT, ED);
		}
		let region = request.region.clone().map(|r| r.into_inner()).unwrap_or_default();
		Self::register(*who, &region, capacity, BOND);
		if let Some(gpu) = &request.gpu {
			RegistryGpuKinds::insert(who, vec![(gpu.model.clone(), capacity.gpus)]);
		}
	}
}

// ---------------------------------------------------------------------------------------------
// The mock escrow.

/// A payment stream of the mock escrow.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct MockStream {
	/// Who is paid.
	pub payee: AccountId,
	/// Per block, take included.
	pub rate: Balance,
	/// Paid up to this block.
	pub settled_at: u32,
	/// What it paid so far (take included).
	pub streamed: Balance,
}

/// An account of the mock escrow.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct MockAccount {
	/// Gets the refund.
	pub owner: AccountId,
	/// What is left, held in [`ESCROW_POT`].
	pub balance: Balance,
	/// The stream, if any.
	pub stream: Option<MockStream>,
}

#[frame_support::storage_alias(verbatim)]
pub type EscrowAccounts = StorageMap<MockEscrow, Twox64Concat, EscrowId, MockAccount, OptionQuery>;

#[frame_support::storage_alias(verbatim)]
pub type NextEscrowId = StorageValue<MockEscrow, EscrowId, ValueQuery>;

#[frame_support::storage_alias(verbatim)]
pub type FailClose = StorageValue<MockEscrow, bool, ValueQuery>;

/// The escrow of the tests.
pub struct MockEscrow;

impl MockEscrow {
	fn account(id: EscrowId) -> Result<MockAccount, DispatchError> {
		EscrowAccounts::get(id).ok_or(DispatchError::Other("unknown escrow account"))
	}

	fn now() -> u32 {
		System::block_number()
	}

	/// Pays what the stream is owed now, up to the balance: the take to the treasury, the rest
	/// to the payee.
	fn settle_account(account: &mut MockAccount) -> Result<Balance, DispatchError> {
		let Some(stream) = account.stream.as_mut() else { return Ok(0) };
		let elapsed = Balance::from(Self::now().saturating_sub(stream.settled_at));
		let owed = (stream.rate * elapsed).min(account.balance);
		let fee = TAKE.mul_floor(owed);
		Balances::transfer(&ESCROW_POT, &stream.payee, owed - fee, Preservation::Preserve)?;
		Balances::transfer(&ESCROW_POT, &TREASURY, fee, Preservation::Preserve)?;
		account.balance -= owed;
		stream.settled_at = Self::now();
		stream.streamed += owed;
		Ok(owed - fee)
	}

	/// Settles, refunds the rest to the owner and removes the account.
	fn close_account(id: EscrowId, mut account: MockAccount) -> Result<Balance, DispatchError> {
		Self::settle_account(&mut account)?;
		let refund = account.balance;
		Balances::transfer(&ESCROW_POT, &account.owner, refund, Preservation::Preserve)?;
		EscrowAccounts::remove(id);
		Ok(refund)
	}

	/// The escrow's hook: closes the accounts whose funds ran out at least [`GRACE`] blocks ago
	/// and tells the market.
	pub fn on_block(now: u32) {
		let exhausted: Vec<EscrowId> = EscrowAccounts::iter()
			.filter(|(_, a)| {
				a.stream.as_ref().is_some_and(|s| {
					let funded = u32::try_from(a.balance / s.rate).unwrap_or(u32::MAX);
					s.settled_at.saturating_add(funded).saturating_add(GRACE) <= now
				})
			})
			.map(|(id, _)| id)
			.collect();
		for id in exhausted {
			let account = Self::account(id).expect("listed");
			Self::close_account(id, account).expect("the mock escrow can pay out");
			<Market as OnEscrowExhausted<EscrowId>>::on_exhausted(id);
		}
	}

	/// Makes `close` fail (or not).
	pub fn fail_close(fail: bool) {
		FailClose::put(fail);
	}

	/// The stream of account `id`, if any.
	pub fn stream(id: EscrowId) -> Option<MockStream> {
		EscrowAccounts::get(id).and_then(|a| a.stream)
	}
}

impl Escrow<AccountId, Balance, u32> for MockEscrow {
	type AccountIndex = EscrowId;

	fn open(owner: &AccountId, deposit: Balance) -> Result<EscrowId, DispatchError> {
		if deposit == 0 {
			return Err(DispatchError::Other("zero deposit"));
		}
		let id = NextEscrowId::get();
		Balances::transfer(owner, &ESCROW_POT, deposit, Preservation::Preserve)?;
		NextEscrowId::put(id + 1);
		EscrowAccounts::insert(id, MockAccount { owner: *owner, balance: deposit, stream: None });
		Ok(id)
	}

	fn deposit(from: &AccountId, id: EscrowId, amount: Balance) -> DispatchResult {
		let mut account = Self::account(id)?;
		Balances::transfer(from, &ESCROW_POT, amount, Preservation::Preserve)?;
		account.balance += amount;
		EscrowAccounts::insert(id, account);
		Ok(())
	}

	fn start_stream(id: EscrowId, payee: &AccountId, rate: Balance) -> DispatchResult {
		let mut account = Self::account(id)?;
		if account.stream.is_some() || rate == 0 || account.balance < rate {
			return Err(DispatchError::Other("cannot stream"));
		}
		account.stream =
			Some(MockStream { payee: *payee, rate, settled_at: Self::now(), streamed: 0 });
		EscrowAccounts::insert(id, account);
		Ok(())
	}

	fn stop_stream(id: EscrowId) -> DispatchResult {
		let mut account = Self::account(id)?;
		Self::settle_account(&mut account)?;
		account.stream = None;
		EscrowAccounts::insert(id, account);
		Ok(())
	}

	fn settle(id: EscrowId) -> Result<Balance, DispatchError> {
		let mut account = Self::account(id)?;
		let paid = Self::settle_account(&mut account)?;
		EscrowAccounts::insert(id, account);
		Ok(paid)
	}

	fn close(id: EscrowId) -> Result<Balance, DispatchError> {
		if FailClose::get() {
			return Err(DispatchError::Other("close refused"));
		}
		let account = Self::account(id)?;
		Self::close_account(id, account)
	}

	fn balance(id: EscrowId) -> Option<Balance> {
		EscrowAccounts::get(id).map(|a| a.balance)
	}

	fn owed(id: EscrowId) -> Option<Balance> {
		let a = EscrowAccounts::get(id)?;
		Some(a.stream.map_or(0, |s| {
			(s.rate * Balance::from(Self::now().saturating_sub(s.settled_at))).min(a.balance)
		}))
	}

	fn streamed(id: EscrowId) -> Option<Balance> {
		let a = EscrowAccounts::get(id)?;
		Some(a.stream.map_or(0, |s| {
			let owed =
				(s.rate * Balance::from(Self::now().saturating_sub(s.settled_at))).min(a.balance);
			s.streamed + owed
		}))
	}

	fn info(id: EscrowId) -> Option<EscrowInfo<AccountId, Balance>> {
		let a = EscrowAccounts::get(id)?;
		Some(EscrowInfo {
			owner: a.owner,
			managed: true,
			stream: a.stream.map(|s| (s.payee, s.rate)),
		})
	}

	fn runway(id: EscrowId) -> Option<u32> {
		let a = EscrowAccounts::get(id)?;
		let s = a.stream?;
		let funded = u32::try_from(a.balance / s.rate).unwrap_or(u32::MAX);
		Some(s.settled_at.saturating_add(funded).saturating_sub(Self::now()))
	}
}

// ---------------------------------------------------------------------------------------------
// Externalities, blocks and invariants.

/// Every account the tests use, for the invariants.
pub const ACCOUNTS: [AccountId; 13] =
	[ALICE, BOB, CHARLIE, P1, P2, P3, P4, P5, P6, NOT_PROVIDER, TREASURY, ESCROW_POT, BOND_POT];

/// The capacity of each genesis provider: room for several leases of [`small`].
pub fn big() -> Resources {
	Resources {
		cpu_millicores: 16_000,
		memory_mib: 65_536,
		storage_gib: 1_000,
		bandwidth_mbps: 10_000,
		gpus: 4,
	}
}

/// What most test orders ask for.
pub fn small() -> Resources {
	Resources {
		cpu_millicores: 2_000,
		memory_mib: 4_096,
		storage_gib: 50,
		bandwidth_mbps: 100,
		gpus: 0,
	}
}

/// Builds test externalities.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// The externalities at block 1: tenants and providers funded; P1..P5 registered in `EU`
	/// with [`big`] capacity and a bond of [`BOND`], P6 registered in `US`.
	pub fn build(self) -> sp_io::TestExternalities {
		MinLeaseDeposit::set(MIN_DEPOSIT);
		BidDeposit::set(BID_HOLD);
		MaxBidsPerOrder::set(MAX_BIDS);
		ProviderMinimumTerm::set(MIN_TERM);
		EarlyClosePenalty::set(PENALTY);
		MaxOrdersPerTenant::set(MAX_ORDERS);
		MaxLeasesPerTenant::set(MAX_TENANT_LEASES);
		MaxLeasesPerProvider::set(MAX_PROVIDER_LEASES);
		MaxExpiriesPerBlock::set(MAX_EXPIRIES);
		BidTtl::set(BID_STANDS);
		LeaseRetention::set(RETENTION);
		IdleWeight::set(Weight::zero());
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut balances = vec![
			(ALICE, TENANT_FUNDS),
			(BOB, TENANT_FUNDS),
			(CHARLIE, TENANT_FUNDS),
			(NOT_PROVIDER, PROVIDER_FUNDS),
			(TREASURY, TREASURY_FUNDS),
			(ESCROW_POT, ED),
			(BOND_POT, ED),
		];
		balances.extend([P1, P2, P3, P4, P5, P6].map(|p| (p, PROVIDER_FUNDS)));
		pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			for p in [P1, P2, P3, P4, P5] {
				MockRegistry::register(p, b"EU", big(), BOND);
			}
			MockRegistry::register(P6, b"US", big(), BOND);
		});
		ext
	}

	/// Runs `test` at block 1, then checks the invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			check_invariants();
		});
	}
}

/// Test externalities for the benchmarks (which register their own providers).
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder.build()
}

/// Checks the market's invariants ([`crate::Pallet::do_try_state`]) and, with the mocks' state:
/// - every active lease reserved its capacity exactly once: each provider's reserved capacity
///   and lease count are the sums over its active leases;
/// - no account holds bid deposits beyond its standing bids' (the market checks the accounts
///   with bids);
/// - the pots hold exactly the escrow balances and the bonds (plus their existential deposit).
pub fn check_invariants() {
	Market::do_try_state().expect("market invariants hold");
	for (provider, p) in RegistryProviders::iter() {
		let (reserved, leases) = Leases::<Test>::iter_values()
			.filter(|l| l.is_active() && l.provider == provider)
			.fold((Resources::default(), 0u32), |(r, n), l| {
				(r.checked_add(&l.resources).expect("no overflow"), n + 1)
			});
		assert_eq!(p.reserved, reserved, "capacity of {provider} reserved once per active lease");
		assert_eq!(p.leases, leases, "leases of {provider} reserved once each");
	}
	for who in ACCOUNTS {
		let bids: Balance = crate::Bids::<Test>::iter_values()
			.filter(|b| b.provider == who)
			.map(|b| b.deposit)
			.sum();
		assert_eq!(held_bids(who), bids, "bid deposits held by {who}");
	}
	let escrowed: Balance = EscrowAccounts::iter_values().map(|a| a.balance).sum();
	assert_eq!(Balances::balance(&ESCROW_POT), ED + escrowed, "the escrow pot");
	let bonds: Balance = RegistryProviders::iter_values().map(|p| p.bond).sum();
	assert_eq!(Balances::balance(&BOND_POT), ED + bonds, "the bond pot");
}

/// Goes to block `n`, running the escrow's hook then the market's `on_initialize` and checking
/// the invariants at each block; `on_idle` runs at the end of each block with
/// [`IdleWeight`]'s weight (zero unless a test sets it). Returns the weight of the market's last
/// `on_initialize`.
pub fn run_to_block(n: u32) -> Weight {
	let mut weight = Weight::zero();
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		MockEscrow::on_block(next);
		weight = Market::on_initialize(next);
		Market::on_idle(next, IdleWeight::get());
		check_invariants();
	}
	weight
}

parameter_types! {
	/// The spare weight `on_idle` gets in each block of [`run_to_block`].
	pub static IdleWeight: Weight = Weight::zero();
}

/// Spendable balance.
pub fn free(who: AccountId) -> Balance {
	Balances::balance(&who)
}

/// What `who` holds as bid deposits.
pub fn held_bids(who: AccountId) -> Balance {
	Balances::balance_on_hold(&crate::HoldReason::BidDeposit.into(), &who)
}

/// The market's events since the last call, oldest first.
pub fn events() -> Vec<crate::Event<Test>> {
	let events = System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Market(e) = r.event { Some(e) } else { None })
		.collect();
	System::reset_events();
	events
}
