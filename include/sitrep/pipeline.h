// Pipeline: the per-article half of sitrep, Document -> [EventMention], on a shared immutable
// knowledge base and gazetteer. Thread-safe: call Extract() from any number of threads.
#ifndef SITREP_PIPELINE_H_
#define SITREP_PIPELINE_H_

#include <memory>
#include <string>
#include <vector>

#include "sitrep/document.h"
#include "sitrep/event.h"
#include "sitrep/status.h"

namespace sitrep {

struct PipelineOptions {
  std::string kb_dir;          // "" = $SITREP_KB, else <repo>/kb next to the binary
  std::string gazetteer_path;  // "" = $SITREP_GAZETTEER, else <build>/data/gazetteer.idx
  bool geocode = true;
};

// One resolved toponym of an article (for `sitrep geocode`): offsets are code points.
struct ToponymOut {
  size_t start = 0, end = 0;
  Location location;
  // "place" (a place named as such), "demonym" (a demonym or country adjective, located at its state:
  // "Syrian", "Georgians") or "local" (a street, road, facility or waterway the gazetteer lacks, located
  // at the article's local focus with a wide precision_km).
  std::string kind = "place";
};

class Pipeline {
 public:
  virtual ~Pipeline() = default;
  static Result<std::unique_ptr<Pipeline>> Open(const PipelineOptions& opts);
  // Fills in doc.published from a dated line of the text when it is empty, and extracts.
  virtual std::vector<EventMention> Extract(Document& doc) const = 0;
  // Toponyms of doc.text with code-point offsets into doc.text as given.
  virtual std::vector<ToponymOut> Geocode(const Document& doc) const = 0;
};

}  // namespace sitrep

#endif  // SITREP_PIPELINE_H_
