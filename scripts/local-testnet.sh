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
# Ports: `up` takes a block of 15 free loopback ports, from DEINFRA_TESTNET_BASE_PORT when set
# (validator I: p2p BASE+I, RPC BASE+5+I, Prometheus BASE+10+I), otherwise a free block it
# picks itself, so that two networks on one machine never collide. They are recorded in
# $TESTNET_DIR/ports, one line per validator: `I P2P RPC PROMETHEUS`; `status` prints them.
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

PORTS="$DIR/ports"
# Port blocks claimed by running networks (a directory per base port, naming its network).
CLAIMS="${TMPDIR:-/tmp}/deinfra-local-testnet-ports"

# port KIND I: validator I's port of KIND (1 p2p, 2 rpc, 3 prometheus), from $PORTS.
port() {
	[ -f "$PORTS" ] || { log "no $PORTS (run up)"; return 1; }
	local p
	p=$(awk -v i="$2" -v k="$1" '$1 == i { print $(k + 1) }' "$PORTS")
	[ -n "$p" ] || { log "validator $2 has no ports in $PORTS"; return 1; }
	echo "$p"
}
p2p_port() { port 1 "$1"; }
rpc_port() { port 2 "$1"; }
prom_port() { port 3 "$1"; }

# True when nothing accepts connections on loopback port $1.
port_free() {
	! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Claims the block of ports BASE+1..BASE+15 for this network when every one is free and no
# other network holds the block. A claim is a directory naming its network's state dir,
# created whole by one rename; one whose network's directory is gone (or is this one) is stale.
claim_ports() {
	local base=$1 p owner new
	for p in $(seq $((base + 1)) $((base + 15))); do port_free "$p" || return 1; done
	mkdir -p "$CLAIMS"
	if [ -e "$CLAIMS/$base" ]; then
		owner=$(cat "$CLAIMS/$base/dir" 2>/dev/null || true)
		if [ -n "$owner" ] && [ "$owner" != "$DIR" ] && [ -d "$owner" ]; then return 1; fi
		rm -rf "${CLAIMS:?}/$base"
	fi
	new=$(mktemp -d "$CLAIMS/.new.XXXXXX")
	echo "$DIR" >"$new/dir"
	# rename(2) onto an existing claim (never empty) fails: only one network wins a block.
	mv -T "$new" "$CLAIMS/$base" 2>/dev/null || { rm -rf "$new"; return 1; }
}

# Chooses and records the ports of every validator (see the header).
allocate_ports() {
	local base
	if [ -n "${DEINFRA_TESTNET_BASE_PORT:-}" ]; then
		base=$DEINFRA_TESTNET_BASE_PORT
		if ! [[ "$base" =~ ^[0-9]+$ ]] || [ "$base" -lt 1024 ] || [ "$base" -gt 65520 ]; then
			log "DEINFRA_TESTNET_BASE_PORT must be 1024..65520"; return 1
		fi
		claim_ports "$base" || { log "ports $((base + 1))-$((base + 15)) are not free"; return 1; }
	else
		# Below Linux's ephemeral range (32768 and up), in blocks of 16 from a random start.
		local tries=0
		while :; do
			base=$((20000 + (RANDOM % 750) * 16))
			claim_ports "$base" && break
			tries=$((tries + 1))
			[ "$tries" -lt 50 ] || { log "found no free block of 15 ports"; return 1; }
		done
	fi
	local i
	for i in $(seq 1 ${#NAMES[@]}); do
		echo "$i $((base + i)) $((base + 5 + i)) $((base + 10 + i))"
	done >"$PORTS"
}

# Releases this network's claim on its ports.
release_ports() {
	[ -f "$PORTS" ] || return 0
	local base
	base=$(($(head -n1 "$PORTS" | cut -d' ' -f2) - 1))
	if [ "$(cat "$CLAIMS/$base/dir" 2>/dev/null)" = "$DIR" ]; then rm -rf "${CLAIMS:?}/$base"; fi
}

rpc() { # rpc I METHOD [PARAMS]; prints nothing when validator I does not answer
	local port
	port=$(rpc_port "$1") || return 0
	curl -s -m 5 -H 'Content-Type: application/json' \
		-d "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"$2\",\"params\":${3:-[]}}" \
		"http://127.0.0.1:$port" || true
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
		--name "validator-$i-${NAMES[$((i - 1))]}" \
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
	[ -f "$PORTS" ] && sed 's/^\([0-9]*\) \([0-9]*\) \([0-9]*\) \([0-9]*\)$/validator \1 ports: p2p \2, rpc \3, prometheus \4/' "$PORTS"
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

# The node: $DEINFRA_NODE as given, or the release build, which `up` brings up to date with
# cargo (a no-op when it is) and the other commands reuse (building it only if missing).
if [ -n "${DEINFRA_NODE:-}" ]; then
	[ -x "$node" ] || { log "DEINFRA_NODE=$node is not an executable"; exit 1; }
elif [ "${1:-up}" = up ] || { [[ "${1:-}" =~ ^(start|init)$ ]] && [ ! -x "$node" ]; }; then
	build_node
fi
case "${1:-up}" in
up)
	n="${2:-4}"
	[ "$n" -ge 1 ] && [ "$n" -le ${#NAMES[@]} ] || { log "N must be 1..${#NAMES[@]}"; exit 1; }
	for i in $(seq 1 ${#NAMES[@]}); do stop_validator "$i"; done
	release_ports
	rm -rf "$DIR"; mkdir -p "$DIR"
	allocate_ports
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
down)
	for i in $(seq 1 ${#NAMES[@]}); do stop_validator "$i"; done
	release_ports
	;;
*) sed -n '2,22p' "$0"; exit 1 ;;
esac
