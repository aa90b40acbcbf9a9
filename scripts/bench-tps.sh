#!/usr/bin/env bash
# Throughput benchmark (on demand, not in CI): builds the release node, starts a `--dev` chain
# on free loopback ports and measures how many pre-signed transactions of each kind fit in a
# finalized block — balance transfers as the baseline, then the marketplace's calls.
# Prints a Markdown table (docs/performance.md explains it).
#
#   scripts/bench-tps.sh [--tenants 3000] [--providers 100] [--transfers 4] [--orders 2]
set -euo pipefail
. "$(dirname "$0")/lib.sh"

run_node_bench tps "$@"
