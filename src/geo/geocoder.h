// Geocoder: finds toponyms in a document and resolves each to one place.
#ifndef SITREP_GEO_GEOCODER_H_
#define SITREP_GEO_GEOCODER_H_

#include <string>
#include <string_view>
#include <vector>

#include "geo/gazetteer.h"
#include "sitrep/event.h"

namespace sitrep::geo {

struct Toponym {
  size_t begin = 0, end = 0;  // byte offsets of the place name in the text passed to Geocode
  size_t phrase_begin = 0;    // start of a relative phrase ("8 km north of Homs"), == begin when none
  Location location;          // resolved place; precision_km set (relative offsets applied)
  bool is_relative = false;   // an offset from the named place was applied
  double confidence = 0;      // 0..1
};

struct GeocodeOptions {
  std::string country_hint;  // ISO alpha-2 preferred when ambiguous ("" = infer from the article)
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
};

}  // namespace sitrep::geo

#endif  // SITREP_GEO_GEOCODER_H_
