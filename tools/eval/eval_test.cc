// Unit tests of the evaluator's metric code, actor mapping and TABARI parser (expected values computed by
// hand), and an end-to-end run on the real bench (skipped when ../shared/bench is absent).
#include <cstdio>
#include <filesystem>
#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "eval/acled_actor.h"
#include "eval/benchmarks.h"
#include "eval/geo_metrics.h"
#include "eval/geo_runner.h"
#include "eval/geo_score.h"
#include "eval/metrics.h"
#include "eval/tabari.h"

namespace sitrep::eval {
namespace {

TEST(Metrics, ToyConfusionMatrix) {
  // A: support 2, predicted 2, tp 1 → F1 0.5. B: support 1, predicted 2, tp 1 → F1 2/3. C: support 1,
  // never predicted → F1 0.
  const ClassScores s = ScoreLabels({{"A", "A"}, {"A", "B"}, {"B", "B"}, {"C", "A"}}, {"A", "B", "C"});
  EXPECT_EQ(s.n, 4);
  EXPECT_DOUBLE_EQ(s.accuracy, 0.5);
  EXPECT_NEAR(s.per_label[0].f1, 0.5, 1e-9);
  EXPECT_NEAR(s.per_label[1].f1, 2.0 / 3, 1e-9);
  EXPECT_NEAR(s.per_label[2].f1, 0.0, 1e-9);
  EXPECT_NEAR(s.macro_f1, (0.5 + 2.0 / 3) / 3, 1e-9);          // 0.3889
  EXPECT_NEAR(s.weighted_f1, (2 * 0.5 + 2.0 / 3) / 4, 1e-9);   // 0.4167
}

TEST(Metrics, PredictionOutsideLabelSetAndUnusedLabel) {
  // A: support 2, predicted 1, tp 1 → 2/3. B: 1/1/1 → 1. C never occurs: left out of the macro average.
  const ClassScores s = ScoreLabels({{"A", "(none)"}, {"A", "A"}, {"B", "B"}}, {"A", "B", "C"});
  EXPECT_NEAR(s.accuracy, 2.0 / 3, 1e-9);
  EXPECT_NEAR(s.macro_f1, (2.0 / 3 + 1) / 2, 1e-9);            // 0.8333
  EXPECT_NEAR(s.weighted_f1, (2 * 2.0 / 3 + 1) / 3, 1e-9);     // 0.7778
}

TEST(Metrics, EmptyInputIsZeroNotNan) {
  const ClassScores s = ScoreLabels({}, {"A"});
  EXPECT_EQ(s.accuracy, 0);
  EXPECT_EQ(s.macro_f1, 0);
  EXPECT_EQ(s.weighted_f1, 0);
}

TEST(Metrics, TopConfusionsSkipsCorrectAndSorts) {
  const auto c = TopConfusions({{"A", "B"}, {"A", "B"}, {"C", "A"}, {"A", "A"}, {"B", "C"}}, 2);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].gold, "A");
  EXPECT_EQ(c[0].predicted, "B");
  EXPECT_EQ(c[0].count, 2);
  EXPECT_EQ(c[1].count, 1);
  EXPECT_EQ(c[1].gold, "B");  // ties keep (gold, predicted) order: (B,C) before (C,A)
}

TEST(Metrics, HaversineKnownCityPairs) {
  EXPECT_NEAR(HaversineKm(48.8566, 2.3522, 51.5074, -0.1278), 344, 3);     // Paris - London
  EXPECT_NEAR(HaversineKm(33.5138, 36.2765, 36.2021, 37.1343), 309, 4);    // Damascus - Aleppo
  EXPECT_NEAR(HaversineKm(40.7128, -74.0060, 34.0522, -118.2437), 3936, 15);  // New York - Los Angeles
  EXPECT_NEAR(HaversineKm(10, 20, 10, 20), 0, 1e-9);
  EXPECT_NEAR(HaversineKm(0, 0, 0, 180), 20015, 5);                        // half the equator
}

