#!/bin/bash
# Crash check (run by hand, not part of the test command; docs/reliability.md has the last figures).
# On a fresh database of the shared PostgreSQL (never stopped here): the application with the demo
# cycle; then ROUNDS times: a burst of plan submissions through the API (each starts a plan, its
# periods, its timeline entry and its process instance in one transaction), kill -9 of the
# application in the middle of it, restart. After each restart: every 2xx answered is persisted
# exactly once, nothing half-written (a plan without its process, periods or timeline entry).
# Before the last restart the demo clock is moved half a year while the node is down: the timers
# that fell due meanwhile must fire after the restart (the annual period opens, units are late).
#
# Usage: tools/reliability/crash-check.sh
#   ROUNDS (3), BURST requests per round (300), PARALLEL clients (8), KILL_AT: kill -9 once this many
#   2xx answers of the round came back (25; or after KILL_TIMEOUT seconds, 240),
#   PORT (18090), KEEP=1 keeps the database, NO_BUILD=1 skips ./mvnw compile.
#   PGHOST (localhost), PGPORT (5432), PGUSER (postgres), PGPASSWORD: a user that may create databases.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-}"
ROUNDS="${ROUNDS:-3}" BURST="${BURST:-300}" PARALLEL="${PARALLEL:-8}" KILL_AT="${KILL_AT:-25}"
KILL_TIMEOUT="${KILL_TIMEOUT:-240}"
export PORT="${PORT:-18090}"
export DB="ctte_crash_$(date -u +%Y%m%d%H%M%S)"
source tools/reliability/common.sh

build_app
createdb --template=template0 --encoding=UTF8 "$DB"
cleanup() {
    stop_app
    if [ "${KEEP:-0}" != "1" ]; then dropdb --if-exists --force "$DB"; fi
}
trap cleanup EXIT

start_app "$WORK/crash-start.log"
first=$(wait_ready "${START_TIMEOUT:-900}")
echo "first start (migrations, demo data and cycle): $first s"
export ORG
ORG=$(sql "select id from org_unit where name = 'Xã An Dương'")

total_tried=0 total_ok=0 total_lost=0 total_dup=0 total_half=0
for round in $(seq 1 "$ROUNDS"); do
    answers="$WORK/crash-round-$round.txt"
    : > "$answers"
    seq 1 "$BURST" | sed "s/^/crash-check r$round-/" \
        | xargs -P "$PARALLEL" -I{} bash -c 'submit "$@"' _ {} >> "$answers" &
    burst=$!
    # in the middle of the burst: requests are in flight when the node dies
    for _ in $(seq 1 $((KILL_TIMEOUT * 5))); do
        [ "$(awk '$NF ~ /^2/' "$answers" | wc -l)" -ge "$KILL_AT" ] && break
        sleep 0.2
    done
    kill -9 "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    killed_at=$(date +%s.%N)
    wait "$burst" || true
    if [ "$round" = "$ROUNDS" ]; then
        # timers fall due while the node is down
        events_before=$(sql "select coalesce(max(id), 0) from cycle_event")
        offset=$(( $(date -d 2024-11-21T05:17:00Z +%s%3N) - $(date +%s%3N) ))
        sql "update app_setting set setting_value = '$offset' where setting_name = 'demo.clock-offset-ms'"
    fi
    start_app "$WORK/crash-restart-$round.log"
    ready=$(wait_ready "${START_TIMEOUT:-900}")
    echo "round $round: killed after $(awk '$NF ~ /^2/' "$answers" | wc -l) 2xx answers; restarted, ready in $ready s" \
        "(kill to ready $(echo "$(date +%s.%N) - $killed_at" | bc | cut -c1-5) s)"
    figures=$(check_plans "crash-check r$round-" "$answers")
    echo "round $round: $figures"
    eval "$(echo "$figures" | tr ' ' '\n' | sed 's/^2xx=/ok=/' | grep -E '^(tried|ok|lost|duplicates|half_written)=')"
    total_tried=$((total_tried + tried)) total_ok=$((total_ok + ok)) total_lost=$((total_lost + lost))
    total_dup=$((total_dup + duplicates)) total_half=$((total_half + half_written))
done

# the timers due while the node was down
start=$(date +%s.%N)
for _ in $(seq 1 240); do
    due=$(sql "select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1 and duedate_ <=
        (now() at time zone current_setting('TimeZone')) + interval '1 millisecond' * (select cast(setting_value as bigint)
        from app_setting where setting_name = 'demo.clock-offset-ms')")
    [ "$due" = 0 ] && break
    sleep 0.5
done
fired=$(sql "select string_agg(action || '=' || n, ' ') from (select action, count(*) n from cycle_event
    where id > $events_before and action in ('PERIOD_OPENED', 'REPORT_OVERDUE') group by action order by action) t")
echo "timers due while down: after the last restart ${fired:-none fired}, still due $due, within $(echo "$(date +%s.%N) - $start" | bc | cut -c1-5) s"
echo "TOTAL rounds=$ROUNDS tried=$total_tried 2xx=$total_ok lost=$total_lost duplicates=$total_dup half_written=$total_half"
if [ "$total_lost" != 0 ] || [ "$total_dup" != 0 ] || [ "$total_half" != 0 ] || [ "$due" != 0 ] || [ -z "$fired" ]; then
    echo "CRASH CHECK FAILED" >&2
    exit 1
fi
echo "crash check passed"
