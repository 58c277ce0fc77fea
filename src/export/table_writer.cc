#include "export/table_writer.h"

#include <fmt/core.h>

#include <vector>

namespace sitrep::exporter {

namespace {

// Cuts `s` to at most `width` code points, marking the cut with "~".
std::string Fit(const std::string& s, size_t width) {
  std::vector<size_t> starts;  // byte offset of each code point
  for (size_t i = 0; i < s.size();) {
    starts.push_back(i);
    unsigned char c = s[i];
    i += c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
  }
  if (starts.size() <= width) return s + std::string(width - starts.size(), ' ');
  return s.substr(0, starts[width - 1]) + "~";
}

std::string Names(const std::vector<Actor>& actors) {
  std::string s;
  for (const Actor& a : actors) {
    if (!s.empty()) s += ", ";
    s += a.name;
  }
  return s.empty() ? "?" : s;
}

}  // namespace

std::string EventsToTable(const std::vector<FusedEvent>& events) {
  std::string out = fmt::format("{} {} {} {} {} {}\n", Fit("date", 11), Fit("type", 30), Fit("place", 22),
                                Fit("who -> whom", 44), Fit("docs", 6), "conf");
  for (const FusedEvent& e : events) {
    const EventMention& m = e.best;
    std::string place = m.location ? m.location->name : "?";
    if (m.location && m.location->text != m.location->name && m.location->text.find(' ') != std::string::npos) {
      place = m.location->text;
    }
    std::string who = Names(m.agent) + (m.target.empty() ? "" : " -> " + Names(m.target));
    std::string date = m.date.empty() ? "?" : m.date + (m.date_precision == DatePrecision::kDay ? "" : "~");
    out += fmt::format("{} {} {} {} {} {:.2f}\n", Fit(date, 11), Fit(m.type, 30), Fit(place, 22), Fit(who, 44),
                       Fit(fmt::format("{}/{}", e.n_independent, e.n_docs), 6), e.confidence);
    for (const Disagreement& d : e.disagreements) {
      std::string vals;
      for (const Disagreement::Value& v : d.values) {
        if (!vals.empty()) vals += " | ";
        vals += fmt::format("{} ({})", v.value, v.docs.size());
      }
      out += fmt::format("{}   sources disagree on {}: {}\n", std::string(11, ' '), d.field, vals);
    }
  }
  return out;
}

}  // namespace sitrep::exporter
