// jsonl articles: one JSON object per line with "text" and optional "id", "title", "published", "outlet",
// "url".
#ifndef SITREP_INGEST_JSONL_PARSER_H_
#define SITREP_INGEST_JSONL_PARSER_H_

#include <istream>
#include <string>
#include <string_view>

#include "ingest/reader.h"
#include "sitrep/document.h"
#include "sitrep/status.h"

namespace sitrep::ingest {

// Parses one jsonl line (without its newline). Rejects (InvalidArgument, message = the reason) invalid
// UTF-8, invalid or truncated JSON, a value that is not an object, a missing or non-string or empty
// "text", a text with NUL characters and a text over opts.max_article_bytes. A numeric "id" becomes its
// decimal string; "published" (or, when absent, "date") is normalised with NormalizeDateValue
// (unparseable: unknown); optional
// fields of the wrong type and unknown keys are ignored. Pure; thread-safe; never throws for any input.
Result<Document> ParseJsonlLine(std::string_view line, const ReadOptions& opts, std::string source);

// Reads a jsonl stream named `name` line by line (bounded by opts.max_line_bytes), yielding documents
// whose source is "name:LINE" and one rejection per bad line; blank lines are skipped. `head` holds bytes
// already taken from the front of `in`. A stream with no non-blank line is rejected once as "empty".
void ReadJsonlStream(std::istream& in, std::string_view name, std::string head, const ReadOptions& opts,
                     const DocumentSink& sink, const ErrorSink& on_error);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_JSONL_PARSER_H_
