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
			slash_deferral: Some(600),
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
				slash_deferral: 600,
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

/// Each parameter at each of its bounds, with whatever other field the cross-parameter rule
/// (penalty <= minimum bond) needs.
fn updates_at_the_bounds() -> Vec<(&'static str, Update)> {
	let u = Update::default();
	vec![
		("take_rate at zero", Update { take_rate: Some(Perbill::zero()), ..u.clone() }),
		(
			"take_rate at MaxTakeRate",
			Update { take_rate: Some(Perbill::from_percent(20)), ..u.clone() },
		),
		("grace_period at MinGracePeriod", Update { grace_period: Some(10), ..u.clone() }),
		("grace_period at MaxGracePeriod", Update { grace_period: Some(500), ..u.clone() }),
		(
			"unbonding_period at MinUnbondingPeriod",
			Update { unbonding_period: Some(20), ..u.clone() },
		),
		(
			"unbonding_period at MaxUnbondingPeriod",
			Update { unbonding_period: Some(2_000), ..u.clone() },
		),
		(
			"min_provider_bond at MinProviderBondFloor",
			Update { min_provider_bond: Some(100), early_close_penalty: Some(100), ..u.clone() },
		),
		(
			"min_provider_bond at MinProviderBondCeiling",
			Update { min_provider_bond: Some(100_000), ..u.clone() },
		),
		(
			"min_lease_deposit at MinLeaseDepositFloor",
			Update { min_lease_deposit: Some(10), ..u.clone() },
		),
		(
			"min_lease_deposit at MinLeaseDepositCeiling",
			Update { min_lease_deposit: Some(10_000), ..u.clone() },
		),
		("bid_deposit at MinBidDepositFloor", Update { bid_deposit: Some(1), ..u.clone() }),
		("bid_deposit at MaxBidDeposit", Update { bid_deposit: Some(50), ..u.clone() }),
		(
			"max_bids_per_order at MinBidsPerOrder",
			Update { max_bids_per_order: Some(2), ..u.clone() },
		),
		(
			"max_bids_per_order at MaxBidsPerOrderLimit",
			Update { max_bids_per_order: Some(32), ..u.clone() },
		),
		("early_close_penalty at zero", Update { early_close_penalty: Some(0), ..u.clone() }),
		(
			"early_close_penalty at MaxEarlyClosePenalty",
			Update {
				early_close_penalty: Some(5_000),
				min_provider_bond: Some(5_000),
				..u.clone()
			},
		),
		(
			"provider_minimum_term at MinProviderMinimumTerm",
			Update { provider_minimum_term: Some(10), ..u.clone() },
		),
		(
			"provider_minimum_term at MaxProviderMinimumTerm",
			Update { provider_minimum_term: Some(500), ..u.clone() },
		),
		(
			"deployment_deposit_per_byte at zero",
			Update { deployment_deposit_per_byte: Some(0), ..u.clone() },
		),
		(
			"deployment_deposit_per_byte at MaxDeploymentDepositPerByte",
			Update { deployment_deposit_per_byte: Some(100), ..u.clone() },
		),
		(
			"max_deployment_versions at MinDeploymentVersions",
			Update { max_deployment_versions: Some(2), ..u.clone() },
		),
		(
			"max_deployment_versions at MaxDeploymentVersionsLimit",
			Update { max_deployment_versions: Some(64), ..u.clone() },
		),
		(
			"expiry_items_per_block at MinExpiryItemsPerBlock",
			Update { expiry_items_per_block: Some(1), ..u.clone() },
		),
		(
			"expiry_items_per_block at MaxExpiryItemsPerBlock",
			Update { expiry_items_per_block: Some(200), ..u.clone() },
		),
		("bid_ttl at MinBidTtl", Update { bid_ttl: Some(5), ..u.clone() }),
		("bid_ttl at MaxBidTtl", Update { bid_ttl: Some(1_000), ..u.clone() }),
		("slash_deferral at MinSlashDeferral", Update { slash_deferral: Some(5), ..u.clone() }),
		("slash_deferral at MaxSlashDeferral", Update { slash_deferral: Some(600), ..u }),
	]
}

