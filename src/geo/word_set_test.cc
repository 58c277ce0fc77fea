#include "geo/word_set.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep::geo {
namespace {

TEST(WordSetTest, MembersAndNonMembers) {
  WordSet s({"river", "lake", "north east", "x"});
  EXPECT_EQ(s.size(), 4u);
  EXPECT_TRUE(s.Contains("river"));
  EXPECT_TRUE(s.Contains("north east"));
  EXPECT_TRUE(s.Contains("x"));
  EXPECT_FALSE(s.Contains("rivers"));
  EXPECT_FALSE(s.Contains("rive"));
  EXPECT_FALSE(s.Contains("north"));
  EXPECT_FALSE(s.Contains(""));
  EXPECT_FALSE(s.Contains("River"));  // byte-exact: callers pass SimpleKeys
}

TEST(WordSetTest, FindGivesTheFirstPosition) {
  WordSet s({"a", "b", "a", "c"});
  EXPECT_EQ(s.Find("a"), 0u);
  EXPECT_EQ(s.Find("b"), 1u);
  EXPECT_EQ(s.Find("c"), 3u);
  EXPECT_EQ(s.Find("d"), WordSet::kNone);
}

TEST(WordSetTest, EmptySetContainsNothing) {
  WordSet s;
  EXPECT_FALSE(s.Contains("a"));
  EXPECT_EQ(s.Find(""), WordSet::kNone);
  WordSet e({});
  EXPECT_FALSE(e.Contains(""));
}

TEST(WordSetTest, FromLinesSkipsCommentsAndTrims) {
  WordSet s = WordSet::FromLines("# a comment\n  mayor \r\n\ngeneral\n#colonel\n\tsheikh");
  EXPECT_TRUE(s.Contains("mayor"));
  EXPECT_TRUE(s.Contains("general"));
  EXPECT_TRUE(s.Contains("sheikh"));
  EXPECT_FALSE(s.Contains("colonel"));
  EXPECT_FALSE(s.Contains("# a comment"));
  EXPECT_EQ(s.size(), 3u);
}

TEST(WordSetTest, LongWordsAndManyWords) {
  std::string long_word(100, 'q');
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back("w" + std::to_string(i));
  std::vector<std::string_view> views(words.begin(), words.end());
  views.push_back(long_word);
  WordSet s(views);
  for (const auto& w : words) EXPECT_TRUE(s.Contains(w)) << w;
  EXPECT_TRUE(s.Contains(long_word));
  EXPECT_FALSE(s.Contains(std::string(99, 'q')));
  EXPECT_FALSE(s.Contains("w5000"));
  EXPECT_FALSE(s.Contains("w-1"));
}

}  // namespace
}  // namespace sitrep::geo
