//! Benchmarks of the market pallet, each in its worst case.
//!
//! The worst-case request has every optional part: a GPU requirement with the longest model
//! name, a region, and the most required attributes, longest keys and values, verified (the
//! registry's `matches` compares them all). The per-account indexes are double maps with a count,
//! so their cost does not depend on how full they are; the number of bids on an order does, and
//! is the benchmarks' component `b` up to `MaxBidsPerOrder`.

use super::*;
use crate::Pallet as Market;
use alloc::{vec, vec::Vec};
use deinfra_primitives::Escrow as _;
use deinfra_primitives::{
	GpuRequirement, MaxAttributeLen, MaxGpuModelLen, MaxRequiredAttributes, ResourceRequest,
	Resources,
};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	EnsureOrigin, Get, Hooks,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::{
	traits::{One, Saturating},
	BoundedVec,
};

const SEED: u32 = 0;

fn unit<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance().max(One::one())
}

/// The price bid and the order's maximum.
fn price<T: Config>() -> BalanceOf<T> {
	unit::<T>().saturating_mul(10u32.into())
}

/// The order's deposit: a thousand blocks at the price, and at least `MinLeaseDeposit`.
fn deposit<T: Config>() -> BalanceOf<T> {
	price::<T>().saturating_mul(1_000u32.into()).max(T::MinLeaseDeposit::get())
}

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, SEED);
	let amount = deposit::<T>()
		.saturating_add(T::BidDeposit::get())
		.saturating_add(unit::<T>())
		.saturating_mul(1_000u32.into());
	T::Currency::set_balance(&who, amount);
	who
}

fn now<T: Config>() -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number()
}

fn set_block<T: Config>(n: BlockNumberFor<T>) {
	frame_system::Pallet::<T>::set_block_number(n)
}

fn bytes<S: Get<u32>>(fill: u8, first: u8) -> BoundedVec<u8, S> {
	let mut v = vec![fill; S::get() as usize];
	if let Some(b) = v.first_mut() {
		*b = first;
	}
	BoundedVec::truncate_from(v)
}

/// The most expensive request to store and to match.
fn request() -> ResourceRequest {
	let attributes = (0..MaxRequiredAttributes::get())
		.map(|i| (bytes::<MaxAttributeLen>(b'k', i as u8), bytes::<MaxAttributeLen>(b'v', i as u8)))
		.collect::<Vec<_>>();
	ResourceRequest {
		resources: Resources {
			cpu_millicores: 2_000,
			memory_mib: 4_096,
			storage_gib: 100,
			bandwidth_mbps: 1_000,
			gpus: 1,
		},
		gpu: Some(GpuRequirement {
			model: bytes::<MaxGpuModelLen>(b'g', b'g'),
			min_vram_gib: 80,
			count: 1,
		}),
		region: Some(BoundedVec::truncate_from(b"US-CA".to_vec())),
		attributes: BoundedVec::truncate_from(attributes),
		verified_attributes: true,
	}
}

/// A funded provider that matches [`request`] with room for `leases` leases.
fn provider<T: Config>(index: u32, leases: u32) -> T::AccountId {
	let who = funded::<T>("provider", index);
	T::BenchmarkHelper::register_provider(&who, &request(), leases);
	who
}

/// An open order of a new tenant, with a duration so that its lease gets an expiry entry.
fn order<T: Config>() -> Result<(T::AccountId, OrderId), BenchmarkError> {
	T::BenchmarkHelper::prepare_escrow();
	let tenant = funded::<T>("tenant", 0);
	let id = Market::<T>::do_create_order(
		&tenant,
		request(),
		price::<T>(),
		deposit::<T>(),
		Some(100u32.into()),
	)?;
	Ok((tenant, id))
}

