//! A test runtime: System, Balances and Escrow, with `u32` block numbers and `u128` balances like
//! the DeInfra runtime.

use crate::{self as pallet_escrow, AccountIndex};
use core::cell::RefCell;
use deinfra_primitives::OnEscrowExhausted;
use frame_support::{
	derive_impl, parameter_types,
	traits::{fungible::InspectHold, ConstU128, Hooks},
	weights::Weight,
	PalletId,
};
use sp_runtime::{BuildStorage, Perbill};

type Block = frame_system::mocking::MockBlockU32<Test>;
pub type Balance = u128;
pub type AccountId = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Escrow: pallet_escrow,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
	// So that `on_idle`'s read of its cursor weighs something.
	type DbWeight = frame_support::weights::constants::RocksDbWeight;
}

pub const ED: Balance = 10;

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type ExistentialDeposit = ConstU128<ED>;
	type AccountStore = System;
}

/// The tenant.
pub const ALICE: AccountId = 1;
/// The provider.
pub const BOB: AccountId = 2;
/// A third party.
pub const CHARLIE: AccountId = 3;
/// An account that does not exist.
pub const DAVE: AccountId = 4;
/// The treasury.
pub const TREASURY: AccountId = 99;

pub const ALICE_FUNDS: Balance = 1_000_000;
pub const BOB_FUNDS: Balance = 1_000;
pub const CHARLIE_FUNDS: Balance = 1_000_000;
pub const TREASURY_FUNDS: Balance = 100;

parameter_types! {
	pub const EscrowPalletId: PalletId = PalletId(*b"dinf/esc");
	pub static TakeRate: Perbill = Perbill::from_percent(10);
	pub static FeeDestination: AccountId = TREASURY;
	pub static GracePeriod: u32 = 10;
	pub static MaxExpiriesPerBlock: u32 = 5;
}

thread_local! {
	static EXHAUSTED: RefCell<Vec<AccountIndex>> = const { RefCell::new(Vec::new()) };
}

/// Records which accounts were closed for lack of funds.
pub struct RecordExhausted;
impl OnEscrowExhausted<AccountIndex> for RecordExhausted {
	fn on_exhausted(account: AccountIndex) {
		EXHAUSTED.with(|e| e.borrow_mut().push(account));
	}
}

/// The accounts the escrow reported exhausted so far.
pub fn exhausted() -> Vec<AccountIndex> {
	EXHAUSTED.with(|e| e.borrow().clone())
}

impl pallet_escrow::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type PalletId = EscrowPalletId;
	type TakeRate = TakeRate;
	type FeeDestination = FeeDestination;
	type GracePeriod = GracePeriod;
	type MaxExpiriesPerBlock = MaxExpiriesPerBlock;
	type OnExhausted = RecordExhausted;
	type WeightInfo = ();
}

/// Builds test externalities.
pub struct ExtBuilder {
	balances: Vec<(AccountId, Balance)>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self {
			balances: vec![
				(ALICE, ALICE_FUNDS),
				(BOB, BOB_FUNDS),
				(CHARLIE, CHARLIE_FUNDS),
				(TREASURY, TREASURY_FUNDS),
			],
		}
	}
}

impl ExtBuilder {
	/// Adds an endowed account.
	pub fn with_balance(mut self, who: AccountId, amount: Balance) -> Self {
		self.balances.push((who, amount));
		self
	}

	/// The externalities, at block 1.
	pub fn build(self) -> sp_io::TestExternalities {
		EXHAUSTED.with(|e| e.borrow_mut().clear());
		TakeRate::set(Perbill::from_percent(10));
		FeeDestination::set(TREASURY);
		GracePeriod::set(10);
		MaxExpiriesPerBlock::set(5);
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> { balances: self.balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test` at block 1, then checks the escrow's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Escrow::do_try_state().expect("escrow invariants hold after the test");
		});
	}
}

/// Test externalities with the default accounts (for the benchmarks).
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder::default().build()
}

/// Goes to block `n`, running the escrow's `on_initialize` (not `on_idle`: see [`run_idle`])
/// and checking its invariants at each block. Returns the weight of the last `on_initialize`.
pub fn run_to_block(n: u32) -> Weight {
	let mut weight = Weight::zero();
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		weight = Escrow::on_initialize(next);
		Escrow::do_try_state().expect("escrow invariants hold after every block");
	}
	weight
}

/// Runs the escrow's `on_idle` at the current block with `remaining` weight, then checks its
/// invariants. Returns the weight it used.
pub fn run_idle(remaining: Weight) -> Weight {
	let weight = Escrow::on_idle(System::block_number(), remaining);
	Escrow::do_try_state().expect("escrow invariants hold after on_idle");
	weight
}

/// Empties the treasury (the fee destination) so that it is reaped, as a treasury spend of
/// everything would.
pub fn reap_treasury() {
	frame_support::assert_ok!(Balances::transfer_all(
		RuntimeOrigin::signed(TREASURY),
		CHARLIE,
		false
	));
	assert!(!System::account_exists(&TREASURY));
}

/// Free balance.
pub fn free(who: AccountId) -> Balance {
	Balances::free_balance(who)
}

/// What the escrow holds.
pub fn held() -> Balance {
	Balances::balance_on_hold(&crate::HoldReason::Escrow.into(), &Escrow::account_id())
}

/// The escrow's events since the last call, oldest first.
pub fn events() -> Vec<crate::Event<Test>> {
	let events = System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Escrow(e) = r.event { Some(e) } else { None })
		.collect();
	System::reset_events();
	events
}
