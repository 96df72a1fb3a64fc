#!/bin/bash
# Start-up A/B comparison (issue 17, "Start-up and footprint"), not part of ./mvnw verify.
# Usage: tools/benchmark/startup-compare.sh [starts]   (default 5 of each; needs the jar, see startup.sh)
# Two variants of the production start, alternated A, B, A, B, ... on one PostgreSQL database that a first start
# (not counted) migrated, prod profile. For each start: the wall time until /actuator/health/readiness answers UP
# and the JVM's CPU seconds by then (utime + stime of every thread, /proc/<pid>/stat). On a shared machine the CPU
# seconds are the robust figure: other work on the machine stretches the wall time, much less the work done.
#   A_OPTS, B_OPTS: JVM options of each variant (e.g. -Dspring.jpa.properties.hibernate...=...)
#   A_ARGS, B_ARGS: application arguments of each variant (e.g. --camunda.bpm....=...)
#   A_JAR, B_JAR:   the jar of each variant (default: target/cong-tac-tre-em-*.jar for both)
#   CDS=1:          each jar extracted and started with a class data sharing archive written by a training start
#                   with that variant's options, as startup.sh and the Dockerfile do
#   DB=name:        an existing database to start on (not dropped), e.g. one with the country loaded
#   PORT:           the port of the starts (default 18091), so that two comparisons can run side by side
#   THREADS=1:      after the last start of each variant, its CPU seconds by thread (main, JIT compilers, GC, ...)
# Prints one line per start, then the medians of each variant.
set -euo pipefail
cd "$(dirname "$0")/../.."
starts="${1:-5}"
default_jar=$(ls target/cong-tac-tre-em-*.jar | head -1)
port="${PORT:-18091}"
pw='Benchmark-admin-2026!'
tck=$(getconf CLK_TCK)
own_db=0
db="${DB:-}"
if [ -z "$db" ]; then
  db="startcmp_$(date +%s)"
  psql -h 127.0.0.1 -U postgres -qc "create database $db" >/dev/null
  own_db=1
fi
work="target/startup-compare-$port"
rm -rf "$work"; mkdir -p "$work"

prepare() {   # variant jar opts -> sets run_jar_<variant>, cds_<variant>
  local v=$1 jar=$2 opts=$3 dir="$work/$1"
  mkdir -p "$dir"
  if [ "${CDS:-0}" = 1 ]; then
    java -Djarmode=tools -jar "$jar" extract --destination "$dir/x" > /dev/null
    local rj; rj=$(ls "$dir"/x/*.jar | head -1)
    SPRING_PROFILES_ACTIVE=prod SPRING_DATASOURCE_URL="jdbc:h2:mem:training" SPRING_DATASOURCE_USERNAME=sa \
      java $opts -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh -jar "$rj" \
      --server.port=$port > "$dir/training.log" 2>&1
    test -s "$dir/app.jsa"
    printf -v "run_jar_$v" '%s' "$rj"
    printf -v "cds_$v" '%s' "-XX:SharedArchiveFile=$dir/app.jsa"
  else
    printf -v "run_jar_$v" '%s' "$jar"
    printf -v "cds_$v" '%s' ""
  fi
}

start() {   # variant -> sets $figures to "wall_s cpu_s"
  local v=$1 jar_var="run_jar_$1" cds_var="cds_$1" opts_var="$1_OPTS" args_var="$1_ARGS" t0 t1 pid ticks
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  SPRING_PROFILES_ACTIVE=prod SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
    SPRING_DATASOURCE_USERNAME=postgres APP_ADMIN_PASSWORD="$pw" SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=2525 \
    java ${!opts_var:-} ${!cds_var} -jar "${!jar_var}" --server.port=$port \
    --server.servlet.session.cookie.secure=false ${!args_var:-} > "$work/$v/start.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q UP; do
    kill -0 $pid 2>/dev/null || { echo "variant $v stopped, see $work/$v/start.log" >&2; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s.%N)
  # fields 14 and 15 of /proc/<pid>/stat (after the command name in parentheses): utime, stime of the whole process
  ticks=$(sed 's/^.*) //' /proc/$pid/stat | awk '{print $12 + $13}')
  if [ "${THREADS:-0}" = 1 ]; then   # CPU seconds by thread name (digits folded: "C2 CompilerThre", "GC Thread#")
    for t in /proc/$pid/task/*; do
      echo "$(tr -d '0-9' < "$t/comm") $(sed 's/^.*) //' "$t/stat" | awk '{print $12 + $13}')"
    done | awk -v tck="$tck" '{n=$NF; $NF=""; a[$0]+=n} END {for (k in a) if (a[k] >= tck / 10) printf "%8.1f  %s\n", a[k] / tck, k}' \
      | sort -rn > "$work/$v/threads.txt"
  fi
  kill $pid; wait $pid 2>/dev/null || true
  figures="$(echo "$t1 - $t0" | bc) $(echo "scale=2; $ticks / $tck" | bc)"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

prepare A "${A_JAR:-$default_jar}" "${A_OPTS:-}"
prepare B "${B_JAR:-$default_jar}" "${B_OPTS:-}"
start A > /dev/null   # migrates a new database, makes the administrator: not counted
: > "$work/A.txt"; : > "$work/B.txt"
echo "| Start | Variant | Ready, wall (s) | CPU until ready (s) | load average (1 min) |"
echo "|---:|---|---:|---:|---:|"
for i in $(seq 1 "$starts"); do
  for v in A B; do
    start $v; echo "$figures" >> "$work/$v.txt"
    read -r w c <<< "$figures"
    printf "| %d | %s | %.1f | %.1f | %s |\n" "$i" "$v" "$w" "$c" "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
for v in A B; do
  [ "${THREADS:-0}" = 1 ] && { echo "$v, CPU seconds by thread at readiness (last start):"; head -12 "$work/$v/threads.txt"; }
  printf "%s: median wall %.1f s, median CPU %.1f s (%d starts)\n" "$v" \
    "$(cut -d' ' -f1 "$work/$v.txt" | median)" "$(cut -d' ' -f2 "$work/$v.txt" | median)" "$starts"
done
[ "$own_db" = 1 ] && psql -h 127.0.0.1 -U postgres -qc "drop database $db" >/dev/null
exit 0
