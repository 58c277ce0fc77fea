// libFuzzer target for fusion: builds mentions from the input bytes, fuses them in the given and in
// the reversed order and aborts when the results differ, when a mention is lost or doubled, or when
// a confidence leaves [0, 1]. Build and run: scripts/fuzz.sh.
#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "fuse/event_fuser.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

sitrep::EventMention Mention(FuzzedDataProvider& in, int i) {
  static const char* kTypes[] = {"Air/drone strike", "Shelling/artillery/missile attack", "Armed clash",
                                 "Non-state actor overtakes territory", "Withdrawal", "Explosions/Remote violence", ""};
  static const char* kNames[] = {"Hayat Tahrir al-Sham", "rebels", "Russia", "Military Forces of Syria", ""};
  static const char* kKinds[] = {"rebel", "state", "external", ""};
  sitrep::EventMention m;
  m.doc = "d" + std::to_string(in.ConsumeIntegralInRange(0, 5));
  m.sentence = i;
  m.type = kTypes[in.ConsumeIntegralInRange<size_t>(0, 6)];
  if (in.ConsumeBool()) {
    m.date = "2024-12-0" + std::to_string(in.ConsumeIntegralInRange(1, 9));
    m.date_precision = static_cast<sitrep::DatePrecision>(in.ConsumeIntegralInRange(1, 3));
    if (in.ConsumeBool()) m.date_text = "overnight";
  } else if (in.ConsumeBool()) {
    m.date = in.ConsumeRandomLengthString(12);  // malformed dates must be harmless
  }
  if (in.ConsumeBool()) {
    sitrep::Location l;
    const int place = in.ConsumeIntegralInRange(0, 6);
    l.name = "P" + std::to_string(place);
    l.geonames_id = in.ConsumeBool() ? 1000 + place : 0;
    l.lat = 35 + place * in.ConsumeFloatingPointInRange(-0.5, 0.5);
    l.lon = 36 + place * 0.05;
    l.feature = in.ConsumeBool() ? "PPL" : "ADM1";
    l.precision_km = in.ConsumeFloatingPointInRange(0.0, 80.0);
    m.location = l;
  }
  for (int k = in.ConsumeIntegralInRange(0, 2); k > 0; --k) {
    m.agent.push_back(sitrep::Actor{"", kNames[in.ConsumeIntegralInRange<size_t>(0, 4)],
                                    kKinds[in.ConsumeIntegralInRange<size_t>(0, 3)], in.ConsumeBool() ? "SY" : ""});
  }
  if (in.ConsumeBool()) m.fatalities = in.ConsumeIntegralInRange(0, 100);
  if (in.ConsumeBool()) m.distance_km = in.ConsumeFloatingPointInRange(0.0, 50.0);
  m.modality = in.ConsumeBool() ? "asserted" : "claimed";
  return m;
}

std::string Summary(const std::vector<sitrep::FusedEvent>& events) {
  std::string out;
  for (const auto& e : events) {
    out += e.id + std::to_string(e.n_independent) + std::to_string(e.confidence);
    for (const auto& s : e.sources) out += s.doc + ":" + std::to_string(s.sentence) + ",";
    for (const auto& d : e.disagreements) out += d.field;
    out += "\n";
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  std::vector<sitrep::EventMention> ms;
  for (int i = 0; i < 40 && in.remaining_bytes() > 0; ++i) ms.push_back(Mention(in, i));
  sitrep::fuse::EventFuser fuser;
  const auto events = fuser.Fuse(ms, {});
  size_t sources = 0;
  for (const auto& e : events) {
    sources += e.sources.size();
    Check(e.confidence >= 0 && e.confidence <= 1);
    Check(e.n_independent >= 1 && e.n_independent <= e.n_docs);
  }
  Check(sources == ms.size());
  std::reverse(ms.begin(), ms.end());
  Check(Summary(fuser.Fuse(ms, {})) == Summary(events));
  return 0;
}
