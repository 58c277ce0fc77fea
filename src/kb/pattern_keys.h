// Pattern keys: how kb patterns become token-key sequences for the tries.
#ifndef SITREP_KB_PATTERN_KEYS_H_
#define SITREP_KB_PATTERN_KEYS_H_

#include <string>
#include <string_view>
#include <vector>

namespace sitrep::kb {

// Surface tokens of a pattern, split by text::Tokenize (so patterns and text split alike: "al-Sham" and
// "Hay'at" stay whole, a possessive "'s" is its own token). Curly apostrophes become "'".
std::vector<std::string> PatternSurfaces(std::string_view pattern);

// One way to match a pattern: lower-case keys and, per key, the exact surface required ("" = any case).
struct KeyedPattern {
  std::vector<std::string> keys;
  std::vector<std::string> exact;
};

// Every keyed form of `pattern`. A token with two or more letters and no lower-case letter ("IS", "SNA")
// is an acronym and must match exactly. Dotted abbreviations ("U.S.") also get one-token forms ("u.s.",
// "u.s" + ".") so matching does not depend on how the tokenizer splits them.
std::vector<KeyedPattern> PatternVariants(std::string_view pattern);

// `s` with curly apostrophes (U+2018, U+2019, U+02BC) replaced by "'".
std::string NormalizeApostrophes(std::string_view s);

// ASCII lower-case.
std::string AsciiLower(std::string_view s);

}  // namespace sitrep::kb

#endif  // SITREP_KB_PATTERN_KEYS_H_
