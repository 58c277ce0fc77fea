// Geocoder: finds toponyms in a document and resolves each to one place.
#ifndef SITREP_GEO_GEOCODER_H_
#define SITREP_GEO_GEOCODER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "geo/gazetteer.h"
#include "sitrep/event.h"

namespace sitrep::geo {

// What a toponym span is: a place named as such, a demonym or country adjective standing for its
// state ("Syrian", "Georgians"), or a street, road, facility or waterway the gazetteer lacks, placed at
// the article's local focus with a wide precision.
enum class ToponymKind : uint8_t { kPlace, kDemonym, kLocal };

struct Toponym {
  size_t begin = 0, end = 0;  // byte offsets of the place name in the text passed to Geocode
  size_t phrase_begin = 0;    // start of a relative phrase ("8 km north of Homs"), == begin when none
  Location location;          // resolved place; precision_km set (relative offsets applied)
  bool is_relative = false;   // an offset from the named place was applied
  double confidence = 0;      // 0..1
  ToponymKind kind = ToponymKind::kPlace;
};

struct GeocodeOptions {
  std::string country_hint;  // ISO alpha-2 preferred when ambiguous ("" = infer from the article)
  // Geoparsing mode (`sitrep geocode`): also emit demonyms, continents and unions, and local names
  // (streets, facilities, rivers) the way geoparsing corpora annotate them. Off for event extraction,
  // where none of these is the scene of an event.
  bool geoparse = false;
};

// Immutable; safe to share between threads.
class Geocoder {
 public:
  explicit Geocoder(const GazetteerIndex& index);
  // Finds every toponym in normalised `text` (a whole article) and resolves it using the article's
  // country focus, co-mentioned places, admin hierarchy and population.
  std::vector<Toponym> Geocode(std::string_view text, const GeocodeOptions& opts = {}) const;

 private:
  const GazetteerIndex& index_;
  std::unordered_map<std::string, uint32_t> country_place_;  // ISO alpha-2 -> the index entry of the country
};

}  // namespace sitrep::geo

#endif  // SITREP_GEO_GEOCODER_H_
