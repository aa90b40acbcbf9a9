#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;
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
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
pub use features::membership::BenchmarkHelper;
pub use features::session::{max_changes, next_step, Step};

/// Log target of this pallet.
pub const LOG_TARGET: &str = "runtime::validator-set";

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{ValidatorRegistration, ValidatorSet},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::StaticLookup;
	use sp_staking::SessionIndex;

	/// The in-code storage version: 1 since the session manager steps toward the governed set
	/// every session instead of handing it over when `SetChanged` was set
	/// ([`crate::migrations::v1`]).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// An account as the caller may name it (an address or an index).
	pub type AccountIdLookupOf<T> = <<T as frame_system::Config>::Lookup as StaticLookup>::Source;
	/// A list of validators, at most `MaxValidators` long.
	pub type ValidatorsOf<T> =
		BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxValidators>;
	/// Blocks authored in a session, per validator.
	pub type AuthoredOf<T> =
		BoundedVec<(<T as frame_system::Config>::AccountId, u32), <T as Config>::MaxValidators>;

	/// Configuration of the validator-set pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Who may add and remove validators: governance (a referendum on the runtime's
		/// `validator_admin` track, or root).
		type UpdateOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The most validators the set may hold (at most the consensus pallets' authority
		/// limits).
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// Removing a validator never leaves fewer than this many in the governed set. A
		/// genesis set may be smaller (a development chain); it is then not fault tolerant.
		#[pallet::constant]
		type MinValidators: Get<u32>;

		/// The session pallet: the session in progress and its active validators.
		type Session: ValidatorSet<Self::AccountId, ValidatorId = Self::AccountId>;

		/// Whether an account has set its session keys (`pallet-session`).
		type KeysRegistration: ValidatorRegistration<Self::AccountId>;

		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;

		/// Sets up what the benchmarks need (session keys for an account).
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// The validator set governance chose, in the order it added them. The session manager
	/// moves the active set toward it (those with session keys) by a bounded step every
	/// session: see [`Pallet::do_new_session`].
	#[pallet::storage]
	pub type Validators<T: Config> = StorageValue<_, ValidatorsOf<T>, ValueQuery>;

	/// The set the last session change handed to `pallet-session`: the validators of the next
	/// session (the genesis set at genesis). Validators in it that governance removed since
	/// are removals the step rule still has to carry out.
	#[pallet::storage]
	pub type QueuedValidators<T: Config> = StorageValue<_, ValidatorsOf<T>, ValueQuery>;

	/// Governed validators that are not queued although they had session keys: additions the
	/// step rule held back at the last session change (per-session cap or liveness gate), and
	/// those governance added since. Each joins at a later session change.
	#[pallet::storage]
	pub type WaitingValidators<T: Config> = StorageValue<_, ValidatorsOf<T>, ValueQuery>;

	/// Governed validators that had no session keys at the last session change (e.g. they
	/// called `session.purgeKeys`). Once they set keys again they rejoin by the step rule,
	/// without a governance call.
	#[pallet::storage]
	pub type KeylessValidators<T: Config> = StorageValue<_, ValidatorsOf<T>, ValueQuery>;

	/// The validators that authored at least one block in the session that ended last: the
	/// step rule's liveness gate counts them (written at each session end).
	#[pallet::storage]
	pub type LiveValidators<T: Config> = StorageValue<_, ValidatorsOf<T>, ValueQuery>;

	/// Blocks each validator authored in the current session (reset when the session ends).
	#[pallet::storage]
	pub type AuthoredBlocks<T: Config> = StorageMap<_, Twox64Concat, T::AccountId, u32, ValueQuery>;

	/// The validators of a new chain.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The validators of the first sessions; each needs session keys in
		/// `pallet-session`'s genesis (which requires at least one). Fewer than `MinValidators`
		/// (or than four, GRANDPA's smallest fault-tolerant set) only for development chains.
		pub validators: alloc::vec::Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let set = ValidatorsOf::<T>::try_from(self.validators.clone())
				.expect("genesis validators: at most MaxValidators");
			let mut sorted = self.validators.clone();
			sorted.sort();
			sorted.dedup();
			assert_eq!(sorted.len(), set.len(), "genesis validators: no duplicates");
			QueuedValidators::<T>::put(set.clone());
			Validators::<T>::put(set);
		}
	}

	/// Events of this pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance added a validator. A session change hands it to the session pallet by
		/// the step rule (at the earliest the next one; it then authors from the session after
		/// the next), see [`Event::NewSetQueued`].
		ValidatorAdded {
			/// The new validator.
			validator: T::AccountId,
		},
		/// Governance removed a validator. A session change leaves it out of the set handed to
		/// the session pallet by the step rule (at the earliest the next one; it stops
		/// authoring from the session after the next), see [`Event::NewSetQueued`].
		ValidatorRemoved {
			/// The removed validator.
			validator: T::AccountId,
		},
		/// A set that differs from the active one was handed to the session pallet: one step
		/// toward the governed set (removals, then additions, fewer than a third of the set,
		/// and more than two thirds live). It is active from `session` on.
		NewSetQueued {
			/// The session that runs with this set.
			session: SessionIndex,
			/// The validators, all with session keys.
			validators: ValidatorsOf<T>,
		},
		/// A session ended: how many blocks each of its validators authored.
		SessionEnded {
			/// The session that ended.
			session: SessionIndex,
			/// Each active validator and its blocks in that session.
			authored: AuthoredOf<T>,
		},
		/// An active validator authored no block in a whole session.
		ValidatorOffline {
			/// The session.
			session: SessionIndex,
			/// The validator.
			validator: T::AccountId,
		},
	}

	/// Errors of this pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// The account is already in the validator set.
		AlreadyValidator,
		/// The account is not in the validator set.
		NotValidator,
		/// The set already holds `MaxValidators` validators.
		TooManyValidators,
		/// Removing would leave fewer than `MinValidators` validators in the governed set.
		TooFewValidators,
		/// The account has not set its session keys (`session.setKeys`) yet.
		NoSessionKeys,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Accounts for counting the block's author (done by `pallet-authorship`, which calls
		/// this pallet's [`pallet_authorship::EventHandler`]).
		fn on_initialize(_n: BlockNumberFor<T>) -> Weight {
			T::WeightInfo::note_author()
		}

		fn integrity_test() {
			assert!(T::MinValidators::get() > 0, "MinValidators must not be zero");
			assert!(
				T::MinValidators::get() <= T::MaxValidators::get(),
				"MinValidators must not exceed MaxValidators"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Adds `validator` to the governed set. The step rule hands it to the session pallet
		/// at a session change (the next one unless the per-session cap or the liveness gate
		/// holds it back); it authors and votes on finality from the session after that.
		///
		/// Origin: `T::UpdateOrigin` (governance). Emits [`Event::ValidatorAdded`].
		/// Errors: [`Error::AlreadyValidator`], [`Error::TooManyValidators`],
		/// [`Error::NoSessionKeys`] (the account must have called `session.setKeys` first).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_validator(T::MaxValidators::get()))]
		pub fn add_validator(
			origin: OriginFor<T>,
			validator: AccountIdLookupOf<T>,
		) -> DispatchResult {
			T::UpdateOrigin::ensure_origin(origin)?;
			let validator = T::Lookup::lookup(validator)?;
			Self::do_add_validator(validator)
		}

		/// Removes `validator` from the governed set. The step rule leaves it out of the set
		/// handed to the session pallet at a session change (the next one unless the cap or
		/// the liveness gate holds it back); it stops authoring from the session after that.
		///
		/// Origin: `T::UpdateOrigin` (governance). Emits [`Event::ValidatorRemoved`].
		/// Errors: [`Error::NotValidator`], [`Error::TooFewValidators`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_validator(T::MaxValidators::get()))]
		pub fn remove_validator(
			origin: OriginFor<T>,
			validator: AccountIdLookupOf<T>,
		) -> DispatchResult {
			T::UpdateOrigin::ensure_origin(origin)?;
			let validator = T::Lookup::lookup(validator)?;
			Self::do_remove_validator(validator)
		}
	}
}
