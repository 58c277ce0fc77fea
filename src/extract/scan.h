// A small byte-level word scanner shared by the date, number and cue parsers. It needs no
// knowledge base and never allocates per character, so the parsers stay cheap and fuzzable.
#ifndef SITREP_EXTRACT_SCAN_H_
#define SITREP_EXTRACT_SCAN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::extract {

// One scanned token. Words are runs of letters and digits (bytes >= 0x80 count as letters, so
// "Erdoğan" is one word); numbers keep inner "," and "." between digits ("280,000", "1.4");
// every other non-space byte is a one-byte punctuation token.
struct Word {
  uint32_t begin = 0, end = 0;  // byte offsets into the scanned text
  std::string_view text;        // surface
  std::string lower;            // ASCII-lower-cased surface
  bool number = false;          // starts with a digit
  bool capitalized = false;     // starts with an ASCII upper-case letter
  bool punct = false;           // a single punctuation byte
  bool glued = false;           // no white space between this token and the previous one
};

// Scans `s` into tokens. Total over any input (invalid UTF-8 included).
std::vector<Word> ScanWords(std::string_view s);

// ASCII lower-casing.
std::string AsciiLower(std::string_view s);

// Splits a lower-cased phrase on spaces into the words ScanWords would produce
// ("according to" -> {"according", "to"}; "mid-" -> {"mid", "-"}).
std::vector<std::string> PhraseWords(std::string_view phrase);

// True when words[i..] starts with `phrase` (lower-cased words).
bool MatchesAt(const std::vector<Word>& words, size_t i, const std::vector<std::string>& phrase);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_SCAN_H_
