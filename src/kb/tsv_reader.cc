// ParseTsv: see tsv_reader.h.
#include "kb/tsv_reader.h"

#include <fmt/core.h>

namespace sitrep::kb {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(Trim(line.substr(start, tab == std::string_view::npos ? line.npos : tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  // Trailing empty cells are optional columns left blank.
  while (out.size() > 1 && out.back().empty()) out.pop_back();
  return out;
}

}  // namespace

Status RowError(std::string_view file, int line, std::string_view reason) {
  return Status::InvalidArgument(fmt::format("{}:{}: {}", file, line, reason));
}

Result<std::vector<TsvRow>> ParseTsv(std::string_view file, std::string_view content,
                                     const std::vector<std::string_view>& columns, size_t min_fields) {
  std::vector<TsvRow> rows;
  bool have_header = false;
  int line_no = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view line = content.substr(pos, nl == std::string_view::npos ? content.npos : nl - pos);
    pos = nl == std::string_view::npos ? content.size() : nl + 1;
    ++line_no;
    if (line.find('\0') != std::string_view::npos) return RowError(file, line_no, "NUL byte");
    std::string_view trimmed = Trim(line);
    while (!trimmed.empty() && trimmed.front() == '\t') trimmed.remove_prefix(1);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    std::vector<std::string_view> fields = SplitTabs(line);
    if (!have_header) {
      bool same = fields.size() == columns.size();
      for (size_t i = 0; same && i < columns.size(); ++i) same = fields[i] == columns[i];
      if (!same) {
        std::string want;
        for (auto c : columns) want += (want.empty() ? "" : "\\t") + std::string(c);
        return RowError(file, line_no, fmt::format("header must be '{}'", want));
      }
      have_header = true;
      continue;
    }
    if (fields.size() > columns.size()) {
      return RowError(file, line_no,
                      fmt::format("{} fields, at most {} expected", fields.size(), columns.size()));
    }
    if (fields.size() < min_fields) {
      return RowError(file, line_no, fmt::format("{} fields, at least {} expected", fields.size(), min_fields));
    }
    for (size_t i = 0; i < min_fields; ++i) {
      if (fields[i].empty()) {
        return RowError(file, line_no, fmt::format("column '{}' is empty", columns[i]));
      }
    }
    rows.push_back(TsvRow{line_no, std::move(fields)});
  }
  if (!have_header && !content.empty()) {
    // Only comments: treat as an empty table.
  }
  return rows;
}

std::vector<std::string_view> SplitList(std::string_view cell) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= cell.size()) {
    size_t bar = cell.find('|', start);
    std::string_view item = Trim(cell.substr(start, bar == std::string_view::npos ? cell.npos : bar - start));
    if (!item.empty()) out.push_back(item);
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return out;
}

}  // namespace sitrep::kb
