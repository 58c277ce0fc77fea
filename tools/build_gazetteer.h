// Shared declarations of the gazetteer compiler (tools/build_gazetteer*.cc).
#ifndef SITREP_TOOLS_BUILD_GAZETTEER_H_
#define SITREP_TOOLS_BUILD_GAZETTEER_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "geo/gazetteer_builder.h"
#include "geo/geonames_tsv.h"
#include "sitrep/status.h"

namespace sitrep::tools {

// A first-level division from country-state-city's state.json.
struct State {
  std::string full_name;   // "Homs Governorate"
  std::string short_name;  // "Homs"
  std::string iso_code, country;
  double lat = 0, lon = 0;
  bool centre_repaired = false;  // the centre was moved to the median of the division's cities
};

// Removes administrative suffixes and prefixes ("Governorate", "oblast", "Province of") from a name.
std::string StripDivisionSuffix(const std::string& name);

// Reads countries.json (world-countries) into PCLI places. Returns the number added.
Result<int> AddCountries(const std::string& path, geo::GazetteerBuilder* b);

// Reads state.json (country-state-city). When a city.json lies beside it, a division centre far
// from the median of the division's cities (or missing) is replaced by that median.
Result<std::vector<State>> ReadStates(const std::string& path);

// Links GeoNames (country, admin1 code) groups of `rows` to states: returns, per "CC.code", the
// index into `states`. Name matches with the group's capital win, then nearest centre (one-to-one).
std::map<std::string, size_t> LinkAdmin1(const std::vector<geo::GeoNamesRow>& rows,
                                         const std::vector<State>& states);

// Reads the extra places TSV (kb/places.tsv; format in its header). Returns rows read.
Result<int> AddExtraPlaces(const std::string& path, geo::GazetteerBuilder* b);

// Great-circle distance in km.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace sitrep::tools

#endif  // SITREP_TOOLS_BUILD_GAZETTEER_H_
