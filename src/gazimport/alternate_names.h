// GeoNames alternateNamesV2.txt: names of places in other languages, historic and colloquial names.
#ifndef SITREP_GAZIMPORT_ALTERNATE_NAMES_H_
#define SITREP_GAZIMPORT_ALTERNATE_NAMES_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "geo/geonames_tsv.h"
#include "sitrep/status.h"

namespace sitrep::gazimport {

// One row: alternateNameId, geonameid, isolanguage, alternate name, isPreferredName, isShortName,
// isColloquial, isHistoric, from, to (the last six may be missing or empty).
struct AlternateName {
  int64_t geonames_id = 0;
  std::string_view language;  // ISO 639 code, "" or a pseudo-language ("link", "post", "iata" ...)
  std::string_view name;
  bool preferred = false, short_name = false, colloquial = false, historic = false;
};

// Parses one line; views point into `line`. InvalidArgument for fewer than 4 columns or a bad id.
Result<AlternateName> ParseAlternateNameLine(std::string_view line);

// True when the row names the place in a way news may write it: English or unspecified language
// (transliterations), or a historic or colloquial name in any language; never the pseudo-languages
// (links, postal codes, airport codes, abbreviations ...); only Latin-script names (IsLatinName).
bool IsUsefulAlternateName(const AlternateName& a);

struct AlternateStats {
  size_t lines = 0;
  size_t added = 0;    // names added to kept rows
  size_t skipped = 0;  // malformed lines (reported on the log as file:line: reason)
};

// Streams `path` line by line and adds the useful names of the places in `rows` (found through
// `row_of_id`, geonames id -> index) to their alternate_names; a preferred English name different
// from the row's name becomes its english_name. Fails only when the file cannot be read.
Result<AlternateStats> AddAlternateNames(const std::string& path,
                                         const std::unordered_map<int64_t, size_t>& row_of_id,
                                         std::vector<geo::GeoNamesRow>* rows, std::FILE* log);

}  // namespace sitrep::gazimport

#endif  // SITREP_GAZIMPORT_ALTERNATE_NAMES_H_
