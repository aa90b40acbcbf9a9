//! Governance: the treasury that receives the marketplace's take, and the council
//! (`pallet-collective`) whose membership (`pallet-membership`) only root — a referendum on
//! a governed chain — may change.

use frame_support::{
	parameter_types,
	traits::{
		tokens::{PayFromAccount, UnityAssetBalanceConversion},
		EitherOfDiverse,
	},
	PalletId,
};
use frame_system::{EnsureRoot, EnsureRootWithSuccess};
use sp_runtime::{traits::IdentityLookup, Permill};

use super::RuntimeBlockWeights;
use crate::{
	AccountId, Balance, Balances, BlockNumber, Council, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeOrigin, System, Treasury, DAYS, UNIT,
};

/// The council instance of `pallet-collective` and `pallet-membership`.
pub type CouncilInstance = pallet_collective::Instance1;

/// Root, or at least two thirds of the council.
pub type RootOrTwoThirdsCouncil = EitherOfDiverse<
	EnsureRoot<AccountId>,
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilInstance, 2, 3>,
>;

#[cfg(not(feature = "fast-runtime"))]
mod periods {
	use super::*;
	/// How long a council motion stays open.
	pub const COUNCIL_MOTION_DURATION: BlockNumber = 3 * DAYS;
	/// How often the treasury runs its spend period.
	pub const TREASURY_SPEND_PERIOD: BlockNumber = 7 * DAYS;
	/// How long an approved treasury spend may be claimed.
	pub const TREASURY_PAYOUT_PERIOD: BlockNumber = 30 * DAYS;
}
#[cfg(feature = "fast-runtime")]
mod periods {
	use super::*;
	/// How long a council motion stays open.
	pub const COUNCIL_MOTION_DURATION: BlockNumber = 20;
	/// How often the treasury runs its spend period.
	pub const TREASURY_SPEND_PERIOD: BlockNumber = 20;
	/// How long an approved treasury spend may be claimed.
	pub const TREASURY_PAYOUT_PERIOD: BlockNumber = 100;
	// `DAYS` is unused with short periods.
	const _: BlockNumber = DAYS;
}
pub use periods::*;

parameter_types! {
	/// The treasury's pallet id; its account receives the marketplace's take rate.
	pub const TreasuryPalletId: PalletId = PalletId(*b"di/trsry");
	/// The treasury's account.
	pub TreasuryAccount: AccountId = Treasury::account_id();
	/// Nothing is burnt from an unspent treasury.
	pub const TreasuryBurn: Permill = Permill::zero();
	/// Root may spend up to this much in one go.
	pub const MaxTreasurySpend: Balance = 1_000_000 * UNIT;
	/// How long a council motion stays open.
	pub const CouncilMotionDuration: BlockNumber = COUNCIL_MOTION_DURATION;
	/// Treasury spend period.
	pub const SpendPeriod: BlockNumber = TREASURY_SPEND_PERIOD;
	/// Treasury payout period.
	pub const PayoutPeriod: BlockNumber = TREASURY_PAYOUT_PERIOD;
	/// A council motion may use at most half a block.
	pub MaxCouncilProposalWeight: frame_support::weights::Weight =
		sp_runtime::Perbill::from_percent(50) * RuntimeBlockWeights::get().max_block;
}

impl pallet_treasury::Config for Runtime {
	type Currency = Balances;
	type RejectOrigin = RootOrTwoThirdsCouncil;
	type RuntimeEvent = RuntimeEvent;
	type SpendPeriod = SpendPeriod;
	type Burn = TreasuryBurn;
	type PalletId = TreasuryPalletId;
	type BurnDestination = ();
	type WeightInfo = pallet_treasury::weights::SubstrateWeight<Runtime>;
	type SpendFunds = ();
	type MaxApprovals = frame_support::traits::ConstU32<100>;
	type SpendOrigin = EnsureRootWithSuccess<AccountId, MaxTreasurySpend>;
	type AssetKind = ();
	type Beneficiary = AccountId;
	type BeneficiaryLookup = IdentityLookup<AccountId>;
	type Paymaster = PayFromAccount<Balances, TreasuryAccount>;
	type BalanceConverter = UnityAssetBalanceConversion;
	type PayoutPeriod = PayoutPeriod;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
	type BlockNumberProvider = System;
}

impl pallet_collective::Config<CouncilInstance> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CouncilMotionDuration;
	type MaxProposals = frame_support::traits::ConstU32<100>;
	type MaxMembers = frame_support::traits::ConstU32<100>;
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	// Membership is managed by `CouncilMembership`, never set directly.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxCouncilProposalWeight;
	type DisapproveOrigin = EnsureRoot<AccountId>;
	type KillOrigin = EnsureRoot<AccountId>;
	// Only members may propose; no deposit is needed to keep out spam.
	type Consideration = ();
}

impl pallet_membership::Config<CouncilInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = EnsureRoot<AccountId>;
	type RemoveOrigin = EnsureRoot<AccountId>;
	type SwapOrigin = EnsureRoot<AccountId>;
	type ResetOrigin = EnsureRoot<AccountId>;
	type PrimeOrigin = EnsureRoot<AccountId>;
	type MembershipInitialized = Council;
	type MembershipChanged = Council;
	type MaxMembers = frame_support::traits::ConstU32<100>;
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}
