// Sentence splitting that survives abbreviations (U.S., Gen., Dec.), initials, decimals and datelines.
#ifndef SITREP_TEXT_SENTENCES_H_
#define SITREP_TEXT_SENTENCES_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace sitrep::text {

struct Sentence {
  size_t begin = 0, end = 0;  // byte offsets into the text given to SplitSentences
  std::string_view text;      // view into that text (trimmed)
};

// Splits normalised text into sentences. Line breaks always end a sentence (paragraphs, titles,
// tweet lines). A leading dateline ("BEIRUT - ", "DAMASCUS, Syria (AP) -") is kept in the first
// sentence; use DatelineLength() to skip it.
std::vector<Sentence> SplitSentences(std::string_view text);

// Byte length of a dateline at the start of `s` ("BEIRUT - "), 0 when none.
size_t DatelineLength(std::string_view s);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_SENTENCES_H_
