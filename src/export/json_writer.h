// JSON lines for the outside contract (doc/contract.md): event mentions, fused events, toponyms.
#ifndef SITREP_EXPORT_JSON_WRITER_H_
#define SITREP_EXPORT_JSON_WRITER_H_

#include <string>
#include <vector>

#include "sitrep/event.h"
#include "sitrep/pipeline.h"

namespace sitrep::exporter {

// One event mention as a single JSON line (no trailing newline), keys in contract order.
std::string MentionToJson(const EventMention& m);

// One fused event as a single JSON line: the mention fields of `e.best` plus id, n_docs,
// n_independent, sources, disagreements, confidence.
std::string EventToJson(const FusedEvent& e);

// One geoparsed article: {"id": ..., "toponyms": [...]}.
std::string ToponymsToJson(const std::string& doc_id, const std::vector<ToponymOut>& toponyms);

}  // namespace sitrep::exporter

#endif  // SITREP_EXPORT_JSON_WRITER_H_
