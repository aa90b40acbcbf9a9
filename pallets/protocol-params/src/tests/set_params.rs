use crate::{
	fields::*, mock::*, Error, Event, ParamGetter, Params, ParamsUpdate, ProtocolParams as P,
};
use frame_support::{assert_noop, assert_ok, traits::Get};
use sp_runtime::{DispatchError, Perbill};

type Update = ParamsUpdate<u128, u64>;

#[test]
fn genesis_sets_the_parameters() {
	build_and_execute(|| {
		assert_eq!(ProtocolParams::params(), genesis_params());
		assert!(Params::<Test>::get().is_some());
	});
}

#[test]
fn set_params_changes_only_the_given_fields_and_emits_old_and_new() {
	build_and_execute(|| {
		let update = Update { take_rate: Some(Perbill::from_percent(7)), ..Default::default() };
		assert_ok!(ProtocolParams::set_params(RuntimeOrigin::root(), update));

		let new = P { take_rate: Perbill::from_percent(7), ..genesis_params() };
		assert_eq!(ProtocolParams::params(), new);
		System::assert_last_event(Event::ParamsUpdated { old: genesis_params(), new }.into());
	});
}

#[test]
fn set_params_can_change_every_field_at_once() {
	build_and_execute(|| {
		let update = Update {
			min_provider_bond: Some(2_000),
			unbonding_period: Some(200),
			bid_deposit: Some(6),
			max_bids_per_order: Some(32),
			min_lease_deposit: Some(60),
			take_rate: Some(Perbill::from_percent(20)),
			grace_period: Some(10),
			early_close_penalty: Some(300),
			provider_minimum_term: Some(70),
			deployment_deposit_per_byte: Some(3),
			max_deployment_versions: Some(64),
			expiry_items_per_block: Some(200),
			bid_ttl: Some(1_000),
		};
		assert_ok!(ProtocolParams::set_params(RuntimeOrigin::root(), update));
		assert_eq!(
			ProtocolParams::params(),
			P {
				min_provider_bond: 2_000,
				unbonding_period: 200,
				bid_deposit: 6,
				max_bids_per_order: 32,
				min_lease_deposit: 60,
				take_rate: Perbill::from_percent(20),
				grace_period: 10,
				early_close_penalty: 300,
				provider_minimum_term: 70,
				deployment_deposit_per_byte: 3,
				max_deployment_versions: 64,
				expiry_items_per_block: 200,
				bid_ttl: 1_000,
			}
		);
	});
}

