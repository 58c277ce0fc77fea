// Internal: builds nlohmann JSON values for the contract's objects. Shared by the JSON, GeoJSON and
// CSV writers so every format says the same thing.
#ifndef SITREP_EXPORT_JSON_FIELDS_H_
#define SITREP_EXPORT_JSON_FIELDS_H_

#include <nlohmann/json.hpp>

#include "sitrep/event.h"

namespace sitrep::exporter {

using OrderedJson = nlohmann::ordered_json;

OrderedJson ActorsJson(const std::vector<Actor>& actors);
OrderedJson LocationJson(const std::optional<Location>& loc);
// The mention fields of the contract, in order.
OrderedJson MentionJson(const EventMention& m);
// A fused event: mention fields of best (without doc/sentence) + fusion fields.
OrderedJson EventJson(const FusedEvent& e);

const char* DatePrecisionName(DatePrecision p);

}  // namespace sitrep::exporter

#endif  // SITREP_EXPORT_JSON_FIELDS_H_
