#!/usr/bin/env bash
# Lints every BPMN diagram in processes/ with bpmnlint's recommended rules (.bpmnlintrc at the
# project root) and fails on errors; warnings are printed. Maven runs it in `verify` (before the
# integration tests); skip with -Dbpmnlint.skip. Installs bpmnlint from package-lock.json the
# first time (npm registry).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tools="$root/tools/bpmnlint"
if [ ! -x "$tools/node_modules/.bin/bpmnlint" ]; then
    npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error
fi
cd "$root"
shopt -s nullglob
diagrams=(processes/*.bpmn)
if [ ${#diagrams[@]} -eq 0 ]; then
    echo "bpmnlint: no diagram in processes/" >&2
    exit 1
fi
"$tools/node_modules/.bin/bpmnlint" "${diagrams[@]}"
echo "bpmnlint: ${#diagrams[@]} diagrams, no errors"
