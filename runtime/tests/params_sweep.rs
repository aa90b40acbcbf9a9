//! Every protocol parameter at each of its hard bounds keeps the marketplace working: for each
//! bound, root sets the parameter there (`ProtocolParams::set_params`), then a provider
//! registers, a tenant orders, the provider bids, the tenant accepts, blocks run, a deployment
//! keeps its versions, leases close (after the minimum term, early with the penalty, and by
//! running dry after the grace period), a slash waits out its deferral, and the provider
//! unbonds, withdraws and deregisters, with every pallet's invariants checked along the way.

use deinfra_primitives::{ResourceRequest, Resources};
use deinfra_runtime::{
	configs::{governance::TreasuryAccount, market as bounds},
	Balance, Balances, BlockNumber, Deployments, Market, ProtocolParams, Providers, Runtime,
	RuntimeHoldReason, RuntimeOrigin, System, UNIT,
};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold, weights::Weight};
use pallet_market::{CloseReason, LeaseState};
use pallet_protocol_params::ParamsUpdate;
use sp_keyring::Sr25519Keyring::{self, *};
use sp_runtime::Perbill;

mod common;
use common::{check_invariants, id, new_ext, provider_info, run_blocks_to, signed, unit_prices};

type Update = ParamsUpdate<Balance, BlockNumber>;

const CID: &[u8] = b"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

/// Runs the hooks block by block to `n`; a long way is jumped, running only the last blocks
/// (the journey has nothing scheduled in between).
fn advance_to(n: BlockNumber) {
	let now = System::block_number();
	if n > now.saturating_add(3) {
		System::set_block_number(n - 3);
	}
	run_blocks_to(n, Weight::zero());
}

fn now() -> BlockNumber {
	System::block_number()
}

fn held(k: Sr25519Keyring) -> Balance {
	Balances::total_balance_on_hold(&id(k))
}

fn request() -> ResourceRequest {
	ResourceRequest {
		resources: Resources {
			cpu_millicores: 1_000,
			memory_mib: 1_024,
			storage_gib: 10,
			bandwidth_mbps: 10,
			gpus: 0,
		},
		gpu: None,
		region: None,
		attributes: Default::default(),
		verified_attributes: false,
	}
}

fn register(k: Sr25519Keyring, bond: Balance) {
	let info = provider_info("https://provider.example:8443", unit_prices());
	assert_ok!(Providers::register(signed(k), info, bond));
}

fn bond(k: Sr25519Keyring) -> Balance {
	pallet_providers::Registry::<Runtime>::get(id(k)).expect("registered").bond
}

/// Eve orders with `deposit`, Dave bids `price` (holding the bid deposit until Eve accepts):
/// returns the lease id.
fn lease(deposit: Balance, price: Balance) -> u64 {
	let p = ProtocolParams::params();
	let order = pallet_market::NextOrderId::<Runtime>::get();
	assert_ok!(Market::create_order(signed(Eve), request().into(), price, deposit, None));
	let bid = pallet_market::NextBidId::<Runtime>::get();
	let dave_held = held(Dave);
	assert_ok!(Market::place_bid(signed(Dave), order, price));
	assert_eq!(held(Dave), dave_held + p.bid_deposit, "the bid deposit is held");
	let lease = pallet_market::NextLeaseId::<Runtime>::get();
	assert_ok!(Market::accept_bid(signed(Eve), order, bid));
	assert_eq!(held(Dave), dave_held, "the winning bid's deposit is returned");
	check_invariants();
	lease
}

fn is_active(lease: u64) -> bool {
	pallet_market::Leases::<Runtime>::get(lease).expect("lease record").is_active()
}

fn closed_for_lack_of_funds(lease: u64) -> bool {
	matches!(
		pallet_market::Leases::<Runtime>::get(lease).expect("lease record").state,
		LeaseState::Closed { reason: CloseReason::InsufficientFunds, .. }
	)
}

fn last_penalty() -> Balance {
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| match r.event {
			deinfra_runtime::RuntimeEvent::Market(pallet_market::Event::LeaseClosed {
				penalty,
				..
			}) => Some(penalty),
			_ => None,
		})
		.expect("a lease closed")
}

