// A light tokenizer for toponym spotting: word spans with byte offsets and flags, and folded keys
// computed once per capitalised word into one arena (no per-token heap allocation beyond it).
#ifndef SITREP_GEO_GEO_TOKENS_H_
#define SITREP_GEO_GEO_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::geo {

struct GeoToken {
  uint32_t begin = 0, end = 0;        // byte offsets into the scanned text
  uint32_t simple_off = 0, simple_len = 0;  // SimpleKey, in the arena (words only)
  uint32_t fold_off = 0, fold_len = 0;      // FoldKey, in the arena (capitalised words and particles)
  bool word = false;         // letters (possibly with inner hyphens/apostrophes, initialisms "U.S.")
  bool number = false;       // starts with a digit ("8", "1,400", "8km")
  bool cap = false;          // first letter upper-case ("Homs", "al-Rastan" counts too)
  bool allcaps = false;      // every letter upper-case, at least one ("BEIRUT", "HTS")
  bool sentence_start = false;
  bool space_before = true;  // whitespace (or text start) right before the token
  bool newline_before = false;
  char punct = 0;            // the ASCII punctuation character for one-byte punctuation tokens
};

// Scans `text` into `tokens` (cleared first); keys go to `arena` (cleared first).
void ScanGeoTokens(std::string_view text, std::vector<GeoToken>* tokens, std::string* arena);

inline std::string_view SimpleOf(const GeoToken& t, const std::string& arena) {
  return std::string_view(arena).substr(t.simple_off, t.simple_len);
}
inline std::string_view FoldOf(const GeoToken& t, const std::string& arena) {
  return std::string_view(arena).substr(t.fold_off, t.fold_len);
}

}  // namespace sitrep::geo

#endif  // SITREP_GEO_GEO_TOKENS_H_
