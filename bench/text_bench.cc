// Text-stage micro-benchmarks over real news text (issue 7): text::Normalize, sentence splitting,
// word tokenisation, the geocoder's toponym tokenizer and the key functions. The text is read at run
// time from the first 300 LGL articles in ../shared/bench/geoparsing/ (never copied into the
// repository), else the example articles. Each reports bytes per second of article text.
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "geo/geo_tokens.h"
#include "text/fold.h"
#include "text/normalize.h"
#include "text/sentences.h"
#include "text/tokens.h"

namespace {

// Raw article texts (not normalised).
const std::vector<std::string>& RawArticles() {
  static std::vector<std::string> docs = [] {
    std::vector<std::string> out;
    std::ifstream in("../shared/bench/geoparsing/lgl.jsonl");
    std::string line;
    while (out.size() < 300 && std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object() && j.contains("text") && j["text"].is_string()) out.push_back(j["text"].get<std::string>());
    }
    if (out.empty()) {
      for (const char* f : {"examples/01_hama_falls.txt", "examples/02_rastan_bridge.txt", "examples/03_homs_approach.txt"}) {
        std::ifstream e(f);
        std::string s((std::istreambuf_iterator<char>(e)), std::istreambuf_iterator<char>());
        if (!s.empty()) out.push_back(s);
      }
    }
    return out;
  }();
  return docs;
}

const std::vector<std::string>& NormalizedArticles() {
  static std::vector<std::string> docs = [] {
    std::vector<std::string> out;
    for (const std::string& d : RawArticles()) out.push_back(sitrep::text::Normalize(d));
    return out;
  }();
  return docs;
}

// Runs `f` over every article per iteration and reports bytes/s of text.
template <typename F>
void OverArticles(benchmark::State& state, const std::vector<std::string>& docs, F f) {
  if (docs.empty()) {
    state.SkipWithError("no article text (../shared/bench or examples/)");
    return;
  }
  size_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& d : docs) {
      f(d);
      bytes += d.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

void BM_TextNormalize(benchmark::State& state) {
  OverArticles(state, RawArticles(), [](const std::string& d) {
    std::string n = sitrep::text::Normalize(d);
    benchmark::DoNotOptimize(n.data());
  });
}
BENCHMARK(BM_TextNormalize)->Unit(benchmark::kMillisecond);

void BM_TextSplitSentences(benchmark::State& state) {
  OverArticles(state, NormalizedArticles(), [](const std::string& d) {
    auto s = sitrep::text::SplitSentences(d);
    benchmark::DoNotOptimize(s.data());
  });
}
BENCHMARK(BM_TextSplitSentences)->Unit(benchmark::kMillisecond);

void BM_TextTokenize(benchmark::State& state) {
  OverArticles(state, NormalizedArticles(), [](const std::string& d) {
    auto t = sitrep::text::Tokenize(d);
    benchmark::DoNotOptimize(t.data());
  });
}
BENCHMARK(BM_TextTokenize)->Unit(benchmark::kMillisecond);

// The geocoder's tokenizer, with the SimpleKey and FoldKey of every capitalised word.
void BM_GeoTokens(benchmark::State& state) {
  std::vector<sitrep::geo::GeoToken> tokens;
  std::string arena;
  OverArticles(state, NormalizedArticles(), [&](const std::string& d) {
    sitrep::geo::ScanGeoTokens(d, &tokens, &arena);
    benchmark::DoNotOptimize(tokens.data());
  });
}
BENCHMARK(BM_GeoTokens)->Unit(benchmark::kMillisecond);

// FoldKey of every whitespace-separated word (a worst case for the key functions: every word).
void BM_TextFoldKeyWords(benchmark::State& state) {
  OverArticles(state, NormalizedArticles(), [](const std::string& d) {
    size_t i = 0;
    while (i < d.size()) {
      size_t j = d.find(' ', i);
      if (j == std::string::npos) j = d.size();
      std::string k = sitrep::text::FoldKey(std::string_view(d).substr(i, j - i));
      benchmark::DoNotOptimize(k.data());
      i = j + 1;
    }
  });
}
BENCHMARK(BM_TextFoldKeyWords)->Unit(benchmark::kMillisecond);

}  // namespace
