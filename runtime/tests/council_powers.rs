//! What the council can and cannot do on the real runtime: it cannot cancel or kill a
//! referendum (token holders do that on the `referendum_canceller` and `referendum_killer`
//! tracks), nor change its own membership, so a root referendum can always replace it; and
//! one large holder cannot pass the `whitelisted_caller` fast track alone.

use codec::Encode;
use deinfra_runtime::{
	configs::governance::{CouncilInstance, TreasuryAccount},
	genesis_config_presets::ENDOWMENT,
	governance::{pallet_custom_origins::Origin, tracks},
	Balances, ConvictionVoting, Council, OriginCaller, Preimage, Referenda, Runtime, RuntimeCall,
	RuntimeEvent, System, DAYS, HOURS, MINUTES, UNIT,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::Inspect, schedule::DispatchTime, Bounded, QueryPreimage, StorePreimage},
	weights::Weight,
};
use pallet_conviction_voting::{AccountVote, Conviction, Vote};
use pallet_referenda::ReferendumInfo;
use sp_keyring::Sr25519Keyring::{self, *};
use sp_runtime::{
	traits::{BlakeTwo256, Hash},
	DispatchError, Perbill,
};

mod common;
use common::{events, id, new_ext, run_scheduler_to as run_to_block, signed};

/// What a voter puts behind a vote: its endowment, less a margin for deposits.
const STAKE: u128 = ENDOWMENT - 100_000 * UNIT;

/// The root origin, as a referendum's proposal origin.
fn root() -> OriginCaller {
	OriginCaller::system(frame_system::RawOrigin::Root)
}

/// A custom origin, as a referendum's proposal origin.
fn custom(origin: Origin) -> OriginCaller {
	OriginCaller::Origins(origin)
}

/// Notes the call's preimage (unless it already is), submits it with `origin` (which picks
/// the track) and places the decision deposit (by Bob); returns the referendum's index.
fn submit(proposer: Sr25519Keyring, origin: OriginCaller, call: RuntimeCall) -> u32 {
	let bytes = call.encode();
	let proposal: Bounded<RuntimeCall, BlakeTwo256> =
		<Preimage as StorePreimage>::bound(call).unwrap();
	if !<Preimage as QueryPreimage>::have(&proposal) {
		assert_ok!(Preimage::note_preimage(signed(proposer), bytes));
	}
	let index = pallet_referenda::ReferendumCount::<Runtime>::get();
	assert_ok!(Referenda::submit(
		signed(proposer),
		Box::new(origin),
		proposal,
		DispatchTime::After(1),
	));
	assert_ok!(Referenda::place_decision_deposit(signed(Bob), index));
	index
}

/// `voter` votes aye on `index` with `balance` at `conviction`.
fn aye(voter: Sr25519Keyring, index: u32, balance: u128, conviction: Conviction) {
	assert_ok!(ConvictionVoting::vote(
		signed(voter),
		index,
		AccountVote::Standard { vote: Vote { aye: true, conviction }, balance }
	));
}

/// The track of an ongoing referendum.
fn track_of(index: u32) -> Option<u16> {
	match pallet_referenda::ReferendumInfoFor::<Runtime>::get(index) {
		Some(ReferendumInfo::Ongoing(status)) => Some(status.track),
		_ => None,
	}
}

/// Whether the referendum is still ongoing.
fn ongoing(index: u32) -> bool {
	track_of(index).is_some()
}

/// The council's members, sorted.
fn council_members() -> Vec<deinfra_runtime::AccountId> {
	pallet_collective::Members::<Runtime, CouncilInstance>::get()
}

/// `voters` (council members) propose `call` with `threshold` ayes, vote aye and close the
/// motion; returns the motion's hash.
fn council_motion(
	call: RuntimeCall,
	threshold: u32,
	voters: &[Sr25519Keyring],
) -> <Runtime as frame_system::Config>::Hash {
	let len = call.encoded_size() as u32;
	let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
	let index = pallet_collective::ProposalCount::<Runtime, CouncilInstance>::get();
	assert_ok!(Council::propose(signed(voters[0]), threshold, Box::new(call), len));
	for voter in voters {
		assert_ok!(Council::vote(signed(*voter), hash, index, true));
	}
	assert_ok!(Council::close(
		signed(Ferdie),
		hash,
		index,
		Weight::from_parts(10_000_000_000, 1_000_000),
		len
	));
	hash
}

/// Whether the council executed the motion `hash` and its call failed with `BadOrigin`.
fn motion_failed_with_bad_origin(hash: <Runtime as frame_system::Config>::Hash) -> bool {
	events().iter().any(|e| {
		matches!(
			e,
			RuntimeEvent::Council(pallet_collective::Event::Executed {
				proposal_hash,
				result: Err(DispatchError::BadOrigin),
			}) if *proposal_hash == hash
		)
	})
}

