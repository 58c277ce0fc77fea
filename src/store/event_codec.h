// JSON encodings of actors, locations, mentions and fused events as stored in the SQLite columns
// (doc/schema.md). Internal to the store; the outside JSON contract is the export module's.
#ifndef SITREP_STORE_EVENT_CODEC_H_
#define SITREP_STORE_EVENT_CODEC_H_

#include <optional>
#include <string>
#include <vector>

#include "sitrep/event.h"
#include "sitrep/status.h"

namespace sitrep::store {

std::string EncodeActors(const std::vector<Actor>& actors);
Status DecodeActors(const std::string& json, std::vector<Actor>* out);

// "" encodes "no location".
std::string EncodeLocation(const std::optional<Location>& loc);
Status DecodeLocation(const std::string& json, std::optional<Location>* out);

// The whole fused event (best values, sources, disagreements, counts, confidence, id).
std::string EncodeEvent(const FusedEvent& e);
Status DecodeEvent(const std::string& json, FusedEvent* out);

}  // namespace sitrep::store

#endif  // SITREP_STORE_EVENT_CODEC_H_
