// The common-English-word list of the gazetteer index (GazetteerIndex::IsCommonWord).
#ifndef SITREP_GAZIMPORT_COMMON_WORDS_H_
#define SITREP_GAZIMPORT_COMMON_WORDS_H_

#include <string>
#include <string_view>

#include "geo/gazetteer_builder.h"
#include "sitrep/status.h"

namespace sitrep::gazimport {

// True when a word-list line is a plain common word: one word of lower-case ASCII letters ("nice",
// "reading"). Proper nouns ("Paris"), possessives ("man's"), accented and hyphenated entries are not.
bool IsPlainCommonWord(std::string_view line);

// Adds every plain common word of a word list (one word a line, e.g. Debian's wamerican
// /usr/share/dict/american-english) to `b`. Returns the number added.
Result<int> AddCommonWords(const std::string& path, geo::GazetteerBuilder* b);

}  // namespace sitrep::gazimport

#endif  // SITREP_GAZIMPORT_COMMON_WORDS_H_
