//! Genesis presets: `development` (one validator, sudo), `local_testnet` (two validators) and
//! `testnet` (four validators, a council of three, no sudo key).
//!
//! GRANDPA finalizes while more than two thirds of the validators vote, so only the four of
//! `testnet` tolerate a fault (one). `development` and `local_testnet` run below the governed
//! set's floor (`MinValidators`, four): they are for development only, any of their validators
//! going down stops finality, and they cannot remove a validator.
//!
//! The node's chain specs and the committed files in `chain-specs/` are built from these.

use crate::configs::governance::TreasuryAccount;
use crate::{
	deposit, AccountId, BalancesConfig, BlockNumber, CouncilMembershipConfig, ProtocolParamsConfig,
	RuntimeGenesisConfig, SessionConfig, SessionKeys, SudoConfig, ValidatorSetConfig, DAYS, HOURS,
	MINUTES, UNIT,
};
use alloc::{vec, vec::Vec};
use frame_support::{build_struct_json_patch, BoundedVec};
use pallet_protocol_params::ProtocolParams;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::Perbill;

/// The id of the four-validator test network preset.
pub const TESTNET_RUNTIME_PRESET: &str = "testnet";

/// What every endowed account starts with.
pub const ENDOWMENT: u128 = 10_000_000 * UNIT;

/// The protocol parameters every preset starts with (governance changes them later).
/// With the `fast-runtime` feature the periods are a few blocks long.
pub fn protocol_params() -> ProtocolParams<crate::Balance, BlockNumber> {
	let (unbonding_period, grace_period, provider_minimum_term, bid_ttl) =
		if cfg!(feature = "fast-runtime") {
			(20, 10, 10, 10 * MINUTES)
		} else {
			(7 * DAYS, HOURS, DAYS, DAYS)
		};
	ProtocolParams {
		min_provider_bond: 1_000 * UNIT,
		unbonding_period,
		bid_deposit: UNIT,
		max_bids_per_order: 16,
		min_lease_deposit: 10 * UNIT,
		take_rate: Perbill::from_percent(5),
		grace_period,
		early_close_penalty: 100 * UNIT,
		provider_minimum_term,
		deployment_deposit_per_byte: deposit(0, 1),
		max_deployment_versions: 32,
		expiry_items_per_block: 64,
		bid_ttl,
		slash_deferral: crate::configs::market::DEFAULT_SLASH_DEFERRAL,
	}
}

/// Everything a preset chooses.
struct Genesis {
	/// Validators: account, Aura key, GRANDPA key.
	authorities: Vec<(AccountId, AuraId, GrandpaId)>,
	endowed: Vec<AccountId>,
	council: Vec<AccountId>,
	sudo: Option<AccountId>,
}

fn genesis(g: Genesis) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: g
				.endowed
				.iter()
				.cloned()
				.map(|k| (k, ENDOWMENT))
				// The treasury receives the marketplace's take: it must exist from genesis.
				.chain([(TreasuryAccount::get(), UNIT)])
				.collect::<Vec<_>>(),
		},
		// Aura's and GRANDPA's authorities come from the session pallet's genesis keys.
		validator_set: ValidatorSetConfig {
			validators: g.authorities.iter().map(|x| x.0.clone()).collect::<Vec<_>>(),
		},
		session: SessionConfig {
			keys: g
				.authorities
				.iter()
				.map(|(account, aura, grandpa)| {
					(
						account.clone(),
						account.clone(),
						SessionKeys { aura: aura.clone(), grandpa: grandpa.clone() },
					)
				})
				.collect::<Vec<_>>(),
		},
		council_membership: CouncilMembershipConfig {
			members: BoundedVec::truncate_from(g.council),
		},
		sudo: SudoConfig { key: g.sudo },
		protocol_params: ProtocolParamsConfig { params: Some(protocol_params()) },
	})
}

/// A well-known development account as a validator: its account, Aura and GRANDPA keys.
fn authority(sr: Sr25519Keyring, ed: Ed25519Keyring) -> (AccountId, AuraId, GrandpaId) {
	(sr.to_account_id(), sr.public().into(), ed.public().into())
}

fn accounts(keys: &[Sr25519Keyring]) -> Vec<AccountId> {
	keys.iter().map(|k| k.to_account_id()).collect()
}

/// The well-known development accounts and their stashes.
fn dev_accounts() -> Vec<AccountId> {
	use Sr25519Keyring::*;
	accounts(&[
		Alice,
		Bob,
		Charlie,
		Dave,
		Eve,
		Ferdie,
		AliceStash,
		BobStash,
		CharlieStash,
		DaveStash,
		EveStash,
		FerdieStash,
	])
}

/// One validator (Alice), sudo Alice, a council of Alice, Bob and Charlie. Development only:
/// one validator is not fault tolerant.
pub fn development_config_genesis() -> Value {
	use Sr25519Keyring::*;
	genesis(Genesis {
		authorities: vec![authority(Alice, Ed25519Keyring::Alice)],
		endowed: dev_accounts(),
		council: accounts(&[Alice, Bob, Charlie]),
		sudo: Some(Alice.to_account_id()),
	})
}

/// Two validators (Alice, Bob), a council of Alice, Bob and Charlie, no sudo key. Local
/// development only: with two validators GRANDPA stops when either is down.
pub fn local_config_genesis() -> Value {
	use Sr25519Keyring::*;
	genesis(Genesis {
		authorities: vec![
			authority(Alice, Ed25519Keyring::Alice),
			authority(Bob, Ed25519Keyring::Bob),
		],
		endowed: dev_accounts(),
		council: accounts(&[Alice, Bob, Charlie]),
		sudo: None,
	})
}

