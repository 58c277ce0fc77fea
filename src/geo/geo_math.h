// Spherical geometry helpers (WGS84 treated as a sphere of radius 6371 km).
#ifndef SITREP_GEO_GEO_MATH_H_
#define SITREP_GEO_GEO_MATH_H_

namespace sitrep::geo {

// Great-circle distance between two points, in km.
double HaversineKm(double lat1, double lon1, double lat2, double lon2);

// The point `distance_km` from (lat, lon) along initial bearing `bearing_deg` (0 = north, 90 = east).
void Destination(double lat, double lon, double bearing_deg, double distance_km, double* out_lat,
                 double* out_lon);

}  // namespace sitrep::geo

#endif  // SITREP_GEO_GEO_MATH_H_
