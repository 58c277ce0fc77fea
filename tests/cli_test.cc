// End-to-end tests of the sitrep commands on the example corpus and on bad input.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_util.h"

namespace sitrep::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

fs::path TempDir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("sitrep_cli_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

void WriteFile(const fs::path& p, const std::string& data) {
  std::ofstream f(p, std::ios::binary);
  f << data;
}

TEST(Cli, HelpOnEveryCommand) {
  for (const char* cmd : {"extract", "geocode", "ingest", "events"}) {
    CommandResult r = RunSitrep(std::string(cmd) + " --help");
    EXPECT_EQ(r.status, 0) << cmd;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << cmd << ": " << r.out;
  }
}

TEST(Cli, BadUsageExitsTwo) {
  EXPECT_EQ(RunSitrep("").status, 2);
  EXPECT_EQ(RunSitrep("frobnicate").status, 2);
  EXPECT_EQ(RunSitrep("events --format xml").status, 2);
  EXPECT_EQ(RunSitrep("extract --date 06/12/2024 x.txt").status, 2);
}

TEST(Cli, BadFilesAreNamedAndTheRestIsProcessed) {
  fs::path d = TempDir("bad");
  WriteFile(d / "good.txt",
            "Clashes near Kupiansk\nRussian forces shelled the town of Kupiansk in Kharkiv region on Tuesday, "
            "killing two civilians.\n");
  WriteFile(d / "empty.txt", "");
  WriteFile(d / "invalid.txt", "Title\nBody with a bad byte \xff here.\n");
  WriteFile(d / "binary.txt", std::string("\x7f" "ELF\0\0\0\0\x01\x02", 10));
  WriteFile(d / "broken.jsonl", "{\"text\": \"Gunmen attacked a police post.\"}\n{\"text\": \"unterminated\n");
  CommandResult r = RunSitrep("extract --no-geocode --date 2024-12-04 " + d.string());
  EXPECT_EQ(r.status, 1) << r.err;
  for (const char* f : {"empty.txt", "invalid.txt", "binary.txt", "broken.jsonl:2"}) {
    EXPECT_NE(r.err.find(f), std::string::npos) << "stderr should name " << f << ": " << r.err;
  }
  EXPECT_EQ(r.err.find("broken.jsonl:1"), std::string::npos) << r.err;
  auto mentions = JsonLines(r.out);
  bool shelling = false;
  for (const json& m : mentions) shelling |= m["type"] == "Shelling/artillery/missile attack";
  EXPECT_TRUE(shelling) << r.out;
}

TEST(Cli, StdinJsonl) {
  CommandResult r = RunSitrep(
      "extract --no-geocode -",
      "{\"id\": \"a1\", \"published\": \"2024-05-02\", \"text\": \"Police arrested 14 protesters in the capital on "
      "Wednesday.\"}\n");
  EXPECT_EQ(r.status, 0) << r.err;
  auto mentions = JsonLines(r.out);
  ASSERT_FALSE(mentions.empty());
  EXPECT_EQ(mentions[0]["doc"], "a1");
  EXPECT_EQ(mentions[0]["type"], "Arrests");
  EXPECT_EQ(mentions[0]["date"], "2024-05-01");
}

class CliWithGazetteer : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!HaveGazetteer()) GTEST_SKIP() << "no compiled gazetteer in build/data (run scripts/setup.sh)";
  }
};

TEST_F(CliWithGazetteer, IngestIsIdempotentAndKeepsStoredData) {
  fs::path d = TempDir("ingest");
  std::string db = (d / "t.db").string();
  CommandResult a = RunSitrep("ingest --db " + db + " " + SourceDir() + "/examples");
  ASSERT_EQ(a.status, 0) << a.err;
  CommandResult e1 = RunSitrep("events --db " + db);
  ASSERT_EQ(e1.status, 0);
  ASSERT_FALSE(e1.out.empty());
  CommandResult b = RunSitrep("ingest --db " + db + " " + SourceDir() + "/examples");
  ASSERT_EQ(b.status, 0) << b.err;
  EXPECT_NE(b.err.find("ingested 0 new documents"), std::string::npos) << b.err;
  CommandResult e2 = RunSitrep("events --db " + db);
  EXPECT_EQ(e1.out, e2.out);
  // A batch with a bad file: the good stored events survive, the bad file is named, exit 1.
  WriteFile(d / "bad.txt", "\xff\xfe\xfd");
  CommandResult c = RunSitrep("ingest --db " + db + " " + (d / "bad.txt").string());
  EXPECT_EQ(c.status, 1);
  EXPECT_NE(c.err.find("bad.txt"), std::string::npos);
  EXPECT_EQ(RunSitrep("events --db " + db).out, e1.out);
}

TEST_F(CliWithGazetteer, EventFormats) {
  fs::path d = TempDir("formats");
  std::string db = (d / "t.db").string();
  ASSERT_EQ(RunSitrep("ingest --db " + db + " " + SourceDir() + "/examples").status, 0);
  CommandResult csv = RunSitrep("events --format csv --db " + db);
  ASSERT_EQ(csv.status, 0);
  EXPECT_EQ(csv.out.rfind("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1", 0), 0u);
  CommandResult gj = RunSitrep("events --format geojson --db " + db);
  ASSERT_EQ(gj.status, 0);
  json fc = json::parse(gj.out);
  EXPECT_EQ(fc["type"], "FeatureCollection");
  EXPECT_FALSE(fc["features"].empty());
  for (const json& f : fc["features"]) {
    double lon = f["geometry"]["coordinates"][0], lat = f["geometry"]["coordinates"][1];
    EXPECT_TRUE(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90);
  }
}

}  // namespace
}  // namespace sitrep::testing
