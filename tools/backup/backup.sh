#!/bin/sh
# Backs up the application's PostgreSQL database (application tables and Camunda's, one database)
# into one file in pg_dump's custom format (-Fc: compressed, restored with pg_restore, selectively
# if needed). The dump is consistent even while the application runs (one snapshot).
#
# Usage: tools/backup/backup.sh [FILE]
#   FILE defaults to backups/congtactreem-<UTC date and time>.dump
# Connection: the usual libpq variables, e.g.
#   PGHOST=localhost PGPORT=5432 PGUSER=congtactreem PGPASSWORD=... PGDATABASE=congtactreem
# (PGDATABASE defaults to congtactreem). With the compose stack, from the host:
#   PGHOST=localhost PGUSER=congtactreem PGPASSWORD=congtactreem tools/backup/backup.sh
# or inside the container (no client tools needed on the host):
#   docker compose exec -T postgres pg_dump -U congtactreem -Fc congtactreem > congtactreem.dump
# pg_dump must be of the server's major version or newer.
set -eu
: "${PGDATABASE:=congtactreem}"
export PGDATABASE
file="${1:-backups/congtactreem-$(date -u +%Y%m%dT%H%M%SZ).dump}"
mkdir -p "$(dirname "$file")"
tmp="$file.part"
# --no-owner/--no-privileges: the dump restores under whichever user restores it
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$tmp" "$PGDATABASE"
# a dump that pg_restore cannot read is not a backup
pg_restore --list "$tmp" > /dev/null
mv "$tmp" "$file"
echo "$file"
