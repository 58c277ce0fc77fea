// Plain-text articles: first non-empty line is the title, the rest the body.
#ifndef SITREP_INGEST_TXT_PARSER_H_
#define SITREP_INGEST_TXT_PARSER_H_

#include <string>
#include <string_view>

#include "ingest/reader.h"
#include "sitrep/document.h"
#include "sitrep/status.h"

namespace sitrep::ingest {

// Parses the whole content of one text article. The first non-empty line becomes the title, the lines
// after it the body (Document.text, leading blank lines and trailing whitespace removed); an article of
// one line has that line as both title and text. Without opts.date, the date comes from
// FindPublicationDate(content). Rejects (InvalidArgument, message = the reason) empty or blank content,
// binary content, invalid UTF-8 ("invalid UTF-8 at byte N") and content over opts.max_article_bytes.
// Pure; thread-safe; never throws for any input.
Result<Document> ParseTxt(std::string_view content, const ReadOptions& opts, std::string source);

// The reason `content` cannot be an article ("empty", "binary file", "NUL byte at byte N" for a NUL past
// the sniffed window, "invalid UTF-8 at byte N"), or "" when it can. Shared by every reader.
std::string ContentProblem(std::string_view content);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_TXT_PARSER_H_
