// Event mentions (per sentence, from `sitrep extract`) and fused events (from `sitrep events`).
// Field meanings follow doc/contract.md (the outside JSON contract).
#ifndef SITREP_EVENT_H_
#define SITREP_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sitrep {

// An actor as named in the text and resolved against the knowledge base.
struct Actor {
  std::string text;     // surface form in the sentence
  std::string name;     // canonical name (kb), or the surface text when unknown
  std::string kind;     // state | rebel | militia | jihadist | civilians | protesters | external | unknown ...
  std::string country;  // ISO 3166-1 alpha-2 of the actor's country, "" when none
  bool operator==(const Actor&) const = default;
};

// A resolved place.
struct Location {
  std::string text;         // surface form in the text ("8 km north of Homs" keeps "Homs")
  std::string name;         // gazetteer name
  double lat = 0, lon = 0;  // WGS84
  std::string country;      // ISO alpha-2
  std::string admin1;       // first-level division name, "" when unknown
  int64_t geonames_id = 0;  // 0 when not a GeoNames place
  std::string feature;      // GeoNames feature code (PPLA, PPL, ADM1, PCLI ...)
  double precision_km = 0;  // radius within which the event lies
  bool operator==(const Location&) const = default;
};

// Dates carry a precision: an exact day, a week, or a month.
enum class DatePrecision { kDay = 1, kWeek = 2, kMonth = 3 };

// One event as one sentence of one document tells it.
struct EventMention {
  std::string doc;        // Document::id
  int sentence = 0;       // 0-based sentence index in the document
  std::string quote;      // the exact (normalised) sentence
  std::string type;       // ACLED sub-event type, or a project type (doc/event-types.md)
  std::string event_type; // ACLED event type (Battles, ...), "" for project types
  std::string plover;     // PLOVER category
  std::string cameo;      // CAMEO code
  std::string date;       // YYYY-MM-DD, "" when unknown
  std::string date_text;  // the expression it was resolved from ("Thursday"), "" when from publication date
  DatePrecision date_precision = DatePrecision::kDay;
  std::vector<Actor> agent;
  std::vector<Actor> target;
  std::optional<Location> location;
  std::optional<int> fatalities;  // killed, when the text states a number
  std::optional<int> injured;
  std::optional<int> displaced;   // people displaced / fleeing, when stated
  std::optional<double> distance_km;  // a stated distance ("within 5 km of Homs"), in km
  std::string attribution;  // who says so ("Syrian Observatory for Human Rights"), "" when the outlet itself
  std::string modality;     // asserted | reported | claimed | unconfirmed | denied
  std::string trigger;      // the trigger words that fired ("took control of")
};

// One source of a fused event.
struct EventSource {
  std::string doc, outlet, published, quote, modality, attribution;
  int sentence = 0;
};

// Conflicting values of one field across sources.
struct Disagreement {
  struct Value {
    std::string value;
    std::vector<std::string> docs;
  };
  std::string field;  // agent | target | location | date | fatalities | distance_km | ...
  std::vector<Value> values;
};

// One real-world event fused from the mentions of many documents.
struct FusedEvent {
  std::string id;        // stable id ("e" + 16 hex digits)
  EventMention best;     // best-supported value of every field (doc/sentence/quote from the best source)
  int n_docs = 0;
  int n_independent = 0;
  std::vector<EventSource> sources;
  std::vector<Disagreement> disagreements;
  double confidence = 0;
};

}  // namespace sitrep

#endif  // SITREP_EVENT_H_
