//! # DeInfra primitives
//!
//! Types and traits shared by the marketplace pallets, so that each pallet depends on an
//! interface rather than on another pallet's storage:
//! - [`Resources`]: an amount of compute capacity (CPU, memory, storage, bandwidth, GPUs);
//! - [`ProviderRegistry`]: what `pallet-providers` offers the market (is a provider active,
//!   does it match a request, reserve and release capacity, reputation, slashing);
//! - [`Escrow`]: what `pallet-escrow` offers the market (accounts, payment streams, lazy
//!   settlement), and [`OnEscrowExhausted`], how the escrow tells its user that a stream
//!   was closed because the funds ran out.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

use alloc::vec::Vec;

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::ConstU32, BoundedVec};
use scale_info::TypeInfo;
use sp_runtime::{DispatchError, DispatchResult};

/// Longest GPU model name, in bytes (e.g. `nvidia-h100-80gb`).
pub type MaxGpuModelLen = ConstU32<32>;
/// A GPU model name.
pub type GpuModel = BoundedVec<u8, MaxGpuModelLen>;
/// A region code: ISO 3166-1 alpha-2 country, optionally `-` and a subdivision
/// (e.g. `DE`, `US-CA`), upper-case ASCII, at most 8 bytes.
pub type RegionCode = BoundedVec<u8, ConstU32<8>>;
/// Longest attribute key or value, in bytes.
pub type MaxAttributeLen = ConstU32<64>;
/// A provider attribute key (e.g. `tier`, `datacenter`).
pub type AttributeKey = BoundedVec<u8, MaxAttributeLen>;
/// A provider attribute value.
pub type AttributeValue = BoundedVec<u8, MaxAttributeLen>;
/// Most attributes an order may require.
pub type MaxRequiredAttributes = ConstU32<8>;

/// An amount of compute capacity: what a provider offers, what a lease uses.
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
pub struct Resources {
	/// CPU, in thousandths of a core.
	pub cpu_millicores: u64,
	/// Memory, in MiB.
	pub memory_mib: u64,
	/// Storage, in GiB.
	pub storage_gib: u64,
	/// Network bandwidth, in Mbit/s.
	pub bandwidth_mbps: u64,
	/// Number of GPUs.
	pub gpus: u32,
}

impl Resources {
	/// `self + other`, or `None` on overflow.
	pub fn checked_add(&self, other: &Self) -> Option<Self> {
		Some(Self {
			cpu_millicores: self.cpu_millicores.checked_add(other.cpu_millicores)?,
			memory_mib: self.memory_mib.checked_add(other.memory_mib)?,
			storage_gib: self.storage_gib.checked_add(other.storage_gib)?,
			bandwidth_mbps: self.bandwidth_mbps.checked_add(other.bandwidth_mbps)?,
			gpus: self.gpus.checked_add(other.gpus)?,
		})
	}

	/// `self - other`, or `None` if any component would go below zero.
	pub fn checked_sub(&self, other: &Self) -> Option<Self> {
		Some(Self {
			cpu_millicores: self.cpu_millicores.checked_sub(other.cpu_millicores)?,
			memory_mib: self.memory_mib.checked_sub(other.memory_mib)?,
			storage_gib: self.storage_gib.checked_sub(other.storage_gib)?,
			bandwidth_mbps: self.bandwidth_mbps.checked_sub(other.bandwidth_mbps)?,
			gpus: self.gpus.checked_sub(other.gpus)?,
		})
	}

	/// Whether every component of `self` is at most the same component of `limit`.
	pub fn fits_within(&self, limit: &Self) -> bool {
		limit.checked_sub(self).is_some()
	}

	/// Whether all components are zero.
	pub fn is_zero(&self) -> bool {
		*self == Self::default()
	}
}

/// A GPU a request needs: a model (empty: any model), a minimum memory and a count.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct GpuRequirement {
	/// The model, or empty for any model.
	pub model: GpuModel,
	/// Minimum memory per GPU, in GiB.
	pub min_vram_gib: u32,
	/// How many such GPUs.
	pub count: u32,
}

