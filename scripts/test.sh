#!/usr/bin/env bash
# Runs every test layer that exists and exits non-zero on any failure:
#   1. cargo tests of the workspace (pallets, runtime, genesis presets, chain specs),
#   2. the node smoke test (the real node: blocks produced and finalized, RPC, metadata).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

install_prerequisites
build_node

log "cargo tests of the workspace (release profile, sharing the node's build)"
cd "$ROOT"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
status=0
cargo test --locked --release --workspace --lib --bins --tests 2>&1 | tee "$out" || status=$?
# One closing line for the whole run, summed over every test binary.
awk '/^test result:/ { p += $4; f += $6 } END { printf "tests: %d passed, %d failed\n", p, f }' "$out"
[ "$status" -eq 0 ] || exit "$status"
log "all tests passed"
