//! The chain specs committed in `chain-specs/` are what `scripts/chain-specs.sh` produces
//! from the runtime's presets today.
//!
//! The runtime code itself (`:code`) is left out of the comparison: the wasm blob embeds
//! build paths, so it differs between checkouts; everything else (names, properties, every
//! genesis value and raw storage entry) must match exactly.

use serde_json::Value;
use std::{path::PathBuf, process::Command};

const CODE_KEY: &str = "0x3a636f6465";

fn root() -> PathBuf {
	PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn without_code(mut spec: Value) -> Value {
	if let Some(genesis) = spec.pointer_mut("/genesis/runtimeGenesis") {
		genesis.as_object_mut().unwrap().remove("code");
	}
	if let Some(top) = spec.pointer_mut("/genesis/raw/top") {
		top.as_object_mut().unwrap().remove(CODE_KEY);
	}
	spec
}

fn read(path: PathBuf) -> Value {
	let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
	serde_json::from_str(&text).unwrap()
}

#[test]
fn committed_chain_specs_match_the_generator() {
	let out = std::env::temp_dir().join(format!("deinfra-chain-specs-{}", std::process::id()));
	let status = Command::new("bash")
		.arg(root().join("scripts/chain-specs.sh"))
		.arg(&out)
		.env("DEINFRA_NODE", env!("CARGO_BIN_EXE_deinfra-node"))
		.status()
		.unwrap();
	assert!(status.success(), "scripts/chain-specs.sh runs");

	for file in ["dev.json", "local.json", "testnet.json", "testnet-raw.json"] {
		let generated = read(out.join(file));
		let committed = read(root().join("chain-specs").join(file));
		assert!(
			without_code(committed) == without_code(generated),
			"chain-specs/{file} is stale: run scripts/chain-specs.sh and commit the result"
		);
	}
	let _ = std::fs::remove_dir_all(out);
}

#[test]
fn testnet_raw_spec_carries_the_runtime_and_token() {
	let spec = read(root().join("chain-specs/testnet-raw.json"));
	assert_eq!(spec["id"], "deinfra_testnet");
	assert_eq!(spec["properties"]["tokenSymbol"], "INFRA");
	assert_eq!(spec["properties"]["tokenDecimals"], 12);
	let code = spec.pointer("/genesis/raw/top").unwrap()[CODE_KEY].as_str().unwrap();
	// A wasm module (possibly zstd-compressed by the wasm builder).
	assert!(code.len() > 100_000, "the runtime code is in the raw spec");
}
