//! Benchmarks of the provider registry, each call at its worst case: longest endpoint,
//! `MaxAttributes` attributes and `MaxGpuKinds` GPU kinds of maximal size, and
//! `MaxUnbondingChunks` unbonding chunks.

use super::*;
use crate::Pallet as Providers;
use alloc::vec::Vec;
use codec::MaxEncodedLen;
use deinfra_primitives::{
	AttributeKey, AttributeValue, GpuRequirement, MaxAttributeLen, MaxGpuModelLen, Resources,
};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	EnsureOrigin, Get,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::traits::{Bounded, Saturating, StaticLookup};

/// An amount used for bond changes and unbonding chunks.
fn unit<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance().max(1u32.into())
}

/// Gives `who` enough for the largest record's deposit, the minimum bond and 100 units.
fn fund<T: Config>(who: &T::AccountId) {
	let max_deposit = T::DepositBase::get().saturating_add(
		T::DepositPerByte::get()
			.saturating_mul((ProviderRecord::<T>::max_encoded_len() as u32).into()),
	);
	let amount = T::Currency::minimum_balance()
		.saturating_add(T::MinimumBond::get())
		.saturating_add(max_deposit)
		.saturating_add(unit::<T>().saturating_mul(100u32.into()))
		.saturating_mul(2u32.into())
		.min(BalanceOf::<T>::max_value() / 4u32.into());
	T::Currency::set_balance(who, amount);
}

/// `n` bytes: the 4 bytes of `index`, then `fill`.
fn bytes(index: u32, fill: u8, n: u32) -> Vec<u8> {
	let mut v = index.to_le_bytes().to_vec();
	v.resize(n as usize, fill);
	v
}

/// `MaxAttributes` attributes with maximal keys and values, every value made of `fill`.
fn max_attributes<T: Config>(fill: u8) -> Vec<(AttributeKey, AttributeValue)> {
	let len = MaxAttributeLen::get();
	(0..T::MaxAttributes::get())
		.map(|i| {
			let key = bytes(i, b'k', len).try_into().unwrap_or_default();
			let value = bytes(i, fill, len).try_into().unwrap_or_default();
			(key, value)
		})
		.collect()
}

/// `n` GPU kinds with maximal model names, one GPU each.
fn gpus(n: u32) -> Vec<GpuSpec> {
	(0..n)
		.map(|i| GpuSpec {
			model: bytes(i, b'g', MaxGpuModelLen::get()).try_into().unwrap_or_default(),
			vram_gib: 80,
			count: 1,
		})
		.collect()
}

fn capacity(gpus: u32) -> Resources {
	Resources {
		cpu_millicores: 64_000,
		memory_mib: 262_144,
		storage_gib: 4_096,
		bandwidth_mbps: 10_000,
		gpus,
	}
}

/// An endpoint of `MaxEndpointLen` bytes.
fn max_endpoint<T: Config>() -> Vec<u8> {
	let mut endpoint = b"https://".to_vec();
	endpoint.resize(T::MaxEndpointLen::get() as usize, b'e');
	endpoint
}

/// The largest registration.
fn max_info<T: Config>() -> ProviderInfo<BalanceOf<T>> {
	let max_gpus = T::MaxGpuKinds::get();
	ProviderInfo {
		endpoint: max_endpoint::<T>(),
		region: b"US-CA1".to_vec().try_into().unwrap_or_default(),
		capacity: capacity(max_gpus),
		gpus: gpus(max_gpus),
		prices: Prices {
			cpu_millicore: 1u32.into(),
			memory_mib: 1u32.into(),
			storage_gib: 1u32.into(),
			bandwidth_mbps: 1u32.into(),
			gpu: 1u32.into(),
		},
		attributes: max_attributes::<T>(b'v'),
	}
}

/// Registers a funded `who` with `info` and a bond of the minimum plus
/// `MaxUnbondingChunks + 1` units, so that it can fill its unbonding chunks.
fn registered<T: Config>(who: &T::AccountId, info: ProviderInfo<BalanceOf<T>>) {
	fund::<T>(who);
	let extra = unit::<T>().saturating_mul((T::MaxUnbondingChunks::get() + 1).into());
	let bond = T::MinimumBond::get().saturating_add(extra);
	Providers::<T>::do_register(who, info, bond).expect("funded, valid registration");
}

/// Unbonds one unit in each of `n` consecutive blocks from block 1, so each is its own chunk.
fn fill_chunks<T: Config>(who: &T::AccountId, n: u32) {
	for i in 0..n {
		frame_system::Pallet::<T>::set_block_number((i + 1).into());
		Providers::<T>::do_unbond(who, unit::<T>()).expect("bond covers one unit per chunk");
	}
}

