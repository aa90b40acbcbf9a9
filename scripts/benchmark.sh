#!/usr/bin/env bash
# Builds the node with `runtime-benchmarks` and regenerates the weights of DeInfra's pallets
# from their benchmarks (`deinfra-node benchmark pallet`), on this machine.
#   scripts/benchmark.sh [PALLET ...]     (default: every DeInfra pallet)
# STEPS and REPEAT may be overridden from the environment.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

STEPS="${STEPS:-50}"
REPEAT="${REPEAT:-20}"
pallets=("$@")
[ ${#pallets[@]} -gt 0 ] || pallets=(protocol-params providers escrow market deployments)

install_prerequisites
build_node --features runtime-benchmarks
for p in "${pallets[@]}"; do
	[ -d "$ROOT/pallets/$p" ] || { log "no pallet $p"; continue; }
	log "benchmarking pallet_${p//-/_} (steps $STEPS, repeat $REPEAT)"
	"$NODE_BIN" benchmark pallet \
		--runtime "$CARGO_TARGET_DIR/release/wbuild/deinfra-runtime/deinfra_runtime.compact.compressed.wasm" \
		--genesis-builder-preset development \
		--pallet "pallet_${p//-/_}" --extrinsic '*' \
		--steps "$STEPS" --repeat "$REPEAT" \
		--template "$ROOT/scripts/weight-template.hbs" \
		--output "$ROOT/pallets/$p/src/weights.rs"
done
log "weights written; rebuild without runtime-benchmarks for everyday use"
