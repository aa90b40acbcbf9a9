//! The validator set on the real runtime: a `validator_admin` referendum (not the council)
//! adds and removes validators; the set handed to Aura and GRANDPA moves one bounded step per
//! session, keeping more than two thirds of every session's validators live, so validators
//! that never come online cannot stall finality; a validator that purged its keys and set new
//! ones rejoins without governance; the active and the governed set agree (the pallet's
//! `try_state`, checked after every block).

use codec::Encode;
use deinfra_runtime::{
	configs::governance::CouncilInstance, governance::pallet_custom_origins::Origin,
	governance::tracks, AccountId, ConvictionVoting, Council, Executive, Grandpa, Header,
	OriginCaller, Preimage, Referenda, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, Session,
	SessionKeys, System, Timestamp, ValidatorSet, SESSION_PERIOD, SLOT_DURATION, UNIT,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::{schedule::DispatchTime, Bounded, StorePreimage},
	weights::Weight,
};
use pallet_conviction_voting::{AccountVote, Conviction, Vote};
use pallet_referenda::TracksInfo as _;
use pallet_validator_set::{
	AuthoredBlocks, Error, Event, KeylessValidators, Validators, WaitingValidators,
};
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_keyring::Sr25519Keyring::{self, *};
use sp_keystore::{testing::MemoryKeystore, KeystoreExt};
use sp_runtime::{
	traits::{BlakeTwo256, Hash, Header as _},
	Digest, DigestItem, DispatchError,
};

#[allow(dead_code)]
mod common;
use common::{check_invariants, events, id, run_scheduler_to, signed};

/// The `testnet` preset (validators Alice, Bob, Charlie, Dave) with a keystore for
/// generating session keys.
fn testnet_ext() -> sp_io::TestExternalities {
	let storage = deinfra_runtime::genesis_config_presets::build_storage("testnet").unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.register_extension(KeystoreExt::new(MemoryKeystore::new()));
	ext
}

/// Builds blocks the way the node does: Aura's slot in the pre-runtime digest, the timestamp
/// inherent, every hook through `Executive`; checks every pallet's invariants after each
/// block and keeps the validator-set events.
struct Chain {
	slot: u64,
	parent: sp_core::H256,
	events: Vec<Event<Runtime>>,
}

impl Chain {
	fn new() -> Self {
		Chain { slot: 0, parent: System::block_hash(0), events: Vec::new() }
	}

	/// Authors the next block in the next slot whose author `skip` does not reject.
	fn next_block(&mut self, skip: impl Fn(&AccountId) -> bool) {
		loop {
			self.slot += 1;
			if !skip(&author_of(self.slot)) {
				break;
			}
		}
		let digest = Digest {
			logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(self.slot).encode())],
		};
		let number = System::block_number() + 1;
		let header =
			Header::new(number, Default::default(), Default::default(), self.parent, digest);
		Executive::initialize_block(&header);
		assert_ok!(Timestamp::set(RuntimeOrigin::none(), self.slot * SLOT_DURATION));
		self.parent = Executive::finalize_block().hash();
		self.events.extend(validator_events());
		check_invariants();
	}

	/// Authors blocks until block `n`, skipping the slots `skip` rejects.
	fn run_to(&mut self, n: u32, skip: impl Fn(&AccountId) -> bool + Copy) {
		while System::block_number() < n {
			self.next_block(skip);
		}
	}

	/// Each ended session and its validators' authored blocks, in order.
	fn sessions_ended(&self) -> Vec<(u32, Vec<(AccountId, u32)>)> {
		self.events
			.iter()
			.filter_map(|e| match e {
				Event::SessionEnded { session, authored } => {
					Some((*session, authored.clone().into_inner()))
				}
				_ => None,
			})
			.collect()
	}

	/// The session of the first set queued with `who` in it.
	fn first_queued_with(&self, who: &AccountId) -> Option<u32> {
		self.events.iter().find_map(|e| match e {
			Event::NewSetQueued { session, validators } if validators.contains(who) => {
				Some(*session)
			}
			_ => None,
		})
	}
}

/// Aura's author of `slot`: the session validator at `slot % validators`.
fn author_of(slot: u64) -> AccountId {
	let validators = Session::validators();
	validators[(slot % validators.len() as u64) as usize].clone()
}

fn nobody(_: &AccountId) -> bool {
	false
}

