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
// "Hay'at", "HTS-led"); a possessive "'s" is its own token; numbers keep "1,400" and "7.62";
// every other punctuation mark is one token. Offsets are `base` + position in `s`.
std::vector<Token> Tokenize(std::string_view s, uint32_t base = 0);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_TOKENS_H_
