//! Types of the provider registry: what a provider submits, what is stored about it, its
//! unbonding chunks, its pending slash and its reputation.

use crate::Config;
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use deinfra_primitives::{AttributeKey, AttributeValue, GpuModel, RegionCode, Resources};
use frame_support::{traits::fungible, BoundedVec, CloneNoBound, EqNoBound, PartialEqNoBound};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_runtime::{traits::Saturating, Permill};

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A provider's endpoint URI (e.g. `https://node1.example.com:8443`).
pub type EndpointOf<T> = BoundedVec<u8, <T as Config>::MaxEndpointLen>;

/// The GPU kinds of a provider.
pub type GpusOf<T> = BoundedVec<GpuSpec, <T as Config>::MaxGpuKinds>;

/// The attributes of a provider.
pub type AttributesOf<T> = BoundedVec<Attribute, <T as Config>::MaxAttributes>;

/// The keys of attributes an auditor verifies or unverifies in one call.
pub type AttributeKeysOf<T> = BoundedVec<AttributeKey, <T as Config>::MaxAttributes>;

/// The unbonding chunks of an account.
pub type UnbondingChunksOf<T> =
	BoundedVec<UnbondingChunk<BalanceOf<T>, BlockNumberFor<T>>, <T as Config>::MaxUnbondingChunks>;

/// Whether a provider takes new orders.
#[derive(
	Clone,
	Copy,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum ProviderStatus {
	/// The provider takes new orders.
	#[default]
	Active,
	/// The provider takes no new orders; its running leases go on.
	Maintenance,
}

/// One kind of GPU a provider offers.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct GpuSpec {
	/// The model name (e.g. `nvidia-h100`), not empty.
	pub model: GpuModel,
	/// Memory per GPU, in GiB.
	pub vram_gib: u32,
	/// How many GPUs of this kind, at least one.
	pub count: u32,
}

/// Prices per resource unit per block.
#[derive(
	Clone,
	Copy,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Prices<Balance> {
	/// Per millicore of CPU per block.
	pub cpu_millicore: Balance,
	/// Per MiB of memory per block.
	pub memory_mib: Balance,
	/// Per GiB of storage per block.
	pub storage_gib: Balance,
	/// Per Mbit/s of bandwidth per block.
	pub bandwidth_mbps: Balance,
	/// Per GPU per block.
	pub gpu: Balance,
}

/// A stored attribute: a key, its value, and whether an auditor verified it.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Attribute {
	/// The key, unique among a provider's attributes.
	pub key: AttributeKey,
	/// The value.
	pub value: AttributeValue,
	/// Whether an auditor attested this value; cleared when the value changes.
	pub verified: bool,
}

/// What a provider submits to `register`. Lists are plain vectors so that oversized input is
/// rejected with a named error rather than at decoding; they are bounded on storage.
#[derive(Clone, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo)]
pub struct ProviderInfo<Balance> {
	/// Endpoint URI with a scheme, e.g. `https://node1.example.com`; at most `MaxEndpointLen`
	/// bytes.
	pub endpoint: Vec<u8>,
	/// Region code matching `[A-Z]{2}(-[A-Z0-9]{1,3})?`, e.g. `DE` or `US-CA`.
	pub region: RegionCode,
	/// Total capacity offered; `capacity.gpus` must equal the sum of the GPU counts in `gpus`.
	pub capacity: Resources,
	/// GPU kinds offered, at most `MaxGpuKinds`.
	pub gpus: Vec<GpuSpec>,
	/// Prices per resource unit per block.
	pub prices: Prices<Balance>,
	/// Free-form attributes with unique keys, at most `MaxAttributes`.
	pub attributes: Vec<(AttributeKey, AttributeValue)>,
}

