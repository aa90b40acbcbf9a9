//! The marketplace pallets: protocol parameters (set by governance) and the pallets that read
//! them through `Get` adapters.

use frame_support::{parameter_types, traits::EitherOf, PalletId};
use frame_system::EnsureRoot;
use pallet_protocol_params::{fields, ParamGetter};
use sp_runtime::Perbill;

use super::governance::{RootOrTwoThirdsCouncil, TreasuryAccount};
use crate::{
	deposit, governance::ProtocolParamsAdmin, AccountId, Balance, Balances, Runtime,
	RuntimeHoldReason, UNIT,
};

parameter_types! {
	/// The take rate can never exceed 20%.
	pub const MaxTakeRate: Perbill = Perbill::from_percent(20);
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
	type MaxBidsPerOrderLimit = frame_support::traits::ConstU32<32>;
	type MaxDeploymentVersionsLimit = frame_support::traits::ConstU32<64>;
	type MaxExpiryItemsPerBlock = frame_support::traits::ConstU32<256>;
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
	type OnExhausted = ();
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
