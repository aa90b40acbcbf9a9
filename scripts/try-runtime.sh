#!/usr/bin/env bash
# try-runtime against a running chain: this tree's runtime runs, natively, on the chain's whole
# state copied over RPC (runtime/tests/try_runtime.rs):
#   on-runtime-upgrade  every migration with its pre/post-upgrade checks, then every pallet's
#                       try_state and a decode of all storage; the migrations must fit a block;
#   execute-block       the latest finalized block on its parent's state, then every try_state
#                       (state root and signatures checked when the chain runs this release).
#
#   scripts/try-runtime.sh [--fast-runtime] [URI]
#
# URI: the chain's WebSocket RPC endpoint (default ws://127.0.0.1:9944). --fast-runtime: the
# chain runs the `fast-runtime` build (the end-to-end tests' chains). Before a release is
# proposed, run it against a node of the live chain (see docs/upgrades.md).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

features=try-runtime
uri=ws://127.0.0.1:9944
for arg in "$@"; do
	case "$arg" in
	--fast-runtime) features=try-runtime,fast-runtime ;;
	ws://* | wss://*) uri="$arg" ;;
	*) sed -n '2,13p' "$0"; exit 2 ;;
	esac
done

cd "$ROOT"
log "try-runtime ($features) against $uri"
# Native only (SKIP_WASM_BUILD): no blob is needed, and one built with these features would
# replace the node's in the shared wasm build directory.
SKIP_WASM_BUILD=1 DEINFRA_TRY_RUNTIME_URI="$uri" \
	cargo test --locked --release -p deinfra-runtime --features "$features" --test try_runtime -- \
	--ignored --nocapture --test-threads 1
