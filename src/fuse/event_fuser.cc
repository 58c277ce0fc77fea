#include "fuse/event_fuser.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <optional>
#include <unordered_map>

#include "fuse/candidate_index.h"
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

  // Phase 1: anchored mentions (a day and a point) link transitively.
  UnionFind anchored(n);
  for (const Edge& e : edges) {
    if (facts[e.a].anchored && facts[e.b].anchored) anchored.Union(e.a, e.b);
  }

  // Phase 2: every vague mention joins the one anchored event it matches best; a tie between two
  // events leaves it out (it is ambiguous which one it tells).
  std::vector<std::map<size_t, double>> scores(n);  // vague mention -> anchored root -> best score
  for (const Edge& e : edges) {
    for (auto [v, x] : {std::pair{e.a, e.b}, std::pair{e.b, e.a}}) {
      if (facts[v].anchored || !facts[x].anchored) continue;
      double& s = scores[v][anchored.Find(x)];
      s = std::max(s, e.score);
    }
  }
  std::vector<std::optional<size_t>> attached(n);
  for (size_t v = 0; v < n; ++v) {
    if (facts[v].anchored || scores[v].empty()) continue;
    double best = -1;
    bool tie = false;
    size_t root = 0;
    for (const auto& [r, s] : scores[v]) {
      if (s > best) {
        best = s;
        root = r;
        tie = false;
      } else if (s == best) {
        tie = true;
      }
    }
    if (!tie) attached[v] = root;
  }

  // Phase 3: vague mentions that joined no anchored event link among themselves.
  UnionFind loose(n);
  auto is_loose = [&](size_t i) { return !facts[i].anchored && !attached[i]; };
  for (const Edge& e : edges) {
    if (is_loose(e.a) && is_loose(e.b)) loose.Union(e.a, e.b);
  }

  std::unordered_map<size_t, std::vector<size_t>> groups;
  for (size_t i = 0; i < n; ++i) {
    size_t key = facts[i].anchored ? anchored.Find(i) : attached[i] ? anchored.Find(*attached[i]) : n + loose.Find(i);
    groups[key].push_back(i);
  }

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
