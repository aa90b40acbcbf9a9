//! Storage migrations of the protocol parameters, listed in the runtime's `Migrations`.

/// The stored parameters decoded as the layout `V` (`None` when nothing is stored), or the
/// `error` when they do not decode as `V`: what `pre_upgrade`/`post_upgrade` read.
#[cfg(feature = "try-runtime")]
fn stored_as<T: crate::Config, V: codec::Decode>(
	error: &'static str,
) -> Result<Option<V>, sp_runtime::TryRuntimeError> {
	frame_support::storage::unhashed::get_raw(&crate::Params::<T>::hashed_key())
		.map(|bytes| {
			V::decode(&mut &bytes[..]).map_err(|_| sp_runtime::TryRuntimeError::Other(error))
		})
		.transpose()
}

/// Version 1: [`ProtocolParams::bid_ttl`](crate::ProtocolParams::bid_ttl) (bids expire).
///
/// It writes the version-1 layout ([`v2::ProtocolParamsV1`]), which [`v2`] then upgrades:
/// list both, in order, for a chain still at version 0.
pub mod v1 {
	use super::v2::ProtocolParamsV1;
	use crate::{Config, Pallet, Params};
	use codec::{Decode, Encode};
	use core::marker::PhantomData;
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};
	use frame_system::pallet_prelude::BlockNumberFor;
	use sp_runtime::Perbill;
	#[cfg(feature = "try-runtime")]
	use {alloc::vec::Vec, sp_runtime::TryRuntimeError};

	/// The parameters as version 0 stored them: without `bid_ttl`.
	#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug)]
	pub struct ProtocolParamsV0<Balance, BlockNumber> {
		/// See [`crate::ProtocolParams::min_provider_bond`].
		pub min_provider_bond: Balance,
		/// See [`crate::ProtocolParams::unbonding_period`].
		pub unbonding_period: BlockNumber,
		/// See [`crate::ProtocolParams::bid_deposit`].
		pub bid_deposit: Balance,
		/// See [`crate::ProtocolParams::max_bids_per_order`].
		pub max_bids_per_order: u32,
		/// See [`crate::ProtocolParams::min_lease_deposit`].
		pub min_lease_deposit: Balance,
		/// See [`crate::ProtocolParams::take_rate`].
		pub take_rate: Perbill,
		/// See [`crate::ProtocolParams::grace_period`].
		pub grace_period: BlockNumber,
		/// See [`crate::ProtocolParams::early_close_penalty`].
		pub early_close_penalty: Balance,
		/// See [`crate::ProtocolParams::provider_minimum_term`].
		pub provider_minimum_term: BlockNumber,
		/// See [`crate::ProtocolParams::deployment_deposit_per_byte`].
		pub deployment_deposit_per_byte: Balance,
		/// See [`crate::ProtocolParams::max_deployment_versions`].
		pub max_deployment_versions: u32,
		/// See [`crate::ProtocolParams::expiry_items_per_block`].
		pub expiry_items_per_block: u32,
	}

	impl<Balance, BlockNumber> ProtocolParamsV0<Balance, BlockNumber> {
		/// The same parameters with `bid_ttl` added (the version-1 layout).
		pub fn upgraded(self, bid_ttl: BlockNumber) -> ProtocolParamsV1<Balance, BlockNumber> {
			ProtocolParamsV1 {
				min_provider_bond: self.min_provider_bond,
				unbonding_period: self.unbonding_period,
				bid_deposit: self.bid_deposit,
				max_bids_per_order: self.max_bids_per_order,
				min_lease_deposit: self.min_lease_deposit,
				take_rate: self.take_rate,
				grace_period: self.grace_period,
				early_close_penalty: self.early_close_penalty,
				provider_minimum_term: self.provider_minimum_term,
				deployment_deposit_per_byte: self.deployment_deposit_per_byte,
				max_deployment_versions: self.max_deployment_versions,
				expiry_items_per_block: self.expiry_items_per_block,
				bid_ttl,
			}
		}
	}

	/// Rewrites stored version-0 parameters as version 1 (the layout of
	/// [`ProtocolParamsV1`]) with `bid_ttl = BidTtl::get()`; a chain that stored none (it runs
	/// on the defaults) has nothing to rewrite. Use it through [`MigrateV0ToV1`], which runs it
	/// only at storage version 0 and then sets version 1.
	pub struct InnerMigrateV0ToV1<T, BidTtl>(PhantomData<(T, BidTtl)>);

	impl<T: Config, BidTtl: Get<BlockNumberFor<T>>> UncheckedOnRuntimeUpgrade
		for InnerMigrateV0ToV1<T, BidTtl>
	{
		fn on_runtime_upgrade() -> Weight {
			use frame_support::storage::unhashed;
			let key = Params::<T>::hashed_key();
			if let Some(bytes) = unhashed::get_raw(&key) {
				match ProtocolParamsV0::<crate::BalanceOf<T>, BlockNumberFor<T>>::decode(
					&mut &bytes[..],
				) {
					Ok(old) => unhashed::put_raw(&key, &old.upgraded(BidTtl::get()).encode()),
					// Undecodable as version 0: left as it is; `try_state` reports it.
					Err(_) => {
						frame_support::defensive!("protocol parameters are not version 0");
					}
				}
			}
			T::DbWeight::get().reads_writes(1, 1)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
			let old = super::stored_as::<
				T,
				ProtocolParamsV0<crate::BalanceOf<T>, BlockNumberFor<T>>,
			>("stored parameters are not version 0")?;
			Ok(old.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
			let old = Option::<ProtocolParamsV0<crate::BalanceOf<T>, BlockNumberFor<T>>>::decode(
				&mut &state[..],
			)
			.map_err(|_| TryRuntimeError::Other("pre-upgrade state"))?;
			let now = super::stored_as::<
				T,
				ProtocolParamsV1<crate::BalanceOf<T>, BlockNumberFor<T>>,
			>("migrated parameters are not version 1")?;
			frame_support::ensure!(
				now == old.map(|old| old.upgraded(BidTtl::get())),
				"parameters changed other than by gaining bid_ttl"
			);
			// The bounds are checked after `v2`, on the layout the pallet reads.
			Ok(())
		}
	}

	/// The migration to list in the runtime's `Migrations`: [`InnerMigrateV0ToV1`] at
	/// storage version 0, then version 1.
	pub type MigrateV0ToV1<T, BidTtl> = VersionedMigration<
		0,
		1,
		InnerMigrateV0ToV1<T, BidTtl>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 2: [`ProtocolParams::slash_deferral`](crate::ProtocolParams::slash_deferral) (a
/// proposed slash waits before it can be applied).
pub mod v2 {
	use crate::{Config, Pallet, Params, ProtocolParams};
	use codec::{Decode, Encode};
	use core::marker::PhantomData;
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};
	use frame_system::pallet_prelude::BlockNumberFor;
	use sp_runtime::Perbill;
	#[cfg(feature = "try-runtime")]
	use {alloc::vec::Vec, sp_runtime::TryRuntimeError};

	/// The parameters as version 1 stored them: without `slash_deferral`.
	#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug)]
	pub struct ProtocolParamsV1<Balance, BlockNumber> {
		/// See [`ProtocolParams::min_provider_bond`].
		pub min_provider_bond: Balance,
		/// See [`ProtocolParams::unbonding_period`].
		pub unbonding_period: BlockNumber,
		/// See [`ProtocolParams::bid_deposit`].
		pub bid_deposit: Balance,
		/// See [`ProtocolParams::max_bids_per_order`].
		pub max_bids_per_order: u32,
		/// See [`ProtocolParams::min_lease_deposit`].
		pub min_lease_deposit: Balance,
		/// See [`ProtocolParams::take_rate`].
		pub take_rate: Perbill,
		/// See [`ProtocolParams::grace_period`].
		pub grace_period: BlockNumber,
		/// See [`ProtocolParams::early_close_penalty`].
		pub early_close_penalty: Balance,
		/// See [`ProtocolParams::provider_minimum_term`].
		pub provider_minimum_term: BlockNumber,
		/// See [`ProtocolParams::deployment_deposit_per_byte`].
		pub deployment_deposit_per_byte: Balance,
		/// See [`ProtocolParams::max_deployment_versions`].
		pub max_deployment_versions: u32,
		/// See [`ProtocolParams::expiry_items_per_block`].
		pub expiry_items_per_block: u32,
		/// See [`ProtocolParams::bid_ttl`].
		pub bid_ttl: BlockNumber,
	}

	impl<Balance, BlockNumber> ProtocolParamsV1<Balance, BlockNumber> {
		/// The same parameters with `slash_deferral` added.
		pub fn upgraded(self, slash_deferral: BlockNumber) -> ProtocolParams<Balance, BlockNumber> {
			ProtocolParams {
				min_provider_bond: self.min_provider_bond,
				unbonding_period: self.unbonding_period,
				bid_deposit: self.bid_deposit,
				max_bids_per_order: self.max_bids_per_order,
				min_lease_deposit: self.min_lease_deposit,
				take_rate: self.take_rate,
				grace_period: self.grace_period,
				early_close_penalty: self.early_close_penalty,
				provider_minimum_term: self.provider_minimum_term,
				deployment_deposit_per_byte: self.deployment_deposit_per_byte,
				max_deployment_versions: self.max_deployment_versions,
				expiry_items_per_block: self.expiry_items_per_block,
				bid_ttl: self.bid_ttl,
				slash_deferral,
			}
		}
	}

	/// Rewrites stored version-1 parameters with `slash_deferral = SlashDeferral::get()`; a
	/// chain that stored none (it runs on the defaults) has nothing to rewrite. Use it through
	/// [`MigrateV1ToV2`], which runs it only at storage version 1 and then sets version 2.
	pub struct InnerMigrateV1ToV2<T, SlashDeferral>(PhantomData<(T, SlashDeferral)>);

	impl<T: Config, SlashDeferral: Get<BlockNumberFor<T>>> UncheckedOnRuntimeUpgrade
		for InnerMigrateV1ToV2<T, SlashDeferral>
	{
		fn on_runtime_upgrade() -> Weight {
			let translated = Params::<T>::translate::<
				ProtocolParamsV1<crate::BalanceOf<T>, BlockNumberFor<T>>,
				_,
			>(|old| old.map(|old| old.upgraded(SlashDeferral::get())));
			if translated.is_err() {
				// Undecodable as version 1: left as it is; `try_state` reports it.
				frame_support::defensive!("protocol parameters are not version 1");
			}
			T::DbWeight::get().reads_writes(1, 1)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
			let old = super::stored_as::<
				T,
				ProtocolParamsV1<crate::BalanceOf<T>, BlockNumberFor<T>>,
			>("stored parameters are not version 1")?;
			Ok(old.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
			let old = Option::<ProtocolParamsV1<crate::BalanceOf<T>, BlockNumberFor<T>>>::decode(
				&mut &state[..],
			)
			.map_err(|_| TryRuntimeError::Other("pre-upgrade state"))?;
			let now = Params::<T>::get();
			frame_support::ensure!(
				now == old.map(|old| old.upgraded(SlashDeferral::get())),
				"parameters changed other than by gaining slash_deferral"
			);
			Pallet::<T>::do_try_state()
		}
	}

	/// The migration to list in the runtime's `Migrations`, after
	/// [`MigrateV0ToV1`](super::v1::MigrateV0ToV1): [`InnerMigrateV1ToV2`] at storage version
	/// 1, then version 2.
	pub type MigrateV1ToV2<T, SlashDeferral> = VersionedMigration<
		1,
		2,
		InnerMigrateV1ToV2<T, SlashDeferral>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
