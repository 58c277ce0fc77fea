// KnowledgeBase: actors, event triggers, demonyms and units, loaded from kb/*.tsv (doc/kb-format.md)
// and compiled into immutable token-trie matchers.
#ifndef SITREP_KB_KNOWLEDGE_BASE_H_
#define SITREP_KB_KNOWLEDGE_BASE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"
#include "text/tokens.h"

namespace sitrep::kb {

struct ActorEntry {
  std::string name;     // canonical name ("Hayat Tahrir al-Sham")
  std::string kind;     // state | rebel | militia | jihadist | civilians | protesters | rioters | external | ...
  std::string country;  // ISO alpha-2 or ""
  bool generic = false; // "rebels", "warplanes", "gunmen": resolved by context
};

struct TriggerEntry {
  std::string type;        // ACLED sub-event type or project type
  std::string event_type;  // ACLED event type or ""
  std::string plover, cameo;
  std::string family;      // capture | withdrawal | airstrike | shelling | clash | attack | explosion | ...
  bool passive = false;    // the grammatical subject is the target ("was killed", "fell to")
};

// A match over a token sequence: tokens [begin, end).
struct ActorMatch {
  int begin = 0, end = 0;
  const ActorEntry* actor = nullptr;
};
struct TriggerMatch {
  int begin = 0, end = 0;
  const TriggerEntry* trigger = nullptr;
};

// Immutable after Load(); safe to share between threads.
class KnowledgeBase {
 public:
  virtual ~KnowledgeBase() = default;
  // Loads every kb file from `dir` (the repo's kb/). Errors name the file and line.
  static Result<std::unique_ptr<KnowledgeBase>> Load(const std::string& dir);
  // Longest-first, non-overlapping matches.
  virtual std::vector<ActorMatch> MatchActors(const std::vector<text::Token>& tokens) const = 0;
  virtual std::vector<TriggerMatch> MatchTriggers(const std::vector<text::Token>& tokens) const = 0;
  // Country (ISO alpha-2) of a demonym or country adjective ("Syrian" -> "SY"), "" when none.
  virtual std::string DemonymCountry(std::string_view word) const = 0;
};

}  // namespace sitrep::kb

#endif  // SITREP_KB_KNOWLEDGE_BASE_H_