/// The marketplace journey under the parameters in force.
fn journey(case: &str) {
	let p = ProtocolParams::params();
	let extra = 10 * UNIT;
	register(Dave, p.min_provider_bond + extra);
	// A price low enough that the deposit outlasts every jump below.
	let deposit = p.min_lease_deposit.max(10 * UNIT);
	let price = UNIT / 100_000;

	// A lease that runs its minimum term, with a deployment keeping its versions: no penalty.
	let a = lease(deposit, price);
	assert_ok!(Deployments::create(signed(Eve), b"site".to_vec(), CID.to_vec(), Some(a)));
	let deployment = pallet_deployments::NextDeploymentId::<Runtime>::get() - 1;
	for _ in 0..=p.max_deployment_versions {
		assert_ok!(Deployments::push_version(signed(Eve), deployment, CID.to_vec(), None));
	}
	let deployment_reason: RuntimeHoldReason =
		pallet_deployments::HoldReason::DeploymentDeposit.into();
	if p.deployment_deposit_per_byte > 0 {
		assert!(Balances::balance_on_hold(&deployment_reason, &id(Eve)) > 0, "{case}");
	}
	let start = now();
	run_blocks_to(start + 3, Weight::zero());
	advance_to(start + p.provider_minimum_term + 1);
	assert_ok!(Deployments::unbind_lease(signed(Eve), deployment));
	assert_ok!(Market::close_lease(signed(Dave), a));
	assert_eq!(last_penalty(), 0, "{case}: a close after the minimum term is free");
	assert_ok!(Deployments::remove(signed(Eve), deployment));
	assert_eq!(Balances::balance_on_hold(&deployment_reason, &id(Eve)), 0, "{case}");
	check_invariants();

	// A lease the provider leaves early: the penalty, capped by what the tenant paid.
	let b = lease(deposit, price);
	let start = now();
	run_blocks_to(start + 2, Weight::zero());
	let bond_before = bond(Dave);
	assert_ok!(Market::close_lease(signed(Dave), b));
	let penalty = last_penalty();
	if p.provider_minimum_term > 2 {
		assert!(penalty <= p.early_close_penalty, "{case}");
		assert!(penalty <= 2 * price, "{case}: capped by what the tenant paid");
		assert_eq!(bond(Dave), bond_before - penalty, "{case}");
	}
	check_invariants();

	// A lease whose escrow runs dry after ten blocks closes after the grace period.
	let c = lease(p.min_lease_deposit, p.min_lease_deposit / 10);
	let start = now();
	run_blocks_to(start + 12, Weight::zero());
	assert!(is_active(c), "{case}: still in its grace period");
	advance_to((start + 10 + p.grace_period + 2).max(now() + 1));
	assert!(closed_for_lack_of_funds(c), "{case}: closed after the grace period");

	// The provider unbonds what it holds above the minimum and withdraws it after the period.
	assert_ok!(Providers::unbond(signed(Dave), extra.min(bond(Dave) - p.min_provider_bond)));
	let unbonded_at = now();
	assert_noop!(
		Providers::withdraw_unbonded(signed(Dave)),
		pallet_providers::Error::<Runtime>::NothingToWithdraw
	);
	advance_to(unbonded_at + p.unbonding_period);
	assert_ok!(Providers::withdraw_unbonded(signed(Dave)));

	// A proposed slash waits out the deferral, then anyone applies it.
	assert_ok!(Providers::propose_slash(RuntimeOrigin::root(), id(Dave).into(), UNIT));
	let proposed_at = now();
	let pending = pallet_providers::PendingSlashes::<Runtime>::get(id(Dave)).expect("pending");
	assert_eq!(pending.apply_at, proposed_at + p.slash_deferral, "{case}");
	advance_to(proposed_at + p.slash_deferral - 1);
	assert_noop!(
		Providers::apply_slash(signed(Eve), id(Dave).into()),
		pallet_providers::Error::<Runtime>::SlashDeferred
	);
	advance_to(proposed_at + p.slash_deferral);
	let treasury = Balances::free_balance(TreasuryAccount::get());
	assert_ok!(Providers::apply_slash(signed(Eve), id(Dave).into()));
	assert_eq!(Balances::free_balance(TreasuryAccount::get()), treasury + UNIT, "{case}");

	// The provider leaves: everything it held comes back after the unbonding period.
	assert_ok!(Providers::deregister(signed(Dave)));
	let left_at = now();
	advance_to(left_at + p.unbonding_period);
	assert_ok!(Providers::withdraw_unbonded(signed(Dave)));
	assert_eq!(held(Dave), 0, "{case}: nothing of the provider stays held");
	assert_eq!(held(Eve), 0, "{case}: nothing of the tenant stays held");
	check_invariants();
}

/// For each update, on a fresh `development` chain: root sets it, then the journey runs.
fn sweep(cases: Vec<(&str, Update)>) {
	for (case, update) in cases {
		new_ext().execute_with(|| {
			let expected = ProtocolParams::params().updated(&update);
			assert_ok!(ProtocolParams::set_params(RuntimeOrigin::root(), update));
			assert_eq!(ProtocolParams::params(), expected, "{case}");
			check_invariants();
			journey(case);
		});
	}
}

