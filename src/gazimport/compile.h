// Compiles a gazetteer index (doc/gazetteer-index.md) from GeoNames and the other sources. Used by
// `sitrep gazetteer import` and by the build_gazetteer tool.
#ifndef SITREP_GAZIMPORT_COMPILE_H_
#define SITREP_GAZIMPORT_COMPILE_H_

#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::gazimport {

struct CompileOptions {
  // GeoNames main-format TSV: allCountries.txt, cities500/1000/5000/15000.txt or a per-country dump
  // (SY.txt). Required. Read line by line; only the kept rows stay in memory.
  std::string geonames;
  std::string alternate_names;      // alternateNamesV2.txt (or a per-country one); optional
  std::string countries;            // world-countries countries.json; optional
  std::string states;               // country-state-city state.json; optional
  std::vector<std::string> extras;  // user places TSVs (kb/places.tsv format), applied in order
  std::string us_atlas;             // us-atlas counties-10m.json; optional
  std::string common_words;         // word list, one word a line; optional
  std::string out;                  // index file to write (written whole, then renamed into place)
};

struct CompileStats {
  size_t places = 0;          // places in the index
  size_t names = 0;           // names indexed (preferred and alternate, before folding)
  size_t geonames_rows = 0;   // GeoNames rows kept
  size_t divisions = 0;       // first-level divisions from state.json
  size_t countries = 0;
  size_t counties = 0;        // US counties added
  size_t alternate_names = 0; // names added from the alternate-names file
  size_t extra_rows = 0;      // user TSV rows taken
  size_t common_words = 0;
  size_t skipped_rows = 0;    // malformed rows of any input, each reported on the log
  size_t index_bytes = 0;
  double seconds = 0;
};

// Reads the inputs, builds the index and writes it to options.out. Malformed rows are reported on
// `log` ("file:line: reason") and skipped, and counted in skipped_rows; an unreadable or corrupt
// whole input (a missing file, bad JSON) or an unwritable output is an error.
Result<CompileStats> CompileGazetteer(const CompileOptions& options, std::FILE* log);

}  // namespace sitrep::gazimport

#endif  // SITREP_GAZIMPORT_COMPILE_H_
