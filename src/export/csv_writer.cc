#include "export/csv_writer.h"

#include <fmt/core.h>

#include <vector>

namespace sitrep::exporter {

std::string CsvField(std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

namespace {

const char* kColumns[] = {"event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
                          "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "location",
                          "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
                          // sitrep's own columns
                          "n_docs", "n_independent", "confidence", "modality", "disagreements", "sitrep_type"};

std::string ActorName(const std::vector<Actor>& actors, size_t i) {
  return i < actors.size() ? actors[i].name : std::string();
}

std::string JoinRest(const std::vector<Actor>& actors) {
  std::string s;
  for (size_t i = 1; i < actors.size(); ++i) {
    if (!s.empty()) s += "; ";
    s += actors[i].name;
  }
  return s;
}

// ACLED geo_precision: 1 the town itself, 2 near a town or a small area, 3 a larger region.
int GeoPrecision(const Location& l) { return l.precision_km <= 5 ? 1 : l.precision_km <= 50 ? 2 : 3; }

}  // namespace

void CsvWriter::WriteHeader() {
  std::string line;
  for (const char* c : kColumns) {
    if (!line.empty()) line += ',';
    line += c;
  }
  out_ << line << '\n';
}

void CsvWriter::Write(const FusedEvent& e) {
  const EventMention& m = e.best;
  std::vector<std::string> f;
  f.push_back(e.id);
  f.push_back(m.date);
  f.push_back(m.date.size() >= 4 ? m.date.substr(0, 4) : "");
  f.push_back(m.date.empty() ? "" : std::to_string(static_cast<int>(m.date_precision)));
  f.push_back(m.event_type);
  f.push_back(m.type);
  f.push_back(ActorName(m.agent, 0));
  f.push_back(JoinRest(m.agent));
  f.push_back(ActorName(m.target, 0));
  f.push_back(JoinRest(m.target));
  if (m.location) {
    f.push_back(countries_.Name(m.location->country));
    f.push_back(m.location->admin1);
    f.push_back(m.location->name);
    f.push_back(fmt::format("{:.4f}", m.location->lat));
    f.push_back(fmt::format("{:.4f}", m.location->lon));
    f.push_back(std::to_string(GeoPrecision(*m.location)));
  } else {
    for (int i = 0; i < 6; ++i) f.emplace_back();
  }
  std::string sources;
  for (const EventSource& s : e.sources) {
    std::string name = s.outlet.empty() ? "unknown" : s.outlet;
    if (sources.find(name) != std::string::npos) continue;
    if (!sources.empty()) sources += "; ";
    sources += name;
  }
  f.push_back(sources);
  f.push_back(m.quote);
  f.push_back(m.fatalities ? std::to_string(*m.fatalities) : "");
  f.push_back(std::to_string(e.n_docs));
  f.push_back(std::to_string(e.n_independent));
  f.push_back(fmt::format("{:.2f}", e.confidence));
  f.push_back(m.modality);
  std::string dis;
  for (const Disagreement& d : e.disagreements) {
    if (!dis.empty()) dis += "; ";
    dis += d.field + ":";
    for (size_t i = 0; i < d.values.size(); ++i) dis += (i ? " | " : " ") + d.values[i].value;
  }
  f.push_back(dis);
  f.push_back(m.type);
  std::string line;
  for (size_t i = 0; i < f.size(); ++i) {
    if (i) line += ',';
    line += CsvField(f[i]);
  }
  out_ << line << '\n';
}

}  // namespace sitrep::exporter