fn u() -> Update {
	Update::default()
}

#[test]
fn the_journey_works_under_the_genesis_parameters() {
	new_ext().execute_with(|| journey("genesis"));
}

#[test]
fn min_provider_bond_at_either_bound_keeps_the_market_working() {
	sweep(vec![
		(
			"min_provider_bond at MinProviderBondFloor",
			Update {
				min_provider_bond: Some(bounds::MinProviderBondFloor::get()),
				// The penalty never exceeds the minimum bond.
				early_close_penalty: Some(bounds::MinProviderBondFloor::get()),
				..u()
			},
		),
		(
			"min_provider_bond at MinProviderBondCeiling",
			Update { min_provider_bond: Some(bounds::MinProviderBondCeiling::get()), ..u() },
		),
	]);
}

#[test]
fn unbonding_period_at_either_bound_keeps_the_market_working() {
	sweep(vec![
		(
			"unbonding_period at MinUnbondingPeriod",
			Update { unbonding_period: Some(bounds::MinUnbondingPeriod::get()), ..u() },
		),
		(
			"unbonding_period at MaxUnbondingPeriod",
			Update { unbonding_period: Some(bounds::MaxUnbondingPeriod::get()), ..u() },
		),
	]);
}

#[test]
fn bid_deposit_at_either_bound_keeps_the_market_working() {
	sweep(vec![
		(
			"bid_deposit at MinBidDepositFloor",
			Update { bid_deposit: Some(bounds::MinBidDepositFloor::get()), ..u() },
		),
		(
			"bid_deposit at MaxBidDeposit",
			Update { bid_deposit: Some(bounds::MaxBidDeposit::get()), ..u() },
		),
	]);
}

#[test]
fn max_bids_per_order_at_either_bound_keeps_the_market_working() {
	sweep(vec![
		(
			"max_bids_per_order at MinBidsPerOrder",
			Update { max_bids_per_order: Some(bounds::MinBidsPerOrder::get()), ..u() },
		),
		(
			"max_bids_per_order at MaxBidsPerOrderLimit",
			Update { max_bids_per_order: Some(bounds::MaxBidsPerOrderLimit::get()), ..u() },
		),
	]);
}

#[test]
fn min_lease_deposit_at_either_bound_keeps_the_market_working() {
	sweep(vec![
		(
			"min_lease_deposit at MinLeaseDepositFloor",
			Update { min_lease_deposit: Some(bounds::MinLeaseDepositFloor::get()), ..u() },
		),
		(
			"min_lease_deposit at MinLeaseDepositCeiling",
			Update { min_lease_deposit: Some(bounds::MinLeaseDepositCeiling::get()), ..u() },
		),
	]);
}

#[test]
fn take_rate_at_either_bound_keeps_the_market_working() {
	sweep(vec![
		("take_rate at zero", Update { take_rate: Some(Perbill::zero()), ..u() }),
		("take_rate at MaxTakeRate", Update { take_rate: Some(bounds::MaxTakeRate::get()), ..u() }),
	]);
}

#[test]
fn grace_period_at_either_bound_keeps_the_market_working() {
	sweep(vec![
		(
			"grace_period at MinGracePeriod",
			Update { grace_period: Some(bounds::MinGracePeriod::get()), ..u() },
		),
		(
			"grace_period at MaxGracePeriod",
			Update { grace_period: Some(bounds::MaxGracePeriod::get()), ..u() },
		),
	]);
}

#[test]
fn early_close_penalty_at_either_bound_keeps_the_market_working() {
	sweep(vec![
		("early_close_penalty at zero", Update { early_close_penalty: Some(0), ..u() }),
		(
			"early_close_penalty at MaxEarlyClosePenalty",
			Update {
				early_close_penalty: Some(bounds::MaxEarlyClosePenalty::get()),
				// The minimum bond must be at least the penalty.
				min_provider_bond: Some(
					bounds::MaxEarlyClosePenalty::get().max(bounds::MinProviderBondFloor::get()),
				),
				..u()
			},
		),
	]);
}

#[test]
fn provider_minimum_term_at_either_bound_keeps_the_market_working() {
	sweep(vec![
		(
			"provider_minimum_term at MinProviderMinimumTerm",
			Update { provider_minimum_term: Some(bounds::MinProviderMinimumTerm::get()), ..u() },
		),
		(
			"provider_minimum_term at MaxProviderMinimumTerm",
			Update { provider_minimum_term: Some(bounds::MaxProviderMinimumTerm::get()), ..u() },
		),
	]);
}

