//! A test runtime: System, Balances and Providers.

use crate as pallet_providers;
use crate::{GpuSpec, Prices, ProviderInfo};
use deinfra_primitives::{AttributeKey, AttributeValue, RegionCode, Resources};
use frame_support::{
	derive_impl, ord_parameter_types, parameter_types,
	traits::{ConstU32, ConstU64, Hooks},
};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;
/// Balance of the test runtime.
pub type Balance = u64;
/// Account id of the test runtime.
pub type AccountId = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Providers: pallet_providers,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
}

/// Providers with funds.
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
/// A provider with little funds.
pub const POOR: AccountId = 4;
/// The auditor.
pub const AUDITOR: AccountId = 10;
/// May cancel pending slashes (stands for a token-holder referendum track).
pub const CANCELLER: AccountId = 20;
/// Receives slashed funds (`SlashBeneficiary`); starts with no balance.
pub const TREASURY: AccountId = 99;

pub const INITIAL_BALANCE: Balance = 1_000_000;
pub const POOR_BALANCE: Balance = 1_100;
pub const MIN_BOND: Balance = 1_000;
pub const UNBONDING_PERIOD: u64 = 10;
pub const SLASH_DEFERRAL: u64 = 5;
pub const DEPOSIT_BASE: Balance = 10;
pub const DEPOSIT_PER_BYTE: Balance = 1;
pub const MAX_ENDPOINT_LEN: u32 = 64;
pub const MAX_ATTRIBUTES: u32 = 4;
pub const MAX_GPU_KINDS: u32 = 2;
pub const MAX_UNBONDING_CHUNKS: u32 = 3;

ord_parameter_types! {
	pub const Auditor: AccountId = AUDITOR;
	pub const Canceller: AccountId = CANCELLER;
}

parameter_types! {
	pub const MinimumBond: Balance = MIN_BOND;
	/// The unbonding period; tests may change it as governance would.
	pub static UnbondingBlocks: u64 = UNBONDING_PERIOD;
	/// The slash deferral; tests may change it as governance would.
	pub static SlashDeferralBlocks: u64 = SLASH_DEFERRAL;
	pub const Treasury: AccountId = TREASURY;
}

impl pallet_providers::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type SlashOrigin = EnsureRoot<AccountId>;
	type SlashCancelOrigin = EnsureSignedBy<Canceller, AccountId>;
	type SlashDeferral = SlashDeferralBlocks;
	type SlashBeneficiary = Treasury;
	type AuditorOrigin = EnsureSignedBy<Auditor, AccountId>;
	type MinimumBond = MinimumBond;
	type UnbondingPeriod = UnbondingBlocks;
	type DepositBase = ConstU64<DEPOSIT_BASE>;
	type DepositPerByte = ConstU64<DEPOSIT_PER_BYTE>;
	type MaxEndpointLen = ConstU32<MAX_ENDPOINT_LEN>;
	type MaxAttributes = ConstU32<MAX_ATTRIBUTES>;
	type MaxGpuKinds = ConstU32<MAX_GPU_KINDS>;
	type MaxUnbondingChunks = ConstU32<MAX_UNBONDING_CHUNKS>;
	type WeightInfo = ();
}

/// Genesis: ALICE, BOB, CHARLIE, AUDITOR and CANCELLER with `INITIAL_BALANCE`, POOR with `POOR_BALANCE`;
/// block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	// The whole runtime's genesis, so that the pallets' storage versions are set as on a new
	// chain.
	let storage = RuntimeGenesisConfig {
		balances: pallet_balances::GenesisConfig::<Test> {
			balances: vec![
				(ALICE, INITIAL_BALANCE),
				(BOB, INITIAL_BALANCE),
				(CHARLIE, INITIAL_BALANCE),
				(AUDITOR, INITIAL_BALANCE),
				(CANCELLER, INITIAL_BALANCE),
				(POOR, POOR_BALANCE),
			],
			..Default::default()
		},
		..Default::default()
	}
	.build_storage()
	.unwrap();
	UnbondingBlocks::set(UNBONDING_PERIOD);
	SlashDeferralBlocks::set(SLASH_DEFERRAL);
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` on a fresh genesis, then checks the pallet's invariants.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Providers::do_try_state().unwrap();
	});
}

/// Advances to block `n`, running the hooks and checking the invariants after each block.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		Providers::on_finalize(System::block_number());
		System::set_block_number(next);
		Providers::on_initialize(next);
		Providers::do_try_state().unwrap();
	}
}

/// A bounded byte string from a literal.
pub fn bounded<S: frame_support::traits::Get<u32>>(s: &[u8]) -> frame_support::BoundedVec<u8, S> {
	s.to_vec().try_into().unwrap()
}

/// A region code from a literal.
pub fn region(s: &str) -> RegionCode {
	bounded(s.as_bytes())
}

/// An attribute (key, value) pair.
pub fn attr(k: &str, v: &str) -> (AttributeKey, AttributeValue) {
	(bounded(k.as_bytes()), bounded(v.as_bytes()))
}

/// A GPU kind.
pub fn gpu(model: &str, vram_gib: u32, count: u32) -> GpuSpec {
	GpuSpec { model: bounded(model.as_bytes()), vram_gib, count }
}

/// Capacity with the given CPU, memory and GPU count, 100 GiB storage and 1000 Mbit/s.
pub fn resources(cpu: u64, mem: u64, gpus: u32) -> Resources {
	Resources {
		cpu_millicores: cpu,
		memory_mib: mem,
		storage_gib: 100,
		bandwidth_mbps: 1_000,
		gpus,
	}
}

/// Prices used in tests.
pub fn prices() -> Prices<Balance> {
	Prices { cpu_millicore: 1, memory_mib: 2, storage_gib: 3, bandwidth_mbps: 4, gpu: 50 }
}

/// A valid registration: `https://alice.example.com`, `DE-BE`, 8 cores, 16 GiB, two H100s,
/// attributes `tier=gold` and `dc=fra1`.
pub fn info() -> ProviderInfo<Balance> {
	ProviderInfo {
		endpoint: b"https://alice.example.com".to_vec(),
		region: region("DE-BE"),
		capacity: resources(8_000, 16_384, 2),
		gpus: vec![gpu("nvidia-h100", 80, 2)],
		prices: prices(),
		attributes: vec![attr("tier", "gold"), attr("dc", "fra1")],
	}
}

/// Registers `who` with `info()` and the minimum bond.
pub fn register(who: AccountId) {
	frame_support::assert_ok!(Providers::register(RuntimeOrigin::signed(who), info(), MIN_BOND));
}

/// What a lease uses: the given CPU, memory and GPU count, 10 GiB storage and 100 Mbit/s.
pub fn lease(cpu: u64, mem: u64, gpus: u32) -> Resources {
	Resources { storage_gib: 10, bandwidth_mbps: 100, ..resources(cpu, mem, gpus) }
}