/// An open order with `b` bids; returns the tenant, the order and the bids.
fn order_with_bids<T: Config>(
	b: u32,
) -> Result<(T::AccountId, OrderId, Vec<BidId>), BenchmarkError> {
	let (tenant, id) = order::<T>()?;
	let mut bids = Vec::new();
	for i in 0..b {
		let p = provider::<T>(i, 1);
		bids.push(Market::<T>::do_place_bid(&p, id, price::<T>())?);
	}
	Ok((tenant, id, bids))
}

/// An active lease (with a duration) started at the current block; returns its id, tenant and
/// provider.
fn lease<T: Config>() -> Result<(LeaseId, T::AccountId, T::AccountId), BenchmarkError> {
	let (tenant, order) = order::<T>()?;
	let p = provider::<T>(0, 1);
	let bid = Market::<T>::do_place_bid(&p, order, price::<T>())?;
	let (id, _) = Market::<T>::do_accept_bid(&tenant, order, bid)?;
	Ok((id, tenant, p))
}

fn closed_for<T: Config>(id: LeaseId) -> Option<CloseReason> {
	match Leases::<T>::get(id)?.state {
		LeaseState::Closed { reason, .. } => Some(reason),
		LeaseState::Active => None,
	}
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// Stores the largest request and opens an escrow account.
	#[benchmark]
	fn create_order() {
		T::BenchmarkHelper::prepare_escrow();
		let tenant = funded::<T>("tenant", 0);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(tenant.clone()),
			request().into(),
			price::<T>(),
			deposit::<T>(),
			Some(100u32.into()),
		);

		assert_eq!(Market::<T>::orders_of(&tenant).len(), 1);
	}

	/// Closes the escrow account and releases `b` bids.
	#[benchmark]
	fn cancel_order(b: Linear<0, { T::MaxBidsPerOrder::get() }>) -> Result<(), BenchmarkError> {
		let (tenant, order, _) = order_with_bids::<T>(b)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(tenant), order);

		assert!(!Orders::<T>::contains_key(order));
		Ok(())
	}

	/// The last bid an order takes, matching the largest request.
	#[benchmark]
	fn place_bid() -> Result<(), BenchmarkError> {
		let max = T::MaxBidsPerOrder::get();
		let (_, order, _) = order_with_bids::<T>(max.saturating_sub(1))?;
		let p = provider::<T>(max, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(p.clone()), order, price::<T>());

		assert!(OrderBids::<T>::contains_key(order, p));
		Ok(())
	}

	/// Withdraws one bid of a full order.
	#[benchmark]
	fn withdraw_bid() -> Result<(), BenchmarkError> {
		let (_, _, bids) = order_with_bids::<T>(T::MaxBidsPerOrder::get().max(1))?;
		let bid = *bids.first().ok_or("a bid was placed")?;
		let p = Bids::<T>::get(bid).ok_or("the bid stands")?.provider;

		#[extrinsic_call]
		_(RawOrigin::Signed(p), bid);

		assert!(!Bids::<T>::contains_key(bid));
		Ok(())
	}

	/// The tenant rejects one bid of a full order.
	#[benchmark]
	fn reject_bid() -> Result<(), BenchmarkError> {
		let (tenant, _, bids) = order_with_bids::<T>(T::MaxBidsPerOrder::get().max(1))?;
		let bid = *bids.first().ok_or("a bid was placed")?;

		#[extrinsic_call]
		_(RawOrigin::Signed(tenant), bid);

		assert!(!Bids::<T>::contains_key(bid));
		Ok(())
	}

	/// A third party drops an expired bid of a full order (the provider is still active, so
	/// both checks run).
	#[benchmark]
	fn drop_bid() -> Result<(), BenchmarkError> {
		let (_, _, bids) = order_with_bids::<T>(T::MaxBidsPerOrder::get().max(1))?;
		let bid = *bids.first().ok_or("a bid was placed")?;
		set_block::<T>(now::<T>().saturating_add(T::BidTtl::get()));
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), bid);

		assert!(!Bids::<T>::contains_key(bid));
		Ok(())
	}

	/// Starts a lease with an expiry entry and releases `b` bids.
	#[benchmark]
	fn accept_bid(
		b: Linear<1, { T::MaxBidsPerOrder::get().max(1) }>,
	) -> Result<(), BenchmarkError> {
		let (tenant, order, bids) = order_with_bids::<T>(b)?;
		let bid = *bids.last().ok_or("a bid was placed")?;

		#[extrinsic_call]
		_(RawOrigin::Signed(tenant.clone()), order, bid);

		assert_eq!(Market::<T>::leases_of_tenant(&tenant).len(), 1);
		Ok(())
	}

	/// The provider closes before its minimum term: the escrow settles and refunds, the provider
	/// pays the penalty, the lease leaves every index including the expiry index.
	#[benchmark]
	fn close_lease() -> Result<(), BenchmarkError> {
		let (id, _, p) = lease::<T>()?;
		set_block::<T>(now::<T>().saturating_add(One::one()));

		#[extrinsic_call]
		_(RawOrigin::Signed(p), id);

		assert_eq!(closed_for::<T>(id), Some(CloseReason::Provider));
		Ok(())
	}

	/// A third party tops up a running lease.
	#[benchmark]
	fn top_up() -> Result<(), BenchmarkError> {
		let (id, _, _) = lease::<T>()?;
		set_block::<T>(now::<T>().saturating_add(One::one()));
		let from = funded::<T>("payer", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(from), id, price::<T>().saturating_mul(10u32.into()));

		assert!(Leases::<T>::get(id).is_some_and(|l| l.is_active()));
		Ok(())
	}

	/// Governance closes a running lease.
	#[benchmark]
	fn force_close_lease() -> Result<(), BenchmarkError> {
		let (id, _, _) = lease::<T>()?;
		set_block::<T>(now::<T>().saturating_add(One::one()));
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);

		assert_eq!(closed_for::<T>(id), Some(CloseReason::Governance));
		Ok(())
	}

	/// `on_initialize` looking at `b` blocks of the expiry index, all empty: its fixed cost and
	/// the cost per block looked at.
	#[benchmark]
	fn on_initialize_scan(b: Linear<1, { T::MaxExpiriesPerBlock::get() }>) {
		let now = now::<T>().saturating_add(b.into());
		ExpiryCursor::<T>::put(now.saturating_sub(b.saturating_sub(1).into()));
		set_block::<T>(now);

		#[block]
		{
			Market::<T>::on_initialize(now);
		}

		assert_eq!(ExpiryCursor::<T>::get(), None);
	}

	/// One lease reaching its end block: closed as `close_lease` closes it (without penalty).
	#[benchmark]
	fn expire_lease() -> Result<(), BenchmarkError> {
		let (id, _, _) = lease::<T>()?;
		let ends_at = Leases::<T>::get(id).and_then(|l| l.ends_at).ok_or("the lease ends")?;
		set_block::<T>(ends_at);

		#[block]
		{
			Market::<T>::expire_lease(id, ends_at);
		}

		assert_eq!(closed_for::<T>(id), Some(CloseReason::Expired));
		Ok(())
	}

	/// The escrow reports a lease's account exhausted (having closed it, as it does): the lease
	/// closes.
	#[benchmark]
	fn on_exhausted() -> Result<(), BenchmarkError> {
		let (id, _, _) = lease::<T>()?;
		let escrow = Leases::<T>::get(id).ok_or("the lease exists")?.escrow;
		set_block::<T>(now::<T>().saturating_add(One::one()));
		T::Escrow::close(escrow)?;

		#[block]
		{
			Market::<T>::do_on_exhausted(escrow);
		}

		assert_eq!(closed_for::<T>(id), Some(CloseReason::InsufficientFunds));
		Ok(())
	}

	impl_benchmark_test_suite!(Market, crate::mock::new_test_ext(), crate::mock::Test);
}
