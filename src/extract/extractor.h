// Extractor: one document in, its event mentions out. Pure and deterministic.
#ifndef SITREP_EXTRACT_EXTRACTOR_H_
#define SITREP_EXTRACT_EXTRACTOR_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "geo/geocoder.h"
#include "kb/knowledge_base.h"
#include "sitrep/document.h"
#include "sitrep/event.h"
#include "text/sentences.h"

namespace sitrep::extract {

// Immutable; safe to share between threads.
class Extractor {
 public:
  virtual ~Extractor() = default;
  // Builds an extractor on `kb`; loads the extractor's own lexicons (kb_dir/cues.tsv, kb_dir/units.tsv).
  static Result<std::unique_ptr<Extractor>> Create(const kb::KnowledgeBase& kb, const std::string& kb_dir);
  // `normalized` is text::Normalize(doc.text); `sentences` its split; `toponyms` geo::Geocoder's
  // output on `normalized` (may be empty). doc.published anchors relative dates.
  virtual std::vector<EventMention> Extract(const Document& doc, std::string_view normalized,
                                            const std::vector<text::Sentence>& sentences,
                                            const std::vector<geo::Toponym>& toponyms) const = 0;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_EXTRACTOR_H_
