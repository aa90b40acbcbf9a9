//! Governance: token-holder referenda (`pallet-referenda` + `pallet-conviction-voting`, with
//! preimages and the scheduler) on the tracks of [`crate::governance::tracks`], the council
//! (`pallet-collective`) whose membership (`pallet-membership`) only a root referendum may
//! change, the council's fast track (`pallet-whitelist`), and the treasury that receives the
//! marketplace's take. Referenda are cancelled and killed by token holders on their own tracks,
//! never by the council.

use frame_support::{
	parameter_types,
	traits::{
		fungible::HoldConsideration,
		tokens::{currency::ActiveIssuanceOf, PayFromAccount, UnityAssetBalanceConversion},
		AsEnsureOriginWithArg, EitherOf, EitherOfDiverse, EqualPrivilegeOnly, LinearStoragePrice,
		MapSuccess,
	},
	PalletId,
};
use frame_system::{EnsureRoot, EnsureRootWithSuccess, EnsureSigned};
use sp_runtime::{
	traits::{IdentityLookup, Replace},
	Permill,
};

use super::RuntimeBlockWeights;
use crate::{
	deposit,
	governance::{
		tracks::TracksInfo, ReferendumCanceller, ReferendumKiller, Treasurer, WhitelistedCaller,
	},
	AccountId, Balance, Balances, BlockNumber, Council, OriginCaller, Preimage, Referenda, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, Scheduler, System, Treasury, DAYS,
	UNIT,
};

/// The council instance of `pallet-collective` and `pallet-membership`.
pub type CouncilInstance = pallet_collective::Instance1;

/// Root, or at least two thirds of the council.
pub type RootOrTwoThirdsCouncil = EitherOfDiverse<
	EnsureRoot<AccountId>,
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilInstance, 2, 3>,
>;

/// Root, or a referendum on the `referendum_canceller` track: cancels a referendum, and (in
/// the providers pallet) a pending slash. Never the council.
pub type RootOrReferendumCanceller = EitherOf<EnsureRoot<AccountId>, ReferendumCanceller>;

/// Root, or a referendum on the `referendum_killer` track: kills a referendum. Never the
/// council.
pub type RootOrReferendumKiller = EitherOf<EnsureRoot<AccountId>, ReferendumKiller>;

#[cfg(not(feature = "fast-runtime"))]
mod periods {
	use super::*;
	/// How long a council motion stays open.
	pub const COUNCIL_MOTION_DURATION: BlockNumber = 3 * DAYS;
	/// How often the treasury runs its spend period.
	pub const TREASURY_SPEND_PERIOD: BlockNumber = 7 * DAYS;
	/// How long an approved treasury spend may be claimed.
	pub const TREASURY_PAYOUT_PERIOD: BlockNumber = 30 * DAYS;
	/// How long votes stay locked per conviction step.
	pub const VOTE_LOCKING_PERIOD: BlockNumber = 7 * DAYS;
	/// How long a submitted referendum may wait for its decision deposit.
	pub const UNDECIDING_TIMEOUT: BlockNumber = 14 * DAYS;
	/// How long a whitelisted call may wait to be dispatched.
	pub const WHITELIST_EXPIRATION: BlockNumber = 30 * DAYS;
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
	/// How long votes stay locked per conviction step.
	pub const VOTE_LOCKING_PERIOD: BlockNumber = 10;
	/// How long a submitted referendum may wait for its decision deposit.
	pub const UNDECIDING_TIMEOUT: BlockNumber = 50;
	/// How long a whitelisted call may wait to be dispatched.
	pub const WHITELIST_EXPIRATION: BlockNumber = 100;
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
	type WeightInfo = crate::weights::pallet_treasury::WeightInfo<Runtime>;
	type SpendFunds = ();
	type MaxApprovals = frame_support::traits::ConstU32<100>;
	// Root, or a referendum on the `treasurer` track, up to `MaxTreasurySpend` per spend.
	type SpendOrigin = EitherOf<
		EnsureRootWithSuccess<AccountId, MaxTreasurySpend>,
		MapSuccess<Treasurer, Replace<MaxTreasurySpend>>,
	>;
	type AssetKind = ();
	type Beneficiary = AccountId;
	type BeneficiaryLookup = IdentityLookup<AccountId>;
	type Paymaster = PayFromAccount<Balances, TreasuryAccount>;
	type BalanceConverter = UnityAssetBalanceConversion;
	type PayoutPeriod = PayoutPeriod;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TreasuryBenchmarkHelper;
	type BlockNumberProvider = System;
}

/// Spend arguments for the treasury benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct TreasuryBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_treasury::ArgumentsFactory<(), AccountId> for TreasuryBenchmarkHelper {
	fn create_asset_kind(_seed: u32) {}

	/// A beneficiary that already holds the existential deposit: the benchmarks pay out 100
	/// planck, far below it, which a new account could not receive.
	fn create_beneficiary(seed: [u8; 32]) -> AccountId {
		use frame_support::traits::fungible::Mutate;
		let who = AccountId::from(seed);
		let _ = Balances::mint_into(&who, crate::EXISTENTIAL_DEPOSIT);
		who
	}
}

