#!/usr/bin/env bash
# Builds the node with `runtime-benchmarks` and regenerates weights from the benchmarks
# (`deinfra-node benchmark pallet`), on this machine:
#   - DeInfra's pallets → pallets/<name>/src/weights.rs (template scripts/weight-template.hbs);
#   - the runtime's FRAME pallets → runtime/src/weights/<pallet>.rs (the CLI's template).
#
#   scripts/benchmark.sh                  every pallet
#   scripts/benchmark.sh market escrow    DeInfra pallets by folder name
#   scripts/benchmark.sh pallet_balances  FRAME pallets by crate name
#   scripts/benchmark.sh deinfra | frame  one group
#   scripts/benchmark.sh overhead         block and extrinsic base weights
#                                         → runtime/src/weights/{block,extrinsic}_weights.rs
#
# STEPS and REPEAT may be overridden from the environment (defaults 50 and 20).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

STEPS="${STEPS:-50}"
REPEAT="${REPEAT:-20}"
DEINFRA=(protocol-params providers escrow market deployments validator-set)
FRAME=(frame_system frame_system_extensions pallet_balances pallet_timestamp pallet_sudo
	pallet_utility pallet_multisig pallet_proxy pallet_treasury pallet_collective
	pallet_membership pallet_preimage pallet_scheduler pallet_referenda
	pallet_conviction_voting pallet_whitelist pallet_session pallet_grandpa)

targets=()
for arg in "$@"; do
	case "$arg" in
	deinfra) targets+=("${DEINFRA[@]}") ;;
	frame) targets+=("${FRAME[@]}") ;;
	*) targets+=("$arg") ;;
	esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${DEINFRA[@]}" "${FRAME[@]}" overhead)

install_prerequisites
build_node --features runtime-benchmarks
RUNTIME="$CARGO_TARGET_DIR/release/wbuild/deinfra-runtime/deinfra_runtime.compact.compressed.wasm"

bench() {
	local pallet="$1"
	shift
	log "benchmarking $pallet (steps $STEPS, repeat $REPEAT)"
	"$NODE_BIN" benchmark pallet \
		--runtime "$RUNTIME" \
		--genesis-builder-preset development \
		--pallet "$pallet" --extrinsic '*' \
		--steps "$STEPS" --repeat "$REPEAT" \
		--header "$ROOT/scripts/weight-header.txt" \
		"$@"
}

# Block and extrinsic base weights: empty blocks and `system.remark` transactions executed on
# the development genesis.
overhead() {
	log "benchmarking the block and extrinsic overhead"
	"$NODE_BIN" benchmark overhead \
		--chain dev \
		--weight-path "$ROOT/runtime/src/weights" \
		--header "$ROOT/scripts/weight-header.txt" \
		--warmup 10 --repeat 100
}

mkdir -p "$ROOT/runtime/src/weights"
for t in "${targets[@]}"; do
	if [ "$t" = overhead ]; then
		overhead
	elif [ -d "$ROOT/pallets/$t" ]; then
		bench "pallet_${t//-/_}" \
			--template "$ROOT/scripts/weight-template.hbs" \
			--output "$ROOT/pallets/$t/src/weights.rs"
	else
		bench "$t" --output "$ROOT/runtime/src/weights/$t.rs"
	fi
done
log "weights written; rebuild without runtime-benchmarks for everyday use"
