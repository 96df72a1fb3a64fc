#!/bin/sh
# The timer storm of issue 17 on PostgreSQL (TimerStormBenchmark), not part of ./mvnw verify:
# every open period's reminder timer (plan-cycle's PeriodReminderDue) due at once, each reminding every unit its
# period still awaits (at country, 3 periods per plan: about 130,000 reminders), on one node, then on two nodes
# sharing the database.
# Usage: tools/benchmark/timer-storm.sh [small|province|country] [extra -Dbenchmark.* options]
#   e.g. tools/benchmark/timer-storm.sh country -Dbenchmark.stormPeriods=1
# Prints its figures and writes section timer-storm of docs/benchmarks.md.
set -e
cd "$(dirname "$0")/../.."
size="${1:-country}"
[ $# -gt 0 ] && shift
exec ./mvnw -B -Pbenchmark test -Dtest=TimerStormBenchmark -Dbenchmark.size="$size" "$@"
