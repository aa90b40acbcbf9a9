#!/usr/bin/env bash
# Runs every test layer and exits non-zero on any failure:
#   0. scripts/lint.sh (rustfmt, `node --check` of e2e/), before any build: fails in seconds;
#      clippy with `-D warnings` right after the node's build (it shares its build scripts);
#   1. cargo tests of the workspace (pallets, runtime, genesis presets, chain specs, and the
#      node smoke test: the real node produces and finalizes blocks, serves RPC and metadata);
#   2. the end-to-end tests with @polkadot/api (Node's test runner) against the real node,
#      running the `fast-runtime` runtime (compiled by the node's own build, see
#      runtime/build.rs) so that referenda finish in blocks: the journey, bad input, a
#      four-validator network, the metadata check, and an upgrade by referendum from the last
#      release (runtime/releases) with try-runtime (scripts/try-runtime.sh) before and after.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

install_prerequisites
bash "$ROOT/scripts/lint.sh"
build_node
log "lint: cargo clippy --workspace --all-targets -- -D warnings (after the build, sharing its build scripts)"
cargo clippy --locked --release --workspace --all-targets -- -D warnings

out="$(mktemp)"
trap 'rm -f "$out"' EXIT
status=0

log "cargo tests of the workspace (release profile, sharing the node's build)"
cd "$ROOT"
cargo test --locked --release --workspace --lib --bins --tests 2>&1 | tee "$out" || status=$?

if [ "$status" -eq 0 ]; then
	log "the try-runtime tests (scripts/try-runtime.sh), for the end-to-end upgrade test"
	SKIP_WASM_BUILD=1 cargo test --locked --release -p deinfra-runtime \
		--features try-runtime,fast-runtime --test try_runtime --no-run 2>&1 | tee -a "$out" || status=$?
fi

if [ "$status" -eq 0 ]; then
	fast_wasm="$(fast_runtime_wasm)"
	log "end-to-end tests (@polkadot/api against the real node)"
	(
		cd "$ROOT/e2e"
		# `set -e` does not apply inside this pipeline: each step is chained explicitly.
		npm ci --no-audit --no-fund --loglevel=error &&
			log "metadata check against the last release (runtime/metadata/release.json)" &&
			DEINFRA_NODE="$NODE_BIN" node tools/check-metadata.js &&
			DEINFRA_NODE="$NODE_BIN" DEINFRA_RUNTIME_WASM="$fast_wasm" npm test --silent
	) 2>&1 | tee -a "$out" || status=$?
fi

# One closing line for the whole run: cargo's test binaries and Node's test runner.
awk '
	/^test result:/ { p += $4; f += $6 }
	/^ℹ pass / { p += $3 }
	/^ℹ fail / { f += $3 }
	END { printf "tests: %d passed, %d failed\n", p, f }
' "$out"
[ "$status" -eq 0 ] || exit "$status"
log "all tests passed"
