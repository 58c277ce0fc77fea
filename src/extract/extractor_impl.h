// The concrete Extractor: kb matchers + cue lexicon + unit table, assembled per sentence.
// Rules (doc/event-types.md):
//  - one mention per (trigger, place) where a trigger's object is a list of places;
//  - the agent is the nearest actor before an active trigger (not the object of a preposition),
//    or the "by X" / "to X" actor after a passive one; the target is the first actor after it;
//  - a generic non-state reference ("the insurgents") takes the name of the article's most
//    mentioned named non-state actor when one is named before it; a generic state reference without
//    a country takes the article's most mentioned state's forces; otherwise it stays generic;
//  - the place is a toponym in the trigger's clause (its object first), else null;
//  - the date is the date expression nearest the trigger in its sentence, else the last event date
//    of the preceding sentences of the same paragraph, else the publication date with week
//    precision and an empty date_text.
#ifndef SITREP_EXTRACT_EXTRACTOR_IMPL_H_
#define SITREP_EXTRACT_EXTRACTOR_IMPL_H_

#include <memory>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/modality.h"
#include "extract/units.h"

namespace sitrep::extract {

class ExtractorImpl final : public Extractor {
 public:
  ExtractorImpl(const kb::KnowledgeBase& kb, CueLexicon cues, UnitTable units);

  std::vector<EventMention> Extract(const Document& doc, std::string_view normalized,
                                    const std::vector<text::Sentence>& sentences,
                                    const std::vector<geo::Toponym>& toponyms) const override;

 private:
  const kb::KnowledgeBase& kb_;
  const CueLexicon cues_;
  const UnitTable units_;
  const kb::TriggerEntry* advance_entry_ = nullptr;  // codes for the "within 5 km of" rule
  const kb::TriggerEntry* protest_entry_ = nullptr;  // codes for protests told without a protest verb
  const kb::TriggerEntry* crime_entry_ = nullptr;      // "seized cocaine": organised crime
  const kb::TriggerEntry* disrupted_entry_ = nullptr;  // "seized a weapons cache": disrupted weapons use
  const kb::TriggerEntry* shelling_entry_ = nullptr;   // "monitors recorded 14 explosions": shelling
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_EXTRACTOR_IMPL_H_
