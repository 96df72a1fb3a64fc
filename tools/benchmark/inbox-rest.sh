#!/bin/sh
# The inbox over HTTP beside Camunda's engine REST API (InboxRestBenchmark), not part of ./mvnw verify.
# Usage: tools/benchmark/inbox-rest.sh [small|province|country] [extra -Dbenchmark.* options]
# e.g.   tools/benchmark/inbox-rest.sh small -Dbenchmark.openTasks=10000,50000 -Dbenchmark.historicTasks=50000
# Prints its figures and writes section inbox-rest of docs/benchmarks.md.
set -e
cd "$(dirname "$0")/../.."
size="${1:-small}"
[ $# -gt 0 ] && shift
exec ./mvnw -B -Pbenchmark test -Dtest=InboxRestBenchmark -Dbenchmark.size="$size" "$@"
