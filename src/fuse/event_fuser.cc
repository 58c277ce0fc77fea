#include "fuse/event_fuser.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <optional>
#include <unordered_map>

#include "fuse/candidate_index.h"
#include "fuse/cluster_set.h"
#include "fuse/fused_event_builder.h"
#include "fuse/match.h"
#include "fuse/union_find.h"

namespace sitrep::fuse {
namespace {

struct Edge {
  size_t a, b;
  double score;
};

std::vector<Edge> ScoredEdges(const std::vector<EventMention>& mentions, const std::vector<MentionFacts>& facts) {
  std::vector<Edge> edges;
  ForEachCandidatePair(mentions, facts, [&](size_t i, size_t j) {
    if (std::optional<double> s = PairScore(mentions[i], facts[i], mentions[j], facts[j])) edges.push_back({i, j, *s});
  });
  return edges;
}

std::vector<MentionFacts> AllFacts(const std::vector<EventMention>& mentions) {
  std::vector<MentionFacts> facts;
  facts.reserve(mentions.size());
  for (const EventMention& m : mentions) facts.push_back(ComputeFacts(m));
  return facts;
}

}  // namespace

std::vector<FusedEvent> EventFuser::Fuse(const std::vector<EventMention>& mentions,
                                         const std::vector<DocInfo>& docs) const {
  std::vector<FusedEvent> out;
  for (Cluster& c : FuseClusters(mentions, docs)) out.push_back(std::move(c.event));
  return out;
}

std::vector<Cluster> EventFuser::FuseClusters(const std::vector<EventMention>& mentions,
                                              const std::vector<DocInfo>& docs) const {
  const size_t n = mentions.size();
  const std::vector<MentionFacts> facts = AllFacts(mentions);
  const std::vector<Edge> edges = ScoredEdges(mentions, facts);

  // The canonical rank of every mention; edges are taken strongest first, ties in canonical order,
  // so the result never depends on the input order.
  std::vector<size_t> rank(n), by_rank(n);
  std::iota(by_rank.begin(), by_rank.end(), size_t{0});
  std::stable_sort(by_rank.begin(), by_rank.end(),
                   [&](size_t a, size_t b) { return MentionLess(mentions[a], mentions[b]); });
  for (size_t k = 0; k < n; ++k) rank[by_rank[k]] = k;
  std::vector<Edge> ordered = edges;
  for (Edge& e : ordered) {
    if (rank[e.a] > rank[e.b]) std::swap(e.a, e.b);
  }
  std::sort(ordered.begin(), ordered.end(), [&](const Edge& x, const Edge& y) {
    if (x.score != y.score) return x.score > y.score;
    if (rank[x.a] != rank[y.a]) return rank[x.a] < rank[y.a];
    return rank[x.b] < rank[y.b];
  });
  std::vector<std::vector<size_t>> neighbours(n);
  for (const Edge& e : edges) {
    neighbours[e.a].push_back(e.b);
    neighbours[e.b].push_back(e.a);
  }

  // Tiers: anchored (a specific type, a day, a point), placed (a point, a weaker date or type), vague.
  enum Tier { kAnchored, kPlaced, kVague };
  std::vector<Tier> tier(n);
  for (size_t i = 0; i < n; ++i) tier[i] = facts[i].anchored ? kAnchored : facts[i].point ? kPlaced : kVague;

  ClusterSet clusters(mentions, facts);
  std::vector<char> attached(n, 0);
  // Merges along the edges whose ends both satisfy `eligible`, strongest first, keeping the
  // pairwise-compatibility invariant of ClusterSet.
  auto link = [&](auto eligible) {
    for (const Edge& e : ordered) {
      if (!eligible(e.a) || !eligible(e.b)) continue;
      const size_t ra = clusters.Find(e.a), rb = clusters.Find(e.b);
      if (ra != rb && clusters.CanMerge(ra, rb)) clusters.Merge(ra, rb);
    }
  };
  // Each mention of tier `t` joins the one cluster of `hosts` it has an edge to and fits; when it fits
  // several it stays out (which one it tells is unknown). Decided against the clusters as they are
  // before any of these mentions joins, so the order of the mentions does not matter.
  auto attach = [&](Tier t, auto host) {
    std::vector<std::pair<size_t, size_t>> joins;
    for (size_t v = 0; v < n; ++v) {
      if (tier[v] != t) continue;
      std::vector<size_t> fits;
      for (size_t x : neighbours[v]) {
        if (!host(x)) continue;
        const size_t r = clusters.Find(x);
        if (std::find(fits.begin(), fits.end(), r) != fits.end()) continue;
        if (clusters.CanMerge(r, clusters.Find(v))) fits.push_back(r);
      }
      if (fits.size() == 1) joins.emplace_back(v, fits[0]);
    }
    for (auto [v, r] : joins) {
      clusters.Merge(clusters.Find(r), clusters.Find(v));
      attached[v] = 1;
    }
  };
  // 1. Anchored mentions link among themselves.
  link([&](size_t i) { return tier[i] == kAnchored; });
  // 2. Placed mentions join the one anchored event they fit; 3. the others link among themselves.
  attach(kPlaced, [&](size_t x) { return tier[x] == kAnchored; });
  link([&](size_t i) { return tier[i] == kPlaced && !attached[i]; });
  // 4. Vague mentions join the one placed event they fit; 5. the others link among themselves.
  attach(kVague, [&](size_t x) { return tier[x] != kVague; });
  link([&](size_t i) { return tier[i] == kVague && !attached[i]; });

  std::unordered_map<size_t, std::vector<size_t>> groups;
  for (size_t i = 0; i < n; ++i) groups[clusters.Find(i)].push_back(i);

  std::unordered_map<std::string, const DocInfo*> doc_index;
  for (const DocInfo& d : docs) doc_index.emplace(d.id, &d);

  std::vector<Cluster> out;
  out.reserve(groups.size());
  for (auto& [key, members] : groups) {
    std::sort(members.begin(), members.end(), [&](size_t a, size_t b) {
      if (MentionLess(mentions[a], mentions[b])) return true;
      if (MentionLess(mentions[b], mentions[a])) return false;
      return a < b;
    });
    std::vector<const EventMention*> ptrs;
    for (size_t i : members) ptrs.push_back(&mentions[i]);
    Cluster c;
    c.event = BuildFusedEvent(ptrs, doc_index);
    std::sort(members.begin(), members.end());
    c.members = std::move(members);
    out.push_back(std::move(c));
  }
  // Order by date, then id; sort positions, not the (large) events themselves.
  std::vector<size_t> order(out.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const FusedEvent& x = out[a].event;
    const FusedEvent& y = out[b].event;
    if (int c = x.best.date.compare(y.best.date)) return c < 0;
    return x.id < y.id;
  });
  std::vector<Cluster> sorted;
  sorted.reserve(out.size());
  for (size_t i : order) sorted.push_back(std::move(out[i]));
  out = std::move(sorted);
  // Two clusters can share an id only when their earliest mentions are identical (repeated vague
  // mentions of one sentence that match nothing): number the repeats.
  std::map<std::string, int> repeats;
  for (Cluster& c : out) {
    const int n = repeats[c.event.id]++;
    if (n > 0) c.event.id += "-" + std::to_string(n);
  }
  return out;
}

std::vector<std::vector<size_t>> EventFuser::Groups(const std::vector<EventMention>& mentions) const {
  const std::vector<MentionFacts> facts = AllFacts(mentions);
  UnionFind uf(mentions.size());
  ForEachCandidatePair(mentions, facts, [&](size_t i, size_t j) {
    if (PairScore(mentions[i], facts[i], mentions[j], facts[j])) uf.Union(i, j);
  });
  std::unordered_map<size_t, size_t> slot;
  std::vector<std::vector<size_t>> out;
  for (size_t i = 0; i < mentions.size(); ++i) {
    auto [it, inserted] = slot.emplace(uf.Find(i), out.size());
    if (inserted) out.emplace_back();
    out[it->second].push_back(i);
  }
  return out;
}

}  // namespace sitrep::fuse
