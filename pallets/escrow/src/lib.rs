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
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod types;
pub mod weights;

/// Log target of this pallet.
pub const LOG_TARGET: &str = "runtime::escrow";

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, InspectHold, Mutate, MutateHold},
			Get,
		},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::Perbill;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the escrow pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency deposits are made in and held with.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ InspectHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Derives the escrow's sovereign account, which holds all deposits under
		/// [`HoldReason::Escrow`].
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The part of every settlement that goes to [`Config::FeeDestination`].
		#[pallet::constant]
		type TakeRate: Get<Perbill>;

		/// Receives the take rate (the treasury). If it does not exist (e.g. it was emptied and
		/// reaped) and an amount due to it is below the existential deposit, that amount is
		/// burned instead ([`Event::FeeBurned`]), so that payments never fail on it.
		type FeeDestination: Get<Self::AccountId>;

		/// How long an overdrawn account may be topped up before its stream is closed.
		#[pallet::constant]
		type GracePeriod: Get<BlockNumberFor<Self>>;

		/// The most expiry entries `on_initialize` processes in one block, and the most blocks
		/// of the expiry index it looks at; the rest carries over to the next block, and
		/// `on_idle` works it off with the block's spare weight.
		#[pallet::constant]
		type MaxExpiriesPerBlock: Get<u32>;

		/// Told when a stream is closed because its account ran out of funds.
		type OnExhausted: deinfra_primitives::OnEscrowExhausted<AccountIndex>;

		/// Weights of this pallet's calls and hook.
		type WeightInfo: WeightInfo;
	}

	/// Why the escrow holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Deposits of escrow accounts, held on the escrow's sovereign account.
		#[codec(index = 0)]
		Escrow,
	}

	/// The next account index to assign.
	#[pallet::storage]
	pub type NextAccountIndex<T> = StorageValue<_, AccountIndex, ValueQuery>;

	/// Open escrow accounts. Closed accounts are removed (an index below
	/// [`NextAccountIndex`] that is not here was closed).
	#[pallet::storage]
	pub type Accounts<T: Config> =
		StorageMap<_, Twox64Concat, AccountIndex, EscrowAccountOf<T>, OptionQuery>;

	/// The expiry index: `(block, account)` for every account with a stream, at the block its
	/// funds run out (active) or its grace period ends (overdrawn). Exactly one entry per
	/// streaming account.
	#[pallet::storage]
	pub type Expiries<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		Twox64Concat,
		AccountIndex,
		(),
		OptionQuery,
	>;

	/// The first block of the expiry index not fully processed, when `on_initialize` (or
	/// `on_idle`) had to stop early; absent when it is up to date.
	#[pallet::storage]
	pub type IncompleteSince<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	/// Running totals over all accounts ever opened.
	#[pallet::storage]
	pub type Total<T: Config> = StorageValue<_, Totals<BalanceOf<T>>, ValueQuery>;

	/// Events of the escrow pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An account was opened.
		Opened {
			/// The account.
			account: AccountIndex,
			/// Its owner.
			owner: T::AccountId,
		},
		/// Funds were deposited into an account and are held.
		Deposited {
			/// The account.
			account: AccountIndex,
			/// Who deposited.
			from: T::AccountId,
			/// How much.
			amount: BalanceOf<T>,
		},
		/// A payment stream started.
		StreamStarted {
			/// The account.
			account: AccountIndex,
			/// Who is paid.
			payee: T::AccountId,
			/// Per block.
			rate: BalanceOf<T>,
			/// The last block the balance pays for.
			paid_through: BlockNumberFor<T>,
		},
		/// What a stream owed was paid.
		Settled {
			/// The account.
			account: AccountIndex,
			/// Who was paid.
			payee: T::AccountId,
			/// What the payee received.
			paid: BalanceOf<T>,
			/// What the fee destination received.
			fee: BalanceOf<T>,
			/// The account's balance after the settlement.
			remaining: BalanceOf<T>,
		},
		/// An account's funds ran out; it is closed at `grace_ends` unless topped up.
		Overdrawn {
			/// The account.
			account: AccountIndex,
			/// The block it is closed at.
			grace_ends: BlockNumberFor<T>,
		},
		/// A top-up funded an overdrawn stream again.
		Revived {
			/// The account.
			account: AccountIndex,
			/// The last block the balance pays for.
			paid_through: BlockNumberFor<T>,
		},
		/// A deposit moved the block an account's funds run out.
		Extended {
			/// The account.
			account: AccountIndex,
			/// The last block the balance pays for.
			paid_through: BlockNumberFor<T>,
		},
		/// A payment stream stopped.
		StreamStopped {
			/// The account.
			account: AccountIndex,
			/// Who was paid.
			payee: T::AccountId,
		},
		/// An account was closed and what was left refunded to its owner.
		Closed {
			/// The account.
			account: AccountIndex,
			/// Its owner.
			owner: T::AccountId,
			/// What the owner received.
			refund: BalanceOf<T>,
			/// Why.
			reason: CloseReason,
		},
		/// A payment could not be made because the recipient does not exist and the amount is
		/// below the existential deposit; it went to the fee destination.
		DustSwept {
			/// The account.
			account: AccountIndex,
			/// The intended recipient.
			who: T::AccountId,
			/// How much.
			amount: BalanceOf<T>,
		},
		/// An amount due to the fee destination (the take, or dust swept to it) was burned,
		/// because the fee destination cannot receive it (it was reaped and the amount is below
		/// the existential deposit). It counts as fees.
		FeeBurned {
			/// The account it was paid from.
			account: AccountIndex,
			/// How much was burned.
			amount: BalanceOf<T>,
		},
		/// Processing an account's expiry failed; it is retried at `retry_at`.
		ExpiryDeferred {
			/// The account.
			account: AccountIndex,
			/// The block of the next attempt.
			retry_at: BlockNumberFor<T>,
			/// Why it failed.
			error: DispatchError,
		},
	}

	/// Errors of the escrow pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// No account has this index.
		UnknownAccount,
		/// The account was closed.
		AccountClosed,
		/// The amount is zero.
		ZeroAmount,
		/// The amount is below the existential deposit.
		DepositBelowMinimum,
		/// The rate is zero.
		ZeroRate,
		/// The rate is so high that `rate × blocks` could overflow the balance type.
		RateTooHigh,
		/// Not enough funds: the depositor cannot spend the amount and keep its account alive
		/// (opening an account, `deposit`), checked before anything is written; or the
		/// account's balance does not fund one block of the stream (`start_stream`).
		InsufficientBalance,
		/// The account already has a payment stream.
		StreamAlreadyRunning,
		/// The account has no payment stream.
		NoStream,
		/// The account still has a payment stream; it must be stopped first.
		StreamRunning,
		/// The caller is not the account's owner.
		NotOwner,
		/// The account belongs to another pallet's record (e.g. a market order or lease) and is
		/// closed through it (cancel the order, close the lease), not directly.
		ManagedAccount,
		/// The caller is not the stream's payee.
		NotPayee,
		/// The payee cannot be the escrow's own account.
		InvalidPayee,
		/// No more account indices.
		IndexOverflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Processes the expiry index up to this block, at most
		/// [`Config::MaxExpiriesPerBlock`] entries and blocks; the rest carries over.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::process_expiries(now)
		}

		/// Works off a backlog of the expiry index (see [`IncompleteSince`]) with the block's
		/// spare weight: as many blocks and entries as `remaining_weight` pays for, at the
		/// weights `on_initialize` is charged. Does nothing without a backlog or without the
		/// weight to read [`IncompleteSince`].
		fn on_idle(now: BlockNumberFor<T>, remaining_weight: Weight) -> Weight {
			Self::process_backlog(now, remaining_weight)
		}

		fn integrity_test() {
			assert!(T::MaxExpiriesPerBlock::get() > 0, "MaxExpiriesPerBlock must not be zero");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		// Call index 0 was `open`. Accounts are opened only by the pallets that use the escrow
		// (the market's orders, through `Escrow::open`), so every new account is managed.

		/// Deposits `amount` from the caller into an open account. Anyone may top up any
		/// account; what is left at close is refunded to the owner. Settles what is owed, moves
		/// the account's expiry, and revives an overdrawn stream it funds again.
		///
		/// - Origin: signed.
		/// - Events: [`Event::Deposited`]; [`Event::Settled`], [`Event::Extended`],
		///   [`Event::Revived`] as they apply.
		/// - Errors: [`Error::ZeroAmount`], [`Error::DepositBelowMinimum`],
		///   [`Error::UnknownAccount`], [`Error::AccountClosed`], [`Error::InsufficientBalance`]
		///   (the caller cannot spend `amount` and stay alive).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::deposit())]
		pub fn deposit(
			origin: OriginFor<T>,
			account: AccountIndex,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deposit(&who, account, amount)
		}

		/// Pays the payee of an account's stream what it is owed now (less the take), up to
		/// the account's balance. Paying twice in a block pays nothing the second time.
		///
		/// - Origin: signed; anyone.
		/// - Events: [`Event::Settled`] if anything was due; [`Event::Overdrawn`] if the funds
		///   ran out.
		/// - Errors: [`Error::UnknownAccount`], [`Error::AccountClosed`], [`Error::NoStream`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::settle())]
		pub fn settle(origin: OriginFor<T>, account: AccountIndex) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_settle(account).map(|_| ())
		}

		/// As [`Pallet::settle`], by the stream's payee.
		///
		/// - Origin: signed; the payee of the account's stream.
		/// - Events: as [`Pallet::settle`].
		/// - Errors: [`Error::UnknownAccount`], [`Error::AccountClosed`], [`Error::NoStream`],
		///   [`Error::NotPayee`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw())]
		pub fn withdraw(origin: OriginFor<T>, account: AccountIndex) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw(&who, account).map(|_| ())
		}

		/// Closes an account its owner opened with the former `open` call (call index 0, since
		/// removed) that has no stream, and refunds its balance to the owner. Accounts opened by
		/// another pallet (a market order) are closed through that pallet.
		///
		/// - Origin: signed; the owner.
		/// - Events: [`Event::Closed`] with [`CloseReason::Requested`].
		/// - Errors: [`Error::UnknownAccount`], [`Error::AccountClosed`], [`Error::NotOwner`],
		///   [`Error::ManagedAccount`], [`Error::StreamRunning`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::close())]
		pub fn close(origin: OriginFor<T>, account: AccountIndex) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_owner_close(&who, account).map(|_| ())
		}
	}
}