TEST(AcledActor, Normalise) {
  EXPECT_EQ(NormaliseActorName("Military Forces of Russia (2000-)"), "military forces of russia");
  EXPECT_EQ(NormaliseActorName("Protesters (Ukraine)"), "protesters");
  EXPECT_EQ(NormaliseActorName("HTS: Hayat Tahrir al-Sham"), "hayat tahrir al sham");
  EXPECT_EQ(NormaliseActorName("Hayat Tahrir al-Sham"), "hayat tahrir al sham");
  EXPECT_EQ(NormaliseActorName("Military Forces of Yemen (2016-) Supreme Political Council"), "houthis");
  EXPECT_EQ(NormaliseActorName("  Al-Shabaab "), "al shabaab");
}

TEST(AcledActor, Kinds) {
  EXPECT_EQ(AcledActorKind("Police Forces of Chile (2022-)"), "state");
  EXPECT_EQ(AcledActorKind("Government of Nepal (2008-)"), "state");
  EXPECT_EQ(AcledActorKind("Rioters (India)"), "rioters");
  EXPECT_EQ(AcledActorKind("Protesters (Brazil)"), "protesters");
  EXPECT_EQ(AcledActorKind("Civilians (Kenya)"), "civilians");
  EXPECT_EQ(AcledActorKind("Unidentified Armed Group (Nigeria)"), "unidentified");
  EXPECT_EQ(AcledActorKind("Tiv Ethnic Militia (Nigeria)"), "militia");
  EXPECT_EQ(AcledActorKind("Dinka Communal Militia (South Sudan)"), "militia");
  EXPECT_EQ(AcledActorKind("Islamic State (Iraq)"), "jihadist");
  EXPECT_EQ(AcledActorKind("Military Forces of Yemen (2016-) Supreme Political Council"), "rebel");
  EXPECT_EQ(AcledActorKind("Labour Group (France)"), "");
}

TEST(AcledActor, Matches) {
  EXPECT_TRUE(ActorMatches("Military Forces of Syria (2000-)", "Government of Syria", "government"));  // kind
  EXPECT_TRUE(ActorMatches("Islamic State (Syria)", "Islamic State", "rebel"));                       // name
  EXPECT_TRUE(ActorMatches("Protesters (France)", "Protesters", "protesters"));
  EXPECT_FALSE(ActorMatches("Protesters (France)", "Farmers", "civilians"));
  EXPECT_FALSE(ActorMatches("Labour Group (France)", "Workers", "civilians"));
  EXPECT_FALSE(ActorMatches("Rioters (Chile)", "", ""));
}

// A small file in the Validate.text format, written for this test.
constexpr char kTabari[] = R"(##########
# banner line
##########

010203  TEST-01
Rohan accused Mordor of moving troops toward
the river, officials said.
/*\n------------------------------
\n[two events, one optional]
\n{ ROH / MOR / 112 }
\n-{ MOR / ROH / 150 } */

010203  TEST-02
The weather in Rohan was mild.
/*\n[nothing here]
\n{+++} */

010204  SET-Opt
Switches an option.
/*\n{ OPTION: SET: CODE ALL } */

990101  FINAL-01
The end.
/* \n{+++} */

990101  AFTER-01
Not standard.
/* { ROH / MOR / 010 } */
)";

TEST(Tabari, ParsesRecords) {
  const auto recs = ParseTabari(kTabari, /*standard_only=*/true);
  ASSERT_EQ(recs.size(), 3u);
  EXPECT_EQ(recs[0].date, "010203");
  EXPECT_EQ(recs[0].id, "TEST-01");
  EXPECT_EQ(recs[0].text, "Rohan accused Mordor of moving troops toward the river, officials said.");
  EXPECT_EQ(recs[0].expected_events, 1);
  EXPECT_EQ(recs[0].optional_events, 1);
  EXPECT_FALSE(recs[0].no_event);
  EXPECT_FALSE(recs[0].control);
  EXPECT_EQ(recs[1].expected_events, 0);
  EXPECT_TRUE(recs[1].no_event);
  EXPECT_TRUE(recs[2].control);
  const auto every = ParseTabari(kTabari, /*standard_only=*/false);
  ASSERT_EQ(every.size(), 5u);
  EXPECT_EQ(every[4].id, "AFTER-01");
  EXPECT_EQ(every[4].expected_events, 1);
}

