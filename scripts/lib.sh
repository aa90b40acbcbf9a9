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
	command -v npm >/dev/null || missing+=(nodejs npm)
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
}

# Builds the release node (ParityDB only, no benchmarking CLI).
build_node() {
	log "building deinfra-node (target dir: $CARGO_TARGET_DIR)"
	(cd "$ROOT" && cargo build --locked --release -p deinfra-node "$@")
}

# Builds the runtime WASM with `fast-runtime` (governance periods of a few blocks) and
# `metadata-hash`, for the end-to-end tests, and prints its path. `cargo check` in the debug
# profile runs the runtime's build script, which compiles the WASM into `debug/wbuild`, apart
# from the release node's own runtime.
build_fast_runtime() {
	(cd "$ROOT" && cargo check --locked -p deinfra-runtime --features fast-runtime,metadata-hash) >&2
	# The debug profile skips compaction: the plain (bloaty) blob is the output.
	echo "$CARGO_TARGET_DIR/debug/wbuild/deinfra-runtime/deinfra_runtime.wasm"
}

# Runs the on-demand benchmark e2e/bench/NAME.js against the release node (built if needed),
# passing the remaining arguments on.
run_node_bench() {
	local name="$1"
	shift
	install_prerequisites
	build_node
	cd "$ROOT/e2e"
	[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
	DEINFRA_NODE="$NODE_BIN" node "bench/$name.js" "$@"
}