#[test]
fn every_parameter_is_accepted_at_each_of_its_bounds() {
	for (case, update) in updates_at_the_bounds() {
		build_and_execute(|| {
			let expected = genesis_params().updated(&update);
			assert_ok!(ProtocolParams::set_params(RuntimeOrigin::root(), update.clone()));
			assert_eq!(ProtocolParams::params(), expected, "{case}");
		});
	}
}

#[test]
fn every_parameter_just_below_its_lower_bound_fails_with_its_error_and_changes_nothing() {
	let u = Update::default();
	let cases: Vec<(Update, Error<Test>)> = vec![
		(Update { grace_period: Some(9), ..u.clone() }, Error::GracePeriodTooShort),
		(Update { unbonding_period: Some(19), ..u.clone() }, Error::UnbondingPeriodTooShort),
		(
			Update { min_provider_bond: Some(99), early_close_penalty: Some(0), ..u.clone() },
			Error::ProviderBondTooLow,
		),
		(Update { min_lease_deposit: Some(9), ..u.clone() }, Error::LeaseDepositTooLow),
		(Update { bid_deposit: Some(0), ..u.clone() }, Error::BidDepositTooLow),
		(Update { max_bids_per_order: Some(1), ..u.clone() }, Error::BidsPerOrderOutOfBounds),
		(Update { max_bids_per_order: Some(0), ..u.clone() }, Error::BidsPerOrderOutOfBounds),
		(
			Update { provider_minimum_term: Some(9), ..u.clone() },
			Error::ProviderMinimumTermTooShort,
		),
		(
			Update { max_deployment_versions: Some(1), ..u.clone() },
			Error::DeploymentVersionsOutOfBounds,
		),
		(
			Update { max_deployment_versions: Some(0), ..u.clone() },
			Error::DeploymentVersionsOutOfBounds,
		),
		(Update { expiry_items_per_block: Some(0), ..u.clone() }, Error::ExpiryItemsOutOfBounds),
		(Update { bid_ttl: Some(4), ..u.clone() }, Error::BidTtlOutOfBounds),
		(Update { slash_deferral: Some(4), ..u }, Error::SlashDeferralTooShort),
	];
	assert_each_fails_and_changes_nothing(cases);
}

#[test]
fn every_parameter_just_above_its_upper_bound_fails_with_its_error_and_changes_nothing() {
	let u = Update::default();
	let cases: Vec<(Update, Error<Test>)> = vec![
		(
			Update { take_rate: Some(Perbill::from_percent(21)), ..u.clone() },
			Error::TakeRateTooHigh,
		),
		(
			Update { take_rate: Some(Perbill::from_parts(200_000_001)), ..u.clone() },
			Error::TakeRateTooHigh,
		),
		(Update { grace_period: Some(501), ..u.clone() }, Error::GracePeriodTooLong),
		(Update { unbonding_period: Some(2_001), ..u.clone() }, Error::UnbondingPeriodTooLong),
		(Update { min_provider_bond: Some(100_001), ..u.clone() }, Error::ProviderBondTooHigh),
		(Update { min_lease_deposit: Some(10_001), ..u.clone() }, Error::LeaseDepositTooHigh),
		(Update { bid_deposit: Some(51), ..u.clone() }, Error::BidDepositTooHigh),
		(Update { max_bids_per_order: Some(33), ..u.clone() }, Error::BidsPerOrderOutOfBounds),
		(
			Update {
				early_close_penalty: Some(5_001),
				min_provider_bond: Some(100_000),
				..u.clone()
			},
			Error::EarlyClosePenaltyTooHigh,
		),
		(
			Update { provider_minimum_term: Some(501), ..u.clone() },
			Error::ProviderMinimumTermTooLong,
		),
		(
			Update { deployment_deposit_per_byte: Some(101), ..u.clone() },
			Error::DeploymentDepositPerByteTooHigh,
		),
		(
			Update { max_deployment_versions: Some(65), ..u.clone() },
			Error::DeploymentVersionsOutOfBounds,
		),
		(Update { expiry_items_per_block: Some(201), ..u.clone() }, Error::ExpiryItemsOutOfBounds),
		(Update { bid_ttl: Some(1_001), ..u.clone() }, Error::BidTtlOutOfBounds),
		(Update { slash_deferral: Some(601), ..u }, Error::SlashDeferralTooLong),
	];
	assert_each_fails_and_changes_nothing(cases);
}

