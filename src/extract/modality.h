// Modality of a sentence (asserted, reported, claimed, unconfirmed, denied), who it is attributed
// to, and the clause-level filters (intention, hypothetical, negation, generic, history) that stop a
// trigger from being an event. Cue phrases come from kb/cues.tsv (doc/kb-cues.md).
#ifndef SITREP_EXTRACT_MODALITY_H_
#define SITREP_EXTRACT_MODALITY_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::extract {

enum class FilterKind { kIntention, kHypothetical, kNegation, kGeneric, kHistory };

// "intention", "hypothetical", ...
std::string_view FilterKindName(FilterKind k);

// A byte range of the sentence in which triggers are not events.
struct FilterSpan {
  size_t begin = 0, end = 0;
  FilterKind kind = FilterKind::kIntention;
  bool nominal_only = false;  // applies only to noun triggers ("The fall of X would ...")
  std::string cue;            // the cue as written in the text
};

struct SentenceModality {
  std::string modality = "asserted";  // asserted | reported | claimed | unconfirmed | denied
  std::string attribution;            // heuristic source name ("" when none or generic)
  size_t source_begin = 0, source_end = 0;  // byte span where the source is named (for kb lookups)
  bool party_source = false;          // the source is a party to the fighting (army, ministry ...)
  // Byte spans of non-belligerent sources named in the source span ("the civil defence agency",
  // "the Hamas-run health ministry", "local officials"): actors inside them make no claim.
  std::vector<std::pair<size_t, size_t>> civil_sources;
  bool peaceful_transfer = false;     // "without a fight", "negotiated", "handed over"
  std::vector<FilterSpan> filters;
};

// Immutable after Parse(); safe to share between threads.
class CueLexicon {
 public:
  // The built-in copy of kb/cues.tsv (used by tests and fuzzers when no kb dir is at hand).
  static CueLexicon Default();
  static Result<CueLexicon> Parse(std::string_view tsv, std::string_view origin);
  static Result<CueLexicon> Load(const std::string& path);

  // Analyses one sentence. `published` (YYYY-MM-DD or "") dates history: a year or dated
  // expression before the publication year marks its clause as history.
  SentenceModality Analyze(std::string_view sentence, std::string_view published) const;

  struct Cue {
    std::string category;
    std::vector<std::string> words;
  };
  const std::vector<Cue>& cues() const { return cues_; }

 private:
  std::vector<Cue> cues_;  // longest first
};

// The filter covering a trigger at bytes [begin, end) of the analysed sentence, if any.
std::optional<FilterSpan> FilterFor(const SentenceModality& m, size_t begin, size_t end, bool nominal);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_MODALITY_H_
