#include "sitrep/pipeline.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace sitrep {
namespace {

std::string GazetteerPath() {
  for (const char* p : {SITREP_BINARY_DIR "/data/gazetteer.idx", SITREP_SOURCE_DIR "/build/data/gazetteer.idx"}) {
    if (std::filesystem::exists(p)) return p;
  }
  return "";
}

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string gaz = GazetteerPath();
    if (gaz.empty()) GTEST_SKIP() << "no compiled gazetteer (run scripts/setup.sh)";
    PipelineOptions o;
    o.kb_dir = SITREP_SOURCE_DIR "/kb";
    o.gazetteer_path = gaz;
    auto p = Pipeline::Open(o);
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    pipeline_ = std::move(p.value());
  }
  std::unique_ptr<Pipeline> pipeline_;
};

TEST_F(PipelineTest, OrganisationNamesAreNotPlaces) {
  Document d;
  d.text = "The army said it had targeted a Hamas commander in Khan Younis.";
  auto tops = pipeline_->Geocode(d);
  ASSERT_EQ(tops.size(), 1u);
  EXPECT_EQ(tops[0].location.country, "PS");
  // "Khan Younis" starts at code point 51 of the text as given.
  EXPECT_EQ(tops[0].start, 51u);
  EXPECT_EQ(tops[0].end, 62u);
}

TEST_F(PipelineTest, GeocodeOffsetsAreCodePointsOfTheOriginalText) {
  Document d;
  d.text = "Rebels \u201centered\u201d Ḩamāh\u2014and Homs.";
  auto tops = pipeline_->Geocode(d);
  ASSERT_GE(tops.size(), 1u);
  const ToponymOut& homs = tops.back();
  EXPECT_EQ(homs.location.geonames_id, 169577);
  // R-e-b-e-l-s-space (7) + quote-entered-quote (9) + space (1) + Ḩamāh (5) + dash (1) + "and " (4) = 27.
  EXPECT_EQ(homs.start, 27u);
  EXPECT_EQ(homs.end, 31u);
}

TEST_F(PipelineTest, ExtractUsesThePublicationDate) {
  Document d;
  d.id = "t1";
  d.published = "2024-12-06";
  d.text = "Rebels captured the town of Saraqib on Thursday.";
  auto ms = pipeline_->Extract(d);
  ASSERT_FALSE(ms.empty());
  EXPECT_EQ(ms[0].doc, "t1");
  EXPECT_EQ(ms[0].date, "2024-12-05");
  ASSERT_TRUE(ms[0].location.has_value());
  EXPECT_EQ(ms[0].location->geonames_id, 164816);
}

}  // namespace
}  // namespace sitrep
