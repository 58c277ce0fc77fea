// End-to-end tests of `sitrep gazetteer import`: builds an index from the small GeoNames sample in
// testdata/geo/import/ and geocodes with it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cli_util.h"

namespace sitrep::testing {
namespace {

namespace fs = std::filesystem;

fs::path TempDir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("sitrep_gazimport_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

std::string Data(const std::string& f) { return SourceDir() + "/testdata/geo/import/" + f; }

TEST(GazetteerImport, HelpAndUsage) {
  CommandResult r = RunSitrep("gazetteer import --help");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("--alternate-names"), std::string::npos) << r.out;
  EXPECT_EQ(RunSitrep("gazetteer import --out x.idx").status, 2);  // --geonames is required
  EXPECT_EQ(RunSitrep("gazetteer").status, 2);
}

TEST(GazetteerImport, BadRowsAreNamedSkippedAndExitOne) {
  fs::path d = TempDir("bad");
  std::string idx = (d / "g.idx").string();
  CommandResult r = RunSitrep("gazetteer import --geonames " + Data("geonames_sample.txt") + " --alternate-names " +
                              Data("alternate_names_sample.txt") + " --extra " + Data("user_places.tsv") +
                              " --out " + idx);
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("geonames_sample.txt:6:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("alternate_names_sample.txt:13:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("user_places.tsv:5:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("3 malformed rows skipped"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("9 places"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::exists(idx));  // the rest went in
  fs::remove_all(d);
}

TEST(GazetteerImport, CleanImportGeocodesWithTheNewIndex) {
  fs::path d = TempDir("clean");
  {
    // The sample without its malformed rows.
    std::ifstream in(Data("geonames_sample.txt"));
    std::ofstream out(d / "geo.txt");
    for (std::string line; std::getline(in, line);)
      if (line.find("Nowhere") == std::string::npos) out << line << "\n";
    std::ofstream words(d / "words.txt");
    words << "nice\nreading\nParis\n";
  }
  std::string idx = (d / "g.idx").string();
  CommandResult r = RunSitrep("gazetteer import --geonames " + (d / "geo.txt").string() + " --alternate-names " +
                              Data("alternate_names_sample.txt") + " --common-words " + (d / "words.txt").string() +
                              " --out " + idx);
  // The alternate-names sample still has its malformed row.
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.out.find("2 common words"), std::string::npos) << r.out;
  r = RunSitrep("gazetteer import --geonames " + (d / "geo.txt").string() + " --out " + idx);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("7 places"), std::string::npos) << r.out;
  EXPECT_EQ(RunSitrep("gazetteer import --geonames " + (d / "none.txt").string() + " --out " + idx).status, 2);

  // The index works for geocoding: Kyiv is in it, under its old spelling too.
  r = RunSitrep("geocode --gazetteer " + idx + " --date 2024-03-01",
                "Strikes on Kyiv\nMissiles struck Kiev overnight, the city's mayor said.\n");
  ASSERT_EQ(r.status, 0) << r.err;
  auto lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 1u) << r.out;
  bool kyiv = false;
  for (const auto& t : lines[0]["toponyms"]) {
    if (t.contains("geonames_id") && t["geonames_id"] == 703448) kyiv = true;
  }
  EXPECT_TRUE(kyiv) << r.out;
  fs::remove_all(d);
}

}  // namespace
}  // namespace sitrep::testing
