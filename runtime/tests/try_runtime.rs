//! try-runtime against a live chain. `scripts/try-runtime.sh URI` runs these tests with the
//! `try-runtime` feature (and `fast-runtime` for a chain running that build); the workspace run
//! has no chain to read and skips them (`#[ignore]`).
//!
//! Each test copies the whole state of the chain at `DEINFRA_TRY_RUNTIME_URI` over RPC, checks
//! it against the chain's state root, and runs this tree's runtime on it:
//! - `on-runtime-upgrade`: every migration of `Migrations` and every pallet's upgrade hook, with
//!   their `pre_upgrade`/`post_upgrade` checks, then every pallet's `try_state` and a decode of
//!   every storage item; the migrations must fit in a block;
//! - `execute-block`: the chain's latest finalized block, on its parent's state, with every
//!   pallet's `try_state` afterwards. On a chain already running this release the state root and
//!   the signatures are checked too; on a chain of an older release the migrations run first
//!   (as they would in the first block of the new code), which changes the state root, and
//!   `transaction_version` may have changed the signed payloads, so those two checks are off.

#![cfg(feature = "try-runtime")]

use deinfra_runtime::{Block, Executive, Hash, Header, Runtime, VERSION};
use frame_remote_externalities::{Builder, Mode, OnlineConfig, RemoteExternalities};
use frame_try_runtime::{TryStateSelect, UpgradeCheckSelect};
use sp_runtime::{generic::SignedBlock, traits::Header as _};
use substrate_rpc_client::{ws_client, ChainApi};

/// The chain to read: `DEINFRA_TRY_RUNTIME_URI` (a WebSocket RPC endpoint).
fn uri() -> String {
	std::env::var("DEINFRA_TRY_RUNTIME_URI")
		.expect("DEINFRA_TRY_RUNTIME_URI names the chain to read (run scripts/try-runtime.sh)")
}

/// The chain's whole state at block `at` (default: its finalized head), checked against the
/// block's state root.
async fn live_state(at: Option<Hash>) -> RemoteExternalities<Block> {
	Builder::<Block>::new()
		.mode(Mode::Online(OnlineConfig { at, transport_uris: vec![uri()], ..Default::default() }))
		.build()
		.await
		.unwrap_or_else(|e| panic!("reading the state of {}: {e:?}", uri()))
}

/// Whether the chain in `ext` last ran this tree's `spec_name` and `spec_version`.
fn runs_this_release(ext: &mut RemoteExternalities<Block>) -> bool {
	ext.execute_with(|| {
		frame_system::LastRuntimeUpgrade::<Runtime>::get().is_some_and(|last| {
			last.spec_name == VERSION.spec_name && last.spec_version.0 == VERSION.spec_version
		})
	})
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "reads a running chain: scripts/try-runtime.sh URI"]
async fn on_runtime_upgrade_passes_every_check_on_the_live_state() {
	let mut ext = live_state(None).await;
	let number = *ext.header.number();
	let upgrade = !runs_this_release(&mut ext);
	ext.execute_with(|| {
		let weight = Executive::try_runtime_upgrade(UpgradeCheckSelect::All)
			.unwrap_or_else(|e| panic!("the migrations failed their checks: {e:?}"));
		let max = <Runtime as frame_system::Config>::BlockWeights::get().max_block;
		assert!(
			weight.all_lte(max),
			"the migrations weigh {weight:?}, more than a block ({max:?})"
		);
		println!(
			"on-runtime-upgrade at #{number} ({}): every pre/post-upgrade and try_state check \
			 passed; the migrations weigh {weight:?} (a block: {max:?})",
			if upgrade { "from an older release" } else { "same release" },
		);
	});
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "reads a running chain: scripts/try-runtime.sh URI"]
async fn execute_block_replays_the_finalized_block_with_every_check() {
	let client = ws_client(uri()).await.expect("connecting to the chain");
	let head: Hash = ChainApi::<(), Hash, Header, SignedBlock<Block>>::finalized_head(&client)
		.await
		.expect("the finalized head");
	let block = ChainApi::<(), Hash, Header, SignedBlock<Block>>::block(&client, Some(head))
		.await
		.expect("the finalized block")
		.expect("the node has the finalized block")
		.block;
	let number = *block.header.number();
	assert!(number > 0, "the chain has finalized no block after genesis yet");

	let mut ext = live_state(Some(*block.header.parent_hash())).await;
	let same = runs_this_release(&mut ext);
	let extrinsics = block.extrinsics.len();
	ext.execute_with(|| {
		Executive::try_execute_block(block.into(), same, same, TryStateSelect::All)
			.unwrap_or_else(|e| panic!("block #{number} failed: {e:?}"));
	});
	println!(
		"execute-block #{number} ({extrinsics} extrinsics): every try_state check passed; state \
		 root and signatures {}",
		if same { "checked" } else { "not checked (the chain runs an older release)" },
	);
}