/// Gives `who` fresh session keys with a valid ownership proof, as `author_rotateKeysWithOwner`
/// and `session.setKeys` do from Polkadot.js Apps.
fn set_keys(who: Sr25519Keyring) -> SessionKeys {
	let generated = SessionKeys::generate(&id(who).encode(), None);
	assert_ok!(Session::set_keys(signed(who), generated.keys.clone(), generated.proof.encode()));
	generated.keys
}

/// The origin a passed `validator_admin` referendum dispatches with.
fn validator_admin() -> RuntimeOrigin {
	Origin::ValidatorAdmin.into()
}

/// Two thirds of the council, as a passed council motion dispatches.
fn council_two_thirds() -> RuntimeOrigin {
	pallet_collective::RawOrigin::<AccountId, CouncilInstance>::Members(2, 3).into()
}

fn validator_events() -> Vec<Event<Runtime>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::ValidatorSet(e) => Some(e),
			_ => None,
		})
		.collect()
}

fn sorted(mut list: Vec<AccountId>) -> Vec<AccountId> {
	list.sort();
	list
}

/// The active set and the governed set hold the same validators.
fn sets_agree() -> bool {
	sorted(Session::validators()) == sorted(Validators::<Runtime>::get().into_inner())
}

/// More than two thirds of each ended session's validators authored: their GRANDPA votes
/// finalized it.
fn assert_every_session_had_a_live_two_thirds(chain: &Chain) {
	let ended = chain.sessions_ended();
	assert!(!ended.is_empty());
	for (session, authored) in ended {
		let up = authored.iter().filter(|(_, blocks)| *blocks > 0).count();
		assert!(
			up * 3 > authored.len() * 2,
			"session {session}: {up} of {} validators authored",
			authored.len()
		);
	}
}

#[test]
fn genesis_validators_author_and_finalize_from_the_first_session() {
	testnet_ext().execute_with(|| {
		let set = vec![id(Alice), id(Bob), id(Charlie), id(Dave)];
		assert_eq!(Session::validators(), set);
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 4);
		assert_eq!(Grandpa::grandpa_authorities().len(), 4);
		let mut chain = Chain::new();
		chain.run_to(8, nobody);
		for v in &set {
			assert_eq!(AuthoredBlocks::<Runtime>::get(v), 2, "round-robin slots");
		}
		ValidatorSet::do_try_state().unwrap();
	});
}

#[test]
fn the_council_alone_can_no_longer_change_the_validator_set() {
	testnet_ext().execute_with(|| {
		System::set_block_number(1);
		set_keys(Eve);
		assert_noop!(
			ValidatorSet::add_validator(council_two_thirds(), id(Eve).into()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ValidatorSet::add_validator(signed(Eve), id(Eve).into()),
			DispatchError::BadOrigin
		);
		// A council motion passed by two of three members fails when it dispatches.
		let call = RuntimeCall::ValidatorSet(pallet_validator_set::Call::add_validator {
			validator: id(Eve).into(),
		});
		let len = call.encoded_size() as u32;
		let hash = BlakeTwo256::hash_of(&call);
		assert_ok!(Council::propose(signed(Alice), 2, Box::new(call), len));
		assert_ok!(Council::vote(signed(Alice), hash, 0, true));
		assert_ok!(Council::vote(signed(Bob), hash, 0, true));
		assert_ok!(Council::close(
			signed(Charlie),
			hash,
			0,
			Weight::from_parts(10_000_000_000, 1_000_000),
			len
		));
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Council(pallet_collective::Event::Executed {
				proposal_hash,
				result: Err(DispatchError::BadOrigin),
			}) if *proposal_hash == hash
		)));
		assert!(!Validators::<Runtime>::get().contains(&id(Eve)));
	});
}

