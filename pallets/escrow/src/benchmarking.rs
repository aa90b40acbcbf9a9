//! Benchmarks of the escrow pallet, each in its worst case.

use super::*;
use crate::{features::expiry::ExpiryOutcome, Pallet as Escrow};
use deinfra_primitives::Escrow as EscrowApi;
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	Get, Hooks,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::{
	traits::{One, Zero},
	Saturating,
};

const SEED: u32 = 0;

/// The smallest amount that can be deposited.
fn unit<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance().max(One::one())
}

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, SEED);
	T::Currency::set_balance(&who, unit::<T>().saturating_mul(1_000_000u32.into()));
	who
}

fn ensure_fee_destination_exists<T: Config>() {
	let dest = T::FeeDestination::get();
	if T::Currency::balance(&dest) < unit::<T>() {
		T::Currency::set_balance(&dest, unit::<T>());
	}
}

fn now<T: Config>() -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number()
}

fn set_block<T: Config>(n: BlockNumberFor<T>) {
	frame_system::Pallet::<T>::set_block_number(n)
}

/// A streaming account, its payee, its rate and the block its funds run out.
type Streaming<T> =
	(AccountIndex, <T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>);

/// A streaming account funded for `blocks` blocks, plus almost one more block (so that the
/// settlements at expiry and at the end of the grace period both pay the payee and the take).
/// Returns the account, its payee, the rate and the block its funds run out.
fn streaming<T: Config>(index: u32, blocks: u32) -> Result<Streaming<T>, BenchmarkError> {
	ensure_fee_destination_exists::<T>();
	let owner = funded::<T>("owner", index);
	let payee = funded::<T>("payee", index);
	let rate = unit::<T>().saturating_mul(10u32.into());
	let deposit =
		rate.saturating_mul(blocks.into()).saturating_add(rate.saturating_sub(unit::<T>()));
	let id = Escrow::<T>::do_open(&owner, deposit, false)?;
	Escrow::<T>::do_start_stream(id, &payee, rate)?;
	let paid_through = now::<T>().saturating_add(blocks.into());
	Ok((id, payee, rate, paid_through))
}

fn is_overdrawn<T: Config>(id: AccountIndex) -> bool {
	Accounts::<T>::get(id).and_then(|a| a.stream).is_some_and(|s| s.status.is_overdrawn())
}

