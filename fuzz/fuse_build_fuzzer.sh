#!/bin/sh
# Builds the fusion libFuzzer target without CMake, e.g.
#   fuzz/fuse_build_fuzzer.sh build-fuzz && build-fuzz/fuse_fuzz -max_total_time=20
# Needs clang++-14 with libFuzzer; run from the repository root.
set -eu
out=${1:-build-fuzz}
mkdir -p "$out"
CXX=${CXX:-clang++-14}
srcs=$(ls src/fuse/*.cc | grep -v _test.cc)
$CXX -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -Iinclude -Isrc fuzz/fuse_fuzz.cc $srcs -o "$out/fuse_fuzz"
