// EventFuser: many documents' event mentions -> fused events. Pure and deterministic: the output
// depends only on the set of mentions and documents, never on their order. Rules: doc/fusion.md.
#ifndef SITREP_FUSE_EVENT_FUSER_H_
#define SITREP_FUSE_EVENT_FUSER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "sitrep/event.h"

namespace sitrep::fuse {

// What the fuser needs to know of a document.
struct DocInfo {
  std::string id;
  std::string outlet;
  std::string published;
  std::string fingerprint;  // fuse::Fingerprint(text), "" when unknown
};

// One fused event and the input positions of its mentions.
struct Cluster {
  FusedEvent event;
  std::vector<size_t> members;  // indices into the mentions given, ascending
};

// Stateless; safe to share between threads.
class EventFuser {
 public:
  // Fuses `mentions` (of the documents in `docs`; mentions of unknown documents are fused with an
  // empty outlet and no fingerprint) into events ordered by date, then id. Runs in about
  // O(n * k) for k mentions per day, type group and map cell, not O(n^2).
  std::vector<FusedEvent> Fuse(const std::vector<EventMention>& mentions, const std::vector<DocInfo>& docs) const;

  // As Fuse(), keeping each event's member positions.
  std::vector<Cluster> FuseClusters(const std::vector<EventMention>& mentions,
                                    const std::vector<DocInfo>& docs) const;

  // The connected components of the "may be one event" relation (fuse::PairScore defined), as
  // ascending index lists ordered by their first index. Fusion decomposes over these groups: fusing
  // a union of whole groups gives exactly the events that fusing everything gives for them. This
  // is what lets the store re-fuse only a neighbourhood.
  std::vector<std::vector<size_t>> Groups(const std::vector<EventMention>& mentions) const;
};

}  // namespace sitrep::fuse

#endif  // SITREP_FUSE_EVENT_FUSER_H_
