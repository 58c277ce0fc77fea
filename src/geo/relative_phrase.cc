// Relative location phrases: see relative_phrase.h.
#include "geo/relative_phrase.h"

#include <charconv>
#include <cstdlib>
#include <string_view>

namespace sitrep::geo {
namespace {

std::string_view Simple(const std::vector<GeoToken>& t, const std::string& arena, long i) {
  if (i < 0 || static_cast<size_t>(i) >= t.size() || !t[i].word) return {};
  return SimpleOf(t[i], arena);
}

// Kilometres per unit, 0 when `u` is not a distance unit.
double UnitKm(std::string_view u) {
  if (u == "km" || u == "kms" || u == "kilometres" || u == "kilometers" || u == "kilometre" || u == "kilometer" ||
      u == "klicks")
    return 1;
  if (u == "mile" || u == "miles" || u == "mi") return 1.609344;
  if (u == "m" || u == "metres" || u == "meters" || u == "metre" || u == "meter") return 0.001;
  return 0;
}

double NumberWord(std::string_view w) {
  static const char* kWords[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                 "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                 "seventeen", "eighteen", "nineteen", "twenty"};
  for (int i = 0; i <= 20; ++i)
    if (w == kWords[i]) return i;
  if (w == "thirty") return 30;
  if (w == "forty") return 40;
  if (w == "fifty") return 50;
  if (w == "hundred") return 100;
  if (w == "few" || w == "couple") return 3;
  if (w == "several") return 5;
  if (w == "dozen") return 12;
  return 0;
}

bool IsQualifier(std::string_view w) {
  return w == "about" || w == "around" || w == "approximately" || w == "some" || w == "nearly" || w == "roughly" ||
         w == "almost" || w == "just" || w == "only" || w == "over" || w == "under" || w == "within" ||
         w == "than" || w == "to" || w == "a" || w == "an" || w == "barely" || w == "less" || w == "more";
}

// Value of a number token's surface ("8", "1,400", "7.5", "8km"), 0 when none.
double NumberValue(std::string_view surface, double* glued_unit_km) {
  std::string digits;
  size_t i = 0;
  for (; i < surface.size(); ++i) {
    char c = surface[i];
    if ((c >= '0' && c <= '9') || c == '.') digits.push_back(c);
    else if (c != ',') break;
  }
  *glued_unit_km = i < surface.size() ? UnitKm(surface.substr(i)) : 0;
  return std::atof(digits.c_str());
}

}  // namespace

double BearingOf(const std::string& w) {
  struct B {
    const char* word;
    double deg;
  };
  static const B kB[] = {
      {"north", 0},       {"northern", 0},       {"northeast", 45},   {"north east", 45},   {"northeastern", 45},
      {"north eastern", 45}, {"east", 90},        {"eastern", 90},     {"southeast", 135},   {"south east", 135},
      {"southeastern", 135}, {"south eastern", 135}, {"south", 180},   {"southern", 180},    {"southwest", 225},
      {"south west", 225}, {"southwestern", 225}, {"south western", 225}, {"west", 270},     {"western", 270},
      {"northwest", 315}, {"north west", 315},   {"northwestern", 315}, {"north western", 315}};
  for (const B& b : kB)
    if (w == b.word) return b.deg;
  return -1;
}

RelativePhrase ParseRelativePhrase(std::string_view text, const std::vector<GeoToken>& t,
                                   const std::string& arena, size_t first, size_t last) {
  RelativePhrase r;
  auto simple = [&](long i) { return Simple(t, arena, i); };
  auto bearing = [&](long i) {
    std::string_view s = simple(i);
    return s.empty() ? -1.0 : BearingOf(std::string(s));
  };
  long k = static_cast<long>(first) - 1;
  // Tokens of the phrase must not cross a line break.
  auto same_line = [&](long i) { return i >= 0 && !t[static_cast<size_t>(i) + 1].newline_before; };

  // "X countryside", "X's northern countryside", "northern X countryside".
  {
    size_t a = last + 1;
    // Skip a possessive ("'" + "s" or "’" + "s").
    if (a < t.size() && !t[a].word && !t[a].number && a + 1 < t.size() && simple(static_cast<long>(a + 1)) == "s")
      a += 2;
    double b = -1;
    if (a < t.size() && bearing(static_cast<long>(a)) >= 0) {
      b = bearing(static_cast<long>(a));
      ++a;
    }
    if (a < t.size() && !t[a].newline_before && (simple(static_cast<long>(a)) == "countryside" ||
                                                 simple(static_cast<long>(a)) == "suburbs" ||
                                                 simple(static_cast<long>(a)) == "outskirts")) {
      bool outskirts = simple(static_cast<long>(a)) != "countryside";
      r.found = true;
      r.countryside = !outskirts;
      r.outskirts = outskirts;
      r.phrase_begin = t[first].begin;
      if (b < 0 && k >= 0 && same_line(k) && bearing(k) >= 0) {
        b = bearing(k);
        r.phrase_begin = t[k].begin;
      }
      r.bearing_deg = b;
      return r;
    }
  }
  if (k < 0 || !same_line(k)) return r;

  std::string_view prev = simple(k);
  // "rural Damascus".
  if (prev == "rural") {
    r.found = r.countryside = true;
    r.phrase_begin = t[k].begin;
    return r;
  }
  // "outside X".
  if (prev == "outside") {
    r.found = r.outskirts = true;
    r.phrase_begin = t[k].begin;
    return r;
  }
  if (prev != "of" && prev != "from") return r;
  long j = k - 1;
  if (j < 0 || !same_line(j)) return r;
  // "[the] [northern] countryside of X", "[on] the outskirts of X".
  std::string_view w = simple(j);
  if (w == "countryside" || w == "outskirts" || w == "suburbs" || w == "edge" || w == "edges") {
    r.found = true;
    r.countryside = w == "countryside";
    r.outskirts = !r.countryside;
    r.phrase_begin = t[j].begin;
    long b = j - 1;
    if (b >= 0 && same_line(b) && bearing(b) >= 0) {
      r.bearing_deg = bearing(b);
      r.phrase_begin = t[b].begin;
      --b;
    }
    if (b >= 0 && same_line(b) && simple(b) == "the") r.phrase_begin = t[b].begin;
    return r;
  }
  // "[NUM UNIT] [to the] BEARING of X", "NUM UNIT from X".
  double deg = -1;
  if (prev == "of" && bearing(j) >= 0) {
    deg = bearing(j);
    r.found = true;
    r.bearing_deg = deg;
    r.phrase_begin = t[j].begin;
    --j;
    if (j >= 1 && simple(j) == "the" && simple(j - 1) == "to") j -= 2;
  }
  // Distance: "8 kilometres", "8km", "eight miles", "a few kilometres", "8-km".
  if (j < 0 || !same_line(j)) return r;
  double unit = 0, value = 0;
  long num = -1;
  const GeoToken& u = t[static_cast<size_t>(j)];
  if (u.number) {  // glued "8km"
    value = NumberValue(text.substr(u.begin, u.end - u.begin), &unit);
    num = j;
  } else if (u.word && (unit = UnitKm(simple(j))) > 0) {
    long m = j - 1;
    if (m >= 1 && t[static_cast<size_t>(m)].punct == '-' && !t[static_cast<size_t>(m)].space_before) --m;  // "8-km"
    if (m >= 0 && same_line(m)) {
      const GeoToken& nt = t[static_cast<size_t>(m)];
      double glued = 0;
      if (nt.number) value = NumberValue(text.substr(nt.begin, nt.end - nt.begin), &glued);
      else if (nt.word) value = NumberWord(simple(m));
      if (value > 0) num = m;
    }
  }
  if (num < 0 || unit <= 0 || value <= 0 || value * unit > 2000) return r;
  r.found = true;
  r.distance_km = value * unit;
  r.phrase_begin = t[static_cast<size_t>(num)].begin;
  // Qualifiers and articles in front: "approximately 8", "some 8", "a few", "less than 5".
  for (long q = num - 1, steps = 0; q >= 0 && steps < 3 && same_line(q) && IsQualifier(simple(q)); --q, ++steps)
    r.phrase_begin = t[static_cast<size_t>(q)].begin;
  return r;
}

}  // namespace sitrep::geo
