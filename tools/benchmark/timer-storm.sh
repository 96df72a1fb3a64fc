#!/bin/sh
# The timer storm of issue 17 on PostgreSQL (TimerStormBenchmark), not part of ./mvnw verify:
# 120,000 timers due at once, on one node, then on two nodes sharing the database.
# Usage: tools/benchmark/timer-storm.sh [small|province|country] [extra -Dbenchmark.* options]
# Prints its figures and writes section timer-storm of docs/benchmarks.md.
set -e
cd "$(dirname "$0")/../.."
size="${1:-country}"
[ $# -gt 0 ] && shift
exec ./mvnw -B -Pbenchmark test -Dtest=TimerStormBenchmark -Dbenchmark.size="$size" "$@"