TEST(Sample, DeterministicSortedSubset) {
  const auto a = SampleIndices(1000, 50, 7), b = SampleIndices(1000, 50, 7), c = SampleIndices(1000, 50, 8);
  ASSERT_EQ(a.size(), 50u);
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
  for (size_t i = 1; i < a.size(); ++i) EXPECT_LT(a[i - 1], a[i]);
  EXPECT_EQ(SampleIndices(5, 0, 1).size(), 5u);
  EXPECT_EQ(SampleIndices(5, 9, 1).size(), 5u);
}

TEST(EndToEnd, AcledSampleTable) {
  namespace fs = std::filesystem;
  if (!fs::exists("../shared/bench/acled_notes_2020.jsonl")) {
    GTEST_SKIP() << "../shared/bench is absent (the public benchmark pack): end-to-end eval skipped";
  }
  const std::string sitrep = SITREP_BINARY_DIR "/sitrep", eval = SITREP_BINARY_DIR "/sitrep_eval";
  if (!fs::exists(sitrep)) GTEST_SKIP() << "no sitrep binary in " SITREP_BINARY_DIR;
  std::string md;
  if (fs::exists(eval)) {
    FILE* p = popen((eval + " --sitrep " + sitrep + " --sample 200 acled").c_str(), "r");
    ASSERT_NE(p, nullptr);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) md.append(buf, n);
    ASSERT_EQ(pclose(p), 0) << md;
  } else {  // sitrep_eval not built: the same code in process
    EvalOptions o;
    o.sitrep = sitrep;
    o.bench = "../shared/bench";
    o.sample = 200;
    o.command = "sitrep_eval --sample 200 acled";
    std::string error;
    ASSERT_TRUE(EvalAcled(o, &md, &error)) << error;
  }
  std::smatch m;
  ASSERT_TRUE(std::regex_search(md, m, std::regex(R"(\| overall \| 200 \|([^\n]*)\n)"))) << md;
  const std::string row = m[1];
  int numbers = 0;
  const std::regex number(R"(\d+\.\d{3})");
  for (std::sregex_iterator it(row.begin(), row.end(), number), end; it != end; ++it) {
    const double v = std::stod(it->str());
    EXPECT_GE(v, 0.0);
    EXPECT_LE(v, 1.0);
    ++numbers;
  }
  EXPECT_EQ(numbers, 9);  // miss, type acc, macro-F1, date, loc 10, loc 50, agent, target, fatalities
}

// ---- Geoparsing metrics (tools/eval/geo_*.cc). Expected values computed by hand. ----

TEST(GeoMetrics, SpanOverlap) {
  EXPECT_EQ(SpanOverlap({0, 5}, {3, 8}), 2);
  EXPECT_EQ(SpanOverlap({3, 8}, {0, 5}), 2);
  EXPECT_EQ(SpanOverlap({0, 5}, {5, 8}), 0);  // half-open: touching spans share nothing
  EXPECT_EQ(SpanOverlap({3, 3}, {0, 5}), 0);  // an empty span overlaps nothing
  EXPECT_EQ(SpanOverlap({2, 4}, {0, 9}), 2);
}

TEST(GeoMetrics, MatchingIsMaximumNotGreedy) {
  // Gold A [0,10), B [10,12); prediction X [5,11) overlaps A by 5 and B by 1, Y [0,3) overlaps A by 3.
  // Taking the largest overlap first (A-X) would leave B unmatched; the maximum matching is A-Y, B-X.
  const SpanMatching m = MatchSpans({{0, 10}, {10, 12}}, {{5, 11}, {0, 3}});
  EXPECT_EQ(m.pairs, 2);
  EXPECT_EQ(m.gold_to_pred, (std::vector<int>{1, 0}));
  EXPECT_EQ(m.pred_to_gold, (std::vector<int>{1, 0}));
}

