//! Matching requests against providers and accounting the capacity their leases use.

use crate::{
	Config, Error, Event, GpuSpec, GpusAllocated, Pallet, ProviderRecord, ProviderStatus, Registry,
};
use deinfra_primitives::{GpuModel, GpuRequirement, ResourceRequest, Resources};
use frame_support::{ensure, traits::Get};
use sp_runtime::{DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// Whether `record` takes new orders: status `Active` and a bond of at least `MinimumBond`
	/// (a slash may leave it below until `bond_more`).
	pub fn record_is_active(record: &ProviderRecord<T>) -> bool {
		record.status == ProviderStatus::Active && record.bond >= T::MinimumBond::get()
	}

	/// Whether `who` is registered and takes new orders.
	pub fn do_is_active(who: &T::AccountId) -> bool {
		Registry::<T>::get(who).is_some_and(|r| Self::record_is_active(&r))
	}

	/// Whether `who` is active and offers what `request` asks: region, attributes (verified if
	/// asked), a GPU kind of the model (any if empty) with enough memory and enough GPUs not
	/// used by leases, and `request.resources` free (total minus allocated).
	///
	/// GPUs are accounted per model ([`GpusAllocated`]): a lease's GPUs come from one kind,
	/// and a kind's GPUs in use are not offered again.
	pub fn do_matches(who: &T::AccountId, request: &ResourceRequest) -> bool {
		Registry::<T>::get(who).is_some_and(|record| Self::record_matches(who, &record, request))
	}

	/// Whether the provider `who` with `record` is active and offers what `request` asks (see
	/// [`Self::do_matches`]).
	pub fn record_matches(
		who: &T::AccountId,
		record: &ProviderRecord<T>,
		request: &ResourceRequest,
	) -> bool {
		let region_ok = request.region.as_ref().is_none_or(|region| *region == record.region);
		let attributes_ok = request.attributes.iter().all(|(key, value)| {
			record
				.attribute(key)
				.is_some_and(|a| a.value == *value && (a.verified || !request.verified_attributes))
		});
		let free_ok =
			record.free_capacity().is_some_and(|free| request.resources.fits_within(&free));
		let gpu_ok =
			request.gpu.as_ref().is_none_or(|gpu| Self::gpu_kind_for(who, record, gpu).is_some());
		Self::record_is_active(record) && region_ok && attributes_ok && free_ok && gpu_ok
	}

	/// The first of `record`'s GPU kinds that can serve `gpu`: of the model (any if empty),
	/// with enough memory, and with `gpu.count` GPUs not used by leases.
	fn gpu_kind_for<'a>(
		who: &T::AccountId,
		record: &'a ProviderRecord<T>,
		gpu: &GpuRequirement,
	) -> Option<&'a GpuSpec> {
		record.gpus.iter().find(|kind| {
			(gpu.model.is_empty() || kind.model == gpu.model)
				&& kind.vram_gib >= gpu.min_vram_gib
				&& kind.count.saturating_sub(GpusAllocated::<T>::get(who, &kind.model)) >= gpu.count
		})
	}

	/// Marks `gpu.count` GPUs of the first of `who`'s kinds that can serve `gpu` as used;
	/// returns the kind's model. Call after [`Self::do_reserve_capacity`] for the same lease.
	pub(crate) fn do_reserve_gpus(
		who: &T::AccountId,
		gpu: &GpuRequirement,
	) -> Result<GpuModel, DispatchError> {
		let record = Registry::<T>::get(who).ok_or(Error::<T>::NotRegistered)?;
		ensure!(Self::record_is_active(&record), Error::<T>::NotActive);
		let model = Self::gpu_kind_for(who, &record, gpu)
			.ok_or(Error::<T>::InsufficientGpus)?
			.model
			.clone();
		let used = GpusAllocated::<T>::get(who, &model)
			.checked_add(gpu.count)
			.ok_or(Error::<T>::Overflow)?;
		GpusAllocated::<T>::insert(who, &model, used);
		Self::deposit_event(Event::GpusReserved {
			provider: who.clone(),
			model: model.clone(),
			count: gpu.count,
		});
		Ok(model)
	}

	/// Frees `count` GPUs of `model` of `who` that a lease used.
	pub(crate) fn do_release_gpus(
		who: &T::AccountId,
		model: &GpuModel,
		count: u32,
	) -> DispatchResult {
		let used = GpusAllocated::<T>::get(who, model)
			.checked_sub(count)
			.ok_or(Error::<T>::GpuReleaseExceedsReserved)?;
		if used == 0 {
			GpusAllocated::<T>::remove(who, model);
		} else {
			GpusAllocated::<T>::insert(who, model, used);
		}
		Self::deposit_event(Event::GpusReleased {
			provider: who.clone(),
			model: model.clone(),
			count,
		});
		Ok(())
	}

	/// Marks `resources` of `who`'s capacity as used by one more lease.
	pub(crate) fn do_reserve_capacity(who: &T::AccountId, resources: &Resources) -> DispatchResult {
		Registry::<T>::try_mutate(who, |record| {
			let record = record.as_mut().ok_or(Error::<T>::NotRegistered)?;
			ensure!(Self::record_is_active(record), Error::<T>::NotActive);
			let allocated = record
				.allocated
				.checked_add(resources)
				.filter(|a| a.fits_within(&record.capacity))
				.ok_or(Error::<T>::InsufficientCapacity)?;
			record.active_leases =
				record.active_leases.checked_add(1).ok_or(Error::<T>::Overflow)?;
			record.allocated = allocated;
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::CapacityReserved {
			provider: who.clone(),
			resources: *resources,
		});
		Ok(())
	}

	/// Frees `resources` of `who`'s capacity used by a lease that ended.
	pub(crate) fn do_release_capacity(who: &T::AccountId, resources: &Resources) -> DispatchResult {
		Registry::<T>::try_mutate(who, |record| {
			let record = record.as_mut().ok_or(Error::<T>::NotRegistered)?;
			let leases =
				record.active_leases.checked_sub(1).ok_or(Error::<T>::ReleaseExceedsReserved)?;
			record.allocated = record
				.allocated
				.checked_sub(resources)
				.ok_or(Error::<T>::ReleaseExceedsReserved)?;
			record.active_leases = leases;
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::CapacityReleased {
			provider: who.clone(),
			resources: *resources,
		});
		Ok(())
	}
}
