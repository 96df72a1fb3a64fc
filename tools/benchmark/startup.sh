#!/bin/bash
# Start-up time and memory of the production jar (issue 17, "Start-up and footprint"), not part of ./mvnw verify.
# Usage: tools/benchmark/startup.sh [runs]   (default 3; needs the jar: ./mvnw -Pproduction -DskipTests package)
# For each run: a fresh PostgreSQL database, the jar with SPRING_PROFILES_ACTIVE=prod, the time until
# /actuator/health/readiness answers UP, and the resident memory (VmRSS) then and after 30 s idle. Then the whole
# country is loaded through the admin API (34 provinces, 3,321 communes, their agencies) and the jar is started
# again on that database. Prints a Markdown table; docs/benchmarks.md ("Start-up and footprint") quotes it.
# CDS=1: the jar extracted (java -Djarmode=tools ... extract) and started with a class data sharing archive
# written by a training start (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh), as the Dockerfile does.
# JAVA_OPTS: options for every start (and the training start), e.g. -Dspring.data.jpa.repositories.bootstrap-mode=deferred
# to compare with the default bootstrap.
# Every start (and the training start) uses the jar's Spring AOT code (-Dspring.aot.enabled=true), as the Dockerfile
# does; AOT=0 starts without it (the jar of ./mvnw -Pproduction package carries it either way).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
jar=$(ls target/cong-tac-tre-em-*.jar | head -1)
port=18090
pw='Benchmark-admin-2026!'
db="startup_$(date +%s)"
psql -h 127.0.0.1 -U postgres -qc "create database $db" >/dev/null
run_jar="$jar"
aot_opts="-Dspring.aot.enabled=true"
[ "${AOT:-1}" = 0 ] && aot_opts=""
cds_opts=""
if [ "${CDS:-0}" = 1 ]; then
  rm -rf target/cds
  java -Djarmode=tools -jar "$jar" extract --destination target/cds > /dev/null
  run_jar=$(ls target/cds/*.jar | head -1)
  # the training start, as in the Dockerfile: an in-memory H2 database (none exists while an image is built), the
  # context started and closed; the archive holds the classes it loaded
  SPRING_PROFILES_ACTIVE=prod SPRING_DATASOURCE_URL="jdbc:h2:mem:training" SPRING_DATASOURCE_USERNAME=sa \
    java ${JAVA_OPTS:-} $aot_opts -XX:ArchiveClassesAtExit=target/cds/app.jsa -Dspring.context.exit=onRefresh -jar "$run_jar" \
    --server.port=$port > "target/startup-$db-training.log" 2>&1
  test -s target/cds/app.jsa
  cds_opts="-XX:SharedArchiveFile=target/cds/app.jsa"
fi

start() {   # sets $figures to "seconds rss_ready_mb rss_idle_mb" and $pid
  local t0 t1
  t0=$(date +%s.%N)
  SPRING_PROFILES_ACTIVE=prod SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
    SPRING_DATASOURCE_USERNAME=postgres APP_ADMIN_PASSWORD="$pw" SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=2525 \
    java ${JAVA_OPTS:-} $aot_opts $cds_opts -jar "$run_jar" --server.port=$port --server.servlet.session.cookie.secure=false \
    > "target/startup-$db.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q UP; do
    kill -0 $pid 2>/dev/null || { echo "the application stopped, see target/startup-$db.log" >&2; exit 1; }
    sleep 0.2
  done
  t1=$(date +%s.%N)
  local ready idle
  ready=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
  sleep 30
  idle=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
  figures="$(printf "%.1f" "$(echo "$t1 - $t0" | bc)") $((ready / 1024)) $((idle / 1024))"
}

stop() { kill $pid; wait $pid 2>/dev/null || true; }

echo "| Database | Run | Ready (s) | RSS when ready (MB) | RSS after 30 s idle (MB) |"
echo "|---|---:|---:|---:|---:|"
for i in $(seq 1 "$runs"); do
  start; read -r s r idle <<< "$figures"; label="empty (only the administrator)"; [ "$i" = 1 ] && label="new database: migrations + first administrator"; echo "| $label | $i | $s | $r | $idle |"; stop
done
start
curl -fs -u "admin:$pw" -H 'Content-Type: application/json' -X POST \
  -d '{"all":true,"withAgencies":true}' "http://127.0.0.1:$port/api/v1/admin/admin-units/import" > /dev/null
orgs=$(psql -h 127.0.0.1 -U postgres -d "$db" -tAc "select count(*) from org_unit")
stop
for i in $(seq 1 "$runs"); do
  start; read -r s r idle <<< "$figures"; echo "| country loaded ($orgs organisations) | $i | $s | $r | $idle |"; stop
done
psql -h 127.0.0.1 -U postgres -qc "drop database $db" >/dev/null
