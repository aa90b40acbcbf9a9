#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod cid;
// The pallet's logic never unwraps: failures are named errors (tests and benchmarks may).
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
mod features;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod types;
pub mod weights;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use crate::cid::CidBytes;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, InspectHold, Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::StaticLookup;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	/// An account id as the calls take it (an address in Polkadot.js Apps).
	pub type AccountIdLookupOf<T> = <<T as frame_system::Config>::Lookup as StaticLookup>::Source;

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the deployments pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency storage deposits are held in.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ InspectHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The market's leases: who rents them, who provides them, whether they are active.
		type Leases: LeaseInspect<Self::AccountId>;

		/// Fixed part of a deployment's storage deposit; covers its fixed-size entries (the name
		/// and lease indices, the status report).
		#[pallet::constant]
		type DepositBase: Get<BalanceOf<Self>>;

		/// Storage deposit per byte of the encoded deployment record and of each version kept.
		#[pallet::constant]
		type DepositPerByte: Get<BalanceOf<Self>>;

		/// The most versions a deployment's history keeps; pushing past it prunes the oldest.
		/// It may change at run time (a protocol parameter): lowering it leaves longer
		/// histories as they are, and each push to them prunes one version, so they no longer
		/// grow.
		#[pallet::constant]
		type MaxVersions: Get<u32>;

		/// The highest [`Config::MaxVersions`] can ever be (e.g. the hard bound of the protocol
		/// parameter). No history is longer; [`Pallet::remove`] is charged for this many
		/// versions.
		#[pallet::constant]
		type MaxVersionsCap: Get<u32>;

		/// Longest deployment name, in bytes; longer names fail with [`Error::NameTooLong`].
		#[pallet::constant]
		type MaxNameLen: Get<u32>;

		/// Longest CID text a call takes, in bytes; at least 64, so every accepted CID fits
		/// (e.g. 128). Longer texts fail with [`Error::CidTooLong`].
		#[pallet::constant]
		type MaxCidLen: Get<u32>;

		/// Longest version note, in bytes; longer notes fail with [`Error::NoteTooLong`].
		#[pallet::constant]
		type MaxNoteLen: Get<u32>;

		/// Most editors a deployment may have; more fail with [`Error::TooManyEditors`].
		#[pallet::constant]
		type MaxEditors: Get<u32>;

		/// Weights of the calls.
		type WeightInfo: WeightInfo;

		/// Creates leases for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The storage deposit of a deployment record and the versions it keeps, held from the
		/// owner; released as versions are pruned and when the deployment is removed or
		/// transferred.
		#[codec(index = 0)]
		DeploymentDeposit,
	}

	/// The id the next deployment gets.
	#[pallet::storage]
	pub type NextDeploymentId<T> = StorageValue<_, DeploymentId, ValueQuery>;

	/// Deployment records.
	#[pallet::storage]
	pub type Deployments<T: Config> =
		StorageMap<_, Twox64Concat, DeploymentId, Deployment<T>, OptionQuery>;

	/// The history of each deployment: exactly the versions `oldest..=current` of its record.
	#[pallet::storage]
	pub type Versions<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		DeploymentId,
		Twox64Concat,
		VersionNumber,
		Version<T>,
		OptionQuery,
	>;

	/// The deployment of each owner by name (names are unique per owner).
	#[pallet::storage]
	pub type DeploymentByName<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		NameOf<T>,
		DeploymentId,
		OptionQuery,
	>;

	/// The deployment bound to each lease (a lease runs at most one deployment).
	#[pallet::storage]
	pub type DeploymentByLease<T: Config> =
		StorageMap<_, Twox64Concat, LeaseId, DeploymentId, OptionQuery>;

	/// The last status the provider of a deployment's lease reported; cleared when the lease is
	/// unbound.
	#[pallet::storage]
	pub type Statuses<T: Config> =
		StorageMap<_, Twox64Concat, DeploymentId, StatusReportOf<T>, OptionQuery>;

	/// Events of the deployments pallet. Those about versions carry the deployment, the
	/// version number and the binary CID (see [`crate::cid`]; [`crate::cid::to_text`] gives its
	/// `b…` text), so that a provider's software can follow them.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A deployment was created with its first version.
		Created {
			/// The deployment.
			deployment: DeploymentId,
			/// Its owner.
			owner: T::AccountId,
			/// Its name.
			name: NameOf<T>,
			/// The first version (1).
			version: VersionNumber,
			/// What it deploys.
			cid: CidBytes,
			/// The deposit held from the owner.
			held: BalanceOf<T>,
		},
		/// A version was pushed and is now current.
		VersionPushed {
			/// The deployment.
			deployment: DeploymentId,
			/// The new version.
			version: VersionNumber,
			/// What it deploys.
			cid: CidBytes,
			/// Who pushed it (the owner or an editor).
			author: T::AccountId,
		},
		/// An earlier version was made current again, as a new version with its CID.
		RolledBack {
			/// The deployment.
			deployment: DeploymentId,
			/// The new version.
			version: VersionNumber,
			/// The earlier version it repeats.
			to: VersionNumber,
			/// What it deploys.
			cid: CidBytes,
			/// Who rolled back (the owner or an editor).
			author: T::AccountId,
		},
		/// The oldest version was pruned from the history and its deposit released.
		VersionPruned {
			/// The deployment.
			deployment: DeploymentId,
			/// The version pruned.
			version: VersionNumber,
			/// The deposit released to the owner.
			released: BalanceOf<T>,
		},
		/// A deployment was bound to a lease; its provider should run the current version.
		LeaseBound {
			/// The deployment.
			deployment: DeploymentId,
			/// The lease.
			lease: LeaseId,
			/// The current version.
			version: VersionNumber,
			/// What it deploys.
			cid: CidBytes,
		},
		/// A deployment was unbound from its lease (by its owner, a transfer or a removal); its
		/// provider should stop it.
		LeaseUnbound {
			/// The deployment.
			deployment: DeploymentId,
			/// The lease.
			lease: LeaseId,
		},
		/// The provider of a deployment's lease reported a status.
		StatusReported {
			/// The deployment.
			deployment: DeploymentId,
			/// The version the report is about.
			version: VersionNumber,
			/// The status.
			status: DeploymentStatus,
			/// The provider.
			provider: T::AccountId,
		},
		/// A deployment's editors were replaced.
		EditorsSet {
			/// The deployment.
			deployment: DeploymentId,
			/// The new editors.
			editors: EditorsOf<T>,
		},
		/// A deployment changed owner; its deposit moved from the old owner to the new.
		Transferred {
			/// The deployment.
			deployment: DeploymentId,
			/// The old owner.
			from: T::AccountId,
			/// The new owner.
			to: T::AccountId,
			/// The deposit now held from the new owner.
			held: BalanceOf<T>,
		},
		/// A deployment and its history were removed and its deposit released.
		Removed {
			/// The deployment.
			deployment: DeploymentId,
			/// Its owner.
			owner: T::AccountId,
			/// The deposit released.
			released: BalanceOf<T>,
		},
	}

	/// Errors of the deployments pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// No deployment has this id.
		UnknownDeployment,
		/// The caller is not the deployment's owner.
		NotOwner,
		/// The caller is neither the deployment's owner nor one of its editors.
		NotEditor,
		/// The name is empty.
		EmptyName,
		/// The caller already has a deployment of this name.
		NameTaken,
		/// The new owner already has a deployment of this name.
		NewOwnerHasName,
		/// The deployment would be transferred to its owner.
		TransferToSelf,
		/// An account appears twice in the editors.
		DuplicateEditor,
		/// The version was never recorded (0, or after the current one).
		UnknownVersion,
		/// The version was pruned from the history.
		VersionPruned,
		/// The version is already the current one.
		AlreadyCurrent,
		/// The market has no such lease.
		UnknownLease,
		/// The caller is not the lease's tenant.
		NotLeaseTenant,
		/// The lease is not active.
		LeaseNotActive,
		/// The lease is bound to another deployment.
		LeaseAlreadyBound,
		/// The deployment is already bound to a lease; unbind it first.
		AlreadyBound,
		/// The deployment is not bound to a lease.
		NoLease,
		/// The caller is not the provider of the deployment's lease.
		NotLeaseProvider,
		/// The owner cannot afford the storage deposit (editors' pushes are paid by the owner).
		CannotAffordDeposit,
		/// The new owner cannot afford the deployment's storage deposit.
		NewOwnerCannotAffordDeposit,
		/// No more deployment ids.
		IdOverflow,
		/// No more version numbers for this deployment.
		VersionOverflow,
		/// A deposit computation overflowed.
		Overflow,
		/// The CID is empty.
		CidEmpty,
		/// The CID's first character is not a supported multibase prefix (`b` base32, `z`
		/// base58btc), and it is not a CIDv0 `Qm…`.
		CidUnknownMultibase,
		/// The CID has a character outside the lower-case base32 alphabet, or a length or
		/// trailing bits that no base32 encoder produces.
		CidInvalidBase32,
		/// The CID has a character outside the base58btc alphabet.
		CidInvalidBase58,
		/// The CID's version is not 1 (CIDv0 only as `Qm…` text).
		CidUnsupportedVersion,
		/// A varint in the CID is not minimally encoded or too long.
		CidInvalidVarint,
		/// The CID's codec is not dag-pb, raw, dag-cbor or dag-json.
		CidUnknownCodec,
		/// The CID's hash function is not sha2-256, blake2b-256 or blake3 (CIDv0: sha2-256).
		CidUnknownHash,
		/// The CID's digest length is not 32 bytes.
		CidWrongDigestLength,
		/// The CID ends too early (a varint or the digest is cut short).
		CidTruncated,
		/// The CID has bytes after its digest.
		CidTrailingBytes,
		/// The CID text is longer than [`Config::MaxCidLen`].
		CidTooLong,
		/// The name is longer than [`Config::MaxNameLen`].
		NameTooLong,
		/// The note is longer than [`Config::MaxNoteLen`].
		NoteTooLong,
		/// There are more editors than [`Config::MaxEditors`].
		TooManyEditors,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxVersions::get() > 0, "MaxVersions must not be zero");
			assert!(
				T::MaxVersions::get() <= T::MaxVersionsCap::get(),
				"MaxVersions must not exceed MaxVersionsCap"
			);
			assert!(T::MaxNameLen::get() > 0, "MaxNameLen must not be zero");
			assert!(T::MaxCidLen::get() >= 64, "MaxCidLen must fit every accepted CID (64)");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Creates a deployment named `name` (unique among the caller's deployments) whose first
		/// version deploys `cid` (text: `Qm…`, `b…` or `z…`; see [`crate::cid`]), optionally
		/// bound to one of the caller's active leases. Holds the storage deposit of the record
		/// and the version from the caller under [`HoldReason::DeploymentDeposit`].
		///
		/// - Origin: signed; the caller becomes the owner.
		/// - Events: [`Event::Created`]; [`Event::LeaseBound`] with a lease.
		/// - Errors: [`Error::EmptyName`], [`Error::NameTooLong`], [`Error::NameTaken`], the
		///   `Cid*` errors (among them [`Error::CidTooLong`]), [`Error::UnknownLease`],
		///   [`Error::NotLeaseTenant`], [`Error::LeaseNotActive`], [`Error::LeaseAlreadyBound`],
		///   [`Error::CannotAffordDeposit`], [`Error::IdOverflow`], [`Error::Overflow`].
		///
		/// `name` (at most [`Config::MaxNameLen`] bytes) and `cid` (at most
		/// [`Config::MaxCidLen`]) are plain byte vectors, so that a longer one still decodes and
		/// fails with a named error.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create())]
		pub fn create(
			origin: OriginFor<T>,
			name: Vec<u8>,
			cid: Vec<u8>,
			lease: Option<LeaseId>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create(&who, name, &cid, lease).map(|_| ())
		}

		/// Records a new version deploying `cid`, with an optional note, and makes it current.
		/// If the history already keeps [`Config::MaxVersions`] versions, the oldest is pruned
		/// and its deposit released. The new version's deposit is held from the **owner**, also
		/// when an editor pushes.
		///
		/// - Origin: signed; the owner or an editor.
		/// - Events: [`Event::VersionPushed`]; [`Event::VersionPruned`] if one was pruned.
		/// - Errors: [`Error::UnknownDeployment`], [`Error::NotEditor`], the `Cid*` errors
		///   (among them [`Error::CidTooLong`]), [`Error::NoteTooLong`],
		///   [`Error::CannotAffordDeposit`], [`Error::VersionOverflow`], [`Error::Overflow`].
		///
		/// `cid` (at most [`Config::MaxCidLen`] bytes) and `note` (at most
		/// [`Config::MaxNoteLen`]) are plain byte vectors, so that a longer one still decodes and
		/// fails with a named error.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::push_version())]
		pub fn push_version(
			origin: OriginFor<T>,
			deployment: DeploymentId,
			cid: Vec<u8>,
			note: Option<Vec<u8>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_push_version(&who, deployment, &cid, note)
		}

		/// Makes the kept version `version` current again, by recording a new version with its
		/// CID (the history is append-only). Prunes and pays as [`Pallet::push_version`].
		///
		/// - Origin: signed; the owner or an editor.
		/// - Events: [`Event::RolledBack`]; [`Event::VersionPruned`] if one was pruned.
		/// - Errors: [`Error::UnknownDeployment`], [`Error::NotEditor`],
		///   [`Error::UnknownVersion`], [`Error::VersionPruned`], [`Error::AlreadyCurrent`],
		///   [`Error::CannotAffordDeposit`], [`Error::VersionOverflow`], [`Error::Overflow`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::rollback())]
		pub fn rollback(
			origin: OriginFor<T>,
			deployment: DeploymentId,
			version: VersionNumber,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_rollback(&who, deployment, version)
		}

		/// Binds the deployment to one of the owner's active leases, not bound to another
		/// deployment; its provider may then report status. The record grows by the lease id,
		/// so its deposit is adjusted.
		///
		/// - Origin: signed; the owner, who must be the lease's tenant.
		/// - Events: [`Event::LeaseBound`] with the current version and CID.
		/// - Errors: [`Error::UnknownDeployment`], [`Error::NotOwner`], [`Error::AlreadyBound`],
		///   [`Error::UnknownLease`], [`Error::NotLeaseTenant`], [`Error::LeaseNotActive`],
		///   [`Error::LeaseAlreadyBound`], [`Error::CannotAffordDeposit`], [`Error::Overflow`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::bind_lease())]
		pub fn bind_lease(
			origin: OriginFor<T>,
			deployment: DeploymentId,
			lease: LeaseId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bind_lease(&who, deployment, lease)
		}

		/// Unbinds the deployment from its lease (active or not) and clears its status report.
		///
		/// - Origin: signed; the owner.
		/// - Events: [`Event::LeaseUnbound`].
		/// - Errors: [`Error::UnknownDeployment`], [`Error::NotOwner`], [`Error::NoLease`],
		///   [`Error::Overflow`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::unbind_lease())]
		pub fn unbind_lease(origin: OriginFor<T>, deployment: DeploymentId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unbind_lease(&who, deployment)
		}

		/// Records the status of a kept version of the deployment, with the current block,
		/// replacing the previous report.
		///
		/// - Origin: signed; the provider of the deployment's lease.
		/// - Events: [`Event::StatusReported`].
		/// - Errors: [`Error::UnknownDeployment`], [`Error::NoLease`],
		///   [`Error::NotLeaseProvider`], [`Error::UnknownVersion`], [`Error::VersionPruned`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::report_status())]
		pub fn report_status(
			origin: OriginFor<T>,
			deployment: DeploymentId,
			version: VersionNumber,
			status: DeploymentStatus,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_report_status(&who, deployment, version, status)
		}

		/// Replaces the deployment's editors: the accounts besides the owner that may push
		/// versions and roll back. The owner pays for what they push. The record's deposit is
		/// adjusted to its new size.
		///
		/// - Origin: signed; the owner.
		/// - Events: [`Event::EditorsSet`].
		/// - Errors: [`Error::UnknownDeployment`], [`Error::NotOwner`],
		///   [`Error::TooManyEditors`], [`Error::DuplicateEditor`],
		///   [`Error::CannotAffordDeposit`], [`Error::Overflow`].
		///
		/// `editors` (at most [`Config::MaxEditors`]) is a plain vector, so that a longer one
		/// still decodes and fails with a named error; it is charged as at most that many.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::set_editors(
			u32::try_from(editors.len()).unwrap_or(u32::MAX).min(T::MaxEditors::get())
		))]
		pub fn set_editors(
			origin: OriginFor<T>,
			deployment: DeploymentId,
			editors: Vec<T::AccountId>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_editors(&who, deployment, editors)
		}

		/// Gives the deployment to `new_owner`: its whole deposit is released to the old owner
		/// and held from the new one (recomputed for the record's new size), which must afford
		/// it. The lease is unbound (the new owner is not its tenant) and the editors cleared.
		///
		/// - Origin: signed; the owner.
		/// - Events: [`Event::LeaseUnbound`] if it was bound; [`Event::Transferred`].
		/// - Errors: [`Error::UnknownDeployment`], [`Error::NotOwner`],
		///   [`Error::TransferToSelf`], [`Error::NewOwnerHasName`],
		///   [`Error::NewOwnerCannotAffordDeposit`], [`Error::Overflow`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::transfer())]
		pub fn transfer(
			origin: OriginFor<T>,
			deployment: DeploymentId,
			new_owner: AccountIdLookupOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let new_owner = T::Lookup::lookup(new_owner)?;
			Self::do_transfer(&who, deployment, &new_owner)
		}

		/// Removes the deployment, its history, its name and lease bindings and its status, and
		/// releases its whole deposit to the owner.
		///
		/// - Origin: signed; the owner.
		/// - Events: [`Event::LeaseUnbound`] if it was bound; [`Event::Removed`].
		/// - Errors: [`Error::UnknownDeployment`], [`Error::NotOwner`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::remove(T::MaxVersionsCap::get()))]
		pub fn remove(
			origin: OriginFor<T>,
			deployment: DeploymentId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let removed = Self::do_remove(&who, deployment)?;
			Ok(Some(T::WeightInfo::remove(removed)).into())
		}
	}
}
