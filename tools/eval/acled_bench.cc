// ACLED notes: sub-event type, date, place, actors and fatalities of each note's first mention.
#include <algorithm>
#include <fstream>
#include <map>
#include <optional>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "eval/acled_actor.h"
#include "eval/bench_util.h"
#include "eval/benchmarks.h"
#include "eval/metrics.h"
#include "eval/runner.h"

namespace sitrep::eval {
namespace {

using nlohmann::json;

// ACLED's 25 sub-event types.
const std::vector<std::string>& AcledSubEventTypes() {
  static const std::vector<std::string> kTypes = {
      "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
      "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
      "Remote explosive/landmine/IED", "Grenade", "Sexual violence", "Attack",
      "Abduction/forced disappearance", "Peaceful protest", "Protest with intervention",
      "Excessive force against protesters", "Violent demonstration", "Mob violence", "Agreement", "Arrests",
      "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
      "Looting/property destruction", "Non-violent transfer of territory", "Other"};
  return kTypes;
}

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

struct Gold {
  std::string id, country, sub_event, date, actor1, actor2, notes;
  double lat = 0, lon = 0;
  long fatalities = 0;
};

// Per-row tallies.
struct Tally {
  std::vector<LabelPair> types;
  int n = 0, miss = 0, date = 0, loc10 = 0, loc50 = 0, agent = 0, target = 0, target_n = 0, fat = 0, fat_n = 0;
};

}  // namespace

bool EvalAcled(const EvalOptions& o, std::string* markdown, std::string* error) {
  const bool tune = o.acled_set == "tune";
  const std::string file = tune ? "acled_notes.jsonl" : "acled_notes_2020.jsonl";
  std::string content;
  if (!ReadFile(o.bench + "/" + file, &content)) {
    *error = "cannot read " + o.bench + "/" + file;
    return false;
  }
  std::vector<Gold> all;
  for (const auto& line : Lines(content)) {
    json j = json::parse(line, nullptr, false);
    if (!j.is_object()) continue;
    Gold g;
    g.notes = Str(j, "notes");
    if (g.notes.empty()) continue;  // the truncated record
    g.id = Str(j, "id");
    g.country = Str(j, "country");
    g.sub_event = Str(j, "sub_event_type");
    g.date = Str(j, "date");
    g.actor1 = Str(j, "actor1");
    g.actor2 = Str(j, "actor2");
    if (j.contains("lat") && j["lat"].is_number()) g.lat = j["lat"].get<double>();
    if (j.contains("lon") && j["lon"].is_number()) g.lon = j["lon"].get<double>();
    if (j.contains("fatalities") && j["fatalities"].is_number()) g.fatalities = j["fatalities"].get<long>();
    all.push_back(std::move(g));
  }
  std::vector<Gold> golds;
  std::vector<InputDoc> docs;
  for (size_t i : SampleIndices(all.size(), o.sample, o.seed)) {
    docs.push_back({fmt::format("r{}", golds.size()), all[i].notes, ""});  // ACLED's date is gold: not passed
    golds.push_back(all[i]);
  }
  std::map<std::string, Prediction> preds;
  if (!RunSitrep(o.sitrep, docs, &preds, error)) return false;

  const std::vector<std::string> row_names = {"overall", "Syria", "Ukraine", "Yemen", "Sudan"};
  std::map<std::string, Tally> rows;
  std::ofstream errors;
  if (!o.errors.empty()) errors.open(o.errors);
  for (size_t i = 0; i < golds.size(); ++i) {
    const Gold& g = golds[i];
    auto it = preds.find(docs[i].id);
    const Prediction* p = it == preds.end() ? nullptr : &it->second;
    const std::string pred_type = p ? p->type : "(no mention)";
    const bool date_ok = p && p->date == g.date;
    const double km = p && p->has_location ? HaversineKm(g.lat, g.lon, p->lat, p->lon) : -1;
    const bool agent_ok = p && !p->agent.empty() && !g.actor1.empty() &&
                          ActorMatches(g.actor1, p->agent[0].name, p->agent[0].kind);
    const bool target_ok = p && !p->target.empty() && !g.actor2.empty() &&
                           ActorMatches(g.actor2, p->target[0].name, p->target[0].kind);
    const bool fat_ok = p && p->fatalities && *p->fatalities == g.fatalities;
    for (const auto& name : {std::string("overall"), g.country}) {
      if (name != "overall" && std::find(row_names.begin(), row_names.end(), name) == row_names.end()) continue;
      Tally& t = rows[name];
      ++t.n;
      t.types.emplace_back(g.sub_event, pred_type);
      if (!p) ++t.miss;
      t.date += date_ok;
      t.loc10 += km >= 0 && km <= 10;
      t.loc50 += km >= 0 && km <= 50;
      t.agent += agent_ok;
      if (!g.actor2.empty()) {
        ++t.target_n;
        t.target += target_ok;
      }
      if (g.fatalities > 0) {
        ++t.fat_n;
        t.fat += fat_ok;
      }
    }
    if (errors.is_open() && (pred_type != g.sub_event || !date_ok || km < 0 || km > 50 || !agent_ok)) {
      json e = {{"id", g.id},
                {"gold", {{"sub_event_type", g.sub_event}, {"date", g.date}, {"actor1", g.actor1},
                          {"actor2", g.actor2}, {"lat", g.lat}, {"lon", g.lon}, {"fatalities", g.fatalities}}},
                {"predicted", nullptr},
                {"text", g.notes}};
      if (p) {
        json pj = {{"type", p->type}, {"date", p->date}};
        pj["agent"] = p->agent.empty() ? json() : json(p->agent[0].name + " [" + p->agent[0].kind + "]");
        pj["target"] = p->target.empty() ? json() : json(p->target[0].name + " [" + p->target[0].kind + "]");
        pj["km"] = km < 0 ? json() : json(km);
        pj["fatalities"] = p->fatalities ? json(*p->fatalities) : json();
        e["predicted"] = pj;
      }
      errors << e.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
    }
  }

  std::string& md = *markdown;
  md += Heading(o, fmt::format("ACLED notes, {} set (`{}`)", tune ? "tune" : "test", file));
  md += "| rows | n | miss | sub-event acc | sub-event macro-F1 | date exact | loc ≤10 km | loc ≤50 km | agent | "
        "target (n) | fatalities (n) |\n";
  md += "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const auto& name : row_names) {
    auto r = rows.find(name);
    if (r == rows.end()) continue;
    const Tally& t = r->second;
    const ClassScores s = ScoreLabels(t.types, AcledSubEventTypes());
    md += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} ({}) | {} ({}) |\n", name, t.n,
                      Num(Ratio(t.miss, t.n)), Num(s.accuracy), Num(s.macro_f1), Num(Ratio(t.date, t.n)),
                      Num(Ratio(t.loc10, t.n)), Num(Ratio(t.loc50, t.n)), Num(Ratio(t.agent, t.n)),
                      Num(Ratio(t.target, t.target_n)), t.target_n, Num(Ratio(t.fat, t.fat_n)), t.fat_n);
  }
  md += "\nTop confusions (gold → predicted):\n\n| gold | predicted | count |\n|---|---|---:|\n";
  if (rows.count("overall")) {
    for (const auto& c : TopConfusions(rows["overall"].types, 15)) {
      md += fmt::format("| {} | {} | {} |\n", c.gold, c.predicted, c.count);
    }
  }
  md += "\n";
  return true;
}

}  // namespace sitrep::eval
