#!/bin/sh
# One reporting period at country scale on PostgreSQL (CountryScaleBenchmark), not part of ./mvnw verify.
# Usage: tools/benchmark/country-scale.sh [small|province|country] [extra -Dbenchmark.* options]
# Prints its figures and writes section scale-<size> of docs/benchmarks.md.
set -e
cd "$(dirname "$0")/../.."
size="${1:-small}"
[ $# -gt 0 ] && shift
exec ./mvnw -B -Pbenchmark test -Dtest=CountryScaleBenchmark -Dbenchmark.size="$size" "$@"
