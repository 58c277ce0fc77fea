// US counties and county-equivalents from us-atlas' counties-10m.json (TopoJSON made from the Census
// Bureau's cartographic boundary files) as second-level divisions (ADM2) of the gazetteer.
#ifndef SITREP_GAZIMPORT_US_ATLAS_H_
#define SITREP_GAZIMPORT_US_ATLAS_H_

#include <string>
#include <vector>

#include "geo/gazetteer_builder.h"
#include "sitrep/status.h"

namespace sitrep::gazimport {

// One county or county-equivalent, named the way news writes it.
struct UsCounty {
  std::string fips;                  // five digits: state (2) + county (3)
  std::string name;                  // "Henry County", "Orleans Parish", "Kenai Peninsula Borough"
  std::vector<std::string> aliases;  // "Saint Louis County" for "St. Louis County", "Baltimore City"
  std::string state;                 // "Virginia"
  bool independent_city = false;     // a city outside any county (Virginia, Baltimore, St. Louis)
  double lat = 0, lon = 0;           // area-weighted centroid of its polygons
  double area_km2 = 0;
  double radius_km = 0;              // radius of a disc of the same area
  // Every ring (outer boundaries and holes) as (lon, lat) points: a point lies inside the county
  // when a ray from it crosses the rings an odd number of times. Bounding box of all rings.
  std::vector<std::vector<std::pair<double, double>>> rings;
  double min_lon = 0, max_lon = 0, min_lat = 0, max_lat = 0;
  // True when (lat, lon) lies inside the county (even-odd rule over `rings`).
  bool Contains(double lat, double lon) const;
};

// The news form of a county name from its FIPS code and its bare Census name ("Henry" -> "Henry
// County"; Louisiana parishes, Alaska boroughs, census areas and municipalities; independent cities
// keep the bare name and set *independent_city). Empty for FIPS codes outside the 50 states.
std::string UsCountyNewsName(const std::string& fips, const std::string& bare, bool* independent_city);

// Decodes counties-10m.json: quantised, delta-encoded arcs with their transform, Polygon and
// MultiPolygon geometries, the state of each county from its FIPS prefix (objects.states). Counties
// of the territories and the District of Columbia (a state-level entry already) are left out.
Result<std::vector<UsCounty>> ReadUsCounties(const std::string& path);

struct UsCountyStats {
  int added = 0;
  int skipped_city = 0;       // independent cities already present as a populated place
  int skipped_duplicate = 0;  // counties already present as a US ADM2 (a full GeoNames dump)
};

// Adds the counties as ADM2 places (country US, admin1 = state). An independent city is skipped when
// a populated place (PPL*) of the same name lies within its area; a county is skipped when a US ADM2
// of the same name lies within 50 km (a full GeoNames dump has them). A county's population is the
// sum of the populations of the US populated places already in `b` that lie inside it: a lower
// bound of the real one that ranks namesakes ("Columbia County" in Georgia, New York ...) sensibly.
UsCountyStats AddUsCounties(const std::vector<UsCounty>& counties, geo::GazetteerBuilder* b);

}  // namespace sitrep::gazimport

#endif  // SITREP_GAZIMPORT_US_ATLAS_H_