/// What the chain stores about a registered provider.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	frame_support::DebugNoBound,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct ProviderRecord<T: Config> {
	/// Endpoint URI.
	pub endpoint: EndpointOf<T>,
	/// Region code.
	pub region: RegionCode,
	/// Total capacity offered.
	pub capacity: Resources,
	/// GPU kinds offered; their counts add up to `capacity.gpus`.
	pub gpus: GpusOf<T>,
	/// Prices per resource unit per block.
	pub prices: Prices<BalanceOf<T>>,
	/// Attributes, with their verification flags.
	pub attributes: AttributesOf<T>,
	/// Whether the provider takes new orders.
	pub status: ProviderStatus,
	/// Active bond, held under `HoldReason::ProviderBond` (unbonding funds are not counted).
	pub bond: BalanceOf<T>,
	/// Storage deposit, held under `HoldReason::ProviderDeposit`.
	pub deposit: BalanceOf<T>,
	/// Capacity used by active leases; never more than `capacity`.
	pub allocated: Resources,
	/// Number of active leases (capacity reservations not yet released).
	pub active_leases: u32,
	/// Block of registration.
	pub registered_at: BlockNumberFor<T>,
}

impl<T: Config> ProviderRecord<T> {
	/// Capacity not used by active leases, or `None` if the record is inconsistent.
	pub fn free_capacity(&self) -> Option<Resources> {
		self.capacity.checked_sub(&self.allocated)
	}

	/// The attribute with key `key`, if any.
	pub fn attribute(&self, key: &[u8]) -> Option<&Attribute> {
		self.attributes.iter().find(|a| a.key.as_slice() == key)
	}
}

/// Bonded funds on their way out: held, and slashable, until withdrawn; withdrawable from
/// `started + UnbondingPeriod`, with the unbonding period read when the chunk is withdrawn (or
/// slashed), so a governance change of the period applies to chunks already scheduled.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct UnbondingChunk<Balance, BlockNumber> {
	/// Amount still held.
	pub amount: Balance,
	/// The block the chunk started unbonding; for chunks merged into one, the latest.
	pub started: BlockNumber,
}

impl<Balance, BlockNumber: Saturating + Copy> UnbondingChunk<Balance, BlockNumber> {
	/// The first block at which `withdraw_unbonded` releases the chunk under an unbonding
	/// period of `period` blocks: `started + period`.
	pub fn unlock_at(&self, period: BlockNumber) -> BlockNumber {
		self.started.saturating_add(period)
	}
}

/// A slash proposed by `SlashOrigin`, waiting for its deferral to end (when anyone may apply
/// it) or for `SlashCancelOrigin` to cancel it.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct PendingSlash<Balance, BlockNumber> {
	/// The amount to take; not zero, and at most the provider's bond (active and unbonding)
	/// when it was proposed.
	pub amount: Balance,
	/// The block of the proposal.
	pub proposed_at: BlockNumber,
	/// The first block at which `apply_slash` may apply it: `proposed_at + SlashDeferral`.
	pub apply_at: BlockNumber,
}

/// The pending slash of a provider, as stored.
pub type PendingSlashOf<T> = PendingSlash<BalanceOf<T>, BlockNumberFor<T>>;

/// A provider's track record, kept after deregistration so that it cannot be washed by
/// registering again.
///
/// `score = (completed + 1) / (completed + 1 + 2 × closed_early + 5 × slashed)`: a provider
/// without history scores 100%; each early close weighs as much as two completed leases
/// against it, each slash as much as five.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct ReputationRecord {
	/// Leases that ran their course or were closed by the tenant.
	pub completed: u32,
	/// Leases the provider closed before their minimum term.
	pub closed_early: u32,
	/// Leases over which the provider was slashed.
	pub slashed: u32,
	/// The score computed from the counters (see the type's documentation).
	pub score: Permill,
}

impl Default for ReputationRecord {
	fn default() -> Self {
		Self { completed: 0, closed_early: 0, slashed: 0, score: Permill::one() }
	}
}

impl ReputationRecord {
	/// Weight of an early close against the provider, in completed leases.
	pub const CLOSED_EARLY_WEIGHT: u64 = 2;
	/// Weight of a slash against the provider, in completed leases.
	pub const SLASHED_WEIGHT: u64 = 5;

	/// The score the counters give: `(c + 1) / (c + 1 + 2e + 5s)`.
	pub fn compute_score(&self) -> Permill {
		let good = u64::from(self.completed).saturating_add(1);
		let bad = u64::from(self.closed_early)
			.saturating_mul(Self::CLOSED_EARLY_WEIGHT)
			.saturating_add(u64::from(self.slashed).saturating_mul(Self::SLASHED_WEIGHT));
		Permill::from_rational(good, good.saturating_add(bad))
	}
}
