// KnowledgeBaseImpl: parsing of the kb files (formats in doc/kb-format.md).
#include <fmt/core.h>

#include <algorithm>
#include <array>

#include "kb/kb_impl.h"
#include "kb/pattern_keys.h"
#include "kb/phrase_set.h"
#include "kb/tsv_reader.h"

namespace sitrep::kb {
namespace {

template <size_t N>
bool OneOf(std::string_view v, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), v) != set.end();
}

constexpr std::array<std::string_view, 12> kActorKinds = {
    "state",     "rebel",      "jihadist", "militia",  "separatist", "external",
    "civilians", "protesters", "rioters",  "government", "organisation", "unidentified"};
constexpr std::array<std::string_view, 9> kSourceKinds = {
    "monitor", "state_media", "party_media", "agency", "media", "think_tank", "un", "ngo", "official"};
constexpr std::array<std::string_view, 3> kBranches = {"military", "police", "government"};
constexpr std::array<std::string_view, 3> kModes = {"air", "ground", "naval"};

bool IsIso2(std::string_view c) {
  return c.size() == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z';
}

// "yes" / "no" / "" (default false).
bool ParseBool(std::string_view v, bool* out) {
  if (v == "yes") return *out = true, true;
  if (v == "no" || v.empty()) return *out = false, true;
  return false;
}

std::string Replace(std::string s, std::string_view from, std::string_view to) {
  size_t p = s.find(from);
  if (p != std::string::npos) s.replace(p, from.size(), to);
  return s;
}

}  // namespace

Status KnowledgeBaseImpl::LoadDemonyms(std::string_view file, std::string_view content) {
  auto rows = ParseTsv(file, content, {"demonym", "iso2", "country"}, 2);
  if (!rows.ok()) return rows.status();
  PhraseSetBuilder demonyms, countries;
  std::map<std::string, uint32_t> iso_value;
  for (const TsvRow& r : rows.value()) {
    std::string_view iso = r.at(1);
    if (iso == "-") iso = "";
    if (!iso.empty() && !IsIso2(iso)) return RowError(file, r.line, fmt::format("bad ISO alpha-2 '{}'", iso));
    std::string_view name = r.at(2);
    if (!iso.empty()) {
      if (name.empty()) return RowError(file, r.line, "country name missing");
      auto it = country_name_.find(iso);
      if (it == country_name_.end()) {
        country_name_.emplace(std::string(iso), std::string(name));
        uint32_t v = static_cast<uint32_t>(country_iso_.size());
        country_iso_.emplace_back(iso);
        countries.Add(name, v);
      } else if (it->second != name) {
        return RowError(file, r.line,
                        fmt::format("country '{}' already named '{}' for {}", name, it->second, iso));
      }
    }
    uint32_t v = static_cast<uint32_t>(demonym_country_.size());
    demonym_country_.emplace_back(iso);
    if (!demonyms.Add(r.at(0), v)) return RowError(file, r.line, "empty demonym");
    std::string key;
    for (const std::string& k : PatternKeys(r.at(0))) key += (key.empty() ? "" : " ") + k;
    demonym_by_key_.emplace(key, std::string(iso));  // the first row wins
  }
  demonyms.Build(&demonym_trie_, &demonym_sets_);
  countries.Build(&country_trie_, &country_sets_);
  return Status::Ok();
}

Status KnowledgeBaseImpl::LoadForceNouns(std::string_view file, std::string_view content) {
  auto rows = ParseTsv(file, content, {"noun", "name", "kind", "branch", "mode"}, 4);
  if (!rows.ok()) return rows.status();
  PhraseSetBuilder b;
  for (const TsvRow& r : rows.value()) {
    ForceNoun f{std::string(r.at(1)), std::string(r.at(2)), std::string(r.at(3)), std::string(r.at(4))};
    if (f.name_pattern.find("{country}") == std::string::npos) {
      return RowError(file, r.line, "name must contain {country}");
    }
    if (f.kind != "state" && f.kind != "government") {
      return RowError(file, r.line, fmt::format("kind '{}' must be state or government", f.kind));
    }
    if (!OneOf(f.branch, kBranches)) return RowError(file, r.line, fmt::format("unknown branch '{}'", f.branch));
    if (!f.mode.empty() && !OneOf(f.mode, kModes)) {
      return RowError(file, r.line, fmt::format("unknown mode '{}'", f.mode));
    }
    if (!b.Add(r.at(0), static_cast<uint32_t>(force_nouns_.size()))) {
      return RowError(file, r.line, "empty noun");
    }
    force_nouns_.push_back(std::move(f));
  }
  b.Build(&force_trie_, &force_sets_);
  return Status::Ok();
}

