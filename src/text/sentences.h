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
// tweet lines). Within a line, ".", "?", "!" and "..." (with any closing quotes or brackets after
// them) end a sentence when followed by a space and a word that does not start in lower case;
// a period does not end one after a title ("Gen.", "Mr."), before a number after "No.", after an
// initial or "U.S."/"a.m."/"Dec."/"Inc." unless a typical sentence opener follows ("The", "It"),
// after a numbered-list marker at the start of a line, or inside a dateline ("W.Va. -- ").
// Terminators glued to the next character ("7.62", "Caliber.Az", URLs) never end a sentence.
// A leading dateline ("BEIRUT - ", "DAMASCUS, Syria (AP) -") is kept in the first sentence; use
// DatelineLength() to skip it. Sentences are trimmed; empty ones are dropped; offsets are
// increasing byte offsets into `text`.
std::vector<Sentence> SplitSentences(std::string_view text);

// Byte length of a dateline at the start of `s`, through its dash and the spaces after it, 0 when
// none: an all-capitals place of at least three letters ("BEIRUT", "DEIR EZ-ZOR"), an optional
// ", Region" or ", Dec 5" tail, an optional "(AP)"-style agency, then a spaced '-' or "--" (or an
// em/en dash in text that was not normalised) and more text. "HTS-led forces" is not a dateline.
size_t DatelineLength(std::string_view s);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_SENTENCES_H_
