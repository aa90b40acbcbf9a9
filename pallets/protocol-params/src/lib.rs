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
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod types;
pub mod weights;

use core::marker::PhantomData;
use frame_support::traits::Get;

/// The protocol parameters of a runtime.
pub type ParamsOf<T> =
	ProtocolParams<BalanceOf<T>, frame_system::pallet_prelude::BlockNumberFor<T>>;
/// A change to the protocol parameters of a runtime.
pub type UpdateOf<T> = ParamsUpdate<BalanceOf<T>, frame_system::pallet_prelude::BlockNumberFor<T>>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use sp_runtime::Perbill;

	/// The balance type of the parameters.
	pub type BalanceOf<T> = <T as Config>::Balance;

	/// The in-code storage version: 1 added [`ProtocolParams::bid_ttl`]
	/// ([`crate::migrations::v1`]), 2 added [`ProtocolParams::slash_deferral`]
	/// ([`crate::migrations::v2`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration: the update origin and the hard bounds no update may cross.
	///
	/// Every parameter has a lower and an upper bound, both constants shown in the metadata
	/// (a field whose lower bound is not a constant here is bounded below by zero, which is
	/// always safe for it: no take rate, no early-close penalty, no deployment deposit per
	/// byte). The bounds are chosen so that no value inside them halts the market, locks funds
	/// for an absurd time, makes every provider close a penalty or overflows the deposit
	/// arithmetic; [`Hooks::integrity_test`] checks that each lower bound is at most its upper
	/// bound and that [`Pallet::defaults`] are within them.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The balance type (the runtime's `Balance`).
		type Balance: Parameter
			+ Member
			+ MaxEncodedLen
			+ Copy
			+ Default
			+ PartialOrd
			+ serde::Serialize
			+ for<'a> serde::Deserialize<'a>;

		/// Who may change the parameters (a referendum on the `protocol_params` track).
		type UpdateOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The take rate can never exceed this (its lower bound is zero).
		#[pallet::constant]
		type MaxTakeRate: Get<Perbill>;
		/// The grace period can never be shorter than this.
		#[pallet::constant]
		type MinGracePeriod: Get<BlockNumberFor<Self>>;
		/// The grace period can never be longer than this: a lease whose escrow ran dry must
		/// not keep a provider's capacity (and the tenant's remaining funds) tied up for long.
		#[pallet::constant]
		type MaxGracePeriod: Get<BlockNumberFor<Self>>;
		/// The unbonding period can never be shorter than this.
		#[pallet::constant]
		type MinUnbondingPeriod: Get<BlockNumberFor<Self>>;
		/// The unbonding period can never be longer than this: it applies to chunks already
		/// unbonding, so a longer one would lock every leaving provider's funds.
		#[pallet::constant]
		type MaxUnbondingPeriod: Get<BlockNumberFor<Self>>;
		/// The minimum provider bond can never be lower than this.
		#[pallet::constant]
		type MinProviderBondFloor: Get<BalanceOf<Self>>;
		/// The minimum provider bond can never be higher than this: above it too few accounts
		/// could register (or stay active) and the market would halt. It also bounds the
		/// early-close penalty, which can never exceed the minimum bond.
		#[pallet::constant]
		type MinProviderBondCeiling: Get<BalanceOf<Self>>;
		/// The minimum lease deposit can never be lower than this.
		#[pallet::constant]
		type MinLeaseDepositFloor: Get<BalanceOf<Self>>;
		/// The minimum lease deposit can never be higher than this: above it tenants could no
		/// longer afford to open orders and the market would halt.
		#[pallet::constant]
		type MinLeaseDepositCeiling: Get<BalanceOf<Self>>;
		/// The bid deposit can never be lower than this (it keeps bids from being spam).
		#[pallet::constant]
		type MinBidDepositFloor: Get<BalanceOf<Self>>;
		/// The bid deposit can never be higher than this: above it providers could no longer
		/// afford to bid on many orders at once and the market would halt.
		#[pallet::constant]
		type MaxBidDeposit: Get<BalanceOf<Self>>;
		/// `max_bids_per_order` can never be below this (at least 1: an order must take a
		/// bid).
		#[pallet::constant]
		type MinBidsPerOrder: Get<u32>;
		/// `max_bids_per_order` can never exceed this (the market's storage bound).
		#[pallet::constant]
		type MaxBidsPerOrderLimit: Get<u32>;
		/// The early-close penalty can never exceed this (its lower bound is zero; it can
		/// never exceed the minimum provider bond in force either).
		#[pallet::constant]
		type MaxEarlyClosePenalty: Get<BalanceOf<Self>>;
		/// The provider minimum term can never be shorter than this.
		#[pallet::constant]
		type MinProviderMinimumTerm: Get<BlockNumberFor<Self>>;
		/// The provider minimum term can never be longer than this: beyond it almost every
		/// close by a provider would be early and move bond to the tenant.
		#[pallet::constant]
		type MaxProviderMinimumTerm: Get<BlockNumberFor<Self>>;
		/// The deployment deposit per byte can never exceed this (its lower bound is zero):
		/// above it deployments would be unaffordable, and the largest record times this must
		/// not overflow the balance type.
		#[pallet::constant]
		type MaxDeploymentDepositPerByte: Get<BalanceOf<Self>>;
		/// `max_deployment_versions` can never be below this (at least 1: the current version
		/// must be kept).
		#[pallet::constant]
		type MinDeploymentVersions: Get<u32>;
		/// `max_deployment_versions` can never exceed this (the deployments' storage bound).
		#[pallet::constant]
		type MaxDeploymentVersionsLimit: Get<u32>;
		/// `expiry_items_per_block` can never exceed this (what a block's weight allows).
		#[pallet::constant]
		type MaxExpiryItemsPerBlock: Get<u32>;
		/// `expiry_items_per_block` can never be below this, so that the expiry hooks keep up
		/// with the leases a block can create.
		#[pallet::constant]
		type MinExpiryItemsPerBlock: Get<u32>;
		/// A bid can never expire sooner than this (a tenant needs time to compare bids).
		#[pallet::constant]
		type MinBidTtl: Get<BlockNumberFor<Self>>;
		/// A bid can never stand longer than this (abandoned bids must not hold an order's
		/// slots for long).
		#[pallet::constant]
		type MaxBidTtl: Get<BlockNumberFor<Self>>;
		/// A proposed slash can never become applicable sooner than this: token holders need
		/// time to cancel a wrongful one.
		#[pallet::constant]
		type MinSlashDeferral: Get<BlockNumberFor<Self>>;
		/// A proposed slash can never wait longer than this before it can be applied (a
		/// provider with a pending slash cannot unbond, so its funds stay locked meanwhile).
		#[pallet::constant]
		type MaxSlashDeferral: Get<BlockNumberFor<Self>>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// The protocol parameters in force.
	#[pallet::storage]
	pub type Params<T: Config> = StorageValue<_, ParamsOf<T>, OptionQuery>;

	/// The parameters of a new chain.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The parameters at genesis; `None` keeps the runtime's defaults.
		pub params: Option<ParamsOf<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if let Some(params) = &self.params {
				if let Err(e) = Pallet::<T>::check_bounds(params) {
					panic!("genesis protocol parameters out of bounds: {e:?}");
				}
				Params::<T>::put(params);
			}
		}
	}

	/// Events of this pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance changed the protocol parameters.
		ParamsUpdated {
			/// The parameters before the change.
			old: ParamsOf<T>,
			/// The parameters after the change.
			new: ParamsOf<T>,
		},
	}

	/// Errors of this pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// The update changes nothing: every field is `None`.
		EmptyUpdate,
		/// The take rate is above `MaxTakeRate`.
		TakeRateTooHigh,
		/// The grace period is below `MinGracePeriod`.
		GracePeriodTooShort,
		/// The unbonding period is below `MinUnbondingPeriod`.
		UnbondingPeriodTooShort,
		/// The minimum provider bond is below `MinProviderBondFloor`.
		ProviderBondTooLow,
		/// The minimum lease deposit is below `MinLeaseDepositFloor`.
		LeaseDepositTooLow,
		/// The bid deposit is below `MinBidDepositFloor`.
		BidDepositTooLow,
		/// `max_bids_per_order` is below `MinBidsPerOrder` (or zero) or above
		/// `MaxBidsPerOrderLimit`.
		BidsPerOrderOutOfBounds,
		/// `max_deployment_versions` is below `MinDeploymentVersions` (or zero) or above
		/// `MaxDeploymentVersionsLimit`.
		DeploymentVersionsOutOfBounds,
		/// `expiry_items_per_block` is below `MinExpiryItemsPerBlock` or above
		/// `MaxExpiryItemsPerBlock`.
		ExpiryItemsOutOfBounds,
		/// `bid_ttl` is below `MinBidTtl` or above `MaxBidTtl`.
		BidTtlOutOfBounds,
		/// `early_close_penalty` is above `min_provider_bond`: a penalty must never be able to
		/// take more than the bond every provider keeps.
		PenaltyAboveMinimumBond,
		/// The grace period is above `MaxGracePeriod`.
		GracePeriodTooLong,
		/// The unbonding period is above `MaxUnbondingPeriod`.
		UnbondingPeriodTooLong,
		/// The minimum provider bond is above `MinProviderBondCeiling`.
		ProviderBondTooHigh,
		/// The minimum lease deposit is above `MinLeaseDepositCeiling`.
		LeaseDepositTooHigh,
		/// The bid deposit is above `MaxBidDeposit`.
		BidDepositTooHigh,
		/// The early-close penalty is above `MaxEarlyClosePenalty`.
		EarlyClosePenaltyTooHigh,
		/// The provider minimum term is below `MinProviderMinimumTerm`.
		ProviderMinimumTermTooShort,
		/// The provider minimum term is above `MaxProviderMinimumTerm`.
		ProviderMinimumTermTooLong,
		/// The deployment deposit per byte is above `MaxDeploymentDepositPerByte`.
		DeploymentDepositPerByteTooHigh,
		/// The slash deferral is below `MinSlashDeferral`.
		SlashDeferralTooShort,
		/// The slash deferral is above `MaxSlashDeferral`.
		SlashDeferralTooLong,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Checks that every lower bound is at most its upper bound, that the counts' lower
		/// bounds are at least 1 and that [`Pallet::defaults`] are within the bounds.
		fn integrity_test() {
			assert!(T::MinGracePeriod::get() <= T::MaxGracePeriod::get(), "grace period bounds");
			assert!(
				T::MinUnbondingPeriod::get() <= T::MaxUnbondingPeriod::get(),
				"unbonding period bounds"
			);
			assert!(
				T::MinProviderBondFloor::get() <= T::MinProviderBondCeiling::get(),
				"provider bond bounds"
			);
			assert!(
				T::MinLeaseDepositFloor::get() <= T::MinLeaseDepositCeiling::get(),
				"lease deposit bounds"
			);
			assert!(T::MinBidDepositFloor::get() <= T::MaxBidDeposit::get(), "bid deposit bounds");
			assert!(
				T::MinBidsPerOrder::get() >= 1
					&& T::MinBidsPerOrder::get() <= T::MaxBidsPerOrderLimit::get(),
				"bids per order bounds"
			);
			assert!(
				T::MinProviderMinimumTerm::get() <= T::MaxProviderMinimumTerm::get(),
				"provider minimum term bounds"
			);
			assert!(
				T::MinDeploymentVersions::get() >= 1
					&& T::MinDeploymentVersions::get() <= T::MaxDeploymentVersionsLimit::get(),
				"deployment versions bounds"
			);
			assert!(
				T::MinExpiryItemsPerBlock::get() >= 1
					&& T::MinExpiryItemsPerBlock::get() <= T::MaxExpiryItemsPerBlock::get(),
				"expiry items bounds"
			);
			assert!(T::MinBidTtl::get() <= T::MaxBidTtl::get(), "bid ttl bounds");
			assert!(
				T::MinSlashDeferral::get() <= T::MaxSlashDeferral::get(),
				"slash deferral bounds"
			);
			assert!(Pallet::<T>::check_bounds(&Pallet::<T>::defaults()).is_ok(), "defaults");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Changes some protocol parameters; fields left `None` keep their value.
		///
		/// Origin: `T::UpdateOrigin` (a referendum on the `protocol_params` track).
		/// Emits [`Event::ParamsUpdated`] with the old and new values.
		/// Errors: [`Error::EmptyUpdate`], and for a field out of its hard bounds (checked
		/// on the whole new value, see [`Pallet::check_bounds`])
		/// [`Error::TakeRateTooHigh`], [`Error::GracePeriodTooShort`],
		/// [`Error::GracePeriodTooLong`], [`Error::UnbondingPeriodTooShort`],
		/// [`Error::UnbondingPeriodTooLong`], [`Error::ProviderBondTooLow`],
		/// [`Error::ProviderBondTooHigh`], [`Error::LeaseDepositTooLow`],
		/// [`Error::LeaseDepositTooHigh`], [`Error::BidDepositTooLow`],
		/// [`Error::BidDepositTooHigh`], [`Error::BidsPerOrderOutOfBounds`],
		/// [`Error::EarlyClosePenaltyTooHigh`], [`Error::ProviderMinimumTermTooShort`],
		/// [`Error::ProviderMinimumTermTooLong`], [`Error::DeploymentDepositPerByteTooHigh`],
		/// [`Error::DeploymentVersionsOutOfBounds`], [`Error::ExpiryItemsOutOfBounds`],
		/// [`Error::BidTtlOutOfBounds`], [`Error::SlashDeferralTooShort`],
		/// [`Error::SlashDeferralTooLong`], [`Error::PenaltyAboveMinimumBond`]. Nothing
		/// changes on error.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set_params())]
		pub fn set_params(origin: OriginFor<T>, update: UpdateOf<T>) -> DispatchResult {
			T::UpdateOrigin::ensure_origin(origin)?;
			ensure!(update != UpdateOf::<T>::default(), Error::<T>::EmptyUpdate);
			let old = Self::params();
			let new = old.updated(&update);
			Self::check_bounds(&new)?;
			Params::<T>::put(&new);
			Self::deposit_event(Event::ParamsUpdated { old, new });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The parameters in force (the runtime's defaults, `T::Defaults`, before any were set).
	pub fn params() -> ParamsOf<T> {
		Params::<T>::get().unwrap_or_else(Self::defaults)
	}

	/// The parameters of a chain whose genesis set none: every field at one of its hard
	/// bounds (the safest one) or zero where zero is its lower bound.
	pub fn defaults() -> ParamsOf<T> {
		ProtocolParams {
			min_provider_bond: T::MinProviderBondFloor::get(),
			unbonding_period: T::MinUnbondingPeriod::get(),
			bid_deposit: T::MinBidDepositFloor::get(),
			max_bids_per_order: T::MaxBidsPerOrderLimit::get(),
			min_lease_deposit: T::MinLeaseDepositFloor::get(),
			take_rate: sp_runtime::Perbill::zero(),
			grace_period: T::MinGracePeriod::get(),
			early_close_penalty: Default::default(),
			provider_minimum_term: T::MinProviderMinimumTerm::get(),
			deployment_deposit_per_byte: Default::default(),
			max_deployment_versions: T::MaxDeploymentVersionsLimit::get(),
			expiry_items_per_block: T::MaxExpiryItemsPerBlock::get(),
			bid_ttl: T::MaxBidTtl::get(),
			// The longest: the most time to cancel a wrongful slash.
			slash_deferral: T::MaxSlashDeferral::get(),
		}
	}

	/// Checks every field against its hard bounds (lower, then upper), then the bounds that
	/// tie fields together; the first violation is the error.
	pub fn check_bounds(p: &ParamsOf<T>) -> Result<(), Error<T>> {
		use frame_support::ensure;
		ensure!(p.take_rate <= T::MaxTakeRate::get(), Error::<T>::TakeRateTooHigh);
		ensure!(p.grace_period >= T::MinGracePeriod::get(), Error::<T>::GracePeriodTooShort);
		ensure!(p.grace_period <= T::MaxGracePeriod::get(), Error::<T>::GracePeriodTooLong);
		ensure!(
			p.unbonding_period >= T::MinUnbondingPeriod::get(),
			Error::<T>::UnbondingPeriodTooShort
		);
		ensure!(
			p.unbonding_period <= T::MaxUnbondingPeriod::get(),
			Error::<T>::UnbondingPeriodTooLong
		);
		ensure!(
			p.min_provider_bond >= T::MinProviderBondFloor::get(),
			Error::<T>::ProviderBondTooLow
		);
		ensure!(
			p.min_provider_bond <= T::MinProviderBondCeiling::get(),
			Error::<T>::ProviderBondTooHigh
		);
		ensure!(
			p.min_lease_deposit >= T::MinLeaseDepositFloor::get(),
			Error::<T>::LeaseDepositTooLow
		);
		ensure!(
			p.min_lease_deposit <= T::MinLeaseDepositCeiling::get(),
			Error::<T>::LeaseDepositTooHigh
		);
		ensure!(p.bid_deposit >= T::MinBidDepositFloor::get(), Error::<T>::BidDepositTooLow);
		ensure!(p.bid_deposit <= T::MaxBidDeposit::get(), Error::<T>::BidDepositTooHigh);
		ensure!(
			(T::MinBidsPerOrder::get().max(1)..=T::MaxBidsPerOrderLimit::get())
				.contains(&p.max_bids_per_order),
			Error::<T>::BidsPerOrderOutOfBounds
		);
		ensure!(
			p.early_close_penalty <= T::MaxEarlyClosePenalty::get(),
			Error::<T>::EarlyClosePenaltyTooHigh
		);
		ensure!(
			p.provider_minimum_term >= T::MinProviderMinimumTerm::get(),
			Error::<T>::ProviderMinimumTermTooShort
		);
		ensure!(
			p.provider_minimum_term <= T::MaxProviderMinimumTerm::get(),
			Error::<T>::ProviderMinimumTermTooLong
		);
		ensure!(
			p.deployment_deposit_per_byte <= T::MaxDeploymentDepositPerByte::get(),
			Error::<T>::DeploymentDepositPerByteTooHigh
		);
		ensure!(
			(T::MinDeploymentVersions::get().max(1)..=T::MaxDeploymentVersionsLimit::get())
				.contains(&p.max_deployment_versions),
			Error::<T>::DeploymentVersionsOutOfBounds
		);
		ensure!(
			(T::MinExpiryItemsPerBlock::get().max(1)..=T::MaxExpiryItemsPerBlock::get())
				.contains(&p.expiry_items_per_block),
			Error::<T>::ExpiryItemsOutOfBounds
		);
		ensure!(
			p.bid_ttl >= T::MinBidTtl::get() && p.bid_ttl <= T::MaxBidTtl::get(),
			Error::<T>::BidTtlOutOfBounds
		);
		ensure!(p.slash_deferral >= T::MinSlashDeferral::get(), Error::<T>::SlashDeferralTooShort);
		ensure!(p.slash_deferral <= T::MaxSlashDeferral::get(), Error::<T>::SlashDeferralTooLong);
		ensure!(p.early_close_penalty <= p.min_provider_bond, Error::<T>::PenaltyAboveMinimumBond);
		Ok(())
	}

	/// Invariant: the parameters in force are within the hard bounds.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		Self::check_bounds(&Self::params()).map_err(|e| {
			let e: &'static str = e.into();
			sp_runtime::TryRuntimeError::Other(e)
		})
	}
}

