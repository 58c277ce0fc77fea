// Store: documents, their mentions and the fused events. SQLite (embedded default) now;
// PostgreSQL behind the same interface later. Schema: doc/schema.md.
#ifndef SITREP_STORE_H_
#define SITREP_STORE_H_

#include <memory>
#include <string>
#include <vector>

#include "sitrep/document.h"
#include "sitrep/event.h"
#include "sitrep/status.h"

namespace sitrep {

struct EventFilter {
  std::string date_from, date_to;  // inclusive YYYY-MM-DD, "" = open
  std::string type;                // exact sub-event type, "" = any
  std::string actor;               // substring of an agent/target name, "" = any
  double min_confidence = 0;
  size_t limit = 0;                // 0 = no limit
};

// Not thread-safe: one Store per thread or process.
class Store {
 public:
  virtual ~Store() = default;
  // url: "" or a path -> SQLite file (default "sitrep.db"); "sqlite:PATH"; "postgresql://..." (later).
  static Result<std::unique_ptr<Store>> Open(const std::string& url);

  // Stores `doc` (text included) and its mentions and fuses them into the stored events, in one
  // transaction. When a document with the same id is already stored nothing changes and *added is
  // false.
  virtual Status Ingest(const Document& doc, const std::vector<EventMention>& mentions, bool* added) = 0;

  // Fused events, ordered by date then id.
  virtual Result<std::vector<FusedEvent>> Events(const EventFilter& filter) = 0;

  virtual Result<size_t> DocumentCount() = 0;
};

}  // namespace sitrep

#endif  // SITREP_STORE_H_
