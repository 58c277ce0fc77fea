// Word lists compiled in from kb/geo_*.txt: see word_lists.h. Each kb file is a C++ raw string
// literal with a comment header, so the lists ship inside the binary and need no file at run time.
#include "geo/word_lists.h"

#include <string>
#include <vector>

#include "geo/word_set.h"

namespace sitrep::geo {
namespace {

constexpr std::string_view kStopwords =
#include "../../kb/geo_stopwords.txt"
    ;
constexpr std::string_view kPersonCues =
#include "../../kb/geo_person_cues.txt"
    ;
constexpr std::string_view kOrgHeads =
#include "../../kb/geo_org_heads.txt"
    ;
constexpr std::string_view kFirstNames =
#include "../../kb/geo_first_names.txt"
    ;
constexpr std::string_view kDemonyms =
#include "../../kb/geo_demonyms.txt"
    ;

// An immutable map from the first words of each non-comment line of `text` to its last word (the
// first line of a key wins).
class WordMap {
 public:
  explicit WordMap(std::string_view text) {
    std::vector<std::string_view> keys;
    while (!text.empty()) {
      size_t nl = text.find('\n');
      std::string_view line = text.substr(0, nl);
      size_t sp = line.rfind(' ');
      if (!line.empty() && line[0] != '#' && sp != std::string_view::npos && sp > 0) {
        keys.push_back(line.substr(0, sp));
        values_.push_back(line.substr(sp + 1));
      }
      if (nl == std::string_view::npos) break;
      text.remove_prefix(nl + 1);
    }
    keys_ = WordSet(keys);
  }
  std::string_view Get(std::string_view k) const {
    uint32_t i = keys_.Find(k);
    return i == WordSet::kNone ? std::string_view() : values_[i];
  }

 private:
  WordSet keys_;                          // views into the static literal
  std::vector<std::string_view> values_;  // per key position
};

}  // namespace

std::string_view DemonymCountry(std::string_view k) {
  static const WordMap map(kDemonyms);
  return map.Get(k);
}

bool IsGeoStopword(std::string_view k) {
  static const WordSet set = WordSet::FromLines(kStopwords);
  return set.Contains(k);
}
bool IsPersonCue(std::string_view k) {
  static const WordSet set = WordSet::FromLines(kPersonCues);
  return set.Contains(k);
}
bool IsOrgHead(std::string_view k) {
  static const WordSet set = WordSet::FromLines(kOrgHeads);
  return set.Contains(k);
}
bool IsFirstName(std::string_view k) {
  static const WordSet set = WordSet::FromLines(kFirstNames);
  return set.Contains(k);
}

}  // namespace sitrep::geo
