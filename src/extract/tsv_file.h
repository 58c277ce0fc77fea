// Reading the extractor's small TSV lexicons.
#ifndef SITREP_EXTRACT_TSV_FILE_H_
#define SITREP_EXTRACT_TSV_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::extract {

// One data line of a TSV file: its 1-based line number and its tab-separated fields.
struct TsvRow {
  int line = 0;
  std::vector<std::string_view> fields;
};

// Splits `text` into rows, skipping blank lines and lines starting with '#'. Fields are views into
// `text`; a trailing '\r' is dropped.
std::vector<TsvRow> SplitTsv(std::string_view text);

// Reads a whole file. NotFound / IoError on failure.
Result<std::string> ReadWholeFile(const std::string& path);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_TSV_FILE_H_
