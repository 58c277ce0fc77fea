#include "store/event_codec.h"

#include <nlohmann/json.hpp>

namespace sitrep::store {
namespace {

using nlohmann::json;

// Invalid UTF-8 is replaced (U+FFFD), never thrown.
std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json ActorsJson(const std::vector<Actor>& actors) {
  json a = json::array();
  for (const Actor& x : actors) a.push_back({{"text", x.text}, {"name", x.name}, {"kind", x.kind}, {"country", x.country}});
  return a;
}

std::vector<Actor> ActorsFrom(const json& j) {
  std::vector<Actor> out;
  for (const json& x : j) {
    out.push_back(Actor{x.value("text", ""), x.value("name", ""), x.value("kind", ""), x.value("country", "")});
  }
  return out;
}

json LocationJson(const Location& l) {
  return {{"text", l.text},       {"name", l.name},       {"lat", l.lat},
          {"lon", l.lon},         {"country", l.country}, {"admin1", l.admin1},
          {"geonames_id", l.geonames_id}, {"feature", l.feature}, {"precision_km", l.precision_km}};
}

Location LocationFrom(const json& j) {
  Location l;
  l.text = j.value("text", "");
  l.name = j.value("name", "");
  l.lat = j.value("lat", 0.0);
  l.lon = j.value("lon", 0.0);
  l.country = j.value("country", "");
  l.admin1 = j.value("admin1", "");
  l.geonames_id = j.value("geonames_id", int64_t{0});
  l.feature = j.value("feature", "");
  l.precision_km = j.value("precision_km", 0.0);
  return l;
}

template <typename T>
json Opt(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

template <typename T>
std::optional<T> OptFrom(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return it->get<T>();
}

json MentionJson(const EventMention& m) {
  return {{"doc", m.doc},
          {"sentence", m.sentence},
          {"quote", m.quote},
          {"type", m.type},
          {"event_type", m.event_type},
          {"plover", m.plover},
          {"cameo", m.cameo},
          {"date", m.date},
          {"date_text", m.date_text},
          {"date_precision", static_cast<int>(m.date_precision)},
          {"agent", ActorsJson(m.agent)},
          {"target", ActorsJson(m.target)},
          {"location", m.location ? LocationJson(*m.location) : json(nullptr)},
          {"fatalities", Opt(m.fatalities)},
          {"injured", Opt(m.injured)},
          {"displaced", Opt(m.displaced)},
          {"distance_km", Opt(m.distance_km)},
          {"attribution", m.attribution},
          {"modality", m.modality},
          {"trigger", m.trigger}};
}

EventMention MentionFrom(const json& j) {
  EventMention m;
  m.doc = j.value("doc", "");
  m.sentence = j.value("sentence", 0);
  m.quote = j.value("quote", "");
  m.type = j.value("type", "");
  m.event_type = j.value("event_type", "");
  m.plover = j.value("plover", "");
  m.cameo = j.value("cameo", "");
  m.date = j.value("date", "");
  m.date_text = j.value("date_text", "");
  m.date_precision = static_cast<DatePrecision>(j.value("date_precision", 1));
  m.agent = ActorsFrom(j.value("agent", json::array()));
  m.target = ActorsFrom(j.value("target", json::array()));
  if (auto it = j.find("location"); it != j.end() && it->is_object()) m.location = LocationFrom(*it);
  m.fatalities = OptFrom<int>(j, "fatalities");
  m.injured = OptFrom<int>(j, "injured");
  m.displaced = OptFrom<int>(j, "displaced");
  m.distance_km = OptFrom<double>(j, "distance_km");
  m.attribution = j.value("attribution", "");
  m.modality = j.value("modality", "");
  m.trigger = j.value("trigger", "");
  return m;
}

}  // namespace

std::string EncodeActors(const std::vector<Actor>& actors) { return Dump(ActorsJson(actors)); }

Status DecodeActors(const std::string& text, std::vector<Actor>* out) {
  try {
    *out = ActorsFrom(json::parse(text));
    return Status::Ok();
  } catch (const std::exception& e) {
    return Status::Corruption(std::string("stored actors: ") + e.what());
  }
}

std::string EncodeLocation(const std::optional<Location>& loc) { return loc ? Dump(LocationJson(*loc)) : ""; }

Status DecodeLocation(const std::string& text, std::optional<Location>* out) {
  if (text.empty()) {
    out->reset();
    return Status::Ok();
  }
  try {
    *out = LocationFrom(json::parse(text));
    return Status::Ok();
  } catch (const std::exception& e) {
    return Status::Corruption(std::string("stored location: ") + e.what());
  }
}

std::string EncodeEvent(const FusedEvent& e) {
  json sources = json::array();
  for (const EventSource& s : e.sources) {
    sources.push_back({{"doc", s.doc}, {"outlet", s.outlet}, {"published", s.published}, {"quote", s.quote},
                       {"modality", s.modality}, {"attribution", s.attribution}, {"sentence", s.sentence}});
  }
  json dis = json::array();
  for (const Disagreement& d : e.disagreements) {
    json values = json::array();
    for (const Disagreement::Value& v : d.values) values.push_back({{"value", v.value}, {"docs", v.docs}});
    dis.push_back({{"field", d.field}, {"values", values}});
  }
  return Dump(json{{"id", e.id},
              {"best", MentionJson(e.best)},
              {"n_docs", e.n_docs},
              {"n_independent", e.n_independent},
              {"sources", sources},
              {"disagreements", dis},
              {"confidence", e.confidence}});
}

Status DecodeEvent(const std::string& text, FusedEvent* out) {
  try {
    json j = json::parse(text);
    FusedEvent e;
    e.id = j.value("id", "");
    e.best = MentionFrom(j.at("best"));
    e.n_docs = j.value("n_docs", 0);
    e.n_independent = j.value("n_independent", 0);
    for (const json& s : j.value("sources", json::array())) {
      e.sources.push_back(EventSource{s.value("doc", ""), s.value("outlet", ""), s.value("published", ""),
                                      s.value("quote", ""), s.value("modality", ""), s.value("attribution", ""),
                                      s.value("sentence", 0)});
    }
    for (const json& d : j.value("disagreements", json::array())) {
      Disagreement dd;
      dd.field = d.value("field", "");
      for (const json& v : d.value("values", json::array())) {
        dd.values.push_back(Disagreement::Value{v.value("value", ""), v.value("docs", std::vector<std::string>{})});
      }
      e.disagreements.push_back(std::move(dd));
    }
    e.confidence = j.value("confidence", 0.0);
    *out = std::move(e);
    return Status::Ok();
  } catch (const std::exception& ex) {
    return Status::Corruption(std::string("stored event: ") + ex.what());
  }
}

}  // namespace sitrep::store
