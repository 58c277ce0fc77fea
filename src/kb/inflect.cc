// Inflect / NounPlural: see inflect.h.
#include "kb/inflect.h"

namespace sitrep::kb {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Vowel groups, a final 'e' and 'y' not counted: a rough syllable count.
int VowelGroups(std::string_view w) {
  int groups = 0;
  bool in = false;
  for (size_t i = 0; i < w.size(); ++i) {
    bool v = IsVowel(w[i]) && !(i + 1 == w.size() && w[i] == 'e' && i > 0);
    if (v && !in) ++groups;
    in = v;
  }
  return groups;
}

// One-syllable words ending consonant-vowel-consonant double the consonant: stab -> stabbed.
bool DoublesFinal(std::string_view w) {
  size_t n = w.size();
  if (n < 3) return false;
  char last = w[n - 1];
  if (IsVowel(last) || last == 'w' || last == 'x' || last == 'y') return false;
  if (!IsVowel(w[n - 2]) || IsVowel(w[n - 3])) return false;
  return VowelGroups(w) == 1;
}

bool ConsonantY(std::string_view w) { return w.size() >= 2 && w.back() == 'y' && !IsVowel(w[w.size() - 2]); }

std::string Third(std::string_view w) {
  std::string s(w);
  if (ConsonantY(w)) return s.substr(0, s.size() - 1) + "ies";
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "ch") || EndsWith(w, "sh") ||
      EndsWith(w, "o")) {
    return s + "es";
  }
  return s + "s";
}

}  // namespace

VerbForms Inflect(std::string_view base, const IrregularVerbs& irregular) {
  auto it = irregular.find(base);
  if (it != irregular.end()) return it->second;
  std::string w(base);
  VerbForms f;
  f.third.push_back(Third(w));
  std::string past, ger;
  if (w.empty()) {
    past = ger = w;
  } else if (ConsonantY(w)) {
    past = w.substr(0, w.size() - 1) + "ied";
    ger = w + "ing";
  } else if (EndsWith(w, "ee") || EndsWith(w, "ye") || EndsWith(w, "oe")) {
    past = w + "d";
    ger = w + "ing";
  } else if (EndsWith(w, "ie")) {
    past = w + "d";
    ger = w.substr(0, w.size() - 2) + "ying";
  } else if (w.back() == 'e') {
    past = w + "d";
    ger = w.substr(0, w.size() - 1) + "ing";
  } else if (DoublesFinal(w)) {
    past = w + w.back() + "ed";
    ger = w + w.back() + "ing";
  } else {
    past = w + "ed";
    ger = w + "ing";
  }
  f.past.push_back(past);
  f.participle.push_back(past);
  f.gerund.push_back(ger);
  return f;
}

std::string NounPlural(std::string_view noun) { return Third(noun); }

}  // namespace sitrep::kb
