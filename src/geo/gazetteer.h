// GazetteerIndex: the compiled, memory-mapped place index (format: doc/gazetteer-index.md).
#ifndef SITREP_GEO_GAZETTEER_H_
#define SITREP_GEO_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <span>
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
  // Memory-maps a compiled index file (read-only). A file that is truncated or whose header or
  // section sizes do not add up gives Status::Corruption; later lookups on a damaged body stay in
  // bounds (bad offsets read as empty strings, bad postings are skipped).
  static Result<std::unique_ptr<GazetteerIndex>> Open(const std::string& path);
  // The same over an in-memory copy of index bytes (tests, fuzzers, embedded indexes).
  static Result<std::unique_ptr<GazetteerIndex>> FromBytes(std::string bytes);
  // Indices of the places under `fold_key`: countries first, then by population (a division
  // ranks as one million people); no allocation. The span stays valid
  // as long as the index. Out-of-range entries of a damaged file are already filtered by Get().
  virtual std::span<const uint32_t> Postings(std::string_view fold_key) const = 0;
  // All places whose name or alternate name has FoldKey == key (empty when none).
  virtual std::vector<Place> Lookup(std::string_view fold_key) const = 0;
  // Longest number of words of any name in the index (for n-gram matching).
  virtual int MaxNameWords() const = 0;
  virtual size_t size() const = 0;
  // The place at `index`; a default Place (geonames_id 0, empty names) when out of range.
  virtual Place Get(uint32_t index) const = 0;
  // Rough extent of the place in km (city radius, half-size of a division or country).
  virtual double RadiusKm(uint32_t index) const = 0;
  // True when `simple_word` (one lower-case text::SimpleKey word, e.g. "nice", "reading", "man") is a
  // common English word of the word list the index was built with: a capitalised match of such a name
  // needs context ("in Reading", "Reading, Berkshire") before it is read as a place. False when the
  // index has no word list.
  virtual bool IsCommonWord(std::string_view simple_word) const {
    (void)simple_word;
    return false;
  }
};

}  // namespace sitrep::geo

#endif  // SITREP_GEO_GAZETTEER_H_
