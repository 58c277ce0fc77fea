// Spherical geometry helpers: see geo_math.h.
#include "geo/geo_math.h"

#include <algorithm>
#include <cmath>

namespace sitrep::geo {
namespace {
constexpr double kEarthKm = 6371.0;
constexpr double kRad = M_PI / 180.0;
}  // namespace

double HaversineKm(double lat1, double lon1, double lat2, double lon2) {
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(a)));
}

void Destination(double lat, double lon, double bearing_deg, double distance_km, double* out_lat,
                 double* out_lon) {
  double d = distance_km / kEarthKm, b = bearing_deg * kRad;
  double p1 = lat * kRad, l1 = lon * kRad;
  double p2 = std::asin(std::sin(p1) * std::cos(d) + std::cos(p1) * std::sin(d) * std::cos(b));
  double l2 = l1 + std::atan2(std::sin(b) * std::sin(d) * std::cos(p1), std::cos(d) - std::sin(p1) * std::sin(p2));
  *out_lat = p2 / kRad;
  double lon_deg = l2 / kRad;
  lon_deg = std::fmod(lon_deg + 540.0, 360.0) - 180.0;
  *out_lon = lon_deg;
}

}  // namespace sitrep::geo
