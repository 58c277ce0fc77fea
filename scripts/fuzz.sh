#!/usr/bin/env bash
# Builds every libFuzzer target (clang 14, ASan + UBSan) and runs each one.
#   scripts/fuzz.sh            short run for CI: 3000 executions per target (seeded from testdata/ and examples/)
#   scripts/fuzz.sh --long N   N seconds per target, for humans; corpora kept in fuzz/corpus-<target>/
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mode=short; secs=0
if [ "${1:-}" = "--long" ]; then mode=long; secs="${2:-600}"; fi
build="$root/build-fuzz"
if [ ! -f "$build/build.ninja" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DSITREP_FUZZ=ON -DSITREP_TESTS=OFF \
    -DSITREP_BENCH=OFF -DCMAKE_BUILD_TYPE=Debug >/dev/null
fi
cmake --build "$build" -j "$(nproc)" >/dev/null
seed="$(mktemp -d)"
trap 'rm -rf "$seed"' EXIT
find testdata examples -type f -size -64k 2>/dev/null | head -200 | while read -r f; do cp "$f" "$seed/"; done
export SITREP_KB="$root/kb"
status=0
for t in "$build"/*_fuzz; do
  [ -x "$t" ] || continue
  name=$(basename "$t")
  if [ "$mode" = long ]; then
    mkdir -p "fuzz/corpus-$name"
    "$t" -max_total_time="$secs" -max_len=65536 "fuzz/corpus-$name" "$seed" || status=1
  else
    work="$(mktemp -d)"
    if "$t" -runs=3000 -max_len=8192 -timeout=10 -rss_limit_mb=2048 "$work" "$seed" >"$work.log" 2>&1; then
      echo "fuzz: $name ok"
    else
      echo "fuzz: $name FAILED"; tail -40 "$work.log"; status=1
    fi
    rm -rf "$work" "$work.log"
  fi
done
if [ "$status" -eq 0 ]; then echo "fuzz: all targets passed"; fi
exit "$status"
