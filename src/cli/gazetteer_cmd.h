// `sitrep gazetteer import`: compiles a gazetteer index from a GeoNames dump (doc/contract.md).
#ifndef SITREP_CLI_GAZETTEER_CMD_H_
#define SITREP_CLI_GAZETTEER_CMD_H_

#include <cstdio>

#include "gazimport/compile.h"

namespace sitrep::cli {

// Builds the index described by `options`; prints a one-line summary (places, names, counties,
// common words, size, seconds) on `out` and every skipped row ("file:line: reason") on `err`.
// Returns 0 when done with no row skipped, 1 when the index was written but rows were skipped, 2
// when an input could not be read or the index could not be written (nothing is written then).
int RunGazetteerImport(const gazimport::CompileOptions& options, std::FILE* out, std::FILE* err);

}  // namespace sitrep::cli

#endif  // SITREP_CLI_GAZETTEER_CMD_H_
