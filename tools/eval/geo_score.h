// Scoring of one geoparsed article against its gold toponyms: which annotations count, the recognition
// counts and the resolution errors. Pure functions, no I/O; geo_bench.cc aggregates them.
#ifndef SITREP_TOOLS_EVAL_GEO_SCORE_H_
#define SITREP_TOOLS_EVAL_GEO_SCORE_H_

#include <map>
#include <string>
#include <vector>

#include "eval/geo_metrics.h"
#include "eval/geo_runner.h"

namespace sitrep::eval {

// One gold annotation of a geoparsing corpus (README §4).
struct GeoGold {
  Span span;
  std::string name, type;  // type: GWN pragmatic type, "" elsewhere
  bool has_coords = false;
  double lat = 0, lon = 0;
  long geonames_id = 0;  // 0 = none
};

// One article: its 0-based line index in the corpus file (even = development half, odd = test half).
struct GeoArticle {
  size_t line = 0;
  std::string id, text;
  std::vector<GeoGold> toponyms;
};

enum class GeoCorpus { kLgl, kGwn, kTrNews, kGeoVirus };

// "lgl", "gwn", "trnews", "geovirus" → the corpus; anything else is treated as LGL-like (every annotation
// counts).
GeoCorpus GeoCorpusFromKey(const std::string& key);

// How an annotation counts for recognition.
//  - kRequired: a toponym; recall counts it, a prediction overlapping it is a true positive (one-to-one).
//  - kIgnored: not required, and a prediction overlapping it (and no required toponym) is neither a true nor
//    a false positive (GWN Literal_Expression, Non_Lit_Expression: "the city", "residents").
//  - kNotToponym: not required, and a prediction overlapping only it is a false positive (GWN Non_Toponym:
//    the annotator marked the name as not a place, e.g. a company or a school named after one).
enum class GeoRole { kRequired, kIgnored, kNotToponym };

// The role of a GWN annotation type. Every type but the three above is required, as in the source
// repository's geotagging rule (2,718 toponyms here), including Language, Homonym and Demonym.
GeoRole GwnRole(const std::string& type);

// The role of an annotation of `corpus`: GwnRole for GWN, kRequired for every annotation elsewhere.
GeoRole RoleOf(GeoCorpus corpus, const GeoGold& g);

// Running totals over articles.
struct GeoTally {
  long articles = 0;
  long tp = 0, fp = 0, fn = 0;
  long ignored = 0;                   // predictions overlapping only kIgnored annotations
  std::vector<double> e2e_km;         // every required gold with coordinates; miss or unresolved = kMissKm
  std::vector<double> recognised_km;  // required golds with coordinates matched to a prediction
  std::vector<double> gold_span_km;   // required golds with coordinates overlapped by a resolved prediction
  // Predictions by their `kind` ("" when the line has none): how many, and how many were true / false
  // positives (the rest overlap ignored annotations).
  struct KindCounts {
    long predicted = 0, tp = 0, fp = 0;
  };
  std::map<std::string, KindCounts> by_kind;
};

// Per-annotation-type totals (GWN), over all annotations of the type whatever their role.
struct GeoTypeCounts {
  long n = 0, overlapped = 0, with_coords = 0, within161 = 0;
};
struct GeoTypeTally {
  std::map<std::string, GeoTypeCounts> by_type;
};

// One error of an article, for --errors. `gold`/`pred` index the article's toponyms / the predictions, -1
// for none; `km` is the resolution error, -1 when there is none.
enum class GeoError { kMissed, kFalsePositive, kFar, kUnresolved };
const char* GeoErrorName(GeoError e);  // "missed", "false_positive", "far", "unresolved"
struct GeoItem {
  GeoError error;
  int gold = -1, pred = -1;
  double km = -1;
};

// Scores one article: adds to `tally`, appends its errors to `items` and its per-type counts to `types`
// (either may be null).
//  - Recognition: the required golds are matched one-to-one to the predictions (MatchSpans). Matched pairs
//    are true positives, unmatched required golds false negatives, and unmatched predictions false
//    positives unless they overlap a kIgnored annotation.
//  - End to end: for each required gold with coordinates, the haversine error of its matched prediction;
//    kMissKm when it has none or the prediction has no coordinates. Recognised: the same over the matched
//    golds only. Gold span: the prediction with coordinates that overlaps the gold most (ties: first), not
//    necessarily one-to-one; golds without one are left out.
//  - Errors: kMissed (required gold unmatched), kFalsePositive, kUnresolved (matched, the prediction has no
//    coordinates but the gold has), kFar (matched, error >= 161 km).
//  - Types: every annotation counts once in its type; `overlapped` when some prediction overlaps it;
//    `within161` when it has coordinates and its gold-span prediction (as above) is < 161 km away.
void ScoreGeoArticle(GeoCorpus corpus, const GeoArticle& article, const std::vector<PredToponym>& preds,
                     GeoTally* tally, std::vector<GeoItem>* items, GeoTypeTally* types);

}  // namespace sitrep::eval

#endif  // SITREP_TOOLS_EVAL_GEO_SCORE_H_
