#!/bin/sh
# Restores a dump made by backup.sh into a NEW, empty database (never over a live one), then
# checks that the application's tables and Camunda's are there. Point the application at the new
# database (SPRING_DATASOURCE_URL) and start it: the cycles continue where the dump left them
# (tasks waiting, timers due fire on the next start, mail not yet sent goes out).
#
# Usage: tools/backup/restore.sh FILE NEW_DATABASE
# Connection: libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD); the user needs CREATEDB.
# The new database is owned by PGUSER (use the application's user, e.g. congtactreem, or give it
# to that user afterwards: ALTER DATABASE ... OWNER TO ...; tables are created as PGUSER).
# With the compose stack (stop the application nodes first if you then switch them over):
#   docker compose exec -T postgres createdb -U congtactreem -T template0 -E UTF8 congtactreem_restored
#   docker compose exec -T postgres pg_restore -U congtactreem -d congtactreem_restored --no-owner --exit-on-error < FILE
set -eu
if [ $# -ne 2 ]; then
    echo "usage: $0 FILE NEW_DATABASE" >&2
    exit 2
fi
file="$1"
target="$2"
case "$target" in
    *[!a-zA-Z0-9_]*|"") echo "database name: letters, digits and _ only" >&2; exit 2 ;;
esac
pg_restore --list "$file" > /dev/null
exists=$(psql -d postgres -tAc "select 1 from pg_database where datname = '$target'")
if [ "$exists" = "1" ]; then
    echo "database $target exists: restore into a new database" >&2
    exit 1
fi
createdb --template=template0 --encoding=UTF8 "$target"
# one transaction: a failed restore leaves an empty database, never a half-restored one
pg_restore --dbname="$target" --no-owner --no-privileges --single-transaction --exit-on-error "$file"
tables=$(psql -d "$target" -tAc "select count(*) from information_schema.tables where table_schema = 'public'
    and table_name in ('flyway_schema_history', 'plan', 'unit_report', 'act_ru_job', 'act_ge_property')")
if [ "$tables" != "5" ]; then
    echo "restored database $target lacks the application's or Camunda's tables" >&2
    exit 1
fi
psql -d "$target" -c "analyze" > /dev/null
echo "restored $file into $target"
