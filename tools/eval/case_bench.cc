// CASE 2021 task 2: the first mention's type, mapped to a CASE label, per subtask.
#include <map>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "eval/bench_util.h"
#include "eval/benchmarks.h"
#include "eval/metrics.h"
#include "eval/runner.h"

namespace sitrep::eval {
namespace {

using nlohmann::json;

// sitrep types that would map to CASE's unseen labels, if the engine emitted them (doc/accuracy.md).
constexpr std::pair<const char*, const char*> kUnseenTypes[] = {
    {"Organized crime", "ORG_CRIME"},       {"Natural disaster", "NATURAL_DISASTER"},
    {"Man-made disaster", "MAN_MADE_DISASTER"}, {"Diplomatic event", "DIPLO"},
    {"Attribution/claim", "ATTRIB"},
};

constexpr const char* kNoLabel = "(no label)";
constexpr double kPublishedBest[] = {0.839, 0.797, 0.771};

}  // namespace

bool EvalCase(const EvalOptions& o, std::string* markdown, std::string* error) {
  std::string labels_text, data_text;
  if (!ReadFile(o.bench + "/case2021_task2_labels.jsonl", &labels_text) ||
      !ReadFile(o.bench + "/case2021_task2.jsonl", &data_text)) {
    *error = "cannot read the CASE 2021 files under " + o.bench;
    return false;
  }
  std::map<std::string, std::string> type_to_label;
  std::map<std::string, int> label_subtask;
  for (const auto& line : Lines(labels_text)) {
    json j = json::parse(line, nullptr, false);
    if (!j.is_object() || !j["label"].is_string()) continue;
    const std::string label = j["label"].get<std::string>();
    label_subtask[label] = j["subtask"].is_number_integer() ? j["subtask"].get<int>() : 3;
    if (j["acled_sub_event_type"].is_string()) type_to_label[j["acled_sub_event_type"].get<std::string>()] = label;
  }
  for (const auto& [type, label] : kUnseenTypes) type_to_label.emplace(type, label);

  struct Row {
    std::string label;
    int subtask;
  };
  std::vector<Row> all_rows;
  std::vector<std::string> all_text;
  for (const auto& line : Lines(data_text)) {
    json j = json::parse(line, nullptr, false);
    if (!j.is_object() || !j["text"].is_string() || !j["label"].is_string()) continue;
    all_rows.push_back({j["label"].get<std::string>(), j["subtask"].is_number_integer() ? j["subtask"].get<int>() : 3});
    all_text.push_back(j["text"].get<std::string>());
  }
  std::vector<Row> rows;
  std::vector<InputDoc> docs;
  for (size_t i : SampleIndices(all_rows.size(), o.sample, o.seed)) {
    docs.push_back({fmt::format("c{}", rows.size()), all_text[i], ""});
    rows.push_back(all_rows[i]);
  }
  std::map<std::string, Prediction> preds;
  if (!RunSitrep(o.sitrep, docs, &preds, error)) return false;

  std::vector<std::string> predicted(rows.size(), kNoLabel);
  int misses = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    auto p = preds.find(docs[i].id);
    if (p == preds.end()) {
      ++misses;
      continue;
    }
    auto l = type_to_label.find(p->second.type);
    if (l != type_to_label.end()) predicted[i] = l->second;
  }

  std::string& md = *markdown;
  md += Heading(o, "CASE 2021 task 2 (`case2021_task2.jsonl`)");
  md += fmt::format("Snippets: {}; no mention: {} ({}).\n\n", rows.size(), misses, Num(Ratio(misses, rows.size())));
  md += "| subtask | n | weighted F1 | macro F1 | micro F1 (= accuracy) | published best weighted F1 |\n";
  md += "|---|---:|---:|---:|---:|---:|\n";
  std::vector<LabelPair> all_pairs;
  for (int k = 1; k <= 3; ++k) {
    std::vector<std::string> labels;
    for (const auto& [label, st] : label_subtask) {
      if (st <= k) labels.push_back(label);
    }
    std::vector<LabelPair> items;
    for (size_t i = 0; i < rows.size(); ++i) {
      if (rows[i].subtask <= k) items.emplace_back(rows[i].label, predicted[i]);
    }
    if (k == 3) all_pairs = items;
    const ClassScores s = ScoreLabels(items, labels);
    md += fmt::format("| {} | {} | {} | {} | {} | {} |\n", k, s.n, Num(s.weighted_f1), Num(s.macro_f1),
                      Num(s.accuracy), Num(kPublishedBest[k - 1]));
  }
  md += "\nTop confusions, all rows (gold → predicted):\n\n| gold | predicted | count |\n|---|---|---:|\n";
  for (const auto& c : TopConfusions(all_pairs, 15)) {
    md += fmt::format("| {} | {} | {} |\n", c.gold, c.predicted, c.count);
  }
  md += "\n";
  return true;
}

}  // namespace sitrep::eval
