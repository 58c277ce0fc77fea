// KnowledgeBaseImpl: the concrete, immutable knowledge base. Internal to src/kb.
#ifndef SITREP_KB_KB_IMPL_H_
#define SITREP_KB_KB_IMPL_H_

#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kb/inflect.h"
#include "kb/knowledge_base.h"
#include "kb/token_trie.h"

namespace sitrep::kb {

// One force noun of kb/force_nouns.tsv ("air force" -> "Military Forces of {country}").
struct ForceNoun {
  std::string name_pattern;  // contains "{country}"
  std::string kind;          // state | government
  std::string branch;        // military | police | government
  std::string mode;          // air | ground | naval | ""
};

// One generated trigger surface: a row plus the form it was generated as.
struct TriggerSurface {
  uint32_t trigger = 0;  // index into triggers_
  TriggerForm form = TriggerForm::kFixed;
  bool passive = false;
};

class KnowledgeBaseImpl final : public KnowledgeBase {
 public:
  // Parses every file of `files` (missing ones count as empty) and compiles the matchers.
  // `prefix` is prepended to file names in error messages ("kb/").
  Status Init(const KbFiles& files, const std::string& prefix);

  std::vector<ActorMatch> MatchActors(const std::vector<text::Token>& tokens) const override;
  std::vector<TriggerMatch> MatchTriggers(const std::vector<text::Token>& tokens) const override;
  std::vector<SourceMatch> MatchSources(const std::vector<text::Token>& tokens) const override;
  std::vector<DemonymMatch> MatchDemonyms(const std::vector<text::Token>& tokens) const override;
  std::string DemonymCountry(std::string_view word) const override;
  std::string CountryName(std::string_view iso2) const override;
  const ActorEntry* FindActor(std::string_view name) const override;
  const ActorEntry* StateForces(std::string_view iso2, std::string_view branch) const override;
  const std::vector<const ActorEntry*>& actors() const override { return actor_ptrs_; }
  const std::vector<const TriggerEntry*>& triggers() const override { return trigger_ptrs_; }
  const std::vector<const SourceEntry*>& sources() const override { return source_ptrs_; }

 private:
  Status LoadDemonyms(std::string_view file, std::string_view content);
  Status LoadForceNouns(std::string_view file, std::string_view content);
  Status LoadActors(std::string_view file, std::string_view content);
  Status LoadSources(std::string_view file, std::string_view content);
  Status LoadIrregularVerbs(std::string_view file, std::string_view content);
  Status LoadTriggers(std::string_view file, std::string_view content);
  void GenerateStateForces();
  void CompileActors();
  // The demonym + force-noun rule at token `i`; returns the end of the rule's span (i when none) and
  // appends its matches to *out.
  int DemonymRule(const TokenKeys& keys, int i, std::vector<ActorMatch>* out) const;
  // The actors named by the part before the hyphen of a compound such as "HTS-led" or
  // "Houthi-planted" (doc/kb-format.md), or null.
  const std::vector<const ActorEntry*>* CompoundActor(const text::Token& token) const;

  // Actors (deque: stable addresses).
  std::deque<ActorEntry> actor_store_;
  std::vector<const ActorEntry*> actor_ptrs_;
  std::map<const ActorEntry*, uint32_t> actor_index_;  // entry -> index in actor_ptrs_
  std::map<std::string, const ActorEntry*, std::less<>> actor_by_name_;
  std::map<std::pair<std::string, std::string>, const ActorEntry*> state_forces_;  // (iso2, branch)
  TokenTrie actor_trie_;
  std::vector<std::vector<const ActorEntry*>> actor_sets_;

  // Demonyms and country names.
  std::vector<std::string> demonym_country_;  // trie value -> iso2 ("" = ethnic)
  TokenTrie demonym_trie_;
  std::vector<std::vector<uint32_t>> demonym_sets_;
  TokenTrie country_trie_;  // country names, for "Syria's army"
  std::vector<std::vector<uint32_t>> country_sets_;
  std::vector<std::string> country_iso_;  // country_trie_ value -> iso2
  std::map<std::string, std::string, std::less<>> demonym_by_key_;  // "south sudanese" -> "SS"
  std::map<std::string, std::string, std::less<>> country_name_;    // "SY" -> "Syria"

  // Force nouns.
  std::vector<ForceNoun> force_nouns_;
  TokenTrie force_trie_;
  std::vector<std::vector<uint32_t>> force_sets_;

  // Sources.
  std::deque<SourceEntry> source_store_;
  std::vector<const SourceEntry*> source_ptrs_;
  TokenTrie source_trie_;
  std::vector<std::vector<uint32_t>> source_sets_;

  // Triggers.
  IrregularVerbs irregular_;
  std::deque<TriggerEntry> trigger_store_;
  std::vector<const TriggerEntry*> trigger_ptrs_;
  std::vector<TriggerSurface> surfaces_;
  TokenTrie trigger_trie_;
  std::vector<std::vector<uint32_t>> trigger_sets_;
};

}  // namespace sitrep::kb

#endif  // SITREP_KB_KB_IMPL_H_
