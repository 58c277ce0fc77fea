// Word lists compiled in from kb/geo_*.txt: see word_lists.h. Each kb file is a C++ raw string
// literal with a comment header, so the lists ship inside the binary and need no file at run time.
#include "geo/word_lists.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

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

// An immutable set of the non-comment lines of `text`.
class WordSet {
 public:
  explicit WordSet(std::string_view text) {
    while (!text.empty()) {
      size_t nl = text.find('\n');
      std::string_view line = text.substr(0, nl);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.remove_suffix(1);
      while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
      if (!line.empty() && line[0] != '#') words_.insert(line);
      if (nl == std::string_view::npos) break;
      text.remove_prefix(nl + 1);
    }
  }
  bool Contains(std::string_view w) const { return words_.count(w) > 0; }

 private:
  std::unordered_set<std::string_view> words_;  // views into the static literal
};

// An immutable map from the first word of each non-comment line of `text` to its second word.
class WordMap {
 public:
  explicit WordMap(std::string_view text) {
    while (!text.empty()) {
      size_t nl = text.find('\n');
      std::string_view line = text.substr(0, nl);
      size_t sp = line.rfind(' ');
      if (!line.empty() && line[0] != '#' && sp != std::string_view::npos && sp > 0)
        map_.emplace(line.substr(0, sp), line.substr(sp + 1));
      if (nl == std::string_view::npos) break;
      text.remove_prefix(nl + 1);
    }
  }
  std::string_view Get(std::string_view k) const {
    auto it = map_.find(k);
    return it == map_.end() ? std::string_view() : it->second;
  }

 private:
  std::unordered_map<std::string_view, std::string_view> map_;  // views into the static literal
};

}  // namespace

std::string_view DemonymCountry(std::string_view k) {
  static const WordMap map(kDemonyms);
  return map.Get(k);
}

bool IsGeoStopword(std::string_view k) {
  static const WordSet set(kStopwords);
  return set.Contains(k);
}
bool IsPersonCue(std::string_view k) {
  static const WordSet set(kPersonCues);
  return set.Contains(k);
}
bool IsOrgHead(std::string_view k) {
  static const WordSet set(kOrgHeads);
  return set.Contains(k);
}
bool IsFirstName(std::string_view k) {
  static const WordSet set(kFirstNames);
  return set.Contains(k);
}

}  // namespace sitrep::geo
