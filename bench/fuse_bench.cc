// Fusion micro-benchmark: 100k synthetic mentions over a year, 400 places and 3 type families,
// with a third of the mentions retelling an earlier one (so events merge). Reports mentions/s.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "fuse/day_interval.h"
#include "fuse/event_fuser.h"
#include "sitrep/store.h"

namespace {

std::vector<sitrep::EventMention> Synthetic(size_t n) {
  std::mt19937 rng(42);
  const char* types[] = {"Air/drone strike", "Shelling/artillery/missile attack", "Non-state actor overtakes territory",
                         "Armed clash"};
  const int first = *sitrep::fuse::DayNumber("2024-01-01");
  std::vector<sitrep::EventMention> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    sitrep::EventMention m;
    if (i > 0 && rng() % 3 == 0) {
      m = out[rng() % out.size()];  // another source retelling an earlier event
    } else {
      const int place = static_cast<int>(rng() % 400);
      sitrep::Location l;
      l.name = "Place " + std::to_string(place);
      l.geonames_id = 100000 + place;
      l.lat = 32 + (place % 20) * 0.3;
      l.lon = 35 + (place / 20) * 0.3;
      l.country = "SY";
      l.feature = "PPL";
      l.precision_km = 5;
      m.location = l;
      m.type = types[rng() % 4];
      m.date = sitrep::fuse::DayString(first + static_cast<int>(rng() % 365));
      m.agent = {sitrep::Actor{"rebels", rng() % 2 ? "Hayat Tahrir al-Sham" : "rebels", "rebel", ""}};
      m.modality = "asserted";
    }
    m.doc = "d" + std::to_string(i / 4);
    m.sentence = static_cast<int>(i % 4);
    m.quote = "Sentence " + std::to_string(i);
    out.push_back(std::move(m));
  }
  return out;
}

void BM_Fuse(benchmark::State& state) {
  const auto mentions = Synthetic(static_cast<size_t>(state.range(0)));
  sitrep::fuse::EventFuser fuser;
  size_t events = 0;
  for (auto _ : state) {
    events = fuser.Fuse(mentions, {}).size();
    benchmark::DoNotOptimize(events);
  }
  state.counters["events"] = static_cast<double>(events);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_Fuse)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

// Incremental fusion in the SQLite store: documents of 4 mentions ingested one by one into a store
// that already holds range(0) mentions.
void BM_StoreIngest(benchmark::State& state) {
  const size_t preload = static_cast<size_t>(state.range(0));
  const auto mentions = Synthetic(preload + 4000);
  const std::string path = (std::filesystem::temp_directory_path() / "sitrep_fuse_bench.db").string();
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  auto store = sitrep::Store::Open(path);
  if (!store.ok()) {
    state.SkipWithError(store.status().ToString().c_str());
    return;
  }
  auto ingest = [&](size_t doc) {
    sitrep::Document d;
    d.id = "d" + std::to_string(doc);
    d.text = "Synthetic report " + std::to_string(doc);
    std::vector<sitrep::EventMention> ms(mentions.begin() + doc * 4, mentions.begin() + doc * 4 + 4);
    bool added = false;
    return (*store)->Ingest(d, ms, &added);
  };
  size_t doc = 0;
  for (; doc < preload / 4; ++doc) ingest(doc);
  for (auto _ : state) {
    if (doc * 4 + 4 > mentions.size()) break;
    sitrep::Status st = ingest(doc++);
    if (!st.ok()) state.SkipWithError(st.ToString().c_str());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  std::filesystem::remove(path);
}
BENCHMARK(BM_StoreIngest)->Arg(0)->Arg(20000)->Iterations(500)->Unit(benchmark::kMillisecond);

}  // namespace
