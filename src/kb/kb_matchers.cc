// KnowledgeBaseImpl: matching and lookups (contracts in knowledge_base.h).
#include <span>

#include "kb/kb_impl.h"
#include "kb/pattern_keys.h"

namespace sitrep::kb {

const ActorEntry* PickCandidate(const ActorMatch& m, std::string_view country) {
  if (!country.empty()) {
    for (const ActorEntry* a : m.candidates) {
      if (a->country == country) return a;
    }
  }
  return m.actor;
}

int KnowledgeBaseImpl::DemonymRule(const TokenKeys& keys, int i, std::vector<ActorMatch>* out) const {
  struct Country {
    int begin, end;
    std::string_view iso;
  };
  std::vector<Country> found;
  std::vector<uint32_t> vals;
  int pos = i;
  while (pos < keys.size()) {
    int end = demonym_trie_.LongestMatch(keys, pos, &vals);
    std::string_view iso;
    if (end > pos) {
      iso = demonym_country_[demonym_sets_[vals[0]][0]];
    } else {
      // A country name in the possessive: "Syria's army".
      end = country_trie_.LongestMatch(keys, pos, &vals);
      if (end == pos || end >= keys.size() || keys.key(end) != "'s") break;
      iso = country_iso_[country_sets_[vals[0]][0]];
      ++end;
    }
    if (iso.empty()) return i;  // ethnic adjectives name no state
    found.push_back(Country{pos, end, iso});
    pos = end;
    // Coordination: "Syrian and Russian air forces", "Syrian, Russian and Iranian forces".
    int next = pos;
    if (next < keys.size() && keys.key(next) == ",") ++next;
    if (next < keys.size() && (keys.key(next) == "and" || keys.key(next) == "&")) ++next;
    if (next == pos) break;
    if (next >= keys.size() || demonym_trie_.LongestMatch(keys, next, &vals) == next) break;
    pos = next;
  }
  if (found.empty()) return i;
  int f_end = force_trie_.LongestMatch(keys, pos, &vals);
  if (f_end == pos) return i;
  const ForceNoun& f = force_nouns_[force_sets_[vals[0]][0]];
  std::vector<ActorMatch> matches;
  for (size_t k = 0; k < found.size(); ++k) {
    const ActorEntry* e = StateForces(found[k].iso, f.branch);
    if (e == nullptr) return i;
    ActorMatch m;
    m.begin = found[k].begin;
    m.end = k + 1 == found.size() ? f_end : found[k].end;
    m.actor = e;
    uint32_t idx = actor_index_.at(e);  // every entry is indexed
    m.candidates = std::span<const ActorEntry* const>(&actor_ptrs_[idx], 1);
    m.by_demonym_rule = true;
    m.mode = f.mode;
    matches.push_back(m);
  }
  out->insert(out->end(), matches.begin(), matches.end());
  return f_end;
}

const std::vector<const ActorEntry*>* KnowledgeBaseImpl::CompoundActor(const text::Token& token) const {
  // Suffixes that make the group before the hyphen the doer or leader: "Houthi-planted",
  // "HTS-led", "STC-affiliated". Not "-backed", "-held", "-run": a backer, a holder or a ruler is not
  // the one who acts.
  static constexpr std::string_view kSuffixes[] = {"-led", "-planted", "-laid", "-affiliated", "-aligned",
                                                   "-allied", "-linked"};
  const std::string& w = token.lower;
  for (std::string_view suffix : kSuffixes) {
    if (w.size() <= suffix.size() + 1 || w.compare(w.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
    const size_t n = w.size() - suffix.size();
    std::vector<text::Token> one(1);
    one[0].begin = token.begin;
    one[0].end = static_cast<uint32_t>(token.begin + n);
    one[0].text = token.text.substr(0, n);
    one[0].lower = w.substr(0, n);
    one[0].capitalized = token.capitalized;
    TokenKeys keys(one);
    std::vector<uint32_t> vals;
    if (actor_trie_.LongestMatch(keys, 0, &vals) == 1) return &actor_sets_[vals[0]];
    return nullptr;
  }
  return nullptr;
}

std::vector<ActorMatch> KnowledgeBaseImpl::MatchActors(const std::vector<text::Token>& tokens) const {
  TokenKeys keys(tokens);
  std::vector<ActorMatch> out;
  std::vector<uint32_t> vals;
  int i = 0;
  while (i < keys.size()) {
    int alias_end = actor_trie_.LongestMatch(keys, i, &vals);
    std::vector<ActorMatch> rule;
    int rule_end = DemonymRule(keys, i, &rule);
    if (rule_end > alias_end) {
      out.insert(out.end(), rule.begin(), rule.end());
      i = rule_end;
    } else if (alias_end > i) {
      const auto& set = actor_sets_[vals[0]];
      ActorMatch m;
      m.begin = i;
      m.end = alias_end;
      m.actor = set[0];
      m.candidates = std::span<const ActorEntry* const>(set.data(), set.size());
      m.mode = set[0]->mode;
      out.push_back(m);
      i = alias_end;
    } else if (const std::vector<const ActorEntry*>* set = CompoundActor(tokens[i]); set != nullptr) {
      ActorMatch m;
      m.begin = i;
      m.end = i + 1;
      m.actor = (*set)[0];
      m.candidates = std::span<const ActorEntry* const>(set->data(), set->size());
      m.mode = (*set)[0]->mode;
      out.push_back(m);
      ++i;
    } else {
      ++i;
    }
  }
  return out;
}

std::vector<TriggerMatch> KnowledgeBaseImpl::MatchTriggers(const std::vector<text::Token>& tokens) const {
  TokenKeys keys(tokens);
  std::vector<TriggerMatch> out;
  std::vector<uint32_t> vals;
  int i = 0;
  while (i < keys.size()) {
    int end = trigger_trie_.LongestMatch(keys, i, &vals);
    if (end == i) {
      ++i;
      continue;
    }
    const std::vector<uint32_t>& set = trigger_sets_[vals[0]];
    const TriggerSurface& s = surfaces_[set[0]];
    TriggerMatch m{i, end, trigger_ptrs_[s.trigger], s.form, s.passive};
    for (uint32_t v : set) {
      TriggerForm f = surfaces_[v].form;
      m.may_be_noun = m.may_be_noun || f == TriggerForm::kNoun || f == TriggerForm::kNounPlural ||
                      f == TriggerForm::kGerund;
    }
    out.push_back(m);
    i = end;
  }
  return out;
}

std::vector<SourceMatch> KnowledgeBaseImpl::MatchSources(const std::vector<text::Token>& tokens) const {
  TokenKeys keys(tokens);
  std::vector<SourceMatch> out;
  std::vector<uint32_t> vals;
  int i = 0;
  while (i < keys.size()) {
    int end = source_trie_.LongestMatch(keys, i, &vals);
    if (end == i) {
      ++i;
      continue;
    }
    out.push_back(SourceMatch{i, end, source_ptrs_[source_sets_[vals[0]][0]]});
    i = end;
  }
  return out;
}

std::vector<DemonymMatch> KnowledgeBaseImpl::MatchDemonyms(const std::vector<text::Token>& tokens) const {
  TokenKeys keys(tokens);
  std::vector<DemonymMatch> out;
  std::vector<uint32_t> vals;
  int i = 0;
  while (i < keys.size()) {
    int end = demonym_trie_.LongestMatch(keys, i, &vals);
    if (end == i) {
      ++i;
      continue;
    }
    out.push_back(DemonymMatch{i, end, demonym_country_[demonym_sets_[vals[0]][0]]});
    i = end;
  }
  return out;
}

std::string KnowledgeBaseImpl::DemonymCountry(std::string_view word) const {
  std::string key;
  for (const std::string& k : PatternKeys(word)) key += (key.empty() ? "" : " ") + k;
  auto it = demonym_by_key_.find(key);
  return it == demonym_by_key_.end() ? std::string() : it->second;
}

std::string KnowledgeBaseImpl::CountryName(std::string_view iso2) const {
  auto it = country_name_.find(iso2);
  return it == country_name_.end() ? std::string() : it->second;
}

const ActorEntry* KnowledgeBaseImpl::FindActor(std::string_view name) const {
  auto it = actor_by_name_.find(name);
  return it == actor_by_name_.end() ? nullptr : it->second;
}

const ActorEntry* KnowledgeBaseImpl::StateForces(std::string_view iso2, std::string_view branch) const {
  auto it = state_forces_.find(std::make_pair(std::string(iso2), std::string(branch)));
  return it == state_forces_.end() ? nullptr : it->second;
}

}  // namespace sitrep::kb
