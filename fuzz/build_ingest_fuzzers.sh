#!/bin/sh
# Builds the ingest libFuzzer targets without CMake (which links every module into each fuzzer), e.g.
#   fuzz/build_ingest_fuzzers.sh build-fuzz && build-fuzz/ingest_html_fuzz -max_total_time=20
# Needs clang++-14 with libFuzzer; run from the repository root.
set -eu
out=${1:-build-fuzz}
mkdir -p "$out/obj"
CXX=${CXX:-clang++-14}
flags="-std=c++20 -g -O1 -fsanitize=fuzzer-no-link,address,undefined -Iinclude -Isrc $(pkg-config --cflags gumbo libutf8proc)"
objs=""
for src in src/ingest/*.cc src/text/*.cc src/base/*.cc; do
  case "$src" in *_test.cc) continue ;; esac
  obj="$out/obj/$(echo "$src" | tr / _).o"
  $CXX $flags -c "$src" -o "$obj"
  objs="$objs $obj"
done
libs="$(pkg-config --libs gumbo libutf8proc) -lfmt -lz"
for f in ingest_jsonl ingest_html ingest_txt pub_date; do
  $CXX $flags -fsanitize=fuzzer "fuzz/${f}_fuzz.cc" $objs $libs -o "$out/${f}_fuzz"
done