/// Takes a streaming account to the block its funds run out and marks it overdrawn; returns
/// the end of its grace period.
fn overdrawn<T: Config>(
	id: AccountIndex,
	paid_through: BlockNumberFor<T>,
) -> Result<BlockNumberFor<T>, BenchmarkError> {
	set_block::<T>(paid_through);
	Escrow::<T>::process_expiry(id, paid_through, paid_through)?;
	let status = Accounts::<T>::get(id)
		.and_then(|a| a.stream)
		.map(|s| s.status)
		.ok_or("the account streams")?;
	match status {
		StreamStatus::Overdrawn { grace_ends, .. } => Ok(grace_ends),
		StreamStatus::Active { .. } => Err("the account is overdrawn".into()),
	}
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The market opens an account for an order (there is no `open` call any more): the first
	/// deposit ever, so the escrow's account also gets its provider reference.
	#[benchmark]
	fn open() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("caller", 0);
		let amount = unit::<T>().saturating_mul(100u32.into());
		let result;

		#[block]
		{
			result = <Escrow<T> as EscrowApi<_, _, _>>::open(&caller, amount);
		}

		let id = result?;
		assert!(Accounts::<T>::get(id).is_some_and(|a| a.owner == caller && a.managed));
		Ok(())
	}

	/// Worst case: a top-up of an overdrawn account that pays its debt (payee and take) and
	/// revives it (its expiry entry moves).
	#[benchmark]
	fn deposit() -> Result<(), BenchmarkError> {
		let (id, _, rate, paid_through) = streaming::<T>(0, 10)?;
		overdrawn::<T>(id, paid_through)?;
		set_block::<T>(paid_through.saturating_add(One::one()));
		let from = funded::<T>("depositor", 0);
		let amount = rate.saturating_mul(100u32.into());

		#[extrinsic_call]
		_(RawOrigin::Signed(from), id, amount);

		assert!(!is_overdrawn::<T>(id));
		Ok(())
	}

	/// Worst case: pays the payee and the take, and finds the account out of funds (its expiry
	/// entry moves).
	#[benchmark]
	fn settle() -> Result<(), BenchmarkError> {
		let (id, _, _, paid_through) = streaming::<T>(0, 10)?;
		set_block::<T>(paid_through);
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);

		assert!(is_overdrawn::<T>(id));
		Ok(())
	}

	/// As `settle`, by the payee.
	#[benchmark]
	fn withdraw() -> Result<(), BenchmarkError> {
		let (id, payee, _, paid_through) = streaming::<T>(0, 10)?;
		set_block::<T>(paid_through);

		#[extrinsic_call]
		_(RawOrigin::Signed(payee), id);

		assert!(is_overdrawn::<T>(id));
		Ok(())
	}

	/// Refunds the whole balance to the owner and removes the account.
	#[benchmark]
	fn close() -> Result<(), BenchmarkError> {
		let owner = funded::<T>("owner", 0);
		let id = Escrow::<T>::do_open(&owner, unit::<T>().saturating_mul(100u32.into()), false)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);

		assert!(!Accounts::<T>::contains_key(id));
		Ok(())
	}

	/// `on_initialize` looking at `b` blocks of the expiry index, all empty: its fixed cost and
	/// the cost per block looked at.
	#[benchmark]
	fn on_initialize_scan(b: Linear<1, { T::MaxExpiriesPerBlock::get() }>) {
		let now = now::<T>().saturating_add(b.into());
		IncompleteSince::<T>::put(now.saturating_sub(b.saturating_sub(1).into()));
		set_block::<T>(now);

		#[block]
		{
			Escrow::<T>::on_initialize(now);
		}

		assert_eq!(IncompleteSince::<T>::get(), None);
	}

	/// One expiry entry whose account ran out of funds: settled (payee and take) and marked
	/// overdrawn (its entry moves).
	#[benchmark]
	fn expire_overdrawn() -> Result<(), BenchmarkError> {
		let (id, _, _, paid_through) = streaming::<T>(0, 10)?;
		set_block::<T>(paid_through);
		let outcome;

		#[block]
		{
			outcome = Escrow::<T>::process_expiry(id, paid_through, paid_through);
		}

		assert_eq!(outcome, Ok(ExpiryOutcome::Overdrawn));
		Ok(())
	}

	/// One expiry entry whose grace period ended: settled (payee and take), closed, its owner
	/// refunded, and [`Config::OnExhausted`] told.
	#[benchmark]
	fn expire_closed() -> Result<(), BenchmarkError> {
		let (id, _, _, paid_through) = streaming::<T>(0, 10)?;
		let grace_ends = overdrawn::<T>(id, paid_through)?;
		set_block::<T>(grace_ends);
		let outcome;

		#[block]
		{
			outcome = Escrow::<T>::process_expiry(id, grace_ends, grace_ends);
		}

		assert_eq!(outcome, Ok(ExpiryOutcome::Closed));
		assert!(!Accounts::<T>::contains_key(id));
		Ok(())
	}

	/// The market starts a stream on a funded account.
	#[benchmark]
	fn start_stream() -> Result<(), BenchmarkError> {
		ensure_fee_destination_exists::<T>();
		let owner = funded::<T>("owner", 0);
		let payee = funded::<T>("payee", 0);
		let rate = unit::<T>().saturating_mul(10u32.into());
		let id = Escrow::<T>::do_open(&owner, rate.saturating_mul(100u32.into()), false)?;
		let result;

		#[block]
		{
			result = <Escrow<T> as EscrowApi<_, _, _>>::start_stream(id, &payee, rate);
		}

		assert_eq!(result, Ok(()));
		assert!(Accounts::<T>::get(id).is_some_and(|a| a.stream.is_some()));
		Ok(())
	}

	/// The market stops a stream that is owed something (payee and take are paid).
	#[benchmark]
	fn stop_stream() -> Result<(), BenchmarkError> {
		let (id, _, _, paid_through) = streaming::<T>(0, 10)?;
		set_block::<T>(paid_through.saturating_sub(One::one()));
		let result;

		#[block]
		{
			result = <Escrow<T> as EscrowApi<_, _, _>>::stop_stream(id);
		}

		assert_eq!(result, Ok(()));
		assert!(Accounts::<T>::get(id).is_some_and(|a| a.stream.is_none()));
		Ok(())
	}

	/// The market closes a streaming account: settles (payee and take), stops the stream and
	/// refunds the owner.
	#[benchmark]
	fn close_streaming() -> Result<(), BenchmarkError> {
		let (id, _, _, paid_through) = streaming::<T>(0, 10)?;
		set_block::<T>(paid_through.saturating_sub(One::one()));
		let result;

		#[block]
		{
			result = <Escrow<T> as EscrowApi<_, _, _>>::close(id);
		}

		assert!(result.is_ok_and(|refund| !refund.is_zero()));
		assert!(!Accounts::<T>::contains_key(id));
		Ok(())
	}

	impl_benchmark_test_suite!(Escrow, crate::mock::new_test_ext(), crate::mock::Test);
}
