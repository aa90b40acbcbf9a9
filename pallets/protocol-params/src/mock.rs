//! A mock runtime for the tests.

use crate as pallet_protocol_params;
use frame_support::{derive_impl, parameter_types, traits::ConstU32};
use frame_system::EnsureRoot;
use sp_runtime::{BuildStorage, Perbill};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		ProtocolParams: pallet_protocol_params,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

parameter_types! {
	pub const MaxTakeRate: Perbill = Perbill::from_percent(20);
}

impl pallet_protocol_params::Config for Test {
	type Balance = u128;
	type UpdateOrigin = EnsureRoot<u64>;
	type MaxTakeRate = MaxTakeRate;
	type MinGracePeriod = frame_support::traits::ConstU64<10>;
	type MinUnbondingPeriod = frame_support::traits::ConstU64<20>;
	type MinProviderBondFloor = frame_support::traits::ConstU128<100>;
	type MinLeaseDepositFloor = frame_support::traits::ConstU128<10>;
	type MinBidDepositFloor = frame_support::traits::ConstU128<1>;
	type MaxBidsPerOrderLimit = ConstU32<32>;
	type MaxDeploymentVersionsLimit = ConstU32<64>;
	type MaxExpiryItemsPerBlock = ConstU32<200>;
	type MinExpiryItemsPerBlock = ConstU32<1>;
	type MinBidTtl = frame_support::traits::ConstU64<5>;
	type MaxBidTtl = frame_support::traits::ConstU64<1_000>;
	type WeightInfo = ();
}

/// The parameters the tests start from.
pub fn genesis_params() -> crate::ParamsOf<Test> {
	crate::ProtocolParams {
		min_provider_bond: 1_000,
		unbonding_period: 100,
		bid_deposit: 5,
		max_bids_per_order: 16,
		min_lease_deposit: 50,
		take_rate: Perbill::from_percent(5),
		grace_period: 30,
		early_close_penalty: 200,
		provider_minimum_term: 50,
		deployment_deposit_per_byte: 2,
		max_deployment_versions: 10,
		expiry_items_per_block: 50,
		bid_ttl: 100,
	}
}

/// Externalities with the genesis parameters of [`genesis_params`].
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = RuntimeGenesisConfig {
		system: Default::default(),
		protocol_params: pallet_protocol_params::GenesisConfig { params: Some(genesis_params()) },
	}
	.build_storage()
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs a test, then checks the pallet's invariants.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		ProtocolParams::do_try_state().expect("invariants hold");
	});
}
