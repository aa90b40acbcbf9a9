#!/usr/bin/env bash
# Generates the chain specs in chain-specs/ from the runtime's genesis presets:
# dev.json, local.json, testnet.json (plain) and testnet-raw.json.
#   scripts/chain-specs.sh [OUT_DIR]    (default: chain-specs/)
# The node binary is $DEINFRA_NODE, or the release build, brought up to date with cargo first
# (a no-op when it is), so the specs always come from the runtime in this checkout.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

out="${1:-$ROOT/chain-specs}"
if [ -n "${DEINFRA_NODE:-}" ]; then
	node="$DEINFRA_NODE"
	[ -x "$node" ] || { log "DEINFRA_NODE=$node is not an executable"; exit 1; }
else
	build_node
	node="$NODE_BIN"
fi
mkdir -p "$out"
"$node" export-chain-spec --chain dev --output "$out/dev.json" >/dev/null
"$node" export-chain-spec --chain local --output "$out/local.json" >/dev/null
"$node" export-chain-spec --chain testnet --output "$out/testnet.json" >/dev/null
"$node" export-chain-spec --chain testnet --raw --output "$out/testnet-raw.json" >/dev/null
log "chain specs written to $out"