Status KnowledgeBaseImpl::LoadActors(std::string_view file, std::string_view content) {
  auto rows = ParseTsv(file, content, {"name", "kind", "country", "generic", "branch", "mode", "aliases"}, 2);
  if (!rows.ok()) return rows.status();
  for (const TsvRow& r : rows.value()) {
    ActorEntry a;
    a.name = std::string(r.at(0));
    a.kind = std::string(r.at(1));
    a.country = std::string(r.at(2));
    a.branch = std::string(r.at(4));
    a.mode = std::string(r.at(5));
    if (!OneOf(a.kind, kActorKinds)) return RowError(file, r.line, fmt::format("unknown kind '{}'", a.kind));
    if (!a.country.empty() && !IsIso2(a.country)) {
      return RowError(file, r.line, fmt::format("bad ISO alpha-2 '{}'", a.country));
    }
    if (!ParseBool(r.at(3), &a.generic)) {
      return RowError(file, r.line, fmt::format("generic must be yes or no, not '{}'", r.at(3)));
    }
    if (!a.branch.empty() && !OneOf(a.branch, kBranches)) {
      return RowError(file, r.line, fmt::format("unknown branch '{}'", a.branch));
    }
    if (!a.mode.empty() && !OneOf(a.mode, kModes)) {
      return RowError(file, r.line, fmt::format("unknown mode '{}'", a.mode));
    }
    if (actor_by_name_.count(a.name) != 0) {
      return RowError(file, r.line, fmt::format("duplicate actor '{}'", a.name));
    }
    a.aliases.push_back(a.name);
    for (std::string_view alias : SplitList(r.at(6))) {
      if (PatternSurfaces(alias).empty()) return RowError(file, r.line, "empty alias");
      a.aliases.emplace_back(alias);
    }
    actor_store_.push_back(std::move(a));
    actor_by_name_.emplace(actor_store_.back().name, &actor_store_.back());
  }
  return Status::Ok();
}

void KnowledgeBaseImpl::GenerateStateForces() {
  for (const auto& [iso, country] : country_name_) {
    for (const ForceNoun& f : force_nouns_) {
      auto key = std::make_pair(iso, f.branch);
      if (state_forces_.count(key) != 0) continue;
      std::string name = Replace(f.name_pattern, "{country}", country);
      auto it = actor_by_name_.find(name);
      const ActorEntry* e = nullptr;
      if (it != actor_by_name_.end()) {
        e = it->second;
      } else {
        ActorEntry a;
        a.name = name;
        a.kind = f.kind;
        a.country = iso;
        a.branch = f.branch;
        actor_store_.push_back(std::move(a));
        e = &actor_store_.back();
        actor_by_name_.emplace(e->name, e);
      }
      state_forces_.emplace(key, e);
    }
  }
}

void KnowledgeBaseImpl::CompileActors() {
  PhraseSetBuilder b;
  for (const ActorEntry& a : actor_store_) {
    actor_index_.emplace(&a, static_cast<uint32_t>(actor_ptrs_.size()));
    actor_ptrs_.push_back(&a);
  }
  for (uint32_t i = 0; i < actor_ptrs_.size(); ++i) {
    for (const std::string& alias : actor_ptrs_[i]->aliases) b.Add(alias, i);
  }
  std::vector<std::vector<uint32_t>> sets;
  b.Build(&actor_trie_, &sets);
  for (const auto& s : sets) {
    std::vector<const ActorEntry*> ptrs;
    for (uint32_t v : s) ptrs.push_back(actor_ptrs_[v]);
    actor_sets_.push_back(std::move(ptrs));
  }
}

Status KnowledgeBaseImpl::LoadSources(std::string_view file, std::string_view content) {
  auto rows = ParseTsv(file, content, {"name", "kind", "country", "aliases"}, 2);
  if (!rows.ok()) return rows.status();
  PhraseSetBuilder b;
  for (const TsvRow& r : rows.value()) {
    SourceEntry s{std::string(r.at(0)), std::string(r.at(1)), std::string(r.at(2))};
    if (!OneOf(s.kind, kSourceKinds)) return RowError(file, r.line, fmt::format("unknown kind '{}'", s.kind));
    if (!s.country.empty() && !IsIso2(s.country)) {
      return RowError(file, r.line, fmt::format("bad ISO alpha-2 '{}'", s.country));
    }
    uint32_t v = static_cast<uint32_t>(source_store_.size());
    b.Add(s.name, v);
    for (std::string_view alias : SplitList(r.at(3))) b.Add(alias, v);
    source_store_.push_back(std::move(s));
    source_ptrs_.push_back(&source_store_.back());
  }
  b.Build(&source_trie_, &source_sets_);
  return Status::Ok();
}

Status KnowledgeBaseImpl::LoadIrregularVerbs(std::string_view file, std::string_view content) {
  auto rows = ParseTsv(file, content, {"base", "third", "past", "participle", "gerund"}, 5);
  if (!rows.ok()) return rows.status();
  for (const TsvRow& r : rows.value()) {
    VerbForms f;
    std::vector<std::string>* lists[] = {&f.third, &f.past, &f.participle, &f.gerund};
    for (int c = 0; c < 4; ++c) {
      for (std::string_view v : SplitList(r.at(c + 1))) lists[c]->push_back(AsciiLower(v));
      if (lists[c]->empty()) return RowError(file, r.line, "empty form");
    }
    std::string base = AsciiLower(r.at(0));
    if (irregular_.count(base) != 0) return RowError(file, r.line, fmt::format("duplicate verb '{}'", base));
    irregular_.emplace(std::move(base), std::move(f));
  }
  return Status::Ok();
}

}  // namespace sitrep::kb
