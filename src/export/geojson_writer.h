// Fused events as a GeoJSON FeatureCollection (RFC 7946); events without a place are left out.
#ifndef SITREP_EXPORT_GEOJSON_WRITER_H_
#define SITREP_EXPORT_GEOJSON_WRITER_H_

#include <string>
#include <vector>

#include "sitrep/event.h"

namespace sitrep::exporter {

// The whole collection as one JSON document. Each feature's properties are the event's JSON fields.
std::string EventsToGeoJson(const std::vector<FusedEvent>& events);

}  // namespace sitrep::exporter

#endif  // SITREP_EXPORT_GEOJSON_WRITER_H_