/// Four validators (the keys of Alice, Bob, Charlie and Dave, which
/// `scripts/local-testnet.sh` inserts), a council of Alice, Bob and Charlie, no sudo key.
pub fn testnet_config_genesis() -> Value {
	use Sr25519Keyring::*;
	genesis(Genesis {
		authorities: vec![
			authority(Alice, Ed25519Keyring::Alice),
			authority(Bob, Ed25519Keyring::Bob),
			authority(Charlie, Ed25519Keyring::Charlie),
			authority(Dave, Ed25519Keyring::Dave),
		],
		endowed: dev_accounts(),
		council: accounts(&[Alice, Bob, Charlie]),
		sudo: None,
	})
}

/// The JSON patch of the preset named `id`.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		TESTNET_RUNTIME_PRESET => testnet_config_genesis(),
		_ => return None,
	};
	serde_json::to_vec(&patch).ok()
}

/// The names of all presets.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(TESTNET_RUNTIME_PRESET),
	]
}

/// The genesis storage of the preset named `id`: the runtime's default genesis config patched
/// by the preset, as the node builds it. For tests and tools.
#[cfg(feature = "std")]
pub fn build_storage(id: &str) -> Result<sp_core::storage::Storage, alloc::string::String> {
	use sp_runtime::BuildStorage;
	fn merge(a: &mut Value, b: Value) {
		match (a, b) {
			(Value::Object(a), Value::Object(b)) => {
				for (k, v) in b {
					merge(a.entry(k).or_insert(Value::Null), v);
				}
			}
			(a, b) => *a = b,
		}
	}
	let patch = get_preset(&PresetId::from(id)).ok_or("no such preset")?;
	let patch: Value = serde_json::from_slice(&patch).map_err(|e| e.to_string())?;
	let mut config =
		serde_json::to_value(RuntimeGenesisConfig::default()).map_err(|e| e.to_string())?;
	merge(&mut config, patch);
	let config: RuntimeGenesisConfig = serde_json::from_value(config).map_err(|e| e.to_string())?;
	config.build_storage()
}

#[cfg(test)]
mod tests {
	use super::*;

	fn preset(id: &str) -> Value {
		serde_json::from_slice(&get_preset(&PresetId::from(id)).expect("preset exists")).unwrap()
	}

	fn build(id: &str) -> sp_core::storage::Storage {
		build_storage(id).expect("genesis storage builds")
	}

	#[test]
	fn preset_names_list_every_preset() {
		for name in preset_names() {
			assert!(get_preset(&name).is_some());
		}
		assert_eq!(preset_names().len(), 3);
		assert!(get_preset(&PresetId::from("unknown")).is_none());
	}

	#[test]
	fn every_preset_builds_genesis_storage() {
		for id in ["development", "local_testnet", TESTNET_RUNTIME_PRESET] {
			let storage = build(id);
			assert!(storage.top.len() > 10, "{id}");
		}
	}

	#[test]
	fn only_development_has_a_sudo_key() {
		assert_eq!(
			preset("development")["sudo"]["key"],
			serde_json::to_value(Sr25519Keyring::Alice.to_account_id()).unwrap()
		);
		for id in ["local_testnet", TESTNET_RUNTIME_PRESET] {
			assert!(preset(id)["sudo"]["key"].is_null(), "{id} has no sudo key");
		}
	}

	#[test]
	fn presets_have_the_expected_validators_and_council() {
		let count =
			|id: &str, path: [&str; 2]| preset(id)[path[0]][path[1]].as_array().unwrap().len();
		assert_eq!(count("development", ["validatorSet", "validators"]), 1);
		assert_eq!(count("local_testnet", ["validatorSet", "validators"]), 2);
		assert_eq!(count(TESTNET_RUNTIME_PRESET, ["validatorSet", "validators"]), 4);
		assert_eq!(count(TESTNET_RUNTIME_PRESET, ["session", "keys"]), 4);
		assert_eq!(count(TESTNET_RUNTIME_PRESET, ["councilMembership", "members"]), 3);
	}

	#[test]
	fn testnet_genesis_seats_the_council_and_endows_accounts() {
		let mut ext = sp_io::TestExternalities::new(build(TESTNET_RUNTIME_PRESET));
		ext.execute_with(|| {
			type Council = crate::configs::governance::CouncilInstance;
			assert_eq!(pallet_collective::Members::<crate::Runtime, Council>::get().len(), 3);
			assert_eq!(pallet_membership::Members::<crate::Runtime, Council>::get().len(), 3);
			assert_eq!(
				crate::Balances::free_balance(Sr25519Keyring::Dave.to_account_id()),
				ENDOWMENT
			);
			assert!(pallet_sudo::Key::<crate::Runtime>::get().is_none());
			assert_eq!(pallet_aura::Authorities::<crate::Runtime>::get().len(), 4);
			assert_eq!(pallet_grandpa::Pallet::<crate::Runtime>::grandpa_authorities().len(), 4);
			assert_eq!(pallet_session::Validators::<crate::Runtime>::get().len(), 4);
			assert_eq!(pallet_validator_set::Validators::<crate::Runtime>::get().len(), 4);
			assert_eq!(crate::ProtocolParams::params(), protocol_params());
		});
	}
}
