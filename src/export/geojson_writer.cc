#include "export/geojson_writer.h"

#include "export/json_fields.h"

#include <cmath>

namespace sitrep::exporter {

std::string EventsToGeoJson(const std::vector<FusedEvent>& events) {
  OrderedJson fc;
  fc["type"] = "FeatureCollection";
  OrderedJson features = OrderedJson::array();
  for (const FusedEvent& e : events) {
    if (!e.best.location) continue;
    OrderedJson f;
    f["type"] = "Feature";
    f["id"] = e.id;
    OrderedJson geom;
    geom["type"] = "Point";
    geom["coordinates"] = {std::round(e.best.location->lon * 1e5) / 1e5, std::round(e.best.location->lat * 1e5) / 1e5};
    f["geometry"] = std::move(geom);
    f["properties"] = EventJson(e);
    features.push_back(std::move(f));
  }
  fc["features"] = std::move(features);
  return fc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace sitrep::exporter