TEST(GeoMetrics, MatchingOneToOnePrefersLargerOverlap) {
  // "Abu Dhabi" as gold [10,19) and two predictions "Abu" [10,13) and "Dhabi" [14,19): one pair, with the
  // larger overlap (5 > 3); the other prediction stays unmatched (a false positive for the caller).
  const SpanMatching m = MatchSpans({{10, 19}}, {{10, 13}, {14, 19}});
  EXPECT_EQ(m.pairs, 1);
  EXPECT_EQ(m.gold_to_pred[0], 1);
  EXPECT_EQ(m.pred_to_gold, (std::vector<int>{-1, 0}));
  // One prediction covering two golds matches only one of them.
  const SpanMatching two = MatchSpans({{0, 4}, {5, 9}}, {{0, 9}});
  EXPECT_EQ(two.pairs, 1);
  EXPECT_EQ(MatchSpans({{0, 4}}, {{4, 8}}).pairs, 0);
  EXPECT_EQ(MatchSpans({}, {{4, 8}}).pairs, 0);
}

TEST(GeoMetrics, Prf) {
  const PrfScore s = ScorePrf(3, 1, 2);
  EXPECT_DOUBLE_EQ(s.precision, 0.75);
  EXPECT_DOUBLE_EQ(s.recall, 0.6);
  EXPECT_NEAR(s.f1, 2 * 0.75 * 0.6 / 1.35, 1e-12);  // 0.6667
  EXPECT_EQ(ScorePrf(0, 0, 0).f1, 0);
}

TEST(GeoMetrics, ErrorStatsOddCount) {
  // Sorted: 0, 10, 100, 1000, 20039 (given unsorted). ln(e+1): 0, 2.3979, 4.6151, 6.9088, 9.9055.
  const ErrorStats s = ScoreErrors({1000, 0, kMissKm, 100, 10});
  EXPECT_EQ(s.n, 5);
  EXPECT_DOUBLE_EQ(s.a161, 0.6);                 // 0, 10, 100
  EXPECT_NEAR(s.mean_km, 21149.0 / 5, 1e-9);     // 4229.8
  EXPECT_DOUBLE_EQ(s.median_km, 100);
  EXPECT_NEAR(s.median_ln, 4.6151, 1e-4);        // ln 101
  EXPECT_NEAR(s.mean_ln, 23.8273 / 5, 1e-4);     // 4.7655
  // Trapezoids: (0+2.3979)/2 + (2.3979+4.6151)/2 + (4.6151+6.9088)/2 + (6.9088+9.9055)/2 = 18.8745,
  // divided by ln(20039)·4 = 39.6219.
  EXPECT_NEAR(s.auc, 0.47637, 1e-4);
}

TEST(GeoMetrics, ErrorStatsEvenCountAndEdges) {
  const ErrorStats s = ScoreErrors({400, 1, 200, 3});
  EXPECT_DOUBLE_EQ(s.median_km, 101.5);  // (3 + 200) / 2
  EXPECT_DOUBLE_EQ(s.a161, 0.5);
  EXPECT_NEAR(ScoreErrors({0, 0, 0}).auc, 0, 1e-12);
  EXPECT_NEAR(ScoreErrors({0, kMissKm}).auc, 0.5, 1e-4);  // one trapezoid of height 0 → ln(20040)
  const ErrorStats empty = ScoreErrors({});
  EXPECT_EQ(empty.n, 0);
  EXPECT_EQ(empty.a161, 0);
  EXPECT_EQ(empty.auc, 0);
  EXPECT_EQ(ScoreErrors({160.9}).a161, 1);
  EXPECT_EQ(ScoreErrors({161}).a161, 0);  // strictly below 161 km
}

TEST(GeoMetrics, CodePointsAndSentence) {
  const std::string text = "Première ligne. Troops entered Bakhmut! Later.";
  const std::u32string cps = DecodeUtf8(text);
  EXPECT_EQ(cps.size(), text.size() - 1);  // è is two bytes, one code point
  const long start = static_cast<long>(cps.find(U"Bakhmut"));
  EXPECT_EQ(start, 31);  // "Première ligne. " is 16 code points, "Troops entered " 15
  EXPECT_EQ(EncodeUtf8(cps, start, start + 7), "Bakhmut");
  EXPECT_EQ(EncodeUtf8(cps, 0, 8), "Première");
  EXPECT_EQ(SentenceAround(cps, start, start + 7), "Troops entered Bakhmut!");
  EXPECT_EQ(SentenceAround(cps, 0, 8), "Première ligne.");
  EXPECT_EQ(DecodeUtf8(std::string("a\xff" "b")).size(), 3u);  // an invalid byte is one code point
}

