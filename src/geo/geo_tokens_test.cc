#include "geo/geo_tokens.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sitrep::geo {
namespace {

std::vector<std::string> Words(std::string_view text, std::vector<GeoToken>* tokens, std::string* arena) {
  ScanGeoTokens(text, tokens, arena);
  std::vector<std::string> out;
  for (const GeoToken& t : *tokens) out.emplace_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

TEST(GeoTokensTest, WordsKeysAndFlags) {
  std::vector<GeoToken> t;
  std::string arena;
  auto w = Words("Fighters entered al-Rastan's outskirts.", &t, &arena);
  ASSERT_EQ(w, (std::vector<std::string>{"Fighters", "entered", "al-Rastan", "'", "s", "outskirts", "."}));
  EXPECT_TRUE(t[0].cap && t[0].sentence_start);
  EXPECT_EQ(SimpleOf(t[0], arena), "fighters");
  EXPECT_EQ(FoldOf(t[0], arena), "figtirs");  // gh -> g, e -> i
  EXPECT_TRUE(t[2].cap);  // a lower-case article before a capital
  EXPECT_EQ(SimpleOf(t[2], arena), "al rastan");
  EXPECT_EQ(FoldOf(t[2], arena), "rastan");
  EXPECT_FALSE(t[1].cap);
  EXPECT_EQ(FoldOf(t[1], arena), "");  // lower-case words longer than three letters get no fold
  EXPECT_EQ(t[6].punct, '.');
}

TEST(GeoTokensTest, InitialismsAndNumbers) {
  std::vector<GeoToken> t;
  std::string arena;
  auto w = Words("U.S. troops moved 8km, then 1,400 more.", &t, &arena);
  ASSERT_GE(w.size(), 6u);
  EXPECT_EQ(w[0], "U.S.");
  EXPECT_TRUE(t[0].allcaps);
  EXPECT_EQ(w[3], "8km");
  EXPECT_TRUE(t[3].number);
}

// A word that is a transliterated ayn followed by "s" once made the scan stop advancing (the possessive
// rule cut the whole word away). It must end, with the word kept whole.
TEST(GeoTokensTest, AynBeforeFinalSDoesNotHang) {
  std::vector<GeoToken> t;
  std::string arena;
  auto w = Words("near \xCA\xBFs and \xCA\xBFS. done", &t, &arena);
  ASSERT_EQ(w.size(), 6u);
  EXPECT_EQ(w[1], "\xCA\xBFs");
  EXPECT_EQ(w[3], "\xCA\xBFS");
  EXPECT_EQ(w[5], "done");
}

TEST(GeoTokensTest, NonAsciiWordsKeepTheirKeys) {
  std::vector<GeoToken> t;
  std::string arena;
  auto w = Words("Ḩimş and Київ", &t, &arena);
  ASSERT_EQ(w.size(), 3u);
  EXPECT_EQ(SimpleOf(t[0], arena), "hims");
  EXPECT_EQ(FoldOf(t[0], arena), "hims");
  EXPECT_EQ(SimpleOf(t[2], arena), "киів");
}

}  // namespace
}  // namespace sitrep::geo
