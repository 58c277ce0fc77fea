// Helpers shared by the benchmark files: reading files, formatting numbers and table headers.
#ifndef SITREP_TOOLS_EVAL_BENCH_UTIL_H_
#define SITREP_TOOLS_EVAL_BENCH_UTIL_H_

#include <string>
#include <vector>

#include "eval/benchmarks.h"

namespace sitrep::eval {

// Reads a whole file; false when it cannot be read.
bool ReadFile(const std::string& path, std::string* content);

// Splits into non-empty lines.
std::vector<std::string> Lines(const std::string& content);

// "0.853" (three decimals).
std::string Num(double v);

// The heading block of one table: "### title", then the command line and date.
std::string Heading(const EvalOptions& o, const std::string& title);

// A temporary file (under $TMPDIR, else /tmp) removed when the object goes out of scope; `path` is
// empty when it could not be created.
struct TempFile {
  std::string path;
  TempFile();
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
};

}  // namespace sitrep::eval

#endif  // SITREP_TOOLS_EVAL_BENCH_UTIL_H_
