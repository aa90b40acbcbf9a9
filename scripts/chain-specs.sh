#!/usr/bin/env bash
# Generates the chain specs in chain-specs/ from the runtime's genesis presets:
# dev.json, local.json, testnet.json (plain) and testnet-raw.json.
#   scripts/chain-specs.sh [OUT_DIR]    (default: chain-specs/)
# The node binary is $DEINFRA_NODE, or the release build (built if missing).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

out="${1:-$ROOT/chain-specs}"
node="${DEINFRA_NODE:-$NODE_BIN}"
[ -x "$node" ] || build_node
mkdir -p "$out"
"$node" export-chain-spec --chain dev --output "$out/dev.json" >/dev/null
"$node" export-chain-spec --chain local --output "$out/local.json" >/dev/null
"$node" export-chain-spec --chain testnet --output "$out/testnet.json" >/dev/null
"$node" export-chain-spec --chain testnet --raw --output "$out/testnet-raw.json" >/dev/null
log "chain specs written to $out"
