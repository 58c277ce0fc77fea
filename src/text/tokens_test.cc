#include "text/tokens.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sitrep::text {
namespace {

std::vector<std::string> Surface(std::string_view s) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(s)) out.emplace_back(t.text);
  return out;
}

using V = std::vector<std::string>;

TEST(TokensTest, Empty) {
  EXPECT_TRUE(Tokenize("").empty());
  EXPECT_TRUE(Tokenize("  \t\n ").empty());
}

TEST(TokensTest, WordsAndPunctuation) {
  EXPECT_EQ(Surface("Rebels took Hama, then Homs."),
            (V{"Rebels", "took", "Hama", ",", "then", "Homs", "."}));
  EXPECT_EQ(Surface("(HTS)"), (V{"(", "HTS", ")"}));
  EXPECT_EQ(Surface("\"a new phase\""), (V{"\"", "a", "new", "phase", "\""}));
  EXPECT_EQ(Surface("ISW: Homs?!"), (V{"ISW", ":", "Homs", "?", "!"}));
  EXPECT_EQ(Surface("U.S."), (V{"U", ".", "S", "."}));
}

TEST(TokensTest, InternalHyphensAndApostrophes) {
  EXPECT_EQ(Surface("Hayat Tahrir al-Sham"), (V{"Hayat", "Tahrir", "al-Sham"}));
  EXPECT_EQ(Surface("Hay'at HTS-led pro-government"), (V{"Hay'at", "HTS-led", "pro-government"}));
  EXPECT_EQ(Surface("F-16 and Su-24 jets"), (V{"F-16", "and", "Su-24", "jets"}));
  EXPECT_EQ(Surface("a well-known - and long - war"),
            (V{"a", "well-known", "-", "and", "long", "-", "war"}));
  EXPECT_EQ(Surface("pro- and anti-war"), (V{"pro", "-", "and", "anti-war"}));
  EXPECT_EQ(Surface("'quoted'"), (V{"'", "quoted", "'"}));
  EXPECT_EQ(Surface("Hay\xE2\x80\x99" "at"), V{"Hay\xE2\x80\x99" "at"});  // curly, not normalised
}

TEST(TokensTest, Possessives) {
  EXPECT_EQ(Surface("Assad's forces"), (V{"Assad", "'s", "forces"}));
  EXPECT_EQ(Surface("the UN's World Food Programme"), (V{"the", "UN", "'s", "World", "Food", "Programme"}));
  EXPECT_EQ(Surface("the rebels' progress"), (V{"the", "rebels", "'", "progress"}));
  EXPECT_EQ(Surface("HTS's rapid momentum"), (V{"HTS", "'s", "rapid", "momentum"}));
  EXPECT_EQ(Surface("Assad\xE2\x80\x99s army"), (V{"Assad", "\xE2\x80\x99s", "army"}));
  EXPECT_EQ(Surface("Hama's."), (V{"Hama", "'s", "."}));
  // "'s" followed by more letters is not a possessive.
  EXPECT_EQ(Surface("Ba'ship"), V{"Ba'ship"});
  std::vector<Token> t = Tokenize("Assad's");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[1].kind, TokenKind::kWord);
  EXPECT_EQ(t[1].lower, "'s");
  EXPECT_FALSE(t[1].capitalized);
}

TEST(TokensTest, Numbers) {
  EXPECT_EQ(Surface("1,400 fighters and 280,000 civilians"),
            (V{"1,400", "fighters", "and", "280,000", "civilians"}));
  EXPECT_EQ(Surface("7.62x39mm"), (V{"7.62", "x39mm"}));
  EXPECT_EQ(Surface("1.4 million"), (V{"1.4", "million"}));
  EXPECT_EQ(Surface("5km north"), (V{"5", "km", "north"}));
  EXPECT_EQ(Surface("50%"), (V{"50", "%"}));
  EXPECT_EQ(Surface("in 2011."), (V{"in", "2011", "."}));
  EXPECT_EQ(Surface("1,400, then"), (V{"1,400", ",", "then"}));
  EXPECT_EQ(Surface("11:06"), (V{"11", ":", "06"}));
  EXPECT_EQ(Surface("M5 highway"), (V{"M5", "highway"}));
  std::vector<Token> t = Tokenize("280,000 M5");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].kind, TokenKind::kNumber);
  EXPECT_EQ(t[1].kind, TokenKind::kWord);
  EXPECT_FALSE(t[0].capitalized);
  EXPECT_TRUE(t[1].capitalized);
}

