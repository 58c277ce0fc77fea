// Parsing of GeoNames' main TSV format (cities500.txt, allCountries.txt).
#ifndef SITREP_GEO_GEONAMES_TSV_H_
#define SITREP_GEO_GEONAMES_TSV_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::geo {

// One GeoNames row, with the fields sitrep uses.
struct GeoNamesRow {
  int64_t geonames_id = 0;
  std::string name, ascii_name;
  std::vector<std::string> alternate_names;  // only names in Latin script (see IsLatinName)
  double lat = 0, lon = 0;
  std::string feature_class, feature_code, country, admin1_code;
  int64_t population = 0;
  // The preferred English name from alternateNamesV2.txt, when one was read and differs from `name`
  // (empty otherwise): the gazetteer shows it as the place's name.
  std::string english_name;
};

// Parses one line (19 tab-separated columns; trailing columns may be missing after the 15th).
// Returns InvalidArgument for a malformed line (too few columns, bad id or coordinates).
Result<GeoNamesRow> ParseGeoNamesLine(std::string_view line);

// True when `name` is written in Latin script (ASCII or Latin letters with diacritics), has at
// least one letter, and looks like a real name: machine transliterations written all in lower case
// ("hmah", "yi de li bo") and short all-capital codes ("HMS") are rejected.
bool IsLatinName(std::string_view name);

}  // namespace sitrep::geo

#endif  // SITREP_GEO_GEONAMES_TSV_H_
