#!/usr/bin/env bash
# The main job: set up (apt, npm, build), ingest the example articles, print the fused events.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$root/scripts/setup.sh"
db="${SITREP_DB:-$root/out/examples.db}"
mkdir -p "$(dirname "$db")"
"$root/build/sitrep" ingest --db "$db" "$root/examples"
# A readable table by default; any arguments go to `sitrep events` (e.g. --format jsonl).
if [ "$#" -eq 0 ]; then set -- --format table; fi
"$root/build/sitrep" events --db "$db" "$@"
