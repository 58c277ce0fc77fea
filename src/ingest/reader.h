// Input readers: .txt, .jsonl, .html/.htm, directories (recursive), stdin ("-").
#ifndef SITREP_INGEST_READER_H_
#define SITREP_INGEST_READER_H_

#include <functional>
#include <string>
#include <vector>

#include "sitrep/document.h"
#include "sitrep/status.h"

namespace sitrep::ingest {

struct ReadOptions {
  std::string date;    // --date YYYY-MM-DD: publication date for every document ("" = infer)
  std::string outlet;  // --outlet NAME ("" = from the input, else "unknown")
  size_t max_article_bytes = 10 << 20;  // larger articles are rejected
  size_t max_line_bytes = 16 << 20;     // longer jsonl lines are rejected (and never held in memory)
};

// One rejected input (a file, or one line of a jsonl file).
struct InputError {
  std::string source;  // file path, "path:line" or "-"
  std::string reason;  // "invalid UTF-8 at byte 1234", "binary file", "empty", "line 3: JSON: ..."
};

using DocumentSink = std::function<void(Document&&)>;
using ErrorSink = std::function<void(const InputError&)>;

// Reads every input (files, directories, "-"), calling `sink` for each document in input order and
// `on_error` for each rejection; never stops at a bad input. Returns non-OK only for a usage error.
Status ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& opts, const DocumentSink& sink,
                  const ErrorSink& on_error);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_READER_H_
