//! Opening and cancelling orders.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use deinfra_primitives::{Escrow, GpuRequirement, MaxRequiredAttributes, ResourceRequest};
use frame_support::{ensure, pallet_prelude::*, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// The stored form of a call's request, or the named error of its first oversized field.
	pub fn bounded_request(input: RequestInput) -> Result<ResourceRequest, DispatchError> {
		let region = match input.region {
			Some(region) => Some(region.try_into().map_err(|_| Error::<T>::RegionTooLong)?),
			None => None,
		};
		let gpu = match input.gpu {
			Some(g) => Some(GpuRequirement {
				model: g.model.try_into().map_err(|_| Error::<T>::GpuModelTooLong)?,
				min_vram_gib: g.min_vram_gib,
				count: g.count,
			}),
			None => None,
		};
		let mut attributes = Vec::with_capacity(input.attributes.len().min(8));
		ensure!(
			input.attributes.len() <= <MaxRequiredAttributes as Get<u32>>::get() as usize,
			Error::<T>::TooManyAttributes
		);
		for (key, value) in input.attributes {
			let key = key.try_into().map_err(|_| Error::<T>::AttributeTooLong)?;
			let value = value.try_into().map_err(|_| Error::<T>::AttributeTooLong)?;
			attributes.push((key, value));
		}
		Ok(ResourceRequest {
			resources: input.resources,
			gpu,
			region,
			attributes: attributes.try_into().map_err(|_| Error::<T>::TooManyAttributes)?,
			verified_attributes: input.verified_attributes,
		})
	}

	/// Checks that `request` asks for some capacity, and that GPUs are asked for through a GPU
	/// requirement (model, memory, count) with as many GPUs as `resources.gpus`: GPUs are
	/// reserved per model, so a lease must say which it takes.
	pub(crate) fn ensure_valid_request(request: &ResourceRequest) -> DispatchResult {
		ensure!(!request.resources.is_zero(), Error::<T>::InvalidRequest);
		match &request.gpu {
			Some(gpu) => ensure!(
				gpu.count > 0 && gpu.count == request.resources.gpus,
				Error::<T>::InvalidRequest
			),
			None => ensure!(request.resources.gpus == 0, Error::<T>::InvalidRequest),
		}
		Ok(())
	}

	/// Opens an order of `tenant` and its escrow account funded with `deposit`.
	pub fn do_create_order(
		tenant: &T::AccountId,
		request: ResourceRequest,
		max_price_per_block: BalanceOf<T>,
		deposit: BalanceOf<T>,
		duration: Option<BlockNumberFor<T>>,
	) -> Result<OrderId, DispatchError> {
		Self::ensure_valid_request(&request)?;
		ensure!(!max_price_per_block.is_zero(), Error::<T>::ZeroPrice);
		ensure!(deposit >= T::MinLeaseDeposit::get(), Error::<T>::DepositBelowMinimum);
		ensure!(deposit >= max_price_per_block, Error::<T>::DepositBelowMaxPrice);
		ensure!(duration.is_none_or(|d| !d.is_zero()), Error::<T>::ZeroDuration);
		Self::ensure_can_add_order(tenant)?;
		let id = NextOrderId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;

		let escrow = T::Escrow::open(tenant, deposit)?;
		NextOrderId::<T>::put(next);
		Self::index_order(tenant, id)?;
		Orders::<T>::insert(
			id,
			Order {
				tenant: tenant.clone(),
				request,
				max_price_per_block,
				deposit,
				escrow,
				duration,
				created_at: Self::now(),
				bids: 0,
				state: OrderState::Open,
			},
		);
		Self::deposit_event(Event::OrderCreated {
			order: id,
			tenant: tenant.clone(),
			escrow,
			max_price_per_block,
			deposit,
			duration,
		});
		Ok(id)
	}

	/// An open order of `tenant`, or why there is none.
	pub(crate) fn open_order_of(
		tenant: &T::AccountId,
		id: OrderId,
	) -> Result<OrderOf<T>, DispatchError> {
		let order = Orders::<T>::get(id).ok_or(Error::<T>::UnknownOrder)?;
		ensure!(order.tenant == *tenant, Error::<T>::NotOrderOwner);
		ensure!(order.state == OrderState::Open, Error::<T>::OrderNotOpen);
		Ok(order)
	}

	/// Cancels an open order of `tenant`: closes its escrow account (refund to the tenant),
	/// releases its bids and removes it. Returns how many bids it had.
	///
	/// An account the escrow no longer knows (its owner may close an account without a stream
	/// through the escrow's own call) is not closed again, so such an order can still be
	/// cancelled.
	pub fn do_cancel_order(tenant: &T::AccountId, id: OrderId) -> Result<u32, DispatchError> {
		let order = Self::open_order_of(tenant, id)?;
		let refund = match T::Escrow::balance(order.escrow) {
			Some(_) => T::Escrow::close(order.escrow)?,
			None => Zero::zero(),
		};
		let bids = Self::release_bids(id, None, BidEnd::OrderCancelled)?;
		Self::unindex_order(tenant, id)?;
		Orders::<T>::remove(id);
		Self::deposit_event(Event::OrderCancelled { order: id, tenant: tenant.clone(), refund });
		Ok(bids)
	}
}
