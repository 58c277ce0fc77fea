// Readers of the gazetteer compiler's inputs other than GeoNames TSV: world-countries'
// countries.json, country-state-city's state.json, the user places TSV (kb/places.tsv format), and
// the linker of GeoNames admin1 codes to first-level divisions.
#ifndef SITREP_GAZIMPORT_SOURCES_H_
#define SITREP_GAZIMPORT_SOURCES_H_

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "geo/gazetteer_builder.h"
#include "geo/geonames_tsv.h"
#include "sitrep/status.h"

namespace sitrep::gazimport {

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

// What AddExtraPlaces did with a user TSV.
struct ExtraStats {
  int rows = 0;              // place and alias rows taken
  int skipped = 0;           // malformed rows, each reported on `log` as "file:line: reason"
  int unresolved_alias = 0;  // alias rows whose target is not in the index (a warning, not an error)
};

// Reads a user places TSV (kb/places.tsv format, described in its header). A malformed row (too
// few columns, a bad number, coordinates out of range) is reported on `log` with its file and line
// and skipped; the rest goes on. Fails only when the file cannot be read.
Result<ExtraStats> AddExtraPlaces(const std::string& path, geo::GazetteerBuilder* b, std::FILE* log);

// Great-circle distance in km.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace sitrep::gazimport

#endif  // SITREP_GAZIMPORT_SOURCES_H_
