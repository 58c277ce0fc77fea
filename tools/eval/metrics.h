// Classification and distance metrics of the accuracy evaluator. Pure functions, no I/O.
#ifndef SITREP_TOOLS_EVAL_METRICS_H_
#define SITREP_TOOLS_EVAL_METRICS_H_

#include <string>
#include <utility>
#include <vector>

namespace sitrep::eval {

// One scored item: the gold label and the predicted one. A prediction outside the label set (a miss,
// a type the benchmark does not know) is any string not in the label set, e.g. "(none)".
using LabelPair = std::pair<std::string, std::string>;

// Per-label counts over a label set.
struct LabelScore {
  std::string label;
  int support = 0;    // gold items with this label
  int predicted = 0;  // items predicted as this label
  int tp = 0;
  double f1 = 0;      // 2tp / (2tp + fp + fn); 0 when that denominator is 0
};

// Aggregate scores over `labels`. Every item counts for accuracy (= micro-F1 when every item has exactly
// one gold and one prediction, a prediction outside the set being wrong). Macro-F1 averages the F1 of the
// labels that occur in gold or prediction (labels with neither are left out, as F1 is undefined there);
// weighted-F1 weights each label's F1 by its gold support.
struct ClassScores {
  int n = 0;
  double accuracy = 0;
  double macro_f1 = 0;
  double weighted_f1 = 0;
  std::vector<LabelScore> per_label;  // in the order of `labels`
};

ClassScores ScoreLabels(const std::vector<LabelPair>& items, const std::vector<std::string>& labels);

// The `top` most frequent (gold, predicted) pairs with gold != predicted, most frequent first (ties by
// gold then predicted label, so the order is deterministic).
struct Confusion {
  std::string gold, predicted;
  int count = 0;
};
std::vector<Confusion> TopConfusions(const std::vector<LabelPair>& items, int top);

// Great-circle distance in km between two WGS84 points (haversine, Earth radius 6371.0088 km).
double HaversineKm(double lat1, double lon1, double lat2, double lon2);

// `num / den`, or 0 when den is 0.
double Ratio(double num, double den);

}  // namespace sitrep::eval

#endif  // SITREP_TOOLS_EVAL_METRICS_H_
