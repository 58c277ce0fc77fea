#include "fuse/cluster_set.h"

#include <algorithm>

namespace sitrep::fuse {

namespace {

bool HasSpecificAgent(const EventMention& m) {
  return std::any_of(m.agent.begin(), m.agent.end(), [](const Actor& a) { return !IsGenericActor(a); });
}

bool IsPoint(const EventMention& m) { return m.location && !IsArea(*m.location); }

}  // namespace

ClusterSet::ClusterSet(const std::vector<EventMention>& mentions, const std::vector<MentionFacts>& facts)
    : mentions_(mentions), facts_(facts), uf_(mentions.size()), info_(mentions.size()) {
  for (size_t i = 0; i < mentions.size(); ++i) {
    Info& in = info_[i];
    if (mentions[i].location) in.places.push_back(i);
    in.types.push_back(i);
    if (HasSpecificAgent(mentions[i])) in.agents.push_back(i);
    in.lo = facts[i].lo;
    in.hi = facts[i].hi;
  }
}

bool ClusterSet::CanMerge(size_t ra, size_t rb) const {
  const Info& a = info_[ra];
  const Info& b = info_[rb];
  if (a.lo && b.lo && (std::max(*a.lo, *b.lo) > std::min(*a.hi, *b.hi))) return false;
  for (size_t x : a.types) {
    for (size_t y : b.types) {
      if (!TypeScore(facts_[x].type, mentions_[x].type, facts_[y].type, mentions_[y].type)) return false;
    }
  }
  for (size_t x : a.places) {
    for (size_t y : b.places) {
      if (ComparePlaces(mentions_[x].location, mentions_[y].location) == PlaceMatch::kIncompatible) return false;
    }
  }
  // Two specific agents in conflict, one placed in a town and the other in that town's surroundings
  // ("Aleppo" vs "Aleppo's countryside"), tell two events, whatever generic mention links them; in one
  // town, or a town and a wider region around it, they are a disagreement about one event.
  for (size_t x : a.agents) {
    for (size_t y : b.agents) {
      const EventMention& mx = mentions_[x];
      const EventMention& my = mentions_[y];
      if (!mx.location || !my.location || mx.location->geonames_id == 0 ||
          mx.location->geonames_id != my.location->geonames_id || IsPoint(mx) == IsPoint(my)) {
        continue;
      }
      if (CompareActors(mx.agent, my.agent) == ActorMatch::kConflict) return false;
    }
  }
  return true;
}

size_t ClusterSet::Merge(size_t ra, size_t rb) {
  if (ra == rb) return ra;
  Info a = std::move(info_[ra]);
  Info b = std::move(info_[rb]);
  uf_.Union(ra, rb);
  const size_t r = uf_.Find(ra);
  Info& out = info_[r];
  out = std::move(a);
  for (size_t y : b.places) {
    const bool known = std::any_of(out.places.begin(), out.places.end(), [&](size_t x) {
      return ComparePlaces(mentions_[x].location, mentions_[y].location) == PlaceMatch::kSame;
    });
    if (!known) out.places.push_back(y);
  }
  for (size_t y : b.agents) {
    const bool known = std::any_of(out.agents.begin(), out.agents.end(), [&](size_t x) {
      return CompareActors(mentions_[x].agent, mentions_[y].agent) == ActorMatch::kSame;
    });
    if (!known) out.agents.push_back(y);
  }
  for (size_t y : b.types) {
    const bool known = std::any_of(out.types.begin(), out.types.end(),
                                   [&](size_t x) { return facts_[x].type_key == facts_[y].type_key; });
    if (!known) out.types.push_back(y);
  }
  if (!out.lo) {
    out.lo = b.lo;
    out.hi = b.hi;
  } else if (b.lo) {
    out.lo = std::max(*out.lo, *b.lo);
    out.hi = std::min(*out.hi, *b.hi);
  }
  out.size += b.size;
  return r;
}

}  // namespace sitrep::fuse
