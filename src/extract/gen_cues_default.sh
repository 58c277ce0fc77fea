#!/bin/sh
# Regenerates src/extract/cues_default.h from kb/cues.tsv. Run from the repository root.
set -eu
out=src/extract/cues_default.h
{
  echo '// GENERATED FROM kb/cues.tsv BY src/extract/gen_cues_default.sh; DO NOT EDIT.'
  echo '// The built-in cue lexicon, used when no kb directory is at hand (tests, fuzzers).'
  echo '#ifndef SITREP_EXTRACT_CUES_DEFAULT_H_'
  echo '#define SITREP_EXTRACT_CUES_DEFAULT_H_'
  echo
  echo '#include <string_view>'
  echo
  echo 'namespace sitrep::extract {'
  echo
  printf 'inline constexpr std::string_view kDefaultCuesTsv = R"CUES('
  cat kb/cues.tsv
  echo ')CUES";'
  echo
  echo '}  // namespace sitrep::extract'
  echo
  echo '#endif  // SITREP_EXTRACT_CUES_DEFAULT_H_'
} > "$out"
