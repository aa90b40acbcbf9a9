//! A mock runtime for the tests.

use crate as pallet_protocol_params;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64},
};
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
	type MinGracePeriod = ConstU64<10>;
	type MaxGracePeriod = ConstU64<500>;
	type MinUnbondingPeriod = ConstU64<20>;
	type MaxUnbondingPeriod = ConstU64<2_000>;
	type MinProviderBondFloor = ConstU128<100>;
	type MinProviderBondCeiling = ConstU128<100_000>;
	type MinLeaseDepositFloor = ConstU128<10>;
	type MinLeaseDepositCeiling = ConstU128<10_000>;
	type MinBidDepositFloor = ConstU128<1>;
	type MaxBidDeposit = ConstU128<50>;
	// Above 1 so that the tests see the constant, not the hard floor of 1, at work.
	type MinBidsPerOrder = ConstU32<2>;
	type MaxBidsPerOrderLimit = ConstU32<32>;
	type MaxEarlyClosePenalty = ConstU128<5_000>;
	type MinProviderMinimumTerm = ConstU64<10>;
	type MaxProviderMinimumTerm = ConstU64<500>;
	type MaxDeploymentDepositPerByte = ConstU128<100>;
	type MinDeploymentVersions = ConstU32<2>;
	type MaxDeploymentVersionsLimit = ConstU32<64>;
	type MaxExpiryItemsPerBlock = ConstU32<200>;
	type MinExpiryItemsPerBlock = ConstU32<1>;
	type MinBidTtl = ConstU64<5>;
	type MaxBidTtl = ConstU64<1_000>;
	type MinSlashDeferral = ConstU64<5>;
	type MaxSlashDeferral = ConstU64<600>;
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
		slash_deferral: 50,
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
