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

// Whether `simple_key` is one of the US cities that AP style datelines without a state ("WASHINGTON
// (AP) -", "HOUSTON -"): a dateline so written names the big city, not a namesake town.
bool IsApStandaloneDatelineCity(std::string_view simple_key);

// The US state whose residents `simple_key` names ("ohioan" -> "Ohio"); empty when none. Plurals are
// the caller's business.
std::string_view UsStateOfDemonym(std::string_view simple_key);

// GeoNames' representative point of a country (ISO alpha-2), where it differs much from the point of
// our country source (npm world-countries, CIA-style centres): the convention of GeoNames-based corpora
// and of the gazetteer's own cities. Sets *lat, *lon and returns true for a listed country.
bool GeonamesCountryPoint(std::string_view iso2, double* lat, double* lon);

// GeoNames' representative point of a first-level division (country ISO alpha-2 and its preferred
// name) where our division source (npm country-state-city) puts it far off, at a city: New York state
// sits at New York City there. Sets *lat, *lon and returns true for a listed division.
bool GeonamesDivisionPoint(std::string_view iso2, std::string_view name, double* lat, double* lon);

}  // namespace sitrep::geo

#endif  // SITREP_GEO_NAMED_EXTRAS_H_
