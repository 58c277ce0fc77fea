#include "text/normalize.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep::text {
namespace {

TEST(NormalizeTest, AsciiFastPathWhitespace) {
  EXPECT_EQ(Normalize(""), "");
  EXPECT_EQ(Normalize("Rebels  took\tthe   town."), "Rebels took the town.");
  EXPECT_EQ(Normalize("line one   \nline two\t\n"), "line one\nline two");
  EXPECT_EQ(Normalize("a\r\nb\rc"), "a\nb\nc");
  EXPECT_EQ(Normalize("a\r\n\r\n\r\n\r\nb"), "a\n\nb");
  EXPECT_EQ(Normalize("a\n\n\n\n\nb"), "a\n\nb");
  EXPECT_EQ(Normalize("a\n  \n \t \nb"), "a\n\nb");  // blank lines with spaces are blank
  EXPECT_EQ(Normalize("a\n\nb"), "a\n\nb");
  EXPECT_EQ(Normalize("\n\n  Title  \n\n"), "Title");
  EXPECT_EQ(Normalize("bell\x07" "and\x7F" "del"), "bellanddel");
  EXPECT_EQ(Normalize(std::string_view("nul\0byte", 8)), "nulbyte");
  EXPECT_EQ(Normalize("HTS-led - a spaced hyphen stays"), "HTS-led - a spaced hyphen stays");
}

TEST(NormalizeTest, QuotesAndApostrophes) {
  EXPECT_EQ(Normalize("Assad\xE2\x80\x99s army"), "Assad's army");                  // ’
  EXPECT_EQ(Normalize("\xE2\x80\x98quoted\xE2\x80\x99"), "'quoted'");              // ‘ ’
  EXPECT_EQ(Normalize("\xE2\x80\x9C" "A new phase\xE2\x80\x9D"), "\"A new phase\"");  // “ ”
  EXPECT_EQ(Normalize("\xE2\x80\x9Elow\xE2\x80\x9C"), "\"low\"");                  // „ “
  EXPECT_EQ(Normalize("\xC2\xAB" "Hama\xC2\xBB"), "\"Hama\"");                     // « »
  EXPECT_EQ(Normalize("Hay\xCA\xBC" "at"), "Hay'at");                              // ʼ
  EXPECT_EQ(Normalize("5\xE2\x80\xB2 and 6\xE2\x80\xB3"), "5' and 6\"");           // ′ ″
  EXPECT_EQ(Normalize("\xE2\x80\x9A" "x"), "'x");                                  // ‚
}

TEST(NormalizeTest, Dashes) {
  // Unspaced en dash and the hyphen-like marks become '-'.
  EXPECT_EQ(Normalize("Hama\xE2\x80\x93Homs road"), "Hama-Homs road");
  EXPECT_EQ(Normalize("pro\xE2\x80\x90regime"), "pro-regime");       // ‐ U+2010
  EXPECT_EQ(Normalize("non\xE2\x80\x91stop"), "non-stop");           // ‑ U+2011
  EXPECT_EQ(Normalize("\xE2\x88\x92" "5 C"), "-5 C");                // − minus
  // Spaced en/em dashes separate clauses: " - ".
  EXPECT_EQ(Normalize("BEIRUT \xE2\x80\x94 Early Friday"), "BEIRUT - Early Friday");
  EXPECT_EQ(Normalize("towns \xE2\x80\x93 Rastan"), "towns - Rastan");
  EXPECT_EQ(Normalize("towns\xE2\x80\x93 Rastan"), "towns - Rastan");
  // An em dash never joins words, spaced or not.
  EXPECT_EQ(Normalize("two cities\xE2\x80\x94" "Aleppo and Hama\xE2\x80\x94in days"),
            "two cities - Aleppo and Hama - in days");
  EXPECT_EQ(Normalize("\xE2\x80\x95 end"), "- end");                 // ― at line start
  EXPECT_EQ(Normalize("x\n\xE2\x80\x94 OSINT (@a) May 5"), "x\n- OSINT (@a) May 5");
}

TEST(NormalizeTest, SpacesAndInvisibles) {
  EXPECT_EQ(Normalize("five\xC2\xA0km"), "five km");                 // no-break space
  EXPECT_EQ(Normalize("a\xE2\x80\x89\xE2\x80\xAF" "b"), "a b");      // thin + narrow nbsp
  EXPECT_EQ(Normalize("a\xE3\x80\x80" "b"), "a b");                  // ideographic space
  EXPECT_EQ(Normalize("zero\xE2\x80\x8Bwidth"), "zerowidth");        // ZWSP
  EXPECT_EQ(Normalize("\xEF\xBB\xBFStart"), "Start");                // BOM
  EXPECT_EQ(Normalize("soft\xC2\xADhyphen"), "softhyphen");          // soft hyphen
  EXPECT_EQ(Normalize("a\xC2\x85" "b"), "a\nb");                     // NEL
  EXPECT_EQ(Normalize("a\xE2\x80\xA8" "b"), "a\nb");                 // line separator
  EXPECT_EQ(Normalize("a\xC2\x9B" "b"), "ab");                       // C1 control
  EXPECT_EQ(Normalize("rtl\xE2\x80\x8F mark\xE2\x80\xAE"), "rtl mark");
  EXPECT_EQ(Normalize("wait\xE2\x80\xA6"), "wait...");               // ellipsis
}

TEST(NormalizeTest, ComposesToNfc) {
  // "e" + combining acute -> "é"; "g" + combining breve -> "ğ".
  EXPECT_EQ(Normalize("Caf" "e\xCC\x81"), "Caf\xC3\xA9");
  EXPECT_EQ(Normalize("Erdog\xCC\x86" "an said"), "Erdo\xC4\x9F" "an said");
  // Already composed text is unchanged; emoji and Arabic letters are kept.
  EXPECT_EQ(Normalize("Erdo\xC4\x9F" "an"), "Erdo\xC4\x9F" "an");
  EXPECT_EQ(Normalize("SIRYA \xF0\x9F\x93\x8D" "The"), "SIRYA \xF0\x9F\x93\x8D" "The");
  EXPECT_EQ(Normalize("\xD8\xAD\xD9\x85\xD8\xB5"), "\xD8\xAD\xD9\x85\xD8\xB5");  // حمص
}

TEST(NormalizeTest, MixedUnicodeKeepsWhitespaceRules) {
  EXPECT_EQ(Normalize("  \xE2\x80\x9CWe\xE2\x80\x99re here,\xE2\x80\x9D  he said.  \r\n\r\n\r\nNext"),
            "\"We're here,\" he said.\n\nNext");
}

TEST(NormalizeTest, InvalidInputIsRepairedNotCrashed) {
  // The contract asks for valid UTF-8; bad input still yields valid UTF-8.
  std::string out = Normalize("bad \xFF byte \xE2\x80\x9Cq\xE2\x80\x9D");
  EXPECT_TRUE(IsValidUtf8(out));
  EXPECT_EQ(out, "bad \xEF\xBF\xBD byte \"q\"");
  EXPECT_EQ(Normalize(std::string_view("\xC3\xA9\0x", 4)), "\xC3\xA9x");
}

// Regression (found by fuzz/text_fuzz.cc): a dropped control character between a letter and a
// combining mark must not leave the text un-composed, or a second Normalize changes it.
TEST(NormalizeTest, DroppedControlBeforeCombiningMarkStillComposes) {
  EXPECT_EQ(Normalize("Z\x1A\xCC\x81"), "\xC5\xB9");  // Z + U+0301 -> U+0179
  EXPECT_EQ(Normalize("e\xE2\x80\x8B\xCC\x81"), "\xC3\xA9");  // ZWSP dropped, then e + acute
}

TEST(NormalizeTest, OutputIsStable) {
  std::string once = Normalize("A \xE2\x80\x94 b\xE2\x80\x93" "c \xE2\x80\x98x\xE2\x80\x99\n\n\n y ");
  EXPECT_EQ(Normalize(once), once);
}

}  // namespace
}  // namespace sitrep::text
