// Geoparsing: toponym recognition and resolution of `sitrep geocode` on LGL, GeoWebNews, TR-News and
// GeoVirus (../shared/bench/geoparsing/, README §4). The matching and counting rules are in geo_score.h and
// doc/accuracy.md.
#include <fstream>
#include <map>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "eval/bench_util.h"
#include "eval/benchmarks.h"
#include "eval/geo_metrics.h"
#include "eval/geo_runner.h"
#include "eval/geo_score.h"
#include "eval/metrics.h"

namespace sitrep::eval {
namespace {

using nlohmann::json;

struct CorpusInfo {
  const char* key;    // row name
  const char* file;   // under <bench>/geoparsing/
  const char* label;  // printed name
  double target;      // the end-to-end A@161 target, or 0
};

constexpr CorpusInfo kCorpora[] = {
    {"lgl", "lgl.jsonl", "LGL", 0.80},
    {"gwn", "gwn.jsonl", "GeoWebNews", 0.90},
    {"trnews", "trnews.jsonl", "TR-News", 0},
    {"geovirus", "geovirus.jsonl", "GeoVirus", 0},
};

// Published (or, where marked, re-scored) results, README §4.2. -1 = not reported.
struct Published {
  const char* corpus;
  const char* system;
  const char* basis;
  double p, r, f1, a161, auc;
};

constexpr Published kPublished[] = {
    {"lgl", "CamCoder", "ACL 2018 T1, recognised", -1, -1, -1, 0.76, 0.22},
    {"lgl", "Edinburgh", "ACL 2018 T1 / LRE 2018, recognised", 0.71, 0.55, 0.62, 0.76, 0.25},
    {"lgl", "Population (GeoNames max-pop)", "ACL 2018 T1, recognised", -1, -1, -1, 0.70, 0.27},
    {"lgl", "CLAVIN", "ACL 2018 T1 / LRE 2018, recognised", 0.81, 0.44, 0.57, 0.71, 0.26},
    {"lgl", "GeoTxt", "ACL 2018 T1 / LRE 2018, recognised", 0.80, 0.59, 0.68, 0.68, 0.29},
    {"lgl", "Topocluster", "ACL 2018 T1 / LRE 2018, recognised", 0.81, 0.64, 0.71, 0.63, 0.38},
    {"lgl", "CamCoder (EUPEG output re-scored)", "matched only", 0.811, 0.548, 0.654, 0.717, 0.248},
    {"lgl", "Mordecai 3", "gold spans, last 30 %", -1, -1, -1, 0.827, -1},
    {"lgl", "project floor (max-pop lookup)", "gold spans, misses wrong", -1, -1, -1, 0.454, -1},
    {"gwn", "CamCoder (EUPEG output re-scored)", "matched only", 0.895, 0.562, 0.691, 0.839, 0.150},
    {"gwn", "Edinburgh (EUPEG output re-scored)", "matched only", 0.819, 0.538, 0.650, 0.921, 0.071},
    {"gwn", "StanfordNER+pop (EUPEG re-scored)", "matched only", 0.885, 0.635, 0.739, 0.698, 0.257},
    {"gwn", "Mordecai 3", "gold spans, last 30 %", -1, -1, -1, 0.941, -1},
    {"gwn", "project floor (max-pop lookup)", "gold spans, misses wrong", -1, -1, -1, 0.437, -1},
    {"trnews", "CamCoder (EUPEG output re-scored)", "matched only", 0.897, 0.638, 0.746, 0.824, 0.161},
    {"trnews", "Edinburgh (EUPEG output re-scored)", "matched only", 0.709, 0.538, 0.612, 0.850, 0.127},
    {"trnews", "Mordecai 3", "gold spans, last 30 %", -1, -1, -1, 0.873, -1},
    {"trnews", "project floor (max-pop lookup)", "gold spans, misses wrong", -1, -1, -1, 0.530, -1},
    {"geovirus", "CamCoder", "ACL 2018 T1, recognised", -1, -1, -1, 0.82, 0.31},
    {"geovirus", "Edinburgh", "ACL 2018 T1, recognised", -1, -1, -1, 0.78, 0.33},
    {"geovirus", "Population (GeoNames max-pop)", "ACL 2018 T1, recognised", -1, -1, -1, 0.80, 0.32},
    {"geovirus", "CamCoder (EUPEG output re-scored)", "matched only", 0.940, 0.802, 0.866, 0.770, 0.336},
    {"geovirus", "StanfordNER+pop (EUPEG re-scored)", "matched only", 0.927, 0.903, 0.915, 0.655, 0.378},
    {"geovirus", "project floor (max-pop lookup)", "gold spans, misses wrong", -1, -1, -1, 0.630, -1},
};

std::string Opt(double v) { return v < 0 ? "" : Num(v); }

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Reads one corpus file; false when it cannot be read.
bool ReadCorpus(const std::string& path, std::vector<GeoArticle>* out) {
  std::string content;
  if (!ReadFile(path, &content)) return false;
  size_t line = 0;
  size_t pos = 0;
  while (pos < content.size()) {  // Lines() drops empty lines, which would shift the dev/test parity
    size_t eol = content.find('\n', pos);
    if (eol == std::string::npos) eol = content.size();
    const std::string text = content.substr(pos, eol - pos);
    pos = eol + 1;
    if (text.empty()) continue;
    json j = json::parse(text, nullptr, false);
    GeoArticle a;
    a.line = line++;
    if (j.is_object()) {
      a.id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>() : std::to_string(a.line);
      a.text = Str(j, "text");
      if (auto it = j.find("toponyms"); it != j.end() && it->is_array()) {
        for (const auto& t : *it) {
          if (!t.is_object() || !t.contains("start") || !t.contains("end")) continue;
          GeoGold g;
          g.span = {t["start"].get<long>(), t["end"].get<long>()};
          g.name = Str(t, "name");
          g.type = Str(t, "type");
          if (t.contains("lat") && t["lat"].is_number() && t.contains("lon") && t["lon"].is_number()) {
            g.has_coords = true;
            g.lat = t["lat"].get<double>();
            g.lon = t["lon"].get<double>();
          }
          if (t.contains("geonames_id") && t["geonames_id"].is_number_integer())
            g.geonames_id = t["geonames_id"].get<long>();
          a.toponyms.push_back(std::move(g));
        }
      }
    }
    out->push_back(std::move(a));
  }
  return true;
}

json PredJson(const PredToponym& p) {
  json j = {{"text", p.text}, {"start", p.start}, {"end", p.end}, {"name", p.name}, {"country", p.country},
            {"feature", p.feature}};
  j["lat"] = p.has_coords ? json(p.lat) : json();
  j["lon"] = p.has_coords ? json(p.lon) : json();
  if (!p.kind.empty()) j["kind"] = p.kind;
  return j;
}

json GoldJson(const GeoGold& g) {
  json j = {{"name", g.name}, {"start", g.span.start}, {"end", g.span.end}};
  j["lat"] = g.has_coords ? json(g.lat) : json();
  j["lon"] = g.has_coords ? json(g.lon) : json();
  j["type"] = g.type.empty() ? json() : json(g.type);
  j["geonames_id"] = g.geonames_id ? json(g.geonames_id) : json();
  return j;
}

// Writes the errors of one development-half article as JSONL lines.
void WriteErrors(const char* corpus, const GeoArticle& a, const std::vector<PredToponym>& preds,
                 const std::vector<GeoItem>& items, std::ofstream* out) {
  const std::u32string cps = DecodeUtf8(a.text);
  for (const GeoItem& it : items) {
    json e = {{"corpus", corpus}, {"article", a.id}, {"line", a.line}, {"error", GeoErrorName(it.error)}};
    const GeoGold* g = it.gold >= 0 ? &a.toponyms[it.gold] : nullptr;
    const PredToponym* p = it.pred >= 0 ? &preds[it.pred] : nullptr;
    e["gold"] = g ? GoldJson(*g) : json();
    e["predicted"] = p ? PredJson(*p) : json();
    e["km"] = it.km >= 0 ? json(it.km) : json();
    const Span s = g ? g->span : Span{p->start, p->end};
    e["sentence"] = SentenceAround(cps, s.start, s.end);
    *out << e.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  }
}

struct Row {
  GeoTally dev, test, all;
};

}  // namespace

bool EvalGeo(const EvalOptions& o, std::string* markdown, std::string* error) {
  std::ofstream errors;
  if (!o.errors.empty()) {
    errors.open(o.errors);
    if (!errors) {
      *error = "cannot write " + o.errors;
      return false;
    }
  }
  std::map<std::string, Row> rows;
  std::map<std::string, size_t> articles;
  GeoTypeTally gwn_types;
  for (const CorpusInfo& c : kCorpora) {
    std::vector<GeoArticle> corpus;
    const std::string path = o.bench + "/geoparsing/" + c.file;
    if (!ReadCorpus(path, &corpus)) {
      *error = "cannot read " + path;
      return false;
    }
    std::vector<InputDoc> docs;
    std::vector<const GeoArticle*> chosen;
    for (size_t i : SampleIndices(corpus.size(), o.sample, o.seed)) {
      chosen.push_back(&corpus[i]);
      docs.push_back({fmt::format("{}-{}", c.key, corpus[i].line), corpus[i].text, ""});
    }
    std::map<std::string, std::vector<PredToponym>> preds;
    if (!RunGeocode(o.sitrep, o.gazetteer, docs, &preds, error)) return false;
    const GeoCorpus kind = GeoCorpusFromKey(c.key);
    Row& row = rows[c.key];
    articles[c.key] = chosen.size();
    static const std::vector<PredToponym> kNone;
    for (size_t i = 0; i < chosen.size(); ++i) {
      const GeoArticle& a = *chosen[i];
      auto it = preds.find(docs[i].id);
      const std::vector<PredToponym>& p = it == preds.end() ? kNone : it->second;
      std::vector<GeoItem> items;
      ScoreGeoArticle(kind, a, p, &(a.line % 2 == 0 ? row.dev : row.test), &items,
                      kind == GeoCorpus::kGwn ? &gwn_types : nullptr);
      ScoreGeoArticle(kind, a, p, &row.all, nullptr, nullptr);
      if (errors.is_open() && a.line % 2 == 0) WriteErrors(c.key, a, p, items, &errors);  // dev half only
    }
  }

  std::string& md = *markdown;
  md += Heading(o, "Geoparsing (`geoparsing/`: LGL, GeoWebNews, TR-News, GeoVirus)");
  md += "Halves: dev = even 0-based line index, test = odd. Recognition by one-to-one span overlap; GWN counts "
        "only its toponym types (doc/accuracy.md).\n\n";
  md += "Recognition:\n\n| corpus | half | articles | gold | predicted | TP | FP | FN | P | R | F1 |\n"
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  auto halves = [](const Row& r) {
    return std::vector<std::pair<const char*, const GeoTally*>>{{"dev", &r.dev}, {"test", &r.test}, {"all", &r.all}};
  };
  for (const CorpusInfo& c : kCorpora) {
    for (const auto& [half, t] : halves(rows[c.key])) {
      const PrfScore s = ScorePrf(t->tp, t->fp, t->fn);
      md += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", c.label, half, t->articles,
                        t->tp + t->fn, t->tp + t->fp, t->tp, t->fp, t->fn, Num(s.precision), Num(s.recall),
                        Num(s.f1));
    }
  }
  md += "\nResolution end to end (every gold toponym with coordinates; a miss counts as wrong, error 20039 km; "
        "ln = natural log of km + 1):\n\n"
        "| corpus | half | n | A@161 | target | AUC | mean km | median km | mean ln | median ln |\n"
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const CorpusInfo& c : kCorpora) {
    for (const auto& [half, t] : halves(rows[c.key])) {
      const ErrorStats s = ScoreErrors(t->e2e_km);
      md += fmt::format("| {} | {} | {} | {} | {} | {} | {:.0f} | {:.1f} | {:.2f} | {:.2f} |\n", c.label, half, s.n,
                        Num(s.a161), c.target > 0 ? fmt::format("≥ {:.2f}", c.target) : "", Num(s.auc),
                        s.mean_km, s.median_km, s.mean_ln, s.median_ln);
    }
  }
  md += "\nResolution of recognised toponyms (the one-to-one matched prediction; unresolved = 20039 km) and on "
        "gold spans (sitrep takes no gold spans: the prediction overlapping the gold span most, not necessarily "
        "one-to-one; n = gold toponyms with such a resolved prediction):\n\n"
        "| corpus | half | n | A@161 | AUC | mean km | median km | mean ln | median ln | gold-span n | "
        "gold-span A@161 |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const CorpusInfo& c : kCorpora) {
    for (const auto& [half, t] : halves(rows[c.key])) {
      const ErrorStats s = ScoreErrors(t->recognised_km);
      const ErrorStats g = ScoreErrors(t->gold_span_km);
      md += fmt::format("| {} | {} | {} | {} | {} | {:.0f} | {:.1f} | {:.2f} | {:.2f} | {} | {} |\n", c.label, half,
                        s.n, Num(s.a161), Num(s.auc), s.mean_km, s.median_km, s.mean_ln, s.median_ln, g.n,
                        Num(g.a161));
    }
  }
  md += "\nNext to published results (README §4.2; sitrep rows = whole corpus";
  md += o.sample > 0 ? ", this sample" : "";
  md += "; published systems use the whole corpus unless marked):\n\n"
        "| corpus | system | basis | P | R | F1 | A@161 | AUC |\n|---|---|---|---:|---:|---:|---:|---:|\n";
  for (const CorpusInfo& c : kCorpora) {
    const GeoTally& t = rows[c.key].all;
    const PrfScore s = ScorePrf(t.tp, t.fp, t.fn);
    const ErrorStats e = ScoreErrors(t.e2e_km), r = ScoreErrors(t.recognised_km), g = ScoreErrors(t.gold_span_km);
    md += fmt::format("| {} | **sitrep** | end to end, misses wrong{} | {} | {} | {} | **{}** | {} |\n", c.label,
                      c.target > 0 ? fmt::format(" (target ≥ {:.2f})", c.target) : "", Num(s.precision),
                      Num(s.recall), Num(s.f1), Num(e.a161), Num(e.auc));
    md += fmt::format("| {} | **sitrep** | recognised | | | | {} | {} |\n", c.label, Num(r.a161), Num(r.auc));
    md += fmt::format("| {} | **sitrep** | overlap of gold span | | | | {} | {} |\n", c.label, Num(g.a161),
                      Num(g.auc));
    for (const Published& p : kPublished) {
      if (std::string(p.corpus) != c.key) continue;
      md += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} |\n", c.label, p.system, p.basis, Opt(p.p),
                        Opt(p.r), Opt(p.f1), Opt(p.a161), Opt(p.auc));
    }
  }
  md += "\nPredictions by `kind` (whole corpus";
  md += o.sample > 0 ? ", this sample" : "";
  md += "; \"\" = no kind given; the rest of the predicted overlap ignored GWN expressions):\n\n"
        "| corpus | kind | predicted | TP | FP | precision |\n|---|---|---:|---:|---:|---:|\n";
  for (const CorpusInfo& c : kCorpora) {
    for (const auto& [kind, k] : rows[c.key].all.by_kind) {
      md += fmt::format("| {} | {} | {} | {} | {} | {} |\n", c.label, kind.empty() ? "\"\"" : kind, k.predicted,
                        k.tp, k.fp, Num(Ratio(k.tp, k.tp + k.fp)));
    }
  }
  md += "\nGeoWebNews by annotation type (whole corpus";
  md += o.sample > 0 ? ", this sample" : "";
  md += "; counted = scored for recall; overlapped = some prediction overlaps the annotation; A@161 of the "
        "most-overlapping resolved prediction over those with coordinates, misses wrong):\n\n"
        "| type | counted | annotations | overlapped | share | with coords | A@161 |\n"
        "|---|---|---:|---:|---:|---:|---:|\n";
  for (const auto& [type, t] : gwn_types.by_type) {
    md += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", type,
                      GwnRole(type) == GeoRole::kRequired  ? "yes"
                      : GwnRole(type) == GeoRole::kIgnored ? "no (overlap ignored)"
                                                           : "no (overlap alone = FP)",
                      t.n, t.overlapped,
                      Num(Ratio(t.overlapped, t.n)), t.with_coords,
                      t.with_coords > 0 ? Num(Ratio(t.within161, t.with_coords)) : std::string());
  }
  md += "\n";
  return true;
}

}  // namespace sitrep::eval
