#include "eval/metrics.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace sitrep::eval {

double Ratio(double num, double den) { return den == 0 ? 0.0 : num / den; }

ClassScores ScoreLabels(const std::vector<LabelPair>& items, const std::vector<std::string>& labels) {
  ClassScores s;
  s.n = static_cast<int>(items.size());
  std::unordered_map<std::string, size_t> index;
  s.per_label.reserve(labels.size());
  for (const auto& l : labels) {
    if (index.emplace(l, s.per_label.size()).second) s.per_label.push_back(LabelScore{l});
  }
  int correct = 0;
  for (const auto& [gold, pred] : items) {
    if (gold == pred) ++correct;
    auto g = index.find(gold);
    if (g != index.end()) ++s.per_label[g->second].support;
    auto p = index.find(pred);
    if (p != index.end()) {
      ++s.per_label[p->second].predicted;
      if (gold == pred) ++s.per_label[p->second].tp;
    }
  }
  s.accuracy = Ratio(correct, s.n);
  double macro_sum = 0, weighted_sum = 0;
  int macro_n = 0, support_sum = 0;
  for (auto& l : s.per_label) {
    const int fp = l.predicted - l.tp, fn = l.support - l.tp;
    l.f1 = Ratio(2.0 * l.tp, 2.0 * l.tp + fp + fn);
    if (l.support > 0 || l.predicted > 0) {
      macro_sum += l.f1;
      ++macro_n;
    }
    weighted_sum += l.f1 * l.support;
    support_sum += l.support;
  }
  s.macro_f1 = Ratio(macro_sum, macro_n);
  s.weighted_f1 = Ratio(weighted_sum, support_sum);
  return s;
}

std::vector<Confusion> TopConfusions(const std::vector<LabelPair>& items, int top) {
  std::map<LabelPair, int> counts;
  for (const auto& it : items) {
    if (it.first != it.second) ++counts[it];
  }
  std::vector<Confusion> out;
  for (const auto& [k, c] : counts) out.push_back({k.first, k.second, c});
  std::stable_sort(out.begin(), out.end(), [](const Confusion& a, const Confusion& b) { return a.count > b.count; });
  if (static_cast<int>(out.size()) > top) out.resize(top);
  return out;
}

double HaversineKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180.0, kEarthKm = 6371.0088;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(a)));
}

}  // namespace sitrep::eval
