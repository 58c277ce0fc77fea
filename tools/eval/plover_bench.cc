// PLOVER gold standard records: the first mention's `plover` category and its actors' countries.
#include <map>
#include <set>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "eval/bench_util.h"
#include "eval/benchmarks.h"
#include "eval/metrics.h"
#include "eval/runner.h"

namespace sitrep::eval {
namespace {

using nlohmann::json;

// ISO alpha-2 → alpha-3 from a TSV with columns iso2, name, iso3 ('#' comments, one header row).
std::map<std::string, std::string> LoadIso3(const std::string& content) {
  std::map<std::string, std::string> out;
  for (const auto& line : Lines(content)) {
    if (line.starts_with('#')) continue;
    const size_t a = line.find('\t');
    const size_t b = a == std::string::npos ? a : line.find('\t', a + 1);
    if (b == std::string::npos) continue;
    std::string iso3 = line.substr(b + 1);
    if (auto c = iso3.find('\t'); c != std::string::npos) iso3.resize(c);
    if (a == 2 && iso3.size() == 3) out[line.substr(0, 2)] = iso3;
  }
  return out;
}

std::set<std::string> Codes(const json& j, const char* key) {
  std::set<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& a : *it) {
    if (a.is_object() && a.contains("code") && a["code"].is_string()) out.insert(a["code"].get<std::string>());
  }
  return out;
}

struct Cat {
  int n = 0, any = 0, agree = 0;
};

}  // namespace

bool EvalPlover(const EvalOptions& o, std::string* markdown, std::string* error) {
  const std::string path = o.bench + "/tabari_validation/plover/PLOVER_GSR_CAMEO.txt";
  std::string content, countries;
  if (!ReadFile(path, &content)) {
    *error = "cannot read " + path;
    return false;
  }
  if (!ReadFile(o.countries, &countries)) {
    *error = "cannot read " + o.countries + " (ISO2 → ISO3 table)";
    return false;
  }
  const auto iso3 = LoadIso3(countries);
  json arr = json::parse(content, nullptr, false);
  if (!arr.is_array()) {
    *error = path + " is not a JSON array";
    return false;
  }
  std::vector<json> all;
  for (auto& r : arr) {
    if (!r.is_object() || !r.contains("text") || !r["text"].is_string()) continue;
    if (r.contains("event") && r["event"] == "DOCUMENT") continue;
    all.push_back(std::move(r));
  }
  std::vector<const json*> recs;
  std::vector<InputDoc> docs;
  for (size_t i : SampleIndices(all.size(), o.sample, o.seed)) {
    docs.push_back({fmt::format("p{}", recs.size()), all[i]["text"].get<std::string>(), ""});
    recs.push_back(&all[i]);
  }
  std::map<std::string, Prediction> preds;
  if (!RunSitrep(o.sitrep, docs, &preds, error)) return false;

  std::map<std::string, Cat> cats;
  Cat total;
  int src_n = 0, src_ok = 0, tgt_n = 0, tgt_ok = 0;
  std::map<std::string, int> predicted_counts;
  auto country_ok = [&](const std::vector<PredActor>& actors, const std::set<std::string>& gold) {
    if (actors.empty()) return false;
    auto it = iso3.find(actors[0].country);
    return it != iso3.end() && gold.count(it->second) > 0;
  };
  for (size_t i = 0; i < recs.size(); ++i) {
    const json& r = *recs[i];
    const std::string gold = r.value("event", "");
    auto it = preds.find(docs[i].id);
    const Prediction* p = it == preds.end() ? nullptr : &it->second;
    Cat& c = cats[gold];
    for (Cat* t : {&c, &total}) {
      ++t->n;
      t->any += p != nullptr;
      t->agree += p && p->plover == gold;
    }
    if (p) ++predicted_counts[p->plover.empty() ? "(none)" : p->plover];
    const auto src = Codes(r, "source"), tgt = Codes(r, "target");
    if (!src.empty()) {
      ++src_n;
      src_ok += p && country_ok(p->agent, src);
    }
    if (!tgt.empty()) {
      ++tgt_n;
      tgt_ok += p && country_ok(p->target, tgt);
    }
  }

  std::string& md = *markdown;
  md += Heading(o, "PLOVER gold standard records (`PLOVER_GSR_CAMEO.txt`)");
  md += "| gold event | n | any mention | event agreement |\n|---|---:|---:|---:|\n";
  for (const auto& [name, c] : cats) {
    md += fmt::format("| {} | {} | {} | {} |\n", name, c.n, Num(Ratio(c.any, c.n)), Num(Ratio(c.agree, c.n)));
  }
  md += fmt::format("| **overall** | {} | {} | {} |\n\n", total.n, Num(Ratio(total.any, total.n)),
                    Num(Ratio(total.agree, total.n)));
  md += fmt::format(
      "Source country agreement (agent[0] country, ISO2→ISO3, among the gold source codes): {} of {} records "
      "with a gold source ({}); target: {} of {} ({}). Misses count as disagreement.\n\n",
      src_ok, src_n, Num(Ratio(src_ok, src_n)), tgt_ok, tgt_n, Num(Ratio(tgt_ok, tgt_n)));
  md += "Predicted PLOVER categories (first mentions):";
  for (const auto& [name, n] : predicted_counts) md += fmt::format(" {} {};", name, n);
  md += "\n\n";
  return true;
}

}  // namespace sitrep::eval