#[test]
fn a_validator_admin_referendum_adds_a_validator() {
	testnet_ext().execute_with(|| {
		System::set_block_number(1);
		set_keys(Eve);
		let call = RuntimeCall::ValidatorSet(pallet_validator_set::Call::add_validator {
			validator: id(Eve).into(),
		});
		assert_ok!(Preimage::note_preimage(signed(Alice), call.encode()));
		let proposal: Bounded<RuntimeCall, BlakeTwo256> =
			<Preimage as StorePreimage>::bound(call).unwrap();
		let index = pallet_referenda::ReferendumCount::<Runtime>::get();
		assert_ok!(Referenda::submit(
			signed(Alice),
			Box::new(OriginCaller::Origins(Origin::ValidatorAdmin)),
			proposal,
			DispatchTime::After(1),
		));
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Referenda(pallet_referenda::Event::Submitted { index: i, track, .. })
				if *i == index && *track == tracks::VALIDATOR_ADMIN
		)));
		assert_ok!(Referenda::place_decision_deposit(signed(Bob), index));
		// 36,000,000 of ~120,000,000 INFRA: 30% support, above the track's 25% start.
		for voter in [Alice, Bob, Charlie, Ferdie] {
			assert_ok!(ConvictionVoting::vote(
				signed(voter),
				index,
				AccountVote::Standard {
					vote: Vote { aye: true, conviction: Conviction::Locked1x },
					balance: 9_000_000 * UNIT,
				}
			));
		}
		let track = deinfra_runtime::governance::tracks::TracksInfo::info(tracks::VALIDATOR_ADMIN)
			.expect("the validator_admin track");
		let start = System::block_number();
		run_scheduler_to(
			start + track.prepare_period + track.confirm_period + track.min_enactment_period + 20,
		);
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::ValidatorSet(Event::ValidatorAdded { validator }) if *validator == id(Eve)
		)));
		assert!(Validators::<Runtime>::get().contains(&id(Eve)));
		assert_eq!(WaitingValidators::<Runtime>::get().into_inner(), vec![id(Eve)]);
		check_invariants();
	});
}

#[test]
fn the_validator_admin_origin_can_do_nothing_else() {
	testnet_ext().execute_with(|| {
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death {
			dest: id(Eve).into(),
			value: UNIT,
		});
		let upgrade = RuntimeCall::System(frame_system::Call::set_code { code: vec![0u8; 8] });
		for call in [transfer, upgrade] {
			let result = sp_runtime::traits::Dispatchable::dispatch(call, validator_admin());
			assert_eq!(result.map_err(|e| e.error), Err(DispatchError::BadOrigin));
		}
	});
}

#[test]
fn adding_two_validators_that_never_author_cannot_stall_finality() {
	testnet_ext().execute_with(|| {
		let mut chain = Chain::new();
		chain.run_to(1, nobody);
		set_keys(Eve);
		set_keys(Ferdie);
		assert_ok!(ValidatorSet::add_validator(validator_admin(), id(Eve).into()));
		assert_ok!(ValidatorSet::add_validator(validator_admin(), id(Ferdie).into()));
		let (eve, ferdie) = (id(Eve), id(Ferdie));

		// Neither node ever authors. Six validators with two down would leave four of six
		// voting, not more than two thirds: GRANDPA would stall. The step rule adds Eve (four
		// of five live) and holds Ferdie back while Eve has not authored.
		let offline = |a: &AccountId| *a == eve || *a == ferdie;
		chain.run_to(5 * SESSION_PERIOD, offline);
		assert_eq!(Session::current_index(), 5);
		assert_eq!(chain.first_queued_with(&eve), Some(2));
		assert_eq!(chain.first_queued_with(&ferdie), None);
		assert_eq!(Session::validators().len(), 5);
		assert_eq!(Grandpa::grandpa_authorities().len(), 5);
		assert_eq!(WaitingValidators::<Runtime>::get().into_inner(), vec![ferdie.clone()]);
		assert_every_session_had_a_live_two_thirds(&chain);

		// Eve's node comes up and authors in session 5: Ferdie is queued at its end, for
		// session 7, and even offline leaves five of six validators live.
		let ferdie_down = |a: &AccountId| *a == ferdie;
		chain.run_to(8 * SESSION_PERIOD, ferdie_down);
		assert_eq!(chain.first_queued_with(&ferdie), Some(7));
		let session_5 = chain.sessions_ended().into_iter().find(|(s, _)| *s == 5).unwrap().1;
		assert!(session_5.iter().any(|(v, blocks)| *v == eve && *blocks > 0));
		assert_eq!(Session::validators().len(), 6);
		assert_eq!(Grandpa::grandpa_authorities().len(), 6);
		assert_every_session_had_a_live_two_thirds(&chain);
		assert!(sets_agree());
	});
}

