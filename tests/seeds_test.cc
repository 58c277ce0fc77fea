// The five example articles of 5-6 December 2024 (../shared/seeds): facts checked by hand against the
// articles' text and the GeoNames ids in cities500 (Hama 170017, Ar Rastan 172946, Tallbisah 163779,
// As Salamiyah 164947, Homs 169577).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>

#include "cli_util.h"

namespace sitrep::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

int64_t PlaceId(const json& m) {
  return m["location"].is_object() && m["location"]["geonames_id"].is_number() ? m["location"]["geonames_id"].get<int64_t>()
                                                                                : 0;
}

class Seeds : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(SeedsDir())) GTEST_SKIP() << "../shared/seeds is absent";
    if (!HaveGazetteer()) GTEST_SKIP() << "no compiled gazetteer in build/data (run scripts/setup.sh)";
  }
};

TEST_F(Seeds, ExtractFindsTheReportedEventsAndNoIntentionsOrHistory) {
  CommandResult r = RunSitrep("extract --date 2024-12-06 " + SeedsDir());
  ASSERT_EQ(r.status, 0) << r.err;
  auto ms = JsonLines(r.out);
  auto has = [&](const std::string& type, int64_t place, const std::string& date) {
    for (const json& m : ms) {
      if (m["type"] == type && PlaceId(m) == place && (date.empty() || m["date"] == date)) return true;
    }
    return false;
  };
  const std::string kCapture = "Non-state actor overtakes territory";
  EXPECT_TRUE(has(kCapture, 170017, "2024-12-05")) << "capture of Hama on 5 December";
  EXPECT_TRUE(has(kCapture, 172946, "2024-12-06")) << "capture of Rastan early Friday";
  EXPECT_TRUE(has(kCapture, 163779, "2024-12-06")) << "capture of Talbiseh early Friday";
  EXPECT_TRUE(has("Air/drone strike", 172946, "")) << "the bombing of the Rastan bridge";
  EXPECT_TRUE(has("Withdrawal", 164947, "2024-12-05")) << "army retreat from Salamiyah on 5 December";
  for (const json& m : ms) {
    std::string q = m["quote"];
    EXPECT_EQ(q.find("If Homs falls"), std::string::npos) << "hypothetical coded as event: " << q;
    EXPECT_EQ(q.find("1982 massacre"), std::string::npos) << "history coded as event: " << q;
    EXPECT_EQ(q.find("The potential capture of Homs"), std::string::npos) << q;
    EXPECT_EQ(q.find("The fall of Homs would"), std::string::npos) << q;
    EXPECT_EQ(q.find("began in 2011"), std::string::npos) << q;
  }
}

TEST_F(Seeds, IngestFusesTheCaptureOfHamaAcrossArticles) {
  fs::path d = fs::temp_directory_path() / ("sitrep_seeds_" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  std::string db = (d / "seeds.db").string();
  CommandResult r = RunSitrep("ingest --date 2024-12-06 --db " + db + " " + SeedsDir());
  ASSERT_EQ(r.status, 0) << r.err;
  auto events = JsonLines(RunSitrep("events --db " + db).out);
  ASSERT_FALSE(events.empty());
  int hama_captures = 0;
  bool bridge_agent_disagreement = false;
  for (const json& e : events) {
    if (e["type"] == "Non-state actor overtakes territory" && PlaceId(e) == 170017 && e["date"] == "2024-12-05") {
      ++hama_captures;
      EXPECT_GE(e["n_docs"].get<int>(), 3) << e.dump();
    }
    if (e["type"] == "Air/drone strike" && PlaceId(e) == 172946) {
      for (const json& dis : e["disagreements"]) bridge_agent_disagreement |= dis["field"] == "agent";
    }
  }
  EXPECT_EQ(hama_captures, 1) << "the capture of Hama must be one fused event";
  EXPECT_TRUE(bridge_agent_disagreement) << "Syrian Air Force vs Russian forces on the Rastan bridge";
}

}  // namespace
}  // namespace sitrep::testing
