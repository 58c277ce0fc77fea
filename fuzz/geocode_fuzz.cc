// Fuzz target: arbitrary text through Geocode on a small index built in-process.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "geo/gazetteer.h"
#include "geo/gazetteer_builder.h"
#include "geo/geocoder.h"

namespace {

const sitrep::geo::GazetteerIndex& Index() {
  static const sitrep::geo::GazetteerIndex* index = [] {
    using sitrep::geo::PlaceInput;
    sitrep::geo::GazetteerBuilder b;
    auto add = [&](int64_t id, const char* name, double lat, double lon, const char* cc, const char* feature,
                   int64_t pop, std::vector<std::string> alts) {
      PlaceInput p;
      p.geonames_id = id;
      p.name = name;
      p.lat = lat;
      p.lon = lon;
      p.country = cc;
      p.feature = feature;
      p.population = pop;
      p.names = std::move(alts);
      b.Add(std::move(p));
    };
    add(169577, "Homs", 34.73, 36.72, "SY", "PPLA", 775404, {"Hims"});
    add(170017, "Hamah", 35.13, 36.76, "SY", "PPLA", 460602, {"Hama"});
    add(172946, "Ar Rastan", 34.93, 36.73, "SY", "PPLA2", 53152, {"Rastan", "Al-Rastan"});
    add(0, "Homs", 34.6, 37.9, "SY", "ADM1", 0, {"Homs Governorate"});
    add(0, "Syria", 35, 38, "SY", "PCLI", 0, {"Syrian Arab Republic"});
    add(703448, "Kyiv", 50.45, 30.52, "UA", "PPLC", 2797553, {"Kiev"});
    add(9, "Gulf of Aden Test Point", 12, 48, "YE", "PPL", 10, {"Gulf of Aden"});
    auto r = sitrep::geo::GazetteerIndex::FromBytes(b.Serialize());
    if (!r.ok()) abort();
    return std::move(r).value().release();
  }();
  return *index;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  sitrep::geo::Geocoder g(Index());
  auto tops = g.Geocode(text);
  for (const auto& t : tops) {
    if (t.begin > t.end || t.end > text.size() || t.phrase_begin > t.begin) abort();
    if (!(t.location.lat >= -90.0001 && t.location.lat <= 90.0001)) abort();
    if (!(t.location.precision_km > 0)) abort();
  }
  return 0;
}
