// Geocoding micro-benchmarks: whole-article geocoding over real news text, reported per toponym
// found and per MB, and the bare gazetteer lookup. The text is read at run time from the LGL corpus
// in ../shared/bench/geoparsing/ (never copied into the repository) and falls back to examples/.
// The index is $SITREP_GAZETTEER, else build/data/gazetteer.idx.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "geo/gazetteer.h"
#include "geo/geocoder.h"
#include "text/fold.h"
#include "text/normalize.h"

namespace {

using sitrep::geo::GazetteerIndex;

const GazetteerIndex* Index() {
  static std::unique_ptr<GazetteerIndex> index = [] {
    const char* env = std::getenv("SITREP_GAZETTEER");
    std::string path = env != nullptr ? env : "build/data/gazetteer.idx";
    auto r = GazetteerIndex::Open(path);
    return r.ok() ? std::move(r).value() : nullptr;
  }();
  return index.get();
}

// Normalised article texts: the first 300 LGL articles, else the example articles.
const std::vector<std::string>& Articles() {
  static std::vector<std::string> docs = [] {
    std::vector<std::string> out;
    std::ifstream in("../shared/bench/geoparsing/lgl.jsonl");
    std::string line;
    while (out.size() < 300 && std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object() && j.contains("text") && j["text"].is_string())
        out.push_back(sitrep::text::Normalize(j["text"].get<std::string>()));
    }
    if (out.empty()) {
      for (const char* f : {"examples/01_hama_falls.txt", "examples/02_rastan_bridge.txt", "examples/03_homs_approach.txt"}) {
        std::ifstream e(f);
        std::string s((std::istreambuf_iterator<char>(e)), std::istreambuf_iterator<char>());
        if (!s.empty()) out.push_back(sitrep::text::Normalize(s));
      }
    }
    return out;
  }();
  return docs;
}

void BM_GeocodeArticles(benchmark::State& state) {
  const GazetteerIndex* index = Index();
  if (index == nullptr) {
    state.SkipWithError("no gazetteer index (set SITREP_GAZETTEER or build build/data/gazetteer.idx)");
    return;
  }
  const auto& docs = Articles();
  sitrep::geo::Geocoder geocoder(*index);
  size_t toponyms = 0, bytes = 0;
  for (auto _ : state) {
    for (const std::string& d : docs) {
      auto t = geocoder.Geocode(d);
      toponyms += t.size();
      bytes += d.size();
      benchmark::DoNotOptimize(t.data());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(toponyms));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  // Seconds of geocoding per toponym found (printed with an SI suffix: "9.8u" = 9.8 µs).
  state.counters["time_per_toponym"] = benchmark::Counter(
      static_cast<double>(toponyms), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.counters["docs"] = static_cast<double>(docs.size());
}
BENCHMARK(BM_GeocodeArticles)->Unit(benchmark::kMillisecond);

void BM_GazetteerLookup(benchmark::State& state) {
  const GazetteerIndex* index = Index();
  if (index == nullptr) {
    state.SkipWithError("no gazetteer index");
    return;
  }
  const std::vector<std::string> keys = {
      sitrep::text::FoldKey("Homs"), sitrep::text::FoldKey("Talbisseh"), sitrep::text::FoldKey("Springfield"),
      sitrep::text::FoldKey("Kharkov"), sitrep::text::FoldKey("nowhere at all")};
  size_t n = 0;
  for (auto _ : state) {
    for (const auto& k : keys) {
      auto p = index->Postings(k);
      benchmark::DoNotOptimize(p.data());
      ++n;
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(n));
}
BENCHMARK(BM_GazetteerLookup);

}  // namespace
