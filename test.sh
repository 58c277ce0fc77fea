#!/usr/bin/env bash
# The tests: set up (apt, npm, build), then every unit, golden and end-to-end test.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$root/scripts/setup.sh"
cd "$root/build" && ctest --output-on-failure -j 2 "$@"
