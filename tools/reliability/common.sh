# Shared by crash-check.sh and pg-outage-check.sh (sourced, not run): build, start and wait for the
# application from target/classes on a loopback port, and the burst of plan submissions.
# The application runs the dev profile with the demo cycle (demo users, password demo123) against
# the PostgreSQL database given by PGHOST/PGPORT/PGUSER/PGPASSWORD and $DB.

WORK=target/reliability
mkdir -p "$WORK"

build_app() {
    if [ "${NO_BUILD:-0}" != "1" ]; then
        ./mvnw -B -q -o compile -Dbpmnlint.skip=true
    fi
    if [ ! -s "$WORK/classpath.txt" ]; then
        # once, with network if the dependency plugin is not in the local repository yet
        ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$WORK/classpath.txt"
    fi
}

# start_app LOGFILE [extra --spring.properties...]: starts the node in the background, sets APP_PID
start_app() {
    local log="$1"; shift
    java -Xmx512m -XX:+UseSerialGC -cp "target/classes:$(cat "$WORK/classpath.txt")" vn.congtactreem.Application \
        --server.port="$PORT" --server.address=127.0.0.1 --spring.profiles.active=dev \
        --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
        --spring.datasource.username="$PGUSER" --spring.datasource.password="${PGPASSWORD:-}" \
        --app.demo.cycle=true --vaadin.launch-browser=false --vaadin.devmode.devTools.enabled=false \
        --app.demo.clock-sync=PT1S "$@" > "$log" 2>&1 &
    APP_PID=$!
}

# wait_ready SECONDS: until /actuator/health/readiness answers 200; prints the seconds it took
wait_ready() {
    local limit="$1" start; start=$(date +%s.%N)
    while ! curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness"; do
        if ! ps -o stat= -p "$APP_PID" | grep -qv Z; then echo "application exited" >&2; return 1; fi
        if [ "$(echo "$(date +%s.%N) - $start > $limit" | bc)" = 1 ]; then echo "not ready in ${limit}s" >&2; return 1; fi
        sleep 0.5
    done
    echo "$(date +%s.%N) - $start" | bc
}

# stop_app: SIGTERM, then SIGKILL after 30 s (a node still starting may not stop on SIGTERM)
stop_app() {
    if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
}

sql() {
    psql -X -q -tA -d "$DB" -c "$1"
}

# submit TITLE: one plan started through the API by the commune officer; prints "TITLE CODE"
submit() {
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 -u canbo.anduong:demo123 \
        -H 'Content-Type: application/json' \
        -d "{\"orgUnitId\":$ORG,\"title\":\"$1\",\"yearFrom\":2025}" \
        "http://127.0.0.1:$PORT/api/v1/plans" || true)
    echo "$1 ${code:-000}"
}
export -f submit

# check_plans PREFIX ANSWERS_FILE: every 2xx persisted once, nothing half-written; prints figures
check_plans() {
    local prefix="$1" answers="$2"
    local tried ok lost dup half extra
    tried=$(wc -l < "$answers")
    ok=$(awk '$NF ~ /^2/' "$answers" | wc -l)
    awk '$NF ~ /^2/ {$NF=""; sub(/ $/, ""); print}' "$answers" | sort > "$answers.ok"
    sql "select title from plan where title like '$prefix%'" | sort > "$answers.db"
    lost=$(comm -23 "$answers.ok" <(sort -u "$answers.db") | wc -l)
    dup=$(uniq -d "$answers.db" | wc -l)
    extra=$(comm -13 "$answers.ok" <(sort -u "$answers.db") | wc -l)
    # half-written: a plan without its process, its periods or its PLAN_STARTED entry (or two of them)
    half=$(sql "select count(*) from plan p where p.title like '$prefix%' and (
        p.process_instance_id is null
        or (select count(*) from act_hi_procinst i where i.business_key_ = cast(p.id as varchar)
            and i.proc_def_key_ = 'plan-cycle') <> 1
        or not exists (select 1 from reporting_period r where r.plan_id = p.id)
        or (select count(*) from cycle_event e where e.plan_id = p.id and e.action = 'PLAN_STARTED') <> 1)")
    echo "tried=$tried 2xx=$ok lost=$lost duplicates=$dup half_written=$half committed_without_answer=$extra"
}
