#include "export/json_fields.h"

#include <cmath>

namespace sitrep::exporter {

const char* DatePrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kWeek: return "week";
    case DatePrecision::kMonth: return "month";
  }
  return "day";
}

namespace {
OrderedJson NullableString(const std::string& s) { return s.empty() ? OrderedJson(nullptr) : OrderedJson(s); }
template <typename T>
OrderedJson NullableNumber(const std::optional<T>& v) { return v ? OrderedJson(*v) : OrderedJson(nullptr); }
double Round(double v, double scale) { return std::round(v * scale) / scale; }
}  // namespace

OrderedJson ActorsJson(const std::vector<Actor>& actors) {
  OrderedJson arr = OrderedJson::array();
  for (const Actor& a : actors) {
    OrderedJson j;
    j["text"] = a.text;
    j["name"] = a.name;
    j["kind"] = a.kind;
    j["country"] = NullableString(a.country);
    arr.push_back(std::move(j));
  }
  return arr;
}

OrderedJson LocationJson(const std::optional<Location>& loc) {
  if (!loc) return nullptr;
  OrderedJson j;
  j["text"] = loc->text;
  j["name"] = loc->name;
  j["lat"] = Round(loc->lat, 1e5);
  j["lon"] = Round(loc->lon, 1e5);
  j["country"] = NullableString(loc->country);
  j["admin1"] = NullableString(loc->admin1);
  j["geonames_id"] = loc->geonames_id ? OrderedJson(loc->geonames_id) : OrderedJson(nullptr);
  j["feature"] = NullableString(loc->feature);
  j["precision_km"] = Round(loc->precision_km, 10);
  return j;
}

static void PutEventFields(OrderedJson& j, const EventMention& m) {
  j["type"] = m.type;
  j["event_type"] = NullableString(m.event_type);
  j["plover"] = NullableString(m.plover);
  j["cameo"] = NullableString(m.cameo);
  j["date"] = NullableString(m.date);
  j["date_text"] = NullableString(m.date_text);
  j["date_precision"] = m.date.empty() ? OrderedJson(nullptr) : OrderedJson(DatePrecisionName(m.date_precision));
  j["agent"] = ActorsJson(m.agent);
  j["target"] = ActorsJson(m.target);
  j["location"] = LocationJson(m.location);
  j["fatalities"] = NullableNumber(m.fatalities);
  j["injured"] = NullableNumber(m.injured);
  j["displaced"] = NullableNumber(m.displaced);
  j["distance_km"] = m.distance_km ? OrderedJson(Round(*m.distance_km, 10)) : OrderedJson(nullptr);
  j["attribution"] = NullableString(m.attribution);
  j["modality"] = m.modality;
  j["trigger"] = NullableString(m.trigger);
}

OrderedJson MentionJson(const EventMention& m) {
  OrderedJson j;
  j["doc"] = m.doc;
  j["sentence"] = m.sentence;
  j["quote"] = m.quote;
  PutEventFields(j, m);
  return j;
}

OrderedJson EventJson(const FusedEvent& e) {
  OrderedJson j;
  j["id"] = e.id;
  PutEventFields(j, e.best);
  j["quote"] = e.best.quote;
  j["n_docs"] = e.n_docs;
  j["n_independent"] = e.n_independent;
  OrderedJson sources = OrderedJson::array();
  for (const EventSource& s : e.sources) {
    OrderedJson sj;
    sj["doc"] = s.doc;
    sj["outlet"] = s.outlet.empty() ? "unknown" : s.outlet;
    sj["published"] = NullableString(s.published);
    sj["sentence"] = s.sentence;
    sj["quote"] = s.quote;
    sj["modality"] = s.modality;
    sj["attribution"] = NullableString(s.attribution);
    sources.push_back(std::move(sj));
  }
  j["sources"] = std::move(sources);
  OrderedJson dis = OrderedJson::array();
  for (const Disagreement& d : e.disagreements) {
    OrderedJson dj;
    dj["field"] = d.field;
    OrderedJson values = OrderedJson::array();
    for (const Disagreement::Value& v : d.values) {
      OrderedJson vj;
      vj["value"] = v.value;
      vj["docs"] = v.docs;
      values.push_back(std::move(vj));
    }
    dj["values"] = std::move(values);
    dis.push_back(std::move(dj));
  }
  j["disagreements"] = std::move(dis);
  j["confidence"] = Round(e.confidence, 100);
  return j;
}

}  // namespace sitrep::exporter
