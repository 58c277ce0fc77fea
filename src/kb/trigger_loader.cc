// KnowledgeBaseImpl::LoadTriggers: kb/triggers.tsv rows -> generated surfaces (doc/kb-format.md).
#include <fmt/core.h>

#include <algorithm>
#include <array>

#include "kb/kb_impl.h"
#include "kb/pattern_keys.h"
#include "kb/phrase_set.h"
#include "kb/tsv_reader.h"

namespace sitrep::kb {
namespace {

constexpr std::array<std::string_view, 30> kFamilies = {
    "capture",   "withdrawal", "advance",   "airstrike", "shelling", "clash",        "attack",
    "abduction", "explosion",  "suicide",   "grenade",   "chemical", "sexual",       "protest",
    "riot",      "agreement",  "surrender", "arrest",    "looting",  "displacement", "kill",
    "disrupted", "base",       "change",    "other",
    // Not conflict events (doc/event-types.md, "Not conflict events").
    "disaster",  "accident",   "crime",     "diplomacy", "claim"};
constexpr std::array<std::string_view, 19> kPlover = {
    "AGREE",     "ACCUSE", "AID",        "ASSAULT", "COERCE",   "CONCEDE", "CONSULT",
    "COOPERATE", "DEMAND", "DISAPPROVE", "FIGHT",   "MOBILIZE", "PROTEST", "REJECT",
    "REQUEST",   "RETREAT", "SANCTION",  "SUPPORT", "THREATEN"};
// Auxiliaries that make a participle passive.
constexpr std::array<std::string_view, 11> kPassiveAux = {"is",   "are",  "was", "were", "be",     "been",
                                                         "being", "get", "gets", "got",  "getting"};

template <size_t N>
bool OneOf(std::string_view v, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), v) != set.end();
}

bool IsCameo(std::string_view v) {
  if (v.size() < 2 || v.size() > 4) return false;
  return std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string Join(const std::vector<std::string>& words, size_t head, std::string_view replacement,
                 std::string_view prefix = {}) {
  std::string out(prefix);
  for (size_t i = 0; i < words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += i == head ? std::string(replacement) : words[i];
  }
  return out;
}

}  // namespace

Status KnowledgeBaseImpl::LoadTriggers(std::string_view file, std::string_view content) {
  auto rows = ParseTsv(
      file, content, {"pattern", "pos", "family", "type", "event_type", "plover", "cameo", "subject", "passive"},
      4);
  if (!rows.ok()) return rows.status();
  PhraseSetBuilder b;
  for (const TsvRow& r : rows.value()) {
    TriggerEntry t;
    t.pattern = std::string(r.at(0));
    t.line = r.line;
    std::string_view pos = r.at(1);
    t.family = std::string(r.at(2));
    t.type = std::string(r.at(3));
    t.event_type = std::string(r.at(4));
    t.plover = std::string(r.at(5));
    t.cameo = std::string(r.at(6));
    std::string_view subject = r.at(7).empty() ? "agent" : r.at(7);
    std::string_view passive = r.at(8).empty() ? "no" : r.at(8);

    if (pos != "verb" && pos != "verb_inflected" && pos != "noun" && pos != "fixed") {
      return RowError(file, r.line, fmt::format("pos '{}' must be verb, verb_inflected, noun or fixed", pos));
    }
    if (!OneOf(t.family, kFamilies)) return RowError(file, r.line, fmt::format("unknown family '{}'", t.family));
    std::string acled_event_type;
    if (!IsKnownEventType(t.type, &acled_event_type)) {
      return RowError(file, r.line, fmt::format("unknown event type '{}'", t.type));
    }
    if (t.event_type != acled_event_type) {
      return RowError(file, r.line, fmt::format("type '{}' belongs to event type '{}', not '{}'", t.type,
                                                acled_event_type, t.event_type));
    }
    if (!t.plover.empty() && !OneOf(t.plover, kPlover)) {
      return RowError(file, r.line, fmt::format("unknown PLOVER category '{}'", t.plover));
    }
    if (!t.cameo.empty() && !IsCameo(t.cameo)) {
      return RowError(file, r.line, fmt::format("bad CAMEO code '{}'", t.cameo));
    }
    if (subject != "agent" && subject != "target") {
      return RowError(file, r.line, fmt::format("subject '{}' must be agent or target", subject));
    }
    if (passive != "yes" && passive != "no") {
      return RowError(file, r.line, fmt::format("passive '{}' must be yes or no", passive));
    }
    t.passive = subject == "target";

    // The head word: marked with '*', else the first word of a verb, the last of a noun.
    std::vector<std::string> words = SplitWords(t.pattern);
    if (words.empty()) return RowError(file, r.line, "empty pattern");
    size_t head = (pos == "noun") ? words.size() - 1 : 0;
    int stars = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i].size() > 1 && words[i].back() == '*') {
        words[i].pop_back();
        head = i;
        ++stars;
      }
    }
    if (stars > 1) return RowError(file, r.line, "more than one '*' head marker");
    if (pos == "fixed" && stars > 0) return RowError(file, r.line, "'*' in a fixed pattern");
    std::string head_word = AsciiLower(words[head]);
    if (PatternSurfaces(head_word).size() != 1) {
      return RowError(file, r.line, fmt::format("head '{}' is not one word", head_word));
    }

    uint32_t index = static_cast<uint32_t>(trigger_store_.size());
    auto add = [&](const std::string& surface, TriggerForm form, bool is_passive) {
      uint32_t v = static_cast<uint32_t>(surfaces_.size());
      surfaces_.push_back(TriggerSurface{index, form, is_passive});
      b.Add(surface, v);
    };
    if (pos == "fixed") {
      add(Join(words, words.size(), ""), TriggerForm::kFixed, t.passive);
    } else if (pos == "noun") {
      add(Join(words, head, head_word), TriggerForm::kNoun, t.passive);
      add(Join(words, head, NounPlural(head_word)), TriggerForm::kNounPlural, t.passive);
    } else {
      VerbForms f = Inflect(head_word, irregular_);
      if (pos == "verb") add(Join(words, head, head_word), TriggerForm::kBase, t.passive);
      for (const auto& s : f.third) add(Join(words, head, s), TriggerForm::kThird, t.passive);
      for (const auto& s : f.past) add(Join(words, head, s), TriggerForm::kPast, t.passive);
      for (const auto& s : f.participle) {
        if (std::find(f.past.begin(), f.past.end(), s) == f.past.end()) {
          add(Join(words, head, s), TriggerForm::kParticiple, t.passive);
        }
      }
      for (const auto& s : f.gerund) add(Join(words, head, s), TriggerForm::kGerund, t.passive);
      if (passive == "yes") {
        for (const auto& s : f.participle) {
          for (std::string_view aux : kPassiveAux) {
            // The auxiliary goes right before the head ("warplanes were shot down" keeps its order).
            std::vector<std::string> w = words;
            w[head] = std::string(aux) + " " + s;
            add(Join(w, w.size(), ""), TriggerForm::kPassive, !t.passive);
          }
        }
      }
    }
    trigger_store_.push_back(std::move(t));
    trigger_ptrs_.push_back(&trigger_store_.back());
  }
  b.Build(&trigger_trie_, &trigger_sets_);
  return Status::Ok();
}

}  // namespace sitrep::kb
