//! What the runtime's integration tests share: the `development` genesis and the dev accounts.

use deinfra_runtime::{genesis_config_presets::build_storage, AccountId, RuntimeOrigin, System};
use sp_keyring::Sr25519Keyring;

/// The `development` preset's genesis, at block 1.
pub fn new_ext() -> sp_io::TestExternalities {
	let mut ext = sp_io::TestExternalities::new(build_storage("development").unwrap());
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// A dev account.
pub fn id(k: Sr25519Keyring) -> AccountId {
	k.to_account_id()
}

/// A dev account's signed origin.
#[allow(dead_code)]
pub fn signed(k: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(id(k))
}

/// Checks the invariants of every DeInfra pallet (their `try_state` checks): escrow
/// conservation, index consistency, holds matching records, the market's agreement with the
/// registry's allocations and the escrow's streams, and the validator set's agreement with
/// the session pallet's.
#[allow(dead_code)]
pub fn check_invariants() {
	use deinfra_runtime::Runtime;
	pallet_protocol_params::Pallet::<Runtime>::do_try_state().expect("protocol params invariants");
	pallet_providers::Pallet::<Runtime>::do_try_state().expect("providers invariants");
	pallet_escrow::Pallet::<Runtime>::do_try_state().expect("escrow invariants");
	pallet_market::Pallet::<Runtime>::do_try_state().expect("market invariants");
	pallet_deployments::Pallet::<Runtime>::do_try_state().expect("deployments invariants");
	pallet_validator_set::Pallet::<Runtime>::do_try_state().expect("validator set invariants");
}

/// Runs the marketplace's block hooks (the escrow's and the market's `on_initialize`, then
/// their `on_idle` with `idle` spare weight), block by block up to `n`, checking every pallet's
/// invariants after each block.
#[allow(dead_code)]
pub fn run_blocks_to(n: u32, idle: frame_support::weights::Weight) {
	use deinfra_runtime::{Escrow, Market};
	use frame_support::traits::Hooks;
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Escrow::on_initialize(next);
		Market::on_initialize(next);
		Escrow::on_idle(next, idle);
		Market::on_idle(next, idle);
		check_invariants();
	}
}

/// A provider in DE with room for many small leases (64 vCPU, 256 GiB memory, 4 TiB storage,
/// 10 Gbit/s, no GPUs), charging `prices` per unit per block.
#[allow(dead_code)]
pub fn provider_info(
	endpoint: &str,
	prices: pallet_providers::Prices<deinfra_runtime::Balance>,
) -> pallet_providers::ProviderInfo<deinfra_runtime::Balance> {
	pallet_providers::ProviderInfo {
		endpoint: endpoint.as_bytes().to_vec(),
		region: b"DE".to_vec().try_into().unwrap(),
		capacity: deinfra_primitives::Resources {
			cpu_millicores: 64_000,
			memory_mib: 262_144,
			storage_gib: 4_096,
			bandwidth_mbps: 10_000,
			gpus: 0,
		},
		gpus: vec![],
		prices,
		attributes: vec![],
	}
}

/// One planck per resource unit per block.
#[allow(dead_code)]
pub fn unit_prices() -> pallet_providers::Prices<deinfra_runtime::Balance> {
	pallet_providers::Prices {
		cpu_millicore: 1,
		memory_mib: 1,
		storage_gib: 1,
		bandwidth_mbps: 1,
		gpu: 0,
	}
}

/// Runs the scheduler (which drives referenda alarms and enactment) block by block to `n`.
#[allow(dead_code)]
pub fn run_scheduler_to(n: u32) {
	use frame_support::traits::Hooks;
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		deinfra_runtime::Scheduler::on_initialize(next);
	}
}

/// The events so far.
#[allow(dead_code)]
pub fn events() -> Vec<deinfra_runtime::RuntimeEvent> {
	System::events().into_iter().map(|r| r.event).collect()
}
