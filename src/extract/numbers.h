// Numbers in English news text: quantities in digits and words, casualty and displacement counts,
// and distances converted to kilometres.
//
// Not counts: years ("in 2011"), calibres ("7.62x39mm"), percentages ("50%", "50 percent"),
// clock times ("10:30", "5 p.m."), ordinals and ranks ("5th", "third-largest"), designators
// ("M5", "Type 56", "Resolution 2254"). Vague words follow ACLED's coding convention: "several",
// "many", "numerous" = 10, "a dozen"/"dozens" = 12, "scores" = 20, "hundreds" = 100,
// "thousands" = 1000, "tens of thousands" = 10000, "hundreds of thousands" = 100000.
#ifndef SITREP_EXTRACT_NUMBERS_H_
#define SITREP_EXTRACT_NUMBERS_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/units.h"

namespace sitrep::extract {

enum class Bound { kExact, kAtLeast, kAtMost, kAbout };

// One quantity: "more than 280,000", "eight", "1.4 million", "dozens".
struct Quantity {
  size_t begin = 0, end = 0;            // byte span, qualifier ("more than") included
  size_t word_begin = 0, word_end = 0;  // span in ScanWords(text) of the number itself
  double value = 0;
  Bound bound = Bound::kExact;
  bool vague = false;                   // from a word like "dozens"
};

// Quantities of `text` in order, without years, calibres, percentages, times, ranks, designators.
std::vector<Quantity> FindQuantities(std::string_view text);

// Counts of people stated in `text` (one sentence). Each is the largest count tied to its words:
// killed (killed, dead, died, deaths, fatalities, death toll ...), injured (injured, wounded, hurt),
// displaced (displaced, fled, fleeing, refugees, evacuated).
struct CasualtyCounts {
  std::optional<int> killed, injured, displaced;
};
CasualtyCounts FindCasualties(std::string_view text);

// One distance: "5 km", "five kilometers (three miles)" (the first unit wins; the parenthesised
// conversion is skipped), "six miles", "8 kilometres north of".
struct Distance {
  size_t begin = 0, end = 0;  // byte span of number and unit
  double km = 0;
};
std::vector<Distance> FindDistances(std::string_view text, const UnitTable& units);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_NUMBERS_H_
