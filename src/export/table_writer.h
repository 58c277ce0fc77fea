// Fused events as an aligned, human-readable text table (for terminals; not a stable format).
#ifndef SITREP_EXPORT_TABLE_WRITER_H_
#define SITREP_EXPORT_TABLE_WRITER_H_

#include <string>
#include <vector>

#include "sitrep/event.h"

namespace sitrep::exporter {

// One header line, one line per event (date, type, place, agent -> target, sources, confidence),
// and an indented line per disagreement.
std::string EventsToTable(const std::vector<FusedEvent>& events);

}  // namespace sitrep::exporter

#endif  // SITREP_EXPORT_TABLE_WRITER_H_
