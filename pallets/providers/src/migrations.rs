//! Storage migrations of the provider registry, listed in the runtime's `Migrations`.

/// Version 1: unbonding chunks store the block they [started](crate::UnbondingChunk::started)
/// instead of their unlock block, so that the unbonding period is read when a chunk is
/// withdrawn and a governance change of it applies to chunks already unbonding.
pub mod v1 {
	use crate::{Config, Pallet, Unbonding, UnbondingChunk, UnbondingChunksOf};
	use alloc::vec::Vec;
	use codec::{Decode, Encode, MaxEncodedLen};
	use core::marker::PhantomData;
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
		BoundedVec,
	};
	use frame_system::pallet_prelude::BlockNumberFor;
	use scale_info::TypeInfo;
	use sp_runtime::traits::Saturating;
	#[cfg(feature = "try-runtime")]
	use sp_runtime::TryRuntimeError;

	/// An unbonding chunk as version 0 stored it: with its unlock block.
	#[derive(Clone, Copy, Encode, Decode, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen)]
	pub struct UnbondingChunkV0<Balance, BlockNumber> {
		/// Amount still held.
		pub amount: Balance,
		/// First block at which `withdraw_unbonded` released it.
		pub unlock_at: BlockNumber,
	}

	/// The unbonding chunks of an account as version 0 stored them.
	pub type UnbondingChunksV0Of<T> = BoundedVec<
		UnbondingChunkV0<crate::BalanceOf<T>, BlockNumberFor<T>>,
		<T as Config>::MaxUnbondingChunks,
	>;

	/// The version-1 chunks of version-0 `chunks` under an unbonding period of `period`:
	/// `started = unlock_at - period` (saturating at block 0), so each unlocks at the same block
	/// as before while the period stays as it is. Chunks that end up with the same start block
	/// (only possible through the saturation) are merged; the result is sorted by start block.
	pub fn upgraded<T: Config>(
		chunks: UnbondingChunksV0Of<T>,
		period: BlockNumberFor<T>,
	) -> UnbondingChunksOf<T> {
		let mut started: Vec<UnbondingChunk<crate::BalanceOf<T>, BlockNumberFor<T>>> = chunks
			.into_iter()
			.map(|c| UnbondingChunk {
				amount: c.amount,
				started: c.unlock_at.saturating_sub(period),
			})
			.collect();
		started.sort_by_key(|c| c.started);
		let mut merged: Vec<UnbondingChunk<crate::BalanceOf<T>, BlockNumberFor<T>>> =
			Vec::with_capacity(started.len());
		for chunk in started {
			match merged.last_mut() {
				Some(last) if last.started == chunk.started => {
					last.amount = last.amount.saturating_add(chunk.amount)
				}
				_ => merged.push(chunk),
			}
		}
		// No more chunks than there were, so within the bound.
		BoundedVec::truncate_from(merged)
	}

	/// Rewrites every account's version-0 unbonding chunks with
	/// `started = unlock_at - UnbondingPeriod` (see [`upgraded`]). An entry that does not
	/// decode as version 0 is left as it is (and reported), never removed: the funds it
	/// accounts for stay held either way. Use it through [`MigrateV0ToV1`], which runs it only
	/// at storage version 0 and then sets version 1.
	///
	/// Reads and writes each `Unbonding` entry once, in one block: there are few while the
	/// chain is young.
	pub struct InnerMigrateV0ToV1<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for InnerMigrateV0ToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let period = T::UnbondingPeriod::get();
			let accounts: Vec<T::AccountId> = Unbonding::<T>::iter_keys().collect();
			let mut writes: u64 = 0;
			for who in accounts.iter() {
				let key = Unbonding::<T>::hashed_key_for(who);
				let old = frame_support::storage::unhashed::get_raw(&key)
					.and_then(|raw| UnbondingChunksV0Of::<T>::decode(&mut &raw[..]).ok());
				let Some(old) = old else {
					frame_support::defensive!("unbonding chunks are not version 0");
					continue;
				};
				Unbonding::<T>::insert(who, upgraded::<T>(old, period));
				writes = writes.saturating_add(1);
			}
			let reads = (accounts.len() as u64).saturating_mul(2).saturating_add(1);
			T::DbWeight::get().reads_writes(reads, writes)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
			let mut old = Vec::new();
			for who in Unbonding::<T>::iter_keys() {
				let raw = frame_support::storage::unhashed::get_raw(
					&Unbonding::<T>::hashed_key_for(&who),
				)
				.ok_or(TryRuntimeError::Other("unbonding entry vanished"))?;
				let chunks = UnbondingChunksV0Of::<T>::decode(&mut &raw[..])
					.map_err(|_| TryRuntimeError::Other("unbonding chunks are not version 0"))?;
				old.push((who, chunks));
			}
			Ok(old.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
			let old = Vec::<(T::AccountId, UnbondingChunksV0Of<T>)>::decode(&mut &state[..])
				.map_err(|_| TryRuntimeError::Other("pre-upgrade state"))?;
			let period = T::UnbondingPeriod::get();
			frame_support::ensure!(
				Unbonding::<T>::iter_keys().count() == old.len(),
				"accounts with unbonding chunks changed"
			);
			for (who, chunks) in old {
				let total_before = chunks
					.iter()
					.fold(crate::BalanceOf::<T>::default(), |s, c| s.saturating_add(c.amount));
				let now = Unbonding::<T>::get(&who);
				let total_after = now
					.iter()
					.fold(crate::BalanceOf::<T>::default(), |s, c| s.saturating_add(c.amount));
				frame_support::ensure!(total_before == total_after, "unbonding amounts changed");
				frame_support::ensure!(
					now == upgraded::<T>(chunks, period),
					"unbonding chunks changed other than by their start block"
				);
			}
			Pallet::<T>::do_try_state()
		}
	}

	/// The migration to list in the runtime's `Migrations`: [`InnerMigrateV0ToV1`] at
	/// storage version 0, then version 1.
	pub type MigrateV0ToV1<T> = VersionedMigration<
		0,
		1,
		InnerMigrateV0ToV1<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