#[test]
fn the_penalty_can_never_exceed_the_minimum_bond() {
	let cases: Vec<(Update, Error<Test>)> = vec![
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
	assert_each_fails_and_changes_nothing(cases);
	build_and_execute(|| {
		// Equal is allowed.
		assert_ok!(ProtocolParams::set_params(
			RuntimeOrigin::root(),
			Update { early_close_penalty: Some(1_000), ..Default::default() }
		));
	});
}

/// Each update fails with its error and changes nothing (storage, events), even with a valid
/// field alongside the bad one.
fn assert_each_fails_and_changes_nothing(cases: Vec<(Update, Error<Test>)>) {
	for (update, error) in cases {
		build_and_execute(|| {
			let mut update = update;
			if update.provider_minimum_term.is_none() {
				update.provider_minimum_term = Some(51);
			} else {
				update.take_rate = Some(Perbill::from_percent(7));
			}
			assert_noop!(ProtocolParams::set_params(RuntimeOrigin::root(), update), error);
			assert_eq!(ProtocolParams::params(), genesis_params());
		});
	}
}

#[test]
fn every_bound_is_a_constant_in_the_metadata() {
	let names: Vec<String> = crate::Pallet::<Test>::pallet_constants_metadata()
		.into_iter()
		.map(|c| c.name.to_string())
		.collect();
	for bound in [
		"MaxTakeRate",
		"MinGracePeriod",
		"MaxGracePeriod",
		"MinUnbondingPeriod",
		"MaxUnbondingPeriod",
		"MinProviderBondFloor",
		"MinProviderBondCeiling",
		"MinLeaseDepositFloor",
		"MinLeaseDepositCeiling",
		"MinBidDepositFloor",
		"MaxBidDeposit",
		"MinBidsPerOrder",
		"MaxBidsPerOrderLimit",
		"MaxEarlyClosePenalty",
		"MinProviderMinimumTerm",
		"MaxProviderMinimumTerm",
		"MaxDeploymentDepositPerByte",
		"MinDeploymentVersions",
		"MaxDeploymentVersionsLimit",
		"MinExpiryItemsPerBlock",
		"MaxExpiryItemsPerBlock",
		"MinBidTtl",
		"MaxBidTtl",
		"MinSlashDeferral",
		"MaxSlashDeferral",
	] {
		assert!(names.iter().any(|n| n == bound), "{bound} is not in the metadata");
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
		assert_eq!(ParamGetter::<Test, BidTtl>::get(), 100);
		assert_eq!(ParamGetter::<Test, SlashDeferral>::get(), 50);
		assert_ok!(ProtocolParams::set_params(
			RuntimeOrigin::root(),
			Update { slash_deferral: Some(70), ..Default::default() }
		));
		assert_eq!(ParamGetter::<Test, SlashDeferral>::get(), 70);
	});
}

#[test]
fn without_genesis_params_the_bounded_defaults_apply() {
	sp_io::TestExternalities::default().execute_with(|| {
		let p = ProtocolParams::params();
		assert_eq!(p, ProtocolParams::defaults());
		assert_eq!(p.min_provider_bond, 100);
		assert_eq!(p.grace_period, 10);
		assert_eq!(p.provider_minimum_term, 10);
		assert_eq!(p.slash_deferral, 600);
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

#[test]
#[should_panic(expected = "genesis protocol parameters out of bounds")]
fn genesis_with_a_slash_deferral_out_of_bounds_fails() {
	use sp_runtime::BuildStorage;
	let _ = RuntimeGenesisConfig {
		system: Default::default(),
		protocol_params: crate::GenesisConfig {
			params: Some(P { slash_deferral: 601, ..genesis_params() }),
		},
	}
	.build_storage();
}