#[test]
fn set_params_fails_for_a_non_governance_origin() {
	build_and_execute(|| {
		let update = Update { bid_deposit: Some(9), ..Default::default() };
		assert_noop!(
			ProtocolParams::set_params(RuntimeOrigin::signed(1), update),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn set_params_fails_for_an_empty_update() {
	build_and_execute(|| {
		assert_noop!(
			ProtocolParams::set_params(RuntimeOrigin::root(), Update::default()),
			Error::<Test>::EmptyUpdate
		);
	});
}

#[test]
fn set_params_fails_for_each_field_out_of_bounds_and_changes_nothing() {
	let cases: Vec<(Update, Error<Test>)> = vec![
		(
			Update { take_rate: Some(Perbill::from_percent(21)), ..Default::default() },
			Error::TakeRateTooHigh,
		),
		(Update { grace_period: Some(9), ..Default::default() }, Error::GracePeriodTooShort),
		(
			Update { unbonding_period: Some(19), ..Default::default() },
			Error::UnbondingPeriodTooShort,
		),
		(Update { min_provider_bond: Some(99), ..Default::default() }, Error::ProviderBondTooLow),
		(Update { min_lease_deposit: Some(9), ..Default::default() }, Error::LeaseDepositTooLow),
		(Update { bid_deposit: Some(0), ..Default::default() }, Error::BidDepositTooLow),
		(
			Update { max_bids_per_order: Some(0), ..Default::default() },
			Error::BidsPerOrderOutOfBounds,
		),
		(
			Update { max_bids_per_order: Some(33), ..Default::default() },
			Error::BidsPerOrderOutOfBounds,
		),
		(
			Update { max_deployment_versions: Some(65), ..Default::default() },
			Error::DeploymentVersionsOutOfBounds,
		),
		(
			Update { expiry_items_per_block: Some(0), ..Default::default() },
			Error::ExpiryItemsOutOfBounds,
		),
		(
			Update { expiry_items_per_block: Some(201), ..Default::default() },
			Error::ExpiryItemsOutOfBounds,
		),
		(Update { bid_ttl: Some(4), ..Default::default() }, Error::BidTtlOutOfBounds),
		(Update { bid_ttl: Some(1_001), ..Default::default() }, Error::BidTtlOutOfBounds),
		(
			Update { early_close_penalty: Some(1_001), ..Default::default() },
			Error::PenaltyAboveMinimumBond,
		),
		(
			// Lowering the bond below the penalty in force is refused too.
			Update { min_provider_bond: Some(150), ..Default::default() },
			Error::PenaltyAboveMinimumBond,
		),
	];
	for (update, error) in cases {
		build_and_execute(|| {
			// A valid field alongside the bad one is not applied either.
			let update = Update { provider_minimum_term: Some(51), ..update };
			assert_noop!(ProtocolParams::set_params(RuntimeOrigin::root(), update), error);
			assert_eq!(ProtocolParams::params(), genesis_params());
		});
	}
}

#[test]
fn param_getters_read_the_value_in_force() {
	build_and_execute(|| {
		assert_eq!(ParamGetter::<Test, TakeRate>::get(), Perbill::from_percent(5));
		assert_eq!(ParamGetter::<Test, MinProviderBond>::get(), 1_000);
		assert_eq!(ParamGetter::<Test, GracePeriod>::get(), 30);
		assert_ok!(ProtocolParams::set_params(
			RuntimeOrigin::root(),
			Update {
				take_rate: Some(Perbill::from_percent(9)),
				min_provider_bond: Some(5_000),
				..Default::default()
			}
		));
		assert_eq!(ParamGetter::<Test, TakeRate>::get(), Perbill::from_percent(9));
		assert_eq!(ParamGetter::<Test, MinProviderBond>::get(), 5_000);
		assert_eq!(ParamGetter::<Test, UnbondingPeriod>::get(), 100);
		assert_eq!(ParamGetter::<Test, BidDeposit>::get(), 5);
		assert_eq!(ParamGetter::<Test, MaxBidsPerOrder>::get(), 16);
		assert_eq!(ParamGetter::<Test, MinLeaseDeposit>::get(), 50);
		assert_eq!(ParamGetter::<Test, EarlyClosePenalty>::get(), 200);
		assert_eq!(ParamGetter::<Test, ProviderMinimumTerm>::get(), 50);
		assert_eq!(ParamGetter::<Test, DeploymentDepositPerByte>::get(), 2);
		assert_eq!(ParamGetter::<Test, MaxDeploymentVersions>::get(), 10);
		assert_eq!(ParamGetter::<Test, ExpiryItemsPerBlock>::get(), 50);
	});
}

#[test]
fn without_genesis_params_the_bounded_defaults_apply() {
	sp_io::TestExternalities::default().execute_with(|| {
		let p = ProtocolParams::params();
		assert_eq!(p, ProtocolParams::defaults());
		assert_eq!(p.min_provider_bond, 100);
		assert_eq!(p.grace_period, 10);
		assert!(ProtocolParams::check_bounds(&p).is_ok());
	});
}

#[test]
#[should_panic(expected = "genesis protocol parameters out of bounds")]
fn genesis_with_out_of_bounds_params_fails() {
	use sp_runtime::BuildStorage;
	let _ = RuntimeGenesisConfig {
		system: Default::default(),
		protocol_params: crate::GenesisConfig {
			params: Some(P { take_rate: Perbill::from_percent(50), ..genesis_params() }),
		},
	}
	.build_storage();
}
