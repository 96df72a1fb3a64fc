#!/bin/bash
# PostgreSQL outage check (run by hand, as root; not part of the test command). NEVER touches the
# machine's shared PostgreSQL: it creates a private cluster (pg_createcluster $PGVERSION outage on
# port $PGPORT, default 5433), runs the application on it under a steady load of API calls (reads
# and plan submissions), stops PostgreSQL for OUTAGE seconds and starts it again. Shown: what the
# callers get meanwhile (no hang; 503 "try again", never 401 or 500), that the application recovers by itself (no
# restart) and how long after PostgreSQL is back the first 2xx comes, that every 2xx plan is
# persisted once. The private cluster is dropped at the end.
#
# Usage: sudo tools/reliability/pg-outage-check.sh
#   PGVERSION (15), PGPORT (5433), OUTAGE seconds (15), load seconds BEFORE/AFTER the outage (30/60), PORT (18091)
set -euo pipefail
cd "$(dirname "$0")/../.."
PGVERSION="${PGVERSION:-15}" OUTAGE="${OUTAGE:-15}" BEFORE="${BEFORE:-30}" AFTER="${AFTER:-60}"
export PGHOST=127.0.0.1 PGPORT="${PGPORT:-5433}" PGUSER=postgres PGPASSWORD="outage-$$"
export PORT="${PORT:-18091}" DB=ctte_outage
CLUSTER=outage
source tools/reliability/common.sh

if pg_lsclusters -h | awk '{print $2}' | grep -qx "$CLUSTER"; then
    echo "cluster $PGVERSION/$CLUSTER exists: drop it first (pg_dropcluster --stop $PGVERSION $CLUSTER)" >&2
    exit 1
fi
build_app
pg_createcluster "$PGVERSION" "$CLUSTER" -p "$PGPORT" -- --auth-host=scram-sha-256 > /dev/null
cleanup() {
    stop_app
    if [ -n "${LOAD_PID:-}" ]; then kill "$LOAD_PID" 2>/dev/null || true; fi
    pg_dropcluster --stop "$PGVERSION" "$CLUSTER" || true
}
trap cleanup EXIT
pg_ctlcluster "$PGVERSION" "$CLUSTER" start
su postgres -c "psql -X -q -h /var/run/postgresql -p $PGPORT -c \"alter user postgres password '$PGPASSWORD'\""
createdb --template=template0 --encoding=UTF8 "$DB"

start_app "$WORK/outage-app.log"
started=$(wait_ready "${START_TIMEOUT:-900}")
echo "started in $started s"
export ORG
ORG=$(sql "select id from org_unit where name = 'Xã An Dương'")

# the load: 4 clients, each in turn a read of the inbox and a plan submission; every answer is
# logged as "<epoch seconds> <kind> <title> <code> <seconds taken>"
answers="$WORK/outage-answers.txt"
: > "$answers"
client() {
    local c="$1" i=0 code t
    while true; do
        i=$((i + 1))
        t=$(date +%s.%N)
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 -u canbo.anduong:demo123 \
            "http://127.0.0.1:$PORT/api/v1/tasks" || true)
        echo "$t read - ${code:-000} $(echo "$(date +%s.%N) - $t" | bc)" >> "$answers"
        t=$(date +%s.%N)
        set -- $(submit "outage-check-c$c-$i")
        echo "$t submit $1 $2 $(echo "$(date +%s.%N) - $t" | bc)" >> "$answers"
        sleep 0.2
    done
}
( for c in 1 2 3 4; do client "$c" & done; wait ) &
LOAD_PID=$!
sleep "$BEFORE"
down=$(date +%s.%N)
pg_ctlcluster "$PGVERSION" "$CLUSTER" stop -m fast
echo "PostgreSQL stopped"
sleep "$OUTAGE"
pg_ctlcluster "$PGVERSION" "$CLUSTER" start
up=$(date +%s.%N)
echo "PostgreSQL started again after $(echo "$up - $down" | bc | cut -c1-5) s"
sleep "$AFTER"
pkill -P "$LOAD_PID" || true   # the clients of this run only (children of LOAD_PID)
kill "$LOAD_PID" 2>/dev/null || true
LOAD_PID=
sleep 2

alive=$(kill -0 "$APP_PID" 2>/dev/null && echo yes || echo no)
first_ok=$(awk -v up="$up" '$1 >= up && $4 ~ /^2/ {print $1; exit}' <(sort -n "$answers"))
recovery=$(echo "$first_ok - $up" | bc | cut -c1-5)
during=$(awk -v d="$down" -v u="$up" '$1 >= d && $1 < u {print $4}' "$answers" | sort | uniq -c | tr '\n' ' ')
slowest=$(awk -v d="$down" -v u="$up" '$1 >= d && $1 < u {print $5}' "$answers" | sort -n | tail -1)
after_bad=$(awk -v u="$up" -v f="$first_ok" '$1 > f && $4 !~ /^2/' "$answers" | wc -l)
after_all=$(awk -v u="$up" -v f="$first_ok" '$1 > f' "$answers" | wc -l)
wrong_during=$(awk -v d="$down" -v u="$up" '$1 >= d && $1 < u && $4 !~ /^2/ && $4 != "503"' "$answers" | wc -l)
fives=$(awk '$4 ~ /^5/ && $4 != "503"' "$answers" | wc -l)
grep ' submit ' "$answers" | awk '{print $3, $4}' > "$answers.submits"
figures=$(check_plans "outage-check-" "$answers.submits")
echo "answers while PostgreSQL was down: $during(slowest ${slowest:-?} s); neither 2xx nor 503: $wrong_during"
echo "application process alive throughout: $alive; first 2xx ${recovery} s after PostgreSQL was back;" \
     "after that $after_bad of $after_all answers not 2xx; 5xx other than 503 in the whole run: $fives"
echo "submissions: $figures"
if [ "$alive" != yes ] || [ "$after_bad" != 0 ] || [ "$wrong_during" != 0 ] || [ "$fives" != 0 ] || ! echo "$figures" | grep -q 'lost=0 duplicates=0 half_written=0'; then
    echo "OUTAGE CHECK FAILED" >&2
    exit 1
fi
echo "outage check passed"
