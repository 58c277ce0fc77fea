// TABARI validation records: rough event-detection agreement (the actors are fictional).
#include <map>

#include <fmt/core.h>

#include "eval/bench_util.h"
#include "eval/benchmarks.h"
#include "eval/metrics.h"
#include "eval/runner.h"
#include "eval/tabari.h"

namespace sitrep::eval {

bool EvalTabari(const EvalOptions& o, std::string* markdown, std::string* error) {
  const std::string path = o.bench + "/tabari_validation/tabari/Validate.text";
  std::string content;
  if (!ReadFile(path, &content)) {
    *error = "cannot read " + path;
    return false;
  }
  std::vector<TabariRecord> all;
  for (auto& r : ParseTabari(content, /*standard_only=*/true)) {
    // Control records and records whose expectation is neither events nor a no-event marker are not scored.
    if (r.control || r.text.empty() || (r.expected_events == 0 && !r.no_event)) continue;
    all.push_back(std::move(r));
  }
  std::vector<const TabariRecord*> recs;
  std::vector<InputDoc> docs;
  for (size_t i : SampleIndices(all.size(), o.sample, o.seed)) {
    docs.push_back({fmt::format("t{}", recs.size()), all[i].text, ""});
    recs.push_back(&all[i]);
  }
  std::map<std::string, Prediction> preds;
  if (!RunSitrep(o.sitrep, docs, &preds, error)) return false;
  int ev_n = 0, ev_hit = 0, none_n = 0, none_ok = 0;
  for (size_t i = 0; i < recs.size(); ++i) {
    const bool any = preds.count(docs[i].id) > 0;
    if (recs[i]->expected_events > 0) {
      ++ev_n;
      ev_hit += any;
    } else {
      ++none_n;
      none_ok += !any;
    }
  }
  std::string& md = *markdown;
  md += Heading(o, "TABARI validation records (`Validate.text`, standard part)");
  md += "| records | n | agreement |\n|---|---:|---:|\n";
  md += fmt::format("| ≥1 expected event: sitrep emits a mention | {} | {} |\n", ev_n, Num(Ratio(ev_hit, ev_n)));
  md += fmt::format("| no event expected: sitrep emits none | {} | {} |\n\n", none_n, Num(Ratio(none_ok, none_n)));
  return true;
}

}  // namespace sitrep::eval