TEST(GeoRunner, ParsesGeocodeLine) {
  std::string id;
  std::vector<PredToponym> t;
  ASSERT_TRUE(ParseGeocodeLine(R"({"id":"a1","toponyms":[{"start":3,"end":7,"text":"Homs","lat":34.7,"lon":36.7,)"
                               R"("country":"SY"},{"start":9,"end":12,"text":"Foo"},{"end":3}]})",
                               &id, &t));
  EXPECT_EQ(id, "a1");
  ASSERT_EQ(t.size(), 2u);  // the third has no start
  EXPECT_EQ(t[0].start, 3);
  EXPECT_EQ(t[0].end, 7);
  EXPECT_TRUE(t[0].has_coords);
  EXPECT_DOUBLE_EQ(t[0].lat, 34.7);
  EXPECT_EQ(t[0].country, "SY");
  EXPECT_FALSE(t[1].has_coords);
  EXPECT_FALSE(ParseGeocodeLine("not json", &id, &t));
  EXPECT_FALSE(ParseGeocodeLine(R"({"toponyms":[]})", &id, &t));
}

// An article written for this test: gold toponyms found with find() so the offsets are right by
// construction.
GeoGold Gold(const std::string& text, const std::string& name, const std::string& type, bool coords = false,
             double lat = 0, double lon = 0) {
  GeoGold g;
  const long s = static_cast<long>(text.find(name));
  g.span = {s, s + static_cast<long>(name.size())};
  g.name = name;
  g.type = type;
  g.has_coords = coords;
  g.lat = lat;
  g.lon = lon;
  return g;
}

PredToponym Pred(const std::string& text, const std::string& name, bool coords = false, double lat = 0,
                 double lon = 0) {
  PredToponym p;
  p.start = static_cast<long>(text.find(name));
  p.end = p.start + static_cast<long>(name.size());
  p.text = name;
  p.has_coords = coords;
  p.lat = lat;
  p.lon = lon;
  return p;
}

TEST(GeoScore, GwnArticle) {
  GeoArticle a;
  a.text = "Shelling hit Kharkiv and the city of Izium, officials in Kyiv said.";
  a.toponyms = {Gold(a.text, "Kharkiv", "Literal", true, 49.99, 36.23),
                Gold(a.text, "city", "Literal_Expression"),
                Gold(a.text, "Izium", "Literal", true, 49.21, 37.26),
                Gold(a.text, "Kyiv", "Metonymic", true, 50.45, 30.52)};
  const std::vector<PredToponym> preds = {
      Pred(a.text, "Kharkiv", true, 49.99, 36.23),  // right place
      Pred(a.text, "city"),                          // overlaps an expression: ignored
      Pred(a.text, "Izium", true, 50.45, 30.52),     // put at Kyiv, about 500 km off
      Pred(a.text, "officials", true, 0, 0)};        // not a place: false positive
  GeoTally t;
  std::vector<GeoItem> items;
  GeoTypeTally types;
  ScoreGeoArticle(GeoCorpus::kGwn, a, preds, &t, &items, &types);
  EXPECT_EQ(t.tp, 2);  // Kharkiv, Izium
  EXPECT_EQ(t.fn, 1);  // Kyiv
  EXPECT_EQ(t.fp, 1);  // officials
  EXPECT_EQ(t.ignored, 1);
  ASSERT_EQ(t.e2e_km.size(), 3u);
  EXPECT_NEAR(t.e2e_km[0], 0, 1e-6);
  EXPECT_GT(t.e2e_km[1], 161);
  EXPECT_EQ(t.e2e_km[2], kMissKm);
  EXPECT_EQ(t.recognised_km.size(), 2u);
  EXPECT_EQ(t.gold_span_km.size(), 2u);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].error, GeoError::kFar);
  EXPECT_EQ(items[0].gold, 2);
  EXPECT_EQ(items[1].error, GeoError::kMissed);
  EXPECT_EQ(items[1].gold, 3);
  EXPECT_EQ(items[2].error, GeoError::kFalsePositive);
  EXPECT_EQ(items[2].pred, 3);
  EXPECT_EQ(types.by_type["Literal"].n, 2);
  EXPECT_EQ(types.by_type["Literal"].within161, 1);
  EXPECT_EQ(types.by_type["Metonymic"].overlapped, 0);
  EXPECT_EQ(types.by_type["Literal_Expression"].overlapped, 1);
  EXPECT_EQ(t.by_kind[""].predicted, 4);  // no kind set on the test predictions
  EXPECT_EQ(t.by_kind[""].tp, 2);
  EXPECT_EQ(t.by_kind[""].fp, 1);

  // The same annotations in an LGL-like corpus: every annotation is required, so "city" is a true positive.
  GeoTally lgl;
  ScoreGeoArticle(GeoCorpus::kLgl, a, preds, &lgl, nullptr, nullptr);
  EXPECT_EQ(lgl.tp, 3);
  EXPECT_EQ(lgl.fn, 1);
  EXPECT_EQ(lgl.fp, 1);
  EXPECT_EQ(lgl.ignored, 0);
}

