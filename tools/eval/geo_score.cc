#include "eval/geo_score.h"

#include "eval/metrics.h"

namespace sitrep::eval {

GeoCorpus GeoCorpusFromKey(const std::string& key) {
  if (key == "gwn") return GeoCorpus::kGwn;
  if (key == "trnews") return GeoCorpus::kTrNews;
  if (key == "geovirus") return GeoCorpus::kGeoVirus;
  return GeoCorpus::kLgl;
}

GeoRole GwnRole(const std::string& type) {
  if (type == "Literal_Expression" || type == "Non_Lit_Expression") return GeoRole::kIgnored;
  if (type == "Non_Toponym") return GeoRole::kNotToponym;
  return GeoRole::kRequired;
}

GeoRole RoleOf(GeoCorpus corpus, const GeoGold& g) {
  return corpus == GeoCorpus::kGwn ? GwnRole(g.type) : GeoRole::kRequired;
}

const char* GeoErrorName(GeoError e) {
  switch (e) {
    case GeoError::kMissed: return "missed";
    case GeoError::kFalsePositive: return "false_positive";
    case GeoError::kFar: return "far";
    case GeoError::kUnresolved: return "unresolved";
  }
  return "?";
}

namespace {

Span PredSpan(const PredToponym& p) { return {p.start, p.end}; }

// The resolved prediction overlapping `g` most (the first among equals), or -1.
int BestResolvedOverlap(const GeoGold& g, const std::vector<PredToponym>& preds) {
  int best = -1;
  long best_overlap = 0;
  for (size_t i = 0; i < preds.size(); ++i) {
    if (!preds[i].has_coords) continue;
    const long ov = SpanOverlap(g.span, PredSpan(preds[i]));
    if (ov > best_overlap) {
      best_overlap = ov;
      best = static_cast<int>(i);
    }
  }
  return best;
}

}  // namespace

void ScoreGeoArticle(GeoCorpus corpus, const GeoArticle& article, const std::vector<PredToponym>& preds,
                     GeoTally* tally, std::vector<GeoItem>* items, GeoTypeTally* types) {
  const auto& golds = article.toponyms;
  std::vector<int> required;  // indices into golds
  std::vector<Span> gold_spans, pred_spans;
  for (size_t i = 0; i < golds.size(); ++i) {
    if (RoleOf(corpus, golds[i]) != GeoRole::kRequired) continue;
    required.push_back(static_cast<int>(i));
    gold_spans.push_back(golds[i].span);
  }
  for (const auto& p : preds) pred_spans.push_back(PredSpan(p));
  const SpanMatching m = MatchSpans(gold_spans, pred_spans);

  if (tally) {
    ++tally->articles;
    tally->tp += m.pairs;
    tally->fn += static_cast<long>(required.size()) - m.pairs;
  }
  for (size_t r = 0; r < required.size(); ++r) {
    const int gi = required[r];
    const GeoGold& g = golds[gi];
    const int pi = m.gold_to_pred[r];
    if (pi < 0) {
      if (items) items->push_back({GeoError::kMissed, gi, -1, -1});
      if (tally && g.has_coords) tally->e2e_km.push_back(kMissKm);
      continue;
    }
    const PredToponym& p = preds[pi];
    if (!g.has_coords) continue;
    if (!p.has_coords) {
      if (items) items->push_back({GeoError::kUnresolved, gi, pi, -1});
      if (tally) {
        tally->e2e_km.push_back(kMissKm);
        tally->recognised_km.push_back(kMissKm);
      }
      continue;
    }
    const double km = HaversineKm(g.lat, g.lon, p.lat, p.lon);
    if (items && km >= 161) items->push_back({GeoError::kFar, gi, pi, km});
    if (tally) {
      tally->e2e_km.push_back(km);
      tally->recognised_km.push_back(km);
    }
  }
  if (tally) {
    for (int gi : required) {
      if (!golds[gi].has_coords) continue;
      const int b = BestResolvedOverlap(golds[gi], preds);
      if (b >= 0) tally->gold_span_km.push_back(HaversineKm(golds[gi].lat, golds[gi].lon, preds[b].lat, preds[b].lon));
    }
  }
  for (size_t pi = 0; pi < preds.size(); ++pi) {
    if (tally) {
      GeoTally::KindCounts& k = tally->by_kind[preds[pi].kind];
      ++k.predicted;
      k.tp += m.pred_to_gold[pi] >= 0;
    }
    if (m.pred_to_gold[pi] >= 0) continue;
    bool ignored = false;
    for (const auto& g : golds) {
      if (RoleOf(corpus, g) == GeoRole::kIgnored && SpanOverlap(g.span, pred_spans[pi]) > 0) {
        ignored = true;
        break;
      }
    }
    if (ignored) {
      if (tally) ++tally->ignored;
      continue;
    }
    if (tally) {
      ++tally->fp;
      ++tally->by_kind[preds[pi].kind].fp;
    }
    if (items) items->push_back({GeoError::kFalsePositive, -1, static_cast<int>(pi), -1});
  }
  if (types) {
    for (const auto& g : golds) {
      GeoTypeCounts& c = types->by_type[g.type.empty() ? "(none)" : g.type];
      ++c.n;
      for (const auto& s : pred_spans) {
        if (SpanOverlap(g.span, s) > 0) {
          ++c.overlapped;
          break;
        }
      }
      if (g.has_coords) {
        ++c.with_coords;
        const int b = BestResolvedOverlap(g, preds);
        if (b >= 0 && HaversineKm(g.lat, g.lon, preds[b].lat, preds[b].lon) < 161) ++c.within161;
      }
    }
  }
}

}  // namespace sitrep::eval
