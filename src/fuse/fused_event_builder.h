// Builds one FusedEvent from the mentions that fusion put together: best values, sources,
// independence, disagreements, confidence and the stable id.
#ifndef SITREP_FUSE_FUSED_EVENT_BUILDER_H_
#define SITREP_FUSE_FUSED_EVENT_BUILDER_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "fuse/event_fuser.h"
#include "sitrep/event.h"

namespace sitrep::fuse {

// `members` must be non-empty and sorted by MentionLess. `docs` maps document ids to their info
// (documents not found count as unknown outlets without a fingerprint).
FusedEvent BuildFusedEvent(const std::vector<const EventMention*>& members,
                           const std::unordered_map<std::string, const DocInfo*>& docs);

// The canonical total order of mentions: doc id, sentence, then every other field that tells two
// mentions apart. Fusion works in this order, so input order never matters.
bool MentionLess(const EventMention& a, const EventMention& b);

// "e" + 16 hex digits: FNV-1a of the key of `m` (doc, sentence, type, date, place, agents).
std::string EventId(const EventMention& m);

// Weight (0..1) of one source mention: who says it (a monitor or agency above the outlet itself
// above a party to the fighting) times how it is said (asserted > reported > claimed > unconfirmed >
// denied).
double SourceWeight(const EventMention& m);

// Whether two numeric values of a field agree: within 20% of the larger or 1 unit (km, people).
bool NumbersAgree(double a, double b);

}  // namespace sitrep::fuse

#endif  // SITREP_FUSE_FUSED_EVENT_BUILDER_H_
