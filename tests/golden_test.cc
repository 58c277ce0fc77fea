// Golden tests: hand-written articles in testdata/golden, expected mentions written by hand.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <sstream>

#include "cli_util.h"

namespace sitrep::testing {
namespace {

using nlohmann::json;

// The fields a golden file pins, in a canonical form for comparison.
json Project(const json& m) {
  json p;
  p["type"] = m["type"];
  p["date"] = m["date"];
  p["geonames_id"] = m["location"].is_object() ? m["location"]["geonames_id"] : json(nullptr);
  p["agent_kind"] = m["agent"].empty() ? json(nullptr) : m["agent"][0]["kind"];
  p["fatalities"] = m["fatalities"];
  p["modality"] = m["modality"];
  return p;
}

TEST(Golden, ExtractMatchesHandWrittenExpectations) {
  if (!HaveGazetteer()) GTEST_SKIP() << "no compiled gazetteer in build/data (run scripts/setup.sh)";
  std::string dir = SourceDir() + "/testdata/golden";
  CommandResult r = RunSitrep("extract " + dir + "/articles.jsonl");
  ASSERT_EQ(r.status, 0) << r.err;
  std::map<std::string, std::vector<std::string>> got;
  std::istringstream out(r.out);
  for (std::string line; std::getline(out, line);) {
    json m = json::parse(line);
    got[m["doc"]].push_back(Project(m).dump());
  }
  std::ifstream exp(dir + "/expected.jsonl");
  int docs = 0;
  for (std::string line; std::getline(exp, line);) {
    if (line.empty()) continue;
    json e = json::parse(line);
    std::vector<std::string> want;
    for (const json& m : e["mentions"]) want.push_back(Project(json{{"type", m["type"]},
                                                                     {"date", m["date"]},
                                                                     {"location", {{"geonames_id", m["geonames_id"]}}},
                                                                     {"agent", m["agent_kind"].is_null()
                                                                                   ? json::array()
                                                                                   : json::array({{{"kind", m["agent_kind"]}}})},
                                                                     {"fatalities", m["fatalities"]},
                                                                     {"modality", m["modality"]}})
                                                                .dump());
    std::vector<std::string> have = got[e["doc"]];
    std::sort(want.begin(), want.end());
    std::sort(have.begin(), have.end());
    EXPECT_EQ(have, want) << "document " << e["doc"];
    ++docs;
  }
  EXPECT_EQ(docs, 7);
}

}  // namespace
}  // namespace sitrep::testing