/// A `Get<V>` adapter that reads one field of the parameters in force, for the runtime to
/// hand to other pallets: `ParamGetter<Runtime, MinProviderBond>` where `MinProviderBond`
/// implements [`ParamField`].
pub struct ParamGetter<T, F>(PhantomData<(T, F)>);

/// Picks one field out of the protocol parameters.
pub trait ParamField<T: Config> {
	/// The field's type.
	type Value;
	/// The field of `params`.
	fn get(params: &ParamsOf<T>) -> Self::Value;
}

impl<T: Config, F: ParamField<T>> Get<F::Value> for ParamGetter<T, F> {
	fn get() -> F::Value {
		F::get(&Pallet::<T>::params())
	}
}

/// Declares a [`ParamField`] selector type per field, for [`ParamGetter`].
pub mod fields {
	use super::*;
	use frame_system::pallet_prelude::BlockNumberFor;

	macro_rules! field {
		($(#[$doc:meta])* $name:ident, $field:ident: $ty:ty) => {
			$(#[$doc])*
			pub struct $name;
			impl<T: Config> ParamField<T> for $name {
				type Value = $ty;
				fn get(params: &ParamsOf<T>) -> $ty {
					params.$field
				}
			}
		};
	}

	field!(/// [`ProtocolParams::min_provider_bond`].
		MinProviderBond, min_provider_bond: BalanceOf<T>);
	field!(/// [`ProtocolParams::unbonding_period`].
		UnbondingPeriod, unbonding_period: BlockNumberFor<T>);
	field!(/// [`ProtocolParams::bid_deposit`].
		BidDeposit, bid_deposit: BalanceOf<T>);
	field!(/// [`ProtocolParams::max_bids_per_order`].
		MaxBidsPerOrder, max_bids_per_order: u32);
	field!(/// [`ProtocolParams::min_lease_deposit`].
		MinLeaseDeposit, min_lease_deposit: BalanceOf<T>);
	field!(/// [`ProtocolParams::take_rate`].
		TakeRate, take_rate: sp_runtime::Perbill);
	field!(/// [`ProtocolParams::grace_period`].
		GracePeriod, grace_period: BlockNumberFor<T>);
	field!(/// [`ProtocolParams::early_close_penalty`].
		EarlyClosePenalty, early_close_penalty: BalanceOf<T>);
	field!(/// [`ProtocolParams::provider_minimum_term`].
		ProviderMinimumTerm, provider_minimum_term: BlockNumberFor<T>);
	field!(/// [`ProtocolParams::deployment_deposit_per_byte`].
		DeploymentDepositPerByte, deployment_deposit_per_byte: BalanceOf<T>);
	field!(/// [`ProtocolParams::max_deployment_versions`].
		MaxDeploymentVersions, max_deployment_versions: u32);
	field!(/// [`ProtocolParams::expiry_items_per_block`].
		ExpiryItemsPerBlock, expiry_items_per_block: u32);
	field!(/// [`ProtocolParams::bid_ttl`].
		BidTtl, bid_ttl: BlockNumberFor<T>);
	field!(/// [`ProtocolParams::slash_deferral`].
		SlashDeferral, slash_deferral: BlockNumberFor<T>);
}