/// A root call that replaces the council with Dave, Eve and Ferdie.
fn replace_council() -> RuntimeCall {
	RuntimeCall::CouncilMembership(pallet_membership::Call::reset_members {
		members: vec![id(Dave), id(Eve), id(Ferdie)],
	})
}

/// Dave, Eve and Ferdie, sorted as the council stores them.
fn new_council() -> Vec<deinfra_runtime::AccountId> {
	let mut members = vec![id(Dave), id(Eve), id(Ferdie)];
	members.sort();
	members
}

#[test]
fn council_cannot_cancel_a_referendum_that_replaces_it() {
	new_ext().execute_with(|| {
		let index = submit(Dave, root(), replace_council());
		assert_eq!(track_of(index), Some(tracks::ROOT));

		// Two thirds of the council try to cancel it: the motion executes, the call fails.
		let cancel = council_motion(
			RuntimeCall::Referenda(pallet_referenda::Call::cancel { index }),
			2,
			&[Alice, Bob],
		);
		assert!(motion_failed_with_bad_origin(cancel));
		// The whole council tries to kill it: the same.
		let kill = council_motion(
			RuntimeCall::Referenda(pallet_referenda::Call::kill { index }),
			3,
			&[Alice, Bob, Charlie],
		);
		assert!(motion_failed_with_bad_origin(kill));
		// Nor can a member alone.
		assert_noop!(Referenda::cancel(signed(Alice), index), DispatchError::BadOrigin);
		assert_noop!(Referenda::kill(signed(Alice), index), DispatchError::BadOrigin);

		assert!(ongoing(index));
		assert!(!events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Referenda(
				pallet_referenda::Event::Cancelled { .. } | pallet_referenda::Event::Killed { .. }
			)
		)));
	});
}

#[test]
fn council_cannot_change_its_own_membership() {
	new_ext().execute_with(|| {
		let before = council_members();
		let calls = [
			RuntimeCall::CouncilMembership(pallet_membership::Call::add_member {
				who: id(Eve).into(),
			}),
			RuntimeCall::CouncilMembership(pallet_membership::Call::remove_member {
				who: id(Charlie).into(),
			}),
			RuntimeCall::CouncilMembership(pallet_membership::Call::reset_members {
				members: vec![id(Alice), id(Bob)],
			}),
			RuntimeCall::Council(pallet_collective::Call::set_members {
				new_members: vec![id(Alice), id(Bob)],
				prime: None,
				old_count: 3,
			}),
		];
		for call in calls {
			let hash = council_motion(call, 3, &[Alice, Bob, Charlie]);
			assert!(motion_failed_with_bad_origin(hash));
		}
		assert_eq!(council_members(), before);
	});
}

#[test]
fn token_holders_replace_the_council_by_root_referendum() {
	new_ext().execute_with(|| {
		let index = submit(Dave, root(), replace_council());
		// Seven holders, about 58% of the issuance: above the root track's 50% starting support.
		for voter in [Dave, Eve, Ferdie, AliceStash, BobStash, CharlieStash, DaveStash] {
			aye(voter, index, STAKE, Conviction::Locked1x);
		}

		// While it is being decided, the council tries to cancel it, and fails.
		run_to_block(System::block_number() + 2 * HOURS + 10);
		let cancel = council_motion(
			RuntimeCall::Referenda(pallet_referenda::Call::cancel { index }),
			2,
			&[Alice, Bob],
		);
		assert!(motion_failed_with_bad_origin(cancel));
		assert!(ongoing(index));

		// Confirm (1 d) and enactment (1 d), with a margin.
		run_to_block(System::block_number() + DAYS + DAYS + 20);
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Referenda(pallet_referenda::Event::Confirmed { index: i, .. }) if *i == index
		)));
		assert_eq!(council_members(), new_council());
		assert_eq!(
			pallet_membership::Members::<Runtime, CouncilInstance>::get().into_inner(),
			new_council()
		);
		// The old members are out.
		let call = RuntimeCall::Referenda(pallet_referenda::Call::cancel { index: 0 });
		let len = call.encoded_size() as u32;
		assert_noop!(
			Council::propose(signed(Alice), 2, Box::new(call), len),
			pallet_collective::Error::<Runtime, CouncilInstance>::NotMember
		);
	});
}

