// GazetteerBuilder: collects places and their names and serialises the binary index.
#ifndef SITREP_GEO_GAZETTEER_BUILDER_H_
#define SITREP_GEO_GAZETTEER_BUILDER_H_

#include <cstdint>
#include <string>
#include <set>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::geo {

// A place as the builder receives it.
struct PlaceInput {
  int64_t geonames_id = 0;
  std::string name;     // preferred name (also indexed)
  double lat = 0, lon = 0;
  std::string country;  // ISO alpha-2
  std::string admin1;   // first-level division name
  std::string feature;  // GeoNames feature code
  int64_t population = 0;
  double radius_km = 0;            // 0 = derive from feature and population
  std::vector<std::string> names;  // alternate names (indexed under their FoldKey)
};

// Not thread-safe. Add places, then Serialize() or WriteFile().
class GazetteerBuilder {
 public:
  // Adds a place; returns its index.
  uint32_t Add(PlaceInput place);
  // Adds an alternate name to a place already added. Returns false when the index is out of range.
  bool AddName(uint32_t index, std::string_view name);
  // Adds a common English word (GazetteerIndex::IsCommonWord). Only one lower-case word of ASCII
  // letters of at most format::kMaxCommonWord bytes is kept; returns false (and stores nothing)
  // otherwise.
  bool AddCommonWord(std::string_view word);
  size_t common_word_count() const { return common_words_.size(); }
  // Index of the place with this GeoNames id (first added), or -1.
  int64_t FindGeonamesId(int64_t id) const;
  size_t size() const { return places_.size(); }
  PlaceInput& place(uint32_t index) { return places_[index]; }

  // The whole index file as bytes.
  std::string Serialize() const;
  // Serialises to `path` (written whole, then renamed into place).
  Status WriteFile(const std::string& path) const;

  // Default extent (km) of a place from its feature code and population.
  static double DefaultRadiusKm(std::string_view feature, int64_t population);

 private:
  std::vector<PlaceInput> places_;
  std::unordered_map<int64_t, uint32_t> by_geonames_id_;
  std::set<std::string, std::less<>> common_words_;
};

}  // namespace sitrep::geo

#endif  // SITREP_GEO_GAZETTEER_BUILDER_H_