TEST(GeoScore, NonToponymAndUnresolved) {
  GeoArticle a;
  a.text = "Workers at the Kharkiv Tractor Plant stopped work near Chuhuiv.";
  a.toponyms = {Gold(a.text, "Kharkiv Tractor Plant", "Non_Toponym"),
                Gold(a.text, "Chuhuiv", "Literal", true, 49.84, 36.69)};
  // "Kharkiv" inside a name the annotators marked as not a place is a false positive; Chuhuiv is found but
  // left without coordinates: recognised, and wrong end to end.
  const std::vector<PredToponym> preds = {Pred(a.text, "Kharkiv", true, 49.99, 36.23), Pred(a.text, "Chuhuiv")};
  GeoTally t;
  std::vector<GeoItem> items;
  ScoreGeoArticle(GeoCorpus::kGwn, a, preds, &t, &items, nullptr);
  EXPECT_EQ(t.tp, 1);
  EXPECT_EQ(t.fp, 1);
  EXPECT_EQ(t.fn, 0);
  EXPECT_EQ(t.e2e_km, (std::vector<double>{kMissKm}));
  EXPECT_EQ(t.recognised_km, (std::vector<double>{kMissKm}));
  EXPECT_TRUE(t.gold_span_km.empty());  // no resolved prediction overlaps Chuhuiv
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].error, GeoError::kUnresolved);
  EXPECT_EQ(items[1].error, GeoError::kFalsePositive);
  EXPECT_EQ(GwnRole("Language"), GeoRole::kRequired);
  EXPECT_EQ(GwnRole("Non_Lit_Expression"), GeoRole::kIgnored);
}

TEST(EndToEnd, GeoSampleTable) {
  namespace fs = std::filesystem;
  if (!fs::exists("../shared/bench/geoparsing/lgl.jsonl")) {
    GTEST_SKIP() << "../shared/bench/geoparsing is absent (the public benchmark pack): geo eval skipped";
  }
  const std::string sitrep = SITREP_BINARY_DIR "/sitrep";
  if (!fs::exists(sitrep)) GTEST_SKIP() << "no sitrep binary in " SITREP_BINARY_DIR;
  if (!fs::exists(SITREP_BINARY_DIR "/data/gazetteer.idx"))
    GTEST_SKIP() << "no compiled gazetteer in " SITREP_BINARY_DIR "/data (run scripts/setup.sh)";
  EvalOptions o;
  o.sitrep = sitrep;
  o.bench = "../shared/bench";
  o.sample = 12;
  o.command = "sitrep_eval --sample 12 geo";
  std::string md, error;
  ASSERT_TRUE(EvalGeo(o, &md, &error)) << error;
  for (const char* corpus : {"LGL", "GeoWebNews", "TR-News", "GeoVirus"}) {
    std::smatch m;
    const std::string re = std::string(R"(\| )") + corpus + R"( \| all \| 12 \|[^\n]*\| (\d\.\d{3}) \|\n)";
    ASSERT_TRUE(std::regex_search(md, m, std::regex(re))) << corpus << "\n" << md;
    const double f1 = std::stod(m[1]);
    EXPECT_GE(f1, 0.0);
    EXPECT_LE(f1, 1.0);
  }
  EXPECT_NE(md.find("| LGL | **sitrep** | end to end"), std::string::npos) << md;
}

}  // namespace
}  // namespace sitrep::eval
