// ClusterSet: disjoint clusters of event mentions that keep one invariant: every two members of a
// cluster have compatible types, places and dates -- pairwise, not merely through a chain of pairs.
// This is what stops single linkage from gluing the capture of Aleppo to the capture of Rastan through
// a mention that names only "Syria".
#ifndef SITREP_FUSE_CLUSTER_SET_H_
#define SITREP_FUSE_CLUSTER_SET_H_

#include <cstddef>
#include <optional>
#include <vector>

#include "fuse/match.h"
#include "fuse/union_find.h"
#include "sitrep/event.h"

namespace sitrep::fuse {

// Not thread-safe; one per fusion run. `mentions` and `facts` must outlive it. Every mention starts as
// a cluster of its own.
class ClusterSet {
 public:
  ClusterSet(const std::vector<EventMention>& mentions, const std::vector<MentionFacts>& facts);

  // The representative of i's cluster.
  size_t Find(size_t i) { return uf_.Find(i); }

  // Whether the clusters with representatives ra and rb may become one: every type of one is
  // compatible with every type of the other (fuse::TypeScore), no two of their places are apart
  // (fuse::ComparePlaces), and the intersection of all their members' date intervals is not empty.
  bool CanMerge(size_t ra, size_t rb) const;

  // Merges the clusters with representatives ra and rb; returns the new representative.
  size_t Merge(size_t ra, size_t rb);

  // The number of members of the cluster with representative r.
  size_t Size(size_t r) const { return info_[r].size; }

 private:
  struct Info {
    std::vector<size_t> places;  // members with distinct locations
    std::vector<size_t> types;   // members with distinct types
    std::vector<size_t> agents;  // members with distinct specific (non-generic) agents
    std::optional<int> lo, hi;   // intersection of the dated members' intervals
    size_t size = 1;
  };

  const std::vector<EventMention>& mentions_;
  const std::vector<MentionFacts>& facts_;
  UnionFind uf_;
  std::vector<Info> info_;  // valid at representatives
};

}  // namespace sitrep::fuse

#endif  // SITREP_FUSE_CLUSTER_SET_H_
