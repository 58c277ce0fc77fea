// Document: one article as read from any input (txt, jsonl, html, warc, stdin).
#ifndef SITREP_DOCUMENT_H_
#define SITREP_DOCUMENT_H_

#include <string>

namespace sitrep {

struct Document {
  std::string id;         // given id, else a stable hash of the normalised text ("d" + 16 hex digits)
  std::string outlet;     // publisher name; "" when unknown
  std::string url;        // "" when unknown
  std::string published;  // publication date YYYY-MM-DD; "" when unknown
  std::string title;      // "" when none
  std::string text;       // body text, UTF-8 (not yet normalised by the reader)
  std::string source;     // where it came from: file path, "path:line" for jsonl, "-" for stdin
};

}  // namespace sitrep

#endif  // SITREP_DOCUMENT_H_
