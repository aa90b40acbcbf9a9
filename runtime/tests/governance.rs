//! Governance on the real runtime: a referendum on the `protocol_params` track changes a
//! protocol parameter; the track's origin can do nothing else; the council cannot cancel
//! referenda (token holders do, see `council_powers.rs`).

use codec::Encode;
use deinfra_runtime::{
	governance::pallet_custom_origins::Origin, Balance, ConvictionVoting, Council, OriginCaller,
	Preimage, ProtocolParams, Referenda, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
	UNIT,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::{schedule::DispatchTime, Bounded, StorePreimage},
};
use pallet_conviction_voting::{AccountVote, Conviction, Vote};
use pallet_protocol_params::{ParamsUpdate, UpdateOf};
use sp_keyring::Sr25519Keyring::{self, *};
use sp_runtime::{DispatchError, Perbill};

mod common;
use common::{events, id, new_ext, run_scheduler_to as run_to_block, signed};

fn take_rate_call(percent: u32) -> RuntimeCall {
	let update: UpdateOf<Runtime> =
		ParamsUpdate { take_rate: Some(Perbill::from_percent(percent)), ..Default::default() };
	RuntimeCall::ProtocolParams(pallet_protocol_params::Call::set_params { update })
}

/// Notes the call's preimage and submits it on the track of `origin`; returns the index.
fn submit(proposer: Sr25519Keyring, origin: Origin, call: RuntimeCall) -> u32 {
	let bytes = call.encode();
	assert_ok!(Preimage::note_preimage(signed(proposer), bytes.clone()));
	let proposal: Bounded<RuntimeCall, sp_runtime::traits::BlakeTwo256> =
		<Preimage as StorePreimage>::bound(call).unwrap();
	let index = pallet_referenda::ReferendumCount::<Runtime>::get();
	assert_ok!(Referenda::submit(
		signed(proposer),
		Box::new(OriginCaller::Origins(origin)),
		proposal,
		DispatchTime::After(1),
	));
	index
}

fn aye(voter: Sr25519Keyring, index: u32, balance: Balance, conviction: Conviction) {
	assert_ok!(ConvictionVoting::vote(
		signed(voter),
		index,
		AccountVote::Standard { vote: Vote { aye: true, conviction }, balance }
	));
}

#[test]
fn referendum_on_protocol_params_track_changes_the_take_rate() {
	new_ext().execute_with(|| {
		assert_eq!(ProtocolParams::params().take_rate, Perbill::from_percent(5));

		let index = submit(Alice, Origin::ProtocolParamsAdmin, take_rate_call(8));
		assert_ok!(Referenda::place_decision_deposit(signed(Bob), index));
		// 27,000,000 of ~120,000,000 INFRA issued: 22.5% support, above the track's 20% start.
		aye(Alice, index, 9_000_000 * UNIT, Conviction::Locked3x);
		aye(Bob, index, 9_000_000 * UNIT, Conviction::Locked1x);
		aye(Charlie, index, 9_000_000 * UNIT, Conviction::Locked6x);
		// Votes are locked (frozen) for the voters.
		assert!(!pallet_balances::Locks::<Runtime>::get(id(Alice)).is_empty());

		// Prepare (1 h) + confirm (3 h) + enactment (1 h), with a margin.
		let start = System::block_number();
		run_to_block(start + 600 + 1_800 + 600 + 20);

		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Referenda(pallet_referenda::Event::Confirmed { index: i, .. }) if *i == index
		)));
		assert_eq!(ProtocolParams::params().take_rate, Perbill::from_percent(8));
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::ProtocolParams(pallet_protocol_params::Event::ParamsUpdated { .. })
		)));
	});
}

