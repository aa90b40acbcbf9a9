//! Registration, record updates with their storage deposit, and deregistration.

use super::validation;
use crate::{
	BalanceOf, Config, Error, Event, GpuSpec, GpusAllocated, HoldReason, Pallet, Prices,
	ProviderInfo, ProviderRecord, ProviderStatus, Registry, Unbonding,
};
use alloc::vec::Vec;
use codec::Encode;
use deinfra_primitives::{AttributeKey, AttributeValue, RegionCode, Resources};
use frame_support::{
	ensure,
	traits::{
		fungible::{InspectHold, MutateHold},
		tokens::Precision,
		Get,
	},
};
use sp_runtime::{
	traits::{CheckedAdd, Saturating, Zero},
	DispatchError, DispatchResult,
};

impl<T: Config> Pallet<T> {
	/// The storage deposit of `record`: `DepositBase + DepositPerByte × encoded bytes`.
	pub fn deposit_for(record: &ProviderRecord<T>) -> BalanceOf<T> {
		let bytes = u32::try_from(record.encoded_size()).unwrap_or(u32::MAX);
		T::DepositBase::get().saturating_add(T::DepositPerByte::get().saturating_mul(bytes.into()))
	}

	/// Registers `who` with `info`, holding `bond` and the storage deposit.
	pub(crate) fn do_register(
		who: &T::AccountId,
		info: ProviderInfo<BalanceOf<T>>,
		bond: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!Registry::<T>::contains_key(who), Error::<T>::AlreadyRegistered);
		ensure!(bond >= T::MinimumBond::get(), Error::<T>::BondBelowMinimum);
		let ProviderInfo { endpoint, region, capacity, gpus, prices, attributes } = info;
		let endpoint = validation::endpoint::<T>(endpoint)?;
		validation::region::<T>(&region)?;
		let gpus = validation::capacity::<T>(&capacity, gpus)?;
		let attributes = validation::attributes::<T>(attributes, &[])?;

		let mut record = ProviderRecord::<T> {
			endpoint,
			region,
			capacity,
			gpus,
			prices,
			attributes,
			status: ProviderStatus::Active,
			bond,
			deposit: Zero::zero(),
			allocated: Resources::default(),
			active_leases: 0,
			registered_at: frame_system::Pallet::<T>::block_number(),
		};
		// The deposit field has a fixed encoded size, so it can be set after sizing the record.
		record.deposit = Self::deposit_for(&record);
		let deposit = record.deposit;

		// Both holds come from the same free balance: check they fit together before holding.
		T::Currency::ensure_can_hold(
			&HoldReason::ProviderBond.into(),
			who,
			bond.checked_add(&deposit).ok_or(Error::<T>::Overflow)?,
		)?;
		T::Currency::ensure_can_hold(&HoldReason::ProviderDeposit.into(), who, deposit)?;

		T::Currency::hold(&HoldReason::ProviderBond.into(), who, bond)?;
		T::Currency::hold(&HoldReason::ProviderDeposit.into(), who, deposit)?;
		Registry::<T>::insert(who, record);
		Self::deposit_event(Event::Registered { provider: who.clone(), bond, deposit });
		Ok(())
	}

	/// Replaces the endpoint, region and attributes of `who`.
	pub(crate) fn do_update_info(
		who: &T::AccountId,
		endpoint: Vec<u8>,
		region: RegionCode,
		attributes: Vec<(AttributeKey, AttributeValue)>,
	) -> DispatchResult {
		let mut record = Registry::<T>::get(who).ok_or(Error::<T>::NotRegistered)?;
		record.endpoint = validation::endpoint::<T>(endpoint)?;
		validation::region::<T>(&region)?;
		record.region = region;
		record.attributes = validation::attributes::<T>(attributes, &record.attributes)?;
		let deposit = Self::store_adjusting_deposit(who, record)?;
		Self::deposit_event(Event::InfoUpdated { provider: who.clone(), deposit });
		Ok(())
	}

	/// Replaces the capacity and GPU kinds of `who`.
	pub(crate) fn do_update_capacity(
		who: &T::AccountId,
		capacity: Resources,
		gpus: Vec<GpuSpec>,
	) -> DispatchResult {
		let mut record = Registry::<T>::get(who).ok_or(Error::<T>::NotRegistered)?;
		record.gpus = validation::capacity::<T>(&capacity, gpus)?;
		ensure!(record.allocated.fits_within(&capacity), Error::<T>::CapacityBelowAllocated);
		for (model, used) in GpusAllocated::<T>::iter_prefix(who) {
			let listed = record.gpus.iter().find(|kind| kind.model == model).map(|k| k.count);
			ensure!(listed.unwrap_or(0) >= used, Error::<T>::CapacityBelowAllocated);
		}
		record.capacity = capacity;
		let deposit = Self::store_adjusting_deposit(who, record)?;
		Self::deposit_event(Event::CapacityUpdated { provider: who.clone(), capacity, deposit });
		Ok(())
	}

	/// Replaces the prices of `who`.
	pub(crate) fn do_update_prices(
		who: &T::AccountId,
		prices: Prices<BalanceOf<T>>,
	) -> DispatchResult {
		Registry::<T>::try_mutate(who, |record| {
			let record = record.as_mut().ok_or(Error::<T>::NotRegistered)?;
			record.prices = prices;
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::PricesUpdated { provider: who.clone(), prices });
		Ok(())
	}

	/// Sets whether `who` takes new orders.
	pub(crate) fn do_set_status(who: &T::AccountId, status: ProviderStatus) -> DispatchResult {
		Registry::<T>::try_mutate(who, |record| {
			let record = record.as_mut().ok_or(Error::<T>::NotRegistered)?;
			record.status = status;
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::StatusChanged { provider: who.clone(), status });
		Ok(())
	}

	/// Removes the registration of `who`: the bond starts unbonding, the deposit is returned.
	pub(crate) fn do_deregister(who: &T::AccountId) -> DispatchResult {
		Self::ensure_no_pending_slash(who)?;
		let record = Registry::<T>::get(who).ok_or(Error::<T>::NotRegistered)?;
		ensure!(
			record.active_leases == 0 && record.allocated.is_zero(),
			Error::<T>::HasActiveLeases
		);
		let mut chunks = Unbonding::<T>::get(who);
		let unlock_at = Self::add_unbonding_chunk(&mut chunks, record.bond, true)?;
		T::Currency::release(
			&HoldReason::ProviderDeposit.into(),
			who,
			record.deposit,
			Precision::Exact,
		)?;
		if !chunks.is_empty() {
			Unbonding::<T>::insert(who, chunks);
		}
		Registry::<T>::remove(who);
		Self::deposit_event(Event::Deregistered {
			provider: who.clone(),
			unbonding: record.bond,
			unlock_at,
			deposit: record.deposit,
		});
		Ok(())
	}

	/// Holds or releases the difference between the deposit `record` needs and the one it has,
	/// then stores it. Returns the new deposit. Nothing is written if the hold fails.
	fn store_adjusting_deposit(
		who: &T::AccountId,
		mut record: ProviderRecord<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		let old = record.deposit;
		let new = Self::deposit_for(&record);
		let reason = HoldReason::ProviderDeposit.into();
		if new > old {
			T::Currency::hold(&reason, who, new.saturating_sub(old))?;
		} else if old > new {
			T::Currency::release(&reason, who, old.saturating_sub(new), Precision::Exact)?;
		}
		record.deposit = new;
		Registry::<T>::insert(who, record);
		Ok(new)
	}
}
