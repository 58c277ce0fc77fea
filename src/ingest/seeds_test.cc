// The example articles in ../shared/seeds (skipped when absent).
#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/test_util.h"

namespace sitrep::ingest {
namespace {

const char kSeeds[] = "../shared/seeds";

class Seeds : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::is_directory(kSeeds)) GTEST_SKIP() << "../shared/seeds is absent; seed tests skipped";
  }
  static Document Read(const std::string& name) {
    auto c = testing::ReadAll({std::string(kSeeds) + "/" + name});
    EXPECT_TRUE(c.errors.empty());
    return c.docs.empty() ? Document() : c.docs[0];
  }
};

TEST_F(Seeds, DatedLineGivesThePublicationDate) {
  const Document d = Read("001_0b5465d82192f9ae.txt");
  EXPECT_EQ(d.title, "Syrian Opposition Forces Make Gains in Homs, Threatening Regime's Control");
  EXPECT_EQ(d.published, "2024-12-06");
}

TEST_F(Seeds, TweetSignaturesGiveNoPublicationDate) {
  EXPECT_EQ(Read("002_43c2b84f35df33bb.txt").published, "");
}

TEST_F(Seeds, UndatedArticles) {
  EXPECT_EQ(Read("000_0eefa6123c75dfcc.txt").published, "");
  EXPECT_EQ(Read("003_21bed4f9cade4ac6.txt").published, "");
  const Document beirut = Read("004_bd84230b44241b6d.txt");
  EXPECT_EQ(beirut.published, "");
  EXPECT_EQ(beirut.text.find("The insurgents infiltrated"), 0u);  // the first line is the title
}

TEST_F(Seeds, DirectoryReadsAllFiveInOrder) {
  auto c = testing::ReadAll({kSeeds});
  ASSERT_EQ(c.docs.size(), 5u);
  EXPECT_TRUE(c.errors.empty());
  for (size_t i = 1; i < c.docs.size(); ++i) EXPECT_LT(c.docs[i - 1].source, c.docs[i].source);
  for (const Document& d : c.docs) EXPECT_EQ(d.id.size(), 17u);
}

}  // namespace
}  // namespace sitrep::ingest
