//! Chain specifications built from the runtime's genesis presets.

use deinfra_runtime::{
	genesis_config_presets::TESTNET_RUNTIME_PRESET, SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL,
	WASM_BINARY,
};
use sc_service::{ChainType, Properties};

/// The chain specification of DeInfra chains.
pub type ChainSpec = sc_service::GenericChainSpec;

/// The token's symbol, decimals and the SS58 prefix, so wallets and Polkadot.js Apps show
/// balances in INFRA and addresses in the chain's format.
pub fn chain_properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	properties.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	properties.insert("ss58Format".into(), SS58_PREFIX.into());
	properties
}

fn wasm() -> Result<&'static [u8], String> {
	WASM_BINARY
		.ok_or_else(|| "The runtime's wasm is not available; build without SKIP_WASM_BUILD".into())
}

/// A single-validator development chain (Alice), with a sudo key.
pub fn development_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("DeInfra Development")
		.with_id("deinfra_dev")
		.with_protocol_id("deinfra-dev")
		.with_chain_type(ChainType::Development)
		.with_properties(chain_properties())
		.with_genesis_config_preset_name(sp_genesis_builder::DEV_RUNTIME_PRESET)
		.build())
}

/// A two-validator local network (Alice, Bob), without a sudo key.
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("DeInfra Local Testnet")
		.with_id("deinfra_local")
		.with_protocol_id("deinfra-local")
		.with_chain_type(ChainType::Local)
		.with_properties(chain_properties())
		.with_genesis_config_preset_name(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET)
		.build())
}

/// The four-validator test network, governed by a council of three, without a sudo key.
pub fn testnet_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("DeInfra Testnet")
		.with_id("deinfra_testnet")
		.with_protocol_id("deinfra-testnet")
		.with_chain_type(ChainType::Live)
		.with_properties(chain_properties())
		.with_genesis_config_preset_name(TESTNET_RUNTIME_PRESET)
		.build())
}

/// The chain spec named by `--chain`: `dev`, `local`, `testnet`, or a JSON file.
pub fn load(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	Ok(match id {
		"dev" => Box::new(development_chain_spec()?),
		"" | "local" => Box::new(local_chain_spec()?),
		"testnet" => Box::new(testnet_chain_spec()?),
		path => Box::new(ChainSpec::from_json_file(std::path::PathBuf::from(path))?),
	})
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_runtime::BuildStorage;

	fn genesis_storage_of(spec: &dyn sc_service::ChainSpec) -> sp_core::storage::Storage {
		spec.build_storage().expect("the preset builds genesis storage")
	}

	#[test]
	fn every_preset_builds_genesis_storage() {
		for id in ["dev", "local", "testnet"] {
			let spec = load(id).unwrap();
			let storage = genesis_storage_of(spec.as_ref());
			assert!(
				storage.top.contains_key(sp_core::storage::well_known_keys::CODE),
				"{id}: genesis holds the runtime code"
			);
			assert!(storage.top.len() > 10, "{id}: genesis has the pallets' storage");
		}
	}

	#[test]
	fn every_spec_carries_the_token_properties() {
		for id in ["dev", "local", "testnet"] {
			let spec = load(id).unwrap();
			let props = spec.properties();
			assert_eq!(props.get("tokenSymbol"), Some(&"INFRA".into()), "{id}");
			assert_eq!(props.get("tokenDecimals"), Some(&12.into()), "{id}");
			assert_eq!(props.get("ss58Format"), Some(&42.into()), "{id}");
		}
	}

	#[test]
	fn raw_testnet_spec_round_trips_through_json() {
		let spec = testnet_chain_spec().unwrap();
		let raw = spec.as_json(true).unwrap();
		let reloaded = ChainSpec::from_json_bytes(raw.into_bytes()).unwrap();
		assert_eq!(reloaded.id(), "deinfra_testnet");
		assert_eq!(
			BuildStorage::build_storage(&reloaded).unwrap().top,
			genesis_storage_of(&spec).top
		);
	}
}
