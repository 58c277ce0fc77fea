#include "ingest/txt_parser.h"

#include <fmt/core.h>

#include "ingest/content_check.h"
#include "ingest/document_id.h"
#include "ingest/pub_date.h"

namespace sitrep::ingest {

std::string ContentProblem(std::string_view content) {
  if (IsBlank(content)) return "empty";
  if (LooksBinary(content)) return "binary file";
  if (const size_t nul = content.find('\0'); nul != std::string_view::npos) {
    return fmt::format("NUL byte at byte {}", nul);  // past the sniffed window
  }
  const size_t bad = FindInvalidUtf8(content);
  if (bad != std::string_view::npos) return fmt::format("invalid UTF-8 at byte {}", bad);
  return "";
}

namespace {

bool IsBlankLine(std::string_view line) { return IsBlank(line); }

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n' ||
                        s.back() == '\f' || s.back() == '\v')) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace

Result<Document> ParseTxt(std::string_view content, const ReadOptions& opts, std::string source) {
  if (content.size() > opts.max_article_bytes) {
    return Status::InvalidArgument(fmt::format("article larger than {} bytes", opts.max_article_bytes));
  }
  if (std::string problem = ContentProblem(content); !problem.empty()) {
    return Status::InvalidArgument(std::move(problem));
  }
  content = StripBom(content);

  // Find the title line: the first line that is not blank.
  size_t pos = 0;
  std::string_view title_line;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl < content.size() ? nl + 1 : nl;
    if (!IsBlankLine(line)) {
      title_line = line;
      break;
    }
  }
  // The body: the following lines, leading blank lines dropped.
  std::string_view body = content.substr(pos);
  while (!body.empty()) {
    size_t nl = body.find('\n');
    if (nl == std::string_view::npos || !IsBlankLine(body.substr(0, nl))) break;
    body.remove_prefix(nl + 1);
  }
  body = TrimRight(body);
  if (IsBlank(body)) body = {};

  Document doc;
  doc.title = std::string(title_line);
  doc.text = body.empty() ? OneLine(title_line) : std::string(body);
  if (doc.text.empty()) return Status::InvalidArgument("empty");  // only control characters
  doc.source = std::move(source);
  doc.outlet = opts.outlet;
  if (opts.date.empty()) doc.published = FindPublicationDate(content);
  FinishDocument(opts, &doc);
  return doc;
}

}  // namespace sitrep::ingest
