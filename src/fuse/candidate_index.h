// CandidateIndex: blocks mentions by day, type group and map cell so that fusion compares only
// mentions that could be one event.
#ifndef SITREP_FUSE_CANDIDATE_INDEX_H_
#define SITREP_FUSE_CANDIDATE_INDEX_H_

#include <cstddef>
#include <functional>
#include <vector>

#include "fuse/match.h"
#include "sitrep/event.h"

namespace sitrep::fuse {

// Calls fn(i, j) (i != j) once for every unordered pair that may have a PairScore; pairs that cannot
// (different type groups, disjoint dates, places more than a cell apart) are never visited. Every
// pair with a PairScore is visited.
void ForEachCandidatePair(const std::vector<EventMention>& mentions, const std::vector<MentionFacts>& facts,
                          const std::function<void(size_t, size_t)>& fn);

}  // namespace sitrep::fuse

#endif  // SITREP_FUSE_CANDIDATE_INDEX_H_