#[test]
fn deployment_deposit_per_byte_at_either_bound_keeps_the_market_working() {
	sweep(vec![
		(
			"deployment_deposit_per_byte at zero",
			Update { deployment_deposit_per_byte: Some(0), ..u() },
		),
		(
			"deployment_deposit_per_byte at MaxDeploymentDepositPerByte",
			Update {
				deployment_deposit_per_byte: Some(bounds::MaxDeploymentDepositPerByte::get()),
				..u()
			},
		),
	]);
}

#[test]
fn max_deployment_versions_at_either_bound_keeps_the_market_working() {
	sweep(vec![
		(
			"max_deployment_versions at MinDeploymentVersions",
			Update { max_deployment_versions: Some(bounds::MinDeploymentVersions::get()), ..u() },
		),
		(
			"max_deployment_versions at MAX_DEPLOYMENT_VERSIONS",
			Update { max_deployment_versions: Some(bounds::MAX_DEPLOYMENT_VERSIONS), ..u() },
		),
	]);
}

#[test]
fn expiry_items_per_block_at_either_bound_keeps_the_market_working() {
	sweep(vec![
		(
			"expiry_items_per_block at MinExpiryItemsPerBlock",
			Update { expiry_items_per_block: Some(bounds::MinExpiryItemsPerBlock::get()), ..u() },
		),
		(
			"expiry_items_per_block at MaxExpiryItemsPerBlock",
			Update { expiry_items_per_block: Some(bounds::MaxExpiryItemsPerBlock::get()), ..u() },
		),
	]);
}

#[test]
fn bid_ttl_at_either_bound_keeps_the_market_working() {
	sweep(vec![
		("bid_ttl at MinBidTtl", Update { bid_ttl: Some(bounds::MinBidTtl::get()), ..u() }),
		("bid_ttl at MaxBidTtl", Update { bid_ttl: Some(bounds::MaxBidTtl::get()), ..u() }),
	]);
}

#[test]
fn slash_deferral_at_either_bound_keeps_the_market_working() {
	sweep(vec![
		(
			"slash_deferral at MinSlashDeferral",
			Update { slash_deferral: Some(bounds::MinSlashDeferral::get()), ..u() },
		),
		(
			"slash_deferral at MaxSlashDeferral",
			Update { slash_deferral: Some(bounds::MaxSlashDeferral::get()), ..u() },
		),
	]);
}

#[test]
fn every_parameter_just_outside_its_bounds_is_refused_on_the_real_runtime() {
	use pallet_protocol_params::Error;
	new_ext().execute_with(|| {
		let cases: Vec<(Update, Error<Runtime>)> = vec![
			(
				Update {
					min_provider_bond: Some(bounds::MinProviderBondCeiling::get() + 1),
					..u()
				},
				Error::ProviderBondTooHigh,
			),
			(
				Update { unbonding_period: Some(bounds::MaxUnbondingPeriod::get() + 1), ..u() },
				Error::UnbondingPeriodTooLong,
			),
			(
				Update { bid_deposit: Some(bounds::MaxBidDeposit::get() + 1), ..u() },
				Error::BidDepositTooHigh,
			),
			(
				Update {
					min_lease_deposit: Some(bounds::MinLeaseDepositCeiling::get() + 1),
					..u()
				},
				Error::LeaseDepositTooHigh,
			),
			(
				Update { grace_period: Some(bounds::MaxGracePeriod::get() + 1), ..u() },
				Error::GracePeriodTooLong,
			),
			(
				Update {
					early_close_penalty: Some(bounds::MaxEarlyClosePenalty::get() + 1),
					min_provider_bond: Some(bounds::MinProviderBondCeiling::get()),
					..u()
				},
				Error::EarlyClosePenaltyTooHigh,
			),
			(
				Update {
					provider_minimum_term: Some(bounds::MaxProviderMinimumTerm::get() + 1),
					..u()
				},
				Error::ProviderMinimumTermTooLong,
			),
			(
				Update {
					provider_minimum_term: Some(bounds::MinProviderMinimumTerm::get() - 1),
					..u()
				},
				Error::ProviderMinimumTermTooShort,
			),
			(
				Update {
					deployment_deposit_per_byte: Some(
						bounds::MaxDeploymentDepositPerByte::get() + 1,
					),
					..u()
				},
				Error::DeploymentDepositPerByteTooHigh,
			),
			(
				Update { slash_deferral: Some(bounds::MinSlashDeferral::get() - 1), ..u() },
				Error::SlashDeferralTooShort,
			),
			(
				Update { slash_deferral: Some(bounds::MaxSlashDeferral::get() + 1), ..u() },
				Error::SlashDeferralTooLong,
			),
		];
		for (update, error) in cases {
			assert_noop!(ProtocolParams::set_params(RuntimeOrigin::root(), update), error);
		}
	});
}
