#include "export/json_writer.h"

#include "export/json_fields.h"

namespace sitrep::exporter {

namespace {
std::string Dump(const OrderedJson& j) {
  // Replace invalid UTF-8 rather than throw: export never fails on odd input.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}
}  // namespace

std::string MentionToJson(const EventMention& m) { return Dump(MentionJson(m)); }

std::string EventToJson(const FusedEvent& e) { return Dump(EventJson(e)); }

std::string ToponymsToJson(const std::string& doc_id, const std::vector<ToponymOut>& toponyms) {
  OrderedJson j;
  j["id"] = doc_id;
  OrderedJson arr = OrderedJson::array();
  for (const ToponymOut& t : toponyms) {
    OrderedJson tj;
    tj["start"] = t.start;
    tj["end"] = t.end;
    tj["text"] = t.location.text;
    OrderedJson loc = LocationJson(t.location);
    for (auto it = loc.begin(); it != loc.end(); ++it) {
      if (it.key() != "text") tj[it.key()] = it.value();
    }
    tj["kind"] = t.kind.empty() ? "place" : t.kind;
    arr.push_back(std::move(tj));
  }
  j["toponyms"] = std::move(arr);
  return Dump(j);
}

}  // namespace sitrep::exporter
