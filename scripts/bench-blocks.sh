#!/usr/bin/env bash
# Full-block import check (on demand, not in CI): starts a `--dev` validator and a second,
# non-validating node that imports its blocks over the network, fills blocks with remarks to the
# normal class's length limit (1.5 MiB), with operational calls to the whole 2 MiB, and with
# `market.create_order`, `place_bid` and `accept_bid` to the normal class's weight limit, and
# measures how long the second node takes to import each full block and when it has it after
# the validator. Prints a Markdown table (docs/performance.md explains it). Takes ~6 minutes.
#
#   scripts/bench-blocks.sh [--blocks 2] [--tenants 1000] [--providers 100] [--remarks 16]
#                           [--operational 4] [--window 5] [--fill 1]
#                           [--kinds empty,remark,operational,create_order,place_bid,accept_bid]
set -euo pipefail
. "$(dirname "$0")/lib.sh"

run_node_bench blocks "$@"
