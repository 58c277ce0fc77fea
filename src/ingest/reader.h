// Input readers: .txt, .jsonl, .html/.htm, directories (recursive), stdin ("-").
#ifndef SITREP_INGEST_READER_H_
#define SITREP_INGEST_READER_H_

#include <functional>
#include <iosfwd>
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
// `on_error` for each rejection; never stops at a bad input. Returns non-OK only for a usage error:
// opts.date that is not a valid YYYY-MM-DD, or "-" named twice. No inputs at all means stdin.
//  - .txt: first non-empty line = title, rest = body; date from opts.date, else a dated line near the top.
//  - .jsonl: one object per line (see jsonl_parser.h); each bad line is one rejection "path:LINE".
//  - .html/.htm: main text and page metadata (see html_parser.h).
//  - a directory: its .txt, .jsonl, .html and .htm files, recursively, sorted by path; hidden files and
//    directories and other extensions are skipped silently.
//  - "-": stdin; jsonl when its first non-blank byte is '{', else one text article (source "-").
// Extensions are matched case-insensitively. A file named explicitly with another extension (.warc
// included, for now) is rejected as "unsupported input type". opts.date and opts.outlet, when set,
// replace what the inputs say. Documents without an id get ContentId(title, text) (document_id.h).
// Thread-compatible: the sinks are called on the calling thread.
Status ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& opts, const DocumentSink& sink,
                  const ErrorSink& on_error);

// Reads one stream as ReadInputs reads stdin, naming it `name` in sources and rejections.
void ReadStream(std::istream& in, const std::string& name, const ReadOptions& opts, const DocumentSink& sink,
                const ErrorSink& on_error);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_READER_H_
