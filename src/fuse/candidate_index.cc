#include "fuse/candidate_index.h"

#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>

namespace sitrep::fuse {
namespace {

constexpr int64_t kGroupSpan = int64_t{1} << 20;  // more type groups than any input has

struct Bucket {
  std::unordered_map<int64_t, std::vector<size_t>> cells;  // point places, 1-degree cells
  std::vector<size_t> wide;                                // areas and unplaced mentions
  std::vector<size_t> all;
};

int64_t CellKey(int lat_cell, int lon_cell) {
  return (static_cast<int64_t>(lat_cell) + 1000) * 4096 + (lon_cell + 1000);
}

// A mention is placed in a cell when it is a point with a precision small enough that every place it
// can match lies in the 3x3 block of cells around it.
bool CellOf(const EventMention& m, int* lat_cell, int* lon_cell) {
  if (!m.location || IsArea(*m.location) || std::fabs(m.location->lat) > 70) return false;
  *lat_cell = static_cast<int>(std::floor(m.location->lat));
  *lon_cell = static_cast<int>(std::floor(m.location->lon));
  return true;
}

}  // namespace

void ForEachCandidatePair(const std::vector<EventMention>& mentions, const std::vector<MentionFacts>& facts,
                          const std::function<void(size_t, size_t)>& fn) {
  std::map<std::string, int> group_ids;
  std::vector<int> gid(mentions.size());
  std::vector<std::vector<size_t>> by_group;
  for (size_t i = 0; i < mentions.size(); ++i) {
    auto [it, inserted] = group_ids.emplace(facts[i].type.group, static_cast<int>(group_ids.size()));
    gid[i] = it->second;
    if (inserted) by_group.emplace_back();
    by_group[gid[i]].push_back(i);
  }

  std::unordered_map<int64_t, Bucket> buckets;
  std::vector<size_t> undated;
  std::vector<char> celled(mentions.size(), 0);
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (!facts[i].lo) {
      undated.push_back(i);
      continue;
    }
    int la = 0, lo = 0;
    celled[i] = CellOf(mentions[i], &la, &lo);
    for (int d = *facts[i].lo; d <= *facts[i].hi; ++d) {
      Bucket& b = buckets[static_cast<int64_t>(d) * kGroupSpan + gid[i]];
      b.all.push_back(i);
      if (celled[i]) {
        b.cells[CellKey(la, lo)].push_back(i);
      } else {
        b.wide.push_back(i);
      }
    }
  }

  for (auto& [key, b] : buckets) {
    const int64_t g = ((key % kGroupSpan) + kGroupSpan) % kGroupSpan;
    const int day = static_cast<int>((key - g) / kGroupSpan);
    // A pair is visited only in the first day both intervals cover.
    auto first_common = [&](size_t i, size_t j) { return std::max(*facts[i].lo, *facts[j].lo) == day; };
    for (auto& [ck, members] : b.cells) {
      const int64_t la = ck / 4096, lo = ck % 4096;
      for (int dla = -1; dla <= 1; ++dla) {
        for (int dlo = -1; dlo <= 1; ++dlo) {
          auto it = b.cells.find((la + dla) * 4096 + (lo + dlo));
          if (it == b.cells.end()) continue;
          for (size_t i : members) {
            for (size_t j : it->second) {
              if (i < j && first_common(i, j)) fn(i, j);
            }
          }
        }
      }
    }
    for (size_t w : b.wide) {
      for (size_t j : b.all) {
        if (j == w || (!celled[j] && j < w)) continue;
        if (first_common(w, j)) fn(w, j);
      }
    }
  }

  // Undated mentions meet the mentions of their type group at their own place (PairScore matches an
  // undated mention only with the same place); undated unplaced mentions match nothing.
  auto place_key = [&](size_t i) {
    const Location& l = *mentions[i].location;
    if (l.geonames_id != 0) return std::to_string(gid[i]) + "|g" + std::to_string(l.geonames_id);
    return std::to_string(gid[i]) + "|n" + NameKey(l.name) + "|" + l.country;
  };
  std::unordered_map<std::string, std::vector<size_t>> by_place;
  if (!undated.empty()) {
    for (size_t i = 0; i < mentions.size(); ++i) {
      if (mentions[i].location) by_place[place_key(i)].push_back(i);
    }
  }
  for (size_t u : undated) {
    if (!mentions[u].location) continue;
    for (size_t j : by_place[place_key(u)]) {
      if (j == u || (!facts[j].lo && j < u)) continue;
      fn(u, j);
    }
  }
}

}  // namespace sitrep::fuse
