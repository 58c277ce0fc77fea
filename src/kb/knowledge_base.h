// KnowledgeBase: actors, reporting sources, event triggers and demonyms, loaded from kb/*.tsv
// (formats in doc/kb-format.md) and compiled into immutable token-trie matchers.
#ifndef SITREP_KB_KNOWLEDGE_BASE_H_
#define SITREP_KB_KNOWLEDGE_BASE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"
#include "text/tokens.h"

namespace sitrep::kb {

struct ActorEntry {
  std::string name;     // canonical name ("Hayat Tahrir al-Sham")
  std::string kind;     // state | rebel | jihadist | militia | separatist | external | civilians | protesters |
                        // rioters | government | organisation
  std::string country;  // ISO alpha-2 or "" (generic entries and transnational groups)
  bool generic = false; // "rebels", "warplanes", "gunmen": resolved by context
  std::string branch;   // military | police | government | "" (state forces and governments only)
  std::string mode;     // air | ground | naval | "": how the forces act ("warplanes", "Syrian Air Force": air)
  std::vector<std::string> aliases;  // surface forms as written in kb/actors.tsv (the name included)
};

// A reporting source used in attributions ("according to SOHR").
struct SourceEntry {
  std::string name;     // canonical name ("Syrian Observatory for Human Rights")
  std::string kind;     // monitor | state_media | party_media | agency | media | think_tank | un | ngo | official
  std::string country;  // ISO alpha-2 of its base or ""
};

struct TriggerEntry {
  std::string type;        // ACLED sub-event type or project type (Withdrawal, Advance, Displacement)
  std::string event_type;  // ACLED event type or "" for project types
  std::string plover, cameo;  // either may be "" where no code fits (doc/kb-format.md)
  std::string family;      // capture | withdrawal | advance | airstrike | shelling | clash | attack | ...
  bool passive = false;    // in the row's own (active) form the grammatical subject is the target
                           // ("fell to", "were killed" rows). TriggerMatch::passive is what callers use.
  std::string pattern;     // the row's pattern as written ("take* control of")
  int line = 0;            // line in kb/triggers.tsv, for diagnostics
};

// How a trigger surface relates to its row.
enum class TriggerForm : uint8_t {
  kFixed,       // a fixed phrase row, matched as written
  kBase,        // "capture", "take control of"
  kThird,       // "captures"
  kPast,        // "captured", "took" (a regular past also serves as the participle: check auxiliaries)
  kParticiple,  // "taken" (irregular participle distinct from the past)
  kGerund,      // "capturing"
  kPassive,     // an auxiliary plus participle: "was captured", "were killed", "been shelled"
  kNoun,        // "airstrike", "capture of"
  kNounPlural,  // "airstrikes"
};

// A match over a token sequence: tokens [begin, end).
struct ActorMatch {
  int begin = 0, end = 0;
  const ActorEntry* actor = nullptr;  // the default reading (first candidate)
  // Every entry the surface can name, in file order (size > 1 for ambiguous aliases like "SNA").
  std::span<const ActorEntry* const> candidates;
  bool by_demonym_rule = false;  // built by the demonym + force-noun rule ("Syrian army")
  std::string_view mode;         // air | ground | naval | "": from the force noun or the entry
};
struct TriggerMatch {
  int begin = 0, end = 0;
  const TriggerEntry* trigger = nullptr;
  TriggerForm form = TriggerForm::kFixed;
  bool passive = false;  // the grammatical subject of this surface is the target ("was captured", "fell to")
  // Another row reads the same surface as a noun or gerund ("clashes", "attacks", "shelling"): the form
  // above is the first row's reading; callers may look at the preceding word to choose.
  bool may_be_noun = false;
};
struct SourceMatch {
  int begin = 0, end = 0;
  const SourceEntry* source = nullptr;
};
struct DemonymMatch {
  int begin = 0, end = 0;
  std::string_view country;  // ISO alpha-2, "" for ethnic/religious adjectives (Kurdish, Alawite)
};

// Picks the candidate of `m` whose country is `country` (the document's context country, ISO alpha-2);
// falls back to m.actor. This is how ambiguous acronyms ("SNA": Syrian National Army / Somali National
// Army) are resolved.
const ActorEntry* PickCandidate(const ActorMatch& m, std::string_view country);

// The kb file contents by file name ("actors.tsv" -> text), for LoadFromStrings.
using KbFiles = std::map<std::string, std::string>;

// Immutable after Load(); safe to share between threads.
class KnowledgeBase {
 public:
  virtual ~KnowledgeBase() = default;
  // Loads every kb file from `dir` (the repo's kb/). Errors name the file and line
  // ("kb/actors.tsv:12: unknown kind 'rebl'"). A missing required file is an error.
  static Result<std::unique_ptr<KnowledgeBase>> Load(const std::string& dir);
  // Same from in-memory contents; a file absent from `files` counts as empty. Used by tests and fuzzers.
  static Result<std::unique_ptr<KnowledgeBase>> LoadFromStrings(const KbFiles& files);
  // The files Load() reads, relative to the kb dir.
  static const std::vector<std::string>& FileNames();

  // Longest-first (leftmost-longest), non-overlapping matches, in token order. Matching uses
  // Token::lower; aliases written in capitals ("IS", "SNA") match only that exact surface.
  // MatchActors also applies the demonym rule: demonym + force noun ("Russian forces", "Iraqi security
  // forces") names that country's state forces; "Syrian and Russian air forces" yields two matches.
  virtual std::vector<ActorMatch> MatchActors(const std::vector<text::Token>& tokens) const = 0;
  virtual std::vector<TriggerMatch> MatchTriggers(const std::vector<text::Token>& tokens) const = 0;
  virtual std::vector<SourceMatch> MatchSources(const std::vector<text::Token>& tokens) const = 0;
  virtual std::vector<DemonymMatch> MatchDemonyms(const std::vector<text::Token>& tokens) const = 0;

  // Country (ISO alpha-2) of a demonym or country adjective ("Syrian" -> "SY", "South Sudanese" -> "SS"),
  // "" when none or when the word is ethnic ("Kurdish").
  virtual std::string DemonymCountry(std::string_view word) const = 0;
  // English short name of a country ("SY" -> "Syria"), "" when unknown.
  virtual std::string CountryName(std::string_view iso2) const = 0;
  // The actor with this canonical name, or nullptr.
  virtual const ActorEntry* FindActor(std::string_view name) const = 0;
  // The state-forces entry of a country for a branch ("SY", "army" -> "Military Forces of Syria";
  // "SD", "police" -> "Police Forces of Sudan"), or nullptr when the country is unknown.
  virtual const ActorEntry* StateForces(std::string_view iso2, std::string_view branch) const = 0;

  virtual const std::vector<const ActorEntry*>& actors() const = 0;
  virtual const std::vector<const TriggerEntry*>& triggers() const = 0;
  virtual const std::vector<const SourceEntry*>& sources() const = 0;
};

// True when `type` is one of ACLED's 25 sub-event types or a project type; sets *event_type to its ACLED
// event type ("" for project types) when non-null.
bool IsKnownEventType(std::string_view type, std::string* event_type = nullptr);

// Lower-case match keys of a kb pattern, split the way text::Tokenize splits words ("Assad's forces" ->
// "assad", "'s", "forces"). Curly apostrophes become "'".
std::vector<std::string> PatternKeys(std::string_view pattern);

}  // namespace sitrep::kb

#endif  // SITREP_KB_KNOWLEDGE_BASE_H_
