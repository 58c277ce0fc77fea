// Test helper: builds a small index from testdata/geo/mini_cities.txt plus a country and a division.
// Header-only; used by the geo tests.
#ifndef SITREP_GEO_TEST_INDEX_UTIL_H_
#define SITREP_GEO_TEST_INDEX_UTIL_H_

#include <fstream>
#include <memory>
#include <string>

#include "geo/gazetteer.h"
#include "geo/gazetteer_builder.h"
#include "geo/geonames_tsv.h"

namespace sitrep::geo::testing {

inline std::string SourcePath(const std::string& rel) {
#ifdef SITREP_SOURCE_DIR
  return std::string(SITREP_SOURCE_DIR) + "/" + rel;
#else
  return rel;
#endif
}

inline GazetteerBuilder MiniBuilder() {
  GazetteerBuilder b;
  std::ifstream in(SourcePath("testdata/geo/mini_cities.txt"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto r = ParseGeoNamesLine(line);
    if (!r.ok()) continue;
    PlaceInput p;
    p.geonames_id = r->geonames_id;
    p.name = r->ascii_name;
    p.lat = r->lat;
    p.lon = r->lon;
    p.country = r->country;
    p.feature = r->feature_code;
    p.population = r->population;
    p.admin1 = r->country == "SY" && r->admin1_code == "11" ? "Homs" : (r->country == "SY" && r->admin1_code == "10" ? "Hama" : "");
    p.names.push_back(r->name);
    for (auto& a : r->alternate_names) p.names.push_back(a);
    b.Add(std::move(p));
  }
  PlaceInput syria;
  syria.geonames_id = 163843;
  syria.name = "Syria";
  syria.lat = 35;
  syria.lon = 38;
  syria.country = "SY";
  syria.feature = "PCLI";
  syria.radius_km = 215;
  syria.names = {"Syrian Arab Republic"};
  b.Add(syria);
  PlaceInput homs_gov;
  homs_gov.name = "Homs";
  homs_gov.lat = 34.6;
  homs_gov.lon = 37.9;
  homs_gov.country = "SY";
  homs_gov.admin1 = "Homs";
  homs_gov.feature = "ADM1";
  homs_gov.names = {"Homs Governorate"};
  b.Add(homs_gov);
  return b;
}

inline std::unique_ptr<GazetteerIndex> MiniIndex() {
  auto idx = GazetteerIndex::FromBytes(MiniBuilder().Serialize());
  return idx.ok() ? std::move(idx).value() : nullptr;
}

}  // namespace sitrep::geo::testing

#endif  // SITREP_GEO_TEST_INDEX_UTIL_H_
