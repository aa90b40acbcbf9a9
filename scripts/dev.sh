#!/usr/bin/env bash
# Installs what is missing, builds the node and starts a development chain on
# ws://127.0.0.1:9944 (one validator, Alice; state in a temporary directory).
# Extra arguments go to the node, e.g. `scripts/dev.sh --rpc-port 9955`.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

install_prerequisites
build_node

cat <<MSG

  DeInfra development chain
  RPC:              ws://127.0.0.1:9944
  Polkadot.js Apps: https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A9944#/explorer
  Dev accounts (Alice, Bob, ...) are funded; Alice is the sudo key and the validator.

MSG
exec "$NODE_BIN" --dev --rpc-cors all "$@"