TEST(TokensTest, KindsOffsetsAndBase) {
  std::string_view s = "Gen. Abbas, 5 km";
  std::vector<Token> t = Tokenize(s, 100);
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[0].text, "Gen");
  EXPECT_EQ(t[0].begin, 100u);
  EXPECT_EQ(t[0].end, 103u);
  EXPECT_EQ(t[1].kind, TokenKind::kPunct);
  EXPECT_EQ(t[1].begin, 103u);
  EXPECT_EQ(t[2].text, "Abbas");
  EXPECT_EQ(t[2].begin, 105u);
  EXPECT_EQ(t[2].end, 110u);
  EXPECT_EQ(t[3].kind, TokenKind::kPunct);
  EXPECT_EQ(t[4].kind, TokenKind::kNumber);
  EXPECT_EQ(t[4].begin, 112u);
  EXPECT_EQ(t[5].text, "km");
  EXPECT_EQ(t[5].end, 116u);
  for (const Token& x : t) EXPECT_EQ(x.text, s.substr(x.begin - 100, x.end - x.begin));
}

TEST(TokensTest, LowerAndCapitalized) {
  std::vector<Token> t = Tokenize("HTS-led Rebels took al-Rastan");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].lower, "hts-led");
  EXPECT_TRUE(t[0].capitalized);
  EXPECT_EQ(t[1].lower, "rebels");
  EXPECT_TRUE(t[1].capitalized);
  EXPECT_EQ(t[2].lower, "took");
  EXPECT_FALSE(t[2].capitalized);
  EXPECT_EQ(t[3].lower, "al-rastan");
  EXPECT_FALSE(t[3].capitalized);
}

TEST(TokensTest, UnicodeLetters) {
  // "Erdoğan" is one word; "ĞAZİ" lower-cases through Unicode tables.
  std::vector<Token> t = Tokenize("Erdo\xC4\x9F" "an \xC4\x9E" "AZ\xC4\xB0 \xC3\x89t\xC3\xA9");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].text, "Erdo\xC4\x9F" "an");
  EXPECT_EQ(t[0].lower, "erdo\xC4\x9F" "an");
  EXPECT_EQ(t[1].lower, "\xC4\x9F" "azi");  // simple case mapping: İ -> i
  EXPECT_TRUE(t[1].capitalized);
  EXPECT_EQ(t[2].lower, "\xC3\xA9t\xC3\xA9");
  EXPECT_TRUE(t[2].capitalized);
}

TEST(TokensTest, ArabicAndEmoji) {
  // Arabic letters form a word; each emoji code point is its own punctuation token.
  std::vector<Token> t = Tokenize("\xD8\xAD\xD9\x85\xD8\xB5 \xF0\x9F\x93\x8D" "The");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].text, "\xD8\xAD\xD9\x85\xD8\xB5");
  EXPECT_EQ(t[0].kind, TokenKind::kWord);
  EXPECT_FALSE(t[0].capitalized);  // Arabic has no case
  EXPECT_EQ(t[1].kind, TokenKind::kPunct);
  EXPECT_EQ(t[1].text, "\xF0\x9F\x93\x8D");
  EXPECT_EQ(t[2].text, "The");
  // Unicode spaces separate words and are not tokens.
  EXPECT_EQ(Surface("five\xC2\xA0km"), (V{"five", "km"}));
}

TEST(TokensTest, HandlesAndHashtags) {
  EXPECT_EQ(Surface("(@war_noir) #Syria"), (V{"(", "@", "war_noir", ")", "#", "Syria"}));
  EXPECT_EQ(Surface("pic.twitter.com/P7n"), (V{"pic", ".", "twitter", ".", "com", "/", "P7n"}));
}

TEST(TokensTest, IllFormedBytesDoNotCrash) {
  std::vector<Token> t = Tokenize("a\xFF" "b\xE2\x80");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[1].kind, TokenKind::kPunct);
  EXPECT_EQ(t[1].text, "\xFF");
  EXPECT_EQ(t[4].end, 5u);
}

}  // namespace
}  // namespace sitrep::text
