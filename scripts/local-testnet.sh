#!/usr/bin/env bash
# A real multi-validator network on this machine (loopback only), from the `testnet` chain
# spec, each validator with its own keystore, database and ports.
#
#   scripts/local-testnet.sh up [N]     start N validators (default 4, at most 5)
#   scripts/local-testnet.sh stop I     stop validator I (1-based, SIGINT), keeping its database
#   scripts/local-testnet.sh kill I     kill validator I (SIGKILL, as a crash), keeping its database
#   scripts/local-testnet.sh start I    start validator I again from its database
#   scripts/local-testnet.sh wipe I     delete validator I's database (keys and node key stay)
#   scripts/local-testnet.sh init I     prepare validator I (keys, node key) without starting it
#   scripts/local-testnet.sh status     best and finalized block of each validator
#   scripts/local-testnet.sh down       stop all validators
#
# Validator I listens on p2p port 30333+I, RPC 9944+I, Prometheus 9615+I.
# State lives in $TESTNET_DIR (default /tmp/deinfra-local-testnet); `up` starts afresh.
# The testnet preset's validators use the well-known development keys of Alice, Bob,
# Charlie and Dave, which this script inserts into each keystore as an operator would;
# validator 5 (Eve) is not in the genesis set: governance has to add it.
# CHAIN may name another spec (e.g. one with the `fast-runtime` runtime).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

DIR="${TESTNET_DIR:-/tmp/deinfra-local-testnet}"
CHAIN="${CHAIN:-testnet}"
NAMES=(Alice Bob Charlie Dave Eve)
node="${DEINFRA_NODE:-$NODE_BIN}"

p2p_port() { echo $((30333 + $1)); }
rpc_port() { echo $((9944 + $1)); }
prom_port() { echo $((9615 + $1)); }

rpc() { # rpc I METHOD [PARAMS]
	curl -s -m 5 -H 'Content-Type: application/json' \
		-d "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"$2\",\"params\":${3:-[]}}" \
		"http://127.0.0.1:$(rpc_port "$1")"
}

init_validator() {
	local i=$1 name=${NAMES[$(($1 - 1))]} base="$DIR/node$1"
	mkdir -p "$base"
	"$node" key generate-node-key --file "$base/node-key" 2>/dev/null
	"$node" key insert --base-path "$base" --chain "$CHAIN" --scheme sr25519 \
		--suri "//$name" --key-type aura
	"$node" key insert --base-path "$base" --chain "$CHAIN" --scheme ed25519 \
		--suri "//$name" --key-type gran
}

start_validator() {
	local i=$1 base="$DIR/node$1"
	[ -d "$base" ] || { log "validator $i was never initialised (run up)"; return 1; }
	local boot=()
	if [ "$i" != 1 ]; then
		local peer
		peer=$("$node" key inspect-node-key --file "$DIR/node1/node-key")
		boot=(--bootnodes "/ip4/127.0.0.1/tcp/$(p2p_port 1)/p2p/$peer")
	fi
	"$node" --chain "$CHAIN" --base-path "$base" --validator \
		--name "validator-$i-${NAMES[$(($i - 1))]}" \
		--node-key-file "$base/node-key" \
		--listen-addr "/ip4/127.0.0.1/tcp/$(p2p_port "$i")" \
		--rpc-port "$(rpc_port "$i")" --prometheus-port "$(prom_port "$i")" \
		--no-mdns --no-telemetry --allow-private-ip --rpc-cors all \
		"${boot[@]}" >"$DIR/node$i.log" 2>&1 &
	echo $! >"$DIR/node$i.pid"
	log "validator $i started (pid $!, rpc $(rpc_port "$i"), log $DIR/node$i.log)"
}

stop_validator() {
	local pidfile="$DIR/node$1.pid"
	[ -f "$pidfile" ] || return 0
	local pid; pid=$(cat "$pidfile")
	if kill -INT "$pid" 2>/dev/null; then
		for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
		kill -KILL "$pid" 2>/dev/null || true
		log "validator $1 stopped"
	fi
	rm -f "$pidfile"
}

kill_validator() {
	local pidfile="$DIR/node$1.pid"
	[ -f "$pidfile" ] || return 0
	kill -KILL "$(cat "$pidfile")" 2>/dev/null || true
	rm -f "$pidfile"
	log "validator $1 killed"
}

wipe_validator() {
	rm -rf "$DIR/node$1/chains"/*/paritydb
	log "validator $1's database deleted"
}

status() {
	for pidfile in "$DIR"/node*.pid; do
		[ -f "$pidfile" ] || continue
		local i; i=$(basename "$pidfile" .pid); i=${i#node}
		local best fin
		best=$(rpc "$i" chain_getHeader | sed -n 's/.*"number":"\(0x[0-9a-f]*\)".*/\1/p')
		fin=$(rpc "$i" chain_getFinalizedHead | sed -n 's/.*"result":"\(0x[0-9a-f]*\)".*/\1/p')
		fin=$(rpc "$i" chain_getHeader "[\"$fin\"]" | sed -n 's/.*"number":"\(0x[0-9a-f]*\)".*/\1/p')
		printf 'validator %s: best #%d finalized #%d\n' "$i" "$((${best:-0}))" "$((${fin:-0}))"
	done
}

[ -x "$node" ] || build_node
case "${1:-up}" in
up)
	n="${2:-4}"
	[ "$n" -ge 1 ] && [ "$n" -le ${#NAMES[@]} ] || { log "N must be 1..${#NAMES[@]}"; exit 1; }
	for i in $(seq 1 ${#NAMES[@]}); do stop_validator "$i"; done
	rm -rf "$DIR"; mkdir -p "$DIR"
	for i in $(seq 1 "$n"); do init_validator "$i"; done
	for i in $(seq 1 "$n"); do start_validator "$i"; done
	log "network up: scripts/local-testnet.sh status; Polkadot.js Apps:"
	log "https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A$(rpc_port 1)#/explorer"
	;;
stop) stop_validator "${2:?validator number}" ;;
kill) kill_validator "${2:?validator number}" ;;
start) start_validator "${2:?validator number}" ;;
wipe) wipe_validator "${2:?validator number}" ;;
init) init_validator "${2:?validator number}" ;;
status) status ;;
down) for i in $(seq 1 ${#NAMES[@]}); do stop_validator "$i"; done ;;
*) sed -n '2,21p' "$0"; exit 1 ;;
esac
