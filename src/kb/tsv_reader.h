// TsvReader: the line format shared by every kb file (doc/kb-format.md).
#ifndef SITREP_KB_TSV_READER_H_
#define SITREP_KB_TSV_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::kb {

// One data row: its 1-based line number and its tab-separated fields (trimmed of spaces), as views into
// the parsed content. The content must outlive the rows.
struct TsvRow {
  int line = 0;
  std::vector<std::string_view> fields;
  // Field `i`, or "" when the row is shorter (trailing optional columns).
  std::string_view at(size_t i) const { return i < fields.size() ? fields[i] : std::string_view(); }
};

// Parses a kb TSV file. Blank lines and lines whose first non-blank character is '#' are skipped. The
// first other line must be the header and equal `columns` exactly. Each data row must have at least
// `min_fields` and at most columns.size() fields. Errors read "<file>:<line>: <reason>".
Result<std::vector<TsvRow>> ParseTsv(std::string_view file, std::string_view content,
                                     const std::vector<std::string_view>& columns, size_t min_fields);

// Splits a '|'-separated list cell into its trimmed, non-empty items.
std::vector<std::string_view> SplitList(std::string_view cell);

// "<file>:<line>: <reason>" as an InvalidArgument status.
Status RowError(std::string_view file, int line, std::string_view reason);

}  // namespace sitrep::kb

#endif  // SITREP_KB_TSV_READER_H_
