// Publication dates: recognising the dated line near the top of an article, and normalising date values
// found in metadata (HTML meta tags, JSON-LD, jsonl "published").
#ifndef SITREP_INGEST_PUB_DATE_H_
#define SITREP_INGEST_PUB_DATE_H_

#include <string>
#include <string_view>

namespace sitrep::ingest {

// Returns the publication date ("YYYY-MM-DD") stated by a dated line among the first five non-empty
// lines of `text`, or "" when there is none. A dated line is one where a full calendar date
// ("December 6, 2024", "Dec. 6, 2024", "6 December 2024", "2024-12-06") stands alone or behind a short
// label ("Published:", "Updated", "World |", "By Jane Doe |", a weekday) and is followed by nothing
// sentence-like. Dates inside sentences ("On December 5, 2024, rebels ...") and tweet signatures
// ("— Name (@handle) December 5, 2024") are not publication dates. Pure; thread-safe; any input.
std::string FindPublicationDate(std::string_view text);

// Normalises one date value to "YYYY-MM-DD": ISO 8601 / RFC 3339 ("2024-12-06", "2024-12-06T11:06:00+02:00",
// the date part is kept as written), "20241206", or the first written date in the value ("Friday,
// December 6, 2024 11:06"). Returns "" when `value` holds no valid date. Pure; thread-safe.
std::string NormalizeDateValue(std::string_view value);

// True when `date` is exactly "YYYY-MM-DD" and names a real calendar day.
bool IsIsoDate(std::string_view date);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_PUB_DATE_H_
