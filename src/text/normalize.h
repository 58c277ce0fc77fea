// Unicode normalisation of article text.
#ifndef SITREP_TEXT_NORMALIZE_H_
#define SITREP_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace sitrep::text {

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, no NUL bytes).
bool IsValidUtf8(std::string_view s);

// Normalises article text so that later stages see one spelling of each mark:
//  - NFC (utf8proc), applied after the mappings below so the result is stable: Normalize is
//    idempotent;
//  - quotes and apostrophes: ‘ ’ ‚ ‛ ′ ʼ -> '  and  “ ” „ ‟ ″ « » -> ";
//  - dashes: ‐ ‑ ‒ − and an unspaced en dash ("Hama–Homs") -> '-'; an em dash or horizontal bar
//    (spaced or not, "cities—Aleppo") and a spaced en dash -> " - "; "…" -> "...";
//  - no-break and other Unicode spaces -> ' '; U+2028, U+2029, U+0085, \r\n and \r -> \n;
//  - zero-width characters, soft hyphens, bidi marks, BOM and control characters (but \n)
//    dropped;
//  - runs of spaces and tabs collapsed to one space; spaces at both ends of each line trimmed;
//    three or more line breaks -> two (one blank line); the whole text trimmed.
// Pure ASCII input takes a fast path that never calls utf8proc. Input should be valid UTF-8;
// ill-formed sequences are replaced by U+FFFD and NUL bytes dropped, so the output is always
// valid UTF-8. Byte offsets into the output do not map back to the input.
std::string Normalize(std::string_view s);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_NORMALIZE_H_
