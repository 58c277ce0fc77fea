// Geoparsing metrics: one-to-one span matching for toponym recognition and error statistics for toponym
// resolution (A@161, AUC, mean and median error). Pure functions, no I/O.
#ifndef SITREP_TOOLS_EVAL_GEO_METRICS_H_
#define SITREP_TOOLS_EVAL_GEO_METRICS_H_

#include <string>
#include <utility>
#include <vector>

namespace sitrep::eval {

// The error given to a gold toponym that has no resolved prediction: half the Earth's circumference in km,
// the maximum a resolution can be wrong by (CamCoder's constant).
inline constexpr double kMissKm = 20039;

// A half-open span [start, end) of Unicode code points.
struct Span {
  long start = 0, end = 0;
};

// The number of code points two spans share; 0 when they do not overlap. Empty spans overlap nothing.
long SpanOverlap(const Span& a, const Span& b);

// A one-to-one matching of gold spans to predicted spans by overlap. A pair is allowed when the spans share
// at least one code point. The result has the largest possible number of pairs (a maximum bipartite
// matching, found with augmenting paths); golds are taken in index order and each tries the predictions
// by decreasing overlap, then increasing index, so the matching is deterministic. `gold_to_pred[i]` is the
// index of the prediction matched to gold i, or -1; `pred_to_gold` is the inverse.
struct SpanMatching {
  std::vector<int> gold_to_pred;
  std::vector<int> pred_to_gold;
  int pairs = 0;
};
SpanMatching MatchSpans(const std::vector<Span>& gold, const std::vector<Span>& pred);

// Precision, recall and F1 from counts; each is 0 when its denominator is 0.
struct PrfScore {
  long tp = 0, fp = 0, fn = 0;
  double precision = 0, recall = 0, f1 = 0;
};
PrfScore ScorePrf(long tp, long fp, long fn);

// Statistics of a list of resolution errors in km (a miss enters as kMissKm).
//  - a161: share of errors < 161 km.
//  - mean_km, median_km: of the errors (median of an even count = mean of the two middle values).
//  - mean_ln, median_ln: the same of ln(err + 1) (Gritta et al. report natural-log km).
//  - auc: trapezoid area under the sorted ln(err + 1) values with unit spacing, divided by
//    ln(20039)·(n − 1) (CamCoder's definition; lower is better). With one error it is ln(err+1)/ln(20039).
// Every field is 0 when the list is empty.
struct ErrorStats {
  long n = 0;
  double a161 = 0, mean_km = 0, median_km = 0, mean_ln = 0, median_ln = 0, auc = 0;
};
ErrorStats ScoreErrors(std::vector<double> errors_km);

// The code points of a UTF-8 string; an invalid byte counts as one code point (U+FFFD), as a lenient
// decoder would, so offsets stay defined for any input.
std::u32string DecodeUtf8(const std::string& s);

// UTF-8 of code points [start, end) of `cps`, clamped to its size.
std::string EncodeUtf8(const std::u32string& cps, long start, long end);

// The sentence around span [start, end) of `cps`: from just after the previous '.', '!', '?' or newline
// (or up to `max_side` code points before the span) to the next one inclusive (or `max_side` after), with
// surrounding white space trimmed. Used to show the context of an error.
std::string SentenceAround(const std::u32string& cps, long start, long end, long max_side = 200);

}  // namespace sitrep::eval

#endif  // SITREP_TOOLS_EVAL_GEO_METRICS_H_