/// What a tenant asks of a provider: capacity, and where and how it must be offered.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct ResourceRequest {
	/// The capacity needed. `resources.gpus` must equal `gpu.count` when `gpu` is set.
	pub resources: Resources,
	/// The GPUs needed, if any.
	pub gpu: Option<GpuRequirement>,
	/// The region the provider must be in, if any.
	pub region: Option<RegionCode>,
	/// Attributes (key, value) the provider must have.
	pub attributes: BoundedVec<(AttributeKey, AttributeValue), MaxRequiredAttributes>,
	/// Whether the required attributes must be verified by an auditor.
	pub verified_attributes: bool,
}

/// How a lease ended, from the provider's point of view; feeds its reputation.
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
pub enum LeaseOutcome {
	/// The lease ran its course, or the tenant closed it.
	Completed,
	/// The provider closed the lease before its minimum term.
	ClosedEarlyByProvider,
	/// The provider was slashed over the lease.
	Slashed,
}

/// A provider's capacity at a block: what it offers, what its active leases use, what is free.
#[derive(Clone, Copy, Encode, Decode, Eq, PartialEq, Debug, TypeInfo)]
pub struct CapacityView {
	/// Total capacity offered.
	pub total: Resources,
	/// Used by active leases.
	pub allocated: Resources,
	/// `total - allocated`.
	pub free: Resources,
	/// How many leases are active.
	pub active_leases: u32,
	/// Whether the provider takes new orders (status `Active` and bond at least the minimum).
	pub active: bool,
}

/// One page of a listing, in ascending order of its cursor, and where the next page starts.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo)]
pub struct Page<Item, Cursor> {
	/// The entries of this page.
	pub items: Vec<Item>,
	/// Pass this as `start_after` for the next page; `None` when there is nothing more.
	pub next: Option<Cursor>,
}

impl<Item, Cursor> Default for Page<Item, Cursor> {
	fn default() -> Self {
		Self { items: Vec::new(), next: None }
	}
}

/// The most entries a page of a runtime query holds, whatever the caller asks.
pub const MAX_PAGE_SIZE: u32 = 100;

/// The most stored entries a runtime query reads to fill one page.
pub const MAX_PAGE_SCAN: u32 = 1_000;

/// The provider registry, as the market uses it.
pub trait ProviderRegistry<AccountId, Balance> {
	/// Whether `who` is a registered provider taking new orders.
	fn is_active(who: &AccountId) -> bool;

	/// Whether `who` is active, in the requested region, has the requested attributes (verified
	/// if asked) and GPUs, and has `request.resources` free.
	fn matches(who: &AccountId, request: &ResourceRequest) -> bool;

	/// Marks `resources` of `who`'s capacity as used by a lease.
	fn reserve_capacity(who: &AccountId, resources: &Resources) -> DispatchResult;

	/// Frees `resources` of `who`'s capacity that a lease used.
	fn release_capacity(who: &AccountId, resources: &Resources) -> DispatchResult;

	/// Records how a lease of `who` ended, updating its reputation.
	fn record_outcome(who: &AccountId, outcome: LeaseOutcome);

	/// Moves up to `amount` of `who`'s bond to `beneficiary`; returns what was moved.
	fn slash(
		who: &AccountId,
		amount: Balance,
		beneficiary: &AccountId,
	) -> Result<Balance, DispatchError>;

	/// Marks `requirement.count` GPUs of one of `who`'s GPU kinds (of the required model, or any
	/// model if none is named, with enough memory and free GPUs of that kind) as used by a
	/// lease; returns the model they were taken from. GPUs are accounted per model, so two
	/// leases never get the same GPU.
	fn reserve_gpus(
		who: &AccountId,
		requirement: &GpuRequirement,
	) -> Result<GpuModel, DispatchError>;

	/// Frees `count` GPUs of `model` that a lease of `who` used.
	fn release_gpus(who: &AccountId, model: &GpuModel, count: u32) -> DispatchResult;

	/// Moves up to `amount` of `who`'s *active* bond (never its unbonding funds) to
	/// `beneficiary`, as a penalty; returns what was moved.
	fn penalize(
		who: &AccountId,
		amount: Balance,
		beneficiary: &AccountId,
	) -> Result<Balance, DispatchError>;

	/// What `who`'s leases use now, `None` if it is not registered (for invariant checks).
	fn allocation(who: &AccountId) -> Option<Allocation>;
}