#[test]
fn referendum_without_enough_support_does_not_change_anything() {
	new_ext().execute_with(|| {
		let index = submit(Alice, Origin::ProtocolParamsAdmin, take_rate_call(8));
		assert_ok!(Referenda::place_decision_deposit(signed(Bob), index));
		// 100 INFRA of 120,000,000 issued: far below the 2% support floor.
		aye(Dave, index, 100 * UNIT, Conviction::Locked6x);
		run_to_block(System::block_number() + 600 + 5 * 14_400 + 100);
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Referenda(pallet_referenda::Event::Rejected { index: i, .. }) if *i == index
		)));
		assert_eq!(ProtocolParams::params().take_rate, Perbill::from_percent(5));
	});
}

#[test]
fn protocol_params_origin_cannot_do_anything_else() {
	new_ext().execute_with(|| {
		let origin: RuntimeOrigin = Origin::ProtocolParamsAdmin.into();
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death {
			dest: id(Eve).into(),
			value: UNIT,
		});
		let upgrade = RuntimeCall::System(frame_system::Call::set_code { code: vec![0u8; 8] });
		let spend = RuntimeCall::Treasury(pallet_treasury::Call::spend_local {
			amount: UNIT,
			beneficiary: id(Eve).into(),
		});
		for call in [transfer, upgrade, spend] {
			let result = sp_runtime::traits::Dispatchable::dispatch(call, origin.clone());
			assert_eq!(result.map_err(|e| e.error), Err(DispatchError::BadOrigin));
		}
		// It may set the parameters.
		assert_ok!(ProtocolParams::set_params(
			origin,
			ParamsUpdate { take_rate: Some(Perbill::from_percent(3)), ..Default::default() }
		));
	});
}

#[test]
fn out_of_bounds_parameters_fail_even_for_governance() {
	new_ext().execute_with(|| {
		let origin: RuntimeOrigin = Origin::ProtocolParamsAdmin.into();
		assert_noop!(
			ProtocolParams::set_params(
				origin.clone(),
				ParamsUpdate { take_rate: Some(Perbill::from_percent(21)), ..Default::default() }
			),
			pallet_protocol_params::Error::<Runtime>::TakeRateTooHigh
		);
		assert_noop!(
			ProtocolParams::set_params(
				origin,
				ParamsUpdate { grace_period: Some(9), ..Default::default() }
			),
			pallet_protocol_params::Error::<Runtime>::GracePeriodTooShort
		);
		// Signed accounts, even council members, cannot set parameters directly.
		assert_noop!(
			ProtocolParams::set_params(
				signed(Alice),
				ParamsUpdate { take_rate: Some(Perbill::from_percent(3)), ..Default::default() }
			),
			DispatchError::BadOrigin
		);
	});
}

/// Proposes `call` to the council with threshold 2 (of 3), has Bob vote aye, closes it.
fn council_motion(call: RuntimeCall) {
	let len = call.encoded_size() as u32;
	let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
	let index = pallet_collective::ProposalCount::<Runtime, pallet_collective::Instance1>::get();
	assert_ok!(Council::propose(signed(Alice), 2, Box::new(call), len));
	assert_ok!(Council::vote(signed(Alice), hash, index, true));
	assert_ok!(Council::vote(signed(Bob), hash, index, true));
	assert_ok!(Council::close(
		signed(Charlie),
		hash,
		index,
		frame_support::weights::Weight::from_parts(10_000_000_000, 1_000_000),
		len
	));
}

use sp_runtime::traits::Hash as _;

#[test]
fn council_motion_cannot_cancel_a_referendum() {
	new_ext().execute_with(|| {
		let index = submit(Alice, Origin::ProtocolParamsAdmin, take_rate_call(8));
		assert_ok!(Referenda::place_decision_deposit(signed(Bob), index));
		council_motion(RuntimeCall::Referenda(pallet_referenda::Call::cancel { index }));
		// The motion executes, but cancelling takes a `referendum_canceller` referendum.
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Council(pallet_collective::Event::Executed {
				result: Err(DispatchError::BadOrigin),
				..
			})
		)));
		assert!(matches!(
			pallet_referenda::ReferendumInfoFor::<Runtime>::get(index),
			Some(pallet_referenda::ReferendumInfo::Ongoing(..))
		));
	});
}