fn all_keys<T: Config>(who: &T::AccountId) -> AttributeKeysOf<T> {
	let keys: Vec<_> = Registry::<T>::get(who)
		.map(|r| r.attributes.iter().map(|a| a.key.clone()).collect())
		.unwrap_or_default();
	keys.try_into().unwrap_or_default()
}

fn check_invariants<T: Config>() {
	#[cfg(test)]
	Providers::<T>::do_try_state().unwrap();
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register() {
		let caller: T::AccountId = whitelisted_caller();
		fund::<T>(&caller);
		let bond = T::MinimumBond::get().max(unit::<T>());

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), max_info::<T>(), bond);

		assert_eq!(Registry::<T>::get(&caller).map(|r| r.bond), Some(bond));
		check_invariants::<T>();
	}

	#[benchmark]
	fn update_info() {
		let caller: T::AccountId = whitelisted_caller();
		let mut info = max_info::<T>();
		info.endpoint = b"https://a.io".to_vec();
		registered::<T>(&caller, info);
		Providers::<T>::do_set_verified(&caller, all_keys::<T>(&caller), true)
			.expect("registered with attributes");
		// Every value changes (each loses its verification) and the record grows.
		let attributes = max_attributes::<T>(b'w');
		let region = b"DE-BE".to_vec().try_into().unwrap_or_default();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), max_endpoint::<T>(), region, attributes);

		let record = Registry::<T>::get(&caller);
		assert!(record.is_some_and(|r| r.attributes.iter().all(|a| !a.verified)));
		check_invariants::<T>();
	}

	#[benchmark]
	fn update_capacity() {
		let caller: T::AccountId = whitelisted_caller();
		let max_gpus = T::MaxGpuKinds::get();
		let mut info = max_info::<T>();
		info.gpus = gpus(max_gpus);
		info.capacity = capacity(max_gpus);
		registered::<T>(&caller, info);
		// The worst case: every GPU kind has GPUs in use, which the update checks one by one.
		Providers::<T>::do_reserve_capacity(&caller, &capacity(max_gpus))
			.expect("active, capacity free");
		for kind in gpus(max_gpus) {
			let requirement = GpuRequirement { model: kind.model, min_vram_gib: 0, count: 1 };
			Providers::<T>::do_reserve_gpus(&caller, &requirement).expect("a GPU of the kind");
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), capacity(max_gpus), gpus(max_gpus));

		let record = Registry::<T>::get(&caller);
		assert_eq!(record.map(|r| r.gpus.len() as u32), Some(max_gpus));
		check_invariants::<T>();
	}

	#[benchmark]
	fn update_prices() {
		let caller: T::AccountId = whitelisted_caller();
		registered::<T>(&caller, max_info::<T>());
		let prices = Prices { gpu: 7u32.into(), ..Default::default() };

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), prices);

		assert_eq!(Registry::<T>::get(&caller).map(|r| r.prices), Some(prices));
	}

	#[benchmark]
	fn set_status() {
		let caller: T::AccountId = whitelisted_caller();
		registered::<T>(&caller, max_info::<T>());

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), ProviderStatus::Maintenance);

		assert!(!Providers::<T>::do_is_active(&caller));
	}

	#[benchmark]
	fn bond_more() {
		let caller: T::AccountId = whitelisted_caller();
		registered::<T>(&caller, max_info::<T>());
		let before = Registry::<T>::get(&caller).map(|r| r.bond).unwrap_or_default();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), unit::<T>());

		let after = Registry::<T>::get(&caller).map(|r| r.bond).unwrap_or_default();
		assert_eq!(after, before.saturating_add(unit::<T>()));
		check_invariants::<T>();
	}

	#[benchmark]
	fn unbond() {
		let caller: T::AccountId = whitelisted_caller();
		registered::<T>(&caller, max_info::<T>());
		let max = T::MaxUnbondingChunks::get();
		fill_chunks::<T>(&caller, max - 1);
		frame_system::Pallet::<T>::set_block_number(max.into());

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), unit::<T>());

		assert_eq!(Unbonding::<T>::get(&caller).len() as u32, max);
		check_invariants::<T>();
	}

	#[benchmark]
	fn withdraw_unbonded() {
		let caller: T::AccountId = whitelisted_caller();
		registered::<T>(&caller, max_info::<T>());
		let max = T::MaxUnbondingChunks::get();
		fill_chunks::<T>(&caller, max);
		let unlocked = BlockNumberFor::<T>::from(max).saturating_add(T::UnbondingPeriod::get());
		frame_system::Pallet::<T>::set_block_number(unlocked);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));

		assert!(!Unbonding::<T>::contains_key(&caller));
		check_invariants::<T>();
	}

	#[benchmark]
	fn deregister() {
		let caller: T::AccountId = whitelisted_caller();
		registered::<T>(&caller, max_info::<T>());
		let max = T::MaxUnbondingChunks::get();
		fill_chunks::<T>(&caller, max);
		frame_system::Pallet::<T>::set_block_number((max + 1).into());

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));

		assert!(!Registry::<T>::contains_key(&caller));
		assert_eq!(Unbonding::<T>::get(&caller).len() as u32, max);
		check_invariants::<T>();
	}

	#[benchmark]
	fn propose_slash() -> Result<(), BenchmarkError> {
		let origin =
			T::SlashOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let provider: T::AccountId = account("provider", 0, 0);
		registered::<T>(&provider, max_info::<T>());
		// The bond to cap the amount at is summed over every unbonding chunk.
		fill_chunks::<T>(&provider, T::MaxUnbondingChunks::get());

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			T::Lookup::unlookup(provider.clone()),
			BalanceOf::<T>::max_value(),
		);

		assert!(PendingSlashes::<T>::contains_key(&provider));
		check_invariants::<T>();
		Ok(())
	}

	#[benchmark]
	fn cancel_slash() -> Result<(), BenchmarkError> {
		let origin = T::SlashCancelOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let provider: T::AccountId = account("provider", 0, 0);
		registered::<T>(&provider, max_info::<T>());
		Providers::<T>::do_propose_slash(&provider, unit::<T>()).expect("a bonded provider");

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, T::Lookup::unlookup(provider.clone()));

		assert!(!PendingSlashes::<T>::contains_key(&provider));
		check_invariants::<T>();
		Ok(())
	}

	#[benchmark]
	fn apply_slash() {
		let caller: T::AccountId = whitelisted_caller();
		let provider: T::AccountId = account("provider", 0, 0);
		registered::<T>(&provider, max_info::<T>());
		let max = T::MaxUnbondingChunks::get();
		fill_chunks::<T>(&provider, max);
		// More than the bond: every unbonding chunk is taken too.
		Providers::<T>::do_propose_slash(&provider, BalanceOf::<T>::max_value())
			.expect("a bonded provider");
		let apply_at = BlockNumberFor::<T>::from(max).saturating_add(T::SlashDeferral::get());
		frame_system::Pallet::<T>::set_block_number(apply_at);
		let beneficiary = T::SlashBeneficiary::get();
		fund::<T>(&beneficiary);
		let before = T::Currency::balance(&beneficiary);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), T::Lookup::unlookup(provider.clone()));

		assert!(!PendingSlashes::<T>::contains_key(&provider));
		assert!(!Unbonding::<T>::contains_key(&provider));
		assert!(T::Currency::balance(&beneficiary) > before);
		check_invariants::<T>();
	}

	#[benchmark]
	fn verify_attributes(k: Linear<1, { T::MaxAttributes::get() }>) -> Result<(), BenchmarkError> {
		let origin =
			T::AuditorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let provider: T::AccountId = account("provider", 0, 0);
		registered::<T>(&provider, max_info::<T>());
		let mut keys = all_keys::<T>(&provider);
		keys.truncate(k as usize);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, T::Lookup::unlookup(provider.clone()), keys);

		let verified = Registry::<T>::get(&provider)
			.map(|r| r.attributes.iter().filter(|a| a.verified).count() as u32);
		assert_eq!(verified, Some(k));
		Ok(())
	}

	#[benchmark]
	fn unverify_attributes(
		k: Linear<1, { T::MaxAttributes::get() }>,
	) -> Result<(), BenchmarkError> {
		let origin =
			T::AuditorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let provider: T::AccountId = account("provider", 0, 0);
		registered::<T>(&provider, max_info::<T>());
		Providers::<T>::do_set_verified(&provider, all_keys::<T>(&provider), true)
			.expect("registered with attributes");
		let mut keys = all_keys::<T>(&provider);
		keys.truncate(k as usize);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, T::Lookup::unlookup(provider.clone()), keys);

		let unverified = Registry::<T>::get(&provider)
			.map(|r| r.attributes.iter().filter(|a| !a.verified).count() as u32);
		assert_eq!(unverified, Some(k));
		Ok(())
	}

	impl_benchmark_test_suite!(Providers, crate::mock::new_test_ext(), crate::mock::Test);
}
