#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
pub use features::membership::BenchmarkHelper;

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

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

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
		/// Who may add and remove validators: governance (a council motion or a referendum).
		type UpdateOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The most validators the set may hold (at most the consensus pallets' authority
		/// limits).
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// Removing a validator never leaves fewer than this many.
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

	/// The validator set governance chose. The session change after the next one activates it
	/// (`pallet-session` queues a set one session ahead).
	#[pallet::storage]
	pub type Validators<T: Config> = StorageValue<_, ValidatorsOf<T>, ValueQuery>;

	/// Whether [`Validators`] changed since the session pallet last asked for a new set.
	#[pallet::storage]
	pub type SetChanged<T: Config> = StorageValue<_, bool, ValueQuery>;

	/// Blocks each validator authored in the current session (reset when the session ends).
	#[pallet::storage]
	pub type AuthoredBlocks<T: Config> = StorageMap<_, Twox64Concat, T::AccountId, u32, ValueQuery>;

	/// The validators of a new chain.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The validators of the first sessions; each needs session keys in
		/// `pallet-session`'s genesis.
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
			Validators::<T>::put(set);
		}
	}

	/// Events of this pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance added a validator; it joins at the session change after the next.
		ValidatorAdded {
			/// The new validator.
			validator: T::AccountId,
		},
		/// Governance removed a validator; it leaves at the session change after the next.
		ValidatorRemoved {
			/// The removed validator.
			validator: T::AccountId,
		},
		/// A changed set was handed to the session pallet; it is active from `session` on.
		NewSetQueued {
			/// The session that runs with this set.
			session: SessionIndex,
			/// The validators (those without session keys left out).
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
		/// Removing would leave fewer than `MinValidators` validators.
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
		/// Adds `validator` to the set. It starts authoring and voting on finality from the
		/// session change after the next one.
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

		/// Removes `validator` from the set. It stops authoring at the session change after
		/// the next one.
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
