// Relative location phrases around a toponym: "8 kilometres north of Homs", "25 miles south of
// Hama", "5 km from X", "on the outskirts of X", "the northern countryside of Homs", "Homs countryside".
#ifndef SITREP_GEO_RELATIVE_PHRASE_H_
#define SITREP_GEO_RELATIVE_PHRASE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "geo/geo_tokens.h"

namespace sitrep::geo {

struct RelativePhrase {
  bool found = false;
  size_t phrase_begin = 0;   // byte offset where the phrase starts
  double distance_km = 0;    // 0 when no distance is stated
  double bearing_deg = -1;   // -1 when no direction is stated
  bool countryside = false;  // "countryside of X", "X countryside", "rural X"
  bool outskirts = false;    // "outskirts of X", "outside X"
};

// Looks at the tokens around the toponym spanning tokens [first, last] (inclusive).
RelativePhrase ParseRelativePhrase(std::string_view text, const std::vector<GeoToken>& tokens,
                                   const std::string& arena, size_t first,
                                   size_t last);

// Bearing in degrees of a direction word ("north", "north-east", "northern", "southwestern"), or -1.
double BearingOf(const std::string& simple_key);

}  // namespace sitrep::geo

#endif  // SITREP_GEO_RELATIVE_PHRASE_H_
