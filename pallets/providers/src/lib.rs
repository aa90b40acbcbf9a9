#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
// The pallet's logic never unwraps: failures are named errors (tests and benchmarks may).
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
mod features;
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod types;
pub mod weights;

/// The log target of this pallet.
pub const LOG_TARGET: &str = "runtime::providers";

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use deinfra_primitives::{
		AttributeKey, AttributeValue, GpuModel, LeaseOutcome, RegionCode, Resources,
	};
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, InspectHold, Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{traits::StaticLookup, Permill};

	/// The in-code storage version: 1 since unbonding chunks store the block they started
	/// instead of their unlock block ([`crate::migrations::v1`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	/// An account id as the calls take it (an address in Polkadot.js Apps).
	pub type AccountIdLookupOf<T> = <<T as frame_system::Config>::Lookup as StaticLookup>::Source;

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the provider registry.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency bonds and deposits are held in.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ InspectHold<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Who may propose a slash of a provider's bond (e.g. the council or root).
		type SlashOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who may cancel a proposed slash before it is applied (e.g. a token-holder
		/// referendum track).
		type SlashCancelOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Blocks between `propose_slash` and the first block `apply_slash` may apply it: the
		/// time to contest it through `SlashCancelOrigin`.
		#[pallet::constant]
		type SlashDeferral: Get<BlockNumberFor<Self>>;

		/// Who receives slashed funds (e.g. the treasury account); never chosen by the caller.
		type SlashBeneficiary: Get<Self::AccountId>;

		/// Who may verify and unverify provider attributes (auditors).
		type AuditorOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Smallest bond a registered provider keeps.
		#[pallet::constant]
		type MinimumBond: Get<BalanceOf<Self>>;

		/// Blocks between `unbond`/`deregister` and the funds becoming withdrawable; read when
		/// a chunk is withdrawn, so a change applies to chunks already unbonding.
		#[pallet::constant]
		type UnbondingPeriod: Get<BlockNumberFor<Self>>;

		/// Fixed part of the storage deposit of a provider record.
		#[pallet::constant]
		type DepositBase: Get<BalanceOf<Self>>;

		/// Storage deposit per byte of the encoded provider record.
		#[pallet::constant]
		type DepositPerByte: Get<BalanceOf<Self>>;

		/// Longest endpoint URI, in bytes.
		#[pallet::constant]
		type MaxEndpointLen: Get<u32>;

		/// Most attributes a provider may have.
		#[pallet::constant]
		type MaxAttributes: Get<u32>;

		/// Most GPU kinds a provider may list.
		#[pallet::constant]
		type MaxGpuKinds: Get<u32>;

		/// Most unbonding chunks an account may have at once.
		#[pallet::constant]
		type MaxUnbondingChunks: Get<u32>;

		/// Weights of the calls.
		type WeightInfo: WeightInfo;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A provider's bond, active or unbonding; slashable.
		#[codec(index = 0)]
		ProviderBond,
		/// The storage deposit of a provider record; returned on deregistration.
		#[codec(index = 1)]
		ProviderDeposit,
	}

	/// Registered providers.
	#[pallet::storage]
	pub type Registry<T: Config> =
		CountedStorageMap<_, Blake2_128Concat, T::AccountId, ProviderRecord<T>, OptionQuery>;

	/// Bonded funds being unbonded, per account (outlives the registration).
	#[pallet::storage]
	pub type Unbonding<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, UnbondingChunksOf<T>, ValueQuery>;

	/// Slashes proposed and not yet applied or cancelled, at most one per provider. While a
	/// provider has one, it cannot unbond, withdraw or deregister.
	#[pallet::storage]
	pub type PendingSlashes<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, PendingSlashOf<T>, OptionQuery>;

	/// Each provider's lease outcomes and reputation score; no entry means no history
	/// (score 100%).
	#[pallet::storage]
	pub type Reputation<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ReputationRecord, ValueQuery>;

	/// GPUs of each provider's GPU kinds used by active leases, per model; absent means none.
	/// Only models the provider lists have entries, so a provider has at most `MaxGpuKinds`.
	/// Their sum is the provider's `allocated.gpus`.
	#[pallet::storage]
	pub type GpusAllocated<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		GpuModel,
		u32,
		ValueQuery,
	>;

	/// Events of the provider registry.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A provider registered, holding a bond and a storage deposit.
		Registered {
			/// The provider's account.
			provider: T::AccountId,
			/// The bond held.
			bond: BalanceOf<T>,
			/// The storage deposit held.
			deposit: BalanceOf<T>,
		},
		/// A provider changed its endpoint, region or attributes.
		InfoUpdated {
			/// The provider's account.
			provider: T::AccountId,
			/// The storage deposit now held.
			deposit: BalanceOf<T>,
		},
		/// A provider changed its capacity or GPU kinds.
		CapacityUpdated {
			/// The provider's account.
			provider: T::AccountId,
			/// The new total capacity.
			capacity: Resources,
			/// The storage deposit now held.
			deposit: BalanceOf<T>,
		},
		/// A provider changed its prices.
		PricesUpdated {
			/// The provider's account.
			provider: T::AccountId,
			/// The new prices per resource unit per block.
			prices: Prices<BalanceOf<T>>,
		},
		/// A provider switched between taking orders and maintenance.
		StatusChanged {
			/// The provider's account.
			provider: T::AccountId,
			/// The new status.
			status: ProviderStatus,
		},
		/// A provider added to its bond.
		Bonded {
			/// The provider's account.
			provider: T::AccountId,
			/// The amount added.
			amount: BalanceOf<T>,
			/// The active bond now.
			bond: BalanceOf<T>,
		},
		/// Part of a provider's bond started unbonding.
		Unbonded {
			/// The provider's account.
			provider: T::AccountId,
			/// The amount unbonding.
			amount: BalanceOf<T>,
			/// The block from which `withdraw_unbonded` releases it, under the unbonding
			/// period in force now.
			unlock_at: BlockNumberFor<T>,
		},
		/// Unbonded funds were released to the account.
		Withdrawn {
			/// The provider's account.
			provider: T::AccountId,
			/// The amount released.
			amount: BalanceOf<T>,
		},
		/// A provider deregistered: its bond is unbonding, its storage deposit was returned.
		Deregistered {
			/// The provider's account.
			provider: T::AccountId,
			/// The bond that started unbonding.
			unbonding: BalanceOf<T>,
			/// The block from which `withdraw_unbonded` releases it, under the unbonding
			/// period in force now.
			unlock_at: BlockNumberFor<T>,
			/// The storage deposit returned.
			deposit: BalanceOf<T>,
		},
		/// Part of a provider's bond (active, then unbonding) went to a beneficiary: a pending
		/// slash was applied (to `SlashBeneficiary`; the amount may be zero if nothing was left
		/// to take), or the market slashed through `ProviderRegistry::slash`.
		Slashed {
			/// The provider's account.
			provider: T::AccountId,
			/// Who received the funds.
			beneficiary: T::AccountId,
			/// The amount moved.
			amount: BalanceOf<T>,
		},
		/// A slash of a provider was proposed; it can be applied from `apply_at` unless it is
		/// cancelled before.
		SlashProposed {
			/// The provider's account.
			provider: T::AccountId,
			/// The amount to take (capped at the provider's bond, active and unbonding).
			amount: BalanceOf<T>,
			/// The first block at which `apply_slash` may apply it.
			apply_at: BlockNumberFor<T>,
		},
		/// A pending slash was cancelled; nothing was taken.
		SlashCancelled {
			/// The provider's account.
			provider: T::AccountId,
			/// The amount the cancelled slash would have taken.
			amount: BalanceOf<T>,
		},
		/// An auditor verified attributes of a provider.
		AttributesVerified {
			/// The provider's account.
			provider: T::AccountId,
			/// The verified attribute keys.
			keys: AttributeKeysOf<T>,
		},
		/// An auditor withdrew the verification of attributes of a provider.
		AttributesUnverified {
			/// The provider's account.
			provider: T::AccountId,
			/// The unverified attribute keys.
			keys: AttributeKeysOf<T>,
		},
		/// A lease started using part of a provider's capacity.
		CapacityReserved {
			/// The provider's account.
			provider: T::AccountId,
			/// The capacity reserved.
			resources: Resources,
		},
		/// A lease stopped using part of a provider's capacity.
		CapacityReleased {
			/// The provider's account.
			provider: T::AccountId,
			/// The capacity released.
			resources: Resources,
		},
		/// A lease started using GPUs of one of a provider's GPU kinds.
		GpusReserved {
			/// The provider's account.
			provider: T::AccountId,
			/// The GPU model the lease's GPUs are taken from.
			model: GpuModel,
			/// How many GPUs.
			count: u32,
		},
		/// A lease stopped using GPUs of a provider's GPU kind.
		GpusReleased {
			/// The provider's account.
			provider: T::AccountId,
			/// The GPU model.
			model: GpuModel,
			/// How many GPUs.
			count: u32,
		},
		/// A provider paid a penalty out of its active bond (never its unbonding funds).
		Penalized {
			/// The provider's account.
			provider: T::AccountId,
			/// Who received it.
			beneficiary: T::AccountId,
			/// The amount moved.
			amount: BalanceOf<T>,
		},
		/// A lease outcome was recorded for a provider.
		OutcomeRecorded {
			/// The provider's account.
			provider: T::AccountId,
			/// How the lease ended.
			outcome: LeaseOutcome,
			/// The provider's reputation score now.
			score: Permill,
		},
	}

	/// Errors of the provider registry.
	#[pallet::error]
	pub enum Error<T> {
		/// The account is already a registered provider.
		AlreadyRegistered,
		/// The account is not a registered provider.
		NotRegistered,
		/// The account is neither registered nor has funds unbonding.
		NotProvider,
		/// The endpoint is empty.
		EmptyEndpoint,
		/// The endpoint is longer than `MaxEndpointLen`.
		EndpointTooLong,
		/// The endpoint has no scheme such as `https://` or `tcp://`, or nothing after it.
		EndpointWithoutScheme,
		/// The endpoint has a byte that is not printable ASCII (e.g. a space).
		EndpointNotPrintable,
		/// The region code does not match `[A-Z]{2}(-[A-Z0-9]{1,3})?`.
		InvalidRegion,
		/// All capacity components are zero.
		ZeroCapacity,
		/// More GPU kinds than `MaxGpuKinds`.
		TooManyGpuKinds,
		/// A GPU kind has a count of zero.
		ZeroGpuCount,
		/// A GPU kind has an empty model name.
		EmptyGpuModel,
		/// `capacity.gpus` differs from the sum of the GPU kinds' counts.
		GpuCountMismatch,
		/// More attributes than `MaxAttributes`.
		TooManyAttributes,
		/// Two attributes have the same key.
		DuplicateAttribute,
		/// An attribute key is empty.
		EmptyAttributeKey,
		/// The bond is below `MinimumBond`.
		BondBelowMinimum,
		/// The amount is zero.
		ZeroAmount,
		/// The amount is more than the active bond.
		InsufficientBond,
		/// The account already has `MaxUnbondingChunks` unbonding chunks; withdraw first.
		TooManyUnbondingChunks,
		/// No unbonding chunk has reached its unlock block.
		NothingToWithdraw,
		/// The provider still has active leases.
		HasActiveLeases,
		/// The new capacity is below what active leases already use.
		CapacityBelowAllocated,
		/// Not enough free capacity for the reservation.
		InsufficientCapacity,
		/// Releasing more capacity than is reserved, or with no active lease.
		ReleaseExceedsReserved,
		/// The provider is in maintenance or its bond is below the minimum.
		NotActive,
		/// No attribute keys were given.
		NoKeys,
		/// The provider has no attribute with one of the given keys.
		UnknownAttribute,
		/// The provider has nothing left to slash.
		NothingToSlash,
		/// The provider already has a pending slash; cancel or apply it first.
		SlashAlreadyPending,
		/// The provider has no pending slash.
		NoPendingSlash,
		/// The pending slash's deferral has not ended yet (see its `apply_at`).
		SlashDeferred,
		/// The provider has a pending slash: its bond cannot be unbonded, withdrawn or
		/// deregistered until the slash is applied or cancelled.
		SlashPending,
		/// No GPU kind of the provider has the requested model, memory and enough free GPUs.
		InsufficientGpus,
		/// Releasing more GPUs of a model than leases use.
		GpuReleaseExceedsReserved,
		/// An arithmetic overflow.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxEndpointLen::get() >= 16, "MaxEndpointLen must fit a short URI");
			assert!(T::MaxGpuKinds::get() > 0, "MaxGpuKinds must be positive");
			assert!(T::MaxAttributes::get() > 0, "MaxAttributes must be positive");
			assert!(T::MaxUnbondingChunks::get() > 0, "MaxUnbondingChunks must be positive");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers the caller as a provider.
		///
		/// Origin: signed, not yet registered. Holds `bond` (at least `MinimumBond`) under
		/// `ProviderBond` and a storage deposit (`DepositBase + DepositPerByte × record bytes`)
		/// under `ProviderDeposit`. Emits `Registered`.
		///
		/// Errors: `AlreadyRegistered`, `BondBelowMinimum`, `EmptyEndpoint`, `EndpointTooLong`,
		/// `EndpointWithoutScheme`, `EndpointNotPrintable`, `InvalidRegion`, `ZeroCapacity`, `TooManyGpuKinds`,
		/// `ZeroGpuCount`, `EmptyGpuModel`, `GpuCountMismatch`, `TooManyAttributes`,
		/// `EmptyAttributeKey`, `DuplicateAttribute`; a token error if the balance cannot cover
		/// bond and deposit.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register())]
		pub fn register(
			origin: OriginFor<T>,
			info: ProviderInfo<BalanceOf<T>>,
			bond: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register(&who, info, bond)
		}

		/// Replaces the caller's endpoint, region and attributes.
		///
		/// Origin: signed, a registered provider. An attribute whose value changes loses its
		/// verification; one kept with the same value keeps it. The storage deposit is held or
		/// released to match the new record size. Emits `InfoUpdated`.
		///
		/// Errors: `NotRegistered`, the endpoint, region and attribute errors of `register`; a
		/// token error if a larger deposit cannot be held.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_info())]
		pub fn update_info(
			origin: OriginFor<T>,
			endpoint: Vec<u8>,
			region: RegionCode,
			attributes: Vec<(AttributeKey, AttributeValue)>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_info(&who, endpoint, region, attributes)
		}

		/// Replaces the caller's capacity and GPU kinds.
		///
		/// Origin: signed, a registered provider. The new capacity must still cover what active
		/// leases use, and every GPU model in use must still be listed with at least as many
		/// GPUs as leases use. The storage deposit follows the record size. Emits
		/// `CapacityUpdated`.
		///
		/// Errors: `NotRegistered`, `CapacityBelowAllocated`, `ZeroCapacity`, `TooManyGpuKinds`,
		/// `ZeroGpuCount`, `EmptyGpuModel`, `GpuCountMismatch`; a token error if a larger
		/// deposit cannot be held.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::update_capacity())]
		pub fn update_capacity(
			origin: OriginFor<T>,
			capacity: Resources,
			gpus: Vec<GpuSpec>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_capacity(&who, capacity, gpus)
		}

		/// Replaces the caller's prices per resource unit per block.
		///
		/// Origin: signed, a registered provider. Running leases keep the price they were agreed
		/// at. Emits `PricesUpdated`.
		///
		/// Errors: `NotRegistered`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::update_prices())]
		pub fn update_prices(origin: OriginFor<T>, prices: Prices<BalanceOf<T>>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_prices(&who, prices)
		}

		/// Switches the caller between `Active` (takes new orders) and `Maintenance` (takes
		/// none; running leases go on).
		///
		/// Origin: signed, a registered provider. Emits `StatusChanged`.
		///
		/// Errors: `NotRegistered`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_status())]
		pub fn set_status(origin: OriginFor<T>, status: ProviderStatus) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_status(&who, status)
		}

		/// Adds `amount` of the caller's free balance to its bond.
		///
		/// Origin: signed, a registered provider. Emits `Bonded`.
		///
		/// Errors: `NotRegistered`, `ZeroAmount`, `Overflow`; a token error if the balance
		/// cannot cover it.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::bond_more())]
		pub fn bond_more(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond_more(&who, amount)
		}

		/// Starts unbonding `amount` of the caller's bond; it stays held (and slashable) until
		/// `UnbondingPeriod` blocks after this one (the period in force when it is withdrawn),
		/// then `withdraw_unbonded` releases it.
		///
		/// Origin: signed, a registered provider without a pending slash. Emits `Unbonded`.
		///
		/// Errors: `ZeroAmount`, `SlashPending`, `NotRegistered`, `InsufficientBond`,
		/// `BondBelowMinimum` (the bond left would be below `MinimumBond`),
		/// `TooManyUnbondingChunks`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::unbond())]
		pub fn unbond(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unbond(&who, amount)
		}

		/// Releases the caller's unbonding chunks whose unlock block (`started + UnbondingPeriod`,
		/// with the period in force now) has come.
		///
		/// Origin: signed, without a pending slash; also works after deregistration. Emits
		/// `Withdrawn`.
		///
		/// Errors: `SlashPending`, `NothingToWithdraw`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::withdraw_unbonded())]
		pub fn withdraw_unbonded(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_unbonded(&who).map(|_| ())
		}

		/// Removes the caller's registration: the whole bond starts unbonding and the storage
		/// deposit is returned. Reputation is kept.
		///
		/// Origin: signed, a registered provider without active leases or a pending slash. If
		/// the account already has `MaxUnbondingChunks` chunks, the bond joins the last one,
		/// which then counts as started now. Emits `Deregistered`.
		///
		/// Errors: `SlashPending`, `NotRegistered`, `HasActiveLeases`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::deregister())]
		pub fn deregister(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deregister(&who)
		}

		/// Marks attributes of `provider` as verified, so orders requiring verified attributes
		/// can match them.
		///
		/// Origin: `AuditorOrigin`. Emits `AttributesVerified`.
		///
		/// Errors: `NoKeys`, `NotRegistered`, `UnknownAttribute`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::verify_attributes(keys.len() as u32))]
		pub fn verify_attributes(
			origin: OriginFor<T>,
			provider: AccountIdLookupOf<T>,
			keys: AttributeKeysOf<T>,
		) -> DispatchResult {
			T::AuditorOrigin::ensure_origin(origin)?;
			let provider = T::Lookup::lookup(provider)?;
			Self::do_set_verified(&provider, keys, true)
		}

		/// Withdraws the verification of attributes of `provider`.
		///
		/// Origin: `AuditorOrigin`. Emits `AttributesUnverified`.
		///
		/// Errors: `NoKeys`, `NotRegistered`, `UnknownAttribute`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::unverify_attributes(keys.len() as u32))]
		pub fn unverify_attributes(
			origin: OriginFor<T>,
			provider: AccountIdLookupOf<T>,
			keys: AttributeKeysOf<T>,
		) -> DispatchResult {
			T::AuditorOrigin::ensure_origin(origin)?;
			let provider = T::Lookup::lookup(provider)?;
			Self::do_set_verified(&provider, keys, false)
		}

		// Call index 9 was the one-step `slash(provider, amount, beneficiary)`; it stays unused.

		/// Proposes to slash up to `amount` of `provider`'s bond. Nothing moves now: from
		/// `SlashDeferral` blocks on anyone may apply it with `apply_slash` (the funds go to
		/// `SlashBeneficiary`), unless `SlashCancelOrigin` cancels it before with
		/// `cancel_slash`. Until then the provider cannot unbond, withdraw or deregister.
		///
		/// `amount` is capped at the provider's bond now (active plus unbonding); the capped
		/// amount is stored and emitted.
		///
		/// Origin: `SlashOrigin`. Emits `SlashProposed`.
		///
		/// Errors: `ZeroAmount`, `NotProvider` (neither registered nor unbonding),
		/// `SlashAlreadyPending`, `NothingToSlash` (no bond left).
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::propose_slash())]
		pub fn propose_slash(
			origin: OriginFor<T>,
			provider: AccountIdLookupOf<T>,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			T::SlashOrigin::ensure_origin(origin)?;
			let provider = T::Lookup::lookup(provider)?;
			Self::do_propose_slash(&provider, amount)
		}

		/// Cancels `provider`'s pending slash; nothing is taken.
		///
		/// Origin: `SlashCancelOrigin`. Emits `SlashCancelled`.
		///
		/// Errors: `NoPendingSlash`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::cancel_slash())]
		pub fn cancel_slash(
			origin: OriginFor<T>,
			provider: AccountIdLookupOf<T>,
		) -> DispatchResult {
			T::SlashCancelOrigin::ensure_origin(origin)?;
			let provider = T::Lookup::lookup(provider)?;
			Self::do_cancel_slash(&provider)
		}

		/// Applies `provider`'s pending slash once its deferral has ended: moves the pending
		/// amount, or what is left of the bond if less, to `SlashBeneficiary`, the active bond
		/// first, then unbonding chunks (latest unlock first), and counts a slashed outcome in
		/// the provider's reputation. The pending slash is removed, even if nothing was left to
		/// take (then `Slashed` says 0).
		///
		/// Origin: signed, anyone. Emits `Slashed` and `OutcomeRecorded`.
		///
		/// Errors: `NoPendingSlash`, `SlashDeferred` (before `apply_at`); a token error if the
		/// beneficiary cannot receive the funds (e.g. below the existential deposit).
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::apply_slash())]
		pub fn apply_slash(origin: OriginFor<T>, provider: AccountIdLookupOf<T>) -> DispatchResult {
			ensure_signed(origin)?;
			let provider = T::Lookup::lookup(provider)?;
			Self::do_apply_slash(&provider)
		}
	}
}