#[test]
fn non_members_cannot_propose_council_motions() {
	new_ext().execute_with(|| {
		let call = RuntimeCall::Referenda(pallet_referenda::Call::cancel { index: 0 });
		let len = call.encoded_size() as u32;
		assert_noop!(
			Council::propose(signed(Eve), 2, Box::new(call), len),
			pallet_collective::Error::<Runtime, pallet_collective::Instance1>::NotMember
		);
		// Nor cancel a referendum directly.
		let index = submit(Alice, Origin::ProtocolParamsAdmin, take_rate_call(8));
		assert_noop!(Referenda::cancel(signed(Eve), index), DispatchError::BadOrigin);
	});
}

fn provider_info() -> pallet_providers::ProviderInfo<Balance> {
	common::provider_info(
		"https://provider.example:8443",
		pallet_providers::Prices {
			cpu_millicore: 1_000,
			memory_mib: 100,
			storage_gib: 10,
			bandwidth_mbps: 1,
			gpu: 0,
		},
	)
}

#[test]
fn council_motion_slashes_a_provider_to_the_treasury() {
	use deinfra_runtime::{configs::governance::TreasuryAccount, Providers};
	use frame_support::traits::fungible::InspectHold;
	new_ext().execute_with(|| {
		let bond = 2_000 * UNIT;
		assert_ok!(Providers::register(signed(Dave), provider_info(), bond));
		let bond_reason: deinfra_runtime::RuntimeHoldReason =
			pallet_providers::HoldReason::ProviderBond.into();
		assert_eq!(deinfra_runtime::Balances::balance_on_hold(&bond_reason, &id(Dave)), bond);
		let treasury_before = deinfra_runtime::Balances::free_balance(TreasuryAccount::get());

		// A single member cannot propose a slash.
		assert_noop!(
			Providers::propose_slash(signed(Alice), id(Dave).into(), 500 * UNIT),
			DispatchError::BadOrigin
		);

		council_motion(RuntimeCall::Providers(pallet_providers::Call::propose_slash {
			provider: id(Dave).into(),
			amount: 500 * UNIT,
		}));
		let pending = pallet_providers::PendingSlashes::<Runtime>::get(id(Dave))
			.expect("the motion proposed a slash");
		let deferral = ProtocolParams::params().slash_deferral;
		assert_eq!(pending.apply_at, System::block_number() + deferral);
		assert_eq!(deferral, deinfra_runtime::configs::market::DEFAULT_SLASH_DEFERRAL);

		// Nothing moves during the deferral, and Dave cannot take the bond away.
		assert_eq!(deinfra_runtime::Balances::balance_on_hold(&bond_reason, &id(Dave)), bond);
		assert_noop!(
			Providers::apply_slash(signed(Eve), id(Dave).into()),
			pallet_providers::Error::<Runtime>::SlashDeferred
		);
		assert_noop!(
			Providers::deregister(signed(Dave)),
			pallet_providers::Error::<Runtime>::SlashPending
		);
		// The council cannot cancel its own proposal either: only token holders (or root) can.
		council_motion(RuntimeCall::Providers(pallet_providers::Call::cancel_slash {
			provider: id(Dave).into(),
		}));
		assert!(pallet_providers::PendingSlashes::<Runtime>::contains_key(id(Dave)));

		// After the deferral anyone applies it, and it pays the treasury.
		System::set_block_number(pending.apply_at);
		assert_ok!(Providers::apply_slash(signed(Eve), id(Dave).into()));
		assert_eq!(
			deinfra_runtime::Balances::balance_on_hold(&bond_reason, &id(Dave)),
			bond - 500 * UNIT
		);
		assert_eq!(
			deinfra_runtime::Balances::free_balance(TreasuryAccount::get()),
			treasury_before + 500 * UNIT
		);
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Providers(pallet_providers::Event::Slashed { amount, .. }) if *amount == 500 * UNIT
		)));
	});
}

