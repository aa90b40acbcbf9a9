//! The validator set on the real runtime: governance adds and removes validators, the session
//! pallet hands the change to Aura and GRANDPA two session changes later, removed validators
//! stop authoring, and a validator that misses its slots is reported offline.

use codec::Encode;
use deinfra_runtime::{
	configs::governance::CouncilInstance, AccountId, Executive, Grandpa, Header, Runtime,
	RuntimeEvent, RuntimeOrigin, Session, SessionKeys, System, Timestamp, ValidatorSet,
	SESSION_PERIOD, SLOT_DURATION,
};
use frame_support::{assert_noop, assert_ok};
use pallet_validator_set::{AuthoredBlocks, Error, Event};
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_keyring::Sr25519Keyring::{self, *};
use sp_keystore::{testing::MemoryKeystore, KeystoreExt};
use sp_runtime::{traits::Header as _, Digest, DigestItem, DispatchError};

#[allow(dead_code)]
mod common;
use common::{id, signed};

/// The `testnet` preset (validators Alice, Bob, Charlie, Dave) with a keystore for
/// generating session keys.
fn testnet_ext() -> sp_io::TestExternalities {
	let storage = deinfra_runtime::genesis_config_presets::build_storage("testnet").unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.register_extension(KeystoreExt::new(MemoryKeystore::new()));
	ext
}

/// Builds blocks the way the node does: Aura's slot in the pre-runtime digest, the timestamp
/// inherent, every hook through `Executive`.
struct Chain {
	slot: u64,
	parent: sp_core::H256,
}

impl Chain {
	fn new() -> Self {
		Chain { slot: 0, parent: System::block_hash(0) }
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
	}

	/// Authors blocks until block `n`, skipping the slots `skip` rejects.
	fn run_to(&mut self, n: u32, skip: impl Fn(&AccountId) -> bool + Copy) {
		while System::block_number() < n {
			self.next_block(skip);
		}
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
fn a_council_motion_adds_a_validator_that_authors_two_session_changes_later() {
	testnet_ext().execute_with(|| {
		let mut chain = Chain::new();
		chain.run_to(1, nobody);
		let keys = set_keys(Eve);
		assert_noop!(
			ValidatorSet::add_validator(signed(Eve), id(Eve).into()),
			DispatchError::BadOrigin
		);
		assert_ok!(ValidatorSet::add_validator(council_two_thirds(), id(Eve).into()));

		// The session change at the end of session 0 queues the set for session 2.
		chain.run_to(SESSION_PERIOD, nobody);
		assert!(validator_events().iter().any(|e| matches!(
			e,
			Event::NewSetQueued { session: 2, validators } if validators.contains(&id(Eve))
		)));
		assert!(!Session::validators().contains(&id(Eve)));

		// From session 2 on, Eve's keys are Aura and GRANDPA authorities and she authors.
		chain.run_to(2 * SESSION_PERIOD, nobody);
		assert_eq!(Session::current_index(), 2);
		assert!(Session::validators().contains(&id(Eve)));
		assert!(pallet_aura::Authorities::<Runtime>::get().contains(&keys.aura));
		assert!(Grandpa::grandpa_authorities().iter().any(|(k, _)| *k == keys.grandpa));
		chain.run_to(2 * SESSION_PERIOD + 20, nobody);
		assert_eq!(AuthoredBlocks::<Runtime>::get(id(Eve)), 4, "one slot in five");
		ValidatorSet::do_try_state().unwrap();
	});
}

#[test]
fn a_removed_validator_stops_authoring_and_the_set_keeps_its_minimum() {
	testnet_ext().execute_with(|| {
		let mut chain = Chain::new();
		chain.run_to(1, nobody);
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), id(Dave).into()));
		// Three remain: the minimum.
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), id(Charlie).into()),
			Error::<Runtime>::TooFewValidators
		);

		chain.run_to(2 * SESSION_PERIOD, nobody);
		assert_eq!(Session::validators(), vec![id(Alice), id(Bob), id(Charlie)]);
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 3);
		assert_eq!(Grandpa::grandpa_authorities().len(), 3);
		chain.run_to(3 * SESSION_PERIOD, nobody);
		// Session 2 ran without Dave.
		let ended = validator_events().into_iter().find_map(|e| match e {
			Event::SessionEnded { session: 2, authored } => Some(authored.into_inner()),
			_ => None,
		});
		let authored = ended.expect("session 2 ended");
		assert_eq!(authored.len(), 3);
		assert!(authored.iter().all(|(v, blocks)| *v != id(Dave) && *blocks > 0));
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
			ValidatorSet::add_validator(RuntimeOrigin::root(), id(Eve).into()),
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
