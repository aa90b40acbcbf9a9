#!/usr/bin/env bash
# Fast checks that need no build, run by scripts/test.sh before the long builds:
#   - `cargo fmt --all --check`: the Rust code is formatted as rustfmt.toml says;
#   - `node --check` on every .js file under e2e/ (node_modules excepted): the tests parse.
#
#   scripts/lint.sh            the checks above (seconds)
#   scripts/lint.sh --clippy   also `cargo clippy --workspace --all-targets -- -D warnings` in
#                              the release profile, sharing the build scripts (and the runtime's
#                              blobs) of the release build; scripts/test.sh runs it after that
#                              build
#
# Exits non-zero when any check fails, after running them all.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

clippy=0
for arg in "$@"; do
	case "$arg" in
	--clippy) clippy=1 ;;
	*) sed -n '2,10p' "$0"; exit 2 ;;
	esac
done

ensure_nodejs
failed=()
cd "$ROOT"

log "lint: cargo fmt --all --check"
cargo fmt --all --check || failed+=("cargo fmt (run \`cargo fmt --all\`)")

log "lint: node --check on e2e/**/*.js"
js=0
while IFS= read -r -d '' file; do
	js=$((js + 1))
	node --check "$file" || failed+=("node --check ${file#"$ROOT"/}")
done < <(find "$ROOT/e2e" -name node_modules -prune -o -type f -name '*.js' -print0 | sort -z)
[ "$js" -gt 0 ] || failed+=("no .js file found under e2e/")

if [ "$clippy" = 1 ]; then
	log "lint: cargo clippy --workspace --all-targets -- -D warnings"
	cargo clippy --locked --release --workspace --all-targets -- -D warnings ||
		failed+=("cargo clippy")
fi

if [ ${#failed[@]} -gt 0 ]; then
	log "lint failed:"
	printf '  %s\n' "${failed[@]}" >&2
	exit 1
fi
log "lint passed ($js JavaScript files$([ "$clippy" = 1 ] && echo ', clippy'))"
