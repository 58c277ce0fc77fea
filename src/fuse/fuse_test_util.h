// Helpers for the fuse tests: hand-made mentions and places.
#ifndef SITREP_FUSE_FUSE_TEST_UTIL_H_
#define SITREP_FUSE_FUSE_TEST_UTIL_H_

#include <string>
#include <vector>

#include "sitrep/event.h"

namespace sitrep::fuse::testing {

inline Location Place(const std::string& name, double lat, double lon, int64_t id, double precision_km = 5,
                      const std::string& feature = "PPL", const std::string& admin1 = "") {
  Location l;
  l.text = name;
  l.name = name;
  l.lat = lat;
  l.lon = lon;
  l.country = "SY";
  l.admin1 = admin1;
  l.geonames_id = id;
  l.feature = feature;
  l.precision_km = precision_km;
  return l;
}

// Coordinates are rounded real ones; ids are made up but distinct.
inline Location Hama() { return Place("Hama", 35.13, 36.75, 1001, 5, "PPLA", "Hama"); }
inline Location HamaAirport() { return Place("Hama Military Airport", 35.12, 36.71, 1002, 2, "AIRP", "Hama"); }
inline Location Homs() { return Place("Homs", 34.73, 36.72, 1003, 5, "PPLA", "Homs"); }
inline Location Idlib() { return Place("Idlib", 35.93, 36.63, 1004, 4, "PPLA", "Idlib"); }
inline Location Ariha() { return Place("Ariha", 35.81, 36.61, 1005, 3, "PPL", "Idlib"); }
inline Location IdlibProvince() { return Place("Idlib Governorate", 35.8, 36.6, 1006, 60, "ADM1", "Idlib"); }

inline Actor A(const std::string& name, const std::string& kind, const std::string& country = "") {
  return Actor{name, name, kind, country};
}
inline Actor Hts() { return A("Hayat Tahrir al-Sham", "rebel", "SY"); }
inline Actor Rebels() { return A("rebels", "rebel"); }
inline Actor SyrianArmy() { return A("Military Forces of Syria", "state", "SY"); }

inline EventMention M(const std::string& doc, int sentence, const std::string& type, const std::string& date,
                      std::optional<Location> loc, std::vector<Actor> agent = {}, std::vector<Actor> target = {}) {
  EventMention m;
  m.doc = doc;
  m.sentence = sentence;
  m.quote = doc + " sentence " + std::to_string(sentence) + " about " + type;
  m.type = type;
  m.date = date;
  m.location = std::move(loc);
  m.agent = std::move(agent);
  m.target = std::move(target);
  m.modality = "asserted";
  return m;
}

inline const char* kCapture = "Non-state actor overtakes territory";
inline const char* kAirStrike = "Air/drone strike";
inline const char* kShelling = "Shelling/artillery/missile attack";

}  // namespace sitrep::fuse::testing

#endif  // SITREP_FUSE_FUSE_TEST_UTIL_H_
