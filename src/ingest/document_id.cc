#include "ingest/document_id.h"

#include <fmt/core.h>

#include "text/normalize.h"

namespace sitrep::ingest {

uint64_t Fnv1a64(std::string_view data) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string ContentId(std::string_view title, std::string_view text) {
  std::string joined;
  joined.reserve(title.size() + 1 + text.size());
  joined.append(title);
  joined.push_back('\n');
  joined.append(text);
  return fmt::format("d{:016x}", Fnv1a64(text::Normalize(joined)));
}

std::string OneLine(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (unsigned char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = !out.empty();
      continue;
    }
    if (c < 0x20 || c == 0x7f) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

void FinishDocument(const ReadOptions& opts, Document* doc) {
  if (!opts.date.empty()) doc->published = opts.date;
  if (!opts.outlet.empty()) doc->outlet = opts.outlet;
  doc->title = OneLine(doc->title);
  doc->outlet = OneLine(doc->outlet);
  doc->url = OneLine(doc->url);
  doc->id = OneLine(doc->id);
  if (doc->id.empty()) doc->id = ContentId(doc->title, doc->text);
}

}  // namespace sitrep::ingest
