#include "ingest/content_check.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/document_id.h"

namespace sitrep::ingest {
namespace {

TEST(FindInvalidUtf8, AcceptsWellFormed) {
  EXPECT_EQ(FindInvalidUtf8("plain ascii"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("Hama \xE2\x80\x94 Homs \xF0\x9F\x93\x8D caf\xC3\xA9"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8(""), std::string_view::npos);
}

TEST(FindInvalidUtf8, ReportsFirstBadByte) {
  EXPECT_EQ(FindInvalidUtf8("abc\xFF"), 3u);
  EXPECT_EQ(FindInvalidUtf8("ab\xC3\x28"), 2u);        // bad continuation
  EXPECT_EQ(FindInvalidUtf8("\xC0\xAF"), 0u);          // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("x\xED\xA0\x80"), 1u);     // UTF-16 surrogate
  EXPECT_EQ(FindInvalidUtf8("xy\xF4\x90\x80\x80"), 2u);  // above U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("abcd\xE2\x80"), 4u);      // truncated at the end
}

TEST(LooksBinary, NulAndControlCharacters) {
  EXPECT_FALSE(LooksBinary("Title\nBody text\twith tabs\r\n"));
  EXPECT_TRUE(LooksBinary(std::string("abc\0def", 7)));
  EXPECT_TRUE(LooksBinary("\x01\x02\x03\x04xyz"));   // 4 of 7 are control characters
  EXPECT_FALSE(LooksBinary("\x01 plain text around one control character"));
  EXPECT_FALSE(LooksBinary(""));
  // A NUL past the sniffed window does not count.
  std::string late(kSniffBytes, 'a');
  late.push_back('\0');
  EXPECT_FALSE(LooksBinary(late));
}

TEST(IsBlank, WhitespaceAndBom) {
  EXPECT_TRUE(IsBlank(""));
  EXPECT_TRUE(IsBlank(" \n\t\r\n"));
  EXPECT_TRUE(IsBlank("\xEF\xBB\xBF \n"));
  EXPECT_FALSE(IsBlank(" x "));
}

TEST(Fnv1a64, KnownVectors) {
  // Published FNV-1a 64 test vectors.
  EXPECT_EQ(Fnv1a64(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(Fnv1a64("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(Fnv1a64("foobar"), 0x85944171f73967e8ull);
}

TEST(ContentId, StableAndNormalised) {
  const std::string id = ContentId("Title", "Body text.");
  ASSERT_EQ(id.size(), 17u);
  EXPECT_EQ(id[0], 'd');
  EXPECT_EQ(id.find_first_not_of("0123456789abcdef", 1), std::string::npos);
  EXPECT_EQ(ContentId("Title", "Body text."), id);
  // Curly and straight apostrophes normalise alike; different text differs.
  EXPECT_EQ(ContentId("Title", "Assad\xE2\x80\x99s army"), ContentId("Title", "Assad's army"));
  EXPECT_NE(ContentId("Title", "Body text!"), id);
  EXPECT_NE(ContentId("Other", "Body text."), id);
}

TEST(OneLine, CollapsesAndDropsControls) {
  EXPECT_EQ(OneLine("  a\n\tb \x01 c  "), "a b c");
  EXPECT_EQ(OneLine(""), "");
}

}  // namespace
}  // namespace sitrep::ingest