/// What a provider's active leases use, as its registry accounts it.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo, Default)]
pub struct Allocation {
	/// Capacity reserved by active leases.
	pub resources: Resources,
	/// How many leases reserved capacity.
	pub leases: u32,
	/// GPUs reserved, per model (models with none reserved are left out).
	pub gpus: Vec<(GpuModel, u32)>,
}

/// Who owns an escrow account and what its stream pays, if it has one.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo)]
pub struct EscrowInfo<AccountId, Balance> {
	/// The owner: receives the refund when the account closes.
	pub owner: AccountId,
	/// Whether another pallet (the market) manages the account.
	pub managed: bool,
	/// The stream's payee and rate per block, if a stream runs.
	pub stream: Option<(AccountId, Balance)>,
}

/// Escrow accounts with per-block payment streams, settled lazily.
pub trait Escrow<AccountId, Balance, BlockNumber> {
	/// Identifies an escrow account.
	type AccountIndex: Copy;

	/// Opens an account owned by `owner`, holding `deposit` from the owner's balance.
	fn open(owner: &AccountId, deposit: Balance) -> Result<Self::AccountIndex, DispatchError>;

	/// Adds `amount` from `from`'s balance to an open account (anyone may top up).
	fn deposit(from: &AccountId, account: Self::AccountIndex, amount: Balance) -> DispatchResult;

	/// Starts paying `payee` `rate` per block from now.
	fn start_stream(
		account: Self::AccountIndex,
		payee: &AccountId,
		rate: Balance,
	) -> DispatchResult;

	/// Settles what is due and stops the stream.
	fn stop_stream(account: Self::AccountIndex) -> DispatchResult;

	/// Pays the payee what is due now (less the take rate); returns what the payee got.
	fn settle(account: Self::AccountIndex) -> Result<Balance, DispatchError>;

	/// Settles, stops the stream, refunds the rest to the owner and closes the account;
	/// returns the refund.
	fn close(account: Self::AccountIndex) -> Result<Balance, DispatchError>;

	/// The unsettled balance of the account now, before what is owed.
	fn balance(account: Self::AccountIndex) -> Option<Balance>;

	/// What the payee is owed now, not yet settled (capped by the balance).
	fn owed(account: Self::AccountIndex) -> Option<Balance>;

	/// How many more blocks the account can pay its stream.
	fn runway(account: Self::AccountIndex) -> Option<BlockNumber>;

	/// What the account's current stream has paid since it started, take included, counting
	/// what it is owed now (capped by the balance): what the owner really paid for it.
	fn streamed(account: Self::AccountIndex) -> Option<Balance>;

	/// The account's owner and stream, `None` if the account is not open.
	fn info(account: Self::AccountIndex) -> Option<EscrowInfo<AccountId, Balance>>;
}

/// Told when the escrow closes a stream because its account ran out of funds and the
/// grace period passed.
pub trait OnEscrowExhausted<AccountIndex> {
	/// `account`'s stream was closed for lack of funds; the owner was refunded what was left.
	fn on_exhausted(account: AccountIndex);
}

impl<AccountIndex> OnEscrowExhausted<AccountIndex> for () {
	fn on_exhausted(_: AccountIndex) {}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn r(cpu: u64, mem: u64, gpus: u32) -> Resources {
		Resources { cpu_millicores: cpu, memory_mib: mem, storage_gib: 0, bandwidth_mbps: 0, gpus }
	}

	#[test]
	fn resources_add_and_sub_are_checked_per_component() {
		assert_eq!(r(1, 2, 3).checked_add(&r(1, 1, 1)), Some(r(2, 3, 4)));
		assert_eq!(r(u64::MAX, 0, 0).checked_add(&r(1, 0, 0)), None);
		assert_eq!(r(2, 2, 2).checked_sub(&r(1, 2, 0)), Some(r(1, 0, 2)));
		assert_eq!(r(2, 2, 2).checked_sub(&r(1, 3, 0)), None);
	}

	#[test]
	fn fits_within_needs_every_component_to_fit() {
		assert!(r(1, 1, 0).fits_within(&r(1, 1, 0)));
		assert!(!r(1, 2, 0).fits_within(&r(5, 1, 9)));
		assert!(Resources::default().is_zero());
		assert!(!r(0, 0, 1).is_zero());
	}
}