#[test]
fn a_validator_that_purged_its_keys_rejoins_without_governance() {
	testnet_ext().execute_with(|| {
		let mut chain = Chain::new();
		chain.run_to(1, nobody);
		let dave = id(Dave);
		assert_ok!(Session::purge_keys(signed(Dave)));

		// Session 0 ends: the session pallet drops Dave from the set of session 2.
		chain.run_to(SESSION_PERIOD, nobody);
		assert_eq!(KeylessValidators::<Runtime>::get().into_inner(), vec![dave.clone()]);
		assert!(Validators::<Runtime>::get().contains(&dave), "still governed");

		// Dave sets new keys in session 1: the next session change takes him back.
		let keys = set_keys(Dave);
		chain.run_to(2 * SESSION_PERIOD, nobody);
		assert_eq!(Session::validators(), vec![id(Alice), id(Bob), id(Charlie)]);
		assert_eq!(chain.first_queued_with(&dave), Some(3));
		chain.run_to(3 * SESSION_PERIOD, nobody);
		assert!(Session::validators().contains(&dave));
		assert!(pallet_aura::Authorities::<Runtime>::get().contains(&keys.aura));
		assert!(Grandpa::grandpa_authorities().iter().any(|(k, _)| *k == keys.grandpa));
		chain.run_to(3 * SESSION_PERIOD + 20, nobody);
		assert!(AuthoredBlocks::<Runtime>::get(&dave) > 0);
		assert!(KeylessValidators::<Runtime>::get().is_empty());
		assert!(sets_agree());
	});
}

#[test]
fn governance_swaps_a_validator_one_step_per_session_and_keeps_the_floor() {
	testnet_ext().execute_with(|| {
		let mut chain = Chain::new();
		chain.run_to(1, nobody);
		// Four is the floor.
		assert_noop!(
			ValidatorSet::remove_validator(validator_admin(), id(Dave).into()),
			Error::<Runtime>::TooFewValidators
		);
		let keys = set_keys(Eve);
		assert_ok!(ValidatorSet::add_validator(validator_admin(), id(Eve).into()));
		assert_ok!(ValidatorSet::remove_validator(validator_admin(), id(Dave).into()));

		// One change per session, removals first: Dave leaves the set of session 2, Eve
		// joins that of session 3.
		chain.run_to(2 * SESSION_PERIOD, nobody);
		assert_eq!(Session::validators(), vec![id(Alice), id(Bob), id(Charlie)]);
		assert_eq!(chain.first_queued_with(&id(Eve)), Some(3));
		chain.run_to(3 * SESSION_PERIOD, nobody);
		assert_eq!(Session::validators(), vec![id(Alice), id(Bob), id(Charlie), id(Eve)]);
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 4);
		assert!(pallet_aura::Authorities::<Runtime>::get().contains(&keys.aura));
		assert_eq!(Grandpa::grandpa_authorities().len(), 4);
		chain.run_to(4 * SESSION_PERIOD, nobody);
		// Session 3 ran with Eve and without Dave.
		let session_3 = chain.sessions_ended().into_iter().find(|(s, _)| *s == 3).unwrap().1;
		assert_eq!(session_3.len(), 4);
		assert!(session_3.iter().all(|(v, blocks)| *v != id(Dave) && *blocks > 0));
		assert_every_session_had_a_live_two_thirds(&chain);
		assert!(sets_agree());
	});
}

#[test]
fn a_validator_that_misses_every_slot_is_reported_offline_at_the_session_end() {
	testnet_ext().execute_with(|| {
		let mut chain = Chain::new();
		let dave = id(Dave);
		chain.run_to(SESSION_PERIOD, |author| *author == dave);
		let events = validator_events();
		assert!(events.contains(&Event::ValidatorOffline { session: 0, validator: id(Dave) }));
		let authored = events
			.into_iter()
			.find_map(|e| match e {
				Event::SessionEnded { session: 0, authored } => Some(authored.into_inner()),
				_ => None,
			})
			.expect("session 0 ended");
		let blocks = |who: AccountId| authored.iter().find(|(v, _)| *v == who).map(|(_, b)| *b);
		assert_eq!(blocks(id(Dave)), Some(0));
		assert_eq!(
			blocks(id(Alice)).unwrap() + blocks(id(Bob)).unwrap() + blocks(id(Charlie)).unwrap(),
			SESSION_PERIOD
		);
		// The counters restart with the new session.
		assert_eq!(AuthoredBlocks::<Runtime>::iter().count(), 0);
	});
}

#[test]
fn add_validator_fails_for_an_account_without_session_keys() {
	testnet_ext().execute_with(|| {
		assert_noop!(
			ValidatorSet::add_validator(validator_admin(), id(Eve).into()),
			Error::<Runtime>::NoSessionKeys
		);
	});
}

#[test]
fn set_keys_fails_without_a_valid_ownership_proof() {
	testnet_ext().execute_with(|| {
		System::set_block_number(1);
		let generated = SessionKeys::generate(&id(Ferdie).encode(), None);
		// Keys proven for Ferdie cannot be set by Eve.
		assert_noop!(
			Session::set_keys(signed(Eve), generated.keys, generated.proof.encode()),
			pallet_session::Error::<Runtime>::InvalidProof
		);
	});
}
