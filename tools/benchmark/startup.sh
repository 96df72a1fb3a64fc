#!/bin/bash
# Start-up of the production jar on an empty PostgreSQL database (issue 17): time from launch until
# /actuator/health/readiness answers UP, and the process's resident memory (VmRSS) then and after 20 s idle.
# Usage: tools/benchmark/startup.sh [runs=3] [jar=target/cong-tac-tre-em-*.jar]
# Needs: the jar built with ./mvnw -Pproduction -DskipTests package; PostgreSQL on 127.0.0.1:5432 (user postgres,
# trust auth). Each run uses a fresh database (dropped afterwards) and port 18080. Prints one line per run and
# the medians; not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
jar="${2:-$(ls target/cong-tac-tre-em-*.jar | head -1)}"
port=18080
times=(); rss=(); idle=()
for i in $(seq 1 "$runs"); do
  db="startup_bench_$$_$i"
  psql -h 127.0.0.1 -U postgres -qc "create database $db" >/dev/null
  start=$(date +%s.%N)
  SPRING_PROFILES_ACTIVE=prod SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
    SPRING_DATASOURCE_USERNAME=postgres APP_ADMIN_PASSWORD='Khoi-dong-Do-Thoi-Gian-2026' \
    java -jar "$jar" --server.port=$port --logging.level.root=WARN > "/tmp/startup_bench_$i.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the jar stopped: /tmp/startup_bench_$i.log"; exit 1; fi
    sleep 0.2
  done
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc)
  r=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  sleep 20
  q=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -qc "drop database $db" >/dev/null
  echo "run $i: ready in ${t} s, RSS ${r} MB at ready, ${q} MB after 20 s idle"
  times+=("$t"); rss+=("$r"); idle+=("$q")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median: ready $(median "${times[@]}") s, RSS $(median "${rss[@]}") MB at ready, $(median "${idle[@]}") MB idle;" \
  "load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $(java -version 2>&1 | head -1)"
