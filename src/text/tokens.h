// Word tokens with byte offsets and folded match keys.
#ifndef SITREP_TEXT_TOKENS_H_
#define SITREP_TEXT_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::text {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct Token {
  uint32_t begin = 0, end = 0;  // byte offsets into the text given to Tokenize (plus base)
  std::string_view text;        // surface form
  std::string lower;            // lower-cased surface (ASCII + Unicode simple case folding)
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;     // first letter upper-case
};

// Splits a sentence into tokens. Words keep internal apostrophes and hyphens ("al-Sham",
// "Hay'at", "HTS-led", "F-16"); a possessive "'s" is its own kWord token ("Assad's" -> "Assad",
// "'s"), and the apostrophe of "rebels'" is a kPunct token; numbers are ASCII digit runs that keep
// inner ',' and '.' before a digit ("1,400", "7.62"), and letters glued to a number start a new
// token ("5km" -> "5", "km"); whitespace (ASCII and Unicode) and control characters separate
// tokens; every other character (punctuation, symbols, emoji, each code point) is one kPunct
// token; ill-formed UTF-8 bytes become one-byte kPunct tokens. Offsets are `base` + position in
// `s`. Thread-safe; allocates only the vector and `lower` strings longer than the SSO buffer.
std::vector<Token> Tokenize(std::string_view s, uint32_t base = 0);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_TOKENS_H_
