//! A test runtime: System, Balances and Deployments, with `u32` block numbers and `u128`
//! balances like the DeInfra runtime, and a table of leases standing in for the market.

use crate::{self as pallet_deployments, LeaseId, LeaseInspect};
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{
		fungible::{Inspect, InspectHold},
		ConstU128, ConstU32,
	},
};
use sp_runtime::BuildStorage;
use std::collections::BTreeMap;

type Block = frame_system::mocking::MockBlockU32<Test>;
pub type Balance = u128;
pub type AccountId = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Deployments: pallet_deployments,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
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
/// A provider.
pub const BOB: AccountId = 2;
/// Another tenant.
pub const CHARLIE: AccountId = 3;
/// An account with little money.
pub const DAVE: AccountId = 4;
/// An editor.
pub const EVE: AccountId = 5;
/// An account that does not exist.
pub const NOBODY: AccountId = 9;

pub const FUNDS: Balance = 1_000_000;
/// Dave's balance: enough to exist, not enough for any deposit.
pub const DAVE_FUNDS: Balance = 150;

pub const DEPOSIT_BASE: Balance = 100;
pub const DEPOSIT_PER_BYTE: Balance = 2;

/// Alice's active lease with Bob.
pub const LEASE: LeaseId = 7;
/// Another active lease of Alice, with Bob.
pub const LEASE_2: LeaseId = 8;
/// Charlie's active lease with Bob.
pub const CHARLIES_LEASE: LeaseId = 9;
/// Alice's closed lease with Bob.
pub const CLOSED_LEASE: LeaseId = 10;
/// No such lease.
pub const NO_LEASE: LeaseId = 99;

parameter_types! {
	pub static MaxVersions: u32 = 3;
	pub static MaxVersionsCap: u32 = 8;
	pub static ByteDeposit: Balance = DEPOSIT_PER_BYTE;
}

/// A lease of the mock market.
#[derive(Clone, Copy, Debug)]
pub struct MockLease {
	pub tenant: AccountId,
	pub provider: AccountId,
	pub active: bool,
}

thread_local! {
	static LEASES: RefCell<BTreeMap<LeaseId, MockLease>> = const { RefCell::new(BTreeMap::new()) };
}

/// Adds or replaces a lease of the mock market.
pub fn set_lease(id: LeaseId, tenant: AccountId, provider: AccountId, active: bool) {
	LEASES.with(|l| l.borrow_mut().insert(id, MockLease { tenant, provider, active }));
}

fn lease(id: LeaseId) -> Option<MockLease> {
	LEASES.with(|l| l.borrow().get(&id).copied())
}

/// The market's leases, from the table above.
pub struct MockLeases;
impl LeaseInspect<AccountId> for MockLeases {
	fn tenant_of(id: LeaseId) -> Option<AccountId> {
		lease(id).map(|l| l.tenant)
	}
	fn provider_of(id: LeaseId) -> Option<AccountId> {
		lease(id).map(|l| l.provider)
	}
	fn is_active(id: LeaseId) -> bool {
		lease(id).is_some_and(|l| l.active)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for MockLeases {
	fn active_lease(tenant: &AccountId, provider: &AccountId) -> LeaseId {
		let id = LEASES.with(|l| l.borrow().keys().last().map_or(1, |k| k + 1));
		set_lease(id, *tenant, *provider, true);
		id
	}
}

impl pallet_deployments::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Leases = MockLeases;
	type DepositBase = ConstU128<DEPOSIT_BASE>;
	type DepositPerByte = ByteDeposit;
	type MaxVersions = MaxVersions;
	type MaxVersionsCap = MaxVersionsCap;
	type MaxNameLen = ConstU32<32>;
	type MaxCidLen = ConstU32<128>;
	type MaxNoteLen = ConstU32<32>;
	type MaxEditors = ConstU32<4>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockLeases;
}

/// Builds test externalities.
pub struct ExtBuilder {
	balances: Vec<(AccountId, Balance)>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self {
			balances: vec![
				(ALICE, FUNDS),
				(BOB, FUNDS),
				(CHARLIE, FUNDS),
				(DAVE, DAVE_FUNDS),
				(EVE, FUNDS),
			],
		}
	}
}

impl ExtBuilder {
	/// Sets the balance of an account (replacing the default).
	pub fn with_balance(mut self, who: AccountId, amount: Balance) -> Self {
		self.balances.retain(|(a, _)| *a != who);
		self.balances.push((who, amount));
		self
	}

	/// The externalities, at block 1, with the default leases and parameters.
	pub fn build(self) -> sp_io::TestExternalities {
		LEASES.with(|l| l.borrow_mut().clear());
		set_lease(LEASE, ALICE, BOB, true);
		set_lease(LEASE_2, ALICE, BOB, true);
		set_lease(CHARLIES_LEASE, CHARLIE, BOB, true);
		set_lease(CLOSED_LEASE, ALICE, BOB, false);
		MaxVersions::set(3);
		MaxVersionsCap::set(8);
		ByteDeposit::set(DEPOSIT_PER_BYTE);
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> { balances: self.balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test` at block 1, then checks the pallet's invariants, and that every known account
	/// holds exactly what its deployments' records say.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Deployments::do_try_state().expect("deployments invariants hold after the test");
			for who in [ALICE, BOB, CHARLIE, DAVE, EVE, NOBODY] {
				let records: Balance = crate::Deployments::<Test>::iter_values()
					.filter(|d| d.owner == who)
					.map(|d| d.held)
					.sum();
				assert_eq!(held(who), records, "the hold of {who} matches their records");
			}
		});
	}
}

/// Test externalities with the default accounts (for the benchmarks).
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder::default().build()
}

/// What `who` holds under `DeploymentDeposit`.
pub fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&crate::HoldReason::DeploymentDeposit.into(), &who)
}

/// The spendable balance of `who`.
pub fn free(who: AccountId) -> Balance {
	Balances::balance(&who)
}

/// The pallet's events since the last call, oldest first.
pub fn events() -> Vec<crate::Event<Test>> {
	let events = System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Deployments(e) = r.event { Some(e) } else { None })
		.collect();
	System::reset_events();
	events
}

/// Goes to block `n`.
pub fn run_to_block(n: u32) {
	System::set_block_number(n);
}