#[test]
fn referendum_canceller_origin_cancels_a_pending_slash() {
	use deinfra_runtime::{configs::governance::TreasuryAccount, Providers};
	new_ext().execute_with(|| {
		assert_ok!(Providers::register(signed(Dave), provider_info(), 2_000 * UNIT));
		council_motion(RuntimeCall::Providers(pallet_providers::Call::propose_slash {
			provider: id(Dave).into(),
			amount: 2_000 * UNIT,
		}));
		let pending = pallet_providers::PendingSlashes::<Runtime>::get(id(Dave)).unwrap();
		let treasury_before = deinfra_runtime::Balances::free_balance(TreasuryAccount::get());

		// What a passed referendum on the `referendum_canceller` track dispatches with.
		let canceller: RuntimeOrigin = Origin::ReferendumCanceller.into();
		assert_ok!(Providers::cancel_slash(canceller, id(Dave).into()));
		assert!(!pallet_providers::PendingSlashes::<Runtime>::contains_key(id(Dave)));

		System::set_block_number(pending.apply_at);
		assert_noop!(
			Providers::apply_slash(signed(Eve), id(Dave).into()),
			pallet_providers::Error::<Runtime>::NoPendingSlash
		);
		assert_eq!(
			deinfra_runtime::Balances::free_balance(TreasuryAccount::get()),
			treasury_before
		);
		// The provider is free to leave again.
		assert_ok!(Providers::deregister(signed(Dave)));
	});
}

#[test]
fn escrow_reads_the_take_rate_set_by_governance() {
	use frame_support::traits::Get;
	new_ext().execute_with(|| {
		type EscrowTakeRate = <Runtime as pallet_escrow::Config>::TakeRate;
		assert_eq!(EscrowTakeRate::get(), Perbill::from_percent(5));
		let origin: RuntimeOrigin = Origin::ProtocolParamsAdmin.into();
		assert_ok!(ProtocolParams::set_params(
			origin,
			ParamsUpdate { take_rate: Some(Perbill::from_percent(9)), ..Default::default() }
		));
		assert_eq!(EscrowTakeRate::get(), Perbill::from_percent(9));
	});
}

#[test]
fn market_lease_pays_the_take_rate_enacted_by_referendum() {
	use deinfra_primitives::{ResourceRequest, Resources};
	use deinfra_runtime::{configs::governance::TreasuryAccount, Balances, Market, Providers};
	new_ext().execute_with(|| {
		let index = submit(Alice, Origin::ProtocolParamsAdmin, take_rate_call(8));
		assert_ok!(Referenda::place_decision_deposit(signed(Bob), index));
		aye(Alice, index, 9_000_000 * UNIT, Conviction::Locked3x);
		aye(Bob, index, 9_000_000 * UNIT, Conviction::Locked1x);
		aye(Charlie, index, 9_000_000 * UNIT, Conviction::Locked6x);
		let start = System::block_number();
		run_to_block(start + 600 + 1_800 + 600 + 20);
		assert_eq!(ProtocolParams::params().take_rate, Perbill::from_percent(8));

		// A lease opened after the enactment: Dave provides, Eve rents at 0.1 INFRA a block.
		assert_ok!(Providers::register(signed(Dave), provider_info(), 2_000 * UNIT));
		let request = ResourceRequest {
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
		};
		assert_ok!(Market::create_order(signed(Eve), request.into(), UNIT, 100 * UNIT, None));
		assert_ok!(Market::place_bid(signed(Dave), 0, UNIT / 10));
		assert_ok!(Market::accept_bid(signed(Eve), 0, 0));
		let treasury = Balances::free_balance(TreasuryAccount::get());
		let dave = Balances::free_balance(id(Dave));

		run_to_block(System::block_number() + 100);
		assert_ok!(Market::close_lease(signed(Eve), 0));

		// 100 blocks at 0.1 INFRA = 10 INFRA: the treasury takes the new 8%, Dave the rest.
		assert_eq!(Balances::free_balance(TreasuryAccount::get()), treasury + 8 * UNIT / 10);
		assert_eq!(Balances::free_balance(id(Dave)), dave + 92 * UNIT / 10);
	});
}
