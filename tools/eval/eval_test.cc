// Unit tests of the evaluator's metric code, actor mapping and TABARI parser (expected values computed by
// hand), and an end-to-end run on the real bench (skipped when ../shared/bench is absent).
#include <cstdio>
#include <filesystem>
#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "eval/acled_actor.h"
#include "eval/benchmarks.h"
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

}  // namespace
}  // namespace sitrep::eval
