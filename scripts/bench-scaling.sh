#!/usr/bin/env bash
# Scaling check (on demand, not in CI): opens 100, 10,000 and 100,000 leases with real
# transactions on a `--dev` validator and measures, at each level, the mandatory (hook) weight
# of empty blocks and how long a second node takes to import empty blocks and blocks of
# settlements. Prints a Markdown table (docs/performance.md explains it). Takes ~1 hour at the
# default levels.
#
#   scripts/bench-scaling.sh [--levels 100,10000,100000] [--tenants 2000] [--providers 200]
#                            [--wave 10000] [--window 10] [--load 3000]
set -euo pipefail
. "$(dirname "$0")/lib.sh"

run_node_bench scaling "$@"
