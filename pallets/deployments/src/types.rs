//! Types of the deployments pallet: the deployment record, its versions, provider status
//! reports, and the interface to the market's leases.

use crate::{cid::CidBytes, Config};
use alloc::{string::String, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::fungible, BoundedVec, CloneNoBound, EqNoBound, PartialEqNoBound};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;

/// Identifies a deployment; assigned from a counter, never reused.
pub type DeploymentId = u64;

/// Identifies a lease of the market.
pub type LeaseId = u64;

/// The number of a version of a deployment: 1 for the first, then one more for every push or
/// rollback; never reused, even after pruning.
pub type VersionNumber = u32;

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A deployment's name, unique among its owner's deployments.
pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLen>;

/// A short note on a version (e.g. a git commit or a changelog line).
pub type NoteOf<T> = BoundedVec<u8, <T as Config>::MaxNoteLen>;

/// The accounts besides the owner that may push versions and roll back.
pub type EditorsOf<T> =
	BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxEditors>;

/// A status report as stored, for a runtime `T`.
pub type StatusReportOf<T> = StatusReport<BlockNumberFor<T>>;

/// The market's leases, as this pallet sees them. The runtime implements it with the market
/// pallet.
pub trait LeaseInspect<AccountId> {
	/// The tenant of a lease, `None` if there is no such lease.
	fn tenant_of(lease: LeaseId) -> Option<AccountId>;
	/// The provider of a lease, `None` if there is no such lease.
	fn provider_of(lease: LeaseId) -> Option<AccountId>;
	/// Whether the lease is active (running, not closed).
	fn is_active(lease: LeaseId) -> bool;
}

/// No leases at all: every lease is unknown (for runtimes without a market).
impl<AccountId> LeaseInspect<AccountId> for () {
	fn tenant_of(_: LeaseId) -> Option<AccountId> {
		None
	}
	fn provider_of(_: LeaseId) -> Option<AccountId> {
		None
	}
	fn is_active(_: LeaseId) -> bool {
		false
	}
}

/// Creates what the benchmarks need that this pallet cannot create itself.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// An active lease of `tenant` with `provider`, as the market would make it.
	fn active_lease(tenant: &AccountId, provider: &AccountId) -> LeaseId;
}

/// How a version came about.
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
pub enum VersionOrigin {
	/// Created with the deployment (version 1).
	Created,
	/// Pushed with `push_version`.
	Pushed,
	/// A rollback to the version `to`, whose CID it repeats.
	Rollback {
		/// The version made current again.
		to: VersionNumber,
	},
}

/// One entry of a deployment's history.
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
pub struct Version<T: Config> {
	/// What is deployed: the canonical binary CIDv1 (see [`crate::cid`]).
	pub cid: CidBytes,
	/// The block the version was recorded in.
	pub created_at: BlockNumberFor<T>,
	/// Who recorded it (the owner or an editor).
	pub author: T::AccountId,
	/// How it came about.
	pub origin: VersionOrigin,
	/// An optional short note.
	pub note: Option<NoteOf<T>>,
	/// The storage deposit held from the owner for this entry; released when it is pruned or
	/// the deployment removed.
	pub deposit: BalanceOf<T>,
}

/// What the provider of a deployment's lease says about it.
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
pub enum DeploymentStatus {
	/// The version is running.
	Running,
	/// The version failed; `code` is the provider software's reason code.
	Failed {
		/// The reason code (meaning defined by the provider software, e.g. 1 = image pull
		/// failed, 2 = crashed, 3 = out of resources).
		code: u16,
	},
	/// The version was stopped.
	Stopped,
}

/// The last status reported for a deployment.
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
pub struct StatusReport<BlockNumber> {
	/// The version the report is about.
	pub version: VersionNumber,
	/// Its status.
	pub status: DeploymentStatus,
	/// The block it was reported in.
	pub reported_at: BlockNumber,
}

/// A deployment record.
///
/// Its history is the versions `oldest..=current` in [`crate::Versions`]: contiguous, because
/// versions are only appended (push and rollback) and pruned from the oldest end. The current
/// version is always the newest entry.
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
pub struct Deployment<T: Config> {
	/// The tenant who owns it and pays its deposits.
	pub owner: T::AccountId,
	/// Its name, unique among the owner's deployments.
	pub name: NameOf<T>,
	/// The lease it runs on, if bound; the lease's provider may report status.
	pub lease: Option<LeaseId>,
	/// Accounts besides the owner that may push versions and roll back.
	pub editors: EditorsOf<T>,
	/// The current version: the newest entry of the history.
	pub current: VersionNumber,
	/// The oldest version still kept.
	pub oldest: VersionNumber,
	/// The block it was created in.
	pub created_at: BlockNumberFor<T>,
	/// The storage deposit of the record itself (base plus its bytes).
	pub deposit: BalanceOf<T>,
	/// Everything held from the owner for this deployment: `deposit` plus the deposits of the
	/// versions kept.
	pub held: BalanceOf<T>,
}

impl<T: Config> Deployment<T> {
	/// The number of versions kept.
	pub fn kept(&self) -> u32 {
		self.current.saturating_sub(self.oldest).saturating_add(1)
	}

	/// Whether `who` may push versions and roll back: the owner or an editor.
	pub fn may_edit(&self, who: &T::AccountId) -> bool {
		self.owner == *who || self.editors.contains(who)
	}
}

/// A version of a deployment as the runtime API returns it: its CID as text.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo)]
pub struct VersionView<AccountId, Balance, BlockNumber> {
	/// The version's number.
	pub number: VersionNumber,
	/// The CID as multibase base32 text (`bafy…` for dag-pb, `bafk…` for raw, …), the form
	/// IPFS tools print for CIDv1.
	pub cid: String,
	/// The CIDv0 text (`Qm…`) of the same content, for dag-pb content hashed with sha2-256
	/// (the only kind a CIDv0 names); `None` otherwise.
	pub cid_v0: Option<String>,
	/// The block it was recorded in.
	pub created_at: BlockNumber,
	/// Who recorded it.
	pub author: AccountId,
	/// How it came about.
	pub origin: VersionOrigin,
	/// Its note, as text (invalid UTF-8 shown as U+FFFD).
	pub note: Option<String>,
	/// The storage deposit held for it.
	pub deposit: Balance,
}

/// A deployment as the runtime API returns it: the record, its last status report and its
/// kept history, with names, notes and CIDs as text.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo)]
pub struct DeploymentView<AccountId, Balance, BlockNumber> {
	/// The deployment's id.
	pub id: DeploymentId,
	/// The tenant who owns it.
	pub owner: AccountId,
	/// Its name, as text (invalid UTF-8 shown as U+FFFD).
	pub name: String,
	/// The lease it runs on, if bound.
	pub lease: Option<LeaseId>,
	/// Accounts besides the owner that may push versions and roll back.
	pub editors: Vec<AccountId>,
	/// The current version's number.
	pub current: VersionNumber,
	/// The oldest kept version's number.
	pub oldest: VersionNumber,
	/// The block it was created in.
	pub created_at: BlockNumber,
	/// The storage deposit of the record itself.
	pub deposit: Balance,
	/// Everything held from the owner for it (record and kept versions).
	pub held: Balance,
	/// The last status its lease's provider reported, if any.
	pub status: Option<StatusReport<BlockNumber>>,
	/// The kept history, oldest first; the last entry is the current version.
	pub versions: Vec<VersionView<AccountId, Balance, BlockNumber>>,
}

/// A deployment view for a runtime `T`.
pub type DeploymentViewOf<T> =
	DeploymentView<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