impl pallet_collective::Config<CouncilInstance> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CouncilMotionDuration;
	type MaxProposals = frame_support::traits::ConstU32<100>;
	type MaxMembers = frame_support::traits::ConstU32<100>;
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = crate::weights::pallet_collective::WeightInfo<Runtime>;
	// Membership is managed by `CouncilMembership`, never set directly.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxCouncilProposalWeight;
	type DisapproveOrigin = EnsureRoot<AccountId>;
	type KillOrigin = EnsureRoot<AccountId>;
	// Only members may propose; no deposit is needed to keep out spam.
	type Consideration = ();
}

// Only root (a referendum on the `root` track) changes the council: no council motion can add,
// remove or swap members, so token holders can always replace it.
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
	type WeightInfo = crate::weights::pallet_membership::WeightInfo<Runtime>;
}

parameter_types! {
	/// Deposit for storing a preimage: like any storage item, by bytes.
	pub const PreimageBaseDeposit: Balance = deposit(2, 64);
	/// Per-byte deposit for a preimage.
	pub const PreimageByteDeposit: Balance = deposit(0, 1);
	/// The hold reason of preimage deposits.
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
}

impl pallet_preimage::Config for Runtime {
	type WeightInfo = crate::weights::pallet_preimage::WeightInfo<Runtime>;
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

parameter_types! {
	/// Scheduled calls may use up to 80% of a block.
	pub MaximumSchedulerWeight: frame_support::weights::Weight =
		sp_runtime::Perbill::from_percent(80) * RuntimeBlockWeights::get().max_block;
}

impl pallet_scheduler::Config for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeEvent = RuntimeEvent;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	// Only root schedules directly; referenda schedule through their own origin.
	type ScheduleOrigin = EnsureRoot<AccountId>;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type MaxScheduledPerBlock = frame_support::traits::ConstU32<50>;
	type WeightInfo = crate::weights::pallet_scheduler::WeightInfo<Runtime>;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

parameter_types! {
	/// How long votes stay locked per conviction step (conviction 1x locks this long,
	/// 2x twice as long, ... 6x 32 times).
	pub const VoteLockingPeriod: BlockNumber = VOTE_LOCKING_PERIOD;
}

impl pallet_conviction_voting::Config for Runtime {
	type WeightInfo = crate::weights::pallet_conviction_voting::WeightInfo<Runtime>;
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type Polls = Referenda;
	type MaxTurnout = ActiveIssuanceOf<Balances, AccountId>;
	type MaxVotes = frame_support::traits::ConstU32<512>;
	type VoteLockingPeriod = VoteLockingPeriod;
	type BlockNumberProvider = System;
	type VotingHooks = ();
}

parameter_types! {
	/// Deposit to submit a referendum: refundable (`referenda.refund_submission_deposit`) once
	/// the referendum is approved or cancelled; it stays held after a rejection or a timeout
	/// (pallet-referenda's rule, as on Polkadot) and goes to the treasury when it is killed.
	pub const SubmissionDeposit: Balance = 10 * UNIT;
	/// How long a referendum may wait for its decision deposit before it times out.
	pub const UndecidingTimeout: BlockNumber = UNDECIDING_TIMEOUT;
}

impl pallet_referenda::Config for Runtime {
	type WeightInfo = crate::weights::pallet_referenda::WeightInfo<Runtime>;
	type RuntimeCall = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type Scheduler = Scheduler;
	type Currency = Balances;
	// Any account may submit a referendum on any track, with a deposit.
	type SubmitOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	// Token holders guard referenda, not the council (which must never be able to stop the
	// root referendum that replaces it): a referendum on `referendum_canceller` cancels one
	// (deposits returned), on `referendum_killer` kills one (deposits slashed to the treasury).
	type CancelOrigin = RootOrReferendumCanceller;
	type KillOrigin = RootOrReferendumKiller;
	type Slash = Treasury;
	type Votes = Balance;
	type Tally = pallet_conviction_voting::TallyOf<Runtime>;
	type SubmissionDeposit = SubmissionDeposit;
	type MaxQueued = frame_support::traits::ConstU32<100>;
	type UndecidingTimeout = UndecidingTimeout;
	type AlarmInterval = frame_support::traits::ConstU32<1>;
	type Tracks = TracksInfo;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

impl crate::governance::pallet_custom_origins::Config for Runtime {}

parameter_types! {
	/// How long a whitelisted call may wait to be dispatched.
	pub const WhitelistExpiration: BlockNumber = WHITELIST_EXPIRATION;
}

impl pallet_whitelist::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	// Two thirds of the council whitelist a call for the fast track.
	type WhitelistOrigin = RootOrTwoThirdsCouncil;
	// A referendum on the `whitelisted_caller` track dispatches it.
	type DispatchWhitelistedOrigin = EitherOf<EnsureRoot<AccountId>, WhitelistedCaller>;
	type Preimages = Preimage;
	type DeferredDispatchExpiration = WhitelistExpiration;
	type BlockNumberProvider = System;
	type WeightInfo = crate::weights::pallet_whitelist::WeightInfo<Runtime>;
}
