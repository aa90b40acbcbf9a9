#!/usr/bin/env bash
# Checks that the runtime's metadata can follow the last release's
# (runtime/metadata/release.json): a call moved, removed or changed needs a higher
# `transaction_version`; a storage item changed needs a higher storage version of its pallet
# (with a migration); any change needs a higher `spec_version`. See e2e/tools/check-metadata.js.
#
#   scripts/check-metadata.sh            check the release node's runtime (built if needed)
#   scripts/check-metadata.sh --update   record it as the release (when cutting a release)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

case "${1:-}" in
"" | --update) ;;
*) sed -n '2,8p' "$0"; exit 2 ;;
esac

install_prerequisites
[ -n "${DEINFRA_NODE:-}" ] || build_node
cd "$ROOT/e2e"
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
DEINFRA_NODE="${DEINFRA_NODE:-$NODE_BIN}" node tools/check-metadata.js "$@"
