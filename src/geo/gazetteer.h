// GazetteerIndex: the compiled, memory-mapped place index (format: doc/gazetteer-index.md).
#ifndef SITREP_GEO_GAZETTEER_H_
#define SITREP_GEO_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::geo {

// One place of the index (decoded view).
struct Place {
  uint32_t index = 0;       // position in the index
  int64_t geonames_id = 0;  // 0 for non-GeoNames entries (user TSV)
  std::string_view name;    // preferred name
  double lat = 0, lon = 0;
  std::string_view country;   // ISO alpha-2
  std::string_view admin1;    // first-level division name ("Homs"), may be empty
  std::string_view feature;   // feature code: PPLC, PPLA, PPLA2, PPL, ADM1, PCLI ...
  int64_t population = 0;
};

// Immutable after Open(); safe to share between threads.
class GazetteerIndex {
 public:
  virtual ~GazetteerIndex() = default;
  // Memory-maps a compiled index file.
  static Result<std::unique_ptr<GazetteerIndex>> Open(const std::string& path);
  // All places whose name or alternate name has FoldKey == key (empty when none).
  virtual std::vector<Place> Lookup(std::string_view fold_key) const = 0;
  // Longest number of words of any name in the index (for n-gram matching).
  virtual int MaxNameWords() const = 0;
  virtual size_t size() const = 0;
  virtual Place Get(uint32_t index) const = 0;
};

}  // namespace sitrep::geo

#endif  // SITREP_GEO_GAZETTEER_H_
