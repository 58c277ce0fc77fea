// Names geoparsing corpora annotate that a city/division gazetteer lacks: continents, world regions,
// seas and unions ("Europe", "Middle East", "EU"), and US state abbreviations of AP style ("Calif.",
// "W.Va.", "N.Y."). Compiled-in facts; immutable; thread-safe.
#ifndef SITREP_GEO_NAMED_EXTRAS_H_
#define SITREP_GEO_NAMED_EXTRAS_H_

#include <string_view>

namespace sitrep::geo {

// A continent, region, sea or union with a representative point (GeoNames' where it has one).
struct ExtraPlace {
  std::string_view key;       // SimpleKey of the name ("middle east")
  std::string_view name;      // display name ("Middle East")
  double lat, lon;
  std::string_view feature;   // CONT, RGN, ZN (union), OCN, SEA
  double radius_km;
  bool adjective;             // an adjective of the place ("european"): a demonym-like use
};

// The extra place named by `simple_key` (one to three words), or nullptr.
const ExtraPlace* FindExtraPlace(std::string_view simple_key);

// How an AP-style abbreviation may be used: alone anywhere ("Calif.", "N.Y."), or only right after
// "Town, " because it is also an English word or name ("Ind.", "Miss.", "Wash.", "Pa.").
enum class AbbrevUse { kNone, kAnywhere, kAfterComma };

// The full name of the US state (or "District of Columbia") abbreviated as `compact`, the abbreviation
// with spaces removed and its dots kept ("W.Va.", "Calif."); empty when none. Sets *use.
std::string_view UsStateOfAbbrev(std::string_view compact, AbbrevUse* use);

}  // namespace sitrep::geo

#endif  // SITREP_GEO_NAMED_EXTRAS_H_
