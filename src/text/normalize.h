// Unicode normalisation of article text.
#ifndef SITREP_TEXT_NORMALIZE_H_
#define SITREP_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace sitrep::text {

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, no NUL bytes).
bool IsValidUtf8(std::string_view s);

// NFC; curly quotes/apostrophes -> ' and "; all dashes (en, em, minus, figure) -> '-' except that a
// spaced em/en dash becomes " - "; non-breaking and other Unicode spaces -> ' '; zero-width chars and
// control chars (but \n) dropped; \r\n and \r -> \n; runs of spaces collapsed. Input must be valid UTF-8.
std::string Normalize(std::string_view s);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_NORMALIZE_H_