#[test]
fn referendum_canceller_track_cancels_a_referendum() {
	new_ext().execute_with(|| {
		let target = submit(Dave, root(), replace_council());
		let index = submit(
			Alice,
			custom(Origin::ReferendumCanceller),
			RuntimeCall::Referenda(pallet_referenda::Call::cancel { index: target }),
		);
		assert_eq!(track_of(index), Some(tracks::REFERENDUM_CANCELLER));
		// Four holders, about 33% of the issuance: above the track's 30% starting support.
		for voter in [Alice, Bob, Charlie, Eve] {
			aye(voter, index, STAKE, Conviction::Locked1x);
		}

		// Prepare (2 h) + confirm (3 h) + enactment (10 min), with a margin.
		run_to_block(System::block_number() + 2 * HOURS + 3 * HOURS + 10 * MINUTES + 20);
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Referenda(pallet_referenda::Event::Cancelled { index: i, .. }) if *i == target
		)));
		assert!(matches!(
			pallet_referenda::ReferendumInfoFor::<Runtime>::get(target),
			Some(ReferendumInfo::Cancelled(..))
		));
		// Cancelled, not killed: the deposits can be refunded.
		assert_ok!(Referenda::refund_decision_deposit(signed(Bob), target));
	});
}

#[test]
fn referendum_killer_track_kills_a_referendum() {
	new_ext().execute_with(|| {
		let target = submit(Dave, root(), replace_council());
		let index = submit(
			Alice,
			custom(Origin::ReferendumKiller),
			RuntimeCall::Referenda(pallet_referenda::Call::kill { index: target }),
		);
		assert_eq!(track_of(index), Some(tracks::REFERENDUM_KILLER));
		for voter in [Alice, Bob, Charlie, Eve] {
			aye(voter, index, STAKE, Conviction::Locked1x);
		}
		let treasury = Balances::balance(&TreasuryAccount::get());

		run_to_block(System::block_number() + 2 * HOURS + 3 * HOURS + 10 * MINUTES + 20);
		assert!(matches!(
			pallet_referenda::ReferendumInfoFor::<Runtime>::get(target),
			Some(ReferendumInfo::Killed(..))
		));
		// The target's submission (10 INFRA) and decision (10,000 INFRA) deposits went to the
		// treasury.
		assert_eq!(Balances::balance(&TreasuryAccount::get()), treasury + 10_010 * UNIT);
	});
}

#[test]
fn one_large_holder_cannot_pass_the_whitelisted_track_alone() {
	new_ext().execute_with(|| {
		// The council whitelists a root call: Dave joins the council.
		let inner = RuntimeCall::CouncilMembership(pallet_membership::Call::add_member {
			who: id(Dave).into(),
		});
		let call_hash = <Runtime as frame_system::Config>::Hashing::hash_of(&inner);
		council_motion(
			RuntimeCall::Whitelist(pallet_whitelist::Call::whitelist_call { call_hash }),
			2,
			&[Alice, Bob],
		);
		assert!(pallet_whitelist::WhitelistedCall::<Runtime>::contains_key(call_hash));
		let dispatch = || {
			RuntimeCall::Whitelist(
				pallet_whitelist::Call::dispatch_whitelisted_call_with_preimage {
					call: Box::new(inner.clone()),
				},
			)
		};

		// Ferdie takes FerdieStash's endowment: about 20,000,000 INFRA, twice any genesis
		// account, and votes it all with the highest conviction.
		assert_ok!(Balances::transfer_keep_alive(
			signed(FerdieStash),
			id(Ferdie).into(),
			ENDOWMENT - 1_000 * UNIT
		));
		let whale = 2 * ENDOWMENT - 1_000 * UNIT;
		let share = Perbill::from_rational(whale, Balances::active_issuance());
		assert!(share < Perbill::from_percent(20), "{share:?} of the issuance");

		let index = submit(Eve, custom(Origin::WhitelistedCaller), dispatch());
		assert_eq!(track_of(index), Some(tracks::WHITELISTED_CALLER));
		aye(Ferdie, index, whale, Conviction::Locked6x);

		// Prepare (30 min) + the whole decision period (7 d), with a margin: approval is 100%,
		// but support (16.7%) never reaches the 20% floor.
		run_to_block(System::block_number() + 30 * MINUTES + 7 * DAYS + 20);
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Referenda(pallet_referenda::Event::Rejected { index: i, .. }) if *i == index
		)));
		assert!(!events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Referenda(pallet_referenda::Event::ConfirmStarted { index: i })
				if *i == index
		)));
		assert!(!council_members().contains(&id(Dave)));

		// With two more holders (about 33% of the issuance) a new referendum passes at once.
		let index = submit(Eve, custom(Origin::WhitelistedCaller), dispatch());
		aye(Ferdie, index, whale, Conviction::Locked6x);
		aye(Dave, index, STAKE, Conviction::Locked1x);
		aye(Eve, index, STAKE, Conviction::Locked1x);
		// Prepare (30 min) + confirm (10 min) + enactment (10 min), with a margin.
		run_to_block(System::block_number() + 30 * MINUTES + 10 * MINUTES + 10 * MINUTES + 20);
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Whitelist(pallet_whitelist::Event::WhitelistedCallDispatched {
				call_hash: h,
				result: Ok(_),
			}) if *h == call_hash
		)));
		assert!(council_members().contains(&id(Dave)));
	});
}
