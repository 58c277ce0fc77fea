// Document identity: the stable content hash used as id when an input gives none, and the final touches
// every reader applies to a parsed document.
#ifndef SITREP_INGEST_DOCUMENT_ID_H_
#define SITREP_INGEST_DOCUMENT_ID_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/reader.h"
#include "sitrep/document.h"

namespace sitrep::ingest {

// 64-bit FNV-1a of `data` (offset basis 14695981039346656037, prime 1099511628211). Stable across
// platforms and releases: ids derived from it are stored.
uint64_t Fnv1a64(std::string_view data);

// "d" followed by the 16 lowercase hex digits of Fnv1a64(text::Normalize(title + "\n" + text)), so the same
// article read twice (or with different quote styles or line endings) gets the same id. `title` and `text`
// must be valid UTF-8.
std::string ContentId(std::string_view title, std::string_view text);

// Completes a parsed document: --date and --outlet from `opts`, when set, replace what the input said;
// the title and metadata fields are made single-line; an empty id becomes ContentId(title, text).
void FinishDocument(const ReadOptions& opts, Document* doc);

// Returns `s` on one line: control characters dropped, tabs and newlines as single spaces, trimmed.
std::string OneLine(std::string_view s);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_DOCUMENT_ID_H_
