#!/bin/sh
# A province's whole reporting period through the services, units to the province's consolidated report, beside
# the bare engine (PeriodChainBenchmark), not part of ./mvnw verify.
# Usage: tools/benchmark/period-chain.sh [small|province|country] [extra -Dbenchmark.* options]
# Prints its figures and writes section chain-<size> of docs/benchmarks.md.
set -e
cd "$(dirname "$0")/../.."
size="${1:-small}"
[ $# -gt 0 ] && shift
exec ./mvnw -B -Pbenchmark test -Dtest=PeriodChainBenchmark -Dbenchmark.size="$size" "$@"
