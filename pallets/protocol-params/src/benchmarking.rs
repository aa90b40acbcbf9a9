//! Benchmarks of `pallet-protocol-params`.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::traits::EnsureOrigin;

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The worst case changes every field (all are checked and written).
	#[benchmark]
	fn set_params() -> Result<(), BenchmarkError> {
		let origin =
			T::UpdateOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let p = Pallet::<T>::defaults();
		let update = ParamsUpdate {
			min_provider_bond: Some(p.min_provider_bond),
			unbonding_period: Some(p.unbonding_period),
			bid_deposit: Some(p.bid_deposit),
			max_bids_per_order: Some(p.max_bids_per_order),
			min_lease_deposit: Some(p.min_lease_deposit),
			take_rate: Some(T::MaxTakeRate::get()),
			grace_period: Some(p.grace_period),
			early_close_penalty: Some(p.early_close_penalty),
			provider_minimum_term: Some(p.provider_minimum_term),
			deployment_deposit_per_byte: Some(p.deployment_deposit_per_byte),
			max_deployment_versions: Some(p.max_deployment_versions),
			expiry_items_per_block: Some(p.expiry_items_per_block),
			bid_ttl: Some(p.bid_ttl),
			slash_deferral: Some(p.slash_deferral),
		};

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, update);

		assert_eq!(Pallet::<T>::params().take_rate, T::MaxTakeRate::get());
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
