#include "extract/numbers.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <string>

#include "extract/scan.h"

namespace sitrep::extract {
namespace {

using Words = std::vector<Word>;

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

bool Is(const Words& w, size_t i, std::string_view lower) { return i < w.size() && w[i].lower == lower; }

bool IsAlphaWord(const Word& w) { return !w.punct && !w.number; }

// A parsed quantity with the scanner positions the matchers need.
struct Q {
  Quantity q;
  size_t qual_begin = 0;  // word index where the qualifier ("at least") starts
  size_t suffix = 0;      // word index of a glued suffix ("km" in "5km", "km" in "5-km"), 0 when none
  bool weak = false;      // "several", "many", "numerous"
};

int UnitWord(std::string_view w) {
  static constexpr std::array<std::string_view, 20> kUnits = {
      "zero",    "one",     "two",       "three",    "four",     "five",    "six",
      "seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
      "fourteen", "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen"};
  for (int i = 0; i < 20; ++i) {
    if (w == kUnits[i]) return i;
  }
  return -1;
}

int TensWord(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kTens = {"twenty", "thirty",  "forty",  "fifty",
                                                            "sixty",  "seventy", "eighty", "ninety"};
  for (int i = 0; i < 8; ++i) {
    if (w == kTens[i]) return 20 + 10 * i;
  }
  return -1;
}

double Multiplier(std::string_view w) {
  if (w == "hundred") return 1e2;
  if (w == "thousand") return 1e3;
  if (w == "million" || w == "millions") return 1e6;
  if (w == "billion") return 1e9;
  return 0;
}

// Words before a number that make it a name, not a count ("Type 56", "Resolution 2254").
bool IsDesignatorWord(std::string_view w) {
  return In(w, {"type", "no", "number", "article", "resolution", "route", "highway", "road", "brigade",
                "division", "battalion", "regiment", "corps", "flight", "model", "size", "page", "chapter",
                "unit", "platoon", "squadron", "district", "zone", "sector", "gate", "block", "building",
                "camp", "kilometre", "kilometer", "km", "mile", "version", "phase", "level", "grade"});
}

// Nouns after a four-digit number that make it a count, not a year ("2000 people").
bool IsPeopleNoun(std::string_view w) {
  return In(w, {"people", "civilians", "persons", "soldiers", "troops", "fighters", "residents", "families",
                "refugees", "children", "men", "women", "militants", "rebels", "insurgents", "villagers",
                "protesters", "migrants", "households", "combatants", "personnel", "police", "officers"});
}

// Parses a digit word ("280,000", "1.4") into a value; false on nonsense.
bool ParseDigits(std::string_view s, double* v) {
  std::string clean;
  for (char c : s) {
    if (c != ',') clean.push_back(c);
  }
  if (clean.empty() || clean.size() > 20) return false;
  char* end = nullptr;
  double x = std::strtod(clean.c_str(), &end);
  if (end != clean.c_str() + clean.size() || !std::isfinite(x)) return false;
  *v = x;
  return true;
}

// Reads a qualifier ending right before word `i`; returns its first word index (== i when none).
size_t Qualifier(const Words& w, size_t i, Bound* bound) {
  struct Qual {
    std::string_view phrase;
    Bound bound;
  };
  static const Qual kQuals[] = {
      {"more than", Bound::kAtLeast},  {"over", Bound::kAtLeast},       {"at least", Bound::kAtLeast},
      {"upwards of", Bound::kAtLeast}, {"as many as", Bound::kAtMost},  {"up to", Bound::kAtMost},
      {"fewer than", Bound::kAtMost},  {"less than", Bound::kAtMost},   {"nearly", Bound::kAtMost},
      {"almost", Bound::kAtMost},      {"about", Bound::kAbout},        {"around", Bound::kAbout},
      {"approximately", Bound::kAbout}, {"roughly", Bound::kAbout},     {"some", Bound::kAbout},
      {"an estimated", Bound::kAbout}, {"estimated", Bound::kAbout},    {"nearly", Bound::kAbout}};
  for (const Qual& q : kQuals) {
    std::vector<std::string> words = PhraseWords(q.phrase);
    if (i >= words.size() && MatchesAt(w, i - words.size(), words)) {
      *bound = q.bound;
      return i - words.size();
    }
  }
  *bound = Bound::kExact;
  return i;
}

// Vague quantity words at i ("dozens", "tens of thousands"); sets *end.
bool VagueAt(const Words& w, size_t i, double* v, size_t* end, bool* weak) {
  *weak = false;
  if ((Is(w, i, "tens") || Is(w, i, "hundreds")) && Is(w, i + 1, "of") && Is(w, i + 2, "thousands")) {
    *v = Is(w, i, "tens") ? 1e4 : 1e5;
    *end = i + 3;
    return true;
  }
  if (Is(w, i, "a") && Is(w, i + 1, "dozen")) {
    *v = 12;
    *end = i + 2;
    return true;
  }
  const std::string& s = i < w.size() ? w[i].lower : std::string();
  if (s == "dozens" || s == "dozen") *v = 12;
  else if (s == "scores") *v = 20;
  else if (s == "hundreds") *v = 100;
  else if (s == "thousands") *v = 1000;
  else if (s == "millions") *v = 1e6;
  else if (s == "several" || s == "many" || s == "numerous") {
    *v = 10;
    *weak = true;
  } else {
    return false;
  }
  *end = i + 1;
  return true;
}

// Word numbers: "eight", "twenty-five", "two hundred", "three thousand", "a hundred".
bool WordNumberAt(const Words& w, size_t i, double* v, size_t* end) {
  double total = 0, current = 0;
  size_t j = i;
  bool any = false;
  if (Is(w, j, "a") && j + 1 < w.size() && (w[j + 1].lower == "hundred" || w[j + 1].lower == "thousand")) {
    current = 1;
    ++j;
    any = true;
  }
  while (j < w.size()) {
    const std::string& s = w[j].lower;
    int u = UnitWord(s), t = TensWord(s);
    double mult = Multiplier(s);
    if (t > 0) {
      current += t;
      ++j;
      if (Is(w, j, "-") && j + 1 < w.size() && UnitWord(w[j + 1].lower) > 0) {
        current += UnitWord(w[j + 1].lower);
        j += 2;
      }
      any = true;
    } else if (u >= 0) {
      current += u;
      ++j;
      any = true;
    } else if (any && mult == 100) {
      current *= 100;
      ++j;
    } else if (any && mult > 100) {
      total += current * mult;
      current = 0;
      ++j;
    } else if (any && Is(w, j, "and") && j + 1 < w.size() &&
               (UnitWord(w[j + 1].lower) >= 0 || TensWord(w[j + 1].lower) > 0) && total + current >= 100) {
      ++j;  // "two hundred and fifty"
    } else {
      break;
    }
  }
  if (!any) return false;
  *v = total + current;
  *end = j;
  return true;
}

std::vector<Q> Scan(const Words& w) {
  std::vector<Q> out;
  size_t i = 0;
  while (i < w.size()) {
    Q q;
    double v = 0;
    size_t end = i;
    bool ok = false;
    if (w[i].number) {
      if (!ParseDigits(w[i].text, &v)) {
        ++i;
        continue;
      }
      end = i + 1;
      ok = true;
      // Glued prefixes: money, designators ("T-72", "Su-25", "COVID-19").
      if (i > 0 && w[i].glued) {
        const Word& p = w[i - 1];
        if (p.lower == "$" || p.text == "\xC2\xA3" || p.lower == "#" || p.lower == "@" || IsAlphaWord(p)) ok = false;
        if (p.lower == "-" && i > 1 && p.glued && !w[i - 2].punct) ok = false;
        if (p.lower == "." || p.lower == ":" || p.lower == "/") ok = false;
      }
      if (i > 0 && IsDesignatorWord(w[i - 1].lower) && w[i - 1].capitalized) ok = false;
      if (i > 0 && In(w[i - 1].lower, {"type", "resolution", "article", "no"})) ok = false;
      // Glued suffixes: ordinals, percent, clock times, calibres, units.
      if (end < w.size() && w[end].glued) {
        const Word& s = w[end];
        if (In(s.lower, {"th", "st", "nd", "rd", "%", ":"})) ok = false;
        if (s.lower == "/") ok = false;
        if (IsAlphaWord(s)) q.suffix = end;
        if (s.lower == "-" && end + 1 < w.size() && w[end + 1].glued && IsAlphaWord(w[end + 1])) {
          q.suffix = end + 1;
        }
      }
      if (Is(w, end, "percent") || (Is(w, end, "per") && Is(w, end + 1, "cent"))) ok = false;
      if (Is(w, end, "am") || Is(w, end, "pm") || Is(w, end, "gmt") || Is(w, end, "utc") ||
          ((Is(w, end, "a") || Is(w, end, "p")) && Is(w, end + 1, "."))) {
        ok = false;
      }
      // Years: four digits 1900..2100 without a comma, unless people are counted.
      if (ok && w[i].text.size() == 4 && v >= 1900 && v <= 2100 && !(end < w.size() && IsPeopleNoun(w[end].lower))) {
        ok = false;
      }
      if (ok && q.suffix == 0 && end < w.size() && !w[end].glued && Multiplier(w[end].lower) > 0) {
        v *= Multiplier(w[end].lower);
        ++end;
      }
      if (!ok) {
        i = std::max(end, i + 1);
        continue;
      }
    } else if (VagueAt(w, i, &v, &end, &q.weak)) {
      q.q.vague = true;
      ok = true;
    } else if (WordNumberAt(w, i, &v, &end)) {
      ok = true;
      // "one of the", "no one", "one another": not counts.
      if (v == 1 && end == i + 1 && (Is(w, end, "of") || Is(w, end, "another") || (i > 0 && Is(w, i - 1, "no")))) {
        ok = false;
      }
      if (i > 0 && w[i - 1].lower == "-" && w[i - 1].glued) ok = false;  // "third-largest" style compounds
    }
    if (!ok) {
      ++i;
      continue;
    }
    q.q.value = v;
    q.q.word_begin = i;
    q.q.word_end = end;
    q.qual_begin = Qualifier(w, i, &q.q.bound);
    q.q.begin = w[q.qual_begin].begin;
    q.q.end = w[end - 1].end;
    out.push_back(q);
    i = end;
  }
  return out;
}

enum class Kind { kKilled, kInjured, kDisplaced, kNone };

Kind FollowingKind(std::string_view s) {
  if (In(s, {"killed", "dead", "died", "deaths", "death", "fatalities", "slain", "perished", "bodies", "lives"}))
    return Kind::kKilled;
  if (In(s, {"injured", "wounded", "hurt", "injuries", "wounds"})) return Kind::kInjured;
  if (In(s, {"displaced", "fled", "fleeing", "flee", "refugees", "evacuated", "homeless", "uprooted", "evacuees"}))
    return Kind::kDisplaced;
  return Kind::kNone;
}

Kind PrecedingKind(std::string_view s) {
  if (In(s, {"killing", "killed", "kill", "kills", "claiming", "claimed", "toll"})) return Kind::kKilled;
  if (In(s, {"injuring", "injured", "injure", "wounding", "wounded", "wound", "injures"})) return Kind::kInjured;
  if (In(s, {"displaced", "displacing", "displace", "displaces", "uprooted", "uprooting", "evacuated"}))
    return Kind::kDisplaced;
  return Kind::kNone;
}

// Fillers allowed between a count and the word that says what happened to them.
bool IsFollowingFiller(const Word& w) {
  if (!IsAlphaWord(w)) return w.lower == "-";
  return !In(w.lower, {"and", "or", "but", "after", "before", "when", "while", "who", "which", "that", "as",
                       "killed", "injured", "wounded", "displaced"});
}

// True when the verb at i is used actively with an object after it ("killed three", "killed the").
bool HasObjectAfter(const Words& w, size_t i) {
  if (i + 1 >= w.size()) return false;
  const Word& n = w[i + 1];
  return n.number || In(n.lower, {"a", "an", "the", "at", "more", "over", "some", "about", "nearly", "dozens",
                                  "scores", "hundreds", "thousands", "several", "many", "his", "their", "its"}) ||
         UnitWord(n.lower) >= 0 || TensWord(n.lower) > 0;
}

}  // namespace

std::vector<Quantity> FindQuantities(std::string_view text) {
  Words w = ScanWords(text);
  std::vector<Quantity> out;
  for (const Q& q : Scan(w)) {
    if (q.suffix == 0) out.push_back(q.q);
  }
  return out;
}

CasualtyCounts FindCasualties(std::string_view text) {
  Words w = ScanWords(text);
  CasualtyCounts out;
  auto put = [&](Kind k, const Q& q) {
    if (q.weak && k == Kind::kDisplaced) return;
    double v = std::min(q.q.value, 2.0e9);
    int n = static_cast<int>(v);
    std::optional<int>* slot = k == Kind::kKilled ? &out.killed : k == Kind::kInjured ? &out.injured : &out.displaced;
    if (!slot->has_value() || **slot < n) *slot = n;
  };
  for (const Q& q : Scan(w)) {
    if (q.suffix != 0) continue;
    // Forward: "12 civilians were killed", "280,000 people have fled", "five dead".
    Kind found = Kind::kNone;
    for (size_t j = q.q.word_end, steps = 0; j < w.size() && steps < 5; ++j, ++steps) {
      Kind k = FollowingKind(w[j].lower);
      if (k != Kind::kNone) {
        const bool active_verb = (w[j].lower == "killed" || w[j].lower == "injured" || w[j].lower == "wounded" ||
                                  w[j].lower == "displaced") &&
                                 HasObjectAfter(w, j);
        if (!active_verb) found = k;
        break;
      }
      if (!IsFollowingFiller(w[j])) break;
    }
    // Backward: "killing at least 12", "displaced more than 280,000", "death toll rose to 30".
    if (found == Kind::kNone) {
      for (size_t back = 1; back <= 10 && back <= q.qual_begin; ++back) {
        const Word& p = w[q.qual_begin - back];
        if (p.punct) break;
        Kind k = PrecedingKind(p.lower);
        if (k != Kind::kNone) {
          if (p.lower == "toll") {
            // Only a death toll: "the death toll rose to 30".
            if (q.qual_begin - back > 0 && w[q.qual_begin - back - 1].lower == "death") found = k;
          } else if (p.lower == "claimed" || p.lower == "claiming") {
            if (Is(w, q.qual_begin - back + 1, "the") && Is(w, q.qual_begin - back + 2, "lives")) found = k;
          } else if (back <= 3) {
            found = k;
          }
          break;
        }
      }
    }
    if (found != Kind::kNone) put(found, q);
  }
  return out;
}

std::vector<Distance> FindDistances(std::string_view text, const UnitTable& units) {
  Words w = ScanWords(text);
  std::vector<Distance> out;
  size_t skip_until = 0;  // word index before which distances are conversions to skip
  for (const Q& q : Scan(w)) {
    if (q.q.vague || q.q.word_begin < skip_until) continue;
    size_t at = q.suffix != 0 ? q.suffix : q.q.word_end;
    for (const UnitTable::Unit& u : units.units()) {
      if (!MatchesAt(w, at, u.words)) continue;
      size_t end = at + u.words.size();
      // "m" is a unit only as a glued or plain token, never the start of "m." abbreviations.
      Distance d;
      d.begin = w[q.q.word_begin].begin;
      d.end = w[end - 1].end;
      d.km = q.q.value * u.km;
      out.push_back(d);
      if (Is(w, end, "(")) {
        size_t close = end;
        while (close < w.size() && w[close].lower != ")") ++close;
        skip_until = close;
      }
      break;
    }
  }
  return out;
}

}  // namespace sitrep::extract
