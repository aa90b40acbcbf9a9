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
# DeInfra's pallets run with STEPS and REPEAT (defaults 50 and 20) and at least 10 s per
# benchmark; the upstream FRAME pallets, whose worst cases are well known, with FRAME_STEPS and
# FRAME_REPEAT (defaults 25 and 10) and at least FRAME_MIN_DURATION (default 2) s per benchmark,
# which keeps a full run under 40 minutes on two cores. All may be overridden from the
# environment.
#
# The benchmarking node is built into a target dir of its own, DEINFRA_BENCH_TARGET_DIR
# (default: $CARGO_TARGET_DIR-bench, i.e. ~/.cache/deinfra/target-bench), so it never replaces
# the everyday release node in $CARGO_TARGET_DIR/release. Its first build is a full build.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
export CARGO_TARGET_DIR="${DEINFRA_BENCH_TARGET_DIR:-$CARGO_TARGET_DIR-bench}"
BENCH_NODE="$CARGO_TARGET_DIR/release/deinfra-node"

STEPS="${STEPS:-50}"
REPEAT="${REPEAT:-20}"
FRAME_STEPS="${FRAME_STEPS:-25}"
FRAME_REPEAT="${FRAME_REPEAT:-10}"
FRAME_MIN_DURATION="${FRAME_MIN_DURATION:-2}"
DEINFRA=(protocol-params providers escrow market deployments validator-set)
FRAME=(frame_system frame_system_extensions pallet_balances pallet_timestamp pallet_sudo
	pallet_utility pallet_multisig pallet_proxy pallet_treasury pallet_collective
	pallet_membership pallet_preimage pallet_scheduler pallet_referenda
	pallet_conviction_voting pallet_whitelist pallet_session pallet_transaction_payment)

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
# frame-benchmarking-cli's storage-access test runtime (only `benchmark storage` uses it) cannot
# find its package through this workspace's WASM_BUILD_WORKSPACE_HINT: skip its wasm build.
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
build_node --features runtime-benchmarks
RUNTIME="$CARGO_TARGET_DIR/release/wbuild/deinfra-runtime/deinfra_runtime.compact.compressed.wasm"

# bench PALLET STEPS REPEAT [more arguments]
bench() {
	local pallet="$1" steps="$2" repeat="$3"
	shift 3
	log "benchmarking $pallet (steps $steps, repeat $repeat)"
	"$BENCH_NODE" benchmark pallet \
		--runtime "$RUNTIME" \
		--genesis-builder runtime --genesis-builder-preset development \
		--pallet "$pallet" --extrinsic '*' \
		--steps "$steps" --repeat "$repeat" \
		--header "$ROOT/scripts/weight-header.txt" \
		"$@"
}

# Block and extrinsic base weights: empty blocks and `system.remark` transactions executed on
# the development genesis.
overhead() {
	log "benchmarking the block and extrinsic overhead"
	"$BENCH_NODE" benchmark overhead \
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
		bench "pallet_${t//-/_}" "$STEPS" "$REPEAT" \
			--template "$ROOT/scripts/weight-template.hbs" \
			--output "$ROOT/pallets/$t/src/weights.rs"
	else
		bench "$t" "$FRAME_STEPS" "$FRAME_REPEAT" --min-duration "$FRAME_MIN_DURATION" \
			--output "$ROOT/runtime/src/weights/$t.rs"
	fi
done
log "weights written (the benchmarking node stays in $CARGO_TARGET_DIR)"
